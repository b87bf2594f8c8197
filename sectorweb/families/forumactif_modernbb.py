"""Forumactif (Forumotion), the hosted forum service, in its ModernBB version (the 2017+ theme), French (written blind).

Followed, for the markup: Etana/template at 3ca46e4, a dump of the service's default templates per version,
src/modernbb/: overall_header.tpl (`html#min-width`, the head's `{META_FAVICO}{META}`, `meta name="title"`, the
stylesheet, jQuery and `fr.js` from illiweb.com, `{RICH_SNIPPET_GOOGLE}`, the Roboto and Ionicons links;
`body#modernbb`, `a#top`, `div#page-header > div.headerbar > div#headerbar-top > div.wrap > a#logo` + `ul.navbar
.navlinks`, `div#site-desc` with `div#site-title` and the description; `div#wrap > div#page-body >
#content-container > #outer-wrapper > #wrapper > #left + #container > #content-main > #main > #main-content`),
overall_footer_begin.tpl and overall_footer_end.tpl (the closers, `div.statistics > div.statistics-item` x3,
`div#page-footer` with `ul.footerbar-system` and `ul.footerbar-user` (current time, footer links),
`div.copyright`, the sticky-header script, `fa_endpage()`), viewtopic_body.tpl (`div.sub-header` with
`h1.page-title > a` and `div.sub-header-path`, `div.topic-actions > div.pagination`, `div.quick-nav-topics`,
each message a `div#pN.post.rowK.post--N` holding the `#N` anchor div, `div.postprofile#profileN > dl > dt`
[`div.postprofile-avatar`, `div.postprofile-name`, `div.postprofile-rank`] + `dd.postprofile-info` (profile
fields) + `dd.postprofile-contact`, `div.post-head` [`ul.profile-icons`, `h2.topic-title > a`, `div.topic-date`],
`div.postbody > div.content > div` (the message), `div.edited-message`, `div.signature_div#sigN`; `hr#first-post-br`;
`#forum_rules`; the jumpbox), index_body.tpl and index_box.tpl (`ul.linklist.top`, `div.forabg > ul.topiclist >
li.header` + `ul.topiclist.forums > li.row > dl.icon > dd.dterm > div > hN.hierarchy > a.forumtitle`,
`dd.topics`, `dd.posts`, `dd.lastpost > span`), viewforum_body.tpl and topics_list_box.tpl (`div.forumbg >
ul.topiclist.topics > li.row > dl.icon > dd.dterm > div.topic-title-container > h2.topic-title > a.topictitle`,
`span.topic-author`, the topic's pages, `dd.posts`, `dd.views`, `dd.lastpost`), profile_view_body.tpl.
Values of the server's variables follow the dump's documented French replacements (tpl/*.md, var/*.md):
PAGINATION ("Aller à la page : <b>1</b>, <a href="/t6p15-…">2</a>" + the next arrow and its `do_pagination_start`
script), GOTO_PAGE_NEW (`strong.pagination > span` with `span.page-sep`), META (description, robots, canonical, the
`/feed/?f=N` alternate), META_FAVICO, RICH_SNIPPET_GOOGLE (BreadcrumbList + DiscussionForumPosting, PHP json_encode),
CURRENT_TIME ("La date/heure actuelle est Sam 31 Oct 2026 - 18:00"), TOTAL_POSTS, TOTAL_USERS, NEWEST_USER,
GENERATED_NAV_BAR (`a.mainmenu` with `i_icon_mini_*` images), U_INDEX ("/" without a portal, "/forum" with one),
L_POST_REPLY_TOPIC ("Répondre au sujet"), U_POST_REPLY_TOPIC (`/post?t=N&mode=reply`), the arrows
(`sprite-arrow_prosilver_*`). Selectors cross-checked with a scraper of the service (FAM: `.post[class*="post--"]`,
`.postprofile-name`, `.topic-date`, `.content > div`, `.lastpost > span`).
The URL shapes and the dates are the service's, shared with the phpBB2 version (`forumactif.py`): `/tN-slug`,
`/tNpK-slug` (K messages before), `/fN-slug`, `/fNpK-slug`, `/cN-slug`, `/forum`, `/uN`, `/post?…`, `/rss`;
"Lun 10 Mar 2025 - 9:12", "Aujourd'hui à 9:12", "Hier à 18:40".

Memory (not in the dump): what the server puts in POSTER_NAME (the profile link, a group colour for admins),
POSTER_RANK_NEW ("Admin" / "Membre"), the profile fields of a message (`span.label` "Messages" / "Date
d'inscription"), PROFILE_IMG, POST_DATE_NEW (the date alone), MESSAGE (paragraphs joined by `<br /><br />`, quotes
`blockquote > div > cite "X a écrit:"`, links `target="_blank" rel="nofollow"`), L_FORUM in the category head,
USER_LAST_POST, the jumpbox's select, the footer links and PROTECT_FOOTER, the other date formats an admin can pick,
the portal page (reduced to its "Sujets récents" module), and the feeds (`/rss`, `/feed/?f=N` as RSS 2.0).
For a guest the message buttons the template always prints keep empty hrefs (edit, delete, IP) as the template leaves
them when the server gives no value.

Varies by host (md5 of the host): the portal on or off (U_INDEX), the date format, the forum rules block, the
sub-header's "new topic" button, the title of the index.
"""
from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta

