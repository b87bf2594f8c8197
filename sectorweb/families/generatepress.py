r"""WordPress with the GeneratePress theme (3.x, flexbox structure, microdata schema), fr_FR (written blind,
from tomusborne/generatepress at release 3.6.0: header.php, footer.php, content.php, content-single.php,
comments.php, content-404.php; inc/structure/post-meta.php (generate_do_post_meta_item: date, author
byline, categories, tags, comments-link, post navigation; generate_content_nav; excerpt "read more"),
inc/structure/comments.php (generate_comment callback, comment form defaults), inc/structure/header.php,
footer.php (copyright bar), sidebars.php). The theme's fr_FR strings as translate.wordpress.org gives
them (the .po files are not in the repository). WordPress core's own output (head, feeds, sitemaps,
robots.txt, shortlinks, core strings) comes from `wordpress_block.WPCore`.

URLs: the permalink setting varies by host (plain `/?p=N`, `/2025/03/04/slug/`, `/2025/03/slug/`,
`/slug/`, `/archives/N`), with core's category, tag, author and paged URLs for that setting.
Dates: get_the_date() with fr_FR's "j F Y" ("4 mars 2025") in `<time class="entry-date published"
datetime="ISO">` (plus `<time class="updated">` when modified more than 30 minutes after);
comments "4 mars 2025 à 10 h 15 min" (GeneratePress's "%1$s at %2$s", fr_FR time "G \\h i \\m\\i\\n").
Comments: threaded (depth 5) in date order through generate_comment, the commenter's site on the name
(rel="ugc external nofollow"), avatars off (show_avatars option), wpautop'd and make_clickable'd text;
"Les commentaires sont fermés." when closed. Listings show excerpts (GeneratePress's default "excerpt"
content, 55 words and a "Lire la suite" link) with "Articles plus anciens" and numbered pagination.
Sidebar: core widgets (search, recent posts, categories, a "Liens" menu for the blogroll).
"""
from __future__ import annotations

import re
from datetime import datetime

from sectorweb.dates import NOW, fr_date, iso
from sectorweb.families.common import Page, esc
from sectorweb.families.wordpress_block import WPCore, amp, paginate_links, site_pages, theme_urls, trim_words
from sectorweb.model import Blog, Post

