"""A static newsroom CMS (see docs/markup-families.md#news). Root-relative links, no comments."""
from __future__ import annotations

from datetime import datetime

from sectorweb.dates import NOW, fr_date, iso, iso_utc, rfc822
from sectorweb.families import permalink
from sectorweb.families.common import RSS, TEXT, XML, Page, cdata, esc, ld_json, page, pages_of, paras, served
from sectorweb.feeds import urlset, x
from sectorweb.model import Blog, Post

PER_PAGE = 10


def _byline_time(p: Post) -> str:
    return f'<time datetime="{iso(p.when)}">{fr_date(p.when, first=True)} à {p.when:%H}h{p.when:%M}</time>'


class _News:
    def __init__(self, site: Blog, now: datetime = NOW):
        self.b = site
        self.now = now
        self.base = f"http://{site.host}"
        self.posts = site.posts
        self.path = {id(p): permalink("news", site.host, p).removeprefix(self.base) for p in self.posts}
        newest = self.posts[::-1]
        self.most_read = [newest[i] for i in (2, 5, 11, 17, 23) if i < len(newest)]

    def doc(self, title: str, body_class: str, main: str, meta: str = "") -> str:
        b = self.b
        most = "".join(f'<li><a href="{self.path[id(p)]}">{esc(p.title)}</a></li>' for p in self.most_read)
        return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta property="og:site_name" content="{esc(b.name)}">
{meta}<link rel="alternate" type="application/rss+xml" title="{esc(b.name)} - Toute l'actualité" href="/rss.xml">
<link rel="stylesheet" href="/assets/css/main.4f2a91.css">
<link rel="icon" href="/favicon.ico">
</head>
<body class="{body_class}">
<div class="cookie-banner" id="cookie-banner" role="dialog" aria-label="Cookies"><p>{esc(b.name)} et ses partenaires utilisent des cookies pour mesurer l'audience et personnaliser les contenus. <button type="button" class="cookie-accept">Accepter</button> <button type="button" class="cookie-refuse">Continuer sans accepter</button> <a href="/mentions-legales/#cookies">Paramétrer</a></p></div>
<header class="site-header">
<div class="top-bar"><span class="date-du-jour">{fr_date(self.now, first=True)}</span> — {esc(b.tagline)} — <a href="/contact/">Nous contacter</a></div>
<a class="logo" href="/">{esc(b.name)}</a>
<nav class="main-nav" aria-label="Navigation principale"><ul><li><a href="/">À la une</a></li><li><a href="/actualites/">Actualités</a></li><li><a href="/#newsletter">Newsletter</a></li><li><a href="/contact/">Contact</a></li></ul></nav>
</header>
<main class="site-main">
{main}
</main>
<aside class="sidebar">
<section class="most-read"><h2>Les plus lus</h2><ol>{most}</ol></section>
<section class="newsletter" id="newsletter"><h2>La newsletter</h2><p>Chaque matin, l'essentiel de l'actualité patrimoniale.</p><form action="/newsletter/inscription" method="post"><input type="email" name="email" placeholder="Votre e-mail"><button type="submit">Je m'inscris</button></form></section>
</aside>
<footer class="site-footer">
<ul class="footer-links"><li><a href="/mentions-legales/">Mentions légales</a></li><li><a href="/contact/">Contact</a></li><li><a href="/rss.xml">Flux RSS</a></li></ul>
<p class="copyright">&copy; {self.now.year} {esc(b.name)} — Tous droits réservés. Toute reproduction, même partielle, est interdite sans autorisation.</p>
</footer>
</body>
</html>
"""

    def item(self, p: Post) -> str:
        teaser = " ".join(p.paragraphs[0].split()[:30]) + "…"
        return (f'<li class="news-item"><span class="rubrique">{esc(p.category)}</span> '
                f'<a class="news-link" href="{self.path[id(p)]}">{esc(p.title)}</a> '
                f'<time datetime="{iso(p.when)}">{fr_date(p.when, first=True)}, {p.when:%H}h{p.when:%M}</time>'
                f'<p class="teaser">{esc(teaser)}</p></li>\n')

    def article(self, i: int) -> str:
        p = self.posts[i]
        url = self.base + self.path[id(p)]
        ld = ld_json({"@context": "https://schema.org", "@type": "NewsArticle", "headline": p.title,
                         "datePublished": iso(p.when), "dateModified": iso(p.modified or p.when),
                         "author": {"@type": "Person", "name": p.author},
                         "publisher": {"@type": "Organization", "name": self.b.name},
                         "mainEntityOfPage": url})
        standfirst = p.paragraphs[0].split(". ")[0].rstrip(".") + "."
        meta = (f'<meta name="description" content="{esc(standfirst)}">\n<meta property="og:type" content="article">\n'
                f'<meta property="og:title" content="{esc(p.title)}">\n<meta property="og:url" content="{url}">\n'
                f'<meta property="article:published_time" content="{iso(p.when)}">\n<link rel="canonical" href="{url}">\n'
                f'<script type="application/ld+json">{ld}</script>\n')
        related = [q for q in self.posts[max(0, i - 40):i][::-1] if q.category == p.category][:3]
        rel = "".join(f'<li><a href="{self.path[id(q)]}">{esc(q.title)}</a></li>' for q in related)
        main = f"""<article class="news-article">