from sectorweb.dates import NOW
from sectorweb.families import make_slug
from sectorweb.families.common import TEXT, Page, autolink, esc, page, served
from sectorweb.families.forumactif import JOURS, MOIS
from sectorweb.families.forumkit import ForumView, rss
from sectorweb.model import Board, Forum, Message, Thread

IGNORED_PARAMS = {"sid"}
EMPTY = "https://illiweb.com/fa/empty.gif"
ICONS = "https://2img.net/i/fa/modernbb"
MOIS_LONGS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre"]
DATE_FORMATS = ["default", "default", "numeric", "long"]
ANCHOR = '<a href="{u}" target="_blank" rel="nofollow">{u}</a>'


def slug(title: str) -> str:
    return make_slug("forumactif", title, set())


def thread_url(host: str, thread: Thread) -> str:
    return f"http://{host}/t{thread.id}-{slug(thread.title)}"


def choice(host: str, salt: str, n: int) -> int:
    return int(hashlib.md5(f"fa-modernbb-{salt}:{host}".encode()).hexdigest()[:8], 16) % n


def options(host: str) -> dict:
    return {"portal": choice(host, "portal", 3) == 0, "date": DATE_FORMATS[choice(host, "date", len(DATE_FORMATS))],
            "rules": choice(host, "rules", 2) == 0, "title_h1": choice(host, "h1", 2) == 0}


def php_json(data) -> str:
    """json_encode() as PHP writes it: non-ASCII as \\uXXXX, `/` as `\\/`."""
    return json.dumps(data, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")


class _ModernBB(ForumView):
    def __init__(self, forum: Forum, now: datetime = NOW):
        super().__init__(forum, now)
        self.opt = options(forum.host)
        self.u_index = "/forum" if self.opt["portal"] else "/"
        seen: dict[str, list[Board]] = {}
        for b in forum.boards:
            seen.setdefault(b.category, []).append(b)
        self.cats = [(i + 1, name, boards) for i, (name, boards) in enumerate(seen.items())]
        self.cat_of = {b.id: c for c in self.cats for b in c[2]}

    # -- URLs and formats ----------------------------------------------------------------------------
    def board_path(self, b: Board, k: int) -> str:
        return f"/f{b.id}" + (f"p{k * self.tper}" if k else "") + f"-{slug(b.name)}"

    def thread_path(self, t: Thread, k: int) -> str:
        return f"/t{t.id}" + (f"p{k * self.per}" if k else "") + f"-{slug(t.title)}"

    def cat_path(self, cat: tuple) -> str:
        return f"/c{cat[0]}-{slug(cat[1])}"

    def post_url(self, m: Message) -> str:
        t, k = self.where[m.id]
        return f"{self.thread_path(t, k)}#{m.id}"

    def uid(self, name: str) -> int:
        return self.f.users[name]

    def when(self, d: datetime) -> str:
        """The board's date format; "Aujourd'hui à" / "Hier à" for the last two days."""
        if d.date() == self.now.date():
            return f"Aujourd'hui à {d:%H:%M}" if self.opt["date"] != "default" else f"Aujourd'hui à {d.hour}:{d:%M}"
        if d.date() == self.now.date() - timedelta(days=1):
            return f"Hier à {d:%H:%M}" if self.opt["date"] != "default" else f"Hier à {d.hour}:{d:%M}"
        if self.opt["date"] == "numeric":
            return f"{d:%d/%m/%Y}, {d:%H:%M}"
        if self.opt["date"] == "long":
            return f"{d.day} {MOIS_LONGS[d.month - 1]} {d.year} - {d:%H:%M}"
        return f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]} {d.year} - {d.hour}:{d:%M}"

    def name_link(self, name: str) -> str:
        """POSTER_NAME / TOPIC_AUTHOR: the profile link, the admins' group colour."""
        if name in self.f.admins:
            return f'<a href="/u{self.uid(name)}"><span style="color:#990000"><strong>{esc(name)}</strong></span></a>'
        return f'<a href="/u{self.uid(name)}">{esc(name)}</a>'

    def rank(self, name: str) -> str:
        return "Admin" if name in self.f.admins else "Membre"

    # -- frame -----------------------------------------------------------------------------------------
    def crumbs(self, *items: tuple[str, str]) -> str:
        return "".join(f'&nbsp;&#124;&nbsp;<a class="nav" href="{esc(h)}"><span>{esc(n)}</span></a>' for h, n in items)

    def doc(self, title: str, main: str, meta: str, snippet: list | None = None, widgets: str = "") -> str:
        f, o = self.f, self.opt
        ld = "".join(f'<script type="application/ld+json">{php_json(s)}</script>' for s in (snippet or []))
        nav = "".join(f'<a class="mainmenu" href="{href}"{extra}><img id="i_icon_mini_{icon}" src="{EMPTY}" border="0" height="13" '
                      f'hspace="2" alt="{label}" title="{label}" />{label}</a> &nbsp;'
                      for href, icon, label, extra in [
                          ("/forum", "index", "Accueil", ""), *([("/", "portal", "Portail", "")] if o["portal"] else []),
                          ("/faq", "faq", "FAQ", ""), ("/search", "search", "Rechercher", ""),
                          ("/register", "register", "S'enregistrer", ""), ("/login", "login", "Connexion", "")])
        site_title = f'\n\t\t\t\t\t\t<div id="site-title">{esc(f.name)}</div>\n\t\t\t\t\t' if o["title_h1"] else ""
        users = sorted(f.users.items(), key=lambda kv: kv[1])
        newest = users[-1][0] if users else ""
        total = sum(len(t.messages) for t in f.threads())
        now = self.now
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" id="min-width" lang="fr" xml:lang="fr"   >
<head>
	<title>{esc(title)}</title>
	<meta http-equiv="content-type" content="text/html; charset=utf-8" />
	<meta http-equiv="content-script-type" content="text/javascript" />
	<meta http-equiv="content-style-type" content="text/css" />
	<link rel="shortcut icon" type="image/x-icon" href="https://illiweb.com/fa/favicon/discussion.ico" />
	{meta}
	
	<meta name="title" content="{esc(title)}" />
	<link rel="stylesheet" href="/27-ltr.css" type="text/css" />
	
	<link rel="search" type="application/opensearchdescription+xml" href="/improvedsearch.xml" title="{esc(f.name)}" />
	<link rel="search" type="application/opensearchdescription+xml" href="https://www.forumactif.com/search/improvedsearch.xml" title="Rechercher des forums" />
	<script src="https://illiweb.com/rs3/40/frm/jquery/jquery-1.7.2.min.js" type="text/javascript"></script>
	<script src="https://illiweb.com/rs3/40/frm/fr.js" type="text/javascript"></script>
    {ld}

	<script type="text/javascript">//<![CDATA[
		$(document).ready(function(){{
		}});
		//]]>
	</script>

	<style type="text/css">
		#page-footer, div.navbar, div.navbar ul.linklist {{
			display: block !important;
		}}

		ul.linklist li.rightside, ul.linklist li.rightside a.copyright {{
			display: inline !important;
		}}
	</style>

	<link href="https://fonts.googleapis.com/css?family=Roboto:300,400,400i,500,700,700i&amp;subset=cyrillic,cyrillic-ext,greek,greek-ext,latin-ext,vietnamese" rel="stylesheet" />
	<link href="https://code.ionicframework.com/ionicons/2.0.1/css/ionicons.min.css" rel="stylesheet" />
