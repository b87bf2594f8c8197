"""Blogger (classic "Simple" layout, French) (see docs/markup-families.md#blogger)."""
from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import datetime
from urllib.parse import quote

from sectorweb.dates import MOIS, NOW, fr_long, fr_month, iso, iso_utc, rfc822, to_utc
from sectorweb.families import permalink
from sectorweb.families.common import (ATOM, RSS, TEXT, XML, Page, autolink, esc, page, pages_of, paras, served)
from sectorweb.feeds import urlset, x
from sectorweb.model import Blog, Comment, Post

PER_PAGE = 7  # Blogger's default "posts on main page"


def _big(*parts) -> int:
    """A stable 19-digit id, like Blogger's blog/post/comment ids."""
    return 10**18 + int(hashlib.sha1(":".join(map(str, parts)).encode()).hexdigest()[:16], 16) % (8 * 10**18)


class _Blogger:
    def __init__(self, blog: Blog, now: datetime = NOW):
        self.b = blog
        self.now = now
        self.base = f"http://{blog.host}"
        self.posts = blog.posts
        self.blog_id = _big(blog.host)
        self.url = {id(p): permalink("blogger", blog.host, p) for p in self.posts}
        self.labels = sorted({p.category for p in self.posts})

    def pid(self, p: Post) -> int:
        return _big(self.b.host, "post", p.id)

    def cid(self, c: Comment) -> int:
        return _big(self.b.host, "comment", c.id)

    def older_href(self, p: Post) -> str:
        return f"{self.base}/search?updated-max={quote(iso(p.when), safe=':')}&max-results={PER_PAGE}"

    # -- frame -------------------------------------------------------------------------------
    def doc(self, title: str, main: str, canonical: str, body_class: str = "loading") -> str:
        b = self.b
        return f"""<!DOCTYPE html>
<html class="v2" dir="ltr" lang="fr" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data" xmlns:expr="http://www.google.com/2005/gml/expr">
<head>
<meta charset="utf-8">
<meta content="width=1100" name="viewport">
<meta name="generator" content="blogger">
<link href="{self.base}/favicon.ico" rel="icon" type="image/x-icon">
<link href="{esc(canonical)}" rel="canonical">
<link rel="alternate" type="application/atom+xml" title="{esc(b.name)} - Atom" href="{self.base}/feeds/posts/default">
<link rel="alternate" type="application/rss+xml" title="{esc(b.name)} - RSS" href="{self.base}/feeds/posts/default?alt=rss">
<link rel="service.post" type="application/atom+xml" title="{esc(b.name)} - Atom" href="https://www.blogger.com/feeds/{self.blog_id}/posts/default">
<title>{esc(title)}</title>
<link type="text/css" rel="stylesheet" href="https://www.blogger.com/static/v1/widgets/2437439463-widget_css_bundle.css">
</head>
<body class="{body_class}">
<div class="navbar section" id="navbar" name="Navbar"><div class="widget Navbar" data-version="1" id="Navbar1"></div></div>
<div class="body-fauxcolumns"><div class="fauxcolumn-outer body-fauxcolumn-outer"></div></div>
<div class="content"><div class="content-outer"><div class="content-inner">
<header><div class="header-outer"><div class="header-inner">
<div class="Header widget" data-version="1" id="Header1"><div id="header-inner">
<div class="titlewrapper"><h1 class="title"><a href="{self.base}/">{esc(b.name)}</a></h1></div>
<div class="descriptionwrapper"><p class="description"><span>{esc(b.tagline)}</span></p></div>
</div></div>
</div></div></header>
<div class="tabs-outer"><div class="tabs section" id="crosscol"><div class="widget PageList" data-version="1" id="PageList1"><div class="widget-content"><ul>
<li class="selected"><a href="{self.base}/">Accueil</a></li><li><a href="{self.base}/p/a-propos.html">À propos</a></li>
</ul></div></div></div></div>
<div class="main-outer"><div class="main-inner"><div class="columns fauxcolumns">
<div class="columns-inner"><div class="column-center-outer"><div class="column-center-inner">
<div class="main section" id="main" name="Principal"><div class="widget Blog" data-version="1" id="Blog1">
{main}
</div></div>
</div></div>
{self.sidebar()}
</div></div></div></div>
<footer><div class="footer-outer"><div class="footer-inner">
<div class="widget Attribution" data-version="1" id="Attribution1"><div class="widget-content" style="text-align: center;">Thème Simple. Fourni par <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div>
<p class="copyright">&copy; {self.now.year} {esc(b.name)} &mdash; Tous droits réservés</p>
</div></div></footer>
</div></div></div>
<div id="cookieChoiceInfo" class="cookie-choices-info"><div class="cookie-choices-inner"><span class="cookie-choices-text">Ce site utilise des cookies provenant de Google pour fournir ses services et analyser le trafic. Votre adresse IP et votre user-agent, ainsi que des statistiques relatives aux performances et à la sécurité, sont transmis à Google afin d'assurer un service de qualité, de générer des statistiques d'utilisation, et de détecter et de résoudre les problèmes d'abus.</span><span class="cookie-choices-buttons"><a class="cookie-choices-button" href="https://policies.google.com/technologies/cookies?hl=fr" rel="nofollow">En savoir plus</a><a class="cookie-choices-button" id="cookieChoiceDismiss" href="#">OK</a></span></div></div>
</body>
</html>
"""

    def sidebar(self) -> str:
        b = self.b
        years = defaultdict(lambda: defaultdict(int))
        for p in self.posts:
            years[p.when.year][p.when.month] += 1
        arch = []
        for y in sorted(years, reverse=True):
            months = "".join(
                f'<li class="archivedate"><a class="toggle" href="javascript:void(0)"><span class="zippy">►&nbsp;</span></a>'
                f'<a class="post-count-link" href="{self.base}/{y}/{m:02d}/">{MOIS[m - 1]}</a> '
                f'<span class="post-count" dir="ltr">({n})</span></li>' for m, n in sorted(years[y].items(), reverse=True))
            arch.append(f'<li class="archivedate expanded"><a class="toggle" href="javascript:void(0)"><span class="zippy toggle-open">▼&nbsp;</span></a>'
                        f'<a class="post-count-link" href="{self.base}/{y}/">{y}</a> <span class="post-count" dir="ltr">({sum(years[y].values())})</span>'
                        f'<ul class="hierarchy">{months}</ul></li>')
        roll = ""
        if b.blogroll:
            roll = ('<div class="widget LinkList" data-version="1" id="LinkList1"><h2>Blogs que je lis</h2><div class="widget-content"><ul>'
                    + "".join(f'<li><a href="{esc(u)}">{esc(n)}</a></li>' for u, n in b.blogroll) + "</ul></div></div>")
        labels = "".join(f'<li><a dir="ltr" href="{self.base}/search/label/{quote(lab)}">{esc(lab)}</a></li>' for lab in self.labels)
        return f"""<div class="column-right-outer"><div class="column-right-inner"><aside>
<div class="sidebar section" id="sidebar-right-1">
<div class="widget Profile" data-version="1" id="Profile1"><h2>Qui suis-je ?</h2><div class="widget-content"><dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="https://www.blogger.com/profile/{_big(b.host, 'profile')}" rel="author">{esc(b.author)}</a></dt><dd class="profile-textblock">{esc(b.tagline)}.</dd></dl></div></div>
<div class="widget BlogArchive" data-version="1" id="BlogArchive1"><h2>Archives du blog</h2><div class="widget-content"><div id="ArchiveList"><div id="BlogArchive1_ArchiveList"><ul class="hierarchy">{"".join(arch)}</ul></div></div></div></div>
<div class="widget Label" data-version="1" id="Label1"><h2>Libellés</h2><div class="widget-content list-label-widget-content"><ul>{labels}</ul></div></div>
{roll}
<div class="widget Subscribe" data-version="1" id="Subscribe1"><h2 class="title">S'abonner à</h2><div class="widget-content"><a class="feed-icon" href="{self.base}/feeds/posts/default" type="application/atom+xml">Articles</a></div></div>
</div></aside></div></div>"""

    # -- posts -------------------------------------------------------------------------------
    def footer(self, p: Post, listing: bool) -> str:
        u = self.url[id(p)]
        n = len(p.comments)
        count = "Aucun commentaire" if n == 0 else ("1 commentaire" if n == 1 else f"{n} commentaires")
        link = (f'<span class="post-comment-link"><a class="comment-link" href="{u}#comment-form" '
                f'onclick="">{count}</a></span>' if listing and p.comments_open else "")
        return f"""<div class="post-footer"><div class="post-footer-line post-footer-line-1">
<span class="post-author vcard">Publié par <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><span itemprop="name">{esc(p.author)}</span></span></span>
<span class="post-timestamp">à <meta content="{u}" itemprop="url"><a class="timestamp-link" href="{u}" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="{iso(p.when)}">{p.when:%H:%M}</abbr></a></span>
{link}
</div><div class="post-footer-line post-footer-line-2"><span class="post-labels">Libellés : <a href="{self.base}/search/label/{quote(p.category)}" rel="tag">{esc(p.category)}</a></span></div></div>"""

    def post_div(self, p: Post, listing: bool) -> str:
        u = self.url[id(p)]
        title = f'<a href="{u}">{esc(p.title)}</a>' if listing else esc(p.title)
        if listing:
            body = f'<p>{autolink(p.paragraphs[0])}</p>\n<div class="jump-link"><a href="{u}#more" title="{esc(p.title)}">Lire la suite »</a></div>'
        else:
            body = paras(p.paragraphs)
            if p.source:
                body += f'\n<p>Source : <a href="{esc(p.source[1])}">{esc(p.source[0])}</a></p>'
        return f"""<div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<a name="{self.pid(p)}"></a>
<h3 class="post-title entry-title" itemprop="name">{title}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-{self.pid(p)}" itemprop="description articleBody">
{body}
<div style="clear: both;"></div>
</div>
{self.footer(p, listing)}
</div>
</div>"""

    def listing_body(self, posts: list[Post], older: str | None) -> str:
        out, day = ['<div class="blog-posts hfeed">'], None
        for p in posts:
            if p.when.date() != day:
                if day is not None:
                    out.append("</div></div>")
                day = p.when.date()
                out.append(f'<div class="date-outer"><h2 class="date-header"><span>{fr_long(p.when)}</span></h2><div class="date-posts">')
            out.append(self.post_div(p, True))
        if day is not None:
            out.append("</div></div>")
        out.append("</div>")
        pager = ['<div class="blog-pager" id="blog-pager">']
        if older:
            pager.append(f'<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="{esc(older)}" '
                         f'id="Blog1_blog-pager-older-link" title="Articles plus anciens">Articles plus anciens</a></span>')
        pager.append(f'<a class="home-link" href="{self.base}/">Accueil</a></div>')
        out.append("".join(pager))
        out.append(f'<div class="post-feeds"><div class="feed-links">S\'abonner à : <a class="feed-link" href="{self.base}/feeds/posts/default" target="_blank" type="application/atom+xml">Articles (Atom)</a></div></div>')
        return "\n".join(out)

    def comments(self, p: Post) -> str:
        u = self.url[id(p)]
        n = len(p.comments)
        if not p.comments_open and n == 0:
            return '<p class="comment-footer">Les commentaires sont fermés</p>'
        head = "Aucun commentaire :" if n == 0 else ("1 commentaire :" if n == 1 else f"{n} commentaires :")
        items = []
        for c in p.comments:
            cid = self.cid(c)
            ms = int((to_utc(c.when) - datetime(1970, 1, 1)).total_seconds() * 1000)
            name = f'<a href="{esc(c.url)}" rel="nofollow">{esc(c.author)}</a>' if c.url else esc(c.author)
            cls = "user blog-author" if c.by_author else "user"
            text = "<br><br>".join(autolink(t) for t in c.text)
            items.append(f"""<li class="comment" id="c{cid}"><div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif" width="35" height="35" alt="" title="{esc(c.author)}"></div>
<div class="comment-block"><div class="comment-header"><cite class="{cls}">{name}</cite><span class="icon user{' blog-author' if c.by_author else ''}"></span>
<span class="datetime secondary-text"><a rel="nofollow" href="{u}?showComment={ms}#c{cid}">{c.when.day} {MOIS[c.when.month - 1]} {c.when.year} à {c.when:%H:%M}</a></span></div>
<p class="comment-content">{text}</p>
<span class="comment-actions secondary-text"><a class="comment-reply" target="_self" data-comment-id="{cid}">Répondre</a></span></div></li>""")
        footer = (f'<p class="comment-footer"><a href="https://www.blogger.com/comment/fullpage/post/{self.blog_id}/{self.pid(p)}" onclick="">Enregistrer un commentaire</a></p>'
                  if p.comments_open else '<p class="comment-footer">Les commentaires sont fermés</p>')
        lst = f'<div class="comments-content"><div class="comment-thread"><ol>{"".join(items)}</ol></div></div>' if items else ""
        return f'<div class="comments" id="comments"><a name="comments"></a><h4>{head}</h4>\n{lst}\n{footer}\n</div>'

    def single(self, i: int) -> str:
        p = self.posts[i]
        u = self.url[id(p)]
        pager = ['<div class="blog-pager" id="blog-pager">']
        if i + 1 < len(self.posts):
            pager.append(f'<span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="{self.url[id(self.posts[i + 1])]}" title="Article plus récent">Article plus récent</a></span>')
        if i > 0:
            pager.append(f'<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="{self.url[id(self.posts[i - 1])]}" title="Article plus ancien">Article plus ancien</a></span>')
        pager.append(f'<a class="home-link" href="{self.base}/">Accueil</a></div>')
        main = (f'<div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>{fr_long(p.when)}</span></h2>'
                f'<div class="date-posts">{self.post_div(p, False)}\n{self.comments(p)}</div></div></div>\n' + "".join(pager))
        return self.doc(f"{self.b.name}: {p.title}", main, u, "loading item-view")

    def item_pages(self):
        """(path, what the page shows of its post, render) for each post page: see `site.py`'s page cache."""
        for i, p in enumerate(self.posts):
            yield (self.url[id(p)].removeprefix(self.base), (p.last_modified, len(p.comments)),
                   lambda i=i, p=p: page(self.single(i), modified=p.last_modified))

    # -- feeds -------------------------------------------------------------------------------
    def atom(self) -> str:
        entries = []
        for p in self.posts[::-1][:25]:
            u = self.url[id(p)]
            entries.append(
                f"<entry><id>tag:blogger.com,1999:blog-{self.blog_id}.post-{self.pid(p)}</id>"
                f"<published>{iso(p.when)[:19]}.000{iso(p.when)[19:]}</published><updated>{iso(p.last_modified)[:19]}.000{iso(p.last_modified)[19:]}</updated>"
                f'<category scheme="http://www.blogger.com/atom/ns#" term="{esc(p.category)}"/>'
                f"<title type='text'>{x(p.title)}</title><content type='html'>{x(paras(p.paragraphs))}</content>"
                f"<link rel='replies' type='application/atom+xml' href='{self.base}/feeds/{self.pid(p)}/comments/default' title='Publier les commentaires'/>"
                f"<link rel='replies' type='text/html' href='{u}#comment-form' title='{len(p.comments)} commentaires'/>"
                f"<link rel='alternate' type='text/html' href='{u}' title=\"{esc(p.title)}\"/>"
                f"<author><name>{x(p.author)}</name><email>noreply@blogger.com</email></author>"
                f"<thr:total>{len(p.comments)}</thr:total></entry>")
        last = self.posts[-1].last_modified if self.posts else self.now
        return ("<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet href=\"http://www.blogger.com/styles/atom.css\" type=\"text/css\"?>"
                "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' "
                "xmlns:blogger='http://schemas.google.com/blogger/2008' xmlns:georss='http://www.georss.org/georss' "
                "xmlns:gd=\"http://schemas.google.com/g/2005\" xmlns:thr='http://purl.org/syndication/thread/1.0'>"
                f"<id>tag:blogger.com,1999:blog-{self.blog_id}</id><updated>{iso(last)}</updated>"
                + "".join(f'<category term="{esc(lab)}"/>' for lab in self.labels)
                + f"<title type='text'>{x(self.b.name)}</title><subtitle type='html'>{x(self.b.tagline)}</subtitle>"
                f"<link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='{self.base}/feeds/posts/default'/>"
                f"<link rel='self' type='application/atom+xml' href='{self.base}/feeds/posts/default'/>"
                f"<link rel='alternate' type='text/html' href='{self.base}/'/>"
                f"<author><name>{x(self.b.author)}</name><email>noreply@blogger.com</email></author>"
                "<generator version='7.00' uri='http://www.blogger.com'>Blogger</generator>"
                f"<openSearch:totalResults>{len(self.posts)}</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex>"
                f"<openSearch:itemsPerPage>25</openSearch:itemsPerPage>{''.join(entries)}</feed>")

    def comments_atom(self) -> str:
        """/feeds/comments/default: the blog's 25 newest comments, as Blogger serves it."""
        allc = sorted(((c, p) for p in self.posts for c in p.comments), key=lambda cp: cp[0].when)[::-1][:25]
        entries = "".join(
            f"<entry><id>tag:blogger.com,1999:blog-{self.blog_id}.post-{self.cid(c)}</id>"
            f"<published>{iso(c.when)}</published><updated>{iso(c.when)}</updated>"
            f"<title type='text'>{x(' '.join(c.text)[:60])}</title>"
            f"<content type='html'>{x(paras(c.text))}</content>"
            f"<link rel='alternate' type='text/html' href='{self.url[id(p)]}?showComment={int(c.when.timestamp() * 1000)}#c{self.cid(c)}'/>"
            f"<author><name>{x(c.author)}</name></author></entry>" for c, p in allc)
        last = allc[0][0].when if allc else self.now
        return ("<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
                f"<id>tag:blogger.com,1999:blog-{self.blog_id}.comments</id><updated>{iso(last)}</updated>"
                f"<title type='text'>{x(self.b.name)}</title>"
                f"<link rel='self' type='application/atom+xml' href='{self.base}/feeds/comments/default'/>"
                f"<generator version='7.00' uri='http://www.blogger.com'>Blogger</generator>{entries}</feed>")

    def rss(self) -> str:
        items = "".join(
            f"<item><guid isPermaLink='false'>tag:blogger.com,1999:blog-{self.blog_id}.post-{self.pid(p)}</guid>"
            f"<pubDate>{rfc822(p.when)}</pubDate><category domain='http://www.blogger.com/atom/ns#'>{x(p.category)}</category>"
            f"<title>{x(p.title)}</title><description>{x(paras(p.paragraphs))}</description>"
            f"<link>{self.url[id(p)]}</link><author>noreply@blogger.com ({x(p.author)})</author>"
            f"<thr:total>{len(p.comments)}</thr:total></item>" for p in self.posts[::-1][:25])
        last = self.posts[-1].last_modified if self.posts else self.now
        return ("<?xml version='1.0' encoding='UTF-8'?><rss xmlns:atom='http://www.w3.org/2005/Atom' "
                "xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008' "
                "xmlns:thr='http://purl.org/syndication/thread/1.0' version='2.0'><channel>"
                f"<atom:id>tag:blogger.com,1999:blog-{self.blog_id}</atom:id><lastBuildDate>{rfc822(last)}</lastBuildDate>"
                f"<title>{x(self.b.name)}</title><description>{x(self.b.tagline)}</description><link>{self.base}/</link>"
                f"<managingEditor>noreply@blogger.com ({x(self.b.author)})</managingEditor><generator>Blogger</generator>"
                f"<openSearch:totalResults>{len(self.posts)}</openSearch:totalResults>{items}</channel></rss>")


