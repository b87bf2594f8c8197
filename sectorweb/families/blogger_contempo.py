"""Blogger (layouts v3) with its Contempo theme, French locale (written blind). Followed: the stock layouts-v3
Blog widget includables as they appear in exported templates in the code corpus (`postCommentsAndAd` with
`article.post-outer-container`, `post`, `postBody`, `commentPicker`, `threadedComments` with
`section.comments.threaded` and `#comment-holder` holding `data:post.commentHtml`, `commentsTitle`,
`threadedCommentForm`, BlogArchive `hierarchy`, Label `list`, LinkList), served Contempo pages
(`centered-top-container`, `page_body`, `centered-bottom`, `sidebar-container`) and the comment HTML Blogger
puts in `#comment-holder` for crawlers (`comment-thread toplevel-thread`, `ol#top-ra`, `li.comment#cN`,
`cite.user`, `span.datetime`, `div.comment-replies` > `inline-thread` one level deep) as saved Blogger pages
in the corpus show it. Contempo's own template file (its `b:skin` and overrides) is not in the corpus:
its post markup follows the served pages and Blogger's documented data tags.

URLs: `/YYYY/MM/slug.html` (slug cut near 40 characters at a word, then `_NN`), home `/`, older posts
`/search?updated-max=<ISO date, + as %2B>&max-results=N`, labels `/search/label/X` (categories and tags are
both Blogger labels), archives `/YYYY/` and `/YYYY/MM/`, feeds `/feeds/posts/default` (Atom),
`?alt=rss`, `/feeds/comments/default`, `/feeds/POSTID/comments/default`, `/sitemap.xml` (index) and
`/sitemap.xml?page=1`, `/robots.txt` (the default one, or a custom one with Crawl-delay). `?m=1` and
`?showComment=` are ignored. Dates: the blog's date format varies by host ("mars 09, 2020" Contempo's
default pattern "MMMM dd, yyyy", or "lundi 9 mars 2020") in `<time class="published" datetime="ISO">`;
comments "9 mars 2020 à 10:15". Comments: threaded, one level of replies (deeper replies join the top
comment's thread, as Blogger does), commenter's URL on the name (rel="nofollow"), `blog-author` icon
for the blog's author, text escaped, paragraphs as <br />, no auto-linking (Blogger does none in comments).
Not rendered: links to www.blogger.com (author profile, delete/comment-frame links: another host);
the comment form itself (an iframe loaded by script).
"""
from __future__ import annotations

import hashlib
from datetime import datetime
from urllib.parse import quote

from sectorweb.dates import JOURS, MOIS, NOW, iso, to_utc
from sectorweb.families.common import ATOM, RSS, TEXT, XML, Page, esc, page, pages_of, paras, post_pages, script_json, served
from sectorweb.families.wordpress_block import host_choice
from sectorweb.feeds import x, sitemapindex
from sectorweb.model import Blog, Comment, Post


def blogger_slug(post: Post) -> str:
    """Blogger's automatic permalink: the title's words up to about 40 characters. Blogger adds `_NN` where
    a cut title meets another one of the same month; a renderer sees one post at a time, so every cut
    slug carries it here (the post's id, two digits or more)."""
    out, cut = "", False
    for w in post.slug.split("-"):
        if out and len(out) + len(w) + 1 > 40:
            cut = True
            break
        out = f"{out}-{w}" if out else w
    return (out or "blog-post") + (f"_{post.id:02d}" if cut else "")


def permalink(host: str, post: Post) -> str:
    return f"http://{host}/{post.when:%Y/%m}/{blogger_slug(post)}.html"


def big_id(*parts) -> int:
    """Blogger's 19-digit ids (blog, post, comment)."""
    h = int(hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()[:15], 16)
    return 1_000_000_000_000_000_000 + h % 8_000_000_000_000_000_000


def date_header(host: str, d: datetime) -> str:
    if host_choice(host, "blogger-date", 2):
        return f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]} {d.year}"
    return f"{MOIS[d.month - 1]} {d:%d}, {d.year}"


def comment_date(d: datetime) -> str:
    return f"{d.day} {MOIS[d.month - 1]} {d.year} à {d:%H:%M}"


def millis(d: datetime) -> int:
    return int((to_utc(d) - datetime(1970, 1, 1)).total_seconds()) * 1000


def threads(comments: list[Comment]) -> list[tuple[Comment, list[Comment]]]:
    """Top-level comments in date order, each with every reply below it (any depth) in date order."""
    by_id = {c.id: c for c in comments}

    def top(c: Comment) -> Comment:
        seen = set()
        while c.parent in by_id and c.id not in seen:
            seen.add(c.id)
            c = by_id[c.parent]
        return c
    order = sorted(comments, key=lambda c: (c.when, c.id))
    out: dict[int, list[Comment]] = {c.id: [] for c in order if top(c) is c}
    for c in order:
        t = top(c)
        if t is not c:
            out[t.id].append(c)
    return [(by_id[i], rs) for i, rs in out.items()]


