"""Overblog (the hosted French platform, 2013+ templates), French (see docs/markup-families.md#overblog).

ecoaudit has no module for it: the crawl reads it through the generic path, its comments through
the structure reader of spiders/parsers/comments.py. RSS at /rss, a sitemap declared in robots.txt.
"""
from __future__ import annotations

from datetime import datetime

from sectorweb.dates import NOW, fr_date, iso, rfc822
from sectorweb.families import permalink
from sectorweb.families.common import RSS, TEXT, XML, Page, autolink, esc, page, pages_of, paras, post_pages, served
from sectorweb.feeds import urlset, x
from sectorweb.model import Blog, Post


class _Overblog:
    def __init__(self, blog: Blog, now: datetime = NOW):
        self.b = blog
        self.now = now
        self.base = f"http://{blog.host}"
        self.posts = blog.posts
        self.url = {id(p): permalink("overblog", blog.host, p) for p in self.posts}

    def doc(self, title: str, main: str, og: str = "", head: str = "") -> str:
        b = self.b
        recent = "".join(f'<li><a href="{self.url[id(p)]}">{esc(p.title)}</a></li>' for p in self.posts[::-1][:5])
        links = ""
        if b.blogroll:
            links = ('<div class="ob-widget ob-widget-links"><h4 class="ob-widget-title">Liens</h4><ul>'
                     + "".join(f'<li><a href="{esc(u)}">{esc(n)}</a></li>' for u, n in b.blogroll) + "</ul></div>")
        return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="generator" content="Over-blog">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="{esc(b.name)}">
{og}<link rel="alternate" type="application/rss+xml" title="{esc(b.name)}" href="{self.base}/rss">
{head}</head>
<body class="ob-theme">
<header class="ob-header"><h1 class="ob-title"><a href="{self.base}/">{esc(b.name)}</a></h1>
<p class="ob-description">{esc(b.tagline)}</p>
<nav class="ob-menu"><a href="{self.base}/">Accueil</a> <a href="{self.base}/contact">Contact</a></nav></header>
<div class="ob-main">
{main}
</div>
<aside class="ob-sidebar">
<div class="ob-widget ob-widget-profile"><h4 class="ob-widget-title">Présentation</h4><p>{esc(b.author)} : {esc(b.tagline)}.</p></div>
<div class="ob-widget ob-widget-posts"><h4 class="ob-widget-title">Articles récents</h4><ul>{recent}</ul></div>
{links}
<div class="ob-widget ob-widget-rss"><a href="{self.base}/rss">Flux RSS des articles</a></div>
</aside>
<footer class="ob-footer">Blog créé avec Overblog - <a href="{self.base}/contact">Contact</a></footer>
</body>
</html>
"""

    def info(self, p: Post) -> str:
        return (f'<div class="ob-post-info"><span class="ob-info-date">Publié le {fr_date(p.when)}</span>'
                f' par <span class="ob-info-author">{esc(p.author)}</span></div>')

    def teaser(self, p: Post) -> str:
        u = self.url[id(p)]
        n = len(p.comments)
        return f"""<div class="ob-post ob-post-excerpt">
<h2 class="ob-post-title"><a href="{u}" rel="bookmark">{esc(p.title)}</a></h2>
{self.info(p)}
<div class="ob-section ob-section-html"><p>{autolink(p.paragraphs[0])}</p></div>
<p class="ob-post-more"><a href="{u}">Lire la suite</a> - <a href="{u}#comments">{n} commentaire{"s" if n > 1 else ""}</a></p>
</div>
"""

    def listing(self, posts: list[Post]) -> dict[str, str]:
        out = {}
        chunks = pages_of(posts, self.b.per_page)
        for n, chunk in enumerate(chunks, 1):
            path = "/" if n == 1 else f"/page/{n}"
            nav, head = [], ""
            if n > 1:
                prev = f"{self.base}/" if n == 2 else f"{self.base}/page/{n - 1}"
                nav.append(f'<a class="ob-page-prev" rel="prev" href="{prev}">Page précédente</a>')
                head += f'<link rel="prev" href="{prev}">\n'
            if n < len(chunks):
                nav.append(f'<a class="ob-page-next" rel="next" href="{self.base}/page/{n + 1}">Page suivante</a>')
                head += f'<link rel="next" href="{self.base}/page/{n + 1}">\n'
            pag = f'<nav class="ob-pagination pagination">{" ".join(nav)}</nav>\n' if nav else ""
            title = self.b.name if n == 1 else f"{self.b.name} - Page {n}"
            out[path] = self.doc(title, "".join(self.teaser(p) for p in chunk) + pag, head=head)
        return out

    def single(self, p: Post) -> str:
        u = self.url[id(p)]
        body = paras(p.paragraphs)
        if p.source:
            body += f'\n<p>Source : <a href="{esc(p.source[1])}">{esc(p.source[0])}</a></p>'
        parts = [f"""<div class="ob-post">
