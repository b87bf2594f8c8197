"""A static blog built by Hugo with the Beautiful Hugo theme and Staticman comments, French
(see docs/markup-families.md#hugo).

Follows the theme's templates (halogenica/beautifulhugo: layouts/index.html, partials/header.html,
post_meta.html, staticman-comments.html, seo/structured/post.html): the home page lists
article.post-preview cards (a > h2.post-title, span.post-meta, div.post-entry) and pages with
ul.pager li.next "Articles plus anciens", no rel=next; a post is div.post-heading > h1 above
article.blog-post; its comments, when the site turns Staticman on, are article.static-comment
(h4.comment-author, div.comment-timestamp > time[datetime], div.comment-content) in
section.staticman-comments, written into the page at build time. Hugo's month names stay English
("4 March 2025") unless the theme localises them: French sites show them so. No comment section at
all on a post whose comments are off. Permalinks per `params["url_scheme"]` (families.URL_SCHEMES).
"""
from __future__ import annotations

from datetime import datetime

from sectorweb.dates import NOW, iso, rfc822
from sectorweb.families import make_slug, permalink
from sectorweb.families.common import (RSS, TEXT, XML, Page, autolink, esc, ld_json, page, pages_of, paras, post_pages,
                                       served)
from sectorweb.feeds import urlset, x
from sectorweb.model import Blog, Comment, Post

GENERATOR = "Hugo 0.139.3"
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def _date(d: datetime) -> str:
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"  # Go's "2 January 2006", not localised


