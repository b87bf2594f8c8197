"""WordPress 6.4 with the Twenty Twenty-Four block theme, fr_FR (written blind, from WordPress/twentytwentyfour:
templates/single.html, templates/archive.html, templates/404.html, parts/header.html, parts/post-meta.html,
patterns/template-home-blogging.php + page-home-blogging.php (the "Blogging home" template the blog owner
picked), posts-3-col.php, hidden-post-meta.php, hidden-comments.php, hidden-post-navigation.php,
hidden-sidebar.php, hidden-404.php, hidden-search.php, footer.php; and the server-side render of the core
blocks as WordPress/gutenberg packages/block-library/src/*/index.php and WordPress/wordpress-develop
src/wp-includes/blocks/*.php write them: post-title, post-date, post-author-name, post-terms, post-excerpt,
query / post-template / query-pagination(-previous, -numbers, -next), query-title, comments, comments-title,
comment-template, comment-author-name, comment-date, comment-content, comment-reply-link,
post-comments-form (comment_form()), post-navigation-link, categories, site-title, site-tagline).
Core output as WordPress core writes it (from memory of core, the files are not all in the corpus):
wp_head (feed links, REST API link, EditURI, generator, canonical, shortlink, oEmbed), wp-includes/feed-rss2.php
and feed-rss2-comments.php, the wp-sitemap.xml provider (WP_Sitemaps), do_robots(), get_comment_class().

The core parts (URLs, head, feeds, sitemaps, comment form) are in `WPCore`, shared with `newspack.py`.

URLs: the permalink setting varies by host (md5 of the host): plain `/?p=N` (then `/?cat=ID`, `/?tag=slug`,
`/?author=ID`, `/?paged=N`, `/?feed=rss2`, `/?sitemap=index`), day and name `/2025/03/04/slug/`, month and name
`/2025/03/slug/`, post name `/slug/`, numeric `/archives/N` (no trailing slash; archives under /archives/).
Pretty settings: `/category/slug/`, `/tag/slug/`, `/author/nicename/`, `/page/N/`, `/feed/`, `/comments/feed/`,
`<permalink>feed/`, `/wp-sitemap.xml`; `/?p=N` (the shortlink) answers 301 to the permalink.
Dates: post-date block with TT4's format "M j, Y" in fr_FR ("Mar 4, 2025", core's fr_FR month abbreviations),
comment-date with the fr_FR date_format "j F Y" ("4 mars 2025"); `<time datetime>` in ISO 8601 with offset
(get_the_date('c')); feeds in GMT "+0000"; sitemaps' lastmod in UTC.
Comments: all on the post page (page_comments off, core's default), threaded (depth 5), in date order; the
avatars option is off (so no avatar block output); comment text is wpautop'd and make_clickable'd.
Not done: wptexturize (quotes and apostrophes are served as typed), emoji script, block CSS.
"""
from __future__ import annotations

import hashlib
from datetime import datetime

from sectorweb.dates import NOW, fr_date, http_date, iso, to_utc
from sectorweb.families.common import (RSS, TEXT, XML, Page, autolink, cdata, comment_tree, esc, page, pages_of,
                                       post_pages, redirect, served)
from sectorweb.feeds import sitemapindex, x
from sectorweb.model import Blog, Comment, Post

WP_VERSION = "6.4.3"
SCHEMES = ["plain", "day", "month", "postname", "archives"]
# core fr_FR month abbreviations (date_i18n's "M")
MOIS_ABBR = ["Jan", "Fév", "Mar", "Avr", "Mai", "Juin", "Juil", "Août", "Sep", "Oct", "Nov", "Déc"]


def host_choice(host: str, salt: str, n: int) -> int:
    return int(hashlib.md5(f"{salt}:{host}".encode()).hexdigest()[:8], 16) % n


def wp_url(scheme: str, host: str, post: Post) -> str:
    w = post.when
    return "http://" + host + {"plain": f"/?p={post.id}", "day": f"/{w:%Y/%m/%d}/{post.slug}/",
                               "month": f"/{w:%Y/%m}/{post.slug}/", "postname": f"/{post.slug}/",
                               "archives": f"/archives/{post.id}"}[scheme]


def theme_urls(salt: str):
    """(scheme_of, permalink, feed_path, comment_anchor) of a WordPress theme's sites, whose permalink setting
    varies by host (drawn with `salt`): the URL interface of a renderer module on WordPress core."""
    def scheme_of(host: str) -> str:
        return SCHEMES[host_choice(host, salt, len(SCHEMES))]

    def permalink(host: str, post: Post) -> str:
        return wp_url(scheme_of(host), host, post)

    def feed_path(host: str) -> str:
        """The path of the main RSS2 feed."""
        return {"plain": "/?feed=rss2", "archives": "/feed"}.get(scheme_of(host), "/feed/")

    def comment_anchor(host: str, c) -> str:
        return f"comment-{c.id}"

    return scheme_of, permalink, feed_path, comment_anchor


scheme_of, permalink, feed_path, _ = theme_urls("permalink")


def amp(url: str) -> str:
    """esc_url(): `&` as `&#038;` (URLs built here hold no model text but ASCII slugs)."""
    return url.replace("&", "&#038;")


def gmt(local: datetime) -> str:
    """RSS dates: mysql2date('D, d M Y H:i:s +0000', post_date_gmt)."""
    return http_date(local).replace(" GMT", " +0000")


def utc_w3c(local: datetime) -> str:
    return to_utc(local).strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"


def trim_words(paragraphs: list[str], n: int) -> tuple[str, bool]:
    words = " ".join(paragraphs).split()
    return " ".join(words[:n]), len(words) > n


