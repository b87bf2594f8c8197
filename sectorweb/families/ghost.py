"""Ghost 5 with the Casper theme, French locale (written blind, from TryGhost/Casper: default.hbs,
index.hbs, post.hbs, author.hbs, tag.hbs, error-404.hbs, partials/post-card.hbs, locales/fr.json; the
{{ghost_head}}, {{navigation}}, {{pagination}}, {{authors}}, {{comments}} and {{comment_count}}
helpers' output as Ghost 5 core writes it).

URLs: /slug/ permalinks, /page/2/, /author/slug/, /tag/slug/ (each with /rss/), /rss/, /sitemap.xml
(an index of sitemap-pages.xml, sitemap-posts.xml, sitemap-authors.xml, sitemap-tags.xml).
Dates: Casper's `DD MMM YYYY` in French ("04 déc. 2026") in a <time datetime="2026-12-04">;
ghost_head's meta and JSON-LD in UTC ("2026-12-04T09:15:00.000Z").
Comments: Ghost's native comments are loaded by the comments-ui script (the {{comments}} helper writes
only its <script> tag): no comment is in the HTML. The script is served from the site itself
(Ghost's `comments:url` config) so that no page names a host outside the model.
"""
from __future__ import annotations

import hashlib
from datetime import datetime

from sectorweb.dates import NOW, to_utc
from sectorweb.families.common import RSS, TEXT, XML, Page, autolink, cdata, esc, ld_json, page, pages_of, served
from sectorweb.feeds import x
from sectorweb.model import Blog, Post

VERSION = "5.96"
MOIS_COURTS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
_EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def permalink(host: str, post: Post) -> str:
    return f"http://{host}/{post.slug}/"


def zulu(local: datetime) -> str:
    return to_utc(local).strftime("%Y-%m-%dT%H:%M:%S") + ".000Z"


def gmt(local: datetime) -> str:
    u = to_utc(local)
    return f"{_EN_DAYS[u.weekday()]}, {u.day:02d} {_EN_MONTHS[u.month - 1]} {u.year} {u:%H:%M:%S} GMT"


def casper_date(d: datetime) -> str:
    """Casper's `DD MMM YYYY` with the fr locale: `04 déc. 2026`."""
    return f"{d.day:02d} {MOIS_COURTS[d.month - 1]} {d.year}"


def escaped(data):
    """Ghost's schema.js passes the text of its JSON-LD through Handlebars' escapeExpression."""
    if isinstance(data, dict):
        return {k: v if k.startswith("@") else escaped(v) for k, v in data.items()}
    if isinstance(data, list):
        return [escaped(v) for v in data]
    if isinstance(data, str) and not data.startswith("http"):
        return esc(data).replace("'", "&#x27;").replace("=", "&#x3D;").replace("`", "&#x60;")
    return data


def object_id(*parts) -> str:
    return hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()[:24]


