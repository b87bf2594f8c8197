"""SPIP 4 with the default templates (squelettes-dist), French: a blog or a newsroom.

Follows SPIP's `squelettes-dist`: `sommaire.html` (`body.page_sommaire`, the latest articles with
`?debut_articles_recents=N` pagination), `rubrique.html` (`body.page_rubrique`, `p.arbo` breadcrumb,
`?debut_articles=N`), `article.html` (`body.page_article`, `div.cartouche > h1.entry-title`,
`p.info-publi > abbr.published[title]` and `span.auteurs` "par <span class="vcard author"><a class="url fn">`,
`div.chapo`, `div.texte.entry-content`, then the `#forum` anchor and `inclure/forum.html`: `div.comments >
ul.comments-items > li.comment-item > div.comment.hreview` with `p.comment-meta` (`a.permalink` "#N",
`strong.comment-author`, its `a.url` when signed with a site, `abbr.dtreviewed`) and
`div.comment-content > div.comment-texte`), `inclure/resume/article.html` (teasers: `h3.entry-title >
a[rel=bookmark]`), `auteur.html`, `backend.html` (RSS at `spip.php?page=backend`) and `sitemap.xml.html`.
URLs by `url_scheme`: `page` (`spip.php?article12`, `spip.php?rubrique3`), `html` (`article12.html`) or
`propres` (`/titre-de-l-article`, `/-Rubrique-`); `families.permalink` gives the article's.
"""
from __future__ import annotations

from datetime import datetime

from sectorweb.dates import JOURS, NOW, fr_date, iso_utc, rfc822
from sectorweb.families import make_slug, permalink, url_scheme
from sectorweb.families.common import RSS, TEXT, XML, Page, autolink, cdata, esc, page, paras, served
from sectorweb.feeds import urlset, x
from sectorweb.model import Blog, Comment, Post

VERSION = "4.2.8"
PER_PAGE = 10
HEADERS = {"Composed-By": f"SPIP {VERSION} @ www.spip.net"}


def _date(d: datetime) -> str:
    """`[(#DATE|nom_jour) ][(#DATE|affdate)]`: `mardi 4 mars 2025`."""
    return f"{JOURS[d.weekday()]} {fr_date(d)}"


