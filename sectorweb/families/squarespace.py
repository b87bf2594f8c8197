r"""A firm's blog on Squarespace, French, as a crawler receives it (written blind): the 7.1 platform
(`blog-item-*` classes) or a 7.0 site on the Brine template family (`BlogItem-*` / `BlogList-*` classes).

Squarespace is closed source. Followed, from the corpus:
- Squarespace/base-template (the developer platform's starting template): collections/blog.item (the item's
  `article#post-{id}[data-item-id]`, `data-content-field="title"`, the body, categories and tags as
  `?category=` / `?tag=` filters, author filter `?author={author.id}`, `{@|comments}`, the item pagination with the
  newer item first), collections/blog.list (items, "Read More", the list pagination's newer and older pages),
  site.region (`{squarespace-headers}` and `{squarespace-footers}`, the body's `id` and classes,
  `data-content-field="main-content"`);
- real Brine markup saved verbatim by a parser's fixture (www.bhfuturesfoundation.org/news, July 2026):
  `article.BlogList-item.hentry.author-<slug>.post-type-text.article-index-N[data-item-id]`, the lazy images with
  `data-src` and no `src`, `a.BlogList-item-title[data-content-field=title]`, `div.BlogList-item-excerpt` with
  `<p style="white-space:pre-wrap;" data-rte-preserve-empty="true">`, `a.BlogList-item-readmore > span`,
  `div.Blog-meta.BlogList-item-meta` with the HTML comments "Author" / "Date", `a.Blog-meta-item--author` to
  `/news?author=<id>`, `time.Blog-meta-item--date[datetime=YYYY-MM-DD]` with the long date, dated item URLs
  `/news/2026/7/29/slug` (no zero padding); a Brine item page copied into another site
  (`main.Main.Main--blog-item > section.Main-content > article.BlogItem.hentry`, `h1.BlogItem-title`, the
  `sqs-layout` "Post Body" with `sqs-block html-block sqs-block-html` blocks, `div.Blog-meta.BlogItem-meta`,
  `div.BlogItem-share`); scrapers of Brine sites (`section.BlogList.BlogList--posts-excerpt.sqs-blog-list`,
  `a.BlogList-pagination-link` - one on the first page, two after it -, twenty posts a page,
  `a.BlogItem-pagination-link.BlogItem-pagination-link--next`, `.BlogItem-pagination-link-label` / `-title`,
  `span.Blog-meta-item--tags > a.Blog-meta-item-tag`, `div.BlogItem-comments`, the comments container
  `#comments-<item id>` that a scraper found empty - the comments load by script);
- the 7.1 markup as plugins and scrapers in the corpus read it: `.blog-item-wrapper`, `.blog-item-top-wrapper`,
  `.blog-item-title` with `h1.entry-title.entry-title--large[data-content-field=title]`,
  `.blog-item-meta-wrapper`, `.blog-item-author-date-wrapper`, `.blog-meta-item--author` ("Written By …"),
  `time.dt-published.blog-meta-item.blog-meta-item--date` whose `datetime` holds the display string without the
  year and whose text sits in a `span`, `.blog-meta-item--categories`, `.blog-item-content-wrapper`,
  `.blog-item-content.e-content` with `.sqs-html-content` paragraphs, `.blog-item-inner-wrapper`,
  `.blog-item-author-profile-wrapper`, `section.item-pagination[data-collection-type^=blog]` with
  `.item-pagination-link--prev` / `--next`, the lists' `time.blog-date[pubdate]` in the site's locale format
  (dd/mm/yyyy) with no `datetime`, `.blog-title`, `.blog-excerpt-wrapper`, `.blog-more-link`,
  `.collection-type-blog-basic-grid.view-item`, `meta[itemprop=datePublished]` ("2024-04-10T16:13:10+0100")
  in the head of item pages, `Static.SQUARESPACE_CONTEXT.templateVersion`, the `?format=rss` feeds of Squarespace
  blogs, the flat `/sitemap.xml` of `/blog/<slug>` items, robots.txt disallowing /config, /search, /account.
From memory (uncertain): the 7.1 frame (`#siteWrapper`, `header#header`, `main#page`, `article#sections`,
`section.page-section`, the footer sections), the French strings (« Écrit par », « Lire la suite »,
« Articles plus récents » / « Articles plus anciens », « Précédent » / « Suivant », the filter headings, the
404 page), the summary block of the home page, the rest of the head (og and twitter tags, the two JSON-LD blocks,
the RSS alternate "RSS Feed"), the list pagination markup of 7.1, the feed's fields (guid of ids, full HTML
description, "Site-Server" generator), the sitemap's changefreq / priority, the full robots.txt (the filter and
format disallows, the owner's AI-crawler block), `/blog/category/<Name>` and `/blog/tag/<name>` on 7.1.
Comments: Squarespace's own comments and Disqus are both rendered in the browser: a crawler gets the empty
container only (no count). robots.txt is not editable on Squarespace: no Crawl-delay.

Host-dependent (md5 of the host): the platform version (7.1 or 7.0 Brine), the blog page's URL (/blog, /actualites,
/journal, /articles), the post URL format (`/blog/<slug>` or `/blog/yyyy/m/d/<slug>`), the 7.1 list layout
(basic grid, single column, side by side), the comment system (native, Disqus, comments off), the AI-crawler block.
"""
from __future__ import annotations

import calendar
import hashlib
from datetime import datetime
from urllib.parse import quote_plus