</head>

<body id="modernbb">
	<a id="top" name="top" accesskey="t"></a>
	<script type="text/javascript" src="https://illiweb.com/rs3/40/frm/lang/fr.js"></script>

	<div id="page-header">
		<div class="headerbar">
			<div id="headerbar-top">
				<div class="wrap">
					<a href="{self.u_index}" id="logo"><img src="https://2img.net/i/fa/modernbb/logo_modernbb.png" alt="{esc(f.name)}" /></a>

					<ul class="navbar navlinks">
						<li>{nav}</li>
					</ul>
				</div>
			</div>

			<div class="wrap">
				<div id="site-desc">{site_title}
						<p>{esc(f.tagline)}</p>
				</div>
			</div>
		</div>
	</div>

	<div class="conteneur_minwidth_IE">
	<div class="conteneur_layout_IE">
	<div class="conteneur_container_IE">
	<div id="wrap">
		<div id="page-body">

			<div id="content-container">
				<div id="outer-wrapper">
					<div id="wrapper">
						<div id="left">
						</div>

						<div id="container">
							<div id="content-main">
								<div id="main">
									<div id="main-content">
{main}
							</div>
						</div>
					</div>
				</div>

				<div id="right">
					{widgets}
				</div>
			</div>
		</div>
	</div>
</div>
			</div>
		</div>
	</div>
</div>

<div class="statistics">
	<div class="wrap">
		<div class="statistics-item">
			Nos membres ont posté un total de <strong>{total}</strong> messages
		</div>
		<div class="statistics-item">
			Nous avons <strong>{len(f.users)}</strong> membres enregistrés
		</div>
		<div class="statistics-item">
			L'utilisateur enregistré le plus récent est <strong>{self.name_link(newest) if newest else ""}</strong>
		</div>
	</div>
</div>

<div id="page-footer">
	<div class="wrap">
		<ul class="footerbar-system">
			<li class="footer-home">
				<a class="icon-home" href="{self.u_index}" accesskey="h"><i class="ion-ios-home"></i>Accueil</a>
			</li>
			<li class="rightside">
            </li>
        </ul>
		<ul class="footerbar-user">
			<li><i class="ion-clock"></i>La date/heure actuelle est {JOURS[now.weekday()]} {now.day} {MOIS[now.month - 1]} {now.year} - {now.hour}:{now:%M}</li>
				<li class="rightside">
					<a name="bottom" class="copyright" href="https://www.forumactif.com" rel="nofollow" target="_blank" title="Forumactif.com : créer un forum">
						Forum gratuit
					</a>
				</li>
        </ul>
    </div>
	<div class="copyright">
		<div class="wrap">
			<div class="copyright-body">
				
            </div>
        </div>
    </div>
</div>
<div id="fa_protect_footer"><a href="https://www.forumactif.com" target="_blank">Créer un forum</a> | &copy; <a href="https://www.phpbb.com/" target="_blank">phpBB</a> | <a href="https://forum.forumactif.com" target="_blank">Forum gratuit d'entraide</a> | <a href="/abuse?page=%2F&amp;report=1" rel="nofollow">Signaler un abus</a> | <a href="https://www.forumactif.com/cookies" rel="nofollow">Cookies</a> | <a href="https://www.forumactif.com" target="_blank">Forum gratuit</a></div>

