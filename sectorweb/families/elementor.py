r"""A wealth-management firm's WordPress site built with Elementor: the Hello Elementor theme and Elementor Pro's
Theme Builder (header, footer, single-post and archive templates), fr_FR (written blind).

Followed, from the corpus:
- elementor/hello-theme (3.4.9 as stored): header.php (doctype, `<meta charset>`, viewport, the profile link, the
  skip link to `#content`, `elementor_theme_do_location('header')` replacing template-parts/header.php), footer.php,
  index.php (singular -> location `single`, archive or home -> location `archive`, else template-parts/404.php),
  comments.php (`section#comments.comments-area`, `h2.title-comments` "One Response" / "%s Responses",
  `ol.comment-list` by wp_list_comments(style ol, avatar_size 42), comment_form() with an h2 title),
  template-parts/404.php, functions.php (html5 comment-list and comment-form support, the theme's stylesheets).
- proelements/proelements, the GPL build of Elementor Pro 3.33.1: modules/theme-builder/documents/theme-document.php
  and single-base.php (the location wrapper `div[data-elementor-type][data-elementor-id].elementor.elementor-ID
  .elementor-location-X` plus get_post_class() on singles), widgets/post-title.php and title-widget-base.php
  (`elementor-widget-theme-post-title elementor-page-title elementor-widget-heading`, h1), post-content.php,
  archive-posts.php (default pagination "numbers", "Nothing Found" message) with skins/posts-archive-skin-cards.php,
  modules/posts/skins/skin-base.php and skin-cards.php (`div.elementor-posts-container.elementor-posts
  .elementor-posts--skin-X.elementor-grid[role=list]`, `article.elementor-post.elementor-grid-item[role=listitem]`
  with post_class(), `div.elementor-post__card`, `div.elementor-post__text`, `h3.elementor-post__title > a`,
  `div.elementor-post__excerpt` (the_excerpt, 25 words, no "more"), `a.elementor-post__read-more` "Read More »"
  with its aria-label, `div.elementor-post__meta-data` with `span.elementor-post-date` (get_the_date) and
  `span.elementor-post-avatar` (comments_number()), the `e-load-more-anchor` and `nav.elementor-pagination`
  (paginate_links with `<span class="elementor-screen-only">Page</span>` before each number, prev/next labels
  "&laquo; Previous" / "Next &raquo;", the page limit whose default is 5: pages past it are served but linked from
  nowhere), modules/posts/widgets/posts-base.php (get_posts_nav_link, get_wp_link_page), posts/traits/
  pagination-trait.php, theme-elements/widgets/post-info.php (`ul.elementor-inline-items.elementor-icon-list-items
  .elementor-post-info`, items author / date / time / comments by default, each linked by default, `itemprop`s,
  the date in the untranslated default format 'F j, Y' through date_i18n - "mars 4, 2025" -, 'g:i a' times,
  "No Comments" / "One Comment" / "%s Comments", terms lists), post-comments.php (the "Theme Comments" skin:
  comments_template(), so Hello's comments.php and core's comment walker), post-navigation.php, nav-menu.php,
  core/utils.php get_page_title() (archive titles "Category: %s"..., nothing on the blog page).
- elementor/elementor: core/base/document.php (the wrapper's attributes), includes/widgets/heading.php
  (`elementor-heading-title elementor-size-default`), icon-list and text-editor output as real pages show it.
- Real pages in the corpus (a Hello 3.1.1 / Elementor 3.24.2 / Pro 3.24.1 post page, saved Elementor templates):
  the `<meta name="generator" content="Elementor …; features: …; settings: …">`, the stylesheet and script ids, the
  `elementorFrontendConfig` with the rawurlencoded document title, the tab indentation of widgets, containers
  (`e-flex e-con-boxed e-con e-parent` / `e-con-inner` / `e-con-full … e-child`) and the older sections
  (`elementor-section elementor-top-section` / `elementor-container` / `elementor-column` /
  `elementor-widget-wrap elementor-element-populated`), `data-e-type` and the optimized markup (no
  `elementor-widget-container` around the theme widgets) of the latest versions, `data-elementor-post-type`,
  the Post Comments widget as `post-comments.theme_comments`.
WordPress core's output (head, feeds, sitemaps, robots.txt, shortlinks, comment form) comes from
`wordpress_block.WPCore` and its `theme_urls`; the html5 comment walker as core writes it.

From memory (not in the corpus): Elementor Pro's and Hello's fr_FR strings (« Aller au contenu », « Une réponse »,
« %s réponses », « Catégorie : %s », « Étiquette : %s », « Auteur : %s », « Jour : %s », « Aucun commentaire »,
« Un commentaire », « %s commentaires », « Lire la suite », « En savoir plus sur %s », « Précédent » /
« Suivant », « Préc. » / « Suiv. », « Navigation de l’article », « Permuter le menu », « Il semble que nous ne
puissions pas trouver ce que vous cherchez. », « La page est introuvable. »), the day archives' URLs and title
the post-info date links to, the pages' shortlinks, the Yoast SEO output some hosts add (title patterns, the JSON-LD graph, sitemap_index.xml and its
post/page/category/post_tag/author sitemaps, the 301 from wp-sitemap.xml, its robots.txt block), the firm's pages
(home, « Le cabinet », « Contact ») and their widgets, the footer's links list, the Font Awesome class names.
Icons are printed as `<i>` (the inline-SVG icons experiment left off).

Host-dependent (md5 of the host): the permalink setting (plain, day, month, post name, /archives/N), a static front
page with the blog at /blog/ (or /actualites/, /nos-articles/) or the latest posts on the front page, the build
(Elementor 3.18 with sections, 3.24 with containers, 3.30 with containers, `data-e-type` and the optimized markup),
the post-info date format (the default 'F j, Y', 'd/m/Y' or a custom 'j F Y') and whether the time item was kept,
the archive skin (cards or classic), the pagination type (numbers, numbers with prev/next, prev/next) and its page
limit (5, the default, or cleared), Yoast SEO or not (pretty permalinks only).
"""
from __future__ import annotations

import hashlib
import json
from datetime import datetime
from urllib.parse import quote

from sectorweb.dates import MOIS, NOW, fr_date
from sectorweb.families.common import TEXT, XML, Page, esc, page, pages_of, redirect, served
from sectorweb.families.wordpress_block import WP_VERSION, WPCore, amp, host_choice, theme_urls, trim_words, utc_w3c
from sectorweb.families.wp_walker import Html5Comments
from sectorweb.feeds import x
from sectorweb.model import Blog, Post

scheme_of, permalink, feed_path, comment_anchor = theme_urls("elementor-permalink")

