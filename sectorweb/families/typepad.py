r"""A Typepad blog on its mapped domain, French account, standard two-column layout (written blind).

Typepad is closed source (it ran Movable Type's publishing engine, hence the `MT` template tags of its
"Advanced Templates"). Followed, from the corpus:
- how real Typepad pages are scraped, which fixes the markup: kenliu/typepad-dl (01_get.py: the main index's
  pages `…/page/N/`, the "next" link `div.pager-inner span.pager-right a`, posts found by their "Permalink"
  link or by `/YYYY/MM/slug.html`; 04_create_wordpress_file.py: `h3.entry-header`, `div.entry-body` in
  `div.entry-content`, `p.entry-footer-info`, `h2.date-header`, the author in a `div.entry-author-<name>`
  class, `a.permalink`, `link[rel=canonical]`, `.typepad.com/.a/` assets; regex_examples.txt), a Go spider
  of a Typepad blog on its own domain (`h2.date-header` then `div.entry div.entry-inner`,
  `h3.entry-header a`, `div.entry-footer p.entry-footer-info span.post-footers a` holding author and
  categories), a Ruby scraper of another (eatingintranslation.com: `div#alpha-inner > div.entry >
  h3.entry-header`, comments as `div.comments > div.comments-content > div` with `div.comment-content` and
  `p.comment-footer` "Posted by: Name | date", comment pages through `div.pager-bottom.pager-comments.pager.
  content-nav > div.pager-inner > span.pager-right > a`), jbharwani/blogscrapers Scrapers/typepad.py
  (`archives.html` with `div.archive-date-based.archive > div > ul > li > a` to monthly archives that page
  with `span.pager-right`), a YUI script of a Typepad blog (`a.entry-comments` in `p.entry-footer-info`,
  50 comments a page at `slug/comments/page/N/#comments`), ArchiveTeam/typepad-grab typepad.lua (URL shapes:
  `.html` posts, `/page/N/`, `/.a/` and `/.shared/` assets, `/.services/sitelogin`), and
  sippey/Sandbox-for-TypePad (a real Typepad template set: the head's `meta name="generator"
  content="http://www.typepad.com/"`, `atom.xml`, the OpenID server link, Technorati tag links);
- movabletype/movabletype: default_templates and t/themes/classic_test_blog/templates (entry.mtml,
  entry_summary.mtml, comment_detail.mtml) for the MT lineage, and lib/MT/Util.pm at the boomer branch for
  MT's French dates: "%e %B %Y" and "%kh%M" (space-padded day and hour, "10h15"), months written with
  character references ("f&#xe9;vrier", "ao&#xfb;t", "d&#xe9;cembre").
From memory (Typepad's French templates are not in the corpus): the French strings ("Rédigé le … à … dans …",
"Lien permanent", "Commentaires (N)", "Rédigé par : Nom | date", "Notes récentes", "Écrire un commentaire",
"Les commentaires de cette note sont fermés.", "Suivant »" / "« Précédent"), the sidebar modules
(`div.module-… module > h2.module-header + div.module-content > ul.module-list > li.module-list-item`), the
asset ids (`6a00…970b` XIDs), the Atom feed and RSS 2.0 feed shapes, robots.txt, the comment form.

URLs vary by host: the blog at the root of the mapped domain or in a folder (`/blog`, `/weblog`, or the
blog's own), basenames with hyphens or (older accounts) underscores; posts `{folder}/YYYY/MM/basename.html`,
pages of the main index `{folder}/page/N/`, monthly archives `{folder}/YYYY/MM/index.html` (and `…/MM/`,
paged `…/MM/page/N/`), categories `{folder}/category_basename/` (paged), `{folder}/archives.html`,
`{folder}/atom.xml`, `{folder}/rss.xml`. Typepad truncated old basenames to 15 characters; that is not done
(a permalink is made from one post, and truncation can make two posts of a month collide). The footer shows
the author or not, as the blog owner set it. Listings show whole posts under day headers; comments are all
on the post page in date order (Typepad's comments are not threaded), 50 a page. Tags are Technorati links
in the footer (Typepad has no tag archive). No sitemap, no crawl delay: robots.txt is Typepad's.
Hautetfort is NOT rendered here: the scrapers in the corpus (AntoineInsa/importblog convertHF.rb, the "AC blog"
scrapers) show Hautetfort pages in Blogspirit's markup (`h2.date > span`, `div.posttext-decorator2`,
`div.postbottom`, `p.posted` "Ecrit par : …", `div.commentparent`), not Typepad's.
"""
from __future__ import annotations

