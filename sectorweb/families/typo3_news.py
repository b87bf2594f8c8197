"""A newsroom on TYPO3 with the `news` extension (georgringer/news), French, as its server answers a crawler.

Written blind from the extension's real templates, not from any parser. Followed `georgringer/news`:
`Resources/Private/Templates/News/List.html` (`div.news > div.news-list-view#news-container-N`, the pagination
above and below), `Partials/List/Item.html` (`div.article.articletype-0` schema.org Article, `div.header h3 > a >
span[itemprop=headline]`, `div.teaser-text` with the bodytext cropped to 100 characters and the "Lire la suite"
`a.more`, `div.footer p` with `span.news-list-date > time[itemprop=datePublished][datetime]`, the first category
`span.news-list-category`, `span.news-list-tags[itemprop=keywords]`, `span.news-list-author` "Créé par %s"),
`Partials/List/Pagination.html` (`ul.f3-widget-paginator`, `li.previous` / `li.current` / `li.next`, "…" beyond the
window of three pages), `Layouts/Detail.html` and `Templates/News/Detail.html` (`div.news.news-single >
div.article`, `h1[itemprop=headline]`, the footer's date / `Partials/Category/Items.html` / tags /
`span.news-list-author` "Créé par <span itemprop=name>", `div.news-text-wrap[itemprop=articleBody]`,
`div.news-backlink-wrap` "Retour", `div.news-related-wrap > div.news-related.news-related-links` "Liens
associés"), `Partials/Detail/Opengraph.html` (og: meta tags), `Templates/Category/List.html` (the category menu
linking the list page with `overwriteDemand[categories]`), `Templates/Tag/List.html` likewise for tags,
`Templates/News/List.xml` (RSS 2.0: `guid isPermaLink="false"` `news-N`, `pubDate` format `r`, the teaser as
description, `content:encoded` the bodytext). Labels: `Resources/Private/Language/locallang.xlf`'s keys; the
French `fr.locallang.xlf` is not in the repository (TYPO3 fetches it from its translation server): the French
strings used are that server's ("Lire la suite", "Créé par", "Retour", "Liens associés", "Aucune actualité
disponible.", fluid's "précédent" / "suivant") and the date format `%d/%m/%Y` ("04/03/2025").
TYPO3 core: the page `<title>` "Site: Title" (`pageTitleFirst = 0`), the "This website is powered by TYPO3"
head comment, `meta generator`, `link rel=canonical` (EXT:seo), the XML sitemap (EXT:seo, its XSL), body text
through `lib.parseFunc_RTE` (`makelinks` with `keep = path`: a bare URL links with its host and path as text),
Fluid's escaping (`htmlspecialchars`, apostrophes as `&#039;`). The page frame is a plain site package (no
theme templates: the extension renders into whatever the site's package has).
URLs vary by host: speaking URLs (route enhancers) `/actualites/detail/titre-de-l-article` (pages `page-2`,
categories `/actualites/categorie/slug`, tags `/actualites/tag/slug`, the feed `/actualites/rss.xml`), the same
with the `/` page-type suffix, or no route enhancer: `/actualites/detail?tx_news_pi1%5Baction%5D=detail&...
&tx_news_pi1%5Bnews%5D=12&cHash=...`, the list `?tx_news_pi1%5BcurrentPage%5D=2`, the feed `?type=9818`.
Not rendered: comments (the extension has none), authors' pages (the author is a text field), the blogroll
(no such element in the extension), media (none in the model).
"""
from __future__ import annotations

import hashlib
import re
from datetime import datetime
from html import escape
from urllib.parse import urlsplit

from sectorweb.dates import NOW, iso, rfc822
from sectorweb.families import make_slug
from sectorweb.families.common import _URL, HTML, RSS, TEXT, XML, Page, cdata, page, pages_of, served
from sectorweb.feeds import sitemapindex, urlset, x
from sectorweb.model import Blog, Post

