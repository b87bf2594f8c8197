"""Joomla 4/5 with its default site template Cassiopeia and JComments, French (docs/markup-families.md#joomla).

Follows joomla/joomla-cms: `templates/cassiopeia/index.php` (body `site com_content view-<view>`,
`header.container-header`, `div.site-grid`, sidebar modules as `div.card` with `h3.card-header`, `footer`),
`components/com_content/tmpl/article/default.php` (`div.com-content-article.item-page`, the title in
`div.page-header > h1`, the body `div.com-content-article__body`, JComments' output after it through the
`onContentAfterDisplay` event), `category/blog.php` + `blog_item.php` and `featured/default.php` (home:
`div.blog-items > div.blog-item > div.item-content`, the title `h2 > a`, the intro text and
`p.readmore > a.btn`), `layouts/joomla/content/info_block/*.php` (`dl.article-info`: `dd.createdby`
"Écrit par : <span>name</span>", `dd.category-name`, `dd.published > time[datetime]` "Publication : 4 mars
2025"; Joomla 4 adds schema.org microdata there, Joomla 5 does not) and `layouts/joomla/pagination/`
(`nav.pagination__wrapper > ul.pagination > li.page-item > a.page-link`, `?start=N`, `&limitstart=N`
without SEF URLs). No sitemap, no comments in core: JComments (exstreme/Jcomments-4 `site/tpl/default/`:
`tpl_index.php` `div#jc > div#comments`, `tpl_list.php` flat `div#comments-list` or `tpl_tree.php`
nested `div.comments-list#comments-list-<parent>`, `tpl_comment.php` `div.rbox > div.comment-box` with
`a.comment-anchor` "#N", `a.author-homepage` or `span.comment-author`, `span.comment-date` and
`div.comment-body`). JComments 4 prints the comment's day only (`DATE_FORMAT_LC1`: "mardi 4 mars 2025"),
JComments 3 its fr-FR `DATETIME_FORMAT` "d-m-Y H:i": a site runs one or the other.

URL schemes (`families.URL_SCHEMES["joomla"]`): `sef` (Joomla's default: `/index.php/blog/<category>/<id>-<alias>`),
`rewrite` (URL rewriting on: `/blog/<category>/<id>-<alias>`), `noids` (rewriting and the router's "remove
IDs from URLs": `/blog/<category>/<alias>`), `nonsef` (SEF URLs off:
`/index.php?option=com_content&view=article&id=N&catid=C&Itemid=101`).
"""
from __future__ import annotations

import hashlib
from datetime import datetime

from sectorweb.dates import NOW, fr_date, fr_long, iso, rfc822
from sectorweb.families import joomla_category, permalink, url_scheme
from sectorweb.families.common import RSS, TEXT, Page, autolink, esc, page, pages_of, paras, post_pages, served
from sectorweb.feeds import x
from sectorweb.model import Blog, Comment, Post

PER_PAGE = 8
ITEMID = 101  # the menu item of the blog (a category blog of the root category "Blog", id 8)
BLOG_CATID = 8
IGNORED_PARAMS: set[str] = set()


