"""A French news site on WordPress with Themeansar's Newsup theme (5.5.6), fr_FR (written blind).

Followed: WordPressBugBounty/themes-newsup at 35c2f95 (Newsup 5.5.6): header.php (`div#page.site`, `a.skip-link`,
`div.wrapper#custom-background-css > header.mg-headwidget`, the top bar, `div.mg-nav-widget-area-back > div.overlay >
div.inner` with `div.site-branding-text`, `div.mg-menu-full > nav.navbar.navbar-wp` with the primary menu and the
search and bell buttons; on the blog home the popular tags, the flash news and the main banner), footer.php and
inc/ansar/hooks/hook-footer.php ("You missed", `footer.footer.back-img`, `div.mg-footer-bottom-area`,
`div.mg-footer-copyright`, the scroller), index.php, archive.php, single.php, template-parts/content-single.php,
content.php, comments.php (`div#comments.comments-area.mg-card-box`, `div.mg-heading-bor-bt > h5.comments-title`,
`ol.comment-list` with core's walker, "Comments are closed.", comment_form()), sidebar.php, 404.php,
index-banner.php (`div.mg-breadcrumb-section` with the archive title), searchform.php, inc/ansar/hooks/hook-header.php
(newsup_header_section, newsup_header_search, newsup_header_subscribe), inc/ansar/hooks/hooks.php (the flash news
"marquee", the main banner with the slider's items and the tabbed posts), inc/ansar/hooks/blocks/block-banner-list.php,
inc/ansar/hooks/hook-index-main.php (newsup_content_layouts, newsup_main_content_layouts, newsup_single_head_content:
`div.mg-blog-post-box > div.mg-header` [categories, `h1.title.single`, `div.media.mg-info-author-block` "Par"
author, `span.mg-blog-date` "M j, Y", `span.newsup-tags` "#tag"], `article.page-content-single.small.single`, the
share icons, the_post_navigation in the same category; the author box, the related posts, the comments box;
newsup_main_list_content: `article.d-md-flex.mg-posts-sec-post` with `div.mg-sec-top-post`, `h4.entry-title.title`,
the meta and a 30-word excerpt), inc/ansar/template-tags.php (newsup_post_categories `div.mg-blog-category >
a.newsup-categories.category-color-1`, newsup_date_content with the month archive link and the date_format,
newsup_author_content `a.auth`, newsup_post_meta `div.mg-blog-meta`, newsup_page_pagination, newsup_the_excerpt),
inc/ansar/template-functions.php (newsup_list_popular_taxonomies, newsup_date_display_type "D. M jS, Y ",
newsup_social_share_post, newsup_header_site_title_tagline), inc/ansar/widgets/widgets-common-functions.php
(newsup_render_posts), inc/ansar/newsup-custom-navwalker.php (`li.menu-item... > a.nav-link[title]`), functions.php
(html5 comment list, the sidebar's `div.mg-widget` + `div.mg-wid-title > h6.wtitle`, the footer widget area),
inc/ansar/customize/customizer-default.php.
fr_FR strings of the theme are not in the repository (de, es, nl, ru only): written from memory of
translate.wordpress.org ("Aller au contenu", "Par", "Lien permanent vers : ", "Articles similaires", "Vous avez
manqué", "Derniers articles", "Tags populaires", "Récent", "Populaire", "Tendance", "Une réflexion sur « … »",
"Les commentaires sont fermés.", "Fièrement propulsé par WordPress", "Thème : Newsup par Themeansar.", "Oups !
Page non trouvée"). WordPress core's output (URLs for the host's permalink setting, head, feeds, wp-sitemap.xml,
robots.txt, comment_form(), the html5 comment walker, the_posts_pagination(), the_post_navigation(),
get_the_archive_title(), the /?p=N shortlink redirects) is `wordpress_block.WPCore`, plus the month archives the
theme's date links point to (`/2025/03/`, `/?m=202503`, `/archives/date/2025/03`).

Varies by host (md5): the permalink setting, the content layout (sidebar right, left, or none: the blogroll then
goes to the footer widget area), the single layout, date_format ("j F Y" or "d/m/Y") and time_format ("G \\h i
\\m\\i\\n" or "H:i"), the popular tags section, the related posts.
Comments: threaded (depth 5), oldest first, all on the post page, avatars 32 px (the default "mystery" image).
Deviations: header.php writes the header image's style attribute, and core wp_robots() its meta, in single quotes;
double quotes here.
Not rendered: featured images (none in the model: the slider items and "You missed" cards have no background),
wptexturize, the preloader (off by default).
"""
from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

from sectorweb.dates import JOURS_ABBR, MOIS, NOW, fr_date, fr_month, iso
from sectorweb.families.astra import avatar
from sectorweb.families.common import Page, esc, pages_of, post_pages
from sectorweb.families.wordpress_block import IGNORED_PARAMS as CORE_IGNORED_PARAMS
from sectorweb.families.wordpress_block import (MOIS_ABBR, WP_VERSION, WPCore, amp, host_choice, paginate_links,
                                                site_pages, theme_urls, trim_words)
from sectorweb.model import Blog, Post

THEME_VERSION = "5.5.6"
LAYOUTS = ["align-content-right", "align-content-right", "align-content-left", "full-width-content"]
SINGLE_LAYOUTS = ["single-align-content-right", "single-align-content-right", "single-full-width-content"]
DATE_FORMATS = ["j F Y", "j F Y", "d/m/Y"]
TIME_FORMATS = ["G \\h i \\m\\i\\n", "H:i"]
_EN_SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}

