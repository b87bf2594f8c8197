"""PluXml 5.8 (the French flat-file blog engine) with its default theme "defaut" (written blind, from
pluxml/PluXml v5.8.9: themes/defaut/header.php, home.php, article.php, commentaires.php, sidebar.php,
footer.php, erreur.php, lang/fr.php; core/lib/class.plx.show.php, class.plx.motor.php (urlRewrite),
class.plx.date.php (formatDate), class.plx.feed.php; sitemap.php; core/lang/fr/core.php).

URLs: per host, URL rewriting off (index.php?article12/titre, index.php?page2, feed.php?rss) or on
(/article12/titre, /page2, /feed/rss). Dates: "04 décembre 2026" on articles (`#num_day #month
#num_year(4)` in a <time datetime="2026-12-04">), "vendredi 04 décembre 2026 - 10:15" on comments.
Comments: flat list in tree order (PluXml sorts replies under their parent, `level-N` classes), id
c0012-3, the commenter's site linked rel="nofollow" on their name, content escaped with nl2br.
"""
from __future__ import annotations

import hashlib
from datetime import datetime

from sectorweb.dates import JOURS, MOIS, NOW, rfc822
from sectorweb.families.common import RSS, TEXT, Page, comment_thread, esc, page, pages_of, served
from sectorweb.feeds import x
from sectorweb.model import Blog, Comment, Post

VERSION = "5.8.9"


def rewriting(host: str) -> bool:
    return int(hashlib.md5(f"pluxml:{host}".encode()).hexdigest()[:8], 16) % 2 == 1


def rewrite(host: str, url: str) -> str:
    """plxMotor::urlRewrite: '?article12/x' -> 'index.php?article12/x' (or 'article12/x' with rewriting);
    'feed.php?rss' -> 'feed.php?rss' (or 'feed/rss'). Site-relative path, leading slash."""
    path, _, query = url.partition("?")
    if rewriting(host):
        path = path.replace("index.php", "").replace("feed.php", "feed/")
        return "/" + path + query
    return "/" + (path or "index.php") + ("?" + query if query or "?" in url else "")


def art_path(host: str, post: Post) -> str:
    return rewrite(host, f"?article{post.id}/{post.slug}")


def permalink(host: str, post: Post) -> str:
    return f"http://{host}{art_path(host, post)}"


def fdate(d: datetime, fmt: str) -> str:
    """plxDate::formatDate with the French calendar."""
    js = JOURS[d.weekday()]
    return (fmt.replace("#time", f"{d:%H:%M}").replace("#minute", f"{d:%M}").replace("#hour", f"{d:%H}")
            .replace("#day", js).replace("#month", MOIS[d.month - 1]).replace("#num_day", f"{d:%d}")
            .replace("#num_month", f"{d:%m}").replace("#num_year(4)", f"{d:%Y}"))


def tree(comments: list[Comment]) -> list[tuple[Comment, int]]:
    """plxMotor::parentChildSort_r: replies right after their parent, with their level."""
    return comment_thread(comments)


def strcut(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n] + "..."


