"""A SPIP 3.2 newsroom with the third-party squelettes SoyezCreateurs (plugin-squelette "SoyezCreateurs",
spip-zone), French, as its server answers a crawler.

Written blind from the squelettes, not from any parser. Followed (`Cerdic/spip-zone-squelettes`, under
`soyezcreateurs_net/branches/plugin_2.1_rebirth/plugins/soyezcreateurs/`): `rubrique.html` (`div#miettesdepain ul li`
breadcrumb "Accueil", `div.texte > div.cartouche > div.titrepage > h1`, `div#letexte`), `noisettes/cartouches/
article_cartouche.html` (`div#artrecents`: `h2` "Dans la même rubrique..." and its `ul` with the current article
unlinked, `h2` "Mots-clés" with `a[rel=tag]`), `noisettes/forums/inc-forum.html` (`div#cadreforum > ul.forum-total`,
`div.forum-fil > div.forum > div.forum-chapo` with `span.forum-titre a[name=forumN]`, `span.forum-auteur`
"[(#DATE|affdate)] [(#DATE|affdate{H:i})], par NOM", `div.forum-item`, the signed site as `div.forum-titre
a.spip_out`, "Répondre à ce message"; threads newest first `{!par date}`, answers oldest first in nested `ul`),
`noisettes/header/header_modeedito.html` (`div#header`, `div#escapelinks`, `h1 > a` site name with `sub` slogan),
`noisettes/footer/footer.html` and `robots.txt.html` (its `Crawl-delay: 1` unless the admin set another value, and
`Sitemap:`). `article.html`, `sommaire.html`, `auteur.html` and `mot.html` of the same set are not in the corpus:
written after `rubrique.html`'s structure; `backend.html` (RSS 2.0 at `spip.php?page=backend`) and
`sitemap.xml.html` are SPIP's own (squelettes-dist), which SoyezCreateurs does not override.
SPIP's output: `typo` French (non-breaking space before `: ! ? »`, after `«`), paragraphs as `<p>`, the cited links as
`[anchor->url]` (`a.spip_out[rel=external]`), bare URLs in forum messages as `a.spip_url.spip_out.auto`
(`rel="nofollow external"`), pagination `?debut_articles=N#pagination_articles` (`a.lien_pagination[rel=nofollow]`),
the `Composed-By` header. Dates: `affdate` ("4 mars 2025", "1er mars 2025"), `nom_jour` ("mardi"), the feed's dc:date
in UTC ("2025-03-04T09:12:00Z"), the sitemap's lastmod `affdate{Y-m-d}`.
URLs by host (SPIP's `type_urls`): `page` (`spip.php?article12`, `spip.php?rubrique3`, `spip.php?auteur1`,
`spip.php?mot4`), `html` (`article12.html`...), `propres` (`/titre-de-l-article`, `/-Rubrique-`, `/_auteur_`,
`/+mot+`) and `arbo` (`/rubrique/titre-de-l-article`, `/rubrique/`, `/auteur/nom`, `/mot/nom`).
Not rendered: logos and documents (none in the model), the forum's posting form (its own page), `by_author` (SPIP's
forum does not mark the article's author).
"""
from __future__ import annotations

import re
from datetime import datetime

from sectorweb.dates import JOURS, NOW, fr_date, to_utc
from sectorweb.families import make_slug
from sectorweb.families.common import _URL, HTML, RSS, TEXT, XML, Page, comment_tree, esc, page, pages_of, served
from sectorweb.families.wordpress_block import host_choice
from sectorweb.feeds import x
from sectorweb.model import Blog, Comment, Post

VERSION = "3.2.11"
SCHEMES = ["page", "html", "propres", "arbo"]
HEADERS = {"Composed-By": f"SPIP {VERSION} @ www.spip.net + soyezcreateurs(3.0.71)"}
IGNORED_PARAMS = {"var_mode", "utm_source", "utm_medium", "utm_campaign"}


def scheme_of(host: str) -> str:
    return SCHEMES[host_choice(host, "spip-type-urls", len(SCHEMES))]


def _slug(text: str) -> str:
    return make_slug("spip", text, set())