import hashlib
import re
from datetime import datetime

from sectorweb.dates import JOURS, NOW, iso, to_utc
from sectorweb.families.common import ATOM, RSS, TEXT, Page, autolink, cdata, esc, page, pages_of, served
from sectorweb.families.wordpress_block import host_choice, trim_words
from sectorweb.feeds import x
from sectorweb.model import Blog, Comment, Post

# MT's French months (MT::Util %Languages{fr}), as it prints them into the page
MOIS_MT = ["janvier", "f&#xe9;vrier", "mars", "avril", "mai", "juin", "juillet", "ao&#xfb;t", "septembre", "octobre",
           "novembre", "d&#xe9;cembre"]
MOIS_TXT = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre"]
COMMENTS_PER_PAGE = 50
_EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _dirify(text: str, sep: str) -> str:
    from sectorweb.families import _ascii
    words = re.findall(r"[A-Za-z0-9]+", _ascii(text).replace("'", " "))
    return sep.join(w.lower() for w in words) or "blog"


def settings(host: str) -> dict:
    """The account's settings for one blog: folder, basename separator, author in the footer."""
    sep = "_" if host_choice(host, "typepad-sep", 4) == 0 else "-"
    folder = ["", "", "/blog", "/weblog", "*"][host_choice(host, "typepad-folder", 5)]
    if folder == "*":  # the folder named after the blog when it was created
        stem = host.split(".")[-2] if host.count(".") >= 1 else host
        folder = "/" + _dirify(stem.replace("-", " "), sep)[:15].strip(sep)
    return {"sep": sep, "folder": folder, "author": host_choice(host, "typepad-author", 3) != 0,
            "blog_id": 100_000 + host_choice(host, "typepad-blogid", 800_000)}


def basename(host: str, post: Post) -> str:
    return post.slug.replace("-", "_") if settings(host)["sep"] == "_" else post.slug


def permalink(host: str, post: Post) -> str:
    w = post.when
    return f"http://{host}{settings(host)['folder']}/{w:%Y/%m}/{basename(host, post)}.html"


def feed_path(host: str) -> str:
    return f"{settings(host)['folder']}/atom.xml"


def comment_anchor(host: str, c: Comment) -> str:
    return f"comment-{xid(host, 'comment', c.id)}"


def xid(host: str, kind: str, n: int) -> str:
    """Typepad's asset ids: 6a00 + the account's part + the asset's, 970b for posts, 970c for comments."""
    account = hashlib.md5(f"typepad-account:{host}".encode()).hexdigest()[:10]
    asset = hashlib.md5(f"typepad-{kind}:{host}:{n}".encode()).hexdigest()[:16]
    return f"6a00{account}53ef{asset}{'970b' if kind == 'post' else '970c'}"


def mt_date(d: datetime) -> str:
    """MT's French %x: "%e %B %Y" (space-padded day)."""
    return f"{d.day:2d} {MOIS_MT[d.month - 1]} {d.year}"


def mt_time(d: datetime) -> str:
    """MT's French %X: "%kh%M"."""
    return f"{d.hour:2d}h{d:%M}"


def date_header(d: datetime) -> str:
    return f"{JOURS[d.weekday()]} {d.day:02d} {MOIS_MT[d.month - 1]} {d.year}"


def month_label(year: int, month: int, html: bool = True) -> str:
    return f"{(MOIS_MT if html else MOIS_TXT)[month - 1]} {year}"


def _rfc822(d: datetime) -> str:
    u = to_utc(d)
    return f"{_EN_DAYS[u.weekday()]}, {u.day:02d} {_EN_MONTHS[u.month - 1]} {u.year} {u:%H:%M:%S} GMT"