def label_path(label: str) -> str:
    return "/search/label/" + quote(label, safe="")


class _Contempo:
    def __init__(self, blog: Blog, now: datetime = NOW):
        self.b = blog
        self.now = now
        self.host = blog.host
        self.base = f"http://{blog.host}"
        self.posts = blog.posts
        self.url = {id(p): permalink(blog.host, p) for p in self.posts}
        self.blog_id = big_id("blog", blog.host)
        self.labels: dict[str, int] = {}
        for p in self.posts:
            for lab in self.post_labels(p):
                self.labels[lab] = self.labels.get(lab, 0) + 1

    @staticmethod
    def post_labels(p: Post) -> list[str]:
        seen: list[str] = []
        for lab in [p.category] + list(p.tags):
            if lab and lab not in seen:
                seen.append(lab)
        return sorted(seen, key=str.lower)

    def pid(self, p: Post) -> int:
        return big_id("post", self.host, p.id)

    def cid(self, c: Comment) -> int:
        return big_id("comment", self.host, c.id)

    # -- frame -------------------------------------------------------------------------------
    def doc(self, title: str, body_class: str, main: str, canonical: str, desc: str = "", extra_head: str = "") -> str:
        b = self.b
        name = esc(b.name)
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="fr">
<head>
<meta content="width=device-width, initial-scale=1" name="viewport"/>
<title>{esc(title)}</title>
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type"/>
<!-- Chrome, Firefox OS and Opera -->
<meta content="#eeeeee" name="theme-color"/>
<!-- Windows Phone -->
<meta content="#eeeeee" name="msapplication-navbutton-color"/>
<meta content="blogger" name="generator"/>
<link href="{self.base}/favicon.ico" rel="icon" type="image/x-icon"/>
<link href="{esc(canonical)}" rel="canonical"/>
<link rel="alternate" type="application/atom+xml" title="{name} - Atom" href="{self.base}/feeds/posts/default" />
<link rel="alternate" type="application/rss+xml" title="{name} - RSS" href="{self.base}/feeds/posts/default?alt=rss" />
{extra_head}<meta content="{esc(canonical)}" property="og:url"/>
<meta content="{esc(title)}" property="og:title"/>
<meta content="{esc(desc)}" property="og:description"/>
<style id="page-skin-1" type="text/css"><!--
/* Contempo */
--></style>
</head>
<body class="{body_class} version-1-3-3 variant-indigo_dark">
<a class="skip-navigation" href="#main" tabindex="0">
Accéder au contenu principal
</a>
<div class="page">
<div class="bg-photo-overlay"></div>
<div class="bg-photo-container">
<div class="bg-photo"></div>
</div>
<div class="page_body">
<div class="centered">
<div class="centered-top-placeholder"></div>
<header class="centered-top-container" role="banner">
<div class="centered-top">
<div class="return_link">
<a class="flat-icon-button ripple" href="{self.base}/" title="Accueil">
<svg class="svg-icon-24"><use xlink:href="/responsive/sprite_v1_6.css.svg#ic_arrow_back_black_24dp" xmlns:xlink="http://www.w3.org/1999/xlink"></use></svg>
</a>
</div>
<div class="top-bar">
<div class="hamburger-menu-container">
<svg class="svg-icon-24 hamburger-menu"><use xlink:href="/responsive/sprite_v1_6.css.svg#ic_menu_black_24dp" xmlns:xlink="http://www.w3.org/1999/xlink"></use></svg>
</div>
<div class="search">
<div class="section" id="search_top" name="Search (Top)"><div class="widget BlogSearch" data-version="2" id="BlogSearch1">
<h3 class="title">
Rechercher dans ce blog
</h3>
<div class="widget-content" role="search">
<form action="{self.base}/search" target="_top">
<div class="search-input">
<input aria-label="Rechercher dans ce blog" autocomplete="off" name="q" placeholder="Rechercher dans ce blog" value=""/>
</div>
<input class="search-action flat-button" type="submit" value="Rechercher"/>
</form>
</div>
</div></div>
</div>
</div>
<div class="blog-name container">
<div class="container section" id="header" name="En-tête"><div class="widget Header" data-version="2" id="Header1">
<div class="header-widget">
<div>
<h1>
<a href="{self.base}/">
{name}
</a>
</h1>
</div>
<p>
{esc(b.tagline)}
</p>
</div>
</div></div>
</div>
</div>
</header>
<div>
<div class="vertical-ad-placeholder no-ad"></div>
</div>
<main class="centered-bottom" id="main" role="main" tabindex="-1">
<div class="main section" id="page_body" name="Corps de la page">
<div class="widget Blog" data-version="2" id="Blog1">
{main}
</div></div>
</main>
</div>
</div>
<aside class="sidebar-container container sidebar-invisible" role="complementary">
<div class="navigation">
<button class="svg-icon-24-button flat-icon-button ripple sidebar-back">
<svg class="svg-icon-24"><use xlink:href="/responsive/sprite_v1_6.css.svg#ic_arrow_back_black_24dp" xmlns:xlink="http://www.w3.org/1999/xlink"></use></svg>
</button>
</div>
<div class="sidebar_top_wrapper">
<div class="sidebar_top section" id="sidebar_top" name="Sidebar (Top)">{self.profile()}{self.archive_widget()}</div>
</div>
<div class="sidebar_bottom section" id="sidebar_bottom" name="Sidebar (Bottom)">{self.label_widget()}{self.link_widget()}<div class="widget ReportAbuse" data-version="2" id="ReportAbuse1">
<h3 class="title">
<a class="report_abuse" href="https://www.blogger.com/go/report-abuse" rel="noopener nofollow" target="_blank">
Signaler un abus
</a>
</h3>
</div></div>
</aside>
<footer class="footer section" id="footer" name="Footer"><div class="widget Attribution" data-version="2" id="Attribution1">
<div class="widget-content">
<div class="blogger">
<a href="https://www.blogger.com" rel="nofollow">
<svg class="svg-icon-24"><use xlink:href="/responsive/sprite_v1_6.css.svg#ic_post_blogger_black_24dp" xmlns:xlink="http://www.w3.org/1999/xlink"></use></svg>
Fourni par Blogger
</a>
</div>
<div class="image-attribution">
Images de thèmes de <a href="http://www.offset.com/photos/394244">Michael Elkan</a>
</div>
</div>
</div></footer>
</div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/widgets.js"></script>
</body>
</html>
"""

    def profile(self) -> str:
        return f"""<div class="widget Profile" data-version="2" id="Profile1">
