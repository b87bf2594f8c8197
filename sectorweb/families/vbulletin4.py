"""vBulletin 4.2 with its default style, in French, as its server answers a crawler.

Written blind from the engine's templates, not from any parser. Followed (`LibraUIT/vb-422-forum`, a vBulletin 4.2.2
tree): `install/vbulletin-style.xml`, templates `SHOWTHREAD` (`div#above_postlist` with `div#pagination_top`,
"Affichage des résultats 1 à 10 sur 25" `div.postpagestats`, `div#pagetitle h1` "Discussion: <span.threadtitle>",
`ol#posts.posts`, `div#below_postlist`, `div.navlinks` previous / next thread, `div#thread_info`),
`postbit_legacy` (`li.postbitlegacy.postbitim.postcontainer#post_N`, `div.posthead span.postdate > span.date` +
`span.time`, `a.postcounter` "#1" to `&p=N&viewfull=1#postN`, `div.userinfo` with `memberaction_dropdown`
`a.username > strong`, `span.usertitle`, `dl.userinfo_extra` "Date d'inscription" / "Messages",
`div#post_message_N > blockquote.postcontent.restore`, `blockquote.signature.restore > div.signaturecontainer`,
`div.postfoot` "Répondre avec citation"), `bbcode_quote` (`div.bbcode_container` ... `div.bbcode_postedby`
"Envoyé par <strong>X</strong>", `div.message`), `FORUMDISPLAY` and `threadbit` (`ol#threads.threads`,
`li.threadbit`, `h3.threadtitle a.title`, "Démarré par" `started_by_x_y_z_a`, the threadbit's own page links
`dl.pagination`, `ul.threadstats` Réponses / Affichages, `dl.threadlastpost`), `FORUMHOME`,
`forumhome_forumbit_level1_nopost` / `forumhome_forumbit_level2_post` / `forumhome_lastpostby`, `header`,
`navbar` (`div#breadcrumb` navbits), `footer` (`div#footer_time` "Fuseau horaire GMT +1. Il est actuellement
10h12."), `pagenav` / `pagenav_pagelink` / `pagenav_curpage`, `MEMBERINFO` (reduced to its statistics block).
Core code of the same tree: `includes/class_friendly_url.php` (friendly URL modes off / basic / advanced, `clean_entities`
on the HTML-escaped title keeping its case, `/pageN`), `archive/index.php` and `archive/global.php` (the archive:
`archive/index.php/f-N.html`, `t-N.html`, `t-N-p-K.html`, `div.post > div.posttop > div.username + div.date`,
`div.posttext` plain text with `nl2br`), `external.php` (`type=RSS2`: newest threads, `content:encoded`,
`dc:creator`, `guid isPermaLink="true"`).
The French language pack is not in the corpus: phrases follow the vBulletin-fr translation as installs show it
("Envoyé par", "Citation", "Aujourd'hui", "Hier", "Date d'inscription", "Discussion", "Page 1 sur 3"...); the
date format is the French installs' `d/m/Y` with the time format `H\\hi` ("04/03/2025, 10h12"), "Aujourd'hui" /
"Hier" for the last two days (`yestoday` on).
URLs (friendly URL setting varies by host, deterministic): off `showthread.php?t=N` (`&page=M`),
`forumdisplay.php?f=N`, `member.php?u=N`; basic `showthread.php?N-Titre` (`/pageM`), `forumdisplay.php?N-Forum`,
`member.php?N-Nom`; advanced `showthread.php/N-Titre/pageM`. Non-ASCII letters of a title are kept in the
fragment and served percent-encoded. Also `showthread.php?p=N` and the post-counter links (the page holding
the post), `index.php`, `forum.php`, `external.php?type=RSS2` (and per forum `&forumids=N`), the archive.
Not rendered: avatars (none in the model), the quick-reply editor and its scripts (guests), who-is-online
counts, sitemaps (vBulletin 4's sitemap is an admin-cron product writing files that few installs enable).
"""
from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta
from html import escape
from urllib.parse import quote

from sectorweb.dates import NOW, to_utc
from sectorweb.families.common import HTML, RSS, Page, autolink, cdata, esc, redirect
from sectorweb.families.forumkit import ForumView, render_forum
from sectorweb.feeds import x
from sectorweb.model import Board, Forum, Message, Thread

IGNORED_PARAMS = {"s", "highlight", "styleid", "langid", "viewfull"}
MODES = ["off", "basic", "advanced"]
VERSION = "4.2.2"
SORTS = {  # the thread list's column links: (order, key)
    "title": ("asc", lambda t: t.title.lower()),
    "postusername": ("asc", lambda t: t.messages[0].author.lower()),
    "replycount": ("desc", lambda t: len(t.messages)),
    "views": ("desc", lambda t: t.views),
    "lastpost": ("asc", lambda t: t.messages[-1].when),
}
_CLEAN = re.compile(r"""[\s$+,/:=?@"'<>%{}|\\^~\[\].`\x00-\x1f\x7f#&;]""")
_GM_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_GM_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DOCTYPE = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')


def mode_of(host: str) -> str:
    """The board's friendly URL setting (`friendlyurl`), chosen per host."""
    return MODES[int(hashlib.md5(f"vb4:{host}".encode()).hexdigest(), 16) % len(MODES)]


def fragment(ident: int, title: str) -> str:
    """`vB_Friendly_Url::clean_fragment(id . '-' . title)`: the title as vBulletin stores it (HTML-escaped), URL
    entities and punctuation to '-', case kept; non-ASCII letters percent-encoded as a client sends them."""
    raw = _CLEAN.sub("-", escape(f"{ident}-{title}", quote=True).replace("&#x27;", "'"))
    return quote(re.sub("-+", "-", raw).strip("-"), safe="!()*-_")


def _url(script: str, idvar: str, ident: int, title: str, page: int, mode: str, amp: str = "&") -> str:
    if mode == "off":
        return f"{script}?{idvar}={ident}" + (f"{amp}page={page}" if page > 1 else "")
    uri = fragment(ident, title) + (f"/page{page}" if page > 1 else "")
    return f"{script}?{uri}" if mode == "basic" else f"{script}/{uri}"


def thread_url(host: str, thread: Thread) -> str:
    return f"http://{host}/" + _url("showthread.php", "t", thread.id, thread.title, 1, mode_of(host))


def gmdate(d: datetime) -> str:
    u = to_utc(d)
    return f"{_GM_DAYS[u.weekday()]}, {u:%d} {_GM_MONTHS[u.month - 1]} {u.year} {u:%H:%M:%S} GMT"