IGNORED_PARAMS = {"utm_source", "utm_medium", "utm_campaign", "no_cache"}
SCHEMES = ["speaking", "slash", "plain"]
_SITEMAP_XSL = "/typo3/sysext/seo/Resources/Public/CSS/Sitemap.xsl"


def scheme_of(host: str) -> str:
    return SCHEMES[int(hashlib.md5(f"typo3:{host}".encode()).hexdigest(), 16) % len(SCHEMES)]


def fl(text: str) -> str:
    """Fluid's escaping: `htmlspecialchars(ENT_QUOTES)`."""
    return escape(text, quote=True).replace("&#x27;", "&#039;")


def _chash(host: str, query: str) -> str:
    return hashlib.md5(f"{host}|{query}".encode()).hexdigest()


def _plain(host: str, path: str, params: list[tuple[str, str]]) -> str:
    """A TYPO3 URL without route enhancer: the plugin's arguments, bracket-encoded, then `cHash`."""
    q = "&".join(f"{k.replace('[', '%5B').replace(']', '%5D')}={v}" for k, v in params)
    return f"{path}?{q}&cHash={_chash(host, q)}"


def detail_path(host: str, post: Post) -> str:
    scheme = scheme_of(host)
    if scheme == "plain":
        return _plain(host, "/actualites/detail", [("tx_news_pi1[action]", "detail"), ("tx_news_pi1[controller]", "News"),
                                                   ("tx_news_pi1[news]", str(post.id))])
    return f"/actualites/detail/{post.slug}" + ("/" if scheme == "slash" else "")


def permalink(host: str, post: Post) -> str:
    return f"http://{host}{detail_path(host, post)}"


def rte(text: str) -> str:
    """Text as the rich-text editor stores it and `parseFunc`'s sanitizer writes it back: `&`, `<`, `>` as
    entities, quotes as typed."""
    return escape(text, quote=False)


def parse_rte(text: str) -> str:
    """`lib.parseFunc_RTE` on a paragraph: bare URLs linked with `makelinks.http.keep = path`."""
    out, pos = [], 0
    for m in _URL.finditer(text):
        url = m.group(0)
        u = urlsplit(url)
        out.append(rte(text[pos:m.start()]))
        out.append(f'<a href="{fl(url)}" target="_blank" rel="noreferrer">{rte(u.netloc + u.path)}</a>')
        pos = m.end()
    out.append(rte(text[pos:]))
    return "".join(out)


def crop(text: str, n: int = 100) -> str:
    """`f:format.crop(maxCharacters: 100, respectWordBoundaries: 1)`, with its `&hellip;`."""
    if len(text) <= n:
        return rte(text)
    cut = text[:n]
    if " " in cut:
        cut = cut[:cut.rfind(" ")]
    return rte(cut) + "&hellip;"