GP_VERSION = "3.6.0"
ICON = {
    "categories": '<span class="gp-icon icon-categories"><svg viewBox="0 0 512 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"><path d="M0 112c0-26.51 21.49-48 48-48h110.014a48 48 0 0143.592 27.907l12.349 26.791A16 16 0 00228.486 128H464c26.51 0 48 21.49 48 48v224c0 26.51-21.49 48-48 48H48c-26.51 0-48-21.49-48-48V112z" /></svg></span>',
    "tags": '<span class="gp-icon icon-tags"><svg viewBox="0 0 512 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"><path d="M20 39.5c-8.836 0-16 7.163-16 16v176c0 4.243 1.686 8.313 4.687 11.314l224 224c6.248 6.248 16.378 6.248 22.626 0l176-176c6.244-6.244 6.25-16.364.013-22.615l-223.5-224A15.999 15.999 0 00196.5 39.5H20zm56 96c0-13.255 10.745-24 24-24s24 10.745 24 24-10.745 24-24 24-24-10.745-24-24z"/></svg></span>',
    "comments": '<span class="gp-icon icon-comments"><svg viewBox="0 0 512 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"><path d="M132.838 329.973a435.298 435.298 0 0016.769-9.004c13.363-7.574 26.587-16.142 37.419-25.507 7.544.597 15.27.925 23.098.925 54.905 0 105.634-15.311 143.285-41.28 23.728-16.365 43.115-37.692 54.155-62.645 4.893-11.06 4.893-22.51 0-33.57-11.04-24.953-30.427-46.28-54.155-62.645-37.651-25.969-88.38-41.28-143.285-41.28C155.209 54.967 104.48 70.278 66.829 96.247c-23.728 16.365-43.115 37.692-54.155 62.645-4.893 11.06-4.893 22.51 0 33.57z"/></svg></span>',
    "arrow-left": '<span class="gp-icon icon-arrow-left"><svg viewBox="0 0 192 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em" fill-rule="evenodd" clip-rule="evenodd" stroke-linejoin="round" stroke-miterlimit="1.414"><path d="M178.425 138.212c0 2.265-1.133 4.813-2.832 6.512L64.276 256.001l111.317 111.277c1.7 1.7 2.832 4.247 2.832 6.513 0 2.265-1.133 4.813-2.832 6.512L161.43 394.46c-1.7 1.7-4.249 2.832-6.514 2.832-2.266 0-4.816-1.133-6.515-2.832L16.407 262.514c-1.699-1.7-2.831-4.248-2.831-6.513 0-2.265 1.132-4.813 2.831-6.512l131.994-131.947c1.7-1.699 4.249-2.831 6.515-2.831 2.265 0 4.815 1.132 6.514 2.831l14.163 14.157c1.7 1.7 2.832 3.965 2.832 6.513z" fill-rule="nonzero"/></svg></span>',
    "arrow-right": '<span class="gp-icon icon-arrow-right"><svg viewBox="0 0 192 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em" fill-rule="evenodd" clip-rule="evenodd" stroke-linejoin="round" stroke-miterlimit="1.414"><path d="M178.425 256.001c0 2.266-1.133 4.815-2.832 6.515L43.599 394.509c-1.7 1.7-4.248 2.833-6.514 2.833s-4.816-1.133-6.515-2.833l-14.163-14.162c-1.699-1.7-2.832-3.966-2.832-6.515 0-2.266 1.133-4.815 2.832-6.515l111.317-111.316L16.407 144.685c-1.699-1.7-2.832-4.249-2.832-6.515s1.133-4.815 2.832-6.515l14.163-14.162c1.7-1.7 4.249-2.833 6.515-2.833s4.815 1.133 6.514 2.833l131.994 131.993c1.7 1.7 2.832 4.249 2.832 6.515z" fill-rule="nonzero"/></svg></span>',
    "arrow": '<span class="gp-icon icon-arrow"><svg viewBox="0 0 330 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"><path d="M305.913 197.085c0 2.266-1.133 4.815-2.833 6.514L171.087 335.593c-1.7 1.7-4.249 2.832-6.515 2.832s-4.815-1.133-6.515-2.832L26.064 203.599c-1.7-1.7-2.832-4.248-2.832-6.514s1.132-4.816 2.832-6.515l14.162-14.163c1.7-1.699 3.966-2.832 6.515-2.832 2.266 0 4.815 1.133 6.515 2.832l111.316 111.317 111.316-111.317c1.7-1.699 4.249-2.832 6.515-2.832s4.815 1.133 6.515 2.832l14.162 14.163c1.7 1.7 2.833 4.249 2.833 6.515z" /></svg></span>',
}


scheme_of, permalink, feed_path, comment_anchor = theme_urls("generatepress-permalink")


def comment_time(d: datetime) -> str:
    """GeneratePress's '%1$s at %2$s' with fr_FR's date ("j F Y") and time ("G \\h i \\m\\i\\n") formats."""
    return f"{fr_date(d)} à {d.hour} h {d:%M} min"


class _GP(WPCore):
    def __init__(self, blog: Blog, now: datetime = NOW):
        super().__init__(blog, now, scheme_of(blog.host))

    # -- frame --------------------------------------------------------------------------------------
    def doc(self, title: str, head: str, body_class: str, main: str, reply_js: bool = False) -> str:
        b = self.b
        js = (f"<script src=\"{self.base}/wp-includes/js/comment-reply.min.js?ver={'6.4.3'}\" id=\"comment-reply-js\" async data-wp-strategy=\"async\"></script>\n"
              if reply_js else "")
        return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
	<meta charset="UTF-8">
	<title>{title}</title>
<meta name="robots" content="max-image-preview:large" />
<meta name="viewport" content="width=device-width, initial-scale=1">{head}<link rel="stylesheet" id="generate-style-css" href="{self.base}/wp-content/themes/generatepress/assets/css/main.min.css?ver={GP_VERSION}" media="all" />
</head>