<script type="text/javascript">
//<![CDATA[
$(document).ready(function() {{
	$(window).scroll(function() {{
		var header_top = $('#headerbar-top');

		if (header_top.hasClass('w-toolbar')) {{
			if ($(window).scrollTop() >= 42) {{
				header_top.addClass('is-sticky');
			}} else {{
				header_top.removeClass('is-sticky');
			}}
		}} else {{
			if ($(window).scrollTop() >= 1) {{
				header_top.addClass('is-sticky');
			}} else {{
				header_top.removeClass('is-sticky');
			}}
		}}
	}});
}});
//]]>
</script>
<script type="text/javascript">
//<![CDATA[
	fa_endpage();
//]]>
</script>
</body>
</html>
"""

    def meta(self, description: str, canonical: str = "", feed: str = "") -> str:
        out = f'<meta name="description" content="{esc(description)}" />'
        if canonical:
            out += f'<link rel="canonical" href="{esc(self.base + canonical)}" />'
        else:
            out = '<meta name="language" content="fr" />' + out + '<meta name="robots" content="index, follow, noodp" />'
        if feed:
            out += f'<link rel="alternate" type="application/rss+xml" href="{feed}" title="{esc(self.f.name)}" />'
        return out

    def breadcrumb_ld(self, items: list[tuple[str, str]]) -> dict:
        return {"@context": "http://schema.org", "@type": "BreadcrumbList",
                "itemListElement": [{"@type": "ListItem", "position": i + 1, "item": {"@id": self.base + u, "name": esc(n)}}
                                    for i, (u, n) in enumerate(items)]}

    def pagination(self, path_of, n_pages: int, k: int, per: int) -> str:
        """PAGINATION: "Aller à la page : " then the pages (phpBB 2's generate_pagination: the first 3, around the
        current one, the last 3, " ... " between), the arrows, and the jump script."""
        if n_pages <= 1:
            return ""
        cur = k + 1

        def one(i: int) -> str:
            return f"<b>{i}</b>" if i == cur else f'<a href="{esc(path_of(i - 1))}">{i}</a>'
        if n_pages > 10:
            show = sorted({1, 2, 3, n_pages - 2, n_pages - 1, n_pages} | {i for i in (cur - 1, cur, cur + 1) if 1 <= i <= n_pages})
        else:
            show = list(range(1, n_pages + 1))
        parts, prev = [], 0
        for i in show:
            if prev and i != prev + 1:
                parts.append(" ... ")
            elif prev:
                parts.append(", ")
            parts.append(one(i))
            prev = i
        arrows_l = (f'<a href="{esc(path_of(k - 1))}"><img class="sprite-arrow_prosilver_left" src="{EMPTY}" alt="Précédent" /></a>&nbsp;&nbsp;'
                    if cur > 1 else "")
        arrows_r = (f'&nbsp;&nbsp;<a href="{esc(path_of(k + 1))}"><img class="sprite-arrow_prosilver_right" src="{EMPTY}" alt="Suivant" /></a>'
                    if cur < n_pages else "")
        stem = path_of(1).split("p", 1)
        script = (f"<script type=\"text/javascript\">\n//<![CDATA[\nfunction do_pagination_start()\n{{\n\tvar start = document.go_page.start.value;\n"
                  f"\tstart = (start > {n_pages}) ? {n_pages} : start;\n\tstart = (start - 1) * {per};\n"
                  "\tstart = (isNaN(start) || start < 0 ) ? 0 : start;\n\n"
                  f"self.location.href = start ? ['','{stem[0][1:]}p'+start+'-{path_of(1).split('-', 1)[1]}'].join('/') : "
                  f"['','{path_of(0)[1:]}'].join('/');\n\n}}\n//]]>\n</script>")
        form = ("&lt;form name=&quot;go_page&quot; &gt;&lt;table class=&quot;forumline&quot; cellpadding=&quot;5&quot; cellspacing=&quot;1&quot; "
                "border=&quot;0&quot; width=&quot;150&quot;&gt;&lt;tr&gt;&lt;th class=&quot;thHead&quot;&gt;Aller à la page&lt;/th&gt;&lt;/tr&gt;"
                "&lt;tr&gt;&lt;td class=&quot;row1&quot; align=&quot;center&quot;&gt;&lt;input type=&quot;text&quot; class=&quot;bginput&quot; "
                "name=&quot;start&quot; size=&quot;5&quot; /&gt; &lt;input type=&quot;button&quot; class=&quot;button&quot; value=&quot;Aller&quot; "
                "onclick=&quot;do_pagination_start();return false;&quot; /&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;/form&gt;")
        return (f'{script}<a href="javascript:Pagination();" onmousedown="createPagination(this, \'{form}\', event.pageX, event.pageY);">'
                f'Aller à la page</a> : {arrows_l}{"".join(parts)}{arrows_r}')

    def jumpbox(self) -> str:
        opts = "".join(f'<option value="c{c[0]}">|</option>' + "".join(f'<option value="f{b.id}">|&nbsp; &nbsp;|--{esc(b.name)}</option>'
                                                                        for b in c[2]) for c in self.cats)
        return f"""<form action="/viewforum" method="get" onsubmit="if(document.jumpbox.f.value == -1){{return false;}}">
	<fieldset class="jumpbox">
		<label>Sauter vers:</label>
		<select name="f" onchange="if(this.options[this.selectedIndex].value != -1){{ forms['jumpbox'].submit() }}"><option value="-1">Sélectionner un forum</option><option value="-1">&nbsp;</option>{opts}</select>
		<input class="button2" type="submit" value="Aller" />
	</fieldset>