class _T3:
    def __init__(self, blog: Blog, now: datetime = NOW):
        self.b, self.now = blog, now
        self.host = blog.host
        self.base = f"http://{blog.host}"
        self.scheme = scheme_of(blog.host)
        self.posts = sorted(blog.posts, key=lambda p: p.when, reverse=True)
        self.cats: dict[str, int] = {}
        self.tags: dict[str, int] = {}
        for p in sorted(blog.posts, key=lambda p: p.when):
            self.cats.setdefault(p.category, len(self.cats) + 1)
            for t in p.tags:
                self.tags.setdefault(t, len(self.tags) + 1)
        taken: set[str] = set()
        self.cat_slug = {c: make_slug("typo3_news", c, taken) for c in self.cats}
        taken = set()
        self.tag_slug = {t: make_slug("typo3_news", t, taken) for t in self.tags}
        self.url = {id(p): permalink(blog.host, p) for p in blog.posts}

    # -- urls ---------------------------------------------------------------------------------------
    def list_path(self, k: int = 0, kind: str = "", key: str = "") -> str:
        """The list page, or its category / tag view, page k + 1."""
        if self.scheme == "plain":
            params = []
            if kind:
                ident = self.cats[key] if kind == "categories" else self.tags[key]
                params.append((f"tx_news_pi1[overwriteDemand][{kind}]", str(ident)))
            if k:
                params += [("tx_news_pi1[action]", "list"), ("tx_news_pi1[controller]", "News"),
                           ("tx_news_pi1[currentPage]", str(k + 1))]
            return _plain(self.host, "/actualites", params) if params else "/actualites"
        path = "/actualites"
        if kind:
            path += "/categorie/" + self.cat_slug[key] if kind == "categories" else "/tag/" + self.tag_slug[key]
        if k:
            path += f"/page-{k + 1}"
        return path + ("/" if self.scheme == "slash" else "")

    def feed_path(self) -> str:
        return "/actualites?type=9818" if self.scheme == "plain" else "/actualites/rss.xml"

    def sitemap_path(self, which: str = "") -> str:
        if self.scheme == "plain":
            if not which:
                return "/?type=1533906435"
            q = f"sitemap={which}&type=1533906435"
            return f"/?{q}&cHash={_chash(self.host, q)}"
        if not which:
            return "/sitemap.xml"
        q = f"sitemap={which}"
        return f"/sitemap.xml?{q}&cHash={_chash(self.host, q)}"

    def a(self, path: str) -> str:
        """A link as TYPO3 writes it: the path, `&` as `&amp;`."""
        return path.replace("&", "&amp;")

    # -- frame --------------------------------------------------------------------------------------
    def doc(self, title: str, canonical: str, main: str, head: str = "", active: str = "") -> str:
        b = self.b
        menu = "".join(f'\n\t\t\t\t<li class="nav-item{" active" if label == active else ""}"><a class="nav-link" href="{href}">{label}</a></li>'
                       for href, label in (("/", "Accueil"), (self.a(self.list_path()), "Actualités")))
        return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>

<meta charset="utf-8">
<!-- 
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2026 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->

<title>{fl(title)}</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-{hashlib.md5(self.host.encode()).hexdigest()[:32]}.css?1712345678" media="all">
<link rel="alternate" type="application/rss+xml" title="{fl(b.name)}" href="{self.base}{self.a(self.feed_path())}">
<link rel="canonical" href="{fl(canonical)}">
</head>
<body>
<div class="page">
	<header class="page-header">
		<div class="container">
			<a class="brand" href="/" title="{fl(b.name)}">{fl(b.name)}</a>
			<p class="slogan">{fl(b.tagline)}</p>
			<nav class="main-navigation">
			<ul class="nav">{menu}
			</ul>
			</nav>
		</div>
	</header>
	<main class="page-main">
		<div class="container">
			<!--TYPO3SEARCH_begin-->
{main}
			<!--TYPO3SEARCH_end-->
		</div>
	</main>
	<footer class="page-footer">
		<div class="container">
			<p>&copy; {self.now.year} {fl(b.name)}</p>
		</div>
	</footer>
</div>
<script src="/typo3temp/assets/compressed/merged-{hashlib.md5(self.host[::-1].encode()).hexdigest()[:32]}.js?1712345678"></script>
</body>
</html>"""

    def sidebar(self) -> str:
        """The category menu (`Category/List.html`) and the tag list (`Tag/List.html`) plugins."""
        cats = "".join(f"""
			<li>
						<a title="{fl(c)}" href="{self.a(self.list_path(0, "categories", c))}">{fl(c)}
						</a>
				({sum(1 for p in self.b.posts if p.category == c)})
			</li>""" for c in self.cats)
        tags = "".join(f"""
			<li>
				<a title="{fl(t)}" href="{self.a(self.list_path(0, "tags", t))}">{fl(t)}</a>
			</li>""" for t in self.tags)
        out = f"""
<aside class="sidebar">
<div id="c12" class="frame frame-default frame-type-news_categorylist">
<div class="news">
	<ul>{cats}
	</ul>
</div>
</div>"""
        if self.tags:
            out += f"""
<div id="c13" class="frame frame-default frame-type-news_taglist">
<div class="news">
	<ul>{tags}
	</ul>