class _Plx:
    def __init__(self, blog: Blog, now: datetime = NOW):
        self.b = blog
        self.now = now
        self.host = blog.host
        self.base = f"http://{blog.host}"
        self.posts = blog.posts
        self.url = {id(p): permalink(blog.host, p) for p in self.posts}
        self.cats: dict[str, tuple[int, str]] = {}  # name -> (number, url)
        from sectorweb.families import make_slug
        taken: set[str] = set()
        for p in self.posts:
            if p.category not in self.cats:
                self.cats[p.category] = (len(self.cats) + 1, make_slug("pluxml", p.category, taken))
        self.tags: dict[str, str] = {}
        for p in self.posts:
            for t in p.tags:
                self.tags.setdefault(t, make_slug("pluxml", t, set()))
        self.statics = [("contact", "Contact")] + ([("liens", "Liens")] if blog.blogroll else [])

    def r(self, url: str) -> str:
        return rewrite(self.host, url)

    def cat_url(self, name: str) -> str:
        n, slug = self.cats[name]
        return self.r(f"?categorie{n}/{slug}")

    def tag_url(self, tag: str) -> str:
        return self.r(f"?tag/{self.tags[tag]}")

    def static_url(self, i: int) -> str:
        return self.r(f"?static{i}/{self.statics[i - 1][0]}")

    def nb_com(self, p: Post, link: bool) -> str:
        n = len(p.comments)
        txt = "Aucun commentaire" if n == 0 else f"{n} commentaire" if n == 1 else f"{n} commentaires"
        title = f"{n} " + ("Aucun commentaire" if n == 0 else "commentaire" if n == 1 else "commentaires")
        return f'<a href="{self.url[id(p)]}#comments" title="{title}">{txt}</a>' if link else txt

    # -- frame -------------------------------------------------------------------------------
    def doc(self, title: str, content: str, mode: str, meta: str = "", canonical: str | None = None) -> str:
        b = self.b
        feeds = self.base + self.r("feed.php?rss")
        coms = self.base + self.r("feed.php?rss/commentaires")
        statics = "".join(f'<li class="static menu noactive" id="static-{i}"><a href="{self.base}{self.static_url(i)}" title="{esc(n)}">{esc(n)}</a></li>'
                          for i, (_, n) in enumerate(self.statics, 1))
        home_cls = "active" if mode == "home" else "noactive"
        canon = f'\t<link rel="canonical" href="{esc(canonical)}" />\n' if canonical else ""
        return f"""<!DOCTYPE html>
<html lang="fr">
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, user-scalable=yes, initial-scale=1.0">
	<title>{esc(title)}</title>
{meta}{canon}	<link rel="icon" href="/themes/defaut/img/favicon.png" />
	<link rel="stylesheet" href="/themes/defaut/css/plucss.css?v=1.3.1" media="screen,print"/>
	<link rel="stylesheet" href="/themes/defaut/css/theme.css?v={VERSION}" media="screen"/>
	<link rel="alternate" type="application/rss+xml" title="Fil Rss des articles" href="{feeds}" />
	<link rel="alternate" type="application/rss+xml" title="Fil Rss des commentaires" href="{coms}" />
</head>

<body id="top" class="page mode-{mode}">

	<header class="header">

		<div class="container">

			<div class="grid">

				<div class="col sml-6 med-5 lrg-4">

					<div class="logo">
						<h1 class="no-margin heading-small"><a class="maintitle" href="{self.base}/" title="{esc(b.name)}">{esc(b.name)}</a></h1>
						<h2 class="h5 no-margin">{esc(b.tagline)}</h2>
					</div>

				</div>

				<div class="col sml-6 med-7 lrg-8">

					<nav class="nav">

						<div class="responsive-menu">
							<label for="menu"></label>
							<input type="checkbox" id="menu">
							<ul class="menu">
								<li class="static menu {home_cls}" id="static-home"><a href="{self.base}/" title="Accueil">Accueil</a></li>{statics}
															</ul>
						</div>

					</nav>

				</div>

			</div>

		</div>

	</header>

	<div class="bg"></div>

	<main class="main">

		<div class="container">

			<div class="grid">

				<div class="content col sml-12 med-9">

{content}
				</div>

{self.sidebar()}
			</div>

		</div>

	</main>

	<footer class="footer">
		<div class="container">
			<p>
				<a class="maintitle" href="{self.base}/" title="{esc(b.name)}">{esc(b.name)}</a> - {esc(b.tagline)} &copy; 2018
			</p>
			<p>
				Généré par&nbsp;<span title="Blog ou Cms sans base de données">PluXml</span>
				en&nbsp;0.018s&nbsp;
				UTF-8&nbsp;-
				<a rel="nofollow" href="{self.base}{self.r('core/admin/')}" title="Administration">Administration</a>
			</p>
			<ul class="menu">
								<li><a href="{feeds}" title="Fil Rss des articles">Fil des articles</a></li>
				                    <li><a href="{coms}" title="Fil Rss des commentaires">Fil des commentaires</a></li>
                				<li><a href="{self.base}{self.r('#top')}" title="Remonter en haut de page">Haut de page</a></li>
			</ul>
		</div>
	</footer>

</body>

</html>
"""

    def sidebar(self) -> str:
        counts: dict[str, int] = {}
        for p in self.posts:
            counts[p.category] = counts.get(p.category, 0) + 1
        cats = "".join(f'<li id="cat-{n}"><a class="noactive" href="{self.base}{self.cat_url(c)}" title="{esc(c)}">{esc(c)}</a> ({counts[c]})</li>'
                       for c, (n, _) in self.cats.items())
        last = "".join(f'<li><a class="noactive" href="{self.url[id(p)]}" title="{esc(p.title)}">{esc(p.title)}</a></li>'
                       for p in self.posts[::-1][:5])
        tag_n: dict[str, int] = {}
        for p in self.posts:
            for t in p.tags:
                tag_n[t] = tag_n.get(t, 0) + 1
        top = sorted(tag_n, key=lambda t: (-tag_n[t], t))[:20]
        tags = "".join(f'<li class="tag size-{min(10, tag_n[t])}"><a class="noactive" href="{self.base}{self.tag_url(t)}" title="{esc(t)}">{esc(t)}</a></li>'
                       for t in sorted(top))
        coms = sorted(((c, p) for p in self.posts for c in p.comments), key=lambda cp: (cp[0].when, cp[0].id))[::-1][:5]
        index = {id(c): i for p in self.posts for i, c in enumerate(sorted(p.comments, key=lambda c: (c.when, c.id)), 1)}
        lastcom = "".join(
            f'<li><a href="{self.url[id(p)]}#c{p.id:04d}-{index[id(c)]}">{esc(c.author)} a dit : {esc(strcut(" ".join(c.text), 34))}</a></li>'
            for c, p in coms)
        months: dict[tuple[int, int], int] = {}
        for p in self.posts:
            months[(p.when.year, p.when.month)] = months.get((p.when.year, p.when.month), 0) + 1
        arch = "".join(f'<li id="arch-{y}{m:02d}"><a class="noactive" href="{self.base}{self.r(f"?archives/{y}/{m:02d}")}" title="{MOIS[m - 1]} {y}">{MOIS[m - 1].capitalize()} {y}</a> ({n})</li>'
                       for (y, m), n in sorted(months.items(), reverse=True))
        return f"""	<aside class="aside col sml-12 med-3">

		<h3>
			Catégories
		</h3>

		<ul class="cat-list unstyled-list">
			{cats}
		</ul>

		<h3>
			Derniers articles
		</h3>

		<ul class="lastart-list unstyled-list">
			{last}
		</ul>

		<h3>
			Mots clés
		</h3>

		<ul class="tag-list">
			{tags}
		</ul>

		<h3>
			Derniers commentaires
		</h3>

		<ul class="lastcom-list unstyled-list">
			{lastcom}
		</ul>

		<h3>
			Archives
		</h3>

		<ul class="arch-list unstyled-list">
			{arch}
		</ul>

	</aside>"""

    # -- articles ----------------------------------------------------------------------------
    def chapo(self, p: Post) -> list[str]:
        return p.paragraphs[:1] if len(p.paragraphs) > 2 else []

    def content(self, p: Post) -> list[str]:
        return p.paragraphs[len(self.chapo(p)):]

    @staticmethod
    def html(ps: list[str]) -> str:
        from sectorweb.families.common import autolink
        return "\n".join(f"<p>{autolink(t, 'noopener')}</p>" for t in ps)

    def art_tags(self, p: Post) -> str:
        if not p.tags:
            return "aucun"
        return ", ".join(f'<a class="noactive" href="{self.base}{self.tag_url(t)}" title="{esc(t)}">{esc(t)}</a>' for t in p.tags)

    def header(self, p: Post, full: bool) -> str:
        u = self.url[id(p)]
        title = esc(p.title) if full else f'<a href="{u}" title="{esc(p.title)}">{esc(p.title)}</a>'
        nb = (f'<a href="#comments" title="{self.nb_com(p, False)}">{self.nb_com(p, False)}</a>' if full
              else self.nb_com(p, True))
        cat = f'<a class="noactive" href="{self.base}{self.cat_url(p.category)}" title="{esc(p.category)}">{esc(p.category)}</a>'
        return f"""						<header>
							<span class="art-date">
								<time datetime="{fdate(p.when, '#num_year(4)-#num_month-#num_day')}">
									{fdate(p.when, '#num_day #month #num_year(4)')}
								</time>
							</span>
							<h2>
								{title}
							</h2>
							<div>
								<small>
									<span class="written-by">
										Rédigé par {esc(p.author)}
									</span>
									<span class="art-nb-com">
										{nb}
									</span>
								</small>
							</div>
							<div>
								<small>
									<span class="classified-in">
										Classé dans : {cat}
									</span>
									<span class="tags">
										Mots clés : {self.art_tags(p)}
									</span>
								</small>
							</div>
						</header>
"""

    def teaser(self, p: Post) -> str:
        u = self.url[id(p)]
        ch = self.chapo(p)
        if ch:
            body = self.html(ch) + f'\n<p class="more"><a href="{u}" title="Lire la suite de {esc(p.title)}">Lire la suite de {esc(p.title)}</a></p>\n'
        else:
            body = self.html(p.paragraphs) + "\n"
        return f"""					<article class="article" id="post-{p.id}">

{self.header(p, False)}
						{body}
					</article>

"""

    def comments(self, p: Post) -> str:
        u = self.url[id(p)]
        order = sorted(p.comments, key=lambda c: (c.when, c.id))
        index = {c.id: i for i, c in enumerate(order, 1)}
        out = []
        if p.comments:
            out.append(f"""		<h3 id="comments">
			{self.nb_com(p, False)}
		</h3>
""")
            for i, (c, level) in enumerate(tree(p.comments)):
                who = (f'<a rel="nofollow" href="{esc(c.url)}" title="{esc(c.author)}">{esc(c.author)}</a>' if c.url
                       else esc(c.author))
                lvl = f"level-{level} level-max" if level > 5 else f"level-{level}"
                text = "<br />\n<br />\n".join(esc(t).replace("\n", "<br />\n") for t in c.text)
                reply = (f'\n			<a rel="nofollow" href="{u}#form" onclick="replyCom(\'{index[c.id]}\')">Répondre</a>\n'
                         if p.comments_open else "")
                out.append(f"""		<div id="c{p.id:04d}-{index[c.id]}" class="comment {lvl}">

			<div id="com-{index[c.id]}">

				<small>
					<a class="nbcom" href="{u}#c{p.id:04d}-{index[c.id]}" title="#{i + 1}">#{i + 1}</a>&nbsp;
					<time datetime="{fdate(c.when, '#num_year(4)-#num_month-#num_day #hour:#minute')}">{fdate(c.when, '#day #num_day #month #num_year(4) - #hour:#minute')}</time> -
					{who}
					a dit :
				</small>

				<blockquote>
					<p class="content_com type-{"admin" if c.by_author else "normal"}">{text}</p>
				</blockquote>

			</div>
{reply}
		</div>

""")
        if p.comments_open:
            out.append(f"""	<h3>
		Écrire un commentaire
	</h3>

	<form id="form" action="{u}#form" method="post">

		<fieldset>

			<div class="grid">
				<div class="col sml-12">
					<label for="id_name">Votre nom ou pseudo* :</label>
					<input id="id_name" name="name" type="text" size="20" value="" maxlength="30" required="required" />
				</div>
			</div>
			<div class="grid">
				<div class="col sml-12 lrg-6">
					<label for="id_mail">Votre adresse e-mail (facultatif) :</label>
					<input id="id_mail" name="mail" type="text" size="20" value="" />
				</div>
				<div class="col sml-12 lrg-6">
					<label for="id_site">Votre site Internet (facultatif) :</label>
					<input id="id_site" name="site" type="text" size="20" value="" />
				</div>
			</div>
			<div class="grid">
				<div class="col sml-12">
					<div id="id_answer"></div>
					<label for="id_content" class="lab_com">Contenu de votre message* :</label>
					<textarea id="id_content" name="content" cols="35" rows="6" required="required"></textarea>
				</div>
			</div>

			<div class="grid">
				<div class="col sml-12">
					<label for="id_rep"><strong>Vérification anti-spam</strong>*</label>
					Quelle est la <span>{p.id % 7 + 1}</span>ème lettre du mot <span>pluxml</span>
					<input id="id_rep" name="rep" type="text" size="2" maxlength="1" style="width: auto; display: inline;" required="required" />
				</div>
			</div>

			<div class="grid">
				<div class="col sml-12">
					<input type="hidden" id="id_parent" name="parent" value="" />
					<input class="blue" type="submit" value="Envoyer votre commentaire" />
				</div>
			</div>

		</fieldset>

	</form>

<script>
function replyCom(idCom) {{
	document.getElementById('id_answer').innerHTML='Répondre à :';
	document.getElementById('id_answer').innerHTML+=document.getElementById('com-'+idCom).innerHTML;
	document.getElementById('id_answer').innerHTML+='<a rel="nofollow" href="{u}#form" onclick="cancelCom()">Annuler</a>';
	document.getElementById('id_answer').style.display='inline-block';
	document.getElementById('id_parent').value=idCom;
	document.getElementById('id_content').focus();
}}
function cancelCom() {{
	document.getElementById('id_answer').style.display='none';
	document.getElementById('id_parent').value='';
	document.getElementById('com_message').innerHTML='';
}}
var parent = document.getElementById('id_parent').value;
if(parent!='') {{ replyCom(parent) }}
</script>

	<p><a href="{self.base}{self.r(f'feed.php?rss/commentaires/article{p.id}')}" title="Fil RSS des commentaires de cet article">Fil RSS des commentaires de cet article</a></p>
""")
        else:
            out.append("""	<p>
		Les commentaires sont fermés.
	</p>
""")
        return "".join(out)

    def single(self, p: Post) -> str:
        body = self.html(self.chapo(p)) + "\n" + self.html(self.content(p))
        if p.source:
            body += f'\n<p>Source : <a href="{esc(p.source[1])}">{esc(p.source[0])}</a></p>'
        content = f"""					<article class="article" id="post-{p.id}">

{self.header(p, True)}
						{body}

					</article>

{self.comments(p)}"""
        meta = f'\t<meta name="author" content="{esc(p.author)}" />\n'
        return self.doc(f"{p.title} - {self.b.name}", content, "article", meta, self.url[id(p)])

    def item_pages(self):
        for p in self.posts:
            yield (self.url[id(p)].removeprefix(self.base), (p.last_modified, len(p.comments)),
                   lambda p=p: page(self.single(p), modified=p.last_modified))

    def pagination(self, arg: str, n: int, last: int) -> str:
        """plxShow::pagination (n is 1-based)."""
        if last <= 1:
            return ""

        def u(k):
            if k <= 1:
                return self.base + self.r("?" + arg) if arg else f"{self.base}/"
            return self.base + self.r("?" + (arg + "/" if arg else "") + f"page{k}")
        out = ""
        if n > 2:
            out += f'<span class="p_first"><a href="{u(1)}" title="Aller à la première page">«</a></span>&nbsp;'
        if n > 1:
            out += f'<span class="p_prev"><a href="{u(n - 1)}" title="Page précédente">précédente</a></span>&nbsp;'
        out += f'<span class="p_page p_current">page {n} sur {last}</span>'
        if n < last:
            out += f'&nbsp;<span class="p_next"><a href="{u(n + 1)}" title="page suivante">suivante</a></span>'
        if n + 1 < last:
            out += f'&nbsp;<span class="p_last"><a href="{u(last)}" title="Aller à la dernière page">»</a></span>'
        return out

    def listing(self, arg: str, posts: list[Post], mode: str, title: str, intro: str = "") -> dict[str, str]:
        chunks = pages_of(posts, self.b.per_page)
        out = {}
        for n, chunk in enumerate(chunks, 1):
            if n == 1:
                key = self.r("?" + arg) if arg else "/"
            else:
                key = self.r("?" + (arg + "/" if arg else "") + f"page{n}")
            content = (intro + "".join(self.teaser(p) for p in chunk)
                       + f"""					<nav class="pagination text-center">
						{self.pagination(arg, n, len(chunks))}
					</nav>

					<span><a href="{self.base}{self.r('feed.php?rss')}" title="Fil RSS des articles">Fil RSS des articles</a></span>
""")
            meta = f'\t<meta name="description" content="{esc(self.b.tagline)}" />\n' if mode == "home" else ""
            out[key] = self.doc(title, content, mode, meta, self.base + key)
        return out

    # -- feeds -------------------------------------------------------------------------------
    def rss(self, posts: list[Post], title: str, link: str, get: str) -> str:
        chosen = posts[::-1][:self.b.feed_items]
        entries = ""
        for p in chosen:
            u = self.url[id(p)]
            content = self.html(self.chapo(p)) + "\n" + self.html(self.content(p))
            entries += (f"\t<item>\n\t\t<title>{x(p.title)}</title> \n\t\t<link>{u}</link>\n\t\t<guid>{u}</guid>\n"
                        f"\t\t<description>{x(content)}</description>\n\t\t<pubDate>{rfc822(p.when)}</pubDate>\n"
                        f"\t\t<dc:creator>{x(p.author)}</dc:creator>\n\t</item>\n")
        last = rfc822(max((p.when for p in chosen), default=datetime(1970, 1, 1, 1, 0)))
        return (f'<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                f'xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n\t<title>{x(title)}</title>\n\t<link>{link}</link>\n'
                f'\t<language>fr</language>\n\t<description>{x(self.b.tagline)}</description>\n'
                f'\t<atom:link xmlns:atom="http://www.w3.org/2005/Atom" rel="self" type="application/rss+xml" href="{self.base}{self.r("feed.php?" + get)}" />\n'
                f'\t<lastBuildDate>{last}</lastBuildDate>\n\t<generator>PluXml</generator>\n{entries}</channel>\n</rss>')

    def rss_comments(self, post: Post | None) -> str:
        pairs = []
        for p in ([post] if post else self.posts):
            order = sorted(p.comments, key=lambda c: (c.when, c.id))
            pairs += [(c, p, i) for i, c in enumerate(order, 1)]
        pairs.sort(key=lambda t: (t[0].when, t[0].id), reverse=True)
        pairs = pairs[:self.b.feed_items]
        entries = ""
        for c, p, i in pairs:
            when = fdate(c.when, "#day #num_day #month #num_year(4), #hour:#minute")
            t = f"{p.title} - Rédigé par {c.author} @ {when}" if post else f"{c.author} @ {when}"
            link = f"{self.url[id(p)]}#c{p.id:04d}-{i}"
            entries += (f"\t<item>\n\t\t<title>{x(t)}</title> \n\t\t<link>{link}</link>\n\t\t<guid>{link}</guid>\n"
                        f"\t\t<description>{x(chr(10).join(c.text))}</description>\n\t\t<pubDate>{rfc822(c.when)}</pubDate>\n"
                        f"\t\t<dc:creator>{x(c.author)}</dc:creator>\n\t</item>\n")
        title = f"{self.b.name} - {post.title} - Commentaires" if post else f"{self.b.name} - Commentaires"
        link = self.url[id(post)] if post else f"{self.base}/"
        last = rfc822(max((c.when for c, _, _ in pairs), default=datetime(1970, 1, 1, 1, 0)))
        return (f'<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                f'xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
                f'\t<atom:link xmlns:atom="http://www.w3.org/2005/Atom" rel="self" type="application/rss+xml" href="{self.base}{self.r("feed.php?rss/commentaires/")}" />\n'
                f'\t<title>{x(title)}</title> \n\t<link>{link}</link>\n\t<language>fr</language>\n'
                f'\t<description>{x(self.b.tagline)}</description>\n\t<lastBuildDate>{last}</lastBuildDate>\n'
                f'\t<generator>PluXml</generator>\n{entries}</channel>\n</rss>')

    def sitemap(self) -> str:
        rows = [f"\t<url>\n\t\t<loc>{self.base}/</loc>\n\t\t<changefreq>weekly</changefreq>\n\t\t<priority>1.0</priority>\n\t</url>\n"]
        for i in range(1, len(self.statics) + 1):
            rows.append(f"\n\t<url>\n\t\t<loc>{self.base}{self.static_url(i)}</loc>\n\t\t<changefreq>monthly</changefreq>\n\t\t<priority>0.8</priority>\n\t</url>\n")
        for c in self.cats:
            rows.append(f"\n\t<url>\n\t\t<loc>{self.base}{x(self.cat_url(c))}</loc>\n\t\t<changefreq>weekly</changefreq>\n\t\t<priority>0.8</priority>\n\t</url>\n")
        for p in self.posts[::-1]:
            rows.append(f"\n\t<url>\n\t\t<loc>{x(self.url[id(p)])}</loc>\n\t\t<lastmod>{p.last_modified:%Y-%m-%d}</lastmod>\n"
                        f"\t\t<changefreq>monthly</changefreq>\n\t\t<priority>0.5</priority>\n\t</url>\n")
        return ('<?xml version="1.0" encoding="utf-8" ?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                + "".join(rows) + "</urlset>\n")


def item_pages(blog: Blog, now: datetime = NOW):
    return _Plx(blog, now).item_pages()


def render(blog: Blog, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a PluXml blog keyed by path?query, and its 404 page."""
    px = _Plx(blog, now)
    keep = keep or {}
    posts = blog.posts
    last = max((p.last_modified for p in posts), default=now)
    out: dict[str, Page] = {}
    for key, html in px.listing("", posts, "home", f"{blog.name} - {blog.tagline}").items():
        out[key] = page(html, modified=last)
    if not rewriting(blog.host):
        out["/index.php"] = out["/"]
    out.update(served(px, keep))
    for c, (n, slug) in px.cats.items():
        inposts = [p for p in posts if p.category == c]
        intro = f'\t\t\t\t\t<h3 class="cat-name">{esc(c)}</h3>\n'
        for key, html in px.listing(f"categorie{n}/{slug}", inposts, "categorie", f"{c} - {blog.name}", intro).items():
            out[key] = page(html, modified=max(p.last_modified for p in inposts))
        out[px.r(f"feed.php?rss/categorie{n}/{slug}")] = page(
            px.rss(inposts, f"{blog.name} - {c}", px.base + px.cat_url(c), f"rss/categorie{n}/{slug}"), RSS)
    for t, slug in px.tags.items():
        inposts = [p for p in posts if t in p.tags]
        for key, html in px.listing(f"tag/{slug}", inposts, "tags", f"Tag {t} - {blog.name}").items():
            out[key] = page(html, modified=max(p.last_modified for p in inposts))
    months = sorted({(p.when.year, p.when.month) for p in posts})
    for y, m in months:
        inposts = [p for p in posts if (p.when.year, p.when.month) == (y, m)]
        for key, html in px.listing(f"archives/{y}/{m:02d}", inposts, "archives", f"Archives {MOIS[m - 1]} {y} - {blog.name}").items():
            out[key] = page(html)
    for i, (slug, name) in enumerate(px.statics, 1):
        if slug == "liens":
            inner = "<ul>\n" + "".join(f'<li><a href="{esc(u)}">{esc(n)}</a></li>\n' for u, n in blog.blogroll) + "</ul>"
        else:
            inner = f"<p>Pour écrire à {esc(blog.author)}, utilisez le formulaire ci-dessous.</p>"
        content = (f'\t\t\t\t\t<article class="article static" id="static-page-{i}">\n\t\t\t\t\t\t<header>\n\t\t\t\t\t\t\t<h2>\n'
                   f'\t\t\t\t\t\t\t\t{esc(name)}\n\t\t\t\t\t\t\t</h2>\n\t\t\t\t\t\t</header>\n{inner}\n\t\t\t\t\t</article>\n')
        out[px.static_url(i)] = page(px.doc(f"{name} - {blog.name}", content, "static", canonical=px.base + px.static_url(i)))
    out[px.r("feed.php?rss")] = page(px.rss(posts, blog.name, f"{px.base}/", "rss"), RSS, modified=last)
    out[px.r("feed.php?atom")] = out[px.r("feed.php?rss")]  # 5.8 answers the old atom/ feeds with RSS
    out[px.r("feed.php?rss/commentaires")] = page(px.rss_comments(None), RSS, modified=last)
    out[px.r("feed.php?atom/commentaires")] = out[px.r("feed.php?rss/commentaires")]
    for p in posts:
        if p.comments or p.comments_open:
            out[px.r(f"feed.php?rss/commentaires/article{p.id}")] = page(px.rss_comments(p), RSS, modified=p.last_modified)
    out["/sitemap.php"] = page(px.sitemap(), "text/xml; charset=utf-8", modified=last)
    delay = f"Crawl-delay: {blog.crawl_delay}\n" if blog.crawl_delay else ""
    out["/robots.txt"] = page(f"User-agent: *\n{delay}Disallow: /core/\nDisallow: /data/configuration/\n"
                              f"Sitemap: {px.base}/sitemap.php\n", TEXT)
    missing = """					<article class="article">

						<header>
							<h2>
								La page que vous avez demandée n'existe pas
							</h2>
						</header>

						<p>
							La page demandée n'existe pas
						</p>

					</article>
"""
    return out, page(px.doc(f"La page demandée n'existe pas - {blog.name}", missing, "erreur"), status=404)


IGNORED_PARAMS: set[str] = set()