# (Elementor, Elementor Pro, Hello Elementor) and the layout of each build
BUILDS = {
    "sections": dict(el="3.18.3", pro="3.18.2", hello="3.0.1", layout="sections", etype=False, optimized=False,
                     css="frontend-lite.min.css"),
    "containers": dict(el="3.24.2", pro="3.24.1", hello="3.1.1", layout="containers", etype=False, optimized=False,
                       css="frontend.min.css"),
    "optimized": dict(el="3.30.2", pro="3.30.0", hello="3.4.4", layout="containers", etype=True, optimized=True,
                      css="frontend.min.css"),
}
BLOG_SLUGS = [("blog", "Blog"), ("actualites", "Actualités"), ("nos-articles", "Nos articles"), ("blog", "Le blog")]
YOAST_VERSION = "23.5"


def settings(host: str) -> dict:
    """The site's options as its owner left them (deterministic per host)."""
    scheme = scheme_of(host)
    front = ["static", "static", "posts"][host_choice(host, "el-front", 3)]
    return dict(
        scheme=scheme,
        front=front,
        blog=BLOG_SLUGS[host_choice(host, "el-blog", len(BLOG_SLUGS))],
        build=["sections", "containers", "optimized"][host_choice(host, "el-build", 3)],
        date=["default", "default", "dmy", "custom"][host_choice(host, "el-date", 4)],
        time=["default", "none", "H:i"][host_choice(host, "el-time", 3)],
        skin=["cards", "classic"][host_choice(host, "el-skin", 2)],
        pagination=["numbers", "numbers_and_prev_next", "prev_next"][host_choice(host, "el-pag", 3)],
        limit=[5, None][host_choice(host, "el-limit", 2)],
        yoast=scheme != "plain" and host_choice(host, "el-yoast", 5) < 2,
        title_tag=["h1", "div"][host_choice(host, "el-sitetitle", 2)],
    )


def eid(*parts) -> str:
    """An Elementor element id (7 hex characters, stable for one site)."""
    return hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()[:7]


def post_info_date(d: datetime, fmt: str) -> str:
    """get_the_time() with the post-info widget's formats: 'F j, Y' (untranslated, so "mars 4, 2025"), 'd/m/Y',
    or the custom 'j F Y' French owners type."""
    if fmt == "dmy":
        return f"{d:%d/%m/%Y}"
    if fmt == "custom":
        return fr_date(d)
    return f"{MOIS[d.month - 1]} {d.day}, {d.year}"


def post_info_time(d: datetime, fmt: str) -> str:
    """'g:i a' (the default, meridiem as fr_FR leaves it) or 'H:i'."""
    if fmt == "H:i":
        return f"{d:%H:%M}"
    h = d.hour % 12 or 12
    return f"{h}:{d:%M} {'am' if d.hour < 12 else 'pm'}"


