r"""WordPress with the Astra theme (classic header/footer markup, schema on), fr_FR (written blind, from
brainstormforce/astra as stored, 3.6.5 of July 2021: header.php, footer.php,
single.php, sidebar.php, comments.php, template-parts/content-single.php, content-blog.php,
template-parts/single/single-layout.php, template-parts/blog/blog-layout.php, template-parts/404/404-layout.php,
template-parts/header/header-main-layout.php, template-parts/footer/footer-sml-layout.php;
inc/blog/blog-config.php (astra_get_post_meta: "Par X / date / catégories" joined by " / ", astra_post_date's
published + updated spans, astra_post_author, astra_post_comments, astra_post_link "Lire la suite"),
inc/blog/single-blog.php (astra_theme_comment, astra_single_post_navigation_markup), inc/blog/blog.php
(archive title/meta order), inc/markup-extras.php (astra_number_pagination, the comment form fields and
defaults), inc/core/common-functions.php (astra_archive_page_info), inc/widgets.php (sidebar-1 widget wrap),
inc/core/class-theme-strings.php and class-astra-theme-options.php (defaults: meta "comments, category,
author", excerpts)). The theme's fr_FR strings as translate.wordpress.org gives them (no .po in the
repository). WordPress core's own output (head, feeds, sitemaps, robots.txt, shortlinks) comes from
`wordpress_block.WPCore`.

URLs: the permalink setting varies by host (plain `/?p=N`, `/2025/03/04/slug/`, `/2025/03/slug/`,
`/slug/`, `/archives/N`), with core's category, tag, author and paged URLs for that setting.
Post meta varies by host as the Customizer leaves it: Astra's default "comments / category / author"
on listings, or "Par auteur / date / catégorie" (sites that added the date); the single post meta is
"Par auteur / date / catégorie", with the tags, or "date / Par auteur / catégorie / étiquettes / N commentaires".
Dates: get_the_date() in fr_FR's "j F Y" ("4 mars 2025") in `<span class="published">` and the modified
date in `<span class="updated">` (Astra writes no datetime attribute); comments "%1$s à %2$s" = "4 mars 2025
à 10 h 15 min" with `<time datetime="ISO">`. Comments: threaded (depth 5) in date order through
astra_theme_comment (gravatar 50 px, name linked to the commenter's site, post author's badge span),
wpautop'd and make_clickable'd text; "Les commentaires sont fermés." when closed; Astra's comment form.
Listings: excerpts (55 words, " &hellip;" and "Lire la suite &raquo;"), the_posts_pagination with
"Page précédente"/"Page suivante". Sidebar: core widgets (search, recent posts, categories) and a "Liens"
menu for the blogroll. Footer: Astra's default "Copyright © year site | Propulsé par Astra WordPress Theme".
"""
from __future__ import annotations

import hashlib
from datetime import datetime

from sectorweb.dates import NOW, fr_date, iso
from sectorweb.families.common import Page, esc, pages_of, post_pages
from sectorweb.families.generatepress import comment_time
from sectorweb.families.wordpress_block import (WP_VERSION, WPCore, amp, host_choice, paginate_links, site_pages,
                                                theme_urls, trim_words)
from sectorweb.model import Blog, Post

ASTRA_VERSION = "3.6.5"
# astra_get_post_meta() orders: (listing, single), set in the Customizer
META = [(["comments", "category", "author"], ["author", "date", "category"]),
        (["author", "date", "category"], ["author", "date", "category", "tag"]),
        (["date", "author", "category"], ["date", "author", "category", "tag", "comments"])]


scheme_of, permalink, feed_path, comment_anchor = theme_urls("astra-permalink")


def avatar(name: str, size: int) -> str:
    """get_avatar() for a commenter without a known e-mail (the default "mystery" image)."""
    h = hashlib.md5(name.strip().lower().encode()).hexdigest()
    src = f"https://secure.gravatar.com/avatar/{h}?s={size}&#038;d=mm&#038;r=g"
    src2 = f"https://secure.gravatar.com/avatar/{h}?s={size * 2}&#038;d=mm&#038;r=g"
    return (f'<img alt="" src="{src}" srcset="{src2} 2x" class="avatar avatar-{size} photo" height="{size}" '
            f'width="{size}" loading="lazy" decoding="async"/>')


