r"""An Eklablog blog (eklablog.com and its sister domains, on a sub-domain or the owner's own domain), the classic
engine the platform ran until its move onto Over-blog's in 2024-2025 (written blind).

Eklablog is closed source. Followed, from the corpus:
- proflebas/ChocolatLitteraire, a whole mirror of a real Eklablog blog (www.chocolatlitteraire.fr, early 2021):
  the article pages `/<slug>-a<id>` (index.html, synotetris-...-a128233368.html, faire-une-fiche-metier-...,
  methodologie-comment-ecrire-un-article-de-presse-..., dictee-audio-vendredi-retrouve-son-pere-...), the rubrique
  pages `/<slug>-c<id>` and `/<slug>-c<id>/N` (methodologie-c28845630/2.html), the tag pages `/tag/<tag>` and
  `/tag/<tag>/N` (tag/amour.html), the feeds `/rss`, `/rss/comments`, `/rss/<rubrique id>-<slug>` (and
  `/comments`), `/rss/<rubrique id>-<article id>-<slug>/comments` (rss/index.html, rss/comments/index.html,
  rss/28852402-128233368-.../comments/index.html), xmlrpc.php?rsd. From them: the head (title "Article - Blog",
  identifier-url, robots, canonical, og:*, EditURI, the two RSS alternates "Flux RSS des Articles" / "Flux RSS des
  Commentaires des articles", rel prev/next on paged rubriques), `body.page-type-article.page-id-<id>`, `#header`
  (`#titre_header`, `#slogan_header`, the rubriques menu `ul#menu`), the sidebar modules
  (`li.module_menu.module_menu_type_search|lastarticles|links2|stats` in `ul#ulmenu1` or `ul#ulmenu2`, each
  `div.module_menu_titre` + `div.module_menu_contenu > div.module_menu_contenu_block`), `#content` with
  `#breadcrumb` "Accueil >> Rubrique>> Titre" and `ul#ulmodules` of `li#module_article<id>` (`div.module_titre >
  h1.module_titre_contenu`, linked on listings, `div.module_contenu > div.module_contenu_block`), `div.article_info`
  "Par <a>auteur</a> dans <a>rubrique</a> le <span class="article_info_date">30 Janvier 2017 à 14:13</span>",
  `div.article_text` (TinyMCE's HTML, accents as named entities), `div.article_sharebtns`, the tags line "Tags :"
  (rel="tag"), `a.article_comments_link` ("votre commentaire", "1 commentaire", "N commentaires"),
  `p.article_readmore` "Lire la suite..." where a listing shows summaries, `div.pagination` (first/previous arrows,
  numbers with `span.pagination-current`, "...", next/last arrows, the "-- Aller à la page --" select), the
  rubrique's two RSS links; the comments module `li#module_article_comments<id>_comments` (`span#comments`
  "Commentaires", `div#comments-anchor`, "Aucun commentaire pour le moment") with `div#comment-<id>.comment_normal`
  (`div.commentnumber`, `div.commentpseudo` - the name, linked with rel="nofollow" to the site the visitor gave -,
  `div.commentdate` "Mercredi 18 Novembre 2020 à 23:24", the current year left out, "1er" for the first day,
  `div.commentbody` with `<br/>` line breaks and the "Répondre" link `?reply_comm=<id>#reply-form-<id>`), one level
  of replies (`ul.block-reply > li > ul#replies-<id>.replies > li.reply`), the owner's comments as `comment_admin`
  (name linked to the blog, member icon, avatar), in date order and numbered; "Suivre le flux RSS des
  commentaires", "Ajouter un commentaire" and the form (Nom / Pseudo, E-mail (facultatif), Site Web (facultatif),
  Commentaire, with its honeypot fields); the Eklablog menubar; the feeds' RSS 2.0 with CDATA titles, descriptions
  and content:encoded, dc:creator, dc:date, 10 items, `<generator>http://www.eklablog.com</generator>`, comment
  items titled "Nom - Article", and the owner's "protection" option (the description replaced by "Article original
  rédigé par X et publié sur Y / Reproduction interdite sans autorisation").
- bazooka07/kzEklablog (inc/update-links.php: `-a<id>` articles, `-p<id>` pages, `-c<id>` rubriques; the export's
  comments with their replies) and a feed-discovery library's Eklablog handler (`/rss`, `/rss/comments`, the
  platform's domains).
From memory (not in the corpus): robots.txt, the 404 page, what a closed article shows ("Les commentaires sont
fermés."), the summary's length on listings, the number of articles on a tag page (the blog's setting), and the
rubrique-feed URL's trailing slash (both forms are served). The brief's "Publié le" is not what the mirror shows.
Eklablog writes the visitor's comment text as typed (no auto-linking) and the article text as TinyMCE saved it
(no auto-linking either: the post's links are the author's anchors).

Every article belongs to one rubrique (the post's category), each rubrique is a listing `-c<id>` in the header
menu; the home page shows the rubrique chosen as home (here the one with most posts), so the other rubriques are
reached through the menu, the "Derniers articles" module, the tags and the feeds. A reply to a reply is shown in
its thread's one level of replies.
Host-dependent (deterministic): the theme (which side holds the modules, its CSS), whether rubriques show whole
articles or summaries, the feed protection option, the share buttons, the links module's title, the statistics
and latest-articles modules.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date, datetime
from html.entities import codepoint2name
from urllib.parse import quote, quote_plus

from sectorweb.dates import NOW, iso, rfc822
from sectorweb.families.common import RSS, TEXT, XML, Page, cdata, page, pages_of, served
from sectorweb.families.wordpress_block import host_choice
from sectorweb.model import Blog, Comment, Post

JOURS_EK = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"]
MOIS_EK = ["Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre",
           "Novembre", "Décembre"]
FEED_ITEMS = 10
SUMMARY = 300  # characters of a summary (memory)
LINKS_TITLES = ["Mes sites préférés", "Liens", "Mes liens", "Blogs amis"]
_EPOCH = date(2010, 1, 1)


def _h(*parts) -> int:
    return int(hashlib.md5(":".join(map(str, parts)).encode()).hexdigest()[:12], 16)


def esc(text: str) -> str:
    """htmlspecialchars() with ENT_COMPAT: &, <, > and " (apostrophes as typed)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def tiny(text: str) -> str:
    """Text as TinyMCE saves it (entity_encoding "named"): &, <, > and the accented letters as named entities."""
    out = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "".join(f"&{codepoint2name[ord(ch)]};" if ord(ch) > 127 and ord(ch) in codepoint2name else ch for ch in out)


