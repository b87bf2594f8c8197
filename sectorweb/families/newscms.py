"""A newsroom on Drupal 10 with the Olivero theme, French: rubrique URLs and no JSON-LD.

Follows drupal/drupal `core/themes/olivero/templates/`: `layout/html.html.twig` and `page.html.twig`
(`body.path-frontpage` / `.page-node-type-article`, `header.site-header`, `main#main-content`),
`content/node.html.twig` (`article.node.node--type-article.node--view-mode-full` with `data-history-node-id`,
`h1.title.page-title > span.field--name-title`, `div.node__meta > span.node__submitted-info` "Par <name>"
with the created date as plain text "mar 04/03/2025 - 09:12", no `<time>`; the body in
`div.text-content.field--name-body`), the teaser view mode (`h2.node__title > a[rel=bookmark]`) and
`navigation/pager.html.twig` (`nav.pager`, `li.pager__item`, `?page=N` from 0). Articles sit at a
pathauto pattern `/rubrique/sous-rubrique/titre_1234.html` (`families.permalink`), rubriques at
`/rubrique/sous-rubrique`; feed `/rss.xml`, sitemap `/sitemap.xml` (simple_sitemap). No comments.
"""
from __future__ import annotations

from datetime import datetime

from sectorweb.dates import JOURS_ABBR, NOW, iso, iso_utc, rfc822
from sectorweb.families import newscms_section, permalink
from sectorweb.families.common import RSS, TEXT, XML, Page, esc, page, pages_of, paras, served
from sectorweb.feeds import urlset, x
from sectorweb.model import Blog, Post

PER_PAGE = 10


def drupal_date(d: datetime) -> str:
    """Drupal's "medium" format in fr: `mar 04/03/2025 - 09:12`."""
    return f"{JOURS_ABBR[d.weekday()].rstrip('.')} {d:%d/%m/%Y} - {d:%H:%M}"


class _Drupal:
    def __init__(self, site: Blog, now: datetime = NOW):
        self.b = site
        self.now = now
        self.base = f"http://{site.host}"
        self.posts = site.posts
        self.path = {id(p): permalink("newscms", site.host, p).removeprefix(self.base) for p in self.posts}
        self.sections = {}  # category -> "/rubrique/sous-rubrique"
        for p in self.posts:
            self.sections.setdefault(p.category, "/" + "/".join(newscms_section(p.category)))

    def doc(self, title: str, body_class: str, main: str, head: str = "") -> str:
        b = self.b
        menu = "".join(f'<li class="primary-nav__menu-item primary-nav__menu-item--level-1"><a href="{path}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{esc(name)}</span></a></li>'
                       for name, path in sorted(self.sections.items()))
        return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="icon" href="/core/themes/olivero/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="alternate" type="application/rss+xml" title="{esc(b.name)}" href="{self.base}/rss.xml">
{head}<title>{esc(title)}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk3n9h2Q.css?delta=0&amp;language=fr&amp;theme=olivero&amp;include=eJxdjEEO">
</head>
<body class="{body_class}">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper">
<div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable"><div class="site-header__initial"></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Accueil" rel="home">{esc(b.name)}</a></div><div class="site-branding__slogan">{esc(b.tagline)}</div></div>
</div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Navigation principale</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
<li class="primary-nav__menu-item primary-nav__menu-item--level-1"><a href="/" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1 is-active" data-drupal-link-system-path="&lt;front&gt;"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">Accueil</span></a></li>
{menu}
</ul>
</nav>
</div>
</div></div>
</div>
</header>
<div id="main-wrapper" class="layout-main-wrapper layout-container">
<div id="main" class="layout-main">
<div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container">
{main}
</div>
</div>
</div>
</div>
<footer class="site-footer"><div class="site-footer__inner container">
<div class="region region--footer-bottom grid-full layout--pass--content-medium">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer"><h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Pied de page</h2>
<ul class="menu menu--level-1"><li class="menu__item"><a href="/mentions-legales" class="menu__link">Mentions légales</a></li><li class="menu__item"><a href="/rss.xml" class="menu__link">Flux RSS</a></li></ul></nav>
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Propulsé par <a href="https://www.drupal.org">Drupal</a></span></div>
</div>
</div></footer>
</div>
</div>
</div>
</body>
</html>
"""

    def teaser(self, p: Post) -> str:
        summary = " ".join(p.paragraphs[0].split()[:40]) + "…"
        return f"""<article data-history-node-id="{p.id}" class="node node--type-article node--promoted node--view-mode-teaser text-content">