class _Hugo:
    def __init__(self, blog: Blog, now: datetime = NOW):
        self.b = blog
        self.now = now
        self.base = f"http://{blog.host}"
        self.posts = blog.posts
        self.url = {id(p): permalink("hugo", blog.host, p) for p in self.posts}

    def term(self, kind: str, name: str) -> str:
        return f"{self.base}/{kind}/{make_slug('hugo', name, set())}/"

    def doc(self, title: str, main: str, heading: str, head: str = "", canonical: str = "") -> str:
        b = self.b
        return f"""<!doctype html>
<html lang="fr"><head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0">
<title>{esc(title)}</title>
<meta name="author" content="{esc(b.author)}">
<meta name="description" content="{esc(b.tagline)}">
<meta name="generator" content="{GENERATOR}">
<link rel="alternate" type="application/rss+xml" href="{self.base}/index.xml" title="{esc(b.name)}">
<link rel="canonical" href="{canonical or self.base + '/'}">
{head}<link rel="stylesheet" href="{self.base}/css/main.css">
</head>
<body>
<nav class="navbar navbar-expand-xl navbar-light fixed-top navbar-custom top-nav-regular"><div class="container-fluid">
<a class="navbar-brand" href="{self.base}/">{esc(b.name)}</a>
<div class="collapse navbar-collapse" id="main-navbar"><ul class="nav navbar-nav ms-auto">
<li class="nav-item"><a class="nav-link" title="Billets" href="{self.base}/posts/">Billets</a></li>
<li class="nav-item"><a class="nav-link" title="Tags" href="{self.base}/tags/">Tags</a></li>
<li class="nav-item"><a class="nav-link" title="À propos" href="{self.base}/page/a-propos/">À propos</a></li>
</ul></div></div></nav>
<header class="header-section ">
<div class="intro-header no-img"><div class="container"><div class="row"><div class="col-lg-8 offset-lg-2 col-md-10 offset-md-1">
{heading}
</div></div></div></div>
</header>
{main}
<footer><div class="container"><div class="row"><div class="col-lg-8 offset-lg-2 col-md-10 offset-md-1">
{self.friends()}<ul class="list-inline text-center footer-links"><li class="list-inline-item"><a href="{self.base}/index.xml" title="RSS">RSS</a></li></ul>
<p class="credits copyright text-muted">{esc(b.author)} &nbsp;&bull;&nbsp;&copy; {self.now.year} &nbsp;&bull;&nbsp; <a href="{self.base}/">{esc(b.name)}</a></p>
<p class="credits theme-by text-muted"><a href="https://gohugo.io">Hugo v0.139.3</a> powered &nbsp;&bull;&nbsp; Theme <a href="https://github.com/halogenica/beautifulhugo">Beautiful Hugo</a> adapted from <a href="https://deanattali.com/beautiful-jekyll/">Beautiful Jekyll</a></p>
</div></div></div></footer>
</body></html>
"""

    def friends(self) -> str:
        """The blogroll a Hugo blogger writes into the theme's footer_custom.html partial: no widget, no class."""
        if not self.b.blogroll:
            return ""
        return ('<h4>Blogs amis</h4>\n<ul class="list-inline text-center">'
                + "".join(f'<li class="list-inline-item"><a href="{esc(u)}">{esc(n)}</a></li>' for u, n in self.b.blogroll)
                + "</ul>\n")

    def meta(self, p: Post) -> str:
        n = len(p.comments)
        return (f'<span class="post-meta">\n<i class="fas fa-calendar"></i>&nbsp;Publié le {_date(p.when)}\n'
                f'&nbsp;|&nbsp;\n<i class="fas fa-folder-open"></i>\n'
                f'#<a href="{self.term("categories", p.category)}">{esc(p.category)}</a>&nbsp;\n'
                f'&nbsp;|&nbsp;<i class="fas fa-comment"></i>\n{n} commentaire{"s" if n > 1 else ""}\n'
                f'&nbsp;|&nbsp;<i class="fas fa-user"></i>&nbsp;{esc(p.author)}\n</span>')

    def preview(self, p: Post) -> str:
        u = self.url[id(p)]
        return f"""<article class="post-preview">
<a href="{u}"><h2 class="post-title">{esc(p.title)}</h2></a>
{self.meta(p)}
<div class="post-entry">
{autolink(p.paragraphs[0])}
<a href="{u}" class="post-read-more">[Lire la suite]</a>
</div>
</article>
"""

    def listing(self, posts: list[Post], base: str, title: str) -> dict[str, str]:
        """A list and its pages at <base>page/N/ (Hugo's paginator), ul.pager links only."""
        out = {}
        chunks = pages_of(posts, self.b.per_page)
        for n, chunk in enumerate(chunks, 1):
            path = base if n == 1 else f"{base}page/{n}/"
            pager = []
            if n > 1:
                prev = base if n == 2 else f"{base}page/{n - 1}/"
                pager.append(f'<li class="previous"><a href="{self.base}{prev}">&larr; Articles plus récents</a></li>')
            if n < len(chunks):
                pager.append(f'<li class="next"><a href="{self.base}{base}page/{n + 1}/">Articles plus anciens &rarr;</a></li>')
            nav = f'<ul class="pager main-pager">{"".join(pager)}</ul>' if pager else ""
            main = (f'<div role="main" class="container"><div class="row"><div class="col-lg-8 offset-lg-2 col-md-10 offset-md-1">'
                    f'<div class="posts-list">\n{"".join(self.preview(p) for p in chunk)}</div>\n{nav}\n</div></div></div>')
            heading = f'<div class="page-heading"><h1>{esc(title)}</h1><hr class="small"><span class="page-subheading">{esc(self.b.tagline)}</span></div>'
            out[path] = self.doc(title if n == 1 else f"{title} - page {n}", main, heading, canonical=self.base + path)
        return out

    def comment_html(self, c: Comment, anchor: str, reply_to: Comment | None) -> str:
        who = (f'<h4 class="comment-author"><a rel="external nofollow" href="{esc(c.url)}">{esc(c.author)}</a></h4>' if c.url
               else f'<h4 class="comment-author">{esc(c.author)}</h4>')
        target = (f'\n<h5 class="comment-reply-target"><a href="#{reply_to.id:032x}"><i class="fas fa-reply"></i> {esc(reply_to.author)}</a></h5>'
                  if reply_to else "")
        cls = "static-comment static-comment-reply" if reply_to else "static-comment"
        text = "</p>\n<p>".join(autolink(t, "nofollow") for t in c.text)
        return f"""<article id="{anchor}" class="{cls}">
<img class="comment-avatar" src="https://www.gravatar.com/avatar/{c.id:032x}?s=48">
{who}{target}
<div class="comment-timestamp"><a href="#{anchor}" title="Permalink to this comment"><time datetime="{iso(c.when)}">{c.when:%d/%m/%Y}</time></a></div>
<div class="comment-content"><p>{text}</p></div>
<div class="comment-reply-btn"><a id="{c.id:032x}" class="btn" href="#comment-form" title="{c.id:032x}">Répondre</a></div>
</article>
"""

    def comments(self, p: Post) -> str:
        roots = [c for c in p.comments if c.parent is None]
        by_id = {c.id: c for c in p.comments}
        rows = []
        for i, root in enumerate(roots, 1):
            rows.append(self.comment_html(root, f"comment-{i}", None))
            replies = [c for c in p.comments if c.parent is not None and _root(c, by_id) is root]
            rows += [self.comment_html(c, f"comment-{i}r{k}", by_id.get(c.parent)) for k, c in enumerate(replies, 1)]
        n = len(p.comments)
        title = "Aucun commentaire" if not n else f"{n} commentaire{'s' if n > 1 else ''}"
        form = ""
        if p.comments_open:
            form = ('<form id="comment-form" class="js-form form" method="post" action="https://staticman.example/v3/entry/github/blog/main/comments">'
                    f'<input type="hidden" name="options[slug]" value="{p.slug}">'
                    '<fieldset><div class="textfield"><textarea name="fields[comment]" type="text" placeholder="Votre commentaire (Markdown)"></textarea></div></fieldset>'
                    '<fieldset><div class="textfield"><input name="fields[name]" type="text" placeholder="Votre nom"/></div></fieldset>'
                    '<fieldset><div class="textfield"><input type="text" name="fields[website]" placeholder="Votre site web"/></div></fieldset>'
                    '<fieldset><button type="submit" class="button">Envoyer</button></fieldset></form>')
        return (f'<div class="staticman-comments"><section class="js-comments staticman-comments">\n<h3>{title}</h3>\n'
                f'{"".join(rows)}{form}\n</section></div>\n')

    def single(self, p: Post) -> str:
        u = self.url[id(p)]
        i = self.posts.index(p)
        body = paras(p.paragraphs)
        if p.source:
            body += f'\n<p>Source : <a href="{esc(p.source[1])}">{esc(p.source[0])}</a></p>'
        tags = "".join(f'<a href="{self.term("tags", t)}">{esc(t)}</a>&nbsp;' for t in p.tags)
        pager = []
        if i > 0:
            pager.append(f'<li class="pager-prev"><a href="{self.url[id(self.posts[i - 1])]}" title="{esc(self.posts[i - 1].title)}">'
                         '<i class="fas fa-chevron-left"></i> Billet précédent</a></li>')
        if i + 1 < len(self.posts):
            pager.append(f'<li class="pager-next"><a href="{self.url[id(self.posts[i + 1])]}" title="{esc(self.posts[i + 1].title)}">'
                         'Billet suivant <i class="fas fa-chevron-right"></i></a></li>')
        comments = self.comments(p) if p.comments or p.comments_open else ""
        main = f"""<div class="container" role="main"><div class="row"><div class="col-lg-8 offset-lg-2 col-md-10 offset-md-1">
<article role="main" class="blog-post">
{body}
<div class="blog-tags"><span>Tags: </span>{tags}</div>
</article>
<ul class="post-pager blog-post-pager">{"".join(pager)}</ul>
{comments}</div></div></div>"""
        heading = f'<div class="post-heading"><h1>{esc(p.title)}</h1>\n{self.meta(p)}\n</div>'
        ld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": p.title, "url": u,
              "datePublished": iso(p.when), "dateModified": iso(p.modified or p.when), "inLanguage": "fr",
              "author": {"@type": "Person", "name": p.author}, "mainEntityOfPage": {"@type": "WebPage", "@id": u},
              "publisher": {"@type": "Organization", "name": self.b.name}}
        head = (f'<meta property="og:title" content="{esc(p.title)}">\n<meta property="og:type" content="article">\n'
                f'<meta property="og:url" content="{u}">\n<meta property="article:section" content="posts">\n'
                f'<meta property="article:published_time" content="{iso(p.when)}">\n'
                f'<meta property="article:modified_time" content="{iso(p.modified or p.when)}">\n'
                f'<script type="application/ld+json">{ld_json(ld)}</script>\n')
        return self.doc(f"{p.title} - {self.b.name}", main, heading, head, canonical=u)

    def item_pages(self):
        return post_pages(self)

    def rss(self) -> str:
        items = "".join(
            f"<item>\n<title>{x(p.title)}</title>\n<link>{self.url[id(p)]}</link>\n<pubDate>{rfc822(p.when)}</pubDate>\n"
            f"<guid>{self.url[id(p)]}</guid>\n<description>{x(p.paragraphs[0])}</description>\n</item>\n"
            for p in self.posts[::-1])  # Hugo's rssLimit is unlimited by default
        last = rfc822(self.posts[-1].when) if self.posts else rfc822(self.now)
        return (f'<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n'
                f'<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n<title>{x(self.b.name)}</title>\n'
                f'<link>{self.base}/</link>\n<description>Recent content on {x(self.b.name)}</description>\n'
                f'<generator>Hugo</generator>\n<language>fr</language>\n<lastBuildDate>{last}</lastBuildDate>\n'
                f'<atom:link href="{self.base}/index.xml" rel="self" type="application/rss+xml" />\n{items}</channel>\n</rss>\n')