class _Joomla:
    def __init__(self, blog: Blog, now: datetime = NOW):
        self.b = blog
        self.now = now
        self.base = f"http://{blog.host}"
        self.posts = blog.posts
        self.scheme = url_scheme("joomla", blog.host)
        self.url = {id(p): permalink("joomla", blog.host, p) for p in self.posts}
        digest = int(hashlib.md5(blog.host.encode()).hexdigest(), 16)
        self.j4 = digest % 2 == 0  # Joomla 4 prints microdata in its layouts, Joomla 5 does not
        self.jc3 = digest // 2 % 2 == 0  # JComments 3 prints "d-m-Y H:i", JComments 4 the day only
        self.cats = {p.category: joomla_category(p.category) for p in self.posts}

    # -- addresses -------------------------------------------------------------------------------
    def listing_path(self, cat: str | None = None) -> str:
        """The category blog's path: the blog menu item, or one of its sub-categories."""
        if self.scheme == "nonsef":
            catid = self.cats[cat][1] if cat else BLOG_CATID
            return f"/index.php?option=com_content&view=category&layout=blog&id={catid}&Itemid={ITEMID}"
        root = "/index.php/blog" if self.scheme == "sef" else "/blog"
        return f"{root}/{self.cats[cat][0]}" if cat else root

    def paged(self, path: str, start: int) -> str:
        if not start:
            return path
        key = "limitstart" if self.scheme == "nonsef" else "start"
        return f"{path}{'&' if '?' in path else '?'}{key}={start}"

    def feed_path(self) -> str:
        return self.paged(self.listing_path(), 0) + ("&" if self.scheme == "nonsef" else "?") + "format=feed&type=rss"

    def href(self, path: str) -> str:
        """An attribute value for a path of the site (Joomla writes `&amp;` in its non-SEF addresses)."""
        return esc(self.base + path)

    def about_path(self) -> str:
        if self.scheme == "nonsef":
            return f"/index.php?option=com_content&view=article&id=1&catid=2&Itemid={ITEMID + 1}"
        return "/index.php/a-propos" if self.scheme == "sef" else "/a-propos"

    # -- page ------------------------------------------------------------------------------------
    def doc(self, title: str, view: str, main: str, description: str | None = None) -> str:
        b = self.b
        recent = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{esc(self.url[id(p)])}" itemprop="url">'
                         f'<span itemprop="name">{esc(p.title)}</span></a></li>' for p in self.posts[::-1][:5])
        cats = "".join(f'<li><a href="{self.href(self.listing_path(c))}">{esc(c)}</a></li>' for c in sorted(self.cats))
        links = ""
        if b.blogroll:
            links = ('<div class="sidebar-right card "><h3 class="card-header ">Sites amis</h3><div class="card-body">'
                     '<div id="mod-custom112" class="mod-custom custom"><ul>'
                     + "".join(f'<li><a href="{esc(u)}" target="_blank" rel="noopener">{esc(n)}</a></li>' for u, n in b.blogroll)
                     + "</ul></div></div></div>")
        feed = self.href(self.feed_path())
        return f"""<!DOCTYPE html>
<html lang="fr-fr" dir="ltr">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="description" content="{esc(description or b.tagline)}">
    <meta name="generator" content="Joomla! - Open Source Content Management">
    <title>{esc(title)}</title>
    <link href="{feed}" rel="alternate" type="application/rss+xml" title="{esc(b.name)}">
    <link href="/media/system/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
    <link href="/media/templates/site/cassiopeia/css/template.min.css?{"4.4.3" if self.j4 else "5.1.2"}" rel="stylesheet">
    <link href="/media/system/css/joomla-fontawesome.min.css" rel="stylesheet">
    <script src="/media/system/js/core.min.js"></script>
    <script type="application/json" class="joomla-script-options new">{{"system.paths":{{"root":"","rootFull":"{self.base}/","base":"","baseFull":"{self.base}/"}}}}</script>
</head>
<body class="site com_content wrapper-static view-{view} no-layout no-task itemid-{ITEMID}">
    <header class="header container-header full-width">
        <div class="grid-child">
            <div class="navbar-brand">
                <a class="brand-logo" href="{self.base}/"><span title="{esc(b.name)}">{esc(b.name)}</span></a>
                <div class="site-description">{esc(b.tagline)}</div>
            </div>
        </div>
        <div class="grid-child container-nav">
            <ul class="mod-menu mod-list nav ">
<li class="nav-item item-{ITEMID} default current active"><a href="{self.base}/" aria-current="page">Accueil</a></li><li class="nav-item item-{ITEMID + 2}"><a href="{self.href(self.listing_path())}">Blog</a></li><li class="nav-item item-{ITEMID + 1}"><a href="{self.href(self.about_path())}">À propos</a></li></ul>
        </div>
    </header>
    <div class="site-grid">
        <div class="grid-child container-component">
            <div id="system-message-container" aria-live="polite"></div>
            <main>
{main}
            </main>
        </div>
        <div class="grid-child container-sidebar-right">
            <div class="sidebar-right card "><h3 class="card-header ">Derniers articles</h3><div class="card-body">
<ul class="mod-articleslatest latestnews mod-list">{recent}</ul></div></div>
            <div class="sidebar-right card "><h3 class="card-header ">Catégories</h3><div class="card-body">
<ul class="mod-articlescategories categories-module mod-list">{cats}</ul></div></div>
            {links}
        </div>
    </div>
    <footer class="container-footer footer full-width">
        <div class="grid-child">
            <div class="mod-footer">
                <div class="footer1">Copyright &#169; {self.now.year} {esc(b.name)}. Tous droits réservés.</div>
                <div class="footer2"><a href="https://www.joomla.org">Joomla!</a> est un logiciel libre publié sous <a href="https://www.gnu.org/licenses/gpl-2.0.html">licence GNU Général Public</a>.</div>
            </div>
        </div>
    </footer>
    <a href="#top" id="back-top" class="back-to-top-link" aria-label="Haut de page"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body>
</html>
"""

    def info(self, p: Post) -> str:
        """layouts/joomla/content/info_block/block.php: author, category, publication date."""
        cat_url = self.href(self.listing_path(p.category))
        if self.j4:
            author = (f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">\n'
                      f'<span class="icon-user icon-fw" aria-hidden="true"></span>\n'
                      f'Écrit par : <span itemprop="name">{esc(p.author)}</span></dd>')
            cat = (f'<dd class="category-name">\n<span class="icon-folder-open icon-fw" aria-hidden="true"></span>\n'
                   f'Catégorie : <a href="{cat_url}" itemprop="genre">{esc(p.category)}</a></dd>')
            when = (f'<dd class="published">\n<span class="icon-calendar icon-fw" aria-hidden="true"></span>\n'
                    f'<time datetime="{iso(p.when)}" itemprop="datePublished">\nPublication : {fr_date(p.when)}</time></dd>')
        else:
            author = (f'<dd class="createdby">\n<span class="icon-user icon-fw" aria-hidden="true"></span>\n'
                      f'Écrit par : <span>{esc(p.author)}</span></dd>')
            cat = (f'<dd class="category-name">\n<span class="icon-folder-open icon-fw" aria-hidden="true"></span>\n'
                   f'Catégorie : <a href="{cat_url}">{esc(p.category)}</a></dd>')
            when = (f'<dd class="published">\n<span class="icon-calendar icon-fw" aria-hidden="true"></span>\n'
                    f'<time datetime="{iso(p.when)}">\nPublication : {fr_date(p.when)}</time></dd>')
        return (f'<dl class="article-info text-muted">\n<dt class="article-info-term">\nDétails</dt>\n'
                f'{author}\n{cat}\n{when}\n</dl>')

    def item(self, p: Post) -> str:
        """blog_item.php / featured default_item.php: title, info block, intro text, read more."""
        u = esc(self.url[id(p)])
        n = len(p.comments)
        count = ""
        if n or p.comments_open:
            label = "Ajouter un commentaire" if n == 0 else ("1 commentaire" if n == 1 else f"{n} commentaires")
            count = f'<div class="jcomments-links"><a class="comment-link" href="{u}#comments" title="{label}">{label}</a></div>'
        return f"""<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="item-content">
<div class="page-header">
<h2 itemprop="name"><a href="{u}" itemprop="url">{esc(p.title)}</a></h2>
</div>
{self.info(p)}
<p>{autolink(p.paragraphs[0])}</p>
<p class="readmore"><a class="btn btn-secondary" href="{u}" aria-label="Lire la suite : {esc(p.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> Lire la suite : {esc(p.title)}</a></p>
{count}
</div>
</div>
"""

    def listing(self, posts: list[Post], path: str, view: str, title: str, heading: str = "") -> dict[str, str]:
        out = {}
        chunks = pages_of(posts, self.b.per_page or PER_PAGE)
        per = self.b.per_page or PER_PAGE
        for n, chunk in enumerate(chunks):
            here = self.paged(path, n * per)
            items = "".join(self.item(p) for p in chunk)
            nav = ""
            if len(chunks) > 1:
                cells = []
                if n > 0:
                    cells.append(f'<li class="page-item"><a aria-label="Aller à la page précédente" href="{self.href(self.paged(path, (n - 1) * per))}" class="page-link"><span class="icon-angle-left" aria-hidden="true"></span></a></li>')
                for k in range(len(chunks)):
                    if k == n:
                        cells.append(f'<li class="active page-item"><a aria-current="true" aria-label="Page {k + 1}" href="#" class="page-link">{k + 1}</a></li>')
                    else:
                        cells.append(f'<li class="page-item"><a aria-label="Aller à la page {k + 1}" href="{self.href(self.paged(path, k * per))}" class="page-link">{k + 1}</a></li>')
                if n < len(chunks) - 1:
                    cells.append(f'<li class="page-item"><a aria-label="Aller à la page suivante" href="{self.href(self.paged(path, (n + 1) * per))}" class="page-link"><span class="icon-angle-right" aria-hidden="true"></span></a></li>')
                nav = (f'<div class="com-content-category-blog__navigation w-100">\n'
                       f'<p class="com-content-category-blog__counter counter float-end pt-3 pe-2">Page {n + 1} sur {len(chunks)}</p>\n'
                       f'<div class="com-content-category-blog__pagination"><nav class="pagination__wrapper" aria-label="Pagination">\n'
                       f'<ul class="pagination ms-0 mb-4">{"".join(cells)}</ul></nav></div></div>')
            head = f'<div class="page-header"><h1>{esc(heading)}</h1></div>\n' if heading else ""
            klass = "blog-featured" if view == "featured" else "com-content-category-blog blog"
            out[here] = self.doc(title if n == 0 else f"{title} - Page {n + 1}", view,
                                 f'<div class="{klass}" itemscope itemtype="https://schema.org/Blog">\n{head}'
                                 f'<div class="com-content-category-blog__items blog-items">\n{items}</div>\n{nav}\n</div>')
        return out

    # -- JComments -------------------------------------------------------------------------------
    def comment(self, c: Comment, number: int, post_url: str) -> str:
        """tpl_comment.php: one comment's box."""
        who = (f'<a class="author-homepage" href="{esc(c.url)}" rel="nofollow" title="{esc(c.author)}">{esc(c.author)}</a>'
               if c.url else f'<span class="comment-author">{esc(c.author)}</span>')
        when = f"{c.when:%d-%m-%Y %H:%M}" if self.jc3 else fr_long(c.when)
        return f"""<div class="rbox">
<div class="comment-avatar"><img src="{self.base}/components/com_jcomments/images/no_avatar.png" alt="{esc(c.author)}" /></div>
<div class="comment-box avatar-indent">
<a class="comment-anchor" href="{post_url}#comment-{c.id}" id="comment-{c.id}">#{number}</a>
{who}
<span class="comment-date">{when}</span>
<div class="comment-body" id="comment-body-{c.id}">{"<br />".join(autolink(t) for t in c.text)}
</div>
<span class="comments-buttons">
<a href="#" onclick="jcomments.showReply({c.id}); return false;">Répondre</a>
| <a href="#" onclick="jcomments.showReply({c.id},1); return false;">Répondre en citant</a> |
<a href="#" onclick="jcomments.quoteComment({c.id}); return false;">Citer</a>
</span>
</div><div class="clear"></div>
</div>
"""

    def comments(self, p: Post) -> str:
        """tpl_index.php around tpl_list.php (flat) or tpl_tree.php (threaded, when replies answer others)."""
        u = esc(self.url[id(p)])
        number = {c.id: i for i, c in enumerate(p.comments, 1)}
        header = (f'<h6>Commentaires &nbsp;&nbsp;<a href="#" title="Rafraîchir la liste des commentaires" '
                  f'onclick="jcomments.showPage({p.id},\'com_content\',0);return false;">'
                  f'<span aria-hidden="true" class="icon-loop icon-fw"></span></a></h6>')
        known = set(number)
        if any(c.parent in known for c in p.comments):
            kids: dict[int | None, list[Comment]] = {}
            for c in p.comments:
                kids.setdefault(c.parent if c.parent in known else None, []).append(c)

            def tree(parent: int | None, i: list[int]) -> str:
                out = []
                for c in kids.get(parent, []):
                    inner = ""
                    if kids.get(c.id):
                        inner = f'<div class="comments-list" id="comments-list-{c.id}">\n{tree(c.id, i)}</div>\n'
                    cls = "odd" if i[0] % 2 else "even"
                    i[0] += 1
                    out.append(f'<div class="{cls}" id="comment-item-{c.id}">{self.comment(c, number[c.id], u)}{inner}</div>\n')
                return "".join(out)

            body = f'<div class="comments-list" id="comments-list-0">\n{tree(None, [0])}</div>'
        else:
            rows = "".join(f'<div class="{"odd" if i % 2 else "even"}" id="comment-item-{c.id}">{self.comment(c, i + 1, u)}</div>\n'
                           for i, c in enumerate(p.comments))
            body = f'<div id="comments-list" class="container-fluid comments-list">\n{rows}</div>'
        listing = f'{header}\n{body}\n<div id="comments-list-footer"></div>' if p.comments else ""
        form = ""
        if p.comments_open:
            form = """<h4>Ajouter un Commentaire</h4>
<a id="addcomments" href="#addcomments"></a>
<form id="comments-form" name="comments-form" action="javascript:void(null);">
<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" /><label for="comments-form-name">Nom (obligatoire)</label></span></p>
<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" /><label for="comments-form-email">Adresse email (obligatoire)</label></span></p>
<p><span><input id="comments-form-homepage" type="text" name="homepage" value="" size="22" tabindex="3" /><label for="comments-form-homepage">Url de votre site Web ou Blog</label></span></p>
<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>
<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" onclick="jcomments.saveComment();return false;" title="Enregistrer (ctrl+entrée)">Enregistrer</a></div></div></div>
</form>"""
        if not listing and not form:
            return ""
        return (f'<script>var jcomments=new JComments({p.id}, \'com_content\',\'{self.base}/index.php?option=com_jcomments&amp;tmpl=component\');'
                f'jcomments.setList(\'comments-list\');</script>\n'
                f'<div id="jc">\n<div id="comments">{listing}</div>\n{form}\n<div id="comments-footer" align="center"></div>\n</div>')

    # -- pages -----------------------------------------------------------------------------------
    def single(self, p: Post) -> str:
        body = paras(p.paragraphs)
        if p.links:
            body += "\n<p>Pour aller plus loin : " + ", ".join(f'<a href="{esc(u)}">{esc(a)}</a>' for u, a in p.links) + "</p>"
        if p.source:
            body += f'\n<p>Source : <a href="{esc(p.source[1])}">{esc(p.source[0])}</a></p>'
        micro = ' itemscope itemtype="https://schema.org/Article"' if self.j4 else ""
        lang = '<meta itemprop="inLanguage" content="fr-FR">\n' if self.j4 else ""
        main = f"""<div class="com-content-article item-page"{micro}>
{lang}<div class="page-header">
<h1{' itemprop="headline"' if self.j4 else ""}>
{esc(p.title)}</h1>
</div>
{self.info(p)}
<div{' itemprop="articleBody"' if self.j4 else ""} class="com-content-article__body">
{body}
</div>
{self.comments(p)}
</div>"""
        return self.doc(f"{p.title} - {self.b.name}", "article", main, description=" ".join(p.paragraphs[0].split()[:25]))

    def item_pages(self):
        return post_pages(self)

    def rss(self) -> str:
        """com_content's category feed (`format=feed&type=rss`), as Joomla's RSS renderer writes it."""
        items = "".join(
            f"""<item>
<title>{x(p.title)}</title>
<link>{x(self.url[id(p)])}</link>
<guid isPermaLink="true">{x(self.url[id(p)])}</guid>
<description>{x(paras(p.paragraphs[:1]))}</description>
<author>webmaster@{self.b.host} ({x(p.author)})</author>
<category>{x(p.category)}</category>
<pubDate>{rfc822(p.when)}</pubDate>
</item>
""" for p in self.posts[::-1][:self.b.feed_items or 10])
        return f"""<?xml version="1.0" encoding="utf-8"?>
<!-- generator="Joomla! - Open Source Content Management" -->
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Blog - {x(self.b.name)}</title>
<description><![CDATA[{self.b.tagline}]]></description>
<link>{x(self.base + self.listing_path())}</link>
<lastBuildDate>{rfc822(self.now)}</lastBuildDate>
<generator>Joomla! - Open Source Content Management</generator>
<atom:link rel="self" type="application/rss+xml" href="{x(self.base + self.feed_path())}"/>
<language>fr-fr</language>
{items}</channel>
</rss>
"""


