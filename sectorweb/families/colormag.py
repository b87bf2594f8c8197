"""A French news site on WordPress with ThemeGrill's ColorMag theme (2.1, the classic markup most installs still run),
fr_FR (written blind, from themegrill/colormag at tag 2.1.8: header.php, footer.php, front-page.php, single.php,
archive.php, 404.php, content.php, content-single.php, navigation.php, comments.php, searchform.php, sidebar.php,
inc/hooks/header.php (`div#page.hfeed.site`, `a.skip-link`, `header#masthead.site-header`,
`div#header-text-nav-container`, `div#main > div.inner-wrap`), inc/hooks/footer.php (`footer#colophon`,
`div.footer-socket-wrapper`, the copyright line, `a#scroll-up`), inc/hooks/content.php (colormag_archive_header,
colormag_render_comments, colormag_author_bio), inc/hooks/hooks.php, inc/template-tags.php (colormag_entry_meta:
`div.below-entry-meta` with `span.posted-on > a > time.entry-date.published`, `span.byline > span.author.vcard >
a.url.fn.n`, `span.comments`, `span.tag-links`; colormag_colored_category: `div.above-entry-meta > span.cat-links`;
colormag_top_header_bar_display / colormag_date_display (`div.news-bar`, `div.date-in-header` in the theme's
"l, F j, Y"); colormag_middle_header_bar_display (`h1#site-title` on the front page, `h3#site-title` elsewhere,
`p#site-description`); colormag_below_header_bar_display (`nav#site-navigation.main-navigation`); colormag_comment
(`li#li-comment-N > article#comment-N.comment > header.comment-meta`: avatar 74, `div.comment-author-link`,
"Auteur de l’article", `div.comment-date-time` "%1$s à %2$s", `a.comment-permalink`, then
`section.comment-content.comment`)), inc/colormag-wp-query.php (colormag_breaking_news: `div.breaking-news`,
"Dernières infos :", the five latest posts), inc/template-functions.php (excerpt of 20 words, no "more" text,
colormag_colored_category_title `h1.page-title > span`, body classes `right-sidebar wide`), inc/widgets/widgets.php
(sidebar markup `aside.widget.clearfix` + `h3.widget-title > span`).
The fr_FR strings of the theme come from translate.wordpress.org, not in the repository (es_ES and nb_NO only): written
from memory ("Lire la suite", "Précédent", "Suivant", "Une réflexion sur « … »", "Permalien", "Répondre", "Auteur de
l’article", "Les commentaires sont fermés.", "Tous droits réservés", "Thème : ColorMag par ThemeGrill").
WordPress core's output (URLs, wp_head, feeds, wp-sitemap.xml, robots.txt, comment_form(), get_comment_class(), the
shortlinks' 301) is `wordpress_block.WPCore`.

Varies by host (md5): the permalink setting (plain, day and name, month and name, post name, numeric), fr_FR's
`date_format` left at "j F Y" or set to "d/m/Y", `time_format` "G \\h i \\m\\i\\n" or "H:i", the header's date and
"breaking news" ticker on or off, the sidebar's widgets.
Comments: threaded (depth 5), oldest first, all on the post page (page_comments off), with the default Gravatar.
Not rendered: the front page's widget areas (featured sliders, empty on a fresh theme), featured images (none in
the model), related posts (off by default), the author box (no biography in the model), wptexturize.
"""
from __future__ import annotations

import hashlib
from datetime import datetime

from sectorweb.dates import JOURS, MOIS, NOW, fr_date, iso
from sectorweb.families.common import Page, esc, pages_of, post_pages
from sectorweb.families.wordpress_block import IGNORED_PARAMS as CORE_IGNORED_PARAMS
from sectorweb.families.wordpress_block import WP_VERSION, WPCore, amp, host_choice, site_pages, theme_urls, trim_words
from sectorweb.model import Blog, Post

THEME_VERSION = "2.1.8"
DATE_FORMATS = ["j F Y", "j F Y", "d/m/Y"]
TIME_FORMATS = ["G \\h i \\m\\i\\n", "H:i"]


scheme_of, permalink, feed_path, comment_anchor = theme_urls("colormag-permalink")