def ek_slug(text: str) -> str:
    """The rubrique's or article's slug: ASCII, lower case, hyphens, cut at 70 characters (a trailing hyphen kept)."""
    text = unicodedata.normalize("NFKD", re.sub(r"<[^>]*>", " ", text)).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:70] or "sans-titre"


def blog_id(host: str) -> int:
    return 20_000_000 + _h("ek-blog", host) % 14_000_000


def profile_id(name: str) -> int:
    return 20_000_000 + _h("ek-profile", name.strip().lower()) % 14_000_000


def rubrique_id(host: str, name: str) -> int:
    return 26_000_000 + _h("ek-rub", host, name) % 8_000_000


def article_id(host: str, post: Post) -> int:
    days = max(0, (post.when.date() - _EPOCH).days)
    return 100_000_000 + days * 25_000 + post.id % 25_000


def comment_id(host: str, c: Comment) -> int:
    days = max(0, (c.when.date() - _EPOCH).days)
    return 60_000_000 + days * 8_000 + c.id % 8_000


def permalink(host: str, post: Post) -> str:
    return f"http://{host}/{ek_slug(post.title)}-a{article_id(host, post)}"


def feed_path(host: str) -> str:
    return "/rss"


def comment_anchor(host: str, c: Comment) -> str:
    return f"comment-{comment_id(host, c)}"


def tag_path(tag: str, n: int = 1) -> str:
    return f"/tag/{quote_plus(tag)}" + (f"/{n}" if n > 1 else "")


def settings(host: str) -> dict:
    return {"side": ("menu1", "menu2")[host_choice(host, "ek-side", 2)],
            "full": host_choice(host, "ek-full", 4) != 0,
            "protect": host_choice(host, "ek-protect", 4) == 0,
            "share": host_choice(host, "ek-share", 3) != 0,
            "links_title": LINKS_TITLES[host_choice(host, "ek-links", len(LINKS_TITLES))],
            "stats": host_choice(host, "ek-stats", 2) == 0,
            "latest": host_choice(host, "ek-latest", 5) != 0,
            "theme": 900_000 + host_choice(host, "ek-theme", 90_000)}


def info_date(d: datetime) -> str:
    """"30 Janvier 2017 à 14:13" (articles)."""
    return f"{d.day} {MOIS_EK[d.month - 1]} {d.year} à {d:%H:%M}"


def comment_date(d: datetime, now: datetime) -> str:
    """"Mercredi 18 Novembre 2020 à 23:24"; "Lundi 1er Juin"; the year left out when it is the current one."""
    day = "1er" if d.day == 1 else str(d.day)
    year = "" if d.year == now.year else f" {d.year}"
    return f"{JOURS_EK[d.weekday()]} {day} {MOIS_EK[d.month - 1]}{year} à {d:%H:%M}"


def plain(paragraphs: list[str]) -> str:
    return " ".join(" ".join(paragraphs).split())


def summary(text: str, n: int = SUMMARY) -> str:
    if len(text) <= n:
        return text
    cut = text[:n]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "..."


class _Eklablog:
    def __init__(self, blog: Blog, now: datetime = NOW):
        self.b = blog
        self.now = now
        self.host = blog.host
        self.base = f"http://{blog.host}"
        self.set = settings(blog.host)
        self.posts = blog.posts
        self.url = {id(p): permalink(blog.host, p) for p in self.posts}
        self.newest = sorted(self.posts, key=lambda p: (p.when, p.id), reverse=True)
        self.rubs: dict[str, tuple[int, str]] = {}
        counts: dict[str, int] = {}
        for p in sorted(self.posts, key=lambda q: (q.when, q.id)):
            if p.category not in self.rubs:
                self.rubs[p.category] = (rubrique_id(self.host, p.category), ek_slug(p.category))
            counts[p.category] = counts.get(p.category, 0) + 1
        order = list(self.rubs)
        self.home = max(order, key=lambda c: (counts[c], -order.index(c))) if order else None
        self.tags: dict[str, list[Post]] = {}
        for p in sorted(self.posts, key=lambda q: (q.when, q.id)):
            for t in dict.fromkeys(p.tags):
                self.tags.setdefault(t, []).append(p)

    # -- URLs ----------------------------------------------------------------------------------------------------
    def path(self, url: str) -> str:
        return url.removeprefix(self.base) or "/"

    def rub_url(self, cat: str, n: int | None = None) -> str:
        rid, slug = self.rubs[cat]
        return f"{self.base}/{slug}-c{rid}" + (f"/{n}" if n else "")

    def rub_feed(self, cat: str) -> str:
        rid, slug = self.rubs[cat]
        return f"{self.base}/rss/{rid}-{slug}"

    def aid(self, p: Post) -> int:
        return article_id(self.host, p)

    def post_feed(self, p: Post) -> str:
        rid, _ = self.rubs[p.category]
        return f"{self.base}/rss/{rid}-{self.aid(p)}-{ek_slug(p.title)}/comments"

    def profile(self, name: str) -> str:
        return f"https://www.eklablog.com/profile/{profile_id(name)}"

    # -- frame ---------------------------------------------------------------------------------------------------
    def doc(self, title: str, head: str, body_class: str, content: str) -> str:
        b, s = self.b, self.set
        menu = "".join(f'<li><a href="{self.rub_url(c)}">{esc(c)}</a></li>' for c in self.rubs)
        mods = self.modules()
        left = mods if s["side"] == "menu1" else ""
        right = mods if s["side"] == "menu2" else ""
        return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="Content-Language" content="fr" />