<body class="{body_class} wp-embed-responsive right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/Blog" itemscope>
	<a class="screen-reader-text skip-link" href="#content" title="Aller au contenu">Aller au contenu</a>		<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site"  itemtype="https://schema.org/WPHeader" itemscope>
			<div class="inside-header grid-container">
				<div class="site-branding">
						<p class="main-title" itemprop="headline">
					<a href="{self.base}/" rel="home">{esc(b.name)}</a>
				</p>
						<p class="site-description" itemprop="description">{esc(b.tagline)}</p>
					</div>	<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle">
				<button data-nav="site-navigation" class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
			<span class="gp-icon icon-menu-bars"><svg viewBox="0 0 512 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"><path d="M0 96c0-13.255 10.745-24 24-24h464c13.255 0 24 10.745 24 24s-10.745 24-24 24H24c-13.255 0-24-10.745-24-24zm0 160c0-13.255 10.745-24 24-24h464c13.255 0 24 10.745 24 24s-10.745 24-24 24H24c-13.255 0-24-10.745-24-24zm0 160c0-13.255 10.745-24 24-24h464c13.255 0 24 10.745 24 24s-10.745 24-24 24H24c-13.255 0-24-10.745-24-24z" /></svg></span><span class="screen-reader-text">Menu</span>		</button>
	</nav>
			<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Principal"  itemtype="https://schema.org/SiteNavigationElement" itemscope>
			<div class="inside-navigation grid-container">
								<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
					<span class="mobile-menu">Menu</span>				</button>
				<div id="primary-menu" class="main-nav"><ul class=" menu sf-menu"></ul></div>			</div>
		</nav>
					</div>
		</header>
		
	<div class="site grid-container container hfeed" id="page">
				<div class="site-content" id="content">
			
	<div class="content-area" id="primary">
		<main class="site-main" id="main">
			{main}
		</main>
	</div>

	<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">
	<div class="inside-right-sidebar">
		{self.sidebar()}
	</div>
</div>

	</div>
</div>


<div class="site-footer">
			<footer class="site-info" aria-label="Site"  itemtype="https://schema.org/WPFooter" itemscope>
			<div class="inside-site-info grid-container">
								<div class="copyright-bar">
					<span class="copyright">&copy; {self.now.year} {esc(b.name)}</span> &bull; Construit avec <a href="https://generatepress.com" itemprop="url">GeneratePress</a>				</div>
			</div>
		</footer>
		</div>

