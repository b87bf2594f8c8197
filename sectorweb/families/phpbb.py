"""phpBB 3.3 with prosilver, French (see docs/markup-families.md#phpbb). Links are "./x.php?..."."""
from __future__ import annotations

from collections import Counter
from datetime import datetime

from sectorweb.dates import NOW, iso, iso_utc, phpbb_short
from sectorweb.families.common import ATOM, TEXT, Page, autolink, cdata, esc, page, served
from sectorweb.feeds import x
from sectorweb.model import Board, Forum, Message, Thread


class _PhpBB:
    def __init__(self, forum: Forum, now: datetime = NOW):
        self.f = forum
        self.now = now
        self.base = f"http://{forum.host}"
        self.board_of = {t.id: b for b in forum.boards for t in b.threads}
        self.page_of: dict[int, tuple[Thread, int]] = {}  # message id -> (thread, start)
        for t in forum.threads():
            for i, m in enumerate(t.messages):
                self.page_of[m.id] = (t, i - i % forum.posts_per_page)
        self.n_posts = Counter(m.author for t in forum.threads() for m in t.messages)

    def user(self, name: str) -> str:
        return f'<a href="./memberlist.php?mode=viewprofile&amp;u={self.f.users[name]}" class="username">{esc(name)}</a>'

    def doc(self, title: str, section: str, main: str, crumbs: list[tuple[str, str]]) -> str:
        f = self.f
        crumb = "".join(f' <span class="crumb"><a href="{h}"><span>{esc(n)}</span></a></span>' for h, n in crumbs)
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="alternate" type="application/atom+xml" title="Flux - {esc(f.name)}" href="/app.php/feed">
<link rel="alternate" type="application/atom+xml" title="Flux - Nouveaux sujets" href="/app.php/feed/topics">
<link href="./assets/css/font-awesome.min.css?assets_version=42" rel="stylesheet">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=42" rel="stylesheet">
<link href="./styles/prosilver/theme/fr/stylesheet.css?assets_version=42" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch {section} ltr">
<div id="wrap" class="wrap">
<a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header">
<div class="headerbar" role="banner"><div class="inner">
<div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="Index du forum"><span class="site_logo"></span></a>
<h1>{esc(f.name)}</h1><p>{esc(f.tagline)}</p><p class="skiplink"><a href="#start_here">Vers le contenu</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" maxlength="128" title="Recherche par mots-clés" class="inputbox search tiny" size="20" value="" placeholder="Rechercher…"><button class="button button-search" type="submit" title="Rechercher"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Rechercher</span></button></fieldset></form></div>
</div></div>
<div class="navbar" role="navigation"><div class="inner">
<ul id="nav-main" class="nav-main linklist" role="menubar">
<li id="quick-links" class="quick-links dropdown-container responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger"><i class="icon fa-bars fa-fw" aria-hidden="true"></i><span>Raccourcis</span></a></li>
<li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Foire aux questions" role="menuitem"><i class="icon fa-question-circle fa-fw" aria-hidden="true"></i><span>FAQ</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login&amp;redirect=index.php" title="Connexion" accesskey="x" role="menuitem"><i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>Connexion</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem"><i class="icon fa-pencil-square-o fa-fw" aria-hidden="true"></i><span>S’enregistrer</span></a></li>
</ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><span class="crumb"><a href="./index.php" accesskey="h" data-navbar-reference="index"><i class="icon fa-home fa-fw"></i><span>Index du forum</span></a></span>{crumb}</li>
<li class="rightside responsive-search"><a href="./search.php" title="Voir les options de recherche avancée" role="menuitem"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Rechercher</span></a></li>
</ul>
</div></div>
</div>
<a id="start_here" class="anchor"></a>
<div id="page-body" class="page-body" role="main">
{main}
</div>
<div id="page-footer" class="page-footer" role="contentinfo">
<div class="navbar" role="navigation"><div class="inner">
<ul id="nav-footer" class="nav-footer linklist" role="menubar">
<li class="breadcrumbs"><span class="crumb"><a href="./index.php" data-navbar-reference="index"><i class="icon fa-home fa-fw" aria-hidden="true"></i><span>Index du forum</span></a></span></li>
<li class="rightside">Heures au format <span title="Europe/Paris">UTC+01:00</span></li>
<li class="rightside"><a href="./ucp.php?mode=delete_cookies" data-ajax="true" data-refresh="true" role="menuitem"><i class="icon fa-trash fa-fw" aria-hidden="true"></i><span>Supprimer les cookies</span></a></li>
<li class="rightside" data-last-responsive="true"><a href="./memberlist.php?mode=team" role="menuitem"><i class="icon fa-shield fa-fw" aria-hidden="true"></i><span>L’équipe du forum</span></a></li>
<li class="rightside" data-last-responsive="true"><a href="./memberlist.php?mode=contactadmin" role="menuitem"><i class="icon fa-envelope fa-fw" aria-hidden="true"></i><span>Nous contacter</span></a></li>
</ul>
</div></div>
<div class="copyright">
<p class="footer-row"><span class="footer-copyright">Propulsé par <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited</span></p>
<p class="footer-row"><span class="footer-copyright">Traduction française officielle © <a href="https://www.phpbb.com/customise/db/translation/french/">Milles</a></span></p>
<p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy" title="Confidentialité" role="menuitem"><span class="footer-link-text">Confidentialité</span></a> | <a class="footer-link" href="./ucp.php?mode=terms" title="Conditions" role="menuitem"><span class="footer-link-text">Conditions</span></a></p>
</div>
<div id="darkenwrapper" class="darkenwrapper" data-ajax-error-title="Erreur AJAX" data-ajax-error-text="Quelque chose s’est mal passé lors du traitement de votre demande."><div id="darken" class="darken">&nbsp;</div></div>
<div class="cookie-notice" id="cookie-notice">Ce forum utilise des cookies pour son bon fonctionnement. En poursuivant votre navigation, vous acceptez leur utilisation.</div>
</div>
</div>
</body>
</html>
"""

    def _time(self, m: Message) -> str:
        return f'<time datetime="{iso_utc(m.when)}">{phpbb_short(m.when)}</time>'

    def pagination(self, href: str, total_items: int, per: int, start: int, label: str) -> str:
        pages = max(1, -(-total_items // per))
        if pages == 1:
            return f'<div class="pagination">{label} • Page <strong>1</strong> sur <strong>1</strong></div>'
        cur = start // per
        items = []
        if cur > 0:
            prev = href if cur == 1 else f"{href}&amp;start={(cur - 1) * per}"
            items.append(f'<li class="arrow previous"><a class="button button-icon-only" href="{prev}" rel="prev" role="button"><i class="icon fa-chevron-left fa-fw" aria-hidden="true"></i><span class="sr-only">Précédente</span></a></li>')
        for k in range(pages):
            if k == cur:
                items.append(f'<li class="active"><span>{k + 1}</span></li>')
            else:
                h = href if k == 0 else f"{href}&amp;start={k * per}"
                items.append(f'<li><a class="button" href="{h}" role="button">{k + 1}</a></li>')
        if cur + 1 < pages:
            items.append(f'<li class="arrow next"><a class="button button-icon-only" href="{href}&amp;start={(cur + 1) * per}" rel="next" role="button"><i class="icon fa-chevron-right fa-fw" aria-hidden="true"></i><span class="sr-only">Suivante</span></a></li>')
        return (f'<div class="pagination">{label} • <a href="#" class="dropdown-trigger" role="button">Page <strong>{cur + 1}</strong> sur <strong>{pages}</strong></a>'
                f'<ul>{"".join(items)}</ul></div>')

    def last_post(self, t: Thread) -> str:
        m = t.messages[-1]
        return (f'<dd class="lastpost"><span><dfn>Dernier message </dfn>par {self.user(m.author)}'
                f'<a href="./viewtopic.php?p={m.id}#p{m.id}" title="Voir le dernier message"><i class="icon fa-external-link-square fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only"></span></a>'
                f'<br>{self._time(m)}</span></dd>')

    # -- pages -------------------------------------------------------------------------------
    def index(self) -> str:
        rows = []
        for b in self.f.boards:
            n_msgs = sum(len(t.messages) for t in b.threads)
            latest = max(b.threads, key=lambda t: t.messages[-1].when) if b.threads else None
            last = ""
            if latest:
                m = latest.messages[-1]
                last = (f'<dd class="lastpost"><span><dfn>Dernier message </dfn><a href="./viewtopic.php?p={m.id}#p{m.id}" title="Re: {esc(latest.title)}" class="lastsubject">Re: {esc(latest.title)}</a>'
                        f'<br>par {self.user(m.author)}<br>{self._time(m)}</span></dd>')
            rows.append(f"""<li class="row">
