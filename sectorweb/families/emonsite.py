r"""A blog on e-monsite, the French hosted site builder (its blog module), as a crawler receives it (written blind).

e-monsite is closed source and the corpus holds neither its themes nor saved pages. Followed, from the corpus:
- the URL shapes, from scrapers, feed readers and posting tools that name real e-monsite sites: the blog module
  at `/blog/`, posts at `/blog/<category-slug>/<slug>.html` (piza-translation.e-monsite.com,
  helabenkhalfallah.e-monsite.com, www.e-monsite.com/blog/nouveaute/…, …/blog/actualite/…) or, outside any
  category, `/blog/<slug>.html` (a posting bot building `http://<name>.e-monsite.com/blog/<words>.html`), the
  categories at `/blog/<category-slug>/`, the feed at `/blog/do/rss.xml` (feed readers, also on a custom domain,
  www.lebusmagique.fr/blog/do/rss.xml), tags at `/blog/do/tag/<tag>/` (www.e-monsite.com/blog/do/tag/importer/),
  media under `/medias/images/` and `/medias/album/`, hosts `<name>.e-monsite.com` or the owner's domain;
- a scraper of an e-monsite blog (PizzaTranslation.cs): the post's paragraphs as `div.content > p` inside `#main`,
  the category listing's items as `p.media-heading > a` inside `#wrapper` (Bootstrap media objects), the sidebar's
  first widget `div#widget-1` holding `div > div > a` links whose counts sit in `span`s (a Bootstrap list group
  with badges).
From memory (uncertain): the rest of the markup (the Bootstrap 3 frame: `#header`, `#menu`, `#main-area`,
`#main.col-md-9`, `#sidebar.col-md-3`, the breadcrumb, `div.view.view-blog#view-item`, `h1.view-title`,
`p.metas` with "Le dd/mm/yyyy", "Par …", "Dans …" and the comment count, the tags list, `ul.media-list` listings
with `p.media-subheading` dates, excerpts and "Lire la suite", the Bootstrap `ul.pagination` with `?page=N`), the
comments (oldest first, flat, `div#comments` with "N commentaires", each as a media object with the commenter's
site linked rel="nofollow", "Le dd/mm/yyyy à HH:MM"; the form "Ajouter un commentaire" with Nom / E-mail /
Site Internet / Message and the anti-spam question; "Les commentaires sont fermés." when closed), the sidebar
widgets ("Catégories" with counts, "Derniers articles", "Liens", "Rechercher", "Flux RSS"), the
`<meta name="generator" content="e-monsite (e-monsite.com)">`, the `body#blog_run_item` style ids, the feed's
fields and its 20 items, /sitemap.xml and robots.txt, the free plan's footer link "Créer un site gratuit avec
e-monsite", the 404 page.

Host-dependent (md5 of the host): whether the owner files posts in categories (then `/blog/<cat>/<slug>.html`, with
the posts of "Non classé" at `/blog/<slug>.html`) or never made any (every post at `/blog/<slug>.html`, no
categories widget), the number of posts per page (5, 10 or 20), the sidebar's side and widget order, the free plan's
footer link.
"""
from __future__ import annotations

import hashlib
from datetime import datetime
from urllib.parse import quote

from sectorweb.dates import NOW, rfc822
from sectorweb.families.common import TEXT, Page, autolink, esc, page, pages_of, served
from sectorweb.families.wordpress_block import host_choice
from sectorweb.feeds import x
from sectorweb.model import Blog, Comment, Post

FEED_ITEMS = 20
UNFILED = "Non classé"
HTML = "text/html; charset=UTF-8"
RSS_TYPE = "application/rss+xml; charset=UTF-8"
XML_TYPE = "text/xml; charset=UTF-8"


def _slug(text: str) -> str:
    from sectorweb.families import make_slug
    return make_slug("emonsite", text, set())


def settings(host: str) -> dict:
    return dict(
        categories=host_choice(host, "ems-cats", 10) < 7,
        per_page=[10, 10, 5, 20][host_choice(host, "ems-pp", 4)],
        sidebar=["right", "right", "left"][host_choice(host, "ems-side", 3)],
        order=host_choice(host, "ems-order", 2),
        free=host_choice(host, "ems-free", 3) == 0,
    )