{js}<script id="generate-menu-js" src="{self.base}/wp-content/themes/generatepress/assets/js/menu.min.js?ver={GP_VERSION}"></script>
</body>
</html>
"""

    def search_form(self) -> str:
        return (f'<form method="get" class="search-form" action="{self.base}/">\n\t<label>\n\t\t<span class="screen-reader-text">Rechercher :</span>\n'
                f'\t\t<input type="search" class="search-field" placeholder="Rechercher…" value="" name="s" title="Rechercher :">\n\t</label>\n'
                f'\t<button class="search-submit" aria-label="Rechercher"><span class="gp-icon icon-search"></span></button></form>\n')

    def sidebar(self) -> str:
        recent = "".join(f'\n\t\t\t\t\t\t\t\t\t\t<li>\n\t\t\t\t\t<a href="{amp(self.url[id(p)])}">{esc(p.title)}</a>\n\t\t\t\t\t\t\t\t\t</li>'
                         for p in sorted(self.posts, key=lambda q: (q.when, q.id), reverse=True)[:5])
        cats = "".join(f'\n\t<li class="cat-item cat-item-{self.cats[c][0]}"><a href="{amp(self.cat_url(c))}">{esc(c)}</a>\n</li>'
                       for c in sorted(self.used_cats, key=lambda c: c.lower()))
        out = (f'<aside id="search-2" class="widget inner-padding widget_search">{self.search_form()}</aside>\n'
               f'\t\t<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries">\n'
               f'\t\t<h2 class="widget-title">Articles récents</h2>\n\t\t<ul>{recent}\n\t\t\t\t\t</ul>\n\t\t\t\t</aside>'
               f'<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Catégories</h2>\n'
               f'\t\t\t<ul>{cats}\n\t\t\t</ul>\n\n\t\t\t</aside>')
        if self.b.blogroll:
            links = "".join(f'<li id="menu-item-{100 + i}" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-{100 + i}">'
                            f'<a href="{esc(u)}">{esc(n)}</a></li>\n' for i, (u, n) in enumerate(self.b.blogroll))
            out += (f'<aside id="nav_menu-2" class="widget inner-padding widget_nav_menu"><h2 class="widget-title">Liens</h2>'
                    f'<div class="menu-liens-container"><ul id="menu-liens" class="menu">{links}</ul></div></aside>')
        return out

    # -- entries --------------------------------------------------------------------------------------
    def date_html(self, p: Post) -> str:
        pub = f'<time class="entry-date published" datetime="{iso(p.when)}" itemprop="datePublished">{fr_date(p.when)}</time>'
        if p.modified and (p.modified - p.when).total_seconds() > 1800:
            pub = f'<time class="updated" datetime="{iso(p.modified)}" itemprop="dateModified">{fr_date(p.modified)}</time>' + pub
        return f'<span class="posted-on">{pub}</span> '

    def byline(self, p: Post) -> str:
        return (f'<span class="byline">par <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>'
                f'<a class="url fn n" href="{amp(self.author_url(p.author))}" title="Afficher tous les articles de {esc(p.author)}" rel="author" itemprop="url">'
                f'<span class="author-name" itemprop="name">{esc(p.author)}</span></a></span></span> ')

    def footer_meta(self, p: Post, single: bool) -> str:
        cat = (f'<span class="cat-links">{ICON["categories"]}<span class="screen-reader-text">Catégories </span>'
               f'<a href="{amp(self.cat_url(p.category))}" rel="category tag">{esc(p.category)}</a></span> ')
        tags = ""
        if p.tags:
            tags = (f'<span class="tags-links">{ICON["tags"]}<span class="screen-reader-text">Étiquettes </span>'
                    + ", ".join(f'<a href="{amp(self.tag_url(t))}" rel="tag">{esc(t)}</a>' for t in p.tags) + "</span> ")
        extra = ""
        if not single and (p.comments_open or p.comments):
            n = len(p.comments)
            u = self.url[id(p)]
            text = "Laisser un commentaire" if n == 0 else "1 commentaire" if n == 1 else f"{n} commentaires"
            extra = f'<span class="comments-link">{ICON["comments"]}<a href="{amp(u)}#{"respond" if n == 0 else "comments"}">{text}</a></span> '
        if single:
            extra = self.post_nav(p)
        return f"""		<footer class="entry-meta" aria-label="Méta de l’entrée">
			{cat}{tags}{extra}		</footer>
		"""

    def post_nav(self, p: Post) -> str:
        order = sorted(self.posts, key=lambda q: (q.when, q.id))
        i = order.index(p)
        prev = order[i - 1] if i > 0 else None
        nxt = order[i + 1] if i + 1 < len(order) else None
        if not prev and not nxt:
            return ""
        out = '\t\t<nav id="nav-below" class="post-navigation" aria-label="Articles">\n\t\t\t'
        if prev:
            out += f'<div class="nav-previous">{ICON["arrow-left"]}<span class="prev"><a href="{amp(self.url[id(prev)])}" rel="prev">{esc(prev.title)}</a></span></div>'
        if nxt:
            out += f'<div class="nav-next">{ICON["arrow-right"]}<span class="next"><a href="{amp(self.url[id(nxt)])}" rel="next">{esc(nxt.title)}</a></span></div>'
        return out + "\t\t</nav>\n\t\t"

    def article(self, p: Post, single: bool) -> str:
        u = self.url[id(p)]
        title = (f'<h1 class="entry-title" itemprop="headline">{esc(p.title)}</h1>' if single else
                 f'<h2 class="entry-title" itemprop="headline"><a href="{amp(u)}" rel="bookmark">{esc(p.title)}</a></h2>')
        if single:
            body = f'\n\t\t<div class="entry-content" itemprop="text">\n\t\t\t{self.content_html(p)}\t\t</div>\n\n'
        else:
            words, more = trim_words(p.paragraphs, 55)
            link = (f' ... <a title="{esc(p.title)}" class="read-more" href="{amp(u)}" aria-label="En savoir plus sur {esc(p.title)}">Lire la suite</a>'
                    if more else "")
            body = f'\n\t\t\t<div class="entry-summary" itemprop="text">\n\t\t\t\t<p>{esc(words)}{link}</p>\n\t\t\t</div>\n\n\t\t\t'
        return f"""<article id="post-{p.id}" class="{self.post_class(p)}" itemtype="https://schema.org/CreativeWork" itemscope>
	<div class="inside-article">
					<header class="entry-header">
				{title}		<div class="entry-meta">
			{self.date_html(p)}{self.byline(p)}		</div>
					</header>
			{body}{self.footer_meta(p, single)}	</div>
