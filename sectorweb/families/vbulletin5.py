"""vBulletin 5 Connect (5.5 / 5.6) with its default style, in French, as its server answers a guest crawler.

Written blind from the engine's real files, not from any parser. Followed (`futurify-tainguyen/vbbtest`, a vBulletin
5.5.2 tree, checked against the 5.0.0 tree of `ducvu1987vn/vBulletin`): `core/install/vbulletin-style.xml`, templates
`preheader` (`<html id="htmlTag">`, `<base href>`), `header` (`link rel=canonical` to baseurl + page URL, `<title>`
"Titre - Forum", meta description / generator, the `pageData` script, `body#vb-page-body.vb-page.view-mode.logged-out`,
`#header` logo, `#channel-tabbar`, `ul#breadcrumbs > li.crumb`, `div#content > div.canvas-layout-container`),
`footer` (`#footer`, `#footer-copyright`, `#footer-vb-copyright`, `#footer-current-datetime`),
`screenlayout_display_full` / `screenlayout_row_display` / `screenlayout_section_display` (`div.canvas-layout-row.l-row`,
`div.canvas-widget-list.section-0`), `widget_conversationdisplay` (the topic page: `div.b-module.conversation-content-widget
.forum-conversation-content-widget`, `h1.main-title`, the tabs, `ul.conversation-list.thread-view`, the starter then
the replies in date order, `<link rel=prev/next>` head links, `pagenav` at the bottom), `conversation_toolbar` with
`pagenavnew` (the only in-body links to the previous / next page: the arrows `a.arrow.left-arrow[rel=prev]`,
`a.arrow.right-arrow[rel=next]`), `pagenav` (its number buttons carry `data-page` and no `href` when the widget does not
ask for them: pages are changed by script), `display_contenttype_conversationstarter_threadview_Text` /
`..._conversationreply_threadview_Text` -> `display_contenttype_threadview_header` / `_footer` (`li.b-post.js-post
[data-node-id]` with `a#postN.anchor`, schema.org CreativeWork / Comment microdata, `a.b-post__count` "#N" to
`?p=N#postN`, `h2.b-post__title` on the starter, `div.b-post__timestamp > time[itemprop=dateCreated]`,
`div.js-post__content-text[itemprop=text]`), `conversation_userinfo` (`div.userinfo.b-userinfo[itemprop=author]`, the
default avatar, `div.author > strong > a[itemprop=name]`, `div.usertitle`, `b-meter`, join date and posts count,
online status), `conversation_signature` (inline `div.post-signature.restore`, the 5.x default
`showsignaturesinline`), `bbcode_quote` (`div.bbcode_container` ... `div.bbcode_postedby`, `div.message`),
`widget_channeldisplay` (the forum page: `table.topic-list-container` with `display_Topics` and
`display_Topics_item`: `tr.topic-item`, `a.topic-title`, "Démarré par" ..., `td.cell-count` responses / views,
`td.cell-lastpost` with `a.go-to-last-post` to `?p=N`), `display_Forums` / `display_Forums_list` /
`display_Forums_item` (the forum list of the home page and of a category: `table.forum-list-container`,
`tr.category-header`, `tr.forum-item.main`, counts, last post), `avatar`, `module_title`.
Core code of the same tree: `core/vb5/route/conversation.php` (`<channel URL>/<nodeid>-<urlident>`, `/pageN`),
`core/vb/string.php` `getUrlIdent` (lower case, accents kept, `!@#$%^&*()+?:;"'\\,.<>= []|{}/` to `-`, dashes collapsed)
and `core/vb5/route.php` `prepareUrlIdent`, `core/install/vbulletin-routes.xml` (`member/N-name`, `/external`),
`core/vb/library/external.php` and `core/vb/external/export/rss/2.php` (`/external?type=rss2[&nodeid=N]`: the newest
topics, `content:encoded`, `category domain`, `dc:creator`, `guid isPermaLink="true"`; `vB_Xml_Builder::add_tag`
puts text holding `<>&'"[]` in CDATA), `core/install/vbulletin-settings.xml` (`yestoday`, `dateformat`, `timeformat`,
`registereddateformat`), `.htaccess` (every URL goes to `index.php?routestring=`).
From memory (the French language pack is not in the corpus): the French phrases ("Démarré par", "réponses",
"Dernier message", "Envoyé par", "Date d'inscription", "Aujourd'hui", "Hier", "Fuseau horaire GMT+1"...), the French
installs' date settings (`d/m/Y` or `j F Y`, `H:i` or `H\\hi`), the `time[datetime]` format, robots.txt (vBulletin 5
ships none: the ones French admins write), the 404 page text.
Varies by host (md5): the version (5.5.2, 5.6.4, 5.6.9), the forum channel's URL ("forum", or "forums" where the
admin renamed it), the date and time formats, "Aujourd'hui"/"Hier" on or off, robots.txt.
Topic URLs hold the category and forum channels' idents, while `thread_url(host, thread)` gets the thread alone: each
forum's topic URLs are recorded (by object identity) when it is rendered, or before when a maker linking a thread of
the forum it builds passes the forum to `families.thread_url` (`remember_forum`; `channel_thread_url`, shared with
`kunena`); `/node/<id>` (vBulletin's node route) answers 301 to the topic.
Not rendered: sitemaps (written by a cron into `store_sitemap`, off by default), avatars other than the default,
the reply editor (guests cannot reply), "who is online", the activity-stream tab (loaded by script).
"""
from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta

from sectorweb.dates import MOIS, NOW, iso, to_utc
from sectorweb.families.common import RSS, Page, autolink, cdata, esc, page, redirect, served
from sectorweb.families.forumkit import ForumView
from sectorweb.feeds import x
from sectorweb.model import Board, Forum, Message, Thread

IGNORED_PARAMS = {"s", "styleid", "view"}
VERSIONS = ["5.5.2", "5.6.4", "5.6.9"]
ROOTS = ["forum", "forum", "forums"]
FORMATS = [("d/m/Y", "H:i"), ("d/m/Y", "H\\hi"), ("j F Y", "H:i")]
_INVALID = set('!@#$%^&*()+?:;"\'\\,.<>= []|{}/')
_GM_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_GM_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MOIS_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def _pick(host: str, salt: str, n: int) -> int:
    return int(hashlib.md5(f"vb5:{salt}:{host}".encode()).hexdigest()[:8], 16) % n


def root_of(host: str) -> str:
    """The URL of the forum channel (the admin may rename it)."""
    return ROOTS[_pick(host, "root", len(ROOTS))]


def urlident(title: str) -> str:
    """`vB_String::getUrlIdent` + `vB5_Route::prepareUrlIdent`: lower case, accents kept, URL-unsafe characters
    to '-', dashes collapsed and trimmed; an ident that starts like "123-" gets a leading dash."""
    out = "".join("-" if ch in _INVALID else ch for ch in title.lower())
    out = re.sub("-{2,}", "-", out.strip("-")).strip("-")
    if re.match(r"^[0-9]+-", out):
        out = "-" + out
    return out