</form>"""

    # -- index --------------------------------------------------------------------------------------------
    def forum_row(self, b: Board) -> str:
        last = max((t.messages[-1] for t in b.threads), key=lambda m: (m.when, m.id), default=None)
        latest = ""
        if last is None:
            user_last = "Pas de nouveaux messages"
        else:
            t, _ = self.where[last.id]
            latest = (f'\n\t\t\t\t\t\t\t<a href="{esc(self.thread_path(t, 0))}" title="{esc(t.title)}">{esc(t.title)}</a><br />\n\t\t\t\t\t\t\t')
            user_last = (f'par {self.name_link(last.author)} <a href="{esc(self.post_url(last))}"><img src="{EMPTY}" '
                         f'class="sprite-icon_latest_reply" alt="Voir le dernier message" title="Voir le dernier message" /></a><br />'
                         f'{self.when(last.when)}')
        return f"""				<li class="row">
					<dl class="icon" style="background:url({ICONS}/forum_read.png) no-repeat scroll 0px 50%;">
						<dd class="dterm">
							<div style="display: block; margin : 0 0px 0 0px;">
								<h3 class="hierarchy">
								<a href="{esc(self.board_path(b, 0))}" class="forumtitle">{esc(b.name)}</a>
								</h3>
								{esc(b.description)}<br />

								
								
								<strong></strong> 
							</div>
						</dd>
						<dd class="topics">{len(b.threads)} <dfn>Sujets</dfn></dd>
						<dd class="posts">{sum(len(t.messages) for t in b.threads)} <dfn>Messages</dfn></dd>
						<dd class="lastpost">
							<span>{latest}{user_last}
							</span>
						</dd>
					</dl>
				</li>
"""

    def index(self, only: tuple | None = None) -> str:
        blocks = []
        for c in (self.cats if only is None else [only]):
            rows = "".join(self.forum_row(b) for b in c[2])
            blocks.append(f"""		<div class="forabg">
			<ul class="topiclist">
				<li class="header">
					<dl class="icon">
						<dd class="dterm"><div class="table-title"><h2><a href="{esc(self.cat_path(c))}">{esc(c[1])}</a></h2></div></dd>
						<dd class="topics"><i class="ion-android-list" data-tooltip="Sujets"></i></dd>
						<dd class="posts"><i class="ion-android-chat" data-tooltip="Messages"></i></dd>
						<dd class="lastpost"><i class="ion-android-time" data-tooltip="Derniers messages"></i></dd>
					</dl>
				</li>
			</ul>
			<ul class="topiclist forums">
{rows}				</ul>
		</div>
""")
        main = f"""
<ul class="linklist top">
	<li>
		<a href="/search?search_id=unanswered"><i class="ion-ios-chatbubble-outline"></i>Voir les messages sans réponses</a>
	</li>
</ul>

{"".join(blocks)}
<ul class="linklist bottom">
	<li>
		<a href="/search?search_id=activetopics">Voir les sujets actifs</a>
	</li>
	<li>
		<a href="/search?search_id=last24">Voir les messages depuis les dernières 24 heures</a>
	</li>
	<li class="last">
		<a href="/search?search_id=overallposters">Top des posteurs</a>
	</li>
</ul>
"""
        if only is None:
            return self.doc(self.f.name, main, self.meta(self.f.tagline, feed="/rss"),
                            [self.breadcrumb_ld([("/", self.f.name)])])
        crumbs = self.crumbs((self.cat_path(only), only[1]))
        head = f"""<div class="sub-header">
	<div class="sub-header-info">
		<h1 class="page-title">
			<a href="{esc(self.cat_path(only))}">{esc(only[1])}</a>
		</h1>
		<div class="sub-header-path">
			<a class="nav" href="{self.u_index}"><span>{esc(self.f.name)}</span></a>
			{crumbs}
		</div>
	</div>
</div>
"""
        return self.doc(only[1], head + main, self.meta(self.f.tagline, canonical=self.cat_path(only)),
                        [self.breadcrumb_ld([("/", self.f.name), (self.cat_path(only), only[1])])])

    def portal(self) -> str:
        """The portal page ("/" when the admin turned the portal on): its recent topics module."""
        rows = "".join(f'\n\t\t\t<li><a href="{esc(self.thread_path(t, 0))}">{esc(t.title)}</a> par {self.name_link(m.author)} '
                       f'<br />{self.when(m.when)}</li>'
                       for m, t in self.newest(10, topics=True))
        main = f"""<div class="module">
	<div class="h3">Sujets récents</div>
	<div class="inner">
		<ul class="mod_recent_topics">{rows}
		</ul>
		<p class="right"><a href="/forum">Accueil du forum</a></p>
	</div>