</article>
"""

    def comment_li(self, p: Post, node, depth: int, alt: list[int]) -> str:
        c, kids = node
        u = self.url[id(p)]
        cls = self.comment_classes(p, c, depth, alt) + (" parent" if kids else "")
        who = f'<a href="{esc(c.url)}" class="url" rel="ugc external nofollow">{esc(c.author)}</a>' if c.url else esc(c.author)
        reply = self.reply_link(p, c, depth)
        reply = reply.replace(f'data-belowelement="comment-{c.id}"', f'data-belowelement="div-comment-{c.id}"')  # add_below
        reply = f'<span class="reply">{reply}</span>' if reply else ""
        children = ""
        if kids:
            children = '<ol class="children">\n' + "".join(self.comment_li(p, k, depth + 1, alt) for k in kids) + "</ol><!-- .children -->\n"
        return f"""
		<li id="comment-{c.id}" class="{cls}">
			<article class="comment-body" id="div-comment-{c.id}"  itemtype="https://schema.org/Comment" itemscope>
				<footer class="comment-meta" aria-label="Métadonnées du commentaire">
										<div class="comment-author-info">
						<div class="comment-author vcard">
							<cite itemprop="name" class="fn">{who}</cite>						</div>

													<div class="entry-meta comment-metadata">
								<a href="{amp(u)}#comment-{c.id}">									<time datetime="{iso(c.when)}" itemprop="datePublished">
										{comment_time(c.when)}									</time>
									</a>							</div>
											</div>

									</footer>

				<div class="comment-content" itemprop="text">
					{self.comment_text(c)}{reply}				</div>
			</article>
			{children}</li><!-- #comment-## -->
"""

    def comments_area(self, p: Post) -> str:
        n = len(p.comments)
        out = ""
        if n:
            what = "réflexion" if n == 1 else "réflexions"
            alt = [0, 0]
            lis = "".join(self.comment_li(p, node, 1, alt) for node in self.threads(p))
            out += (f'<h2 class="comments-title">{n} {what} sur «&nbsp;{esc(p.title)}&nbsp;»</h2>\n\n'
                    f'\t\t<ol class="comment-list">\n\t\t\t{lis}\t\t</ol><!-- .comment-list -->\n\n\t\t')
        if not p.comments_open and n:
            out += '<p class="no-comments">Les commentaires sont fermés.</p>\n\t\t'
        if p.comments_open:
            out += self.gp_comment_form(p)
        if not out:
            return ""
        return f"""
		<div class="comments-area">
			<div id="comments">

		{out}