class _Typepad:
    def __init__(self, blog: Blog, now: datetime = NOW):
        self.b = blog
        self.now = now
        self.set = settings(blog.host)
        self.base = f"http://{blog.host}"
        self.root = f"{self.base}{self.set['folder']}/"
        self.posts = blog.posts
        self.url = {id(p): permalink(blog.host, p) for p in self.posts}
        self.ordered = sorted(self.posts, key=lambda q: (q.when, q.id), reverse=True)
        sep, taken = self.set["sep"], set()
        self.cats: dict[str, str] = {}
        for p in sorted(self.posts, key=lambda q: (q.when, q.id)):
            if p.category not in self.cats:
                slug, n = _dirify(p.category, sep), 1
                while slug in taken or re.fullmatch(r"\d{4}|page|archives|comments", slug):
                    slug, n = f"{_dirify(p.category, sep)}{sep}{n}", n + 1
                taken.add(slug)
                self.cats[p.category] = slug
        self.months = sorted({(p.when.year, p.when.month) for p in self.posts}, reverse=True)

    # -- URLs ---------------------------------------------------------------------------------------------------
    def path(self, url: str) -> str:
        return url.removeprefix(self.base) or "/"

    def home_url(self, n: int = 1) -> str:
        return self.root if n == 1 else f"{self.root}page/{n}/"

    def cat_url(self, name: str, n: int = 1) -> str:
        u = f"{self.root}{self.cats[name]}/"
        return u if n == 1 else f"{u}page/{n}/"

    def month_url(self, ym: tuple[int, int], n: int = 1, index: bool = True) -> str:
        u = f"{self.root}{ym[0]}/{ym[1]:02d}/"
        return (f"{u}index.html" if index else u) if n == 1 else f"{u}page/{n}/"

    def comments_url(self, p: Post, n: int) -> str:
        u = self.url[id(p)]
        return u if n == 1 else f"{u.removesuffix('.html')}/comments/page/{n}/"

    def entry_id(self, p: Post) -> str:
        return xid(self.b.host, "post", p.id)

    def comment_id(self, c: Comment) -> str:
        return xid(self.b.host, "comment", c.id)

    # -- frame ------------------------------------------------------------------------------------------------------
    def doc(self, title: str, body_class: str, alpha: str, canonical: str = "", extra_head: str = "") -> str:
        b = self.b
        name = esc(b.name)
        canon = f'<link rel="canonical" href="{esc(canonical)}" />\n' if canonical else ""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
    "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" id="typepad-standard" xmlns:fb="http://www.facebook.com/2008/fbml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="http://www.typepad.com/" />
<meta name="description" content="{esc(b.tagline)}" />
<link rel="stylesheet" href="{self.root}styles.css?v=6" type="text/css" media="screen" />
<link rel="stylesheet" href="https://static.typepad.com/.shared/themes/common/print.css" type="text/css" media="print" />
<link rel="alternate" type="application/atom+xml" title="Notes de « {name} » (Atom)" href="{self.root}atom.xml" />
<link rel="alternate" type="application/rss+xml" title="Notes de « {name} » (RSS 2.0)" href="{self.root}rss.xml" />
{canon}<title>{title}</title>
<link rel="start" href="{self.root}" title="Accueil" />
<link rel="openid.server" href="https://www.typepad.com/services/openid/server" />
{extra_head}</head>
<body class="layout-two-column-right {body_class}">
	<div id="container" class="container">
		<div id="container-inner" class="pkg">
			<div id="banner">
				<div id="banner-inner" class="pkg">
					<h1 id="banner-header"><a href="{self.root}" accesskey="1">{name}</a></h1>
					<h2 id="banner-description">{esc(b.tagline)}</h2>
				</div>
			</div>
			<div id="pagebody">
				<div id="pagebody-inner" class="pkg">
					<div id="alpha">
						<div id="alpha-inner" class="pkg">
{alpha}
						</div>
					</div>
					<div id="beta">
						<div id="beta-inner" class="pkg">
{self.sidebar()}
						</div>
					</div>
				</div>
			</div>
		</div>
	</div>