<h3 class="title">
Qui êtes-vous ?
</h3>
<div class="widget-content individual">
<div class="default-avatar-wrapper">
<div class="default-avatar"></div>
</div>
<div class="profile-info">
<dl class="profile-datablock">
<dt class="profile-data">
{esc(self.b.author)}
</dt>
</dl>
</div>
</div>
</div>"""

    def archive_widget(self) -> str:
        years: dict[int, dict[int, int]] = {}
        for p in self.posts:
            years.setdefault(p.when.year, {})
            years[p.when.year][p.when.month] = years[p.when.year].get(p.when.month, 0) + 1
        rows = []
        for y in sorted(years, reverse=True):
            months = "".join(
                f'<li class="archivedate">\n<div class="hierarchy-title">\n<a class="post-count-link" href="{self.base}/{y}/{m:02d}/">\n{MOIS[m - 1]}\n</a>\n'
                f'<span class="post-count-wrapper">\n<span class="post-count">{n}</span>\n</span>\n</div>\n</li>\n'
                for m, n in sorted(years[y].items(), reverse=True))
            rows.append(f'<li class="archivedate">\n<div class="hierarchy-title">\n<a class="post-count-link" href="{self.base}/{y}/">\n{y}\n</a>\n'
                        f'<span class="post-count-wrapper">\n<span class="post-count">{sum(years[y].values())}</span>\n</span>\n</div>\n'
                        f'<div class="hierarchy-content">\n<ul class="hierarchy">\n{months}</ul>\n</div>\n</li>\n')
        return f"""<div class="widget BlogArchive" data-version="2" id="BlogArchive1">
<details class="collapsible extendable">
<summary>
<div class="collapsible-title">
<h3 class="title">
Archives
</h3>
</div>
</summary>
<div class="widget-content">
<div id="ArchiveList">
<div id="BlogArchive1_ArchiveList">
<ul class="hierarchy">
{"".join(rows)}</ul>
</div>
</div>
</div>
</details>
</div>"""

    def label_widget(self) -> str:
        if not self.labels:
            return ""
        items = "".join(f'<li>\n<a class="label-name" href="{self.base}{label_path(lab)}">\n{esc(lab)}\n'
                        f'<span class="label-count">{n}</span>\n</a>\n</li>\n'
                        for lab, n in sorted(self.labels.items(), key=lambda t: t[0].lower()))
        return f"""<div class="widget Label" data-version="2" id="Label1">
<details class="collapsible extendable">
<summary>
<div class="collapsible-title">
<h3 class="title">
Libellés
</h3>
</div>
</summary>
<div class="widget-content list-label-widget-content">
<ul>
{items}</ul>
</div>
</details>
</div>"""

    def link_widget(self) -> str:
        if not self.b.blogroll:
            return ""
        items = "".join(f'<li><a href="{esc(u)}">{esc(n)}</a></li>\n' for u, n in self.b.blogroll)
        return f"""<div class="widget LinkList" data-version="2" id="LinkList1">