<dl class="row-item forum_read"><dt title="Aucun message non lu"><div class="list-inner">
<a href="./viewforum.php?f={b.id}" class="forumtitle">{esc(b.name)}</a><br>{esc(b.description)}
</div></dt><dd class="topics">{len(b.threads)} <dfn>Sujets</dfn></dd><dd class="posts">{n_msgs} <dfn>Messages</dfn></dd>{last}</dl>
</li>""")
        total = sum(len(t.messages) for t in self.f.threads())
        newest = max(self.f.users, key=self.f.users.get)
        main = f"""<p class="right responsive-center time rightside">Nous sommes le {phpbb_short(self.now)}</p>
<div class="forabg"><div class="inner">
<ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Forums</div></dt><dd class="topics">Sujets</dd><dd class="posts">Messages</dd><dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul>
<ul class="topiclist forums">
{chr(10).join(rows)}
</ul>
</div></div>
<div class="stat-block online-list"><h3>Qui est en ligne ?</h3><p>Au total, il y a <strong>{7 + len(self.f.users) % 11}</strong> utilisateurs en ligne :: 1 enregistré, 0 invisible et {6 + len(self.f.users) % 11} invités</p></div>
<div class="stat-block statistics"><h3>Statistiques</h3><p>Messages : <strong>{total}</strong> • Sujets : <strong>{len(self.f.threads())}</strong> • Membres : <strong>{len(self.f.users)}</strong> • Notre membre le plus récent : <strong>{self.user(newest)}</strong></p></div>"""
        return self.doc(f"{self.f.name} - Index du forum", "section-index", main, [])

    def viewforum(self, b: Board, start: int) -> str:
        per = self.f.topics_per_page
        rows = []
        for k, t in enumerate(b.threads[start:start + per]):
            n = len(t.messages)
            pag = ""
            if n > self.f.posts_per_page:
                pag = ('<div class="pagination"><span><i class="icon fa-clone fa-fw" aria-hidden="true"></i></span><ul>'
                       + "".join(f'<li><a class="button" href="./viewtopic.php?t={t.id}{"" if s == 0 else f"&amp;start={s}"}">{s // self.f.posts_per_page + 1}</a></li>'
                                 for s in range(0, n, self.f.posts_per_page)) + "</ul></div>")
            first = t.messages[0]
            rows.append(f"""<li class="row bg{1 + k % 2}">