def obj_url(host: str, kind: str, oid: int, slug: str, rub: str = "") -> str:
    """The URL SPIP generates for an object (`generer_url_entite`) under the host's `type_urls`."""
    scheme = scheme_of(host)
    if scheme == "page":
        return f"http://{host}/spip.php?{kind}{oid}"
    if scheme == "html":
        return f"http://{host}/{kind}{oid}.html"
    if scheme == "propres":
        return f"http://{host}/" + {"article": slug, "rubrique": f"-{slug}-", "auteur": f"_{slug}_", "mot": f"+{slug}+"}[kind]
    return f"http://{host}/" + {"article": f"{rub}/{slug}", "rubrique": f"{slug}/", "auteur": f"auteur/{slug}",
                                "mot": f"mot/{slug}"}[kind]


def permalink(host: str, post: Post) -> str:
    return obj_url(host, "article", post.id, post.slug, _slug(post.category))


def _date(d: datetime) -> str:
    """`[(#DATE|nom_jour) ][(#DATE|affdate)]`: `mardi 4 mars 2025`, `vendredi 1er mai 2026`."""
    return f"{JOURS[d.weekday()]} {fr_date(d, first=True)}"


def typo(escaped: str) -> str:
    """SPIP's French `typo` on escaped text: a non-breaking space before `: ! ? »` and after `«`."""
    out = re.sub(r"[ \u00a0]*(:(?!//)|!|\?|»)", r"&nbsp;\1", escaped)
    return re.sub(r"«[ \u00a0]*", "«&nbsp;", out)


def text(raw: str, autolinks: bool = False) -> str:
    """A paragraph through `propre`: escaped, `typo` outside URLs; bare URLs linked in forum messages only."""
    out, pos = [], 0
    for m in _URL.finditer(raw):
        out.append(typo(esc(raw[pos:m.start()])))
        u = esc(m.group(0))
        out.append(f'<a href="{u}" class="spip_url spip_out auto" rel="nofollow external">{u}</a>' if autolinks else u)
        pos = m.end()
    out.append(typo(esc(raw[pos:])))
    return "".join(out)


def _tree(comments: list[Comment]) -> list[tuple[Comment, list]]:
    """The forum's threads newest first, replies in date order under each."""
    return comment_tree(comments)[::-1]


class _SC:
    def __init__(self, blog: Blog, now: datetime = NOW):
        self.b = blog
        self.now = now
        self.base = f"http://{blog.host}"
        self.posts = blog.posts
        self.ordered = sorted(self.posts, key=lambda p: (p.when, p.id), reverse=True)
        self.rubs: dict[str, int] = {}
        self.mots: dict[str, int] = {}
        self.authors: dict[str, int] = {blog.author: 1}
        for p in sorted(self.posts, key=lambda p: (p.when, p.id)):
            self.rubs.setdefault(p.category, len(self.rubs) + 1)
            self.authors.setdefault(p.author, len(self.authors) + 1)
            for t in p.tags:
                self.mots.setdefault(t, len(self.mots) + 1)
        self.url = {id(p): permalink(blog.host, p) for p in self.posts}
        self.slugs: dict[tuple[str, str], str] = {}  # (kind, name) -> URL slug, unique per kind as SPIP makes them
        for kind, names in (("rubrique", self.rubs), ("auteur", self.authors), ("mot", self.mots)):
            taken: set[str] = set()
            for name in names:
                self.slugs[(kind, name)] = make_slug("spip", name, taken)

    def rub_url(self, cat: str) -> str:
        return obj_url(self.b.host, "rubrique", self.rubs[cat], self.slugs[("rubrique", cat)])

    def aut_url(self, name: str) -> str:
        return obj_url(self.b.host, "auteur", self.authors[name], self.slugs[("auteur", name)])

    def mot_url(self, tag: str) -> str:
        return obj_url(self.b.host, "mot", self.mots[tag], self.slugs[("mot", tag)])

    def path(self, url: str) -> str:
        return url.removeprefix(self.base) or "/"

    # -- layout ---------------------------------------------------------------------------------
    def doc(self, title: str, desc: str, body_class: str, content: str, canonical: str) -> str:
        b = self.b
        menu = "".join(f'\n\t\t<li><a href="{self.rub_url(c)}">{text(c)}</a></li>' for c in self.rubs)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" lang="fr" dir="ltr">