</div>
"""
        return self.doc(self.f.name, main, self.meta(self.f.tagline, feed="/rss"), [self.breadcrumb_ld([("/", "Portail")])])

    # -- viewforum --------------------------------------------------------------------------------------------
    def board(self, b: Board, k: int) -> str:
        topics = self.latest_first[b.id]
        n_pages = self.n_pages(len(topics), self.tper)
        rows = []
        for i, t in enumerate(topics[k * self.tper:(k + 1) * self.tper]):
            last = t.messages[-1]
            pages = self.n_pages(len(t.messages), self.per)
            goto = ""
            if pages > 1:
                goto = ('<strong class="pagination"><span>' + '<span class="page-sep">, </span>'.join(
                    f'<a href="{esc(self.thread_path(t, j))}">{j + 1}</a>' for j in range(pages)) + "</span></strong>")
            rows.append(f"""		<li class="row {"row1" if i % 2 == 0 else "row2"}" >
			<dl class="icon" style="background-image:url('{ICONS}/topic_read.png');">
				<dd class="dterm" title="Pas de nouveaux messages" >
					<div class="topic-title-container">
						
						
						
						<h2 class="topic-title hierarchy">
							<a class="topictitle" href="{esc(self.thread_path(t, 0))}">
								{esc(t.title)}
							</a>
						</h2>
					</div>
					<span class="topic-author">
						&nbsp;par&nbsp;{self.name_link(t.opener)}
					</span>
					{goto}
				</dd>
				<dd class="posts">{len(t.messages) - 1} <dfn>Réponses</dfn></dd>
				<dd class="views">{t.views} <dfn>Vues</dfn></dd>
				<dd class="lastpost">
					<span>
						{self.name_link(last.author)}&nbsp;<dfn>Derniers messages</dfn> <a href="{esc(self.post_url(last))}"><img src="{EMPTY}" class="sprite-icon_latest_reply" alt="Voir le dernier message" title="Voir le dernier message" /></a><br />{self.when(last.when)}
					</span>
				</dd>
			</dl>
		</li>
""")
        if not rows:
            rows.append('<li class="row row1">\n\t<dl>\n\t\t<dt><strong>Il n\'y a pas de messages dans ce forum</strong></dt>\n\t</dl>\n</li>\n')
        pag = self.pagination(lambda j: self.board_path(b, j), n_pages, k, self.tper)
        cat = self.cat_of[b.id]
        crumbs = self.crumbs((self.cat_path(cat), cat[1]))
        main = f"""
<div class="sub-header">
	<div class="sub-header-info">
		<h1 class="page-title">
			<a href="{esc(self.board_path(b, 0))}">{esc(b.name)}</a>
		</h1>
		<div class="sub-header-path">
			<a class="nav" href="{self.u_index}"><span>{esc(self.f.name)}</span></a>
			{crumbs}
		</div>
	</div>

	<div class="sub-header-buttons">
		<div class="search-box">
			<form method="get" id="forum-search" action="/search">
				<input class="inputbox search tiny" type="text" name="search_keywords" id="search_keywords" size="20" value="Rechercher" onclick="if (this.value == 'Rechercher') this.value = '';" onblur="if (this.value == '') this.value = 'Rechercher';" />
				<button type="submit"><i class="ion-android-search"></i></button>
				<input type="hidden" value="f{b.id}" name="search_where" />
			</form>
		</div>

			<a href="/post?f={b.id}&amp;mode=newtopic" accesskey="n" rel="nofollow" class="ion-edit button1">Poster un nouveau sujet</a>
	</div>
</div>

<div class="topic-actions">
	<div class="pagination">
		{pag}
	</div>

	<div class="topic-actions-buttons">
	</div>
</div>

	<div class="forumbg announcement">
		<ul class="topiclist topics">
			<li class="header">
				<dl class="icon">
					<dt>
						Sujets
					</dt>
					<dd class="posts"><i class="ion-android-chat" data-tooltip="Réponses"></i></dd>
					<dd class="views"><i class="ion-eye" data-tooltip="Vues"></i></dd>
					<dd class="lastpost"><i class="ion-android-time" data-tooltip="Derniers messages"></i></dd>
				</dl>
			</li>
		</ul>
		<ul class="topiclist topics bg_none">
{"".join(rows)}</ul>
</div>

<div class="topic-actions bottom">
	<div class="pagination">
		{pag}
	</div>

	<div class="topic-actions-buttons">
			<a href="/post?f={b.id}&amp;mode=newtopic" accesskey="n" rel="nofollow" class="ion-edit button1">Poster un nouveau sujet</a>
	</div>
</div>

{self.jumpbox().replace('class="jumpbox"', 'class="vf_jumpbox"').replace('<form action', '<form name="jumpbox" action', 1)}

