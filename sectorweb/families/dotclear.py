"""Dotclear 2 with the Berlin theme, French (see docs/markup-families.md#dotclear). No sitemap."""
from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import datetime

from sectorweb.dates import NOW, fr_long, fr_month, iso, rfc822
from sectorweb.families import make_slug, permalink
from sectorweb.families.common import ATOM, RSS, TEXT, Page, autolink, esc, page, pages_of, paras, post_pages, served
from sectorweb.feeds import x
from sectorweb.model import Blog, Post

PER_PAGE = 10


class _Dotclear:
    def __init__(self, blog: Blog, now: datetime = NOW):
        self.b = blog
        self.now = now
        self.base = f"http://{blog.host}"
        self.posts = blog.posts
        self.url = {id(p): permalink("dotclear", blog.host, p) for p in self.posts}
        taken: set[str] = set()
        self.cats = {}
        for p in self.posts:
            if p.category not in self.cats:
                self.cats[p.category] = make_slug("dotclear", p.category, taken)

    def doc(self, title: str, body_class: str, main: str, description: str | None = None) -> str:
        b = self.b
        recent = "".join(f'<li><a href="{self.url[id(p)]}">{esc(p.title)}</a></li>' for p in self.posts[::-1][:6])
        cats = "".join(f'<li><a href="{self.base}/category/{s}">{esc(n)}</a></li>' for n, s in sorted(self.cats.items()))
        links = ""
        if b.blogroll:
            links = ('<div class="widget links"><h2>Liens</h2><ul>'
                     + "".join(f'<li><a href="{esc(u)}">{esc(n)}</a></li>' for u, n in b.blogroll) + "</ul></div>")
        return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="UTF-8">
<meta name="ROBOTS" content="INDEX, FOLLOW">
<title>{esc(title)}</title>
<meta name="description" lang="fr" content="{esc(description or b.tagline)}">
<meta name="author" content="{esc(b.author)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="contents" href="{self.base}/archive" title="Archives">
<link rel="alternate" type="application/atom+xml" title="Atom 1.0" href="{self.base}/feed/atom">
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{self.base}/rsd">
<link rel="stylesheet" type="text/css" href="{self.base}/themes/berlin/style.css" media="screen">
</head>
<body class="{body_class}">
<div id="page">
<header id="top" role="banner">
<h1><span><a href="{self.base}/">{esc(b.name)}</a></span></h1>
<p id="blogdesc">{esc(b.tagline)}</p>
</header>
<p id="prelude" role="navigation"><a href="#main">Aller au contenu</a> | <a href="#blognav">Aller au menu</a> | <a href="#search">Aller à la recherche</a></p>
<nav class="header__nav"><ul class="simple-menu"><li class="li1 li-first"><a href="{self.base}/"><span class="simple-menu-label">Accueil</span></a></li><li class="li2"><a href="{self.base}/archive"><span class="simple-menu-label">Archives</span></a></li><li class="li3 li-last"><a href="{self.base}/pages/A-propos"><span class="simple-menu-label">À propos</span></a></li></ul></nav>
<div id="wrapper">
<div id="main" role="main">
<div id="content">
{main}
</div> <!-- End #content -->
</div> <!-- End #main -->
<div id="sidebar" role="complementary">
<div id="blognav">
<div class="widget" id="search"><h2><label for="q">Rechercher</label></h2><form action="{self.base}/" method="get" role="search"><p><input type="text" size="10" maxlength="255" id="q" name="q"> <input class="submit" type="submit" value="ok" title="Rechercher"></p></form></div>
<div class="widget lastposts"><h2>Articles récents</h2><ul>{recent}</ul></div>
<div class="widget categories"><h2>Catégories</h2><ul>{cats}</ul></div>
</div> <!-- End #blognav -->
<div id="blogextra">
{links}
<div class="widget syndicate"><h2>S'abonner</h2><ul><li><a type="application/atom+xml" href="{self.base}/feed/atom" title="Ce fil Atom" class="feed">Fil des billets</a></li><li><a type="application/atom+xml" href="{self.base}/feed/atom/comments" title="Fil Atom des commentaires" class="feed">Fil des commentaires</a></li></ul></div>
</div> <!-- End #blogextra -->
</div>
</div> <!-- End #wrapper -->
<footer id="footer" role="contentinfo"><p>&copy; {self.now.year} {esc(b.name)} &mdash; Propulsé par <a href="https://dotclear.org/">Dotclear</a></p>
<p class="cookies">Ce blog n'utilise que des cookies techniques, nécessaires à son fonctionnement. <a href="{self.base}/pages/A-propos">En savoir plus</a></p></footer>
</div> <!-- End #page -->
</body>
</html>
"""

    def info(self, p: Post) -> str:
        cat = self.cats[p.category]
        return (f'<p class="post-info">Par <a href="{self.base}/pages/A-propos">{esc(p.author)}</a>, '
                f'{fr_long(p.when)}, {p.when:%H:%M} - <a href="{self.base}/category/{cat}">{esc(p.category)}</a></p>')

    def teaser(self, p: Post) -> str:
        u = self.url[id(p)]
        n = len(p.comments)
        co = (f'<p class="post-info-co"><a href="{u}#comments" class="comment_count">'
              f'{"pas de commentaire" if n == 0 else ("un commentaire" if n == 1 else f"{n} commentaires")}</a></p>')
        return f"""<div class="post" id="p{p.id}" lang="fr" role="article">
