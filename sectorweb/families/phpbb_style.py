"""phpBB 3.3 with the third-party style "Milk v2" (Merlin Framework by PlanetStyles), French, as its server
answers a crawler.

Written blind from the style's real templates (`q4z1/pokerth_forum` `styles/Milk_v2/template/`:
`overall_header.html`, `index_body.html`, `forumlist_body.html`, `viewforum_body.html`,
`viewtopic_body.html`), not from any parser; phpBB's own output (URLs, `pagination.html` inherited from
prosilver, BBCode rendering, the Atom feed, the French language pack strings and its date format
`D j M Y H:i`) as phpBB 3.3 writes it:
- `<title>`: "Sujet - Page 2 - Forum" on topics and forums (Milk puts SITENAME last there), "Forum - Index
  du forum" on the index. Header `div.headerbar > div.forum_header > #site-description` with `h1` and
  `p`, `ul#nav-breadcrumbs` with schema.org `BreadcrumbList` crumbs.
- `viewtopic_body.html`: `h2.topic-title`, `div.action-bar.bar-top` with `div.pagination` ("N messages",
  "Page 1 sur 3", `li.active`, `a.button`, `li.arrow.next a[rel=next]`), `div.viewtopic_wrapper` of
  `div#pN.post.has-profile.bg1|bg2`: `dl.postprofile` (`dt` with `div.avatar-container` and the author
  link, `dd.profile-rank`, `dd.profile-posts` "Messages :", `dd.profile-joined` "Inscription :"),
  `div.postbody` with `p.author` (Milk's: a clock icon and `<time datetime>` in a link to the post; the
  post subject `h3` is commented out in Milk), `div.content`, `div#sigN.signature`.
- Posts as phpBB 3.3 renders them: lines as `<br>`, magic URLs as `a.postlink`, quotes as
  `<blockquote><div><cite>` with the quoted author's profile link, "a écrit :", the ↑ link to the
  quoted post and its date.
- `viewforum_body.html`: `div.forumbg ul.topiclist.topics li.row`, `a.topictitle`, `div.topic-poster`
  ("par" author » time), the mini pagination, `dd.posts`, `dd.views`, `dd.lastpost`;
  `forumlist_body.html`: `div.forabg` per category, `a.forumtitle`, `span.forum_description`.
- Feeds: `/app.php/feed`, `/app.php/feed/topics`, `/app.php/feed/forum/N`, `/app.php/feed/topic/N` (Atom).
  phpBB has no sitemap of its own; `robots.txt` is the site's.
- Profiles: guests may not view them (phpBB's default permissions): `memberlist.php?mode=viewprofile&u=N`
  answers the login page.
URLs: `viewtopic.php?t=N&start=M`, `viewforum.php?f=N&start=M`, `viewtopic.php?p=N` (the post's page).
"""
from __future__ import annotations

from datetime import datetime

from sectorweb.dates import NOW, iso_utc, phpbb_short
from sectorweb.families.common import HTML, Page, autolink
from sectorweb.families.common import esc as h  # phpBB escapes with ENT_COMPAT: apostrophes stay
from sectorweb.families.forumkit import ForumView, atom, render_forum
from sectorweb.model import Board, Forum, Message, Thread

IGNORED_PARAMS = {"sid", "hilit", "view", "sd", "sk", "st"}
ASSETS = 12
ADMIN_COLOUR = "AA0000"


def thread_url(host: str, thread: Thread) -> str:
    return f"http://{host}/viewtopic.php?t={thread.id}"


def postlinks(text: str) -> str:
    return autolink(text, "nofollow").replace(' rel="nofollow"', ' class="postlink"')


