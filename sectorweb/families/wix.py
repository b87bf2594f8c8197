r"""A firm's site on Wix with the Wix Blog app, French, as a crawler receives it from Wix's server-side rendering
(Thunderbolt viewer, the blog's post page and feed widgets) (written blind).

Wix is closed source. Followed, from the corpus:
- PatriarchFlag/patriarchflag.github.io, real Wix pages saved from a live site (first commit: blog.html,
  post/august-is-patriarch-month.html): the head (`meta name="generator" content="Wix.com Website Builder"`,
  X-Wix-Meta-Site-Id / Application-Instance-Id / Published-Version, the SEO tags: title, canonical, og:title,
  og:description - the post's text run together, cut at 500 characters -, og:url, og:site_name, og:type article,
  article:author, article:published_time / modified_time in UTC with milliseconds, the RSS alternate
  `/blog-feed.xml` titled "<Site> - RSS", twitter:card/title/description, the JSON-LD BlogPosting with author,
  dateModified, datePublished, headline, mainEntityOfPage itemPage, description - HTML-escaped text in the JSON -,
  url, publisher), the body: `#SITE_CONTAINER`, `header#SITE_HEADER.wixui-header`, `main#PAGES_CONTAINER`,
  `footer#SITE_FOOTER.wixui-footer` with `wixui-rich-text` paragraphs; the blog widget's `data-hook`s:
  `post-page-root`, the blog menu `nav[aria-label=Blog]` with `li[data-hook="header-navigation__/"]` "All Posts"
  and the search input, `post-page`, `article[data-hook=post]`, `section[data-hook=post-hero-image]`,
  `div[data-hook=post-title] > h1[data-hook=post-title]`, the writer's avatar (alt "Writer: …"),
  `span[data-hook=profile-link] > span[data-hook=user-name]`, `span.time-ago[data-hook=time-ago][title]`,
  `span[data-hook=time-to-read]` "1 min read", `section[data-hook=post-description]` holding the Ricos viewer
  (`div[data-id=content-viewer]`, `div[type=first][data-hook=rcv-block-first]`, each paragraph as
  `div[data-breakout=normal] > p[dir=auto][id=viewer-…] > span > span` followed by its marker
  `div[type=paragraph][data-hook=rcv-blockN]`, links `a[data-hook=web-link][target=_blank][rel=noopener]`,
  `div[type=last][data-hook=rcv-block-last]`), `footer[data-hook=post-footer]` with the share buttons, the
  `post-stats` ("253 views", "1 comment") and the like button; the comments widget `section.wc-comments-root
  [data-hook="wc-root <post id>"]` marked `data-render="CSR_LOADED"`: rendered in the browser, so a crawler
  gets none of the comments (only their count in the post stats); the feed's `div[data-hook=post-list-item]`
  cards (`a > div[data-hook=post-list-item__title] > div[data-hook=post-title] > h2`, `div[data-hook=
  post-description]` with the text's first 140 characters cut back to a word and "...", author, date, reading
  time, `div[data-hook=post-footer]` stats).
- scrapers and migration tools in the corpus: a parser of rendered Wix blog HTML (the category links
  `/blog/categories/<slug>`), others reading `[data-hook="category-label-list__item"]`, `aria-label="Post
  categories"`, `[data-hook="time-ago"]` ("Feb 3": the year left out within the current year), the sitemap index
  `sitemap.xml` pointing to `pages-sitemap.xml`, `blog-posts-sitemap.xml`, `blog-categories-sitemap.xml`,
  `blog-tags-sitemap.xml`, `/blog/tags/<slug>` and `/blog/page/<n>`; a feed example (TechWithTy/my-rss-social-bot
  example_wix.py: guid = the 24-hex post id, not a permalink; description = the text's first 140 characters cut
  mid-word; categories; author; GMT pubDate) and a migration tool on the feed's 20-post limit; Wix's default
  robots.txt copied verbatim in audit reports ("Allow: /", "Disallow: *?lightbox=", the AdsBot and PetalBot
  groups, the Crawl-delay for dotbot and AhrefsBot, the Sitemap line, "# Auto generated, go to SEO Tools >
  Robots.txt Editor to change this"); the `x-wix-request-id` response header; the post slug rule seen in
  sitemaps (lower case, spaces, apostrophes, dots and slashes become hyphens, other punctuation dropped, runs not collapsed,
  letters outside ASCII kept: `/post/p-108--止まない雨はない`).
From memory (not in the corpus): the French strings (« Tous les posts », « Rechercher », « N min de lecture »,
« N vues », « N commentaires », « Photo du rédacteur : », « Posts récents », « Voir tout », « Page suivante »),
the French dates (Intl "d MMM y": « 12 janv. 2024 », « 4 mars » within the current year, « il y a 3 jours » within
a week), the pagination markup, the tags and categories rows of the post footer, the category and tag pages' headings,
the "Posts récents" section, the feed's channel ("RSS for
Node"), the sitemaps' lastmod as dates, the home and contact pages of the firm's site, the footer's links list
(the firm's own text), the 404 page, the slug's 100-character cut.

Host-dependent (deterministic): the blog page's URL (`/blog`, `/actualites`, `/blog-1`, `/articles`), the post URL
prefix (`post`, or `single-post` on sites migrated from the old Wix blog), the SEO title pattern ("{title}" or
"{title} | {site}"), the home page's recent-posts widget, and a robots.txt edited by the owner (with a
Crawl-delay) when the model gives one.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime
from urllib.parse import quote

from sectorweb.dates import NOW, to_utc
from sectorweb.families.common import _URL, Page, cdata, ld_json, page, pages_of, served
from sectorweb.families.wordpress_block import host_choice
from sectorweb.model import Blog, Comment, Post

HTML_TYPE = "text/html; charset=utf-8"
XML_TYPE = "text/xml; charset=utf-8"
RSS_TYPE = "application/rss+xml; charset=utf-8"
TEXT_TYPE = "text/plain; charset=utf-8"
FEED_ITEMS = 20
BLOG_SLUGS = ["blog", "blog", "blog", "actualites", "blog-1", "articles"]
PREFIXES = ["post", "post", "post", "post", "single-post"]
MOIS_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
_EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _hex(*parts) -> str:
    return hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()


def _uuid(*parts) -> str:
    h = _hex(*parts)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def esc(text: str) -> str:
    """React's escaping of text and attributes: &, <, >, " and '."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("'", "&#x27;"))


