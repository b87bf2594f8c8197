"""WordPress 6.6 with the Twenty Twenty-One theme, fr_FR (see docs/markup-families.md#wordpress)."""
from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import datetime

from sectorweb.dates import NOW, fr_at, fr_date, fr_month, iso, iso_utc, rfc822
from sectorweb.families import make_slug, permalink
from sectorweb.families.common import (RSS, TEXT, XML, Page, autolink, cdata, esc, page,
                                           pages_of, paras, redirect, served)
from sectorweb.feeds import sitemapindex, urlset, x
from sectorweb.model import Blog, Comment, Post

VERSION = "6.6.2"
STATIC = [("a-propos", "À propos"), ("contact", "Contact"), ("politique-de-confidentialite", "Politique de confidentialité")]


class _WP:
    def __init__(self, blog: Blog, now: datetime = NOW):
        self.b = blog
        self.now = now
        self.base = f"http://{blog.host}"
        self.posts = blog.posts  # oldest first
        taken: set[str] = set()
        self.cats = {}  # category name -> slug
        for p in self.posts:
            if p.category not in self.cats:
                self.cats[p.category] = make_slug("wordpress", p.category, taken)
        self.url = {id(p): permalink("wordpress", blog.host, p) for p in self.posts}

    # -- frame -------------------------------------------------------------------------------
    def head(self, title: str, canonical: str | None = None, shortlink: int | None = None) -> str:
        b = self.b
        extra = f'<link rel="canonical" href="{esc(canonical)}">\n' if canonical else ""
        if shortlink:
            extra += f'<link rel="shortlink" href="{self.base}/?p={shortlink}">\n'
        return f"""<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="max-image-preview:large">
<title>{esc(title)}</title>
<link rel="dns-prefetch" href="//s.w.org">
<link rel="alternate" type="application/rss+xml" title="{esc(b.name)} &raquo; Flux" href="{self.base}/feed/">
<link rel="alternate" type="application/rss+xml" title="{esc(b.name)} &raquo; Flux des commentaires" href="{self.base}/comments/feed/">
<link rel="stylesheet" id="twenty-twenty-one-style-css" href="{self.base}/wp-content/themes/twentytwentyone/style.css?ver=2.3" media="all">
<script src="{self.base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{self.base}/wp-json/">
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{self.base}/xmlrpc.php?rsd">
<meta name="generator" content="WordPress {VERSION}">
{extra}<style id="wp-custom-css">.site-header{{padding-top:40px}}</style>
</head>"""

    def header(self, is_home: bool) -> str:
        b = self.b
        title_tag = "h1" if is_home else "p"
        menu = [f'<li id="menu-item-{10 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category">'
                f'<a href="{self.base}/category/{slug}/">{esc(name)}</a></li>'
                for i, (name, slug) in enumerate(list(self.cats.items())[:4])]
        return f"""<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Aller au contenu</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu">
<div class="site-branding">
<{title_tag} class="site-title"><a href="{self.base}/" rel="home">{esc(b.name)}</a></{title_tag}>
<p class="site-description">{esc(b.tagline)}</p>
</div>
<nav id="site-navigation" class="primary-navigation" aria-label="Menu principal">
<div class="menu-button-container"><button id="primary-mobile-menu" class="button" aria-controls="primary-menu-list" aria-expanded="false"><span class="dropdown-icon open">Menu</span></button></div>
<div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper">
<li id="menu-item-9" class="menu-item menu-item-home"><a href="{self.base}/">Accueil</a></li>
{"".join(menu)}
<li id="menu-item-20" class="menu-item menu-item-type-post_type menu-item-object-page"><a href="{self.base}/a-propos/">À propos</a></li>
<li id="menu-item-21" class="menu-item menu-item-type-post_type menu-item-object-page"><a href="{self.base}/contact/">Contact</a></li>
</ul></div>
</nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main">
"""

    def sidebar(self) -> str:
        b = self.b
        recent = "".join(f'<li><a href="{self.url[id(p)]}">{esc(p.title)}</a></li>' for p in self.posts[::-1][:5])
        comments = sorted(((c, p) for p in self.posts for c in p.comments), key=lambda cp: cp[0].when)[::-1][:5]
        rc = "".join(
            '<li class="recentcomments"><span class="comment-author-link">'
            + (f'<a href="{esc(c.url)}" class="url" rel="ugc external nofollow">{esc(c.author)}</a>' if c.url
               else esc(c.author))
            + f'</span> dans <a href="{self.url[id(p)]}#comment-{c.id}">{esc(p.title)}</a></li>'
            for c, p in comments)
        months = []
        for p in self.posts[::-1]:
            key = (p.when.year, p.when.month)
            if key not in months:
                months.append(key)
        arch = "".join(f'<li><a href="{self.base}/{y}/{m:02d}/">{fr_month(datetime(y, m, 1))}</a></li>'
                       for y, m in months)
        cats = "".join(f'<li class="cat-item cat-item-{3 + i}"><a href="{self.base}/category/{slug}/">{esc(name)}</a></li>'
                       for i, (name, slug) in enumerate(sorted(self.cats.items())))
        roll = ""
        if b.blogroll:
            roll = ('<section id="linkcat-2" class="widget widget_links"><h2 class="widget-title">Blogroll</h2>\n'
                    '<ul class="xoxo blogroll">\n'
                    + "".join(f'<li><a href="{esc(u)}">{esc(n)}</a></li>\n' for u, n in b.blogroll)
                    + "</ul>\n</section>\n")
        return f"""</main><!-- #main -->
</div><!-- #primary -->
</div><!-- #content -->
<aside class="widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{self.base}/"><label for="search-form-1">Rechercher&hellip;</label><input type="search" id="search-form-1" class="search-field" value="" name="s"><input type="submit" class="search-submit" value="Rechercher"></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Articles récents</h2><nav aria-label="Articles récents"><ul>{recent}</ul></nav></section>
<section id="recent-comments-2" class="widget widget_recent_comments"><h2 class="widget-title">Commentaires récents</h2><nav aria-label="Commentaires récents"><ul id="recentcomments">{rc}</ul></nav></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><nav aria-label="Archives"><ul>{arch}</ul></nav></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Catégories</h2><nav aria-label="Catégories"><ul>{cats}</ul></nav></section>
{roll}<section id="meta-2" class="widget widget_meta"><h2 class="widget-title">Méta</h2><nav aria-label="Méta"><ul><li><a href="{self.base}/wp-login.php">Connexion</a></li><li><a href="{self.base}/feed/">Flux des publications</a></li><li><a href="{self.base}/comments/feed/">Flux des commentaires</a></li><li><a href="https://fr.wordpress.org/">Site de WordPress-FR</a></li></ul></nav></section>
</aside>
<footer id="colophon" class="site-footer">
<nav aria-label="Menu secondaire" class="footer-navigation"><ul class="footer-navigation-wrapper"><li><a href="{self.base}/politique-de-confidentialite/"><span>Politique de confidentialité</span></a></li><li><a href="{self.base}/contact/"><span>Contact</span></a></li></ul></nav>
<div class="site-info">
<div class="site-name"><a href="{self.base}/">{esc(b.name)}</a></div>
<div class="privacy-policy"><a class="privacy-policy-link" href="{self.base}/politique-de-confidentialite/">Politique de confidentialité</a></div>
<div class="powered-by">Fièrement propulsé par <a href="https://fr.wordpress.org/">WordPress</a></div>
<p class="copyright">&copy; {self.now.year} {esc(b.name)}. Tous droits réservés.</p>
</div>
</footer>
</div><!-- #page -->
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site web. Si vous continuez à utiliser ce site, nous supposerons que vous en êtes satisfait.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Ok">Ok</a><a href="{self.base}/politique-de-confidentialite/" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="Politique de confidentialité">Politique de confidentialité</a></span></div></div>
<script src="{self.base}/wp-includes/js/comment-reply.min.js?ver={VERSION}" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>
"""

    def doc(self, title: str, body_class: str, main: str, is_home=False, canonical=None, shortlink=None) -> str:
        return (self.head(title, canonical, shortlink) + f'\n<body class="{body_class} wp-embed-responsive is-light-theme no-js has-main-navigation">\n'
                + self.header(is_home) + main + self.sidebar())

    # -- pieces ------------------------------------------------------------------------------
    def _time(self, p: Post) -> str:
        return f'<time class="entry-date published updated" datetime="{iso(p.when)}">{fr_date(p.when)}</time>'

    def _n_comments(self, p: Post) -> str:
        n = len(p.comments)
        return "Laisser un commentaire" if n == 0 else ("1 commentaire" if n == 1 else f"{n} commentaires")

    def teaser(self, p: Post) -> str:
        u = self.url[id(p)]
        cat = self.cats[p.category]
        more = (f' <a class="more-link" href="{u}">Continuer la lecture<span class="screen-reader-text"> '
                f'{esc(p.title)}</span></a>')
        comments = ""
        if p.comments_open or p.comments:
            comments = (f'<span class="comments-link"><a href="{u}#comments">{self._n_comments(p)}'
                        f'<span class="screen-reader-text"> sur {esc(p.title)}</span></a></span>')
        return f"""<article id="post-{p.id}" class="post-{p.id} post type-post status-publish format-standard hentry category-{cat} entry">
<header class="entry-header"><h2 class="entry-title default-max-width"><a href="{u}">{esc(p.title)}</a></h2></header>
<div class="entry-content"><p>{autolink(p.paragraphs[0])}{more}</p></div>
<footer class="entry-footer default-max-width"><span class="posted-on">Publié le {self._time(p)}</span><div class="post-taxonomies"><span class="cat-links">Catégorie : <a href="{self.base}/category/{cat}/" rel="category tag">{esc(p.category)}</a></span></div>{comments}</footer>
</article>
"""

    def pagination(self, base: str, n: int, total: int) -> str:
        if total <= 1:
            return ""
        def href(k: int) -> str:
            return f"{self.base}{base}" if k == 1 else f"{self.base}{base}page/{k}/"
        links = []
        if n > 1:
            links.append(f'<a class="prev page-numbers" href="{href(n - 1)}">Articles plus récents</a>')
        for k in range(1, total + 1):
            if k == n:
                links.append(f'<span aria-current="page" class="page-numbers current">{k}</span>')
            elif k in (1, total) or abs(k - n) <= 1:
                links.append(f'<a class="page-numbers" href="{href(k)}">{k}</a>')
            elif links and "dots" not in links[-1]:
                links.append('<span class="page-numbers dots">&hellip;</span>')
        if n < total:
            links.append(f'<a class="next page-numbers" href="{href(n + 1)}">Articles plus anciens</a>')
        return ('<nav class="navigation pagination" aria-label="Publications">\n'
                '<h2 class="screen-reader-text">Navigation des articles</h2>\n'
                f'<div class="nav-links">{"".join(links)}</div>\n</nav>\n')

    def comment_html(self, p: Post, c: Comment, children: dict, depth: int, parity: list) -> str:
        u = self.url[id(p)]
        parity[0] += 1
        cls = ["comment", "even" if parity[0] % 2 else "odd", f"depth-{depth}"]
        if c.by_author:
            cls[1:1] = ["byuser", f"comment-author-{self.b.author_slug}", "bypostauthor"]
        kids = children.get(c.id, [])
        if kids:
            cls.append("parent")
        avatar = hashlib.md5(c.author.encode()).hexdigest()
        name = (f'<a href="{esc(c.url)}" class="url" rel="ugc external nofollow">{esc(c.author)}</a>' if c.url
                else esc(c.author))
        reply = ""
        if p.comments_open:
            reply = (f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{u}{"&amp;" if "?" in u else "?"}replytocom={c.id}#respond" '
                     f'data-commentid="{c.id}" data-postid="{p.id}" data-belowelement="div-comment-{c.id}" '
                     f'data-respondelement="respond" data-replyto="Répondre à {esc(c.author)}" '
                     f'aria-label="Répondre à {esc(c.author)}">Répondre</a></div>')
        inner = "".join(self.comment_html(p, k, children, depth + 1, parity) for k in kids)
        return f"""<li id="comment-{c.id}" class="{" ".join(cls)}">
<article id="div-comment-{c.id}" class="comment-body">
<footer class="comment-meta">
<div class="comment-author vcard"><img alt="" src="http://secure.gravatar.com/avatar/{avatar}?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" height="60" width="60" loading="lazy" decoding="async"><b class="fn">{name}</b> <span class="says">dit :</span></div>
<div class="comment-metadata"><a href="{u}#comment-{c.id}"><time datetime="{iso(c.when)}">{fr_at(c.when)}</time></a></div>
</footer>
<div class="comment-content">{paras(c.text, "nofollow ugc")}</div>
{reply}
</article>
{'<ol class="children">' + inner + '</ol>' if inner else ''}
</li>
"""

    def comments_area(self, p: Post) -> str:
        children = defaultdict(list)
        roots = []
        for c in p.comments:
            (children[c.parent] if c.parent else roots).append(c)
        out = ['<div id="comments" class="comments-area default-max-width show-avatars">']
        if p.comments:
            n = len(p.comments)
            label = "Une réponse" if n == 1 else f"{n} réponses"
            out.append(f'<h2 class="comments-title">{label} à « {esc(p.title)} »</h2>')
            parity = [0]
            out.append('<ol class="comment-list">' + "".join(self.comment_html(p, c, children, 1, parity) for c in roots)
                       + "</ol>")
        if p.comments_open:
            out.append(f"""<div id="respond" class="comment-respond">
<h2 id="reply-title" class="comment-reply-title">Laisser un commentaire <small><a rel="nofollow" id="cancel-comment-reply-link" href="{self.url[id(p)]}#respond" style="display:none;">Annuler la réponse</a></small></h2>
<form action="{self.base}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> <span class="required-field-message">Les champs obligatoires sont indiqués avec <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="5" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Nom <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required></p>
<p class="comment-form-email"><label for="email">E-mail <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required></p>
<p class="comment-form-url"><label for="url">Site web</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire"> <input type="hidden" name="comment_post_ID" value="{p.id}" id="comment_post_ID"> <input type="hidden" name="comment_parent" id="comment_parent" value="0"></p>
</form>
</div>""")
        else:
            out.append('<p class="no-comments">Les commentaires sont fermés.</p>')
        out.append("</div><!-- #comments -->")
        return "\n".join(out) + "\n"

    # -- pages -------------------------------------------------------------------------------
    def post_body(self, p) -> str:
        """A post's paragraphs, its further-reading links and its credited source (every theme)."""
        body = paras(p.paragraphs)
        if p.links:
            body += "\n<p>Pour aller plus loin : " + ", ".join(f'<a href="{esc(l)}">{esc(a)}</a>' for l, a in p.links) + "</p>"
        if p.source:
            body += f'\n<p class="source">Source : <a href="{esc(p.source[1])}">{esc(p.source[0])}</a></p>'
        return body

    def single(self, i: int) -> str:
        p = self.posts[i]
        u = self.url[id(p)]
        cat = self.cats[p.category]
        body = self.post_body(p)
        nav = []
        if i > 0:
            q = self.posts[i - 1]
            nav.append(f'<div class="nav-previous"><a href="{self.url[id(q)]}" rel="prev"><p class="meta-nav">Article précédent</p><p class="post-title">{esc(q.title)}</p></a></div>')
        if i + 1 < len(self.posts):
            q = self.posts[i + 1]
            nav.append(f'<div class="nav-next"><a href="{self.url[id(q)]}" rel="next"><p class="meta-nav">Article suivant</p><p class="post-title">{esc(q.title)}</p></a></div>')
        main = f"""<article id="post-{p.id}" class="post-{p.id} post type-post status-publish format-standard hentry category-{cat} entry">
<header class="entry-header alignwide"><h1 class="entry-title">{esc(p.title)}</h1></header>
<div class="entry-content">
{body}
</div><!-- .entry-content -->
<footer class="entry-footer default-max-width">
<div class="posted-by"><span class="posted-on">Publié le <time class="entry-date published" datetime="{iso(p.when)}">{fr_date(p.when)}</time></span><span class="byline">Par <span class="author vcard"><a class="url fn n" href="{self.base}/author/{self.b.author_slug}/">{esc(p.author)}</a></span></span></div>
<div class="post-taxonomies"><span class="cat-links">Catégorie : <a href="{self.base}/category/{cat}/" rel="category tag">{esc(p.category)}</a></span></div>
</footer>
</article>
{self.comments_area(p)}<nav class="navigation post-navigation" aria-label="Publications"><h2 class="screen-reader-text">Navigation de l’article</h2><div class="nav-links">{"".join(nav)}</div></nav>
"""
        return self.doc(f"{p.title} – {self.b.name}",
                        f"post-template-default single single-post postid-{p.id} single-format-standard",
                        main, canonical=u, shortlink=p.id)

    def listing(self, posts: list[Post], base: str, body_class: str, heading: str | None,
                title: str) -> dict[str, str]:
        out = {}
        chunks = pages_of(posts, self.b.per_page)
        for n, chunk in enumerate(chunks, 1):
            path = base if n == 1 else f"{base}page/{n}/"
            cls = body_class + (f" paged paged-{n}" if n > 1 else "")
            head = f'<header class="page-header alignwide"><h1 class="page-title">{heading}</h1></header>\n' if heading else ""
            main = head + "".join(self.teaser(p) for p in chunk) + self.pagination(base, n, len(chunks))
            t = title if n == 1 else f"{title} – Page {n}"
            out[path] = self.doc(t, cls + (" hfeed" if base == "/" else ""), main, is_home=(base == "/" and n == 1))
        return out

    def static(self, slug: str, name: str, pid: int) -> str:
        texts = {
            "a-propos": [f"{self.b.name} est tenu par {self.b.author}. {self.b.tagline}.",
                         "Les articles publiés ici reflètent une opinion personnelle et ne constituent pas un conseil en investissement."],
            "contact": ["Pour toute question, utilisez le formulaire ci-dessous. Nous répondons sous quelques jours.",
                        "Merci de ne pas envoyer de démarchage commercial."],
            "politique-de-confidentialite": ["Ce site collecte les données que vous saisissez dans les commentaires (nom, e-mail, site web) afin de les publier.",
                                             "Les cookies de mesure d'audience sont déposés uniquement avec votre consentement."],
        }[slug]
        main = (f'<article id="post-{pid}" class="post-{pid} page type-page status-publish hentry entry">'
                f'<header class="entry-header alignwide"><h1 class="entry-title">{esc(name)}</h1></header>'
                f'<div class="entry-content">{paras(texts)}</div></article>\n')
        return self.doc(f"{name} – {self.b.name}", f"page-template-default page page-id-{pid}", main,
                        canonical=f"{self.base}/{slug}/")

    # -- feeds -------------------------------------------------------------------------------
    def feed(self) -> str:
        items = []
        for p in self.posts[::-1][:10]:
            u = self.url[id(p)]
            content = paras(p.paragraphs)
            if p.source:
                content += f'<p class="source">Source : <a href="{esc(p.source[1])}">{esc(p.source[0])}</a></p>'
            excerpt = " ".join(" ".join(p.paragraphs).split()[:55]) + " [&#8230;]"
            items.append(f"""	<item>
		<title>{x(p.title)}</title>
		<link>{u}</link>
		<comments>{u}#respond</comments>
		<dc:creator>{cdata(p.author)}</dc:creator>
		<pubDate>{rfc822(p.when)}</pubDate>
		<category>{cdata(p.category)}</category>
		<guid isPermaLink="false">{self.base}/?p={p.id}</guid>
		<description>{cdata(excerpt)}</description>
		<content:encoded>{cdata(content)}</content:encoded>
		<wfw:commentRss>{u}feed/</wfw:commentRss>
		<slash:comments>{len(p.comments)}</slash:comments>
	</item>""")
        last = self.posts[-1].when if self.posts else self.now
        return self._rss(f"{self.base}/feed/", self.b.name, self.b.tagline, last, items)

    def comments_feed(self) -> str:
        allc = sorted(((c, p) for p in self.posts for c in p.comments), key=lambda cp: cp[0].when)[::-1][:10]
        items = [f"""	<item>
		<title>{x(f"Commentaire sur {p.title} par {c.author}")}</title>
		<link>{self.url[id(p)]}#comment-{c.id}</link>
		<dc:creator>{cdata(c.author)}</dc:creator>
		<pubDate>{rfc822(c.when)}</pubDate>
		<guid isPermaLink="false">{self.base}/?p={p.id}#comment-{c.id}</guid>
		<description>{cdata(" ".join(c.text))}</description>
		<content:encoded>{cdata(paras(c.text, "nofollow ugc"))}</content:encoded>
	</item>""" for c, p in allc]
        last = allc[0][0].when if allc else (self.posts[-1].when if self.posts else self.now)
        return self._rss(f"{self.base}/comments/feed/", f"Commentaires pour {self.b.name}", self.b.tagline, last, items)

    def _rss(self, self_url: str, title: str, desc: str, last, items: list[str]) -> str:
        return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>{x(title)}</title>
	<atom:link href="{self_url}" rel="self" type="application/rss+xml" />
	<link>{self.base}</link>
	<description>{x(desc)}</description>
	<lastBuildDate>{rfc822(last)}</lastBuildDate>
	<language>fr-FR</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v={VERSION}</generator>
{chr(10).join(items)}
</channel>
</rss>
"""

    def item_pages(self):
        """(path, what the page shows of its post, render) for each post page: see `site.py`'s page cache."""
        for i, p in enumerate(self.posts):
            yield (self.url[id(p)].removeprefix(self.base), (p.last_modified, len(p.comments)),
                   lambda i=i, p=p: page(self.single(i), modified=p.last_modified,
                                         headers={"Link": f'<{self.base}/?p={p.id}>; rel=shortlink'}))

    def robots(self) -> str:
        delay = f"Crawl-delay: {self.b.crawl_delay}\n" if self.b.crawl_delay else ""
        return (f"User-agent: *\n{delay}Disallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
                f"Sitemap: {self.base}/wp-sitemap.xml\n")

    def not_found(self) -> str:
        main = ('<header class="page-header alignwide"><h1 class="page-title">Rien n’a été trouvé</h1></header>'
                '<div class="error-404 not-found default-max-width"><div class="page-content"><p>Il semble que rien n’ait été trouvé à cet endroit. Peut-être pourriez-vous essayer une recherche ?</p></div></div>\n')
        return self.doc(f"Page non trouvée – {self.b.name}", "error404", main)