class WPCore:
    """What WordPress core writes whatever the theme: URLs, wp_head, feeds, sitemaps, comment form, robots.txt."""

    generator_theme = ""

    def __init__(self, blog: Blog, now: datetime, scheme: str):
        from sectorweb.families import make_slug
        self.b = blog
        self.now = now
        self.scheme = scheme
        self.pretty = scheme != "plain"
        self.front = "/archives" if scheme == "archives" else ""
        self.ts = "" if scheme == "archives" else "/"
        self.base = f"http://{blog.host}"
        self.posts = blog.posts
        self.url = {id(p): wp_url(scheme, blog.host, p) for p in self.posts}
        self.cats: dict[str, tuple[int, str]] = {}
        self.tags: dict[str, tuple[int, str]] = {}
        taken_c, taken_t = {"non-classe"}, set()
        self.cats["Non classé"] = (1, "non-classe")
        next_id = 2
        for p in self.posts:
            if p.category not in self.cats:
                self.cats[p.category] = (next_id, make_slug("wordpress", p.category, taken_c))
                next_id += 1
            for t in p.tags:
                if t not in self.tags:
                    self.tags[t] = (next_id, make_slug("wordpress", t, taken_t))
                    next_id += 1
        self.used_cats = [c for c in self.cats if any(p.category == c for p in self.posts)]
        self.authors: dict[str, tuple[int, str]] = {blog.author: (1, blog.author_slug)}
        taken_a = {blog.author_slug}
        for p in self.posts:
            if p.author not in self.authors:
                self.authors[p.author] = (len(self.authors) + 1, make_slug("wordpress", p.author, taken_a))
        self.order = {id(p): i for i, p in enumerate(sorted(self.posts, key=lambda q: (q.when, q.id)))}

    # -- URLs ---------------------------------------------------------------------------------
    def path(self, url: str) -> str:
        return url.removeprefix(self.base) or "/"

    def archive_url(self, kind: str, key: str, n: int = 1) -> str:
        """Category, tag or author archive (kind "category", "tag", "author"), page n."""
        if not self.pretty:
            q = {"category": "cat", "tag": "tag", "author": "author"}[kind]
            ident = {"category": lambda: self.cats[key][0], "tag": lambda: self.tags[key][1],
                     "author": lambda: self.authors[key][0]}[kind]()
            return f"{self.base}/?{q}={ident}" + (f"&paged={n}" if n > 1 else "")
        slug = {"category": self.cats, "tag": self.tags, "author": self.authors}[kind][key][1]
        root = f"{self.base}{self.front}/{kind}/{slug}"
        return root + (f"/page/{n}{self.ts}" if n > 1 else self.ts)

    def home_url(self, n: int = 1) -> str:
        if n == 1:
            return f"{self.base}/"
        return f"{self.base}/?paged={n}" if not self.pretty else f"{self.base}/page/{n}{self.ts}"

    def cat_url(self, name: str) -> str:
        return self.archive_url("category", name)

    def tag_url(self, name: str) -> str:
        return self.archive_url("tag", name)

    def author_url(self, name: str) -> str:
        return self.archive_url("author", name)

    def feed_url(self, kind: str = "", key: str = "") -> str:
        """Main feed (""), "comments", the comment feed of post `key`-less (kind "post" uses post_feed_url),
        or a category / tag / author feed."""
        if not self.pretty:
            if kind == "":
                return f"{self.base}/?feed=rss2"
            if kind == "comments":
                return f"{self.base}/?feed=comments-rss2"
            q = {"category": "cat", "tag": "tag", "author": "author"}[kind]
            ident = {"category": lambda: self.cats[key][0], "tag": lambda: self.tags[key][1],
                     "author": lambda: self.authors[key][0]}[kind]()
            return f"{self.base}/?feed=rss2&{q}={ident}"
        if kind == "":
            return f"{self.base}/feed{self.ts}"
        if kind == "comments":
            return f"{self.base}/comments/feed{self.ts}"
        return self.archive_url(kind, key).rstrip("/") + f"/feed{self.ts}"

    def post_feed_url(self, p: Post) -> str:
        u = self.url[id(p)]
        if not self.pretty:
            return f"{self.base}/?p={p.id}&feed=rss2"
        return u.rstrip("/") + "/feed" + ("/" if self.scheme != "archives" else "")

    def reply_url(self, p: Post, c: Comment) -> str:
        u = self.url[id(p)]
        return u + ("&" if "?" in u else "?") + f"replytocom={c.id}#respond"

    def cat_slug(self, name: str) -> str:
        return self.cats[name][1]

    def post_class(self, p: Post) -> str:
        """get_post_class()."""
        return " ".join([f"post-{p.id}", "post", "type-post", "status-publish", "format-standard", "hentry",
                         f"category-{self.cat_slug(p.category)}"] + [f"tag-{self.tags[t][1]}" for t in p.tags])

    # -- dates ----------------------------------------------------------------------------------
    @staticmethod
    def date_format(d: datetime) -> str:
        """fr_FR's date_format option, "j F Y"."""
        return fr_date(d)

    # -- head -----------------------------------------------------------------------------------
    def feed_links(self, extra: list[tuple[str, str]]) -> str:
        name = esc(self.b.name)
        rows = [(f"{name} &raquo; Flux", self.feed_url()), (f"{name} &raquo; Flux des commentaires", self.feed_url("comments"))]
        rows += [(f"{name} &raquo; {t}", u) for t, u in extra]
        return "".join(f'<link rel="alternate" type="application/rss+xml" title="{t}" href="{amp(u)}" />\n' for t, u in rows)

    def rest_url(self, route: str = "/") -> str:
        return f"{self.base}/wp-json{route}" if self.pretty else f"{self.base}/?rest_route={route}"

    def wp_head_links(self, rest_alt: str = "", canonical: str = "", shortlink: str = "") -> str:
        out = f'<link rel="https://api.w.org/" href="{amp(self.rest_url())}" />'
        if rest_alt:
            out += f'<link rel="alternate" type="application/json" href="{amp(self.rest_url(rest_alt))}" />'
        out += (f'<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{self.base}/xmlrpc.php?rsd" />\n'
                f'<meta name="generator" content="WordPress {WP_VERSION}" />\n')
        if canonical:
            out += f'<link rel="canonical" href="{amp(canonical)}" />\n'
        if shortlink:
            out += f'<link rel="shortlink" href="{amp(shortlink)}" />\n'
            from urllib.parse import quote
            enc = quote(canonical, safe="")
            out += (f'<link rel="alternate" type="application/json+oembed" href="{amp(self.rest_url("/oembed/1.0/embed"))}'
                    f'{"&#038;" if not self.pretty else "?"}url={enc}" />\n'
                    f'<link rel="alternate" type="text/xml+oembed" href="{amp(self.rest_url("/oembed/1.0/embed"))}'
                    f'{"&#038;" if not self.pretty else "?"}url={enc}&#038;format=xml" />\n')
        return out

    def doc_title(self, parts: list[str]) -> str:
        """wp_get_document_title(): parts joined by ` &#8211; `."""
        return " &#8211; ".join(esc(t) for t in parts if t)

    def head_parts(self, kind: str, key=None, n: int = 1) -> tuple[str, str]:
        """(title, feed <link>s and core links) of a page of `kind` home / single / category / tag / author / 404."""
        b = self.b
        pg = f"Page {n}" if n > 1 else ""
        if kind == "home":
            title = self.doc_title([b.name, pg, b.tagline])
            return title, self.feed_links([]) + self.wp_head_links()
        if kind == "single":
            p: Post = key
            u = self.url[id(p)]
            title = self.doc_title([p.title, b.name])
            links = self.feed_links([(f"{esc(p.title)} Flux des commentaires", self.post_feed_url(p))])
            return title, links + self.wp_head_links(f"/wp/v2/posts/{p.id}", u, f"{self.base}/?p={p.id}")
        if kind == "404":
            return self.doc_title(["Page non trouvée", b.name]), self.feed_links([]) + self.wp_head_links()
        label = {"category": "Flux de la catégorie", "tag": "Flux de l’étiquette", "author": "Flux des publications par"}[kind]
        rest = {"category": lambda: f"/wp/v2/categories/{self.cats[key][0]}", "tag": lambda: f"/wp/v2/tags/{self.tags[key][0]}",
                "author": lambda: f"/wp/v2/users/{self.authors[key][0]}"}[kind]()
        title = self.doc_title([key, pg, b.name])
        return title, self.feed_links([(f"{label} {esc(key)}", self.feed_url(kind, key))]) + self.wp_head_links(rest)

    # -- comment form -----------------------------------------------------------------------------
    def comment_form(self, p: Post, submit_block: bool = True, rows: int = 8, title: bool = True) -> str:
        """comment_form() with core's fr_FR strings (only when comments are open); a classic theme's has
        no block button classes, Newspack's has no title and a 5-row textarea."""
        u = self.url[id(p)]
        cancel = (f'<small><a rel="nofollow" id="cancel-comment-reply-link" href="{amp(u)}#respond" style="display:none;">'
                  'Annuler la réponse</a></small>')
        head = f'<h3 id="reply-title" class="comment-reply-title">Laisser un commentaire {cancel}</h3>' if title else cancel
        btn = ('<p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" '
               'class="wp-block-button__link wp-element-button" value="Laisser un commentaire" />') if submit_block else \
              '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" />'
        return f"""<div id="respond" class="comment-respond">
		{head}<form action="{self.base}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> <span class="required-field-message">Les champs obligatoires sont indiqués avec <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="{rows}" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>
<p class="comment-form-url"><label for="url">Site web</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url" /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.</label></p>
{btn} <input type="hidden" name="comment_post_ID" value="{p.id}" id="comment_post_ID" />
<input type="hidden" name="comment_parent" id="comment_parent" value="0" />
</p></form>	</div><!-- #respond -->
	"""

    def comment_text(self, c: Comment) -> str:
        """comment_text filters: make_clickable (rel nofollow ugc), wpautop."""
        return "".join(f"<p>{autolink(t, 'nofollow ugc')}</p>\n" for t in c.text)

    def threads(self, p: Post) -> list[tuple[Comment, list]]:
        """Comments as a tree (children in date order), thread_comments_depth 5 (deeper replies flattened)."""
        return comment_tree(p.comments)

    def comment_classes(self, p: Post, c: Comment, depth: int, alt: list[int]) -> str:
        """get_comment_class(): registered author's classes, odd/even, thread-odd/even, depth-N."""
        cls = ["comment"]
        if c.by_author:  # written by the post's author, logged in
            cls += ["byuser", f"comment-author-{self.authors[p.author][1]}", "bypostauthor"]
        cls += ["odd", "alt"] if alt[0] % 2 else ["even"]
        alt[0] += 1
        if depth == 1:
            cls += ["thread-odd", "thread-alt"] if alt[1] % 2 else ["thread-even"]
            alt[1] += 1
        cls.append(f"depth-{depth}")
        return " ".join(cls)

    def reply_link(self, p: Post, c: Comment, depth: int) -> str:
        """get_comment_reply_link() (nothing when comments are closed or at the maximum depth)."""
        if not p.comments_open or depth >= 5:
            return ""
        who = esc(c.author)
        return (f'<a rel="nofollow" class="comment-reply-link" href="{amp(self.reply_url(p, c))}" data-commentid="{c.id}" '
                f'data-postid="{p.id}" data-belowelement="comment-{c.id}" data-respondelement="respond" '
                f'data-replyto="Répondre à {who}" aria-label="Répondre à {who}">Répondre</a>')

    # -- feeds ------------------------------------------------------------------------------------
    def rss_head(self, title: str, self_url: str, link: str, last: datetime, desc: str | None = None) -> str:
        return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>{x(title)}</title>
	<atom:link href="{x(self_url)}" rel="self" type="application/rss+xml" />
	<link>{x(link)}</link>
	<description>{x(self.b.tagline if desc is None else desc)}</description>
	<lastBuildDate>{gmt(last)}</lastBuildDate>
	<language>fr-FR</language>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v={WP_VERSION}</generator>