from sectorweb.dates import NOW, fr_date, offset, to_utc
from sectorweb.families.common import TEXT, Page, cdata, esc, page, pages_of, script_json, served
from sectorweb.families.wordpress_block import host_choice
from sectorweb.feeds import x
from sectorweb.model import Blog, Post

PER_PAGE = 20
FEED_ITEMS = 20
BLOG_SLUGS = ["blog", "blog", "blog", "actualites", "journal", "articles"]
HTML = "text/html;charset=utf-8"
RSS_TYPE = "application/rss+xml;charset=utf-8"
XML_TYPE = "application/xml;charset=utf-8"
MOIS_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
_EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CURRENT = ' aria-current="page"'
AI_BOTS = ["GPTBot", "ChatGPT-User", "CCBot", "anthropic-ai", "Google-Extended", "FacebookBot", "Claude-Web",
           "cohere-ai", "PerplexityBot", "Applebot-Extended"]


def settings(host: str) -> dict:
    version = "7.1" if host_choice(host, "sqs-version", 10) < 7 else "7.0"
    dated = host_choice(host, "sqs-dated", 4) == 0 if version == "7.1" else host_choice(host, "sqs-dated", 10) < 7
    return dict(
        version=version,
        blog=BLOG_SLUGS[host_choice(host, "sqs-blog", len(BLOG_SLUGS))],
        dated=dated,
        layout=["basic-grid", "basic-grid", "single-column", "side-by-side"][host_choice(host, "sqs-layout", 4)],
        comments=["native", "native", "disqus", "off"][host_choice(host, "sqs-comments", 4)],
        ai_block=host_choice(host, "sqs-ai", 3) == 0,
    )


def hexid(*parts) -> str:
    """A Squarespace object id (24 hex characters)."""
    return hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()[:24]


def permalink(host: str, post: Post) -> str:
    s = settings(host)
    w = post.when
    if s["dated"]:
        return f"http://{host}/{s['blog']}/{w.year}/{w.month}/{w.day}/{post.slug}"
    return f"http://{host}/{s['blog']}/{post.slug}"


def feed_path(host: str) -> str:
    return f"/{settings(host)['blog']}?format=rss"


def ms(d: datetime) -> int:
    """publishOn: milliseconds since the epoch, UTC."""
    return calendar.timegm(to_utc(d).timetuple()) * 1000