<title>{title}</title>

<meta name="identifier-url" content="{self.base}" />
<meta name="robots" content="index,follow" />
{head}<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{self.base}/xmlrpc.php?rsd" />


<link rel="stylesheet" media="screen" type="text/css" title="Design" href="https://assets.eklablog.com/themes/bootstrap-101336.css" />
<link rel="stylesheet" media="screen" type="text/css" title="Design" href="https://assets.eklablog.com/themes/style-35936.css" />
<link rel="stylesheet" media="screen" type="text/css" title="Design" id="css_theme" href="{self.base}/theme-{s['theme']}-105.css" />
<link rel="alternate" type="application/rss+xml" href="{self.base}/rss" title="Flux RSS des Articles" /><link rel="alternate" type="application/rss+xml" href="{self.base}/rss/comments" title="Flux RSS des Commentaires des articles" /><!--[if IE]>
<style type="text/css">
* {{zoom: 1;}}
</style>
<![endif]-->

<script type="text/javascript">
//<![CDATA[
var onJSFilesLoaded = [];

var lang = "fr_FR",
	textdir = "ltr",
    is_user = false,
    mobile = false,
	blog_url = "{self.host}",
    storage_domain = "ekladata.com",
	options = {{
		lightbox : true,
		imgtooltip : false,
		fullajax : false,
        rightclick : false
	}};
//]]>
</script>
<script type="text/javascript">
    window.dataLayer  = window.dataLayer || []
    window.dataLayer.push({{
        source: 'EKLABLOG',
        blogId: {blog_id(self.host)},
        connected: false,
        mobile: false
    }});
</script>
</head>
<body dir="ltr" class="{body_class}">

<div id="top"></div>

<div id="body">

<div id="background">

	<div id="header">
            <div id="header-link" onclick="window.location='/';">
                 <div id="titre_header"><a href="{self.base}/" rel="home">{esc(b.name)}</a></div>
                 <div id="slogan_header">{esc(b.tagline)}&nbsp;</div>
            </div>
		<ul id="menu">{menu}</ul>	</div>
	
	<div id="menu1_float">
		<div id="menu1">
			<div id="menu1_top"></div>
			<ul id="ulmenu1" class="ulmodule_menu">{left}</ul>			<div id="menu1_bottom"></div>
		</div>
	</div>
	
	<div id="menu2_float">
		<div id="menu2">
			<div id="menu2_top"></div>
			<ul id="ulmenu2" class="ulmodule_menu">{right}</ul>			<div id="menu2_bottom"></div>
		</div>
	</div>


	<div id="content">

{content}	</div>


	<div id="footer">
		<p>- {esc(b.name)} -</p>	</div>


</div>

</div>

<div id="menubarabsolute">

<div id="menubar" style="display: none;">

<table cellpadding="0" cellspacing="0">
<tr>
	<td id="menubar_logo">
		<a href="http://www.eklablog.com" title="Créer un blog gratuit avec EklaBlog"><img src="https://assets.eklablog.com/images/menubar/logo.png" /></a>
	</td>
	<td class="menubar_button" onclick="document.location='https://www.eklablog.com/';">
		<img src="https://assets.eklablog.com/images/menubar/icon_tick.png" alt="" class="icon" /> Créer mon blog	</td>
</tr>
</table>

</div>

</div>

<script type="text/javascript" src="https://assets.eklablog.com/js/compiled/lib-c0ad5cc4.js"></script>
</body>
</html>
"""

    def module_menu(self, mid: int, kind: str, title: str, block: str) -> str:
        return f"""
<li id="module_menu{mid}" class="module_menu module_menu_type_{kind}" data-id="{mid}">
	
	<div class="module_menu_titre" id="module_menu_titre{mid}">
			{title}
	</div>
	<div id="module_menu_contenu{mid}" class="module_menu_contenu">
		<div class="module_menu_contenu_block">
			{block}
		</div>
	</div>