<h3 class="title">
Liens
</h3>
<div class="widget-content">
<ul>
{items}</ul>
</div>
</div>"""

    # -- posts -------------------------------------------------------------------------------
    def body_html(self, p: Post) -> str:
        body = paras(p.paragraphs, "nofollow")
        if p.links:
            body += "\n<p>À lire aussi : " + ", ".join(f'<a href="{esc(u)}">{esc(a)}</a>' for u, a in p.links) + "</p>"
        if p.source:
            body += f'\n<p>Source : <a href="{esc(p.source[1])}">{esc(p.source[0])}</a></p>'
        return body

    def snippet(self, p: Post) -> str:
        text = " ".join(p.paragraphs)
        return text if len(text) <= 300 else text[:300].rsplit(" ", 1)[0] + "…"

    def timestamp(self, p: Post) -> str:
        u = self.url[id(p)]
        return f"""<span class="byline post-timestamp">
<meta content="{u}"/>
<a class="timestamp-link" href="{u}" rel="bookmark" title="permanent link">
<time class="published" datetime="{iso(p.when)}" title="{iso(p.when)}">
{date_header(self.host, p.when)}
</time>
</a>
</span>"""

    def author(self, p: Post) -> str:
        return f"""<span class="byline post-author vcard">
<span class="post-author-label">
Publié par
</span>
<span class="fn">
<span>{esc(p.author)}</span>
</span>
</span>"""

    def labels_line(self, p: Post) -> str:
        labs = self.post_labels(p)
        if not labs:
            return ""
        links = "\n".join(f'<a href="{self.base}{label_path(lab)}" rel="tag">\n{esc(lab)}\n</a>' for lab in labs)
        return f"""<div class="post-footer-line post-footer-line-2">
<span class="byline post-labels">
<span class="byline-label">
Libellés :
</span>
{links}
</span>
</div>"""

    def schema(self, p: Post) -> str:
        u = self.url[id(p)]
        data = {"@context": "http://schema.org", "@type": "BlogPosting",
                "mainEntityOfPage": {"@type": "WebPage", "@id": u}, "headline": p.title,
                "description": self.snippet(p), "datePublished": iso(p.when),
                "dateModified": iso(p.modified or p.when),
                "publisher": {"@type": "Organization", "name": "Google"},
                "author": {"@type": "Person", "name": p.author}}
        return f'<script type="application/ld+json">{script_json(data)}</script>'

    def post(self, p: Post, single: bool) -> str:
        u = self.url[id(p)]
        pid = self.pid(p)
        title = esc(p.title) if single else f'<a href="{u}">{esc(p.title)}</a>'
        if single:
            content = f"""<div class="post-body-container">
<div class="post-body entry-content float-container" id="post-body-{pid}">
{self.body_html(p)}
</div>
</div>"""
        else:
            content = f"""<div class="container post-body entry-content" id="post-snippet-{pid}">
<div class="snippet-container r-snippet-container">
<div class="snippet-item r-snippetized">
{esc(self.snippet(p))}
</div>
<div class="snippet-fade r-snippet-fade hidden"></div>
</div>
</div>
<div class="jump-link flat-button">
<a class="r-snippetized" href="{u}" title="{esc(p.title)}">
Lire la suite
</a>
</div>"""
        link = "" if single else f"""