def item_pages(blog: Blog, now: datetime = NOW):
    return _Blogger(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a Blogger blog keyed by path?query, and its 404 page (`keep`: post pages served as cached)."""
    bl = _Blogger(blog, now)
    keep = keep or {}
    posts = blog.posts
    last = posts[-1].last_modified if posts else now
    out: dict[str, Page] = {}
    chunks = pages_of(posts, PER_PAGE)
    for n, chunk in enumerate(chunks):
        older = bl.older_href(chunk[-1]) if n + 1 < len(chunks) else None
        html = bl.doc(blog.name if n == 0 else f"{blog.name}", bl.listing_body(chunk, older), f"{bl.base}/",
                      "loading" if n else "loading home-view")
        key = "/" if n == 0 else bl.older_href(chunks[n - 1][-1]).removeprefix(bl.base)
        out[key] = page(html, modified=chunk[0].last_modified if chunk else last)
    months, years = defaultdict(list), defaultdict(list)
    for p in posts:
        months[(p.when.year, p.when.month)].append(p)
        years[p.when.year].append(p)
    for (y, m), ps in months.items():
        out[f"/{y}/{m:02d}/"] = page(bl.doc(f"{blog.name}: {fr_month(ps[0].when)}", bl.listing_body(ps[::-1], None),
                                            f"{bl.base}/{y}/{m:02d}/", "loading archive-view"), modified=ps[-1].when)
    for y, ps in years.items():
        out[f"/{y}/"] = page(bl.doc(f"{blog.name}: {y}", bl.listing_body(ps[::-1], None), f"{bl.base}/{y}/",
                                    "loading archive-view"), modified=ps[-1].when)
    out.update(served(bl, keep))
    text = paras([f"{blog.name} : {blog.tagline}.",
                  f"Écrit par {blog.author}. Rien de ce qui est écrit ici n'est un conseil financier."])
    about = ('<div class="blog-posts hfeed"><div class="post-outer"><div class="post hentry">'
             f'<h3 class="post-title entry-title">À propos</h3><div class="post-body entry-content">{text}</div></div></div></div>')
    out["/p/a-propos.html"] = page(bl.doc(f"{blog.name}: À propos", about, f"{bl.base}/p/a-propos.html", "loading static-view"))
    out["/feeds/posts/default"] = page(bl.atom(), ATOM, modified=last)
    out["/feeds/posts/default?alt=rss"] = page(bl.rss(), RSS, modified=last)
    out["/feeds/comments/default"] = page(bl.comments_atom(), ATOM, modified=last)
    out["/sitemap.xml"] = page(urlset([(bl.url[id(p)], iso_utc(p.last_modified).replace("+00:00", "Z")) for p in posts[::-1]]), XML)
    out["/robots.txt"] = page("User-agent: Mediapartners-Google\nDisallow: \n\nUser-agent: *\nDisallow: /search\n"
                              f"Allow: /\n\nSitemap: {bl.base}/sitemap.xml\n", TEXT)
    missing = ('<div class="status-msg-wrap"><div class="status-msg-body">Désolé, la page que vous recherchez dans ce blog '
               "n'existe pas.</div><div class=\"status-msg-border\"></div></div>")
    return out, page(bl.doc(blog.name, missing, f"{bl.base}/"), status=404)


def still_answers(before: Blog, blog: Blog, now: datetime = NOW) -> dict[str, Page]:
    """Blogger answers any `/search?updated-max=...`: the older-posts pages of `before` (the same blog earlier)
    keep answering once newer posts have shifted the pagination, with the posts now older than their date."""
    bl = _Blogger(blog, now)
    newest = blog.posts[::-1]
    out: dict[str, Page] = {}
    for chunk in pages_of(before.posts, PER_PAGE)[:-1]:
        anchor = chunk[-1]
        older = [p for p in newest if p.when < anchor.when]
        shown = older[:PER_PAGE]
        more = bl.older_href(shown[-1]) if len(older) > PER_PAGE else None
        out[bl.older_href(anchor).removeprefix(bl.base)] = page(
            bl.doc(blog.name, bl.listing_body(shown, more), f"{bl.base}/", "loading"), modified=shown[0].last_modified)
    return out


IGNORED_PARAMS = {"showComment", "m"}  # Blogger serves the post whatever these say