</li>"""

    def modules(self) -> str:
        s, b = self.set, self.b
        base = 150_000_000 + _h("ek-mods", self.host) % 10_000_000
        out = self.module_menu(base, "search", "Recherche",
                               '\n<form action="/search" method="get">\n\t<input type="text" name="q" size="13" /><br />\n'
                               '\t<input type="submit" value="Rechercher" />\n</form>')
        if s["latest"]:
            lis = "".join(f'<li><a href="{self.url[id(p)]}">{esc(p.title)}</a></li>' for p in self.newest[:10])
            out += self.module_menu(base + 1, "lastarticles", "Derniers articles", f"<ul>{lis}</ul>")
        if b.blogroll:
            lis = "".join(f'<li><a target="_blank" href="{esc(u)}">{esc(n)}</a></li>' for u, n in b.blogroll)
            out += self.module_menu(base + 2, "links2", s["links_title"], f"<ul>{lis}</ul>")
        if s["stats"]:
            views = 1000 + _h("ek-views", self.host) % 90_000
            out += self.module_menu(base + 3, "stats", "Statistiques",
                                    f"<p>Nombre total de visiteurs : {views}</p>\n<p>Nombre total de pages vues : {views * 3}</p>")
        return out

    # -- articles ------------------------------------------------------------------------------------------------
    def article_text(self, p: Post) -> str:
        body = "\n".join(f"<p>{tiny(t)}</p>" for t in p.paragraphs)
        if p.links:
            body += "\n<p>" + tiny("À lire aussi : ") + ", ".join(f'<a href="{esc(u)}">{tiny(a)}</a>' for u, a in p.links) + "</p>"
        if p.source:
            body += f'\n<p>Source : <a href="{esc(p.source[1])}">{tiny(p.source[0])}</a></p>'
        return body

    def share(self, p: Post) -> str:
        if not self.set["share"]:
            return ""
        u = self.url[id(p)]
        return ('<div id="share_buttons" class="article_sharebtns"><iframe src="http://www.facebook.com/plugins/like.php?href='
                f'{u}&amp;layout=button_count&amp;show_faces=false&amp;width=90&amp;action=like&amp;font&amp;colorscheme=light&amp;height=21" '
                'scrolling="no" frameborder="0" style="border:none; overflow:hidden; width:90px; height:21px;" allowTransparency="true">'
                '<br /></iframe><iframe allowtransparency="true" frameborder="0" scrolling="no" '
                f'src="http://platform.twitter.com/widgets/tweet_button.html?url={u}&amp;text={quote(p.title)}&amp;count=horizontal" '
                'style="width: 110px; height: 20px;"></iframe></div><br />')

    def tags_line(self, p: Post) -> str:
        tags = list(dict.fromkeys(p.tags))
        if not tags:
            return ""
        links = ", ".join(f'<a href="{self.base}{tag_path(t)}" rel="tag">{esc(t)}</a>' for t in tags)
        return f'<img src="https://assets.eklablog.com/images/icon_tag.png" alt="Tags" class="icon" /> <strong>Tags :</strong> {links}<br />'

    def comments_link(self, p: Post) -> str:
        n = len(p.comments)
        if n == 0 and not p.comments_open:
            return ""
        text = "votre commentaire" if n == 0 else "1 commentaire" if n == 1 else f"{n} commentaires"
        return (f'<a href="{self.url[id(p)]}#comments" class="article_comments_link"><img src="https://assets.eklablog.com/images/icon_comment.png" '
                f'alt="" class="icon" /> {text}</a>')

    def listed(self, p: Post, full: bool, rubrique: bool, nofollow: bool) -> str:
        a, u = self.aid(p), self.url[id(p)]
        rel = ' rel="nofollow"' if nofollow else ""
        where = "" if rubrique else f' dans <a href="{self.rub_url(p.category)}">{esc(p.category)}</a>'
        if full:
            inner = (f'\n\t<div class="article_info">\n\t\tPar <a href="{self.profile(p.author)}"{rel}>{esc(p.author)}</a>{where} le '
                     f'<span class="article_info_date">{info_date(p.when)}</span>\n\t</div>\n'
                     f'\t<div class="article_text">\n\t\t{self.article_text(p)}\n\t</div>{self.share(p)}{self.tags_line(p)}{self.comments_link(p)}')
        else:
            inner = (f'\n\t\t\t\t<div class="article_info">\n\t\t\t\t\tPar <a href="{self.profile(p.author)}">{esc(p.author)}</a>{where} le '
                     f'{info_date(p.when)}\n\t\t\t\t</div>\n                <div class="article_text">\n                    '
                     f'{esc(summary(plain(p.paragraphs)))}\n                </div>\n\t\t\t\t<p class="article_readmore">\n'
                     f'                    <a href="{u}" rel="nofollow">Lire la suite...</a>\n                </p>')
        return f"""
<li id="module_article{a}">
	
	<div class="module_titre">
	<div class="module_tools" style="display: none;"></div>
	<h1 id="module_titre_article{a}" class="module_titre_contenu"><a href="{u}">{esc(p.title)}</a></h1>
	</div>
	<div id="module_contenu_article{a}" class="module_contenu">
		<div class="module_contenu_block">
			{inner}
		</div></div>
	<div class="module_bottom"></div>