<span class="byline post-comment-link container">
<a class="comment-link" href="{u}#comments" onclick="">
<svg class="svg-icon-24 touch-icon comment-icon"><use xlink:href="/responsive/sprite_v1_6.css.svg#ic_mode_comment_black_24dp" xmlns:xlink="http://www.w3.org/1999/xlink"></use></svg>
<span class="num_comments">
{len(p.comments)}
</span>
</a>
</span>"""
        return f"""<div class="post">
{self.schema(p)}
<a name="{pid}"></a>
<h3 class="post-title entry-title">
{title}
</h3>
<div class="post-header">
<div class="post-header-line-1">
{self.author(p)}
{self.timestamp(p)}
</div>
</div>
{content}
<div class="post-bottom">
<div class="post-footer float-container">
<div class="post-footer-line post-footer-line-1">{link}
</div>
{self.labels_line(p)}
</div>
<div class="post-share-buttons post-share-buttons-bottom invisible">
<div class="byline post-share-buttons goog-inline-block">
<div aria-owns="sharing-popup-Blog1-byline-{pid}" class="sharing" data-title="{esc(p.title)}">
<button aria-controls="sharing-popup-Blog1-byline-{pid}" aria-label="Partager" class="sharing-button touch-icon-button" id="sharing-button-Blog1-byline-{pid}" role="button">
Partager
</button>
</div>
</div>
</div>
</div>
</div>"""

    def comment_li(self, p: Post, c: Comment, replies: list[Comment] | None) -> str:
        cid = self.cid(c)
        u = self.url[id(p)]
        who = f'<a href="{esc(c.url)}" rel="nofollow">{esc(c.author)}</a>' if c.url else esc(c.author)
        text = "<br /><br />".join(esc(t).replace("\n", "<br />") for t in c.text)
        icon = "icon user blog-author" if c.by_author else "icon user "
        reply = (f'<a class="comment-reply" target="_self" data-comment-id="{cid}">Répondre</a>'
                 if p.comments_open and replies is not None else "")
        out = (f'<li class="comment" id="c{cid}"><div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif" alt=""/></div>'
               f'<div class="comment-block"><div class="comment-header"><cite class="user">{who}</cite><span class="{icon}"></span>'
               f'<span class="datetime secondary-text"><a rel="nofollow" href="{u}?showComment={millis(c.when)}#c{cid}">{comment_date(c.when)}</a></span></div>'
               f'<p class="comment-content">{text}</p><span class="comment-actions secondary-text">{reply}</span></div>')
        if replies is not None:
            inner = "".join(f"<div>{self.comment_li(p, r, None)}</div>" for r in replies)
            cont = (f'<div class="continue" id="c{cid}-continue"><a class="comment-reply" target="_self" data-comment-id="{cid}">Répondre</a></div>'
                    if p.comments_open else "")
            if replies:
                out += (f'<div class="comment-replies"><div id="c{cid}-rt" class="comment-thread inline-thread">'
                        f'<span class="thread-toggle thread-expanded"><span class="thread-arrow"></span><span class="thread-count"><a target="_self">Réponses</a></span></span>'
                        f'<ol id="c{cid}-ra" class="thread-chrome thread-expanded">{inner}{cont}</ol></div></div>')
            else:
                out += (f'<div class="comment-replies"><div id="c{cid}-rt" class="comment-thread inline-thread hidden">'
                        f'<span class="thread-toggle thread-expanded"><span class="thread-arrow"></span><span class="thread-count"><a target="_self">Réponses</a></span></span>'
                        f'<ol id="c{cid}-ra" class="thread-chrome thread-expanded"><div></div>{cont}</ol></div></div>')
            out += f'<div class="comment-replybox-single" id="c{cid}-ce"></div>'
        return out + "</li>"

    def comments(self, p: Post) -> str:
        if not p.comments_open and not p.comments:
            return ""
        n = len(p.comments)
        lis = "".join(self.comment_li(p, c, rs) for c, rs in threads(p.comments))
        more = ('<div id="top-continue" class="continue"><a class="comment-reply" target="_self">Ajouter un commentaire</a></div>'
                if p.comments_open else "")
        holder = (f'<div class="comment-thread toplevel-thread"><ol id="top-ra">{lis}</ol>{more}'
                  f'<div class="comment-replybox-thread" id="top-ce"></div>'
                  f'<div class="loadmore hidden" data-post-id="{self.pid(p)}"><a target="_self">Charger la suite...</a></div></div>')
        if p.comments_open:
            footer = """<div class="comment-form">
<a name="comment-form"></a>
<h4 id="comment-post-message">Enregistrer un commentaire</h4>
<iframe allowtransparency="allowtransparency" class="blogger-iframe-colorize blogger-comment-from-post" frameborder="0" height="90px" id="comment-editor" name="comment-editor" src="" width="100%"></iframe>
<script type="text/javascript">
BLOG_CMT_createIframe('https://www.blogger.com/rpc_relay.html');
</script>
</div>"""
            js = """<script async="async" src="" type="text/javascript"></script>
<script type="text/javascript">
blogger.widgets.blog.initThreadedComments(null, null, {});
</script>
"""
        else:
            footer = "Les nouveaux commentaires ne sont pas autorisés."
            js = ""
        return f"""<section class="comments threaded" data-embed="true" data-num-comments="{n}" id="comments">
<a name="comments"></a>
<h3 class="title">Commentaires</h3>
<div class="comments-content">
{js}<div id="comment-holder">
{holder}
</div>
</div>
<p class="comment-footer">
{footer}
</p>
</section>"""

    def outer(self, p: Post, single: bool) -> str:
        return f"""<article class="post-outer-container">
<div class="post-outer">
{self.post(p, single)}
</div>
{self.comments(p) if single else ""}
</article>"""

    def single(self, p: Post) -> str:
        u = self.url[id(p)]
        main = f"""<div class="blog-posts hfeed container">
{self.outer(p, True)}
</div>
<style>
    .post-body a.b-tooltip-container {{
      position: relative;
      display: inline-block;
    }}