class _Milk(ForumView):
    def __init__(self, forum: Forum, now: datetime = NOW):
        super().__init__(forum, now)
        self.cat_of = {b.id: (cid, name) for cid, name, boards in self.categories for b in boards}

    # -- urls ------------------------------------------------------------------------------------
    def topic(self, t: Thread, k: int = 0, amp: str = "&amp;") -> str:
        return f"./viewtopic.php?t={t.id}" + (f"{amp}start={k * self.per}" if k else "")

    def forum(self, b: Board, k: int = 0, amp: str = "&amp;") -> str:
        return f"./viewforum.php?f={b.id}" + (f"{amp}start={k * self.tper}" if k else "")

    def thread_path(self, t: Thread, k: int) -> str:
        return self.topic(t, k, "&")[1:]

    def board_path(self, b: Board, k: int) -> str:
        return self.forum(b, k, "&")[1:]

    def profile(self, name: str) -> str:
        return f"./memberlist.php?mode=viewprofile&amp;u={self.f.users[name]}"

    # -- fragments -------------------------------------------------------------------------------
    def author(self, name: str) -> str:
        """`get_username_string('full')`: coloured for the administrators' group."""
        if name in self.f.admins:
            return f'<a href="{self.profile(name)}" style="color: #{ADMIN_COLOUR};" class="username-coloured">{h(name)}</a>'
        return f'<a href="{self.profile(name)}" class="username">{h(name)}</a>'

    def time(self, d: datetime) -> str:
        return f'<time datetime="{iso_utc(d)}">{phpbb_short(d)}</time>'

    def pagination(self, url, k: int, n: int) -> str:
        """prosilver's `pagination.html` (Milk keeps it): ellipsis beyond pages next to the current one."""
        if n <= 1:
            return ""
        cur = k + 1
        items = []
        if cur > 1:
            items.append(f'<li class="arrow previous"><a class="button button-icon-only" href="{url(k - 1)}" rel="prev" role="button">'
                         '<i class="icon fa-chevron-left fa-fw" aria-hidden="true"></i><span class="sr-only">Précédente</span></a></li>')
        shown = sorted({1, n} | {p for p in range(cur - 1, cur + 2) if 1 <= p <= n})
        prev = 0
        for p in shown:
            if p - prev > 1:
                items.append('<li class="ellipsis" role="separator"><span>…</span></li>')
            items.append(f'<li class="active"><span>{p}</span></li>' if p == cur else
                         f'<li><a class="button" href="{url(p - 1)}" role="button">{p}</a></li>')
            prev = p
        if cur < n:
            items.append(f'<li class="arrow next"><a class="button button-icon-only" href="{url(k + 1)}" rel="next" role="button">'
                         '<i class="icon fa-chevron-right fa-fw" aria-hidden="true"></i><span class="sr-only">Suivante</span></a></li>')
        return (f'<div class="dropdown-container dropdown-button-control" role="button"><a href="#" class="dropdown-trigger">'
                f'Page <strong>{cur}</strong> sur <strong>{n}</strong></a></div>\n'
                f'\t\t\t\t<ul>\n\t\t\t\t\t' + "\n\t\t\t\t\t".join(items) + "\n\t\t\t\t</ul>")

    def page_block(self, label: str, url, k: int, n: int) -> str:
        pag = self.pagination(url, k, n)
        inner = f"\n\t\t\t{pag}" if pag else f"\n\t\t\t\t&bull; Page <strong>{k + 1}</strong> sur <strong>{n}</strong>"
        return f'<div class="pagination">\n\t\t\t{label}{inner}\n\t\t</div>'

    def body(self, t: Thread, m: Message) -> str:
        text = "<br>\n<br>\n".join(postlinks(p) for p in m.text)
        if not m.quote:
            return text
        who, said = m.quote
        i = self.index_of[m.id]
        parent = next((p for p in reversed(t.messages[:i]) if p.author == who), None)
        cite = f'<a href="{self.profile(who)}">{h(who)}</a>' if who in self.f.users else h(who)
        cite += " a écrit :"
        if parent is not None:
            cite += (f' <a href="./viewtopic.php?p={parent.id}#p{parent.id}" data-post-id="{parent.id}" '
                     f'onclick="if(document.getElementById(hash.substr(1)))href=hash">↑</a>'
                     f'<span class="responsive-hide">{phpbb_short(parent.when)}</span>')
        return f"<blockquote><div><cite>{cite}</cite>{postlinks(said)}</div></blockquote>\n\n{text}"

    # -- frame -----------------------------------------------------------------------------------
    def doc(self, title: str, script: str, main: str, crumbs: list[tuple[str, str]], canonical: str,
            feeds: list[tuple[str, str]] = ()) -> str:
        f = self.f
        pos = 2
        crumb = ""
        for url, label in crumbs:
            crumb += (f'\n\t\t\t\t<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope>'
                      f'<a itemprop="item" href="{url}"><span itemprop="name">{h(label)}</span></a>'
                      f'<meta itemprop="position" content="{pos}" /></span>')
            pos += 1
        feed_links = "".join(f'\n\t<link rel="alternate" type="application/atom+xml" title="Flux - {h(t)}" href="{u}">' for t, u in
                             [(f.name, "/app.php/feed"), ("Nouveaux sujets", "/app.php/feed/topics")] + list(feeds))
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="fr">
<head>
<meta charset="utf-8" />