</li>"""

    # -- comments ------------------------------------------------------------------------------------------------
    def threads(self, p: Post) -> list[tuple[Comment, list[Comment]]]:
        """Top-level comments in date order, each with all its thread's replies (one level) in date order."""
        by_id = {c.id: c for c in p.comments}

        def root(c: Comment) -> Comment:
            seen = set()
            while c.parent in by_id and c.id not in seen:
                seen.add(c.id)
                c = by_id[c.parent]
            return c
        tops: dict[int, list[Comment]] = {}
        for c in sorted(p.comments, key=lambda c: (c.when, c.id)):
            r = root(c)
            if r is c:
                tops.setdefault(c.id, [])
            else:
                tops.setdefault(r.id, []).append(c)
        return [(by_id[i], sorted(rs, key=lambda c: (c.when, c.id))) for i, rs in
                sorted(tops.items(), key=lambda kv: (by_id[kv[0]].when, kv[0]))]

    def guest_text(self, c: Comment) -> str:
        return "<br/><br/>".join(esc(t).replace("\n", "<br/>") for t in c.text)

    def admin_text(self, c: Comment) -> str:
        return "".join(f"<p>{tiny(t)}</p>" for t in c.text)

    def pseudo(self, c: Comment, reply: bool) -> str:
        if c.by_author:
            icon = (f'\n\t\t\t\t\t<a href="{self.profile(c.author)}" onmouseover="Help.bubble(this, &quot;Profil de {esc(c.author)}&quot;);">\n'
                    f'\t\t\t\t\t\t<img src="https://assets.eklablog.com/images/icon_member.png" alt="Profil de {esc(c.author)}" class="icon" />\n\t\t\t\t\t</a>')
            return f'\n\t\t\t\t\t\t\n\t\t\t\t\t\t\t\t<a href="{self.base}/">{esc(c.author)}</a>{icon}\n\t\t\t\t\t'
        if c.url:
            return f'\n\t\t\t<a href="{esc(c.url)}" rel="nofollow">{esc(c.author)}</a>\n\t\t'
        return f"\n\t\t\t{esc(c.author)}\n\t\t"

    def reply_li(self, c: Comment) -> str:
        cls = "comment_admin" if c.by_author else "comment_normal"
        avatar = ""
        body = self.guest_text(c)
        if c.by_author:
            avatar = (f'\n\t\t\t\t<div class="commentavatar">\n\t\t\t\t\t<a href="{self.profile(c.author)}">\n'
                      f'\t\t\t\t\t\t<img src="http://ekladata.com/{hashlib.md5(c.author.encode()).hexdigest()[:27]}@100x100.jpg" '
                      f'alt="{esc(c.author)}" width="70" />\n\t\t\t\t\t</a>\n\t\t\t\t</div>')
            body = self.admin_text(c)
        return (f'<li class="reply {cls}" id="comment-{comment_id(self.host, c)}">\n\t\t\t\t            <div class="commentheader">\n'
                f'\t\t\t\t\t\t\t\t<div class="commentpseudo">{self.pseudo(c, True)}</div>\n'
                f'\t\t\t\t\t<div class="commentdate">{comment_date(c.when, self.now)}\n\t\t\t\t\t</div>\n'
                f'\t\t\t\t\t<div style="clear: both;"></div>\n\t\t\t\t</div>\n'
                f'\t\t\t\t<div class="commentbody">{avatar}{body}</div></li>')

    def comment_div(self, p: Post, num: int, c: Comment, replies: list[Comment]) -> str:
        cid = comment_id(self.host, c)
        cls = "comment_admin" if c.by_author else "comment_normal"
        body = self.admin_text(c) if c.by_author else self.guest_text(c)
        reply = ""
        if p.comments_open:
            reply = f'<div class="comment-reply"><a href="{self.url[id(p)]}?reply_comm={cid}#reply-form-{cid}">Répondre</a></div>'
        block = ""
        if replies:
            block = (f'\n\t\t\t\t\t<ul class="block-reply">\n\t\t\t\t\n\t\t\t\t\t\t<li><ul id="replies-{cid}" class="replies">'
                     + "".join(self.reply_li(r) for r in replies) + "\n\t\t\t\t\t\t\t</ul>\n\t\t\t\t\t\t</li>\n\t\t\t\t\t</ul>")
        else:
            block = '\n\t\t\t\t\t<ul class="block-reply">\n\t\t\t\t</ul>'
        return f"""
	<div id="comment-{cid}" class="{cls}">
	<div class="commentheader">
		<div class="commentnumber">{num}</div>
		<div class="commentpseudo">{self.pseudo(c, False)}</div>
		<div class="commentdate">{comment_date(c.when, self.now)}
		</div>
		<div style="clear: both;"></div>
	</div>
	<div class="commentbody">{body}{reply}{block}<div style="clear: both;"></div>
	</div>
	</div>"""

    def comment_form(self, p: Post) -> str:
        if not p.comments_open:
            return "\n\t\t<br /><br />\n\t\t<strong>Les commentaires sont fermés.</strong>\n"
        h = _h("ek-form", self.host, p.id)
        names = [f"pseudo_{(h >> (4 * i)) & 0xFFFFFFFFFF:010x}" for i in range(3)]
        trap = "".join(f'<input type="text" value="" name="{n}" tabindex="{2000 + i}" style="width: 200px;position: absolute; left: -3000px;" maxlength="20" />'
                       for i, n in enumerate(names[1:]))
        return f"""
		<br /><br />

		<strong><img src="https://assets.eklablog.com/images/icon_comment_add.png" alt="" class="icon" /> Ajouter un commentaire</strong>
		<br /><br />
		<form action="/{ek_slug(p.title)}-a{self.aid(p)}#comments-anchor" method="post" id="commentform" class="comment-form">
		Nom / Pseudo :<br /><input type="text" value="" name="{names[0]}" tabindex="78" style="width: 200px;" maxlength="20" />{trap} <span class="form_pseudoexists" style="font-weight: bold"></span><br />E-mail (facultatif) :<br />
		<input type="text" value="" name="mavail" class="form_mavail" style="width: 200px;" maxlength="320" tabindex="106" /> <span class="form_mailinvalide" style="color: red; font-weight: bold;"></span><br />
	    Site Web (facultatif) :<br />
		<input type="text" value="http://" name="savite" class="form_savite" style="width: 200px;" maxlength="100" tabindex="107" /> <span class="form_siteinvalide" style="color: red; font-weight: bold;"></span><br />Commentaire :<br />
		<textarea name="cavom" class="form_cavom" tabindex="108"></textarea><br />
	    
	    <input name="notification_answer" id="form_notification_answer" type="checkbox" checked="checked" tabindex="109" />
		<label for="form_notification_answer">Me prévenir par mail en cas de réponse</label>
	    <br /><input type="text" value="trap_{h & 0xFFFFFFFFFF:010x}" tabindex="2000" style="display: none;" autocomplete="off" onfocus="this.blur();" />
			<input type="submit" value="Envoyer" tabindex="110" />
		</form>
"""

    def comments_module(self, p: Post) -> str:
        a = self.aid(p)
        threads = self.threads(p)
        if threads:
            items = "".join(self.comment_div(p, i, c, rs) for i, (c, rs) in enumerate(threads, 1))
        else:
            items = "Aucun commentaire pour le moment<br /><br />"
        return f"""
<li id="module_article_comments{a}_comments">
	
	<div class="module_titre">
	<div class="module_tools" style="display: none;"></div>
	<h1 id="module_titre_article_comments{a}_comments" class="module_titre_contenu"><span id="comments">Commentaires</span></h1>
	</div>
	<div id="module_contenu_article_comments{a}_comments" class="module_contenu">
		<div class="module_contenu_block">
			<div id="comments-anchor"></div>{items}<a href="{self.post_feed(p)}" rel="nofollow"><img src="https://assets.eklablog.com/images/icon_rss.png" alt="" class="icon" /> Suivre le flux RSS des commentaires</a><br />{self.comment_form(p)}		</div></div>
	<div class="module_bottom"></div>
</li>"""

    def single(self, p: Post) -> str:
        a, u = self.aid(p), self.url[id(p)]
        desc = summary(plain(p.paragraphs), 250)
        head = (f'<link rel="canonical" href="{u}" />\n\n\n\n<meta property="og:title" content="{esc(p.title)}"/>\n'
                f'<meta property="og:type" content="article"/>\n<meta property="og:url" content="{u}"/>\n'
                f'<meta property="og:site_name" content="{esc(self.b.name)}"/>\n<meta property="og:description" content="{esc(desc)}"/>')
        article = f"""
<li id="module_article{a}">
	
	<div class="module_titre">
	<div class="module_tools" style="display: none;"></div>
	<h1 id="module_titre_article{a}" class="module_titre_contenu">{esc(p.title)}</h1>
	</div>
	<div id="module_contenu_article{a}" class="module_contenu">
		<div class="module_contenu_block">
			
<div class="article_info">
Par <a href="{self.profile(p.author)}">{esc(p.author)}</a> dans <a href="{self.rub_url(p.category)}">{esc(p.category)}</a> le <span class="article_info_date">{info_date(p.when)}</span>
</div>
<div class="article_text">{self.article_text(p)}
</div>{self.share(p)}{self.tags_line(p)}
		</div></div>
	<div class="module_bottom"></div>
</li>"""
        content = (f'        <div id="breadcrumb"><a href="{self.base}/">Accueil</a> &gt;&gt; <a href="{self.rub_url(p.category)}">'
                   f'{esc(p.category)}</a>&gt;&gt; {esc(p.title)}</div>\n        <ul id="ulmodules" class="ulmodules">'
                   f'{article}{self.comments_module(p)}</ul>')
        return self.doc(f"{esc(p.title)} - {esc(self.b.name)}", head + "\n", f"page-type-article page-id-{a}", content)

    def item_pages(self):
        for p in self.posts:
            yield (self.path(self.url[id(p)]), (p.last_modified, len(p.comments)),
                   lambda p=p: page(self.single(p)))

    # -- listings ------------------------------------------------------------------------------------------------
    def pagination(self, n: int, total: int, url) -> str:
        if total < 2:
            return ""
        out = []
        if n > 1:
            out.append(f'<a href="{url(1)}" rel="nofollow" onmouseover="Help.bubble(this, &quot;Première page&quot;)" class="pagination-arrow">'
                       '<img src="https://assets.eklablog.com/images/2leftarrow.png" alt="Première page" class="icon" /></a>')
            out.append(f'<a href="{url(n - 1)}" rel="nofollow" onmouseover="Help.bubble(this, &quot;Page précédente&quot;)" class="pagination-arrow">'
                       '<img src="https://assets.eklablog.com/images/1leftarrow.png" alt="Page précédente" class="icon" /></a>')
        start = max(1, min(n - 3, total - 6))
        end = min(total, start + 6)
        if start > 1:
            out.append("...")
        for k in range(start, end + 1):
            out.append(f'<span class="pagination-current">{k}</span>' if k == n else f'<a href="{url(k)}" class="pagination-num">{k}</a>')
        if end < total:
            out.append("...")
        if n < total:
            out.append(f'<a href="{url(n + 1)}" rel="nofollow" onmouseover="Help.bubble(this, &quot;Page suivante&quot;)" class="pagination-arrow">'
                       '<img src="https://assets.eklablog.com/images/1rightarrow.png" alt="Page suivante" class="icon" /></a>')
            out.append(f'<a href="{url(total)}" rel="nofollow" onmouseover="Help.bubble(this, &quot;Dernière page&quot;)" class="pagination-arrow">'
                       '<img src="https://assets.eklablog.com/images/2rightarrow.png" alt="Dernière page" class="icon" /></a>')
        pattern = self.path(url(999999)).replace("999999", "{page}")
        options = "".join(f'<option value="{k}">{k}</option>' for k in range(1, total + 1))
        select = (f"<select onchange=\"Loader.loadPage({{pathname:'{pattern}'.replace('{{page}}',this.value), hash:''}});\">"
                  f'<option value="0">-- Aller à la page --</option>{options}</select>')
        return '<div class="pagination">' + " ".join(out) + " " + select + "</div>"

    def rubrique_pages(self, cat: str) -> dict[str, str]:
        rid, slug = self.rubs[cat]
        posts = [p for p in self.posts if p.category == cat]
        chunks = pages_of(sorted(posts, key=lambda p: (p.when, p.id)), self.b.per_page)
        total = len(chunks)
        out = {}
        for n, chunk in enumerate(chunks, 1):
            chunk = sorted(chunk, key=lambda p: (p.when, p.id), reverse=True)
            for home in ((False, True) if (cat == self.home and n == 1) else (False,)):
                items = "".join(self.listed(p, self.set["full"], True, home) for p in chunk)
                if not items:
                    items = ""
                last_li = items.rfind("</div></div>")
                tail = (f'{self.pagination(n, total, lambda k: self.rub_url(cat, k))}<br /><br /><br />'
                        f'<a href="{self.rub_feed(cat)}" rel="nofollow"><img src="https://assets.eklablog.com/images/icon_rss.png" alt="" class="icon" /> '
                        f'Suivre le flux RSS des articles de cette rubrique</a><br /><a href="{self.rub_feed(cat)}/comments" rel="nofollow">'
                        '<img src="https://assets.eklablog.com/images/icon_rss.png" alt="" class="icon" /> Suivre le flux RSS des commentaires de cette rubrique</a><br />\n\t\t')
                if last_li >= 0:
                    items = items[:last_li] + tail + items[last_li:]
                header = f"""
<li id="module_articles{rid}">
	
	<div class="module_titre">
	<div class="module_tools" style="display: none;"></div>
	<h1 id="module_titre_articles{rid}" class="module_titre_contenu">{esc(cat)}</h1>
	</div>
	<div id="module_contenu_articles{rid}" class="module_contenu">
		<div class="module_contenu_block">
			{"<p>" + tiny(self.b.tagline) + "</p>" if home else ""}
		</div></div>
	<div class="module_bottom"></div>
</li>""" if n == 1 else ""
                crumb = "" if home else (f'        <div id="breadcrumb"><a href="{self.base}/">Accueil</a> &gt;&gt; {esc(cat)}</div>\n')
                content = f'{crumb}        <ul id="ulmodules" class="ulmodules">{header}{items}</ul>'
                label = f" - (page {n})" if n > 1 else ""
                head = (f'<link rel="canonical" href="{self.base}/" />\n' if home else "")
                if n > 1:
                    head += f'<link rel="prev" href="{self.rub_url(cat, n - 1)}">\n'
                if n < total:
                    head += f'<link rel="next" href="{self.rub_url(cat, n + 1)}">\n'
                html = self.doc(f"{esc(cat)}{label} - {esc(self.b.name)}", head, f"page-type-articles page-id-{rid}", content)
                if home:
                    out["/"] = html
                else:
                    if n == 1:
                        out[self.path(self.rub_url(cat))] = html
                    out[self.path(self.rub_url(cat, n))] = html
        return out

    def tag_pages(self, tag: str, posts: list[Post]) -> dict[str, str]:
        chunks = pages_of(posts, self.b.per_page)
        total = len(chunks)
        out = {}
        for n, chunk in enumerate(chunks, 1):
            chunk = sorted(chunk, key=lambda p: (p.when, p.id), reverse=True)
            items = "".join(self.listed(p, False, False, False) for p in chunk)
            pager = self.pagination(n, total, lambda k: self.base + tag_path(tag, k))
            content = (f'        <div id="breadcrumb"><a href="{self.base}/">Accueil</a> &gt;&gt; tags</div>\n'
                       f'        <ul id="ulmodules" class="ulmodules">\n<li id="module_pagetags">\n\t\n\t<div class="module_titre">\n'
                       f'\t<div class="module_tools" style="display: none;"></div>\n\t<h1 id="module_titre_pagetags" class="module_titre_contenu">Tag {esc(tag)}</h1>\n'
                       f'\t</div>\n\t<div id="module_contenu_pagetags" class="module_contenu">\n\t\t<div class="module_contenu_block">\n'
                       f'\t\t\t<big><strong>Résultats pour la recherche du tag <em>{esc(tag)}</em> :</strong></big>\n\t\t</div></div>\n'
                       f'\t<div class="module_bottom"></div>\n</li>{items}</ul>{pager}')
            out[tag_path(tag, n)] = self.doc(f"Tag {esc(tag)} - {esc(self.b.name)}", "", "page-type-tags", content)
        return out

    def not_found(self) -> str:
        content = ('        <ul id="ulmodules" class="ulmodules">\n<li id="module_error">\n\t<div class="module_titre">\n'
                   '\t<h1 class="module_titre_contenu">Page introuvable</h1>\n\t</div>\n\t<div class="module_contenu">\n'
                   '\t\t<div class="module_contenu_block">La page demandée n\'existe pas ou a été supprimée.</div></div>\n</li></ul>')
        return self.doc(f"Page introuvable - {esc(self.b.name)}", "", "page-type-error", content)

    # -- feeds ---------------------------------------------------------------------------------------------------
    def channel(self, title: str, desc: str, items: str, last: datetime) -> str:
        return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"\n xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
                f' xmlns:content="http://purl.org/rss/1.0/modules/content/">\n<channel>\n\t<title>{cdata(title)}</title>\n'
                f"\t<description>{cdata(desc)}</description>\n\t<pubDate>{rfc822(last)}</pubDate>\n\t<link>{self.base}</link>\n"
                f"\t<language>fr</language>\n\t<generator>http://www.eklablog.com</generator>\n\t{items}\n</channel>\n</rss>\n")

    def posts_feed(self, posts: list[Post], title: str, desc: str) -> str:
        items = ""
        for p in sorted(posts, key=lambda q: (q.when, q.id), reverse=True)[:FEED_ITEMS]:
            u = self.url[id(p)]
            content = self.article_text(p) + "<br /><br />" + self.share(p)
            if self.set["protect"]:
                notice = (f"Article original r&eacute;dig&eacute; par {esc(p.author)} et publi&eacute; sur {tiny(self.b.name)} \n"
                          " Reproduction interdite sans autorisation")
                content += (f'<hr />Article original rédigé par {esc(p.author)} et publié sur <a href="{self.base}">{esc(self.b.name)}</a> '
                            "<br /> Reproduction interdite sans autorisation")
            else:
                notice = tiny(summary(plain(p.paragraphs)))
            items += (f"\n\t<item>\n\t\t<title>{cdata(p.title)}</title>\n\t\t<link>{u}</link>\n\t\t<description>{cdata(notice)}</description>\n"
                      f"\t\t<content:encoded>{cdata(content)}</content:encoded>\n\t\t<pubDate>{rfc822(p.when)}</pubDate>\n"
                      f'\t\t<guid isPermaLink="true">{u}</guid>\n\t\t<dc:creator>{cdata(p.author)}</dc:creator>\n'
                      f"\t\t<dc:date>{iso(p.when)}</dc:date>\n\t</item>")
        last = max((p.when for p in posts), default=self.now)
        return self.channel(title, desc, items, last)

    def comments_feed(self, posts: list[Post], title: str, desc: str) -> str:
        pairs = [(c, p) for p in posts for c in p.comments]
        pairs.sort(key=lambda cp: (cp[0].when, cp[0].id), reverse=True)
        items = ""
        for c, p in pairs[:FEED_ITEMS]:
            link = f"{self.url[id(p)]}#comment-{comment_id(self.host, c)}"
            text = "\n".join(c.text)
            body = self.admin_text(c) if c.by_author else self.guest_text(c)
            items += (f"\n\t<item>\n\t\t<title>{cdata(f'{c.author} - {p.title.strip()}')}</title>\n\t\t<link>{link}</link>\n"
                      f"\t\t<description>{cdata(f'{c.author} - {summary(text)}')}</description>\n"
                      f"\t\t<content:encoded>{cdata(body)}</content:encoded>\n\t\t<pubDate>{rfc822(c.when)}</pubDate>\n"
                      f'\t\t<guid isPermaLink="true">{link}</guid>\n\t\t<dc:creator>{cdata(c.author)}</dc:creator>\n'
                      f"\t\t<dc:date>{iso(c.when)}</dc:date>\n\t</item>")
        last = max((c.when for c, _ in pairs), default=self.now)
        return self.channel(title, desc, items, last)

    def rsd(self) -> str:
        bid = blog_id(self.host)
        apis = "".join(f'\n      <api name="{n}" blogID="{bid}" preferred="{"true" if i == 0 else "false"}" apiLink="{self.base}/xmlrpc.php" />'
                       for i, n in enumerate(["MetaWeblog", "WordPress", "Movable Type", "Blogger"]))
        return ('<?xml version="1.0" encoding="utf-8"?><rsd version="1.0" xmlns="http://archipelago.phrasewise.com/rsd">\n  <service>\n'
                '    <engineName>EklaBlog</engineName>\n    <engineLink>http://www.eklablog.com/</engineLink>\n'
                f"    <homePageLink>{self.base}/</homePageLink>\n    <apis>{apis}\n    </apis>\n  </service>\n</rsd>")


