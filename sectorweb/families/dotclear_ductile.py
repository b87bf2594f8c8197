"""Dotclear 2 with its Ductile theme, French locale (written blind, from dotclear/dotclear before Ductile
became Ductile2026 (commit b489fdcf6^): themes/ductile/tpl/home.html, post.html, _simple-entry.html,
_entry-full.html, _entry-short.html, _pagination.html, _top.html, _footer.html, _sidebar.html,
category.html, tag.html, archive_month.html, 404.html; plugins/widgets/src/Widgets.php and
WidgetsElement.php (renderDiv/renderTitle: <h2> titles for mustek-based themes), plugins/blogroll/src
(Links widget); inc/public/default-templates/mustek/atom.xml, rss2.xml; locales/fr/public.po).

URLs: per host, URL rewriting on (`/post/2026/03/04/Slug`), or Dotclear's two scan modes
(`/index.php/post/...`, `/index.php?post/...`); home `/`, `page/2`, `category/Slug`, `tag/Slug`,
`archive/2026/03`, `feed/atom`, `feed/rss2`, `feed/atom/comments`, `feed/atom/comments/ID`
(`BlogFeedURL type="atom"`/comments/ID), `trackback/ID`, the sitemaps plugin's `sitemap.xml` where the host
has it. Slugs keep the title's case, as Dotclear's tidyURL does. Dates: the blog's date_format varies by
host ("%A %e %B %Y": "mardi  4 mars 2025", or "%d/%m/%Y"), time "%H:%M"; comments "04/03/2025, 10:15"
(the template's own format). Comments: a flat list in date order (Dotclear does not thread), numbered,
class "me" for the post's author, the commenter's site on the name (rel="ugc nofollow"), content as
paragraphs with URLs linked; "pas de réactions / une réaction / N réactions"; the form and the trackback
URL where comments are open. Sidebar: search, navigation, categories, tags, links (blogroll), subscribe.
"""
from __future__ import annotations

import hashlib
from datetime import datetime
from urllib.parse import quote

from sectorweb.dates import JOURS, MOIS, NOW, iso, to_utc
from sectorweb.families.common import ATOM, RSS, TEXT, XML, Page, esc, page, pages_of, paras, post_pages, served
from sectorweb.families.wordpress_block import host_choice
from sectorweb.feeds import urlset, x
from sectorweb.model import Blog, Comment, Post

SCHEMES = ["path", "path_info", "query_string"]


def scheme_of(host: str) -> str:
    return SCHEMES[(0, 0, 1, 2)[host_choice(host, "dotclear-ductile-url", 4)]]


def front(host: str) -> str:
    """The blog URL's path, with its separator: '/', '/index.php/' or '/index.php?'."""
    return {"path": "/", "path_info": "/index.php/", "query_string": "/index.php?"}[scheme_of(host)]


def tidy(text: str) -> str:
    from sectorweb.families import make_slug
    return make_slug("dotclear", text, set())


def post_slug(post: Post) -> str:
    """The post's slug with the title's case (Dotclear keeps it), the generator's slug otherwise."""
    base = tidy(post.title)
    if post.slug[:len(base)].lower() != base.lower()[:len(post.slug)]:
        return post.slug
    return "".join(b if b.lower() == s else s for s, b in zip(post.slug, base)) + post.slug[len(base):]


def permalink(host: str, post: Post) -> str:
    return f"http://{host}{front(host)}post/{post.when:%Y/%m/%d}/{quote(post_slug(post), safe='-_.~')}"


def feed_path(host: str) -> str:
    return front(host) + "feed/atom"


def comment_anchor(host: str, c: Comment) -> str:
    return f"c{c.id}"


def date_str(host: str, d: datetime) -> str:
    if host_choice(host, "dotclear-ductile-date", 3) == 0:
        return f"{d:%d/%m/%Y}"
    return f"{JOURS[d.weekday()]} {d.day:>2} {MOIS[d.month - 1]} {d.year}"


