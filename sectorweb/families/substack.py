r"""A Substack newsletter on its own custom domain, as Substack serves it to a crawler (written blind).

Substack's engine is not open source and no template of it is in the corpus. Followed: the class names real
post pages carry as quoted by scrapers and test fixtures in the code corpus (`div.single-post-container >
article.typography.newsletter-post.post > div.post-header > h1.post-title.published`, `h3.subtitle`,
`span.byline-names`, `div.available-content > div.body.markup[dir=auto]`, comments as `table.comment-content`
with `span.commenter-name > a`, `div.comment-body`, `div.comment-actions`; the `window._preloads =
JSON.parse("…")` blob), and the text of real pages in the pages corpus (on.substack.com/p/…/comments:
"276 Comments", "Expand full comment" under each comment; post pages: "Discussion about this post", the
"Name's avatar" image alt, "14 more comments..."). The rest (feed, sitemap, robots.txt, head) is Substack's
documented output: `/feed` RSS 2.0 with full content, `/sitemap.xml`, `/p/slug` and `/archive`.

Locale: Substack's reader interface is English only (a publication's language setting changes its RSS
`<language>` and `lang`, not the interface strings): dates are "Mar 4, 2025" (comments "Mar 4" within the
current year), machine forms in UTC (`2025-03-04T08:12:00.000Z`). What is rendered: the post page (title,
byline linking to the author's substack.com profile, date, body with its links, the first three top-level
comments and a "N more comments..." link), `/p/slug/comments` (every comment, threaded, in date order,
the post author's comments labelled "Author"), `/p/slug/comment/ID` (one thread), the home page and
`/archive` (the twelve latest posts: older ones load by script on scroll, so only the feed and sitemap list
every post), `/about`, `/feed` (feed_items latest, full text), `/sitemap.xml`, `/robots.txt`. Not rendered:
categories and tags (Substack shows neither on its pages), commenters' own sites (a Substack comment is signed
by a Substack profile, not a URL), the blogroll (Substack's recommendations load by script), a crawl delay
(robots.txt is Substack's, the writer cannot change it), the comment form (rendered by script).
"""
from __future__ import annotations

import json
import re
from datetime import datetime

from sectorweb.dates import NOW, iso_utc, to_utc
from sectorweb.families.common import (RSS, TEXT, XML, Page, autolink, cdata, comment_tree, esc, page, script_json,
                                       served)
from sectorweb.families.wordpress_block import host_choice, trim_words
from sectorweb.feeds import x
from sectorweb.model import Blog, Comment, Post

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
SHOWN = 12  # posts the home page and /archive render before infinite scroll
TOP = 3  # top-level comments shown on the post page


def permalink(host: str, post: Post) -> str:
    return f"http://{host}/p/{post.slug}"


def feed_path(host: str) -> str:
    return "/feed"


def comment_anchor(host: str, c: Comment) -> str:
    return f"comment-{c.id}"


def post_date(d: datetime) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def comment_date(d: datetime, now: datetime) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}" + ("" if d.year == now.year else f", {d.year}")


def utc_ms(d: datetime) -> str:
    return to_utc(d).strftime("%Y-%m-%dT%H:%M:%S") + ".000Z"


def handle(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())[:20] or "user"


def user_id(name: str) -> int:
    return 1_000_000 + host_choice(name, "substack-user", 90_000_000)


class _Substack:
    def __init__(self, blog: Blog, now: datetime = NOW):
        self.b = blog
        self.now = now
        self.base = f"http://{blog.host}"
        self.posts = blog.posts
        self.url = {id(p): permalink(blog.host, p) for p in self.posts}
        self.ordered = sorted(self.posts, key=lambda q: (q.when, q.id), reverse=True)
        self.pub_id = 100_000 + host_choice(blog.host, "substack-pub", 2_000_000)

    def post_id(self, p: Post) -> int:
        return 40_000_000 + self.pub_id % 1000 * 1000 + p.id

    def profile(self, name: str) -> str:
        return f"https://substack.com/@{handle(name)}"

    def avatar(self, name: str, size: int) -> str:
        return (f'<img src="https://substackcdn.com/image/fetch/w_{size},h_{size},c_fill,f_auto,q_auto:good,fl_progressive:steep/'
                f'https%3A%2F%2Fsubstack.com%2Fimg%2Favatars%2Fdefault-light.png" width="{size}" height="{size}" '
                f'alt="{esc(name)}&#39;s avatar" class="img-OACg1c">')

    # -- frame ----------------------------------------------------------------------------------------------
    def doc(self, title: str, main: str, head: str = "", canonical: str = "", desc: str = "") -> str:
        b = self.b
        preloads = {"pub": {"id": self.pub_id, "name": b.name, "subdomain": handle(b.name), "custom_domain": b.host,
                            "language": "fr", "hero_text": b.tagline, "author_name": b.author}}
        return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">