scheme_of, permalink, feed_path, comment_anchor = theme_urls("newsup-permalink")


def options(host: str) -> dict:
    return {"layout": LAYOUTS[host_choice(host, "newsup-layout", len(LAYOUTS))],
            "single": SINGLE_LAYOUTS[host_choice(host, "newsup-single", len(SINGLE_LAYOUTS))],
            "date": DATE_FORMATS[host_choice(host, "newsup-date", len(DATE_FORMATS))],
            "time": TIME_FORMATS[host_choice(host, "newsup-time", len(TIME_FORMATS))],
            "tags": host_choice(host, "newsup-tags", 3) != 0, "related": host_choice(host, "newsup-related", 4) != 0}


class _Newsup(WPCore):
    def __init__(self, blog: Blog, now: datetime = NOW):
        super().__init__(blog, now, scheme_of(blog.host))
        self.opt = options(blog.host)
        self.months: dict[str, list[Post]] = {}
        for p in sorted(self.posts, key=lambda q: (q.when, q.id)):
            self.months.setdefault(f"{p.when:%Y-%m}", []).append(p)

    # -- formats --------------------------------------------------------------------------------------
    def date_format(self, d: datetime) -> str:
        return fr_date(d) if self.opt["date"] == "j F Y" else f"{d:%d/%m/%Y}"

    def time_format(self, d: datetime) -> str:
        return f"{d.hour} h {d:%M} min" if self.opt["time"].startswith("G") else f"{d:%H:%M}"

    @staticmethod
    def mdy(d: datetime) -> str:
        """get_the_date('M') get_the_date('j,') get_the_date('Y'), as the single post's header and related posts print it."""
        return f"{MOIS_ABBR[d.month - 1]} {d.day}, {d.year}"

    # -- month archives (the theme links every date to one) -------------------------------------------------
    def archive_url(self, kind: str, key: str, n: int = 1) -> str:
        if kind != "month":
            return super().archive_url(kind, key, n)
        y, m = key.split("-")
        if not self.pretty:
            return f"{self.base}/?m={y}{m}" + (f"&paged={n}" if n > 1 else "")
        root = f"{self.base}/archives/date/{y}/{m}" if self.scheme == "archives" else f"{self.base}/{y}/{m}"
        return root + (f"/page/{n}{self.ts}" if n > 1 else self.ts)

    def listing_sets(self) -> list[tuple[str, str, list[Post]]]:
        return super().listing_sets() + [("month", k, v) for k, v in self.months.items()]

    def head_parts(self, kind: str, key=None, n: int = 1) -> tuple[str, str]:
        if kind != "month":
            return super().head_parts(kind, key, n)
        y, m = key.split("-")
        label = f"{MOIS[int(m) - 1]} {y}"
        return self.doc_title([label, f"Page {n}" if n > 1 else "", self.b.name]), self.feed_links([]) + self.wp_head_links()

    # -- pieces -------------------------------------------------------------------------------------------
    def categories(self, p: Post) -> str:
        """newsup_post_categories()."""
        return (f'<div class="mg-blog-category"><a class="newsup-categories category-color-1" href="{amp(self.cat_url(p.category))}" '
                f'alt="{esc("Voir tous les articles dans " + p.category)}"> \n                                 {esc(p.category)}\n'
                "                             </a></div>")

    def post_meta(self, p: Post) -> str:
        """newsup_post_meta(): date (linked to its month) and author."""
        month = self.archive_url("month", f"{p.when:%Y-%m}")
        return (f'<div class="mg-blog-meta"> \n            <span class="mg-blog-date"><i class="fas fa-clock"></i>\n'
                f'            <a href="{amp(month)}">\n                {self.date_format(p.when)}            </a>\n        </span>\n'
                f'            <a class="auth" href="{amp(self.author_url(p.author))}">\n            <i class="fas fa-user-circle"></i>'
                f"{esc(p.author)}            </a>\n            </div>")

    def excerpt(self, p: Post, n: int) -> str:
        """newsup_the_excerpt(n) through wpautop: wp_trim_words with `&hellip;`."""
        text, more = trim_words(p.paragraphs, n)
        return f"<p>{esc(text)}{'&hellip;' if more else ''}</p>\n"

    def latest(self, n: int) -> list[Post]:
        return sorted(self.posts, key=lambda q: (q.when, q.id), reverse=True)[:n]

    def search_form(self) -> str:
        return (f'<form role="search" method="get" id="searchform" action="{self.base}/">\n  <div class="input-group">\n'
                '    <input type="search" class="form-control" placeholder="Rechercher" value="" name="s" />\n'
                '    <span class="input-group-btn btn-default">\n    <button type="submit" class="btn"> <i class="fas fa-search"></i> </button>\n'
                "    </span> </div>\n</form>")

    def header_tools(self) -> str:
        return (f'<div class="dropdown show mg-search-box pr-2">\n                <a class="dropdown-toggle msearch ml-auto" href="#" role="button" '
                'id="dropdownMenuLink" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">\n                '
                '<i class="fas fa-search"></i>\n                </a> \n                <div class="dropdown-menu searchinner" '
                f'aria-labelledby="dropdownMenuLink">\n                    {self.search_form()}                </div>\n            </div>\n'
                '          <a href="#" target="_blank" class="btn-bell btn-theme mx-2"><i class="fa fa-bell"></i></a>\n        ')

    def menu(self, current: str | None) -> str:
        items = []
        home = current == ""
        items.append(f'<li id="menu-item-10" class="menu-item menu-item-type-custom menu-item-object-custom'
                     f'{" current-menu-item current_page_item" if home else ""} menu-item-home menu-item-10{" active" if home else ""}">'
                     f'<a class="nav-link" title="Accueil" href="{self.base}/">Accueil</a></li>')
        for i, c in enumerate(sorted(self.used_cats, key=str.lower)[:8]):
            cur = current == c
            items.append(f'<li id="menu-item-{11 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category'
                         f'{" current-menu-item" if cur else ""} menu-item-{11 + i}{" active" if cur else ""}">'
                         f'<a class="nav-link" title="{esc(c)}" href="{amp(self.cat_url(c))}">{esc(c)}</a></li>')
        return '<ul id="menu-principal" class="nav navbar-nav mr-auto ">' + "\n".join(items) + "\n</ul>"

    def widgets(self) -> list[str]:
        """The sidebar's widgets (sidebar-1): search, recent posts, categories, and the blogroll as a links menu."""
        out = [f'<div id="search-2" class="mg-widget widget_search">{self.search_form()}</div>']
        lis = "".join(f'\n\t\t\t\t\t\t\t\t\t\t<li>\n\t\t\t\t\t<a href="{amp(self.url[id(p)])}">{esc(p.title)}</a>\n\t\t\t\t\t\t\t\t\t</li>'
                      for p in self.latest(5))
        out.append(f'\n\t\t<div id="recent-posts-2" class="mg-widget widget_recent_entries">\n\t\t<div class="mg-wid-title"><h6 class="wtitle">'
                   f'Articles récents</h6></div><nav aria-label="Articles récents">\n\t\t<ul>{lis}\n\t\t\t\t\t</ul>\n\n\t\t</nav></div>')
        cats = "".join(f'\n\t<li class="cat-item cat-item-{self.cats[c][0]}"><a href="{amp(self.cat_url(c))}">{esc(c)}</a>\n</li>'
                       for c in sorted(self.used_cats, key=str.lower))
        out.append(f'<div id="categories-2" class="mg-widget widget_categories"><div class="mg-wid-title"><h6 class="wtitle">Catégories</h6></div>'
                   f'<nav aria-label="Catégories">\n\t\t\t<ul>{cats}\n\t\t\t</ul>\n\n\t\t\t</nav></div>')
        if self.b.blogroll:
            links = "".join(f'<li id="menu-item-{200 + i}" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-{200 + i}">'
                            f'<a href="{esc(u)}">{esc(n)}</a></li>\n' for i, (u, n) in enumerate(self.b.blogroll))
            out.append('<div id="nav_menu-2" class="mg-widget widget_nav_menu"><div class="mg-wid-title"><h6 class="wtitle">Partenaires</h6></div>'
                       f'<nav class="menu-partenaires-container" aria-label="Partenaires"><ul id="menu-partenaires" class="menu">{links}</ul></nav></div>')
        return out

    def sidebar(self) -> str:
        return ('\n<aside id="secondary" class="widget-area" role="complementary">\n\t<div id="sidebar-right" class="mg-sidebar">\n\t\t'
                + "".join(self.widgets()) + "\n\t</div>\n</aside><!-- #secondary -->\n")

    # -- frame ----------------------------------------------------------------------------------------------
    def doc(self, title: str, head: str, body_class: str, content: str, home: bool = False, reply_js: bool = False,
            current: str | None = None) -> str:
        b, o, now = self.b, self.opt, self.now
        day = now.day
        top_date = f"{JOURS_ABBR[now.weekday()].rstrip('.')}. {MOIS_ABBR[now.month - 1]} {day}{_EN_SUFFIX.get(day, 'th')}, {now.year} "
        tag = "h1" if home else "p"
        hero = self.home_sections() if home else ""
        js = (f'<script type="text/javascript" src="{self.base}/wp-includes/js/comment-reply.min.js?ver={WP_VERSION}" '
              'id="comment-reply-js" async="async" data-wp-strategy="async"></script>\n') if reply_js else ""
        feeds, core = head.split('<link rel="https://api.w.org/"', 1)
        theme = f"{self.base}/wp-content/themes/newsup"
        footer_widgets = ""
        if o["layout"] == "full-width-content":  # no sidebar: the site put its widgets in the footer
            footer_widgets = ('\n        <div class="mg-footer-widget-area">\n            <div class="container-fluid">\n'
                              '                <div class="row">\n                    '
                              + "".join(w.replace('class="mg-widget', 'class="col-md-4 rotateInDownLeft animated mg-widget', 1)
                                        for w in self.widgets()) +
                              '\n                </div>\n                <!--/row-->\n            </div>\n            <!--/container-->\n        </div>')
        missed = "".join(f"""
                <!--col-md-3-->
                <div class="col-lg-3 col-sm-6 pulse animated">
                    <div class="mg-blog-post-3 minh back-img mb-lg-0" >
                        <a class="link-div" href="{amp(self.url[id(p)])}"></a>
                        <div class="mg-blog-inner">
                        {self.categories(p)} 
                        <h4 class="title"> <a href="{amp(self.url[id(p)])}" title="Permalink to: {esc(p.title)}"> {esc(p.title)}</a> </h4>
                            {self.post_meta(p)}
                        </div>
                    </div>
                </div>
                <!--/col-md-3-->""" for p in self.latest(4))
        return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<meta name="robots" content="max-image-preview:large" />