def _channel_idents(forum: Forum) -> tuple[dict[str, str], dict[int, str]]:
    """The URL ident of each category (by name) and board (by id), unique among their siblings."""
    cats: dict[str, str] = {}
    taken: set[str] = set()
    for b in forum.boards:
        if b.category not in cats:
            cats[b.category] = _unique(urlident(b.category) or "categorie", taken)
    boards: dict[int, str] = {}
    per_cat: dict[str, set[str]] = {}
    for b in forum.boards:
        boards[b.id] = _unique(urlident(b.name) or "forum", per_cat.setdefault(b.category, set()))
    return cats, boards


def _unique(ident: str, taken: set[str]) -> str:
    out, n = ident, 1
    while out in taken:
        out = f"{ident}-{n}"
        n += 1
    taken.add(out)
    return out


def thread_url(host: str, thread: Thread) -> str:
    """The topic's URL, under its forum's channel: see `channel_thread_url`."""
    return channel_thread_url(host, thread)


def _forum_urls(forum: Forum) -> dict[int, str]:
    cats, boards = _channel_idents(forum)
    root = root_of(forum.host)
    return {t.id: f"http://{forum.host}/{root}/{cats[b.category]}/{boards[b.id]}/{t.id}-{urlident(t.title)}"
            for b in forum.boards for t in b.threads}


# -- topics' URLs that hold their forum's path --------------------------------------------------------------------
# `thread_url(host, thread)` is given the thread alone, but vBulletin 5's and Kunena's topic URLs hold the channel or
# category path. Each forum's URLs are recorded by object identity when it is rendered (or its item pages listed),
# or when `families.thread_url` is given the forum (`remember_forum`: a maker linking a thread of the forum it is
# building). The answer is a function of the forum alone: deterministic whatever the order.
_REGISTRY: dict[int, tuple[Thread, str]] = {}


def remember(forum: Forum, urls) -> None:
    """Record the topic URLs `urls(forum)` (thread id -> URL) of a forum."""
    got = urls(forum)
    for b in forum.boards:
        for t in b.threads:
            _REGISTRY[id(t)] = (t, got[t.id])


def remember_forum(forum: Forum) -> None:
    """Record a forum's topic URLs before it is rendered (see `families.thread_url`)."""
    remember(forum, _forum_urls)


def channel_thread_url(host: str, thread: Thread, fallback: str | None = None) -> str:
    """The recorded URL of a thread, else `fallback` (a route the engine redirects to the topic)."""
    hit = _REGISTRY.get(id(thread))
    if hit is not None and hit[0] is thread:
        return hit[1]
    return fallback or f"http://{host}/node/{thread.id}"  # vBulletin's node route (answers 301 to the topic)


def gmdate(d: datetime) -> str:
    u = to_utc(d)
    return f"{_GM_DAYS[u.weekday()]}, {u:%d} {_GM_MONTHS[u.month - 1]} {u.year} {u:%H:%M:%S} GMT"


def bbcode(paragraphs: list[str]) -> str:
    """The post's BBCode as vBulletin parses it: newlines to `<br />`, URLs (auto-parsed into [URL] when posted)
    as links opening a new window."""
    anchor = '<a href="{u}" target="_blank" rel="nofollow">{u}</a>'
    return "<br />\n<br />\n".join(autolink(p, anchor=anchor) for p in paragraphs)