def item_pages(blog: Blog, now: datetime = NOW):
    return _Joomla(blog, now).item_pages()


ROBOTS = """# If the Joomla site is installed within a folder
# eg www.example.com/joomla/ then the robots.txt file
# MUST be moved to the site root
User-agent: *
Disallow: /administrator/
Disallow: /api/
Disallow: /bin/
Disallow: /cache/
Disallow: /cli/
Disallow: /components/
Disallow: /includes/
Disallow: /installation/
Disallow: /language/
Disallow: /layouts/
Disallow: /libraries/
Disallow: /logs/
Disallow: /modules/
Disallow: /plugins/
Disallow: /tmp/
"""


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a Joomla site keyed by path?query, and its 404 page (`keep`: article pages served as cached)."""
    jm = _Joomla(blog, now)
    posts = blog.posts
    last = posts[-1].last_modified if posts else now
    out: dict[str, Page] = {}
    for path, html in jm.listing(posts, "/", "featured", blog.name).items():
        out[path] = page(html, modified=last)
    if jm.scheme == "sef":
        out["/index.php"] = out["/"]
    for path, html in jm.listing(posts, jm.listing_path(), "category", f"Blog - {blog.name}", "Blog").items():
        out[path] = page(html, modified=last)
    for cat in jm.cats:
        ps = [p for p in posts if p.category == cat]
        for path, html in jm.listing(ps, jm.listing_path(cat), "category", f"{cat} - {blog.name}", cat).items():
            out[path] = page(html, modified=ps[-1].when)
    out.update(served(jm, keep or {}))
    about = paras([f"{blog.name} est animé par {blog.author}.", blog.tagline + ".",
                   "Les articles publiés ici ont une valeur d'information générale et ne constituent pas un conseil personnalisé."])
    out[jm.about_path()] = page(jm.doc(f"À propos - {blog.name}", "article",
                                       f'<div class="com-content-article item-page"><div class="page-header"><h1>À propos</h1></div>'
                                       f'<div class="com-content-article__body">{about}</div></div>'))
    out[jm.feed_path()] = page(jm.rss(), RSS, modified=last)
    delay = f"Crawl-delay: {blog.crawl_delay}\n" if blog.crawl_delay else ""
    out["/robots.txt"] = page(ROBOTS + delay, TEXT)
    missing = ('<div class="com-content-error"><h1 class="page-header">404 - Page non trouvée</h1>'
               '<div class="card"><div class="card-body"><p><strong>La page que vous recherchez est introuvable.</strong></p>'
               '<p><a href="/" class="btn btn-secondary">Page d\'accueil</a></p></div></div></div>')
    return out, page(jm.doc(f"404 - Page non trouvée - {blog.name}", "error", missing), status=404)