def gravatar(name: str, size: int) -> str:
    """get_avatar() of a commenter without a known e-mail (the "mystery" image), as WordPress 6.4 writes it."""
    h = hashlib.md5(name.strip().lower().encode()).hexdigest()
    return (f'<img alt="" src="https://secure.gravatar.com/avatar/{h}?s={size}&#038;d=mm&#038;r=g" '
            f'srcset="https://secure.gravatar.com/avatar/{h}?s={size * 2}&#038;d=mm&#038;r=g 2x" '
            f'class="avatar avatar-{size} photo" height="{size}" width="{size}" loading="lazy" decoding="async"/>')


class _ColorMag(WPCore):
    def __init__(self, blog: Blog, now: datetime = NOW):
        super().__init__(blog, now, scheme_of(blog.host))
        h = blog.host
        self.datefmt = DATE_FORMATS[host_choice(h, "colormag-date", len(DATE_FORMATS))]
        self.timefmt = TIME_FORMATS[host_choice(h, "colormag-time", len(TIME_FORMATS))]
        self.show_date = host_choice(h, "colormag-datebar", 2) == 1
        self.ticker = host_choice(h, "colormag-ticker", 3) == 0
        self.widgets = ["search", "recent", "categories", "links"] if host_choice(h, "colormag-widgets", 2) else \
            ["recent", "links", "categories"]

    # -- dates ------------------------------------------------------------------------------------
    def date_format(self, d: datetime) -> str:  # get_the_date(), get_comment_date()
        return fr_date(d) if self.datefmt == "j F Y" else f"{d:%d/%m/%Y}"

    def time_format(self, d: datetime) -> str:  # get_the_time(), get_comment_time()
        return f"{d.hour} h {d:%M} min" if self.timefmt.startswith("G") else f"{d:%H:%M}"

    # -- frame ------------------------------------------------------------------------------------
    def menu(self, current: str | None) -> str:
        """The primary menu the site set: home and its categories."""
        aria = ' aria-current="page"'
        home = current == ""
        items = [f'<li id="menu-item-10" class="menu-item menu-item-type-custom menu-item-object-custom'
                 f'{" current-menu-item current_page_item menu-item-home" if home else " menu-item-home"} menu-item-10">'
                 f'<a href="{self.base}/"{aria if home else ""}>Accueil</a></li>']
        for i, c in enumerate(sorted(self.used_cats, key=str.lower)[:8]):
            cur = " current-menu-item" if current == c else ""
            items.append(f'<li id="menu-item-{11 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category{cur} '
                         f'menu-item-{11 + i}"><a href="{amp(self.cat_url(c))}"{aria if cur else ""}>{esc(c)}</a></li>')
        return ('<div class="menu-primary-container"><ul id="menu-principal" class="menu">' + "".join(items) + "</ul></div>")

    def doc(self, title: str, head: str, body_class: str, content: str, home: bool = False, reply_js: bool = False,
            current: str | None = None) -> str:
        b = self.b
        today = self.now
        top = ""
        if self.show_date or self.ticker:
            date = (f'\n\t\t<div class="date-in-header">\n\t\t\t{JOURS[today.weekday()]}, {MOIS[today.month - 1]} {today.day}, '
                    f'{today.year}\t\t</div>\n\n\t\t' if self.show_date else "")
            ticker = ""
            if self.ticker:
                latest = sorted(self.posts, key=lambda q: (q.when, q.id), reverse=True)[:5]
                lis = "".join(f'\n\t\t\t\t\t<li>\n\t\t\t\t\t\t<a href="{amp(self.url[id(p)])}" title="{esc(p.title)}">\n'
                              f'\t\t\t\t\t\t\t{esc(p.title)}\t\t\t\t\t\t</a>\n\t\t\t\t\t</li>' for p in latest)
                ticker = (f'\n\t\t<div class="breaking-news">\n\t\t\t<strong class="breaking-news-latest">Dernières infos :</strong>\n\n'
                          f'\t\t\t<ul class="newsticker">{lis}\n\t\t\t\t\t\t\t</ul>\n\t\t</div>\n\n\t\t')
            top = f"""
			<div class="news-bar">
				<div class="inner-wrap">
					<div class="tg-news-bar__one">
						{date}{ticker}					</div>

					<div class="tg-news-bar__two">
											</div>
				</div>
			</div>

			"""
        tag = "h1" if home else "h3"
        js = (f'<script src="{self.base}/wp-includes/js/comment-reply.min.js?ver={WP_VERSION}" id="comment-reply-js" async '
              'data-wp-strategy="async"></script>\n') if reply_js else ""
        feeds, core = head.split('<link rel="https://api.w.org/"', 1)
        return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
			<meta charset="UTF-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<link rel="profile" href="http://gmpg.org/xfn/11" />
		<title>{title}</title>