class _VB4(ForumView):
    def __init__(self, forum: Forum, now: datetime = NOW):
        super().__init__(forum, now)
        self.mode = mode_of(forum.host)
        self.cat_of = {b.id: cid for cid, _, bs in self.categories for b in bs}
        self.cat_name = {cid: name for cid, name, _ in self.categories}
        self.post_no = {m.id: i + 1 for t in forum.threads() for i, m in enumerate(t.messages)}

    # -- urls -------------------------------------------------------------------------------------
    def turl(self, t: Thread, page: int = 1, amp: str = "&amp;") -> str:
        return _url("showthread.php", "t", t.id, t.title, page, self.mode, amp)

    def furl(self, fid: int, title: str, page: int = 1, amp: str = "&amp;") -> str:
        return _url("forumdisplay.php", "f", fid, title, page, self.mode, amp)

    def murl(self, name: str) -> str:
        return _url("member.php", "u", self.f.users[name], name, 1, self.mode)

    def thread_path(self, t: Thread, k: int) -> str:
        return "/" + self.turl(t, k + 1, "&")

    def board_path(self, b: Board, k: int) -> str:
        return "/" + self.furl(b.id, b.name, k + 1, "&")

    def post_link(self, t: Thread, m: Message, amp: str = "&amp;") -> str:
        """`{vb:link thread, thread, pageinfo_post}`: the thread's URL with `p=N&viewfull=1`."""
        base = self.turl(t, 1, amp)
        sep = amp if "?" in base else "?"
        return f"{base}{sep}p={m.id}{amp}viewfull=1"

    @staticmethod
    def q(url: str) -> str:
        """The separator before a query argument: friendly URLs put the page's own fragment in the query."""
        return "&amp;" if "?" in url else "?"

    # -- dates ------------------------------------------------------------------------------------
    def day(self, d: datetime) -> str:
        """`vbdate($dateformat, ..., yestoday)`: "Aujourd'hui", "Hier" or `d/m/Y`."""
        if d.date() == self.now.date():
            return "Aujourd'hui"
        if d.date() == (self.now - timedelta(days=1)).date():
            return "Hier"
        return f"{d:%d/%m/%Y}"

    @staticmethod
    def time(d: datetime) -> str:
        return f"{d:%H}h{d:%M}"

    # -- pieces -----------------------------------------------------------------------------------
    def pagenav(self, url, k: int, n: int, total: int, per: int) -> str:
        """`pagenav`: "Page 2 sur 5", Premier / previous, a window of three pages each side, next / Dernier."""
        if n <= 1:
            return ""
        on = k + 1

        def rng(p: int) -> tuple[int, int]:
            return (p - 1) * per + 1, min(p * per, total)

        def link(p: int) -> str:
            a, b = rng(p)
            if p == on:
                return (f'<span class="selected"><a href="javascript://" title="Affichage des résultats {a} à {b} '
                        f'sur {total}">{p}</a></span>')
            return f'<span><a href="{url(p)}" title="Afficher les résultats {a} à {b} sur {total}">{p}</a></span>'
        lo, hi = max(1, on - 3), min(n, on + 3)
        s = [f'<span><a href="javascript://" class="popupctrl">Page {on} sur {n}</a></span>']
        if lo > 1:
            a, b = rng(1)
            s.append(f'<span class="first_last"><a rel="start" href="{url(1)}" title="Première page - Résultats {a} '
                     f'à {b} sur {total}"><img src="images/pagination/first-right.png" alt="Premier" />Premier</a></span>')
        if on > 1:
            a, b = rng(on - 1)
            s.append(f'<span class="prev_next"><a rel="prev" href="{url(on - 1)}" title="Page précédente - Résultats '
                     f'{a} à {b} sur {total}"><img src="images/pagination/previous-right.png" alt="Précédent" /></a></span>')
        s += [link(p) for p in range(lo, hi + 1)]
        if on < n:
            a, b = rng(on + 1)
            s.append(f'<span class="prev_next"><a rel="next" href="{url(on + 1)}" title="Page suivante - Résultats '
                     f'{a} à {b} sur {total}"><img src="images/pagination/next-right.png" alt="Suivant" /></a></span>')
        if hi < n:
            a, b = rng(n)
            s.append(f'<span class="first_last"><a href="{url(n)}" title="Dernière page - Résultats {a} à {b} sur '
                     f'{total}">Dernier<img src="images/pagination/last-right.png" alt="Dernier" /></a></span>')
        body = "\n\t\t".join(s)
        return f"""<form action="{url(1).split("?")[0]}" method="get" class="pagination popupmenu nohovermenu">
		{body}
	<ul class="popupbody popuphover">
		<li class="formsubmit jumptopage"><label>Aller à la page : <input type="text" name="page" size="4" /></label> <input type="submit" class="button" value="Aller" /></li>
	</ul>
</form>"""

    def member(self, name: str, online: str = "offline") -> str:
        """`memberaction_dropdown`: the name opening the member menu."""
        uid = self.f.users[name]
        return f"""<div class="popupmenu memberaction">
	<a class="username {online} popupctrl" href="{self.murl(name)}" title="{esc(name)} est déconnecté"><strong>{esc(name)}</strong></a>
	<ul class="popupbody popuphover memberaction_body">
		<li class="left">
			<a href="{self.murl(name)}" class="siteicon_profile">
				Voir le profil
			</a>
		</li>
		<li class="right">
			<a href="search.php?do=finduser&amp;userid={uid}&amp;contenttype=vBForum_Post&amp;showposts=1" class="siteicon_forum" rel="nofollow">
				Voir les messages du forum
			</a>
		</li>
	</ul>
</div>"""

    def navbits(self, trail: list[tuple[str, str]], last: str) -> str:
        bits = "".join(f'\n\t\t<li class="navbit"><a href="{u}">{esc(t)}</a></li>' for u, t in trail)
        return f"""<div id="breadcrumb" class="breadcrumb">
	<ul class="floatcontainer">
		<li class="navbithome"><a href="index.php" accesskey="1"><img src="images/misc/navbit-home.png" alt="Accueil" /></a></li>{bits}
		<li class="navbit lastnavbit"><span>{last}</span></li>
	</ul>
	<hr />
</div>"""

    def trail(self, b: Board | None = None) -> list[tuple[str, str]]:
        out = [("forum.php", "Forum")]
        if b is not None:
            cid = self.cat_of[b.id]
            out.append((self.furl(cid, self.cat_name[cid]), self.cat_name[cid]))
        return out

    def layout(self, title: str, body: str, crumbs: str, head: str = "", description: str = "") -> str:
        f = self.f
        return f"""{_DOCTYPE}
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="fr" id="vbulletin_html">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta id="e_vb_meta_bburl" name="vb_meta_bburl" content="{self.base}" />
<base href="{self.base}/" /><!--[if IE]></base><![endif]-->
<meta name="generator" content="vBulletin {VERSION}" />
<meta http-equiv="X-UA-Compatible" content="IE=9" />
	<meta name="keywords" content="vbulletin,forum,bbs,discussion,bulletin board" />
	<meta name="description" content="{esc(description or f.tagline)}" />
<script type="text/javascript" src="clientscript/yui/yuiloader-dom-event/yuiloader-dom-event.js?v=422"></script>
<script type="text/javascript" src="clientscript/vbulletin-core.js?v=422"></script>
	<link rel="alternate" type="application/rss+xml" title="{esc(f.name)} Flux RSS" href="{self.base}/external.php?type=RSS2" />
<link rel="stylesheet" type="text/css" href="clientscript/vbulletin_css/style00001l/main-rollup.css?d=1391520000" />
{head}
	<title>{title}</title>
</head>
<body>
<div class="above_body"> <!-- closing tag is in template navbar -->
<div id="header" class="floatcontainer doc_header">
	<div><a name="top" href="forum.php" class="logo-image"><img src="images/misc/vbulletin4_logo.png" alt="{esc(f.name)} - Powered by vBulletin" /></a></div>
	<div id="toplinks" class="toplinks">
			<ul class="nouser">
				<li><a href="register.php" rel="nofollow">S'inscrire</a></li>
				<li><a rel="help" href="faq.php">Aide</a></li>
				<li>
			<form id="navbar_loginform" action="login.php?do=login" method="post">
				<fieldset id="logindetails" class="logindetails">
					<div>
						<div>
					<input type="text" class="textbox default-value" name="vb_login_username" id="navbar_username" size="10" accesskey="u" tabindex="101" value="Identifiant" />
					<input type="password" class="textbox" tabindex="102" name="vb_login_password" id="navbar_password" size="10" />
					<input type="submit" class="loginbutton" tabindex="104" value="Connexion" title="Entrez votre identifiant et votre mot de passe dans les champs prévus à cet effet pour vous connecter, ou cliquez sur le bouton « S'inscrire » pour créer un profil." accesskey="s" />
						</div>
					</div>
				</fieldset>
				<div id="remember" class="remember">
					<label for="cb_cookieuser_navbar"><input type="checkbox" name="cookieuser" value="1" id="cb_cookieuser_navbar" class="cb_cookieuser_navbar" accesskey="c" tabindex="103" /> Se souvenir de moi ?</label>
				</div>
				<input type="hidden" name="s" value="" />
				<input type="hidden" name="securitytoken" value="guest" />
				<input type="hidden" name="do" value="login" />
			</form>
				</li>
			</ul>
	</div>
	<div class="ad_global_header">
	</div>
	<hr />
</div>
<div id="navbar" class="navbar">
	<ul id="navtabs" class="navtabs floatcontainer">
		<li class="selected"><a class="navtab" href="forum.php">Forum</a>
			<ul class="floatcontainer">
				<li><a href="search.php?do=getdaily&amp;contenttype=vBForum_Post">Messages du jour</a></li>
				<li><a rel="help" href="faq.php" accesskey="5">FAQ</a></li>
				<li><a href="calendar.php">Calendrier</a></li>
			</ul>
		</li>
		<li><a class="navtab" href="search.php?do=getdaily&amp;contenttype=vBForum_Post" accesskey="2">Nouveaux messages</a></li>
	</ul>
		<div id="globalsearch" class="globalsearch">
			<form action="search.php?do=process" method="post" id="navbar_search" class="navbar_search">
				<input type="hidden" name="securitytoken" value="guest" />
				<input type="hidden" name="do" value="process" />
				<span class="textboxcontainer"><span><input type="text" value="" name="query" class="textbox" tabindex="99"/></span></span>
				<span class="buttoncontainer"><span><input type="image" class="searchbutton" src="images/buttons/search.png" name="submit" onclick="document.getElementById('navbar_search').submit;" tabindex="100"/></span></span>
			</form>
			<ul class="navbar_advanced_search">
				<li><a href="search.php" accesskey="4">Recherche avancée</a></li>
			</ul>
		</div>
</div>
</div><!-- closing div for above_body -->

<div class="body_wrapper">
{crumbs}

{body}

<div id="footer" class="floatcontainer footer">
	<ul id="footer_links" class="footer_links">
		<li><a href="sendmessage.php" rel="nofollow" accesskey="9">Nous contacter</a></li>
		<li><a href="{self.base}/">{esc(f.name)}</a></li>
		<li><a href="archive/index.php">Archives</a></li>
		<li><a href="#top" onclick="document.location.hash='top'; return false;">Haut de page</a></li>
	</ul>
	<script type="text/javascript">
	<!--
		// Main vBulletin Javascript Initialization
		vBulletin_init();
	//-->
	</script>
</div>
</div> <!-- closing div for body_wrapper -->
<div class="below_body">
<div id="footer_time" class="shade footer_time">Fuseau horaire GMT +1. Il est actuellement <span class="time">{self.time(self.now)}</span>.</div>

<div id="footer_copyright" class="shade footer_copyright">
	<!-- Do not remove this copyright notice -->
	Powered by <a href="https://www.vbulletin.com" id="vbulletinlink">vBulletin&reg;</a> Version {VERSION} <br />Copyright &copy; {self.now.year} vBulletin Solutions, Inc. Tous droits réservés. <br />Traduction par <a href="http://www.vbulletin-fr.org/">vBulletin-fr.org</a>
	<!-- Do not remove this copyright notice -->
</div>
<div id="footer_morecopyright" class="shade footer_morecopyright">
	<!-- Do not remove cronimage or your scheduled tasks will cease to function -->
	<!-- Do not remove cronimage or your scheduled tasks will cease to function -->
</div>
</div>
</body>
</html>"""

    # -- forum home ---------------------------------------------------------------------------------
    def lastpost(self, t: Thread) -> str:
        m = t.messages[-1]
        k = (len(t.messages) - 1) // self.per
        return f"""<p class="lastposttitle">
	<a href="{self.turl(t)}{self.q(self.turl(t))}goto=newpost" class="threadtitle" title="Aller au premier message non lu de la discussion « {esc(t.title)} »">{esc(t.title)}</a>
	<a href="{self.turl(t, k + 1)}#post{m.id}"><img src="images/buttons/lastpost-right.png" alt="Aller au dernier message" /></a>
	</p>
	<div class="lastpostby">
		par {self.member(m.author)}
	</div>
	<p class="lastpostdate">{self.day(m.when)}, <span class="time">{self.time(m.when)}</span></p>"""

    def forumbit(self, b: Board) -> str:
        last = max(b.threads, key=lambda t: t.messages[-1].when, default=None)
        return f"""<li id="forum{b.id}" class="forumbit_post old L2">
	<div class="forumrow table">
		<div class="foruminfo td">
			<img src="images/statusicon/forum_old-48.png" class="forumicon" id="forum_statusicon_{b.id}" alt="" />
			<div class="forumdata">
				<div class="datacontainer">
					<div class="titleline">
						<h2 class="forumtitle"><a href="{self.furl(b.id, b.name)}">{esc(b.name)}</a></h2>
					</div>
					<p class="forumdescription">{esc(b.description)}</p>
				</div>
			</div>
		</div>
		<h4 class="nocss_label">Actions du forum :</h4>
		<ul class="forumactionlinks td">
			<li class="forumactionlink rsslink"><a href="external.php?type=RSS2&amp;forumids={b.id}" title="Voir le flux RSS de ce forum">Voir le flux RSS de ce forum</a></li>
		</ul>
		<h4 class="nocss_label">Statistiques du forum :</h4>
		<ul class="forumstats td">
			<li>Discussions: {len(b.threads)}</li>
			<li>Messages: {sum(len(t.messages) for t in b.threads)}</li>
		</ul>
		<div class="forumlastpost td">
			<h4 class="lastpostlabel">Dernier message :</h4>
			<div>
				{self.lastpost(last) if last else "Jamais"}
			</div>
		</div>
	</div>
</li>"""

    def catbit(self, cid: int, name: str, boards: list[Board]) -> str:
        return f"""<li class="forumbit_nopost new L1" id="cat{cid}">
	<div class="forumhead foruminfo L1 collapse">
		<h2>
			<span class="forumtitle"><a href="{self.furl(cid, name)}">{esc(name)}</a></span>
			<span class="forumthreadpost">Discussions / Messages&nbsp;</span>
			<span class="forumlastpost">Dernier message</span>
			<a class="collapse" id="collapse_c_cat{cid}" href="#top"><img src="images/buttons/collapse_40b.png" alt="" /></a>
		</h2>
	</div>
	<ol id="c_cat{cid}" class="childforum">
		{"".join(self.forumbit(b) for b in boards)}
	</ol>
</li>"""

    def index(self) -> str:
        f = self.f
        n_threads = len(f.threads())
        n_posts = sum(len(t.messages) for t in f.threads())
        newest = max(f.users, key=lambda u: f.users[u], default=None)
        cats = "\n".join(self.catbit(cid, name, bs) for cid, name, bs in self.categories)
        body = f"""<div id="pagetitle">
	<h1>{esc(f.name)}</h1>
	<p id="welcomemessage" class="description">{esc(f.tagline)}</p>
</div>

<ol id="forums" class="floatcontainer">
	{cats}
</ol>

<div id="wgo" class="collapse wgo_block block">
	<h2 class="blockhead">Quoi de neuf ?</h2>
	<div class="blockbody formcontrols floatcontainer">
		<div id="wgo_stats" class="wgo_subblock section">
			<h3 class="blocksubhead"><img src="images/misc/wgo_statistics.png" alt="Statistiques de {esc(f.name)}" />Statistiques de {esc(f.name)}</h3>
			<div>
				<dl>
					<dt>Discussions</dt>
					<dd>{n_threads}</dd>
					<dt>Messages</dt>
					<dd>{n_posts}</dd>
					<dt>Membres</dt>
					<dd>{len(f.users)}</dd>
				</dl>
				{f'<p>Bienvenue à notre nouveau membre, <a class="username" href="{self.murl(newest)}">{esc(newest)}</a></p>' if newest else ""}
			</div>
		</div>
	</div>
</div>"""
        return self.layout(f"{esc(f.name)}", body, self.navbits([], "Forum"))

    # -- forumdisplay -----------------------------------------------------------------------------------
    def threadbit(self, t: Thread) -> str:
        first, last = t.messages[0], t.messages[-1]
        n = self.n_pages(len(t.messages), self.per)
        pages = ""
        if n > 1:
            links = " ".join(f'<span><a href="{self.turl(t, p)}">{p}</a></span>' for p in range(1, min(n, 5) + 1))
            more = (f' <span class="separator">...</span> <span><a href="{self.turl(t, n)}">{n}</a></span>'
                    if n > 5 else "")
            pages = f"""
							<dl class="pagination" id="pagination_threadbit_{t.id}">
								<dt class="label">{n} Pages <span class="separator">&bull;</span></dt>
								<dd>
									{links}{more}
								</dd>
							</dl>"""
        started = (f'<span class="label">Démarré par&nbsp;<a href="{self.murl(first.author)}" class="username understate" '
                   f'title="Démarré par {esc(first.author)} le {self.day(first.when)} {self.time(first.when)}">'
                   f'{esc(first.author)}</a>,&nbsp;{self.day(first.when)}&nbsp;{self.time(first.when)}</span>')
        return f"""<li class="threadbit hot" id="thread_{t.id}">
	<div class="rating0 nonsticky">
		<div class="threadinfo" title="{esc(" ".join(first.text)[:200])}">
			<!--  status icon block -->
			<a class="threadstatus" rel="vB::AJAX" ></a>
			<!-- title / author block -->
			<div class="inner">
				<h3 class="threadtitle">
					<a class="title" href="{self.turl(t)}" id="thread_title_{t.id}">{esc(t.title)}</a>
				</h3>
				<div class="threadmeta">
					<div class="author">
						{started}{pages}
					</div>
				</div>
			</div>
		</div>
		<!-- threadstats -->
		<ul class="threadstats td alt" title="">
				<li>Réponses: <a href="misc.php?do=whoposted&amp;t={t.id}" onclick="who({t.id}); return false;" class="understate">{len(t.messages) - 1}</a></li>
				<li>Affichages: {t.views}</li>
			<li class="hidden">Évaluation0 / 5</li>
		</ul>
		<!-- lastpost -->
		<dl class="threadlastpost td">
			<dt class="lastpostby hidden">Dernier message par</dt>
			<dd>{self.member(last.author)}</dd>
			<dd>{self.day(last.when)}, <span class="time">{self.time(last.when)}</span>
			<a href="{self.turl(t, n)}#post{last.id}" class="lastpostdate understate" title="Aller au dernier message"><img src="images/buttons/lastpost-right.png" alt="Aller au dernier message" /></a>
			</dd>
		</dl>
	</div>
</li>"""

    def sort_url(self, b: Board, page: int, sort: str | None, amp: str = "&amp;") -> str:
        """The forum's URL, page `page`, in the thread order `sort` (`forumdisplay.php?...&sort=X&order=Y`)."""
        url = self.furl(b.id, b.name, page, amp)
        if sort is None:
            return url
        return url + self.q(url).replace("&amp;", amp) + f"sort={sort}{amp}order={SORTS[sort][0]}"

    def board(self, b: Board, k: int, sort: str | None = None) -> str:
        """`forumdisplay.php`: the threads by last post, newest first, or in the order of a column's link."""
        threads = self.latest_first[b.id]
        if sort is not None:
            order, key = SORTS[sort]
            threads = sorted(b.threads, key=key, reverse=order == "desc")
        n = self.n_pages(len(threads), self.tper)
        shown = threads[k * self.tper:(k + 1) * self.tper]
        nav = self.pagenav(lambda p: self.sort_url(b, p, sort), k, n, len(threads), self.tper)
        a, z = (k * self.tper + 1, k * self.tper + len(shown)) if shown else (0, 0)
        title = esc(b.name) + (f" - Page {k + 1}" if k else "")
        body = f"""<div id="above_threadlist" class="above_threadlist">
	<a href="newthread.php?do=newthread&amp;f={b.id}" class="newcontent_textcontrol" id="newthreadlink_top"><span>+</span> Nouvelle discussion</a>
	<div class="threadpagenav">
		{nav}
		<div id="threadpagestats" class="threadpagestats">Discussions {a} à {z} sur {len(threads)}</div>
	</div>
</div>
<div id="pagetitle" class="pagetitle">
	<h1>Forum: <span class="forumtitle">{esc(b.name)}</span></h1>
	<p class="description">{esc(b.description)}</p>
</div>

<div id="threadlist" class="threadlist">
	<form id="thread_inlinemod_form" action="inlinemod.php?forumid={b.id}" method="post">
		<h2 class="hidden">Discussions dans ce forum</h2>
		<div>
			<div class="threadlisthead table">
				<div>
				<span class="threadinfo">
					<span class="threadtitle">
						<a href="{self.sort_url(b, 1, "title")}" rel="nofollow">Titre</a> /
						<a href="{self.sort_url(b, 1, "postusername")}" rel="nofollow">Auteur de la discussion</a>
					</span>
				</span>
					<span class="threadstats td"><a href="{self.sort_url(b, 1, "replycount")}" rel="nofollow">Réponses</a> / <a href="{self.sort_url(b, 1, "views")}" rel="nofollow">Affichages</a></span>
					<span class="threadlastpost td"><a href="{self.sort_url(b, 1, "lastpost")}" rel="nofollow">Dernier message par<img class="sortarrow" src="images/buttons/sortarrow-asc.png" alt="Inverser l'ordre de tri" border="0" /></a></span>
				</div>
			</div>
			<ol id="threads" class="threads">
				{"".join(self.threadbit(t) for t in shown)}
			</ol>
		</div>
		<hr />
	</form>
</div>

<div id="below_threadlist" class="noinlinemod below_threadlist">
	<a href="newthread.php?do=newthread&amp;f={b.id}" class="newcontent_textcontrol" id="newthreadlink_bottom"><span>+</span> Nouvelle discussion</a>
	<div class="threadpagenav">
		{nav}
	</div>
</div>"""
        head = f'<link rel="alternate" type="application/rss+xml" title="{esc(self.f.name)} - {esc(b.name)} - Flux RSS" href="{self.base}/external.php?type=RSS2&amp;forumids={b.id}" />'
        return self.layout(title, body, self.navbits(self.trail(b), esc(b.name)), head, b.description)

    def category(self, cid: int, name: str, boards: list[Board]) -> str:
        """`forumdisplay.php` of a category: its forums only, as FORUMHOME shows them."""
        body = f"""<div id="pagetitle" class="pagetitle">
	<h1>Forum: <span class="forumtitle">{esc(name)}</span></h1>
</div>
<div id="forumbits" class="forumbits">
	<div class="forumhead">
		<h2>
			<span class="forumtitle">Forum</span>
			<span class="forumthreadpost">Discussions / Messages&nbsp;</span>
			<span class="forumlastpost">Dernier message</span>
		</h2>
	</div>
	<ol>
		{"".join(self.forumbit(b) for b in boards)}
	</ol>
</div>"""
        return self.layout(esc(name), body, self.navbits([("forum.php", "Forum")], esc(name)))

    # -- showthread -----------------------------------------------------------------------------------------------
    def message(self, m: Message) -> str:
        """The BBCode parser's HTML: URLs as `[URL]` links, line breaks as `<br />`, the `bbcode_quote` template."""
        def link(text: str) -> str:
            return autolink(text, "nofollow").replace(' rel="nofollow">', ' target="_blank" rel="nofollow">')
        text = "<br />\n<br />\n".join(link(p) for p in m.text)
        if m.quote:
            who, said = m.quote
            text = f"""<div class="bbcode_container">
	<div class="bbcode_quote">
		<div class="quote_container">
			<div class="bbcode_quote_container"></div>
				<div class="bbcode_postedby">
					<img src="images/misc/quote_icon.png" alt="Citation" /> Envoyé par <strong>{esc(who)}</strong>
				</div>
				<div class="message">{link(said)}</div>
		</div>
	</div>
</div>""" + text
        return text

    def postbit(self, t: Thread, m: Message) -> str:
        rank = "Administrateur" if m.author in self.f.admins else "Membre"
        sig = ""
        if m.signature:
            sig = f"""
			<div class="after_content">
					<blockquote class="signature restore"><div class="signaturecontainer">{autolink(m.signature, "nofollow").replace(' rel="nofollow">', ' target="_blank" rel="nofollow">')}</div></blockquote>
			</div>"""
        title = f"""
				<h2 class="title icon">
					{esc(t.title)}
				</h2>""" if m is t.messages[0] else ""
        return f"""
<li class="postbitlegacy postbitim postcontainer old" id="post_{m.id}">
<!-- see bottom of postbit.css for .userinfo .popupmenu styles -->

	<div class="posthead">
			<span class="postdate old">
					<span class="date">{self.day(m.when)},&nbsp;<span class="time">{self.time(m.when)}</span></span>
			</span>
			<span class="nodecontrols">
					<a name="post{m.id}" href="{self.post_link(t, m)}#post{m.id}" class="postcounter">#{self.post_no[m.id]}</a><a id="postcount{m.id}" name="{self.post_no[m.id]}"></a>
			</span>
	</div>
	<div class="postdetails">
		<div class="userinfo">
			<div class="username_container">
				{self.member(m.author)}
				<img class="inlineimg onlinestatus" src="images/statusicon/user-offline.png" alt="{esc(m.author)} est déconnecté" border="0" />
			</div>
			<span class="usertitle">
				{rank}
			</span>
				<hr />
				<dl class="userinfo_extra">
					<dt>Date d'inscription</dt> <dd>{_MONTHS[self.joined(m.author).month - 1]} {self.joined(m.author).year}</dd>
					<dt>Messages</dt> <dd>{self.n_posts[m.author]}</dd>
				</dl>
				<div class="imlinks">
				</div>
		</div>
		<div class="postbody">
			<div class="postrow{" has_after_content" if m.signature else ""}">{title}
				<div class="content">
					<div id="post_message_{m.id}">
						<blockquote class="postcontent restore ">
							{self.message(m)}
						</blockquote>
					</div>
				</div>
			</div>{sig}
			<div class="cleardiv"></div>
		</div>
	</div>
		<div class="postfoot">
			<div class="textcontrols floatcontainer">
				<span class="postcontrols">
					<img style="display:none" id="progress_{m.id}" src="images/misc/progress.gif" alt="" />
						<a id="qrwq_{m.id}" class="newreply" href="newreply.php?do=newreply&amp;p={m.id}" rel="nofollow" title="Répondre avec citation"><img id="quoteimg_{m.id}" src="clear.gif" alt="Répondre avec citation" />  Répondre avec citation</a> 
				</span>
				<span class="postlinking">
				</span>
			</div>
		</div>
	<hr />
</li>"""

    def thread(self, t: Thread, k: int) -> str:
        b = self.board_of[t.id]
        n = self.n_pages(len(t.messages), self.per)
        chunk = self.chunk(t, k)
        total = len(t.messages)
        nav = self.pagenav(lambda p: self.turl(t, p), k, n, total, self.per)
        first_no, last_no = k * self.per + 1, k * self.per + len(chunk)
        order = self.latest_first[b.id]
        i = order.index(t)
        older = order[i + 1] if i + 1 < len(order) else None
        newer = order[i - 1] if i else None
        nextprev = ""
        if older or newer:
            nextprev = "\n\t<!-- next / previous links -->\n\t<div class=\"navlinks\">"
            if older:
                nextprev += f'\n\t\t\t<strong>&laquo;</strong>\n\t\t\t<a href="{self.turl(older)}">{esc(older.title)}</a>'
            if older and newer:
                nextprev += " | "
            if newer:
                nextprev += f'\n\t\t\t<a href="{self.turl(newer)}">{esc(newer.title)}</a>\n\t\t\t<strong>&raquo;</strong>'
            nextprev += "\n\t</div>\n\t<!-- / next / previous links -->"
        description = " ".join(t.messages[0].text)[:160]
        head = f'<link rel="canonical" href="{self.base}/{self.turl(t, k + 1)}" />'
        reply = (f'<a href="newreply.php?p={t.messages[-1].id}&amp;noquote=1" class="newcontent_textcontrol" '
                 f'id="newreplylink_top"><span></span>Répondre</a>')
        body = f"""	<div id="above_postlist" class="above_postlist">
			{reply}
			<img style="display:none" id="progress_newreplylink_top" src="images/misc/progress.gif" alt="" />
		<div id="pagination_top" class="pagination_top">
			{nav}
			<div id="postpagestats_above" class="postpagestats">
				Affichage des résultats {first_no} à {last_no} sur {total}
			</div>
		</div>
	</div>
	<div id="pagetitle" class="pagetitle">
		<h1>
			Discussion: <span class="threadtitle"><a href="{self.turl(t, k + 1)}" title="Recharger cette page">{esc(t.title)}</a></span>
		</h1>
	</div>
	<div id="thread_controls" class="thread_controls toolsmenu">
		<div>
		<ul id="postlist_popups" class="postlist_popups popupgroup">
			<li class="popupmenu" id="threadtools">
				<h6><a class="popupctrl" href="javascript://">Outils de la discussion</a></h6>
				<ul class="popupbody popuphover">
					<li><a href="printthread.php?t={t.id}&amp;pp={self.per}&amp;page={k + 1}" accesskey="3" rel="nofollow">Version imprimable</a></li>
					<li><a href="subscription.php?do=addsubscription&amp;t={t.id}" rel="nofollow">S'abonner à cette discussion&hellip;</a></li>
				</ul>
			</li>
			</ul>
		</div>
	</div>

<div id="postlist" class="postlist restrain">
		<ol id="posts" class="posts" start="1">
			{"".join(self.postbit(t, m) for m in chunk)}
		</ol>
		<div class="separator"></div>
		<div class="postlistfoot">
		</div>
</div>

<div id="below_postlist" class="noinlinemod below_postlist">
		<a href="newreply.php?p={t.messages[-1].id}&amp;noquote=1" class="newcontent_textcontrol" id="newreplylink_bottom"><span></span>Répondre</a>
	<div id="pagination_bottom" class="pagination_bottom">
		{nav}
	</div>
</div>
{nextprev}
<div id="thread_info" class="thread_info block">
	<h4 class="threadinfohead blockhead">Informations de la discussion</h4>
	<div id="thread_onlineusers" class="thread_info_block blockbody formcontrols">
		<div class="inner_block">
			<h5>Utilisateur(s) sur cette discussion</h5>
			<div>
				<p>Il y a actuellement 1 utilisateur(s) naviguant sur cette discussion. (0 membres et 1 invités)</p>
			</div>
		</div>
	</div>
</div>"""
        title = f" {esc(t.title)}" + (f" - Page {k + 1}" if k else "")
        trail = self.trail(b) + [(self.furl(b.id, b.name), b.name)]
        return self.layout(title, body, self.navbits(trail, esc(t.title)), head, description)

    # -- member, archive, feed ----------------------------------------------------------------------------------------
    def profile(self, name: str) -> str:
        j = self.joined(name)
        mine = [(m, t) for t in self.f.threads() for m in t.messages if m.author == name]
        last = max(mine, key=lambda mt: mt[0].when, default=None)
        last_html = (f"<dt>Dernière activité</dt>\n\t\t\t<dd> {self.day(last[0].when)} <span class=\"time\">"
                     f"{self.time(last[0].when)}</span></dd>" if last else "")
        body = f"""<div id="userinfoblock" class="floatcontainer">
	<div id="userinfo" class="member_username">
		<span id="username_box">
			<h1>{esc(name)} <img class="inlineimg onlinestatus" src="images/statusicon/user-offline.png" alt="{esc(name)} est déconnecté" border="0" /></h1>
			<h2>{"Administrateur" if name in self.f.admins else "Membre"}</h2>
		</span>
	</div>
</div>
<div id="view-stats" class="view_section">
	<div class="blocksubhead subsectionhead userprof_headers userprof_headers_border">
		<h4 class="subsectionhead-understate" id="view-stats">Statistiques</h4>
	</div>
	<div class="userprof_content userprof_content_border">
	<div class="blockbody subsection userprof_content userprof_content_border">
		<h5 class="subblocksubhead subsubsectionhead first">Nombre total de messages</h5>
		<dl class="blockrow stats">
			<dt>Nombre total de messages</dt>
			<dd> {self.n_posts[name]}</dd>
		</dl>
		<ul class="group">
			<li><a href="search.php?do=finduser&amp;userid={self.f.users[name]}&amp;contenttype=vBForum_Post&amp;showposts=1" rel="nofollow">Trouver tous les messages de {esc(name)}</a></li>
			<li><a href="search.php?do=finduser&amp;userid={self.f.users[name]}&amp;starteronly=1&amp;contenttype=vBForum_Thread" rel="nofollow">Trouver toutes les discussions démarrées par {esc(name)}</a></li>
		</ul>
		<h5 class="subblocksubhead subsubsectionhead">Informations générales</h5>
		<dl class="blockrow stats">
			{last_html}
		</dl>
		<dl class="blockrow stats">
			<dt>Date d'inscription</dt>
			<dd> {j:%d/%m/%Y}</dd>
		</dl>
	</div>
	</div>
</div>"""
        return self.layout(f"Voir le profil : {esc(name)} - {esc(self.f.name)}", body,
                           self.navbits([("forum.php", "Forum")], f"Voir le profil : {esc(name)}"))

    def archive(self, body: str, title: str, nav: list[str]) -> str:
        navhtml = " &gt; ".join(nav)
        return f"""{_DOCTYPE}
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="fr">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
	<meta name="keywords" content="vbulletin,forum,bbs,discussion,bulletin board" />
	<title>{title}</title>
	<link rel="stylesheet" type="text/css" href="{self.base}/archive/archive.css" />
</head>
<body>
<div class="pagebody">
<div id="navbar">{navhtml}</div>
<hr />
<div class="pda"><a href="{self.base}/archive/index.php?pda=1" rel="nofollow">Version PDA</a></div>
{body}
<div id="copyright">Powered by vBulletin&reg; Version {VERSION} Copyright &copy; {self.now.year} vBulletin Solutions, Inc. Tous droits réservés.</div>
</div>
</body>
</html>"""

    def archive_home(self, only: int | None = None) -> str:
        """`archive/index.php`, or `f-N.html` of a category: `print_archive_forum_list`."""
        home = f'<a href="{self.base}/archive/index.php">{esc(self.f.name)}</a>'
        items = []
        for cid, name, boards in self.categories:
            if only is not None and cid != only:
                continue
            subs = "\n".join(f'\t<li><a href="{self.base}/archive/index.php/f-{b.id}.html">{esc(b.name)}</a></li>'
                             for b in boards)
            items.append(f'<ul>\n\t<li><a href="{self.base}/archive/index.php/f-{cid}.html">{esc(name)}</a>\n<ul>\n{subs}\n</ul>\n</li>\n</ul>')
        body = (f'<p class="largefont">Version complète : <a href="{self.base}/forum.php">{esc(self.f.name)}</a></p>\n<hr />\n'
                f'<div class="floatcontainer"></div><br /><div id="content">\n' + "\n".join(items) + "</div>\n")
        if only is not None:
            return self.archive(body, f"{esc(self.cat_name[only])} [Archives] - {esc(self.f.name)}",
                                [home, esc(self.cat_name[only])])
        return self.archive(body, esc(self.f.name), [home])

    def archive_forum(self, b: Board) -> str:
        home = f'<a href="{self.base}/archive/index.php">{esc(self.f.name)}</a>'
        cid = self.cat_of[b.id]
        threads = sorted(b.threads, key=lambda t: t.messages[-1].when, reverse=True)
        rows = "".join(f'\t<li> <a href="{self.base}/archive/index.php/t-{t.id}.html">{esc(t.title)}</a></li>\n'
                       for t in threads)
        body = (f'<p class="largefont">Version complète : <a href="{self.base}/{self.furl(b.id, b.name)}">{esc(b.name)}</a></p>\n'
                f'<hr />\n<div class="floatcontainer"></div><br /><div id="content">\n<ol start="1">\n{rows}</ol>\n</div>\n')
        nav = [home, f'<a href="{self.base}/archive/index.php/f-{cid}.html">{esc(self.cat_name[cid])}</a>', esc(b.name)]
        return self.archive(body, f"{esc(b.name)} [Archives] - {esc(self.f.name)}", nav)

    def archive_thread(self, t: Thread, page: int, n: int, per: int) -> str:
        b = self.board_of[t.id]
        cid = self.cat_of[b.id]
        home = f'<a href="{self.base}/archive/index.php">{esc(self.f.name)}</a>'
        nav = [home, f'<a href="{self.base}/archive/index.php/f-{cid}.html">{esc(self.cat_name[cid])}</a>',
               f'<a href="{self.base}/archive/index.php/f-{b.id}.html">{esc(b.name)}</a>', f" {esc(t.title)}"]
        pages = ""
        if n > 1:
            links = "".join(f"[<b>{i}</b>]\n" if i == page else
                            f'<a href="{self.base}/archive/index.php/t-{t.id}{"" if i == 1 else f"-p-{i}"}.html">{i}</a>\n'
                            for i in range(1, n + 1))
            pages = f'<div id="pagenumbers"><b>Pages :</b>\n{links}</div>\n<hr />\n'
        posts = []
        for m in t.messages[(page - 1) * per:page * per]:
            words = ([f"{m.quote[0]} a écrit :\n{m.quote[1]}"] if m.quote else []) + m.text
            text = "<br />\n<br />\n".join(esc(w).replace("\n", "<br />\n") for w in words)
            posts.append(f'\n<div class="post"><div class="posttop"><div class="username">{esc(m.author)}</div>'
                         f'<div class="date">{m.when:%d/%m/%Y}, {self.time(m.when)}</div></div>'
                         f'<div class="posttext">{text}</div></div><hr />\n\n')
        body = (f'<p class="largefont">Version complète : <a href="{self.base}/{self.turl(t)}">{esc(t.title)}</a></p>\n<hr />\n'
                f'<div class="floatcontainer"></div><br />{pages}' + "".join(posts) + pages)
        return self.archive(body, f"{esc(t.title)} [Archives] - {esc(self.f.name)}", nav)

    def rss(self, boards: list[Board], title: str) -> str:
        pool = sorted(((t.messages[0], t) for b in boards for t in b.threads), key=lambda mt: mt[0].when, reverse=True)[:15]
        items = []
        for m, t in pool:
            b = self.board_of[t.id]
            plain = "\n\n".join(m.text)
            url = f"{self.base}/{self.turl(t, 1, '&')}"
            goto = url + self.q(url).replace("&amp;", "&") + "goto=newpost"
            items.append(f"""		<item>
			<title>{x(t.title)}</title>
			<link>{x(goto)}</link>
			<pubDate>{gmdate(m.when)}</pubDate>
			<description>{x(plain[:200] + ("..." if len(plain) > 200 else ""))}</description>
			<content:encoded>{cdata(f'<div>{self.message(m)}</div>')}</content:encoded>
			<category domain="{x(self.base + "/" + self.furl(b.id, b.name, 1, "&")).replace('"', "&quot;")}">{x(b.name)}</category>
			<dc:creator>{x(m.author)}</dc:creator>
			<guid isPermaLink="true">{x(url)}</guid>
		</item>
""")
        return f"""<?xml version="1.0" encoding="UTF-8"?>

<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
	<channel>
		<title>{x(title)}</title>
		<link>{self.base}/</link>
		<description>{x(self.f.tagline)}</description>
		<language>fr</language>
		<lastBuildDate>{gmdate(self.now)}</lastBuildDate>
		<generator>vBulletin</generator>
		<ttl>60</ttl>
		<image>
			<url>{self.base}/images/misc/rss.png</url>
			<title>{x(title)}</title>
			<link>{self.base}/</link>
		</image>
{"".join(items)}	</channel>
</rss>
"""


