"""Simple Machines Forum 2.0 with its default theme "Curve", French language pack, as its server answers a crawler.

Written blind from the engine's templates, not from any parser. Followed:
- `stevenbenner/cgts-smf2.0` `Themes/default/Display.template.php` (SMF 2.0.16): `div.pagesection`
  ("Pages: [<strong>1</strong>] ..."), `div#forumposts` with `h3.catbg` "Auteur Sujet: <titre> &nbsp;(Lu N fois)",
  each message as `a#msgN` + `div.windowbg|windowbg2 > div.post_wrapper` > `div.poster` (`h4` profile link,
  `ul#msg_N_extra_info`: `li.membergroup`, `li.postgroup`, `li.postcount` "Messages: N") and `div.postarea`
  (`div.keyinfo` `h5#subject_N` link to `?topic=T.msgN#msgN`, `div.smalltext` "&#171; <strong>Réponse #1 le:</strong>
  <date> &#187;", `div.post > div.inner#msg_N`), `div.moderatorbar` ("IP archivée") and `div.signature#msg_N_signature`.
- `Adi3000/latroquette-forum` `Themes/default/languages/index.french-utf8.php` (French pack 2.0.4): "Auteur",
  "Sujet", "Lu", "fois", "Réponse", "le", "Pages", "Messages", "Démarré par", "Réponses", "Vues", "Dernier message",
  "par", "dans", "Citation de", "Re&nbsp;: ", "<strong>Aujourd'hui</strong> à ", "&#171; précédent", "suivant &#187;",
  "Voir le profil de", "Inscrit le", "Flux RSS", "En bas".
The other Curve templates (`index.template.php`: `div#header` / `h1.forumtitle`, `div#main_menu`, `div.navigate_section`
linktree, `div#footer_section`; `BoardIndex.template.php`: `table.table_list` per category, `tr#board_N`,
`td.info a.subject`, `td.stats`, `td.lastpost`; `MessageIndex.template.php`: `table.table_grid` rows with
`td.subject` "Démarré par", `small#pagesN` page links, `td.stats` "N Réponses<br />N Vues", `td.lastpost`),
`Subs.php::parse_bbc` (lines as `<br />`, URLs as `a.bbc_link`, quotes as `div.quoteheader` +
`blockquote.bbc_standard_quote` + `div.quotefooter`), `Subs.php::timeformat`, `News.php` (the `.xml` feeds) and
`Profile-View.php` summary follow SMF 2.0's code as documented; the French install's post-group names are not in the
corpus, the English ones ("Newbie", "Jr. Member"...) are written.
Dates: the French pack's time format "%d %B %Y à %H:%M:%S" ("04 mars 2025 à 10:12:00"), today's as
"<strong>Aujourd'hui</strong> à 10:12:00" (todayMod 1); feeds in GMT (`gmdate('D, d M Y H:i:s \\G\\M\\T')`).
URLs (no "queryless" URLs, SMF's default): `index.php`, `index.php?board=B.0` (`board=B.20` page 2),
`index.php?topic=T.0` (`topic=T.15` page 2, the offset of its first message), `index.php?topic=T.msgM#msgM`,
`index.php?action=profile;u=N`, `index.php?action=.xml;type=rss` and `index.php?action=.xml;board=B;type=rss`,
`index.php?topic=T.0;prev_next=prev|next` (redirects).
Not rendered: avatars (none set), the quick reply and login forms' logic (guest view), SMF has no sitemap of its own.
"""
from __future__ import annotations

from datetime import datetime

from sectorweb.dates import MOIS, NOW, to_utc
from sectorweb.families.common import HTML, RSS, Page, autolink, cdata, esc, redirect
from sectorweb.families.forumkit import ForumView, render_forum
from sectorweb.feeds import x
from sectorweb.model import Board, Forum, Message, Thread

IGNORED_PARAMS = {"PHPSESSID"}
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def thread_url(host: str, thread: Thread) -> str:
    return f"http://{host}/index.php?topic={thread.id}.0"


