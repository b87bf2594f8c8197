"""WordPress with the classic Twenty Twelve theme (its PHP templates) and, by default, the plain `?p=123` permalinks, fr_FR.

Follows WordPress/twentytwelve `header.php` (`div#page.hfeed.site`, `hgroup > h1.site-title`), `content.php`
(`article.post` with `h1.entry-title > a[rel=bookmark]` on listings, `footer.entry-meta` "Cette entrée a été
publiée dans ... le <time class="entry-date"> par <span class="author vcard">"), `functions.php`
(`twentytwelve_comment`: `li#li-comment-N > article#comment-N.comment > header.comment-meta.comment-author.vcard`
`> cite > b.fn`, `<a><time datetime>`, `section.comment-content.comment`; `twentytwelve_content_nav`),
`comments.php` (`ol.commentlist`, `h2.comments-title`, `p.nocomments`), `sidebar.php` (`aside.widget`,
`h3.widget-title`) and `footer.php` ("Fièrement propulsé par WordPress"). With plain permalinks every
WordPress URL is a query (`/?p=12`, `/?paged=2`, `/?cat=3`, `/?m=202503`, `/?author=1`, `/?page_id=2`,
`/?feed=rss2`, `/wp-sitemap.xml` still); any other `url_scheme` gives the pretty URLs.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import datetime

from sectorweb.dates import NOW, fr_at, fr_date, fr_month, iso, iso_utc, rfc822
from sectorweb.families import permalink, url_scheme
from sectorweb.families.common import (RSS, TEXT, XML, Page, autolink, cdata, esc, page, pages_of, paras, redirect,
                                       served)
from sectorweb.feeds import sitemapindex, urlset, x
from sectorweb.families.wordpress import STATIC, VERSION, _WP
from sectorweb.model import Blog, Comment, Post


class _Classic(_WP):
    def __init__(self, blog: Blog, now: datetime = NOW):
        super().__init__(blog, now)
        self.url = {id(p): permalink("wordpress_classic", blog.host, p) for p in self.posts}
        scheme = url_scheme("wordpress_classic", blog.host)
        self.plain = scheme == "plain"
        self.front = "/index.php" if scheme == "index_php" else ""  # PATHINFO permalinks prefix every pretty URL
        self.cat_id = {name: 3 + i for i, name in enumerate(sorted(self.cats))}

    # -- URLs (path?query), plain or pretty ----------------------------------------------------
    def listing_path(self, kind: str, key, n: int) -> str:
        if self.plain:
            q = {"home": "", "cat": f"cat={key}", "month": f"m={key}", "author": "author=1"}[kind]
            q = "&".join(filter(None, [q, f"paged={n}" if n > 1 else ""]))
            return "/" + (f"?{q}" if q else "")
        base = {"home": "/", "cat": f"{self.front}/category/{key}/", "month": f"{self.front}/{key}/",
                "author": f"{self.front}/author/{self.b.author_slug}/"}[kind]
        return base if n == 1 else (f"{self.front}/page/{n}/" if kind == "home" else f"{base}page/{n}/")

    def cat_path(self, name: str) -> str:
        return self.listing_path("cat", self.cat_id[name] if self.plain else self.cats[name], 1)

    def month_path(self, d: datetime) -> str:
        return self.listing_path("month", f"{d:%Y%m}" if self.plain else f"{d:%Y/%m}", 1)

    def static_path(self, slug: str, pid: int) -> str:
        return f"/?page_id={pid}" if self.plain else f"{self.front}/{slug}/"

    def feed_path(self, comments: bool = False) -> str:
        if self.plain:
            return "/?feed=comments-rss2" if comments else "/?feed=rss2"
        return f"{self.front}/comments/feed/" if comments else f"{self.front}/feed/"

    def h(self, path: str) -> str:
        return esc(self.base + path)

    # -- frame -------------------------------------------------------------------------------
    def head(self, title: str, canonical: str | None = None, shortlink: int | None = None) -> str:
        b = self.b
        extra = f'<link rel="canonical" href="{esc(canonical)}">\n' if canonical else ""
        if shortlink:
            extra += f'<link rel="shortlink" href="{self.base}/?p={shortlink}">\n'
        return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width">
<title>{esc(title)}</title>
<link rel="profile" href="https://gmpg.org/xfn/11">
<link rel="pingback" href="{self.base}/xmlrpc.php">
<link rel="alternate" type="application/rss+xml" title="{esc(b.name)} &raquo; Flux" href="{self.h(self.feed_path())}">
<link rel="alternate" type="application/rss+xml" title="{esc(b.name)} &raquo; Flux des commentaires" href="{self.h(self.feed_path(True))}">
<link rel="stylesheet" id="twentytwelve-fonts-css" href="{self.base}/wp-content/themes/twentytwelve/fonts/font-open-sans.css?ver=20230328" media="all">
<link rel="stylesheet" id="twentytwelve-style-css" href="{self.base}/wp-content/themes/twentytwelve/style.css?ver=20240402" media="all">
<script src="{self.base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{self.base}/{"?rest_route=/" if self.plain else "wp-json/"}">
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{self.base}/xmlrpc.php?rsd">
<meta name="generator" content="WordPress {VERSION}">
{extra}<style type="text/css" id="custom-background-css">body.custom-background {{ background-color: #e6e6e6; }}</style>
</head>"""

    def header(self, is_home: bool) -> str:
        b = self.b
        pages = "".join(f'<li class="page_item page-item-{2 + k}"><a href="{self.h(self.static_path(s, 2 + k))}">{esc(n)}</a></li>'
                        for k, (s, n) in enumerate(STATIC[:2]))
        return f"""<div id="page" class="hfeed site">
<header id="masthead" class="site-header">
<hgroup>
<h1 class="site-title"><a href="{self.base}/" title="{esc(b.name)}" rel="home">{esc(b.name)}</a></h1>
<h2 class="site-description">{esc(b.tagline)}</h2>
</hgroup>
<nav id="site-navigation" class="main-navigation">
<button class="menu-toggle">Menu</button>
<a class="assistive-text" href="#content" title="Aller au contenu">Aller au contenu</a>
<div class="nav-menu"><ul><li><a href="{self.base}/">Accueil</a></li>{pages}</ul></div>
</nav>
</header>
<div id="main" class="wrapper">
<div id="primary" class="site-content">
<div id="content" role="main">
"""

    def sidebar(self) -> str:
        b = self.b
        recent = "".join(f'<li><a href="{self.url[id(p)]}">{esc(p.title)}</a></li>' for p in self.posts[::-1][:5])
        comments = sorted(((c, p) for p in self.posts for c in p.comments), key=lambda cp: cp[0].when)[::-1][:5]
        rc = "".join('<li class="recentcomments"><span class="comment-author-link">'
                     + (f'<a href="{esc(c.url)}" class="url" rel="ugc external nofollow">{esc(c.author)}</a>' if c.url else esc(c.author))
                     + f'</span> dans <a href="{self.url[id(p)]}#comment-{c.id}">{esc(p.title)}</a></li>' for c, p in comments)
        months = list(dict.fromkeys(datetime(p.when.year, p.when.month, 1) for p in self.posts[::-1]))
        arch = "".join(f'<li><a href="{self.h(self.month_path(d))}">{fr_month(d)}</a></li>' for d in months)
        cats = "".join(f'<li class="cat-item cat-item-{self.cat_id[n]}"><a href="{self.h(self.cat_path(n))}">{esc(n)}</a></li>'
                       for n in sorted(self.cats))
        roll = ""
        if b.blogroll:
            roll = ('<aside id="linkcat-2" class="widget widget_links"><h3 class="widget-title">Liens</h3>\n<ul class="xoxo blogroll">\n'
                    + "".join(f'<li><a href="{esc(u)}">{esc(n)}</a></li>\n' for u, n in b.blogroll) + "</ul>\n</aside>\n")
        return f"""</div><!-- #content -->
</div><!-- #primary -->
<div id="secondary" class="widget-area" role="complementary">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" id="searchform" class="searchform" action="{self.base}/"><div><label class="screen-reader-text" for="s">Rechercher :</label><input type="text" value="" name="s" id="s"><input type="submit" id="searchsubmit" value="Rechercher"></div></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h3 class="widget-title">Articles récents</h3><ul>{recent}</ul></aside>
<aside id="recent-comments-2" class="widget widget_recent_comments"><h3 class="widget-title">Commentaires récents</h3><ul id="recentcomments">{rc}</ul></aside>
<aside id="archives-2" class="widget widget_archive"><h3 class="widget-title">Archives</h3><ul>{arch}</ul></aside>
<aside id="categories-2" class="widget widget_categories"><h3 class="widget-title">Catégories</h3><ul>{cats}</ul></aside>
{roll}<aside id="meta-2" class="widget widget_meta"><h3 class="widget-title">Méta</h3><ul><li><a href="{self.base}/wp-login.php">Connexion</a></li><li><a href="{self.h(self.feed_path())}">Flux des publications</a></li><li><a href="{self.h(self.feed_path(True))}">Flux des commentaires</a></li><li><a href="https://fr.wordpress.org/">Site de WordPress-FR</a></li></ul></aside>
</div><!-- #secondary -->
</div><!-- #main .wrapper -->
<footer id="colophon" role="contentinfo">
<div class="site-info">
<a href="https://fr.wordpress.org/" class="imprint" title="Plate-forme de publication personnelle à la pointe de la sémantique">Fièrement propulsé par WordPress</a>
</div>
</footer>
</div><!-- #page -->
<script src="{self.base}/wp-content/themes/twentytwelve/js/navigation.js?ver=20141205" id="twentytwelve-navigation-js"></script>
</body>
</html>
"""

    def doc(self, title: str, body_class: str, main: str, is_home=False, canonical=None, shortlink=None) -> str:
        return (self.head(title, canonical, shortlink) + f'\n<body class="{body_class} custom-background custom-font-enabled single-author">\n'
                + self.header(is_home) + main + self.sidebar())

    # -- pieces ------------------------------------------------------------------------------
    def meta(self, p: Post) -> str:
        u = self.url[id(p)]
        return (f'<footer class="entry-meta">Cette entrée a été publiée dans <a href="{self.h(self.cat_path(p.category))}" rel="category">{esc(p.category)}</a> '
                f'le <a href="{u}" title="{p.when:%H:%M}" rel="bookmark"><time class="entry-date" datetime="{iso(p.when)}">{fr_date(p.when)}</time></a>'
                f'<span class="by-author"> par <span class="author vcard"><a class="url fn n" href="{self.h(self.listing_path("author", None, 1))}" '
                f'title="Afficher tous les articles par {esc(p.author)}" rel="author">{esc(p.author)}</a></span></span>.</footer>')

    def teaser(self, p: Post) -> str:
        u = self.url[id(p)]
        n = len(p.comments)
        label = "Laisser une réponse" if n == 0 else ("Une réponse" if n == 1 else f"{n} réponses")
        comments = f'<div class="comments-link"><a href="{u}#{"respond" if n == 0 else "comments"}">{label}</a></div>' \
            if p.comments_open or p.comments else ""
        return f"""<article id="post-{p.id}" class="post-{p.id} post type-post status-publish format-standard hentry category-{self.cats[p.category]}">
<header class="entry-header">
<h1 class="entry-title"><a href="{u}" rel="bookmark">{esc(p.title)}</a></h1>
{comments}
</header>
<div class="entry-content"><p>{autolink(p.paragraphs[0])} <a href="{u}#more-{p.id}" class="more-link">Continuer la lecture <span class="meta-nav">&rarr;</span></a></p></div>
{self.meta(p)}
</article>
"""

    def nav(self, kind: str, key, n: int, total: int) -> str:
        """twentytwelve_content_nav('nav-below'): older / newer only, no page numbers."""
        if total <= 1:
            return ""
        older = (f'<div class="nav-previous"><a href="{self.h(self.listing_path(kind, key, n + 1))}"><span class="meta-nav">&larr;</span> Articles plus anciens</a></div>'
                 if n < total else "")
        newer = (f'<div class="nav-next"><a href="{self.h(self.listing_path(kind, key, n - 1))}">Articles plus récents <span class="meta-nav">&rarr;</span></a></div>'
                 if n > 1 else "")
        return f'<nav id="nav-below" class="navigation" role="navigation"><h3 class="assistive-text">Navigation des articles</h3>{older}{newer}</nav>\n'

    def comment_html(self, p: Post, c: Comment, children: dict, depth: int, parity: list) -> str:
        u = self.url[id(p)]
        parity[0] += 1
        cls = ["comment", "even" if parity[0] % 2 else "odd", f"depth-{depth}"]
        if c.by_author:
            cls[1:1] = ["byuser", f"comment-author-{self.b.author_slug}", "bypostauthor"]
        kids = children.get(c.id, [])
        avatar = hashlib.md5(c.author.encode()).hexdigest()
        name = (f'<a href="{esc(c.url)}" class="url" rel="ugc external nofollow">{esc(c.author)}</a>' if c.url else esc(c.author))
        mark = " <span>Auteur de l’article</span>" if c.by_author else " "
        reply = (f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{u}{"&amp;" if self.plain else "?"}replytocom={c.id}#respond" '
                 f'data-commentid="{c.id}" data-postid="{p.id}" data-belowelement="comment-{c.id}" data-respondelement="respond" '
                 f'aria-label="Répondre à {esc(c.author)}">Répondre</a> <span>&darr;</span></div>' if p.comments_open else "")
        inner = "".join(self.comment_html(p, k, children, depth + 1, parity) for k in kids)
        return f"""<li class="{" ".join(cls)}" id="li-comment-{c.id}">
<article id="comment-{c.id}" class="comment">
<header class="comment-meta comment-author vcard">
<img alt="" src="http://secure.gravatar.com/avatar/{avatar}?s=44&amp;d=mm&amp;r=g" class="avatar avatar-44 photo" height="44" width="44" loading="lazy"><cite><b class="fn">{name}</b>{mark}</cite><a href="{u}#comment-{c.id}"><time datetime="{iso(c.when)}">{fr_at(c.when)}</time></a>
</header>
<section class="comment-content comment">
{paras(c.text, "nofollow ugc")}
</section>
{reply}
</article>
{'<ol class="children">' + inner + '</ol>' if inner else ''}
</li>
"""

    def comments_area(self, p: Post) -> str:
        children, roots = defaultdict(list), []
        for c in p.comments:
            (children[c.parent] if c.parent else roots).append(c)
        out = ['<div id="comments" class="comments-area">']
        if p.comments:
            n = len(p.comments)
            label = "Une réflexion" if n == 1 else f"{n} réflexions"
            out.append(f'<h2 class="comments-title">{label} sur « <span>{esc(p.title)}</span> »</h2>')
            parity = [0]
            out.append('<ol class="commentlist">' + "".join(self.comment_html(p, c, children, 1, parity) for c in roots) + "</ol>")
        if p.comments_open:
            out.append(f"""<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>
<form action="{self.base}/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span></p>
<p class="comment-form-comment"><label for="comment">Commentaire</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Nom</label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" required></p>
<p class="comment-form-email"><label for="email">E-mail</label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" required></p>
<p class="comment-form-url"><label for="url">Site web</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire"> <input type="hidden" name="comment_post_ID" value="{p.id}" id="comment_post_ID"> <input type="hidden" name="comment_parent" id="comment_parent" value="0"></p>
</form>
</div>""")
        elif p.comments:
            out.append('<p class="nocomments">Les commentaires sont fermés.</p>')
        out.append("</div><!-- #comments .comments-area -->")
        return "\n".join(out) + "\n"

    # -- pages -------------------------------------------------------------------------------
    def single(self, i: int) -> str:
        p = self.posts[i]
        body = self.post_body(p)
        nav = []
        if i > 0:
            q = self.posts[i - 1]
            nav.append(f'<span class="nav-previous"><a href="{self.url[id(q)]}" rel="prev"><span class="meta-nav">&larr;</span> {esc(q.title)}</a></span>')
        if i + 1 < len(self.posts):
            q = self.posts[i + 1]
            nav.append(f'<span class="nav-next"><a href="{self.url[id(q)]}" rel="next">{esc(q.title)} <span class="meta-nav">&rarr;</span></a></span>')
        main = f"""<article id="post-{p.id}" class="post-{p.id} post type-post status-publish format-standard hentry category-{self.cats[p.category]}">
<header class="entry-header">
<h1 class="entry-title">{esc(p.title)}</h1>
</header>
<div class="entry-content">
{body}
</div>
{self.meta(p)}
</article>
<nav class="nav-single"><h3 class="assistive-text">Navigation des articles</h3>{"".join(nav)}</nav>
{self.comments_area(p)}"""
        return self.doc(f"{p.title} | {self.b.name}", f"post-template-default single single-post postid-{p.id} single-format-standard",
                        main, canonical=self.url[id(p)], shortlink=p.id)

    def listing(self, posts: list[Post], kind: str, key, body_class: str, heading: str | None, title: str) -> dict[str, str]:
        out = {}
        chunks = pages_of(posts, self.b.per_page)
        for n, chunk in enumerate(chunks, 1):
            head = f'<header class="archive-header"><h1 class="archive-title">{heading}</h1></header>\n' if heading else ""
            main = head + "".join(self.teaser(p) for p in chunk) + self.nav(kind, key, n, len(chunks))
            t = title if n == 1 else f"{title} | Page {n}"
            out[self.listing_path(kind, key, n)] = self.doc(t, body_class + (f" paged paged-{n}" if n > 1 else ""), main)
        return out

    def feed(self) -> str:
        items = []
        for p in self.posts[::-1][:10]:
            u = self.url[id(p)]
            excerpt = " ".join(" ".join(p.paragraphs).split()[:55]) + " [&#8230;]"
            items.append(f"""	<item>
		<title>{x(p.title)}</title>
		<link>{x(u)}</link>
		<comments>{x(u)}#respond</comments>
		<dc:creator>{cdata(p.author)}</dc:creator>
		<pubDate>{rfc822(p.when)}</pubDate>
		<category>{cdata(p.category)}</category>
		<guid isPermaLink="false">{self.base}/?p={p.id}</guid>
		<description>{cdata(excerpt)}</description>
		<content:encoded>{cdata(paras(p.paragraphs))}</content:encoded>
		<slash:comments>{len(p.comments)}</slash:comments>
	</item>""")
        last = self.posts[-1].when if self.posts else self.now
        return self._rss(self.base + self.feed_path(), self.b.name, self.b.tagline, last, items)