def attr(text: str) -> str:
    """The SEO renderer's attribute escaping (head tags): apostrophes as `&#39;`."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("'", "&#39;"))


def wix_slug(text: str) -> str:
    """Lower case; spaces, dots, slashes and apostrophes as hyphens (runs kept); other punctuation dropped; letters
    outside ASCII kept; cut at 100 characters."""
    text = unicodedata.normalize("NFC", re.sub(r"<[^>]*>", " ", text)).strip().lower()
    text = re.sub(r"[\s./'’]", "-", text)
    text = "".join(ch for ch in text if ch == "-" or ch == "_" or ch.isalnum())
    return text.strip("-")[:100].strip("-") or "post"


def post_slug(post: Post) -> str:
    """Wix's slug of the post, with the model's own "-2" when two posts of the blog share a title."""
    from sectorweb.families import make_slug
    slug = wix_slug(post.title)
    base = make_slug("wix", post.title, set())
    tail = post.slug[len(base) + 1:] if post.slug.startswith(base + "-") else ""
    return f"{slug}-{tail}" if tail.isdigit() else slug


def settings(host: str) -> dict:
    return {"blog": BLOG_SLUGS[host_choice(host, "wix-blog", len(BLOG_SLUGS))],
            "prefix": PREFIXES[host_choice(host, "wix-prefix", len(PREFIXES))],
            "title_site": host_choice(host, "wix-title", 2) == 1,
            "recent": host_choice(host, "wix-recent", 3) != 0,
            "version": 20 + host_choice(host, "wix-version", 300)}


def u(slug: str) -> str:
    return quote(slug, safe="-_~")


def permalink(host: str, post: Post) -> str:
    return f"http://{host}/{settings(host)['prefix']}/{u(post_slug(post))}"


def feed_path(host: str) -> str:
    return "/blog-feed.xml"


def comment_anchor(host: str, c: Comment) -> str:  # comments are rendered in the browser
    return f"comment-{c.id}"


def post_id(host: str, post: Post) -> str:
    """A MongoDB ObjectId: the creation time in seconds, then 16 hex digits."""
    secs = int((to_utc(post.when) - datetime(1970, 1, 1)).total_seconds())
    return f"{secs:08x}{_hex('wix-post', host, post.id)[:16]}"


def utc_ms(d: datetime, salt: str) -> str:
    ms = int(_hex("ms", salt)[:4], 16) % 1000
    return to_utc(d).strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}Z"


def gmt(d: datetime) -> str:
    t = to_utc(d)
    return f"{_EN_DAYS[t.weekday()]}, {t.day:02d} {_EN_MONTHS[t.month - 1]} {t.year} {t:%H:%M:%S} GMT"


def fr_short(d: datetime, now: datetime) -> str:
    """« il y a 3 jours » within a week, « 4 mars » within the year, « 12 janv. 2024 » before."""
    delta = now - d
    secs = delta.total_seconds()
    if 0 <= secs < 60:
        return "à l’instant"
    if 0 <= secs < 3600:
        return f"il y a {int(secs // 60)} min"
    if 0 <= secs < 86400:
        return f"il y a {int(secs // 3600)} h"
    if 0 <= delta.days < 7:
        return f"il y a {delta.days} jour{'s' if delta.days > 1 else ''}"
    if d.year == now.year:
        return f"{d.day} {MOIS_ABBR[d.month - 1]}"
    return f"{d.day} {MOIS_ABBR[d.month - 1]} {d.year}"


def read_time(post: Post) -> int:
    return max(1, -(-len(" ".join(post.paragraphs).split()) // 200))


def text_of(post: Post) -> str:
    return "".join(post.paragraphs)


class _Wix:
    def __init__(self, blog: Blog, now: datetime = NOW):
        self.b = blog
        self.now = now
        self.host = blog.host
        self.base = f"http://{blog.host}"
        self.set = settings(blog.host)
        self.posts = blog.posts
        self.url = {id(p): permalink(blog.host, p) for p in self.posts}
        self.newest = sorted(self.posts, key=lambda p: (p.when, p.id), reverse=True)
        self.site_id = _uuid("wix-site", self.host)
        self.cats: dict[str, str] = {}
        taken: set[str] = set()
        for p in sorted(self.posts, key=lambda q: (q.when, q.id)):
            if p.category not in self.cats:
                slug, n = wix_slug(p.category), 1
                while slug in taken:
                    slug, n = f"{wix_slug(p.category)}-{n}", n + 1
                taken.add(slug)
                self.cats[p.category] = slug
        self.tags: dict[str, str] = {}
        ttaken: set[str] = set()
        for p in sorted(self.posts, key=lambda q: (q.when, q.id)):
            for t in p.tags:
                if t not in self.tags:
                    slug, n = wix_slug(t), 1
                    while slug in ttaken:
                        slug, n = f"{wix_slug(t)}-{n}", n + 1
                    ttaken.add(slug)
                    self.tags[t] = slug

    # -- URLs ----------------------------------------------------------------------------------------------------
    def path(self, url: str) -> str:
        return url.removeprefix(self.base) or "/"

    def blog_url(self, n: int = 1) -> str:
        return f"{self.base}/{self.set['blog']}" + (f"/page/{n}" if n > 1 else "")

    def cat_url(self, cat: str, n: int = 1) -> str:
        return f"{self.base}/{self.set['blog']}/categories/{u(self.cats[cat])}" + (f"/page/{n}" if n > 1 else "")

    def tag_url(self, tag: str, n: int = 1) -> str:
        return f"{self.base}/{self.set['blog']}/tags/{u(self.tags[tag])}" + (f"/page/{n}" if n > 1 else "")

    def pid(self, p: Post) -> str:
        return post_id(self.host, p)

    def views(self, p: Post) -> int:
        return 3 + int(_hex("wix-views", self.host, p.id)[:6], 16) % 400

    # -- frame ---------------------------------------------------------------------------------------------------
    def seo_title(self, title: str) -> str:
        return f"{title} | {self.b.name}" if self.set["title_site"] else title

    def doc(self, title: str, head: str, page_id: str, main: str) -> str:
        b, s = self.b, self.set
        nav = [("Accueil", f"{self.base}"), ("Blog", self.blog_url()), ("Contact", f"{self.base}/contact")]
        lis = "".join(f'<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="{href}" class="wixui-horizontal-menu__item-label">'
                      f'<span>{name}</span></a></li>' for name, href in nav)
        links = ""
        if b.blogroll:
            links = ('<div id="comp-links" class="wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text">'
                     '<span class="wixui-rich-text__text">Nos partenaires</span></p><ul class="font_8 wixui-rich-text__text">'
                     + "".join(f'<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text"><a href="{esc(url)}" target="_blank" '
                               f'class="wixui-rich-text__text">{esc(name)}</a></p></li>' for url, name in b.blogroll)
                     + "</ul></div>")
        return f"""<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset='utf-8'>
  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="Wix.com Website Builder"/>
  <link rel="icon" sizes="192x192" href="https://static.parastorage.com/client/pfavico.ico" type="image/x-icon"/>
  <link rel="shortcut icon" href="https://static.parastorage.com/client/pfavico.ico" type="image/x-icon"/>
  <link rel="apple-touch-icon" href="https://static.parastorage.com/client/pfavico.ico" type="image/x-icon"/>
  <meta name="format-detection" content="telephone=no">
  <meta name="skype_toolbar" content="skype_toolbar_parser_compatible">
  <meta http-equiv="X-Wix-Meta-Site-Id" content="{self.site_id}">
  <meta http-equiv="X-Wix-Application-Instance-Id" content="{_uuid('wix-app', self.host)}">
  <meta http-equiv="X-Wix-Published-Version" content="{s['version']}">
  <meta http-equiv="etag" content="bug">