<header class="node__header">
<h2 class="node__title"><a href="{self.path[id(p)]}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{esc(p.title)}</span></a></h2>
<div class="node__meta"><span class="node__submitted-info">Par <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>{esc(p.author)}</span></span> <span class="field field--name-created field--type-created field--label-hidden">{drupal_date(p.when)}</span></span></div>
</header>
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{esc(summary)}</p></div></div>
</article>
"""

    def pager(self, path: str, n: int, total: int) -> str:
        if total <= 1:
            return ""
        def href(k: int) -> str:
            return path + (f"?page={k}" if k else "")
        items = [f'<li class="pager__item{" pager__item--active" if k == n else ""}"><a href="{href(k)}" class="pager__link{" is-active" if k == n else ""}" title="Aller à la page {k + 1}">{k + 1}</a></li>'
                 for k in range(total)]
        if n + 1 < total:
            items.append(f'<li class="pager__item pager__item--control pager__item--next"><a href="{href(n + 1)}" class="pager__link" title="Aller à la page suivante" rel="next"><span class="visually-hidden">Page suivante</span></a></li>')
        return (f'<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Pagination</h4>'
                f'<ul class="pager__items js-pager__items">{"".join(items)}</ul></nav>\n')

    def listing(self, posts: list[Post], path: str, heading: str, body_class: str) -> dict[str, str]:
        out = {}
        chunks = pages_of(posts, PER_PAGE)
        for n, chunk in enumerate(chunks):
            main = (f'<div class="region region--content-above grid-full layout--pass--content-medium"><div class="block block-core block-page-title-block">'
                    f'<h1 class="title page-title">{esc(heading)}</h1></div></div>\n<div class="region region--content grid-full layout--pass--content-medium" id="content">'
                    f'<div class="views-element-container"><div class="view view-frontpage view-id-frontpage view-display-id-page_1">'
                    f'<div class="view-content">{"".join(self.row(p) for p in chunk)}</div>'
                    f'{self.pager(path, n, len(chunks))}</div></div></div>')
            out[path + (f"?page={n}" if n else "")] = self.doc(f"{heading} | {self.b.name}", body_class, main)
        return out

    def row(self, p: Post) -> str:
        return f'<div class="views-row">{self.teaser(p)}</div>'

    def article(self, i: int) -> str:
        p = self.posts[i]
        url = self.base + self.path[id(p)]
        desc = " ".join(p.paragraphs[0].split()[:30])
        head = (f'<meta name="description" content="{esc(desc)}">\n<link rel="canonical" href="{url}">\n'
                f'<link rel="shortlink" href="{self.base}/node/{p.id}">\n<meta property="og:site_name" content="{esc(self.b.name)}">\n'
                f'<meta property="og:type" content="article">\n<meta property="og:url" content="{url}">\n<meta property="og:title" content="{esc(p.title)}">\n'
                f'<meta property="article:published_time" content="{iso(p.when)}">\n')
        section = self.sections[p.category]
        main = f"""<div class="region region--breadcrumb grid-full layout--pass--content-medium"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Accueil</a></li><li class="breadcrumb__item"><a href="{section}" class="breadcrumb__link">{esc(p.category)}</a></li></ol></nav></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(p.title)}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<article data-history-node-id="{p.id}" class="node node--type-article node--promoted node--view-mode-full">