<title>{esc(title)}</title>
<meta name="description" content="{esc(desc or b.tagline)}">
<link rel="canonical" href="{canonical or self.base + '/'}">
<meta property="og:site_name" content="{esc(b.name)}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{canonical or self.base + '/'}">
<link rel="alternate" type="application/rss+xml" href="{self.base}/feed" title="{esc(b.name)}">{head}
<link rel="stylesheet" href="https://substackcdn.com/bundle/static/css/main.css">
</head>
<body class="pc-root">
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu"><div class="topbar-content"><div class="navbar-title"><h1 class="navbar-title-link"><a href="{self.base}/">{esc(b.name)}</a></h1></div>
<div class="navbar-buttons"><a href="{self.base}/subscribe?utm_source=menu&amp;simple=true&amp;next={self.base}/" class="button primary subscribe-btn">Subscribe</a><a href="{self.base}/account/login" class="button sign-in-link">Sign in</a></div></div>
<ul class="navbar-links"><li><a href="{self.base}/">Home</a></li><li><a href="{self.base}/archive">Archive</a></li><li><a href="{self.base}/about">About</a></li></ul></div>
{main}
<div class="footer-wrap publication-footer"><div class="footer"><div class="container"><div class="footer-copyright-text">&copy; {self.now.year} {esc(b.author)}</div><div class="footer-terms"><a href="https://substack.com/privacy" target="_blank" rel="noopener">Privacy</a> &#8729; <a href="https://substack.com/tos" target="_blank" rel="noopener">Terms</a> &#8729; <a href="https://substack.com/ccpa#personal-data-collected" target="_blank" rel="noopener">Collection notice</a></div>
<div class="footer-substack-cta"><a href="https://substack.com/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer" class="footer-substack-cta-link">Start your Substack</a><a href="https://substack.com/app/app-store-redirect?utm_campaign=app-marketing&amp;utm_content=web-footer-button" class="footer-substack-cta-link">Get the app</a></div>
<div class="footer-slogan-blurb">Substack is the home for great culture</div></div></div></div>
</div></div>
<script>window._preloads = JSON.parse({script_json(json.dumps(preloads, ensure_ascii=False))})</script>
<script src="https://substackcdn.com/bundle/static/js/main.js" charset="utf-8"></script>
</body>
</html>
"""

    # -- post ---------------------------------------------------------------------------------------------------
    def body_html(self, p: Post) -> str:
        out = "".join(f"<p>{autolink(t, '')}</p>" for t in p.paragraphs)
        if p.links:
            out += "<p>À lire aussi : " + ", ".join(f'<a href="{esc(u)}" rel="">{esc(a)}</a>' for u, a in p.links) + "</p>"
        if p.source:
            out += f'<p>Source : <a href="{esc(p.source[1])}" rel="">{esc(p.source[0])}</a></p>'
        return out

    def description(self, p: Post) -> str:
        words, more = trim_words(p.paragraphs, 30)
        return words + ("…" if more else "")

    def header(self, p: Post, link_title: bool = False) -> str:
        u = self.url[id(p)]
        n = len(p.comments)
        title = f'<a href="{u}">{esc(p.title)}</a>' if link_title else esc(p.title)
        comments = (f'<div class="post-meta-item post-meta-item-comments"><a href="{u}/comments" class="post-ufi-button style-button has-label">'
                    f'<span class="label">{n}</span></a></div>' if (n or p.comments_open) else "")
        return f"""<div role="region" aria-label="Post header" class="post-header">