class _Elementor(Html5Comments, WPCore):
    comment_avatar_size = 42  # Hello's comments.php

    def __init__(self, blog: Blog, now: datetime = NOW):
        self.s = settings(blog.host)
        super().__init__(blog, now, self.s["scheme"])
        self.v = BUILDS[self.s["build"]]
        h = blog.host
        base_id = 5 + host_choice(h, "el-ids", 40)
        self.kit, self.tpl_header, self.tpl_footer = base_id, base_id + 14, base_id + 17
        self.tpl_single, self.tpl_archive = base_id + 23, base_id + 31
        self.static = self.s["front"] == "static"
        slug, label = self.s["blog"]
        # the site's pages: (id, slug, title); the blog page only with a static front page
        self.pages_def = {"front": (base_id + 2, "", "Accueil"), "cabinet": (base_id + 4, "le-cabinet", "Le cabinet"),
                          "contact": (base_id + 8, "contact", "Contact")}
        if self.static:
            self.pages_def["blog"] = (base_id + 6, slug, label)
        self.day_index = {}
        for p in self.posts:
            self.day_index.setdefault(p.when.strftime("%Y%m%d"), []).append(p)

    # -- URLs -----------------------------------------------------------------------------------------------
    def page_url(self, key: str) -> str:
        pid, slug, _ = self.pages_def[key]
        if key == "front":
            return f"{self.base}/"
        if not self.pretty:
            return f"{self.base}/?page_id={pid}"
        return f"{self.base}/{slug}{self.ts}"

    def home_url(self, n: int = 1) -> str:
        """The blog: the posts page (static front page) or the front page itself."""
        if not self.static:
            return super().home_url(n)
        u = self.page_url("blog")
        if n == 1:
            return u
        if not self.pretty:
            return f"{u}&paged={n}"
        return f"{u.rstrip('/')}/page/{n}{self.ts}"

    def day_url(self, key: str, n: int = 1) -> str:
        """get_day_link(): /2025/03/04/ (/archives/date/2025/03/04 with numeric links, ?m=20250304 without)."""
        if not self.pretty:
            return f"{self.base}/?m={key}" + (f"&paged={n}" if n > 1 else "")
        root = f"{self.base}{self.front}{'/date' if self.front else ''}/{key[:4]}/{key[4:6]}/{key[6:]}"
        return root + (f"/page/{n}{self.ts}" if n > 1 else self.ts)

    def archive_url(self, kind: str, key: str, n: int = 1) -> str:
        if kind == "day":
            return self.day_url(key, n)
        return super().archive_url(kind, key, n)

    # -- Elementor elements ---------------------------------------------------------------------------------
    def _etype(self, kind: str) -> str:
        return f' data-e-type="{kind}"' if self.v["etype"] else ""

    def widget(self, key: str, wtype: str, skin: str, body: str, classes: str = "", settings_json: str = "",
               theme: bool = False, suffix: str = "") -> str:
        """A widget's wrapper (Element_Base::print_element / Widget_Base); `theme`: a widget whose inner wrapper
        goes with the optimized markup; `suffix`: classes get_html_wrapper_class() adds after the widget's own."""
        i = eid(self.b.host, key, wtype)
        extra = f" {classes}" if classes else ""
        data = f' data-settings="{settings_json}"' if settings_json else ""
        suffix = f" {suffix}" if suffix else ""
        inner = body if (theme and self.v["optimized"]) else \
            f'\t\t\t\t<div class="elementor-widget-container">\n{body}\t\t\t\t</div>\n'
        return (f'\t\t\t\t<div class="elementor-element elementor-element-{i}{extra} elementor-widget elementor-widget-{wtype}{suffix}" '
                f'data-id="{i}" data-element_type="widget"{self._etype("widget")}{data} data-widget_type="{wtype}.{skin}">\n'
                f"{inner}\t\t\t\t</div>\n")

    def block(self, key: str, widgets: str, full: bool = False) -> str:
        """A top-level block of widgets: a boxed container, or a section with one column on the 3.18 build."""
        i = eid(self.b.host, key, "block")
        if self.v["layout"] == "sections":
            c = eid(self.b.host, key, "column")
            return (f'\t\t<section class="elementor-section elementor-top-section elementor-element elementor-element-{i} '
                    f'elementor-section-{"full_width" if full else "boxed"} elementor-section-height-default elementor-section-height-default" '
                    f'data-id="{i}" data-element_type="section">\n'
                    f'\t\t\t\t\t\t<div class="elementor-container elementor-column-gap-default">\n'
                    f'\t\t\t\t\t<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-{c}" '
                    f'data-id="{c}" data-element_type="column">\n'
                    f'\t\t\t<div class="elementor-widget-wrap elementor-element-populated">\n{widgets}'
                    f'\t\t\t\t\t</div>\n\t\t</div>\n\t\t\t\t\t</div>\n\t\t</section>\n')
        if full:
            return (f'\t\t<div class="elementor-element elementor-element-{i} e-con-full e-flex e-con e-parent" data-id="{i}" '
                    f'data-element_type="container"{self._etype("container")}>\n{widgets}\t\t</div>\n')
        return (f'\t\t<div class="elementor-element elementor-element-{i} e-flex e-con-boxed e-con e-parent" data-id="{i}" '
                f'data-element_type="container"{self._etype("container")}>\n\t\t\t\t\t<div class="e-con-inner">\n{widgets}'
                f'\t\t\t\t\t</div>\n\t\t\t\t</div>\n')

    def document(self, doc_type: str, doc_id: int, location: str, inner: str, post_type: str = "elementor_library",
                 extra_class: str = "") -> str:
        loc = f" elementor-location-{location}" if location else ""
        cls = f" {extra_class}" if extra_class else ""
        pt = "" if self.s["build"] == "sections" else f' data-elementor-post-type="{post_type}"'
        return (f'\t\t<div data-elementor-type="{doc_type}" data-elementor-id="{doc_id}" '
                f'class="elementor elementor-{doc_id}{loc}{cls}"{pt}>\n{inner}\t\t</div>\n')

    def heading(self, key: str, text_html: str, tag: str, wtype: str = "heading", theme: bool = False) -> str:
        """The Heading widget, or one of Pro's title widgets built on it (Title_Widget_Base: its wrapper adds
        `elementor-page-title elementor-widget-heading`)."""
        body = f'\t\t\t<{tag} class="elementor-heading-title elementor-size-default">{text_html}</{tag}>\t\t'
        suffix = "elementor-page-title elementor-widget-heading" if wtype != "heading" else ""
        return self.widget(key, wtype, "default", body + "\n", theme=theme, suffix=suffix)

    def text_editor(self, key: str, html: str) -> str:
        return self.widget(key, "text-editor", "default", f"\t\t\t\t\t\t\t\t{html}\t\t\t\t\t\t\n")

    # -- frame ----------------------------------------------------------------------------------------------
    def nav_menu(self) -> str:
        items = [("front", "menu-item-type-post_type menu-item-object-page menu-item-home"),
                 ("cabinet", "menu-item-type-post_type menu-item-object-page")]
        if self.static:
            items.append(("blog", "menu-item-type-post_type menu-item-object-page"))
        items.append(("contact", "menu-item-type-post_type menu-item-object-page"))
        w = eid(self.b.host, "nav", "nav-menu")

        def menu(n: int, dropdown: bool) -> str:
            tab = ' tabindex="-1"' if dropdown else ""
            lis = "".join(f'<li class="menu-item {c} menu-item-{self.pages_def[k][0]}"><a href="{amp(self.page_url(k))}" '
                          f'class="elementor-item"{tab}>{esc(self.pages_def[k][2])}</a></li>\n'
                          for k, c in items)
            return f'<ul id="menu-{n}-{w}" class="elementor-nav-menu">{lis}</ul>'
        body = (f'\t\t\t\t\t\t\t<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container '
                f'elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade">\n\t\t\t\t{menu(1, False)}\t\t\t</nav>\n'
                f'\t\t\t\t\t<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Permuter le menu" aria-expanded="false">\n'
                f'\t\t\t<i aria-hidden="true" role="presentation" class="elementor-menu-toggle__icon--open eicon-menu-bar"></i>'
                f'<i aria-hidden="true" role="presentation" class="elementor-menu-toggle__icon--close eicon-close"></i>\t\t</div>\n'
                f'\t\t\t\t\t<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">\n'
                f'\t\t\t\t{menu(2, True)}\t\t\t</nav>\n')
        return self.widget("nav", "nav-menu", "default", body, "elementor-nav-menu--dropdown-tablet "
                           "elementor-nav-menu__text-align-aside elementor-nav-menu--toggle elementor-nav-menu--burger",
                           "{&quot;layout&quot;:&quot;horizontal&quot;,&quot;submenu_icon&quot;:{&quot;value&quot;:&quot;"
                           "&lt;i class=\\&quot;fas fa-caret-down\\&quot;&gt;&lt;\\/i&gt;&quot;,&quot;library&quot;:&quot;fa-solid&quot;},"
                           "&quot;toggle&quot;:&quot;burger&quot;}")

    def header(self) -> str:
        tag = self.s["title_tag"]
        title = self.heading("site-title", f'<a href="{self.base}">{esc(self.b.name)}</a>', tag, "theme-site-title")
        return self.document("header", self.tpl_header, "header", self.block("header", title + self.nav_menu()))

    def footer(self) -> str:
        parts = self.heading("footer-title", esc(self.b.name), "h4")
        parts += self.text_editor("footer-text", f"<p>{esc(self.b.tagline)}</p>")
        if self.b.blogroll:
            lis = "".join(f'\t\t\t\t\t\t\t<li class="elementor-icon-list-item">\n\t\t\t\t\t\t\t\t\t\t\t<a href="{esc(u)}" target="_blank">\n\n'
                          '\t\t\t\t\t\t\t\t\t\t\t\t<span class="elementor-icon-list-icon">\n\t\t\t\t\t\t\t<i aria-hidden="true" class="fas fa-chevron-right"></i>\t\t\t\t\t\t</span>\n'
                          f'\t\t\t\t\t\t\t\t\t\t<span class="elementor-icon-list-text">{esc(n)}</span>\n\t\t\t\t\t\t\t\t\t\t\t</a>\n\t\t\t\t\t\t\t\t\t</li>\n'
                          for u, n in self.b.blogroll)
            parts += self.heading("footer-links-title", "Liens utiles", "h4")
            parts += self.widget("footer-links", "icon-list", "default",
                                 f'\t\t\t\t\t<ul class="elementor-icon-list-items">\n{lis}\t\t\t\t\t\t</ul>\n',
                                 "elementor-icon-list--layout-traditional elementor-list-item-link-full_width")
        parts += self.text_editor("footer-copy", f"<p>© {self.now.year} {esc(self.b.name)}. Tous droits réservés.</p>")
        return self.document("footer", self.tpl_footer, "footer", self.block("footer", parts))

    def stylesheets(self, tpl_ids: list[int]) -> str:
        v, base = self.v, self.base
        out = (f'<link rel="stylesheet" id="hello-elementor-css" href="{base}/wp-content/themes/hello-elementor/style.min.css?ver={v["hello"]}" media="all" />\n'
               f'<link rel="stylesheet" id="hello-elementor-theme-style-css" href="{base}/wp-content/themes/hello-elementor/theme.min.css?ver={v["hello"]}" media="all" />\n'
               f'<link rel="stylesheet" id="hello-elementor-header-footer-css" href="{base}/wp-content/themes/hello-elementor/header-footer.min.css?ver={v["hello"]}" media="all" />\n'
               f'<link rel="stylesheet" id="elementor-frontend-css" href="{base}/wp-content/plugins/elementor/assets/css/{v["css"]}?ver={v["el"]}" media="all" />\n'
               f'<link rel="stylesheet" id="elementor-post-{self.kit}-css" href="{base}/wp-content/uploads/elementor/css/post-{self.kit}.css?ver=1730000000" media="all" />\n'
               f'<link rel="stylesheet" id="elementor-pro-css" href="{base}/wp-content/plugins/elementor-pro/assets/css/{v["css"]}?ver={v["pro"]}" media="all" />\n')
        for t in tpl_ids:
            out += f'<link rel="stylesheet" id="elementor-post-{t}-css" href="{base}/wp-content/uploads/elementor/css/post-{t}.css?ver=1730000000" media="all" />\n'
        return out

    def generator(self) -> str:
        feats = ("additional_custom_breakpoints, e_optimized_control_loading, e_element_cache" if self.v["layout"] == "containers"
                 else "e_dom_optimization, e_optimized_assets_loading, e_optimized_css_loading, additional_custom_breakpoints")
        return (f'<meta name="generator" content="Elementor {self.v["el"]}; features: {feats}; '
                'settings: css_print_method-external, google_font-enabled, font_display-swap">\n')

    def doc(self, title: str, head: str, body_class: str, content: str, tpl_ids: list[int], doc_title: str,
            post_id: int = 0, reply_js: bool = False, seo: str = "") -> str:
        v, base = self.v, self.base
        robots = "" if seo else "<meta name=\"robots\" content=\"max-image-preview:large\" />\n"
        config = {"environmentMode": {"edit": False, "wpPreview": False, "isScriptDebug": False},
                  "is_rtl": False, "version": v["el"], "is_static": False,
                  "urls": {"assets": f"{base}/wp-content/plugins/elementor/assets/"},
                  "settings": {"page": [], "editorPreferences": []},
                  "kit": {"active_breakpoints": ["viewport_mobile", "viewport_tablet"], "global_image_lightbox": "yes"},
                  "post": {"id": post_id, "title": quote(doc_title, safe="-_.~"), "excerpt": "", "featuredImage": False}}
        js_conf = json.dumps(config, separators=(",", ":")).replace("/", "\\/")
        reply = (f'<script src="{base}/wp-includes/js/comment-reply.min.js?ver={WP_VERSION}" id="comment-reply-js" async data-wp-strategy="async"></script>\n'
                 if reply_js else "")
        return f"""<!doctype html>
<html lang="fr-FR">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<title>{title}</title>
{robots}{seo}{head}{self.stylesheets(tpl_ids)}{self.generator()}</head>
<body class="{body_class} elementor-default elementor-kit-{self.kit}">


<a class="skip-link screen-reader-text" href="#content">Aller au contenu</a>

{self.header()}{content}{self.footer()}
{reply}<script src="{base}/wp-content/themes/hello-elementor/assets/js/hello-frontend.min.js?ver={v["hello"]}" id="hello-theme-frontend-js"></script>
<script src="{base}/wp-content/plugins/elementor-pro/assets/js/webpack-pro.runtime.min.js?ver={v["pro"]}" id="elementor-pro-webpack-runtime-js"></script>
<script src="{base}/wp-content/plugins/elementor/assets/js/webpack.runtime.min.js?ver={v["el"]}" id="elementor-webpack-runtime-js"></script>
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="{base}/wp-content/plugins/elementor/assets/js/frontend-modules.min.js?ver={v["el"]}" id="elementor-frontend-modules-js"></script>
<script id="elementor-frontend-js-before">
var elementorFrontendConfig = {js_conf};
</script>
<script src="{base}/wp-content/plugins/elementor/assets/js/frontend.min.js?ver={v["el"]}" id="elementor-frontend-js"></script>
<script src="{base}/wp-content/plugins/elementor-pro/assets/js/elements-handlers.min.js?ver={v["pro"]}" id="pro-elements-handlers-js"></script>

</body>
</html>
"""

    # -- Yoast SEO (some hosts) -----------------------------------------------------------------------------
    def yoast(self, title: str, url: str, kind: str, p: Post | None = None, desc: str = "") -> str:
        if not self.s["yoast"]:
            return ""
        b = self.b
        og_type = "article" if p else "website"
        out = (f"\n<!-- This site is optimized with the Yoast SEO plugin v{YOAST_VERSION} - https://yoast.com/wordpress/plugins/seo/ -->\n"
               '<meta name="robots" content="index, follow, max-snippet:-1, max-image-preview:large, max-video-preview:-1" />\n'
               f'<link rel="canonical" href="{amp(url)}" />\n<meta property="og:locale" content="fr_FR" />\n'
               f'<meta property="og:type" content="{og_type}" />\n<meta property="og:title" content="{title}" />\n')
        if desc:
            out += f'<meta property="og:description" content="{esc(desc)}" />\n'
        out += f'<meta property="og:url" content="{amp(url)}" />\n<meta property="og:site_name" content="{esc(b.name)}" />\n'
        graph: list[dict] = []
        site = f"{self.base}/#website"
        if p is not None:
            pub, mod = utc_w3c(p.when), utc_w3c(p.modified or p.when)
            out += (f'<meta property="article:published_time" content="{pub}" />\n'
                    f'<meta property="article:modified_time" content="{mod}" />\n'
                    f'<meta name="author" content="{esc(p.author)}" />\n<meta name="twitter:card" content="summary_large_image" />\n'
                    f'<meta name="twitter:label1" content="Écrit par" />\n\t<meta name="twitter:data1" content="{esc(p.author)}" />\n')
            person = f"{self.base}/#/schema/person/{hashlib.md5(p.author.encode()).hexdigest()}"
            graph.append({"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
                          "author": {"name": p.author, "@id": person}, "headline": p.title,
                          "datePublished": pub, "dateModified": mod, "mainEntityOfPage": {"@id": url},
                          "wordCount": len(" ".join(p.paragraphs).split()), "commentCount": len(p.comments),
                          "publisher": {"@id": f"{self.base}/#organization"}, "articleSection": [p.category],
                          "inLanguage": "fr-FR"})
            graph.append({"@type": "WebPage", "@id": url, "url": url, "name": self._plain(title), "isPartOf": {"@id": site},
                          "datePublished": pub, "dateModified": mod, "inLanguage": "fr-FR"})
            graph.append({"@type": "Person", "@id": person, "name": p.author, "url": self.author_url(p.author)})
        else:
            graph.append({"@type": "CollectionPage" if kind != "page" else "WebPage", "@id": url, "url": url,
                          "name": self._plain(title), "isPartOf": {"@id": site}, "inLanguage": "fr-FR"})
        graph.append({"@type": "WebSite", "@id": site, "url": f"{self.base}/", "name": b.name, "description": b.tagline,
                      "publisher": {"@id": f"{self.base}/#organization"}, "inLanguage": "fr-FR"})
        graph.append({"@type": "Organization", "@id": f"{self.base}/#organization", "name": b.name, "url": f"{self.base}/"})
        data = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False, separators=(",", ":"))
        data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        out += f'<script type="application/ld+json" class="yoast-schema-graph">{data}</script>\n<!-- / Yoast SEO plugin. -->\n\n\n'
        return out

    def y_title(self, parts: list[str]) -> str:
        return " - ".join(esc(t) for t in parts if t)

    # -- post-info and the single template -------------------------------------------------------------------
    def info_item(self, key: str, kind: str, icon: str, text: str, url: str = "", itemprop: str = "",
                  terms: str = "") -> str:
        rid = eid(self.b.host, "info", key)
        prop = f' itemprop="{itemprop}"' if itemprop else ""
        a_open, a_close = (f'\n\t\t\t\t\t\t<a href="{amp(url)}">', "\n\t\t\t\t\t\t\t\t\t</a>") if url else ("", "")
        inner = terms if terms else text
        return (f'\t\t\t\t\t\t\t\t<li class="elementor-icon-list-item elementor-repeater-item-{rid} elementor-inline-item"{prop}>{a_open}\n'
                f'\t\t\t\t\t\t\t\t\t\t\t<span class="elementor-icon-list-icon">\n\t\t\t\t\t\t\t\t<i aria-hidden="true" class="{icon}"></i>\t\t\t\t\t\t\t</span>\n'
                f'\t\t\t\t\t\t\t\t\t<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-{kind}">\n'
                f"\t\t\t\t\t\t\t\t\t\t{inner}\t\t\t\t\t</span>{a_close}\n\t\t\t\t</li>\n")

    def post_info(self, p: Post) -> str:
        u = self.url[id(p)]
        items = self.info_item("author", "author", "far fa-user-circle", esc(p.author), self.author_url(p.author), "author")
        items += self.info_item("date", "date", "fas fa-calendar", f"<time>{post_info_date(p.when, self.s['date'])}</time>",
                                self.day_url(p.when.strftime("%Y%m%d")), "datePublished")
        if self.s["time"] != "none":
            items += self.info_item("time", "time", "far fa-clock", f"<time>{post_info_time(p.when, self.s['time'])}</time>")
        if p.comments_open:
            n = len(p.comments)
            text = "Aucun commentaire" if n == 0 else "Un commentaire" if n == 1 else f"{n} commentaires"
            items += self.info_item("comments", "comments", "far fa-comment-dots", text,
                                    f"{u}#{'respond' if n == 0 else 'comments'}", "commentCount")
        cat = (f'\n\t\t\t\t\t\t\t\t\t\t<span class="elementor-post-info__terms-list">\n\t\t\t\t<a href="{amp(self.cat_url(p.category))}" '
               f'class="elementor-post-info__terms-list-item">{esc(p.category)}</a>\t\t\t\t</span>\n')
        items += self.info_item("terms", "terms", "fas fa-tags", "", itemprop="about", terms=cat)
        body = f'\t\t\t\t\t<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">\n{items}\t\t\t\t</ul>\n'
        return self.widget("post-info", "post-info", "default", body, "elementor-align-left", theme=True)

    def tags_info(self, p: Post) -> str:
        if not p.tags:
            return ""
        links = ", ".join(f'<a href="{amp(self.tag_url(t))}" class="elementor-post-info__terms-list-item">{esc(t)}</a>' for t in p.tags)
        terms = f'\n\t\t\t\t\t\t\t\t\t\t<span class="elementor-post-info__terms-list">\n\t\t\t\t{links}\t\t\t\t</span>\n'
        item = self.info_item("tags", "terms", "fas fa-tags", "", itemprop="about", terms=terms)
        body = f'\t\t\t\t\t<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">\n{item}\t\t\t\t</ul>\n'
        return self.widget("post-tags", "post-info", "default", body, theme=True)

    def post_nav(self, p: Post) -> str:
        order = sorted(self.posts, key=lambda q: (q.when, q.id))
        i = order.index(p)
        prev = order[i - 1] if i > 0 else None
        nxt = order[i + 1] if i + 1 < len(order) else None
        left = (f'<a href="{amp(self.url[id(prev)])}" rel="prev"><span class="post-navigation__arrow-wrapper post-navigation__arrow-prev">'
                '<i aria-hidden="true" class="fas fa-angle-left"></i><span class="elementor-screen-only">Préc.</span></span>'
                '<span class="elementor-post-navigation__link__prev"><span class="post-navigation__prev--label">Précédent</span>'
                f'<span class="post-navigation__prev--title">{esc(prev.title)}</span></span></a>') if prev else ""
        right = (f'<a href="{amp(self.url[id(nxt)])}" rel="next"><span class="elementor-post-navigation__link__next">'
                 '<span class="post-navigation__next--label">Suivant</span>'
                 f'<span class="post-navigation__next--title">{esc(nxt.title)}</span></span>'
                 '<span class="post-navigation__arrow-wrapper post-navigation__arrow-next"><i aria-hidden="true" class="fas fa-angle-right"></i>'
                 '<span class="elementor-screen-only">Suiv.</span></span></a>') if nxt else ""
        body = (f'\t\t\t<div class="elementor-post-navigation" role="navigation" aria-label="Navigation de l’article">\n'
                f'\t\t\t<div class="elementor-post-navigation__prev elementor-post-navigation__link">\n\t\t\t\t{left}\t\t\t</div>\n'
                f'\t\t\t\t\t\t<div class="elementor-post-navigation__separator-wrapper">\n\t\t\t\t<div class="elementor-post-navigation__separator"></div>\n\t\t\t</div>\n'
                f'\t\t\t<div class="elementor-post-navigation__next elementor-post-navigation__link">\n\t\t\t\t{right}\t\t\t</div>\n\t\t</div>\n')
        return self.widget("post-nav", "post-navigation", "default", body)

    def comments_widget(self, p: Post) -> str:
        """The Post Comments widget, Theme Comments skin: comments_template() through Hello's comments.php."""
        n = len(p.comments)
        if not n and not p.comments_open:
            return ""
        out = ""
        if n:
            title = "Une réponse" if n == 1 else f"{n} réponses"
            alt = [0, 0]
            lis = "".join(self.comment_li(p, node, 1, alt) for node in self.threads(p))
            out += (f'\n\t\t<h2 class="title-comments">\n\t\t\t{title}\t\t</h2>\n\n\t\t\n\t\t<ol class="comment-list">\n{lis}'
                    '\t\t</ol>\n\n\t\t\n\t')
        if p.comments_open:
            form = self.comment_form(p, submit_block=False)
            form = form.replace('<h3 id="reply-title" class="comment-reply-title">', '<h2 id="reply-title" class="comment-reply-title">', 1)
            form = form.replace("Annuler la réponse</a></small></h3>", "Annuler la réponse</a></small></h2>", 1)
            out += form
        body = f'<section id="comments" class="comments-area">\n\n\t{out}\n</section>\n'
        return self.widget("comments", "post-comments", "theme_comments", body, theme=True)

    def single(self, p: Post) -> str:
        title = self.heading("post-title", esc(p.title), "h1", "theme-post-title", theme=True)
        content = self.widget("post-content", "theme-post-content", "default", self.content_html(p), theme=True)
        blocks = (self.block("single-head", title + self.post_info(p)) + self.block("single-body", content + self.tags_info(p))
                  + self.block("single-foot", self.post_nav(p) + self.comments_widget(p)))
        doc = self.document("single-post", self.tpl_single, "single", blocks, extra_class=self.post_class(p))
        u = self.url[id(p)]
        if self.s["yoast"]:
            t = self.y_title([p.title, self.b.name])
            _, head = self.head_parts("single", p)
            head = head.replace(f'<link rel="canonical" href="{amp(u)}" />\n', "")
            seo = self.yoast(t, u, "single", p, trim_words(p.paragraphs, 25)[0])
        else:
            t, head = self.head_parts("single", p)
            seo = ""
        cls = f"post-template-default single single-post postid-{p.id} single-format-standard"
        return self.doc(t, head, cls, doc, [self.tpl_header, self.tpl_footer, self.tpl_single],
                        self._plain(t), p.id, reply_js=p.comments_open, seo=seo)

    @staticmethod
    def _plain(title_html: str) -> str:
        from html import unescape
        return unescape(title_html)

    def item_pages(self):
        for p in self.posts:
            yield (self.path(self.url[id(p)]), (p.last_modified, len(p.comments)),
                   lambda p=p: page(self.single(p), modified=p.last_modified))

    # -- archives (Archive Posts widget) ---------------------------------------------------------------------
    def card(self, p: Post) -> str:
        u = self.url[id(p)]
        words, _ = trim_words(p.paragraphs, 25)
        n = len(p.comments)
        count = "Aucun commentaire" if n == 0 else "Un commentaire" if n == 1 else f"{n} commentaires"
        title = f'\t\t\t\t<h3 class="elementor-post__title">\n\t\t\t<a href="{amp(u)}" >\n\t\t\t\t{esc(p.title)}\t\t\t</a>\n\t\t</h3>\n'
        excerpt = f'\t\t\t\t<div class="elementor-post__excerpt">\n\t\t\t<p>{esc(words)}</p>\n\t\t</div>\n'
        more = (f'\t\t\n\t\t<a class="elementor-post__read-more" href="{amp(u)}" aria-label="En savoir plus sur {esc(p.title)}" tabindex="-1" >\n'
                "\t\t\tLire la suite »\t\t</a>\n\n")
        meta = (f'\t\t\t\t<div class="elementor-post__meta-data">\n\t\t\t\t\t<span class="elementor-post-date">\n\t\t\t{fr_date(p.when)}\t\t</span>\n'
                f'\t\t\t\t<span class="elementor-post-avatar">\n\t\t\t{count}\t\t</span>\n\t\t\t\t</div>\n')
        if self.s["skin"] == "cards":
            return (f'\t\t\t\t<article class="elementor-post elementor-grid-item {self.post_class(p)}" role="listitem">\n'
                    f'\t\t\t<div class="elementor-post__card">\n\t\t\t\t<div class="elementor-post__text">\n{title}{excerpt}{more}'
                    f'\t\t\t\t</div>\n{meta}\t\t\t\t\t</div>\n\t\t</article>\n')
        return (f'\t\t\t\t<article class="elementor-post elementor-grid-item {self.post_class(p)}" role="listitem">\n'
                f'\t\t\t\t<div class="elementor-post__text">\n{title}{meta}{excerpt}{more}\t\t\t\t</div>\n\t\t\t\t</article>\n')

    def pagination(self, n: int, total: int, url) -> str:
        """Skin_Base::render_loop_footer(): the load-more anchor and nav.elementor-pagination."""
        limit = total if self.s["limit"] is None else min(self.s["limit"], total)
        if limit < 2:
            return ""
        anchor = (f'\t\t<div class="e-load-more-anchor" data-page="{n}" data-max-page="{total}" '
                  f'data-next-page="{amp(url(n + 1))}"></div>\n')
        kind = self.s["pagination"]
        links: list[str] = []
        if kind in ("numbers", "numbers_and_prev_next"):
            for k in range(1, limit + 1):
                num = f'<span class="elementor-screen-only">Page</span>{k}'
                if k == n:
                    links.append(f'<span aria-current="page" class="page-numbers current">{num}</span>')
                else:
                    links.append(f'<a class="page-numbers" href="{amp(url(k))}">{num}</a>')
        if kind in ("prev_next", "numbers_and_prev_next"):
            prev = (f'<a class="page-numbers prev" href="{amp(url(n - 1))}">&laquo; Précédent</a>' if n > 1
                    else '<span class="page-numbers prev">&laquo; Précédent</span>')
            nxt = (f'<a class="page-numbers next" href="{amp(url(n + 1))}">Suivant &raquo;</a>' if n + 1 <= limit
                   else '<span class="page-numbers next">Suivant &raquo;</span>')
            links = [prev] + links + [nxt]
        return anchor + ('\t\t\t\t<nav class="elementor-pagination" aria-label="Pagination">\n\t\t\t'
                         + "\n".join(links) + "\t\t</nav>\n")

    def posts_widget_settings(self, archive: bool) -> str:
        skin = ("archive_" if archive else "") + self.s["skin"]
        d = {"_skin": skin, f"{skin}_columns": "3", f"{skin}_columns_tablet": "2", f"{skin}_columns_mobile": "1",
             f"{skin}_row_gap": {"unit": "px", "size": 35, "sizes": []}}
        if archive:
            d["pagination_type"] = self.s["pagination"]
        return esc(json.dumps(d, separators=(",", ":")))

    def archive_doc(self, chunk: list[Post], n: int, total: int, url, heading: str) -> str:
        arts = "".join(self.card(p) for p in chunk)
        skin = self.s["skin"]
        if chunk:
            inner = (f'\t\t\t<div class="elementor-posts-container elementor-posts elementor-posts--skin-{skin} elementor-grid" role="list">\n'
                     f"{arts}\t\t\t\t</div>\n" + self.pagination(n, total, url))
        else:
            inner = '\t\t\t\t<div class="elementor-posts-nothing-found">\n\t\t\t\tIl semble que nous ne puissions pas trouver ce que vous cherchez.\t\t\t\t</div>\n'
        widgets = ""
        if heading:
            widgets += self.heading("archive-title", heading, "h1", "theme-archive-title", theme=True)
        widgets += self.widget("archive-posts", "archive-posts", f"archive_{skin}", inner,
                               f"elementor-posts--align-left elementor-grid-3 elementor-grid-tablet-2 elementor-grid-mobile-1 "
                               f"elementor-posts--thumbnail-top{' elementor-card-shadow-yes elementor-posts__hover-gradient' if skin == 'cards' else ''}",
                               self.posts_widget_settings(True), theme=True)
        return self.document("archive", self.tpl_archive, "archive", self.block("archive", widgets))

    def listing(self, posts: list[Post], url, heading: str, title_of, head: str, body_class: str, seo_of) -> dict[str, str]:
        chunks = pages_of(posts, self.b.per_page)
        out = {}
        for n, chunk in enumerate(chunks, 1):
            title = title_of(n, len(chunks))
            doc = self.archive_doc(chunk, n, len(chunks), url, heading)
            cls = body_class + (f" paged paged-{n}" if n > 1 else "")
            out[self.path(url(n))] = self.doc(title, head, cls, doc, [self.tpl_header, self.tpl_footer, self.tpl_archive],
                                              self._plain(title), seo=seo_of(n, title))
        return out

    def home_pages(self) -> dict[str, str]:
        b = self.b
        out: dict[str, str] = {}
        _, head = WPCore.head_parts(self, "home")
        if self.static:
            bid, _, label = self.pages_def["blog"]

            def t_blog(n, total):
                if self.s["yoast"]:
                    return self.y_title([label, f"Page {n} sur {total}" if n > 1 else "", b.name])
                return self.doc_title([label, f"Page {n}" if n > 1 else "", b.name])
            seo = (lambda n, t: self.yoast(t, self.home_url(n), "home"))
            out.update(self.listing(self.posts, self.home_url, "", t_blog, head, "blog", seo))
            out.update(self.static_pages(head))
        else:
            def t_home(n, total):
                if self.s["yoast"]:
                    return self.y_title([b.name, f"Page {n} sur {total}" if n > 1 else "", b.tagline])
                return self.doc_title([b.name, f"Page {n}" if n > 1 else "", b.tagline])
            out.update(self.listing(self.posts, self.home_url, "", t_home, head, "home blog",
                                    lambda n, t: self.yoast(t, self.home_url(n), "home", desc=b.tagline)))
            out.update({k: v for k, v in self.static_pages(head).items() if k != "/"})
        return out

    def latest_posts_widget(self) -> str:
        """The front page's Posts widget (classic skin, 3 posts, no pagination)."""
        latest = sorted(self.posts, key=lambda q: (q.when, q.id), reverse=True)[:3]
        arts = "".join(self.card(p) for p in latest)
        skin = self.s["skin"]
        inner = (f'\t\t\t<div class="elementor-posts-container elementor-posts elementor-posts--skin-{skin} elementor-grid" role="list">\n'
                 f"{arts}\t\t\t\t</div>\n")
        return self.widget("front-posts", "posts", skin, inner,
                           "elementor-grid-3 elementor-grid-tablet-2 elementor-grid-mobile-1 elementor-posts--thumbnail-top",
                           self.posts_widget_settings(False))

    def static_pages(self, head: str) -> dict[str, str]:
        b = self.b
        out = {}
        for key in ("front", "cabinet", "contact"):
            pid, slug, label = self.pages_def[key]
            if key == "front":
                widgets = self.block("front-hero", self.heading("front-h", esc(b.name), "h2")
                                     + self.text_editor("front-t", f"<p>{esc(b.tagline)}</p>"))
                more = ""
                if self.static:
                    more = self.widget("front-button", "button", "default",
                                       f'\t\t\t\t\t<div class="elementor-button-wrapper">\n\t\t\t\t\t<a class="elementor-button elementor-button-link elementor-size-sm" '
                                       f'href="{amp(self.home_url())}">\n\t\t\t\t\t\t<span class="elementor-button-content-wrapper">\n'
                                       f'\t\t\t\t\t\t\t\t\t<span class="elementor-button-text">Tous nos articles</span>\n\t\t\t\t\t</span>\n\t\t\t\t\t</a>\n\t\t\t\t</div>\n')
                if self.posts:
                    widgets += self.block("front-posts", self.heading("front-posts-h", "Nos derniers articles", "h2")
                                          + self.latest_posts_widget() + more)
                title = (self.y_title([b.name, b.tagline]) if self.s["yoast"] else self.doc_title([b.name, b.tagline]))
                cls = f"home page-template-default page page-id-{pid} elementor-page elementor-page-{pid}"
            elif key == "cabinet":
                widgets = self.block("cab", self.heading("cab-h", esc(label), "h1")
                                     + self.text_editor("cab-t", f"<p>{esc(b.tagline)}</p><p>{esc(b.author)}</p>"))
                title = (self.y_title([label, b.name]) if self.s["yoast"] else self.doc_title([label, b.name]))
                cls = f"page-template-default page page-id-{pid} elementor-page elementor-page-{pid}"
            else:
                widgets = self.block("contact", self.heading("contact-h", "Contactez-nous", "h1")
                                     + self.text_editor("contact-t", f"<p>Prenez rendez-vous avec {esc(b.author)}.</p>"))
                title = (self.y_title([label, b.name]) if self.s["yoast"] else self.doc_title([label, b.name]))
                cls = f"page-template-default page page-id-{pid} elementor-page elementor-page-{pid}"
            u = self.page_url(key)
            doc = self.document("wp-page", pid, "", widgets, post_type="page")
            seo = self.yoast(title, u, "page", desc=b.tagline if key == "front" else "")
            # core's rel_canonical and shortlink on a page (Yoast prints its own canonical)
            short = f"{self.base}/" if key == "front" else f"{self.base}/?page_id={pid}"
            links = self.wp_head_links(f"/wp/v2/pages/{pid}", u, short)
            if seo:
                links = links.replace(f'<link rel="canonical" href="{amp(u)}" />\n', "")
            head_page = head[:head.index('<link rel="https://api.w.org/"')] + links
            out[self.path(u)] = self.doc(title, head_page, cls, doc, [self.tpl_header, self.tpl_footer, pid], self._plain(title),
                                         pid, seo=seo)
        return out

    def listing_sets(self) -> list[tuple[str, str, list[Post]]]:
        sets = super().listing_sets()
        sets += [("day", k, ps) for k, ps in sorted(self.day_index.items())]
        return sets

    def archive_pages(self, kind: str, name: str, posts: list[Post]) -> dict[str, str]:
        b = self.b
        if kind == "day":
            d = posts[0].when
            label, heading = fr_date(d), f"Jour : {fr_date(d)}"
            _, head = WPCore.head_parts(self, "home")
            body = "archive date"
        else:
            label = name
            heading = {"category": "Catégorie : ", "tag": "Étiquette : ", "author": "Auteur : "}[kind] + (
                f'<span class="vcard">{esc(name)}</span>' if kind == "author" else esc(name))
            _, head = self.head_parts(kind, name)
            ident, slug = {"category": self.cats, "tag": self.tags, "author": self.authors}[kind][name]
            body = f"archive {kind} {kind}-{slug} {kind}-{ident}"

        def title_of(n, total):
            if self.s["yoast"]:
                main = {"category": f"{label} Archives", "tag": f"{label} Archives",
                        "author": f"{label}, auteur/autrice sur {b.name}", "day": label}[kind]
                return self.y_title([main, f"Page {n} sur {total}" if n > 1 else "", "" if kind == "author" else b.name])
            return self.doc_title([label, f"Page {n}" if n > 1 else "", b.name])
        url = (lambda k, kind=kind, name=name: self.archive_url(kind, name, k))
        return self.listing(posts, url, heading, title_of, head, body,
                            lambda n, t: self.yoast(t, url(n), "archive"))

    def not_found(self) -> str:
        """Hello's template-parts/404.php (no 404 template in the Theme Builder)."""
        title = (self.y_title(["Page non trouvée", self.b.name]) if self.s["yoast"]
                 else self.doc_title(["Page non trouvée", self.b.name]))
        _, head = WPCore.head_parts(self, "home")
        main = ('<main id="content" class="site-main">\n\n\t\t\t<div class="page-header">\n'
                '\t\t\t<h1 class="entry-title">La page est introuvable.</h1>\n\t\t</div>\n\t\n'
                '\t<div class="page-content">\n\t\t<p>Il semble que rien n’ait été trouvé à cet endroit.</p>\n\t</div>\n\n</main>\n')
        return self.doc(title, head, "error404", main, [self.tpl_header, self.tpl_footer], self._plain(title))

    # -- core output: feeds, sitemaps (core's or Yoast's), robots.txt ------------------------------------------
    def core_pages(self) -> dict[str, Page]:
        out = super().core_pages()
        b = self.b
        page_rows = [(self.page_url(k), None) for k in ("front", "cabinet", "contact")]
        if self.static:
            page_rows.append((self.page_url("blog"), None))
        if self.pretty:  # a page's shortlink, as a post's: redirect_canonical() answers 301
            for key in ("cabinet", "contact") + (("blog",) if self.static else ()):
                out.setdefault(f"/?page_id={self.pages_def[key][0]}", redirect(self.page_url(key)))
        if not self.s["yoast"]:
            # core's index also lists the pages' sitemap (posts-page), after the posts'
            pages_path = ("/wp-sitemap-posts-page-1.xml" if self.pretty else "/?sitemap=posts&sitemap-subtype=page&paged=1")
            out[pages_path] = page(self.urlset(page_rows), XML)
            from sectorweb.feeds import sitemapindex
            kinds = ["posts"] + ["pages"] + ["category"] + (["post_tag"] if self.tags else []) + ["users"]
            locs = [self.base + (pages_path if k == "pages" else self.sitemap_path(k)) for k in kinds]
            sheet = f"{self.base}/wp-sitemap-index.xsl" if self.pretty else f"{self.base}/?sitemap-stylesheet=index"
            out[self.sitemap_path("index")] = page(sitemapindex(locs, sheet), XML)
            return out
        for k in [k for k in out if k.startswith("/wp-sitemap")]:
            del out[k]
        out["/wp-sitemap.xml"] = redirect(f"{self.base}/sitemap_index.xml")
        last = max((p.last_modified for p in self.posts), default=self.now)
        maps: list[tuple[str, str, list[tuple[str, str | None]]]] = []
        newest = sorted(self.posts, key=lambda q: (q.when, q.id), reverse=True)
        blog_row = [(self.home_url(), utc_w3c(last))] if self.static else []
        maps.append(("post", utc_w3c(last), blog_row + [(self.url[id(p)], utc_w3c(p.modified or p.when))
                                                         for p in reversed(newest)]))
        maps.append(("page", utc_w3c(self.now), page_rows))
        maps.append(("category", utc_w3c(last), [(self.cat_url(c), utc_w3c(max(p.last_modified for p in self.posts if p.category == c)))
                                                 for c in self.used_cats]))
        if self.tags:
            maps.append(("post_tag", utc_w3c(last), [(self.tag_url(t), None) for t in self.tags]))
        maps.append(("author", utc_w3c(last), [(self.author_url(a), None) for a in self.authors
                                               if any(p.author == a for p in self.posts)]))
        sheet = f'<?xml-stylesheet type="text/xsl" href="//{b.host}/wp-content/plugins/wordpress-seo/css/main-sitemap.xsl"?>\n'
        index = ('<?xml version="1.0" encoding="UTF-8"?>' + sheet + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                 + "".join(f"\t<sitemap>\n\t\t<loc>{x(self.base)}/{name}-sitemap.xml</loc>\n\t\t<lastmod>{lm}</lastmod>\n\t</sitemap>\n"
                           for name, lm, _ in maps)
                 + "</sitemapindex>\n<!-- XML Sitemap generated by Yoast SEO -->")
        out["/sitemap_index.xml"] = page(index, XML)
        for name, _, rows in maps:
            body = ('<?xml version="1.0" encoding="UTF-8"?>' + sheet
                    + '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" '
                    'xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd '
                    'http://www.google.com/schemas/sitemap-image/1.1 http://www.google.com/schemas/sitemap-image/1.1/sitemap-image.xsd" '
                    'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                    + "".join(f"\t<url>\n\t\t<loc>{x(u)}</loc>\n" + (f"\t\t<lastmod>{lm}</lastmod>\n" if lm else "") + "\t</url>\n"
                              for u, lm in rows)
                    + "</urlset>\n<!-- XML Sitemap generated by Yoast SEO -->")
            out[f"/{name}-sitemap.xml"] = page(body, XML)
        delay = f"Crawl-delay: {b.crawl_delay}\n" if b.crawl_delay else ""
        out["/robots.txt"] = page("# START YOAST BLOCK\n# ---------------------------\nUser-agent: *\n"
                                  f"{delay}Disallow:\n\nSitemap: {self.base}/sitemap_index.xml\n"
                                  "# ---------------------------\n# END YOAST BLOCK", TEXT)
        return out


def item_pages(blog: Blog, now: datetime = NOW):
    return _Elementor(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """Every page of the firm's Elementor site keyed by path?query, and its 404 page."""
    t = _Elementor(blog, now)
    keep = keep or {}
    last = max((p.last_modified for p in blog.posts), default=now)
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