<br>
"""
        feed = f"/feed/?f={b.id}"
        ld = [self.breadcrumb_ld([("/", self.f.name), (self.cat_path(cat), cat[1]), (self.board_path(b, 0), b.name)])]
        return self.doc(b.name, main, self.meta(b.description, canonical=self.board_path(b, k), feed=feed), ld)

    # -- viewtopic -------------------------------------------------------------------------------------------
    def message_html(self, m: Message) -> str:
        """MESSAGE: the quote, then the paragraphs joined by `<br /><br />`, links opened in a new window."""
        text = "<br /><br />".join(autolink(p, anchor=ANCHOR) for p in m.text)
        if m.quote:
            return (f'<blockquote><div><cite>{esc(m.quote[0])} a écrit:</cite>{autolink(m.quote[1], anchor=ANCHOR)}</div></blockquote>'
                    + text)
        return text

    def post(self, t: Thread, m: Message, pos: int, k: int) -> str:
        row = f"row{1 + pos % 2}"
        j = self.joined(m.author)
        subject = esc(t.title) if pos == 0 else f"Re: {esc(t.title)}"
        sig = (f'\n\t\t\t\t\t<div class="signature_div" id="sig{m.id}">{autolink(m.signature, anchor=ANCHOR)}</div>'
               if m.signature else "")
        br = '\n\t\t<hr id="first-post-br" />' if pos == 0 else ""
        return f"""		<div id="p{m.id}" class="post {row} post--{m.id}" style="">
            <div style="position: relative; top: -30px; width: 1px;" id="{m.id}"></div>
			<div class="postprofile" id="profile{m.id}">
				<!-- div class="online2"></div-->
				<dl>
					<dt>
						<div class="postprofile-avatar">
							
						</div>
						<div class="postprofile-name">
							{self.name_link(m.author)}
						</div>
						<div class="postprofile-rank">
							{self.rank(m.author)}
						</div>
					</dt>
					<dd class="postprofile-info">
							<span class="label"><span style="color:#000000;">Messages</span></span> : {self.n_posts[m.author]}
							<br />
							<span class="label"><span style="color:#000000;">Date d'inscription</span></span> : {j:%d/%m/%Y}
							
					</dd>
					<dd class="postprofile-contact">
						<a href="/u{self.uid(m.author)}"><img src="{EMPTY}" class="sprite-icon_profile" alt="Voir le profil de l'utilisateur" title="Voir le profil de l'utilisateur" /></a>
					</dd>
				</dl>
			</div>

			<div class="post-head">
				<ul class="profile-icons">
					<li class="btn-thank">
						<a href="">
							<i class="ion-heart"></i>
						</a>
					</li>
					<li class="btn-quote-multi">
						<span onclick="" id="post_mq{t.id}_{m.id}">
							<i class="ion-quote"></i>
							<i class="ion-ios-plus-empty"></i>
						</span>
					</li>
					<li class="btn-quote">
						<a href="/post?p={m.id}&amp;mode=quote">
							<i class="ion-quote"></i>
						</a>
					</li>
					<li class="btn-edit">
						<a href="">
							<i class="ion-edit"></i>
						</a>
					</li>
					<li class="btn-delete">
						<a href="">
							<i class="ion-trash-a"></i>
						</a>
					</li>
					<li class="btn-ip">
						<a href="">
							<i class="ion-ios-information"></i>
						</a>
					</li>
					<li class="btn-report">
						
					</li>
				</ul>

				<h2 class="topic-title"> <a href="{esc(self.thread_path(t, k))}#{m.id}">{subject}</a></h2>
				<div class="topic-date">
					{self.when(m.when)}

				</div>
			</div>

			<div class="postbody">
				<div class="content">
					<div>{self.message_html(m)}</div>
				</div>
				<div class="edited-message">
					
				</div>{sig}
			</div>
		</div>{br}
"""

    def thread(self, t: Thread, k: int) -> str:
        b = self.board_of[t.id]
        cat = self.cat_of[b.id]
        n_pages = self.n_pages(len(t.messages), self.per)
        pag = self.pagination(lambda j: self.thread_path(t, j), n_pages, k, self.per)
        pagination = f'\n\t\t<div class="pagination">\n\t\t\t{pag}\n\t\t</div>\n' if n_pages > 1 else ""
        posts = "".join(self.post(t, m, k * self.per + i, k) for i, m in enumerate(self.chunk(t, k)))
        crumbs = self.crumbs((self.cat_path(cat), cat[1]), (self.board_path(b, 0), b.name))
        down = f'<img class="sprite-arrow_prosilver_down" src="{EMPTY}" alt="Aller en bas" />'
        up = f'<img class="sprite-arrow_prosilver_up" src="{EMPTY}" alt="Revenir en haut" />'
        rules = ""
        if self.opt["rules"]:
            rules = """
<div class="post row1" id="forum_rules">
	<div class="h3">Règles du forum</div>
	<div class="clear"></div>
	<table class="postbody">
		<tr>
			<td class="rules content">
				Restez courtois ; pas de démarchage commercial ni de conseil personnalisé dans les messages.
			</td>
		</tr>
	</table>
</div>
"""
        main = f"""<script type="text/javascript">
//<![CDATA[
var multiquote_img_off = '{EMPTY}', multiquote_img_on = '{EMPTY}', _atr = 'https://illiweb.com/rs3/40/frm/addthis/', _ati = 'https://illiweb.com/fa/addthis/', addthis_localize = {{ share_caption: "Partager", email: "Email", email_caption: "Envoyer à un ami", favorites: "Favoris", print: "Imprimer", more: "Plus..." }};

var hiddenMsgLabel = {{ visible:'Masquer le message', hidden:'Afficher le message' }};
//]]>
</script>

<div class="sub-header">
	<div class="sub-header-info">
		<h1 class="page-title">
			<a href="{esc(self.thread_path(t, 0))}">{esc(t.title)}</a>
		</h1>
		<div class="sub-header-path">
			<a class="nav" href="{self.u_index}"><span>{esc(self.f.name)}</span></a>
			{crumbs}
		</div>
	</div>

	<div class="sub-header-buttons">
			<a href="/post?t={t.id}&amp;mode=reply" class="ion-reply button1">Répondre au sujet</a>
	</div>
</div>

<div class="topic-actions">{pagination}
	<div class="topic-actions-buttons">
		<a class="addthis_button">Partager</a>
	</div>
</div>

<div class="quick-nav-topics">
    <a href="#bottom">{down}</a>
</div>

{posts}
<a name="bottomtitle"></a>

<div class="quick-nav-topics bottom">
    <a href="#top">{up}</a>
</div>