<dl class="row-item topic_read"><dt title="Aucun message non lu"><div class="list-inner">
<a href="./viewtopic.php?t={t.id}" class="topictitle">{esc(t.title)}</a><br>
<div class="topic-poster responsive-hide left-box">par {self.user(first.author)} » {self._time(first)}</div>
{pag}
</div></dt><dd class="posts">{n - 1} <dfn>Réponses</dfn></dd><dd class="views">{t.views} <dfn>Vues</dfn></dd>{self.last_post(t)}</dl>
</li>""")
        label = f"{len(b.threads)} sujet{'s' if len(b.threads) > 1 else ''}"
        pag = self.pagination(f"./viewforum.php?f={b.id}", len(b.threads), per, start, label)
        main = f"""<h2 class="forum-title"><a href="./viewforum.php?f={b.id}">{esc(b.name)}</a></h2>
<div><p>{esc(b.description)}</p></div>
<div class="action-bar bar-top">
<a href="./posting.php?mode=post&amp;f={b.id}" class="button" title="Publier un nouveau sujet"><span>Nouveau sujet</span> <i class="icon fa-pencil fa-fw" aria-hidden="true"></i></a>
<div class="search-box" role="search"><form method="get" id="forum-search" action="./search.php"><fieldset><input class="inputbox search tiny" type="search" name="keywords" id="search_keywords" size="20" placeholder="Rechercher dans ce forum…"><input type="hidden" name="fid[0]" value="{b.id}"></fieldset></form></div>
{pag}
</div>
<div class="forumbg"><div class="inner">
<ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Sujets</div></dt><dd class="posts">Réponses</dd><dd class="views">Vues</dd><dd class="lastpost"><span>Dernier message</span></dd></dl></li></ul>
<ul class="topiclist topics">
{chr(10).join(rows)}
</ul>
</div></div>
<div class="action-bar bar-bottom">{pag}</div>"""
        title = f"{b.name} - {self.f.name}" + (f" - Page {start // per + 1}" if start else "")
        return self.doc(title, "section-viewforum", main, [(f"./viewforum.php?f={b.id}", b.name)])

    def post_html(self, t: Thread, m: Message, pos: int) -> str:
        uid = self.f.users[m.author]
        n_posts = self.n_posts[m.author]
        joined = datetime(2019 + uid % 5, 1 + uid % 12, 1 + uid % 28, 8 + uid % 14, uid % 60)
        rank = "Administrateur" if m.author in self.f.admins else "Membre"
        subject = esc(t.title) if pos == 0 else f"Re: {esc(t.title)}"
        body = "<br><br>".join(autolink(p, "nofollow") for p in m.text)
        if m.quote:
            qa, qt = m.quote
            body = f'<blockquote><div><cite>{esc(qa)} a écrit :</cite>{autolink(qt, "nofollow")}</div></blockquote>{body}'
        sig = f'<div id="sig{m.id}" class="signature">{autolink(m.signature, "nofollow")}</div>' if m.signature else ""
        return f"""<div id="p{m.id}" class="post has-profile bg{2 - pos % 2}">