<title>{title}</title>
{feeds}<link rel="stylesheet" id="wp-block-library-css" href="{self.base}/wp-includes/css/dist/block-library/style.min.css?ver={WP_VERSION}" type="text/css" media="all" />
<link rel="stylesheet" id="bootstrap-css" href="{theme}/css/bootstrap.css?ver={WP_VERSION}" type="text/css" media="all" />
<link rel="stylesheet" id="newsup-style-css" href="{theme}/style.css?ver={WP_VERSION}" type="text/css" media="all" />
<link rel="stylesheet" id="newsup-default-css" href="{theme}/css/colors/default.css?ver={WP_VERSION}" type="text/css" media="all" />
<link rel="stylesheet" id="font-awesome-5-all-css" href="{theme}/css/font-awesome/css/all.min.css?ver={WP_VERSION}" type="text/css" media="all" />
<script type="text/javascript" src="{self.base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript" src="{theme}/js/navigation.js?ver={WP_VERSION}" id="newsup-navigation-js"></script>
<script type="text/javascript" src="{theme}/js/bootstrap.js?ver={WP_VERSION}" id="bootstrap-js"></script>
<link rel="https://api.w.org/"{core}    <style type="text/css">
  
        body .site-title a,
        body .site-description {{
            color: #fff;
        }}
    </style>
    </head>