def hexid(*parts) -> str:
    return hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()[:24]


def filed(host: str, post: Post) -> bool:
    """Whether the post sits in a category folder of the blog's URLs."""
    return settings(host)["categories"] and post.category != UNFILED


def permalink(host: str, post: Post) -> str:
    if filed(host, post):
        return f"http://{host}/blog/{_slug(post.category)}/{post.slug}.html"
    return f"http://{host}/blog/{post.slug}.html"


def feed_path(host: str) -> str:
    return "/blog/do/rss.xml"


def comment_anchor(host: str, c: Comment) -> str:
    return f"comment-{hexid(host, 'c', c.id)[:16]}"


def ems_date(d: datetime) -> str:
    """The blog's dates: "Le 04/03/2025"."""
    return f"Le {d:%d/%m/%Y}"


def ems_datetime(d: datetime) -> str:
    return f"Le {d:%d/%m/%Y} à {d:%H:%M}"


class _EMonsite:
    def __init__(self, blog: Blog, now: datetime = NOW):
        self.b, self.now = blog, now
        self.s = settings(blog.host)
        self.base = f"http://{blog.host}"
        self.posts = blog.posts
        self.url = {id(p): permalink(blog.host, p) for p in self.posts}
        self.cats = {}
        if self.s["categories"]:
            for p in sorted(self.posts, key=lambda q: (q.when, q.id)):
                if p.category != UNFILED and p.category not in self.cats:
                    self.cats[p.category] = _slug(p.category)
        self.tags: dict[str, str] = {}
        for p in self.posts:
            for t in p.tags:
                self.tags.setdefault(t, _slug(t))

    # -- URLs -----------------------------------------------------------------------------------------------
    def path(self, url: str) -> str:
        return url.removeprefix(self.base) or "/"

    def blog_url(self, n: int = 1) -> str:
        return f"{self.base}/blog/" + (f"?page={n}" if n > 1 else "")

    def cat_url(self, name: str, n: int = 1) -> str:
        return f"{self.base}/blog/{self.cats[name]}/" + (f"?page={n}" if n > 1 else "")

    def tag_url(self, name: str, n: int = 1) -> str:
        return f"{self.base}/blog/do/tag/{self.tags[name]}/" + (f"?page={n}" if n > 1 else "")

    def has_cat(self, p: Post) -> bool:
        return p.category in self.cats

    # -- frame ----------------------------------------------------------------------------------------------
    def widget(self, n: int, title: str, content: str, kind: str) -> str:
        return (f'<div class="widget widget_{kind}" id="widget-{n}">\n<p class="widget-title">{title}</p>\n'
                f'<div class="widget-content">\n{content}\n</div>\n</div>\n')

    def sidebar(self) -> str:
        ws: list[tuple[str, str, str]] = []
        if self.cats:
            items = "".join(f'<a class="list-group-item" href="{self.cat_url(c)}">{esc(c)} '
                            f'<span class="badge">{sum(1 for p in self.posts if p.category == c)}</span></a>\n'
                            for c in self.cats)
            ws.append(("Catégories", f'<div class="list-group">\n{items}</div>', "blog_categories"))
        latest = sorted(self.posts, key=lambda q: (q.when, q.id), reverse=True)[:5]
        if latest:
            items = "".join(f'<a class="list-group-item" href="{self.url[id(p)]}">{esc(p.title)}</a>\n' for p in latest)
            ws.append(("Derniers articles", f'<div class="list-group">\n{items}</div>', "blog_last"))
        if self.b.blogroll:
            items = "".join(f'<li><a href="{esc(u)}" target="_blank">{esc(n)}</a></li>\n' for u, n in self.b.blogroll)
            ws.append(("Liens", f'<ul class="menu">\n{items}</ul>', "links"))
        search = (f'<form method="get" action="{self.base}/search/site/" class="form-search">\n<div class="input-group">\n'
                  '<input type="text" name="q" value="" placeholder="Votre recherche" class="form-control">\n'
                  '<span class="input-group-btn"><button type="submit" class="btn btn-default">Ok</button></span>\n</div>\n</form>')
        ws.append(("Rechercher", search, "search"))
        ws.append(("Flux RSS", f'<p><a href="{self.base}/blog/do/rss.xml" class="rss">Flux RSS du blog</a></p>', "rss"))
        if self.s["order"]:
            ws = ws[:1] + list(reversed(ws[1:]))
        return "".join(self.widget(i, t, c, k) for i, (t, c, k) in enumerate(ws, 1))

    def doc(self, title: str, body_id: str, main: str, canonical: str, desc: str = "", crumbs=None) -> str:
        b = self.b
        nav = (f'<li><a href="{self.base}/">Accueil</a></li>\n<li class="active"><a href="{self.base}/blog/">Blog</a></li>\n'
               f'<li><a href="{self.base}/contact/">Contact</a></li>\n') if body_id != "pages_index" else \
              (f'<li class="active"><a href="{self.base}/">Accueil</a></li>\n<li><a href="{self.base}/blog/">Blog</a></li>\n'
               f'<li><a href="{self.base}/contact/">Contact</a></li>\n')
        crumb = ""
        if crumbs:
            lis = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in crumbs[:-1]) + f'<li class="active">{esc(crumbs[-1][0])}</li>'
            crumb = f'<ol class="breadcrumb">\n{lis}\n</ol>\n'
        side = f'<aside id="sidebar" class="col-md-3">\n{self.sidebar()}</aside>\n'
        main_col = f'<main id="main" class="col-md-9">\n{crumb}{main}</main>\n'
        cols = side + main_col if self.s["sidebar"] == "left" else main_col + side
        footer = ('<p class="ems-copyright">Créer un site gratuit avec <a href="https://www.e-monsite.com/" target="_blank">e-monsite</a></p>\n'
                  if self.s["free"] else "")
        return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<title>{title}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(desc)}">