<div class="topic-actions bottom">{pagination}
	<div class="topic-actions-buttons">
			<a href="/post?t={t.id}&amp;mode=reply" class="ion-reply button1">Répondre au sujet</a>
	</div>
</div>
{rules}
{self.jumpbox()}

<script src="//s7.addthis.com/js/300/addthis_widget.js#pubid=forumotion" type="text/javascript"></script>
"""
        first = t.messages[0]
        ld = [self.breadcrumb_ld([("/", self.f.name), (self.cat_path(cat), cat[1]), (self.board_path(b, 0), b.name),
                                  (self.thread_path(t, 0), t.title)]),
              {"@context": "http://schema.org", "@type": "DiscussionForumPosting", "headline": esc(t.title), "name": esc(t.title),
               "url": self.base + self.thread_path(t, 0), "datePublished": f"{first.when:%Y-%m-%d %H:%M:%S}",
               "image": "https://2img.net/i/fa/modernbb/logo_modernbb.png", "author": {"@type": "Person", "name": esc(first.author)},
               "interactionStatistic": {"@type": "InteractionCounter", "interactionType": "http://schema.org/CommentAction",
                                        "userInteractionCount": str(len(t.messages) - 1)}}]
        words = " ".join(" ".join(first.text).split()[:25])
        return self.doc(t.title, main, self.meta(words, canonical=self.thread_path(t, k)), ld)

    def item_pages(self):
        """(path, what the page shows, render) per topic page: the messages and the dates as written today."""
        for t in self.f.threads():
            for k in range(self.n_pages(len(t.messages), self.per)):
                chunk = self.chunk(t, k)
                what = (len(t.messages), tuple(self.when(m.when) for m in chunk))
                yield (self.thread_path(t, k), what,
                       lambda t=t, k=k, chunk=chunk: page(self.thread(t, k), modified=chunk[-1].when))

    # -- profile -----------------------------------------------------------------------------------------------
    def member(self, name: str) -> str:
        main = f"""<h1 class="page-title">Voir un profil</h1>

<div class="panel bg1">
	<div class="column1">
		<div class="h3">{esc(name)}</div>
		<dl class="left-box details" style="width: 80%;">
			<dt>Rang:</dt><dd><strong>{self.rank(name)}</strong></dd>
		</dl>
	</div>
	<div class="column2">
		<div class="h3">Profil</div>
		<dl id="field_id-6" class="left-box details" style="width: 80%;">
			<dt><span><span style="color:#000000;">Messages</span></span></dt> <dd><div class="field_uneditable">{self.n_posts[name]}</div></dd>
		</dl>
		<dl id="field_id-4" class="left-box details" style="width: 80%;">
			<dt><span><span style="color:#000000;">Date d'inscription</span></span></dt> <dd><div class="field_uneditable">{self.joined(name):%d/%m/%Y}</div></dd>
		</dl>
	</div>
</div>
"""
        return self.doc(f"Profil de {name}", main, '<meta name="robots" content="noindex, follow" />')


def item_pages(forum: Forum, now: datetime = NOW):
    return _ModernBB(forum, now).item_pages()


def render(forum: Forum, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a Forumactif forum in its ModernBB version keyed by path?query, and its 404 page."""
    v = _ModernBB(forum, now)
    keep = keep or {}
    last = v.last()
    out: dict[str, Page] = {}
    home = page(v.index(), modified=last)
    out["/forum"] = home
    out["/"] = page(v.portal(), modified=last) if v.opt["portal"] else home
    for c in v.cats:
        out[v.cat_path(c)] = page(v.index(c), modified=last)
    for b in forum.boards:
        mod = max((t.messages[-1].when for t in b.threads), default=last)
        for k in range(v.n_pages(len(b.threads), v.tper)):
            out[v.board_path(b, k)] = page(v.board(b, k), modified=mod)
    out.update(served(v, keep))
    items = [(m, t, f"{v.base}{v.thread_path(t, 0)}") for m, t in v.newest(20, topics=True)]
    body, ctype = rss(v, forum.name, f"{v.base}/forum", f"{v.base}/rss", items)
    out["/rss"] = page(body, ctype, modified=last)
    for b in forum.boards:
        mine = [(m, t, f"{v.base}{v.post_url(m).split('#')[0]}#{m.id}") for m, t in v.newest(10**6)
                if v.board_of[t.id] is b][:20]
        body, ctype = rss(v, f"{forum.name} - {b.name}", f"{v.base}{v.board_path(b, 0)}", f"{v.base}/feed/?f={b.id}", mine)
        out[f"/feed/?f={b.id}"] = page(body, ctype, modified=last)
    for name, uid in forum.users.items():
        out[f"/u{uid}"] = page(v.member(name))
    delay = f"Crawl-delay: {forum.crawl_delay}\n" if forum.crawl_delay else ""
    out["/robots.txt"] = page("User-agent: *\n" + delay + "Disallow: /post\nDisallow: /privmsg\nDisallow: /profile\n"
                              "Disallow: /search\nDisallow: /abuse\nDisallow: /viewtopic\nDisallow: /register\n"
                              "Disallow: /login\n", TEXT)
    missing = ('<div class="panel"><div class="inner"><div class="h3">Information</div>'
               "<p>Le sujet ou le message demandé n'existe pas.</p></div></div>")
    return out, page(v.doc(forum.name, missing, '<meta name="robots" content="noindex, follow" />'), status=404)