<body class="{body_class} wp-embed-responsive ta-hide-date-author-in-list" >
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">
Aller au contenu</a>
  <div class="wrapper" id="custom-background-css">
    <header class="mg-headwidget">
      <!--==================== TOP BAR ====================-->
      <div class="mg-head-detail hidden-xs">
    <div class="container-fluid">
        <div class="row align-items-center">
            <div class="col-md-6 col-xs-12">
                <ul class="info-left">
                                <li>{top_date}                <span  id="time" class="time"></span>
                        </li>
                        </ul>
            </div>
            <div class="col-md-6 col-xs-12">
                <ul class="mg-social info-right">
                                    </ul>
            </div>
        </div>
    </div>
</div>
      <div class="clearfix"></div>

      
      <div class="mg-nav-widget-area-back" style="background-image: url('{theme}/images/head-back.jpg' );">
                <div class="overlay">
          <div class="inner"  style="background-color:rgba(32,47,91,0.4);" > 
              <div class="container-fluid">
                  <div class="mg-nav-widget-area">
                    <div class="row align-items-center">
                      <div class="col-md-3 text-center-xs">
                        <div class="navbar-header">
                          <div class="site-logo">
                                                      </div>
                          <div class="site-branding-text">
                            <{tag} class="site-title">
                    <a href="{self.base}/" rel="home">
                        {esc(b.name)}                    </a>
                </{tag}>
                                        <p class="site-description d-none">
                {esc(b.tagline)}            </p>
    </div>

                        
                        </div>
                      </div>
                                          </div>
                  </div>
              </div>
          </div>
        </div>
      </div>
    <div class="mg-menu-full">
      <nav class="navbar navbar-expand-lg navbar-wp">
        <div class="container-fluid">
          <!-- Right nav -->
          <div class="m-header align-items-center">
                            <a class="mobilehomebtn" href="{self.base}"><span class="fa-solid fa-house-chimney"></span></a>
              <!-- navbar-toggle -->
              <button class="navbar-toggler mx-auto" type="button" data-toggle="collapse" data-target="#navbar-wp" aria-controls="navbarSupportedContent" aria-expanded="false" aria-label="Afficher/masquer la navigation">
                <span class="burger">
                  <span class="burger-line"></span>
                  <span class="burger-line"></span>
                  <span class="burger-line"></span>
                </span>
              </button>
              <!-- /navbar-toggle -->
              {self.header_tools()}
          </div>
          <!-- /Right nav --> 
          <div class="collapse navbar-collapse" id="navbar-wp">
            <div class="d-md-block">
              {self.menu(current)}
            </div>      
          </div>
          <!-- Right nav -->
          <div class="desk-header d-lg-flex pl-3 ml-auto my-2 my-lg-0 position-relative align-items-center">
            {self.header_tools()}
          </div>
          <!-- /Right nav -->
      </div>
      </nav> <!-- /Navigation -->
    </div>