"""

    def content_html(self, p: Post) -> str:
        """the_content() of a post: the author's paragraphs (no auto-linking in post content)."""
        body = "\n\n".join(f"<p>{esc(t)}</p>" for t in p.paragraphs)
        if p.links:
            body += "\n\n<p>À lire aussi : " + ", ".join(f'<a href="{esc(u)}">{esc(a)}</a>' for u, a in p.links) + "</p>"
        if p.source:
            body += f'\n\n<p>Source : <a href="{esc(p.source[1])}">{esc(p.source[0])}</a></p>'
        return body + "\n"

    def rss(self, posts: list[Post], title: str, self_url: str, link: str) -> str:
        items = []
        shown = sorted(posts, key=lambda q: (q.when, q.id), reverse=True)[:self.b.feed_items]
        for p in shown:
            u = self.url[id(p)]
            exc, more = trim_words(p.paragraphs, 55)
            cats = "".join(f"\t\t<category>{cdata(t)}</category>\n" for t in [p.category] + p.tags)
            items.append(f"""	<item>
		<title>{x(p.title)}</title>
		<link>{x(u)}</link>
		<comments>{x(u)}#{"comments" if p.comments else "respond"}</comments>
		<dc:creator>{cdata(p.author)}</dc:creator>
		<pubDate>{gmt(p.when)}</pubDate>
{cats}		<guid isPermaLink="false">{self.base}/?p={p.id}</guid>

					<description>{cdata(esc(exc) + (" [&#8230;]" if more else ""))}</description>
										<content:encoded>{cdata(self.content_html(p))}</content:encoded>
					<wfw:commentRss>{x(self.post_feed_url(p))}</wfw:commentRss>
			<slash:comments>{len(p.comments)}</slash:comments>
		</item>
""")
        last = max((q.last_modified for q in posts), default=self.now)
        return self.rss_head(title, self_url, link, last) + "".join(items) + "\t</channel>\n</rss>\n"

    def comments_rss(self, post: Post | None) -> str:
        b = self.b
        if post is None:
            pairs = [(p, c) for p in self.posts for c in p.comments]
            title, link, self_url = f"Commentaires pour {b.name}", f"{self.base}/", self.feed_url("comments")
        else:
            pairs = [(post, c) for c in post.comments]
            title, link, self_url = f"Commentaires sur : {post.title}", self.url[id(post)], self.post_feed_url(post)
        pairs.sort(key=lambda pc: (pc[1].when, pc[1].id), reverse=True)
        pairs = pairs[:b.feed_items]
        last = max((c.when for _, c in pairs), default=post.when if post else self.now)
        items = []
        for p, c in pairs:
            t = f"Par : {c.author}" if post is not None else f"Commentaire sur {p.title} par {c.author}"
            text = " ".join(" ".join(c.text).split())
            items.append(f"""	<item>
		<title>{x(t)}</title>
		<link>{x(self.url[id(p)])}#comment-{c.id}</link>

		<dc:creator>{cdata(c.author)}</dc:creator>
		<pubDate>{gmt(c.when)}</pubDate>
		<guid isPermaLink="false">{self.base}/?p={p.id}#comment-{c.id}</guid>
					<description>{cdata(esc(text))}</description>
		<content:encoded>{cdata(self.comment_text(c))}</content:encoded>

		</item>
""")
        return self.rss_head(title, self_url, link, last) + "".join(items) + "\t</channel>\n</rss>\n"

    # -- sitemaps, robots -------------------------------------------------------------------------
    def sitemap_path(self, what: str) -> str:
        """`index`, `posts`, `category`, `post_tag`, `users` (page 1)."""
        if self.pretty:
            return {"index": "/wp-sitemap.xml", "posts": "/wp-sitemap-posts-post-1.xml",
                    "category": "/wp-sitemap-taxonomies-category-1.xml", "post_tag": "/wp-sitemap-taxonomies-post_tag-1.xml",
                    "users": "/wp-sitemap-users-1.xml"}[what]
        return {"index": "/?sitemap=index", "posts": "/?sitemap=posts&sitemap-subtype=post&paged=1",
                "category": "/?sitemap=taxonomies&sitemap-subtype=category&paged=1",
                "post_tag": "/?sitemap=taxonomies&sitemap-subtype=post_tag&paged=1", "users": "/?sitemap=users&paged=1"}[what]

    def urlset(self, rows: list[tuple[str, str | None]]) -> str:
        sheet = f"{self.base}/wp-sitemap.xsl" if self.pretty else f"{self.base}/?sitemap-stylesheet=sitemap"
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<?xml-stylesheet type="text/xsl" href="{x(sheet)}" ?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                + "".join(f"<url><loc>{x(u)}</loc>" + (f"<lastmod>{lm}</lastmod>" if lm else "") + "</url>" for u, lm in rows)
                + "</urlset>\n")

    def core_pages(self) -> dict[str, Page]:
        """Feeds, sitemaps, robots.txt and shortlink redirects, as core serves them."""
        b, posts, out = self.b, self.posts, {}
        last = max((p.last_modified for p in posts), default=self.now)
        out[self.path(self.feed_url())] = page(self.rss(posts, b.name, self.feed_url(), f"{self.base}"), RSS, modified=last)
        out[self.path(self.feed_url("comments"))] = page(self.comments_rss(None), RSS, modified=last)
        for p in posts:
            out[self.path(self.post_feed_url(p))] = page(self.comments_rss(p), RSS, modified=p.last_modified)
        for kind, names in (("category", self.used_cats), ("tag", list(self.tags)),
                            ("author", [a for a in self.authors if any(p.author == a for p in posts)])):
            for name in names:
                mine = [p for p in posts if self.has(p, kind, name)]
                out[self.path(self.feed_url(kind, name))] = page(
                    self.rss(mine, f"{b.name} » {name}", self.feed_url(kind, name), self.archive_url(kind, name)), RSS)
        kinds = ["posts", "category"] + (["post_tag"] if self.tags else []) + ["users"]
        sheet = f"{self.base}/wp-sitemap-index.xsl" if self.pretty else f"{self.base}/?sitemap-stylesheet=index"
        out[self.sitemap_path("index")] = page(sitemapindex([self.base + self.sitemap_path(k) for k in kinds], sheet), XML)
        rows = [(f"{self.base}/", None)] + [(self.url[id(p)], utc_w3c(p.modified or p.when))
                                            for p in sorted(posts, key=lambda q: (q.when, q.id), reverse=True)]
        out[self.sitemap_path("posts")] = page(self.urlset(rows), XML)
        out[self.sitemap_path("category")] = page(self.urlset([(self.cat_url(c), None) for c in sorted(self.used_cats, key=lambda c: self.cats[c][0])]), XML)
        if self.tags:
            out[self.sitemap_path("post_tag")] = page(self.urlset([(self.tag_url(t), None) for t in self.tags]), XML)
        out[self.sitemap_path("users")] = page(self.urlset([(self.author_url(a), None) for a in self.authors
                                                             if any(p.author == a for p in posts)]), XML)
        delay = f"Crawl-delay: {b.crawl_delay}\n" if b.crawl_delay else ""
        out["/robots.txt"] = page(f"User-agent: *\n{delay}Disallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
                                  f"Sitemap: {self.base}{self.sitemap_path('index')}\n", TEXT)
        if self.pretty:  # the shortlink: redirect_canonical() answers 301 to the permalink
            for p in posts:
                out.setdefault(f"/?p={p.id}", redirect(self.url[id(p)]))
        return out

    def has(self, p: Post, kind: str, name: str) -> bool:
        return {"category": p.category == name, "tag": name in p.tags, "author": p.author == name}[kind]

    def listing_sets(self) -> list[tuple[str, str, list[Post]]]:
        """(kind, name, posts) of every category, tag and author archive."""
        posts = self.posts
        sets = [("category", c, [p for p in posts if p.category == c]) for c in self.used_cats]
        sets += [("tag", t, [p for p in posts if t in p.tags]) for t in self.tags]
        sets += [("author", a, [p for p in posts if p.author == a]) for a in self.authors]
        return [s for s in sets if s[2]]