def item_pages(blog: Blog, now: datetime = NOW):
    return _Classic(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a Twenty Twelve WordPress blog keyed by path?query, and its 404 page."""
    wp = _Classic(blog, now)
    keep = keep or {}
    posts = wp.posts
    last = posts[-1].last_modified if posts else now
    out: dict[str, Page] = {}
    for path, html in wp.listing(posts, "home", None, "home blog", None, f"{blog.name} | {blog.tagline}").items():
        out[path] = page(html, modified=last)
    for name, slug in wp.cats.items():
        ps = [p for p in posts if p.category == name]
        key = wp.cat_id[name] if wp.plain else slug
        for path, html in wp.listing(ps, "cat", key, f"archive category category-{slug}",
                                     f"Archives de catégorie : <span>{esc(name)}</span>", f"{name} | {blog.name}").items():
            out[path] = page(html, modified=ps[-1].when)
    months = defaultdict(list)
    for p in posts:
        months[(p.when.year, p.when.month)].append(p)
    for (y, m), ps in months.items():
        key = f"{y}{m:02d}" if wp.plain else f"{y}/{m:02d}"
        label = fr_month(ps[0].when)
        for path, html in wp.listing(ps, "month", key, "archive date", f"Archives mensuelles : <span>{label}</span>",
                                     f"{label} | {blog.name}").items():
            out[path] = page(html, modified=ps[-1].when)
    for path, html in wp.listing(posts, "author", None, f"archive author author-{blog.author_slug}",
                                 f'Archives de l’auteur : <span class="vcard">{esc(blog.author)}</span>',
                                 f"{blog.author} | {blog.name}").items():
        out[path] = page(html, modified=last)
    out.update(served(wp, keep))
    for k, (slug, name) in enumerate(STATIC):
        out[wp.static_path(slug, 2 + k)] = page(wp.static(slug, name, 2 + k))
    out[wp.feed_path()] = page(wp.feed(), RSS, modified=last)
    out[wp.feed_path(True)] = page(wp.comments_feed().replace(f"{wp.base}/comments/feed/", wp.base + wp.feed_path(True)), RSS, modified=last)
    out["/robots.txt"] = page(wp.robots(), TEXT)
    out["/wp-sitemap.xml"] = page(sitemapindex([f"{wp.base}/wp-sitemap-posts-post-1.xml", f"{wp.base}/wp-sitemap-posts-page-1.xml"],
                                               stylesheet=f"{wp.base}/wp-sitemap-index.xsl"), XML)
    out["/wp-sitemap-posts-post-1.xml"] = page(urlset([(wp.url[id(p)], iso_utc(p.modified or p.when)) for p in posts]), XML)
    out["/wp-sitemap-posts-page-1.xml"] = page(urlset([(wp.base + wp.static_path(s, 2 + k), None) for k, (s, _) in enumerate(STATIC)]), XML)
    if not wp.plain:  # WordPress redirects the plain forms to the pretty ones
        for p in posts:
            out.setdefault(f"/?p={p.id}", redirect(wp.url[id(p)]))
    return out, page(wp.not_found(), status=404)


IGNORED_PARAMS = {"replytocom"}
