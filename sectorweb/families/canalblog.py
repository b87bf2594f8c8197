"""Canalblog (the hosted French platform, 2010-2014 templates), French (see docs/markup-families.md#canalblog).

Follows the post page kept in tests/fixtures/html/canalblog/post-comments.html (a real blog's page
of 2014): div.blogbody > div.item_div[itemscope Article] with <meta itemprop=dateCreated>, an h2 date,
a[name=<id>], an h3 title, the text, div.itemfooter "Posté par <span class=articlecreator>"; comments
in ul#comment_list whose first <li> Canalblog forgets to open, each a div.comment_item holding the
text then an itemfooter "Posté par <name or a>, <abbr class=timeago title=ISO>". No <article>, no
hentry, no rel=next: older posts are behind "Articles plus anciens" at /archives/p10-10.html, and
the platform publishes no sitemap. ecoaudit reads it through the generic path.
"""
from __future__ import annotations

from datetime import datetime

from sectorweb.dates import NOW, fr_month, rfc822
from sectorweb.families import canalblog_number, make_slug, permalink
from sectorweb.families.common import RSS, TEXT, Page, autolink, esc, page, pages_of, paras, post_pages, served
from sectorweb.feeds import x
from sectorweb.model import Blog, Comment, Post

STATIC = "http://static.canalblog.com/sharedDocs"


def _when(d: datetime) -> str:
    return f"{d:%d} {fr_month(d)}"  # "03 février 2025": Canalblog keeps the leading zero


