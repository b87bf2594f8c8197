"""A French newsroom on Ghost 5 with the Headline theme, as the server answers a crawler.

Written blind from the real sources, not from any parser. Followed the theme `TryGhost/Headline` (its newest
snapshot, same files as `TryGhost/Themes` packages/headline): `default.hbs` (the head with `{{meta_title page=" (Page
%)"}}` and `{{ghost_head}}`, the body classes `is-head-stacked` / `is-head-left-logo` / `is-head-middle-logo`,
`has-serif-body`, `is-head-brand` / `is-head-dark`; the header with its `h1` logo on the home page, search buttons,
members' sign-in and subscribe links; the footer's subscribe box, secondary navigation and "© year. Propulsé par
Ghost"), `home.hbs` (the 7 latest posts under "Nouveautés" linking `/page/2`, then the three tags with most posts as
`topic-grid` sections of 7 posts, then tags 4 to 6 as `topic-minimal` lists of 5), `index.hbs` (page 2 and after:
"Nouveautés", page 2 repeating the 7 latest posts before its own, no pagination links: `main.js` loads the next page
from the head's `<link rel="next">`), `tag.hbs`, `author.hbs`, `post.hbs`, `page.hbs`, `partials/loop-grid.hbs`
(`gh-card`, the excerpt on the home page only for the first card, authors, `DD MMM YYYY` date, comment count),
`partials/post-meta.hbs`, `partials/related-posts.hbs` ("À lire ensuite": 3 posts sharing a tag),
`partials/comments.hbs`, `partials/topic-grid.hbs`, `partials/topic-minimal.hbs`, `partials/loop-minimal.hbs`,
`partials/icons/*.hbs`, `locales/fr.json` (every string), `package.json` (posts_per_page 7, the custom settings and
their defaults). Ghost core (`TryGhost/Ghost` ghost/core/core/frontend): `helpers/ghost_head.js` (description,
canonical, referrer, rel prev/next, the og: / article: / twitter: tags, JSON-LD with 4-space indents, generator, RSS
link, Portal, search, webmention, card assets, comment counts, member attribution), `meta/schema.js`,
`meta/structured-data.js`, `meta/title.js`, `meta/paginated-url.js`, `helpers/body_class.js`, `post_class.js`,
`excerpt.js` (50 words), `comments.js` (the comments-ui script: native comments come by script, none in the HTML),
`comment_count.js`, `tpl/navigation.hbs`, `services/rss/generate-feed.js` (the `rss` package's RSS 2.0, 15 posts,
`content:encoded`, `dc:creator`, `guid` the post id), `services/sitemap/*` (index of `sitemap-pages.xml`,
`sitemap-posts.xml`, `sitemap-authors.xml`, `sitemap-tags.xml`, newest first, lastmod in UTC).
Where Ghost writes a tag's name raw in JSON-LD (getTagSchema) and keywords unescaped, they are escaped here as its other
fields are (model text must never close the script). From memory: the comment_count helper's newer attributes, the CDN versions of Portal / search / comments-ui, moment's
French short months ("04 mars 2025"), the reading time rule (275 words a minute), Ghost's default robots.txt.

Varies by host (md5): the permalink setting (`/{slug}/`, `/{year}/{month}/{day}/{slug}/`, `/{year}/{month}/{slug}/`,
`/{primary_tag}/{slug}/`), the theme's navigation layout and header style, members on or off (then no Portal, no
subscribe box), native comments off, for all members or for paid members, the Ghost version.
The model's post comments are never in the HTML (comments-ui loads them, when comments are on). The blogroll has no
place in Ghost but the "À propos" page where the newsroom lists its partners. Tags: the category is the primary tag.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from datetime import datetime

from sectorweb.dates import NOW, to_utc
from sectorweb.families import make_slug
from sectorweb.families.common import TEXT, Page, autolink, cdata, esc, page, redirect
from sectorweb.feeds import x
from sectorweb.model import Blog, Post

IGNORED_PARAMS = {"ref", "utm_source", "utm_medium", "utm_campaign"}
PER_PAGE = 7  # Headline's package.json config
PERMALINKS = ["slug", "slug", "day", "slug", "month", "tag"]
LAYOUTS = ["stacked", "stacked", "left-logo", "middle-logo"]
VERSIONS = ["5.96", "5.101", "5.105", "5.88"]
MOIS_COURTS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
_EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
XML_RSS = "text/xml; charset=UTF-8"
XML = "text/xml; charset=utf-8"
SEARCH_ICON = ('<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" '
               'width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg>')
ARROW_ICON = ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" '
              'stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><line x1="5" y1="12" x2="19" y2="12"></line>'
              '<polyline points="12 5 19 12 12 19"></polyline></svg>')
AVATAR_ICON = ('<svg viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg" width="64" height="64"><g fill="none" fill-rule="evenodd">'
               '<path d="M3.513 18.998C4.749 15.504 8.082 13 12 13s7.251 2.504 8.487 5.998C18.47 21.442 15.417 23 12 23s-6.47-1.558-8.487-4.002zM12 '
               '12c2.21 0 4-2.79 4-5s-1.79-4-4-4-4 1.79-4 4 1.79 5 4 5z" fill="#FFF"/></g></svg>')
EMAIL_ICON = ('<svg width="20" height="20" viewBox="0 0 20 20" fill="none" stroke="currentColor" xmlns="http://www.w3.org/2000/svg">\n'
              '    <path d="M3.33332 3.33334H16.6667C17.5833 3.33334 18.3333 4.08334 18.3333 5.00001V15C18.3333 15.9167 17.5833 16.6667 '
              '16.6667 16.6667H3.33332C2.41666 16.6667 1.66666 15.9167 1.66666 15V5.00001C1.66666 4.08334 2.41666 3.33334 3.33332 '
              '3.33334Z" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"/>\n    <path d="M18.3333 5L9.99999 10.8333L1.66666 5" '
              'stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"/>\n</svg>')


def _pick(host: str, what: str, n: int) -> int:
    return int(hashlib.md5(f"headline:{what}:{host}".encode()).hexdigest()[:8], 16) % n


def options(host: str) -> dict:
    return {"permalink": PERMALINKS[_pick(host, "permalink", len(PERMALINKS))],
            "layout": LAYOUTS[_pick(host, "layout", len(LAYOUTS))],
            "header": ["", "", " is-head-brand", " is-head-dark"][_pick(host, "header", 4)],
            "members": _pick(host, "members", 4) != 0,
            "comments": ["off", "off", "all", "paid", "all", "off"][_pick(host, "comments", 6)],
            "version": VERSIONS[_pick(host, "version", len(VERSIONS))],
            "signup_fr": _pick(host, "signup", 3) != 0}


def ghost_slug(text: str) -> str:
    return make_slug("ghost", text, set())


def permalink(host: str, post: Post) -> str:
    w = post.when
    kind = options(host)["permalink"]
    path = {"slug": f"/{post.slug}/", "day": f"/{w:%Y/%m/%d}/{post.slug}/", "month": f"/{w:%Y/%m}/{post.slug}/",
            "tag": f"/{ghost_slug(post.category)}/{post.slug}/"}[kind]
    return f"http://{host}{path}"


def feed_path(host: str) -> str:
    return "/rss/"


def escape_expression(text: str) -> str:
    """Handlebars' escapeExpression: & < > " ' ` =."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("'", "&#x27;").replace("`", "&#x60;").replace("=", "&#x3D;"))