<script type="text/javascript">var TPApp = TPApp || {{}}; TPApp.blog_xid = "{xid(self.b.host, 'blog', 0)}";</script>
<script type="text/javascript" src="https://static.typepad.com/.shared/js/yui/yahoo-dom-event.js"></script>
</body>
</html>
"""

    def module(self, kind: str, header: str, items: list[str]) -> str:
        lis = "".join(f'<li class="module-list-item">{i}</li>\n' for i in items)
        head = f'<h2 class="module-header">{header}</h2>\n' if header else ""
        return (f'<div class="module-{kind} module">\n{head}<div class="module-content">\n'
                f'<ul class="module-list">\n{lis}</ul>\n</div>\n</div>\n')

    def sidebar(self) -> str:
        b = self.b
        out = (f'<div class="module-about module">\n<h2 class="module-header">À propos</h2>\n<div class="module-content">\n'
               f'<p class="module-about-name">{esc(b.author)}</p>\n</div>\n</div>\n'
               f'<div class="module-syndicate module">\n<div class="module-content">\n'
               f'<a href="{self.root}atom.xml">S’abonner à ce blog (flux)</a>\n</div>\n</div>\n')
        out += self.module("recent-posts", "Notes récentes",
                           [f'<a href="{self.url[id(p)]}">{esc(p.title)}</a>' for p in self.ordered[:10]])
        months = [f'<a href="{self.month_url(ym)}">{month_label(*ym)}</a>' for ym in self.months[:6]]
        if len(self.months) > 6:
            months.append(f'<a href="{self.root}archives.html">Plus...</a>')
        out += self.module("archives", f'<a href="{self.root}archives.html">Archives</a>', months)
        out += self.module("categories", "Catégories",
                           [f'<a href="{self.cat_url(c)}">{esc(c)}</a>' for c in sorted(self.cats, key=str.lower)])
        if b.blogroll:
            out += self.module("typelist", "Liens", [f'<a href="{esc(u)}">{esc(n)}</a>' for u, n in b.blogroll])
        out += ('<div class="module-powered module">\n<div class="module-content">\n'
                '<a href="https://www.typepad.com/">Blog propulsé par Typepad</a>\n</div>\n</div>')
        return out

    # -- entries -------------------------------------------------------------------------------------------------------
    def body_html(self, p: Post) -> str:
        out = "\n".join(f"<p>{autolink(t, '')}</p>".replace(' rel=""', "") for t in p.paragraphs)
        if p.links:
            out += "\n<p>À lire aussi : " + ", ".join(f'<a href="{esc(u)}">{esc(a)}</a>' for u, a in p.links) + "</p>"
        if p.source:
            out += f'\n<p>Source : <a href="{esc(p.source[1])}">{esc(p.source[0])}</a></p>'
        return out

    def author_class(self, name: str) -> str:
        return _dirify(name, "_")

    def footer(self, p: Post) -> str:
        u = self.url[id(p)]
        who = ""
        if self.set["author"]:
            who = f'par <a href="https://profile.typepad.com/{self.author_class(p.author).replace("_", "")}">{esc(p.author)}</a> '
        footers = (f'<span class="post-footers">Rédigé {who}le {mt_date(p.when)} à {mt_time(p.when)} dans '
                   f'<a href="{self.cat_url(p.category)}">{esc(p.category)}</a> </span>')
        out = f'{footers} <span class="separator">|</span> <a class="permalink" href="{u}">Lien permanent</a>'
        if p.comments_open or p.comments:
            out += (f'\n<span class="separator">|</span> <a class="entry-comments" href="{u}#comments">'
                    f'Commentaires ({len(p.comments)})</a>')
        tags = ""
        if p.tags:
            tags = ('\n<p class="entry-tags">Tags : ' + ", ".join(
                f'<a href="http://technorati.com/tag/{esc(_dirify(t, "+"))}" rel="tag">{esc(t)}</a>' for t in p.tags) + "</p>")
        return f'<div class="entry-footer">\n<p class="entry-footer-info">\n{out}\n</p>{tags}\n</div>'

    def entry(self, p: Post, link: bool) -> str:
        title = f'<a href="{self.url[id(p)]}">{esc(p.title)}</a>' if link else esc(p.title)
        return f"""<div class="entry-category-{self.cats[p.category]} entry-author-{self.author_class(p.author)} entry-type-post entry" id="entry-{self.entry_id(p)}">