def timeformat(d: datetime, now: datetime) -> str:
    """`timeformat()` with the French time format, "Aujourd'hui" for today's dates (todayMod = 1)."""
    if d.date() == now.date() and d <= now:
        return f"<strong>Aujourd'hui</strong> à {d:%H:%M:%S}"
    return f"{d:%d} {MOIS[d.month - 1]} {d.year} à {d:%H:%M:%S}"


def gmt(d: datetime) -> str:
    u = to_utc(d)
    return f"{_DAYS[u.weekday()]}, {u:%d} {_MONTHS[u.month - 1]} {u.year} {u:%H:%M:%S} GMT"


def bbc(text: str) -> str:
    """`parse_bbc` of one paragraph: URLs auto-linked as `[url]` tags render."""
    return autolink(text, "noopener noreferrer").replace(
        ' rel="noopener noreferrer">', ' class="bbc_link" target="_blank" rel="noopener noreferrer">')


def post_group(n: int) -> str:
    for floor, name in ((500, "Hero Member"), (250, "Sr. Member"), (100, "Full Member"), (50, "Jr. Member")):
        if n >= floor:
            return name
    return "Newbie"


class _SMF(ForumView):
    def __init__(self, forum: Forum, now: datetime = NOW):
        super().__init__(forum, now)
        self.s = f"{self.base}/index.php"
        self.img = f"{self.base}/Themes/default/images"

    # -- urls -----------------------------------------------------------------------------------
    def turl(self, t: Thread, k: int = 0) -> str:
        return f"{self.s}?topic={t.id}.{k * self.per}"

    def burl(self, b: Board, k: int = 0) -> str:
        return f"{self.s}?board={b.id}.{k * self.tper}"

    def murl(self, m: Message) -> str:
        return f"{self.s}?topic={self.where[m.id][0].id}.msg{m.id}#msg{m.id}"

    def purl(self, name: str) -> str:
        return f"{self.s}?action=profile;u={self.f.users[name]}"

    def thread_path(self, t: Thread, k: int) -> str:
        return self.turl(t, k).removeprefix(self.base)

    def board_path(self, b: Board, k: int) -> str:
        return self.burl(b, k).removeprefix(self.base)

    # -- fragments ------------------------------------------------------------------------------
    def member(self, name: str) -> str:
        return f'<a href="{self.purl(name)}" title="Voir le profil de {esc(name)}">{esc(name)}</a>'

    def page_index(self, url, k: int, n: int) -> str:
        """`constructPageIndex` (compact): first, "..." , two either side of the current, "...", last."""
        def link(p: int) -> str:
            return f"[<strong>{p + 1}</strong>] " if p == k else f'<a class="navPages" href="{url(p)}">{p + 1}</a> '
        out = link(0) if k > 2 else ""
        if k > 3:
            out += '<span style="font-weight: bold;">...</span> '
        out += "".join(link(p) for p in range(max(0, k - 2), min(n, k + 3)) if not (p == 0 and k > 2))
        if k < n - 4:
            out += '<span style="font-weight: bold;">...</span> '
        if k < n - 3:
            out += link(n - 1)
        return out

    def body(self, m: Message, quote=None) -> str:
        out = "<br /><br />".join(bbc(p) for p in m.text)
        if not m.quote:
            return out
        who, said = m.quote
        t, _ = self.where[m.id]
        i = self.index_of[m.id]
        src = next((p for p in reversed(t.messages[:i]) if p.author == who), None)
        if src is not None:
            head = (f'<a href="{self.s}?topic={t.id}.msg{src.id}#msg{src.id}">Citation de: {esc(who)} le '
                    f'{timeformat(src.when, self.now)}</a>')
        else:
            head = f"Citation de: {esc(who)}"
        return (f'<div class="quoteheader"><div class="topslice_quote">{head}</div></div>'
                f'<blockquote class="bbc_standard_quote">{bbc(said)}<br /></blockquote>'
                f'<div class="quotefooter"><div class="botslice_quote"></div></div>{out}')

    def subject(self, t: Thread, m: Message) -> str:
        return esc(t.title) if m is t.messages[0] else "Re&nbsp;: " + esc(t.title)

    def message(self, t: Thread, m: Message, counter: int) -> str:
        group = '\n\t\t\t\t\t\t\t\t<li class="membergroup">Administrateur</li>' if m.author in self.f.admins else ""
        n = self.n_posts[m.author]
        stars = min(5, 1 + n // 50)
        sig = (f'\n\t\t\t\t\t\t\t<div class="signature" id="msg_{m.id}_signature">{bbc(m.signature)}</div>'
               if m.signature else "")
        reply = f"Réponse #{counter}" if counter else ""
        anchor = f'\n\t\t\t\t<a id="msg{m.id}"></a>' if counter % self.per else ""  # the page's first: at the top
        return f"""{anchor}
				<div class="{"windowbg" if counter % 2 == 0 else "windowbg2"}">
					<span class="topslice"><span></span></span>
					<div class="post_wrapper">
						<div class="poster">
							<h4>
								{self.member(m.author)}
							</h4>
							<ul class="reset smalltext" id="msg_{m.id}_extra_info">{group}
								<li class="postgroup">{post_group(n)}</li>
								<li class="stars">{'<img src="' + self.img + '/star.gif" alt="*" />' * stars}</li>
								<li class="postcount">Messages: {n}</li>
								<li class="profile">
									<ul>
										<li><a href="{self.purl(m.author)}"><img src="{self.img}/icons/profile_sm.gif" alt="Voir le profil" title="Voir le profil" /></a></li>
									</ul>
								</li>
							</ul>
						</div>
						<div class="postarea">
							<div class="flow_hidden">
								<div class="keyinfo">
									<div class="messageicon">
										<img src="{self.img}/post/xx.gif" alt="" />
									</div>
									<h5 id="subject_{m.id}">
										<a href="{self.s}?topic={t.id}.msg{m.id}#msg{m.id}" rel="nofollow">{self.subject(t, m)}</a>
									</h5>
									<div class="smalltext">&#171; <strong>{reply} le:</strong> {timeformat(m.when, self.now)} &#187;</div>
									<div id="msg_{m.id}_quick_mod"></div>
								</div>
							</div>
							<div class="post">
								<div class="inner" id="msg_{m.id}">{self.body(m)}</div>
							</div>
						</div>
						<div class="moderatorbar">
							<div class="smalltext modified" id="modified_{m.id}">
							</div>
							<div class="smalltext reportlinks">
								<img src="{self.img}/ip.gif" alt="" />
								IP archivée
							</div>{sig}
						</div>
					</div>
					<span class="botslice"><span></span></span>
				</div>
				<hr class="post_separator" />"""

    def layout(self, title: str, content: str, crumbs: list[tuple[str, str]], canonical: str | None = None,
               head: str = "", rss: str | None = None) -> str:
        f = self.f
        links = [(self.s, f.name)] + crumbs
        end = len(links) - 1
        tree = "".join(
            "\n\t\t\t<li" + (' class="last"' if i == end else "") + f'>\n\t\t\t\t<a href="{u}"><span>{esc(label)}</span></a>'
            + ("" if i == end else " &#187;") + "\n\t\t\t</li>" for i, (u, label) in enumerate(links))
        can = f'\n\t<link rel="canonical" href="{canonical}" />' if canonical else ""
        feed = rss or f"{self.s}?type=rss;action=.xml"
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
	<link rel="stylesheet" type="text/css" href="{self.base}/Themes/default/css/index.css?fin20" />
	<script type="text/javascript" src="{self.base}/Themes/default/scripts/script.js?fin20"></script>
	<script type="text/javascript" src="{self.base}/Themes/default/scripts/theme.js?fin20"></script>
	<script type="text/javascript"><!-- // --><![CDATA[
		var smf_theme_url = "{self.base}/Themes/default";
		var smf_default_theme_url = "{self.base}/Themes/default";
		var smf_images_url = "{self.img}";
		var smf_scripturl = "{self.s}";
		var smf_iso_case_folding = false;
		var smf_charset = "UTF-8";
		var ajax_notification_text = "Chargement...";
		var ajax_notification_cancel_text = "Annuler";
	// ]]></script>
	<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
	<meta name="description" content="{esc(title)}" />
	<title>{esc(title)}</title>{can}
	<link rel="help" href="{self.s}?action=help" />
	<link rel="search" href="{self.s}?action=search" />
	<link rel="contents" href="{self.s}" />
	<link rel="alternate" type="application/rss+xml" title="{esc(f.name)} - Flux RSS" href="{feed}" />{head}
</head>
<body>
<div id="wrapper" style="width: 90%">
	<div id="header"><div class="frame">
		<div id="top_section">
			<h1 class="forumtitle">
				<a href="{self.s}">{esc(f.name)}</a>
			</h1>
			<img id="upshrink" src="{self.img}/upshrink.png" alt="*" title="Cacher ou afficher l'entête." style="display: none;" />
			<img id="smflogo" src="{self.img}/smflogo.png" alt="Simple Machines Forum" title="Simple Machines Forum" />
		</div>
		<div id="upper_section" class="middletext">
			<div class="user">
				<form id="guest_form" action="{self.s}?action=login2" method="post" accept-charset="UTF-8">
					<div class="info">Bienvenue, <strong>Invité</strong>. Merci de <a href="{self.s}?action=login">vous connecter</a> ou de <a href="{self.s}?action=register">vous inscrire</a>.</div>
					<input type="text" name="user" size="10" class="input_text" />
					<input type="password" name="passwrd" size="10" class="input_password" />
					<input type="submit" value="Identifiez-vous" class="button_submit" /><br />
					<div class="info">Connexion avec identifiant, mot de passe et durée de la session</div>
				</form>
			</div>
			<div class="news normaltext">
				<form id="search_form" action="{self.s}?action=search2" method="post" accept-charset="UTF-8">
					<input type="text" name="search" value="" class="input_text" />&nbsp;
					<input type="submit" name="submit" value="Rechercher" class="button_submit" />
					<input type="hidden" name="advanced" value="0" />
				</form>
				<h2>Nouvelles&nbsp;: </h2>
				<p>{esc(f.tagline)}</p>
			</div>
		</div>
		<br class="clear" />
		<div id="main_menu">
			<ul class="dropmenu" id="menu_nav">
				<li id="button_home"><a class="active firstlevel" href="{self.s}"><span class="last firstlevel">Accueil</span></a></li>
				<li id="button_help"><a class="firstlevel" href="{self.s}?action=help"><span class="firstlevel">Aide</span></a></li>
				<li id="button_search"><a class="firstlevel" href="{self.s}?action=search"><span class="firstlevel">Rechercher</span></a></li>
				<li id="button_login"><a class="firstlevel" href="{self.s}?action=login"><span class="firstlevel">Identifiez-vous</span></a></li>
				<li id="button_register"><a class="firstlevel" href="{self.s}?action=register"><span class="last firstlevel">Inscrivez-vous</span></a></li>
			</ul>
		</div>
		<br class="clear" />
	</div></div>
	<div id="content_section"><div class="frame">
		<div id="main_content_section">
	<div class="navigate_section">
		<ul>{tree}
		</ul>
	</div>{content}
		</div>
	</div></div>
	<div id="footer_section"><div class="frame">
		<ul class="reset">
			<li class="copyright"><span class="smalltext" style="display: inline; visibility: visible; font-family: Verdana, Arial, sans-serif;"><a href="{self.s}?action=credits" title="Simple Machines Forum" target="_blank" class="new_win">SMF 2.0.19</a> |
 <a href="http://www.simplemachines.org/about/smf/license.php" title="License" target="_blank" class="new_win">SMF &copy; 2021</a>, <a href="http://www.simplemachines.org" title="Simple Machines" target="_blank" class="new_win">Simple Machines</a>
			</span></li>
			<li><a id="button_xhtml" href="http://validator.w3.org/check?uri=referer" target="_blank" class="new_win" title="XHTML 1.0 valide&nbsp;!"><span>XHTML</span></a></li>
			<li><a id="button_rss" href="{self.s}?action=.xml;type=rss" class="new_win"><span>Flux RSS</span></a></li>
			<li class="last"><a id="button_wap2" href="{self.s}?wap2" class="new_win"><span>WAP2</span></a></li>
		</ul>
	</div></div>
</div>
</body></html>"""

    # -- pages ----------------------------------------------------------------------------------
    def last_post(self, m: Message, t: Thread) -> str:
        return (f'<strong>Dernier message</strong>  par {self.member(m.author)}<br />\n\t\t\t\t\t\t\tdans <a href="{self.murl(m)}" '
                f'title="{self.subject(t, m)}">{self.subject(t, m)}</a><br />\n\t\t\t\t\t\t\tle {timeformat(m.when, self.now)}')

    def index(self) -> str:
        cats: dict[str, list[Board]] = {}
        for b in self.f.boards:
            cats.setdefault(b.category, []).append(b)
        out = []
        for c, (cat, boards) in enumerate(cats.items(), 1):
            rows = []
            for b in boards:
                msgs = sum(len(t.messages) for t in b.threads)
                last = max(((t.messages[-1], t) for t in b.threads), key=lambda mt: mt[0].when, default=None)
                lp = self.last_post(*last) if last else ""
                rows.append(f"""
				<tr id="board_{b.id}" class="windowbg2">
					<td class="icon windowbg">
						<a href="{self.burl(b)}"><img src="{self.img}/off.png" alt="Pas de nouveau message" title="Pas de nouveau message" /></a>
					</td>
					<td class="info">
						<a class="subject" href="{self.burl(b)}" name="b{b.id}">{esc(b.name)}</a>

						<p>{esc(b.description)}</p>
					</td>
					<td class="stats windowbg">
						<p>{msgs} Messages <br />
						{len(b.threads)} Sujets
						</p>
					</td>
					<td class="lastpost">
						<p>{lp}
						</p>
					</td>
				</tr>""")
            out.append(f"""
			<tbody class="header" id="category_{c}">
				<tr>
					<td colspan="4">
						<div class="cat_bar">
							<h3 class="catbg">
								<a id="c{c}"></a>{esc(cat)}
							</h3>
						</div>
					</td>
				</tr>
			</tbody>
			<tbody class="content" id="category_{c}_boards">{"".join(rows)}
			</tbody>
			<tbody class="divider">
				<tr>
					<td colspan="4"></td>
				</tr>
			</tbody>""")
        recent = "".join(f"""
					<dl>
						<dt><strong><a href="{self.murl(m)}" rel="nofollow">{self.subject(t, m)}</a></strong> par {self.member(m.author)} (<a href="{self.burl(self.board_of[t.id])}">{esc(self.board_of[t.id].name)}</a>)</dt>
						<dd>{timeformat(m.when, self.now)}</dd>
					</dl>""" for m, t in self.newest(10))
        n_msgs = sum(len(t.messages) for t in self.f.threads())
        content = f"""
	<div id="boardindex_table">
		<table class="table_list">{"".join(out)}
		</table>
	</div>
	<span class="clear upperframe"><span></span></span>
	<div class="roundframe"><div class="innerframe">
		<div class="cat_bar">
			<h3 class="catbg">
				{esc(self.f.name)} - Centre d'informations
			</h3>
		</div>
		<div id="upshrinkHeaderIC">
			<div class="title_barIC">
				<h4 class="titlebg">
					<span class="ie6_header floatleft">
						<a href="{self.s}?action=recent"><img class="icon" src="{self.img}/post/xx.gif" alt="Messages récents" /></a>
						Messages récents
					</span>
				</h4>
			</div>
			<div class="hslice" id="recent_posts_content">
				<div class="entry-title" style="display: none;">{esc(self.f.name)} - Messages récents</div>
				<div class="entry-content" style="display: none;">
					<a rel="feedurl" href="{self.s}?action=.xml;type=webslice">Abonnez-vous au Webslice</a>
				</div>
				<div id="recent_post_list">{recent}
				</div>
			</div>
			<div class="title_barIC">
				<h4 class="titlebg">
					<span class="ie6_header floatleft">
						<img class="icon" src="{self.img}/icons/info.gif" alt="Stats du forum" />
						Stats du forum
					</span>
				</h4>
			</div>
			<p>
				{n_msgs} Messages dans {len(self.f.threads())} Sujets par {len(self.f.users)} Membres.
			</p>
		</div>
	</div></div>
	<span class="lowerframe"><span></span></span>"""
        return self.layout(f"{self.f.name} - Accueil", content, [], self.s)

    def board(self, b: Board, k: int) -> str:
        threads = self.latest_first[b.id]
        n = self.n_pages(len(threads), self.tper)
        nav = self.page_index(lambda p: self.burl(b, p), k, n)
        rows = []
        for t in threads[k * self.tper:(k + 1) * self.tper]:
            first, last = t.messages[0], t.messages[-1]
            tp = self.n_pages(len(t.messages), self.per)
            pages = ""
            if tp > 1:
                pages = " &#171; " + " ".join(f'<a class="navPages" href="{self.turl(t, p)}">{p + 1}</a>' for p in range(tp)) + "  &#187;"
            rows.append(f"""
				<tr>
					<td class="icon1 windowbg">
						<img src="{self.img}/topic/normal_post.gif" alt="" />
					</td>
					<td class="icon2 windowbg">
						<img src="{self.img}/post/xx.gif" alt="" />
					</td>
					<td class="subject windowbg2">
						<div >
							<span id="msg_{first.id}"><a href="{self.turl(t)}">{esc(t.title)}</a></span>
							<p>Démarré par {self.member(first.author)}
								<small id="pages{first.id}">{pages}</small>
							</p>
						</div>
					</td>
					<td class="stats windowbg">
						{len(t.messages) - 1} Réponses
						<br />
						{t.views} Vues
					</td>
					<td class="lastpost windowbg2">
						<a href="{self.murl(last)}"><img src="{self.img}/icons/last_post.gif" alt="Dernier message" title="Dernier message" /></a>
						{timeformat(last.when, self.now)}<br />
						par {self.member(last.author)}
					</td>
				</tr>""")
        sort = f"{self.s}?board={b.id}.{k * self.tper}"
        content = f"""
	<a id="top"></a>
	<div class="pagesection">
		<div class="pagelinks floatleft">Pages: {nav} &nbsp;&nbsp;<a href="#bot"><strong>En bas</strong></a></div>
	</div>
	<div class="tborder topic_table" id="messageindex">
		<table class="table_grid" cellspacing="0">
			<thead>
				<tr class="catbg">
					<th scope="col" class="first_th" width="8%" colspan="2">&nbsp;</th>
					<th scope="col" class="lefttext"><a href="{sort};sort=subject">Titre</a> / <a href="{sort};sort=starter">Démarré par</a></th>
					<th scope="col" width="14%"><a href="{sort};sort=replies">Réponses</a> / <a href="{sort};sort=views">Vues</a></th>
					<th scope="col" class="lefttext last_th" width="22%"><a href="{sort};sort=last_post">Dernier message <img src="{self.img}/sort_down.gif" alt="" /></a></th>
				</tr>
			</thead>
			<tbody>{"".join(rows)}
			</tbody>
		</table>
	</div>
	<a id="bot"></a>
	<div class="pagesection">
		<div class="pagelinks">Pages: {nav} &nbsp;&nbsp;<a href="#top"><strong>En haut</strong></a></div>
	</div>"""
        return self.layout(b.name, content, [(f"{self.s}#c{self.cat_no[b.category]}", b.category), (self.burl(b), b.name)],
                           self.burl(b, k), rss=f"{self.s}?board={b.id}.0;type=rss;action=.xml")

    @property
    def cat_no(self) -> dict[str, int]:
        seen: dict[str, int] = {}
        for b in self.f.boards:
            seen.setdefault(b.category, len(seen) + 1)
        return seen

    def thread(self, t: Thread, k: int) -> str:
        b = self.board_of[t.id]
        n = self.n_pages(len(t.messages), self.per)
        nav = self.page_index(lambda p: self.turl(t, p), k, n)
        msgs = "".join(self.message(t, m, k * self.per + i) for i, m in enumerate(self.chunk(t, k)))
        pn = f"{self.s}?topic={t.id}.0;prev_next="
        content = f"""
			<a id="top"></a>
			<a id="msg{self.chunk(t, k)[0].id}"></a>
			<div class="pagesection">
				<div class="nextlinks"><a href="{pn}prev#new">&laquo; précédent</a> <a href="{pn}next#new">suivant &raquo;</a></div>
				<div class="pagelinks floatleft">Pages: {nav} &nbsp;&nbsp;<a href="#lastPost"><strong>En bas</strong></a></div>
			</div>
			<div id="forumposts">
				<div class="cat_bar">
					<h3 class="catbg">
						<img src="{self.img}/topic/normal_post.gif" align="bottom" alt="" />
						<span id="author">Auteur</span>
						Sujet: {esc(t.title)} &nbsp;(Lu {t.views} fois)
					</h3>
				</div>
				<form action="{self.s}?action=quickmod2;topic={t.id}.{k * self.per}" method="post" accept-charset="UTF-8" name="quickModForm" id="quickModForm" style="margin: 0;" onsubmit="return false">{msgs}
				</form>
			</div>
			<a id="lastPost"></a>
			<div class="pagesection">
				<div class="pagelinks floatleft">Pages: {nav} &nbsp;&nbsp;<a href="#top"><strong>En haut</strong></a></div>
				<div class="nextlinks_bottom"><a href="{pn}prev#new">&laquo; précédent</a> <a href="{pn}next#new">suivant &raquo;</a></div>
			</div>"""
        head = (f'\n\t<link rel="index" href="{self.burl(b)}" />'
                f'\n\t<link rel="prev" href="{pn}prev" />\n\t<link rel="next" href="{pn}next" />')
        return self.layout(t.title, content,
                           [(f"{self.s}#c{self.cat_no[b.category]}", b.category), (self.burl(b), b.name), (self.turl(t), t.title)],
                           self.turl(t, k), head, rss=f"{self.s}?board={b.id}.0;type=rss;action=.xml")

    def profile(self, name: str) -> str:
        uid = self.f.users[name]
        group = "Administrateur" if name in self.f.admins else ""
        j = self.joined(name)
        content = f"""
<div id="profileview" class="flow_auto">
	<div class="cat_bar">
		<h3 class="catbg">
			<span class="ie6_header floatleft"><img src="{self.img}/icons/profile_sm.gif" alt="" class="icon" />Informations personnelles</span>
		</h3>
	</div>
	<div id="basicinfo">
		<div class="windowbg">
			<span class="topslice"><span></span></span>
			<div class="content flow_auto">
				<div class="username"><h4>{esc(name)} <span class="position">{group or post_group(self.n_posts[name])}</span></h4></div>
			</div>
			<span class="botslice"><span></span></span>
		</div>
	</div>
	<div id="detailedinfo">
		<div class="windowbg2">
			<span class="topslice"><span></span></span>
			<div class="content">
				<dl>
					<dt>Messages: </dt>
					<dd>{self.n_posts[name]}</dd>
				</dl>
				<dl class="noborder">
					<dt>Inscrit le: </dt>
					<dd>{timeformat(j, self.now)}</dd>
				</dl>
			</div>
			<span class="botslice"><span></span></span>
		</div>
	</div>
	<div class="clear"></div>
	<a href="{self.s}?action=profile;area=showposts;u={uid}">Voir les messages du membre</a>
</div>"""
        return self.layout(f"Voir le profil de {name}", content, [(self.purl(name), f"Voir le profil de {name}")])

    def feed(self, items: list[tuple[Message, Thread]]) -> str:
        rows = "".join(f"""
		<item>
			<title>{cdata(self.subject(t, m))}</title>
			<link>{x(self.murl(m))}</link>
			<description>{cdata(self.body(m))}</description>
			<category>{cdata(esc(self.board_of[t.id].name))}</category>
			<comments>{x(self.s)}?action=post;topic={t.id}.0</comments>
			<pubDate>{gmt(m.when)}</pubDate>
			<guid>{x(self.murl(m))}</guid>
		</item>""" for m, t in items)
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xml:lang="fr-FR">
	<channel>
		<title>{cdata(esc(self.f.name))}</title>
		<link>{x(self.s)}</link>
		<description>{cdata("Informations en direct de " + esc(self.f.name))}</description>{rows}
	</channel>
</rss>"""


def item_pages(forum: Forum, now: datetime = NOW):
    return _SMF(forum, now).item_pages()


def render(forum: Forum, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of an SMF 2.0 forum keyed by path?query, and its 404 (SMF's fatal error page)."""
    v = _SMF(forum, now)
    extra: dict[str, tuple[str, str]] = {}
    for name in forum.users:
        extra[f"/index.php?action=profile;u={forum.users[name]}"] = (v.profile(name), HTML)
    extra["/index.php?action=.xml;type=rss"] = (v.feed(v.newest(10)), RSS)
    extra["/index.php?type=rss;action=.xml"] = extra["/index.php?action=.xml;type=rss"]
    for b in forum.boards:
        items = [(m, t) for m, t in v.newest(10 ** 9) if v.board_of[t.id] is b][:10]
        body = v.feed(items)
        extra[f"/index.php?action=.xml;board={b.id};type=rss"] = (body, RSS)
        extra[f"/index.php?board={b.id}.0;type=rss;action=.xml"] = (body, RSS)
    missing = v.layout("Une erreur s'est produite\u00a0!", """
	<div id="fatal_error">
		<div class="cat_bar">
			<h3 class="catbg">
				Une erreur s'est produite&nbsp;!
			</h3>
		</div>
		<div class="windowbg">
			<span class="topslice"><span></span></span>
			<div class="padding">Le sujet ou la section que vous recherchez semble être soit manquant, soit hors d'accès pour vous.</div>
			<span class="botslice"><span></span></span>
		</div>
	</div>
	<div class="centertext"><a href="javascript:history.go(-1)">Retour</a></div>""", [])
    out, notfound = render_forum(v, ["/", "/index.php"], extra, "", missing, keep)
    for t in forum.threads():  # `topic=T.msgM` serves the page holding message M
        for i, m in enumerate(t.messages):
            out[f"/index.php?topic={t.id}.msg{m.id}"] = out[v.thread_path(t, i // v.per)]
    for b in forum.boards:
        order = v.latest_first[b.id]
        for i, t in enumerate(order):
            pn = f"/index.php?topic={t.id}.0;prev_next="
            out[pn + "prev"] = redirect(v.turl(order[i - 1]) + "#new" if i else v.turl(t), 302)
            out[pn + "next"] = redirect(v.turl(order[i + 1]) + "#new" if i + 1 < len(order) else v.turl(t), 302)
    return out, notfound