hb = escape_expression


def zulu(local: datetime) -> str:
    return to_utc(local).strftime("%Y-%m-%dT%H:%M:%S") + ".000Z"


def gmt(local: datetime) -> str:
    u = to_utc(local)
    return f"{_EN_DAYS[u.weekday()]}, {u.day:02d} {_EN_MONTHS[u.month - 1]} {u.year} {u:%H:%M:%S} GMT"


def ghost_date(d: datetime) -> str:
    """{{date format="DD MMM YYYY"}} with the fr locale: "04 mars 2025"."""
    return f"{d.day:02d} {MOIS_COURTS[d.month - 1]} {d.year}"


def object_id(*parts) -> str:
    return hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()[:24]


class _Headline:
    def __init__(self, blog: Blog, now: datetime = NOW):
        self.b, self.now = blog, now
        self.host = blog.host
        self.base = f"http://{blog.host}"
        self.o = options(blog.host)
        self.newest = sorted(blog.posts, key=lambda p: (p.when, p.id), reverse=True)
        self.url = {id(p): permalink(blog.host, p) for p in blog.posts}
        self.tag_slug: dict[str, str] = {}
        taken: set[str] = set()
        for p in sorted(blog.posts, key=lambda p: (p.when, p.id)):
            for t in self.tags_of(p):
                if t not in self.tag_slug:
                    slug = ghost_slug(t)
                    if slug in taken and t != p.category:  # a primary tag keeps the slug its permalinks use
                        slug = make_slug("ghost", t, taken)
                    taken.add(slug)
                    self.tag_slug[t] = slug
        self.author_slug: dict[str, str] = {blog.author: blog.author_slug}
        taken_a = {blog.author_slug}
        for p in sorted(blog.posts, key=lambda p: (p.when, p.id)):
            if p.author not in self.author_slug:
                self.author_slug[p.author] = make_slug("ghost", p.author, taken_a)
        self.key = hashlib.md5(f"content-key:{self.host}".encode()).hexdigest()[:26]
        self.accent = "#" + hashlib.md5(f"accent:{self.host}".encode()).hexdigest()[:6]
        self.assets = hashlib.md5(f"assets:{self.host}".encode()).hexdigest()[:10]
        self.comments = self.o["comments"]

    @staticmethod
    def tags_of(p: Post) -> list[str]:
        return [p.category] + [t for t in p.tags if t != p.category]

    def tag_url(self, t: str, n: int = 1) -> str:
        return f"{self.base}/tag/{self.tag_slug[t]}/" + (f"page/{n}/" if n > 1 else "")

    def author_url(self, a: str, n: int = 1) -> str:
        return f"{self.base}/author/{self.author_slug[a]}/" + (f"page/{n}/" if n > 1 else "")

    def home_url(self, n: int = 1) -> str:
        return f"{self.base}/" + (f"page/{n}/" if n > 1 else "")

    def path(self, url: str) -> str:
        return url.removeprefix(self.base) or "/"

    # -- text ---------------------------------------------------------------------------------------------------
    def html(self, p: Post) -> str:
        """The post's HTML as the editor stores it: paragraphs, pasted URLs linked, the "À lire aussi" and source lines."""
        link = '<a href="{u}">{u}</a>'
        out = "".join(f"<p>{autolink(t, anchor=link)}</p>" for t in p.paragraphs)
        if p.links:
            out += "<p>À lire aussi : " + ", ".join(f'<a href="{esc(u)}">{esc(a)}</a>' for u, a in p.links) + "</p>"
        if p.source:
            out += f'<p>Source : <a href="{esc(p.source[1])}">{esc(p.source[0])}</a></p>'
        return out

    def plaintext(self, p: Post) -> str:
        extra = []
        if p.links:
            extra.append("À lire aussi : " + ", ".join(a for _, a in p.links))
        if p.source:
            extra.append("Source : " + p.source[0])
        return "\n\n".join(p.paragraphs + extra)

    def excerpt(self, p: Post, words: int = 50) -> str:
        """The excerpt helper: the post's excerpt (500 characters of plain text), escaped, cut by downsize to 50 words."""
        text = self.plaintext(p)[:500]
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#39;")
        parts = re.split(r"(\s+)", text.strip())
        return "".join(parts[:2 * words - 1])

    def meta_excerpt(self, p: Post) -> str:
        return " ".join(self.plaintext(p).split()[:50])

    def reading(self, p: Post) -> str:
        words = len(self.plaintext(p).split())
        n = round(words / 275)
        return "1 min" if n <= 1 else f"{n} min"

    def post_class(self, p: Post) -> str:
        return " ".join(["post"] + [f"tag-{self.tag_slug[t]}" for t in self.tags_of(p)] + ["no-image"])

    # -- head -------------------------------------------------------------------------------------------------------
    def publisher(self) -> dict:
        return {"@type": "Organization", "name": escape_expression(self.b.name), "url": f"{self.base}/",
                "logo": {"@type": "ImageObject", "url": f"{self.base}/favicon.ico", "width": 48, "height": 48}}

    def ghost_head(self, canonical: str, desc: str, social: list[tuple[str, str]] | None, schema: dict | None,
                   prev: str = "", nxt: str = "", post: Post | None = None) -> str:
        head = []
        if desc:
            head.append(f'<meta name="description" content="{escape_expression(desc)}">')
        head.append(f'<link rel="icon" href="{self.base}/favicon.png" type="image/png">')
        head.append(f'<link rel="canonical" href="{escape_expression(canonical)}">')
        head.append('<meta name="referrer" content="no-referrer-when-downgrade">')
        if prev:
            head.append(f'<link rel="prev" href="{escape_expression(prev)}">')
        if nxt:
            head.append(f'<link rel="next" href="{escape_expression(nxt)}">')
        if social is not None:  # finaliseStructuredData(): the article:tag metas, then a blank line
            head.append("")
            tags_done = False
            for prop, content in social:
                if prop != "article:tag" and not tags_done and any(p == "article:tag" for p, _ in social) and \
                        social.index((prop, content)) > next(i for i, (p, _) in enumerate(social) if p == "article:tag"):
                    head.append("")
                    tags_done = True
                kind = "name" if prop.startswith("twitter") else "property"
                head.append(f'<meta {kind}="{prop}" content="{escape_expression(content)}">')
            head.append("")
            if schema:
                head.append('<script type="application/ld+json">\n' + json.dumps(schema, indent=4, ensure_ascii=False)
                            .replace("</", "<\\/") + "\n    </script>\n")
        head.append(f'<meta name="generator" content="Ghost {self.o["version"]}">')
        head.append(f'<link rel="alternate" type="application/rss+xml" title="{escape_expression(self.b.name)}" href="{self.base}/rss/">')
        if self.o["members"]:
            head.append(f'<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.50/umd/portal.min.js" data-i18n="true" '
                        f'data-ghost="{self.base}/" data-key="{self.key}" data-api="{self.base}/ghost/api/content/" data-locale="fr" '
                        'crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content,\n'
                        '.gh-post-upgrade-cta {\n    display: flex;\n    flex-direction: column;\n    align-items: center;\n'
                        '    text-align: center;\n    width: 100%;\n    color: #ffffff;\n    font-size: 16px;\n}</style>')
        head.append(f'<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/sodo-search.min.js" data-key="{self.key}" '
                    'data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/main.css" '
                    f'data-sodo-search="{self.base}/" data-locale="fr" crossorigin="anonymous"></script>')
        head.append(f'<link href="{self.base}/webmentions/receive/" rel="webmention">')
        head.append(f'<script defer src="/public/cards.min.js?v={self.assets}"></script>')
        head.append(f'<link rel="stylesheet" type="text/css" href="/public/cards.min.css?v={self.assets}">')
        if self.comments != "off":
            head.append(f'<script defer src="/public/comment-counts.min.js?v={self.assets}" '
                        f'data-ghost-comments-counts-api="{self.base}/members/api/comments/counts/"></script>')
        if self.o["members"]:
            head.append(f'<script defer src="/public/member-attribution.min.js?v={self.assets}"></script>'
                        f"<style>:root {{--ghost-accent-color: {self.accent};}}</style>")
        else:
            head[-1] += f"<style>:root {{--ghost-accent-color: {self.accent};}}</style>"
        return "\n    ".join(head).strip()

    def post_social(self, p: Post) -> list[tuple[str, str]]:
        tags = self.tags_of(p)
        mod = p.modified or p.when
        u = self.url[id(p)]
        desc = self.meta_excerpt(p)
        rows = [("og:site_name", self.b.name), ("og:type", "article"), ("og:title", p.title), ("og:description", desc),
                ("og:url", u), ("article:published_time", zulu(p.when)), ("article:modified_time", zulu(mod))]
        rows += [("article:tag", t) for t in tags]
        rows += [("twitter:card", "summary"), ("twitter:title", p.title), ("twitter:description", desc), ("twitter:url", u),
                 ("twitter:label1", "Written by"), ("twitter:data1", p.author), ("twitter:label2", "Filed under"),
                 ("twitter:data2", ", ".join(tags))]
        return rows

    def post_schema(self, p: Post) -> dict:
        u = self.url[id(p)]
        return {"@context": "https://schema.org", "@type": "Article", "publisher": self.publisher(),
                "author": {"@type": "Person", "name": escape_expression(p.author), "url": self.author_url(p.author), "sameAs": []},
                "headline": escape_expression(p.title), "url": u, "datePublished": zulu(p.when),
                "dateModified": zulu(p.modified or p.when), "keywords": ", ".join(escape_expression(t) for t in self.tags_of(p)),
                "description": escape_expression(self.meta_excerpt(p)), "mainEntityOfPage": u}

    # -- frame ----------------------------------------------------------------------------------------------------------
    def nav(self, current: str) -> str:
        items = [("accueil", f"{self.base}/", "Accueil"), ("a-propos", f"{self.base}/a-propos/", "À propos")]
        rows = "".join(f'\n    <li class="nav-{slug}{" nav-current" if u == current else ""}"><a href="{u}">{label}</a></li>'
                       for slug, u, label in items)
        return f'<ul class="nav">{rows}\n</ul>\n'

    def doc(self, title: str, head: str, body_class: str, main: str, home: bool = False, current: str = "",
            pswp: bool = False) -> str:
        b = self.b
        o = self.o
        name = hb(b.name)
        search = (f'<button class="gh-search gh-icon-btn" aria-label="Rechercher sur ce site" data-ghost-search>{SEARCH_ICON}</button>')
        logo = (f'<h1 class="gh-head-logo">\n                    <a  href="{self.base}">\n                            {name}\n                    </a>\n                    </h1>'
                if home else f'\n                    <a class="gh-head-logo" href="{self.base}">\n                            {name}\n                    </a>\n                    ')
        menu_search = search if not o["members"] and o["layout"] == "stacked" else ""
        if o["members"]:
            actions = (f"{search}\n                    <div class=\"gh-head-members\">\n"
                       '                                <a class="gh-head-link" href="#/portal/signin" data-portal="signin">Se connecter</a>\n'
                       '                                <a class="gh-head-btn gh-btn gh-primary-btn" href="#/portal/signup" data-portal="signup">S&#x27;abonner</a>\n'
                       "                    </div>")
        else:
            actions = search if o["layout"] != "stacked" else ""
        signup = ("Ne manquez aucune actualité. Inscrivez-vous pour accéder à tous nos articles réservés aux abonnés."
                  if o["signup_fr"] else "Don&#x27;t miss out on the latest news. Sign up now to get access to the library of members-only articles.")
        subscribe = (f"""
            <section class="gh-subscribe">
                <h3 class="gh-subscribe-title">S&#x27;abonner à {hb(b.name)}</h3>
                    <div class="gh-subscribe-description">{signup}</div>
                <button class="gh-subscribe-btn gh-btn" data-portal="signup">{EMAIL_ICON} S&#x27;abonner maintenant</button>
            </section>""" if o["members"] else "")
        return f"""<!DOCTYPE html>
<html lang="fr">

<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{hb(title)}</title>
    <link rel="stylesheet" href="/assets/built/screen.css?v={self.assets}">

    {head}
</head>

<body class="{body_class} is-head-{o["layout"]} has-serif-body{o["header"]}">
<div class="gh-site">

    <header id="gh-head" class="gh-head gh-outer">
        <div class="gh-head-inner gh-inner">
            <div class="gh-head-brand">
                <div class="gh-head-brand-wrapper">
                    {logo}
                </div>
                {search}
                <button class="gh-burger" aria-label="Basculer le menu"></button>
            </div>

            <nav class="gh-head-menu">
                {self.nav(current)}
                        {menu_search}
            </nav>

            <div class="gh-head-actions">
                    {actions}
            </div>
        </div>
    </header>

    {main}

    <footer class="gh-foot gh-outer">
        <div class="gh-foot-inner gh-inner">{subscribe}

            <nav class="gh-foot-menu">
                
            </nav>

            <div class="gh-social-links">
            </div>

            <div class="gh-copyright">
                    {name} © {self.now.year}. Propulsé par <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a>
            </div>
        </div>
    </footer>

</div>
{self.pswp() if pswp else ""}
<script src="/assets/built/main.min.js?v={self.assets}"></script>



</body>

</html>
"""

    @staticmethod
    def pswp() -> str:
        return """
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true">
    <div class="pswp__bg"></div>

    <div class="pswp__scroll-wrap">
        <div class="pswp__container">
            <div class="pswp__item"></div>
            <div class="pswp__item"></div>
            <div class="pswp__item"></div>
        </div>

        <div class="pswp__ui pswp__ui--hidden">
            <div class="pswp__top-bar">
                <div class="pswp__counter"></div>

                <button class="pswp__button pswp__button--close" title="Fermer (Esc)"></button>
                <button class="pswp__button pswp__button--share" title="Partager"></button>
                <button class="pswp__button pswp__button--fs" title="Basculer en plein écran"></button>
                <button class="pswp__button pswp__button--zoom" title="Zoom avant/arrière"></button>

                <div class="pswp__preloader">
                    <div class="pswp__preloader__icn">
                        <div class="pswp__preloader__cut">
                            <div class="pswp__preloader__donut"></div>
                        </div>
                    </div>
                </div>
            </div>

            <div class="pswp__share-modal pswp__share-modal--hidden pswp__single-tap">
                <div class="pswp__share-tooltip"></div>
            </div>

            <button class="pswp__button pswp__button--arrow--left" title="Précédent (flèche gauche)"></button>
            <button class="pswp__button pswp__button--arrow--right" title="Suivant (flèche droite)"></button>

            <div class="pswp__caption">
                <div class="pswp__caption__center"></div>
            </div>
        </div>
    </div>
</div>"""

    # -- cards ----------------------------------------------------------------------------------------------------------
    def comment_count(self, p: Post, cls: str = "", empty: str = "", singular: str = "commentaire", plural: str = "commentaires") -> str:
        return (f'<script\n    data-ghost-comment-count="{object_id(self.host, p.id)}"\n    data-ghost-comment-count-empty="{empty}"\n'
                f'    data-ghost-comment-count-singular="{singular}"\n    data-ghost-comment-count-plural="{plural}"\n'
                f'    data-ghost-comment-count-tag="span"\n    data-ghost-comment-count-class-name="{cls}"\n'
                '    data-ghost-comment-count-autowrap="true"\n>\n</script>')

    def card(self, p: Post, large: bool, with_excerpt: bool) -> str:
        excerpt = f'\n                        <div class="gh-card-excerpt">{self.excerpt(p)}</div>' if with_excerpt else ""
        count = f"\n                    {self.comment_count(p, 'gh-card-comments')}" if self.comments != "off" else ""
        return f"""<article class="gh-card {self.post_class(p)}{" large" if large else ""}">
    <a class="gh-card-link" href="{self.url[id(p)]}">

        <div class="gh-card-wrapper">
            <header class="gh-card-header">
                <h3 class="gh-card-title">{hb(p.title)}</h3>
            </header>
{excerpt}

            <footer class="gh-card-footer">
                <span class="gh-card-author">{hb(p.author)}</span>
                <time class="gh-card-date" datetime="{p.when:%Y-%m-%d}">{ghost_date(p.when)}</time>{count}
            </footer>
        </div>
    </a>
</article>"""

    def minimal(self, p: Post) -> str:
        return (f'<article class="gh-card {self.post_class(p)}">\n    <a class="gh-card-link" href="{self.url[id(p)]}">\n'
                f'        <h3 class="gh-card-title">{hb(p.title)}</h3>\n    </a>\n</article>')

    def tag_posts(self, t: str) -> list[Post]:
        return [p for p in self.newest if t in self.tags_of(p)]

    def ranked_tags(self) -> list[str]:
        """Tags by post count, then by name (the {{#get "tags" order="count.posts desc"}} of the home page)."""
        return sorted(self.tag_slug, key=lambda t: (-len(self.tag_posts(t)), self.tag_slug[t]))

    # -- pages ------------------------------------------------------------------------------------------------------------
    def n_pages(self, n: int) -> int:
        return max(1, math.ceil(n / PER_PAGE))

    def home(self) -> str:
        posts = self.newest
        pages = self.n_pages(len(posts))
        latest = "".join("\n                    " + self.card(p, i == 0, i == 0) for i, p in enumerate(posts[:PER_PAGE]))
        more = f'<a href="{self.base}/page/2">Nouveautés</a>' if pages > 1 else "Nouveautés"
        footer = (f'<a class="gh-topic-link" href="{self.base}/page/2">Voir plus {ARROW_ICON}</a>' if pages > 1 else "")
        sections = ""
        tags = self.ranked_tags()
        if len(posts) > 1:
            for t in tags[:3]:
                cards = "".join("\n                " + self.card(p, i == 0, False) for i, p in enumerate(self.tag_posts(t)[:7]))
                sections += f"""
<section class="gh-topic gh-topic-grid">
    <h2 class="gh-topic-name">
        <a href="{self.tag_url(t)}">{hb(t)}</a>
    </h2>

    <div class="gh-topic-content">{cards}
    </div>

    <footer class="gh-topic-footer">
        <a class="gh-topic-link" href="{self.tag_url(t)}">Voir plus {ARROW_ICON}</a>
    </footer>
</section>"""
            if len(tags) > 3:
                minis = ""
                for t in tags[3:6]:
                    rows = "".join("\n                " + self.minimal(p) for p in self.tag_posts(t)[:5])
                    minis += f"""
                            <section class="gh-topic gh-topic-minimal">
    <header class="gh-topic-header">
        <h2 class="gh-topic-name">
            <a href="{self.tag_url(t)}">{hb(t)}</a>
        </h2>
        <a class="gh-topic-link" href="{self.tag_url(t)}">Plus {ARROW_ICON}</a>
    </header>

    <div class="gh-topic-content">{rows}
    </div>
</section>"""
                sections += f'\n                    <div class="gh-topic-list">{minis}\n                    </div>'
        main = f"""<main class="gh-main gh-outer">
    <div class="gh-inner">
        <section class="gh-topic gh-topic-grid">
            <h2 class="gh-topic-name">
                    {more}
            </h2>

            <div class="gh-topic-content">{latest}
            </div>

            <footer class="gh-topic-footer">
                    {footer}
            </footer>
        </section>
{sections}
    </div>
</main>"""
        social = [("og:site_name", self.b.name), ("og:type", "website"), ("og:title", self.b.name),
                  ("og:description", self.b.tagline), ("og:url", f"{self.base}/"), ("twitter:card", "summary"),
                  ("twitter:title", self.b.name), ("twitter:description", self.b.tagline), ("twitter:url", f"{self.base}/")]
        schema = {"@context": "https://schema.org", "@type": "WebSite", "publisher": self.publisher(), "url": f"{self.base}/",
                  "mainEntityOfPage": f"{self.base}/", "description": escape_expression(self.b.tagline)}
        head = self.ghost_head(f"{self.base}/", self.b.tagline, social, schema, nxt=self.home_url(2) if pages > 1 else "")
        return self.doc(self.b.name, head, "home-template", main, home=True, current=f"{self.base}/")

    def index(self, n: int) -> str:
        """/page/N/ (index.hbs): page 2 repeats the latest posts ({{#get "posts" limit=@config.posts_per_page}})."""
        posts = self.newest
        pages = self.n_pages(len(posts))
        chunk = posts[(n - 1) * PER_PAGE:n * PER_PAGE]
        cards = ""
        if n == 2:
            cards += "".join("\n                            " + self.card(p, i == 0, True) for i, p in enumerate(posts[:PER_PAGE]))
        cards += "".join("\n                    " + self.card(p, False, True) for p in chunk)
        main = f"""<main class="gh-main gh-outer">
    <div class="gh-inner">

        <section class="gh-pagehead">
            <h1 class="gh-pagehead-title">Nouveautés</h1>
        </section>

        <div class="gh-topic gh-topic-grid">
            <div class="gh-topic-content gh-feed">{cards}
            </div>
        </div>

    </div>
</main>"""
        head = self.ghost_head(self.home_url(n), self.b.tagline, None, None, prev=self.home_url(n - 1),
                               nxt=self.home_url(n + 1) if n < pages else "")
        return self.doc(f"{self.b.name} (Page {n})", head, "paged", main)

    def archive(self, kind: str, key: str, n: int) -> str:
        """A tag's or an author's page n."""
        posts = self.tag_posts(key) if kind == "tag" else [p for p in self.newest if p.author == key]
        pages = self.n_pages(len(posts))
        chunk = posts[(n - 1) * PER_PAGE:n * PER_PAGE]
        cards = "".join("\n                    " + self.card(p, i == 0, True) for i, p in enumerate(chunk))
        url_of = (lambda k: self.tag_url(key, k)) if kind == "tag" else (lambda k: self.author_url(key, k))
        if kind == "tag":
            slug = self.tag_slug[key]
            head_section = f"""                <section class="gh-pagehead">
                    <h1 class="gh-pagehead-title">{hb(key)}</h1>

                </section>"""
            title = f"{key} - {self.b.name}" + (f" (Page {n})" if n > 1 else "")
            body_class = f"tag-template tag-{slug}"
            schema = {"@context": "https://schema.org", "@type": "Series", "publisher": self.publisher(), "url": url_of(1),
                      "name": escape_expression(key), "mainEntityOfPage": url_of(1)}
            social = [("og:site_name", self.b.name), ("og:type", "website"), ("og:title", key), ("og:url", url_of(1)),
                      ("twitter:card", "summary"), ("twitter:title", key), ("twitter:url", url_of(1))]
        else:
            slug = self.author_slug[key]
            head_section = f"""            <section class="gh-pagehead">
                <figure class="gh-author-image">
                        <div class="gh-author-icon">{AVATAR_ICON}</div>
                </figure>

                <div class="gh-pagehead-content">
                    <h1 class="gh-pagehead-title">{hb(key)}</h1>
                    <div class="gh-author-social">
                    </div>
                </div>
            </section>"""
            title = f"{key} - {self.b.name}" + (f" (Page {n})" if n > 1 else "")
            body_class = f"author-template author-{slug}"
            schema = {"@context": "https://schema.org", "@type": "Person", "sameAs": [], "name": escape_expression(key),
                      "url": url_of(1), "mainEntityOfPage": url_of(1)}
            social = [("og:site_name", self.b.name), ("og:type", "profile"), ("og:title", key), ("og:url", url_of(1)),
                      ("twitter:card", "summary"), ("twitter:title", key), ("twitter:url", url_of(1))]
        main = f"""<main class="gh-main gh-outer">
    <div class="gh-inner">
{head_section}

        <div class="gh-topic gh-topic-grid">
            <div class="gh-topic-content gh-feed">{cards}
            </div>
        </div>
    </div>
</main>"""
        prev = url_of(n - 1) if n > 1 else ""
        nxt = url_of(n + 1) if n < pages else ""
        if n > 1:
            head = self.ghost_head(url_of(n), "", None, None, prev=prev, nxt=nxt)
            body_class += " paged"
        else:
            head = self.ghost_head(url_of(1), "", social, schema, nxt=nxt)
        return self.doc(title, head, body_class, main)

    def related(self, p: Post) -> list[Post]:
        tags = set(self.tags_of(p))
        return [q for q in self.newest if q is not p and tags & set(self.tags_of(q))][:3]

    def single(self, p: Post) -> str:
        u = self.url[id(p)]
        primary = p.category
        rel = self.related(p)
        read_next = ""
        if rel:
            cards = "".join("\n                            " + self.card(q, False, True) for q in rel)
            read_next = f"""
            <div class="gh-read-next gh-canvas">
                <section class="gh-pagehead">
                    <h4 class="gh-pagehead-title">À lire ensuite</h4>
                </section>

                <div class="gh-topic gh-topic-grid">
                    <div class="gh-topic-content">{cards}
                    </div>
                </div>
            </div>"""
        comments = ""
        if self.comments != "off":
            count = self.comment_count(p, "", empty="0", singular="", plural="")
            comments = f"""
        <div class="gh-comments gh-read-next gh-canvas">
            <section class="gh-pagehead">
                <h4 class="gh-pagehead-title">Commentaires ({count})</h4>
            </section>
            
        <script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~1.0/umd/comments-ui.min.js" data-locale="fr" data-ghost-comments="{self.base}/" data-api="{self.base}/ghost/api/content/" data-admin="{self.base}/ghost/" data-key="{self.key}" data-title="" data-count="false" data-post-id="{object_id(self.host, p.id)}" data-color-scheme="auto" data-avatar-saturation="60" data-accent-color="{self.accent}" data-comments-enabled="{self.comments}" data-publication="{hb(self.b.name)}" crossorigin="anonymous"></script>
    
        </div>"""
        main = f"""<main class="gh-main">
        <article class="gh-article {self.post_class(p)}">

            <header class="gh-article-header gh-canvas">
                    <a class="gh-article-tag" href="{self.tag_url(primary)}">{hb(primary)}</a>

                <h1 class="gh-article-title">{hb(p.title)}</h1>


                    <aside class="gh-article-sidebar">

        <div class="gh-author-image-list instapaper_ignore">
                <a class="gh-author-image" href="{self.author_url(p.author)}">
                        <div class="gh-author-icon">{AVATAR_ICON}</div>
                </a>
        </div>

        <div class="gh-author-name-list">
                <h4 class="gh-author-name">
                    <a href="{self.author_url(p.author)}">{hb(p.author)}</a>
                </h4>
                
        </div>

        <div class="gh-article-meta">
            <div class="gh-article-meta-inner">
                <time class="gh-article-date" datetime="{p.when:%Y-%m-%d}">{ghost_date(p.when)}</time>
                    <span class="gh-article-meta-sep"></span>
                    <span class="gh-article-length">{self.reading(p)}</span>
            </div>
        </div>

        <a href="#/share" class="gh-button-share">Partager</a>

    </aside>

            </header>

            <section class="gh-content gh-canvas">
                {self.html(p)}
            </section>

        </article>
{read_next}
{comments}
</main>"""
        head = self.ghost_head(u, self.meta_excerpt(p), self.post_social(p), self.post_schema(p), post=p)
        body_class = "post-template" + "".join(f" tag-{self.tag_slug[t]}" for t in self.tags_of(p))
        return self.doc(p.title, head, body_class, main, pswp=True)

    def about(self) -> str:
        links = "".join(f'<li><a href="{esc(u)}">{esc(n)}</a></li>' for u, n in self.b.blogroll)
        body = f"<p>{esc(self.b.name)} : {esc(self.b.tagline)}.</p>"
        if links:
            body += f"<h2 id=\"nos-partenaires\">Nos partenaires</h2><ul>{links}</ul>"
        u = f"{self.base}/a-propos/"
        main = f"""<main class="gh-main">
    <article class="gh-article post page no-image">

            <header class="gh-article-header gh-canvas">
                <h1 class="gh-article-title">À propos</h1>


            </header>

        <section class="gh-content gh-canvas">
            {body}
        </section>

    </article>
</main>"""
        social = [("og:site_name", self.b.name), ("og:type", "website"), ("og:title", "À propos"), ("og:url", u),
                  ("article:published_time", zulu(min((p.when for p in self.b.posts), default=self.now))),
                  ("article:modified_time", zulu(min((p.when for p in self.b.posts), default=self.now))),
                  ("twitter:card", "summary"), ("twitter:title", "À propos"), ("twitter:url", u)]
        schema = {"@context": "https://schema.org", "@type": "Article", "publisher": self.publisher(),
                  "author": {"@type": "Person", "name": escape_expression(self.b.author), "url": self.author_url(self.b.author),
                             "sameAs": []}, "headline": "À propos", "url": u, "mainEntityOfPage": u}
        return self.doc("À propos", self.ghost_head(u, "", social, schema), "page-template page-a-propos", main,
                        current=u, pswp=True)

    def item_pages(self):
        for p in self.b.posts:
            yield (self.path(self.url[id(p)]), (p.last_modified, len(p.comments)),
                   lambda p=p: page(self.single(p), modified=p.last_modified, headers={"X-Powered-By": "Express"}))

    # -- feeds, sitemaps -----------------------------------------------------------------------------------------------------
    def rss(self, posts: list[Post], title: str, link: str, self_url: str) -> str:
        items = []
        for p in posts[:15]:
            words = self.html(p).split(" ")
            desc = " ".join(words[:50])
            if len(words) > 50 and not desc.endswith("</p>"):
                desc += "</p>"
            cats = "".join(f"<category>{cdata(t)}</category>" for t in self.tags_of(p))
            items.append(f"<item><title>{cdata(p.title)}</title><description>{cdata(desc)}</description>"
                         f"<link>{x(self.url[id(p)])}</link><guid isPermaLink=\"false\">{object_id(self.host, p.id)}</guid>"
                         f"{cats}<dc:creator>{cdata(p.author)}</dc:creator><pubDate>{gmt(p.when)}</pubDate>"
                         f"<content:encoded>{cdata(self.html(p))}</content:encoded></item>")
        last = max((p.last_modified for p in posts), default=self.now)
        return ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" '
                'xmlns:media="http://search.yahoo.com/mrss/"><channel>'
                f"<title>{cdata(title)}</title><description>{cdata(self.b.tagline)}</description><link>{x(link)}</link>"
                f"<image><url>{self.base}/favicon.png</url><title>{x(title)}</title><link>{x(link)}</link></image>"
                f"<generator>Ghost {self.o['version']}</generator><lastBuildDate>{gmt(last)}</lastBuildDate>"
                f'<atom:link href="{x(self_url)}" rel="self" type="application/rss+xml"/><ttl>60</ttl>'
                + "".join(items) + "</channel></rss>")

    def urlset(self, rows: list[tuple[str, str]]) -> str:
        return ('<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//' + self.host + '/sitemap.xsl"?>'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">'
                + "".join(f"<url><loc>{x(u)}</loc><lastmod>{lm}</lastmod></url>" for u, lm in rows) + "</urlset>")