<h1 dir="auto" class="post-title published">{title}</h1>
<div class="post-meta custom"><div class="post-meta-item post-byline"><div class="byline-wrapper">
<div class="profile-hover-card-target profileHoverCardTarget"><a href="{self.profile(p.author)}">{self.avatar(p.author, 36)}</a></div>
<span class="byline-names"><div><div><a href="{self.profile(p.author)}" class="frontend-pencraft-Text-module__decoration-hover-underline">{esc(p.author)}</a></div></div></span></div></div>
<div class="post-meta-item post-date" title="{utc_ms(p.when)}"><time datetime="{utc_ms(p.when)}">{post_date(p.when)}</time></div>
{comments}</div></div>"""

    def comment_html(self, p: Post, node, depth: int, with_children: bool = True) -> str:
        c, kids = node
        u = self.url[id(p)]
        prof = f"{self.profile(c.author)}?utm_source=comment"
        badge = '<span class="comment-post-author-badge">Author</span>' if c.by_author else ""
        body = "".join(f"<p><span>{autolink(t, 'nofollow ugc noopener')}</span></p>" for t in c.text)
        children = ""
        if with_children and kids:
            children = ('<div class="comment-list-items">'
                        + "".join(self.comment_html(p, k, depth + 1) for k in kids) + "</div>")
        return f"""<div class="comment-list-item"><div id="comment-{c.id}" class="comment">
<table class="comment-content"><tbody><tr>
<td class="comment-head"><div class="user-head"><a href="{prof}">{self.avatar(c.author, 32)}</a></div></td>
<td class="comment-rest"><div class="comment-meta"><span class="commenter-name"><a href="{prof}">{esc(c.author)}</a></span>{badge}
<a class="comment-date" href="{u}/comment/{c.id}" title="{utc_ms(c.when)}">{comment_date(c.when, self.now)}</a></div>
<div class="comment-body">{body}</div>
<div class="comment-actions"><span><a href="{u}/comment/{c.id}">Like</a></span><span><a href="{u}/comment/{c.id}">Reply</a></span><span><a href="{u}/comment/{c.id}">Share</a></span></div>
<div class="show-all-toggle">Expand full comment</div></td>
</tr></tbody></table>{children}</div></div>
"""

    def threads(self, p: Post) -> list:
        return comment_tree(p.comments)

    def ld(self, p: Post) -> str:
        u = self.url[id(p)]
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "url": u, "mainEntityOfPage": u,
                "headline": p.title, "description": self.description(p), "image": [],
                "datePublished": iso_utc(p.when), "dateModified": iso_utc(p.modified or p.when),
                "isAccessibleForFree": True,
                "author": [{"@type": "Person", "name": p.author, "url": self.profile(p.author),
                            "identifier": f"user:{user_id(p.author)}"}],
                "publisher": {"@type": "Organization", "name": self.b.name, "url": self.base,
                              "description": self.b.tagline}}
        return f'\n<script type="application/ld+json">{script_json(data)}</script>'

    def single(self, p: Post) -> str:
        u = self.url[id(p)]
        tops = self.threads(p)
        discussion = ""
        if p.comments or p.comments_open:
            shown = "".join(self.comment_html(p, (c, []), 1, False) for c, _ in tops[:TOP])
            more = len(p.comments) - min(len(tops), TOP)
            tail = (f'<a href="{u}/comments" class="more-comments">{more} more comment{"s" if more > 1 else ""}...</a>'
                    if more > 0 else "")
            if not p.comments:
                tail = '<div class="comments-empty">No posts</div>'
            discussion = (f'<div class="comments-section" id="comments"><div class="container"><h4 class="comments-heading">'
                          f'Discussion about this post</h4>\n<div class="comment-list"><div class="comment-list-items">{shown}</div>{tail}</div></div></div>')
        main = f"""<div aria-label="Post" role="main" class="single-post-container"><div class="container"><div class="single-post">
<article class="typography newsletter-post post">
{self.header(p)}
<div class="available-content"><div dir="auto" class="body markup">{self.body_html(p)}</div></div>
</article>
<div class="visibility-check"></div>
{f'<div class="post-footer"><a href="{u}/comments" class="button comments-button">Comments</a></div>' if (p.comments or p.comments_open) else ""}
</div></div>
{discussion}</div>"""
        title = f"{p.title} - by {p.author} - {self.b.name}"
        head = (f'\n<meta property="og:type" content="article">\n<meta name="author" content="{esc(p.author)}">'
                f'\n<meta property="article:published_time" content="{iso_utc(p.when)}">' + self.ld(p))
        return self.doc(title, main, head, u, self.description(p))

    def comments_page(self, p: Post) -> str:
        u = self.url[id(p)]
        n = len(p.comments)
        items = "".join(self.comment_html(p, node, 1) for node in self.threads(p))
        main = f"""<div aria-label="Post" role="main" class="single-post-container comments-page"><div class="container">