class _Spip:
    def __init__(self, site: Blog, now: datetime = NOW):
        self.b = site
        self.now = now
        self.base = f"http://{site.host}"
        self.posts = site.posts
        self.scheme = url_scheme("spip", site.host)
        self.url = {id(p): permalink("spip", site.host, p) for p in self.posts}
        self.rub = {name: i + 1 for i, name in enumerate(sorted({p.category for p in self.posts}))}
        authors = sorted({p.author for p in self.posts})
        self.aut = {name: i + 1 for i, name in enumerate(authors)}

    # -- URLs (path?query) --------------------------------------------------------------------
    def obj_path(self, kind: str, num: int, title: str) -> str:
        if self.scheme == "html":
            return f"/{kind}{num}.html"
        if self.scheme == "propres":
            slug = make_slug("spip", title, set())
            return f"/-{slug}-" if kind == "rubrique" else f"/_{slug}_"
        return f"/spip.php?{kind}{num}"

    def rub_path(self, name: str, debut: int = 0) -> str:
        path = self.obj_path("rubrique", self.rub[name], name)
        return path + (("&" if "?" in path else "?") + f"debut_articles={debut}" if debut else "")

    def aut_path(self, name: str) -> str:
        return self.obj_path("auteur", self.aut[name], name)

    def path(self, p: Post) -> str:
        return self.url[id(p)].removeprefix(self.base)

    def a(self, path: str) -> str:
        return esc(self.base + path)

    # -- frame -------------------------------------------------------------------------------
    def doc(self, title: str, body_class: str, main: str, head: str = "") -> str:
        b = self.b
        rubs = "".join(f'<li class="item"><a href="{self.a(self.rub_path(n))}">{esc(n)}</a></li>' for n in self.rub)
        recent = "".join(f'<li><a href="{self.url[id(p)]}">{esc(p.title)}</a></li>' for p in self.posts[::-1][:5])
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="fr" class="ltr fr no-js">
<head>
<script>/*<![CDATA[*/(function(H){{H.className=H.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);/*]]>*/</script>
<title>{esc(title)}</title>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="SPIP {VERSION}">
<link rel="alternate" type="application/rss+xml" title="Syndiquer tout le site" href="{self.base}/spip.php?page=backend">
<link rel="stylesheet" href="{self.base}/squelettes-dist/css/reset.css" type="text/css">
<link rel="stylesheet" href="{self.base}/squelettes-dist/css/spip.css" type="text/css">
<link rel="stylesheet" href="{self.base}/local/cache-css/cssdyn-css_perso_css-6c2f1b8e.css?1741079520" type="text/css">
{head}</head>
<body class="{body_class}">
<div class="page">
<div class="header" id="header">
<div class="accueil"><a rel="start home" href="{self.base}/" title="Accueil"><strong id="nom_site_spip" class="h1-like">{esc(b.name)}</strong></a>
<p id="slogan_site_spip">{esc(b.tagline)}</p></div>
</div>
<div class="nav clearfix" id="nav"><ul>{rubs}</ul></div>
<div class="main">
<div class="wrapper hfeed">
<div class="content" id="content">
{main}
</div><!--.content-->
</div><!--.wrapper-->
<div class="aside">
<div class="formulaire_spip formulaire_recherche" id="formulaire_recherche"><form action="{self.base}/spip.php?page=recherche" method="get"><div><input name="page" value="recherche" type="hidden"><label for="recherche">Rechercher :</label><input type="search" class="search text" size="10" name="recherche" id="recherche"><input type="submit" class="btn submit" value="&gt;&gt;" title="Rechercher"></div></form></div>
<div class="menu"><h2>Derniers articles</h2><ul>{recent}</ul></div>
<div class="menu rubriques"><h2>Rubriques</h2><ul>{rubs}</ul></div>
</div><!--.aside-->
</div><!--.main-->
<div class="footer clearfix" id="footer">
<p class="colophon"><a href="{self.base}/spip.php?page=plan" rel="contents">Plan du site</a> | <a href="{self.base}/spip.php?page=backend" rel="alternate" title="Syndiquer tout le site" class="spip_in">RSS&nbsp;2.0</a></p>
<p class="generator"><a href="https://www.spip.net/" rel="generator" title="Site réalisé avec SPIP" class="spip_out">Site réalisé avec SPIP</a></p>
</div>
</div><!--.page-->
</body>
</html>
"""

    def auteurs(self, p: Post) -> str:
        return (f'<span class="auteurs">par <span class="vcard author"><a class="url fn spip_in" href="{self.a(self.aut_path(p.author))}">'
                f'{esc(p.author)}</a></span></span>')

    def resume(self, p: Post) -> str:
        """inclure/resume/article.html"""
        intro = " ".join(" ".join(p.paragraphs).split()[:50])
        return (f'<li class="item hentry"><h3 class="h3 entry-title"><a href="{self.url[id(p)]}" rel="bookmark">{esc(p.title)}</a></h3>'
                f'<small><abbr class="published" title="{iso_utc(p.when).replace("+00:00", "Z")}">{fr_date(p.when)}</abbr><span class="sep"> — </span>{self.auteurs(p)}</small>'
                f'<div class="introduction entry-content"><p>{esc(intro)}&nbsp;(…)</p></div></li>\n')

    def pagination(self, path_of, total: int, debut: int, anchor: str) -> str:
        """#PAGINATION: the offsets of the pages ("0 | 10 | 20"), the current one in strong.on."""
        if total <= PER_PAGE:
            return ""
        parts = [f'<strong class="on">{d}</strong>' if d == debut else
                 f'<a href="{self.a(path_of(d))}#{anchor}" class="lien_pagination" rel="nofollow">{d}</a>'
                 for d in range(0, total, PER_PAGE)]
        return f'<p class="pagination"><span class="pages">{SEP.join(parts)}</span></p>'

    # -- pages -------------------------------------------------------------------------------
    def sommaire(self, debut: int) -> str:
        newest = self.posts[::-1]
        chunk = newest[debut:debut + PER_PAGE]
        pag = self.pagination(lambda d: "/" + (f"?debut_articles_recents={d}" if d else ""), len(newest), debut,
                              "pagination_articles_recents")
        main = (f'<h1 class="h1 invisible">{esc(self.b.name)}</h1>\n<div class="chapo"><p>{esc(self.b.tagline)}</p></div>\n'
                f'<div class="menu articles"><a id="pagination_articles_recents" class="pagination_ancre"></a><h2>Derniers articles</h2>\n'
                f'<ul>{"".join(self.resume(p) for p in chunk)}</ul>\n{pag}</div>')
        title = f"{self.b.name}" + (f" - page {debut // PER_PAGE + 1}" if debut else "")
        return self.doc(title, "page_sommaire", main)

    def rubrique(self, name: str, debut: int) -> str:
        posts = [p for p in self.posts[::-1] if p.category == name]
        pag = self.pagination(lambda d: self.rub_path(name, d), len(posts), debut, "pagination_articles")
        main = (f'<p class="arbo"><a href="{self.base}/">Accueil</a> &gt; <strong class="on">{esc(name)}</strong></p>\n'
                f'<div class="cartouche"><h1 class="">{esc(name)}</h1></div>\n'
                f'<div class="liste articles"><a id="pagination_articles" class="pagination_ancre"></a><h2 class="h2">Articles de cette rubrique</h2>\n'
                f'<ul class="liste-items">{"".join(self.resume(p) for p in posts[debut:debut + PER_PAGE])}</ul>\n{pag}</div>')
        return self.doc(f"{name} - {self.b.name}", "page_rubrique", main)

    def auteur(self, name: str) -> str:
        posts = [p for p in self.posts[::-1] if p.author == name]
        main = (f'<p class="arbo"><a href="{self.base}/">Accueil</a> &gt; <strong class="on">{esc(name)}</strong></p>\n'
                f'<div class="cartouche"><h1 class="h1 fn">{esc(name)}</h1></div>\n'
                f'<div class="liste articles"><h2 class="h2">Ses articles</h2><ul class="liste-items">{"".join(self.resume(p) for p in posts[:PER_PAGE])}</ul></div>')
        return self.doc(f"{name} - {self.b.name}", "page_auteur", main)

    def comment(self, c: Comment, n: int, url: str) -> str:
        who = f'<a href="{esc(c.url)}" class="url">{esc(c.author)}</a>' if c.url else esc(c.author)
        return f"""<li class="comment-item comment-item-{n} {"odd" if n % 2 else "even"}">
<div class="comment hreview">
<a name="forum{c.id}" id="forum{c.id}"></a>
<p class="comment-meta"><a href="#forum{c.id}" title="" class="permalink">#{n}</a>
<strong class="comment-author">{who}</strong>,
<abbr title="{iso_utc(c.when).replace("+00:00", "Z")}" class="dtreviewed">{_date(c.when)}, {c.when:%H}h{c.when:%M}</abbr></p>
<div class="comment-content">
<div class="comment-texte">{paras(c.text, "nofollow")}</div>
</div>
<p class="repondre"><a href="{esc(url)}{"&amp;" if "?" in url else "?"}id_forum={c.id}#formulaire_forum" rel="noindex nofollow">Répondre à ce message</a></p>
</div>
</li>"""

    def forum(self, p: Post) -> str:
        out = ['<a href="#forum" name="forum" id="forum"></a>']
        if p.comments:
            items = "\n".join(self.comment(c, n, self.url[id(p)]) for n, c in enumerate(p.comments, 1))
            out.append(f'<div class="comments">\n<h2 class="h2">{len(p.comments)} Messages</h2>\n<ul class="comments-items">\n{items}\n</ul>\n</div>')
        if p.comments_open:
            out.append(f"""<h2 class="h2">Un message, un commentaire ?</h2>
<p class="explication">modération a priori</p>
<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum">
<form action="{self.url[id(p)]}#formulaire_forum" method="post" enctype="multipart/form-data"><div>
<input name="formulaire_action" type="hidden" value="forum"><input name="id_article" type="hidden" value="{p.id}">
<fieldset><legend>Message</legend><div class="editer-groupe"><div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="60"></textarea></div></div></fieldset>
<fieldset><legend>Qui êtes-vous ?</legend><div class="editer-groupe"><div class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="40"></div>
<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="40"></div></div></fieldset>
<p class="boutons"><input type="submit" class="btn submit" name="previsualiser_message" value="Prévisualiser"></p>
</div></form>
</div>""")
        return "\n".join(out)

    def article(self, i: int) -> str:
        p = self.posts[i]
        u = self.url[id(p)]
        body = paras(p.paragraphs[1:]) if len(p.paragraphs) > 1 else ""
        if p.links:
            body += "\n<p>Pour aller plus loin : " + ", ".join(f'<a href="{esc(l)}" class="spip_out" rel="external">{esc(a)}</a>' for l, a in p.links) + "</p>"
        if p.source:
            body += f'\n<p>Source : <a href="{esc(p.source[1])}" class="spip_out" rel="external">{esc(p.source[0])}</a></p>'
        intro = " ".join(" ".join(p.paragraphs).split()[:25])
        head = (f'<meta name="description" content="{esc(intro)}">\n<link rel="canonical" href="{u}">\n')
        main = f"""<p class="arbo"><a href="{self.base}/">Accueil</a> &gt; <a href="{self.a(self.rub_path(p.category))}">{esc(p.category)}</a> &gt; <strong class="on">{esc(p.title)}</strong></p>
<div class="cartouche">
<h1 class="surlignable entry-title">{esc(p.title)}</h1>
<p class="info-publi"><abbr class="published" title="{iso_utc(p.when).replace("+00:00", "Z")}">{_date(p.when).capitalize()}</abbr><span class="sep">, </span>{self.auteurs(p)}</p>
</div>
<div class="surlignable chapo"><p>{autolink(p.paragraphs[0], "noopener")}</p></div>
<div class="surlignable texte entry-content">
{body}
</div>
{self.forum(p)}"""
        return self.doc(f"{p.title} - {self.b.name}", "page_article", main, head)

    def item_pages(self):
        """(path, what the page shows of its article, render) for each article: see `site.py`'s page cache."""
        for i, p in enumerate(self.posts):
            yield (self.path(p), (p.last_modified, len(p.comments)),
                   lambda i=i, p=p: page(self.article(i), modified=p.last_modified, headers=HEADERS))

    def backend(self) -> str:
        items = "".join(f"""<item xml:lang="fr">
<title>{x(p.title)}</title>
<link>{x(self.url[id(p)])}</link>
<guid isPermaLink="true">{x(self.url[id(p)])}</guid>
<dc:date>{iso_utc(p.when).replace("+00:00", "Z")}</dc:date>
<dc:format>text/html</dc:format>
<dc:language>fr</dc:language>
<dc:creator>{x(p.author)}</dc:creator>
<pubDate>{rfc822(p.when)}</pubDate>
<dc:subject>{x(p.category)}</dc:subject>
<description>{x(" ".join(" ".join(p.paragraphs).split()[:50]) + " (…)")}</description>
<content:encoded>{cdata(paras(p.paragraphs))}</content:encoded>
</item>
""" for p in self.posts[::-1][:self.b.feed_items])
        return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel xml:lang="fr">
<title>{x(self.b.name)}</title>
<link>{self.base}/</link>
<description>{x(self.b.tagline)}</description>
<language>fr</language>
<generator>SPIP - www.spip.net</generator>
<atom:link href="{self.base}/spip.php?page=backend" rel="self" type="application/rss+xml" />
{items}</channel>
</rss>
"""


SEP = '<span class="sep"> | </span>'


def item_pages(site: Blog, now: datetime = NOW):
    return _Spip(site, now).item_pages()


def render(site: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a SPIP site keyed by path?query, and its 404 page (`keep`: article pages served as cached)."""
    s = _Spip(site, now)
    keep = keep or {}
    last = max((p.last_modified for p in site.posts), default=now)
    out: dict[str, Page] = {}
    for debut in range(0, max(1, len(site.posts)), PER_PAGE):
        out["/" + (f"?debut_articles_recents={debut}" if debut else "")] = page(s.sommaire(debut), modified=last, headers=HEADERS)
    out["/spip.php"] = out["/"]
    for name in s.rub:
        n = sum(p.category == name for p in site.posts)
        for debut in range(0, n, PER_PAGE):
            out[s.rub_path(name, debut)] = page(s.rubrique(name, debut), modified=last, headers=HEADERS)
    for name in s.aut:
        out[s.aut_path(name)] = page(s.auteur(name), modified=last, headers=HEADERS)
    out.update(served(s, keep))
    plan = "".join(f'<li><a href="{s.url[id(p)]}">{esc(p.title)}</a></li>' for p in site.posts[::-1])
    out["/spip.php?page=plan"] = page(s.doc(f"Plan du site - {site.name}", "page_plan",
                                            f'<h1 class="h1">Plan du site</h1><div class="menu"><ul>{plan}</ul></div>'), headers=HEADERS)
    out["/spip.php?page=backend"] = page(s.backend(), RSS, modified=last)
    sitemap = page(urlset([(s.url[id(p)], iso_utc(p.modified or p.when)[:10]) for p in site.posts[::-1]]), XML)
    out["/spip.php?page=sitemap.xml"] = out["/sitemap.xml"] = sitemap
    out["/robots.txt"] = page("User-agent: *\nDisallow: /local/\nDisallow: /ecrire/\nDisallow: /plugins-dist/\n"
                              "Disallow: /prive/\nDisallow: /squelettes-dist/\nDisallow: /tmp/\n\n"
                              f"Sitemap: {s.base}/sitemap.xml\n", TEXT)
    missing = ('<div class="cartouche"><h1 class="h1">Erreur 404</h1></div>'
               '<div class="chapo"><p>La page que vous demandez n’existe pas.</p></div>')
    return out, page(s.doc(f"Page introuvable - {site.name}", "page_404", missing), status=404)


IGNORED_PARAMS = {"var_mode", "recalcul", "id_forum"}
