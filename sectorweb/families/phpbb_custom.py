"""phpBB 3.2 / 3.3 with the third-party style "we_universal" (INVENTEA, maintained by nextgen), French, as its
server answers a crawler.

Written blind from the style's real templates, not from any parser. Followed `nextgen-solutions-gt/we_universal`
(style 2.7.1, parent prosilver): `template/overall_header.html` (`div.inventea-headerbar` user bar with "Connexion" /
"S’enregistrer", `header.inventea-header > div.inventea-dashboard` holding `navbar_header.html`'s quick links and
`div.inventea-sitename > h1 + span`, `ul#nav-breadcrumbs` schema.org `BreadcrumbList` crumbs, "Nous sommes le ..."
`li.inventea-time` on the index; `<title>` "Sujet - Forum" on topics and forums, "Forum - Index du forum" elsewhere),
`template/overall_footer.html` and `navbar_footer.html` (`div.inventea-footer-wrapper`, "Style we_universal created
by INVENTEA | nextgen"), `template/forumlist_body.html` (`div.forabg`, `a.forumtitle`, the description after `<br />`,
`dd.topics` "Sujets: / Messages:", `dd.lastpost` "par" author and `<time datetime>`), `template/viewforum_body.html`
(`h2.forum-title`, `div.action-bar.bar-top` `div.pagination`, `div.forumbg ul.topiclist.topics li.row`,
`a.topictitle`, `div.topic-poster` "par X » date", the topic's mini pagination, `dd.posts` "Réponses: / Vues:",
`dd.lastpost`), `template/viewtopic_body.html` (`h2.topic-title`, `div#pN.post.has-profile.bg1|bg2`,
`dl.postprofile` with `dd.profile-posts` / `dd.profile-joined`, `div#post_contentN`, the post subject `h3` linking
to the post ("Re: ..." for replies), `p.author` "par <strong>X</strong> » <time datetime>", `div.content`,
`div#sigN.signature`, `div.back2top`). `index_body.html` is prosilver's (the style does not override it).
phpBB's own output as `sectorweb/families/phpbb_style.py` (round 5) writes it for phpBB 3.3 and is reused from it:
prosilver's `pagination.html`, BBCode rendering (lines as `<br>`, `a.postlink`, quotes as `<blockquote><div><cite>`
"a écrit :"), `get_username_string`, the French pack's `D j M Y H:i` date ("mar. 4 mars 2025 10:12") in
`<time datetime>`, the login page guests get for `memberlist.php?mode=viewprofile&u=N` (default permissions).
URLs vary by host with the phpBB version: 3.3 links `./viewtopic.php?t=M` (`&start=K`); 3.2 links
`./viewtopic.php?f=N&t=M` (`&start=K`), its canonical (the item URL) being `viewtopic.php?t=M`; both answer.
Also `viewforum.php?f=N` (`&start=K`), `viewtopic.php?p=N` (the post's page), feeds `app.php/feed`,
`app.php/feed/topics`, `app.php/feed/forum/N`, `app.php/feed/topic/N` (Atom, `forumkit.atom`).
Not rendered: avatars (none in the model), the jumpbox's forum list, the theme switcher's script state;
phpBB has no sitemap of its own.
"""
from __future__ import annotations

import hashlib
from datetime import datetime

from sectorweb.dates import NOW, phpbb_short
from sectorweb.families.common import HTML, Page
from sectorweb.families.common import esc as h
from sectorweb.families.forumkit import atom, render_forum
from sectorweb.families.phpbb_style import _Milk, postlinks
from sectorweb.model import Board, Forum, Message, Thread

IGNORED_PARAMS = {"sid", "hilit", "view", "sd", "sk", "st"}
VERSIONS = {"3.2": ("3.2.11", "2.5.2", "c1bbc6c5b4"), "3.3": ("3.3.11", "2.7.1", "e2a5d6f1c3")}


def version_of(host: str) -> str:
    """The phpBB branch the host runs (3.2 or 3.3), each with its we_universal release."""
    return ("3.2", "3.3")[int(hashlib.md5(f"phpbb_custom:{host}".encode()).hexdigest(), 16) % 2]


