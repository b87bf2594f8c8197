r"""WordPress with the Kadence theme (1.2, the header/footer builder's default rows, microdata on), fr_FR
(written blind).

kadencewp/kadence itself is not in the corpus. Followed: Kadence's own template files as child themes in the
corpus copy them (`namespace Kadence`: template-parts/content/single-entry.php, entry_footer.php,
entry_author.php, entry_related.php, inc/template-functions/single-functions.php), and for everything else
AvanamOrg/avanam at 8d36d89 (January 2026), a fork of Kadence ("generated from Base Theme",
wpdesignx/rebase) that keeps Kadence's templates and class names but renames the `kadence` prefixes to
`base` and the text domain to `avanam`; the names are restored here (`kadence-svg-iconset`, `kt-clear`,
`data-section="kadence_customizer_…"`, `kadence_…` hooks). Files followed: header.php, footer.php,
single.php, index.php, sidebar.php, comments.php, template-parts/content/single.php, single-entry.php,
archive.php, entry.php, entry_loop_header.php, entry_loop_taxonomies.php, entry_loop_title.php,
entry_loop_meta.php, entry_summary.php, entry_loop_footer.php, entry_actions.php, pagination.php,
archive_hero.php, entry_hero.php, entry_header.php, entry_content.php, entry_footer.php, entry_tags.php,
entry_related.php, comments-list.php, error-404.php; template-parts/title/categories.php, title.php,
meta.php; template-parts/archive-title/title.php; template-parts/header/base.php, header-row.php, logo.php;
template-parts/footer/base.php, footer-row.php, footer-html.php; inc/template-hooks.php,
inc/template-functions/*.php (site_branding, footer_html, get_archive_*_classes),
inc/components/comments/component.php (wp_list_comments 'ol', avatar 60, the float-label comment form),
inc/components/icons/component.php (the arrow SVGs), inc/components/options/component.php (option names).
French strings: languages/fr_FR.po of the fork where it translates Kadence's msgids ("Par", "Lire la suite",
"Précédent", "Suivant", "Les commentaires sont fermés.", "Un Commentaire", "%1$s Commentaires", "Nom",
"Site Web", "Commentaire", "Étiquettes :"); the untranslated ones from memory of Kadence's fr_FR pack
("Aller au contenu", "Articles similaires", "Navigation de la page", "Page précédente"/"Page suivante",
"Thème WordPress par", "Jean Dupont" placeholders). The defaults of the Customizer options are Kadence's as
remembered (title in content, categories above it, meta "Par auteur · date"), not the fork's.

WordPress core's output comes from `wordpress_block.WPCore` (URLs for the host's permalink setting, head,
RSS feeds, wp-sitemap, robots.txt, the /?p=N shortlink redirects) and from core as remembered: the html5
comment walker (`li.comment > article.comment-body > footer.comment-meta`, "dit :", "%1$s à %2$s" with
generatepress.comment_time's fr_FR format), get_the_archive_title() ("Catégorie : <span>…</span>"),
the_posts_pagination(), the_post_navigation(), the_excerpt() (55 words, " [&hellip;]").

Varies by host (md5 of the host, as the Customizer leaves it): the permalink setting (plain, day and name,
month and name, post name, numeric), the post title in the content or in a hero section above it, a right
sidebar (search, recent posts, categories, a "Liens" menu for the blogroll) or none (then the blogroll is a
footer widget), the archive grid (2 or 3 columns), the meta with or without the author, the related posts.
Dates: get_the_date() "j F Y" ("4 mars 2025") in `<time class="entry-date published" datetime="ISO">`,
plus `<time class="updated">` when modified. Comments: threaded (depth 5), date order, all on the post page.
Deviation: Kadence's entry_tags.php writes the tag link's href unquoted; it is double-quoted here.
"""
from __future__ import annotations

from datetime import datetime

from sectorweb.dates import NOW, fr_date, iso
from sectorweb.families.common import Page, esc, pages_of, post_pages
from sectorweb.families.wordpress_block import (WP_VERSION, WPCore, amp, host_choice, paginate_links, site_pages,
                                                theme_urls, trim_words)
from sectorweb.families.wp_walker import Html5Comments
from sectorweb.model import Blog, Post

KADENCE_VERSION = "1.2.9"


scheme_of, permalink, feed_path, comment_anchor = theme_urls("kadence-permalink")