class _VB5(ForumView):
    def __init__(self, forum: Forum, now: datetime = NOW):
        super().__init__(forum, now)
        h = forum.host
        self.version = VERSIONS[_pick(h, "version", len(VERSIONS))]
        self.root = root_of(h)
        self.datefmt, self.timefmt = FORMATS[_pick(h, "dates", len(FORMATS))]
        self.yestoday = _pick(h, "yestoday", 4) != 0
        self.cat_ident, self.board_ident = _channel_idents(forum)
        self.cat_id = {name: cid for cid, name, _ in self.categories}
        remember(forum, _forum_urls)

    # -- urls -------------------------------------------------------------------------------------
    def url(self, path: str) -> str:
        return f"{self.base}/{path}" if path else f"{self.base}/"

    def cat_path(self, name: str) -> str:
        return f"{self.root}/{self.cat_ident[name]}"

    def board_base(self, b: Board) -> str:
        return f"{self.cat_path(b.category)}/{self.board_ident[b.id]}"

    def board_path(self, b: Board, k: int) -> str:
        return "/" + self.board_base(b) + (f"/page{k + 1}" if k else "")

    def topic_base(self, t: Thread) -> str:
        return f"{self.board_base(self.board_of[t.id])}/{t.id}-{urlident(t.title)}"

    def thread_path(self, t: Thread, k: int) -> str:
        return "/" + self.topic_base(t) + (f"/page{k + 1}" if k else "")

    def node_id(self, t: Thread, m: Message) -> int:
        """The starter is the topic's node; replies are nodes of their own."""
        return t.id if m is t.messages[0] else m.id

    def post_url(self, t: Thread, m: Message, anchor: bool = True) -> str:
        """`{vb:url starterRoute, starterPost}` with `innerPost`: the topic URL with `?p=N#postN`."""
        n = self.node_id(t, m)
        return self.url(self.topic_base(t)) + f"?p={n}" + (f"#post{n}" if anchor else "")

    def member_url(self, name: str) -> str:
        return self.url(f"member/{self.f.users[name]}-{urlident(name)}")

    def rss_url(self, b: Board | None = None) -> str:
        return self.url("external?type=rss2" + (f"&nodeid={b.id}" if b is not None else ""))

    # -- dates ------------------------------------------------------------------------------------
    def _fmt(self, d: datetime, fmt: str) -> str:
        out = []
        esc_next = False
        for ch in fmt:
            if esc_next:
                out.append(ch)
                esc_next = False
            elif ch == "\\":
                esc_next = True
            elif ch == "d":
                out.append(f"{d.day:02d}")
            elif ch == "j":
                out.append(str(d.day))
            elif ch == "m":
                out.append(f"{d.month:02d}")
            elif ch == "F":
                out.append(MOIS[d.month - 1])
            elif ch == "M":
                out.append(_MOIS_ABBR[d.month - 1])
            elif ch == "Y":
                out.append(str(d.year))
            elif ch == "H":
                out.append(f"{d.hour:02d}")
            elif ch == "i":
                out.append(f"{d.minute:02d}")
            else:
                out.append(ch)
        return "".join(out)

    def when(self, d: datetime) -> str:
        """`{vb:datetime}`: "date, time", the date "Aujourd'hui" / "Hier" with `yestoday` on."""
        day = self._fmt(d, self.datefmt)
        if self.yestoday and d.date() == self.now.date():
            day = "Aujourd'hui"
        elif self.yestoday and d.date() == (self.now - timedelta(days=1)).date():
            day = "Hier"
        return f"{day}, {self._fmt(d, self.timefmt)}"

    # -- frame ------------------------------------------------------------------------------------
    def doc(self, title: str, body: str, canonical: str, description: str, pageid: int, crumbs: list[tuple[str, str]],
            head_links: str = "", schema: str = "http://schema.org/WebPage", channelid: int = 0, nodeid: int = 0,
            pagenum: int = 1) -> str:
        f = self.f
        name = esc(f.name)
        crumb_html = ""
        if crumbs:
            items = "".join(
                '\n\t\t\t<li class="vb-icon separator"></li>\n\t\t\t<li class="crumb ellipsis">'
                + (f'<a class="crumb-link" href="{u}">{t}</a>' if u else t) + "</li>" for t, u in crumbs)
            crumb_html = (f'<ul id="breadcrumbs" class="h-clearfix" itemprop="breadcrumb">\n\t\t\t<li class="crumb ellipsis">'
                          f'<a class="crumb-link" href="{self.base}/">Accueil</a></li>{items}\n\t\t</ul>')
        else:
            crumb_html = '<div id="breadcrumbs"></div>'
        ver = self.version
        simple = ver.replace(".", "")
        return f"""<!DOCTYPE html>
<html id="htmlTag" xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" lang="fr" dir="ltr">
<head>
	
		<meta http-equiv="content-type" content="text/html; charset=UTF-8" />
	
	<base href="{self.base}/" />
	<link rel="stylesheet" type="text/css" href="{self.base}/css.php?styleid=1&amp;td=ltr&amp;sheet=css_reset.css,css_unreset.css,css_utilities.css&amp;ts=1554820800 " />
<link rel="stylesheet" type="text/css" href="{self.base}/css.php?styleid=1&amp;td=ltr&amp;sheet=css_imgareaselect-animated.css,css_jquery-ui-1_12_1_custom.css,css_jquery_qtip.css,css_jquery_selectBox.css,css_jquery_fileupload_ui.css,css_flatpickr.css,css_edit_contententry.css,css_content_entry.css,css_global.css&amp;ts=1554820800 " />
	<script type="text/javascript" src="{self.base}/js/header-rollup-{simple}.js"></script>

		<meta property="og:site_name" content="{name}" />
		<meta property="og:description" content="{esc(description)}" />
		<meta property="og:url" content="{canonical}" />
		<meta property="og:type" content="website" />
	
	<link rel="canonical" href="{canonical}" />

	<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />

	<title>
		{title}
	</title>

	<meta name="description" content="{esc(description)}" />
	<meta name="generator" content="vBulletin {ver}" />

	<script type="text/javascript">
		if (location.hash) {{
			document.write('<style type="text/css"> a.anchor {{ display:none;}} <\\/style>');
		}}

		var uploadUrlTarget = "{self.base}/uploader/url";
		var pageData = {{
			"baseurl": "{self.base}",
			"baseurl_path": "/",
			"baseurl_core": "{self.base}/core",
			"pageid": "{pageid}",
			"pagetemplateid": "{pageid}",
			"channelid": "{channelid}",
			"nodeid": "{nodeid}",
			"userid": "0",
			"username": "Invité",
			"musername": "Invité",
			"user_startofweek": "2",
			"user_editorstate": "",
			"textDirLeft": "left",
			"textDirRight": "right",
			"textdirection": "ltr",
			"can_use_sitebuilder": "",
			"cookie_prefix": "bb",
			"cookie_path": "/",
			"cookie_domain": "",
			"inlinemod_cookie_name": "inlinemod_nodes",
				"pagenum": "{pagenum}",
			"languageid": "2",
			"threadmarking": "2",
			"lastvisit": "{int(to_utc(self.now).timestamp())}",
			"simpleversion": "v={simple}",
			"securitytoken": "guest",
			"eustatus": "-1"
		}};
	</script>
	<link rel="alternate" title="{name}" type="application/rss+xml" href="{self.rss_url()}" />
{head_links}</head>
<!--[if !IE]><!-->
<body id="vb-page-body" class="l-desktop page{pageid} vb-page view-mode logged-out" itemscope itemtype="{schema}" data-usergroupid="1" data-styleid="1">
<!--<![endif]-->
<script type="text/javascript">
	vBulletin.Responsive.Debounce.checkBrowserSize();
</script>

<div class="b-top-menu__background js-top-menu-user">
	<div class="b-top-menu__container">
		<ul class="b-top-menu b-top-menu--user js-top-menu-user--list js-shrink-event-parent">
			<li class="b-top-menu__item b-top-menu__item--no-left-divider b-top-menu__item-login"><a href="{self.base}/login" class="js-login-button b-top-menu__link" rel="nofollow">Connexion</a></li>
			<li class="b-top-menu__item b-top-menu__item-register"><a href="{self.base}/register" class="b-top-menu__link" rel="nofollow">S'inscrire</a></li>
		</ul>
	</div>
</div>

<div id="sitebuilder-wrapper" class="noselect h-clearfix">
</div>

<div class="main-navbar-bottom-line"></div>

<div id="outer-wrapper">
<div id="wrapper">

	<div id="header-axd" class="header-edit-box axdnum_1 h-clearfix">
		<div class="axd-container axd-container_header">
			<div class="admin-only">
			</div>
			<div class="axd axd_header">
			</div>
		</div>
	</div>

	<div class="b-top-background__header-mainnav-subnav">
		<div class="b-top-background__header-mainnav">
			<div id="header" class="noselect">
				<div class="header-cell">
					<div class="site-logo header-edit-box">
						<a href="{self.base}/"><img src="images/misc/vbulletin5_logo.png" data-orig-src="images/misc/vbulletin5_logo.png" alt="Logo" title="Propulsé par vBulletin" /></a>
					</div>
				</div>
				<div class="toolbar">
					<ul class="h-right">
						<li class="search-container">
							<form id="searchForm" action="{self.base}/search" class="h-left" method="GET">
								<div class="h-left">
									<div class="search-box h-clearfix">
										<div class="search-term-container">
											<input type="text" name="q" id="q" placeholder="Rechercher" class="search-term b-form-input__input b-form-input__input--shadow" autocomplete="off" />
										</div>
										<button type="submit" id="btnSearch" class="search-btn" title="Rechercher"><span class="b-icon b-icon__search"></span></button>
									</div>
								</div>
							</form>
						</li>
					</ul>
				</div>
			</div>

			<div id="channel-tabbar" class="h-clearfix noselect">
				<ul class="channel-tabbar-list h-left b-comp-menu-horizontal js-comp-menu-horizontal js-comp-menu--dropdown-on-small b-comp-menu-dropdown--inactive js-comp-menu-dropdown__content--main-menu h-hide-on-small js-shrink-event-parent">
						<li class="current section-item js-shrink-event-child">
							<a   href="{self.url(self.root)}" class="h-left navbit-forum">Forums</a>
								<span class="channel-tabbar-divider"></span>
							<span class="mobile dropdown-icon"><span class="icon h-right"></span></span>
						</li>
						<li class=" section-item js-shrink-event-child">
							<a   href="{self.base}/memberlist" class="h-left navbit-memberlist">Membres</a>
							<span class="mobile dropdown-icon"><span class="icon h-right"></span></span>
						</li>
				</ul>
			</div>
		</div>
	</div>

	{crumb_html}

	<ul id="notices" class="notices">
	</ul>

	<div id="content">
		<div class="canvas-layout-container js-canvas-layout-container">

<div id="canvas-layout-full" class="canvas-layout" data-layout-id="1">

<!-- row -->
<div class="canvas-layout-row l-row no-columns h-clearfix">

<!-- section 0 -->

<div class="canvas-widget-list section-0 js-sectiontype-primary js-sectiontype-secondary h-clearfix l-col__large-12 l-col__small--full l-wide-column">

{body}

</div>

</div>

</div>

</div>
	<div class="h-clear"></div>
</div>

	<div id="footer">
		<div id="footer-tabbar" class="h-clearfix js-shrink-event-parent">
			<ul class="h-left js-footer-chooser-list h-margin-left-xxl js-shrink-event-child">
			</ul>

			<ul class="nav-list h-right js-footer-nav-list h-margin-right-xxl b-comp-menu-horizontal js-comp-menu-horizontal js-comp-menu--dropdown-on-xsmall b-comp-menu-dropdown--inactive js-shrink-event-child" data-dropdown-trigger-phrase="go_to_ellipsis" data-dropdown-menu-classes="h-margin-vert-l b-comp-menu-dropdown--direction-up" data-dropdown-trigger-classes="b-comp-menu-dropdown__trigger--arrow">
					<li class="">
						<a href="{self.base}/help">Aide</a>
					</li>
					<li class="">
						<a rel="nofollow" href="{self.base}/contact-us">Contactez-nous</a>
					</li>
				<li><a href="#" class="js-footer-go-to-top">Haut de page</a></li>
			</ul>
		</div>
	</div>
</div>
<div id="footer-copyright">
	<div id="footer-user-copyright"></div>
	<div id="footer-vb-copyright">Propulsé par <a href="https://www.vbulletin.com" id="vbulletinlink">vBulletin&reg;</a> Version {ver} <br />Copyright &copy; {self.now.year} MH Sub I, LLC dba vBulletin. Tous droits réservés. </div>
	<div id="footer-current-datetime">Heures au format GMT+{int((self.now - to_utc(self.now)).total_seconds() // 3600)}. La page a été générée à {self._fmt(self.now, self.timefmt)}.</div>
</div>
</div>

<div id="loading-indicator" class="js-loading-indicator b-ajax-loading-indicator h-hide">
	<span>Traitement en cours...</span>
</div>

<div id="fb-root" data-facebook-language="fr_FR"></div>

<script type="text/javascript" src="https://ajax.googleapis.com/ajax/libs/jquery/3.3.1/jquery.min.js"></script>

<script type="text/javascript">window.jQuery || document.write('<script type="text/javascript" src="js/jquery/jquery-3.3.1.min.js"><\\/script>');</script>
<script type="text/javascript" src="{self.base}/js/footer-rollup-{simple}.js"></script>

<script type="text/javascript">
	
		window.vBulletin = window.vBulletin || {{}};
	
		vBulletin.version = '{ver}';
</script>

</body>
</html>"""

    def crumbs(self, b: Board | None = None, cat: str | None = None) -> list[tuple[str, str]]:
        out = [("Forum", self.url(self.root))]
        cat = b.category if b is not None else cat
        if cat is not None:
            out.append((esc(cat), self.url(self.cat_path(cat))))
        if b is not None:
            out.append((esc(b.name), self.url(self.board_base(b))))
        return out

    def avatar(self, name: str, size: str = "") -> str:
        """The `avatar` template with the default thumbnail (no custom avatar in the model)."""
        cls = f"avatar {size} h-left" if size else "avatar  h-left"
        return (f'<a href="{self.member_url(name)}" class="{cls}">\n\t\t<img src="{self.base}/core/images/default/default_avatar_thumb.png" '
                f'alt="{esc(name)}" title="{esc(name)}" />\n\t</a>')

    def by(self, name: str) -> str:
        return f'par <a href="{self.member_url(name)}">{esc(name)}</a>'

    # -- pagination -------------------------------------------------------------------------------
    def pagenavnew(self, k: int, n: int, url) -> str:
        prev = (f' href="{url(k - 1)}" data-orig-href="{url(k - 1)}"', "", f'data-page="{k}"') if k > 0 else ("", "h-disabled", "")
        nxt = (f' href="{url(k + 1)}" data-orig-href="{url(k + 1)}"', "", f'data-page="{k + 2}"') if k + 1 < n else ("", "h-disabled", "")
        return f"""<!-- Page Nav controls -->
<div class="pagenav-controls ">
	<form class="pagenav-form h-clearfix" action="{url(0)}">
		<input type="hidden" class="defaultpage" value="{k + 1}" />
		<div class="pagenav h-left">
			Page <input type="text" name="page" class="js-pagenum textbox h-padding-horiz-none b-form-input__input--shadow" value="{k + 1}" /> sur <span class="pagetotal">{n}</span>
		</div>

		<div class="horizontal-arrows h-left">
			<a {prev[0]} class="arrow left-arrow {prev[1]}" {prev[2]} title="Page précédente" rel="prev"><span class="vb-icon vb-icon-arrow-left"></span></a>
			<a {nxt[0]} class="arrow right-arrow {nxt[1]}" {nxt[2]} title="Page suivante" rel="next"><span class="vb-icon vb-icon-arrow-right"></span></a>
		</div>
	</form>
</div>"""

    def pagenav(self, k: int, n: int, url) -> str:
        """`pagenav` without `addHref`: buttons with `data-page` only (the script loads the page)."""
        cur = k + 1
        lo, hi = max(1, cur - 2), min(n, cur + 2)
        pages = sorted({1, n} | set(range(lo, hi + 1)))
        btns = []
        for p in pages:
            cls = " b-button--primary page js-pagenav-current-button" if p == cur else " b-button--secondary"
            if p == 1:
                cls += " js-pagenav-first-button"
            elif p == n:
                cls += " js-pagenav-last-button"
            btns.append(f'<a class="js-pagenav-button b-button b-button--narrow js-shrink-event-child{cls}" data-page="{p}" tabindex="0">{p}</a>')
        prev = (f'<a class="js-pagenav-button js-pagenav-prev-button b-button b-button--secondary js-shrink-event-child" data-page="{cur - 1}" tabindex="0">Précédent</a>'
                if cur != 1 else '<a class="js-pagenav-button js-pagenav-prev-button b-button b-button--secondary h-hide-imp js-shrink-event-child" data-page="0" tabindex="0">Précédent</a>')
        nxt = (f'<a class="js-pagenav-button js-pagenav-next-button b-button b-button--secondary js-shrink-event-child" data-page="{cur + 1}" tabindex="0">Suivant</a>'
               if cur != n else '<a class="js-pagenav-button js-pagenav-next-button b-button b-button--secondary h-hide-imp js-shrink-event-child" data-page="0" tabindex="0">Suivant</a>')
        hide = " h-hide" if n == 1 else ""
        body = "\n\t\t\t".join(btns)
        return f"""<div class="pagenav-container h-clearfix noselect{hide}">
	<div class="js-pagenav pagenav h-right js-shrink-event-parent" data-baseurl="{url(0)}">
		{prev}
			{body}
		<a class="js-pagenav-button b-button b-button--narrow js-shrink-event-child b-button--secondary js-pagenav-button--template h-hide-imp" data-page="0" tabindex="0">template</a>
		{nxt}
	</div>
</div>"""

    def toolbar(self, k: int, n: int, url, filters: bool = True) -> str:
        return f"""<div class="conversation-toolbar-wrapper  top h-clear hide-on-editmode
	
		scrolltofixed-floating
		scrolltofixed-top
	
" data-allow-history="1">
	<div class="conversation-toolbar js-shrink-event-parent">
		<ul class="toolset-left js-shrink-event-child">
			<li class="toolbar-pagenav js-toolbar-pagenav h-hide-on-xsmall">
				<div class="toolbar-pagenav-wrapper">
					{self.pagenavnew(k, n, url)}
				</div>
			</li>
			{'<li class="h-hide-on-xsmall"><div class="toolbar-divider"><span class="toolbar-divider-inner"></span></div></li>' if filters else ''}
			{'<li class="toolbar-filter toolbar-filter-top"><div class="filter-wrapper h-clearfix js-button" tabindex="0"><div class="label h-left">Filtre</div><div class="arrow vb-icon-wrapper h-left"><span class="vb-icon vb-icon-triangle-down-wide"></span></div></div></li>' if filters else ''}
		</ul>
	</div>
</div>"""

    def head_pages(self, k: int, n: int, url) -> str:
        out = ""
        if k > 0:
            out += f'<link rel="prev" href="{url(k - 1)}" />\n'
        if k + 1 < n:
            out += f'<link rel="next" href="{url(k + 1)}" />\n'
        return out

    # -- forum list (home, forum channel, categories) ----------------------------------------------
    def forum_row(self, b: Board) -> str:
        posts = sum(len(t.messages) for t in b.threads)
        last = ""
        if b.threads:
            t = self.latest_first[b.id][0]
            m = t.messages[-1]
            last = f"""
						{self.avatar(m.author)}
					<div class="lastpost-info">
						<a href="{self.post_url(t, m)}" class="lastpost-title ellipsis">{esc(t.title)}</a>
						<div class="lastpost-by">
								{self.by(m.author)}
						</div>
						<div class="lastpost-date post-date">{self.when(m.when)}</div>
					</div>
				"""
        ts = int(to_utc(b.threads and self.latest_first[b.id][0].messages[-1].when or self.now).timestamp())
        return f"""
	<tr class="forum-item main" id="forum{b.id}" data-channel-id="{b.id}" data-lastcontent="{ts}" data-readtime="0">
			<td class="cell-forum">
				<div class="forum-wrapper">
					<span class="icon b-icon b-icon__speech-double-m--gray"></span>
					<div class="forum-info forum-info-has-rss">
						<a href="{self.url(self.board_base(b))}" class="forum-title">{esc(b.name)}</a>
					</div>
						<a href="{self.rss_url(b)}" title="Voir le flux RSS de ce forum" class="h-right h-margin-right-xl h-margin-top-xs h-hide-on-small"><span class="b-icon b-icon__rss"></span></a>
				</div>

				<div class="forum-desc">{esc(b.description)}</div>

				<div class="rx-forum-stats h-hide">
						Sujets : {len(b.threads)}
						Messages : {posts}
				</div>
			</td>
			<td class="topics-count">{len(b.threads)}</td>
			<td class="posts-count">{posts}</td>
			<td class="lastpost">
				<div class="lastpost-wrapper">{last}
				</div>
			</td>
	</tr>"""

    def forum_list(self, cats: list[tuple[int, str, list[Board]]]) -> str:
        rows = []
        for cid, name, boards in cats:
            rows.append(f"""
		<!-- Categories -->
		<tr class="category-header" id="forum{cid}">
			<td colspan="4"><a class="category" data-nodeid="{cid}" href="{self.url(self.cat_path(name))}">{esc(name)}</a></td>
		</tr>""")
            rows += [self.forum_row(b) for b in boards]
        return f"""<table class="forum-list-container stretch">
<tr class="forum-list-header">
	<th class="header-forum"><span>Forum</span></th>
	<th class="header-topics"><span>Sujets</span></th>
	<th class="header-posts"><span>Messages</span></th>
	<th class="header-lastpost"><span>Dernier message</span></th>
</tr>
{"".join(rows)}
	</table>
<div class="list-footer"><a href="#" class="markchannelsread">Marquer les canaux comme lus</a></div>"""

    def module(self, title: str, inner: str, cls: str = "forum-list-widget", wid: int = 1) -> str:
        return f"""<div class="b-module canvas-widget default-widget {cls} widget-no-header-buttons widget-no-border" id="widget_{wid}" data-widget-id="{wid}" data-widget-instance-id="{wid}">
	<div class="widget-header h-clearfix">
		<div class="module-title h-left">
				<h1 class="main-title js-main-title hide-on-editmode">{title}</h1>
		</div>
			<div class="module-buttons">
				<span class="toggle-button module-button-item collapse" title="Réduire" data-toggle-title="Développer"><span class="b-icon b-icon__toggle-collapse">Réduire</span></span>
			</div>
	</div>
	<div class="widget-content">
		{inner}
	</div>
</div>"""

    def index(self) -> str:
        return self.forums_page("/")

    def forums_page(self, path: str) -> str:
        canonical = self.url(self.root) if path != "/" else self.url("")
        body = self.module("Forums", self.forum_list(self.categories))
        crumbs = [] if path == "/" else [("Forum", "")]
        return self.doc(f"Forums - {esc(self.f.name)}", body, canonical, self.f.tagline, 1, crumbs, channelid=2)

    def category(self, cid: int, name: str, boards: list[Board]) -> str:
        body = self.module(esc(name), self.forum_list([(cid, name, boards)]), "channel-content-widget forum-channel-content-widget")
        return self.doc(f"{esc(name)} - {esc(self.f.name)}", body, self.url(self.cat_path(name)), name, 2,
                        [("Forum", self.url(self.root)), (esc(name), "")], channelid=cid)

    # -- forum (topic list) -------------------------------------------------------------------------
    def topic_row(self, t: Thread) -> str:
        first, last = t.messages[0], t.messages[-1]
        b = self.board_of[t.id]
        n = len(t.messages) - 1
        responses = "1 réponse" if n == 1 else f"{n} réponses"
        views = f"{t.views} vue" if t.views == 1 else f"{t.views} vues"
        if len(t.messages) > 1:
            lastcell = f"""{self.avatar(last.author)}
						<div class="lastpost-by">
								{self.by(last.author)}
						</div>
						<span class="post-date">{self.when(last.when)}</span>"""
        else:
            lastcell = f"""{self.avatar(first.author)}
						<div class="lastpost-by">
								{self.by(first.author)}
						</div>
						<span class="post-date">{self.when(first.when)}</span>"""
        ts = int(to_utc(last.when).timestamp())
        return f"""
	<tr class="topic-item  unread js-topic-item " data-lastcontent="{ts}" data-readtime="0" data-channelreadtime="0" data-node-id="{t.id}" data-channel-id="{b.id}" data-can-edit-title="0">
			<td class="cell-topic js-cell-topic">
				<div class="topic-avatar h-hide-on-large h-hide-on-wide-column">
					{self.avatar(first.author)}
				</div>
				<span class="vb-icon vb-icon-topic-status h-hide-on-small h-hide-on-narrow-column" title=""></span>
				<div class="topic-wrapper js-topic-wrapper h-wordwrap">
						<a href="{self.url(self.topic_base(t))}" class="topic-title js-topic-title">{esc(t.title)}</a>
					<span class="h-hide-on-large h-hide-on-wide-column">
							{self.by(first.author)}
					</span>
				</div>

				<div class="topic-info h-clear h-hide-on-small h-hide-on-narrow-column">
					Démarré par <a href="{self.member_url(first.author)}">{esc(first.author)}</a>, <span class="date">{self.when(first.when)}</span>
				</div>
			</td>

			<td class="cell-icons">
			</td>

			<td class="cell-count">
					<div class="posts-count">{responses}</div>
					<div class="views-count">{views}</div>
					<div class="votes-count">0 j'aime</div>
			</td>

			<td class="cell-lastpost">
					<span class="h-hide-on-large h-hide-on-wide-column">Dernier message</span>
						{lastcell}
					<a href="{self.post_url(t, last, anchor=False)}" class="go-to-last-post b-icon b-icon__double-arrow-right2--blue" title="Aller au dernier message">&nbsp;</a>
			</td>
	</tr>"""

    def board(self, b: Board, k: int) -> str:
        threads = self.latest_first[b.id]
        n = self.n_pages(len(threads), self.tper)
        chunk = threads[k * self.tper:(k + 1) * self.tper]
        url = (lambda i, b=b: self.url(self.board_path(b, i).lstrip("/")))
        if chunk:
            table = f"""<table class="topic-list-container conversation-list">
	<thead class="topic-list-header h-hide-on-xsmall js-subtoolbar-list-header">
		<tr>
			<th class="header-topic"><span>Sujets</span></th>
			<th class="header-icons"></th>
			<th class="header-stats"><span>Statistiques</span></th>
			<th class="header-lastpost"><span>Dernier message</span></th>
		</tr>
	</thead>
	<tbody class="topic-list h-clear ">
{"".join(self.topic_row(t) for t in chunk)}
	</tbody>
							</table>"""
            empty = '<div class="conversation-empty h-hide">Aucun sujet trouvé.</div>'
        else:
            table = '<table class="topic-list-container conversation-list">\n\t\t\t\t\t\t\t</table>'
            empty = '<div class="conversation-empty">Aucun sujet trouvé.</div>'
        inner = f"""<div class="channel-controls h-right h-clear b-button-group h-margin-bottom-l js-movable-toolbar-button-container">
			</div>

			<div class="channel-conversation-list-wrapper block widget-tabs ui-tabs h-clear">
				<a id="channel-module-top" class="anchor js-module-top-anchor"></a>
				<div class="blockhead widget-tabs-nav">
					<ul class="ui-tabs-nav b-comp-menu-horizontal js-module-tab-menu js-comp-menu-horizontal js-comp-menu--dropdown-on-xsmall b-comp-menu-dropdown--inactive" data-allow-history="1">
								<li class="ui-tabs-active"><a href="#topic-tab">Sujets</a></li>
								<li><a href="#activity-stream-tab">Activité récente</a></li>
								<li><a href="#subscribed-tab">Mes abonnements</a></li>
								<li><a href="#media-tab">Photos</a></li>
					</ul>
				</div>

				<div class="blockbody widget-tabs-panel h-clearfix">
						<div id="activity-stream-tab" class="h-hide">
							<div class="conversation-empty"></div>
						</div>
						<div id="topic-tab" class="">
							{self.toolbar(k, n, url)}

							{table}

							{self.pagenav(k, n, url)}

							{empty}

							<div class="list-footer">
								<a href="#" class="js-markread" data-action="markRead">Marquer ce canal comme lu</a>
							</div>

						</div>
				</div>
			</div>"""
        body = f"""<div class="b-module canvas-widget channel-content-widget forum-channel-content-widget default-widget widget-no-header-buttons widget-no-border" id="widget_3" data-widget-id="8" data-widget-instance-id="3" data-node-id="{b.id}" data-widget-default-tab="#topic-tab" data-canviewtopiccontent="1">
	<div class="widget-header h-clearfix">
		<div class="module-title h-left">
				<h1 class="main-title js-main-title hide-on-editmode h-inline-block">{esc(b.name)}</h1>
					<a 	rel="alternate"
						type="application/rss+xml"
						href="{self.rss_url(b)}"
						title="Voir le flux RSS de ce canal"
						class="hide-on-editmode">
						<span class="b-icon b-icon__rss"></span>
					</a>
		</div>
	</div>

		<div class="widget-content">
			{inner}
		</div>
</div>"""
        head = (f'<link rel="alternate" title="{esc(self.f.name)} -- {esc(b.name)}" type="application/rss+xml" '
                f'href="{self.rss_url(b)}" />\n' + self.head_pages(k, n, url))
        return self.doc(f"{esc(b.name)} - {esc(self.f.name)}", body, url(k), b.description or b.name, 3,
                        self.crumbs(None, b.category) + [(esc(b.name), "")], head, channelid=b.id, pagenum=k + 1)

    # -- topic ------------------------------------------------------------------------------------------
    def quote(self, t: Thread, m: Message) -> str:
        """`bbcode_quote`: "Envoyé par <strong>X</strong>" and, for a quote of a post of the topic
        (`[QUOTE=X;n123]`), the link to it."""
        who, text = m.quote
        i = t.messages.index(m)
        src = next((q for q in reversed(t.messages[:i]) if q.author == who), None)
        link = ""
        if src is not None:
            link = (f'\n\t\t\t\t\t\t\t\t\t<a href="{self.post_url(t, src)}" rel="nofollow" title="Voir le message" '
                    f'class="b-icon b-icon__double-arrow-right--blue animate-scroll">Voir le message</a>')
        return f"""<div class="bbcode_container">
	<div class="bbcode_quote">
		<div class="quote_container">
			<div class="bbcode_quote_container b-icon b-icon__ldquo-l--gray"></div>
				<div class="bbcode_postedby">
					Envoyé par <strong>{esc(who)}</strong>{link}
				</div>
				<div class="message">{bbcode([text])}</div>
		</div>
	</div>
</div>"""

    def userinfo(self, name: str) -> str:
        j = self.joined(name)
        title = "Administrateur" if name in self.f.admins else ("Membre" if self.n_posts[name] >= 30 else "Nouveau membre")
        bars = min(5, 1 + self.n_posts[name] // 25)
        meter = "".join(
            f'\n\t\t\t\t<div class="b-meter__bar{" b-meter__bar--selected" if bars >= nr else ""}"></div>' * 2 for nr in range(1, 6))
        return f"""<div class="userinfo b-userinfo b-post__hide-when-deleted" itemprop="author" itemscope itemtype="http://schema.org/Person">
			<a href="{self.member_url(name)}" class="b-avatar b-avatar--m b-avatar--thread h-margin-bottom-l"><img src="{self.base}/core/images/default/default_avatar_medium.png" width="64" height="64" alt="{esc(name)}" title="{esc(name)}" /></a>
	<!-- responsive alteration: Added userinfo-details wrapper in order to
	support left floated avatar with all other information on the right. -->
	<div class="b-userinfo__details">
		<div class="author h-text-size--14">
			<strong><a href="{self.member_url(name)}" itemprop="name">{esc(name)}</a></strong>
		</div>
			<div class="usertitle">{title}</div>

		<div class="b-meter h-margin-top-m " title="{esc(name)} est sur la bonne voie">{meter}
		</div>
		
		<div class="b-userinfo__rank h-margin-top-s h-hide"></div>
		
		<ul class="b-userinfo__additional-info-block h-margin-top-xl">
				<li class="b-userinfo__additional-info"><label>Date d'inscription:</label> <span>{_MOIS_ABBR[j.month - 1]} {j.year}</span></li>
				<li class="b-userinfo__additional-info"><label>Messages:</label> <span>{self.n_posts[name]}</span></li>
		</ul>
		<ul class="b-userinfo__icons h-margin-none OLD__userinfo-extra OLD__icons">
			<li class="b-userinfo__icon h-left OLD__online-status offline" title="{esc(name)} est déconnecté"><span class="b-icon b-icon__status--gray"></span></li>
		</ul>
	</div>
</div>"""

    def post(self, t: Thread, m: Message, index: int) -> str:
        starter = m is t.messages[0]
        nid = self.node_id(t, m)
        kind = "starter" if starter else "reply"
        schema = "http://schema.org/CreativeWork" if starter else "http://schema.org/Comment"
        title = (f"""
								<h2 class="b-post__title js-post-title OLD__post-title">
									{esc(t.title)}
								</h2>""" if starter else "")
        body = (self.quote(t, m) if m.quote else "") + bbcode(m.text)
        sig = f'\n      <div class="post-signature restore">{bbcode([m.signature])}</div>' if m.signature else ""
        ad = ' adlocation="first-post"' if False else ""
        return f"""<li data-node-id="{nid}" 
	 
	class="b-post js-post js-comment-entry__parent h-restore--on-preview b-post--text {"b-post--first" if starter else ""} OLD__list-item OLD__list-item-text OLD__conversation-{kind} js-conversation-{kind} h-left h-clear js-slideshow__gallery-node js-poll__parent" itemscope itemtype="{schema}"{ad}>
	<a id="post{nid}" class="anchor"></a>
	<meta itemprop="url" content="{self.post_url(t, m)}" />

	<div class="l-row l-row__fixed--left">
		<div class="l-col__fixed-3 l-col__small--full h-hide--on-preview h-padding-right-l">
			{self.userinfo(m.author)}
		</div>

		<div class="js-post__content-wrapper l-col__flex-3 l-col__small--full h-restore--on-preview OLD__list-item-body-wrapper">
			<div class="b-post__body h-restore--on-preview h-padding-horiz-xxl h-padding-top-xl h-padding-bottom-m h-clearfix">
				<div class="b-post__arrow b-post__hide-when-deleted OLD__pointer-left"></div>

				<div class="b-post__content js-post__content b-post__hide-when-deleted">
					<hr class="b-divider--section OLD__section-divider" />

					<div class="b-media h-hide--on-preview">
						<div class="b-media__img--rev">
								<a class="b-post__count" href="{self.post_url(t, m)}">#{index}</a>
						</div>
						<div class="b-media__body">{title}
							<div class="b-post__timestamp OLD__post-date"><time itemprop="dateCreated" datetime="{iso(m.when)}">{self.when(m.when)}</time></div>

						</div>
					</div>

					<div class="OLD__post-content h-padding-vert-xl">
						<div class="js-post__content-text OLD__post-content-text restore h-wordwrap" itemprop="text">
							{body}
						</div>
					</div>
{sig}
  </div> 

			<div class="b-post__footer h-hide--on-preview h-clear h-padding-top-m h-margin-top-l">
				<div class="h-margin-top-l">
					<ul class="h-left js-post-info">
						<li class="h-left b-post-control js-post-control js-likes-count h-hide" data-node-id="{nid}"></li>
					</ul>
				</div>
			</div>
			<div class="edit-conversation-container"></div>
      </div>
    </div>
  </div>
</li><!-- /end .b-post -->"""

    def thread(self, t: Thread, k: int) -> str:
        b = self.board_of[t.id]
        n = self.n_pages(len(t.messages), self.per)
        chunk = self.chunk(t, k)
        url = (lambda i, t=t: self.url(self.thread_path(t, i).lstrip("/")))
        posts = "\n".join(self.post(t, m, k * self.per + i + 1) for i, m in enumerate(chunk))
        body = f"""<div class="b-module canvas-widget default-widget conversation-content-widget forum-conversation-content-widget widget-tabs widget-no-border widget-no-header-buttons  axd-container" id="widget_4" data-widget-id="9" data-widget-instance-id="4" data-widget-default-tab="">
			<div class="conversation-status-messages">
				<div class="conversation-status-message notice h-hide"><span></span><div class="close">X</div></div>
			</div>

			<div class="widget-header h-clearfix">
				<div class="module-title h-left main-header-title">
						<h1 class="main-title js-main-title hide-on-editmode">{esc(t.title)}</h1>
				</div>
				<div class="module-buttons">
					<span class="toggle-button module-button-item collapse" title="Réduire" data-toggle-title="Développer"><span class="b-icon b-icon__toggle-collapse">Réduire</span></span>
				</div>
				<div class="conversation-controls h-right h-clear hide-on-editmode b-button-group h-margin-bottom-l js-movable-toolbar-button-container">
				</div>
					<div class="widget-tabs-nav h-clear">
						<a id="topic-module-top" class="anchor js-module-top-anchor"></a>
						<ul class="ui-tabs-nav hide-on-editmode h-left b-comp-menu-horizontal js-module-tab-menu js-comp-menu-horizontal js-comp-menu--dropdown-on-xsmall b-comp-menu-dropdown--inactive">
							<li><a href="#thread-view-tab" data-href="{self.url(self.topic_base(t))}?view=thread">Messages</a></li>
							<li><a href="#stream-view-tab" data-href="{self.url(self.topic_base(t))}?view=stream">Activité récente</a></li>
						</ul>
					</div>
			</div>
			<div class="widget-content tab widget-tabs-panel">
				<input type="hidden" name="canmoderate" id="canmoderate" value="0" />
				<div id="thread-view-tab" class="conversation-view conversation-thread-view">
					{self.toolbar(k, n, url)}
					<div class="conversation-content">
						<ul class="conversation-list list-container h-clearfix   thread-view">
							{posts}
						</ul>
					</div>
				</div>
					{self.pagenav(k, n, url)}
					{'<div class="h-margin-top-xl"></div>' if n == 1 else ''}
			</div>
	</div>
	<script type="text/javascript">
	(function(){{
		window.vBulletin = window.vBulletin || {{}};
		vBulletin.widget = vBulletin.widget || {{}};
		vBulletin.conversation = vBulletin.conversation || {{}};
		vBulletin.conversation.COMMENTS_PER_PAGE = Number('25') || 25;
		vBulletin.conversation.POSTS_PER_PAGE = Number('{self.per}') || 15;
	}})();
	</script>"""
        desc = re.sub(r"\s+", " ", " ".join(t.messages[0].text)).strip()[:250]
        head = (f'<link rel="alternate" title="{esc(self.f.name)} -- {esc(b.name)}" type="application/rss+xml" '
                f'href="{self.rss_url(b)}" />\n' + self.head_pages(k, n, url))
        return self.doc(f"{esc(t.title)} - {esc(self.f.name)}", body, url(k), desc, 4,
                        self.crumbs(b) + [(esc(t.title), "")], head, "http://schema.org/ItemPage", b.id, t.id, k + 1)

    # -- member, feed, errors ----------------------------------------------------------------------------
    def profile(self, name: str) -> str:
        j = self.joined(name)
        mine = [m for t in self.f.threads() for m in t.messages if m.author == name]
        last = max((m.when for m in mine), default=None)
        last_html = (f'\n\t\t\t\t\t<li><label>Dernière activité:</label> <span>{self.when(last)}</span></li>' if last else "")
        body = f"""<div class="b-module canvas-widget default-widget profile-sidebar-widget" id="widget_5" data-widget-id="20" data-widget-instance-id="5">
	<div class="widget-content">
		<div class="profileContainer">
			<div class="profile-photo-wrapper h-margin-bottom-l">
				<img src="{self.base}/core/images/default/default_avatar_large.png" alt="{esc(name)}" class="profile-photo" />
			</div>
			<div class="profile-info h-margin-bottom-l">
				<div class="author"><h1 class="main-title">{esc(name)}</h1></div>
				<div class="usertitle">{"Administrateur" if name in self.f.admins else "Membre"}</div>
				<ul class="profile-stats">
					<li><label>Date d'inscription:</label> <span>{self._fmt(j, self.datefmt)}</span></li>
					<li><label>Messages:</label> <span>{self.n_posts[name]}</span></li>{last_html}
				</ul>
			</div>
		</div>
	</div>
</div>"""
        return self.doc(f"{esc(name)} - {esc(self.f.name)}", body, self.member_url(name), f"Profil de {name}", 5,
                        [("Membres", self.url("memberlist")), (esc(name), "")], schema="http://schema.org/ProfilePage")

    def rss(self, boards: list[Board], title: str) -> str:
        """`vB_External_Export_Rss_2`: the newest topics (`starter_only`, by publish date), 15 by default."""
        def tag(name: str, text: str, attrs: str = "") -> str:
            if re.search(r"""[<>&'"\[\]]""", text):
                return f"<{name}{attrs}>{cdata(text)}</{name}>"
            return f"<{name}{attrs}>{text}</{name}>"
        pool = sorted(((t.messages[0], t) for b in boards for t in b.threads), key=lambda mt: mt[0].when, reverse=True)[:15]
        items = []
        for m, t in pool:
            b = self.board_of[t.id]
            link = self.url(self.topic_base(t))
            plain = " ".join(" ".join(m.text).split())
            desc = esc(plain[:200] + ("..." if len(plain) > 200 else ""))
            domain = self.url(self.board_base(b)).replace('"', "&quot;")
            items.append(f"""			<item>
				{tag("title", esc(t.title))}
				<link>{x(link)}</link>
				<pubDate>{gmdate(m.when)}</pubDate>
				{tag("description", desc)}
				{tag("content:encoded", bbcode(m.text))}
				{tag("category", esc(b.name), f' domain="{x(domain)}"')}
				{tag("dc:creator", m.author)}
				<guid isPermaLink="true">{x(link)}</guid>
			</item>
""")
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
	<channel>
		{tag("title", title)}
		<link>{self.base}/</link>
		{tag("description", self.f.tagline)}
		<language>fr</language>
		<lastBuildDate>{gmdate(self.now)}</lastBuildDate>
		<generator>vBulletin</generator>
		<ttl>60</ttl>
		<image>
			<url>images/misc/rss.png</url>
			{tag("title", title)}
			<link>{self.base}/</link>
		</image>
{"".join(items)}	</channel>
</rss>
"""

    def missing(self) -> str:
        body = """<div class="b-module canvas-widget default-widget error-widget" id="widget_6" data-widget-id="30" data-widget-instance-id="6">
	<div class="widget-content">
		<div class="error-message">URL de page non valide. S'il s'agit d'une erreur et que la page devrait exister, merci de contacter l'administrateur du site en lui indiquant comment vous êtes arrivé à ce message.</div>
	</div>
</div>"""
        return self.doc(f"Page introuvable - {esc(self.f.name)}", body, self.url(""), self.f.tagline, 6, [])


ROBOTS = [
    "Disallow: /search\nDisallow: /login\nDisallow: /register\nDisallow: /lostpw\nDisallow: /privatemessage\n"
    "Disallow: /admincp/\nDisallow: /modcp/\nDisallow: /ajax/\nDisallow: /core/\n",
    "Disallow: /search\nDisallow: /member/\nDisallow: /login\nDisallow: /register\nDisallow: /privatemessage\n"
    "Disallow: /admincp/\nDisallow: /ajax/\n",
    "Disallow: /admincp/\nDisallow: /modcp/\nDisallow: /core/install/\n",
]


def item_pages(forum: Forum, now: datetime = NOW):
    return _VB5(forum, now).item_pages()


def render(forum: Forum, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a vBulletin 5 forum keyed by path?query, and its 404 ("URL de page non valide")."""
    v = _VB5(forum, now)
    keep = keep or {}
    last = v.last()
    out: dict[str, Page] = {}
    out["/"] = page(v.index(), modified=last)
    out["/" + v.root] = page(v.forums_page("/" + v.root), modified=last)
    for cid, name, boards in v.categories:
        out["/" + v.cat_path(name)] = page(v.category(cid, name, boards), modified=last)
    for b in forum.boards:
        mod = max((t.messages[-1].when for t in b.threads), default=last)
        for k in range(v.n_pages(len(b.threads), v.tper)):
            out[v.board_path(b, k)] = page(v.board(b, k), modified=mod)
    out.update(served(v, keep))
    for t in forum.threads():  # `?p=N` (post counters, quotes, "go to last post"): the page holding the post
        base = "/" + v.topic_base(t)
        for i, m in enumerate(t.messages):
            out.setdefault(f"{base}?p={v.node_id(t, m)}", out[v.thread_path(t, i // v.per)])
    for t in forum.threads():  # the node route: `/node/N` answers 301 to the topic's URL
        out.setdefault(f"/node/{t.id}", redirect(v.url(v.topic_base(t))))
    for name in forum.users:
        out[v.member_url(name).removeprefix(v.base)] = page(v.profile(name), modified=last)
    out["/external?type=rss2"] = page(v.rss(forum.boards, forum.name), RSS, modified=last)
    for b in forum.boards:
        out[f"/external?type=rss2&nodeid={b.id}"] = page(v.rss([b], f"{forum.name} - {b.name}"), RSS, modified=last)
    delay = f"Crawl-delay: {forum.crawl_delay}\n" if forum.crawl_delay else ""
    out["/robots.txt"] = page("User-agent: *\n" + delay + ROBOTS[_pick(forum.host, "robots", len(ROBOTS))],
                              "text/plain; charset=utf-8")
    return out, page(v.missing(), status=404)