# ---------------------------------------------------------------------------------------------------
# Twenty Twenty-Four

def paginate_links(cur: int, total: int, url, prev: str = "", nxt: str = "") -> str:
    """paginate_links() with end_size 1 and mid_size 2; prev/next links when their texts are given."""
    out, dots = [], False
    if prev and cur > 1:
        out.append(f'<a class="prev page-numbers" href="{amp(url(cur - 1))}">{prev}</a>')
    for n in range(1, total + 1):
        if n == cur:
            out.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
            dots = True
        elif n <= 1 or cur - 2 <= n <= cur + 2 or n > total - 1:
            out.append(f'<a class="page-numbers" href="{amp(url(n))}">{n}</a>')
            dots = True
        elif dots:
            out.append('<span class="page-numbers dots">&hellip;</span>')
            dots = False
    if nxt and cur < total:
        out.append(f'<a class="next page-numbers" href="{amp(url(cur + 1))}">{nxt}</a>')
    return "\n".join(out)


class _TT4(WPCore):
    def __init__(self, blog: Blog, now: datetime = NOW):
        super().__init__(blog, now, scheme_of(blog.host))

    # -- frame --------------------------------------------------------------------------------------
    def header(self, home: bool) -> str:
        cur = ' aria-current="page"' if home else ""
        return f"""<header class="wp-block-template-part">
<div class="wp-block-group alignwide has-base-background-color has-background has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:20px;padding-bottom:20px">
<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-container-core-group-is-layout-3 wp-block-group-is-layout-flex">
<div class="wp-block-group is-layout-flex wp-container-core-group-is-layout-2 wp-block-group-is-layout-flex">
<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><p class="wp-block-site-title"><a href="{self.base}" target="_self" rel="home"{cur}>{esc(self.b.name)}</a></p></div>
</div>
</div>
</div>
</header>
"""

    def footer(self) -> str:
        def nav(label: str, items: list[str]) -> str:
            lis = "".join(f'<li class=" wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content"  href="#"><span class="wp-block-navigation-item__label">{i}</span></a></li>'
                          for i in items)
            return (f'<div class="wp-block-group is-vertical is-content-justification-stretch is-layout-flex wp-block-group-is-layout-flex">\n'
                    f'<h2 class="wp-block-heading has-medium-font-size has-body-font-family" style="font-style:normal;font-weight:600">{label}</h2>\n\n'
                    f'<div class="wp-block-group is-vertical is-layout-flex wp-block-group-is-layout-flex"><nav style="font-style:normal;font-weight:400;" class="has-small-font-size  is-vertical wp-block-navigation is-layout-flex wp-block-navigation-is-layout-flex" aria-label="{label}"><ul style="font-style:normal;font-weight:400;" class="wp-block-navigation__container has-small-font-size  is-vertical wp-block-navigation has-small-font-size">{lis}</ul></nav></div>\n</div>\n')
        return f"""<footer class="wp-block-template-part">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--50);padding-bottom:var(--wp--preset--spacing--50)">
<div class="wp-block-columns alignwide is-layout-flex wp-container-core-columns-is-layout-1 wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:30%">
<div class="wp-block-group is-vertical is-layout-flex wp-block-group-is-layout-flex">
<p class="wp-block-site-title has-medium-font-size"><a href="{self.base}" target="_self" rel="home">{esc(self.b.name)}</a></p>

<p class="wp-block-site-tagline has-small-font-size">{esc(self.b.tagline)}</p></div>
</div>

<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:20%"></div>

<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:50%">
<div class="wp-block-group is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex">
{nav("À propos", ["Équipe", "Histoire", "Carrières"])}
{nav("Confidentialité", ["Politique de confidentialité", "Conditions générales", "Nous contacter"])}
{nav("Réseaux sociaux", ["Facebook", "Instagram", "Twitter/X"])}</div>
</div>
</div>

<div class="wp-block-group alignwide" style="padding-top:var(--wp--preset--spacing--50);padding-bottom:0">
<p class="has-contrast-2-color has-text-color has-link-color has-small-font-size">
		Conçu avec <a href="https://fr.wordpress.org" rel="nofollow">WordPress</a>		</p>
</div>
</div>
</footer>
"""

    def doc(self, title: str, head: str, body_class: str, main: str, home: bool = False, reply_js: bool = False) -> str:
        js = (f'<script src="{self.base}/wp-includes/js/comment-reply.min.js?ver={WP_VERSION}" id="comment-reply-js" '
              'async="async" data-wp-strategy="async"></script>\n') if reply_js else ""
        feeds, core = head.split('<link rel="https://api.w.org/"', 1)
        return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="robots" content="max-image-preview:large" />