</div>
</div>"""
        return out + "\n</aside>"

    # -- list -------------------------------------------------------------------------------------------
    def date(self, p: Post) -> str:
        return f'<time itemprop="datePublished" datetime="{iso(p.when)}">\n\t\t\t\t\t{p.when:%d/%m/%Y}\n\t\t\t\t</time>'

    def item(self, p: Post) -> str:
        url = self.a(detail_path(self.host, p))
        tags = ""
        if p.tags:
            tags = ("\n\t\t\t\t<!-- Tags -->\n\t\t\t\t<span class=\"news-list-tags\" itemprop=\"keywords\">"
                    + "".join(f"\n\t\t\t\t\t\t{fl(t)}" for t in p.tags) + "\n\t\t\t\t</span>")
        teaser = crop(p.paragraphs[0] if p.paragraphs else "")
        return f"""
<div class="article articletype-0" itemscope="itemscope" itemtype="https://schema.org/Article">
	<!-- header -->
	<div class="header">
		<h3>
			<a title="{fl(p.title)}" itemprop="url" href="{url}">
				<span itemprop="headline">{fl(p.title)}</span>
			</a>
		</h3>
	</div>
	<!-- teaser -->
	<div class="teaser-text">
				<div itemprop="description"><p>{teaser}</p></div>
		<a class="more" title="{fl(p.title)}" href="{url}">
			Lire la suite
		</a>
	</div>
	<!-- footer information -->
	<div class="footer">
		<p>
			<!-- date -->
			<span class="news-list-date">
				{self.date(p)}
			</span>
				<!-- first category -->
				<span class="news-list-category">{fl(p.category)}</span>{tags}
			<!-- author -->
				<span class="news-list-author">
					Créé par {fl(p.author)}
				</span>
		</p>
	</div>
</div>"""

    def pagination(self, k: int, n: int, kind: str, key: str) -> str:
        """`Partials/List/Pagination.html` over `NumberedPagination` (three links)."""
        if n <= 1:
            return ""
        cur = k + 1
        lo = max(1, min(cur - 1, n - 2))
        hi = min(n, lo + 2)
        rows = []
        if cur > 1:
            rows.append(f'<li class="previous">\n\t\t\t\t\t<a href="{self.a(self.list_path(cur - 2, kind, key))}" title="Précédent">\n\t\t\t\t\t\tprécédent\n\t\t\t\t\t</a>\n\t\t\t\t</li>')
        if lo > 1:
            rows.append("<li>…</li>")
        for p in range(lo, hi + 1):
            rows.append(f'<li class="current">{p}</li>' if p == cur else
                        f'<li>\n\t\t\t\t\t<a href="{self.a(self.list_path(p - 1, kind, key))}">{p}</a>\n\t\t\t\t</li>')
        if hi < n:
            rows.append("<li>…</li>")
        if cur < n:
            rows.append(f'<li class="next">\n\t\t\t\t\t<a href="{self.a(self.list_path(cur, kind, key))}" title="Suivant">\n\t\t\t\t\t\tsuivant\n\t\t\t\t\t</a>\n\t\t\t\t</li>')
        return '\n\t<ul class="f3-widget-paginator">\n\t\t\t\t' + "\n\t\t\t\t".join(rows) + "\n\t</ul>"

    def listing(self, posts: list[Post], title: str, kind: str = "", key: str = "") -> dict[str, str]:
        chunks = pages_of(sorted(posts, key=lambda p: p.when), self.b.per_page)
        out = {}
        for k, chunk in enumerate(chunks):
            pag = self.pagination(k, len(chunks), kind, key)
            if chunk:
                items = "".join(self.item(p) for p in chunk)
                body = f"""<div class="news-list-view" id="news-container-7">{pag}{items}{pag}
			</div>"""
            else:
                body = '<div class="no-news-found">\n\t\t\t\tAucune actualité disponible.\n\t\t\t</div>'
            path = self.list_path(k, kind, key)
            main = f"""<div id="c7" class="frame frame-default frame-type-news_pi1">
	<header><h1>{fl(title)}</h1></header>
	<!--TYPO3SEARCH_end-->