<head>
<title>{esc(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="description" content="{esc(desc)}" />
<link rel="canonical" href="{canonical}" />
<link rel="alternate" type="application/rss+xml" title="{esc(b.name)}" href="{self.base}/spip.php?page=backend" />
<link rel="stylesheet" href="{self.base}/local/cache-css/stylessoyezcreateurs-urlabs-4b1d2a3c.css" type="text/css" media="all" />
<script type="text/javascript">/* <![CDATA[ */
var box_settings = {{tt_img:true,sel_g:"#documents_portfolio a[type='image/jpeg'],#documents_portfolio a[type='image/png'],#documents_portfolio a[type='image/gif']",sel_c:".mediabox",trans:"elastic",speed:"200",ssSpeed:"2500",maxW:"90%",maxH:"90%",minW:"400px",minH:"",opa:"0.9",str_ssStart:"Diaporama",str_ssStop:"Arrêter",str_cur:"{{current}}/{{total}}",str_prev:"Précédent",str_next:"Suivant",str_close:"Fermer",splash_url:""}};
/* ]]> */</script>
<meta name="generator" content="SPIP {VERSION}" />
</head>
<body class="{body_class}">
<div id="page">
	<div id="header">
	<div id="header_inner">
<div id="escapelinks" class="escapelinks"><ul><li><a href="#letexte">Aller au contenu</a></li><li><a href="#menusite">Aller au menu</a></li><li><a href="#formulaire_recherche">Aller à la recherche</a></li></ul></div>
<a name="{esc(title)}" id="{esc(title)}"></a>
<h1><a href="{self.base}/" title="Accueil du site">{esc(b.name)} <sub>{text(b.tagline)}</sub></a></h1>
<div class="formulaire_spip formulaire_recherche" id="formulaire_recherche">
<form action="{self.base}/spip.php?page=recherche" method="get"><div>
	<input name="page" value="recherche" type="hidden" />
	<label for="recherche">Rechercher :</label>
	<input type="text" class="search text" size="10" name="recherche" id="recherche" accesskey="4" autocapitalize="off" autocorrect="off" />
	<input type="submit" class="submit" value="&gt;&gt;" title="Rechercher" />
</div></form>
</div>
	<div class="clearing">&nbsp;</div>
	</div><!-- id="header_inner" -->
	</div><!-- id="header" -->
<div id="contenu">
<div id="navigation">
<div id="menusite">
	<h2 class="structure">Menu</h2>
	<ul>{menu}
	</ul>
</div>
</div>
<div id="content">
{content}
</div>
</div><!-- id="contenu" -->
<div id="footer">
	<ul>
		<li><a href="{self.base}/spip.php?page=plan" rel="contents">Plan du site</a></li>
		<li><a href="{self.base}/spip.php?page=backend" title="Syndiquer tout le site"><abbr title="Really Simple Syndication">RSS</abbr>&nbsp;2.0</a></li>
		<li>Site réalisé avec <a href="https://www.spip.net/" title="Site réalisé avec SPIP">SPIP</a> + <a href="http://www.pyrat.net/" title="Squelette SoyezCreateurs">SoyezCreateurs</a></li>
	</ul>
</div>
</div><!-- id="page" -->
</body>
</html>"""

    def crumbs(self, trail: list[tuple[str, str]], last: str) -> str:
        lis = "".join(f'\n\t<li><a href="{u}">{text(t)}</a></li>' for u, t in trail)
        return (f'\t<div id="miettesdepain">\n\t<ul>\n\t<li><a href="{self.base}/" title="Accueil du site">Accueil</a></li>'
                f'{lis}\n\t<li>{last}</li>\n\t</ul>\n\t</div>')

    def pagination(self, base: str, k: int, n: int) -> str:
        """SPIP's `#PAGINATION` (modele `pagination.html`): `?debut_articles=N#pagination_articles`."""
        if n <= 1:
            return ""
        per = self.b.per_page
        sep = "&amp;" if "?" in base else "?"
        items = []
        for i in range(n):
            if i == k:
                items.append(f'<strong class="on">{i + 1}</strong>')
            else:
                u = base if i == 0 else f"{base}{sep}debut_articles={i * per}"
                items.append(f'<a href="{u}#pagination_articles" class="lien_pagination" rel="nofollow">{i + 1}</a>')
        return ('<p class="pagination"><a id="pagination_articles"></a><span class="pages">'
                + '<span class="sep"> | </span>'.join(items) + "</span></p>")

    def teaser(self, p: Post) -> str:
        intro = text(p.paragraphs[0]) if p.paragraphs else ""
        return f"""
<li>
	<h3><a href="{self.url[id(p)]}">{text(p.title)}</a></h3>
	<span class="date">{fr_date(p.when, first=True)}</span>
	<div class="introduction"><p>{intro}</p></div>
</li>"""

    def listing(self, posts: list[Post], base: str, k: int, n: int) -> str:
        pag = self.pagination(base, k, n)
        return f'<div class="listearticles">\n{pag}\n<ul class="liste-articles">{"".join(self.teaser(p) for p in posts)}\n</ul>\n{pag}\n</div>'

    # -- pages ----------------------------------------------------------------------------------
    def comment(self, p: Post, c: Comment, kids: list) -> str:
        site = f"\n<div class=\"forum-titre\"><a href=\"{esc(c.url)}\" class=\"spip_out\">{esc(c.url)}</a></div>" if c.url else ""
        body = "\n".join(f"<p>{text(t, autolinks=True)}</p>" for t in c.text)
        reply = (f"\n<div class=\"forum-repondre-message\"><a href=\"{self.base}/spip.php?page=forum&amp;id_article={p.id}&amp;id_forum={c.id}#formulaire_forum\" "
                 f'rel="nofollow">Répondre à ce message</a></div>') if p.comments_open else ""
        sub = ("\n\t<ul>" + "".join(f"\n\t<li>{self.comment(p, k, kk)}\n\t</li>" for k, kk in kids) + "\n\t</ul>") if kids else ""
        return f"""
<div class="forum-fil surlignable">
<div class="forum">
<div class="forum-chapo">
<span class="forum-titre"><a href="{self.url[id(p)]}#forum{c.id}" name="forum{c.id}" id="forum{c.id}">{text(p.title)}</a></span>
<span class="forum-auteur">{fr_date(c.when, first=True)} {c.when:%H:%M}, par {esc(c.author)}</span>
</div>
<div class="forum-item">
{body}{site}{reply}
</div>
</div>{sub}
</div>"""

    def single(self, p: Post) -> str:
        cat = p.category
        same = [q for q in self.ordered if q.category == cat]
        lis = "".join(f'\n\t\t\t<li class="{"odd" if i % 2 == 0 else ""}">' + (text(q.title) if q is p else f'<a href="{self.url[id(q)]}">{text(q.title)}</a>') + "</li>"
                      for i, q in enumerate(same))
        tags = ""
        if p.tags:
            tags = "\n<h2>Mots-clés</h2>\n<ul>" + "".join(f'\n<li><a href="{self.mot_url(t)}" rel="tag">{text(t)}</a></li>' for t in p.tags) + "\n</ul>"
        body = "\n".join(f"<p>{text(t)}</p>" for t in p.paragraphs)
        if p.links:
            body += "\n<p>Pour aller plus loin&nbsp;: " + ", ".join(
                f'<a href="{esc(u)}" class="spip_out" rel="external">{text(a)}</a>' for u, a in p.links) + "</p>"
        if p.source:
            body += f'\n<p>Source&nbsp;: <a href="{esc(p.source[1])}" class="spip_out" rel="external">{text(p.source[0])}</a></p>'
        forum = ""
        tree = _tree(p.comments)
        if tree or p.comments_open:
            items = "".join(f"\n<li>{self.comment(p, c, kids)}\n</li>" for c, kids in tree)
            post = (f'\n<p class="repondre"><a href="{self.base}/spip.php?page=forum&amp;id_article={p.id}" rel="noindex nofollow">Répondre à cet article</a></p>'
                    if p.comments_open else "")
            forum = (f'\n<div id="cadreforum">\n<h1 class="structure">Vos commentaires</h1>{post}\n<ul class="forum-total">{items}\n</ul>\n</div>'
                     if tree else f'\n<div id="cadreforum">{post}\n</div>')
        modif = (f'\n<div class="datemodif">Mis à jour le {fr_date(p.modified, first=True)}</div>'
                 if p.modified and p.modified.date() != p.when.date() else "")
        content = f"""{self.crumbs([(self.rub_url(cat), cat)], text(p.title))}

<div class="texte">
<div class="cartouche">
<div class="titrepage"><h1 class="surlignable">{text(p.title)}</h1></div>
<div class="publication"><span class="date">{_date(p.when)}</span>, par <a href="{self.aut_url(p.author)}">{esc(p.author)}</a></div>{modif}
</div>
	<div id="letexte" class="surlignable">
<div class="texte">{body}</div>
	</div><!-- Fin de #LeTexte -->
</div><!-- Fin de .texte -->
<div id="artrecents">
		<h2 title="Dans la même rubrique: {esc(cat)}">Dans la même rubrique...</h2>
		<ul>{lis}
		</ul>{tags}
</div>{forum}"""
        desc = " ".join(p.paragraphs)[:150]
        return self.doc(f"{p.title} - {self.b.name}", desc, "page_article", content, self.url[id(p)])

    def item_pages(self):
        for p in self.posts:
            yield (self.path(self.url[id(p)]), (p.last_modified, len(p.comments)),
                   lambda p=p: page(self.single(p), modified=p.last_modified, headers=HEADERS))

    def listing_pages(self, posts: list[Post], base_url: str, title: str, body_class: str, head: str,
                      crumbs: str) -> dict[str, str]:
        chunks = pages_of(posts, self.b.per_page)
        out = {}
        base = self.path(base_url)
        for k, chunk in enumerate(chunks):
            path = base if k == 0 else base + ("&" if "?" in base else "?") + f"debut_articles={k * self.b.per_page}"
            content = (f"{crumbs}\n<div class=\"texte\">\n<div class=\"cartouche\">\n<div class=\"titrepage\"><h1 class=\"surlignable\">{head}</h1></div>\n</div>"
                       f"\n\t<div id=\"letexte\" class=\"surlignable\">\n{self.listing(chunk, base_url, k, len(chunks))}\n\t</div>\n</div>")
            out[path] = self.doc(title, self.b.tagline, body_class, content, base_url)
        return out

    def home(self) -> dict[str, str]:
        b = self.b
        chunks = pages_of(self.posts, b.per_page)
        out = {}
        for k, chunk in enumerate(chunks):
            path = "/" if k == 0 else f"/?debut_articles={k * b.per_page}"
            blogroll = ""
            if b.blogroll:
                blogroll = ('\n<div id="sites">\n<h2>Sites favoris</h2>\n<ul>' + "".join(
                    f'\n<li><a href="{esc(u)}" class="spip_out" rel="external">{text(n)}</a></li>' for u, n in b.blogroll) + "\n</ul>\n</div>")
            content = (f'<div class="texte">\n<div id="quoideneuf">\n<h2>Quoi de neuf&nbsp;?</h2>\n'
                       f'{self.listing(chunk, self.base + "/", k, len(chunks))}\n</div>\n</div>{blogroll}')
            out[path] = self.doc(f"{b.name}", b.tagline, "page_sommaire", content, f"{self.base}/")
        return out

    def backend(self) -> str:
        items = []
        for p in self.ordered[:self.b.feed_items]:
            u = self.url[id(p)]
            subjects = "".join(f"\n\t\t<dc:subject>{x(t)}</dc:subject>" for t in [p.category] + p.tags)
            content = "\n".join(f"<p>{text(t)}</p>" for t in p.paragraphs)
            items.append(f"""
	<item xml:lang="fr">
		<title>{x(p.title)}</title>
		<link>{x(u)}</link>
		<guid isPermaLink="true">{x(u)}</guid>
		<dc:date>{to_utc(p.when):%Y-%m-%dT%H:%M:%SZ}</dc:date>
		<dc:format>text/html</dc:format>
		<dc:language>fr</dc:language>
		<dc:creator>{x(p.author)}</dc:creator>{subjects}
		<description>{x(content[:600])}</description>
		<content:encoded>{x(content)}</content:encoded>
	</item>""")
        return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel xml:lang="fr">
	<title>{x(self.b.name)}</title>
	<link>{self.base}/</link>
	<description>{x(self.b.tagline)}</description>
	<language>fr</language>
	<generator>SPIP - www.spip.net</generator>
	<atom:link href="{self.base}/spip.php?page=backend" rel="self" type="application/rss+xml" />{"".join(items)}
</channel>
</rss>
"""

    def sitemap(self) -> str:
        rows = [(f"{self.base}/", None)] + [(self.rub_url(c), None) for c in self.rubs]
        rows += [(self.url[id(p)], f"{(p.modified or p.when):%Y-%m-%d}") for p in self.ordered]
        body = "".join(f"<url><loc>{x(u)}</loc>" + (f"<lastmod>{lm}</lastmod>" if lm else "") + "</url>\n" for u, lm in rows)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                + body + "</urlset>\n")

    def not_found(self) -> str:
        content = (f'{self.crumbs([], "Erreur 404")}\n<div class="texte">\n<div class="cartouche">\n<div class="titrepage"><h1>Erreur 404</h1></div>\n</div>'
                   f'\n\t<div id="letexte" class="surlignable">\n<p>La page que vous demandez n&#8217;existe pas.</p>\n\t</div>\n</div>')
        return self.doc(f"Page introuvable - {self.b.name}", self.b.tagline, "page_404", content, f"{self.base}/")


def item_pages(blog: Blog, now: datetime = NOW):
    return _SC(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a SPIP + SoyezCreateurs newsroom keyed by path?query, and its 404 page."""
    s = _SC(blog, now)
    last = max((p.last_modified for p in blog.posts), default=now)
    html: dict[str, str] = dict(s.home())
    for cat in s.rubs:
        posts = [p for p in blog.posts if p.category == cat]
        html.update(s.listing_pages(posts, s.rub_url(cat), f"{cat} - {blog.name}", "page_rubrique", text(cat),
                                    s.crumbs([], text(cat))))
    for name in s.authors:
        posts = [p for p in blog.posts if p.author == name]
        if posts:
            html.update(s.listing_pages(posts, s.aut_url(name), f"{name} - {blog.name}", "page_auteur", esc(name),
                                        s.crumbs([], esc(name))))
    for tag in s.mots:
        posts = [p for p in blog.posts if tag in p.tags]
        html.update(s.listing_pages(posts, s.mot_url(tag), f"{tag} - {blog.name}", "page_mot", text(tag),
                                    s.crumbs([], text(tag))))
    out = {path: page(body, HTML, modified=last, headers=HEADERS) for path, body in html.items()}
    out.update(served(s, keep or {}))
    out["/spip.php?page=backend"] = page(s.backend(), RSS, modified=last, headers=HEADERS)
    out["/spip.php?page=sitemap.xml"] = out["/sitemap.xml"] = page(s.sitemap(), XML, modified=last, headers=HEADERS)
    out["/robots.txt"] = page(f"# robots.txt\n# @url: {s.base}\n# @generator: SPIP {VERSION}\n# @template: robots.txt.html\n\n"
                              "User-agent: *\nAllow:    /local/cache-css/\nAllow:    /local/cache-js/\nDisallow: /local/\n"
                              "Disallow: /ecrire/\nDisallow: /prive/\nDisallow: /squelettes-dist/\n"
                              f"Crawl-delay: {blog.crawl_delay or 1}\n\nSitemap: {s.base}/sitemap.xml", TEXT)
    return out, page(s.not_found(), status=404, headers=HEADERS)