<div class="entry-inner">
<h3 class="entry-header">{title}</h3>
<div class="entry-content">
<div class="entry-body">
{self.body_html(p)}
</div>
</div>
{self.footer(p)}
</div>
</div>
"""

    def entries_by_day(self, posts: list[Post]) -> str:
        out, day = [], None
        for p in posts:
            if p.when.date() != day:
                day = p.when.date()
                out.append(f'<h2 class="date-header">{date_header(p.when)}</h2>\n')
            out.append(self.entry(p, True))
        return "".join(out)

    @staticmethod
    def pager(kind: str, n: int, total: int, url) -> str:
        if total < 2:
            return ""
        left = f'<span class="pager-left"><a href="{url(n - 1)}">&laquo; Précédent</a></span>' if n > 1 else ""
        right = f'<span class="pager-right"><a href="{url(n + 1)}">Suivant &raquo;</a></span>' if n < total else ""
        return (f'<div class="pager-bottom pager-{kind} pager content-nav">\n<div class="pager-inner">\n'
                f'{left}\n{right}\n</div>\n</div>\n')

    # -- individual archive ----------------------------------------------------------------------------------------------
    def comment_html(self, p: Post, c: Comment) -> str:
        cid = self.comment_id(c)
        who = f'<a rel="nofollow" href="{esc(c.url)}">{esc(c.author)}</a>' if c.url else esc(c.author)
        body = "\n".join(f"<p>{autolink(t, 'nofollow')}</p>" for t in c.text)
        return (f'<a id="c{cid}"></a>\n<div class="comment" id="comment-{cid}">\n'
                f'<div class="comment-content" id="comment-{cid}-content">\n<span id="comment-{cid}-content">{body}</span>\n</div>\n'
                f'<p class="comment-footer">\nRédigé par : {who} |\n'
                f'<a rel="nofollow" href="{self.url[id(p)]}#comment-{cid}">{mt_date(c.when)} à {mt_time(c.when)}</a>\n</p>\n</div>\n')

    def comment_pages(self, p: Post) -> list[list[Comment]]:
        ordered = sorted(p.comments, key=lambda c: (c.when, c.id))
        return [ordered[i:i + COMMENTS_PER_PAGE] for i in range(0, len(ordered), COMMENTS_PER_PAGE)] or [[]]

    def comments_block(self, p: Post, n: int = 1) -> str:
        pages = self.comment_pages(p)
        out = ""
        if p.comments:
            items = "".join(self.comment_html(p, c) for c in pages[n - 1])
            out += (f'<div class="comments">\n<a id="comments"></a>\n'
                    f'<h3 class="comments-header">Commentaires</h3>\n'
                    f'<div class="comments-info">\n<p>Vous pouvez suivre cette conversation en vous abonnant au '
                    f'<a href="{self.url[id(p)].removesuffix(".html")}/comments/atom.xml">flux des commentaires de cette note</a>.</p>\n</div>\n'
                    f'<div class="comments-content" id="comments-content">\n{items}</div>\n'
                    f'{self.pager("comments", n, len(pages), lambda k: self.comments_url(p, k) + "#comments")}</div>\n')
        if p.comments_open:
            out += f"""<div class="comments-open" id="comments-open">