<title>{title}</title>
{feeds}<link rel="stylesheet" id="wp-block-library-css" href="{self.base}/wp-includes/css/dist/block-library/style.min.css?ver={WP_VERSION}" media="all" />
<link rel="stylesheet" id="twentytwentyfour-button-style-outline-css" href="{self.base}/wp-content/themes/twentytwentyfour/assets/css/button-outline.css?ver=1.0" media="all" />
<link rel="https://api.w.org/"{core}</head>

<body class="{body_class} wp-embed-responsive">

<div class="wp-site-blocks">{self.header(home)}

{main}

{self.footer()}</div>
{js}
</body>
</html>
"""

    # -- post bits ------------------------------------------------------------------------------------
    def post_date(self, p: Post) -> str:
        d = p.when
        return (f'<div class="wp-block-post-date"><time datetime="{iso(d)}"><a href="{amp(self.url[id(p)])}">'
                f'{MOIS_ABBR[d.month - 1]} {d.day}, {d.year}</a></time></div>')

    def post_meta(self, p: Post) -> str:
        """parts/post-meta.html -> patterns/hidden-post-meta.php."""
        return f"""<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<div class="wp-block-group is-content-justification-left is-layout-flex wp-container-core-group-is-layout-4 wp-block-group-is-layout-flex">{self.post_date(p)}