<div class="post-header-wrap"><a href="{u}" class="post-title-link">{esc(p.title)}</a></div>
<div class="comments-section" id="comments"><h4 class="comments-heading">{n} Comment{'' if n == 1 else 's'}</h4>
<div class="comment-list"><div class="comment-list-items">{items}</div></div></div></div></div>"""
        return self.doc(f"Comments - {p.title} - by {p.author}", main, "", f"{u}/comments", self.description(p))

    def comment_page(self, p: Post, node) -> str:
        u = self.url[id(p)]
        c, _ = node
        main = f"""<div aria-label="Post" role="main" class="single-post-container comments-page"><div class="container">
<div class="post-header-wrap"><a href="{u}" class="post-title-link">{esc(p.title)}</a></div>
<div class="comments-section"><a href="{u}/comments" class="all-comments-link">View all comments</a>
<div class="comment-list"><div class="comment-list-items">{self.comment_html(p, node, 1)}</div></div></div></div></div>"""
        return self.doc(f"{c.author} on {p.title}", main, "", f"{u}/comment/{c.id}", " ".join(c.text)[:200])

    def item_pages(self):
        for p in self.posts:
            yield (self.url[id(p)].removeprefix(self.base), (p.last_modified, len(p.comments)),
                   lambda p=p: page(self.single(p), modified=p.last_modified))

    # -- lists ----------------------------------------------------------------------------------------------------
    def preview(self, p: Post) -> str:
        u = self.url[id(p)]
        n = len(p.comments)
        comments = (f'<td class="post-meta-item post-meta-item-comments"><a href="{u}/comments" class="post-ufi-button">'
                    f'<span class="label">{n}</span></a></td>' if (n or p.comments_open) else "")
        return f"""<div class="post-preview portable-archive-post" data-testid="post-preview"><div class="post-preview-content">
<a class="post-preview-title newsletter" href="{u}">{esc(p.title)}</a>
<a class="post-preview-description" href="{u}">{esc(self.description(p))}</a>
<table class="post-meta post-preview-meta custom"><tbody><tr>
<td class="post-meta-item post-date" title="{utc_ms(p.when)}"><time datetime="{utc_ms(p.when)}">{post_date(p.when)}</time></td>
<td class="post-meta-item author"><a href="{self.profile(p.author)}">{esc(p.author)}</a></td>
{comments}</tr></tbody></table></div></div>
"""

    def home(self) -> str:
        b = self.b
        items = "".join(self.preview(p) for p in self.ordered[:SHOWN])
        main = f"""<div class="home-page"><div class="container"><div class="publication-hero">