class _Astra(WPCore):
    def __init__(self, blog: Blog, now: datetime = NOW):
        super().__init__(blog, now, scheme_of(blog.host))
        self.meta_list, self.meta_single = META[host_choice(blog.host, "astra-meta", len(META))]

    # -- frame --------------------------------------------------------------------------------------
    def doc(self, title: str, head: str, body_class: str, main: str, home: bool = False, reply_js: bool = False,
            sidebar: bool = True) -> str:
        b = self.b
        site_title = (f'<h1 class="site-title" itemprop="name"><a href="{self.base}/" rel="home" itemprop="url" >{esc(b.name)}</a></h1>'
                      if home else
                      f'<span class="site-title" itemprop="name"><a href="{self.base}/" rel="home" itemprop="url" >{esc(b.name)}</a></span>')
        js = (f'<script src="{self.base}/wp-includes/js/comment-reply.min.js?ver={WP_VERSION}" id="comment-reply-js" async data-wp-strategy="async"></script>\n'
              if reply_js else "")
        return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{title}</title>
<meta name="robots" content="max-image-preview:large" />
{head}<link rel="stylesheet" id="astra-theme-css-css" href="{self.base}/wp-content/themes/astra/assets/css/minified/style.min.css?ver={ASTRA_VERSION}" media="all" />
</head>

<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="{body_class} ast-desktop ast-separate-container {"ast-right-sidebar" if sidebar else "ast-no-sidebar"} astra-{ASTRA_VERSION} ast-header-custom-item-inside ast-inherit-site-logo-transparent">
<div class="hfeed site" id="page">
	<a class="skip-link screen-reader-text" href="#content">Aller au contenu</a>
			<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
			<div class="main-header-bar-wrap">
	<div class="main-header-bar">
				<div class="ast-container">
			<div class="ast-flex main-header-container">
				<div class="site-branding">
			<div class="ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope">
			<div class="ast-site-title-wrap">
						{site_title}
						<p class="site-description" itemprop="description">
					{esc(b.tagline)}
				</p>
					</div>			</div>
					</div>
				</div><!-- Main Header Container -->
		</div><!-- ast-row -->
			</div> <!-- Main Header Bar -->
</div> <!-- Main Header Bar Wrap -->
		</header><!-- #masthead -->
			<div id="content" class="site-content">
		<div class="ast-container">
		

	<div id="primary" class="content-area primary">

		
					<main id="main" class="site-main">
				{main}			</main><!-- #main -->
			
		
	</div><!-- #primary -->


{self.secondary() if sidebar else ''}

	</div> <!-- ast-container -->
	</div><!-- #content -->

		<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
			<div class="ast-small-footer footer-sml-layout-1">
	<div class="ast-footer-overlay">
		<div class="ast-container">
			<div class="ast-small-footer-wrap" >
									<div class="ast-small-footer-section ast-small-footer-section-1" >
						Copyright &copy; {self.now.year} {esc(b.name)} | Propulsé par <a href="https://wpastra.com/">Astra WordPress Theme</a>					</div>
				
			</div><!-- .ast-row .ast-small-footer-wrap -->
		</div><!-- .ast-container -->
	</div><!-- .ast-footer-overlay -->
</div><!-- .ast-small-footer-->
		</footer><!-- #colophon -->
			</div><!-- #page -->
{js}<script src="{self.base}/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver={ASTRA_VERSION}" id="astra-theme-js-js"></script>
	</body>
</html>
"""

    def secondary(self) -> str:
        return f"""	<div class="widget-area secondary" id="secondary" role="complementary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope">
	<div class="sidebar-main" >
		{self.sidebar()}
	</div><!-- .sidebar-main -->