<p class="has-contrast-2-color has-text-color">—</p>

<p class="has-small-font-size has-contrast-2-color has-text-color">par</p>

<div class="wp-block-post-author-name"><a href="{amp(self.author_url(p.author))}" target="_self" class="wp-block-post-author-name__link">{esc(p.author)}</a></div>

<div class="taxonomy-category wp-block-post-terms"><span class="wp-block-post-terms__prefix">dans </span><a href="{amp(self.cat_url(p.category))}" rel="tag">{esc(p.category)}</a></div></div>
</div>
"""

    def excerpt(self, p: Post, n: int, size: str = "") -> str:
        text, more = trim_words(p.paragraphs, n)
        cls = f"wp-block-post-excerpt{' has-' + size + '-font-size' if size else ''}"
        return f'<div class="{cls}"><p class="wp-block-post-excerpt__excerpt">{esc(text)}{"&hellip; " if more else ""}</p></div>'

    def comment_li(self, p: Post, node, depth: int, alt: list[int]) -> str:
        c, children = node
        u = self.url[id(p)]
        author = esc(c.author)
        if c.url:
            author = f'<a rel="external nofollow ugc" href="{esc(c.url)}" target="_self" >{author}</a>'
        reply = self.reply_link(p, c, depth)
        inner = f"""
<div class="wp-block-group" style="margin-top:0;margin-bottom:var(--wp--preset--spacing--30)">
<div class="wp-block-group is-nowrap is-layout-flex wp-container-core-group-is-layout-9 wp-block-group-is-layout-flex">

<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><div class="wp-block-comment-author-name">{author}</div>

<div class="wp-block-comment-date"><time datetime="{iso(c.when)}"><a href="{amp(u)}#comment-{c.id}">{self.date_format(c.when)}</a></time></div></div>
</div>

<div class="wp-block-comment-content">{self.comment_text(c)}</div>

<div class="wp-block-group is-nowrap is-layout-flex wp-container-core-group-is-layout-10 wp-block-group-is-layout-flex">
{f'<div class="wp-block-comment-reply-link">{reply}</div>' if reply else ""}</div>
</div>
"""
        classes = self.comment_classes(p, c, depth, alt)
        if children:
            sub = "".join(self.comment_li(p, ch, min(depth + 1, 5), alt) for ch in children)
            inner += f"<ol>{sub}</ol>" if depth < 5 else sub
        return f'<li id="comment-{c.id}" class="{classes}">{inner}</li>'

    def comments_block(self, p: Post) -> str:
        """patterns/hidden-comments.php: the comments block (nothing when closed without comments)."""
        if not p.comments_open and not p.comments:
            return ""
        n = len(p.comments)
        title = ""
        if n:
            what = "Une réponse à" if n == 1 else f"{n} réponses à"
            title = f'<h3 id="comments" class="wp-block-comments-title">{what} « {esc(p.title)} »</h3>\n\n'
        lis = ""
        if n:
            alt = [0, 0]
            lis = ('<ol class="wp-block-comment-template">'
                   + "".join(self.comment_li(p, node, 1, alt) for node in self.threads(p)) + "</ol>\n\n")
        form = ""
        if p.comments_open:
            form = ('<div class="wp-block-post-comments-form" style="padding-top:var(--wp--preset--spacing--20);'
                    f'padding-bottom:var(--wp--preset--spacing--20)">{self.comment_form(p)}</div>\n')
        return f"""<div class="wp-block-comments wp-block-comments-query-loop">
<h2>Commentaires</h2>

{title}{lis}{form}</div>
"""

    def adjacent(self, p: Post) -> tuple[Post | None, Post | None]:
        ordered = sorted(self.posts, key=lambda q: (q.when, q.id))
        i = self.order[id(p)]
        return (ordered[i - 1] if i > 0 else None), (ordered[i + 1] if i + 1 < len(ordered) else None)

    def post_nav(self, p: Post) -> str:
        prev, nxt = self.adjacent(p)
        left = right = ""
        if prev:
            left = (f'<span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span>'
                    f'<a href="{amp(self.url[id(prev)])}" rel="prev"><span class="post-navigation-link__label">Précédent : </span> '
                    f'<span class="post-navigation-link__title">{esc(prev.title)}</span></a>')
        if nxt:
            right = (f'<a href="{amp(self.url[id(nxt)])}" rel="next"><span class="post-navigation-link__label">Suivant : </span> '
                     f'<span class="post-navigation-link__title">{esc(nxt.title)}</span></a>'
                     f'<span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span>')
        return (f'<nav class="wp-block-group is-content-justification-space-between is-nowrap is-layout-flex wp-container-core-group-is-layout-11 wp-block-group-is-layout-flex" '
                f'style="padding-top:var(--wp--preset--spacing--40);padding-bottom:var(--wp--preset--spacing--40)" aria-label="Publications">'
                f'<div class="post-navigation-link-previous wp-block-post-navigation-link">{left}</div>\n\n'
                f'<div class="post-navigation-link-next wp-block-post-navigation-link">{right}</div></nav>')

    def single(self, p: Post) -> str:
        tags = ""
        if p.tags:
            tags = ('<div class="taxonomy-post_tag is-style-pill wp-block-post-terms">'
                    + '<span class="wp-block-post-terms__separator">  </span>'.join(
                        f'<a href="{amp(self.tag_url(t))}" rel="tag">{esc(t)}</a>' for t in p.tags) + "</div>\n\n")
        main = f"""<main class="wp-block-group alignfull is-layout-flow wp-block-group-is-layout-flow">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-bottom:var(--wp--preset--spacing--40);padding-top:var(--wp--preset--spacing--50)">