<h2 class="post-title"><a href="{u}">{esc(p.title)}</a></h2>
{self.info(p)}
<div class="post-content"><p>{autolink(p.paragraphs[0])}</p>
<p class="read-it"><a href="{u}" title="Lire {esc(p.title)}">Lire la suite</a></p></div>
{co}
</div>
"""

    def listing(self, posts: list[Post], base: str, body_class: str, title: str, heading: str = "") -> dict[str, str]:
        out = {}
        chunks = pages_of(posts, PER_PAGE)
        root = base.rstrip("/")
        for n, chunk in enumerate(chunks, 1):
            path = base if n == 1 else f"{root}/page/{n}"
            nav = []
            if n < len(chunks):
                nav.append(f'<a href="{self.base}{root}/page/{n + 1}" class="prev">page suivante</a>')
            if n > 1:
                nav.append(f"page {n}")
                prev = f"{self.base}{base}" if n == 2 else f"{self.base}{root}/page/{n - 1}"
                nav.append(f'<a href="{prev}" class="next">page précédente</a>')
            pag = f'<p class="pagination">{" - ".join(nav)}</p>\n' if nav else ""
            head = f'<div class="content-info"><h2>{heading}</h2></div>\n' if heading else ""
            out[path] = self.doc(title if n == 1 else f"{title} - page {n}", body_class,
                                 head + "".join(self.teaser(p) for p in chunk) + pag)
        return out

    def single(self, p: Post) -> str:
        u = self.url[id(p)]
        body = paras(p.paragraphs)
        if p.source:
            body += f'\n<p>Source : <a href="{esc(p.source[1])}">{esc(p.source[0])}</a></p>'
        parts = [f"""<div id="p{p.id}" class="post" role="article">
<h2 class="post-title">{esc(p.title)}</h2>
{self.info(p)}
<div class="post-content">{body}</div>
</div>
"""]
        if p.comments:
            rows = []
            for i, c in enumerate(p.comments, 1):
                cls = "me" if c.by_author else ("odd" if i % 2 else "even")
                who = f'<a href="{esc(c.url)}" rel="nofollow">{esc(c.author)}</a>' if c.url else esc(c.author)
                rows.append(f'<dt id="c{c.id}" class="{cls}"><a href="#c{c.id}" class="comment-number">{i}.</a> '
                            f'Le {fr_long(c.when)}, {c.when:%H:%M} par {who}</dt>\n'
                            f'<dd class="{cls}">{paras(c.text, "nofollow")}</dd>')
            parts.append(f'<div id="comments"><h3>Commentaires</h3>\n<dl>\n{chr(10).join(rows)}\n</dl>\n</div>\n')
        if p.comments_open:
            parts.append(f"""<form action="{u}#pr" method="post" id="comment-form" role="form">
<h3>Ajouter un commentaire</h3>
<fieldset><p class="field"><label for="c_name">Nom ou pseudo&nbsp;:</label><input name="c_name" id="c_name" type="text" size="30" maxlength="255" value=""></p>
<p class="field"><label for="c_mail">Adresse email&nbsp;:</label><input name="c_mail" id="c_mail" type="email" size="30" maxlength="255" value=""></p>
<p class="field"><label for="c_site">Site web (facultatif)&nbsp;:</label><input name="c_site" id="c_site" type="url" size="30" maxlength="255" value=""></p>
<p class="field"><label for="c_content">Commentaire&nbsp;:</label><textarea name="c_content" id="c_content" cols="35" rows="7"></textarea></p></fieldset>
<fieldset><p class="buttons"><input type="submit" class="preview" name="preview" value="prévisualiser"> <input type="submit" class="submit" value="envoyer"></p></fieldset>
</form>
""")
        else:
            parts.append("<p>Les commentaires pour ce billet sont fermés.</p>\n")
        return self.doc(f"{p.title} - {self.b.name}", "dc-post", "".join(parts),
                        description=" ".join(p.paragraphs[0].split()[:30]))

    def item_pages(self):
        return post_pages(self)

    def atom(self, comments: bool = False) -> str:
        if comments:
            rows = sorted(((c, p) for p in self.posts for c in p.comments), key=lambda cp: cp[0].when)[::-1][:20]
            entries = [(f"{p.title} - {c.author}", f"{self.url[id(p)]}#c{c.id}", c.when, c.author, paras(c.text), None)
                       for c, p in rows]
            self_url = f"{self.base}/feed/atom/comments"
        else:
            entries = [(p.title, self.url[id(p)], p.when, p.author, paras(p.paragraphs), p.category)
                       for p in self.posts[::-1][:20]]
            self_url = f"{self.base}/feed/atom"
        last = entries[0][2] if entries else self.now
        body = "".join(
            f"""<entry>
  <title>{x(t)}</title>
  <link href="{u}" rel="alternate" type="text/html" title="{esc(t)}" />
  <id>urn:md5:{hashlib.md5(u.encode()).hexdigest()}</id>
  <published>{iso(w)}</published>
  <updated>{iso(w)}</updated>
  <author><name>{x(a)}</name></author>
  {f"<dc:subject>{x(cat)}</dc:subject>" if cat else ""}
  <content type="html">{x(html)}</content>