<header class="">
<div class="node__meta"><span class="node__submitted-info">Par <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>{esc(p.author)}</span></span> <span class="field field--name-created field--type-created field--label-hidden">{drupal_date(p.when)}</span></span></div>
</header>
<div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
{paras(p.paragraphs)}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Rubrique</h3><ul class="links field__items"><li><a href="{section}" hreflang="fr">{esc(p.category)}</a></li></ul></div>
</div>
</article>
</div>"""
        return self.doc(f"{p.title} | {self.b.name}", "page-node-type-article", main, head)

    def item_pages(self):
        """(path, what the page shows of its article, render) for each article: see `site.py`'s page cache."""
        for i, p in enumerate(self.posts):
            yield self.path[id(p)], p.modified or p.when, lambda i=i, p=p: page(self.article(i), modified=p.modified or p.when)

    def rss(self) -> str:
        items = "".join(f"""<item>
  <title>{x(p.title)}</title>
  <link>{self.base}{self.path[id(p)]}</link>
  <description>{x(paras(p.paragraphs))}</description>
  <pubDate>{rfc822(p.when)}</pubDate>
  <dc:creator>{x(p.author)}</dc:creator>
  <guid isPermaLink="false">{p.id} at {self.base}</guid>
</item>
""" for p in self.posts[::-1][:self.b.feed_items])
        return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xml:base="{self.base}/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{x(self.b.name)}</title>
    <link>{self.base}/</link>
    <description>{x(self.b.tagline)}</description>
    <language>fr</language>
    <atom:link href="{self.base}/rss.xml" rel="self" type="application/rss+xml"/>
{items}  </channel>
</rss>
"""


def item_pages(site: Blog, now: datetime = NOW):
    return _Drupal(site, now).item_pages()


def render(site: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a Drupal newsroom keyed by path?query, and its 404 page (`keep`: article pages served as cached)."""
    d = _Drupal(site, now)
    keep = keep or {}
    last = site.posts[-1].when if site.posts else now
    out: dict[str, Page] = {}
    for path, html in d.listing(site.posts, "/", "À la une", "path-frontpage").items():
        out[path] = page(html, modified=last)
    out["/node"] = out["/"]
    for name, path in d.sections.items():
        posts = [p for p in site.posts if p.category == name]
        for key, html in d.listing(posts, path, name, "path-taxonomy").items():
            out[key] = page(html, modified=posts[-1].when)
    out.update(served(d, keep))
    for p in site.posts:  # /node/N answers too (the shortlink)
        out[f"/node/{p.id}"] = out[d.path[id(p)]]
    out["/mentions-legales"] = page(d.doc(f"Mentions légales | {site.name}", "page-node-type-page",
                                          f'<h1 class="title page-title">Mentions légales</h1><div class="text-content">{paras([f"{site.name} est édité par une société de presse indépendante."])}</div>'))
    out["/rss.xml"] = page(d.rss(), RSS, modified=last)
    out["/sitemap.xml"] = page(urlset([(d.base + d.path[id(p)], iso_utc(p.modified or p.when)) for p in site.posts[::-1]]), XML)
    out["/robots.txt"] = page("User-agent: *\nDisallow: /core/\nDisallow: /profiles/\nDisallow: /admin/\nDisallow: /comment/reply/\n"
                              "Disallow: /search/\nDisallow: /user/\nDisallow: /index.php/\n\n"
                              f"Sitemap: {d.base}/sitemap.xml\n", TEXT)
    missing = '<h1 class="title page-title">Page introuvable</h1><div class="text-content"><p>La page demandée n\'a pas pu être trouvée.</p></div>'
    return out, page(d.doc(f"Page introuvable | {site.name}", "path-not-found", missing), status=404)


IGNORED_PARAMS = {"utm_source", "utm_medium", "utm_campaign", "xtor"}