<div class="wp-block-group is-vertical is-content-justification-stretch is-layout-flex wp-container-core-group-is-layout-5 wp-block-group-is-layout-flex" style="padding-top:0;padding-bottom:0"><h1 class="wp-block-post-title has-x-large-font-size">{esc(p.title)}</h1>

{self.post_meta(p)}</div>
</div>

<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
{self.content_html(p)}</div>

<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--40);padding-bottom:var(--wp--preset--spacing--50)">{tags}
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<div style="height:var(--wp--preset--spacing--40)" aria-hidden="true" class="wp-block-spacer"></div>

<hr class="wp-block-separator has-text-color has-contrast-3-color has-alpha-channel-opacity has-contrast-3-background-color has-background is-style-wide" style="margin-bottom:var(--wp--preset--spacing--40)"/>

{self.comments_block(p)}
{self.post_nav(p)}
</div>
</div>
</main>"""
        title, head = self.head_parts("single", p)
        cls = (f"post-template-default single single-post postid-{p.id} single-format-standard logged-out")
        return self.doc(title, head, cls, main, reply_js=p.comments_open)

    def item_pages(self):
        return post_pages(self)

    # -- listings -------------------------------------------------------------------------------------
    def pagination(self, n: int, total: int, url, numbers: bool) -> str:
        if total < 2:
            return ""
        prev = (f'<a href="{amp(url(n - 1))}" class="wp-block-query-pagination-previous"><span class="wp-block-query-pagination-previous-arrow is-arrow-arrow" aria-hidden="true">←</span>Page précédente</a>\n'
                if n > 1 else "")
        nums = f'\n<div class="wp-block-query-pagination-numbers">{paginate_links(n, total, url)}</div>\n' if numbers else ""
        nxt = (f'\n<a href="{amp(url(n + 1))}" class="wp-block-query-pagination-next">Page suivante<span class="wp-block-query-pagination-next-arrow is-arrow-arrow" aria-hidden="true">→</span></a>'
               if n < total else "")
        return ('<nav class="wp-block-query-pagination is-content-justification-space-between is-layout-flex '
                'wp-container-core-query-pagination-is-layout-1 wp-block-query-pagination-is-layout-flex" aria-label="Pagination">\n'
                f"{prev}{nums}{nxt}\n</nav>")

    def sidebar(self) -> str:
        """parts/sidebar.html -> patterns/hidden-sidebar.php (author biography empty: no description set)."""
        counts = {c: sum(1 for p in self.posts if p.category == c) for c in self.used_cats}
        cats = "".join(f'<li class="cat-item cat-item-{self.cats[c][0]}"><a href="{amp(self.cat_url(c))}">{esc(c)}</a> ({counts[c]})\n</li>\n\t'
                       for c in sorted(self.used_cats, key=str.lower))
        links = ""
        if self.b.blogroll:
            lis = "".join(f'<li class="has-small-font-size wp-block-navigation-item is-style-arrow-link wp-block-navigation-link">'
                          f'<a class="wp-block-navigation-item__content"  href="{esc(u)}"><span class="wp-block-navigation-item__label">{esc(n)}</span></a></li>'
                          for u, n in self.b.blogroll)
            links = f"""<hr class="wp-block-separator has-text-color has-contrast-color has-alpha-channel-opacity has-contrast-background-color has-background is-style-wide"/>

<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<div class="wp-block-group is-vertical is-layout-flex wp-block-group-is-layout-flex">
<h2 class="wp-block-heading" style="font-size:1.6rem">Liens utiles</h2>

<p class="has-small-font-size">Des liens que j’ai trouvés utiles et que je voulais partager.</p>
</div>

<nav style="font-style:normal;font-weight:400;" class="has-small-font-size  is-vertical wp-block-navigation is-layout-flex wp-block-navigation-is-layout-flex"><ul style="font-style:normal;font-weight:400;" class="wp-block-navigation__container has-small-font-size  is-vertical wp-block-navigation has-small-font-size">{lis}</ul></nav></div>
"""
        return f"""<aside class="wp-block-template-part">
<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="padding-right:0;padding-left:0">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:0;margin-bottom:0">
<div class="wp-block-group is-vertical is-layout-flex wp-block-group-is-layout-flex">
<h2 class="wp-block-heading" style="font-size:1.6rem">À propos de l’auteur</h2>
</div>
</div>

<hr class="wp-block-separator has-text-color has-contrast-color has-alpha-channel-opacity has-contrast-background-color has-background is-style-wide"/>

<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<h2 class="wp-block-heading" style="font-size:1.6rem">Catégories populaires</h2>

<ul class="wp-block-categories-list has-small-font-size wp-block-categories">	{cats}</ul></div>

{links}<hr class="wp-block-separator has-text-color has-contrast-color has-alpha-channel-opacity has-contrast-background-color has-background is-style-wide"/>

<div class="wp-block-group is-vertical is-content-justification-stretch is-layout-flex wp-block-group-is-layout-flex">
<h2 class="wp-block-heading" style="font-size:1.6rem">Rechercher sur le site</h2>

{self.search_form(1, "Recherche…")}</div>

<div style="height:var(--wp--preset--spacing--10)" aria-hidden="true" class="wp-block-spacer"></div>
</div>
</aside>"""

    def search_form(self, k: int, placeholder: str = "") -> str:
        return (f'<form role="search" method="get" action="{self.base}/" class="wp-block-search__button-outside wp-block-search__text-button wp-block-search">'
                f'<label class="wp-block-search__label screen-reader-text" for="wp-block-search__input-{k}" >Rechercher</label>'
                f'<div class="wp-block-search__inside-wrapper " ><input class="wp-block-search__input" id="wp-block-search__input-{k}" '
                f'placeholder="{placeholder}" value="" type="search" name="s" required /><button aria-label="Rechercher" '
                'class="wp-block-search__button wp-element-button" type="submit" >Rechercher</button></div></form>')

    def home_pages(self) -> dict[str, str]:
        """patterns/template-home-blogging.php + page-home-blogging.php (query inherits the main query)."""
        chunks = pages_of(self.posts, self.b.per_page)
        out = {}
        for n, chunk in enumerate(chunks, 1):
            items = "".join(f"""<li class="wp-block-post {self.post_class(p)}">