<meta name="robots" content="max-image-preview:large" />
{feeds}<link rel="stylesheet" id="wp-block-library-css" href="{self.base}/wp-includes/css/dist/block-library/style.min.css?ver={WP_VERSION}" type="text/css" media="all" />
<link rel="stylesheet" id="colormag_style-css" href="{self.base}/wp-content/themes/colormag/style.css?ver={THEME_VERSION}" type="text/css" media="all" />
<link rel="stylesheet" id="colormag-fontawesome-css" href="{self.base}/wp-content/themes/colormag/fontawesome/css/font-awesome.min.css?ver={THEME_VERSION}" type="text/css" media="all" />
<script type="text/javascript" src="{self.base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<!--[if lte IE 8]>
<script type="text/javascript" src="{self.base}/wp-content/themes/colormag/js/html5shiv.min.js?ver={THEME_VERSION}" id="html5-js"></script>
<![endif]-->
<link rel="https://api.w.org/"{core}</head>

<body class="{body_class} wp-embed-responsive right-sidebar wide">

		<div id="page" class="hfeed site">
				<a class="skip-link screen-reader-text" href="#main">Aller au contenu</a>
				<header id="masthead" class="site-header clearfix ">
				<div id="header-text-nav-container" class="clearfix">
		{top}
		<div class="inner-wrap">
			<div id="header-text-nav-wrap" class="clearfix">

				<div id="header-left-section">
					
					<div id="header-text" class="">
													<{tag} id="site-title">
								<a href="{self.base}/" title="{esc(b.name)}" rel="home">{esc(b.name)}</a>
							</{tag}>
						
													<p id="site-description">
								{esc(b.tagline)}							</p><!-- #site-description -->
											</div><!-- #header-text -->
				</div><!-- #header-left-section -->

				<div id="header-right-section">
									</div><!-- #header-right-section -->

			</div><!-- #header-text-nav-wrap -->
		</div><!-- .inner-wrap -->

		
		<nav id="site-navigation" class="main-navigation clearfix" role="navigation">
			<div class="inner-wrap clearfix">
				
				<p class="menu-toggle"></p>
				{self.menu(current)}
			</div>
		</nav>

				</div><!-- #header-text-nav-container -->
				</header><!-- #masthead -->
				<div id="main" class="clearfix">
				<div class="inner-wrap clearfix">
		{content}
		</div><!-- .inner-wrap -->
				</div><!-- #main -->
				<footer id="colophon" class="clearfix ">
				<div class="footer-socket-wrapper clearfix">
			<div class="inner-wrap">
				<div class="footer-socket-area">
		
		<div class="footer-socket-right-section">
					</div>

				<div class="footer-socket-left-section">
			<div class="copyright">Copyright &copy; {self.now.year} <a href="{self.base}/" title="{esc(b.name)}" ><span>{esc(b.name)}</span></a>. Tous droits réservés.<br>Thème : <a href="https://themegrill.com/themes/colormag" target="_blank" title="ColorMag" rel="nofollow"><span>ColorMag</span></a> par ThemeGrill. Propulsé par <a href="https://wordpress.org" target="_blank" title="WordPress" rel="nofollow"><span>WordPress</span></a>.</div>		</div>
				</div><!-- .footer-socket-area -->
					</div><!-- .inner-wrap -->
		</div><!-- .footer-socket-wrapper -->
				</footer><!-- #colophon -->
				<a href="#masthead" id="scroll-up"><i class="fa fa-chevron-up"></i></a>
				</div><!-- #page -->
		{js}<script type="text/javascript" src="{self.base}/wp-content/themes/colormag/js/navigation.min.js?ver={THEME_VERSION}" id="colormag-navigation-js"></script>