def thread_url(host: str, thread: Thread) -> str:
    return f"http://{host}/viewtopic.php?t={thread.id}"


class _Universal(_Milk):
    def __init__(self, forum: Forum, now: datetime = NOW):
        super().__init__(forum, now)
        self.version = version_of(forum.host)
        self.phpbb, self.style, self.assets = VERSIONS[self.version]

    # -- urls ---------------------------------------------------------------------------------------
    def link(self, t: Thread, k: int = 0, amp: str = "&amp;") -> str:
        """The topic's URL as the style's links write it (`U_VIEW_TOPIC`, pagination): 3.2 keeps the forum id."""
        if self.version == "3.3":
            return self.topic(t, k, amp)
        return f"./viewtopic.php?f={self.board_of[t.id].id}{amp}t={t.id}" + (f"{amp}start={k * self.per}" if k else "")

    def mini(self, t: Thread, m: Message) -> str:
        """`U_MINI_POST`."""
        if self.version == "3.3":
            return f"./viewtopic.php?p={m.id}#p{m.id}"
        return f"./viewtopic.php?f={self.board_of[t.id].id}&amp;t={t.id}&amp;p={m.id}#p{m.id}"

    # -- frame --------------------------------------------------------------------------------------
    def doc(self, title: str, script: str, main: str, crumbs: list[tuple[str, str]], canonical: str,
            feeds: list[tuple[str, str]] = (), index: bool = False) -> str:
        f = self.f
        crumb = "".join(f'\n\t\t\t\t<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope>'
                        f'<a itemprop="item" href="{url}"><span itemprop="name">{h(label)}</span></a>'
                        f'<meta itemprop="position" content="{pos}" /></span>' for pos, (url, label) in enumerate(crumbs, 2))
        feed_links = "".join(f'\n\t<link rel="alternate" type="application/atom+xml" title="Flux - {h(t)}" href="{u}">' for t, u in
                             [(f.name, "/app.php/feed"), ("Nouveaux sujets", "/app.php/feed/topics")] + list(feeds))
        when = (f'\n\t\t\t<li class="rightside inventea-time">Nous sommes le {phpbb_short(self.now)}</li>' if index else "")
        a = self.assets
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="fr">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />

<title>{h(title)}</title>

{feed_links}

	<link rel="canonical" href="{h(canonical)}">