class _Canalblog:
    def __init__(self, blog: Blog, now: datetime = NOW):
        self.b = blog
        self.now = now
        self.base = f"http://{blog.host}"
        self.posts = blog.posts
        self.url = {id(p): permalink("canalblog", blog.host, p) for p in self.posts}
        self.bid = 90_000 + sum(map(ord, blog.host)) % 9_000

    def category_href(self, p: Post) -> str:
        return f"{self.base}/archives/{make_slug('canalblog', p.category, set())}/index.html"

    def doc(self, title: str, main: str, head: str = "") -> str:
        b = self.b
        recent = "".join(f'<li><a href="{self.url[id(p)]}">{esc(p.title)}</a></li>' for p in self.posts[::-1][:5])
        months = sorted({(p.when.year, p.when.month) for p in self.posts}, reverse=True)[:12]
        archives = "".join(f'<li><a href="{self.base}/archives/{y}/{m:02d}/index.html">{fr_month(datetime(y, m, 1))}</a></li>'
                           for y, m in months)
        links = ""
        if b.blogroll:
            links = ('<div class="box"><h3 class="boxtitle">Liens</h3><ul class="boxcontent">'
                     + "".join(f'<li><a href="{esc(u)}">{esc(n)}</a></li>' for u, n in b.blogroll) + "</ul></div>")
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" lang="fr">
<head>
<title>{esc(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="content-language" content="fr" />
<meta name="Description" content="{esc(b.tagline)}" />
<meta name="generator" content="CanalBlog - http://www.canalblog.com" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{self.base}/rss.xml" />
{head}<script type="text/javascript" src="{STATIC}/js/blog/all-blog-min.js?1408969800"></script>
<link rel="stylesheet" href="{STATIC}/css/blog/all-blog-min.css?1408969800" media="screen" />
</head>
<body>
<div id="branding_bar" style="display:block;"><ul id="topnav"><li id="item_logo"><a href="http://www.canalblog.com"><img src="{STATIC}/images/bb-canalblog2.png" /></a></li>
<li class="item_left"><span><a href="http://www.canalblog.com/cf/contactAuthor.cfm?bid={self.bid}" rel="nofollow">Contacter l'auteur</a></span></li></ul></div>
<div id="container"><div id="topbar"><h1><a href="{self.base}/">{esc(b.name)}</a></h1><h2>{esc(b.tagline)}</h2></div>
<div id="content"><div class="blogbody">
{main}
</div></div><div id="rightbar"><div class="navlinks">
<div class="box"><h3 class="boxtitle">Derniers messages</h3><ul class="boxcontent">{recent}</ul></div>
<div class="box"><h3 class="boxtitle">Archives</h3><ul class="boxcontent">{archives}</ul></div>
{links}
<div class="box"><a href="{self.base}/rss.xml">Flux RSS des messages</a></div>
</div></div>
<div id="cb_footer"><a href="http://www.canalblog.com">Blog hébergé par CanalBlog</a> | <a href="{self.base}/archives/index.html">Plan du site</a></div>
</div>
</body>
</html>
"""

    def footer(self, p: Post) -> str:
        u, n = self.url[id(p)], len(p.comments)
        return (f'<div class="itemfooter"> Posté par <span class=\'articlecreator\' itemprop=\'creator\'>{esc(p.author)}</span>'
                f' à {p.when:%H:%M} - <a href="{self.category_href(p)}" title="Autres messages dans cette catégorie">{esc(p.category)}</a>'
                f' - <a href="{u}#comments" title="Commentez ce message">{"lire les réactions" if n else "commentaires"}</a> [{n}]'
                f' - <a href="{u}">Permalien [#]</a></div>')

    def item(self, p: Post, full: bool) -> str:
        num, u = canalblog_number(p), self.url[id(p)]
        title = esc(p.title) if full else f'<a href="{u}">{esc(p.title)}</a>'
        body = paras(p.paragraphs if full else p.paragraphs[:2])
        if full and p.source:
            body += f'\n<p>Source : <a href="{esc(p.source[1])}">{esc(p.source[0])}</a></p>'
        more = "" if full else f'\n<p><a href="{u}">Lire la suite »</a></p>'
        return f"""<div itemscope itemtype="http://schema.org/Article" itemref="comment_list" id="{num}" class="item_div" data-edittype="post"><!-- post "{num}"-->
<meta itemprop="interactionCount" content="UserComments:{len(p.comments)}" />
<meta itemprop="url" content="{u}" />
<meta itemprop="dateCreated" content="{p.when:%Y-%m-%dT%H:%M}" />
<h2>{_when(p.when)}</h2>
<a name="{num}"></a>
<h3>{title}</h3>
<p>{body}<div style='clear:both;'></div></p>{more}
{self.footer(p)}
<br /><div class="share_widget" data-sharetype="post" data-shareid="{num}" data-sharelink="{u}"></div>
</div>
"""

    def comment(self, p: Post, c: Comment, first: bool) -> str:
        cid = 92_000_000 + c.id * 104_729 % 7_000_000
        if c.by_author:
            who = f'<a href="{self.base}" rel="nofollow" title="{self.base}" onclick="window.open(this.href); return false;">{esc(c.author)}</a>'
        elif c.url:
            who = f'<a href="{esc(c.url)}" rel="nofollow" title="{esc(c.url)}" onclick="window.open(this.href); return false;">{esc(c.author)}</a>'
        else:
            who = esc(c.author)
        text = "<br />".join(autolink(t, "nofollow") for t in c.text)
        opening = "" if first else f'<li class="comment {"member" if c.by_author or c.url else "guest"} level-1">'
        return (f'{opening}<div itemprop="comment" itemscope itemtype="http://schema.org/UserComments" class="comment_item"'
                f' id="comment_{cid}" data-edittype="post" data-cid="{cid}" data-pid="{canalblog_number(p)}" data-mid="0">'
                f'<meta itemprop="discusses" content="{self.base}/permalink/comments/{cid}" /><a id="c{cid}"></a>\n'
                f'<p><div class="pp-container"><img class="gravatar" src="http://www.gravatar.com/avatar/{cid:x}?s=40" /></div> {text}</p>\n'
                f'<div class="itemfooter">Posté par {who}, <abbr class="timeago" title="{c.when:%Y-%m-%dT%H:%M:%S}">{_when(c.when)} à {c.when:%H:%M}</abbr>'
                f' | <span id="rating_w_{cid}" class="comment_rating" data-commentid="{cid}" data-rating="0"></span>'
                f' | <span class="comment_reply"><a rel="nofollow" href="#">Répondre</a></span></div>\n</div></li>')

    def single(self, p: Post) -> str:
        u = self.url[id(p)]
        parts = [self.item(p, True)]
        if p.comments:
            rows = "".join(self.comment(p, c, i == 0) for i, c in enumerate(p.comments))
            parts.append(f'<br />\n<h3><a id="comments"></a>Commentaires sur {esc(p.title)}</h3>\n'
                         f'<ul id="comment_list" class="comment_thread level-1">{rows}</ul>\n')
        if p.comments_open:
            parts.append(f"""<div id="origFrmComment"><div class="commentheader">Nouveau commentaire</div>
<form action="" method="post" name="frmComment" id="frmComment">
<div id="cancel_reply_comment"><a rel="nofollow" class="cancel_reply_comment_lnk" href="{u}">Annuler la réponse</a></div>
<div><label id="label_for_commentBody" for="commentBody">Entrez votre commentaire</label><textarea id="commentBody" name="commentBody"></textarea></div>
<div id="comment_guest_fields" style="display:none;" class="cb_guest">OU
<div><label id="label_for_authorNickName" for="authorNickName">* Nom ou pseudo</label><input id="authorNickName" name="authorNickName" value="" maxlength="16" /></div>
<div><label id="label_for_authorWebsiteUrl" for="authorWebsiteUrl">Site Web</label><input id="authorWebsiteUrl" name="authorWebsiteUrl" value="" maxlength="128" /></div></div>
<div id="rememberInfo_field"><button class="comment_submit" type="submit">Publier</button></div>
</form></div>
""")
        head = (f'<meta property="og:title" content="{esc(p.title)} - {esc(self.b.name)}" />\n'
                f'<meta property="og:url" content="{u}" />\n<link rel="canonical" href="{u}" />\n')
        return self.doc(f"{p.title} - {self.b.name}", "".join(parts), head)

    def listing(self, posts: list[Post]) -> dict[str, str]:
        """The home page and its older pages at Canalblog's /archives/p<offset>-<count>.html."""
        out, per = {}, self.b.per_page
        chunks = pages_of(posts, per)

        def path(n: int) -> str:
            return "/" if n == 0 else f"/archives/p{n * per}-{per}.html"

        for n, chunk in enumerate(chunks):
            nav = [f'<a href="{self.base}{path(n - 1)}">« Articles plus récents</a>'] if n else []
            if n + 1 < len(chunks):
                nav.append(f'<a href="{self.base}{path(n + 1)}">Articles plus anciens »</a>')
            pager = f'<div class="pager">{" | ".join(nav)}</div>\n' if nav else ""
            title = self.b.name if n == 0 else f"{self.b.name} - page {n + 1}"
            out[path(n)] = self.doc(title, "".join(self.item(p, False) for p in chunk) + pager)
        return out

    def archive(self, posts: list[Post], title: str) -> str:
        """A month's or a category's archive: every post of it on one page, newest first."""
        return self.doc(f"{title} - {self.b.name}", f"<h2 class=\"archive_title\">{esc(title)}</h2>\n"
                        + "".join(self.item(p, False) for p in posts[::-1]))

    def item_pages(self):
        return post_pages(self)

    def rss(self) -> str:
        items = "".join(
            f"<item><title>{x(p.title)}</title><link>{self.url[id(p)]}</link><guid isPermaLink=\"true\">{self.url[id(p)]}</guid>"
            f"<pubDate>{rfc822(p.when)}</pubDate><dc:creator>{x(p.author)}</dc:creator><category>{x(p.category)}</category>"
            f"<description>{x(paras(p.paragraphs))}</description></item>\n"
            for p in self.posts[::-1][:self.b.feed_items])
        return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
                f'<channel>\n<title>{x(self.b.name)}</title>\n<link>{self.base}/</link>\n'
                f'<description>{x(self.b.tagline)}</description>\n<language>fr</language>\n'
                f'<generator>CanalBlog</generator>\n{items}</channel>\n</rss>\n')


def item_pages(blog: Blog, now: datetime = NOW):
    return _Canalblog(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a Canalblog blog keyed by path?query, and its 404 page (`keep`: post pages served as cached)."""
    cb = _Canalblog(blog, now)
    keep = keep or {}
    posts = blog.posts
    last = posts[-1].last_modified if posts else now
    out: dict[str, Page] = {path: page(html, modified=last) for path, html in cb.listing(posts).items()}
    for y, m in sorted({(p.when.year, p.when.month) for p in posts}):
        chosen = [p for p in posts if (p.when.year, p.when.month) == (y, m)]
        out[f"/archives/{y}/{m:02d}/index.html"] = page(cb.archive(chosen, fr_month(datetime(y, m, 1))), modified=last)
    for cat in sorted({p.category for p in posts}):
        chosen = [p for p in posts if p.category == cat]
        out[cb.category_href(chosen[0]).removeprefix(cb.base)] = page(cb.archive(chosen, cat), modified=last)
    out.update(served(cb, keep))
    plan = "".join(f'<li><a href="{cb.base}/archives/{y}/{m:02d}/index.html">{fr_month(datetime(y, m, 1))}</a></li>'
                   for y, m in sorted({(p.when.year, p.when.month) for p in posts}, reverse=True))
    out["/archives/index.html"] = page(cb.doc(f"Plan du site - {blog.name}", f'<h2 class="archive_title">Plan du site</h2><ul>{plan}</ul>'),
                                       modified=last)
    out["/rss.xml"] = page(cb.rss(), RSS, modified=last)
    delay = f"Crawl-delay: {blog.crawl_delay}\n" if blog.crawl_delay else ""
    out["/robots.txt"] = page(f"User-agent: *\n{delay}Disallow: /cf/\n", TEXT)
    missing = '<div class="item_div"><h3>Page introuvable</h3><p>Ce message n\'existe pas ou a été supprimé.</p></div>'
    return out, page(cb.doc(f"Page introuvable - {blog.name}", missing), status=404)


IGNORED_PARAMS: set[str] = set()