</header>
<div class="clearfix"></div> {hero}{content}
    <div class="container-fluid missed-section mg-posts-sec-inner">
          
        <div class="missed-inner">
            <div class="row">
                                <div class="col-md-12">
                    <div class="mg-sec-title">
                        <!-- mg-sec-title -->
                        <h4>Vous avez manqué</h4>
                    </div>
                </div>
                {missed}
            </div>
        </div>
            </div>
    <!--==================== FOOTER AREA ====================-->
        <footer class="footer back-img" >
        <div class="overlay" >
        {footer_widgets}
        <!--Start mg-footer-widget-area-->
        <div class="mg-footer-bottom-area">
            <div class="container-fluid">
                            <div class="row align-items-center">
                    <!--col-md-4-->
                    <div class="col-md-6">
                        <div class="site-logo">
                                                    </div>
                                                <div class="site-branding-text">
                            <p class="site-title-footer"> <a href="{self.base}/" rel="home">{esc(b.name)}</a></p>
                            <p class="site-description-footer">{esc(b.tagline)}</p>
                        </div>
                                            </div>                    
                    <div class="col-md-6 text-right text-xs">
                        <ul class="mg-social">
                                                         </ul>
                    </div>
                </div>
                <!--/row-->
            </div>
            <!--/container-->
        </div>
        <!--End mg-footer-widget-area-->
                <div class="mg-footer-copyright">
                        <div class="container-fluid">
            <div class="row">
                 
                <div class="col-md-6 text-xs "> 
                    <p>
                    <a href="https://fr.wordpress.org/">
                    Fièrement propulsé par WordPress                    </a>
                    <span class="sep"> | </span>
                    Thème : <a href="https://themeansar.com/free-themes/newsup/" rel="theme-name">Newsup</a> par <a href="https://themeansar.com/" rel="designer">Themeansar</a>.                    </p>
                </div>
                                        <div class="col-md-6 text-md-right text-xs">
                            <ul class="info-right justify-content-center justify-content-md-end "><li class="nav-item menu-item "><a class="nav-link " href="{self.base}/" title="Accueil">Accueil</a></li></ul>
                        </div>
                                    </div>
            </div>
        </div>
                    </div>
        <!--/overlay-->
        </div>
    </footer>
    <!--/footer-->
  </div>
    <!--/wrapper-->
               <!--Scroll To Top-->
                <a href="#" class="ta_upscr bounceInup animated"><i class="fas fa-angle-up"></i></a>
            <!-- /Scroll To Top -->
        </div>
{js}<script type="text/javascript" src="{theme}/js/custom.js?ver={WP_VERSION}" id="newsup-custom-js"></script>
<script type="text/javascript" src="{theme}/js/custom-time.js?ver={WP_VERSION}" id="newsup-custom-time-js"></script>
</body>
</html>"""

    # -- the blog home's sections (header.php on is_home) ------------------------------------------------------
    def home_sections(self) -> str:
        out = ""
        if self.opt["tags"] and self.tags:
            counts = {t: sum(1 for p in self.posts if t in p.tags) for t in self.tags}
            top = sorted(self.tags, key=lambda t: (-counts[t], self.tags[t][0]))[:7]
            out += ('<section class="mg-tpt-tag-area"><div class="container-fluid"><div class="mg-tpt-txnlst clearfix"><strong>Tags populaires</strong><ul>'
                    + "".join(f'<li><a href="{amp(self.tag_url(t))}">{esc(t)}</a></li>' for t in top) + "</ul></div></div></section>")
        flash = "".join(f'\n                                        <a href="{amp(self.url[id(p)])}">\n                                            '
                        f'<span>{esc(p.title)}</span>\n                                            </a>' for p in self.latest(5))
        out += f"""            <section class="mg-latest-news-sec"> 
                                    <div class="container-fluid">
                        <div class="mg-latest-news">
                            <div class="bn_title">
                                <h2 class="title">
                                                                            Derniers articles<span class="effect-ripple"></span>
                                                                    </h2>
                            </div>
                             
                            <div class="mg-latest-news-slider marquee">{flash}
                            </div>
                        </div>
                    </div>
                    <!-- Excluive line END -->
                    </section>"""
        slides = "".join(f"""    <div class="item">
        <div class="mg-blog-post lg back-img" 
            >
            <a class="link-div" href="{amp(self.url[id(p)])}"> </a>
            <article class="bottom">
                <span class="post-form"><i class="fas fa-camera"></i></span>{self.categories(p)} 
                <h4 class="title"> <a href="{amp(self.url[id(p)])}">{esc(p.title)}</a></h4>
                {self.post_meta(p)}
            </article>
        </div>
    </div>