</div><!-- #secondary -->
"""

    def search_form(self) -> str:
        """get_search_form() of core (the search widget), fr_FR."""
        return (f'<form role="search" method="get" class="search-form" action="{self.base}/">\n\t\t\t\t<label>\n'
                '\t\t\t\t\t<span class="screen-reader-text">Rechercher :</span>\n'
                '\t\t\t\t\t<input type="search" class="search-field" placeholder="Rechercher…" value="" name="s" />\n'
                '\t\t\t\t</label>\n\t\t\t\t<input type="submit" class="search-submit" value="Rechercher" />\n\t\t\t</form>')

    def sidebar(self) -> str:
        recent = "".join(f'\n\t\t\t\t\t\t\t\t\t\t<li>\n\t\t\t\t\t<a href="{amp(self.url[id(p)])}">{esc(p.title)}</a>\n\t\t\t\t\t\t\t\t\t</li>'
                         for p in sorted(self.posts, key=lambda q: (q.when, q.id), reverse=True)[:5])
        cats = "".join(f'\n\t<li class="cat-item cat-item-{self.cats[c][0]}"><a href="{amp(self.cat_url(c))}">{esc(c)}</a>\n</li>'
                       for c in sorted(self.used_cats, key=lambda c: c.lower()))
        out = (f'<aside id="search-2" class="widget widget_search">{self.search_form()}</aside>\n'
               f'\t\t<aside id="recent-posts-2" class="widget widget_recent_entries">\n'
               f'\t\t<h2 class="widget-title">Articles récents</h2><nav aria-label="Articles récents">\n\t\t<ul>{recent}\n\t\t\t\t\t</ul>\n\n\t\t</nav></aside>'
               f'<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Catégories</h2><nav aria-label="Catégories">\n'
               f'\t\t\t<ul>{cats}\n\t\t\t</ul>\n\n\t\t\t</nav></aside>')
        if self.b.blogroll:
            links = "".join(f'<li id="menu-item-{100 + i}" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-{100 + i}">'
                            f'<a href="{esc(u)}" class="menu-link">{esc(n)}</a></li>\n' for i, (u, n) in enumerate(self.b.blogroll))
            out += (f'<aside id="nav_menu-2" class="widget widget_nav_menu"><h2 class="widget-title">Liens</h2>'
                    f'<nav class="menu-liens-container" aria-label="Liens"><ul id="menu-liens" class="menu">{links}</ul></nav></aside>')
        return out

    # -- post meta (astra_get_post_meta) ---------------------------------------------------------------
    def post_date(self, p: Post) -> str:
        mod = p.modified or p.when
        return (f'<span class="posted-on"><span class="published" itemprop="datePublished"> {fr_date(p.when)}</span>'
                f'<span class="updated" itemprop="dateModified"> {fr_date(mod)}</span></span>')

    def post_author(self, p: Post) -> str:
        return (f'<span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">'
                f'			<a title="Voir tous les articles de {esc(p.author)}"\n'
                f'				href="{amp(self.author_url(p.author))}" rel="author"\n'
                f'				class="url fn n" itemprop="url"				>\n'
                f'				<span\n				class="author-name" itemprop="name"				>{esc(p.author)}</span>\n			</a>\n		</span>\n\t\t')

    def post_comments(self, p: Post) -> str:
        """comments_popup_link() with Astra's strings (only when open or commented)."""
        if not (p.comments_open or p.comments):
            return ""
        n = len(p.comments)
        u = self.url[id(p)]
        text = "Laisser un commentaire" if n == 0 else "1 commentaire" if n == 1 else f"{n} commentaires"
        return (f'\n\t\t\t<span class="comments-link">\n\t\t\t\t<a href="{amp(u)}#{"respond" if n == 0 else "comments"}">{text}</a>'
                '\t\t\t</span>\n\n\t\t\t')

    def meta(self, p: Post, items: list[str]) -> str:
        parts = []
        for item in items:
            if item == "author":
                parts.append("Par " + self.post_author(p))
            elif item == "date":
                parts.append(self.post_date(p))
            elif item == "category":
                parts.append(f'<span class="cat-links"><a href="{amp(self.cat_url(p.category))}" rel="category tag">{esc(p.category)}</a></span>')
            elif item == "tag" and p.tags:
                parts.append('<span class="tags-links">' + ", ".join(
                    f'<a href="{amp(self.tag_url(t))}" rel="tag">{esc(t)}</a>' for t in p.tags) + "</span>")
            elif item == "comments" and (c := self.post_comments(p)):
                parts.append(c)
        return '<div class="entry-meta">' + " / ".join(parts) + "</div>" if parts else ""

    # -- entries --------------------------------------------------------------------------------------
    def single_article(self, p: Post) -> str:
        return f"""
<article class="{self.post_class(p)} ast-article-single" id="post-{p.id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">

	
<div class="ast-post-format- single-layout-1 ast-no-thumb">

	
	<header class="entry-header ast-no-thumbnail">

		
		
		<div class="ast-single-post-order">
			<h1 class="entry-title" itemprop="headline">{esc(p.title)}</h1>{self.meta(p, self.meta_single)}		</div>

		
	</header><!-- .entry-header -->

	
	<div class="entry-content clear" itemprop="text"	>

		
		{self.content_html(p)}
		
		
			</div><!-- .entry-content .clear -->
</div>

	
</article><!-- #post-## -->

{self.post_nav(p)}"""

    def post_nav(self, p: Post) -> str:
        order = sorted(self.posts, key=lambda q: (q.when, q.id))
        i = order.index(p)
        prev = order[i - 1] if i > 0 else None
        nxt = order[i + 1] if i + 1 < len(order) else None
        if not prev and not nxt:
            return ""
        links = ""
        if prev:
            links += (f'<div class="nav-previous"><a href="{amp(self.url[id(prev)])}" rel="prev">'
                      '<span class="ast-left-arrow">&larr;</span> Article précédent</a></div>')
        if nxt:
            links += (f'<div class="nav-next"><a href="{amp(self.url[id(nxt)])}" rel="next">'
                      'Article suivant <span class="ast-right-arrow">&rarr;</span></a></div>')
        return (f'\n\t<nav class="navigation post-navigation" aria-label="Articles">\n\t\t<h2 class="screen-reader-text">Navigation de l’article</h2>\n'
                f'\t\t<div class="nav-links">{links}</div>\n\t</nav>')

    def blog_article(self, p: Post) -> str:
        u = self.url[id(p)]
        words, more = trim_words(p.paragraphs, 55)
        link = (f' &hellip;<p class="read-more"> <a class="" href="{amp(u)}"> <span class="screen-reader-text">{esc(p.title)}</span> Lire la suite &raquo;</a></p>'
                if more else "")
        return f"""
<article class="{self.post_class(p)} ast-col-sm-12 ast-article-post" id="post-{p.id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">

	
	<div class="ast-post-format- blog-layout-1 ast-no-thumb">
	<div class="post-content ast-col-md-12" >
		
		<header class="entry-header">
			<h2 class="entry-title" itemprop="headline"><a href="{amp(u)}" rel="bookmark">{esc(p.title)}</a></h2>			{self.meta(p, self.meta_list)}		</header><!-- .entry-header -->
		
		<div class="entry-content clear" itemprop="text"		>

			<p>{esc(words)}{link}</p>
		</div><!-- .entry-content .clear -->
	</div><!-- .post-content -->
</div> <!-- .blog-layout-1 -->

	
</article><!-- #post-## -->

"""

    # -- comments (comments.php, astra_theme_comment) ---------------------------------------------------
    def comment_li(self, p: Post, node, depth: int, alt: list[int]) -> str:
        c, kids = node
        cls = self.comment_classes(p, c, depth, alt) + (" parent" if kids else "")
        who = f'<a href="{esc(c.url)}" class="url" rel="ugc external nofollow">{esc(c.author)}</a>' if c.url else esc(c.author)
        badge = '<span class="ast-highlight-text ast-cmt-post-author"></span>' if c.by_author else ""
        reply = self.reply_link(p, c, depth)
        reply = f'<span class="ast-reply-link">{reply}</span>' if reply else ""
        children = ""
        if kids:
            children = '<ol class="children">\n' + "".join(self.comment_li(p, k, depth + 1, alt) for k in kids) + "</ol><!-- .children -->\n"
        return f"""				<li class="{cls}" id="li-comment-{c.id}">
					<article id="comment-{c.id}" class="ast-comment">
					<div class= "ast-comment-info">
						<div class="ast-comment-avatar-wrap">{avatar(c.author, 50)}</div><!-- Remove 1px Space
						--><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap ast-col-lg-12"><cite><b class="fn">{who}</b> {badge}</cite></div><div class="ast-comment-time ast-col-lg-12"><span  class="timendate"><a href="{amp(self.url[id(p)])}#comment-{c.id}"><time datetime="{iso(c.when)}">{comment_time(c.when)}</time></a></span></div>								</header> <!-- .ast-comment-meta -->
							</div>
							<section class="ast-comment-content comment">
								{self.comment_text(c)}								<div class="ast-comment-edit-reply-wrap">
																		{reply}								</div>
															</section> <!-- .ast-comment-content -->
												</article><!-- #comment-## -->
				{children}</li><!-- #comment-## -->
"""

    def comments_area(self, p: Post) -> str:
        n = len(p.comments)
        if not n and not p.comments_open:
            return ""
        out = ""
        if n:
            what = "réflexion" if n == 1 else "réflexions"
            alt = [0, 0]
            lis = "".join(self.comment_li(p, node, 1, alt) for node in self.threads(p))
            out += (f'\t\t\t<h3 class="comments-title">\n\t\t\t\t{n} {what} sur &ldquo;{esc(p.title)}&rdquo;\t\t\t</h3>\n\n\t\t\n'
                    f'\t\t<ol class="ast-comment-list">\n{lis}\t\t</ol><!-- .ast-comment-list -->\n\n\t\t\n\t')
        if not p.comments_open:
            out += '\t\t<p class="no-comments">Les commentaires sont fermés.</p>\n\t'
        else:
            out += self.astra_form(p)
        return f'\n<div id="comments" class="comments-area">\n\n\t\n{out}\t</div><!-- #comments -->\n'

    def astra_form(self, p: Post) -> str:
        """comment_form() with astra_comment_form_default_markup and _default_fields_markup."""
        u = self.url[id(p)]
        return f"""	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">Laisser un commentaire <small><a rel="nofollow" id="cancel-comment-reply-link" href="{amp(u)}#respond" style="display:none;">Annuler la réponse</a></small></h3><form action="{self.base}/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> <span class="required-field-message">Les champs obligatoires sont indiqués avec <span class="required">*</span></span></p><div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><div class="comment-form-textarea ast-col-lg-12"><label for="comment" class="screen-reader-text">Écrivez ici…</label><textarea id="comment" name="comment" placeholder="Écrivez ici…" cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div><div class="ast-comment-formwrap ast-row"><p class="comment-form-author ast-col-xs-12 ast-col-sm-12 ast-col-md-4 ast-col-lg-4"><label for="author" class="screen-reader-text">Nom*</label><input id="author" name="author" type="text" value="" placeholder="Nom*" size="30" aria-required="true" /></p>
<p class="comment-form-email ast-col-xs-12 ast-col-sm-12 ast-col-md-4 ast-col-lg-4"><label for="email" class="screen-reader-text">E-mail*</label><input id="email" name="email" type="text" value="" placeholder="E-mail*" size="30" aria-required="true" /></p>
<p class="comment-form-url ast-col-xs-12 ast-col-sm-12 ast-col-md-4 ast-col-lg-4"><label for="url"><label for="url" class="screen-reader-text">Site web</label><input id="url" name="url" type="text" value="" placeholder="Site web" size="30" /></label></p></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Publier le commentaire &raquo;" /> <input type="hidden" name="comment_post_ID" value="{p.id}" id="comment_post_ID" />
<input type="hidden" name="comment_parent" id="comment_parent" value="0" />
</p></form>	</div><!-- #respond -->
	"""

    def single(self, p: Post) -> str:
        title, head = self.head_parts("single", p)
        main = self.single_article(p) + self.comments_area(p)
        cls = (f"post-template-default single single-post postid-{p.id} single-format-standard wp-embed-responsive "
               "ast-blog-single-style-1 ast-single-post")
        return self.doc(title, head, cls, main, reply_js=p.comments_open)

    def item_pages(self):
        return post_pages(self)

    # -- listings ---------------------------------------------------------------------------------------
    def pagination(self, n: int, total: int, url) -> str:
        """astra_number_pagination(): the_posts_pagination() in `div.ast-pagination`."""
        if total < 2:
            return ""
        links = paginate_links(n, total, url, '<span class="ast-left-arrow">&larr;</span> Page précédente',
                               'Page suivante <span class="ast-right-arrow">&rarr;</span>')
        return ('<div class="ast-pagination">\n\t<nav class="navigation pagination" aria-label="Pagination des publications">\n'
                '\t\t<h2 class="screen-reader-text">Pagination des publications</h2>\n'
                f'\t\t<div class="nav-links">{links}</div>\n\t</nav>\n\t</div>')

    def listing(self, posts: list[Post], url, kind: str, key=None, header: str = "", body: str = "") -> dict[str, str]:
        chunks = pages_of(posts, self.b.per_page)
        out = {}
        for n, chunk in enumerate(chunks, 1):
            title, head = self.head_parts(kind, key, n)
            arts = "".join(self.blog_article(p) for p in chunk)
            main = (header + f'\n\t\t<div class="ast-row">\n\t\t{arts}\t\t</div>\n\t\t' + self.pagination(n, len(chunks), url))
            cls = body + (f" paged paged-{n}" if n > 1 else "")
            out[self.path(url(n))] = self.doc(title, head, cls.strip() + " wp-embed-responsive",
                                              main, home=kind == "home" and n == 1)
        return out

    def home_pages(self) -> dict[str, str]:
        return self.listing(self.posts, self.home_url, "home", None, "", "home blog")

    def archive_pages(self, kind: str, name: str, posts: list[Post]) -> dict[str, str]:
        if kind == "author":
            header = (f'\n\t\t<section class="ast-author-box ast-archive-description">\n\t\t\t<div class="ast-author-bio">\n'
                      f'\t\t\t\t<h1 class="page-title ast-archive-title">{esc(name)}</h1>\n\t\t\t\t<p></p>\n\t\t\t</div>\n'
                      f'\t\t\t<div class="ast-author-avatar">\n\t\t\t\t{avatar(name, 120)}\t\t\t</div>\n\t\t</section>\n')
            body = f"archive author author-{self.authors[name][1]} author-{self.authors[name][0]}"
        else:
            header = (f'\n\t\t<section class="ast-archive-description">\n'
                      f'\t\t\t<h1 class="page-title ast-archive-title">{esc(name)}</h1>\n\t\t</section>\n')
            table = self.cats if kind == "category" else self.tags
            body = f"archive {kind} {kind}-{table[name][1]} {kind}-{table[name][0]}"
        return self.listing(posts, lambda n: self.archive_url(kind, name, n), kind, name, header, body)

    def not_found(self) -> str:
        title, head = self.head_parts("404")
        main = f"""
<section class="error-404 not-found">

	
	
<div class="ast-404-layout-1" >

	<header class="page-header"><h1 class="page-title">Cette page ne semble pas exister.</h1></header><!-- .page-header -->
	<div class="page-content">

		<div class="page-sub-title">
			Il semble que le lien pointant ici soit défectueux. Peut-être essayer une recherche ?		</div>

		<div class="ast-404-search">
			<div class="widget widget_search">{self.search_form()}</div>		</div>

	</div><!-- .page-content -->
</div>

	
	
</section><!-- .error-404 -->

"""
        return self.doc(title, head, "error404 wp-embed-responsive", main, sidebar=False)


def item_pages(blog: Blog, now: datetime = NOW):
    return _Astra(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a WordPress / Astra blog keyed by path?query, and its 404 page."""
    return site_pages(_Astra(blog, now), keep)


IGNORED_PARAMS: set[str] = {"replytocom", "utm_source", "utm_medium", "utm_campaign"}