</entry>
""" for t, u, w, a, html, cat in entries)
        return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xml:lang="fr">
<title type="html">{x(self.b.name)}{" - Commentaires" if comments else ""}</title>
<subtitle type="html">{x(self.b.tagline)}</subtitle>
<link href="{self_url}" rel="self" type="application/atom+xml"/>
<link href="{self.base}/" rel="alternate" type="text/html" title="{esc(self.b.tagline)}"/>
<updated>{iso(last)}</updated>
<author><name>{x(self.b.author)}</name></author>
<id>urn:md5:{hashlib.md5(self_url.encode()).hexdigest()}</id>
<generator uri="https://dotclear.org/">Dotclear</generator>
{body}</feed>
"""

    def rss2(self) -> str:
        items = "".join(
            f"<item><title>{x(p.title)}</title><link>{self.url[id(p)]}</link>"
            f"<guid isPermaLink=\"false\">urn:md5:{hashlib.md5(self.url[id(p)].encode()).hexdigest()}</guid>"
            f"<pubDate>{rfc822(p.when)}</pubDate><dc:creator>{x(p.author)}</dc:creator><category>{x(p.category)}</category>"
            f"<description>{x(paras(p.paragraphs))}</description></item>\n" for p in self.posts[::-1][:20])
        return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                f'xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n<title>{x(self.b.name)}</title>\n'
                f'<link>{self.base}/</link>\n<atom:link href="{self.base}/feed/rss2" rel="self" type="application/rss+xml"/>\n'
                f'<description>{x(self.b.tagline)}</description>\n<language>fr</language>\n'
                f'<generator>Dotclear</generator>\n{items}</channel>\n</rss>\n')


def item_pages(blog: Blog, now: datetime = NOW):
    return _Dotclear(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a Dotclear blog keyed by path?query, and its 404 page (`keep`: post pages served as cached)."""
    dc = _Dotclear(blog, now)
    keep = keep or {}
    posts = blog.posts
    last = posts[-1].last_modified if posts else now
    out: dict[str, Page] = {}
    for path, html in dc.listing(posts, "/", "dc-home", blog.name).items():
        out[path] = page(html, modified=last)
    for name, slug in dc.cats.items():
        ps = [p for p in posts if p.category == name]
        for path, html in dc.listing(ps, f"/category/{slug}", "dc-category", f"{name} - {blog.name}",
                                     f"Catégorie - {esc(name)}").items():
            out[path] = page(html, modified=ps[-1].when)
    months = defaultdict(list)
    for p in posts:
        months[(p.when.year, p.when.month)].append(p)
    for (y, m), ps in months.items():
        label = fr_month(ps[0].when)
        for path, html in dc.listing(ps, f"/archive/{y}/{m:02d}", "dc-archive dc-archive-month", f"Archives - {label} - {blog.name}",
                                     f"Archives - {label}").items():
            out[path] = page(html, modified=ps[-1].when)
    arch = "".join(f'<li><a href="{dc.base}/archive/{y}/{m:02d}">{fr_month(datetime(y, m, 1))}</a> ({len(ps)})</li>'
                   for (y, m), ps in sorted(months.items(), reverse=True))
    out["/archive"] = page(dc.doc(f"Archives - {blog.name}", "dc-archive",
                                  f'<div class="content-info"><h2>Archives</h2></div><ul class="arch-list">{arch}</ul>'), modified=last)
    out.update(served(dc, keep))
    about = paras([f"{blog.name} est écrit par {blog.author}.", blog.tagline + ".",
                   "Les billets publiés ici ont une valeur d'information générale."])
    out["/pages/A-propos"] = page(dc.doc(f"À propos - {blog.name}", "dc-page",
                                         f'<div class="post"><h2 class="post-title">À propos</h2><div class="post-content">{about}</div></div>'))
    out["/feed/atom"] = page(dc.atom(), ATOM, modified=last)
    out["/feed/atom/comments"] = page(dc.atom(comments=True), ATOM, modified=last)
    out["/feed/rss2"] = page(dc.rss2(), RSS, modified=last)
    delay = f"Crawl-delay: {blog.crawl_delay}\n" if blog.crawl_delay else ""
    out["/robots.txt"] = page(f"User-agent: *\n{delay}Disallow: /admin/\nDisallow: /*?q=\n", TEXT)
    missing = ('<div id="content-info"><h2>Document non trouvé</h2></div>'
               '<div class="content-inner"><p>Le document que vous cherchez n\'existe pas.</p></div>')
    return out, page(dc.doc(f"Document non trouvé - {blog.name}", "dc-404", missing), status=404)


IGNORED_PARAMS: set[str] = set()