<!--
	phpBB style name: we_universal
	Based on style:   prosilver (this is the default phpBB3 style)
	Original author:  Tom Beddard ( http://www.subBlue.com/ )
	Modified by:      nextgen ( https://nextgen.gt/ )
-->

<script>
	WebFontConfig = {{
		google: {{
			families: ['Open+Sans:300,300i,400,400i,600,600i,700,700i,800,800i&subset=cyrillic,cyrillic-ext,greek,greek-ext,latin-ext,vietnamese']
		}}
	}};

	(function(d) {{
		var wf = d.createElement('script'), s = d.scripts[0];
		wf.src = 'https://cdn.jsdelivr.net/npm/webfontloader@1.6.28/webfontloader.min.js';
		wf.async = true;
		s.parentNode.insertBefore(wf, s);
	}})(document);
</script>
<script>if (localStorage.universaldarkhole) document.documentElement.setAttribute("data-theme", localStorage.universaldarkhole);</script>

<link href="./styles/prosilver/theme/stylesheet.css?assets_version={a}" rel="stylesheet">
<link href="./assets/css/font-awesome.min.css?assets_version={a}" rel="stylesheet">
<link href="./styles/we_universal/theme/stylesheet.css?assets_version={a}" rel="stylesheet">
<link href="./styles/prosilver/theme/responsive.css?assets_version={a}" rel="stylesheet">
<link href="./styles/we_universal/theme/responsive.css?assets_version={a}" rel="stylesheet">

<!--[if lte IE 9]>
	<link href="./styles/prosilver/theme/tweaks.css?assets_version={a}" rel="stylesheet">
<![endif]-->

</head>
<body id="phpbb" class="nojs notouch section-{script} ltr  logged-out">

<div id="wrap" class="wrap">
	<a id="top" class="top-anchor" accesskey="t"></a>

	<div class="inventea-headerbar">
		<nav class="inventea-wrapper inventea-userbar">
			<div class="dropdown-container hidden inventea-mobile-dropdown-menu">
				<a href="#" class="dropdown-trigger inventea-toggle"><i class="icon fa fa-bars"></i></a>
			</div>

			<ul class="linklist bulletin inventea-user-menu" role="menubar">
						<li class="small-icon rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login&amp;redirect=index.php" title="Connexion" accesskey="x" role="menuitem"><i class="icon fa-fw fa-sign-in" aria-hidden="true"></i>Connexion</a></li>
						<li class="small-icon rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem"><i class="icon fa-fw fa-user-plus" aria-hidden="true"></i>S’enregistrer</a></li>
				<li class="small-icon rightside" data-skip-responsive="true"><a href="#" id="switch-theme" class="switch-theme"><i class="icon fa-fw"></i></a></li>
			</ul>
		</nav>
	</div>

	<header class="inventea-header">
		<div class="inventea-dashboard" role="banner">
			<nav role="navigation">
	<div class="inventea-posts-menu">
		<ul class="inventea-menu" role="menubar">
				<li><a href="./search.php?search_id=unanswered" role="menuitem">Sujets sans réponse</a></li>
				<li><a href="./search.php?search_id=active_topics" role="menuitem">Sujets actifs</a></li>
		</ul>
	</div>
	<div class="inventea-forum-menu">
		<ul class="inventea-menu" role="menubar">
			<li><a href="/app.php/help/faq" rel="help" title="Foire aux questions (Questions posées fréquemment)" role="menuitem">FAQ</a></li>
			<li><a href="./search.php" role="menuitem">Rechercher</a></li>
		</ul>
	</div>
</nav>

			<div class="inventea-sitename">
				<h1><a href="./index.php" title="Index du forum">{h(f.name)}</a></h1>
				<span>{h(f.tagline)}</span>
			</div>
		</div>
	</header>
	<div class="inventea-wrapper inventea-content" role="main">

		<ul id="nav-breadcrumbs" class="linklist navlinks" role="menubar">{when}

		<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">

				<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./index.php" accesskey="h" data-navbar-reference="index"><i class="icon fa-home fa-fw"></i><span itemprop="name">Index du forum</span></a><meta itemprop="position" content="1" /></span>{crumb}
		</li>
		</ul>

{main}

	</div>

<div class="inventea-footer-wrapper">
	<div id="page-footer" class="inventea-footer" role="contentinfo">
		<nav role="navigation">
	<ul id="nav-footer" class="nav-footer linklist" role="menubar">
		<li class="breadcrumbs">
			<span class="crumb"><a href="./index.php" data-navbar-reference="index"><span>Index du forum</span></a></span>
		</li>
		<li class="small-icon"><a href="./ucp.php?mode=delete_cookies" data-ajax="true" data-refresh="true" role="menuitem">Supprimer les cookies</a></li>
		<li>Heures au format <span title="Europe/Paris">UTC+01:00</span></li>
	</ul>
</nav>

		<footer class="inventea-credits">
			<p class="footer-row">
				<span class="footer-copyright">Développé par <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</span>
			</p>
			<p class="footer-row">
				<span class="footer-copyright">Traduction française officielle &copy; <a href="https://www.phpbb.com/customise/db/translation/french/">Milles</a></span>
			</p>
			Style we_universal created by <a href="https://inventea.com/" title="phpBB styles, HTML5 &amp; CSS3 templates">INVENTEA</a> | <a href="https://nextgen.gt"  title="phpBB styles">nextgen</a>
			<p class="footer-row" role="menu">
				<a class="footer-link" href="./ucp.php?mode=privacy" title="Confidentialité" role="menuitem">
					<span class="footer-link-text">Confidentialité</span>
				</a>
				|
				<a class="footer-link" href="./ucp.php?mode=terms" title="Conditions" role="menuitem">
					<span class="footer-link-text">Conditions</span>
				</a>
			</p>
		</footer>
	</div>
</div>

	<div id="darkenwrapper" class="darkenwrapper" data-ajax-error-title="Erreur AJAX" data-ajax-error-text="Une erreur est survenue lors du traitement de votre requête." data-ajax-error-text-abort="La requête a été interrompue par l’utilisateur." data-ajax-error-text-timeout="Votre requête a expiré. Veuillez réessayer." data-ajax-error-text-parsererror="Une erreur est survenue lors du traitement de votre requête et le serveur a renvoyé une réponse invalide.">
		<div id="darken" class="darken">&nbsp;</div>
	</div>

<div>
	<a id="bottom" class="anchor" accesskey="z"></a>
</div>
</div>

<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version={a}"></script>
<script src="./assets/javascript/core.js?assets_version={a}"></script>
<script src="./styles/we_universal/template/app.js?assets_version={a}"></script>
<script src="./styles/prosilver/template/forum_fn.js?assets_version={a}"></script>
<script src="./styles/prosilver/template/ajax.js?assets_version={a}"></script>
</body>
</html>
"""

    # -- listings -----------------------------------------------------------------------------------
    def forumlist(self, cats: list[tuple[int, str, list[Board]]]) -> str:
        """`forumlist_body.html`: one `div.forabg` per category."""
        blocks = []
        for cid, name, boards in cats:
            rows = []
            for b in boards:
                last = max((t for t in b.threads), key=lambda t: t.messages[-1].when, default=None)
                posts = sum(len(t.messages) for t in b.threads)
                if last is not None:
                    m = last.messages[-1]
                    lastpost = f"""<a href="{self.mini(last, m)}" title="{h("Re: " + last.title if m is not last.messages[0] else last.title)}" class="lastsubject">{h(("Re: " + last.title if m is not last.messages[0] else last.title)[:30])}</a> <br />
									par {self.author(m.author)}									<a href="{self.mini(last, m)}" title="Voir le dernier message">
										<i class="icon fa-external-link-square fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Voir le dernier message</span>
									</a>
								<br />{self.time(m.when)}"""
                else:
                    lastpost = "Aucun message"
                rows.append(f"""		<li class="row">
			<dl title="Aucun message non lu">
				<dt class="row-item forum_read"></dt>
				<dd>
					<div class="list-inner">
												<a href="{self.forum(b)}" class="forumtitle">{h(b.name)}</a>
						<br />{h(b.description)}
						<div class="responsive-show" style="display: none;">
								Sujets : <strong>{len(b.threads)}</strong>
						</div>
					</div>
				</dd>
					<dd class="topics">
						Sujets: <strong>{len(b.threads)}</strong><br />
						Messages: <strong>{posts}</strong>
					</dd>
					<dd class="lastpost">
						<span>
								{lastpost}
						</span>
					</dd>
			</dl>
		</li>
""")
            blocks.append(f"""		<div class="forabg">
			<div class="inner">
			<ul class="topiclist">
				<li class="header">
					<dl class="row-item">
						<dt><div class="list-inner"><a href="./viewforum.php?f={cid}">{h(name)}</a></div></dt>
						<dd class="topics">Statistiques</dd>
						<dd class="lastpost"><span>Dernier message</span></dd>
					</dl>
				</li>
			</ul>
			<ul class="topiclist forums">
{"".join(rows)}			</ul>

			</div>
		</div>
""")
        return "".join(blocks)

    def index(self) -> str:
        f = self.f
        total = sum(len(t.messages) for t in f.threads())
        newest = max(f.users, key=f.users.get) if f.users else None
        newest_html = f" &bull; Notre membre le plus récent : <strong>{self.author(newest)}</strong>" if newest else ""
        online = 2 + len(f.users) % 7
        main = f"""<div class="action-bar compact">
	<a href="./search.php?search_id=unanswered" class="rightside">Sujets sans réponse</a>
</div>

{self.forumlist(self.categories)}

	<form method="post" action="./ucp.php?mode=login" class="headerspace">
	<h3><a href="./ucp.php?mode=login&amp;redirect=index.php">Connexion</a>&nbsp; &bull; &nbsp;<a href="./ucp.php?mode=register">S’enregistrer</a></h3>
		<fieldset class="quick-login">
			<label for="username"><span>Nom d’utilisateur :</span> <input type="text" tabindex="1" name="username" id="username" size="10" class="inputbox" title="Nom d’utilisateur" /></label>
			<label for="password"><span>Mot de passe :</span> <input type="password" tabindex="2" name="password" id="password" size="10" class="inputbox" title="Mot de passe" autocomplete="off" /></label>
			<input type="submit" tabindex="5" name="login" value="Connexion" class="button2" />
		</fieldset>
	</form>

	<div class="stat-block online-list">
		<h3><a href="./viewonline.php">Qui est en ligne ?</a></h3>
		<p>
			Au total, il y a <strong>{online}</strong> utilisateurs en ligne :: 0 enregistré, 0 invisible et {online} invités (selon le nombre d’utilisateurs actifs des 5 dernières minutes)<br />
		</p>
	</div>

	<div class="stat-block statistics">
		<h3>Statistiques</h3>
		<p>
			Messages : <strong>{total}</strong> &bull; Sujets : <strong>{len(f.threads())}</strong> &bull; Membres : <strong>{len(f.users)}</strong>{newest_html}
		</p>
	</div>
"""
        return self.doc(f"{f.name} - Index du forum", "index", main, [], f"{self.base}/", index=True)

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
                pages = list(range(np)) if np <= 5 else [0, None, np - 3, np - 2, np - 1]
                lis = "\n\t\t\t\t\t\t\t\t".join('<li class="ellipsis"><span>…</span></li>' if p is None else
                                                f'<li><a class="button" href="{self.link(t, p)}">{p + 1}</a></li>' for p in pages)
                mini = f"""
						<div class="pagination">
							<span><i class="icon fa-clone fa-fw" aria-hidden="true"></i></span>
							<ul>
								{lis}
							</ul>
						</div>"""
            replies = len(t.messages) - 1
            rows.append(f"""		<li class="row{' bg1' if i % 2 else ' bg2'}">
			<dl title="Aucun message non lu">
				<dt class="row-item topic_read"></dt>
				<dd>
					<div class="list-inner">
						<a href="{self.link(t)}" class="topictitle">{h(t.title)}</a>
						<br />

						<div class="responsive-show" style="display: none;">
							Dernier message par {self.author(last.author)} &laquo; <a href="{self.mini(t, last)}" title="Aller au dernier message">{self.time(last.when)}</a>
						</div>
						{f'<span class="responsive-show left-box" style="display: none;">Réponses : <strong>{replies}</strong></span>' if replies else ""}

						<div class="topic-poster responsive-hide left-box">
							par {self.author(first.author)} &raquo; {self.time(first.when)}
						</div>{mini}
					</div>
				</dd>
				<dd class="posts">
					Réponses: <strong>{replies}</strong><br />
					Vues: <strong>{t.views}</strong>
				</dd>
				<dd class="lastpost">
					<span>par {self.author(last.author)}
							<a href="{self.mini(t, last)}" title="Aller au dernier message">
								<i class="icon fa-external-link-square fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only"></span>
							</a>
						<br />{self.time(last.when)}
					</span>
				</dd>
			</dl>
		</li>
""")
        if rows:
            topics = f"""		<div class="forumbg">
		<div class="inner">
		<ul class="topiclist">
			<li class="header">
				<dl class="row-item">
					<dt><div class="list-inner">Sujets</div></dt>
					<dd class="posts">Statistiques</dd>
					<dd class="lastpost"><span>Dernier message</span></dd>
				</dl>
			</li>
		</ul>
		<ul class="topiclist topics">
{"".join(rows)}		</ul>
		</div>
	</div>"""
        else:
            topics = '<div class="panel">\n\t\t<div class="inner">\n\t\t<strong>Il n’y a aucun sujet dans ce forum.</strong>\n\t\t</div>\n\t</div>'
        cid, cname = self.cat_of[b.id]
        main = f"""<h2 class="forum-title"><a href="{self.forum(b)}">{h(b.name)}</a></h2>
<div>
	<!-- NOTE: remove the style="display: none" when you want to have the forum description on the forum body -->
	<div style="display: none !important;">{h(b.description)}<br /></div>
</div>

	<div class="action-bar bar-top">
		<a href="./posting.php?mode=post&amp;f={b.id}" class="button" title="Publier un nouveau sujet">
				<span>Nouveau sujet</span> <i class="icon fa-pencil fa-fw" aria-hidden="true"></i>
		</a>
	{pag}
	</div>

{topics}

	<div class="action-bar bar-bottom">
		<a href="./posting.php?mode=post&amp;f={b.id}" class="button" title="Publier un nouveau sujet">
				<span>Nouveau sujet</span> <i class="icon fa-pencil fa-fw" aria-hidden="true"></i>
		</a>
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
        first = m is t.messages[0]
        subject = h(t.title if first else f"Re: {t.title}")
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
		<dd class="profile-joined"><strong>Inscription :</strong> {phpbb_short(self.joined(m.author))}</dd>

		</dl>

		<div class="postbody">
			<div id="post_content{m.id}">

			<h3 {'class="first"' if first else ""}>
			<a href="{self.mini(t, m)}">{subject}</a>
			</h3>
				<ul class="post-buttons">
						<li>
							<a href="./posting.php?mode=quote&amp;p={m.id}" title="Répondre en citant le message" class="button button-icon-only">
								<i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span class="sr-only">Citer</span>
							</a>
						</li>
				</ul>

			<p class="author">
					<a class="unread" href="{self.mini(t, m)}" title="Message">
						<i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Message</span>
					</a>
				<span class="responsive-hide">par <strong>{self.author(m.author)}</strong> &raquo; </span>{self.time(m.when)}
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

	<hr class="divider" />
"""

    def thread(self, t: Thread, k: int) -> str:
        b = self.board_of[t.id]
        n = self.n_pages(len(t.messages), self.per)
        count = len(t.messages)
        pag = self.page_block(f"{count} message{'s' if count > 1 else ''}", lambda p: self.link(t, p), k, n)
        posts = "".join(self.post(t, m, i) for i, m in enumerate(self.chunk(t, k)))
        cid, cname = self.cat_of[b.id]
        reply = (f'<a href="./posting.php?mode=reply&amp;t={t.id}" class="button" title="Publier une réponse">\n'
                 f'\t\t\t\t<span>Répondre</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i>\n\t\t</a>')
        main = f"""<h2 class="topic-title"><a href="{self.link(t)}">{h(t.title)}</a></h2>
<!-- NOTE: remove the style="display: none" when you want to have the forum description on the topic body -->
<div style="display: none !important;">{h(b.description)}<br /></div>

<div class="action-bar bar-top">
		{reply}

	<div class="dropdown-container dropdown-button-control topic-tools">
		<span title="Outils du sujet" class="button button-secondary dropdown-trigger dropdown-select">
			<i class="icon fa-wrench fa-fw" aria-hidden="true"></i>
			<span class="caret"><i class="icon fa-sort-down fa-fw" aria-hidden="true"></i></span>
		</span>
		<div class="dropdown">
			<div class="pointer"><div class="pointer-inner"></div></div>
			<ul class="dropdown-contents">
				<li>
					<a href="{self.link(t, k)}&amp;view=print" title="Imprimer le sujet" accesskey="p">
						<i class="icon fa-print fa-fw" aria-hidden="true"></i><span>Imprimer le sujet</span>
					</a>
				</li>
			</ul>
		</div>
	</div>

		<div class="search-box" role="search">
			<form method="get" id="topic-search" action="./search.php">
			<fieldset>
				<input class="inputbox search tiny"  type="search" name="keywords" id="search_keywords" size="20" placeholder="Rechercher dans ce sujet…" />
				<button class="button button-search" type="submit" title="Rechercher">
					<i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Rechercher</span>
				</button>
				<a href="./search.php" class="button button-search-end" title="Recherche avancée">
					<i class="icon fa-cog fa-fw" aria-hidden="true"></i><span class="sr-only">Recherche avancée</span>
				</a>
				<input type="hidden" name="t" value="{t.id}" />
<input type="hidden" name="sf" value="msgonly" />

			</fieldset>
			</form>
		</div>

		{pag}
</div>

{posts}
	<div class="action-bar bar-bottom">
		{reply}

		{pag}
</div>

<div class="action-bar actions-jump">
		<p class="jumpbox-return">
			<a href="{self.forum(b)}" class="left-box arrow-left" accesskey="r">
				<i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>Retourner vers « {h(b.name)} »</span>
			</a>
		</p>
</div>
"""
        title = t.title + (f" - Page {k + 1}" if k else "")
        return self.doc(f"{title} - {self.f.name}", "viewtopic", main,
                        [(f"./viewforum.php?f={cid}", cname), (self.forum(b), b.name)],
                        f"{self.base}/{self.thread_path(t, k)}",
                        [(f"Forum - {b.name}", f"/app.php/feed/forum/{b.id}"), (f"Sujet - {t.title}", f"/app.php/feed/topic/{t.id}")])


def item_pages(forum: Forum, now: datetime = NOW):
    return _Universal(forum, now).item_pages()


def render(forum: Forum, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a phpBB 3.2/3.3 forum in we_universal keyed by path?query, and its 404 page."""
    v = _Universal(forum, now)
    extra: dict[str, tuple[str, str]] = {}
    board_ids = {b.id for b in forum.boards}
    for cid, name, boards in v.categories:
        if cid not in board_ids:
            extra[f"/viewforum.php?f={cid}"] = (v.category(cid, name, boards), HTML)
    login = v.login()
    for uid in forum.users.values():
        extra[f"/memberlist.php?mode=viewprofile&u={uid}"] = (login, HTML)

    def link(m: Message) -> str:
        t = v.where[m.id][0]
        return v.base + v.mini(t, m).lstrip(".").replace("&amp;", "&")
    feeds = {"/app.php/feed": v.newest(15), "/app.php/feed/topics": v.newest(15, topics=True)}
    for b in forum.boards:
        feeds[f"/app.php/feed/forum/{b.id}"] = sorted(((m, t) for t in b.threads for m in t.messages),
                                                    key=lambda mt: mt[0].when, reverse=True)[:15]
    for t in forum.threads():
        feeds[f"/app.php/feed/topic/{t.id}"] = [(m, t) for m in reversed(t.messages[-15:])]
    for path, items in feeds.items():
        extra[path] = atom(v, v.base + path, [(m, t, link(m)) for m, t in items])
    missing = v.doc(f"{forum.name} - Information", "viewtopic", """<div class="panel" id="message">
	<div class="inner">
	<h2 class="message-title">Information</h2>
	<p>Le sujet demandé n’existe pas.</p>
	</div>
</div>""", [], f"{v.base}/")
    robots = "Disallow: /ucp.php\nDisallow: /posting.php\nDisallow: /search.php\nDisallow: /memberlist.php\n"
    out, notfound = render_forum(v, ["/", "/index.php"], extra, robots, missing, keep)
    for t in forum.threads():
        for i, m in enumerate(t.messages):  # viewtopic.php?p=N shows the page holding post N
            held = out[v.thread_path(t, i // v.per)]
            out[f"/viewtopic.php?p={m.id}"] = held
            if v.version == "3.2":
                out[f"/viewtopic.php?f={v.board_of[t.id].id}&t={t.id}&p={m.id}"] = held
        if v.version == "3.2":  # the links' form of each topic page (3.2 keeps the forum id)
            for k in range(v.n_pages(len(t.messages), v.per)):
                out[v.link(t, k, "&")[1:]] = out[v.thread_path(t, k)]
    return out, notfound