<div class="news">
	{body}
</div>
	<!--TYPO3SEARCH_begin-->
</div>{self.sidebar()}"""
            out[path] = self.doc(f"{self.b.name}: {title}", self.base + path, main, active="Actualités")
        return out

    def home(self) -> str:
        latest = self.posts[:self.b.per_page]
        items = "".join(self.item(p) for p in latest) if latest else \
            '<div class="no-news-found">\n\t\t\t\tAucune actualité disponible.\n\t\t\t</div>'
        main = f"""<div id="c1" class="frame frame-default frame-type-text">
	<header><h1>{fl(self.b.name)}</h1></header>
	<p>{fl(self.b.tagline)}</p>
</div>
<div id="c2" class="frame frame-default frame-type-news_pi1">
	<header><h2>Dernières actualités</h2></header>
<div class="news">
	<div class="news-list-view" id="news-container-2">{items}
	</div>
</div>
	<p><a href="{self.a(self.list_path())}">Toutes les actualités</a></p>
</div>"""
        return self.doc(f"{self.b.name}: Accueil", self.base + "/", main, active="Accueil")

    # -- detail -----------------------------------------------------------------------------------------
    def single(self, p: Post) -> str:
        text = "\n".join(f"<p>{parse_rte(para)}</p>" for para in p.paragraphs)
        if p.source:
            text += (f'\n<p>Source : <a href="{fl(p.source[1])}" target="_blank" rel="noreferrer">'
                     f"{rte(p.source[0])}</a></p>")
        tags = ""
        if p.tags:
            tags = ("\n\t\t\t\t\t<!-- Tags -->\n\t\t\t\t\t<span class=\"news-list-tags\" itemprop=\"keywords\">"
                    + "".join(f"\n\t\t\t\t\t\t\t{fl(t)}" for t in p.tags) + "\n\t\t\t\t\t\t</span>")
        related = ""
        if p.links:
            lis = "".join(f"""
								<li>
									<a href="{fl(u)}" title="{fl(a)}" target="_blank" rel="noreferrer">{fl(a)}</a>
								</li>""" for u, a in p.links)
            related = f"""
					<!-- Related links -->
					<div class="news-related news-related-links">
						<h4>
							Liens associés
						</h4>
						<ul>{lis}
						</ul>
					</div>"""
        main = f"""<div id="c9" class="frame frame-default frame-type-news_pi1">
<div class="news news-single">
	<div class="article" itemscope="itemscope" itemtype="https://schema.org/Article">
			<div class="header">
				<h1 itemprop="headline">{fl(p.title)}</h1>
			</div>
			<div class="footer">
				<p>
					<!-- date -->
					<span class="news-list-date">
						{self.date(p)}
					</span>
<!-- categories -->
<span class="news-list-category">
				{fl(p.category)}
</span>{tags}
						<!-- author -->
						<span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="https://schema.org/Person">
							Créé par <span itemprop="name">{fl(p.author)}</span>
						</span>
				</p>
			</div>
				<!-- main text -->
				<div class="news-text-wrap" itemprop="articleBody">
					{text}
				</div>
				<!-- Link Back -->
				<div class="news-backlink-wrap">
					<a href="{self.a(self.list_path())}">
						Retour
					</a>
				</div>
			<!-- related things -->
			<div class="news-related-wrap">{related}
			</div>
	</div>