<p class="kicker">{esc(p.category)}</p>
<h1 class="headline">{esc(p.title)}</h1>
<p class="byline">Par <span class="author">{esc(p.author)}</span>, {_byline_time(p)}</p>
<div class="article-body">
{paras(p.paragraphs)}
</div>
<div class="share">Partager : <a href="mailto:?subject={esc(p.title)}">e-mail</a></div>
</article>
<aside class="related"><h2>À lire aussi</h2><ul>{rel}</ul></aside>"""
        return self.doc(f"{p.title} | {self.b.name}", "page-article", main, meta)

    def item_pages(self):
        """(path, what the page shows of its article, render) for each article: see `site.py`'s page cache."""
        for i, p in enumerate(self.posts):
            yield self.path[id(p)], p.modified or p.when, lambda i=i, p=p: page(self.article(i), modified=p.modified or p.when)

    def listing(self) -> dict[str, str]:
        out = {}
        chunks = pages_of(self.posts, PER_PAGE)
        for n, chunk in enumerate(chunks, 1):
            nav = []
            if n > 1:
                nav.append(f'<a rel="prev" href="{"/actualites/" if n == 2 else f"?page={n - 1}"}">Précédent</a>')
            nav.append(f'<span class="current">Page {n} sur {len(chunks)}</span>')
            if n < len(chunks):
                nav.append(f'<a rel="next" href="?page={n + 1}">Suivant</a>')
            main = (f'<h1 class="page-title">Toute l\'actualité</h1>\n<ul class="news-list">\n'
                    + "".join(self.item(p) for p in chunk) + f'</ul>\n<nav class="pager">{" ".join(nav)}</nav>')
            key = "/actualites/" if n == 1 else f"/actualites/?page={n}"
            out[key] = self.doc(f"Actualités{'' if n == 1 else f' - page {n}'} | {self.b.name}", "page-list", main)
        return out

    def home(self) -> str:
        newest = self.posts[::-1]
        top = newest[0]
        main = (f'<section class="une"><h1 class="page-title">À la une</h1>'
                f'<div class="une-principale"><a class="news-link" href="{self.path[id(top)]}"><h2>{esc(top.title)}</h2></a>'
                f'<p>{esc(" ".join(top.paragraphs[0].split()[:45]))}…</p></div>\n'
                f'<ul class="news-list">\n' + "".join(self.item(p) for p in newest[1:12]) + "</ul>\n"
                f'<p class="more"><a href="/actualites/">Toute l\'actualité</a></p></section>')
        return self.doc(f"{self.b.name} - {self.b.tagline}", "page-home", main)

    def rss(self) -> str:
        items = "".join(f"""<item>
<title>{x(p.title)}</title>
<link>{self.base}{self.path[id(p)]}</link>
<guid isPermaLink="true">{self.base}{self.path[id(p)]}</guid>
<pubDate>{rfc822(p.when)}</pubDate>
<dc:creator>{x(p.author)}</dc:creator>
<category>{x(p.category)}</category>
<description>{x(" ".join(p.paragraphs[0].split()[:40]) + "…")}</description>
<content:encoded>{cdata(paras(p.paragraphs))}</content:encoded>
</item>
""" for p in self.posts[::-1][:self.b.feed_items])
        last = self.posts[-1].when if self.posts else self.now
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{x(self.b.name)}</title>
<link>{self.base}/</link>
<atom:link href="{self.base}/rss.xml" rel="self" type="application/rss+xml"/>
<description>{x(self.b.tagline)}</description>
<language>fr-fr</language>
<copyright>{x(f"© {self.now.year} {self.b.name}")}</copyright>
<lastBuildDate>{rfc822(last)}</lastBuildDate>
<ttl>15</ttl>
{items}</channel>
</rss>
"""


def item_pages(site: Blog, now: datetime = NOW):
    return _News(site, now).item_pages()


def render(site: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a newsroom keyed by path?query, and its 404 page (`keep`: article pages served as cached)."""
    n = _News(site, now)
    keep = keep or {}
    last = site.posts[-1].when if site.posts else now
    out: dict[str, Page] = {"/": page(n.home(), modified=last)}
    for key, html in n.listing().items():
        out[key] = page(html, modified=last)
    out.update(served(n, keep))
    for slug, title, text in [
        ("mentions-legales", "Mentions légales", [f"{site.name} est édité par une société de presse indépendante.",
                                                  "Directeur de la publication : la rédaction. Hébergement : prestataire établi dans l'Union européenne."]),
        ("contact", "Contact", ["Pour joindre la rédaction, écrivez-nous via le formulaire.",
                                "Les communiqués de presse sont à adresser au service Actualités."]),
    ]:
        out[f"/{slug}/"] = page(n.doc(f"{title} | {site.name}", "page-static", f'<h1 class="page-title">{title}</h1>{paras(text)}'))
    out["/rss.xml"] = page(n.rss(), RSS, modified=last)
    out["/sitemap.xml"] = page(urlset([(n.base + n.path[id(p)], iso_utc(p.modified or p.when)) for p in site.posts[::-1]]), XML)
    out["/robots.txt"] = page(f"User-agent: *\nDisallow: /recherche/\nDisallow: /newsletter/\n\nSitemap: {n.base}/sitemap.xml\n", TEXT)
    missing = '<h1 class="page-title">Page introuvable</h1><p>La page demandée n\'existe pas ou a été déplacée. <a href="/">Retour à l\'accueil</a></p>'
    return out, page(n.doc(f"Page introuvable | {site.name}", "page-404", missing), status=404)


IGNORED_PARAMS = {"utm_source", "utm_medium", "utm_campaign", "xtor"}