</style>"""
        head = (f'<link rel="alternate" type="application/atom+xml" title="{esc(self.b.name)} - Atom" '
                f'href="{self.base}/feeds/{self.pid(p)}/comments/default" />\n')
        return self.doc(p.title, "item-view post-view", main, u, self.snippet(p), head)

    def item_pages(self):
        return post_pages(self)

    # -- listings ----------------------------------------------------------------------------
    def older_url(self, base_path: str, last: Post, n: int) -> str:
        stamp = iso(last.when).replace("+", "%2B")
        if base_path == "/":
            return f"/search?updated-max={stamp}&max-results={n}"
        return f"{base_path}?updated-max={stamp}&max-results={n}"

    def listing(self, base_path: str, posts: list[Post], title: str, body_class: str, message: str = "",
                paginate: bool = True) -> dict[str, str]:
        n = self.b.per_page
        chunks = pages_of(posts, n) if paginate else [list(reversed(posts))]
        out = {}
        key = base_path
        for i, chunk in enumerate(chunks):
            pager = ""
            nxt = None
            if i + 1 < len(chunks):
                nxt = self.older_url(base_path, chunk[-1], n)
                pager = (f'<div class="blog-pager container" id="blog-pager">\n'
                         f'<a class="blog-pager-older-link flat-button ripple" href="{esc(self.base + nxt)}" '
                         f'id="Blog1_blog-pager-older-link" title="Plus d&#39;articles">\nPlus d&#39;articles\n</a>\n</div>')
            posts_html = "\n".join(self.outer(p, False) for p in chunk) or '<div class="no-posts-message">\nAucun article.\n</div>'
            main = f"""{message}<div class="blog-posts hfeed container">
{posts_html}
</div>
{pager}"""
            out[key] = self.doc(title, body_class, main, self.base + key, self.b.tagline)
            if nxt:
                key = nxt
        return out

    def filter_message(self, text: str) -> str:
        return f"""<div class="post-filter-message">