def _root(c: Comment, by_id: dict[int, Comment]) -> Comment:
    seen = set()
    while c.parent is not None and c.parent in by_id and c.id not in seen:
        seen.add(c.id)
        c = by_id[c.parent]
    return c


def item_pages(blog: Blog, now: datetime = NOW):
    return _Hugo(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a Hugo blog keyed by path, and its 404 page (`keep`: post pages served as cached)."""
    h = _Hugo(blog, now)
    keep = keep or {}
    posts = blog.posts
    last = posts[-1].last_modified if posts else now
    out: dict[str, Page] = {}
    for base, title in (("/", blog.name), ("/posts/", "Billets")):
        out.update({path: page(html, modified=last) for path, html in h.listing(posts, base, title).items()})
    for kind, of in (("categories", lambda p: [p.category]), ("tags", lambda p: p.tags)):
        for name in sorted({n for p in posts for n in of(p)}):
            base = h.term(kind, name).removeprefix(h.base)
            chosen = [p for p in posts if name in of(p)]
            out.update({path: page(html, modified=last) for path, html in h.listing(chosen, base, name).items()})
    terms = "".join(f'<li><a href="{h.term("tags", t)}">{esc(t)}</a></li>' for t in sorted({t for p in posts for t in p.tags}))
    out["/tags/"] = page(h.doc(f"Tags - {blog.name}", f'<div class="container" role="main"><ul class="list-unstyled">{terms}</ul></div>',
                               '<div class="page-heading"><h1>Tags</h1></div>'), modified=last)
    out.update(served(h, keep))
    out["/page/a-propos/"] = page(h.doc(f"À propos - {blog.name}", f'<div class="container" role="main"><p>{esc(blog.author)} : {esc(blog.tagline)}.</p></div>',
                                        '<div class="page-heading"><h1>À propos</h1></div>'))
    out["/index.xml"] = page(h.rss(), RSS, modified=last)
    out["/sitemap.xml"] = page(urlset([(f"{h.base}/", iso(last))] + [(h.url[id(p)], iso(p.last_modified)) for p in posts]),
                               XML, modified=last)
    delay = f"Crawl-delay: {blog.crawl_delay}\n" if blog.crawl_delay else ""
    out["/robots.txt"] = page(f"User-agent: *\n{delay}", TEXT)  # Hugo's default robots.txt names no sitemap
    missing = '<div class="container" role="main"><p>Cette page n\'existe pas.</p></div>'
    return out, page(h.doc(f"404 - {blog.name}", missing, '<div class="page-heading"><h1>404 Page introuvable</h1></div>'), status=404)


IGNORED_PARAMS: set[str] = set()