</div>
</div>{self.sidebar()}"""
        url = self.url[id(p)]
        desc = re.sub(r"\s+", " ", " ".join(p.paragraphs))[:150]
        head = (f'<meta property="og:title" content="{fl(p.title)}">\n<meta property="og:type" content="article">\n'
                f'<meta property="og:url" content="{fl(url)}">\n<meta property="og:site_name" content="{fl(self.b.name)}">\n'
                f'<meta name="description" content="{fl(desc)}">\n<meta property="og:locale" content="fr_FR">')
        return self.doc(f"{self.b.name}: {p.title}", url, main, head, active="Actualités")

    def item_pages(self):
        for p in self.b.posts:
            yield (detail_path(self.host, p), (p.last_modified, len(p.comments)),
                   lambda p=p: page(self.single(p), modified=p.last_modified))

    # -- feed, sitemap -----------------------------------------------------------------------------------
    def rss(self) -> str:
        items = "".join(f"""
                    <item>
                        <guid isPermaLink="false">news-{p.id}</guid>
                        <pubDate>{rfc822(p.when)}</pubDate>
                        <title>{fl(p.title)}</title>
                        <link>{fl(self.url[id(p)])}</link>
                        <description></description>
                        <content:encoded>{cdata(chr(10).join(f"<p>{parse_rte(para)}</p>" for para in p.paragraphs))}</content:encoded>
                                <category>{fl(p.category)}</category>
                    </item>""" for p in self.posts[:self.b.feed_items])
        return f"""<?xml version="1.0" encoding="utf-8"?>
    <rss version="2.0"
         xmlns:content="http://purl.org/rss/1.0/modules/content/"
         xmlns:atom="http://www.w3.org/2005/Atom">
        <channel>
            <title>{x(self.b.name)}</title>
            <link>{self.base}/</link>
            <description>{x(self.b.tagline)}</description>
            <language>fr</language>
            <pubDate>{rfc822(self.now)}</pubDate>
            <lastBuildDate>{rfc822(self.now)}</lastBuildDate>
            <atom:link href="{x(self.base + self.feed_path())}" rel="self" type="application/rss+xml" />
            <generator>TYPO3 EXT:news</generator>{items}
        </channel>
    </rss>
"""


def item_pages(blog: Blog, now: datetime = NOW):
    return _T3(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a TYPO3 + news newsroom keyed by path?query, and its 404 page."""
    t = _T3(blog, now)
    last = max((p.last_modified for p in blog.posts), default=now)
    html = {"/": t.home()}
    html.update(t.listing(blog.posts, "Actualités"))
    for c in t.cats:
        html.update(t.listing([p for p in blog.posts if p.category == c], c, "categories", c))
    for tag in t.tags:
        html.update(t.listing([p for p in blog.posts if tag in p.tags], tag, "tags", tag))
    out = {path: page(body, HTML, modified=last) for path, body in html.items()}
    out.update(served(t, keep or {}))
    out[t.feed_path()] = page(t.rss(), RSS, modified=last)
    pages_sm = [(t.base + "/", f"{last:%Y-%m-%d}"), (t.base + t.list_path(), f"{last:%Y-%m-%d}")]
    news_sm = [(t.url[id(p)], f"{(p.modified or p.when):%Y-%m-%d}") for p in t.posts]
    out[t.sitemap_path()] = page(sitemapindex([t.base + t.sitemap_path("pages"), t.base + t.sitemap_path("news")],
                                              _SITEMAP_XSL), XML, modified=last)
    out[t.sitemap_path("pages")] = page(urlset(pages_sm), XML, modified=last)
    out[t.sitemap_path("news")] = page(urlset(news_sm), XML, modified=last)
    delay = f"Crawl-delay: {blog.crawl_delay}\n" if blog.crawl_delay else ""
    out["/robots.txt"] = page("User-agent: *\n" + delay + "Disallow: /typo3/\nDisallow: /typo3conf/\n"
                              "Allow: /typo3conf/ext/\nAllow: /typo3temp/\n\n"
                              f"Sitemap: {t.base}{t.sitemap_path()}\n", TEXT)
    missing = t.doc(f"{blog.name}: Page introuvable", t.base + "/404", """<div id="c404" class="frame frame-default frame-type-text">
	<header><h1>Page introuvable</h1></header>
	<p>La page demandée n'existe pas ou a été déplacée.</p>
	<p><a href="/">Retour à l'accueil</a></p>
</div>""")
    return out, page(missing, status=404)