<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />

<title>{h(title)}</title>

{feed_links}

	<link rel="canonical" href="{h(canonical)}">

<!--
	phpBB style name: Milk v2
	Based on style:   Merlin Framework (http://www.planetstyles.net)
-->

	<link href="https://fonts.googleapis.com/css?family=Roboto:300,400,500" rel="stylesheet">
    <style type="text/css">body {{font-family: "Roboto", Arial, Helvetica, sans-serif; font-size: 14px;}}</style>

<link href="./assets/css/font-awesome.min.css?assets_version={ASSETS}" rel="stylesheet">
<link href="./styles/Milk_v2/theme/stylesheet.css?assets_version={ASSETS}" rel="stylesheet">
<link href="./styles/Milk_v2/theme/fr/stylesheet.css?assets_version={ASSETS}" rel="stylesheet">
<link href="./styles/Milk_v2/theme/blank.css?assets_version={ASSETS}" rel="stylesheet" class="colour_switch_link"  />
	<link href="./styles/Milk_v2/theme/colour-presets/default.css?assets_version={ASSETS}" rel="stylesheet">
<link href="./styles/Milk_v2/theme/extensions.css?assets_version={ASSETS}" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-{script} ltr  content_block_header_block navbar_o_header css_icons_enabled">

    <div id="wrap" class="wrap">
        <a id="top" class="top-anchor" accesskey="t"></a>

        <div id="page-header">

            <div class="headerbar" role="banner">
				<div class="forum_header">
					<div class="headerbar_overlay_container">
					</div>
						<div class="particles_container">
								<div id="site-description" class="site-description">
											<a id="logo" class="logo" href="./index.php" title="Index du forum"><span class="site_logo"></span></a>
										<h1>{h(f.name)}</h1>
										<p>{h(f.tagline)}</p>
								</div>
						</div>
				</div><!-- /.forum_header -->
            </div><!-- /.headerbar -->

        </div><!-- /#page-header -->

        <div id="inner-wrap">

	<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
		<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
				<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./index.php" accesskey="h" data-navbar-reference="index"><span itemprop="name">Index du forum</span></a><meta itemprop="position" content="1" /></span>{crumb}
		</li>
		<li class="rightside responsive-search">
			<a href="./search.php" title="Voir les options de recherche avancée" role="menuitem">
				<i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Rechercher</span>
			</a>
		</li>
	</ul>

	<a id="start_here" class="anchor"></a>
	<div id="page-body" class="page-body" role="main">

{main}

	</div>

	<div id="page-footer" class="page-footer" role="contentinfo">
		<div class="copyright_bar">
			<p class="footer-row">
				<span class="footer-copyright">Développé par <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</span>
			</p>
			<p class="footer-row">
				<span class="footer-copyright">Traduction française officielle &copy; <a href="https://www.phpbb.com/customise/db/translation/french/">Milles</a></span>
			</p>
			<p class="footer-row">Style <a href="https://www.planetstyles.net/">Milk v2</a> by Ian Bradley</p>
			<p class="footer-row" role="menu">
				<a class="footer-link" href="./ucp.php?mode=privacy" title="Confidentialité" role="menuitem"><span class="footer-link-text">Confidentialité</span></a>
				|
				<a class="footer-link" href="./ucp.php?mode=terms" title="Conditions" role="menuitem"><span class="footer-link-text">Conditions</span></a>
			</p>
		</div>
	</div>

        </div><!-- /#inner-wrap -->
    </div><!-- /#wrap -->

<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version={ASSETS}"></script>
<script src="./assets/javascript/core.js?assets_version={ASSETS}"></script>
</body>
</html>
"""

    # -- listings --------------------------------------------------------------------------------
    def forumrows(self, boards: list[Board]) -> str:
        rows = []
        for b in boards:
            latest = self.latest_first[b.id][:1]
            if latest:
                t = latest[0]
                m = t.messages[-1]
                subject = t.title if m is t.messages[0] else f"Re: {t.title}"
                short = subject if len(subject) <= 30 else subject[:30] + "…"
                last = f"""<dfn>Dernier message</dfn>
                                        <a href="./viewtopic.php?p={m.id}#p{m.id}" title="{h(subject)}" class="lastsubject">{h(short)}</a> <br />
                                    par {self.author(m.author)}
                                        <a href="./viewtopic.php?p={m.id}#p{m.id}" title="Voir le dernier message">
                                            <i class="icon fa-external-link-square fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Voir le dernier message</span>
                                        </a>
                                    <br /><time datetime="{iso_utc(m.when)}">{phpbb_short(m.when)}</time>"""
            else:
                last = "Aucun message"
            rows.append(f"""		<li class="row">
			<dl class="row-item forum_read">
				<dt title="Aucun message non lu">
					<div class="list-inner">
						<a href="{self.forum(b)}" class="forumtitle">{h(b.name)}</a>
						<br /><span class="forum_description">{h(b.description)}</span>
					</div>
				</dt>
                            <dd class="topics">{len(b.threads)} <dfn>Sujets</dfn></dd>
                            <dd class="posts">{sum(len(t.messages) for t in b.threads)} <dfn>Messages</dfn></dd>
                        <dd class="lastpost">
                            <span>
                                    {last}
                            </span>
                        </dd>
			</dl>
		</li>
""")
        return "".join(rows)

    def forumlist(self, cats: list[tuple[int, str, list[Board]]]) -> str:
        blocks = []
        for cid, name, boards in cats:
            blocks.append(f"""		<div class="forabg">
			<div class="inner">
			<ul class="topiclist">
				<li class="header">
					<dl class="row-item">
						<dt><div class="list-inner">
									<a href="./viewforum.php?f={cid}">{h(name)}</a>
						</div></dt>
                                <dd class="topics"><span class="icon fa-book"></span></dd>
                                <dd class="posts"><span class="icon fa-comments"></dd>
                            <dd class="lastpost"><span class="icon fa-clock-o"></span></dd>
					</dl>
				</li>
			</ul>
			<ul class="topiclist forums">
{self.forumrows(boards)}			</ul>

			</div>
		</div>
""")
        return "<div>\n\n" + "".join(blocks) + "\n</div>"

    def index(self) -> str:
        f = self.f
        total = sum(len(t.messages) for t in f.threads())
        newest = max(f.users, key=f.users.get) if f.users else None
        newest_html = f" &bull; Notre membre le plus récent : <strong>{self.author(newest)}</strong>" if newest else ""
        online = 3 + len(f.users) % 9
        main = f"""{self.forumlist(self.categories)}

<div class="post_forumlist_links">
</div>

<div class="forumbg alt_block">
    <div class="inner">
    <ul class="topiclist">
        <li class="header">
            <dl class="row-item">
                <dt><div class="list-inner"><i class="fa fa-line-chart"></i> &nbsp;Informations</div></dt>
            </dl>
        </li>
    </ul>
    <ul class="topiclist forums">
                <li class="row">
                    <form method="post" action="./ucp.php?mode=login" class="headerspace">
                    <h3><a href="./ucp.php?mode=login&amp;redirect=index.php">Connexion</a>&nbsp; &bull; &nbsp;<a href="./ucp.php?mode=register">S’enregistrer</a></h3>
                    </form>
                </li>
            <li class="row">
                <div class="stat-block online-list">
                    <h3><a href="./viewonline.php">Qui est en ligne ?</a></h3>
                    <p>
                        Au total, il y a <strong>{online}</strong> utilisateurs en ligne :: 0 enregistré, 0 invisible et {online} invités (selon le nombre d’utilisateurs actifs des 5 dernières minutes)<br />Le record du nombre d’utilisateurs en ligne est de <strong>{online * 7}</strong>, le {phpbb_short(self.joined(newest) if newest else self.now)}<br /> 
                    </p>
                </div>
            </li>
            	<li class="row">
                    <div class="stat-block statistics">
                        <h3>Statistiques</h3>
                        <p>
                            Messages : <strong>{total}</strong> &bull; Sujets : <strong>{len(f.threads())}</strong> &bull; Membres : <strong>{len(f.users)}</strong>{newest_html}
                        </p>
                    </div>
                </li>
        </li>
    </ul>
    </div>
</div>"""
        return self.doc(f"{f.name} - Index du forum", "index", main, [], f"{self.base}/")

    def category(self, cid: int, name: str, boards: list[Board]) -> str:
        main = f"""<h2 class="forum-title"><a href="./viewforum.php?f={cid}">{h(name)}</a></h2>

{self.forumlist([(cid, name, boards)])}
"""
        return self.doc(f"{name} - {self.f.name}", "viewforum", main, [(f"./viewforum.php?f={cid}", name)],
                        f"{self.base}/viewforum.php?f={cid}")

    def board(self, b: Board, k: int) -> str:
        threads = self.latest_first[b.id]
        n = self.n_pages(len(threads), self.tper)
        label = f"{len(threads)} sujet{'s' if len(threads) > 1 else ''}"
        pag = self.page_block(label, lambda p: self.forum(b, p), k, n)
        rows = []
        for i, t in enumerate(threads[k * self.tper:(k + 1) * self.tper]):
            first, last = t.messages[0], t.messages[-1]
            np = self.n_pages(len(t.messages), self.per)
            mini = ""
            if np > 1:
                pages = list(range(np)) if np <= 4 else [0, None, np - 2, np - 1]
                lis = "".join('<li class="ellipsis"><span>…</span></li>' if p is None else
                              f'<li><a class="button" href="{self.topic(t, p)}">{p + 1}</a></li>' for p in pages)
                mini = f"""
						<div class="pagination">
							<span><i class="icon fa-clone fa-fw" aria-hidden="true"></i></span>
							<ul>
							{lis}
							</ul>
						</div>"""
            rows.append(f"""		<li class="row{' bg1' if i % 2 == 0 else ' bg2'}">
			<dl class="row-item topic_read">
				<dt title="Aucun message non lu">
					<div class="list-inner">
						<a href="{self.topic(t)}" class="topictitle">{h(t.title)}</a>
						<br />
						<div class="topic-poster responsive-hide left-box">
							par {self.author(first.author)}  <span class="clutter">&raquo; {self.time(first.when)}</span>
						</div>{mini}
					</div>
				</dt>
				<dd class="posts">{len(t.messages) - 1} <dfn>Réponses</dfn></dd>
				<dd class="views">{t.views} <dfn>Vues</dfn></dd>
				<dd class="lastpost">
                					<span><dfn>Dernier message </dfn>par {self.author(last.author)}
							<a href="./viewtopic.php?p={last.id}#p{last.id}" title="Voir le dernier message">
								<i class="icon fa-external-link-square fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Voir le dernier message</span>
							</a>
						<br />{self.time(last.when)}
					</span>
				</dd>
			</dl>
		</li>
""")
        topics = ""
        if rows:
            topics = f"""		<div class="forumbg">
		<div class="inner">
		<ul class="topiclist">
			<li class="header">
				<dl class="row-item">
					<dt><div class="list-inner">Sujets</div></dt>
					<dd class="posts"><span class="icon fa-comments"></dd>
					<dd class="views"><span class="icon fa-eye"></dd>
					<dd class="lastpost"><span><span class="icon fa-clock-o"></span></dd>
				</dl>
			</li>
		</ul>
		<ul class="topiclist topics">
{"".join(rows)}			</ul>
		</div>
	</div>"""
        else:
            topics = '<div class="panel">\n\t\t<div class="inner">\n\t\t\t<strong>Il n’y a aucun sujet dans ce forum.</strong>\n\t\t</div>\n\t</div>'
        cid, cname = self.cat_of[b.id]
        main = f"""<h2 class="forum-title"><a href="{self.forum(b)}">{h(b.name)}</a></h2>
<div>
	<div style="display: none !important;">{h(b.description)}<br /></div>
</div>

	<div class="action-bar bar-top">
	{pag}
	</div>

{topics}

	<div class="action-bar bar-bottom">
		{pag}
	</div>
"""
        title = b.name + (f" - Page {k + 1}" if k else "")
        return self.doc(f"{title} - {self.f.name}", "viewforum", main,
                        [(f"./viewforum.php?f={cid}", cname), (self.forum(b), b.name)],
                        f"{self.base}/{self.board_path(b, k)}", [(f"Forum - {b.name}", f"/app.php/feed/forum/{b.id}")])

    def post(self, t: Thread, m: Message, row: int) -> str:
        uid = self.f.users[m.author]
        rank = "Administrateur" if m.author in self.f.admins else ""
        rank_dd = f'<dd class="profile-rank">{rank}</dd>' if rank else ""
        sig = f'<div id="sig{m.id}" class="signature">{postlinks(m.signature)}</div>' if m.signature else ""
        mini = "Sujet" if m is t.messages[0] else "Message"
        return f"""	<div id="p{m.id}" class="post has-profile {'bg1' if row % 2 else 'bg2'}">
		<div class="inner">

		<dl class="postprofile" id="profile{m.id}">
			<dt class="{'has-profile-rank' if rank else 'no-profile-rank'} no-avatar">
				<div class="avatar-container">
				</div>
				{self.author(m.author)}
			</dt>

			{rank_dd}

		<dd class="profile-posts"><strong>Messages :</strong> <a href="./search.php?author_id={uid}&amp;sr=posts">{self.n_posts[m.author]}</a></dd>
		<dd class="profile-joined clutter"><strong>Inscription :</strong> {phpbb_short(self.joined(m.author))}</dd>

		</dl>

		<div class="postbody">
			<div id="post_content{m.id}">

			<p class="author">
					<span><i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">{mini}</span></span>
				<a class="unread" href="./viewtopic.php?p={m.id}#p{m.id}" title="{mini}"><i class="icon fa-clock-o"></i> {self.time(m.when)}</a>
			</p>

			<div class="content">{self.body(t, m)}</div>

			{sig}

			</div>

		</div>

		<div class="back2top">
			<a href="#top" class="top" title="Haut">
				<i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i>
				<span class="sr-only">Haut</span>
			</a>
		</div>

		</div>
	</div>

"""

    def thread(self, t: Thread, k: int) -> str:
        b = self.board_of[t.id]
        n = self.n_pages(len(t.messages), self.per)
        count = len(t.messages)
        pag = self.page_block(f"{count} message{'s' if count > 1 else ''}", lambda p: self.topic(t, p), k, n)
        posts = "".join(self.post(t, m, k * self.per + i + 1) for i, m in enumerate(self.chunk(t, k)))
        cid, cname = self.cat_of[b.id]
        main = f"""<div class="postprofile_container">

<h2 class="topic-title"><a href="{self.topic(t)}">{h(t.title)}</a></h2>
<div style="display: none !important;">{h(b.description)}<br /></div>

<div class="action-bar bar-top">
		{pag}
</div>

<div class="viewtopic_wrapper">

{posts}</div>

	<div class="action-bar bar-bottom">
		{pag}
</div>

<div class="action-bar actions-jump">
		<p class="jumpbox-return">
			<a href="{self.forum(b)}" class="left-box arrow-left" accesskey="r">
				<i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>Retourner vers « {h(b.name)} »</span>
			</a>
		</p>
</div>

</div>"""
        title = t.title + (f" - Page {k + 1}" if k else "")
        return self.doc(f"{title} - {self.f.name}", "viewtopic", main,
                        [(f"./viewforum.php?f={cid}", cname), (self.forum(b), b.name)],
                        f"{self.base}/{self.thread_path(t, k)}",
                        [(f"Forum - {b.name}", f"/app.php/feed/forum/{b.id}"), (f"Sujet - {t.title}", f"/app.php/feed/topic/{t.id}")])

    def login(self) -> str:
        main = """<form action="./ucp.php?mode=login" method="post" id="login" data-focus="username">
<div class="panel">
	<div class="inner">

	<div class="content">
		<h2 class="login-title">Connexion</h2>

		<fieldset class="fields1">
		<div class="error">Le forum exige que vous soyez inscrit et connecté pour consulter cette page.</div>
		<dl>
			<dt><label for="username">Nom d’utilisateur :</label></dt>
			<dd><input type="text" tabindex="1" name="username" id="username" size="25" value="" class="inputbox autowidth" /></dd>
		</dl>
		<dl>
			<dt><label for="password">Mot de passe :</label></dt>
			<dd><input type="password" tabindex="2" id="password" name="password" size="25" class="inputbox autowidth" autocomplete="off" /></dd>
		</dl>
		</fieldset>
	</div>

	</div>
</div>
</form>"""
        return self.doc(f"{self.f.name} - Connexion", "memberlist", main, [], f"{self.base}/ucp.php?mode=login")


def item_pages(forum: Forum, now: datetime = NOW):
    return _Milk(forum, now).item_pages()


def render(forum: Forum, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a phpBB 3.3 forum in Milk v2 keyed by path?query, and its 404 page."""
    v = _Milk(forum, now)
    extra: dict[str, tuple[str, str]] = {}
    board_ids = {b.id for b in forum.boards}
    for cid, name, boards in v.categories:
        if cid not in board_ids:
            extra[f"/viewforum.php?f={cid}"] = (v.category(cid, name, boards), HTML)
    login = v.login()
    for name, uid in forum.users.items():
        extra[f"/memberlist.php?mode=viewprofile&u={uid}"] = (login, HTML)

    def link(m: Message) -> str:
        return f"{v.base}/viewtopic.php?p={m.id}#p{m.id}"
    extra["/app.php/feed"] = atom(v, v.base + "/app.php/feed", [(m, t, link(m)) for m, t in v.newest(15)])
    extra["/app.php/feed/topics"] = atom(v, v.base + "/app.php/feed/topics", [(m, t, link(m)) for m, t in v.newest(15, topics=True)])
    for b in forum.boards:
        items = sorted(((m, t) for t in b.threads for m in t.messages), key=lambda mt: mt[0].when, reverse=True)[:15]
        extra[f"/app.php/feed/forum/{b.id}"] = atom(v, f"{v.base}/app.php/feed/forum/{b.id}", [(m, t, link(m)) for m, t in items])
    for t in forum.threads():
        items = [(m, t) for m in reversed(t.messages[-15:])]
        extra[f"/app.php/feed/topic/{t.id}"] = atom(v, f"{v.base}/app.php/feed/topic/{t.id}", [(m, t, link(m)) for m, t in items])
    missing = v.doc(f"{forum.name} - Information", "viewtopic", """<div class="panel" id="message">
	<div class="inner">
	<h2 class="message-title">Information</h2>
	<p>Le sujet demandé n’existe pas.</p>
	</div>
</div>""", [], f"{v.base}/")
    robots = ("Disallow: /memberlist.php\nDisallow: /search.php\nDisallow: /ucp.php\nDisallow: /posting.php\n"
              "Disallow: /viewonline.php\nDisallow: /app.php/feed\n")
    out, notfound = render_forum(v, ["/", "/index.php"], extra, robots, missing, keep)
    for t in forum.threads():
        for i, m in enumerate(t.messages):  # viewtopic.php?p=N shows the page holding post N
            out[f"/viewtopic.php?p={m.id}"] = out[v.thread_path(t, i // v.per)]
    return out, notfound