<link rel="canonical" href="{canonical}">
<meta name="generator" content="e-monsite (e-monsite.com)">
<link rel="alternate" type="application/rss+xml" title="{esc(b.name)} : Blog" href="{self.base}/blog/do/rss.xml">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{canonical}">
<meta property="og:type" content="website">
<link href="{self.base}/themes/combined.css?v=6_1665404070_4" rel="stylesheet">
<script src="{self.base}/themes/combined.js?v=6_1665404070_4&amp;lang=fr"></script>
</head>
<body id="{body_id}" class="default">
<div id="wrapper">
<header id="header">
<div class="container">
<p class="brand"><a href="{self.base}/">{esc(b.name)}</a></p>
<p class="slogan">{esc(b.tagline)}</p>
</div>
</header>
<nav class="navbar navbar-default" id="menu">
<div class="container">
<ul class="nav navbar-nav">
{nav}</ul>
</div>
</nav>
<div id="main-area">
<div class="container">
<div class="row">
{cols}</div>
</div>
</div>
<footer id="footer">
<div class="container">
<p>© {self.now.year} {esc(b.name)}</p>
{footer}</div>
</footer>
</div>
</body>
</html>
"""

    def metas(self, p: Post, listing: bool) -> str:
        parts = [f'<span class="meta-date">{ems_date(p.when)}</span>']
        if self.has_cat(p):
            parts.append(f'<span class="meta-category">Dans <a href="{self.cat_url(p.category)}">{esc(p.category)}</a></span>')
        parts.append(f'<span class="meta-author">Par {esc(p.author)}</span>')
        n = len(p.comments)
        if n or p.comments_open:
            label = "Aucun commentaire" if n == 0 else "1 commentaire" if n == 1 else f"{n} commentaires"
            parts.append(f'<span class="meta-comments"><a href="{self.url[id(p)]}#comments">{label}</a></span>')
        return ('<p class="media-subheading metas">' if listing else '<p class="metas">') + " - ".join(parts) + "</p>"

    # -- post -----------------------------------------------------------------------------------------------
    def content(self, p: Post) -> str:
        body = "\n".join(f"<p>{esc(t)}</p>" for t in p.paragraphs)
        if p.links:
            body += "\n<p>À lire aussi : " + ", ".join(f'<a href="{esc(u)}">{esc(a)}</a>' for u, a in p.links) + "</p>"
        if p.source:
            body += f'\n<p>Source : <a href="{esc(p.source[1])}">{esc(p.source[0])}</a></p>'
        return body

    def comments(self, p: Post) -> str:
        cs = sorted(p.comments, key=lambda c: (c.when, c.id))
        out = ""
        if cs or p.comments_open:
            n = len(cs)
            out += f'<div class="comments" id="comments">\n<h2 class="view-title">{"1 commentaire" if n == 1 else f"{n} commentaires"}</h2>\n'
        if cs:
            lis = []
            for k, c in enumerate(cs, 1):
                who = (f'<a href="{esc(c.url)}" rel="nofollow" target="_blank">{esc(c.author)}</a>' if c.url else esc(c.author))
                text = "".join(f"<p>{autolink(t, 'nofollow')}</p>" for t in c.text)
                lis.append(f'<li class="media{" by-admin" if c.by_author else ""}" id="{comment_anchor(self.b.host, c)}">\n'
                           f'<div class="media-body">\n<p class="media-heading"><span class="comment-number">{k}.</span> {who}</p>\n'
                           f'<p class="media-subheading">{ems_datetime(c.when)}</p>\n<div class="media-content">{text}</div>\n</div>\n</li>\n')
            out += f'<ul class="media-list comments-list">\n{"".join(lis)}</ul>\n'
        if p.comments_open:
            out += (f'<h3 class="view-title">Ajouter un commentaire</h3>\n'
                    f'<form action="{self.base}/blog/do/postcomment/{hexid(self.b.host, p.id)}/" method="post" id="comment-form" class="form-horizontal">\n'
                    '<div class="form-group"><label for="comment_name" class="control-label col-sm-3">Nom</label>'
                    '<div class="col-sm-9"><input type="text" name="name" id="comment_name" value="" class="form-control" required></div></div>\n'
                    '<div class="form-group"><label for="comment_email" class="control-label col-sm-3">E-mail</label>'
                    '<div class="col-sm-9"><input type="email" name="email" id="comment_email" value="" class="form-control" required></div></div>\n'
                    '<div class="form-group"><label for="comment_url" class="control-label col-sm-3">Site Internet</label>'
                    '<div class="col-sm-9"><input type="url" name="url" id="comment_url" value="" class="form-control"></div></div>\n'
                    '<div class="form-group"><label for="comment_content" class="control-label col-sm-3">Message</label>'
                    '<div class="col-sm-9"><textarea name="content" id="comment_content" rows="6" class="form-control" required></textarea></div></div>\n'
                    '<div class="form-group"><label for="comment_captcha" class="control-label col-sm-3">Anti-spam</label>'
                    '<div class="col-sm-9"><p class="help-block">Combien font trois plus quatre ?</p>'
                    '<input type="text" name="captcha" id="comment_captcha" value="" class="form-control" required></div></div>\n'
                    '<div class="form-group"><div class="col-sm-offset-3 col-sm-9"><button type="submit" class="btn btn-primary">Ajouter</button></div></div>\n'
                    "</form>\n")
        elif cs:
            out += '<p class="alert alert-info">Les commentaires sont fermés.</p>\n'
        return out + ("</div>\n" if (cs or p.comments_open) else "")

    def single(self, p: Post) -> str:
        u = self.url[id(p)]
        tags = ""
        if p.tags:
            tags = ('<p class="blog-post-tags"><span>Tags :</span> '
                    + " ".join(f'<a href="{self.tag_url(t)}" class="label label-default">{esc(t)}</a>' for t in p.tags) + "</p>\n")
        cat = f' data-category="{self.cats[p.category]}"' if self.has_cat(p) else ""
        share = quote(u, safe="")
        main = (f'<div class="view view-blog" id="view-item"{cat} data-id-blog="{hexid(self.b.host, p.id)}">\n'
                f'<h1 class="view-title">{esc(p.title)}</h1>\n{self.metas(p, False)}\n'
                f'<div class="content">\n{self.content(p)}\n</div>\n{tags}'
                f'<div class="plugin plugin-social"><a href="https://www.facebook.com/sharer.php?u={share}" target="_blank" rel="nofollow" class="btn btn-default btn-sm">Partager</a></div>\n'
                f"{self.comments(p)}</div>\n")
        crumbs = [("Accueil", f"{self.base}/"), ("Blog", self.blog_url())]
        if self.has_cat(p):
            crumbs.append((p.category, self.cat_url(p.category)))
        crumbs.append((p.title, u))
        desc = " ".join(" ".join(p.paragraphs).split()[:30])
        return self.doc(esc(p.title), "blog_run_item", main, u, desc, crumbs)

    def item_pages(self):
        for p in self.posts:
            yield (self.path(self.url[id(p)]), (p.last_modified, len(p.comments)),
                   lambda p=p: page(self.single(p), HTML, modified=p.last_modified))

    # -- listings -------------------------------------------------------------------------------------------
    def item(self, p: Post) -> str:
        u = self.url[id(p)]
        words = " ".join(p.paragraphs).split()
        excerpt = " ".join(words[:40]) + (" ..." if len(words) > 40 else "")
        return (f'<li class="media">\n<div class="media-body">\n<p class="media-heading"><a href="{u}">{esc(p.title)}</a></p>\n'
                f'{self.metas(p, True)}\n<div class="media-content">\n<p>{esc(excerpt)}</p>\n</div>\n'
                f'<p class="more"><a href="{u}" class="btn btn-default btn-sm">Lire la suite</a></p>\n</div>\n</li>\n')

    def pager(self, n: int, total: int, url) -> str:
        if total < 2:
            return ""
        lis = [f'<li><a href="{url(n - 1)}" title="Page précédente">&laquo;</a></li>' if n > 1
               else '<li class="disabled"><span>&laquo;</span></li>']
        for k in range(1, total + 1):
            lis.append(f'<li class="active"><span>{k}</span></li>' if k == n else f'<li><a href="{url(k)}">{k}</a></li>')
        lis.append(f'<li><a href="{url(n + 1)}" title="Page suivante">&raquo;</a></li>' if n < total
                   else '<li class="disabled"><span>&raquo;</span></li>')
        return '<div class="text-center">\n<ul class="pagination">\n' + "\n".join(lis) + "\n</ul>\n</div>\n"

    def listing(self, posts: list[Post], url, title: str, body_id: str, crumbs, view: str, intro: str = "") -> dict[str, str]:
        chunks = pages_of(posts, self.s["per_page"])
        out = {}
        for n, chunk in enumerate(chunks, 1):
            items = "".join(self.item(p) for p in chunk)
            lst = f'<ul class="media-list">\n{items}</ul>\n' if chunk else "<p>Aucun article pour le moment.</p>\n"
            main = (f'<div class="view view-blog" id="{view}">\n<h1 class="view-title">{esc(title)}</h1>\n{intro}'
                    f"{lst}{self.pager(n, len(chunks), url)}</div>\n")
            t = esc(title) + (f" - Page {n}" if n > 1 else "")
            out[self.path(url(n))] = self.doc(t, body_id, main, url(n), self.b.tagline, crumbs)
        return out

    def pages(self) -> dict[str, str]:
        b, out = self.b, {}
        home = [("Accueil", f"{self.base}/")]
        out.update(self.listing(self.posts, self.blog_url, "Blog", "blog_index", home + [("Blog", self.blog_url())], "view-blog"))
        for c in self.cats:
            ps = [p for p in self.posts if p.category == c]
            out.update(self.listing(ps, lambda k, c=c: self.cat_url(c, k), c, "blog_run_category",
                                    home + [("Blog", self.blog_url()), (c, self.cat_url(c))], "view-category"))
        for t in self.tags:
            ps = [p for p in self.posts if t in p.tags]
            out.update(self.listing(ps, lambda k, t=t: self.tag_url(t, k), f"Tag : {t}", "blog_do_tag",
                                    home + [("Blog", self.blog_url()), (t, self.tag_url(t))], "view-tag"))
        latest = sorted(self.posts, key=lambda q: (q.when, q.id), reverse=True)[:3]
        items = "".join(self.item(p) for p in latest)
        main = (f'<div class="view view-pages" id="view-home">\n<h1 class="view-title">{esc(b.name)}</h1>\n'
                f'<div class="content">\n<p>{esc(b.tagline)}</p>\n</div>\n'
                f'<h2>Derniers articles du blog</h2>\n<ul class="media-list">\n{items}</ul>\n'
                f'<p><a href="{self.blog_url()}" class="btn btn-primary">Voir tous les articles</a></p>\n</div>\n')
        out["/"] = self.doc(esc(b.name), "pages_index", main, f"{self.base}/", b.tagline)
        main = (f'<div class="view view-contact" id="view-contact">\n<h1 class="view-title">Contact</h1>\n'
                f'<div class="content">\n<p>{esc(b.author)}</p>\n</div>\n</div>\n')
        out["/contact/"] = self.doc("Contact", "contact_index", main, f"{self.base}/contact/", "",
                                    home + [("Contact", f"{self.base}/contact/")])
        return out

    # -- feed, sitemap, robots ------------------------------------------------------------------------------
    def rss(self) -> str:
        b = self.b
        shown = sorted(self.posts, key=lambda q: (q.when, q.id), reverse=True)[:FEED_ITEMS]
        items = "".join(
            f"<item>\n<title>{x(p.title)}</title>\n<link>{x(self.url[id(p)])}</link>\n"
            f"<description>{x(self.content(p))}</description>\n<pubDate>{rfc822(p.when)}</pubDate>\n"
            f"<guid>{x(self.url[id(p)])}</guid>\n" + (f"<category>{x(p.category)}</category>\n" if self.has_cat(p) else "")
            + f"<author>{x(p.author)}</author>\n</item>\n" for p in shown)
        last = max((p.when for p in shown), default=self.now)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n'
                f"<title>{x(b.name)} : Blog</title>\n<link>{x(self.blog_url())}</link>\n<description>{x(b.tagline)}</description>\n"
                f"<language>fr</language>\n<lastBuildDate>{rfc822(last)}</lastBuildDate>\n<generator>e-monsite</generator>\n"
                f"{items}</channel>\n</rss>\n")

    def sitemap(self) -> str:
        rows = [(f"{self.base}/", None), (self.blog_url(), None)]
        rows += [(self.cat_url(c), None) for c in self.cats]
        rows += [(self.url[id(p)], f"{(p.modified or p.when):%Y-%m-%d}")
                 for p in sorted(self.posts, key=lambda q: (q.when, q.id), reverse=True)]
        rows.append((f"{self.base}/contact/", None))
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                + "".join(f"<url><loc>{x(u)}</loc>" + (f"<lastmod>{lm}</lastmod>" if lm else "") + "</url>\n" for u, lm in rows)
                + "</urlset>\n")

    def robots(self) -> str:
        delay = f"Crawl-delay: {self.b.crawl_delay}\n" if self.b.crawl_delay else ""
        return f"User-agent: *\n{delay}Disallow: /search/\nDisallow: /do/\n\nSitemap: {self.base}/sitemap.xml\n"

    def not_found(self) -> str:
        main = ('<div class="view view-error" id="view-404">\n<h1 class="view-title">Page introuvable</h1>\n'
                "<p>La page que vous recherchez n'existe pas ou a été déplacée.</p>\n"
                f'<p><a href="{self.base}/">Retour à l\'accueil</a></p>\n</div>\n')
        return self.doc("Page introuvable", "error_404", main, f"{self.base}/")


def item_pages(blog: Blog, now: datetime = NOW):
    return _EMonsite(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """Every page of an e-monsite blog keyed by path?query, and its 404 page."""
    t = _EMonsite(blog, now)
    last = max((p.last_modified for p in blog.posts), default=now)
    out: dict[str, Page] = {}
    for path, html in t.pages().items():
        out[path] = page(html, HTML, modified=last if path == "/blog/" else None)
    out.update(served(t, keep or {}))
    out["/blog/do/rss.xml"] = page(t.rss(), RSS_TYPE, modified=last)
    out["/sitemap.xml"] = page(t.sitemap(), XML_TYPE)
    out["/robots.txt"] = page(t.robots(), TEXT)
    return out, page(t.not_found(), HTML, status=404)


IGNORED_PARAMS: set[str] = {"utm_source", "utm_medium", "utm_campaign", "fbclid"}