<title>{title}</title>
{head}<link rel="alternate" href="{self.base}/blog-feed.xml" title="{attr(b.name)} - RSS" type="application/rss+xml"/>
<script type="application/json" id="wix-essential-viewer-model">{{"fleetConfig":{{"fleetName":"wix-thunderbolt","type":"GA","code":0}},"mode":{{"qa":false,"ssrIndicator":false,"ssrOnly":false,"siteAssetsFallback":"enable"}},"language":{{"userLanguage":"fr"}},"siteFeaturesConfigs":{{"sessionManager":{{"isRunningInDifferentSiteContext":false}}}}}}</script>
</head>
<body class="">
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span>top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="SITE_HEADER wixui-header" tabindex="-1"><div id="comp-header-title" class="wixui-rich-text" data-testid="richTextElement"><p class="font_0 wixui-rich-text__text"><a href="{self.base}" target="_self" class="wixui-rich-text__text">{esc(b.name)}</a></p></div><nav id="comp-menu" aria-label="Site" class="wixui-horizontal-menu"><ul class="wixui-horizontal-menu__list">{lis}</ul></nav></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="SITE_PAGES"><div id="{page_id}" class="wixui-page">
{main}
</div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div id="comp-footer-name" class="wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">{esc(b.name)}</span></p><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">{esc(b.tagline)}</span></p></div>{links}<div id="comp-copyright" class="wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">© {self.now.year} par {esc(b.name)}. Créé avec Wix.com</span></p></div></footer>
</div></div><div id="SCROLL_TO_BOTTOM" class="ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span>bottom of page</span></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.5256c1f8.bundle.min.js" type="text/javascript" async></script>
</body>
</html>
"""

    def seo_head(self, canonical: str, title: str, desc: str, og_type: str = "website", extra: str = "") -> str:
        out = f'<link rel="canonical" href="{canonical}"/>\n<meta property="og:title" content="{attr(title)}"/>\n'
        if desc:
            out += f'<meta property="og:description" content="{attr(desc)}"/>\n'
        out += (f'<meta property="og:url" content="{canonical}"/>\n<meta property="og:site_name" content="{attr(self.b.name)}"/>\n'
                f'<meta property="og:type" content="{og_type}"/>\n{extra}'
                f'<meta name="twitter:card" content="summary_large_image"/>\n<meta name="twitter:title" content="{attr(title)}"/>\n')
        if desc:
            out += f'<meta name="twitter:description" content="{attr(desc)}"/>\n'
        return out

    def blog_menu(self, current: str = "/") -> str:
        items = [f'<li data-hook="header-navigation__/"><a href="{self.blog_url()}" class="blog-navigation-container-color blog-navigation-container-font{" blog-navigation-link-active-color" if current == "/" else ""}" data-hook="link">Tous les posts</a></li>']
        for c, slug in self.cats.items():
            key = f"/categories/{slug}"
            active = " blog-navigation-link-active-color" if current == key else ""
            items.append(f'<li data-hook="header-navigation__{esc(key)}"><a href="{self.cat_url(c)}" class="blog-navigation-container-color '
                         f'blog-navigation-container-font{active}" data-hook="link">{esc(c)}</a></li>')
        return ('<div class="blog-header-background-color" data-hook="blog-desktop-header-container"><nav class="blog-header__navigation '
                f'blog-navigation-container-font" aria-label="Blog"><ul>{"".join(items)}</ul></nav><div style="flex-grow:1"></div>'
                '<div data-hook="search-input"><div class="search-input" tabindex="-1"><div tabindex="0" role="button" aria-label="Rechercher"></div>'
                '<input class="blog-desktop-header-search-text-color blog-desktop-header-search-font search-input__input" type="text" '
                'placeholder="Rechercher" value=""/></div></div></div>')

    # -- the post page -------------------------------------------------------------------------------------------
    def ricos(self, p: Post) -> str:
        blocks, n = [], 0
        paras = list(p.paragraphs)
        extra = []
        if p.links:
            extra.append(("À lire aussi : ", p.links))
        if p.source:
            extra.append(("Source : ", [p.source[::-1]]))
        for i, t in enumerate(paras):
            n += 1
            vid = _hex("wix-viewer", self.host, p.id, i)[:5]
            blocks.append(f'<div data-breakout="normal"><p class="-Q4aO hw1z8 DcaPr o-zp-" dir="auto" id="viewer-{vid}">'
                          f'<span class="ATqq4">{self.linked(t)}</span></p></div><div type="paragraph" data-hook="rcv-block{n}"></div>')
        for label, links in extra:
            n += 1
            vid = _hex("wix-viewer", self.host, p.id, "x", n)[:5]
            anchors = "<span>, </span>".join(self.web_link(href, name) for href, name in links)
            blocks.append(f'<div data-breakout="normal"><p class="-Q4aO hw1z8 DcaPr o-zp-" dir="auto" id="viewer-{vid}">'
                          f'<span class="ATqq4"><span>{esc(label)}</span>{anchors}</span></p></div>'
                          f'<div type="paragraph" data-hook="rcv-block{n}"></div>')
        return ('<div class="fTEXDR" data-rce-version="10.177.1"><div class="hlNxE" dir="ltr" data-id="content-viewer"><div class="AoJX1">'
                '<div type="first" data-hook="rcv-block-first"></div><div class="LYSrh">' + "".join(blocks)
                + '</div><div type="last" data-hook="rcv-block-last"></div></div></div></div>')

    @staticmethod
    def web_link(href: str, text: str) -> str:
        return (f'<a target="_blank" href="{esc(href)}" rel="noopener" class="dtqu- Cnx4-" data-hook="web-link">'
                f'<u style="text-decoration:underline"><span>{esc(text)}</span></u></a>')

    def linked(self, text: str) -> str:
        """A paragraph's text spans, its URLs as Ricos links."""
        out, pos = [], 0
        for m in _URL.finditer(text):
            if m.start() > pos:
                out.append(f"<span>{esc(text[pos:m.start()])}</span>")
            out.append(self.web_link(m.group(0), m.group(0)))
            pos = m.end()
        if pos < len(text) or not out:
            out.append(f"<span>{esc(text[pos:])}</span>")
        return "".join(out)

    def byline(self, p: Post, avatar_size: int = 32) -> str:
        return (f'<li class="MABqta"><div class="bZrSjY" style="width:{avatar_size}px;height:{avatar_size}px"><wow-image class="fluid-avatar-image" '
                f'data-image-info="{{&quot;displayMode&quot;:&quot;fill&quot;,&quot;targetWidth&quot;:{avatar_size},&quot;targetHeight&quot;:{avatar_size}}}">'
                f'<img alt="Photo du rédacteur : {esc(p.author)}" role="img" fetchpriority="high" '
                f'src="https://static.wixstatic.com/media/{_hex("wix-avatar", p.author)[:6]}_{_hex("wix-avatar2", p.author)[:32]}~mv2.png/v1/fill/w_{avatar_size},h_{avatar_size},al_c,q_85/image.png" '
                f'style="width:{avatar_size}px;height:{avatar_size}px;object-fit:cover"/></wow-image></div>'
                f'<span class="IkAhjA" data-hook="profile-link"><span data-hook="user-name">{esc(p.author)}</span></span></li>'
                f'<li class="wBTynn"><span title="{fr_short(p.when, self.now)}" class="time-ago" data-hook="time-ago">{fr_short(p.when, self.now)}</span></li>'
                f'<li class="F56Ope"><span title="{read_time(p)} min de lecture" data-hook="time-to-read">{read_time(p)} min de lecture</span></li>')

    def stats(self, p: Post) -> str:
        v, n = self.views(p), len(p.comments)
        out = (f'<div class="OiMXGB"><div aria-label="{v} vue{"s" if v > 1 else ""}" role="status"><div class="eYTCrB" aria-hidden="true">{v}</div>'
               f'<span class="FyJQDJ">{v} vue{"s" if v > 1 else ""}</span></div></div>')
        if n:
            label = "1 commentaire" if n == 1 else f"{n} commentaires"
            out += (f'<div class="hKkOc6"><div aria-label="{label}" role="status"><div class="eYTCrB" aria-hidden="true">{n}</div>'
                    f'<span class="FyJQDJ">{label}</span></div></div>')
        return f'<div data-hook="post-stats" class="TAdeda">{out}</div>'

    def terms(self, p: Post) -> str:
        out = ""
        if p.tags:
            tags = "".join(f'<li><a class="blog-link-hover-color" data-hook="tag" href="{self.tag_url(t)}">{esc(t)}</a></li>'
                           for t in dict.fromkeys(p.tags))
            out += f'<nav aria-label="Mots-clés" data-hook="post-tags"><ul class="tags-list">{tags}</ul></nav>'
        out += (f'<div data-hook="post-categories-list"><ul aria-label="Catégories du post"><li><a class="blog-link-hover-color" '
                f'data-hook="category-label-list__item" href="{self.cat_url(p.category)}">{esc(p.category)}</a></li></ul></div>')
        return out

    def card(self, p: Post) -> str:
        text = " ".join(" ".join(p.paragraphs).split())
        excerpt = text if len(text) <= 140 else text[:140].rsplit(" ", 1)[0] + "..."
        v, n = self.views(p), len(p.comments)
        stats = f'<div><span>{v} vue{"s" if v > 1 else ""}</span></div>'
        if n:
            stats += f'<div><span>{"1 commentaire" if n == 1 else f"{n} commentaires"}</span></div>'
        d = fr_short(p.when, self.now)
        return (f'<div class="blog-post-description-font blog-text-color blog-card-background-color post-list-item blog-post-homepage-post-container" '
                f'data-hook="post-list-item"><div class="post-list-item-wrapper blog-post-homepage-description-font"><div><div>'
                f'<a href="{self.url[id(p)]}"><div data-hook="post-list-item__title"><div class="post-title blog-post-homepage-title-color blog-post-homepage-title-font" '
                f'data-hook="post-title"><h2 style="-webkit-line-clamp:3">{esc(p.title)}</h2></div></div></a>'
                f'<div><div data-hook="post-description"><div><div style="-webkit-line-clamp:3">{esc(excerpt)}</div></div></div></div></div>'
                f'<div class="post-header blog-post-metadata-font"><div><span data-hook="profile-link"><span title="{esc(p.author)}" '
                f'class="user-name" data-hook="user-name">{esc(p.author)}</span></span><div><span><span title="{d}" '
                f'class="post-metadata__date time-ago" data-hook="time-ago">{d}</span></span><span><span class="post-metadata__readTime" '
                f'title="{read_time(p)} min de lecture" data-hook="time-to-read">{read_time(p)} min de lecture</span></span></div></div></div></div>'
                f'<div><div data-hook="post-footer" class="post-footer"><div><div class="post-stats" data-hook="post-stats">{stats}</div></div>'
                f'</div></div></div></div>')

    def recent(self, p: Post) -> str:
        others = [q for q in self.newest if q is not p][:3]
        if not others:
            return ""
        return (f'<section data-hook="recent-posts"><div class="recent-posts-header"><h2 data-hook="recent-posts__title">Posts récents</h2>'
                f'<a href="{self.blog_url()}" data-hook="recent-posts__see-all">Voir tout</a></div>'
                f'<div data-hook="recent-posts__list">{"".join(self.card(q) for q in others)}</div></section>')

    def single(self, p: Post) -> str:
        url, pid = self.url[id(p)], self.pid(p)
        full = text_of(p)
        desc = full[:500]
        published, modified = utc_ms(p.when, f"{self.host}:{p.id}:p"), utc_ms(p.modified or p.when, f"{self.host}:{p.id}:m")
        def j(text: str) -> str:  # the JSON-LD's strings are HTML-escaped text (apostrophes as typed)
            return attr(text).replace("&#39;", "'")
        ld = {"@context": "https://schema.org", "@type": "BlogPosting", "author": {"@type": "Person", "name": j(p.author)},
              "dateModified": modified, "datePublished": published, "headline": j(p.title),
              "mainEntityOfPage": {"@id": url, "@type": "itemPage", "url": url},
              "description": j(desc), "url": url,
              "publisher": {"@type": "Organization", "name": j(self.b.name), "url": self.base}}
        extra = (f'<meta property="article:author" content="{attr(p.author)}"/>\n'
                 f'<meta property="article:published_time" content="{published}"/>\n'
                 f'<meta property="article:modified_time" content="{modified}"/>\n')
        head = (self.seo_head(url, p.title, desc, "article", extra)
                + f'<script type="application/ld+json">{ld_json(ld)}</script>\n')
        main = f"""<section id="TPAMultiSection_blogpost" class="wixui-section"><div data-hook="tpa-components-provider"><div class="md lt-lg" data-hook="post-page-root"><div class="is-desktop app-desktop"><div class="message" data-hook="message"></div><div id="content-wrapper">{self.blog_menu("")}<div data-hook="post-page"><div><div><div><article data-hook="post"><section data-hook="post-hero-image"></section><div><header><div><div><div data-hook="post-title"><h1 class="H3vOVf" data-hook="post-title">{esc(p.title)}</h1></div><div class="a5JqMF"><ul class="NtBDdE">{self.byline(p)}</ul></div></div></div></header><section class="VQDdIN" data-hook="post-description"><div class="moHCnT"><div class="moHCnT">{self.ricos(p)}</div></div></section><footer class="PhCafd" data-hook="post-footer"><div class="PKQ95p">{self.terms(p)}<section data-hook="post-main-actions-desktop"><div><div><button aria-label="Partager sur Facebook" data-hook="share-button__facebook"></button><button aria-label="Partager sur X (Twitter)" data-hook="share-button__twitter"></button><button aria-label="Partager sur LinkedIn" data-hook="share-button__linked-in"></button><button aria-label="Partager via un lien" data-hook="share-button__link"></button></div></div><div data-hook="post-main-actions__stats">{self.stats(p)}<div><button aria-label="Aimer le post" class="Kh5HMz"><span data-hook="like-button-with-count__like-count"><span class="like-button" data-hook="like-button" aria-hidden="true"></span></span></button></div></div></section></div></footer></article></div></div></div>{self.recent(p)}<div><section class="prZ8Wc"><div><section class="wc-comments-root" dir="ltr" data-hook="wc-root {pid}"></section></div></section></div></div></div></div></div></div></section>"""
        return self.doc(attr(self.seo_title(p.title)), head, "blog-post-page", main)

    def item_pages(self):
        for p in self.posts:
            yield (self.path(self.url[id(p)]), (p.last_modified, len(p.comments)),
                   lambda p=p: self.pg(self.single(p), self.path(self.url[id(p)])))

    # -- listings ------------------------------------------------------------------------------------------------
    def pagination(self, n: int, total: int, url) -> str:
        if total < 2:
            return ""
        out = []
        if n > 1:
            out.append(f'<a aria-label="Page précédente" data-hook="pagination__previous" href="{url(n - 1)}">‹</a>')
        for k in range(1, total + 1):
            if k == n:
                out.append(f'<span aria-current="page" data-hook="pagination__{k}">{k}</span>')
            else:
                out.append(f'<a data-hook="pagination__{k}" href="{url(k)}">{k}</a>')
        if n < total:
            out.append(f'<a aria-label="Page suivante" data-hook="pagination__next" href="{url(n + 1)}">›</a>')
        return f'<nav class="blog-pagination" aria-label="Pagination" data-hook="blog-pagination-container">{"".join(out)}</nav>'

    def feed_pages(self, posts: list[Post], url, title: str, heading: str, current: str) -> dict[str, str]:
        chunks = pages_of(sorted(posts, key=lambda p: (p.when, p.id)), self.b.per_page)
        total = len(chunks)
        out = {}
        for n, chunk in enumerate(chunks, 1):
            chunk = sorted(chunk, key=lambda p: (p.when, p.id), reverse=True)
            links = ""
            if n > 1:
                links += f'<link rel="prev" href="{url(n - 1)}"/>\n'
            if n < total:
                links += f'<link rel="next" href="{url(n + 1)}"/>\n'
            head = self.seo_head(url(n), title, "") + links
            header = f'<h1 data-hook="category-title">{esc(heading)}</h1>' if heading else ""
            main = (f'<section id="TPASection_blog" class="wixui-section"><div data-hook="tpa-components-provider"><div data-hook="blog-page-root">'
                    f'{self.blog_menu(current)}{header}<div data-hook="post-list"><div class="gallery">{"".join(self.card(p) for p in chunk)}'
                    f'</div></div>{self.pagination(n, total, url)}</div></div></section>')
            out[self.path(url(n))] = self.doc(attr(self.seo_title(title)), head, "blog-feed-page", main)
        return out

    def home(self) -> str:
        b = self.b
        recent = ""
        if self.set["recent"] and self.posts:
            recent = (f'<section id="comp-recent" class="wixui-section"><div data-hook="blog-widget-root"><h2 class="font_2">Derniers articles</h2>'
                      f'<div data-hook="post-list">{"".join(self.card(p) for p in self.newest[:3])}</div>'
                      f'<a href="{self.blog_url()}" data-hook="see-all-link">Voir tout</a></div></section>')
        main = (f'<section id="comp-hero" class="wixui-section"><div class="wixui-rich-text" data-testid="richTextElement">'
                f'<h1 class="font_0 wixui-rich-text__text">{esc(b.name)}</h1><p class="font_7 wixui-rich-text__text">{esc(b.tagline)}</p>'
                f'</div></section>{recent}')
        head = self.seo_head(f"{self.base}", f"Accueil | {b.name}", b.tagline)
        return self.doc(attr(f"Accueil | {b.name}"), head, "home-page", main)

    def contact(self) -> str:
        main = ('<section id="comp-contact" class="wixui-section"><div class="wixui-rich-text" data-testid="richTextElement">'
                '<h1 class="font_0 wixui-rich-text__text">Contact</h1><p class="font_8 wixui-rich-text__text">Écrivez-nous : nous vous '
                'répondrons dans les meilleurs délais.</p></div></section>')
        return self.doc(attr(f"Contact | {self.b.name}"), self.seo_head(f"{self.base}/contact", f"Contact | {self.b.name}", ""),
                        "contact-page", main)

    def not_found(self) -> str:
        main = ('<section id="comp-404" class="wixui-section"><div class="wixui-rich-text" data-testid="richTextElement">'
                '<h1 class="font_0 wixui-rich-text__text">Page introuvable</h1><p class="font_8 wixui-rich-text__text">'
                'La page que vous recherchez n’existe pas.</p></div></section>')
        return self.doc(attr(f"404 | {self.b.name}"), '<meta name="robots" content="noindex"/>\n', "error-page", main)

    # -- feeds, sitemaps, robots ---------------------------------------------------------------------------------
    def rss(self) -> str:
        items = ""
        for p in self.newest[:FEED_ITEMS]:
            cats = "".join(f"<category>{cdata(c)}</category>" for c in [p.category])
            items += (f"<item><title>{cdata(p.title)}</title><description>{cdata(text_of(p)[:140])}</description>"
                      f"<link>{self.url[id(p)]}</link><guid isPermaLink=\"false\">{self.pid(p)}</guid>{cats}"
                      f"<pubDate>{gmt(p.when)}</pubDate><dc:creator>{cdata(p.author)}</dc:creator></item>")
        last = max((p.when for p in self.posts), default=self.now)
        return ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">'
                f"<channel><title>{cdata(self.b.name)}</title><description>{cdata(self.b.name)}</description><link>{self.blog_url()}</link>"
                f"<generator>RSS for Node</generator><lastBuildDate>{gmt(last)}</lastBuildDate>"
                f'<atom:link href="{self.base}/blog-feed.xml" rel="self" type="application/rss+xml"/>{items}</channel></rss>')

    @staticmethod
    def urlset(rows: list[tuple[str, datetime | None]]) -> str:
        body = "".join(f"<url><loc>{loc}</loc>" + (f"<lastmod>{to_utc(lm):%Y-%m-%d}</lastmod>" if lm else "") + "</url>"
                       for loc, lm in rows)
        return ('<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="/sitemap.xsl"?>'
                f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>')

    def sitemaps(self) -> dict[str, str]:
        last = max((p.last_modified for p in self.posts), default=self.now)
        maps = {"/pages-sitemap.xml": self.urlset([(self.base, last), (self.blog_url(), last), (f"{self.base}/contact", None)])}
        if self.posts:
            maps["/blog-posts-sitemap.xml"] = self.urlset([(self.url[id(p)], p.modified or p.when) for p in self.newest])
            maps["/blog-categories-sitemap.xml"] = self.urlset([(self.cat_url(c), None) for c in self.cats])
        if self.tags:
            maps["/blog-tags-sitemap.xml"] = self.urlset([(self.tag_url(t), None) for t in self.tags])
        index = "".join(f"<sitemap><loc>{self.base}{path}</loc><lastmod>{to_utc(last):%Y-%m-%d}</lastmod></sitemap>"
                        for path in sorted(maps))
        maps["/sitemap.xml"] = ('<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="/sitemap.xsl"?>'
                                f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}</sitemapindex>')
        return maps

    def robots(self) -> str:
        head = "User-agent: *\nAllow: /\nDisallow: *?lightbox=\n"
        if self.b.crawl_delay:  # edited in SEO Tools > Robots.txt Editor
            head += f"Crawl-delay: {self.b.crawl_delay}\n"
        out = (head + "\n# Optimization for Google Ads Bot\nUser-agent: AdsBot-Google-Mobile\nUser-agent: AdsBot-Google\n"
               "Disallow: /_api/*\nDisallow: /_partials*\nDisallow: /pro-gallery-webapp/v1/galleries/*\n\n"
               "# Block PetalBot\nUser-agent: PetalBot\nDisallow: /\n\n"
               "# Crawl delay for overly enthusiastic bots\nUser-agent: dotbot\nCrawl-delay: 10\nUser-agent: AhrefsBot\nCrawl-delay: 10\n\n"
               f"Sitemap: {self.base}/sitemap.xml\n")
        if not self.b.crawl_delay:
            out += "\n# Auto generated, go to SEO Tools > Robots.txt Editor to change this\n"
        return out

    def pg(self, body: str, path: str, content_type: str = HTML_TYPE, status: int = 200) -> Page:
        rid = int(_hex("wix-rid", self.host, path)[:8], 16)
        return page(body, content_type, status,
                    headers={"X-Wix-Request-Id": f"{int(to_utc(self.now).timestamp())}.{rid % 10**9:09d}{rid % 97:02d}"})


def item_pages(blog: Blog, now: datetime = NOW):
    return _Wix(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a Wix site with its blog keyed by path?query, and its 404 page."""
    t = _Wix(blog, now)
    keep = keep or {}
    out: dict[str, Page] = {"/": t.pg(t.home(), "/"), "/contact": t.pg(t.contact(), "/contact")}
    for path, html in t.feed_pages(blog.posts, t.blog_url, "Blog", "", "/").items():
        out[path] = t.pg(html, path)
    for c in t.cats:
        posts = [p for p in blog.posts if p.category == c]
        for path, html in t.feed_pages(posts, lambda n, c=c: t.cat_url(c, n), c, c, f"/categories/{t.cats[c]}").items():
            out[path] = t.pg(html, path)
    for tag in t.tags:
        posts = [p for p in blog.posts if tag in p.tags]
        for path, html in t.feed_pages(posts, lambda n, tag=tag: t.tag_url(tag, n), tag, f"#{tag}", "").items():
            out[path] = t.pg(html, path)
    out.update(served(t, keep))
    out["/blog-feed.xml"] = t.pg(t.rss(), "/blog-feed.xml", RSS_TYPE)
    for path, xml in t.sitemaps().items():
        out[path] = t.pg(xml, path, XML_TYPE)
    out["/robots.txt"] = t.pg(t.robots(), "/robots.txt", TEXT_TYPE)
    return out, t.pg(t.not_found(), "/404", status=404)


IGNORED_PARAMS: set[str] = {"lightbox", "utm_source", "utm_medium", "utm_campaign", "fbclid"}