""" for p in self.latest(5))

        def small(posts: list[Post]) -> str:
            return ('<div class="mg-posts-sec mg-posts-modul-2"><div class="mg-posts-sec-inner row"><div class="small-list-post col-lg-12">'
                    + "".join(f"""   
                <div class="small-post">
                                        <div class="small-post-content">
                    {self.categories(p)} 
                        <div class="title_small_post">
                            <h5 class="title">
                                <a href="{amp(self.url[id(p)])}">
                                    {esc(p.title)}
                                </a>
                            </h5>                                   
                        </div>
                    </div>
                </div>
            """ for p in posts) + "</div></div></div>")
        popular = sorted(self.posts, key=lambda q: (-len(q.comments), -q.when.timestamp(), -q.id))[:4]
        tab = "tan-main-banner-latest-trending-popular"
        out += f"""
                    <section class="mg-fea-area">
                      <div class="overlay">
                        <div class="container-fluid">
                            <div class="row">
                                <div class="col-md-8">
                                    <div id="homemain"class="homemain owl-carousel"> 
{slides}                                    </div>
                                </div>
                         
        <div class="col-md-4 top-right-area">
            <div id="exTab2" >
                <ul class="nav nav-tabs">
                    <li class="nav-item">
                        <a class="nav-link active" data-toggle="tab" href="#{tab}-recent"
                            aria-controls="Récent">
                            <i class="fas fa-clock"></i>Récent
                        </a>
                    </li>
                    <li class="nav-item">
                        <a class="nav-link" data-toggle="tab" href="#{tab}-popular"
                            aria-controls="Populaire">
                            <i class="fas fa-fire"></i> Populaire
                        </a>
                    </li>
                    <li class="nav-item">
                        <a class="nav-link" data-toggle="tab" href="#{tab}-categorised"
                            aria-controls="Catégorisé">
                            <i class="fas fa-bolt"></i> Tendance
                        </a>
                    </li>
                </ul>
                <div class="tab-content">
                    <div id="{tab}-recent" role="tabpanel" class="tab-pane active fade show">
                        {small(self.latest(4))}
                    </div>
                    <div id="{tab}-popular" role="tabpanel" class="tab-pane fade">
                        {small(popular)}
                    </div>
                                            <div id="{tab}-categorised" role="tabpanel" class="tab-pane fade">
                            {small(self.latest(4))}
                        </div>
                                    </div>
            </div>
        </div>
                            </div>
                        </div>
                    </div>
                </section>
                <!--==/ Home Slider ==-->
                        <!-- end slider-section -->
        """
        return out

    # -- listings ------------------------------------------------------------------------------------------------
    def pagination(self, n: int, total: int, url) -> str:
        """newsup_page_pagination(): the_posts_pagination() with the theme's arrows."""
        nav = ""
        if total > 1:
            links = paginate_links(n, total, url, '<i class="fa fa-angle-left"></i>', '<i class="fa fa-angle-right"></i>')
            nav = ('\n\t<nav class="navigation pagination" aria-label="Pagination des publications">\n'
                   '\t\t<h2 class="screen-reader-text">Navigation des articles</h2>\n'
                   f'\t\t<div class="nav-links">{links}</div>\n\t</nav>')
        return f'\n        <div class="col-md-12 text-center d-flex justify-content-center">\n            {nav}                            \n        </div>\n        '

    def list_item(self, p: Post) -> str:
        return f"""
            <article id="post-{p.id}" class="d-md-flex mg-posts-sec-post align-items-center {self.post_class(p)}">
                                <div class="mg-sec-top-post py-3 col">
                    {self.categories(p)} 
                    <h4 class="entry-title title"><a href="{amp(self.url[id(p)])}">{esc(p.title)}</a></h4>
                    {self.post_meta(p)}
                    <div class="mg-content">
                        {self.excerpt(p, 30)}                    </div>
                </div>
            </article>
        """

    def layout(self, inner: str) -> str:
        """newsup_main_content_layouts(): the content column and the sidebar where the layout puts it."""
        lay = self.opt["layout"]
        side = f'\n            <aside class="col-md-4 sidebar-sticky">\n                {self.sidebar()}            </aside>\n        '
        col = "col-md-12" if lay == "full-width-content" else "col-md-8"
        content = f"""            <div class="{col}">
                <!-- mg-posts-sec mg-posts-modul-6 -->
<div class="mg-posts-sec mg-posts-modul-6">
    <!-- mg-posts-sec-inner -->
    <div class="mg-posts-sec-inner">
        {inner}    </div>
    <!-- // mg-posts-sec-inner -->
</div>
<!-- // mg-posts-sec block_6 -->             </div>
        """
        return (side if lay == "align-content-left" else "") + content + (side if lay == "align-content-right" else "")

    def listing(self, posts: list[Post], url, kind: str, key, heading: str, body: str, home: bool = False) -> dict[str, str]:
        chunks = pages_of(posts, self.b.per_page)
        out = {}
        for n, chunk in enumerate(chunks, 1):
            inner = "".join(self.list_item(p) for p in chunk) + self.pagination(n, len(chunks), url)
            banner = ""
            if heading:
                banner = f"""  <div class="mg-breadcrumb-section">
    <div class="overlay">
      <div class="container-fluid">
        <div class="row">
          <div class="col-md-12 col-sm-12">
            <div class="mg-breadcrumb-title">
              <h1 class="title">{heading}</h1>            </div>
          </div>
        </div>
      </div>
    </div>
  </div>
<div class="clearfix"></div><!--container-->
"""
            cls = "home" if home else "archive-class"
            content = (f'{banner}<!--==================== Newsup breadcrumb section ====================-->\n'
                       f'    <div id="content" class="container-fluid {cls}">\n        <!--row-->\n        <div class="row">\n'
                       f'{self.layout(inner)}        </div>\n        <!--/row-->\n    </div>\n')
            title, head = self.head_parts(kind, key, n)
            cls_body = body + (f" paged paged-{n}" + (f" {kind}-paged-{n}" if not home else "") if n > 1 else "")
            cur = "" if home and n == 1 else (key if kind == "category" else None)
            out[self.path(url(n))] = self.doc(title, head, cls_body, content, home=home, current=cur)
        return out

    def home_pages(self) -> dict[str, str]:
        return self.listing(self.posts, self.home_url, "home", None, "", "home blog hfeed", home=True)

    def archive_pages(self, kind: str, name: str, posts: list[Post]) -> dict[str, str]:
        """archive.php: index-banner.php's get_the_archive_title() (fr_FR), then the list."""
        if kind == "month":
            y, m = name.split("-")
            heading = f"Mois : <span>{fr_month(datetime(int(y), int(m), 1))}</span>"
            body = "archive date"
        else:
            ident, slug = {"category": self.cats, "tag": self.tags, "author": self.authors}[kind][name]
            heading = {"category": f"Catégorie : <span>{esc(name)}</span>", "tag": f"Étiquette : <span>{esc(name)}</span>",
                       "author": f'Auteur/autrice : <span class="vcard">{esc(name)}</span>'}[kind]
            body = f"archive {kind} {kind}-{slug} {kind}-{ident} hfeed"
        return self.listing(sorted(posts, key=lambda q: (q.when, q.id)), lambda k: self.archive_url(kind, name, k), kind, name,
                            heading, body)

    # -- single ---------------------------------------------------------------------------------------------------
    def comment_li(self, p: Post, node, depth: int, alt: list[int]) -> str:
        """Walker_Comment::html5_comment() (avatar 32, "dit :", "%1$s à %2$s")."""
        c, kids = node
        cls = self.comment_classes(p, c, depth, alt) + (" parent" if kids else "")
        who = f'<a href="{esc(c.url)}" class="url" rel="ugc external nofollow">{esc(c.author)}</a>' if c.url else esc(c.author)
        reply = self.reply_link(p, c, depth)
        reply = f'<div class="reply">{reply.replace("data-belowelement=" + chr(34) + "comment-", "data-belowelement=" + chr(34) + "div-comment-")}</div>' if reply else ""
        children = ""
        if kids:
            children = '<ol class="children">\n' + "".join(self.comment_li(p, k, min(depth + 1, 5), alt) for k in kids) + "</ol><!-- .children -->\n"
        return f"""		<li id="comment-{c.id}" class="{cls}">
			<article id="div-comment-{c.id}" class="comment-body">
				<footer class="comment-meta">
					<div class="comment-author vcard">
						{avatar(c.author, 32)}						<b class="fn">{who}</b> <span class="says">dit :</span>					</div><!-- .comment-author -->

					<div class="comment-metadata">
						<a href="{amp(self.url[id(p)])}#comment-{c.id}"><time datetime="{iso(c.when)}">{self.date_format(c.when)} à {self.time_format(c.when)}</time></a>					</div><!-- .comment-metadata -->

									</footer><!-- .comment-meta -->

				<div class="comment-content">
					{self.comment_text(c)}				</div><!-- .comment-content -->

				{reply}			</article><!-- .comment-body -->
		{children}</li><!-- #comment-## -->
"""

    def comments(self, p: Post) -> str:
        """newsup_single_comments_box() -> comments.php (when open or commented)."""
        n = len(p.comments)
        if not n and not p.comments_open:
            return ""
        out = ""
        if n:
            t = esc(p.title)
            title = (f"Une réflexion sur &laquo;&nbsp;{t}&nbsp;&raquo;" if n == 1 else f"{n} réflexions sur &laquo;&nbsp;{t}&nbsp;&raquo;")
            alt = [0, 0]
            lis = "".join(self.comment_li(p, node, 1, alt) for node in self.threads(p))
            out += (f'\n\t\t<div class="mg-heading-bor-bt">\n\t\t<h5 class="comments-title">\n\t\t\t{title}\t\t</h5>\n\t\t</div>\n\n\t\t\n'
                    f'\t\t<ol class="comment-list">\n{lis}\t\t</ol><!-- .comment-list -->\n\n\t\t')
        if not p.comments_open and n:
            out += '\n\t\t<p class="no-comments">Les commentaires sont fermés.</p>\n\t'
        if p.comments_open:
            out += self.comment_form(p, submit_block=False)
        return f'<div id="comments" class="comments-area mg-card-box padding-20 mb-md-0 mb-4">\n\n\t{out}\n</div><!-- #comments -->'

    def share(self, p: Post) -> str:
        u = quote(self.url[id(p)], safe="")
        t = quote(p.title, safe="")
        return f"""        <script>
        function pinIt() {{
        var e = document.createElement('script');
        e.setAttribute('type','text/javascript');
        e.setAttribute('charset','UTF-8');
        e.setAttribute('src','https://assets.pinterest.com/js/pinmarklet.js?r='+Math.random()*99999999);
        document.body.appendChild(e);
        }}
        </script>
        <div class="post-share">
            <div class="post-share-icons cf">
                <a href="https://www.facebook.com/sharer/sharer.php?u={u}" class="link facebook" target="_blank" rel="noopener noreferrer">
                    <i class="fab fa-facebook"></i>
                </a>
                <a href="http://twitter.com/share?url={u}&#038;text={t}" class="link x-twitter" target="_blank" rel="noopener noreferrer">
                    <i class="fa-brands fa-x-twitter"></i>
                </a>
                <a href="mailto:?subject={t}&#038;body={u}" class="link email" target="_blank" >
                    <i class="fas fa-envelope"></i>
                </a>
                <a href="https://www.linkedin.com/sharing/share-offsite/?url={u}&#038;title={t}" class="link linkedin" target="_blank" rel="noopener noreferrer">
                    <i class="fab fa-linkedin"></i>
                </a>
                <a href="https://telegram.me/share/url?url={u}&#038;title={t}" class="link telegram" target="_blank" rel="noopener noreferrer">
                    <i class="fab fa-telegram"></i>
                </a>
                <a href="javascript:pinIt();" class="link pinterest" target="_blank" rel="noopener noreferrer">
                    <i class="fab fa-pinterest"></i>
                </a>
                <a class="print-r" href="javascript:window.print()">
                    <i class="fas fa-print"></i>
                </a>  
            </div>
        </div>
    """

    def post_nav(self, p: Post) -> str:
        """the_post_navigation(in_same_term): the previous and next posts of the same category."""
        same = sorted((q for q in self.posts if q.category == p.category), key=lambda q: (q.when, q.id))
        i = same.index(p)
        prev = same[i - 1] if i > 0 else None
        nxt = same[i + 1] if i + 1 < len(same) else None
        if not prev and not nxt:
            return ""
        links = ""
        if prev:
            links += (f'<div class="nav-previous"><a href="{amp(self.url[id(prev)])}" rel="prev">{esc(prev.title)} '
                      '<div class="fa fa-angle-double-right"></div><span></span></a></div>')
        if nxt:
            links += (f'<div class="nav-next"><a href="{amp(self.url[id(nxt)])}" rel="next"><div class="fa fa-angle-double-left"></div>'
                      f'<span></span> {esc(nxt.title)}</a></div>')
        return ('\n\t<nav class="navigation post-navigation" aria-label="Publications">\n\t\t<h2 class="screen-reader-text">'
                f'Navigation de l’article</h2>\n\t\t<div class="nav-links">{links}</div>\n\t</nav>')

    def related(self, p: Post) -> str:
        if not self.opt["related"]:
            return ""
        others = [q for q in sorted(self.posts, key=lambda q: (q.when, q.id), reverse=True) if q.category == p.category and q is not p][:3]
        cards = "".join(f"""                    <!-- blog -->
                    <div class="col-md-4">
                        <div class="mg-blog-post-3 minh back-img mb-md-0 mb-2" 
                        >
                            <div class="mg-blog-inner">
                                {self.categories(q)}                                <h4 class="title"> <a href="{amp(self.url[id(q)])}" title="Permalink to: {esc(q.title)}">
                                  {esc(q.title)}</a>
                                 </h4>
                                <div class="mg-blog-meta"> 
                                                                        <span class="mg-blog-date">
                                        <i class="fas fa-clock"></i>
                                        {self.mdy(q.when)}
                                    </span>
                                            <a class="auth" href="{amp(self.author_url(q.author))}">
            <i class="fas fa-user-circle"></i>{esc(q.author)}        </a>
     
                                </div>   
                            </div>
                        </div>
                    </div>
                    <!-- blog -->
""" for q in others)
        return f"""        <div class="mg-featured-slider p-3 mb-4">
            <!--Start mg-realated-slider -->
            <!-- mg-sec-title -->
            <div class="mg-sec-title">
                <h4>Articles similaires</h4>
            </div>
            <!-- // mg-sec-title -->
            <div class="row">
                <!-- featured_post -->
{cards}            </div> 
        </div>
        <!--End mg-realated-slider -->
        """

    def single(self, p: Post) -> str:
        author = amp(self.author_url(p.author))
        tags = ""
        if p.tags:
            tl = [f'<a href="{amp(self.tag_url(t))}">#{esc(t)}</a>' for t in p.tags]
            tags = ('<span class="newsup-tags"><i class="fas fa-tag"></i>\n                                    '
                    + "".join((f" {a}, " if i < len(tl) - 1 else a) for i, a in enumerate(tl)) + "\n                                    </span>\n")
        box = f"""                <div class="mg-blog-post-box"> 
                    <div class="mg-header">
                        {self.categories(p)}                        <h1 class="title single"> <a title="Lien permanent vers&nbsp;: {esc(p.title)}">
                            {esc(p.title)}</a>
                        </h1>
                                                <div class="media mg-info-author-block"> 
                                                        <a class="mg-author-pic" href="{author}"> {avatar(p.author, 150)} </a>
                                                        <div class="media-body">
                                                            <h4 class="media-heading"><span>Par</span><a href="{author}">{esc(p.author)}</a></h4>
                                                            <span class="mg-blog-date"><i class="fas fa-clock"></i> 
                                    {self.mdy(p.when)}
                                </span>
                                                            {tags}                            </div>
                        </div>
                                            </div>
                                        <article class="page-content-single small single">
                        {self.content_html(p)}{self.share(p)}                        <div class="clearfix mb-3"></div>
                        {self.post_nav(p)}                                          </article>
                </div>
                    <div class="media mg-info-author-block">
            <a class="mg-author-pic" href="{author}">{avatar(p.author, 150)}</a>
                <div class="media-body">
                  <h4 class="media-heading">Par <a href ="{author}">{esc(p.author)}</a></h4>
                                 
                </div>
            </div>
                {self.related(p)}{self.comments(p)}"""
        lay = self.opt["single"]
        side = f'\n        <aside class="col-lg-3 col-md-4 sidebar-sticky">\n                {self.sidebar()}        </aside>\n'
        col = "col-md-12" if lay == "single-full-width-content" else "col-lg-9 col-md-8"
        content = f"""<!-- =========================
     Page Content Section      
============================== -->
<main id="content" class="single-class content">
  <!--container-->
    <div class="container-fluid">
      <!--row-->
        <div class="row">
                  <div class="{col}">
{box}        </div>
{side if lay == "single-align-content-right" else ""}        </div>
      <!--row-->
    </div>
  <!--container-->
</main>
"""
        title, head = self.head_parts("single", p)
        cls = f"post-template-default single single-post postid-{p.id} single-format-standard"
        return self.doc(title, head, cls, content, reply_js=p.comments_open, current=p.category)

    def item_pages(self):
        return post_pages(self)

    def not_found(self) -> str:
        content = f"""  <div class="mg-breadcrumb-section">
    <div class="overlay">
      <div class="container-fluid">
        <div class="row">
          <div class="col-md-12 col-sm-12">
            <div class="mg-breadcrumb-title">
                                <ul class="mg-page-breadcrumb">
                    <li><a href="{self.base}/">Accueil</a></li>
                    <li class="active">404</li>
                  </ul>
                              </div>
          </div>
        </div>
      </div>
    </div>
  </div>
<div class="clearfix"></div>  <!--==================== main content section ====================-->
  <!--container-->
  <div id="content" class="container-fluid home 404">
    <!--row-->
      <!--container-->
      <div class="col-md-12 text-center mg-section-404"> 
        <!--mg-error-404-->
        <div class="mg-error-404">
          <h1>4<i class="fas fa-ban"></i>4</h1>
          <h4>Oups ! Page non trouvée</h4>
          <p>Nous sommes désolés, mais la page que vous recherchez n’existe pas.</p>
          <a href="{self.base}" onClick="history.back();" class="btn btn-theme">Retour</a> </div>
        <!--/mg-error-404--> 
      </div>
      <!--/col-md-12--> 
  </div>
  <!--/container-->
"""
        title, head = self.head_parts("404")
        return self.doc(title, head, "error404", content)


def item_pages(blog: Blog, now: datetime = NOW):
    return _Newsup(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a WordPress / Newsup news site keyed by path?query, and its 404 page."""
    return site_pages(_Newsup(blog, now), keep)


IGNORED_PARAMS = CORE_IGNORED_PARAMS  # WordPress core's: the theme adds none