<div>
{text}
</div>
<div>
<a class="flat-button ripple" href="{self.base}/">
Tout afficher
</a>
</div>
</div>
"""

    # -- feeds -------------------------------------------------------------------------------
    def atom(self, rss: bool = False) -> str:
        b = self.b
        chosen = self.posts[::-1][:b.feed_items]
        updated = max((p.last_modified for p in self.posts), default=self.now)
        if rss:
            items = ""
            for p in chosen:
                u = self.url[id(p)]
                cats = "".join(f'<category domain="http://www.blogger.com/atom/ns#">{x(lab)}</category>' for lab in self.post_labels(p))
                items += (f"<item><guid isPermaLink=\"false\">tag:blogger.com,1999:blog-{self.blog_id}.post-{self.pid(p)}</guid>"
                          f"<pubDate>{_rfc(p.when)}</pubDate><atom:updated>{iso(p.modified or p.when)}</atom:updated>{cats}"
                          f"<title>{x(p.title)}</title><description>{x(self.body_html(p))}</description><link>{u}</link>"
                          f"<author>noreply@blogger.com ({x(p.author)})</author><thr:total>{len(p.comments)}</thr:total></item>")
            return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss xmlns:atom=\"http://www.w3.org/2005/Atom\" "
                    f"xmlns:openSearch=\"http://a9.com/-/spec/opensearchrss/1.0/\" xmlns:blogger=\"http://schemas.google.com/blogger/2008\" "
                    f"xmlns:georss=\"http://www.georss.org/georss\" xmlns:gd=\"http://schemas.google.com/g/2005\" "
                    f"xmlns:thr=\"http://purl.org/syndication/thread/1.0\" version=\"2.0\"><channel>"
                    f"<atom:id>tag:blogger.com,1999:blog-{self.blog_id}</atom:id><lastBuildDate>{_rfc(updated)}</lastBuildDate>"
                    f"<title>{x(b.name)}</title><description>{x(b.tagline)}</description><link>{self.base}/</link>"
                    f"<managingEditor>noreply@blogger.com ({x(b.author)})</managingEditor><generator>Blogger</generator>"
                    f"<openSearch:totalResults>{len(self.posts)}</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex>"
                    f"<openSearch:itemsPerPage>{b.feed_items}</openSearch:itemsPerPage>{items}</channel></rss>")
        cats = "".join(f'<category term="{esc(lab)}"/>' for lab in sorted(self.labels, key=str.lower))
        entries = ""
        for p in chosen:
            u = self.url[id(p)]
            pid = self.pid(p)
            n = len(p.comments)
            ncom = "1 commentaire" if n == 1 else f"{n} commentaires"
            pcats = "".join(f'<category scheme="http://www.blogger.com/atom/ns#" term="{esc(lab)}"/>' for lab in self.post_labels(p))
            entries += (f"<entry><id>tag:blogger.com,1999:blog-{self.blog_id}.post-{pid}</id><published>{iso(p.when).replace('+', '.000+')}</published>"
                        f"<updated>{iso(p.modified or p.when).replace('+', '.000+')}</updated>{pcats}<title type=\"text\">{x(p.title)}</title>"
                        f"<content type=\"html\">{x(self.body_html(p))}</content>"
                        f"<link rel=\"replies\" type=\"application/atom+xml\" href=\"{self.base}/feeds/{pid}/comments/default\" title=\"Publier les commentaires\"/>"
                        f"<link rel=\"replies\" type=\"text/html\" href=\"{u}#comment-form\" title=\"{ncom}\"/>"
                        f"<link rel=\"self\" type=\"application/atom+xml\" href=\"{self.base}/feeds/posts/default/{pid}\"/>"
                        f'<link rel="alternate" type="text/html" href="{u}" title="{esc(p.title)}"/>'
                        f"<author><name>{x(p.author)}</name><email>noreply@blogger.com</email></author><thr:total>{n}</thr:total></entry>")
        return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><?xml-stylesheet href=\"http://www.blogger.com/styles/atom.css\" type=\"text/css\"?>"
                f"<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:openSearch=\"http://a9.com/-/spec/opensearchrss/1.0/\" "
                f"xmlns:blogger=\"http://schemas.google.com/blogger/2008\" xmlns:georss=\"http://www.georss.org/georss\" "
                f"xmlns:gd=\"http://schemas.google.com/g/2005\" xmlns:thr=\"http://purl.org/syndication/thread/1.0\">"
                f"<id>tag:blogger.com,1999:blog-{self.blog_id}</id><updated>{iso(updated).replace('+', '.000+')}</updated>{cats}"
                f"<title type=\"text\">{x(b.name)}</title><subtitle type=\"html\">{x(b.tagline)}</subtitle>"
                f"<link rel=\"http://schemas.google.com/g/2005#feed\" type=\"application/atom+xml\" href=\"{self.base}/feeds/posts/default\"/>"
                f"<link rel=\"self\" type=\"application/atom+xml\" href=\"{self.base}/feeds/posts/default\"/>"
                f"<link rel=\"alternate\" type=\"text/html\" href=\"{self.base}/\"/><link rel=\"hub\" href=\"http://pubsubhubbub.appspot.com/\"/>"
                f"<author><name>{x(b.author)}</name><email>noreply@blogger.com</email></author>"
                f"<generator version=\"7.00\" uri=\"http://www.blogger.com\">Blogger</generator>"
                f"<openSearch:totalResults>{len(self.posts)}</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex>"
                f"<openSearch:itemsPerPage>{b.feed_items}</openSearch:itemsPerPage>{entries}</feed>")

    def comments_feed(self, post: Post | None) -> str:
        pairs = [(c, p) for p in ([post] if post else self.posts) for c in p.comments]
        pairs.sort(key=lambda t: (t[0].when, t[0].id), reverse=True)
        pairs = pairs[:self.b.feed_items if post is None else len(pairs)]
        entries = ""
        for c, p in pairs:
            u = self.url[id(p)]
            cid = self.cid(c)
            link = f"{u}?showComment={millis(c.when)}#c{cid}"
            body = "<br /><br />".join(esc(t) for t in c.text)
            author = f"<name>{x(c.author)}</name>" + (f"<uri>{x(c.url)}</uri>" if c.url else "") + "<email>noreply@blogger.com</email>"
            entries += (f"<entry><id>tag:blogger.com,1999:blog-{self.blog_id}.post-{cid}</id><published>{iso(c.when).replace('+', '.000+')}</published>"
                        f"<updated>{iso(c.when).replace('+', '.000+')}</updated><title type=\"text\">{x(' '.join(c.text)[:50])}</title>"
                        f"<content type=\"html\">{x(body)}</content>"
                        f"<link rel=\"alternate\" type=\"text/html\" href=\"{x(link)}\" title=\"\"/>"
                        f"<author>{author}</author>"
                        f"<thr:in-reply-to xmlns:thr=\"http://purl.org/syndication/thread/1.0\" href=\"{u}\" ref=\"tag:blogger.com,1999:blog-{self.blog_id}.post-{self.pid(p)}\" source=\"{self.base}/feeds/posts/default/{self.pid(p)}\" type=\"text/html\"/></entry>")
        last = max((c.when for c, _ in pairs), default=self.now)
        title = f"Commentaires sur {post.title}" if post else self.b.name
        self_url = f"{self.base}/feeds/{self.pid(post)}/comments/default" if post else f"{self.base}/feeds/comments/default"
        alt = self.url[id(post)] if post else f"{self.base}/"
        return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\" "
                f"xmlns:openSearch=\"http://a9.com/-/spec/opensearchrss/1.0/\" xmlns:gd=\"http://schemas.google.com/g/2005\">"
                f"<id>tag:blogger.com,1999:blog-{self.blog_id}.comments</id><updated>{iso(last).replace('+', '.000+')}</updated>"
                f"<title type=\"text\">{x(title)}</title><link rel=\"self\" type=\"application/atom+xml\" href=\"{self_url}\"/>"
                f"<link rel=\"alternate\" type=\"text/html\" href=\"{alt}\"/>"
                f"<author><name>{x(self.b.author)}</name><email>noreply@blogger.com</email></author>"
                f"<generator version=\"7.00\" uri=\"http://www.blogger.com\">Blogger</generator>"
                f"<openSearch:totalResults>{len(pairs)}</openSearch:totalResults>{entries}</feed>")

    def sitemap_page(self) -> str:
        rows = "".join(f"<url><loc>{x(self.url[id(p)])}</loc><lastmod>{to_utc(p.modified or p.when):%Y-%m-%dT%H:%M:%SZ}</lastmod></url>"
                       for p in self.posts[::-1])
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + rows + "</urlset>")


def _rfc(d: datetime) -> str:
    from sectorweb.dates import http_date
    return http_date(d).replace("GMT", "+0000")


def item_pages(blog: Blog, now: datetime = NOW):
    return _Contempo(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a Blogger (Contempo) blog keyed by path?query, and its 404 page."""
    r = _Contempo(blog, now)
    keep = keep or {}
    posts = blog.posts
    last = max((p.last_modified for p in posts), default=now)
    out: dict[str, Page] = {}
    for key, html in r.listing("/", posts, blog.name, "home-view feed-view").items():
        out[key] = page(html, modified=last)
    out.update(served(r, keep))
    for lab in r.labels:
        inposts = [p for p in posts if lab in r.post_labels(p)]
        msg = r.filter_message(f'Affichage des articles dont le libellé est <span class="search-label">{esc(lab)}</span>.')
        for key, html in r.listing(label_path(lab), inposts, f"{blog.name}: {lab}", "label-view feed-view", msg).items():
            out[key] = page(html, modified=max(p.last_modified for p in inposts))
    for y in sorted({p.when.year for p in posts}):
        inposts = [p for p in posts if p.when.year == y]
        msg = r.filter_message(f"Affichage des articles de {y}")
        out[f"/{y}/"] = page(r.listing(f"/{y}/", inposts, f"{y} - {blog.name}", "archive-view feed-view", msg, False)[f"/{y}/"])
        for m in sorted({p.when.month for p in inposts}):
            mposts = [p for p in inposts if p.when.month == m]
            msg = r.filter_message(f"Affichage des articles de {MOIS[m - 1]} {y}")
            key = f"/{y}/{m:02d}/"
            out[key] = page(r.listing(key, mposts, f"{MOIS[m - 1]} {y} - {blog.name}", "archive-view feed-view", msg, False)[key])
    out["/feeds/posts/default"] = page(r.atom(), ATOM, modified=last)
    out["/feeds/posts/default?alt=rss"] = page(r.atom(rss=True), RSS, modified=last)
    out["/feeds/comments/default"] = page(r.comments_feed(None), ATOM, modified=last)
    for p in posts:
        out[f"/feeds/{r.pid(p)}/comments/default"] = page(r.comments_feed(p), ATOM, modified=p.last_modified)
    out["/sitemap.xml"] = page(sitemapindex([f"{r.base}/sitemap.xml?page=1"]), XML, modified=last)
    out["/sitemap.xml?page=1"] = page(r.sitemap_page(), XML, modified=last)
    if blog.crawl_delay:  # a custom robots.txt (Settings > Crawlers and indexing)
        robots = (f"User-agent: *\nCrawl-delay: {blog.crawl_delay}\nDisallow: /search\nAllow: /\n\n"
                  f"Sitemap: {r.base}/sitemap.xml\n")
    else:
        robots = (f"User-agent: Mediapartners-Google\nDisallow: \n\nUser-agent: *\nDisallow: /search\nAllow: /\n\n"
                  f"Sitemap: {r.base}/sitemap.xml\n")
    out["/robots.txt"] = page(robots, TEXT)
    missing = r.doc(blog.name, "error-view", """<div class="post-filter-message">
<div>
Désolé, la page que vous recherchez dans ce blog n'existe pas.
</div>
<div>
<a class="flat-button ripple" href="/">
Accueil
</a>
</div>
</div>
""", r.base + "/")
    return out, page(missing, status=404)


IGNORED_PARAMS: set[str] = {"m", "showComment"}


def feed_path(host: str) -> str:
    return "/feeds/posts/default"


def comment_anchor(host: str, c: Comment) -> str:
    """The id of a comment's element on its post page."""
    return f"c{big_id('comment', host, c.id)}"