<h2 class="comments-open-header">Écrire un commentaire</h2>
<div class="comments-open-content">
<p class="comments-open-moderated">Les commentaires sont modérés et n’apparaîtront qu’après leur approbation par l’auteur.</p>
<form id="comment-form" method="post" action="https://www.typepad.com/services/comment">
<input type="hidden" name="entry_xid" id="comment-entry-xid" value="{self.entry_id(p)}" />
<input type="hidden" name="token" value="" />
<div id="comment-form-name"><label for="comment-author">Nom :</label> <input id="comment-author" name="author" size="30" value="" /></div>
<div id="comment-form-email"><label for="comment-email">Adresse e-mail :</label> <input id="comment-email" name="email" size="30" value="" /> <span class="hint">(Ne sera pas publiée avec votre commentaire.)</span></div>
<div id="comment-form-url"><label for="comment-url">URL :</label> <input id="comment-url" name="url" size="30" value="" /></div>
<p><label for="comment-text">Commentaire :</label><br />
<textarea id="comment-text" name="text" rows="10" cols="50"></textarea></p>
<input type="submit" name="post" id="comment-post" value="Envoyer" /> <input type="submit" name="preview" id="comment-preview" value="Aperçu" />
</form>
</div>
</div>
"""
        elif p.comments:
            out += '<p class="comments-closed">Les commentaires de cette note sont fermés.</p>\n'
        return out

    def nav(self, p: Post) -> str:
        order = sorted(self.posts, key=lambda q: (q.when, q.id))
        i = order.index(p)
        left = right = ""
        if i > 0:
            left = f'<span class="pager-left"><a href="{self.url[id(order[i - 1])]}">&laquo; {esc(order[i - 1].title)}</a></span>'
        if i + 1 < len(order):
            right = f'<span class="pager-right"><a href="{self.url[id(order[i + 1])]}">{esc(order[i + 1].title)} &raquo;</a></span>'
        mid = f'<a href="{self.root}">Accueil</a>'
        return (f'<p class="content-nav">\n{left.replace("pager-left", "content-nav-left") if left else ""}'
                f' | {mid} | {right.replace("pager-right", "content-nav-right") if right else ""}\n</p>\n')

    def single(self, p: Post, n: int = 1) -> str:
        alpha = (f'{self.nav(p)}<h2 class="date-header">{date_header(p.when)}</h2>\n'
                 f'{self.entry(p, False)}{self.comments_block(p, n)}')
        canon = self.comments_url(p, n)
        return self.doc(f"{esc(self.b.name)}: {esc(p.title)}", "post", alpha, canon)

    def item_pages(self):
        for p in self.posts:
            yield (self.path(self.url[id(p)]), (p.last_modified, len(p.comments)),
                   lambda p=p: page(self.single(p), modified=p.last_modified))

    # -- listings ----------------------------------------------------------------------------------------------------------
    def listing(self, posts: list[Post], url, kind: str, title: str, header: str = "") -> dict[str, str]:
        chunks = pages_of(posts, self.b.per_page)
        out = {}
        for n, chunk in enumerate(chunks, 1):
            alpha = header + self.entries_by_day(chunk) + self.pager("entries", n, len(chunks), url)
            suffix = f" - Page {n}" if n > 1 else ""
            out[self.path(url(n))] = self.doc(f"{title}{suffix}", kind, alpha, url(n))
        return out

    def archives_page(self) -> str:
        months = "".join(f'<li class="archive-list-item"><a href="{self.month_url(ym)}">{month_label(*ym)}</a></li>\n'
                         for ym in self.months)
        cats = "".join(f'<li class="archive-list-item"><a href="{self.cat_url(c)}">{esc(c)}</a></li>\n'
                       for c in sorted(self.cats, key=str.lower))
        alpha = (f'<h2 class="archive-header">Archives</h2>\n'
                 f'<div class="archive-date-based archive">\n<div class="archive-content">\n<ul class="archive-list">\n{months}</ul>\n</div>\n</div>\n'
                 f'<div class="archive-category archive">\n<h3 class="archive-header">Catégories</h3>\n<div class="archive-content">\n'
                 f'<ul class="archive-list">\n{cats}</ul>\n</div>\n</div>\n')
        return self.doc(f"{esc(self.b.name)}: Archives", "archive", alpha, f"{self.root}archives.html")

    def not_found(self) -> str:
        alpha = ('<h2 class="date-header">Page introuvable</h2>\n<div class="entry">\n<div class="entry-content">\n'
                 '<p>La page que vous demandez n’existe pas ou a été déplacée.</p>\n</div>\n</div>\n')
        return self.doc(f"{esc(self.b.name)}: Page introuvable", "error", alpha)

    # -- feeds --------------------------------------------------------------------------------------------------------------
    def atom(self) -> str:
        b = self.b
        entries = []
        for p in self.ordered[:b.feed_items]:
            u = self.url[id(p)]
            words, more = trim_words(p.paragraphs, 40)
            last = max([c.when for c in p.comments], default=p.when)
            entries.append(f"""    <entry>
        <title>{x(p.title)}</title>
        <link rel="alternate" type="text/html" href="{x(u)}" />
        <link rel="replies" type="text/html" href="{x(u)}" thr:count="{len(p.comments)}" thr:updated="{iso(last)}" />
        <id>tag:typepad.com,2003:post-{self.entry_id(p)}</id>
        <published>{iso(p.when)}</published>
        <updated>{iso(p.modified or p.when)}</updated>
        <summary>{x(words + ("..." if more else ""))}</summary>
        <author>
            <name>{x(p.author)}</name>
        </author>
        <category scheme="http://www.sixapart.com/ns/types#category" term="{x(p.category).replace('"', '&quot;')}" />
        <content type="html" xml:lang="fr-FR" xml:base="{x(self.root)}">{x(self.body_html(p))}</content>
    </entry>