def options(host: str) -> dict:
    """The Customizer settings of one site."""
    return {"title_above": host_choice(host, "kadence-title", 3) == 0,  # post_title_layout 'above' (else 'normal')
            "sidebar": host_choice(host, "kadence-sidebar", 2) == 0,  # post_layout / post_archive_layout 'right'
            "columns": ("2", "3")[host_choice(host, "kadence-columns", 2)],  # post_archive_columns
            "meta_author": host_choice(host, "kadence-meta", 4) != 0,  # post_title_element_meta author
            "related": host_choice(host, "kadence-related", 3) != 0}  # post_related


def icon(name: str, title: str, baseline: bool = True) -> str:
    """kadence()->get_icon(): the SVG in `span.kadence-svg-iconset`."""
    shapes = {
        "arrow-left": ('width="24" height="24" viewBox="0 0 24 24"',
                       '<path d="M15.707 17.293l-5.293-5.293 5.293-5.293c0.391-0.391 0.391-1.024 0-1.414s-1.024-0.391-1.414 0l-6 6c-0.391 0.391-0.391 1.024 0 1.414l6 6c0.391 0.391 1.024 0.391 1.414 0s0.391-1.024 0-1.414z"></path>'),
        "arrow-right": ('width="24" height="24" viewBox="0 0 24 24"',
                        '<path d="M9.707 18.707l6-6c0.391-0.391 0.391-1.024 0-1.414l-6-6c-0.391-0.391-1.024-0.391-1.414 0s-0.391 1.024 0 1.414l5.293 5.293-5.293 5.293c-0.391 0.391-0.391 1.024 0 1.414s1.024 0.391 1.414 0z"></path>'),
        "arrow-right-alt": ('width="27" height="28" viewBox="0 0 27 28"',
                            '<path d="M27 13.953c0 0.141-0.063 0.281-0.156 0.375l-6 5.531c-0.156 0.141-0.359 0.172-0.547 0.094-0.172-0.078-0.297-0.25-0.297-0.453v-3.5h-19.5c-0.281 0-0.5-0.219-0.5-0.5v-3c0-0.281 0.219-0.5 0.5-0.5h19.5v-3.5c0-0.203 0.109-0.375 0.297-0.453s0.391-0.047 0.547 0.078l6 5.469c0.094 0.094 0.156 0.219 0.156 0.359v0z"></path>'),
        "search": ('width="24" height="24" viewBox="0 0 24 24"',
                   '<path d="M16.041 15.856c-0.034 0.026-0.067 0.055-0.099 0.087s-0.060 0.064-0.087 0.099c-1.258 1.213-2.969 1.958-4.855 1.958-1.933 0-3.682-0.782-4.95-2.050s-2.050-3.017-2.050-4.95 0.782-3.682 2.050-4.95 3.017-2.050 4.95-2.050 3.682 0.782 4.95 2.050 2.050 3.017 2.050 4.95c0 1.886-0.745 3.597-1.959 4.856zM21.707 20.293l-3.675-3.675c1.231-1.54 1.968-3.493 1.968-5.618 0-2.485-1.008-4.736-2.636-6.364s-3.879-2.636-6.364-2.636-4.736 1.008-6.364 2.636-2.636 3.879-2.636 6.364 1.008 4.736 2.636 6.364 3.879 2.636 6.364 2.636c2.125 0 4.078-0.737 5.618-1.968l3.675 3.675c0.391 0.391 1.024 0.391 1.414 0s0.391-1.024 0-1.414z"></path>'),
        "arrow-left-alt": ('width="29" height="28" viewBox="0 0 29 28"',
                           '<path d="M28 12.5v3c0 0.281-0.219 0.5-0.5 0.5h-19.5v3.5c0 0.203-0.109 0.375-0.297 0.453s-0.391 0.047-0.547-0.078l-6-5.469c-0.094-0.094-0.156-0.219-0.156-0.359v0c0-0.141 0.063-0.281 0.156-0.375l6-5.531c0.156-0.141 0.359-0.172 0.547-0.094 0.172 0.078 0.297 0.25 0.297 0.453v3.5h19.5c0.281 0 0.5 0.219 0.5 0.5z"></path>'),
    }
    size, path = shapes[name]
    return (f'<span class="kadence-svg-iconset{" svg-baseline" if baseline else ""}"><svg aria-hidden="true" '
            f'class="kadence-svg-icon kadence-{name}-svg" fill="currentColor" version="1.1" xmlns="http://www.w3.org/2000/svg" '
            f'{size}><title>{title}</title>{path}\n\t\t\t\t</svg></span>')