<div class="inner">
<dl class="postprofile" id="profile{m.id}">
<dt class="has-profile-rank no-avatar"><div class="avatar-container"></div>{self.user(m.author)}</dt>
<dd class="profile-rank">{rank}</dd>
<dd class="profile-posts"><strong>Messages :</strong> <a href="./search.php?author_id={uid}&amp;sr=posts">{n_posts}</a></dd>
<dd class="profile-joined"><strong>Inscription :</strong> {phpbb_short(joined)}</dd>
</dl>
<div class="postbody">
<div id="post_content{m.id}">
<h3{' class="first"' if pos == 0 else ''}><a href="./viewtopic.php?p={m.id}#p{m.id}">{subject}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p={m.id}" title="Répondre en citant le message" class="button button-icon-only"><i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span>Citer</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p={m.id}#p{m.id}" title="Message"><i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Message</span></a><span class="responsive-hide">par <strong>{self.user(m.author)}</strong> &raquo; </span>{self._time(m)}</p>
<div class="content">{body}</div>
{sig}
</div>
</div>
<div class="back2top"><a href="#top" class="top" title="Haut"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span class="sr-only">Haut</span></a></div>
</div>
</div>
<hr class="divider">"""

    def viewtopic(self, t: Thread, start: int) -> str:
        per = self.f.posts_per_page
        b = self.board_of[t.id]
        n = len(t.messages)
        pag = self.pagination(f"./viewtopic.php?t={t.id}", n, per, start, f"{n} message{'s' if n > 1 else ''}")
        posts = "\n".join(self.post_html(t, m, start + i) for i, m in enumerate(t.messages[start:start + per]))
        main = f"""<h2 class="topic-title"><a href="./viewtopic.php?t={t.id}">{esc(t.title)}</a></h2>