""")
        updated = max((p.modified or p.when for p in self.posts), default=self.now)
        return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0">
    <title>{x(b.name)}</title>
    <link rel="self" type="application/atom+xml" href="{x(self.root)}atom.xml" />
    <link rel="alternate" type="text/html" href="{x(self.root)}" />
    <id>tag:typepad.com,2003:weblog-{self.set['blog_id']}</id>
    <updated>{iso(updated)}</updated>
    <subtitle>{x(b.tagline)}</subtitle>
    <generator uri="http://www.typepad.com/">TypePad</generator>
{"".join(entries)}</feed>
"""

    def rss(self) -> str:
        b = self.b
        items = "".join(f"""<item>
<title>{x(p.title)}</title>
<link>{x(self.url[id(p)])}</link>
<description>{cdata(self.body_html(p))}</description>
<dc:creator>{x(p.author)}</dc:creator>
<category>{x(p.category)}</category>
<pubDate>{_rfc822(p.when)}</pubDate>
<guid isPermaLink="false">tag:typepad.com,2003:post-{self.entry_id(p)}</guid>
</item>
""" for p in self.ordered[:b.feed_items])
        last = max((p.modified or p.when for p in self.posts), default=self.now)
        return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>{x(b.name)}</title>
<link>{x(self.root)}</link>
<description>{x(b.tagline)}</description>
<language>fr-FR</language>
<lastBuildDate>{_rfc822(last)}</lastBuildDate>
<generator>http://www.typepad.com/</generator>
{items}</channel>
</rss>
"""


def item_pages(blog: Blog, now: datetime = NOW):
    return _Typepad(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a Typepad blog on its mapped domain keyed by path?query, and its 404 page."""
    t = _Typepad(blog, now)
    keep = keep or {}
    last = max((p.last_modified for p in blog.posts), default=now)
    name = esc(blog.name)
    out: dict[str, Page] = {}
    home = t.listing(t.ordered[::-1], t.home_url, "main-index", name)
    for path, html in home.items():
        out[path] = page(html, modified=last)
    out.setdefault("/", out[t.path(t.home_url())])  # the mapped domain's root shows the blog
    out[t.path(t.root) + "index.html"] = out[t.path(t.home_url())]
    out.update(served(t, keep))
    for p in blog.posts:
        for n in range(2, len(t.comment_pages(p)) + 1):
            out[t.path(t.comments_url(p, n))] = page(t.single(p, n), modified=p.last_modified)
    for c in t.cats:
        posts = [p for p in blog.posts if p.category == c]
        header = f'<h2 class="archive-header">{esc(c)}</h2>\n'
        for path, html in t.listing(posts, lambda k, c=c: t.cat_url(c, k), "category", f"{name}: {esc(c)}", header).items():
            out[path] = page(html)
        out[t.path(t.cat_url(c)) + "index.html"] = out[t.path(t.cat_url(c))]
    for ym in t.months:
        posts = [p for p in blog.posts if (p.when.year, p.when.month) == ym]
        header = f'<h2 class="archive-header">{month_label(*ym)}</h2>\n'
        for path, html in t.listing(posts, lambda k, ym=ym: t.month_url(ym, k), "date-based",
                                    f"{name}: {month_label(*ym)}", header).items():
            out[path] = page(html)
        out[t.path(t.month_url(ym, index=False))] = out[t.path(t.month_url(ym))]
    out[t.path(t.root) + "archives.html"] = page(t.archives_page(), modified=last)
    out[t.path(t.root) + "atom.xml"] = page(t.atom(), ATOM, modified=last)
    out[t.path(t.root) + "rss.xml"] = page(t.rss(), RSS, modified=last)
    out["/robots.txt"] = page("User-agent: *\nDisallow: /.services/\nDisallow: /t/trackback/\nDisallow: /.shared/\n", TEXT)
    return out, page(t.not_found(), status=404)


IGNORED_PARAMS: set[str] = {"cid", "utm_source", "utm_medium", "utm_campaign"}