def item_pages(blog: Blog, now: datetime = NOW):
    return _Headline(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """Every page of a Ghost / Headline newsroom keyed by path, and its 404 page."""
    g = _Headline(blog, now)
    keep = keep or {}
    hdrs = {"X-Powered-By": "Express"}
    last = max((p.last_modified for p in blog.posts), default=now)
    out: dict[str, Page] = {"/": page(g.home(), modified=last, headers=hdrs)}
    for n in range(2, g.n_pages(len(blog.posts)) + 1):
        out[f"/page/{n}/"] = page(g.index(n), modified=last, headers=hdrs)
    for path, _, make in g.item_pages():
        out[path] = keep[path] if path in keep else make()
    if "/a-propos/" not in out:
        out["/a-propos/"] = page(g.about(), headers=hdrs)
    for t in g.tag_slug:
        posts = g.tag_posts(t)
        for n in range(1, g.n_pages(len(posts)) + 1):
            out[g.path(g.tag_url(t, n))] = page(g.archive("tag", t, n), headers=hdrs)
        out[f"/tag/{g.tag_slug[t]}/rss/"] = page(g.rss(posts, f"{t} - {blog.name}", g.tag_url(t), g.tag_url(t) + "rss/"), XML_RSS)
    for a in g.author_slug:
        posts = [p for p in g.newest if p.author == a]
        if not posts:
            continue
        for n in range(1, g.n_pages(len(posts)) + 1):
            out[g.path(g.author_url(a, n))] = page(g.archive("author", a, n), headers=hdrs)
        out[f"/author/{g.author_slug[a]}/rss/"] = page(g.rss(posts, f"{a} - {blog.name}", g.author_url(a), g.author_url(a) + "rss/"), XML_RSS)
    out["/rss/"] = page(g.rss(g.newest, blog.name, f"{g.base}/", f"{g.base}/rss/"), XML_RSS, modified=last)
    for n in range(2, g.n_pages(len(blog.posts)) + 1):  # /page/N without its slash: Ghost's 301
        out.setdefault(f"/page/{n}", redirect(f"{g.base}/page/{n}/"))
    lm = zulu(last)
    kinds = {"pages": [(f"{g.base}/a-propos/", zulu(min((p.when for p in blog.posts), default=now)))],
             "posts": [(g.url[id(p)], zulu(p.modified or p.when)) for p in sorted(blog.posts, key=lambda p: (p.modified or p.when, p.id), reverse=True)],
             "authors": [(g.author_url(a), zulu(max(p.when for p in blog.posts if p.author == a)))
                         for a in g.author_slug if any(p.author == a for p in blog.posts)],
             "tags": [(g.tag_url(t), zulu(max(p.when for p in g.tag_posts(t)))) for t in g.tag_slug]}
    for k, rows in kinds.items():
        rows.sort(key=lambda r: r[1], reverse=True)
        out[f"/sitemap-{k}.xml"] = page(g.urlset(rows), XML)
    out["/sitemap.xml"] = page('<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//' + blog.host + '/sitemap.xsl"?>'
                               '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                               + "".join(f"<sitemap><loc>{g.base}/sitemap-{k}.xml</loc><lastmod>{max((r[1] for r in rows), default=lm)}</lastmod></sitemap>"
                                         for k, rows in kinds.items() if rows) + "</sitemapindex>", XML)
    delay = f"Crawl-delay: {blog.crawl_delay}\n" if blog.crawl_delay else ""
    out["/robots.txt"] = page(f"User-agent: *\n{delay}Sitemap: {g.base}/sitemap.xml\nDisallow: /ghost/\nDisallow: /email/\n"
                              "Disallow: /members/api/comments/counts/\nDisallow: /r/\nDisallow: /webmentions/receive/\n", TEXT)
    missing = f"""<main class="gh-main gh-outer">
    <div class="gh-inner">
        <section class="gh-pagehead">
            <h1 class="gh-pagehead-title">404</h1>
            <div class="gh-pagehead-description">Page non trouvée</div>
        </section>
        <a class="gh-topic-link" href="{g.base}">Aller à la page d&#x27;accueil →</a>
    </div>
</main>"""
    return out, page(g.doc("404 — Page non trouvée", '<meta name="robots" content="noindex">', "error-template", missing), status=404)