def sqs_iso(d: datetime) -> str:
    """`2024-04-10T16:13:10+0100`: the head's itemprop dates."""
    h = int(offset(d).total_seconds() // 3600)
    return f"{d:%Y-%m-%dT%H:%M:%S}+{h:02d}00"


def item_date(d: datetime, now: datetime) -> str:
    """The 7.1 item page's date: "4 mars" within the current year, else "4 mars 2024"."""
    short = f"{d.day} {MOIS_ABBR[d.month - 1]}"
    return short if d.year == now.year else f"{short} {d.year}"


def gmt(d: datetime) -> str:
    u = to_utc(d)
    return f"{_EN_DAYS[u.weekday()]}, {u.day:02d} {_EN_MONTHS[u.month - 1]} {u.year} {u:%H:%M:%S} +0000"


def para(text: str) -> str:
    return f'<p class="" style="white-space:pre-wrap;">{esc(text)}</p>'


class _Squarespace:
    def __init__(self, blog: Blog, now: datetime = NOW):
        from sectorweb.families import make_slug
        self.b, self.now = blog, now
        self.s = settings(blog.host)
        self.v71 = self.s["version"] == "7.1"
        self.base = f"http://{blog.host}"
        self.blog = f"/{self.s['blog']}"
        self.label = {"actualites": "Actualités"}.get(self.s["blog"], self.s["blog"].capitalize())
        self.posts = blog.posts
        self.order = sorted(self.posts, key=lambda q: (q.when, q.id), reverse=True)  # newest first
        self.url = {id(p): permalink(blog.host, p) for p in self.posts}
        self.item_id = {id(p): hexid(blog.host, "item", p.id) for p in self.posts}
        self.collection = hexid(blog.host, "collection")
        self.website = hexid(blog.host, "website")
        taken: set[str] = set()
        self.authors = {}
        for a in [blog.author] + [p.author for p in self.posts]:
            if a not in self.authors:
                self.authors[a] = (hexid(blog.host, "author", a), make_slug("squarespace", a, taken))
        self.cats = list(dict.fromkeys(p.category for p in self.order))
        self.tags = list(dict.fromkeys(t for p in self.order for t in p.tags))

    # -- URLs -----------------------------------------------------------------------------------------------
    def path(self, url: str) -> str:
        return url.removeprefix(self.base) or "/"

    def filter_url(self, kind: str, name: str) -> str:
        """A filtered list: 7.1 `/blog/category/<Name>`, `/blog/tag/<name>`; 7.0 `?category=` / `?tag=`; both
        `?author=<id>`."""
        if kind == "author":
            return f"{self.blog}?author={self.authors[name][0]}"
        if self.v71:
            return f"{self.blog}/{kind}/{quote_plus(name)}"
        return f"{self.blog}?{kind}={quote_plus(name)}"

    @staticmethod
    def with_query(path: str, query: str) -> str:
        return path + ("&" if "?" in path else "?") + query

    # -- frame ----------------------------------------------------------------------------------------------
    def context(self, page_type: int, item: Post | None) -> str:
        ctx = {"facebookAppId": "314192535267336", "rollups": {}, "pageType": page_type,
               "website": {"id": self.website, "identifier": self.b.host.split(".")[-2] if "." in self.b.host else self.b.host,
                           "websiteType": 1, "siteTitle": self.b.name, "siteDescription": "", "language": "fr-FR",
                           "timeZone": "Europe/Paris", "primaryDomain": self.b.host,
                           **({"disqusShortname": self.b.host.split(".")[-2].replace("-", "")}
                              if self.s["comments"] == "disqus" else {})},
               "collectionId": self.collection, "templateVersion": "7.1" if self.v71 else "7",
               "websiteSettings": {"simpleLikingEnabled": True, "commentLikesAllowed": True,
                                   "commentAnonAllowed": True, "commentThreaded": True,
                                   "commentApprovalRequired": True, "disqusShortname":
                                   self.b.host.split(".")[-2].replace("-", "") if self.s["comments"] == "disqus" else ""}}
        if item is not None:
            ctx["itemId"] = self.item_id[id(item)]
        return script_json(ctx)

    def head(self, title: str, url: str, og_type: str, desc: str, item: Post | None, page_type: int) -> str:
        b = self.b
        meta = ""
        if item is not None:
            meta = (f'<meta itemprop="author" content="{esc(item.author)}"/>\n'
                    f'<meta itemprop="datePublished" content="{sqs_iso(item.when)}"/>\n'
                    f'<meta itemprop="dateModified" content="{sqs_iso(item.modified or item.when)}"/>\n'
                    f'<meta itemprop="headline" content="{esc(item.title)}"/>\n'
                    f'<meta itemprop="publisher" content="{esc(b.name)}"/>\n')
        ld_site = script_json({"url": self.base, "name": b.name, "description": "", "@context": "http://schema.org",
                               "@type": "WebSite"})
        ld_org = script_json({"legalName": b.name, "address": "", "email": "", "telephone": "", "sameAs": [],
                              "@context": "http://schema.org", "@type": "Organization"})
        return f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="fr-FR"  >
  <head>
    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <!-- This is Squarespace. --><!-- {esc(self.website[:8])} -->
<base href="">
<meta charset="utf-8" />
<title>{title}</title>
<link rel="icon" type="image/x-icon" href="https://assets.squarespace.com/universal/default-favicon.ico"/>
<link rel="canonical" href="{esc(url)}"/>
<meta property="og:site_name" content="{esc(b.name)}"/>
<meta property="og:title" content="{title}"/>
<meta property="og:url" content="{esc(url)}"/>
<meta property="og:type" content="{og_type}"/>
<meta property="og:description" content="{esc(desc)}"/>
<meta itemprop="name" content="{title}"/>
<meta itemprop="url" content="{esc(url)}"/>
<meta itemprop="description" content="{esc(desc)}"/>
{meta}<meta name="twitter:title" content="{title}"/>
<meta name="twitter:url" content="{esc(url)}"/>
<meta name="twitter:card" content="summary"/>
<meta name="twitter:description" content="{esc(desc)}"/>
<meta name="description" content="{esc(desc)}" />
<link rel="preconnect" href="https://images.squarespace-cdn.com">
<script type="text/javascript" src="//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-8d4d8b5a9c63f0e7-min.fr-FR.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {self.context(page_type, item)};</script>
<script type="application/ld+json">{ld_site}</script><script type="application/ld+json">{ld_org}</script><link rel="alternate" type="application/rss+xml" title="RSS Feed" href="{self.base}{self.blog}?format=rss" />
<link href="//static1.squarespace.com/static/versioned-site-css/{self.website}/12/5c5a519771c10ba3470d8106/{self.website}/1597/site.css" rel="stylesheet" type="text/css" />
</head>
"""

    def nav_items(self, current: str) -> list[tuple[str, str, bool]]:
        return [("Accueil", "/", current == "/"), ("Le cabinet", "/le-cabinet", current == "/le-cabinet"),
                (self.label, self.blog, current == self.blog), ("Contact", "/contact", current == "/contact")]

    def footer_links(self) -> str:
        if not self.b.blogroll:
            return ""
        return "".join(para(n).replace(f">{esc(n)}<", f'><a href="{esc(u)}">{esc(n)}</a><', 1) for u, n in self.b.blogroll)

    def doc(self, title: str, url: str, og_type: str, desc: str, body_id: str, body_class: str, main: str,
            item: Post | None = None, page_type: int = 10, current: str = "") -> str:
        head = self.head(title, url, og_type, desc, item, page_type)
        links = self.footer_links()
        if self.v71:
            nav = "".join(f'<div class="header-nav-item header-nav-item--collection{" header-nav-item--active" if act else ""}">'
                          f'<a href="{u}" data-animation-role="header-element"{CURRENT if act else ""}>{esc(t)}</a></div>\n'
                          for t, u, act in self.nav_items(current))
            footer = ""
            if links:
                footer = self.section("footer", self.layout_html("footer", "<h3>Liens</h3>" + links))
            return head + f"""<body id="{body_id}" class="{body_class} header-width-full tweak-blog-item-width-medium tweak-global-animations-enabled">
  <div id="siteWrapper" class="clearfix site-wrapper">
    <header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{{}}">
      <div class="header-announcement-bar-wrapper">
        <div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
          <div class="header-display-desktop" data-content-field="site-title">
            <div class="header-title-nav-wrapper">
              <div class="header-title" data-animation-role="header-element">
                <div class="header-title-text">
                  <a id="site-title" href="/" data-animation-role="header-element">{esc(self.b.name)}</a>
                </div>
              </div>
              <div class="header-nav">
                <div class="header-nav-wrapper">
                  <nav class="header-nav-list">
{nav}                  </nav>
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
    </header>
    <main id="page" class="container" role="main">
{main}
    </main>
    <footer class="sections" id="footer-sections" data-footer-sections>
{footer}    </footer>
  </div>
  <script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
<script type="text/javascript" data-sqs-type="imageloader-bootstrapper">(function() {{if(window.ImageLoader) {{ window.ImageLoader.bootstrap({{}}, document); }}}})();</script><script>Squarespace.afterBodyLoad(Y);</script>
</body>
</html>"""
        nav = "".join(f'<a href="{u}" class="Header-nav-item{" Header-nav-item--active" if act else ""}" data-test="template-nav">{esc(t)}</a>\n'
                      for t, u, act in self.nav_items(current))
        footer = ""
        if links:
            footer = (f'<div class="Footer-blocks Footer-blocks--bottom sqs-layout sqs-grid-12 columns-12" data-layout-label="Footer Bottom Blocks" '
                      f'data-type="block-field" id="footerBlocksBottom">{self.rows("footer-blocks", "<h3>Liens</h3>" + links)}</div>\n')
        return head + f"""<body id="{body_id}" class="{body_class} ancillary-header-top-left-layout-horizontal ancillary-footer-bottom-layout-stacked hide-page-title mobile-style-available">
  <div class="Loader"></div>
  <div class="Mobile" data-nc-base="mobile-bar" data-controller="AncillaryLayout">
    <div class="Mobile-bar Mobile-bar--top" data-nc-group="top" data-controller="MobileOffset">
      <div data-nc-container="top-center"><a href="/" class="Mobile-bar-branding" data-nc-element="branding" data-content-field="site-title">{esc(self.b.name)}</a></div>
    </div>
  </div>
  <div class="Site" data-nc-base="header" data-controller="AncillaryLayout">
    <div class="sqs-announcement-bar-dropzone"></div>
    <header class="Header Header--bottom" data-nc-base="header" data-controller="Header" data-nc-container="bottom">
      <div class="Header-inner Header-inner--bottom" data-nc-group="bottom">
        <div data-nc-container="bottom-left">
          <a href="/" class="Header-branding" data-nc-element="branding" data-content-field="site-title">{esc(self.b.name)}</a>
        </div>
        <div data-nc-container="bottom-center">
          <nav class="Header-nav Header-nav--primary" data-nc-element="primary-nav" data-content-field="navigation">
            <div class="Header-nav-inner">
{nav}            </div>
          </nav>
        </div>
      </div>
    </header>
    <div class="Site-inner Site-inner--index" data-parallax-original-element>
      <div class="Content-outer">
{main}
      </div>
    </div>
    <footer class="Footer" role="contentinfo" data-controller="FooterBreakpoints" data-nc-group="footer" data-nc-container="footer">
{footer}    </footer>
  </div>
  <script src="https://static1.squarespace.com/static/ta/5c5a519771c10ba3470d8101/1597/scripts/site-bundle.js" type="text/javascript"></script>
<script type="text/javascript" data-sqs-type="imageloader-bootstrapper">(function() {{if(window.ImageLoader) {{ window.ImageLoader.bootstrap({{}}, document); }}}})();</script><script>Squarespace.afterBodyLoad(Y);</script>
</body>
</html>"""

    def rows(self, key: str, html: str) -> str:
        """One row of one column holding an HTML block (the layout engine's sqs-layout grid)."""
        block = hexid(self.b.host, "block", key)[:20]
        return (f'<div class="row sqs-row"><div class="col sqs-col-12 span-12">'
                f'<div class="sqs-block html-block sqs-block-html" data-block-type="2" data-sqsp-block="text" id="block-{block}">'
                f'<div class="sqs-block-content">\n\n<div class="sqs-html-content" data-sqsp-text-block-content>\n  {html}\n</div>\n\n'
                f'</div></div></div></div>')

    def layout_html(self, key: str, html: str, label: str = "") -> str:
        lab = f' data-layout-label="{label}"' if label else ""
        return (f'<div class="sqs-layout sqs-grid-12 columns-12"{lab} data-type="page-section" '
                f'id="page-section-{hexid(self.b.host, "layout", key)}">{self.rows(key, html)}</div>')

    def section(self, key: str, inner: str) -> str:
        sid = hexid(self.b.host, "section", key)
        return (f'  <section data-test="page-section" data-section-theme="" class="page-section layout-engine-section '
                f'background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center '
                f'vertical-alignment--middle" data-section-id="{sid}" data-controller="SectionWrapperController">\n'
                f'    <div class="section-border"><div class="section-background"></div></div>\n'
                f'    <div class="content-wrapper">\n      <div class="content">\n        {inner}\n      </div>\n    </div>\n  </section>\n')

    def sections(self, inner: str, page_sections: str) -> str:
        return f'<article class="sections" id="sections" data-page-sections="{page_sections}">\n{inner}</article>'

    # -- item page ------------------------------------------------------------------------------------------
    def body_html(self, p: Post) -> str:
        html = "".join(para(t) for t in p.paragraphs)
        if p.links:
            html += ('<p class="" style="white-space:pre-wrap;">À lire aussi : '
                     + ", ".join(f'<a href="{esc(u)}">{esc(a)}</a>' for u, a in p.links) + "</p>")
        if p.source:
            html += f'<p class="" style="white-space:pre-wrap;">Source : <a href="{esc(p.source[1])}">{esc(p.source[0])}</a></p>'
        return html

    def post_body(self, p: Post) -> str:
        iid = self.item_id[id(p)]
        label = "" if self.v71 else ' data-layout-label="Post Body"'
        return (f'<div class="sqs-layout sqs-grid-12 columns-12"{label} data-type="item" '
                f'data-updated-on="{ms(p.modified or p.when)}" id="item-{iid}">{self.rows(f"body-{p.id}", self.body_html(p))}</div>')

    def comments(self, p: Post) -> str:
        """`{@|comments}`: an empty container the comments script fills in the browser (native or Disqus)."""
        if self.s["comments"] == "off" or not (p.comments_open or p.comments):
            return ""
        iid = self.item_id[id(p)]
        inner = '<div id="disqus_thread"></div>' if self.s["comments"] == "disqus" else ""
        return f'<div class="squarespace-comments" id="comments-{iid}" data-item-id="{iid}">{inner}</div>'

    def classes(self, p: Post) -> str:
        cls = ["hentry", f"author-{self.authors[p.author][1]}", "post-type-text"]
        if not self.v71:
            return " ".join(cls)
        from sectorweb.families import make_slug
        cls += [f"category-{make_slug('squarespace', p.category, set())}"]
        cls += [f"tag-{make_slug('squarespace', t, set())}" for t in p.tags]
        return " ".join(cls)

    def neighbours(self, p: Post) -> tuple[Post | None, Post | None]:
        """(newer, older): the item pagination's previous and next items."""
        i = self.order.index(p)
        return (self.order[i - 1] if i > 0 else None), (self.order[i + 1] if i + 1 < len(self.order) else None)

    def single(self, p: Post) -> str:
        u = self.url[id(p)]
        iid = self.item_id[id(p)]
        aid, aslug = self.authors[p.author]
        desc = " ".join(" ".join(p.paragraphs).split()[:40])
        title = f"{esc(p.title)} &mdash; {esc(self.b.name)}"
        newer, older = self.neighbours(p)
        if self.v71:
            cats = "".join(f'<a href="{esc(self.filter_url("category", c))}" class="blog-item-category">{esc(c)}</a>' for c in [p.category])
            tags = ""
            if p.tags:
                tags = ('<div class="blog-item-tag-wrapper"><div class="blog-meta-item blog-meta-item--tags">'
                        + "".join(f'<a href="{esc(self.filter_url("tag", t))}" class="blog-item-tag">{esc(t)}</a>' for t in p.tags)
                        + "</div></div>")
            disp = item_date(p.when, self.now)
            pag = ""
            if newer or older:
                def link(q, kind, label):
                    if q is None:
                        return ""
                    return (f'<a href="{self.path(self.url[id(q)])}" class="item-pagination-link item-pagination-link--{kind}">'
                            f'<div class="item-pagination-prev-next">{label}</div>'
                            f'<h2 class="item-pagination-title">{esc(q.title)}</h2></a>')
                pag = (f'<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-{self.s["layout"]}">'
                       f'{link(newer, "prev", "Précédent")}{link(older, "next", "Suivant")}</section>')
            article = f"""<div class="blog-item-wrapper">
          <article class="entry h-entry {self.classes(p)}" data-item-id="{iid}">
            <div class="blog-item-inner-wrapper">
              <div class="blog-item-top-wrapper">
                <div class="blog-item-title">
                  <h1 class="entry-title entry-title--large p-name" data-content-field="title" style="text-align: center;">{esc(p.title)}</h1>
                </div>
                <div class="blog-item-meta-wrapper">
                  <div class="blog-meta-item blog-meta-item--categories">{cats}</div>
                  <div class="blog-item-author-date-wrapper">
                    <div class="blog-meta-item blog-meta-item--author">
                      <span class="blog-author-title">Écrit par </span><a href="{self.blog}?author={aid}" class="blog-author-name">{esc(p.author)}</a>
                    </div>
                    <time class="dt-published blog-meta-item blog-meta-item--date" datetime="{disp}" pubdate data-content-field="published-on"><span>{disp}</span></time>
                  </div>
                </div>
              </div>
              <div class="blog-item-content-wrapper">
                <div class="blog-item-content e-content" data-content-field="main-content">
                  {self.post_body(p)}
                </div>
              </div>
              {tags}
              <div class="blog-item-author-profile-wrapper"><div class="author-name">{esc(p.author)}</div></div>
              <div class="blog-item-comments">{self.comments(p)}</div>
            </div>
          </article>
          {pag}
        </div>"""
            main = self.sections(self.section(f"item-{p.id}", article), self.collection)
            cls = f"collection-type-blog-{self.s['layout']} view-item collection-{self.collection}"
        else:
            cats = (f'<span class="Blog-meta-item Blog-meta-item--categories"><a href="{esc(self.filter_url("category", p.category))}" '
                    f'class="Blog-meta-item-category">{esc(p.category)}</a></span>')
            tags = ""
            if p.tags:
                tags = ('<div class="BlogItem-topics"><span class="Blog-meta-item Blog-meta-item--tags">'
                        + ", ".join(f'<a href="{esc(self.filter_url("tag", t))}" class="Blog-meta-item-tag">{esc(t)}</a>' for t in p.tags)
                        + "</span></div>")
            pag = ""
            if newer or older:
                def link(q, kind, label):
                    if q is None:
                        return ""
                    return (f'<a href="{self.path(self.url[id(q)])}" class="BlogItem-pagination-link BlogItem-pagination-link--{kind}">'
                            '<svg class="BlogItem-pagination-icon" viewBox="0 0 23 48"><g class="svg-icon"><polyline fill="none" '
                            'stroke-miterlimit="10" points="21.5,1.3 2.6,23.4 21.5,45.7 "></polyline></g></svg>'
                            f'<div class="BlogItem-pagination-link-content"><div class="BlogItem-pagination-link-label">{label}</div>'
                            f'<h4 class="BlogItem-pagination-link-title">{esc(q.title)}</h4>'
                            '<div class="BlogItem-pagination-link-meta"><time class="BlogItem-pagination-link-meta-item '
                            f'BlogItem-pagination-link-meta-item--date" datetime="{q.when:%Y-%m-%d}">{fr_date(q.when)}</time></div></div></a>')
                pag = f'<nav class="BlogItem-pagination clear">{link(newer, "prev", "Précédent")}{link(older, "next", "Suivant")}</nav>'
            comments = self.comments(p)
            comments = f'<div class="BlogItem-comments">{comments}</div>' if comments else ""
            main = f"""      <main class="Main Main--blog-item">
        <section class="Main-content" data-content-field="main-content">
          <article id="post-{iid}" class="BlogItem {self.classes(p)}" data-item-id="{iid}">
            <h1 class="BlogItem-title" data-content-field="title">{esc(p.title)}</h1>
            {self.post_body(p)}
            <div class="Blog-meta BlogItem-meta"><!--

              Author

              --><a href="{self.blog}?author={aid}" class="Blog-meta-item Blog-meta-item--author">{esc(p.author)}</a><!--

              Date

              --><time class="Blog-meta-item Blog-meta-item--date" datetime="{p.when:%Y-%m-%d}">{fr_date(p.when)}</time><!--

              Categories

              -->{cats}
            </div>
            {tags}
            <div class="BlogItem-share"><div class="Share sqs-share-buttons"><div class="Share-buttons"></div></div></div>
            {comments}
          </article>
          {pag}
        </section>
      </main>"""
            cls = f"collection-type-blog view-item collection-layout-default collection-{self.collection}"
        return self.doc(title, u, "article", desc, f"item-{iid}", cls, main, p, 50, self.blog)

    def item_pages(self):
        for p in self.posts:
            yield (self.path(self.url[id(p)]), (p.last_modified, len(p.comments)),
                   lambda p=p: page(self.single(p), HTML, modified=p.last_modified))

    # -- lists ----------------------------------------------------------------------------------------------
    def list_item(self, p: Post, n: int) -> str:
        u = self.path(self.url[id(p)])
        iid = self.item_id[id(p)]
        excerpt = p.paragraphs[0] if p.paragraphs else ""
        if self.v71:
            pre = {"basic-grid": "blog-basic-grid", "single-column": "blog-single-column",
                   "side-by-side": "blog-side-by-side"}[self.s["layout"]]
            return (f'<article class="{pre}--container entry blog-item is-loaded" data-item-id="{iid}">\n'
                    f'  <div class="{pre}--text">\n    <div class="blog-meta-section">\n'
                    f'      <span class="blog-categories-list"><a href="{esc(self.filter_url("category", p.category))}" class="blog-categories">{esc(p.category)}</a></span>\n'
                    f'      <time class="blog-date" pubdate data-animation-role="date">{p.when:%d/%m/%Y}</time>\n    </div>\n'
                    f'    <h1 class="blog-title" data-animation-role="title"><a href="{u}" data-no-animation>{esc(p.title)}</a></h1>\n'
                    f'    <div class="blog-excerpt" data-animation-role="excerpt"><div class="blog-excerpt-wrapper">{para(excerpt)}</div></div>\n'
                    f'    <a class="blog-more-link" href="{u}" data-animation-role="content">Lire la suite</a>\n  </div>\n</article>\n')
        aid, aslug = self.authors[p.author]
        return f"""        <article id="post-{iid}" class="BlogList-item {self.classes(p)} article-index-{n}" data-item-id="{iid}">



              <a href="{u}" class="BlogList-item-title" data-content-field="title">{esc(p.title)}</a>



                  <div class="BlogList-item-excerpt">
                    <p style="white-space:pre-wrap;" data-rte-preserve-empty="true">{esc(excerpt)}</p>
                    <a href="{u}" class="BlogList-item-readmore">
                      <span>Lire la suite</span>
                    </a>
                  </div>



              <div class="Blog-meta BlogList-item-meta">
                <!--

                Author

                --><a href="{self.blog}?author={aid}" class="Blog-meta-item Blog-meta-item--author">{esc(p.author)}</a><!--

                Date

                --><time class="Blog-meta-item Blog-meta-item--date" datetime="{p.when:%Y-%m-%d}">{fr_date(p.when)}</time>
              </div>



            </article>
"""

    def pagination(self, newer: str | None, older: str | None) -> str:
        if not newer and not older:
            return ""
        if self.v71:
            out = '<nav class="blog-list-pagination">\n'
            out += (f'  <div class="newer"><a href="{esc(newer)}" rel="prev"><span class="prev-label">Articles plus récents</span></a></div>\n'
                    if newer else '  <div class="newer"></div>\n')
            out += (f'  <div class="older"><a href="{esc(older)}" rel="next"><span class="next-label">Articles plus anciens</span></a></div>\n'
                    if older else '  <div class="older"></div>\n')
            return out + "</nav>\n"
        out = '<nav class="BlogList-pagination">\n'
        if newer:
            out += (f'  <a class="BlogList-pagination-link" href="{esc(newer)}"><svg class="BlogList-pagination-link-icon" viewBox="0 0 23 48">'
                    '<use xlink:href="/assets/ui-icons.svg#left-arrow-icon"></use></svg><span class="BlogList-pagination-link-label">Articles plus récents</span></a>\n')
        if older:
            out += (f'  <a class="BlogList-pagination-link" href="{esc(older)}"><span class="BlogList-pagination-link-label">Articles plus anciens</span>'
                    '<svg class="BlogList-pagination-link-icon" viewBox="0 0 23 48"><use xlink:href="/assets/ui-icons.svg#right-arrow-icon"></use></svg></a>\n')
        return out + "</nav>\n"

    def list_pages(self, posts: list[Post], root: str, heading: str, title: str) -> dict[str, str]:
        """A blog list (all posts, or filtered) in pages of twenty, newest first: page 1 at `root`, the next ones at
        `?offset=<publishOn of the last item shown>`, the newer ones back at `?offset=<first>&reversePaginate=true`."""
        chunks = pages_of(sorted(posts, key=lambda q: (q.when, q.id)), PER_PAGE)
        urls = [root] + [self.with_query(root, f"offset={ms(chunks[k - 1][-1].when)}") for k in range(1, len(chunks))]
        out = {}
        for n, chunk in enumerate(chunks):
            newer = None
            if n == 1:
                newer = root
            elif n > 1:
                newer = self.with_query(root, f"offset={ms(chunk[0].when)}&reversePaginate=true")
            older = urls[n + 1] if n + 1 < len(chunks) else None
            items = "".join(self.list_item(p, k) for k, p in enumerate(chunk, 1))
            if self.v71:
                pre = {"basic-grid": "blog-basic-grid", "single-column": "blog-single-column",
                       "side-by-side": "blog-side-by-side-wrapper"}[self.s["layout"]]
                inner = (f'<div class="{pre} collection-content-wrapper" data-controller="BlogImageLoader">\n{items}</div>\n'
                         + self.pagination(newer, older))
                main = self.sections(self.section("list", inner), self.collection)
                cls = f"collection-type-blog-{self.s['layout']} view-list collection-{self.collection}"
            else:
                head = f'<header class="BlogList-filter">{heading}</header>\n' if heading else ""
                main = (f'      <main class="Main Main--blog-list">\n        <section class="Main-content" data-content-field="main-content">\n'
                        f'{head}<section class="BlogList BlogList--posts-excerpt sqs-blog-list clear" data-columns="2">\n'
                        f"{items}{self.pagination(newer, older)}</section>\n        </section>\n      </main>")
                cls = f"collection-type-blog view-list collection-layout-default collection-{self.collection}"
            html = self.doc(title, self.base + urls[n], "website", self.b.tagline, f"collection-{self.collection}", cls, main,
                            None, 10, self.blog)
            out[urls[n]] = html
        for n in range(2, len(chunks)):  # the newer pages, as `reversePaginate` serves them: the page before
            out[self.with_query(root, f"offset={ms(chunks[n][0].when)}&reversePaginate=true")] = out[urls[n - 1]]
        return out

    def pages(self) -> dict[str, str]:
        b = self.b
        name = esc(b.name)
        out = self.list_pages(self.order, self.blog, "", f"{self.label} &mdash; {name}")
        for c in self.cats:
            ps = [p for p in self.order if p.category == c]
            out.update(self.list_pages(ps, self.filter_url("category", c), f"Articles dans <em>{esc(c)}</em>",
                                       f"{esc(c)} &mdash; {name}"))
        for t in self.tags:
            ps = [p for p in self.order if t in p.tags]
            out.update(self.list_pages(ps, self.filter_url("tag", t), f"Articles avec le tag <em>{esc(t)}</em>",
                                       f"{esc(t)} &mdash; {name}"))
        for a in self.authors:
            ps = [p for p in self.order if p.author == a]
            if ps:
                out.update(self.list_pages(ps, self.filter_url("author", a), f"Articles de <em>{esc(a)}</em>",
                                           f"{self.label} &mdash; {name}"))
        # the firm's pages: home (intro and a summary block of the latest posts), the firm, contact
        latest = self.order[:3]
        summary = "".join(
            f'<div class="summary-item summary-item-record-type-text summary-item-has-title" data-type="text">'
            f'<div class="summary-content sqs-gallery-meta-container"><div class="summary-title">'
            f'<a href="{self.path(self.url[id(p)])}" class="summary-title-link">{esc(p.title)}</a></div>'
            f'<div class="summary-metadata-container summary-metadata-container--below-content"><div class="summary-metadata summary-metadata--primary">'
            f'<div class="summary-metadata-item summary-metadata-item--date">{fr_date(p.when)}</div></div></div></div></div>'
            for p in latest)
        block = (f'<div class="sqs-block summary-v2-block sqs-block-summary-v2" data-block-type="55" id="block-{hexid(b.host, "summary")[:20]}">'
                 f'<div class="sqs-block-content"><div class="summary-block-header"><h3 class="summary-heading">Derniers articles</h3></div>'
                 f'<div class="summary-item-list-container sqs-gallery-container"><div class="summary-item-list">{summary}</div></div></div></div>')
        intro = f"<h1>{name}</h1>" + para(b.tagline)
        pages = {"/": (intro, block, "Accueil"), "/le-cabinet": (f"<h1>Le cabinet</h1>{para(b.tagline)}{para(b.author)}", "", "Le cabinet"),
                 "/contact": (f"<h1>Contact</h1>{para('Prenez rendez-vous avec ' + b.author + '.')}", "", "Contact")}
        for path, (html, extra, label) in pages.items():
            pid = hexid(b.host, "page", path)
            if self.v71:
                main = self.sections(self.section(f"page{path}", self.layout_html(path, html) + extra), pid)
            else:
                main = (f'      <main class="Main Main--page">\n        <section class="Main-content" data-content-field="main-content">\n'
                        f'<div class="sqs-layout sqs-grid-12 columns-12" data-type="page" id="page-{pid}">{self.rows(path, html)}'
                        f'{extra}</div>\n        </section>\n      </main>')
            title = name if path == "/" else f"{label} &mdash; {name}"
            out[path] = self.doc(title, self.base + path, "website", b.tagline, f"collection-{pid}",
                                 "collection-type-page view-list" if path != "/" else "collection-type-page view-list homepage",
                                 main, None, 1, path)
        return out

    # -- feed, sitemap, robots ------------------------------------------------------------------------------
    def rss(self) -> str:
        b = self.b
        shown = self.order[:FEED_ITEMS]
        last = max((p.last_modified for p in self.posts), default=self.now)
        items = "".join(
            f"<item><title>{x(p.title)}</title><dc:creator>{x(p.author)}</dc:creator><pubDate>{gmt(p.when)}</pubDate>"
            f"<link>{x(self.url[id(p)])}</link><guid isPermaLink=\"false\">{self.website}:{self.collection}:{self.item_id[id(p)]}</guid>"
            f"<description>{cdata(self.body_html(p))}</description></item>" for p in shown)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f"<!--Generated by Site-Server v6.0.0-26190-d1ec0a5d (http://www.squarespace.com) on {gmt(self.now)}-->\n"
                '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" '
                'xmlns:media="http://www.rssboard.org/media-rss" version="2.0"><channel>'
                f"<title>{x(self.label)} - {x(b.name)}</title><link>{x(self.base + self.blog)}/</link>"
                f"<lastBuildDate>{gmt(last)}</lastBuildDate><language>fr-FR</language>"
                "<generator>Site-Server v6.0.0-26190-d1ec0a5d (http://www.squarespace.com)</generator>"
                f"<description>{cdata('')}</description>{items}</channel></rss>")

    def sitemap(self) -> str:
        last = max((p.last_modified for p in self.posts), default=self.now)
        rows = [(self.base, "daily", "1.0", self.now), (self.base + "/le-cabinet", "weekly", "0.75", self.now),
                (self.base + self.blog, "daily", "0.75", last), (self.base + "/contact", "weekly", "0.75", self.now)]
        rows += [(self.url[id(p)], "monthly", "0.5", p.modified or p.when) for p in self.order]
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">\n'
                + "".join(f"<url>\n<loc>{x(u)}</loc>\n<changefreq>{f}</changefreq>\n<priority>{pr}</priority>\n"
                          f"<lastmod>{d:%Y-%m-%d}</lastmod>\n</url>\n" for u, f, pr, d in rows)
                + "</urlset>\n")

    def robots(self) -> str:
        ai = "".join(f"User-agent: {a}\n" for a in AI_BOTS) + "Disallow: /\n\n" if self.s["ai_block"] else ""
        rules = ["/*?author=*", "/*&author=*", "/*?tag=*", "/*&tag=*", "/*?month=*", "/*&month=*", "/*?view=*", "/*&view=*",
                 "/*?format=json", "/*&format=json", "/*?format=page-context", "/*&format=page-context",
                 "/*?format=main-content", "/*&format=main-content", "/*?format=json-pretty", "/*&format=json-pretty",
                 "/*?format=ical", "/*&format=ical", "/*?reversePaginate=*", "/*&reversePaginate=*"]
        return ("# Squarespace Robots Txt\n\n" + ai + "User-agent: *\nDisallow: /config\nDisallow: /search\nDisallow: /account$\n"
                "Disallow: /account/\nDisallow: /commerce/digital-download/\nDisallow: /api/\nAllow: /api/ui-extensions/\n"
                "Disallow: /static/\n" + "".join(f"Disallow:{r}\n" for r in rules)
                + f"\nSitemap: {self.base}/sitemap.xml\n")

    def not_found(self) -> str:
        name = esc(self.b.name)
        html = ("<h1>Page introuvable</h1>" + para("Nous ne trouvons pas la page que vous recherchez.")
                + '<p class="" style="white-space:pre-wrap;"><a href="/">Retourner à la page d’accueil</a></p>')
        if self.v71:
            main = self.sections(self.section("404", self.layout_html("404", html)), hexid(self.b.host, "404"))
        else:
            main = (f'      <main class="Main Main--page">\n        <section class="Main-content" data-content-field="main-content">\n'
                    f'{self.rows("404", html)}\n        </section>\n      </main>')
        return self.doc(f"Page introuvable &mdash; {name}", self.base + "/404", "website", "", "not-found", "error-404", main,
                        None, 1)


def item_pages(blog: Blog, now: datetime = NOW):
    return _Squarespace(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """Every page of a Squarespace blog keyed by path?query, and its 404 page."""
    t = _Squarespace(blog, now)
    last = max((p.last_modified for p in blog.posts), default=now)
    hdrs = {"Server": "Squarespace", "X-ContextId": hexid(blog.host, "ctx")[:16]}
    out: dict[str, Page] = {}
    for path, html in t.pages().items():
        out[path] = page(html, HTML, headers=hdrs)
    out.update(served(t, keep or {}))
    out[feed_path(blog.host)] = page(t.rss(), RSS_TYPE, modified=last, headers=hdrs)
    out["/sitemap.xml"] = page(t.sitemap(), XML_TYPE, headers=hdrs)
    out["/robots.txt"] = page(t.robots(), TEXT, headers=hdrs)
    return out, page(t.not_found(), HTML, status=404, headers=hdrs)


IGNORED_PARAMS: set[str] = {"utm_source", "utm_medium", "utm_campaign", "fbclid", "nochrome"}