<article class="wp-block-group is-vertical is-content-justification-stretch is-layout-flex wp-container-core-group-is-layout-6 wp-block-group-is-layout-flex">

<h2 class="wp-block-post-title has-large-font-size"><a href="{amp(self.url[id(p)])}" target="_self" >{esc(p.title)}</a></h2>

{self.post_meta(p)}</article>

{self.excerpt(p, 40)}

<div style="height:100px" aria-hidden="true" class="wp-block-spacer"></div>

</li>""" for p in chunk)
            posts = f'<ul class="wp-block-post-template is-layout-flow wp-block-post-template-is-layout-flow">{items}</ul>\n\n' if chunk else ""
            if not chunk:
                posts = '<p>Désolé, mais rien ne correspond à vos critères de recherche. Veuillez réessayer avec d’autres mots-clés.</p>\n'
            main = f"""<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:0;margin-bottom:0;padding-top:0;padding-right:0;padding-bottom:0;padding-left:0">
<div class="wp-block-group alignwide has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:0;margin-bottom:0;padding-top:var(--wp--preset--spacing--40);padding-bottom:var(--wp--preset--spacing--40)">
<div class="wp-block-columns alignwide is-layout-flex wp-container-core-columns-is-layout-2 wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:10%"></div>

<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:60%">
<div class="wp-block-query is-layout-flow wp-block-query-is-layout-flow">{posts}{self.pagination(n, len(chunks), self.home_url, True)}

</div>
</div>

<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:10%"></div>

<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:30%">{self.sidebar()}</div>

<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:10%"></div>
</div>
</div>
</main>"""
            title, head = self.head_parts("home", None, n)
            cls = "home blog logged-out" + (f" paged paged-{n}" if n > 1 else "")
            out[self.path(self.home_url(n))] = self.doc(title, head, cls, main, home=n == 1)
        return out

    def archive_pages(self, kind: str, name: str, posts: list[Post]) -> dict[str, str]:
        """templates/archive.html: query-title + patterns/posts-3-col.php."""
        chunks = pages_of(posts, self.b.per_page)
        ident, slug = {"category": self.cats, "tag": self.tags, "author": self.authors}[kind][name]
        prefix = {"category": "Catégorie :", "tag": "Étiquette :", "author": "Auteur/autrice :"}[kind]
        inner = f'<span class="vcard">{esc(name)}</span>' if kind == "author" else f"<span>{esc(name)}</span>"
        out = {}
        for n, chunk in enumerate(chunks, 1):
            items = "".join(f"""<li class="wp-block-post {self.post_class(p)}">

<div class="wp-block-group is-vertical is-nowrap is-layout-flex wp-container-core-group-is-layout-7 wp-block-group-is-layout-flex" style="margin-top:var(--wp--preset--spacing--20);padding-top:0"><h2 class="wp-block-post-title has-large-font-size"><a href="{amp(self.url[id(p)])}" target="_self" >{esc(p.title)}</a></h2>

{self.post_meta(p)}
{self.excerpt(p, 55, "small")}

<div style="height:0px" aria-hidden="true" class="wp-block-spacer"></div>
</div>

</li>""" for p in chunk)
            url = (lambda k, kind=kind, name=name: self.archive_url(kind, name, k))
            main = f"""<main class="wp-block-group alignfull has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<h1 style="line-height:1;padding-top:var(--wp--preset--spacing--50);" class="wp-block-query-title alignwide">{prefix} {inner}</h1>


<div class="wp-block-query alignwide is-layout-flow wp-block-query-is-layout-flow">

<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:0;margin-bottom:0;padding-top:var(--wp--preset--spacing--50);padding-right:0;padding-bottom:var(--wp--preset--spacing--50);padding-left:0"><ul class="alignfull wp-block-post-template is-layout-grid wp-container-core-post-template-is-layout-1 wp-block-post-template-is-layout-grid">{items}</ul>

<div style="margin-top:0;margin-bottom:0;height:var(--wp--preset--spacing--40)" aria-hidden="true" class="wp-block-spacer"></div>

{self.pagination(n, len(chunks), url, False)}
</div>
</div>
</main>"""
            title, head = self.head_parts(kind, name, n)
            cls = {"category": f"archive category category-{slug} category-{ident}", "tag": f"archive tag tag-{slug} tag-{ident}",
                   "author": f"archive author author-{slug} author-{ident}"}[kind] + " logged-out"
            cls += f" paged paged-{n} {kind}-paged-{n}" if n > 1 else ""
            out[self.path(url(n))] = self.doc(title, head, cls, main)
        return out

    def not_found(self) -> str:
        main = f"""<main class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--50);margin-bottom:var(--wp--preset--spacing--50)">
<h1 class="wp-block-heading" id="page-not-found">Page non trouvée</h1>


<p>La page que vous recherchez n’existe pas, ou elle a été déplacée. Veuillez essayer une recherche à l’aide du formulaire ci-dessous.</p>


{self.search_form(2)}
</main>"""
        title, head = self.head_parts("404")
        return self.doc(title, head, "error404 logged-out", main)


def item_pages(blog: Blog, now: datetime = NOW):
    return _TT4(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a WordPress / Twenty Twenty-Four blog keyed by path?query, and its 404 page."""
    return site_pages(_TT4(blog, now), keep)


def site_pages(t: WPCore, keep: dict[str, Page] | None) -> tuple[dict[str, Page], Page]:
    """Every page a theme over WordPress core serves (Twenty Twenty-Four, Newspack), and its 404 page."""
    keep = keep or {}
    last = max((p.last_modified for p in t.b.posts), default=t.now)
    hdrs = {"Link": f'<{t.rest_url()}>; rel="https://api.w.org/"'}
    out: dict[str, Page] = {}
    for path, html in t.home_pages().items():
        out[path] = page(html, modified=last, headers=hdrs)
    out.update(served(t, keep))
    for kind, name, posts in t.listing_sets():
        for path, html in t.archive_pages(kind, name, posts).items():
            out[path] = page(html, headers=hdrs)
    for path, pg in t.core_pages().items():
        out.setdefault(path, pg)
    return out, page(t.not_found(), status=404, headers=hdrs)


IGNORED_PARAMS: set[str] = {"replytocom", "utm_source", "utm_medium", "utm_campaign"}