<script type="text/javascript" src="{self.base}/wp-content/themes/colormag/js/fitvids/jquery.fitvids.min.js?ver={THEME_VERSION}" id="colormag-fitvids-js"></script>

</body>
</html>
"""

    def search_form(self) -> str:
        return f"""
<form action="{self.base}/" class="search-form searchform clearfix" method="get" role="search">

	<div class="search-wrap">
		<input type="search"
		       class="s field"
		       name="s"
		       value=""
		       placeholder="Rechercher"
		/>

		<button class="search-icon" type="submit"></button>
	</div>

</form><!-- .searchform -->
"""

    def sidebar(self) -> str:
        """sidebar.php: colormag_right_sidebar with the site's core widgets."""
        out = []
        for w in self.widgets:
            if w == "search":
                out.append(f'<aside id="search-3" class="widget widget_search clearfix">{self.search_form()}</aside>')
            elif w == "recent":
                lis = "".join(f'\n\t\t\t\t\t\t\t\t\t\t<li>\n\t\t\t\t\t<a href="{amp(self.url[id(p)])}">{esc(p.title)}</a>\n\t\t\t\t\t\t\t\t\t</li>'
                              for p in sorted(self.posts, key=lambda q: (q.when, q.id), reverse=True)[:5])
                out.append(f'\n\t\t<aside id="recent-posts-3" class="widget widget_recent_entries clearfix">\n\t\t<h3 class="widget-title">'
                           f'<span>Articles récents</span></h3><nav aria-label="Articles récents">\n\t\t<ul>{lis}\n\t\t\t\t\t</ul>\n\n\t\t</nav></aside>')
            elif w == "categories":
                lis = "".join(f'\n\t<li class="cat-item cat-item-{self.cats[c][0]}"><a href="{amp(self.cat_url(c))}">{esc(c)}</a>\n</li>'
                              for c in sorted(self.used_cats, key=str.lower))
                out.append(f'<aside id="categories-3" class="widget widget_categories clearfix"><h3 class="widget-title"><span>Catégories</span></h3>'
                           f'<nav aria-label="Catégories">\n\t\t\t<ul>{lis}\n\t\t\t</ul>\n\n\t\t\t</nav></aside>')
            elif w == "links" and self.b.blogroll:
                lis = "".join(f'<li id="menu-item-{200 + i}" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-{200 + i}">'
                              f'<a href="{esc(u)}">{esc(n)}</a></li>\n' for i, (u, n) in enumerate(self.b.blogroll))
                out.append(f'<aside id="nav_menu-3" class="widget widget_nav_menu clearfix"><h3 class="widget-title"><span>Partenaires</span></h3>'
                           f'<nav class="menu-partenaires-container" aria-label="Partenaires"><ul id="menu-partenaires" class="menu">{lis}</ul></nav></aside>')
        return f"""
<div id="secondary">
	
	{"".join(out)}
	</div>
"""

    # -- template tags -------------------------------------------------------------------------------
    def colored_category(self, p: Post) -> str:
        return (f'<div class="above-entry-meta"><span class="cat-links"><a href="{amp(self.cat_url(p.category))}"  '
                f'rel="category tag">{esc(p.category)}</a>&nbsp;</span></div>')

    def entry_meta(self, p: Post, full: bool = True) -> str:
        """colormag_entry_meta()."""
        u = self.url[id(p)]
        d = self.date_format(p.when)
        t = f'<time class="entry-date published updated" datetime="{iso(p.when)}">{d}</time>'
        if p.modified and p.modified != p.when:
            t = (f'<time class="entry-date published" datetime="{iso(p.when)}">{d}</time>'
                 f'<time class="updated" datetime="{iso(p.modified)}">{self.date_format(p.modified)}</time>')
        out = (f'<div class="below-entry-meta">\n\t\t\t<span class="posted-on"><a href="{amp(u)}" title="{self.time_format(p.when)}" '
               f'rel="bookmark"><i class="fa fa-calendar-o"></i> {t}</a></span>\n'
               f'\t\t\t<span class="byline">\n\t\t\t\t<span class="author vcard">\n\t\t\t\t\t<i class="fa fa-user"></i>\n'
               f'\t\t\t\t\t<a class="url fn n"\n\t\t\t\t\t   href="{amp(self.author_url(p.author))}"\n'
               f'\t\t\t\t\t   title="{esc(p.author)}"\n\t\t\t\t\t>\n\t\t\t\t\t\t{esc(p.author)}\t\t\t\t\t</a>\n'
               f'\t\t\t\t</span>\n\t\t\t</span>\n\n\t\t\t')
        if p.comments_open:
            n = len(p.comments)
            label = ("<i class=\"fa fa-comment\"></i> 0 commentaire" if n == 0 else
                     "<i class=\"fa fa-comment\"></i> 1 commentaire" if n == 1 else f"<i class=\"fa fa-comments\"></i> {n} commentaires")
            anchor = "#respond" if n == 0 else "#comments"
            out += (f'\t<span class="comments">\n\t\t\t\t\t\t<a href="{amp(u)}{anchor}">{label}</a>\t\t\t\t\t</span>\n\t\t\t\t')
        if full and p.tags:
            out += ('<span class="tag-links"><i class="fa fa-tags"></i>'
                    + ", ".join(f'<a href="{amp(self.tag_url(t))}" rel="tag">{esc(t)}</a>' for t in p.tags) + "</span>")
        return out + "</div>"

    def excerpt(self, p: Post) -> str:
        """the_excerpt(): 20 words (colormag_excerpt_length), no "more" text (colormag_continue_reading)."""
        text, _ = trim_words(p.paragraphs, 20)
        return f"<p>{esc(text)}</p>\n"

    def article(self, p: Post) -> str:
        """content.php (listings)."""
        u = self.url[id(p)]
        return f"""
<article id="post-{p.id}" class="{self.post_class(p)}">
	
	
	<div class="article-content clearfix">

		{self.colored_category(p)}
		<header class="entry-header">
			<h2 class="entry-title">
				<a href="{amp(u)}" title="{esc(p.title)}">{esc(p.title)}</a>
			</h2>
		</header>

		{self.entry_meta(p)}
		<div class="entry-content clearfix">
			{self.excerpt(p)}			<a class="more-link" title="{esc(p.title)}" href="{amp(u)}">
				<span>Lire la suite</span>
			</a>
		</div>

	</div>

	</article>
"""

    # -- single ---------------------------------------------------------------------------------------
    def comment_li(self, p: Post, node, depth: int, alt: list[int]) -> str:
        """colormag_comment() (wp_list_comments callback; core closes the `li`)."""
        c, kids = node
        cls = self.comment_classes(p, c, depth, alt) + (" parent" if kids else "")
        who = f'<a href="{esc(c.url)}" class="url" rel="ugc external nofollow">{esc(c.author)}</a>' if c.url else esc(c.author)
        badge = "<span>Auteur de l’article</span>" if c.by_author else ""
        u = self.url[id(p)]
        reply = self.reply_link(p, c, depth)
        children = ""
        if kids:
            sub = "".join(self.comment_li(p, k, min(depth + 1, 5), alt) for k in kids)
            children = f'<ul class="children">\n{sub}</ul><!-- .children -->\n' if depth < 5 else sub
        return f"""				<li class="{cls}" id="li-comment-{c.id}">
					<article id="comment-{c.id}" class="comment">
						<header class="comment-meta comment-author vcard">
							{gravatar(c.author, 74)}<div class="comment-author-link"><i class="fa fa-user"></i>{who}{badge}</div><div class="comment-date-time"><i class="fa fa-calendar-o"></i>{self.date_format(c.when)} à {self.time_format(c.when)}</div><a class="comment-permalink" href="{amp(u)}#comment-{c.id}"><i class="fa fa-link"></i>Permalien</a>						</header><!-- .comment-meta -->

						
						<section class="comment-content comment">
							{self.comment_text(c)}{reply}						</section><!-- .comment-content -->

					</article><!-- #comment-## -->
				{children}</li><!-- #comment-## -->
"""

    def comments(self, p: Post) -> str:
        """colormag_render_comments() -> comments.php (only when open or commented)."""
        n = len(p.comments)
        if not p.comments_open and not n:
            return ""
        out = ""
        if n:
            title = (f"Une réflexion sur &laquo;&nbsp;<span>{esc(p.title)}</span>&nbsp;&raquo;" if n == 1 else
                     f"{n} réflexions sur &laquo;&nbsp;<span>{esc(p.title)}</span>&nbsp;&raquo;")
            alt = [0, 0]
            lis = "".join(self.comment_li(p, node, 1, alt) for node in self.threads(p))
            out += (f'\n\t\t<h3 class="comments-title">\n\t\t\t{title}\t\t</h3>\n\n\t\t\n\t\t<ul class="comment-list">\n'
                    f'{lis}\t\t</ul><!-- .comment-list -->\n\n\t\t\n\t')
        if not p.comments_open and n:
            out += '\t\t<p class="no-comments">Les commentaires sont fermés.</p>\n\t\t'
        if p.comments_open:
            out += self.comment_form(p, submit_block=False)
        return f'\n<div id="comments" class="comments-area">\n\n\t{out}\n</div><!-- #comments -->\n'

    def post_nav(self, p: Post) -> str:
        """navigation.php on a single post: previous_post_link / next_post_link."""
        order = sorted(self.posts, key=lambda q: (q.when, q.id))
        i = order.index(p)
        prev = order[i - 1] if i > 0 else None
        nxt = order[i + 1] if i + 1 < len(order) else None
        left = (f'<a href="{amp(self.url[id(prev)])}" rel="prev"><span class="meta-nav">&larr;</span> {esc(prev.title)}</a>'
                if prev else "")
        right = (f'<a href="{amp(self.url[id(nxt)])}" rel="next">{esc(nxt.title)} <span class="meta-nav">&rarr;</span></a>'
                 if nxt else "")
        return (f'\n\t\t<ul class="default-wp-page clearfix">\n\t\t\t<li class="previous">{left}</li>\n'
                f'\t\t\t<li class="next">{right}</li>\n\t\t</ul>\n\n\t\t')

    def single(self, p: Post) -> str:
        content = f"""
	<div id="primary">
		<div id="content" class="clearfix">

			
<article id="post-{p.id}" class="{self.post_class(p)}">
	
	
	<div class="article-content clearfix">

		{self.colored_category(p)}
		<header class="entry-header">
			<h1 class="entry-title">
				{esc(p.title)}			</h1>
		</header>

		{self.entry_meta(p)}
		<div class="entry-content clearfix">
			{self.content_html(p)}		</div>

	</div>

	</article>

		</div><!-- #content -->

		{self.post_nav(p)}{self.comments(p)}
	</div><!-- #primary -->

{self.sidebar()}"""
        title, head = self.head_parts("single", p)
        cls = f"post-template-default single single-post postid-{p.id} single-format-standard"
        return self.doc(title, head, cls, content, reply_js=p.comments_open, current=p.category)

    def item_pages(self):
        return post_pages(self)

    # -- listings -------------------------------------------------------------------------------------
    def navigation(self, n: int, total: int, url) -> str:
        """navigation.php on listings: next_posts_link (older) "Précédent", previous_posts_link (newer) "Suivant"."""
        if total < 2:
            return ""
        older = f'<a href="{amp(url(n + 1))}" >&larr; Précédent</a>' if n < total else ""
        newer = f'<a href="{amp(url(n - 1))}" >Suivant &rarr;</a>' if n > 1 else ""
        return (f'\n\t\t\t<ul class="default-wp-page clearfix">\n\t\t\t\t<li class="previous">{older}</li>\n'
                f'\t\t\t\t<li class="next">{newer}</li>\n\t\t\t</ul>\n\t\t\t')

    def home_pages(self) -> dict[str, str]:
        """front-page.php with the latest posts on the front page (its widget areas empty)."""
        chunks = pages_of(self.posts, self.b.per_page)
        out = {}
        for n, chunk in enumerate(chunks, 1):
            arts = "".join(self.article(p) for p in chunk) or """
<section class="no-results not-found">
	<header class="page-header">
		<h2 class="page-title">Rien n’a été trouvé</h2>
	</header>
</section>"""
            content = f"""
	<div class="front-page-top-section clearfix">
		<div class="widget_slider_area">
					</div>

		<div class="widget_beside_slider">
					</div>
	</div>

	<div class="main-content-section clearfix">
		
		<div id="primary">
			<div id="content" class="clearfix">

				
					<div class="article-container">
						{arts}{self.navigation(n, len(chunks), self.home_url)}					</div>
							</div>
		</div>

		{self.sidebar()}	</div>
"""
            title, head = self.head_parts("home", None, n)
            cls = "home blog" + (f" paged paged-{n}" if n > 1 else "")
            out[self.path(self.home_url(n))] = self.doc(title, head, cls, content, home=n == 1, current="" if n == 1 else None)
        return out

    def archive_pages(self, kind: str, name: str, posts: list[Post]) -> dict[str, str]:
        """archive.php: colormag_archive_header, then content.php in `div.article-container`."""
        chunks = pages_of(posts, self.b.per_page)
        ident, slug = {"category": self.cats, "tag": self.tags, "author": self.authors}[kind][name]
        if kind == "category":
            header = f'<h1 class="page-title"><span>{esc(name)}</span></h1>'
        elif kind == "tag":
            header = f'\n\t\t\t\t<h1 class="page-title">\n\t\t\t\t\t<span>\n\t\t\t\t\t\t{esc(name)}\t\t\t\t\t</span>\n\t\t\t\t</h1>\n\t\t\t\t'
        else:
            header = (f'\n\t\t\t\t<h1 class="page-title">\n\t\t\t\t\t<span>\n\t\t\t\t\t\tAuteur : <span class="vcard">{esc(name)}</span>'
                      f'\t\t\t\t\t</span>\n\t\t\t\t</h1>\n\t\t\t\t')
        out = {}
        for n, chunk in enumerate(chunks, 1):
            url = (lambda k, kind=kind, name=name: self.archive_url(kind, name, k))
            content = f"""
	<div id="primary">
		<div id="content" class="clearfix">

			
		<header class="page-header">
			{header}		</header><!-- .page-header -->

		
				<div class="article-container">

					{"".join(self.article(p) for p in chunk)}
				</div>

				{self.navigation(n, len(chunks), url)}
		</div><!-- #content -->
	</div><!-- #primary -->

{self.sidebar()}"""
            title, head = self.head_parts(kind, name, n)
            cls = {"category": f"archive category category-{slug} category-{ident}", "tag": f"archive tag tag-{slug} tag-{ident}",
                   "author": f"archive author author-{slug} author-{ident}"}[kind]
            cls += f" paged paged-{n} {kind}-paged-{n}" if n > 1 else ""
            out[self.path(url(n))] = self.doc(title, head, cls, content, current=name if kind == "category" else None)
        return out

    def not_found(self) -> str:
        content = f"""
	<div id="primary">
		<div id="content" class="clearfix">
			<section class="error-404 not-found">
				<div class="page-content">

											<header class="page-header">
							<h1 class="page-title">Oups ! Cette page est introuvable.</h1>
						</header>

						<p>Il semble que rien n’ait été trouvé à cet emplacement. Essayez la recherche ci-dessous.</p>
						{self.search_form()}
					
				</div><!-- .page-content -->
			</section><!-- .error-404 -->
		</div><!-- #content -->
	</div><!-- #primary -->

{self.sidebar()}"""
        title, head = self.head_parts("404")
        return self.doc(title, head, "error404", content)


def item_pages(blog: Blog, now: datetime = NOW):
    return _ColorMag(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a WordPress / ColorMag news site keyed by path?query, and its 404 page."""
    return site_pages(_ColorMag(blog, now), keep)


IGNORED_PARAMS = CORE_IGNORED_PARAMS  # WordPress core's: the theme adds none
