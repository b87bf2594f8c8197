"""XenForo 1.5 with its default style, French language pack, as its server answers a crawler.

Written blind from the engine's templates, not from any parser. XenForo 1 is commercial: its master
style (`install/data/style_default.xml`) is not in the corpus. What was read instead: compiled XenForo 1
templates of live installs, `thoinv/forums` `internal_data/templates/S.1,L.2,message_user_info.php`
and the `message`, `post` and `thread_view` templates compiled into it, and the master sources
`mifansindonesia/forum` `style/templates/master/message_user_info.tpl` and `thread_view.tpl`. The rest
(`thread_list_item`, `forum_view`, `page_nav`, `node_forum_level_2`, `bb_code_tag_quote`, the
`DateTime` helper) follows XenForo 1.5's documented default output:
- `PAGE_CONTAINER`: `<base href>` with links relative to it (full friendly URLs), `#headerMastHead`,
  `nav.breadcrumbs` (`span.crumbs`, `itemprop="url"`), `div.titleBar h1`, `#pageDescription`.
- `thread_view`: "Discussion dans '<forum>' créée par <user>, <date>.", `div.PageNav` ("Page 1 sur 5",
  `a.currentPage`, "Suivante >", "< Précédente", `data-baseurl`), `ol#messageList.messageList` of
  `li#post-N.message[data-author]`: `div.messageUserInfo` (`div.avatarHolder`, `h3.userText a.username`,
  `em.userTitle`, `div.extraUserInfo` "Inscrit:", "Messages:"), `div.messageInfo.primaryContent` with
  `blockquote.messageText.SelectQuoteContainer.ugc.baseHtml`, the signature (`div.baseHtml.signature.
  messageText.ugc aside`), `div.messageMeta` (`span.authorEnd a.username.author`, `a.datePermalink`
  around the date, `a.postNumber` "#N").
- Dates (`XenForo_Template_Helper_Core::dateTime`): within a week `<abbr class="DateTime" data-time
  data-diff data-datestring data-timestring>Aujourd'hui, à 10:12</abbr>` ("Hier, à", "lundi, à"),
  older `<span class="DateTime" title="4 mars 2025 à 10:12">4 mars 2025</span>`.
- BB code: lines as `<br />`, URLs autolinked (`a.externalLink` `rel="nofollow"`), quotes as
  `div.bbCodeBlock.bbCodeQuote[data-author]` > `aside` > `div.attribution.type` "Nom a dit:" with
  `a.AttributionLink` to `goto/post?id=N#post-N`, `blockquote.quoteContainer div.quote`.
- `forum_view` / `thread_list_item`: `ol.discussionListItems li#thread-N.discussionListItem[data-author]`,
  "Réponses:", "Affichages:", last post; `forum_list` node list with categories.
- RSS (`forums/-/index.rss`, `forums/slug.N/index.rss`: threads), XenForo 1.3+ sitemap (`sitemap.php`,
  `sitemap.php?c=1`), `robots.txt` as the admin writes it.
URLs: `threads/slug.N/`, `threads/slug.N/page-2`, `forums/slug.N/`, `forums/slug.N/page-2`,
`members/name.N/`, `posts/N/` (redirect to the post's page).
Not rendered: likes, user avatars' real images (default avatars), the quick reply form (guests).
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sectorweb.dates import JOURS, MOIS, NOW, iso_utc, rfc822, to_utc
from sectorweb.families import make_slug
from sectorweb.families.common import HTML, RSS, TEXT, XML, Page, autolink, cdata, page, redirect
from sectorweb.families.flarum import b as h  # PHP htmlspecialchars with ENT_QUOTES, as XenForo escapes
from sectorweb.families.forumkit import ForumView, render_forum
from sectorweb.feeds import x
from sectorweb.model import Board, Forum, Message, Thread

IGNORED_PARAMS = {"_xfToken", "order", "direction"}


def slug(text: str) -> str:
    return make_slug("xenforo1", text, set())[:50].strip("-")


def thread_url(host: str, thread: Thread) -> str:
    return f"http://{host}/threads/{slug(thread.title)}.{thread.id}/"


def _date(d: datetime) -> str:
    return f"{d.day} {MOIS[d.month - 1]} {d.year}"


def xdate(d: datetime, now: datetime, cls: str = "") -> str:
    """`{xen:datetime}`: relative inside the last week (an abbr the page's JS refreshes), else the date."""
    c = f"DateTime{' ' + cls if cls else ''}"
    full = f"{_date(d)} à {d:%H:%M}"
    diff = now - d
    if timedelta(0) <= diff < timedelta(days=7):
        if d.date() == now.date():
            rel = f"Aujourd'hui, à {d:%H:%M}"
        elif d.date() == (now - timedelta(days=1)).date():
            rel = f"Hier, à {d:%H:%M}"
        else:
            rel = f"{JOURS[d.weekday()]}, à {d:%H:%M}"
        ts = int((to_utc(d) - datetime(1970, 1, 1)).total_seconds())
        return (f'<abbr class="{c}" data-time="{ts}" data-diff="{int(diff.total_seconds())}" '
                f'data-datestring="{_date(d)}" data-timestring="{d:%H:%M}" title="{full}">{rel}</abbr>')
    return f'<span class="{c}" title="{full}">{_date(d)}</span>'


class _XF1(ForumView):
    def __init__(self, forum: Forum, now: datetime = NOW):
        super().__init__(forum, now)
        self.all = sorted(forum.threads(), key=lambda t: t.messages[-1].when, reverse=True)
        self.cat_ids = {name: cid for cid, name, _ in self.categories}

    # -- urls (relative to <base href>) ---------------------------------------------------------
    def turl(self, t: Thread, k: int = 0) -> str:
        return f"threads/{slug(t.title)}.{t.id}/" + (f"page-{k + 1}" if k else "")

    def furl(self, b: Board, k: int = 0) -> str:
        return f"forums/{slug(b.name)}.{b.id}/" + (f"page-{k + 1}" if k else "")

    def murl(self, name: str) -> str:
        uid = self.f.users[name]
        return f"members/{slug(name)}.{uid}/" if slug(name) else f"members/{uid}/"

    def thread_path(self, t: Thread, k: int) -> str:
        return "/" + self.turl(t, k)

    def board_path(self, b: Board, k: int) -> str:
        return "/" + self.furl(b, k)

    # -- fragments ------------------------------------------------------------------------------
    def username(self, name: str, extra: str = "") -> str:
        return f'<a href="{self.murl(name)}" class="username{extra}" dir="auto">{h(name)}</a>'

    def avatar(self, name: str, size: str = "m") -> str:
        uid = self.f.users[name]
        px = 96 if size == "m" else 48
        return (f'<a href="{self.murl(name)}" class="avatar Av{uid}{size}" data-avatarhtml="true">'
                f'<img src="styles/default/xenforo/avatars/avatar_{size}.png" width="{px}" height="{px}" alt="{h(name)}" /></a>')

    def page_nav(self, url, k: int, n: int, base: str) -> str:
        """`page_nav`: first and last pages, up to two pages either side of the current one in the
        scrollable middle, "< Précédente" / "Suivante >"."""
        if n <= 1:
            return ""
        cur = k + 1

        def link(p: int) -> str:
            cls = "currentPage " if p == cur else ""
            rel = ' rel="start"' if p == 1 else ""
            return f'<a href="{url(p - 1)}" class="{cls}"{rel}>{p}</a>'
        start, end = max(2, cur - 2), min(n - 1, cur + 2)
        links = []
        if cur > 1:
            links.append(f'<a href="{url(k - 1)}" class="text">&lt; Précédente</a>')
        links.append(link(1))
        if n > 2:
            middle = "\n\t\t\t".join(link(p) for p in range(start, end + 1))
            links.append(f'<a class="PageNavPrev {"" if start > 2 else "hidden"}">&larr;</a> <span class="scrollable"><span class="items">'
                         f'\n\t\t\t{middle}\n\t\t</span></span> <a class="PageNavNext {"" if end < n - 1 else "hidden"}">&rarr;</a>')
        links.append(link(n))
        if cur < n:
            links.append(f'<a href="{url(k + 1)}" class="text">Suivante &gt;</a>')
        return (f'<div class="PageNav"\n\tdata-page="{cur}" data-range="2" data-start="{start}" data-end="{end}"\n'
                f'\tdata-last="{n}" data-sentinel="{{{{sentinel}}}}"\n\tdata-baseurl="{base}page-{{{{sentinel}}}}">\n'
                f'\t<span class="pageNavHeader">Page {cur} sur {n}</span>\n\t<nav>\n\t\t' + "\n\t\t".join(links) + "\n\t</nav>\n</div>")

    def text(self, paras: list[str]) -> str:
        return "<br>\n<br>\n".join(
            autolink(p, "nofollow").replace('rel="nofollow"', 'target="_blank" class="externalLink" rel="nofollow"') for p in paras)

    def body(self, t: Thread, m: Message) -> str:
        out = self.text(m.text)
        if not m.quote:
            return out
        who, said = m.quote
        i = self.index_of[m.id]
        parent = next((p for p in reversed(t.messages[:i]) if p.author == who), None)
        link = (f'\n\t\t\t\t<a href="goto/post?id={parent.id}#post-{parent.id}" class="AttributionLink">&uarr;</a>'
                if parent is not None else "")
        return (f'<div class="bbCodeBlock bbCodeQuote" data-author="{h(h(who))}">\n\t<aside>\n\t\t\n\t\t\t<div class="attribution type">'
                f'{h(who)} a dit:{link}\n\t\t\t</div>\n\t\t\n\t\t<blockquote class="quoteContainer"><div class="quote">'
                f'{self.text([said])}</div><div class="quoteExpand">Cliquez pour agrandir...</div></blockquote>\n\t</aside>\n</div>'
                + out)

    def message(self, t: Thread, m: Message, number: int) -> str:
        title = "Administrateur" if m.author in self.f.admins else "Membre"
        sig = (f'\n\t\t\t\t<div class="baseHtml signature messageText ugc"><aside>{self.text([m.signature])}</aside></div>'
               if m.signature else "")
        where = t.messages.index(m) // self.per
        return f"""
<li id="post-{m.id}" class="message   " data-author="{h(m.author)}">

<div class="messageUserInfo" itemscope="itemscope" itemtype="http://data-vocabulary.org/Person">	
<div class="messageUserBlock ">
		<div class="avatarHolder">
			<span class="helper"></span>
			{self.avatar(m.author)}
			<!-- slot: message_user_info_avatar -->
		</div>
		<h3 class="userText">
			<a href="{self.murl(m.author)}" class="username" dir="auto" itemprop="name">{h(m.author)}</a>
			<em class="userTitle" itemprop="title">{title}</em>
			<!-- slot: message_user_info_text -->
		</h3>
		<div class="extraUserInfo">
				<dl class="pairsJustified">
					<dt>Inscrit:</dt>
					<dd>{_date(self.joined(m.author))}</dd>
				</dl>
				<dl class="pairsJustified">
					<dt>Messages:</dt>
					<dd><a href="search/member?user_id={self.f.users[m.author]}" class="concealed" rel="nofollow">{self.n_posts[m.author]}</a></dd>
				</dl>
		</div>
	<span class="arrow"><span></span></span>
</div>
</div>

	<div class="messageInfo primaryContent">
		<div class="messageContent">		
			<article>
				<blockquote class="messageText SelectQuoteContainer ugc baseHtml">
					{self.body(t, m)}
					<div class="messageTextEndMarker">&nbsp;</div>
				</blockquote>
			</article>
		</div>{sig}
		<div class="messageMeta ToggleTriggerAnchor">
			<div class="privateControls">
				<span class="item muted">
					<span class="authorEnd">{self.username(m.author, " author")},</span>
					<a href="{self.turl(t, where)}#post-{m.id}" title="Permalien" class="datePermalink">{xdate(m.when, self.now)}</a>
				</span>
			</div>
			<div class="publicControls">
				<a href="{self.turl(t, where)}#post-{m.id}" title="Permalien" class="item muted postNumber hashPermalink OverlayTrigger" data-href="posts/{m.id}/permalink">#{number}</a>
			</div>
		</div>
	</div>
</li>
"""

    def container(self, title: str, h1: str, desc: str, content: str, crumbs: list[tuple[str, str]],
                  canonical: str, rss: str = "forums/-/index.rss", head_extra: str = "", section: str = "forums") -> str:
        f = self.f
        crumb = "".join(f"""
					<span class="crumb"><a href="{u}" class="crumb" rel="up" itemprop="url"><span itemprop="title">{h(label)}</span></a>
					<span class="arrow"><span>&gt;</span></span></span>""" for u, label in [(self.base + "/", f.name)] + crumbs)
        return f"""<!DOCTYPE html>
<html id="XenForo" lang="fr-FR" dir="LTR" class="Public NoJs LoggedOut NoSidebar  Responsive" xmlns:fb="http://www.facebook.com/2008/fbml">
<head>
	<meta charset="utf-8" />
	<meta http-equiv="X-UA-Compatible" content="IE=Edge,chrome=1" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
	<base href="{self.base}/" />
	<script>
		var _b = document.getElementsByTagName('base')[0], _bH = "{self.base}/";
		if (_b && _b.href != _bH) _b.href = _bH;
	</script>
	<title>{h(title)}</title>
	<noscript><style>.JsOnly, .jsOnly {{ display: none !important; }}</style></noscript>
	<link rel="stylesheet" href="css.php?css=xenforo,form,public&amp;style=1&amp;dir=LTR&amp;d=1700000000" />
	<link rel="apple-touch-icon" href="{self.base}/styles/default/xenforo/logo.og.png" />
	<link rel="alternate" type="application/rss+xml" title="Flux RSS pour {h(f.name)}" href="{rss}" />
	<link rel="canonical" href="{h(canonical)}" />{head_extra}
	<meta name="description" content="{h(desc)}" />
	<meta property="og:site_name" content="{h(f.name)}" />
	<meta property="og:type" content="website" />
	<meta property="og:url" content="{h(canonical)}" />
	<meta property="og:title" content="{h(h1)}" />
	<script src="js/jquery/jquery-1.11.0.min.js"></script>
	<script src="js/xenforo/xenforo.js?_v=1a2b3c4d"></script>
</head>

<body>

<div id="headerMover">
	<div id="headerProxy"></div>

<div id="content" class="{section}">
	<div class="pageWidth">
		<div class="pageContent">
			<!-- main content area -->
			<div class="mainContainer">
				<div class="mainContent">
						<div class="breadBoxTop ">
							<nav>
								<fieldset class="breadcrumb">
									<div class="boardTitle"><strong>{h(f.name)}</strong></div>
									<span class="crumbs">{crumb}
									</span>
								</fieldset>
							</nav>
						</div>
						<!--[if lt IE 8]>
							<p class="importantMessage">Vous utilisez un navigateur obsolète.</p>
						<![endif]-->
						<div class="titleBar">
							<h1>{h(h1)}</h1>
							{desc and f'<p id="pageDescription" class="muted ">{desc_html(desc)}</p>'}
						</div>
						<!-- main template -->
						{content}
				</div>
			</div>
		</div>
	</div>
</div>

<header>
<div id="header">
	<div id="logoBlock">
		<div class="pageWidth">
			<div class="pageContent">
				<div id="logo"><a href="{self.base}/">
					<span></span>
					<img src="styles/default/xenforo/logo.png" alt="{h(f.name)}" />
				</a></div>
				<span class="helper"></span>
			</div>
		</div>
	</div>
	<div id="navigation" class="pageWidth withSearch">
		<div class="pageContent">
			<nav>
				<div class="navTabs">
					<ul class="publicTabs">
						<li class="navTab home PopupClosed"><a href="{self.base}/" class="navLink">Accueil</a></li>
						<li class="navTab forums selected"><a href="{self.base}/" class="navLink">Forums</a></li>
						<li class="navTab members Popup PopupControl PopupClosed"><a href="{self.base}/members/" class="navLink">Membres</a></li>
					</ul>
					<ul class="visitorTabs">
						<li class="navTab login PopupClosed"><a href="login/" class="navLink OverlayTrigger">Connexion ou S'inscrire</a></li>
					</ul>
				</div>
			</nav>
		</div>
	</div>
</div>
</header>

</div>

<footer>
	<div class="footer">
		<div class="pageWidth">
			<div class="pageContent">
				<ul class="footerLinks">
					<li><a href="help/">Aide</a></li>
					<li><a href="{self.base}/" class="homeLink">Accueil</a></li>
					<li><a href="forums/-/index.rss" rel="alternate" class="globalFeed" target="_blank" title="Flux RSS pour {h(f.name)}">RSS</a></li>
				</ul>
			</div>
		</div>
	</div>
	<div class="footerLegal">
		<div class="pageWidth">
			<div class="pageContent">
				<div id="copyright"><a href="https://xenforo.com" class="concealed">Logiciel de forum par XenForo&trade; <span>&copy;2010-2017 XenForo Ltd.</span></a></div>
			</div>
		</div>
	</div>
</footer>

</body>
</html>
"""

    # -- pages ----------------------------------------------------------------------------------
    def index(self) -> str:
        cats = []
        for cid, name, boards in self.categories:
            forums = []
            for b in boards:
                posts = sum(len(t.messages) for t in b.threads)
                latest = self.latest_first[b.id][:1]
                last = ""
                if latest:
                    t = latest[0]
                    m = t.messages[-1]
                    last = (f'<div class="lastThreadTitle"><span>Dernier:</span> <a href="posts/{m.id}/" title="{h(t.title)}">{h(t.title)}</a></div>\n'
                            f'\t\t\t\t<span class="lastThreadMeta"><span class="lastThreadUser">{self.username(m.author)},</span> '
                            f'{xdate(m.when, self.now, "muted lastThreadDate")}</span>')
                else:
                    last = '<span class="noMessages muted">(Contient aucun message)</span>'
                forums.append(f"""
			<li class="node forum level_2  node_{b.id}">
	<div class="nodeInfo forumNodeInfo primaryContent ">
		<span class="nodeIcon" title=""></span>
		<div class="nodeText">
			<h3 class="nodeTitle"><a href="{self.furl(b)}" data-description="#nodeDescription-{b.id}">{h(b.name)}</a></h3>
			<blockquote class="nodeDescription nodeDescriptionTooltip baseHtml" id="nodeDescription-{b.id}">{h(b.description)}</blockquote>
			<div class="nodeStats pairsInline">
				<dl><dt>Discussions:</dt> <dd>{len(b.threads)}</dd></dl>
				<dl><dt>Messages:</dt> <dd>{posts}</dd></dl>
			</div>
		</div>
		<div class="nodeLastPost secondaryContent">
			{last}
		</div>
		<div class="nodeControls">
			<a href="forums/{slug(b.name)}.{b.id}/index.rss" class="tinyIcon feedIcon" title="RSS">RSS</a>
		</div>
	</div>
</li>""")
            csl = slug(name)
            cats.append(f"""
	<li class="node category level_1 node_{cid}">
	<div class="nodeInfo categoryNodeInfo categoryStrip">
		<div class="categoryText">
			<h3 class="nodeTitle"><a href="{self.base}/#{csl}.{cid}">{h(name)}</a></h3>
		</div>
	</div>
	<ol class="nodeList">{"".join(forums)}
	</ol>
	<span class="tlc"></span><span class="trc"></span><span class="blc"></span><span class="brc"></span>
</li>""")
        content = f"""<ol class="nodeList section sectionMain" id="forums">{"".join(cats)}
</ol>
<div class="nodeListNewDiscussionButton"></div>"""
        return self.container(f"{self.f.name}", self.f.name, "", content, [], self.base + "/", section="forums")

    def item(self, t: Thread) -> str:
        first, last = t.messages[0], t.messages[-1]
        n = self.n_pages(len(t.messages), self.per)
        nav = ""
        if n > 1:  # the thread's last page numbers (at most three, never the first)
            parts = [f'<a href="{self.turl(t, p - 1)}">{p}</a>' for p in range(max(2, n - 2), n + 1)]
            nav = ('<span class="itemPageNav">\n\t\t\t\t\t\t<span>...</span>\n\t\t\t\t\t\t'
                   + "\n\t\t\t\t\t\t".join(parts) + "\n\t\t\t\t\t</span>")
        return f"""
<li id="thread-{t.id}" class="discussionListItem visible  " data-author="{h(first.author)}">
	<div class="listBlock posterAvatar">
		<span class="avatarContainer">
			{self.avatar(first.author, "s")}
		</span>
	</div>
	<div class="listBlock main">
		<div class="titleText">
			<h3 class="title">
				<a href="{self.turl(t)}" title="" class="PreviewTooltip" data-previewUrl="{self.turl(t)}preview">{h(t.title)}</a>
			</h3>
			<div class="secondRow">
				<div class="posterDate muted">
					<a href="{self.murl(first.author)}" class="username" dir="auto" title="Auteur de la discussion">{h(first.author)}</a><span class="startDate">,
					<a class="faint">{xdate(first.when, self.now)}</a></span>{nav}
				</div>
			</div>
		</div>
	</div>
	<div class="listBlock stats pairsJustified" title="Membres qui ont aimé le premier message: 0">
		<dl class="major"><dt>Réponses:</dt> <dd>{len(t.messages) - 1}</dd></dl>
		<dl class="minor"><dt>Affichages:</dt> <dd>{t.views}</dd></dl>
	</div>
	<div class="listBlock lastPost">
		<dl class="lastPostInfo">
			<dt>{self.username(last.author)}</dt>
			<dd class="muted"><a class="dateTime">{xdate(last.when, self.now)}</a></dd>
		</dl>
	</div>
</li>"""

    def board(self, b: Board, k: int) -> str:
        threads = self.latest_first[b.id]
        n = self.n_pages(len(threads), self.tper)
        nav = self.page_nav(lambda p: self.furl(b, p), k, n, self.furl(b))
        items = "".join(self.item(t) for t in threads[k * self.tper:(k + 1) * self.tper])
        content = f"""<div class="pageNavLinkGroup">
	<div class="linkGroup SelectionCountContainer"></div>
	{nav}
</div>
<div class="discussionList section sectionMain">
	<form action="inline-mod/thread/switch" method="post" class="DiscussionList InlineModForm" data-cookieName="threads" data-controls="#InlineModControls" data-imodOptions="#ModerationSelect option">
		<dl class="sectionHeaders">
			<dt class="posterAvatar"><a><span>Trier par:</span></a></dt>
			<dd class="main">
				<a href="{self.furl(b)}?order=title" class="title"><span>Titre</span></a>
				<a href="{self.furl(b)}?order=post_date" class="postDate"><span>Date de début</span></a>
			</dd>
			<dd class="stats">
				<a href="{self.furl(b)}?order=reply_count" class="major"><span>Réponses</span></a>
				<a href="{self.furl(b)}?order=view_count" class="minor"><span>Affichages</span></a>
			</dd>
			<dd class="lastPost"><a href="{self.furl(b)}?order=last_post_date" class="lastPostDate"><span>Dernier message &darr;</span></a></dd>
		</dl>
		<ol class="discussionListItems">{items}
		</ol>
	</form>
</div>
<div class="pageNavLinkGroup">
	{nav}
</div>"""
        title = b.name if not k else f"{b.name} | Page {k + 1}"
        head = ""
        if k:
            head += f'\n\t<link rel="prev" href="{self.furl(b, k - 1)}" />'
        if k + 1 < n:
            head += f'\n\t<link rel="next" href="{self.furl(b, k + 1)}" />'
        return self.container(f"{title} | {self.f.name}", b.name, b.description, content,
                              [(f"{self.base}/#{slug(b.category)}.{self.cat_ids[b.category]}", b.category)],
                              f"{self.base}/{self.furl(b, k)}", f"forums/{slug(b.name)}.{b.id}/index.rss", head)

    def thread(self, t: Thread, k: int) -> str:
        b = self.board_of[t.id]
        n = self.n_pages(len(t.messages), self.per)
        first = t.messages[0]
        nav = self.page_nav(lambda p: self.turl(t, p), k, n, self.turl(t))
        msgs = "".join(self.message(t, m, k * self.per + i + 1) for i, m in enumerate(self.chunk(t, k)))
        content = f"""<div class="pageNavLinkGroup">
	<div class="linkGroup SelectionCountContainer"></div>
	{nav}
</div>

<form action="inline-mod/post/switch" method="post" class="InlineModForm section" data-cookieName="posts" data-controls="#InlineModControls" data-imodOptions="#ModerationSelect option">
	<ol class="messageList" id="messageList">{msgs}
	</ol>
</form>

<div class="pageNavLinkGroup">
	<div class="linkGroup">
		<label for="LoginControl"><a href="login/" class="concealed element">(Vous devez vous connecter ou vous inscrire pour répondre.)</a></label>
	</div>
	{nav}
</div>"""
        head = ""
        if k:
            head += f'\n\t<link rel="prev" href="{self.turl(t, k - 1)}" />'
        if k + 1 < n:
            head += f'\n\t<link rel="next" href="{self.turl(t, k + 1)}" />'
        title = t.title if not k else f"{t.title} | Page {k + 1}"
        desc = " ".join(first.text)[:155]
        started = ("Discussion dans '<a href=\"" + self.furl(b) + "\">" + h(b.name) + "</a>' créée par "
                   + self.username(first.author) + ", <a href=\"" + self.turl(t) + "\">" + xdate(first.when, self.now) + "</a>.")
        return self.container(f"{title} | {self.f.name}", t.title, _Raw(started, desc), content,
                              [(f"{self.base}/#{slug(b.category)}.{self.cat_ids[b.category]}", b.category),
                               (self.furl(b), b.name)],
                              f"{self.base}/{self.turl(t, k)}", f"forums/{slug(b.name)}.{b.id}/index.rss", head,
                              section="thread_view")

    def member(self, name: str) -> str:
        content = f"""<div class="profilePage" itemscope="itemscope" itemtype="http://data-vocabulary.org/Person">
	<div class="mast">
		<div class="avatarScaler">{self.avatar(name)}</div>
		<div class="section infoBlock">
			<div class="secondaryContent pairsJustified">
				<dl><dt>Inscrit:</dt> <dd>{_date(self.joined(name))}</dd></dl>
				<dl><dt>Messages:</dt> <dd><a href="search/member?user_id={self.f.users[name]}" class="concealed" rel="nofollow">{self.n_posts[name]}</a></dd></dl>
			</div>
		</div>
	</div>
	<div class="mainProfileColumn">
		<div class="section primaryUserBlock">
			<div class="mainText secondaryContent">
				<h1 itemprop="name" class="username">{h(name)}</h1>
				<p class="userBlurb"><span class="userTitle" itemprop="title">{"Administrateur" if name in self.f.admins else "Membre"}</span></p>
			</div>
		</div>
	</div>
</div>"""
        return self.container(f"{name} | {self.f.name}", name, "", content, [("members/", "Membres")],
                              f"{self.base}/{self.murl(name)}", section="members")

    def members(self) -> str:
        """`member_notable`: the members with the most messages."""
        rows = "".join(f"""
	<li class="primaryContent memberListItem">
		{self.avatar(name, "s")}
		<div class="member">
			<h3 class="username">{self.username(name)}</h3>
			<div class="userInfo"><div class="userBlurb dimmed"><span class="userTitle" itemprop="title">{"Administrateur" if name in self.f.admins else "Membre"}</span></div></div>
			<dl class="userStats pairsInline"><dt>Messages:</dt> <dd>{self.n_posts[name]}</dd></dl>
		</div>
	</li>""" for name in sorted(self.f.users, key=lambda n: (-self.n_posts[n], self.f.users[n]))[:20])
        content = f"""<div class="section">
	<h3 class="textHeading">Membres les plus actifs</h3>
	<ol class="memberList">{rows}
	</ol>
</div>"""
        return self.container(f"Membres notables | {self.f.name}", "Membres notables", "", content, [], f"{self.base}/members/",
                              section="members")

    def rss(self, title: str, desc: str, link: str, self_url: str, threads: list[Thread]) -> str:
        items = "".join(f"""    <item>
      <title>{x(t.title)}</title>
      <pubDate>{rfc822(t.messages[0].when)}</pubDate>
      <link>{x(self.base + '/' + self.turl(t))}</link>
      <guid>{x(self.base + '/' + self.turl(t))}</guid>
      <author>invalid@example.com ({x(t.messages[0].author)})</author>
      <dc:creator>{x(t.messages[0].author)}</dc:creator>
      <content:encoded>{cdata(self.body(t, t.messages[0]))}</content:encoded>
      <slash:comments>{len(t.messages) - 1}</slash:comments>
    </item>
""" for t in threads)
        last = rfc822(threads[0].messages[-1].when) if threads else rfc822(self.now)
        return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
  <channel>
    <title>{x(title)}</title>
    <description>{x(desc)}</description>
    <pubDate>{rfc822(self.now)}</pubDate>
    <lastBuildDate>{last}</lastBuildDate>
    <generator>{x(self.f.name)}</generator>
    <link>{x(link)}</link>
    <atom:link rel="self" type="application/rss+xml" href="{x(self_url)}"/>
{items}  </channel>
</rss>
"""

    def sitemap(self) -> dict[str, str]:
        urls = [(self.base + "/", None)]
        urls += [(f"{self.base}/{self.furl(b)}", None) for b in self.f.boards]
        urls += [(f"{self.base}/{self.turl(t)}", iso_utc(t.messages[-1].when)) for t in self.all]
        urls += [(f"{self.base}/{self.murl(u)}", None) for u in sorted(self.f.users, key=self.f.users.get)]
        body = "".join(f"\t<url>\n\t\t<loc>{x(u)}</loc>\n" + (f"\t\t<lastmod>{lm}</lastmod>\n" if lm else "") + "\t</url>\n"
                       for u, lm in urls)
        return {"/sitemap.php": ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                                 f"\t<sitemap>\n\t\t<loc>{self.base}/sitemap.php?c=1</loc>\n\t\t<lastmod>{iso_utc(self.last())}</lastmod>\n\t</sitemap>\n</sitemapindex>"),
                "/sitemap.php?c=1": ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                                     + body + "</urlset>")}


class _Raw(str):
    """A page description already written as HTML (the thread's "Discussion dans ..." line); its `str`
    value is the plain meta description."""

    def __new__(cls, html: str, plain: str):
        obj = super().__new__(cls, plain)
        obj.html = html
        return obj


def desc_html(desc: str) -> str:
    return desc.html if isinstance(desc, _Raw) else h(desc)


def item_pages(forum: Forum, now: datetime = NOW):
    return _XF1(forum, now).item_pages()


def render(forum: Forum, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a XenForo 1.5 forum keyed by path?query, and its 404 page."""
    v = _XF1(forum, now)
    extra: dict[str, tuple[str, str]] = {}
    for name in forum.users:
        extra["/" + v.murl(name)] = (v.member(name), HTML)
    extra["/members/"] = (v.members(), HTML)
    extra["/forums/-/index.rss"] = (v.rss(forum.name, forum.tagline, v.base + "/", v.base + "/forums/-/index.rss", v.all[:20]), RSS)
    for b in forum.boards:
        path = f"/forums/{slug(b.name)}.{b.id}/index.rss"
        extra[path] = (v.rss(b.name, b.description, f"{v.base}/{v.furl(b)}", v.base + path, v.latest_first[b.id][:20]), RSS)
    for path, body in v.sitemap().items():
        extra[path] = (body, XML)
    missing = v.container(f"Erreur | {forum.name}", "Erreur", "", """<div class="errorOverlay">
	<h2 class="heading">L'action demandée n'a pas pu être effectuée</h2>
	<div class="baseHtml">
		<label for="ctrl_0" class="OverlayCloser">La page demandée n'a pas pu être trouvée.</label>
	</div>
</div>""", [], v.base + "/")
    out, notfound = render_forum(v, ["/", "/forums/"], extra, "", missing, keep)
    for t in forum.threads():
        for i, m in enumerate(t.messages):
            out[f"/posts/{m.id}/"] = redirect(f"{v.base}/{v.turl(t, i // v.per)}#post-{m.id}")
    delay = f"Crawl-delay: {forum.crawl_delay}\n" if forum.crawl_delay else ""
    out["/robots.txt"] = page(f"User-agent: *\n{delay}Disallow: /find-new/\nDisallow: /account/\nDisallow: /attachments/\n"
                              f"Disallow: /goto/\nDisallow: /posts/\nDisallow: /login/\nDisallow: /search/\n"
                              f"Sitemap: {v.base}/sitemap.php\n", TEXT)
    return out, notfound