<div class="action-bar bar-top">
<a href="./posting.php?mode=reply&amp;t={t.id}" class="button" title="Répondre"><span>Répondre</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>
{pag}
</div>
{posts}
<div class="action-bar bar-bottom">{pag}</div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f={b.id}" class="left-box arrow-left" accesskey="r"><i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>Retourner vers « {esc(b.name)} »</span></a></p></div>"""
        title = f"{t.title} - {self.f.name}" + (f" - Page {start // per + 1}" if start else "")
        return self.doc(title, "section-viewtopic", main, [(f"./viewforum.php?f={b.id}", b.name)])

    def item_pages(self):
        """(path, what the page shows of its thread, render) for each page of each thread: see `site.py`'s page cache."""
        per = self.f.posts_per_page
        for t in self.f.threads():
            for start in range(0, len(t.messages), per):
                key = f"/viewtopic.php?t={t.id}" + (f"&start={start}" if start else "")
                chunk = t.messages[start:start + per]
                yield key, len(t.messages), lambda t=t, start=start, chunk=chunk: page(self.viewtopic(t, start),
                                                                                        modified=chunk[-1].when)

    def feed(self, topics: bool = False) -> str:
        """`/app.php/feed` (latest messages) or `/app.php/feed/topics` (latest new topics)."""
        pool = ((t.messages[0], t) for t in self.f.threads()) if topics else \
            ((m, t) for t in self.f.threads() for m in t.messages)
        msgs = sorted(pool, key=lambda mt: mt[0].when)[::-1][:15]
        entries = []
        for m, t in msgs:
            b = self.board_of[t.id]
            u = f"{self.base}/viewtopic.php?p={m.id}#p{m.id}"
            subject = t.title if m is t.messages[0] else f"Re: {t.title}"
            content = "<br><br>".join(autolink(p) for p in m.text) + f"<p>Statistiques : Publié par {esc(m.author)} — {phpbb_short(m.when)}</p><hr />"
            entries.append(f"""<entry>
<author><name>{cdata(m.author)}</name></author>
<updated>{iso(m.when)}</updated>
<published>{iso(m.when)}</published>
<id>{x(u)}</id>
<link href="{x(u)}"/>
<title type="html">{cdata(f"{b.name} • {subject}")}</title>
<category term="{esc(b.name)}" scheme="{self.base}/viewforum.php?f={b.id}" label="{esc(b.name)}"/>
<content type="html" xml:base="{x(u)}">{cdata(content)}</content>
</entry>""")
        last = msgs[0][0].when if msgs else self.now
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
<link rel="self" type="application/atom+xml" href="{self.base}/app.php/feed{"/topics" if topics else ""}" />
<title>{x(self.f.name)}</title>
<subtitle>{x(self.f.tagline)}</subtitle>
<link href="{self.base}/index.php" />
<updated>{iso(last)}</updated>
<author><name>{cdata(self.f.name)}</name></author>
<id>{self.base}/app.php/feed{"/topics" if topics else ""}</id>
{chr(10).join(entries)}
</feed>
"""


def item_pages(forum: Forum, now: datetime = NOW):
    return _PhpBB(forum, now).item_pages()


def render(forum: Forum, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a phpBB forum keyed by path?query, and its 404 page (`keep`: thread pages served as cached)."""
    ph = _PhpBB(forum, now)
    keep = keep or {}
    threads = forum.threads()
    last = max(m.when for t in threads for m in t.messages) if threads else now
    out: dict[str, Page] = {}
    index = page(ph.index(), modified=last)
    out["/"] = out["/index.php"] = index
    for b in forum.boards:
        for start in range(0, max(1, len(b.threads)), forum.topics_per_page):
            key = f"/viewforum.php?f={b.id}" + (f"&start={start}" if start else "")
            mod = max((t.messages[-1].when for t in b.threads), default=last)
            out[key] = page(ph.viewforum(b, start), modified=mod)
    out.update(served(ph, keep))
    for mid, (t, start) in ph.page_of.items():  # ./viewtopic.php?p=123 shows the page holding post 123
        out[f"/viewtopic.php?p={mid}"] = out[f"/viewtopic.php?t={t.id}" + (f"&start={start}" if start else "")]
    out["/app.php/feed"] = page(ph.feed(), ATOM, modified=last)
    out["/app.php/feed/topics"] = page(ph.feed(topics=True), ATOM, modified=last)
    delay = f"Crawl-delay: {forum.crawl_delay}\n" if forum.crawl_delay else ""
    out["/robots.txt"] = page("User-agent: *\n" + delay + "Disallow: /memberlist.php\nDisallow: /search.php\n"
                              "Disallow: /ucp.php\nDisallow: /posting.php\nDisallow: /viewonline.php\n"
                              "Disallow: /faq.php\nDisallow: /report.php\n", TEXT)
    missing = ('<div class="panel" id="message"><div class="inner"><h2 class="message-title">Information</h2>'
               '<p>Le sujet demandé n’existe pas.</p></div></div>')
    return out, page(ph.doc(f"{forum.name} - Information", "section-index", missing, []), status=404)


IGNORED_PARAMS = {"sid", "hilit", "view"}  # session ids and highlights do not change the page