<h2 class="ob-post-title">{esc(p.title)}</h2>
{self.info(p)}
<div class="ob-section ob-section-html">{body}</div>
</div>
"""]
        if p.comments:
            rows = []
            for c in p.comments:
                who = f'<a href="{esc(c.url)}" rel="nofollow">{esc(c.author)}</a>' if c.url else esc(c.author)
                rows.append(f'<li class="ob-comment" id="comment-{c.id}"><div class="ob-user"><span class="ob-name">{who}</span>'
                            f' <span class="ob-date">{c.when:%d/%m/%Y %H:%M}</span></div>'
                            f'<div class="ob-message"><div class="ob-text">{paras(c.text, "nofollow")}</div></div></li>')
            parts.append(f'<div class="ob-comments" id="comments"><h3 class="ob-comments-title">Commentaires</h3>\n'
                         f'<ul class="ob-list">\n{chr(10).join(rows)}\n</ul></div>\n')
        if p.comments_open:
            parts.append(f'<div class="ob-form"><form action="{u}#comments" method="post"><h3>Commenter cet article</h3>'
                         '<input name="name" placeholder="Nom"><input name="website" placeholder="Site web">'
                         '<textarea name="comment"></textarea><button type="submit">Commenter cet article</button></form></div>\n')
        else:
            parts.append('<p class="ob-comments-closed">Les commentaires sont fermés pour cet article.</p>\n')
        og = (f'<meta property="og:type" content="article">\n<meta property="og:title" content="{esc(p.title)}">\n'
              f'<meta property="og:url" content="{u}">\n<meta property="article:published_time" content="{iso(p.when)}">\n')
        return self.doc(f"{p.title} - {self.b.name}", "".join(parts), og=og, head=f'<link rel="canonical" href="{u}">\n')

    def item_pages(self):
        return post_pages(self)

    def rss(self) -> str:
        items = "".join(
            f"<item><title>{x(p.title)}</title><link>{self.url[id(p)]}</link><guid>{self.url[id(p)]}</guid>"
            f"<pubDate>{rfc822(p.when)}</pubDate><dc:creator>{x(p.author)}</dc:creator>"
            f"<description>{x(paras(p.paragraphs[:1]))}</description></item>\n"
            for p in self.posts[::-1][:self.b.feed_items])
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
                f'<channel>\n<title>{x(self.b.name)}</title>\n<link>{self.base}/</link>\n'
                f'<description>{x(self.b.tagline)}</description>\n<language>fr</language>\n{items}</channel>\n</rss>\n')


def item_pages(blog: Blog, now: datetime = NOW):
    return _Overblog(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of an Overblog blog keyed by path?query, and its 404 page (`keep`: post pages served as cached)."""
    ob = _Overblog(blog, now)
    keep = keep or {}
    posts = blog.posts
    last = posts[-1].last_modified if posts else now
    out: dict[str, Page] = {path: page(html, modified=last) for path, html in ob.listing(posts).items()}
    out.update(served(ob, keep))
    out["/contact"] = page(ob.doc(f"Contact - {blog.name}", '<div class="ob-post"><h2 class="ob-post-title">Contact</h2>'
                                  f"<p>Écrire à {esc(blog.author)} par le formulaire du blog.</p></div>"))
    out["/rss"] = page(ob.rss(), RSS, modified=last)
    out["/sitemap.xml"] = page(urlset([(f"{ob.base}/", iso(last))]
                                      + [(ob.url[id(p)], iso(p.last_modified)) for p in posts]), XML, modified=last)
    delay = f"Crawl-delay: {blog.crawl_delay}\n" if blog.crawl_delay else ""
    out["/robots.txt"] = page(f"User-agent: *\n{delay}Disallow: /admin/\nSitemap: {ob.base}/sitemap.xml\n", TEXT)
    missing = '<div class="ob-post"><h2 class="ob-post-title">Page introuvable</h2><p>Cette page n\'existe pas.</p></div>'
    return out, page(ob.doc(f"Page introuvable - {blog.name}", missing), status=404)


IGNORED_PARAMS: set[str] = set()