_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"]


def item_pages(forum: Forum, now: datetime = NOW):
    return _VB4(forum, now).item_pages()


def render(forum: Forum, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a vBulletin 4 forum keyed by path?query, and its 404 ("Discussion non spécifiée")."""
    v = _VB4(forum, now)
    extra: dict[str, tuple[str, str]] = {}
    for name in forum.users:
        extra["/" + _url("member.php", "u", forum.users[name], name, 1, v.mode)] = (v.profile(name), HTML)
    for cid, name, boards in v.categories:
        extra["/" + v.furl(cid, name, 1, "&")] = (v.category(cid, name, boards), HTML)
    for b in forum.boards:
        for sort in SORTS:
            for k in range(v.n_pages(len(b.threads), v.tper)):
                extra["/" + v.sort_url(b, k + 1, sort, "&")] = (v.board(b, k, sort), HTML)
    extra["/external.php?type=RSS2"] = (v.rss(forum.boards, forum.name), RSS)
    for b in forum.boards:
        extra[f"/external.php?type=RSS2&forumids={b.id}"] = (v.rss([b], f"{forum.name} - {b.name}"), RSS)
    extra["/archive/index.php"] = (v.archive_home(), HTML)
    aper = 250  # `archive_postsperpage`
    for cid, name, _ in v.categories:
        extra[f"/archive/index.php/f-{cid}.html"] = (v.archive_home(cid), HTML)
    for b in forum.boards:
        extra[f"/archive/index.php/f-{b.id}.html"] = (v.archive_forum(b), HTML)
        for t in b.threads:
            n = v.n_pages(len(t.messages), aper)
            for p in range(1, n + 1):
                key = f"/archive/index.php/t-{t.id}" + ("" if p == 1 else f"-p-{p}") + ".html"
                extra[key] = (v.archive_thread(t, p, n, aper), HTML)
    missing = v.layout(f"{esc(forum.name)}", """<div class="standard_error">
	<form class="block vbform" method="post" action="login.php?do=login">
		<h2 class="blockhead">Message de {name}</h2>
		<div class="blockbody formcontrols">
			<div class="blockrow restore">Aucun(e) discussion spécifié(e). Si vous avez suivi un lien valide, merci de prévenir l'<a href="sendmessage.php">administrateur</a></div>
		</div>
	</form>
</div>""".replace("{name}", esc(forum.name)), v.navbits([], "Forum"))
    robots = "Disallow: /misc.php\nDisallow: /printthread.php\nDisallow: /subscription.php\nDisallow: /sendmessage.php\nDisallow: /admincp/\nDisallow: /modcp/\nDisallow: /login.php\nDisallow: /register.php\nDisallow: /newreply.php\nDisallow: /newthread.php\nDisallow: /search.php\nDisallow: /private.php\n"
    out, notfound = render_forum(v, ["/", "/index.php", "/forum.php"], extra, robots, missing, keep)
    for t in forum.threads():  # `goto=newpost`: a guest has read nothing, vBulletin sends him to the last post
        first = v.turl(t, 1, "&")
        last = t.messages[-1]
        out["/" + first + v.q(first).replace("&amp;", "&") + "goto=newpost"] = redirect(
            f"{v.base}/{v.post_link(t, last, '&')}#post{last.id}", 302)
    for t in forum.threads():  # `showthread.php?p=N` and the post counters' links: the page holding the post
        for i, m in enumerate(t.messages):
            held = out[v.thread_path(t, i // v.per)]
            out[f"/showthread.php?p={m.id}"] = held
            out["/" + v.post_link(t, m, "&")] = held
    return out, notfound