<h1 class="publication-name">{esc(b.name)}</h1><div class="publication-tagline">{esc(b.tagline)}</div>
<div class="publication-meta">By {esc(b.author)}</div></div>
<div class="portable-archive"><div class="portable-archive-tabs"><a href="{self.base}/archive?sort=new" class="active">Latest</a><a href="{self.base}/archive?sort=top">Top</a><a href="{self.base}/archive?sort=discussion">Discussions</a></div>
<div class="portable-archive-list">{items}</div>
<a href="{self.base}/archive" class="see-all">See all</a></div></div></div>"""
        return self.doc(f"{b.name} | {b.author} | Substack", main)

    def archive(self, sort: str = "new") -> str:
        """/archive (newest first); "top" and "discussion" rank by the discussion (no likes in the model)."""
        posts = self.ordered if sort == "new" else sorted(self.ordered, key=lambda q: -len(q.comments))
        items = "".join(self.preview(p) for p in posts[:SHOWN])
        tabs = "".join(f'<a href="{self.base}/archive?sort={k}"' + (' class="active"' if k == sort else "") + f">{label}</a>"
                       for k, label in (("new", "Latest"), ("top", "Top"), ("discussion", "Discussions")))
        main = (f'<div class="archive-page"><div class="container"><div class="portable-archive"><div class="portable-archive-tabs">'
                f'{tabs}</div>\n<div class="portable-archive-list">{items}</div></div></div></div>')
        return self.doc(f"Archive - {self.b.name}", main, "", f"{self.base}/archive")

    def about(self) -> str:
        b = self.b
        main = (f'<div class="about-page"><div class="container"><div class="typography"><div class="body markup">'
                f'<h2>{esc(b.name)}</h2><p>{esc(b.tagline)}</p></div></div>'
                f'<div class="about-people"><h3>People</h3><a href="{self.profile(b.author)}">{self.avatar(b.author, 64)}</a>'
                f'<a href="{self.profile(b.author)}" class="about-person-name">{esc(b.author)}</a></div></div></div>')
        return self.doc(f"About - {b.name}", main, "", f"{self.base}/about")

    def not_found(self) -> str:
        main = ('<div class="container"><div class="error-page"><h2>Page not found</h2>'
                f'<p>The page you were looking for does not exist.</p><a href="{self.base}/" class="button primary">Go Home</a></div></div>')
        return self.doc(f"Page not found - {self.b.name}", main)

    # -- feed, sitemap ------------------------------------------------------------------------------------------
    def feed(self) -> str:
        b = self.b
        items = "".join(f"<item><title>{cdata(p.title)}</title><description>{cdata(self.description(p))}</description>"
                        f"<link>{x(self.url[id(p)])}</link><guid isPermaLink=\"false\">{x(self.url[id(p)])}</guid>"
                        f"<dc:creator>{cdata(p.author)}</dc:creator><pubDate>{_gmt(p.when)}</pubDate>"
                        f"<content:encoded>{cdata(self.body_html(p))}</content:encoded></item>"
                        for p in self.ordered[:b.feed_items])
        last = max((p.when for p in self.posts), default=self.now)
        return ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">'
                f"<channel><title>{cdata(b.name)}</title><description>{cdata(b.tagline)}</description><link>{self.base}</link>"
                f"<generator>Substack</generator><lastBuildDate>{_gmt(last)}</lastBuildDate>"
                f'<atom:link href="{self.base}/feed" rel="self" type="application/rss+xml"/>'
                f"<copyright>{cdata(b.author)}</copyright><language>{cdata('fr')}</language>"
                f"<webMaster>{cdata(handle(b.name) + '@substack.com')}</webMaster>{items}</channel></rss>")

    def sitemap(self) -> str:
        rows = [(f"{self.base}/", None, "daily"), (f"{self.base}/archive", None, "daily"), (f"{self.base}/about", None, "weekly")]
        rows += [(self.url[id(p)], to_utc(p.modified or p.when).strftime("%Y-%m-%d"), "monthly") for p in self.ordered]
        body = "".join(f"<url><loc>{x(u)}</loc>" + (f"<lastmod>{lm}</lastmod>" if lm else "") + f"<changefreq>{cf}</changefreq></url>"
                       for u, lm, cf in rows)
        return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                + body + "</urlset>")


def _gmt(d: datetime) -> str:
    from sectorweb.dates import http_date
    return http_date(d)


def item_pages(blog: Blog, now: datetime = NOW):
    return _Substack(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a Substack publication on its custom domain keyed by path?query, and its 404 page."""
    s = _Substack(blog, now)
    keep = keep or {}
    last = max((p.last_modified for p in blog.posts), default=now)
    out: dict[str, Page] = {"/": page(s.home(), modified=last)}
    archive = page(s.archive(), modified=last)
    out["/archive"] = archive
    out["/archive?sort=new"] = archive
    for sort in ("top", "discussion"):
        out[f"/archive?sort={sort}"] = page(s.archive(sort), modified=last)
    out["/about"] = page(s.about())
    out.update(served(s, keep))
    for p in blog.posts:
        path = s.url[id(p)].removeprefix(s.base)
        if p.comments or p.comments_open:
            out[f"{path}/comments"] = page(s.comments_page(p), modified=p.last_modified)
        stack = list(s.threads(p))
        while stack:
            node = stack.pop()
            out[f"{path}/comment/{node[0].id}"] = page(s.comment_page(p, node))
            stack.extend(node[1])
    out["/feed"] = page(s.feed(), RSS, modified=last)
    out["/sitemap.xml"] = page(s.sitemap(), XML, modified=last)
    out["/robots.txt"] = page("User-agent: *\nDisallow: /action/\nDisallow: /publish\nDisallow: /sign-in\n"
                              "Disallow: /channel-frame\nDisallow: /session-attribution-frame\n\n"
                              f"Sitemap: {s.base}/sitemap.xml\n", TEXT)
    return out, page(s.not_found(), status=404)


IGNORED_PARAMS: set[str] = {"utm_source", "utm_medium", "utm_campaign", "utm_content", "r", "s", "triedRedirect"}