class _Kadence(Html5Comments, WPCore):
    comment_avatar_size = 60  # kadence's comments-list.php

    def __init__(self, blog: Blog, now: datetime = NOW):
        super().__init__(blog, now, scheme_of(blog.host))
        self.opt = options(blog.host)

    # -- frame (header.php, footer.php, template-parts/header, template-parts/footer) ------------------------
    def doc(self, title: str, head: str, body_class: str, main: str, schema: str = "WebPage",
            reply_js: bool = False) -> str:
        b = self.b
        side = self.opt["sidebar"]
        body = (f"{body_class} wp-embed-responsive footer-on-bottom hide-focus-outline link-style-standard"
                f"{' has-sidebar' if side else ''} content-title-style-{'above' if self.opt['title_above'] else 'normal'}"
                " content-width-normal content-style-boxed content-vertical-padding-show non-transparent-header"
                " mobile-non-transparent-header")
        js = (f'<script src="{self.base}/wp-includes/js/comment-reply.min.js?ver={WP_VERSION}" id="comment-reply-js" async="async" '
              'data-wp-strategy="async"></script>\n') if reply_js else ""
        return f"""<!doctype html>
<html lang="fr-FR" class="no-js" itemtype="https://schema.org/{schema}" itemscope>
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
	<title>{title}</title>
<meta name="robots" content="max-image-preview:large" />
{head}<link rel="stylesheet" id="kadence-global-css" href="{self.base}/wp-content/themes/kadence/assets/css/global.min.css?ver={KADENCE_VERSION}" media="all" />
<link rel="stylesheet" id="kadence-header-css" href="{self.base}/wp-content/themes/kadence/assets/css/header.min.css?ver={KADENCE_VERSION}" media="all" />
<link rel="stylesheet" id="kadence-content-css" href="{self.base}/wp-content/themes/kadence/assets/css/content.min.css?ver={KADENCE_VERSION}" media="all" />
<link rel="stylesheet" id="kadence-footer-css" href="{self.base}/wp-content/themes/kadence/assets/css/footer.min.css?ver={KADENCE_VERSION}" media="all" />
</head>

<body class="{body}">
<div id="wrapper" class="site wp-site-blocks">
			<a class="skip-link screen-reader-text scroll-ignore" href="#main">Aller au contenu</a>
		<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope>
	<div id="main-header" class="site-header-wrap">
		<div class="site-header-inner-wrap">
			<div class="site-header-upper-wrap">
				<div class="site-header-upper-inner-wrap">
					<div class="site-main-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_main">
	<div class="site-header-row-container-inner">
				<div class="site-container">
			<div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center">
									<div class="site-header-main-section-left site-header-section site-header-section-left">
						<div class="site-header-item site-header-focus-item" data-section="title_tagline">
	<div class="site-branding branding-layout-standard"><a class="brand" href="{self.base}/" rel="home" aria-label="{esc(b.name)}"><div class="site-title-wrap"><p class="site-title">{esc(b.name)}</p><p class="site-description">{esc(b.tagline)}</p></div></a></div></div><!-- data-section="title_tagline" -->
					</div>
																	<div class="site-header-main-section-right site-header-section site-header-section-right">
						<div class="site-header-item site-header-focus-item site-header-item-main-navigation header-navigation-layout-stretch-false header-navigation-layout-fill-stretch-false" data-section="kadence_customizer_primary_navigation">
		<nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard header-navigation-dropdown-animation-none" role="navigation" aria-label="Navigation principale">
				<div class="primary-menu-container header-menu-container">
			<ul id="primary-menu" class="menu"><li id="menu-item-10" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home menu-item-10"><a href="{self.base}/">Accueil</a></li>
</ul>		</div>
	</nav><!-- #site-navigation -->
	</div><!-- data-section="primary_navigation" -->
					</div>
							</div>
		</div>
	</div>
</div>
				</div>
			</div>
					</div>
	</div>
</header><!-- #masthead -->

	<div id="inner-wrap" class="wrap hfeed kt-clear">
		{main}
			</div><!-- #inner-wrap -->
	{self.footer()}
</div><!-- #wrapper -->

{js}<script id="kadence-navigation-js-extra">
var kadenceConfig = {{"screenReader":{{"expand":"Menu enfant","expandOf":"Menu enfant de","collapse":"Menu enfant","collapseOf":"Menu enfant de"}},"breakPoints":{{"desktop":"1024","tablet":768}},"scrollOffset":"0"}};
</script>
<script src="{self.base}/wp-content/themes/kadence/assets/js/navigation.min.js?ver={KADENCE_VERSION}" id="kadence-navigation-js" async></script>
</body>
</html>
"""

    def footer(self) -> str:
        """Footer builder: the bottom row's HTML item ({copyright} {year} {site-title} {theme-credit}), and the
        blogroll in a middle-row widget when there is no sidebar."""
        b = self.b
        middle = ""
        if b.blogroll and not self.opt["sidebar"]:
            middle = f"""<div class="site-middle-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-layout-standard site-footer-row-tablet-layout-default site-footer-row-mobile-layout-default" data-section="kadence_customizer_footer_middle">
	<div class="site-footer-row-container-inner">
				<div class="site-container">
			<div class="site-middle-footer-inner-wrap site-footer-row site-footer-row-columns-1 site-footer-row-column-layout-row site-footer-row-tablet-column-layout-default site-footer-row-mobile-column-layout-row ft-ro-dir-row ft-ro-collapse-normal ft-ro-t-dir-default ft-ro-m-dir-default ft-ro-lstyle-plain">
									<div class="site-footer-middle-section-1 site-footer-section footer-section-inner-items-1">
						<div class="footer-widget-area widget-area site-footer-focus-item footer-widget1 content-align-default content-tablet-align-default content-mobile-align-default content-valign-default content-tablet-valign-default content-mobile-valign-default" data-section="sidebar-widgets-footer1">
	<div class="footer-widget-area-inner site-info-inner">
		{self.links_widget()}	</div>
</div><!-- .footer-widget1 -->
					</div>
								</div>
		</div>
	</div>
</div>
"""
        return f"""<footer id="colophon" class="site-footer" role="contentinfo">
	<div class="site-footer-wrap">
		{middle}<div class="site-bottom-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-layout-standard site-footer-row-tablet-layout-default site-footer-row-mobile-layout-default" data-section="kadence_customizer_footer_bottom">
	<div class="site-footer-row-container-inner">
				<div class="site-container">
			<div class="site-bottom-footer-inner-wrap site-footer-row site-footer-row-columns-1 site-footer-row-column-layout-row site-footer-row-tablet-column-layout-default site-footer-row-mobile-column-layout-row ft-ro-dir-row ft-ro-collapse-normal ft-ro-t-dir-default ft-ro-m-dir-default ft-ro-lstyle-plain">
									<div class="site-footer-bottom-section-1 site-footer-section footer-section-inner-items-1">
						
<div class="footer-widget-area site-info site-footer-focus-item content-align-default content-tablet-align-default content-mobile-align-default content-valign-default content-tablet-valign-default content-mobile-valign-default" data-section="kadence_customizer_footer_html">
	<div class="footer-widget-area-inner site-info-inner">
		<div class="footer-html inner-link-style-normal"><div class="footer-html-inner"><p>&copy; {self.now.year} {esc(b.name)} - Thème WordPress par <a href="https://www.kadencewp.com/" rel="nofollow noopener" target="_blank">Kadence WP</a></p>
</div></div>	</div>
</div><!-- .site-info -->
					</div>
								</div>
		</div>
	</div>
</div>
	</div>
</footer><!-- #colophon -->
"""

    def links_widget(self) -> str:
        lis = "".join(f'<li id="menu-item-{100 + i}" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-{100 + i}">'
                      f'<a href="{esc(u)}">{esc(n)}</a></li>\n' for i, (u, n) in enumerate(self.b.blogroll))
        return (f'<section id="nav_menu-2" class="widget widget_nav_menu"><h2 class="widget-title">Liens</h2>'
                f'<div class="menu-liens-container"><ul id="menu-liens" class="menu">\n{lis}</ul></div></section>')

    def sidebar(self) -> str:
        """sidebar.php with the classic widgets of sidebar-primary."""
        if not self.opt["sidebar"]:
            return ""
        recent = "".join(f'\n\t\t\t\t\t\t\t\t\t<li>\n\t\t\t\t\t<a href="{amp(self.url[id(p)])}">{esc(p.title)}</a>\n\t\t\t\t\t\t\t\t\t</li>'
                         for p in sorted(self.posts, key=lambda q: (q.when, q.id), reverse=True)[:5])
        cats = "".join(f'\n\t<li class="cat-item cat-item-{self.cats[c][0]}"><a href="{amp(self.cat_url(c))}">{esc(c)}</a>\n</li>'
                       for c in sorted(self.used_cats, key=lambda c: c.lower()))
        links = self.links_widget() if self.b.blogroll else ""
        return f"""<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary sidebar-link-style-normal">
	<div class="sidebar-inner-wrap">
		<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{self.base}/">
				<label>
					<span class="screen-reader-text">Rechercher :</span>
					<input type="search" class="search-field" placeholder="Rechercher…" value="" name="s" />
				</label>
				<input type="submit" class="search-submit" value="Rechercher" />
			<div class="kadence-search-icon-wrap">{icon("search", "Rechercher", False)}</div></form></section>
		<section id="recent-posts-2" class="widget widget_recent_entries">
		<h2 class="widget-title">Articles récents</h2><nav aria-label="Articles récents">
		<ul>{recent}
					</ul>

		</nav></section><section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Catégories</h2><nav aria-label="Catégories">
			<ul>{cats}
			</ul>

			</nav></section>{links}	</div>
</aside><!-- #secondary -->
"""

    # -- bits of entries (template-parts/title/*, entry_loop_*) ------------------------------------------------
    def taxonomies(self, p: Post) -> str:
        return (f'<div class="entry-taxonomies">\n\t\t\t<span class="category-links term-links category-style-normal">\n'
                f'\t\t\t\t<a href="{amp(self.cat_url(p.category))}" rel="tag">{esc(p.category)}</a>\t\t\t</span>\n'
                '\t\t</div><!-- .entry-taxonomies -->\n\t\t')

    def meta(self, p: Post, author: bool) -> str:
        """template-parts/title/meta.php and entry_loop_meta.php: author (label "Par") and date, divider dot."""
        out = ""
        if author:
            out += (f'<span class="posted-by"><span class="meta-label">Par</span><span class="author vcard">'
                    f'<a class="url fn n" href="{amp(self.author_url(p.author))}">{esc(p.author)}</a></span></span>\t\t\t\t\t')
        if p.modified and p.modified != p.when:
            time = (f'<time class="entry-date published" datetime="{iso(p.when)}">{fr_date(p.when)}</time>'
                    f'<time class="updated" datetime="{iso(p.modified)}">{fr_date(p.modified)}</time>')
        else:
            time = f'<time class="entry-date published updated" datetime="{iso(p.when)}">{fr_date(p.when)}</time>'
        out += f'<span class="posted-on">\n\t\t\t\t\t\t{time}\t\t\t\t\t</span>\n\t\t\t\t\t'
        return f'<div class="entry-meta entry-meta-divider-dot">\n\t\t\t\t\t{out}</div><!-- .entry-meta -->\n'

    def loop_entry(self, p: Post, heading: str = "h2") -> str:
        """template-parts/content/entry.php (no featured image in the model)."""
        u = self.url[id(p)]
        words, more = trim_words(p.paragraphs, 55)
        return f"""<article class="entry content-bg loop-entry {self.post_class(p)}">
	<div class="entry-content-wrap">
		<header class="entry-header">

			{self.taxonomies(p)}<{heading} class="entry-title"><a href="{amp(u)}" rel="bookmark">{esc(p.title)}</a></{heading}>{self.meta(p, True)}</header><!-- .entry-header -->
	<div class="entry-summary">
		<p>{esc(words)}{" [&hellip;]" if more else ""}</p>
	</div><!-- .entry-summary -->
	<footer class="entry-footer">
		<div class="entry-actions">
		<p class="more-link-wrap">
			<a href="{amp(u)}" class="post-more-link">
				Lire la suite<span class="screen-reader-text"> {esc(p.title)}</span>{icon("arrow-right-alt", "Continuer")}			</a>
		</p>
	</div><!-- .entry-actions -->
	</footer><!-- .entry-footer -->
		</div>
</article>
"""

    # -- single (template-parts/content/single.php, single-entry.php) --------------------------------------------
    def title_area(self, p: Post) -> str:
        """The post_title_elements: categories, title, meta (breadcrumb and excerpt off)."""
        return (f"{self.taxonomies(p)}<h1 class=\"entry-title\">{esc(p.title)}</h1>"
                f"{self.meta(p, self.opt['meta_author'])}")

    def entry_header(self, p: Post) -> str:
        return (f'<header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">\n'
                f'\t\t\t{self.title_area(p)}</header><!-- .entry-header -->\n')

    def hero(self, p: Post) -> str:
        return f"""<section role="banner" class="entry-hero post-hero-section entry-hero-layout-standard">
	<div class="entry-hero-container-inner">
		<div class="hero-section-overlay"></div>
		<div class="hero-container site-container">
			{self.entry_header(p)}		</div>
	</div>
</section><!-- .entry-hero -->
"""

    def tags_footer(self, p: Post) -> str:
        if not p.tags:
            return '<footer class="entry-footer">\n\t</footer><!-- .entry-footer -->\n'
        tags = "".join(f'<a href="{amp(self.tag_url(t))}" title="{esc(t)}" class="tag-link tag-item-{self.tags[t][1]}" rel="tag">'
                       f'<span class="tag-hash">#</span>{esc(t)}</a>' for t in p.tags)
        return (f'<footer class="entry-footer">\n\t<div class="entry-tags">\n\t<span class="tags-links">\n'
                f'\t\t<span class="tags-label screen-reader-text">\n\t\t\tÉtiquettes de l’article :\t\t</span>\n'
                f'\t\t{tags}\t</span>\n</div><!-- .entry-tags -->\n</footer><!-- .entry-footer -->\n')

    def post_nav(self, p: Post) -> str:
        order = sorted(self.posts, key=lambda q: (q.when, q.id))
        i = order.index(p)
        prev = order[i - 1] if i > 0 else None
        nxt = order[i + 1] if i + 1 < len(order) else None
        if not prev and not nxt:
            return ""
        links = ""
        if prev:
            links += (f'<div class="nav-previous"><a href="{amp(self.url[id(prev)])}" rel="prev"><div class="post-navigation-sub">'
                      f'<small>{icon("arrow-left-alt", "Précédent")}Précédent</small></div>{esc(prev.title)}</a></div>')
        if nxt:
            links += (f'<div class="nav-next"><a href="{amp(self.url[id(nxt)])}" rel="next"><div class="post-navigation-sub">'
                      f'<small>Suivant{icon("arrow-right-alt", "Continuer")}</small></div>{esc(nxt.title)}</a></div>')
        return (f'\n\t<nav class="navigation post-navigation" aria-label="Publications">\n'
                f'\t\t<h2 class="screen-reader-text">Navigation de l’article</h2>\n\t\t<div class="nav-links">{links}</div>\n\t</nav>')

    def related(self, p: Post) -> str:
        """entry_related.php: up to 6 other posts of the category (Kadence orders them at random; here newest first)."""
        if not self.opt["related"]:
            return ""
        same = [q for q in sorted(self.posts, key=lambda q: (q.when, q.id), reverse=True) if q is not p and q.category == p.category][:6]
        if not same:
            return ""
        items = "".join(f'<div class="carousel-item splide__slide">{self.loop_entry(q, "h3")}</div>' for q in same)
        return f"""<div class="entry-related alignfull entry-related-style-wide">
			<div class="entry-related-inner content-container site-container">
				<div class="entry-related-inner-content alignwide">
					<h2 class="entry-related-title">Articles similaires</h2>					<div class="entry-related-carousel kadence-slide-init splide" data-columns-xxl="3" data-columns-xl="3" data-columns-md="3" data-columns-sm="2" data-columns-xs="2" data-columns-ss="1" data-slider-anim-speed="400" data-slider-scroll="1" data-slider-dots="true" data-slider-arrows="true" data-slider-hover-pause="false" data-slider-auto="false" data-slider-speed="7000" data-slider-gutter="40" data-slider-loop="true" data-slider-next-label="Suivant" data-slider-slide-label="Publications" data-slider-prev-label="Précédent">
						<div class="splide__track">
							<div class="splide__list grid-cols grid-sm-col-2 grid-lg-col-3">
								{items}							</div>
						</div>
					</div>
				</div>
			</div>
		</div><!-- .entry-author -->
		"""

    # -- comments (comments.php, comments-list.php, core's html5 walker) -------------------------------------------
    def comments_area(self, p: Post) -> str:
        """comments_template() when comments are open or at least one exists (kadence()->show_comments())."""
        n = len(p.comments)
        if not n and not p.comments_open:
            return ""
        out = ""
        if n:
            title = "Un Commentaire" if n == 1 else f"{n} Commentaires"
            alt = [0, 0]
            lis = "".join(self.comment_li(p, node, 1, alt) for node in self.threads(p))
            out = (f'<h2 class="comments-title">{title}</h2><!-- .comments-title -->\t\t<ol class="comment-list">\n{lis}'
                   '\t\t</ol><!-- .comment-list -->\n\t\t')
            if not p.comments_open:
                out += '\t\t<p class="no-comments">Les commentaires sont fermés.</p>\n\t\t'
        if p.comments_open:
            out += self.kadence_form(p)
        return f'<div id="comments" class="comments-area">\n\t{out}</div><!-- #comments -->\n'

    def kadence_form(self, p: Post) -> str:
        """comment_form() through Kadence's comment_form_default_fields / comment_form_defaults filters."""
        u = self.url[id(p)]
        return f"""	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">Laisser un commentaire <small><a rel="nofollow" id="cancel-comment-reply-link" href="{amp(u)}#respond" style="display:none;">Annuler la réponse</a></small></h3><form action="{self.base}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> <span class="required-field-message">Les champs obligatoires sont indiqués avec <span class="required">*</span></span></p><p class="comment-form-comment comment-form-float-label"><textarea id="comment" name="comment" placeholder="Laisser un commentaire…" cols="45" rows="8" maxlength="65525" aria-required="true" required="required"></textarea><label class="float-label" for="comment">Commentaire <span class="required">*</span></label></p><div class="comment-input-wrap has-url-field"><p class="comment-form-author"><input aria-label="Nom" id="author" name="author" type="text" placeholder="Jean Dupont" value="" size="30" maxlength="245" aria-required="true" required="required" /><label class="float-label" for="author">Nom <span class="required">*</span></label></p><p class="comment-form-email"><input aria-label="Email" id="email" name="email" type="email" placeholder="jean@exemple.com" value="" size="30" maxlength="100" aria-describedby="email-notes" aria-required="true" required="required" /><label class="float-label" for="email">Email <span class="required">*</span></label></p><p class="comment-form-url"><input aria-label="Site Web" id="url" name="url" type="url" placeholder="https://www.exemple.com" value="" size="30" maxlength="200" /><label class="float-label" for="url">Site Web</label></p></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" /> <input type="hidden" name="comment_post_ID" value="{p.id}" id="comment_post_ID" />
<input type="hidden" name="comment_parent" id="comment_parent" value="0" />
</p></form>	</div><!-- #respond -->
	"""

    def single(self, p: Post) -> str:
        above = self.opt["title_above"]
        article = f"""<article id="post-{p.id}" class="entry content-bg single-entry {self.post_class(p)}">
	<div class="entry-content-wrap">
		{'' if above else self.entry_header(p)}
<div class="entry-content single-content">
	{self.content_html(p)}
</div><!-- .entry-content -->
{self.tags_footer(p)}	</div>
</article><!-- #post-{p.id} -->

{self.post_nav(p)}{self.related(p)}{self.comments_area(p)}"""
        main = f"""{self.hero(p) if above else ''}<div id="primary" class="content-area">
	<div class="content-container site-container">
		<main id="main" class="site-main" role="main">
						<div class="content-wrap">
				{article}			</div>
					</main><!-- #main -->
		{self.sidebar()}	</div>
</div><!-- #primary -->
"""
        title, head = self.head_parts("single", p)
        cls = f"post-template-default single single-post postid-{p.id} single-format-standard"
        return self.doc(title, head, cls, main, "WebPage", reply_js=p.comments_open)

    def item_pages(self):
        return post_pages(self)

    # -- listings (index.php -> template-parts/content/archive.php) -----------------------------------------------
    def pagination(self, n: int, total: int, url) -> str:
        if total < 2:
            return ""
        prev = f'<span class="screen-reader-text">Page précédente</span>{icon("arrow-left", "Précédent")}'
        nxt = f'<span class="screen-reader-text">Page suivante</span>{icon("arrow-right", "Suivant")}'
        links = paginate_links(n, total, url, prev, nxt)
        return ('\n\t<nav class="navigation pagination" aria-label="Navigation de la page">\n'
                '\t\t<h2 class="screen-reader-text">Navigation de la page</h2>\n'
                f'\t\t<div class="nav-links">{links}</div>\n\t</nav>')

    def listing(self, posts: list[Post], url, kind: str, key, heading: str, body: str) -> dict[str, str]:
        chunks = pages_of(posts, self.b.per_page)
        cols = self.opt["columns"]
        out = {}
        for n, chunk in enumerate(chunks, 1):
            hero = ""
            if heading:
                hero = f"""<section role="banner" class="entry-hero post-archive-hero-section entry-hero-layout-standard">
	<div class="entry-hero-container-inner">
		<div class="hero-section-overlay"></div>
		<div class="hero-container site-container">
			<header class="entry-header post-archive-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
				<h1 class="page-title archive-title">{heading}</h1>			</header><!-- .entry-header -->
		</div>
	</div>
</section><!-- .entry-hero -->
"""
            items = "".join(self.loop_entry(p) for p in chunk)
            main = f"""{hero}<div id="primary" class="content-area">
	<div class="content-container site-container">
		<main id="main" class="site-main" role="main">
							<div id="archive-container" class="content-wrap grid-cols post-archive grid-sm-col-2 grid-lg-col-{cols} item-image-style-above">
					{items}				</div>
				{self.pagination(n, len(chunks), url)}
					</main><!-- #main -->
		{self.sidebar()}	</div>
</div><!-- #primary -->
"""
            title, head = self.head_parts(kind, key, n)
            cls = body + (f" paged paged-{n}" if n > 1 else "")
            out[self.path(url(n))] = self.doc(title, head, cls, main, "Blog")
        return out

    def home_pages(self) -> dict[str, str]:
        return self.listing(self.posts, self.home_url, "home", None, "", "home blog")

    def archive_pages(self, kind: str, name: str, posts: list[Post]) -> dict[str, str]:
        """get_the_archive_title() in fr_FR."""
        ident, slug = {"category": self.cats, "tag": self.tags, "author": self.authors}[kind][name]
        heading = {"category": f"Catégorie : <span>{esc(name)}</span>", "tag": f"Étiquette : <span>{esc(name)}</span>",
                   "author": f'Auteur/autrice : <span class="vcard">{esc(name)}</span>'}[kind]
        body = f"archive {kind} {kind}-{slug} {kind}-{ident}"
        return self.listing(posts, lambda k: self.archive_url(kind, name, k), kind, name, heading, body)

    def not_found(self) -> str:
        main = f"""<div id="primary" class="content-area">
	<div class="content-container site-container">
		<main id="main" class="site-main" role="main">
						<div class="content-wrap">
				<section class="error">
	<div class="page-content entry content-bg">
		<div class="entry-content-wrap">
			<header class="page-header">
	<h1 class="page-title 404-page-title">
		Oups ! Cette page est introuvable.	</h1>
</header><!-- .page-header -->
			<p>
				Il semble que rien n’ait été trouvé à cet endroit. Peut-être essayer une recherche ?			</p>
			<form role="search" method="get" class="search-form" action="{self.base}/">
				<label>
					<span class="screen-reader-text">Rechercher :</span>
					<input type="search" class="search-field" placeholder="Rechercher…" value="" name="s" />
				</label>
				<input type="submit" class="search-submit" value="Rechercher" />
			<div class="kadence-search-icon-wrap">{icon("search", "Rechercher", False)}</div></form>		</div>
	</div><!-- .page-content -->
</section><!-- .error -->
			</div>
					</main><!-- #main -->
			</div>
</div><!-- #primary -->
"""
        title, head = self.head_parts("404")
        return self.doc(title, head, "error404", main)


def item_pages(blog: Blog, now: datetime = NOW):
    return _Kadence(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a WordPress / Kadence blog keyed by path?query, and its 404 page."""
    return site_pages(_Kadence(blog, now), keep)


IGNORED_PARAMS: set[str] = {"replytocom", "utm_source", "utm_medium", "utm_campaign"}
