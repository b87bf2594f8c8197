"""A newsroom on WordPress 6.4 with Automattic's Newspack theme, fr_FR (written blind, from
Automattic/newspack-theme newspack-theme/: header.php, footer.php, index.php, single.php, archive.php, 404.php,
comments.php, template-parts/header/site-branding.php, template-parts/header/entry-header.php,
template-parts/content/content-single.php, content-excerpt.php, content-archive.php,
template-parts/post/discussion-meta.php, template-parts/post/author-bio.php, classes/class-newspack-walker-comment.php
(html5_comment), inc/template-tags.php (newspack_posted_on, newspack_posted_by, newspack_categories,
newspack_entry_footer, newspack_comment_form, newspack_the_posts_navigation), inc/template-functions.php
(newspack_get_the_archive_title, newspack_comment_form_defaults)). Core's part (URLs, wp_head, RSS2 feeds,
wp-sitemap.xml, robots.txt, comment_form(), get_comment_class(), paginate_links()) is
`wordpress_block.WPCore`.

Language: core speaks fr_FR; the theme ships no fr_FR translation (only fr_BE, which a fr_FR site does not
load, and Newspack is not on translate.wordpress.org), so the theme's own strings are in English ("by",
"Join the Conversation", "Tagged:", "Newer posts", "says:", "%1$s at %2$s"), as on a real fr_FR install.
URLs: the permalink setting varies by host (md5 of the host, like wordpress_block): plain `/?p=N`, day and
name, month and name, post name, numeric `/archives/N`; archives `/category/slug/`, `/tag/slug/`,
`/author/nicename/`, `/page/N/`, `/feed/`, `/wp-sitemap.xml` (or their plain `?cat=`... forms).
Home: index.php (the latest posts, content-excerpt) with the_posts_pagination (mid_size 2).
Dates: get_the_date() with fr_FR's date_format "j F Y" ("4 mars 2025") in `<time datetime>` (DATE_W3C, with
offset), and `<time class="updated">` when the post was modified; comments "4 mars 2025 at 10 h 15" (fr_FR
time_format "G \\h i"), `<time datetime>` ISO 8601.
Comments: threaded with the theme's walker, date order, all on the post page; avatars off (the avatar spans
stay empty). Author bio not shown (the model has no user description, the template then prints nothing);
previous/next links off (the theme's default). Sidebar: a navigation-menu widget with the blogroll.
Not done: wptexturize, AMP attributes' scripts, Jetpack sharing.
"""
from __future__ import annotations

from datetime import datetime

from sectorweb.dates import NOW, iso
from sectorweb.families.common import Page, esc, pages_of, post_pages
from sectorweb.families.wordpress_block import IGNORED_PARAMS as CORE_IGNORED_PARAMS
from sectorweb.families.wordpress_block import WPCore, amp, paginate_links, site_pages, theme_urls, trim_words
from sectorweb.model import Blog, Post

THEME_VERSION = "2.4.0"
_CHEVRON_L = ('<svg class="svg-icon" width="22" height="22" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24" '
              'xmlns="http://www.w3.org/2000/svg"><path d="M15.41 7.41L14 6l-6 6 6 6 1.41-1.41L10.83 12z"></path>'
              '<path fill="none" d="M0 0h24v24H0V0z"></path></svg>')
_CHEVRON_R = ('<svg class="svg-icon" width="22" height="22" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24" '
              'xmlns="http://www.w3.org/2000/svg"><path d="M10 6L8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z"></path>'
              '<path fill="none" d="M0 0h24v24H0V0z"></path></svg>')
_PERSON = ('<svg class="svg-icon" width="24" height="24" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24" '
           'xmlns="http://www.w3.org/2000/svg"><title>Article author</title><path d="M12 12c2.21 0 4-1.79 4-4s-1.79-4-4-4-4 1.79-4 4 '
           '1.79 4 4 4zm0 2c-2.67 0-8 1.34-8 4v2h16v-2c0-2.66-5.33-4-8-4z"></path><path d="M0 0h24v24H0z" fill="none"></path></svg>')