def item_pages(blog: Blog, now: datetime = NOW):
    return _WP(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a WordPress blog keyed by path?query, and its 404 page (`keep`: post pages served as cached)."""
    wp = _WP(blog, now)
    keep = keep or {}
    posts = wp.posts
    last = posts[-1].last_modified if posts else now
    out: dict[str, Page] = {}
    for path, html in wp.listing(posts, "/", "home blog", None, f"{blog.name} – {blog.tagline}").items():
        out[path] = page(html, modified=last)
    for name, slug in wp.cats.items():
        ps = [p for p in posts if p.category == name]
        for path, html in wp.listing(ps, f"/category/{slug}/", f"archive category category-{slug}",
                                     f'Catégorie : <span>{esc(name)}</span>', f"{name} – {blog.name}").items():
            out[path] = page(html, modified=ps[-1].when)
    months = defaultdict(list)
    for p in posts:
        months[(p.when.year, p.when.month)].append(p)
    for (y, m), ps in months.items():
        label = fr_month(ps[0].when)
        for path, html in wp.listing(ps, f"/{y}/{m:02d}/", "archive date", f"Mois : <span>{label}</span>",
                                     f"{label} – {blog.name}").items():
            out[path] = page(html, modified=ps[-1].when)
    for path, html in wp.listing(posts, f"/author/{blog.author_slug}/", f"archive author author-{blog.author_slug}",
                                 f'Auteur/autrice : <span class="vcard">{esc(blog.author)}</span>',
                                 f"{blog.author} – {blog.name}").items():
        out[path] = page(html, modified=last)
    out.update(served(wp, keep))
    for k, (slug, name) in enumerate(STATIC):
        out[f"/{slug}/"] = page(wp.static(slug, name, 2 + k))
    out["/wp-login.php"] = page(f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Se connecter &lsaquo; {esc(blog.name)} &#8212; WordPress</title><meta name="robots" content="noindex, nofollow"></head><body class="login no-js login-action-login wp-core-ui"><div id="login"><h1><a href="https://fr.wordpress.org/">Propulsé par WordPress</a></h1><form name="loginform" id="loginform" action="{wp.base}/wp-login.php" method="post"><p><label for="user_login">Identifiant ou adresse e-mail</label><input type="text" name="log" id="user_login"></p><p><label for="user_pass">Mot de passe</label><input type="password" name="pwd" id="user_pass"></p><p class="submit"><input type="submit" name="wp-submit" id="wp-submit" value="Se connecter"></p></form><p id="backtoblog"><a href="{wp.base}/">&larr; Aller sur {esc(blog.name)}</a></p></div></body></html>')
    out["/feed/"] = page(wp.feed(), RSS, modified=last)
    out["/comments/feed/"] = page(wp.comments_feed(), RSS, modified=last)
    out["/robots.txt"] = page(wp.robots(), TEXT)
    out["/wp-sitemap.xml"] = page(sitemapindex(
        [f"{wp.base}/wp-sitemap-posts-post-1.xml", f"{wp.base}/wp-sitemap-posts-page-1.xml",
         f"{wp.base}/wp-sitemap-taxonomies-category-1.xml", f"{wp.base}/wp-sitemap-users-1.xml"],
        stylesheet=f"{wp.base}/wp-sitemap-index.xsl"), XML)
    out["/wp-sitemap-posts-post-1.xml"] = page(urlset([(wp.url[id(p)], iso_utc(p.modified or p.when)) for p in posts]), XML)
    out["/wp-sitemap-posts-page-1.xml"] = page(urlset([(f"{wp.base}/{s}/", None) for s, _ in STATIC]), XML)
    out["/wp-sitemap-taxonomies-category-1.xml"] = page(urlset([(f"{wp.base}/category/{s}/", None) for s in wp.cats.values()]), XML)
    out["/wp-sitemap-users-1.xml"] = page(urlset([(f"{wp.base}/author/{blog.author_slug}/", None)]), XML)
    # WordPress's canonical redirects.
    out["/index.php"] = redirect(f"{wp.base}/")
    out["/page/1/"] = redirect(f"{wp.base}/")
    for p in posts:  # (not over the post itself when its permalink is the plain /?p=N)
        out.setdefault(f"/?p={p.id}", redirect(wp.url[id(p)]))
    return out, page(wp.not_found(), status=404)


IGNORED_PARAMS = {"replytocom"}  # WordPress serves the post whatever these say