def item_pages(blog: Blog, now: datetime = NOW):
    return _Eklablog(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of an Eklablog blog keyed by path?query, and its 404 page."""
    t = _Eklablog(blog, now)
    keep = keep or {}
    out: dict[str, Page] = {}
    name = blog.name
    for cat in t.rubs:
        for path, html in t.rubrique_pages(cat).items():
            out[path] = page(html)
        feed = t.path(t.rub_feed(cat))
        posts = [p for p in blog.posts if p.category == cat]
        out[feed] = page(t.posts_feed(posts, name, "Flux RSS des articles de la rubrique " + cat), RSS)
        out[feed + "/"] = out[feed]
        out[feed + "/comments"] = page(t.comments_feed(posts, f"{name} - Commentaires",
                                                       "Flux RSS des commentaires de la rubrique " + cat), RSS)
    if "/" not in out:  # a blog without any article: the home rubrique is empty
        out["/"] = page(t.doc(esc(name), "", "page-type-articles", '        <ul id="ulmodules" class="ulmodules"></ul>'))
    out.update(served(t, keep))
    for p in blog.posts:
        out[t.path(t.post_feed(p))] = page(t.comments_feed([p], f"{name} - Commentaires",
                                                            "Flux RSS des commentaires de l'article"), RSS)
    for tag, posts in t.tags.items():
        for path, html in t.tag_pages(tag, posts).items():
            out[path] = page(html)
    out["/rss"] = page(t.posts_feed(blog.posts, name, "Flux RSS des articles"), RSS)
    out["/rss/comments"] = page(t.comments_feed(blog.posts, f"{name} - Commentaires",
                                                "Flux RSS des commentaires des articles"), RSS)
    out["/xmlrpc.php?rsd"] = page(t.rsd(), XML)
    out["/robots.txt"] = page("User-agent: *\nDisallow: /search\nDisallow: /xmlrpc.php\n", TEXT)
    return out, page(t.not_found(), status=404)


# "Répondre" opens the same article page with the reply form under the comment
IGNORED_PARAMS: set[str] = {"reply_comm", "utm_source", "utm_medium", "utm_campaign"}