_COMMENT = ('<svg class="svg-icon" width="24" height="24" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24" '
            'xmlns="http://www.w3.org/2000/svg"><path d="M21.99 4c0-1.1-.89-2-1.99-2H4c-1.1 0-2 .9-2 2v12c0 1.1.9 2 2 2h14l4 4-.01-18z"></path>'
            '<path d="M0 0h24v24H0z" fill="none"></path></svg>')


scheme_of, permalink, feed_path, _ = theme_urls("newspack-permalink")


def fr_time(d: datetime) -> str:
    """fr_FR time_format "G \\h i"."""
    return f"{d.hour} h {d.minute:02d}"


class _Newspack(WPCore):
    def __init__(self, blog: Blog, now: datetime = NOW):
        super().__init__(blog, now, scheme_of(blog.host))

    # -- frame --------------------------------------------------------------------------------------
    def doc(self, title: str, head: str, body_class: str, content: str, home: bool = False, single: bool = False,
            reply_js: bool = False) -> str:
        b = self.b
        tag = "h1" if home else "p"
        feeds, core = head.split('<link rel="https://api.w.org/"', 1)
        js = (f'<script src="{self.base}/wp-includes/js/comment-reply.min.js?ver=6.4.3" id="comment-reply-js" '
              'async="async" data-wp-strategy="async"></script>\n') if reply_js else ""
        ping = f'<link rel="pingback" href="{self.base}/xmlrpc.php">' if single else ""
        return f"""<!doctype html>
<html lang="fr-FR">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
	<link rel="profile" href="https://gmpg.org/xfn/11" />
	<meta name="robots" content="max-image-preview:large" />
<title>{title}</title>
{feeds}<link rel="stylesheet" id="wp-block-library-css" href="{self.base}/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3" media="all" />
<link rel="stylesheet" id="newspack-style-css" href="{self.base}/wp-content/themes/newspack-theme/style.css?ver={THEME_VERSION}" media="all" />
<link rel="stylesheet" id="newspack-print-style-css" href="{self.base}/wp-content/themes/newspack-theme/styles/print.css?ver={THEME_VERSION}" media="print" />
<link rel="https://api.w.org/"{core}{ping}</head>

<body class="{body_class} h-nsub h-db h-ll h-dh has-sidebar" data-amp-auto-lightbox-disable>
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#main">Skip to content</a>

	<header id="masthead" class="site-header hide-header-search" [class]="searchVisible ? 'show-header-search site-header ' : 'hide-header-search site-header'">

			<div class="middle-header-contain">
				<div class="wrapper">
					<div class="site-branding">

	
	<div class="site-identity">
											<{tag} class="site-title"><a href="{self.base}/" rel="home">{esc(b.name)}</a></{tag}>
			
				<p class="site-description">
					{esc(b.tagline)}				</p>
				</div><!-- .site-identity -->

</div><!-- .site-branding -->

				</div><!-- .wrapper -->
			</div><!-- .middle-header-contain -->

	</header><!-- #masthead -->

	<div id="content" class="site-content">
{content}
	</div><!-- #content -->
	<footer id="colophon" class="site-footer">
		<div class="site-info">
			<div class="wrapper site-info-contain">
				<a target="_blank" href="https://newspack.com/" class="imprint">
					Powered by Newspack				</a>
			</div><!-- .wrapper -->
		</div><!-- .site-info -->
	</footer><!-- #colophon -->
</div><!-- #page -->
{js}
</body>
</html>
"""

    def sidebar(self) -> str:
        """get_sidebar(): sidebar-1 with a navigation-menu widget holding the blogroll (none without one)."""
        if not self.b.blogroll:
            return ""
        lis = "".join(f'<li id="menu-item-{900 + i}" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-{900 + i}">'
                      f'<a href="{esc(u)}">{esc(n)}</a></li>\n' for i, (u, n) in enumerate(self.b.blogroll))
        return f"""
<aside id="secondary" class="widget-area">
	<section id="nav_menu-2" class="widget widget_nav_menu"><h2 class="widget-title">Partenaires</h2><nav class="menu-partenaires-container" aria-label="Partenaires"><ul id="menu-partenaires" class="menu">{lis}</ul></nav></section></aside><!-- #secondary -->
"""

    # -- template tags --------------------------------------------------------------------------------
    def categories(self, p: Post) -> str:
        return (f'<span class="cat-links"><span class="screen-reader-text">Posted in</span>'
                f'<a href="{amp(self.cat_url(p.category))}" rel="category tag">{esc(p.category)}</a></span>')

    def posted_by(self, p: Post) -> str:
        return (f'<span class="author-avatar"></span><span class="byline"><span>by</span> <span class="author vcard">'
                f'<a class="url fn n" href="{amp(self.author_url(p.author))}">{esc(p.author)}</a></span></span>')

    def posted_on(self, p: Post, single: bool) -> str:
        d = self.date_format(p.when)
        t = f'<time class="entry-date published updated" datetime="{iso(p.when)}">{d}</time>'
        if p.modified and p.modified != p.when:
            t = (f'<time class="entry-date published" datetime="{iso(p.when)}">{d}</time>'
                 f'<time class="updated" datetime="{iso(p.modified)}">{self.date_format(p.modified)}</time>')
        if single:
            return f'<span class="posted-on">{t}</span>'
        return f'<span class="posted-on"><a href="{amp(self.url[id(p)])}" rel="bookmark">{t}</a></span>'

    def entry_meta(self, p: Post, single: bool) -> str:
        return f"""<div class="entry-meta">
					{self.posted_by(p)}{self.posted_on(p, single)}				</div><!-- .meta-info -->"""

    def excerpt_html(self, p: Post) -> str:
        text, more = trim_words(p.paragraphs, 55)
        return f"<p>{esc(text)}{' [&hellip;]' if more else ''}</p>\n"

    # -- single ------------------------------------------------------------------------------------
    def comment_li(self, p: Post, node, depth: int, alt: list[int]) -> str:
        c, children = node
        u = self.url[id(p)]
        classes = self.comment_classes(p, c, depth, alt) + (" parent" if children else "")  # the walker's extra class
        name = esc(c.author)
        link = f'<a href="{esc(c.url)}" class="url" rel="ugc external nofollow">{name}</a>' if c.url else name
        badge = f'<span class="post-author-badge" aria-hidden="true">{_PERSON}</span>' if c.by_author else ""
        open_a = f'<a href="{esc(c.url)}" rel="external nofollow" class="url">' if c.url else ""
        close_a = "</a>" if c.url else ""
        stamp = f"{self.date_format(c.when)} at {fr_time(c.when)}"
        reply = self.reply_link(p, c, depth).replace(f'data-belowelement="comment-{c.id}"', f'data-belowelement="div-comment-{c.id}"')
        kids = ""
        if children:
            sub = "".join(self.comment_li(p, ch, min(depth + 1, 5), alt) for ch in children)
            kids = f'<ol class="children">\n{sub}</ol><!-- .children -->\n' if depth < 5 else sub
        return f"""		<li id="comment-{c.id}" class="{classes}">
			<article id="div-comment-{c.id}" class="comment-body">
				<footer class="comment-meta">
					<div class="comment-author vcard">
						{open_a}<b class="fn">{link}</b> <span class="screen-reader-text says">says:</span>{badge}{close_a}					</div><!-- .comment-author -->

					<div class="comment-metadata">
						<a href="{amp(u)}#comment-{c.id}">
														<time datetime="{iso(c.when)}" title="{stamp}">
								{stamp}							</time>
						</a>
											</div><!-- .comment-metadata -->

									</footer><!-- .comment-meta -->

				<div class="comment-content">
					{self.comment_text(c)}				</div><!-- .comment-content -->

			</article><!-- .comment-body -->

			{f'<div class="comment-reply">{reply}</div>' if reply else ""}
{kids}		</li><!-- #comment-## -->
"""

    def comments(self, p: Post) -> str:
        """comments.php (only when comments are open or there are some)."""
        n = len(p.comments)
        if not p.comments_open and not n:
            return ""
        if p.comments_open:
            title = "Join the Conversation" if n else "Leave a comment"
        else:
            title = (f"One reply on &ldquo;{esc(p.title)}&rdquo;" if n == 1
                     else f"{n} replies on &ldquo;{esc(p.title)}&rdquo;")
        meta = ""
        if n and p.comments_open:
            label = "1 Comment" if n == 1 else f"{n} Comments"
            meta = f"""<div class="discussion-meta">
	<p class="discussion-meta-info">
		{_COMMENT}		<span>{label}</span>
	</p>
</div><!-- .discussion-meta -->
"""
        form = self.comment_form(p, submit_block=False, rows=5, title=False) if p.comments_open else ""
        body = ""
        if n:
            alt = [0, 0]
            lis = "".join(self.comment_li(p, node, 1, alt) for node in self.threads(p))
            body = f"""
			<ol class="comment-list">
{lis}			</ol><!-- .comment-list -->
			"""
            if p.comments_open:
                body += f"""
						<div class="comment-form-flex">
				<span class="screen-reader-text">Leave a comment</span>
				{form}				<h2 class="comments-title" aria-hidden="true">Leave a comment</h2>
			</div>
			"""
            else:
                body += """			<p class="no-comments">
				Comments are closed.			</p>
			"""
        else:
            body = form
        wrap = "comments-title-wrap" if n else "comments-title-wrap no-responses"
        return f"""
<div id="comments" class="{"comments-area" if p.comments_open else "comments-area comments-closed"}">
	<div class="{wrap}">
		<h2 class="comments-title">
		{title}		</h2><!-- .comments-title -->
		{meta}	</div><!-- .comments-title-flex -->
	{body}
</div><!-- #comments -->
"""

    def single(self, p: Post) -> str:
        tags = ""
        if p.tags:
            tags = ('<span class="tags-links"><span>Tagged: </span>'
                    + '<span class="sep">,&nbsp;</span>'.join(f'<a href="{amp(self.tag_url(t))}" rel="tag">{esc(t)}</a>' for t in p.tags)
                    + "</span>")
        cls = " ".join([f"category-{self.cat_slug(p.category)}"] + [f"tag-{self.tags[t][1]}" for t in p.tags])
        content = f"""
	<section id="primary" class="content-area {cls}">
		<main id="main" class="site-main">

			
					<header class="entry-header">
						{self.categories(p)}		<h1 class="entry-title ">
			{esc(p.title)}		</h1>
				<div class="entry-subhead">
									<div class="entry-meta">
					{self.posted_by(p)}{self.posted_on(p, True)}				</div><!-- .meta-info -->
							</div>
					</header>

				
				<div class="main-content">

					
<article id="post-{p.id}" class="{self.post_class(p)} entry">
	<div class="entry-content">

		{self.content_html(p)}
	</div><!-- .entry-content -->

	<footer class="entry-footer">
		{tags}	</footer><!-- .entry-footer -->

	
</article><!-- #post-${{ID}} -->
{self.comments(p)}				</div><!-- .main-content -->

			{self.sidebar()}
		</main><!-- #main -->
	</section><!-- #primary -->
"""
        title, head = self.head_parts("single", p)
        body = f"post-template-default single single-post postid-{p.id} single-format-standard wp-embed-responsive singular"
        return self.doc(title, head, body, content, single=True, reply_js=p.comments_open)

    def item_pages(self):
        return post_pages(self)

    # -- listings ------------------------------------------------------------------------------------
    def card(self, p: Post, large: bool) -> str:
        """content-excerpt.php (large) or content-archive.php."""
        excerpt = f"""

		<div class="entry-content">
			{self.excerpt_html(p)}		</div><!-- .entry-content -->""" if large else ""
        return f"""
<article id="post-{p.id}" class="{self.post_class(p)} entry">
	
	<div class="entry-container">
		{self.categories(p)}		<header class="entry-header">
			<h2 class="entry-title"><a href="{amp(self.url[id(p)])}" rel="bookmark">{esc(p.title)}</a></h2>		</header><!-- .entry-header -->

							{self.entry_meta(p, False)}{excerpt}
	</div><!-- .entry-container -->
</article><!-- #post-${{ID}} -->
"""

    def navigation(self, n: int, total: int, url) -> str:
        """the_posts_pagination() as newspack_the_posts_navigation() calls it."""
        if total < 2:
            return ""
        links = paginate_links(n, total, url, f'{_CHEVRON_L} <span class="nav-prev-text">Newer posts</span>',
                               f'<span class="nav-next-text">Older posts</span> {_CHEVRON_R}')
        return (f'\n	<nav class="navigation pagination" aria-label="Pagination des publications">\n'
                f'		<h2 class="screen-reader-text">Pagination des publications</h2>\n'
                f'		<div class="nav-links">{links}</div>\n	</nav>')

    def home_pages(self) -> dict[str, str]:
        chunks = pages_of(self.posts, self.b.per_page)
        out = {}
        for n, chunk in enumerate(chunks, 1):
            cards = "".join(self.card(p, True) for p in chunk) or """
<section class="no-results not-found">
	<header class="page-header">
		<h1 class="page-title">Nothing Found</h1>
	</header><!-- .page-header -->
</section><!-- .no-results -->
"""
            content = f"""
	<section id="primary" class="content-area">
		<main id="main" class="site-main">

		{cards}{self.navigation(n, len(chunks), self.home_url)}
		</main><!-- .site-main -->
		{self.sidebar()}
	</section><!-- .content-area -->
"""
            title, head = self.head_parts("home", None, n)
            cls = "home blog wp-embed-responsive" + (f" paged paged-{n}" if n > 1 else "")
            out[self.path(self.home_url(n))] = self.doc(title, head, cls, content, home=n == 1)
        return out

    def archive_pages(self, kind: str, name: str, posts: list[Post]) -> dict[str, str]:
        """archive.php: newspack_get_the_archive_title(), the first post of page 1 featured (content-excerpt)."""
        chunks = pages_of(posts, self.b.per_page)
        ident, slug = {"category": self.cats, "tag": self.tags, "author": self.authors}[kind][name]
        label = {"category": "Category: ", "tag": "Tag: ", "author": "Author Archives: "}[kind]
        out = {}
        for n, chunk in enumerate(chunks, 1):
            cards = "".join(self.card(p, n == 1 and i == 0) for i, p in enumerate(chunk))
            url = (lambda k, kind=kind, name=name: self.archive_url(kind, name, k))
            content = f"""
	<section id="primary" class="content-area">

		<header class="page-header">
						<span>

				
				<h1 class="page-title">{label}<span class="page-description">{esc(name)}</span></h1>
				
							</span>

		</header><!-- .page-header -->

		
		<main id="main" class="site-main">

		{cards}{self.navigation(n, len(chunks), url)}
		</main><!-- #main -->
		{self.sidebar()}
	</section><!-- #primary -->
"""
            title, head = self.head_parts(kind, name, n)
            cls = {"category": f"archive category category-{slug} category-{ident}", "tag": f"archive tag tag-{slug} tag-{ident}",
                   "author": f"archive author author-{slug} author-{ident}"}[kind] + " wp-embed-responsive"
            cls += f" paged paged-{n} {kind}-paged-{n}" if n > 1 else ""
            out[self.path(url(n))] = self.doc(title, head, cls, content)
        return out

    def not_found(self) -> str:
        content = f"""
	<section id="primary" class="content-area">
		<main id="main" class="site-main">

			<div class="error-404 not-found">
				<header class="page-header">
					<h1 class="page-title">Oops! That page can&rsquo;t be found.</h1>
				</header><!-- .page-header -->

				<div class="page-content">
					<p>It looks like nothing was found at this location. Maybe try a search?</p>
					
<form role="search" method="get" class="search-form" action="{self.base}/">
	<label for="search-form-1">
		<span class="screen-reader-text">Search for:</span>
	</label>
	<input type="search" id="search-form-1" class="search-field" placeholder="Search &hellip;" value="" name="s" />
	<button type="submit" class="search-submit">
		<span class="screen-reader-text">Search</span>
	</button>
</form>
				</div><!-- .page-content -->
			</div><!-- .error-404 -->

		</main><!-- #main -->
	</section><!-- #primary -->
"""
        title, head = self.head_parts("404")
        return self.doc(title, head, "error404 wp-embed-responsive", content)


def item_pages(blog: Blog, now: datetime = NOW):
    return _Newspack(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a Newspack newsroom keyed by path?query, and its 404 page."""
    return site_pages(_Newspack(blog, now), keep)


IGNORED_PARAMS = CORE_IGNORED_PARAMS  # WordPress core's: the theme adds none