</div><!-- #comments -->
		</div>

		"""

    def gp_comment_form(self, p: Post) -> str:
        """comment_form() with GeneratePress's defaults (placeholders, no notes, its title and button)."""
        u = self.url[id(p)]
        return f"""	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">Laisser un commentaire <small><a rel="nofollow" id="cancel-comment-reply-link" href="{amp(u)}#respond" style="display:none;">Annuler la réponse</a></small></h3><form action="{self.base}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><label for="author" class="screen-reader-text">Nom</label><input placeholder="Nom *" id="author" name="author" type="text" value="" size="30" required />
<label for="email" class="screen-reader-text">E-mail</label><input placeholder="E-mail *" id="email" name="email" type="email" value="" size="30" required />
<label for="url" class="screen-reader-text">Site web</label><input placeholder="Site web" id="url" name="url" type="url" value="" size="30" />
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Publier le commentaire" /> <input type="hidden" name="comment_post_ID" value="{p.id}" id="comment_post_ID" />
<input type="hidden" name="comment_parent" id="comment_parent" value="0" />
</p></form>	</div><!-- #respond -->
	"""

    def single(self, p: Post) -> str:
        title, head = self.head_parts("single", p)
        main = self.article(p, True) + self.comments_area(p)
        cls = f"post-template-default single single-post postid-{p.id} single-format-standard"
        return self.doc(title, "\n" + head, cls, main, reply_js=p.comments_open)

    def item_pages(self):
        from sectorweb.families.common import post_pages
        return post_pages(self)

    # -- listings -------------------------------------------------------------------------------------
    def nav_below(self, n: int, total: int, url) -> str:
        if total < 2:
            return ""
        out = '<nav id="nav-below" class="paging-navigation" aria-label="Archive Page">\n'
        if n < total:
            out += (f'\t\t\t\t\t<div class="nav-previous">\n\t\t\t\t\t\t{ICON["arrow"]}\t\t\t\t\t\t<span class="prev" title="Précédent">'
                    f'<a href="{amp(url(n + 1))}" >Articles plus anciens</a></span>\n\t\t\t\t\t</div>\n')
        if n > 1:
            out += (f'\t\t\t\t\t<div class="nav-next">\n\t\t\t\t\t\t{ICON["arrow"]}\t\t\t\t\t\t<span class="next" title="Suivant">'
                    f'<a href="{amp(url(n - 1))}" >Articles plus récents</a></span>\n\t\t\t\t\t</div>\n')
        links = paginate_links(n, total, url, '<span aria-hidden="true">&larr;</span> Précédent', 'Suivant <span aria-hidden="true">&rarr;</span>')
        links = re.sub(r'(class="page-numbers(?: current)?"(?: href="[^"]*")?>)(\d+)<', r'\1<span class="screen-reader-text">Page</span>\2<', links)
        links = links.replace('<span aria-current="page" class="page-numbers current">',
                              '<span aria-current="page" class="page-numbers current"><span class="screen-reader-text">Page</span>')
        return out + f'\t\t\t\t<div class="nav-links">{links}</div>\t\t</nav>\n'

    def listing(self, posts: list[Post], url, kind: str, key=None, header: str = "", body: str = "") -> dict[str, str]:
        from sectorweb.families.common import pages_of
        chunks = pages_of(posts, self.b.per_page)
        out = {}
        for n, chunk in enumerate(chunks, 1):
            title, head = self.head_parts(kind, key, n)
            main = header + "".join(self.article(p, False) for p in chunk) + self.nav_below(n, len(chunks), url)
            cls = body + (f" paged paged-{n}" if n > 1 else "")
            out[self.path(url(n))] = self.doc(title, "\n" + head, cls.strip(), main)
        return out

    def home_pages(self) -> dict[str, str]:
        return self.listing(self.posts, self.home_url, "home", None, "", "home blog")

    def archive_pages(self, kind: str, name: str, posts: list[Post]) -> dict[str, str]:
        if kind == "author":
            h = f'<span class="vcard">{esc(name)}</span>'
            body = f"archive author author-{self.authors[name][1]} author-{self.authors[name][0]}"
        elif kind == "category":
            h = f"Catégorie : <span>{esc(name)}</span>"
            body = f"archive category category-{self.cats[name][1]} category-{self.cats[name][0]}"
        else:
            h = f"Étiquette : <span>{esc(name)}</span>"
            body = f"archive tag tag-{self.tags[name][1]} tag-{self.tags[name][0]}"
        header = f"""		<header class="page-header" aria-label="Page">
			
			<h1 class="page-title">
				{h}			</h1>

					</header>
		"""
        return self.listing(posts, lambda n: self.archive_url(kind, name, n), kind, name, header, body)

    def not_found(self) -> str:
        title, head = self.head_parts("404")
        main = f"""<div class="inside-article">
			<header class="entry-header">
				<h1 class="entry-title" itemprop="headline">Oups ! Cette page est introuvable.</h1>
			</header>
			<div class="entry-content" itemprop="text">
				<p>Il semble que rien n’ait été trouvé à cet endroit. Essayez peut-être une recherche ?</p>{self.search_form()}			</div>
		</div>
"""
        return self.doc(title, "\n" + head, "error404", main)


def item_pages(blog: Blog, now: datetime = NOW):
    return _GP(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a WordPress / GeneratePress blog keyed by path?query, and its 404 page."""
    return site_pages(_GP(blog, now), keep)


IGNORED_PARAMS: set[str] = {"replytocom", "utm_source", "utm_medium", "utm_campaign"}