def plural(n: int, none: str, one: str, more: str) -> str:
    return none if n == 0 else one if n == 1 else more % n


class _Ductile:
    def __init__(self, blog: Blog, now: datetime = NOW):
        self.b = blog
        self.now = now
        self.host = blog.host
        self.base = f"http://{blog.host}"
        self.f = front(blog.host)
        self.posts = blog.posts
        self.url = {id(p): permalink(blog.host, p) for p in self.posts}
        self.cats: dict[str, str] = {}
        for p in self.posts:
            self.cats.setdefault(p.category, tidy(p.category))
        self.tags: dict[str, str] = {}
        for p in self.posts:
            for t in p.tags:
                self.tags.setdefault(t, tidy(t))
        self.pings = host_choice(blog.host, "dotclear-ductile-pings", 2) == 1
        self.sitemap = host_choice(blog.host, "dotclear-ductile-sitemap", 2) == 1

    def u(self, rel: str) -> str:
        """Site-relative path of a Dotclear URL part ('' for the home: the blog URL itself)."""
        return self.f + rel

    def full(self, rel: str) -> str:
        return self.base + self.u(rel)

    def cat_url(self, c: str) -> str:
        return self.full("category/" + quote(self.cats[c], safe="-_.~"))

    def tag_url(self, t: str) -> str:
        return self.full("tag/" + quote(self.tags[t], safe="-_.~"))

    # -- frame -------------------------------------------------------------------------------
    def doc(self, title: str, body_class: str, content: str, head: str = "") -> str:
        b = self.b
        return f"""<!DOCTYPE html>
<html lang="fr">
<head>
	<meta charset="UTF-8" />
	<meta name="ROBOTS" content="INDEX, FOLLOW" />

	<title>{esc(title)}</title>
{head}
	<link rel="alternate" type="application/atom+xml" title="Atom 1.0" href="{self.full('feed/atom')}" />

	<!-- media queries -->
<meta name="viewport" content="width=device-width, initial-scale=1.0" />

<link rel="preload" href="{self.base}/themes/ductile/style.css" as="style" />
<link rel="stylesheet" type="text/css" href="{self.base}/themes/ductile/style.css" media="screen" />
<link rel="stylesheet" type="text/css" href="{self.full('pf=print.css') if self.f.endswith('?') else self.base + self.f + '?pf=print.css'}" media="print" />
</head>
<body class="{body_class}">
	<div id="page">
		<div id="header">

	<div id="top">
		<p id="logo" class="nosmall"><a href="{self.full('')}"><img src="{self.base}/themes/ductile/img/logo.png" alt="Accueil" /></a></p>
		<h1><a href="{self.full('')}"><span>{esc(b.name)}</span></a></h1>
		<p id="blogdesc" class="nosmall">{esc(b.tagline)}</p>
	</div>

	<ul id="prelude">
		<li class="nosmall"><a href="#main">Aller au contenu</a></li>
		<li><a href="#blognav">Aller au menu</a></li>
		<li><a href="#search">Aller à la recherche</a></li>
	</ul>

</div>

		<div id="wrapper">

			<div id="main">
				<div id="content">
{content}
				</div> <!-- End #content -->
			</div> <!-- End #main -->

			{self.sidebar()}

		</div> <!-- End #wrapper -->

		<ul id="gotop" class="supranav nobig"><li><a href="#top">Haut de page</a></li></ul>

<div id="footer">
	<div id="blogcustom">
			</div> <!-- End #custom widgets -->

	<p>Propulsé par <a href="https://dotclear.org/">Dotclear</a></p>
</div>
	</div> <!-- End #page -->
</body>
</html>
"""

    def sidebar(self) -> str:
        action = self.full("") if self.f == "/" else self.base + "/index.php"
        nav = (f'<div class="widget" id="search"><h2><label for="q">Rechercher</label></h2><form action="{action}" method="get" role="search">'
               f'<p><input type="text" size="10" maxlength="255" id="q" name="q" value="" aria-label="Rechercher" /> '
               f'<input type="submit" class="submit" value="ok" title="Rechercher" /></p></form></div>\n'
               f'<div class="widget" id="topnav"><nav role="navigation"><ul><li class="topnav-home"><a href="{self.full("")}">Accueil</a></li>'
               f'<li class="topnav-arch"><a href="{self.full("archive")}">Archives</a></li></ul></nav></div>\n')
        counts: dict[str, int] = {}
        for p in self.posts:
            counts[p.category] = counts.get(p.category, 0) + 1
        if self.cats:
            items = "".join(f'</li><li><a href="{self.cat_url(c)}">{esc(c)}</a> <span>({counts[c]})</span>'
                            for c in sorted(self.cats, key=str.lower))
            nav += f'<div class="widget categories "><h2>Catégories</h2><ul><li{items[5:]}</li></ul></div>\n'
        nav += (f'<div class="widget syndicate "><h2>S\'abonner</h2><ul><li><a type="application/atom+xml" href="{self.full("feed/atom")}" '
                f'title="Fil Atom des billets de ce blog" class="feed">Fil des billets</a></li>'
                f'<li><a type="application/atom+xml" href="{self.full("feed/atom/comments")}" '
                f'title="Fil Atom des commentaires de ce blog" class="feed">Fil des commentaires</a></li></ul></div>\n')
        extra = ""
        if self.tags:
            n: dict[str, int] = {}
            for p in self.posts:
                for t in p.tags:
                    n[t] = n.get(t, 0) + 1
            top = max(n.values())
            items = "".join(f' <li><a href="{self.tag_url(t)}" class="tag{(n[t] * 100 // top) // 10 * 10}">{esc(self.tags[t])}</a></li> '
                            for t in sorted(n, key=lambda t: self.tags[t].lower()))
            extra += (f'<div class="widget tags "><h2>Mots-clés</h2><ul>{items}</ul>'
                      f'<p><strong><a href="{self.full("tags")}">Tous les mots-clés</a></strong></p></div>\n')
        if self.b.blogroll:
            items = "".join(f'<li><a href="{esc(u)}">{esc(n)}</a></li>\n' for u, n in self.b.blogroll)
            extra += f'<div class="widget links "><h2>Liens</h2><ul>{items}</ul>\n</div>\n'
        return f"""<div id="sidebar">
	<div id="blognav">
		{nav}
	</div> <!-- End #blognav -->
	<div id="blogextra">
		{extra}
	</div> <!-- End #blogextra -->
</div>"""

    # -- entries -----------------------------------------------------------------------------
    def content_html(self, p: Post) -> str:
        body = paras(p.paragraphs, "nofollow")
        if p.links:
            body += "\n<p>À lire aussi : " + ", ".join(f'<a href="{esc(u)}">{esc(a)}</a>' for u, a in p.links) + "</p>"
        if p.source:
            body += f'\n<p>Source : <a href="{esc(p.source[1])}">{esc(p.source[0])}</a></p>'
        return body

    def info(self, p: Post, permalink_link: bool = False) -> str:
        perma = f'\n\t\t\t<span class="permalink"><a href="{self.url[id(p)]}">Lien permanent</a></span>' if permalink_link else ""
        return f"""	<div class="post-attr">
		<p class="post-info">
			<span class="post-author">Par {esc(p.author)}, </span>
			<span class="post-date">{date_str(self.host, p.when)}. </span>{perma}
							<span class="post-cat"><a
				href="{self.cat_url(p.category)}">{esc(p.category)}</a></span>
					</p>
{self.tag_list(p)}
	</div>
"""

    def tag_list(self, p: Post) -> str:
        if not p.tags:
            return ""
        items = "".join(f'\n\t\t\t\t<li><a href="{self.tag_url(t)}">{esc(self.tags[t])}</a></li>' for t in p.tags)
        return f'\t\t\t\t<ul class="post-tags">{items}\n\t\t\t\t</ul>'

    def counts(self, p: Post) -> str:
        u = self.url[id(p)]
        show_c = bool(p.comments) or p.comments_open
        show_p = self.pings and p.comments_open
        if not (show_c or show_p):
            return ""
        out = '\t\t<p class="post-info-co">\n'
        if show_c:
            out += f'\t\t\t<a href="{u}#comments" class="comment_count">{plural(len(p.comments), "aucun commentaire", "un commentaire", "%d commentaires")}</a>\n'
        if show_p:
            out += f'\t\t\t<a href="{u}#pings" class="ping_count">aucun rétrolien</a>'
        return out + "\t\t</p>\n"

    def entry(self, p: Post, kind: str, i: int) -> str:
        u = self.url[id(p)]
        odd = "odd" if i % 2 == 0 else ""
        first = "first" if i == 0 else ""
        if kind == "full":
            body = f'\t<div class="post-content">{self.content_html(p)}</div>\n'
        else:
            text = " ".join(p.paragraphs)
            cut = len(text) > 300
            shown = text[:300] if cut else text
            body = f'\t\t<div class="post-content">\n\t\t\t\n\t\t\t<p>\n\t\t\t\t{esc(shown)}\n' + ("\t\t\t\t&nbsp;[…]\n" if cut else "") + "\t\t\t</p>\n\t\t</div>\n"
            if cut:
                body += (f'\t\t\t<p class="read-it"><a href="{u}"\n\t\t\t title="Lire la suite {esc(p.title)}">Lire la suite</a></p>\n')
        return f"""<div id="p{p.id}" class="post {odd} {first} {kind}" lang="fr" xml:lang="fr">

	<h2 class="post-title"><a href="{u}">{esc(p.title)}</a></h2>

{self.info(p)}
{body}
{self.counts(p)}</div>
"""

    def comments(self, p: Post) -> str:
        u = self.url[id(p)]
        out = ""
        order = sorted(p.comments, key=lambda c: (c.when, c.id))
        if order:
            lis = ""
            for i, c in enumerate(order):
                who = f'<a href="{esc(c.url)}" rel="ugc nofollow">{esc(c.author)}</a>' if c.url else esc(c.author)
                cls = " ".join(k for k in ("me" if c.by_author else "", "odd" if i % 2 == 0 else "", "first" if i == 0 else "") if k)
                lis += f"""					<li id="c{c.id}" class="comment {cls}">
							<p class="comment-info"><a href="#c{c.id}" class="comment-number">{i + 1}.</a>
								De {who} - {c.when:%d}/{c.when:%m}/{c.when:%Y}, {c.when:%H:%M}
							</p>
							<div class="comment-content">
								{paras(c.text, "ugc nofollow")}
							</div>
						</li>
"""
            out += f"""			<div id="comments">
				<h3>{plural(len(order), "pas de réactions", "une réaction", "%s réactions")}</h3>
				<ul>
{lis}					</ul>
				</div>
"""
        if p.comments_open:
            out += f"""
	<p id="comments-feed"><a class="feed" href="{self.full('feed/atom')}/comments/{p.id}"
		 title="Fil Atom des commentaires de ce billet">Fil des commentaires de ce billet</a></p>

	<form action="{u}#pr" method="post" id="comment-form">
		<h3>Ajouter un commentaire</h3>
		<fieldset>
			<p class="field"><label for="c_name">Nom ou pseudo&nbsp;:</label>
				<input name="c_name" id="c_name" type="text" size="30" maxlength="255"
				 value="" />
			</p>

			<p class="field"><label for="c_mail">Adresse email&nbsp;:</label>
				<input name="c_mail" id="c_mail" type="text" size="30" maxlength="255"
				 value="" />
			</p>

			<p class="field"><label for="c_site">Site web (facultatif)&nbsp;:</label>
				<input name="c_site" id="c_site" type="text" size="30" maxlength="255"
				 value="" />
			</p>

			<p style="display:none">
				<input name="f_mail" type="text" size="30" maxlength="255" value="" />
			</p>

			<p class="field"><label for="c_content">Commentaire&nbsp;:</label>
				<textarea name="c_content" id="c_content" cols="35"
				 rows="7"></textarea>
			</p>

			<p class="form-help">Le code HTML est affiché comme du texte et les adresses web sont automatiquement transformées.</p>
		</fieldset>

		<fieldset>
			<p class="buttons">
				<input type="submit" class="preview" name="preview" value="prévisualiser" />
									<input type="submit" class="submit" value="envoyer" />
							</p>
		</fieldset>
	</form>
"""
            if self.pings:
                out += f"""
	<div id="ping-url">
		<h3>Ajouter un rétrolien</h3>
		<p>URL de rétrolien&nbsp;: {self.full(f'trackback/{p.id}')}</p>
	</div>
"""
        return out

    def navlinks(self, p: Post, top: bool) -> str:
        i = self.posts.index(p)
        prev = self.posts[i - 1] if i > 0 else None
        nxt = self.posts[i + 1] if i + 1 < len(self.posts) else None
        out = f'\t\t\t\t\t<p class="navlinks{" topnl" if top else ""}">\n'
        if prev:
            out += f'\t\t\t\t\t\t<a href="{self.url[id(prev)]}"\n\t\t\t\t\t\t title="{esc(prev.title)}" class="prev">&#171; {esc(prev.title[:50])}</a>'
        if nxt:
            out += f'\t\t\t\t\t\t <span>-</span> <a href="{self.url[id(nxt)]}"\n\t\t\t\t\t\t title="{esc(nxt.title)}" class="next">{esc(nxt.title[:50])} &#187;</a>'
        return out + "\n\t\t\t\t\t</p>\n"

    def single(self, p: Post) -> str:
        desc = " ".join(p.paragraphs)[:180]
        head = (f'\t<meta name="description" lang="fr" content="{esc(desc)}" />\n'
                f'\t<meta name="copyright" content="" />\n\t<meta name="author" content="{esc(p.author)}" />\n'
                f'\t<meta name="date" scheme="W3CDTF" content="{iso(p.when)}" />\n\n'
                f'\t<link rel="contents" href="{self.full("archive")}" title="Archives" />\n')
        content = f"""{self.navlinks(p, True)}
					<div id="p{p.id}" class="post simple">
	<h2 class="post-title">{esc(p.title)}</h2>

{self.info(p, True)}
	<div class="post-content">{self.content_html(p)}</div>

</div>

{self.comments(p)}
{self.navlinks(p, False)}"""
        return self.doc(f"{p.title} - {self.b.name}", "dc-post", content, head)

    def item_pages(self):
        return post_pages(self)

    # -- listings ----------------------------------------------------------------------------
    def pagination(self, rel: str, n: int, last: int) -> str:
        if last <= 1:
            return ""

        def purl(k: int) -> str:
            if k == 1:
                return self.full(rel)
            return self.full((rel + "/" if rel else "") + f"page/{k}")
        out = '<p class="pagination">\n'
        if n < last:
            out += f'\t\t\t<a href="{purl(n + 1)}" class="prev">&#171; billets précédents</a> -\n'
        out += f"\t\tpage {n} de {last}\n"
        if n > 1:
            out += f' - <a href="{purl(n - 1)}" class="next">\n\t\t\tbillets suivants &#187;</a>\n'
        return out + "\t</p>\n"

    def listing(self, rel: str, posts: list[Post], title: str, body_class: str, info: str = "") -> dict[str, str]:
        chunks = pages_of(posts, self.b.per_page)
        out = {}
        for n, chunk in enumerate(chunks, 1):
            key = self.u(rel) if n == 1 else self.u((rel + "/" if rel else "") + f"page/{n}")
            home_first = rel == "" and n == 1
            entries = "".join(self.entry(p, "full" if home_first and i == 0 else "short", i) for i, p in enumerate(chunk))
            ptitle = title + (f" - page {n}" if n > 1 else "")
            cls = body_class + (" dc-home-first" if home_first else "")
            inner = entries + self.pagination(rel, n, len(chunks))
            content = (f"{info}\t\t\t\t\t<div class=\"content-inner\">\n{inner}\t\t\t\t\t</div>\n" if info else inner)
            out[key] = self.doc(ptitle, cls, content)
        return out

    # -- feeds -------------------------------------------------------------------------------
    def atom(self) -> str:
        b = self.b
        chosen = self.posts[::-1][:b.feed_items]
        updated = max((p.last_modified for p in self.posts), default=self.now)
        entries = ""
        for p in chosen:
            u = self.url[id(p)]
            subj = "".join(f"\n    <dc:subject>{x(s)}</dc:subject>" for s in [p.category] + list(p.tags))
            entries += f"""
  <entry>
    <title>{x(p.title)}</title>
    <link href="{u}" rel="alternate" type="text/html" title="{esc(p.title)}" />
    <id>urn:md5:{hashlib.md5(u.encode()).hexdigest()}</id>
    <published>{iso(p.when)}</published>
    <updated>{iso(p.modified or p.when)}</updated>
    <author><name>{x(p.author)}</name></author>{subj}
    <content type="html">{x(self.content_html(p))}</content>
    <wfw:comment>{u}#comment-form</wfw:comment>
    <wfw:commentRss>{self.full('feed/atom')}/comments/{p.id}</wfw:commentRss>
  </entry>"""
        return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wfw="http://wellformedweb.org/CommentAPI/"
  xml:lang="fr">

  <title type="html">{x(b.name)}</title>
  <subtitle type="html">{x(b.tagline)}</subtitle>
  <link href="{self.full('feed/atom')}" rel="self" type="application/atom+xml"/>
  <link href="{self.full('')}" rel="alternate" type="text/html" title="{esc(b.tagline)}"/>
  <updated>{iso(updated)}</updated>
  <author>
    <name>{x(b.author)}</name>
  </author>
  <id>urn:md5:{hashlib.md5(self.base.encode()).hexdigest()}</id>
  <generator uri="https://dotclear.org/">Dotclear</generator>
{entries}
</feed>
"""

    def rss2(self) -> str:
        b = self.b
        chosen = self.posts[::-1][:b.feed_items]
        updated = max((p.last_modified for p in self.posts), default=self.now)
        items = ""
        for p in chosen:
            u = self.url[id(p)]
            cats = "".join(f"\n    <category>{x(s)}</category>" for s in [p.category] + list(p.tags))
            items += f"""
  <item>
    <title>{x(p.title)}</title>
    <link>{u}</link>
    <guid isPermaLink="false">urn:md5:{hashlib.md5(u.encode()).hexdigest()}</guid>
    <pubDate>{_rfc(p.when)}</pubDate>
    <dc:creator>{x(p.author)}</dc:creator>{cats}
    <description>{x(self.content_html(p))}</description>
    <comments>{u}#comment-form</comments>
    <wfw:comment>{u}#comment-form</wfw:comment>
    <wfw:commentRss>{self.full('feed/rss2')}/comments/{p.id}</wfw:commentRss>
  </item>"""
        return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wfw="http://wellformedweb.org/CommentAPI/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>{x(b.name)}</title>
  <link>{self.full('')}</link>
  <atom:link href="{self.full('feed/rss2')}" rel="self" type="application/rss+xml"/>
  <description>{x(b.tagline)}</description>
  <language>fr</language>
  <pubDate>{_rfc(updated)}</pubDate>
  <copyright></copyright>
  <docs>http://blogs.law.harvard.edu/tech/rss</docs>
  <generator>Dotclear</generator>
{items}
</channel>
</rss>
"""

    def atom_comments(self, post: Post | None) -> str:
        pairs = [(c, p) for p in ([post] if post else self.posts) for c in p.comments]
        pairs.sort(key=lambda t: (t[0].when, t[0].id), reverse=True)
        pairs = pairs[:self.b.feed_items]
        entries = ""
        for c, p in pairs:
            u = f"{self.url[id(p)]}#c{c.id}"
            entries += f"""
  <entry>
    <title>{x(p.title)} - {x(c.author)}</title>
    <link href="{u}" rel="alternate" type="text/html" title="{esc(p.title)} - {esc(c.author)}" />
    <id>urn:md5:{hashlib.md5(u.encode()).hexdigest()}</id>
    <published>{iso(c.when)}</published>
    <updated>{iso(c.when)}</updated>
    <author><name>{x(c.author)}</name>{f"<uri>{x(c.url)}</uri>" if c.url else ""}</author>
    <content type="html">{x(paras(c.text, "ugc nofollow"))}</content>
  </entry>"""
        last = max((c.when for c, _ in pairs), default=self.now)
        self_url = f"{self.full('feed/atom')}/comments" + (f"/{post.id}" if post else "")
        title = f"{self.b.name} - {post.title} - Commentaires" if post else f"{self.b.name} - Commentaires"
        return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wfw="http://wellformedweb.org/CommentAPI/"
  xml:lang="fr">

  <title type="html">{x(title)}</title>
  <link href="{self_url}" rel="self" type="application/atom+xml"/>
  <link href="{self.url[id(post)] if post else self.full('')}" rel="alternate" type="text/html"/>
  <updated>{iso(last)}</updated>
  <author>
    <name>{x(self.b.author)}</name>
  </author>
  <id>urn:md5:{hashlib.md5(self_url.encode()).hexdigest()}</id>
  <generator uri="https://dotclear.org/">Dotclear</generator>
{entries}
</feed>
"""


def _rfc(d: datetime) -> str:
    from sectorweb.dates import rfc822
    return rfc822(d)


def item_pages(blog: Blog, now: datetime = NOW):
    return _Ductile(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a Dotclear (Ductile) blog keyed by path?query, and its 404 page."""
    r = _Ductile(blog, now)
    keep = keep or {}
    posts = blog.posts
    last = max((p.last_modified for p in posts), default=now)
    out: dict[str, Page] = {}
    for key, html in r.listing("", posts, blog.name, "dc-home").items():
        out[key] = page(html, modified=last)
    if r.f != "/":  # the blog URL is /index.php/ or /index.php?: the server answers / and /index.php with it
        out["/"] = out["/index.php"] = out[r.f]
    out.update(served(r, keep))
    for c, slug in r.cats.items():
        inposts = [p for p in posts if p.category == c]
        rel = "category/" + quote(slug, safe="-_.~")
        info = (f'\t\t\t\t\t<div id="content-info">\n\t\t\t\t\t\t<h2>\n\t\t\t\t\t\t\t{esc(c)}\n\t\t\t\t\t\t</h2>\n'
                f'\t\t\t\t\t\t\t<p class="feed-info">\n\t\t\t\t\t\t\t\t<a type="application/atom+xml" href="{r.full("feed/" + rel + "/atom")}"\n'
                f'\t\t\t\t\t\t\t\t title="Fil Atom des billets de cette catégorie" class="feed">Fil des billets</a>\n\t\t\t\t\t\t\t</p>\n\t\t\t\t\t</div>\n')
        for key, html in r.listing(rel, inposts, f"{c} - {blog.name}", "dc-category", info).items():
            out[key] = page(html, modified=max(p.last_modified for p in inposts))
    for t, slug in r.tags.items():
        inposts = [p for p in posts if t in p.tags]
        rel = "tag/" + quote(slug, safe="-_.~")
        info = (f'\t\t\t\t\t<div id="content-info">\n\t\t\t\t\t\t<h2>Mot-clé - {esc(slug)}</h2>\n'
                f'\t\t\t\t\t\t<p><a type="application/atom+xml" href="{r.full("feed/" + rel + "/atom")}"\n'
                f'\t\t\t\t\t\t\ttitle="Fil Atom des billets de ce mot-clé" class="feed">Fil des billets</a>\n\t\t\t\t\t\t</p>\n\t\t\t\t\t</div>\n')
        for key, html in r.listing(rel, inposts, f"{slug} - {blog.name}", "dc-tag", info).items():
            out[key] = page(html, modified=max(p.last_modified for p in inposts))
    months = sorted({(p.when.year, p.when.month) for p in posts})
    for y, m in months:
        inposts = [p for p in posts if (p.when.year, p.when.month) == (y, m)]
        label = f"{MOIS[m - 1]} {y}"
        entries = "".join(r.entry(p, "short", i) for i, p in enumerate(reversed(inposts)))
        content = (f'\t\t\t\t\t<div id="content-info">\n\t\t\t\t\t\t<h2>{label} <span>({len(inposts)})</span></h2>\n\t\t\t\t\t</div>\n'
                   f'\t\t\t\t\t<div class="content-inner">\n{entries}\t\t\t\t\t</div>\n')
        out[r.u(f"archive/{y}/{m:02d}")] = page(r.doc(f"Archives - {label} - {blog.name}", "dc-archive-month", content))
    arch = "".join(f'<li><a href="{r.full(f"archive/{y}/{m:02d}")}">{MOIS[m - 1]} {y}</a></li>\n' for y, m in reversed(months))
    out[r.u("archive")] = page(r.doc(f"Archives - {blog.name}", "dc-archive",
                                     f'\t\t\t\t\t<div id="content-info">\n\t\t\t\t\t\t<h2>Archives</h2>\n\t\t\t\t\t</div>\n'
                                     f'\t\t\t\t\t<div class="content-inner">\n<ul>\n{arch}</ul>\n\t\t\t\t\t</div>\n'))
    if r.tags:
        tl = "".join(f'<li><a href="{r.tag_url(t)}">{esc(s)}</a></li>\n' for t, s in sorted(r.tags.items(), key=lambda ts: ts[1].lower()))
        out[r.u("tags")] = page(r.doc(f"Mots-clés - {blog.name}", "dc-tags",
                                      f'\t\t\t\t\t<div id="content-info">\n\t\t\t\t\t\t<h2>Mots-clés</h2>\n\t\t\t\t\t</div>\n'
                                      f'\t\t\t\t\t<div class="content-inner">\n<ul class="tags">\n{tl}</ul>\n\t\t\t\t\t</div>\n'))
    out[r.u("feed/atom")] = page(r.atom(), ATOM, modified=last)
    out[r.u("feed/rss2")] = page(r.rss2(), RSS, modified=last)
    out[r.u("feed/atom/comments")] = page(r.atom_comments(None), ATOM, modified=last)
    for p in posts:
        if p.comments or p.comments_open:
            out[r.u(f"feed/atom/comments/{p.id}")] = page(r.atom_comments(p), ATOM, modified=p.last_modified)
    robots = "User-agent: *\n" + (f"Crawl-delay: {blog.crawl_delay}\n" if blog.crawl_delay else "") + "Disallow:\n"
    if r.sitemap:
        entries = [(r.full(""), None)] + [(r.url[id(p)], f"{to_utc(p.last_modified):%Y-%m-%dT%H:%M:%S}+00:00") for p in posts[::-1]]
        out[r.u("sitemap.xml")] = page(urlset(entries), XML, modified=last)
        robots += f"Sitemap: {r.full('sitemap.xml')}\n"
    out["/robots.txt"] = page(robots, TEXT)
    missing = f"""					<div id="content-info">
						<h2>Document non trouvé</h2>
						<p>L'URL que vous avez essayée contient des fautes de frappe, ou la page a été supprimée ou déplacée.</p>
					</div>
					<div class="content-inner">
						<h3>Suggestions&nbsp;:</h3>
						<ul>
							<li><a href="{r.full('')}">Aller à la page d'accueil</a></li>
							<li><a href="#search">Utiliser le formulaire de recherche</a></li>
							<li><a href="{r.full('archive')}">Explorer les archives</a></li>
						</ul>
					</div> <!-- End #content-inner -->
"""
    return out, page(r.doc(f"Document non trouvé - {blog.name}", "dc-404", missing), status=404)


IGNORED_PARAMS: set[str] = set()