class _Ghost:
    def __init__(self, blog: Blog, now: datetime = NOW):
        from sectorweb.families import make_slug
        self.b = blog
        self.now = now
        self.base = f"http://{blog.host}"
        self.posts = blog.posts
        self.url = {id(p): permalink(blog.host, p) for p in self.posts}
        self.tag_slug: dict[str, str] = {}
        taken: set[str] = set()
        for p in self.posts:
            for t in self.tags_of(p):
                if t not in self.tag_slug:
                    self.tag_slug[t] = make_slug("ghost", t, taken)
        self.author_slug: dict[str, str] = {blog.author: blog.author_slug}
        taken_a = {blog.author_slug}
        for p in self.posts:
            if p.author not in self.author_slug:
                self.author_slug[p.author] = make_slug("ghost", p.author, taken_a)
        self.comments_on = any(p.comments or p.comments_open for p in self.posts)
        self.key = object_id("content-key", blog.host)[:26]

    @staticmethod
    def tags_of(p: Post) -> list[str]:
        return [p.category] + [t for t in p.tags if t != p.category]

    def author_url(self, name: str) -> str:
        return f"{self.base}/author/{self.author_slug[name]}/"

    def tag_url(self, t: str) -> str:
        return f"{self.base}/tag/{self.tag_slug[t]}/"

    def excerpt(self, p: Post) -> str:
        text = " ".join(" ".join(p.paragraphs).split())
        return text[:500]

    # -- head ---------------------------------------------------------------------------------
    def ghost_head(self, canonical: str, og_type: str, title: str, desc: str, ld: dict, extra: str = "",
                   rss: str | None = None) -> str:
        b = self.b
        desc_e = esc(desc)
        comments = ""
        if self.comments_on:
            comments = (f'\n    <script defer src="/public/comment-counts.min.js?v=0f1e2d3c4b" '
                        f'data-ghost-comments-counts-api="{self.base}/members/api/comments/counts/"></script>')
        return f"""<meta name="description" content="{desc_e}">
    <link rel="icon" href="{self.base}/favicon.png" type="image/png">
    <link rel="canonical" href="{esc(canonical)}">
    <meta name="referrer" content="no-referrer-when-downgrade">
    
    <meta property="og:site_name" content="{esc(b.name)}">
    <meta property="og:type" content="{og_type}">
    <meta property="og:title" content="{esc(title)}">
    <meta property="og:description" content="{desc_e}">
    <meta property="og:url" content="{esc(canonical)}">
    {extra}<meta name="twitter:card" content="summary">
    <meta name="twitter:title" content="{esc(title)}">
    <meta name="twitter:description" content="{desc_e}">
    <meta name="twitter:url" content="{esc(canonical)}">
    
    <script type="application/ld+json">
{ld_json(escaped(ld))}
    </script>

    <meta name="generator" content="Ghost {VERSION}">
    <link rel="alternate" type="application/rss+xml" title="{esc(b.name)}" href="{rss or self.base + '/rss/'}">
    
    <script defer src="/public/portal.min.js?v=0f1e2d3c4b" data-i18n="true" data-ghost="{self.base}/" data-key="{self.key}" data-api="{self.base}/ghost/api/content/" data-locale="fr" crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content,
.gh-post-upgrade-cta {{
    display: flex;
    flex-direction: column;
    align-items: center;
    font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Oxygen, Ubuntu, Cantarell, 'Open Sans', 'Helvetica Neue', sans-serif;
    text-align: center;
    width: 100%;
    color: #ffffff;
    font-size: 16px;
}}</style>
    <script defer src="/public/sodo-search.min.js?v=0f1e2d3c4b" data-key="{self.key}" data-styles="/public/sodo-search.main.css" data-sodo-search="{self.base}/" data-locale="fr" crossorigin="anonymous"></script>
    
    <link href="{self.base}/webmentions/receive/" rel="webmention">
    <script defer src="/public/cards.min.js?v=0f1e2d3c4b"></script>
    <link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=0f1e2d3c4b">{comments}
    <script defer src="/public/member-attribution.min.js?v=0f1e2d3c4b"></script>"""

    def publisher(self) -> dict:
        return {"@type": "Organization", "name": self.b.name, "url": f"{self.base}/",
                "logo": {"@type": "ImageObject", "url": f"{self.base}/favicon.png"}}

    def doc(self, title: str, head: str, body_class: str, content: str) -> str:
        b = self.b
        nav = (f'<ul class="nav">\n    <li class="nav-accueil{" nav-current" if body_class.startswith("home-template") else ""}">'
               f'<a href="{self.base}/">Accueil</a></li>\n'
               f'    <li class="nav-a-propos"><a href="{self.base}/a-propos/">À propos</a></li>\n</ul>\n')
        search = ('<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>'
                  '<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20">'
                  '<path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>')
        return f"""<!DOCTYPE html>
<html lang="fr">
<head>

    <title>{esc(title)}</title>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="HandheldFriendly" content="True" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />

    <link rel="preload" as="style" href="/assets/built/screen.css?v=8a4c2e9f1d" />
    <link rel="preload" as="script" href="/assets/built/casper.js?v=8a4c2e9f1d" />

    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8a4c2e9f1d" />

    {head}

</head>
<body class="{body_class} is-head-left-logo has-cover">
<div class="viewport">

    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand">
                <a class="gh-head-logo no-image" href="{self.base}">
                        {esc(b.name)}
                </a>
                {search}
                <button class="gh-burger" aria-label="Main Menu"></button>
            </div>

            <nav class="gh-head-menu">
                {nav}
            </nav>

            <div class="gh-head-actions">
                    {search}
                    <div class="gh-head-members">
                                <a class="gh-head-link" href="#/portal/signin" data-portal="signin">Se connecter</a>
                                <a class="gh-head-button" href="#/portal/signup" data-portal="signup">S'abonner</a>
                    </div>
            </div>
        </div>
    </header>

    <div class="site-content">
        {content}
    </div>

    <footer class="site-footer outer">
        <div class="inner">
            <section class="copyright"><a href="{self.base}">{esc(b.name)}</a> &copy; {self.now.year}</section>
            <nav class="site-footer-nav">
                <ul class="nav">
    <li class="nav-inscription"><a href="#/portal/">Inscription</a></li>
</ul>

            </nav>
            <div class="gh-powered-by"><span>Propulsé par Ghost</span></div>
        </div>
    </footer>

</div>

<script src="/assets/built/casper.js?v=8a4c2e9f1d" defer></script>

</body>
</html>
"""

    # -- cards and posts ----------------------------------------------------------------------
    def reading(self, p: Post) -> str:
        words = sum(len(t.split()) for t in p.paragraphs)
        n = max(1, round(words / 275))
        return "1 min de lecture" if n == 1 else f"{n} min de lecture"

    def post_class(self, p: Post) -> str:
        return " ".join(["post"] + [f"tag-{self.tag_slug[t]}" for t in self.tags_of(p)] + ["no-image"])

    def card(self, p: Post, large: bool) -> str:
        u = self.url[id(p)]
        count = ""
        if self.comments_on:
            count = (f'\n                <span data-ghost-comment-count="{object_id(self.b.host, p.id)}" data-ghost-comment-count-empty="" '
                     'data-ghost-comment-count-singular="commentaire" data-ghost-comment-count-plural="commentaires" '
                     'data-ghost-comment-count-tag="span" data-ghost-comment-count-class-name="" data-ghost-comment-count-autowrap="true">\n</span>')
        return f"""<article class="post-card {self.post_class(p)}{" post-card-large" if large else ""}">

    <div class="post-card-content">

        <a class="post-card-content-link" href="{u}">
            <header class="post-card-header">
                <div class="post-card-tags">
                        <span class="post-card-primary-tag">{esc(p.category)}</span>
                </div>
                <h2 class="post-card-title">
                    {esc(p.title)}
                </h2>
            </header>
                <div class="post-card-excerpt">{esc(self.excerpt(p))}</div>
        </a>

        <footer class="post-card-meta">
            <time class="post-card-meta-date" datetime="{p.when:%Y-%m-%d}">{casper_date(p.when)}</time>
                <span class="post-card-meta-length">{self.reading(p)}</span>{count}
        </footer>

    </div>

</article>
"""

    def pagination(self, n: int, total: int, root: str) -> str:
        def page_url(k):
            return root if k == 1 else f"{root}page/{k}/"
        newer = f'\n        <a class="newer-posts" href="{page_url(n - 1)}">&larr; Publications plus récentes</a>' if n > 1 else ""
        older = f'\n        <a class="older-posts" href="{page_url(n + 1)}">Publications plus anciennes &rarr;</a>' if n < total else ""
        return (f'<nav class="pagination">{newer}\n    <span class="page-number">Page {n} sur {total}</span>{older}\n</nav>')

    def single(self, p: Post) -> str:
        u = self.url[id(p)]
        authors = ", ".join(f'<a href="{self.author_url(a)}">{esc(a)}</a>' for a in [p.author])
        body = "\n".join(f"<p>{autolink(t, 'noopener')}</p>" for t in p.paragraphs)
        if p.source:
            body += f'\n<p>Source : <a href="{esc(p.source[1])}">{esc(p.source[0])}</a></p>'
        comments = ""
        if self.comments_on:
            comments = f"""
        <section class="article-comments gh-canvas">
            
        <script defer src="/public/comments-ui.min.js?v=0f1e2d3c4b" data-ghost-comments="{self.base}/" data-api="{self.base}/ghost/api/content/" data-admin="{self.base}/ghost/" data-key="{self.key}" data-title="" data-count="true" data-post-id="{object_id(self.b.host, p.id)}" data-color-scheme="auto" data-avatar-saturation="60" data-accent-color="#FF1A75" data-comments-enabled="all" data-publication="{esc(self.b.name)}" data-locale="fr" crossorigin="anonymous"></script>
    
        </section>
"""
        content = f"""<main id="site-main" class="site-main">
<article class="article {self.post_class(p)} ">

    <header class="article-header gh-canvas">

        <div class="article-tag post-card-tags">
                <span class="post-card-primary-tag">
                    <a href="{self.tag_url(p.category)}">{esc(p.category)}</a>
                </span>
        </div>

        <h1 class="article-title">{esc(p.title)}</h1>

        <div class="article-byline">
        <section class="article-byline-content">

            <ul class="author-list instapaper_ignore">
                <li class="author-list-item">
                    <a href="{self.author_url(p.author)}" class="author-avatar author-profile-image" aria-label="Read more of {esc(p.author)}"><svg viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><g fill="none" fill-rule="evenodd"><path d="M3.513 18.998C4.749 15.504 8.082 13 12 13s7.251 2.504 8.487 5.998C18.47 21.442 15.417 23 12 23s-6.47-1.558-8.487-4.002zM12 12c2.21 0 4-2.79 4-5s-1.79-4-4-4-4 1.79-4 4 1.79 5 4 5z" fill="#FFF"/></g></svg></a>
                </li>
            </ul>

            <div class="article-byline-meta">
                <h4 class="author-name">{authors}</h4>
                <div class="byline-meta-content">
                    <time class="byline-meta-date" datetime="{p.when:%Y-%m-%d}">{casper_date(p.when)}</time>
                        <span class="byline-reading-time"><span class="bull">&bull;</span> {self.reading(p)}</span>
                </div>
            </div>

        </section>
        <a href="#/share" class="gh-button gh-button-share">Partager</a>
        </div>

    </header>

    <section class="gh-content gh-canvas">
        {body}
    </section>
{comments}
</article>
</main>
{self.read_more(p)}"""
        mod = p.modified or p.when
        tags = self.tags_of(p)
        extra = (f'<meta property="article:published_time" content="{zulu(p.when)}">\n'
                 f'    <meta property="article:modified_time" content="{zulu(mod)}">\n'
                 + "".join(f'    <meta property="article:tag" content="{esc(t)}">\n' for t in tags) + "    \n    ")
        ld = {"@context": "https://schema.org", "@type": "Article", "publisher": self.publisher(),
              "author": {"@type": "Person", "name": p.author, "url": self.author_url(p.author), "sameAs": []},
              "headline": p.title, "url": u, "datePublished": zulu(p.when), "dateModified": zulu(mod),
              "keywords": ", ".join(tags), "description": self.excerpt(p)[:300], "mainEntityOfPage": u}
        head = self.ghost_head(u, "article", p.title, self.excerpt(p)[:300], ld, extra)
        head = head.replace('<meta name="twitter:url"', '<meta name="twitter:url"', 1)
        head = head.replace(f'<meta name="twitter:url" content="{esc(u)}">',
                            f'<meta name="twitter:url" content="{esc(u)}">\n    <meta name="twitter:label1" content="Written by">\n'
                            f'    <meta name="twitter:data1" content="{esc(p.author)}">\n    <meta name="twitter:label2" content="Filed under">\n'
                            f'    <meta name="twitter:data2" content="{esc(", ".join(tags))}">', 1)
        cls = "post-template" + "".join(f" tag-{self.tag_slug[t]}" for t in tags)
        return self.doc(f"{p.title}", head, cls, content)

    def read_more(self, p: Post) -> str:
        """Casper's footer of recent posts ({{#get "posts" filter="id:-{{id}}" limit="3"}})."""
        more = [q for q in self.posts[::-1] if q is not p][:3]
        if not more:
            return ""
        return ('\n<aside class="read-more-wrap outer">\n    <div class="read-more inner">\n'
                + "".join(self.card(q, False) for q in more) + "    </div>\n</aside>\n")

    def item_pages(self):
        for p in self.posts:
            yield (self.url[id(p)].removeprefix(self.base), (p.last_modified, len(p.comments)),
                   lambda p=p: page(self.single(p), modified=p.last_modified, headers={"X-Powered-By": "Express"}))

    # -- listings -----------------------------------------------------------------------------
    def listing(self, root: str, posts: list[Post], kind: str, header: str, ld: dict, title: str,
                desc: str, body_class: str, rss: str) -> dict[str, str]:
        chunks = pages_of(posts, self.b.per_page)
        out = {}
        for n, chunk in enumerate(chunks, 1):
            path = root if n == 1 else f"{root}page/{n}/"
            cards = "".join(self.card(p, kind == "home" and n == 1 and i == 0) for i, p in enumerate(chunk))
            top = header if n == 1 or kind != "home" else ""
            content = f"""{top}
<main id="site-main" class="site-main outer">
<div class="inner posts">

    <div class="post-feed">
{cards if kind == "home" else kind + cards}
    </div>

    {self.pagination(n, len(chunks), root)}

</div>
</main>
"""
            t = title if n == 1 else f"{title} (Page {n})"
            head = self.ghost_head(self.base + path, "website", title, desc, dict(ld, url=self.base + path), rss=rss)
            out[path] = self.doc(t, head, body_class + ("" if n == 1 else " paged"), content)
        return out

    def rss(self, posts: list[Post], title: str, link: str, self_url: str) -> str:
        items = []
        for p in posts[::-1][:self.b.feed_items]:
            body = "\n".join(f"<p>{autolink(t, 'noopener')}</p>" for t in p.paragraphs)
            cats = "".join(f"<category>{cdata(t)}</category>" for t in self.tags_of(p))
            items.append(f"<item><title>{cdata(p.title)}</title><description>{cdata(self.excerpt(p)[:300])}</description>"
                         f"<link>{self.url[id(p)]}</link><guid isPermaLink=\"false\">{object_id(self.b.host, p.id)}</guid>"
                         f"{cats}<dc:creator>{cdata(p.author)}</dc:creator><pubDate>{gmt(p.when)}</pubDate>"
                         f"<content:encoded>{cdata(body)}</content:encoded></item>")
        last = max((p.last_modified for p in posts), default=self.now)
        return ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" '
                'version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>'
                f"<title>{cdata(title)}</title><description>{cdata(self.b.tagline)}</description><link>{link}</link>"
                f"<image><url>{self.base}/favicon.png</url><title>{x(title)}</title><link>{link}</link></image>"
                f"<generator>Ghost {VERSION}</generator><lastBuildDate>{gmt(last)}</lastBuildDate>"
                f'<atom:link href="{self_url}" rel="self" type="application/rss+xml"/><ttl>60</ttl>'
                + "".join(items) + "</channel></rss>")

    def urlset(self, rows: list[tuple[str, str]]) -> str:
        return ('<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//'
                + self.b.host + '/sitemap.xsl"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">'
                + "".join(f"<url><loc>{x(u)}</loc><lastmod>{lm}</lastmod></url>" for u, lm in rows) + "</urlset>")


def item_pages(blog: Blog, now: datetime = NOW):
    return _Ghost(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a Ghost 5 / Casper blog keyed by path?query, and its 404 page."""
    g = _Ghost(blog, now)
    keep = keep or {}
    posts = blog.posts
    last = max((p.last_modified for p in posts), default=now)
    hdrs = {"X-Powered-By": "Express"}
    home_header = f"""<div class="site-header-content outer">


        <div class="site-header-inner inner">
                    <h1 class="site-title">{esc(blog.name)}</h1>
                <p class="site-description">{esc(blog.tagline)}</p>
        </div>

</div>
"""
    site_ld = {"@context": "https://schema.org", "@type": "WebSite", "publisher": g.publisher(), "name": blog.name,
               "mainEntityOfPage": f"{g.base}/", "description": blog.tagline}
    out: dict[str, Page] = {}
    for path, html in g.listing("/", posts, "home", home_header, site_ld, blog.name, blog.tagline,
                                "home-template", f"{g.base}/rss/").items():
        out[path] = page(html, modified=last, headers=hdrs)
    out.update(served(g, keep))
    out["/rss/"] = page(g.rss(posts, blog.name, f"{g.base}/", f"{g.base}/rss/"), RSS, modified=last)
    for a, slug in g.author_slug.items():
        mine = [p for p in posts if p.author == a]
        if not mine:
            continue
        root = f"/author/{slug}/"
        n = len(mine)
        section = f"""
        <section class="post-card post-card-large">

            <div class="post-card-content">
            <div class="post-card-content-link">

                <header class="post-card-header">
                    <h2 class="post-card-title">{esc(a)}</h2>
                </header>

                    <div class="post-card-excerpt">{esc(blog.tagline) if a == blog.author else ""}</div>

                <footer class="author-profile-footer">
                    <div class="author-profile-meta">
                    </div>
                </footer>

            </div>
            </div>

        </section>
"""
        ld = {"@context": "https://schema.org", "@type": "Person", "sameAs": [], "name": a, "mainEntityOfPage": g.base + root}
        for path, html in g.listing(root, mine, section, "", ld, f"{a} - {blog.name}", f"{n} publications",
                                    f"author-template author-{slug}", f"{g.base}{root}rss/").items():
            out[path] = page(html, headers=hdrs)
        out[f"{root}rss/"] = page(g.rss(mine, f"{a} - {blog.name}", g.base + root, f"{g.base}{root}rss/"), RSS)
    for t, slug in g.tag_slug.items():
        mine = [p for p in posts if t in g.tags_of(p)]
        root = f"/tag/{slug}/"
        n = len(mine)
        coll = "Une collection de 1 publication" if n == 1 else f"Une collection de {n} publications"
        section = f"""
        <section class="post-card post-card-large">

            <div class="post-card-content">
            <div class="post-card-content-link">
                <header class="post-card-header">
                    <h2 class="post-card-title">{esc(t)}</h2>
                </header>
                <div class="post-card-excerpt">
                        {coll}
                </div>
            </div>
            </div>

        </section>
"""
        ld = {"@context": "https://schema.org", "@type": "Series", "publisher": g.publisher(), "name": t,
              "mainEntityOfPage": g.base + root}
        for path, html in g.listing(root, mine, section, "", ld, f"{t} - {blog.name}", coll,
                                    f"tag-template tag-{slug}", f"{g.base}{root}rss/").items():
            out[path] = page(html, headers=hdrs)
        out[f"{root}rss/"] = page(g.rss(mine, f"{t} - {blog.name}", g.base + root, f"{g.base}{root}rss/"), RSS)
    links = "".join(f'<li><a href="{esc(u)}">{esc(n)}</a></li>' for u, n in blog.blogroll)
    about = f"""<main id="site-main" class="site-main">
<article class="article page no-image">
    <header class="article-header gh-canvas">
        <h1 class="article-title">À propos</h1>
    </header>
    <section class="gh-content gh-canvas">
        <p>{esc(blog.name)} : {esc(blog.tagline)}. Par {esc(blog.author)}.</p>
{"<ul>" + links + "</ul>" if links else ""}
    </section>
</article>
</main>
"""
    about_ld = {"@context": "https://schema.org", "@type": "Article", "publisher": g.publisher(), "headline": "À propos",
                "url": f"{g.base}/a-propos/", "mainEntityOfPage": f"{g.base}/a-propos/"}
    if "/a-propos/" not in out:  # a post already at /a-propos/ keeps it (Ghost refuses a second slug)
        out["/a-propos/"] = page(g.doc("À propos", g.ghost_head(f"{g.base}/a-propos/", "article", "À propos", blog.tagline, about_ld),
                                   "page-template page-a-propos", about), headers=hdrs)
    lm = zulu(last)
    idx = ('<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//' + blog.host + '/sitemap.xsl"?>'
           '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
           + "".join(f"<sitemap><loc>{g.base}/sitemap-{k}.xml</loc><lastmod>{lm}</lastmod></sitemap>"
                     for k in ("pages", "posts", "authors", "tags")) + "</sitemapindex>")
    out["/sitemap.xml"] = page(idx, XML, modified=last)
    out["/sitemap-pages.xml"] = page(g.urlset([(f"{g.base}/a-propos/", lm)]), XML)
    out["/sitemap-posts.xml"] = page(g.urlset([(g.url[id(p)], zulu(p.modified or p.when)) for p in posts[::-1]]), XML)
    out["/sitemap-authors.xml"] = page(g.urlset([(g.author_url(a), lm) for a in g.author_slug
                                                  if any(p.author == a for p in posts)]), XML)
    out["/sitemap-tags.xml"] = page(g.urlset([(g.tag_url(t), lm) for t in g.tag_slug]), XML)
    delay = f"Crawl-delay: {blog.crawl_delay}\n" if blog.crawl_delay else ""
    out["/robots.txt"] = page(f"User-agent: *\n{delay}Sitemap: {g.base}/sitemap.xml\nDisallow: /ghost/\nDisallow: /email/\n"
                              "Disallow: /members/api/comments/counts/\nDisallow: /r/\nDisallow: /webmentions/receive/\n", TEXT)
    more = "".join(g.card(p, False) for p in posts[::-1][:3])
    missing = f"""<section class="outer error-content">
    <div class="inner">
        <section class="error-message">
            <h1 class="error-code">404</h1>
            <p class="error-description">Page introuvable</p>
            <a class="error-link" href="{g.base}">Aller à la page d'accueil →</a>
        </section>
    </div>
</section>

<aside class="read-more-wrap outer">
    <div class="read-more inner">
{more}
    </div>
</aside>
"""
    return out, page(g.doc("404 — Page introuvable", '<meta name="robots" content="noindex">', "error-template", missing),
                     status=404)


IGNORED_PARAMS: set[str] = {"ref", "utm_source", "utm_medium", "utm_campaign"}
