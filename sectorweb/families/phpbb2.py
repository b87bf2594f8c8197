"""phpBB 2.0.x with its default template subSilver, French language pack, as its server answers a crawler.

Written blind from the engine's templates, not from any parser. Followed:
- `rendix2/phpBB2-old` `templates/subSilver/viewtopic_body.tpl` (`a.maintitle` topic title, "Index du Forum -> forum"
  `span.nav`, `table.forumline` with `th.thLeft` "Auteur" / `th.thRight` "Message", each post as
  `span.name > a[name=N] + b` poster name, `span.postdetails` rank / "Inscrit le: " / "Messages: ", the mini-post link
  `viewtopic.php?p=N#N`, "Posté le: <date>&nbsp; &nbsp;Sujet du message: ...", `span.postbody` message then signature,
  "Revenir en haut de page", `td.spaceRow`, `{PAGINATION}` and "Page <b>1</b> sur <b>3</b>"),
  `overall_header.tpl` (HTML 4.01, inline subSilver CSS, `span.maintitle` site name, `span.mainmenu` links),
  `viewforum_body.tpl` and `index_body.tpl` (`catrow` / `forumrow` `a.forumlink`, `span.genmed` description) of the
  same repository, minus that fork's own "thanks" column (the stock 2.0.23 columns: Sujets, Réponses, Auteur, Vus,
  Derniers Messages).
- `phpbb2premods/arkamod` `language/lang_french/lang_main.php` (phpBB-fr.com translation): "Posté le", "a écrit",
  "Inscrit le", "Messages", "Aller à la page", "Suivante", "Précédente", "Page <b>%d</b> sur <b>%d</b>",
  "%s Index du Forum", "Voir le sujet", "Voir le Forum", "Sujet du message", "Revenir en haut de page",
  "Voir le dernier message"; `$lang['datetime']` (Lun, Mar... / Jan, Fév, Mar, Avr, Mai, Juin, Juil, Aoû, Sep, Oct,
  Nov, Déc) from a French pack in the corpus.
- `includes/functions.php` (`generate_pagination`, `create_date`, `append_sid`), `includes/bbcode.php`
  (`make_clickable`: `a.postlink target="_blank"`, lines as "\\n<br />\\n", subSilver `bbcode.tpl` quote table
  "<b>Nom a écrit:</b>" + `td.quote`), `viewtopic.php` (signature after "<br />_________________<br />"),
  `viewforum.php` (goto-page links of long topics), `profile.php?mode=viewprofile` follow phpBB 2.0.23 as documented.
Dates: the board's date format "D d M Y H:i" translated ("Mar 04 Mar 2025 10:12"), members' "Inscrit le" in the
pack's DATE_FORMAT "d M Y". URLs: `index.php`, `index.php?c=N`, `viewforum.php?f=N` (`&start=25`),
`viewtopic.php?t=N` (`&start=15`, pagination links carrying `postdays=0&postorder=asc`), `viewtopic.php?p=N#N`
(served as the topic page holding the post), `viewtopic.php?t=N&view=previous|next`,
`profile.php?mode=viewprofile&u=N`. Guests without cookies get `sid=` appended to every link on some boards
(`append_sid`; varies by host, deterministic). The page is served UTF-8 (the pack's ISO-8859-1 is not used).
Not rendered: feeds and sitemaps (phpBB 2 core has none), avatars, the jumpbox's full list, who-is-online counts.
"""
from __future__ import annotations

import hashlib
from urllib.parse import quote_plus
from datetime import datetime

from sectorweb.dates import NOW
from sectorweb.families.common import HTML, Page, autolink, esc
from sectorweb.families.forumkit import ForumView, render_forum
from sectorweb.model import Board, Forum, Message, Thread

IGNORED_PARAMS = {"sid", "postdays", "postorder", "highlight", "topicdays"}
_DAYS = ["Lun", "Mar", "Mer", "Jeu", "Ven", "Sam", "Dim"]
_MONTHS = ["Jan", "Fév", "Mar", "Avr", "Mai", "Juin", "Juil", "Aoû", "Sep", "Oct", "Nov", "Déc"]
_IMG = "templates/subSilver/images"


def thread_url(host: str, thread: Thread) -> str:
    return f"http://{host}/viewtopic.php?t={thread.id}"


def create_date(d: datetime) -> str:
    """`create_date('D d M Y H:i')` with the French `$lang['datetime']`."""
    return f"{_DAYS[d.weekday()]} {d:%d} {_MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


def short_date(d: datetime) -> str:
    return f"{d:%d} {_MONTHS[d.month - 1]} {d.year}"


def clickable(text: str) -> str:
    """`make_clickable`: bare URLs as `a.postlink` opening a new window."""
    return autolink(text, "nofollow").replace(' rel="nofollow">', ' target="_blank" class="postlink">')


def bbcode(paras: list[str]) -> str:
    return "\n<br />\n\n<br />\n".join(clickable(p) for p in paras)


class _PhpBB2(ForumView):
    def __init__(self, forum: Forum, now: datetime = NOW):
        super().__init__(forum, now)
        self.uses_sid = int(hashlib.md5(forum.host.encode()).hexdigest(), 16) % 2 == 0
        self.sid = ""
        self.cat_ids = {}
        for b in forum.boards:
            self.cat_ids.setdefault(b.category, len(self.cat_ids) + 1)

    def session(self, key: str) -> None:
        """A new guest session for the page about to be rendered (a crawler sends no cookie)."""
        self.sid = hashlib.md5(f"{self.f.host}{key}".encode()).hexdigest() if self.uses_sid else ""

    def a(self, url: str) -> str:
        """`append_sid`: the session id on every link while the guest has no cookie."""
        if not self.sid:
            return url
        url, _, frag = url.partition("#")
        return url + ("&amp;" if "?" in url else "?") + f"sid={self.sid}" + (f"#{frag}" if frag else "")

    # -- urls -----------------------------------------------------------------------------------
    def thread_path(self, t: Thread, k: int) -> str:
        return f"/viewtopic.php?t={t.id}" + (f"&start={k * self.per}" if k else "")

    def board_path(self, b: Board, k: int) -> str:
        return f"/viewforum.php?f={b.id}" + (f"&start={k * self.tper}" if k else "")

    def purl(self, name: str) -> str:
        return self.a(f"profile.php?mode=viewprofile&amp;u={self.f.users[name]}")

    def post_url(self, m: Message) -> str:
        return self.a(f"viewtopic.php?p={m.id}#{m.id}")

    def user(self, name: str) -> str:
        return f'<a href="{self.purl(name)}">{esc(name)}</a>'

    def pagination(self, base: str, k: int, n: int) -> str:
        """`generate_pagination`: "Aller à la page" and the pages, "Précédente" / "Suivante"."""
        if n <= 1:
            return ""
        on = k + 1

        def link(i: int) -> str:
            return f"<b>{i}</b>" if i == on else f'<a href="{self.a(f"{base}&amp;start={(i - 1) * self.per_of(base)}")}">{i}</a>'
        s = ""
        if n > 10:
            top = min(3, n)
            s = ", ".join(link(i) for i in range(1, top + 1))
            if n > 3:
                if 1 < on < n:
                    s += " ... " if on > 5 else ", "
                    lo, hi = (on if on > 4 else 5), (on if on < n - 4 else n - 4)
                    s += ", ".join(link(i) for i in range(lo - 1, hi + 2))
                    s += " ... " if on < n - 4 else ", "
                else:
                    s += " ... "
                s += ", ".join(link(i) for i in range(n - 2, n + 1))
        else:
            s = ", ".join(link(i) for i in range(1, n + 1))
        per = self.per_of(base)
        if on > 1:
            s = f' <a href="{self.a(f"{base}&amp;start={(on - 2) * per}")}">Précédente</a>&nbsp;&nbsp;' + s
        if on < n:
            s += f'&nbsp;&nbsp;<a href="{self.a(f"{base}&amp;start={on * per}")}">Suivante</a>'
        return "Aller à la page " + s

    def per_of(self, base: str) -> int:
        return self.tper if base.startswith("viewforum") else self.per

    # -- layout ---------------------------------------------------------------------------------
    def layout(self, title: str, content: str, links: str = "") -> str:
        f = self.f
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="Content-Style-Type" content="text/css">
<link rel="top" href="{self.a("./index.php")}" title="{esc(f.name)} Index du Forum" />
<link rel="search" href="{self.a("./search.php")}" title="Rechercher" />
<link rel="help" href="{self.a("./faq.php")}" title="FAQ" />
<link rel="author" href="{self.a("./memberlist.php")}" title="Liste des Membres" />{links}

<title>{esc(f.name)} :: {esc(title)}</title>
<!-- link rel="stylesheet" href="templates/subSilver/subSilver.css" type="text/css" -->
<style type="text/css">
<!--
body {{
	background-color: #E5E5E5;
	scrollbar-face-color: #DEE3E7;
	scrollbar-highlight-color: #FFFFFF;
	scrollbar-shadow-color: #DEE3E7;
	scrollbar-3dlight-color: #D1D7DC;
	scrollbar-arrow-color:  #006699;
	scrollbar-track-color: #EFEFEF;
	scrollbar-darkshadow-color: #98AAB1;
}}
font,th,td,p {{ font-family: Verdana, Arial, Helvetica, sans-serif }}
a:link,a:active,a:visited {{ color : #006699; }}
a:hover		{{ text-decoration: underline; color : #DD6900; }}
hr	{{ height: 0px; border: solid #D1D7DC 0px; border-top-width: 1px;}}
.bodyline	{{ background-color: #FFFFFF; border: 1px #98AAB1 solid; }}
.forumline	{{ background-color: #FFFFFF; border: 2px #006699 solid; }}
td.row1	{{ background-color: #EFEFEF; }}
td.row2	{{ background-color: #DEE3E7; }}
td.row3	{{ background-color: #D1D7DC; }}
.maintitle	{{ font-weight: bold; font-size: 22px; font-family: "Trebuchet MS",Verdana, Arial, Helvetica, sans-serif; text-decoration: none; line-height : 120%; color : #000000; }}
.postbody {{ font-size : 12px; line-height: 18px}}
.quote {{ font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 11px; color: #444444; line-height: 125%; background-color: #FAFAFA; border: #D1D7DC; border-style: solid; border-left-width: 1px; border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px }}
@import url("templates/subSilver/formIE.css");
-->
</style>
</head>
<body bgcolor="#E5E5E5" text="#000000" link="#006699" vlink="#5493B4">

<a name="top"></a>

<table width="100%" cellspacing="0" cellpadding="10" border="0" align="center">
	<tr>
		<td class="bodyline"><table width="100%" cellspacing="0" cellpadding="0" border="0">
			<tr>
				<td><a href="{self.a("index.php")}"><img src="{_IMG}/logo_phpBB.gif" border="0" alt="{esc(f.name)} Index du Forum" vspace="1" /></a></td>
				<td align="center" width="100%" valign="middle"><span class="maintitle">{esc(f.name)}</span><br /><span class="gen">{esc(f.tagline)}<br />&nbsp; </span>
				<table cellspacing="0" cellpadding="2" border="0">
					<tr>
						<td align="center" valign="top" nowrap="nowrap"><span class="mainmenu">&nbsp;<a href="{self.a("faq.php")}" class="mainmenu"><img src="{_IMG}/icon_mini_faq.gif" width="12" height="13" border="0" alt="FAQ" hspace="3" />FAQ</a>&nbsp; &nbsp;<a href="{self.a("search.php")}" class="mainmenu"><img src="{_IMG}/icon_mini_search.gif" width="12" height="13" border="0" alt="Rechercher" hspace="3" />Rechercher</a>&nbsp; &nbsp;<a href="{self.a("memberlist.php")}" class="mainmenu"><img src="{_IMG}/icon_mini_members.gif" width="12" height="13" border="0" alt="Liste des Membres" hspace="3" />Liste des Membres</a>&nbsp; &nbsp;<a href="{self.a("groupcp.php")}" class="mainmenu"><img src="{_IMG}/icon_mini_groups.gif" width="12" height="13" border="0" alt="Groupes d'utilisateurs" hspace="3" />Groupes d'utilisateurs</a>&nbsp;
						&nbsp;<a href="{self.a("profile.php?mode=register")}" class="mainmenu"><img src="{_IMG}/icon_mini_register.gif" width="12" height="13" border="0" alt="S'enregistrer" hspace="3" />S'enregistrer</a>&nbsp;
						</span></td>
					</tr>
					<tr>
						<td height="25" align="center" valign="top" nowrap="nowrap"><span class="mainmenu">&nbsp;<a href="{self.a("profile.php?mode=editprofile")}" class="mainmenu"><img src="{_IMG}/icon_mini_profile.gif" width="12" height="13" border="0" alt="Profil" hspace="3" />Profil</a>&nbsp; &nbsp;<a href="{self.a("privmsg.php?folder=inbox")}" class="mainmenu"><img src="{_IMG}/icon_mini_message.gif" width="12" height="13" border="0" alt="Se connecter pour vérifier ses messages privés" hspace="3" />Se connecter pour vérifier ses messages privés</a>&nbsp; &nbsp;<a href="{self.a("login.php")}" class="mainmenu"><img src="{_IMG}/icon_mini_login.gif" width="12" height="13" border="0" alt="Connexion" hspace="3" />Connexion</a>&nbsp;</span></td>
					</tr>
				</table></td>
			</tr>
		</table>

		<br />
{content}

<div align="center"><span class="copyright"><br /><br />
Powered by <a href="http://www.phpbb.com/" target="_phpbb" class="copyright">phpBB</a> &copy; 2001, 2005 phpBB Group<br />Traduction par : <a href="http://www.phpbb-fr.com/" target="_blank" class="copyright">phpBB-fr.com</a></span></div>
		</td>
	</tr>
</table>

</body>
</html>"""

    def timezone(self) -> str:
        return "Toutes les heures sont au format GMT + 1 Heure"

    # -- pages ----------------------------------------------------------------------------------
    def last_post(self, m: Message) -> str:
        return (f'{create_date(m.when)}<br />{self.user(m.author)} <a href="{self.post_url(m)}"><img src="{_IMG}/icon_latest_reply.gif" '
                f'border="0" alt="Voir le dernier message" title="Voir le dernier message" /></a>')

    def index(self, only: int | None = None) -> str:
        """`index.php`, or `index.php?c=N`: that category's forums only."""
        self.session("/" if only is None else f"/index.php?c={only}")
        rows = []
        for cat, cid in self.cat_ids.items():
            if only is not None and cid != only:
                continue
            rows.append(f"""  <tr>
	<td class="catLeft" colspan="2" height="28"><span class="cattitle"><a href="{self.a(f"index.php?c={cid}")}" class="cattitle">{esc(cat)}</a></span></td>
	<td class="rowpic" colspan="3" align="right">&nbsp;</td>
  </tr>""")
            for b in (b for b in self.f.boards if b.category == cat):
                last = max((t.messages[-1] for t in b.threads), key=lambda m: m.when, default=None)
                rows.append(f"""  <tr>
	<td class="row1" align="center" valign="middle" height="50"><img src="{_IMG}/folder_big.gif" width="46" height="25" alt="Pas de nouveaux messages" title="Pas de nouveaux messages" /></td>
	<td class="row1" width="100%" height="50"><span class="forumlink"> <a href="{self.a(f"viewforum.php?f={b.id}")}" class="forumlink">{esc(b.name)}</a><br />
	  </span> <span class="genmed">{esc(b.description)}<br />
	  </span><span class="gensmall">&nbsp;</span></td>
	<td class="row2" align="center" valign="middle" height="50"><span class="gensmall">{len(b.threads)}</span></td>
	<td class="row2" align="center" valign="middle" height="50"><span class="gensmall">{sum(len(t.messages) for t in b.threads)}</span></td>
	<td class="row2" align="center" valign="middle" height="50" nowrap="nowrap"> <span class="gensmall">{self.last_post(last) if last else "Pas de Messages"}</span></td>
  </tr>""")
        n_posts = sum(len(t.messages) for t in self.f.threads())
        newest = max(self.f.users, key=lambda u: self.f.users[u], default=None)
        newest_html = (f"L'utilisateur enregistré le plus récent est <b>{self.user(newest)}</b>" if newest else "")
        content = f"""<table width="100%" cellspacing="0" cellpadding="2" border="0" align="center">
  <tr>
	<td align="left" valign="bottom"><span class="gensmall">
	La date/heure actuelle est {create_date(self.now)}<br /></span><span class="nav"><a href="{self.a("index.php")}" class="nav">{esc(self.f.name)} Index du Forum</a></span></td>
	<td align="right" valign="bottom" class="gensmall">
		<a href="{self.a("search.php?search_id=unanswered")}" class="gensmall">Voir les messages sans réponses</a></td>
  </tr>
</table>

<table width="100%" cellpadding="2" cellspacing="1" border="0" class="forumline">
  <tr>
	<th colspan="2" class="thCornerL" height="25" nowrap="nowrap">&nbsp;Forum&nbsp;</th>
	<th width="50" class="thTop" nowrap="nowrap">&nbsp;Sujets&nbsp;</th>
	<th width="50" class="thTop" nowrap="nowrap">&nbsp;Messages&nbsp;</th>
	<th class="thCornerR" nowrap="nowrap">&nbsp;Derniers Messages&nbsp;</th>
  </tr>
{chr(10).join(rows)}
</table>

<table width="100%" cellspacing="0" border="0" align="center" cellpadding="2">
  <tr>
	<td align="left"></td>
	<td align="right"><span class="gensmall">{self.timezone()}</span></td>
  </tr>
</table>

<table width="100%" cellpadding="3" cellspacing="1" border="0" class="forumline">
  <tr>
	<td class="catHead" colspan="2" height="28"><span class="cattitle"><a href="{self.a("viewonline.php")}" class="cattitle">Qui est en ligne ?</a></span></td>
  </tr>
  <tr>
	<td class="row1" align="center" valign="middle" rowspan="2"><img src="{_IMG}/whosonline.gif" alt="Qui est en ligne ?" /></td>
	<td class="row1" align="left" width="100%"><span class="gensmall">Nos membres ont posté un total de <b>{n_posts}</b> messages<br />Nous avons <b>{len(self.f.users)}</b> membres enregistrés<br />{newest_html}</span>
	</td>
  </tr>
  <tr>
	<td class="row1" align="left"><span class="gensmall">Il y a en tout <b>1</b> utilisateur en ligne :: 0 Enregistré, 0 Invisible et 1 Invité &nbsp;<br /></span></td>
  </tr>
</table>"""
        return self.layout("Index", content)

    def goto_page(self, t: Thread) -> str:
        n = self.n_pages(len(t.messages), self.per)
        if n <= 1:
            return ""
        out = (f' [ <img src="{_IMG}/icon_gotopost.gif" alt="Aller à la page" title="Aller à la page" />Aller à la page: ')
        times, j = 1, 0
        while j < len(t.messages):
            out += f'<a href="{self.a(f"viewtopic.php?t={t.id}&amp;start={j}")}">{times}</a>'
            if times == 1 and n > 4:
                out += " ... "
                times = n - 3
                j += (n - 4) * self.per
            elif times < n:
                out += ", "
            times += 1
            j += self.per
        return out + " ] "

    def nav(self, b: Board) -> str:
        return (f'<span class="nav">&nbsp;&nbsp;&nbsp;<a href="{self.a("index.php")}" class="nav">{esc(self.f.name)} Index du Forum</a> '
                f'-> <a class="nav" href="{self.a(f"viewforum.php?f={b.id}")}">{esc(b.name)}</a></span>')

    def board(self, b: Board, k: int) -> str:
        self.session(self.board_path(b, k))
        threads = self.latest_first[b.id]
        n = self.n_pages(len(threads), self.tper)
        pag = self.pagination(f"viewforum.php?f={b.id}&amp;topicdays=0", k, n)
        rows = "".join(f"""
	<tr>
	  <td class="row1" align="center" valign="middle" width="20"><img src="{_IMG}/folder.gif" width="19" height="18" alt="Pas de nouveaux messages" title="Pas de nouveaux messages" /></td>
	  <td class="row1" width="100%"><span class="topictitle"><a href="{self.a(f"viewtopic.php?t={t.id}")}" class="topictitle">{esc(t.title)}</a></span><span class="gensmall"><br />
		{self.goto_page(t)}</span></td>
	  <td class="row2" align="center" valign="middle"><span class="postdetails">{len(t.messages) - 1}</span></td>
	  <td class="row3" align="center" valign="middle"><span class="name">{self.user(t.messages[0].author)}</span></td>
	  <td class="row2" align="center" valign="middle"><span class="postdetails">{t.views}</span></td>
	  <td class="row3Right" align="center" valign="middle" nowrap="nowrap"><span class="postdetails">{self.last_post(t.messages[-1])}</span></td>
	</tr>""" for t in threads[k * self.tper:(k + 1) * self.tper])
        content = f"""
<form method="post" action="{self.a(f"viewforum.php?f={b.id}&amp;start={k * self.tper}")}">
  <table width="100%" cellspacing="2" cellpadding="2" border="0" align="center">
	<tr>
	  <td align="left" valign="bottom" colspan="2"><a class="maintitle" href="{self.a(f"viewforum.php?f={b.id}")}">{esc(b.name)}</a><br /><span class="gensmall"><b>Modérateur: Aucun<br /><br />Utilisateurs parcourant actuellement ce forum: Aucun</b></span></td>
	  <td align="right" valign="bottom" nowrap="nowrap"><span class="gensmall"><b>{pag}</b></span></td>
	</tr>
	<tr>
	  <td align="left" valign="middle" width="50"><a href="{self.a(f"posting.php?mode=newtopic&amp;f={b.id}")}"><img src="templates/subSilver/images/lang_french/post.gif" border="0" alt="Poster un nouveau sujet" /></a></td>
	  <td align="left" valign="middle" class="nav" width="100%">{self.nav(b)}</td>
	  <td align="right" valign="bottom" class="nav" nowrap="nowrap"><span class="gensmall"></span></td>
	</tr>
  </table>

  <table border="0" cellpadding="4" cellspacing="1" width="100%" class="forumline">
	<tr>
	  <th colspan="2" align="center" height="25" class="thCornerL" nowrap="nowrap">&nbsp;Sujets&nbsp;</th>
	  <th width="50" align="center" class="thTop" nowrap="nowrap">&nbsp;Réponses&nbsp;</th>
	  <th width="100" align="center" class="thTop" nowrap="nowrap">&nbsp;Auteur&nbsp;</th>
	  <th width="50" align="center" class="thTop" nowrap="nowrap">&nbsp;Vus&nbsp;</th>
	  <th align="center" class="thCornerR" nowrap="nowrap">&nbsp;Derniers Messages&nbsp;</th>
	</tr>{rows}
	<tr>
	  <td class="catBottom" align="center" valign="middle" colspan="6" height="28"><span class="genmed">Montrer les sujets depuis:&nbsp;<select name="topicdays"><option value="0" selected="selected">Tous les Sujets</option></select>&nbsp;
		<input type="submit" class="liteoption" value="Aller" name="submit" />
		</span></td>
	</tr>
  </table>

  <table width="100%" cellspacing="2" border="0" align="center" cellpadding="2">
	<tr>
	  <td align="left" valign="middle" width="50"><a href="{self.a(f"posting.php?mode=newtopic&amp;f={b.id}")}"><img src="templates/subSilver/images/lang_french/post.gif" border="0" alt="Poster un nouveau sujet" /></a></td>
	  <td align="left" valign="middle" width="100%">{self.nav(b)}</td>
	  <td align="right" valign="middle" nowrap="nowrap"><span class="gensmall">{self.timezone()}</span><br /><span class="nav">{pag}</span>
		</td>
	</tr>
	<tr>
	  <td align="left" colspan="3"><span class="nav">Page <b>{k + 1}</b> sur <b>{n}</b></span></td>
	</tr>
  </table>
</form>"""
        return self.layout(f"Voir le Forum - {b.name}", content, f'\n<link rel="up" href="{self.a("index.php")}" title="{esc(self.f.name)} Index du Forum" />')

    def quote(self, who: str, said_html: str) -> str:
        """subSilver `bbcode.tpl` `quote_username_open` ... `quote_close`."""
        return (f'</span><table width="90%" cellspacing="1" cellpadding="3" border="0" align="center"><tr> \t  '
                f'<td><span class="genmed"><b>{esc(who)} a écrit:</b></span></td>\t</tr>\t<tr>\t  <td class="quote">'
                f'{said_html}</td>\t</tr></table><span class="postbody">')

    def post(self, t: Thread, m: Message, i: int) -> str:
        row = "row1" if i % 2 == 0 else "row2"
        rank = "Administrateur" if m.author in self.f.admins else "Membre"
        subject = esc(t.title) if m is t.messages[0] else ""
        text = bbcode(m.text)
        if m.quote:
            text = self.quote(m.quote[0], clickable(m.quote[1])) + text
        sig = f"<br />_________________<br />{clickable(m.signature)}" if m.signature else ""
        return f"""
	<tr>
		<td width="150" align="left" valign="top" class="{row}"><span class="name"><a name="{m.id}"></a><b>{esc(m.author)}</b></span><br /><span class="postdetails">{rank}<br /><br /><br /><br />Inscrit le: {short_date(self.joined(m.author))}<br />Messages: {self.n_posts[m.author]}<br /></span><br /></td>
		<td class="{row}" width="100%" height="28" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">
			<tr>
				<td width="100%"><a href="{self.post_url(m)}"><img src="{_IMG}/icon_minipost.gif" width="12" height="9" alt="Message" title="Message" border="0" /></a><span class="postdetails">Posté le: {create_date(m.when)}<span class="gen">&nbsp;</span>&nbsp; &nbsp;Sujet du message: {subject}</span></td>
				<td valign="top" nowrap="nowrap"><a href="{self.a(f"posting.php?mode=quote&amp;p={m.id}")}"><img src="templates/subSilver/images/lang_french/icon_quote.gif" alt="Répondre en citant" title="Répondre en citant" border="0" /></a>   </td>
			</tr>
			<tr>
				<td colspan="2"><hr /></td>
			</tr>
			<tr>
				<td colspan="2"><span class="postbody">{text}</span><span class="postbody">{sig}</span><span class="gensmall"></span></td>
			</tr>
		</table></td>
	</tr>
	<tr>
		<td class="{row}" width="150" align="left" valign="middle"><span class="nav"><a href="#top" class="nav">Revenir en haut de page</a></span></td>
		<td class="{row}" width="100%" height="28" valign="bottom" nowrap="nowrap"><table cellspacing="0" cellpadding="0" border="0" height="18" width="18">
			<tr>
				<td valign="middle" nowrap="nowrap"><a href="{self.purl(m.author)}"><img src="templates/subSilver/images/lang_french/icon_profile.gif" alt="Voir le profil de l'utilisateur" title="Voir le profil de l'utilisateur" border="0" /></a> <a href="{self.a(f"privmsg.php?mode=post&amp;u={self.f.users[m.author]}")}"><img src="templates/subSilver/images/lang_french/icon_pm.gif" alt="Envoyer un message privé" title="Envoyer un message privé" border="0" /></a>   </td>
			</tr>
		</table></td>
	</tr>
	<tr>
		<td class="spaceRow" colspan="2" height="1"><img src="templates/subSilver/images/spacer.gif" alt="" width="1" height="1" /></td>
	</tr>"""

    def thread(self, t: Thread, k: int) -> str:
        self.session(self.thread_path(t, k))
        b = self.board_of[t.id]
        n = self.n_pages(len(t.messages), self.per)
        pag = self.pagination(f"viewtopic.php?t={t.id}&amp;postdays=0&amp;postorder=asc&amp;highlight=", k, n)
        posts = "".join(self.post(t, m, i) for i, m in enumerate(self.chunk(t, k)))
        buttons = (f'<span class="nav"><a href="{self.a(f"posting.php?mode=newtopic&amp;f={b.id}")}"><img src="templates/subSilver/images/lang_french/post.gif" border="0" alt="Poster un nouveau sujet" align="middle" /></a>&nbsp;&nbsp;&nbsp;'
                   f'<a href="{self.a(f"posting.php?mode=reply&amp;t={t.id}")}"><img src="templates/subSilver/images/lang_french/reply.gif" border="0" alt="Répondre au sujet" align="middle" /></a></span>')
        content = f"""
<table width="100%" cellspacing="2" cellpadding="2" border="0">
  <tr>
	<td align="left" valign="bottom" colspan="2"><a class="maintitle" href="{self.a(f"viewtopic.php?t={t.id}&amp;start={k * self.per}&amp;postdays=0&amp;postorder=asc&amp;highlight=")}">{esc(t.title)}</a><br />
	  <span class="gensmall"><b>{pag}</b><br />
	  &nbsp; </span></td>
  </tr>
</table>

<table width="100%" cellspacing="2" cellpadding="2" border="0">
  <tr>
	<td align="left" valign="bottom" nowrap="nowrap">{buttons}</td>
	<td align="left" valign="middle" width="100%">{self.nav(b)}</td>
  </tr>
</table>

<table class="forumline" width="100%" cellspacing="1" cellpadding="3" border="0">
	<tr align="right">
		<td class="catHead" colspan="2" height="28"><span class="nav"><a href="{self.a(f"viewtopic.php?t={t.id}&amp;view=previous")}" class="nav">Voir le sujet précédent</a> :: <a href="{self.a(f"viewtopic.php?t={t.id}&amp;view=next")}" class="nav">Voir le sujet suivant</a> &nbsp;</span></td>
	</tr>
	<tr>
		<th class="thLeft" width="150" height="26" nowrap="nowrap">Auteur</th>
		<th class="thRight" nowrap="nowrap">Message</th>
	</tr>{posts}
	<tr align="center">
		<td class="catBottom" colspan="2" height="28"><table cellspacing="0" cellpadding="0" border="0">
			<tr><form method="post" action="{self.a(f"viewtopic.php?t={t.id}&amp;start={k * self.per}")}">
				<td align="center"><span class="gensmall">Montrer les messages depuis: <select name="postdays"><option value="0" selected="selected">Tous les messages</option></select>&nbsp;<select name="postorder"><option value="asc" selected="selected">Le plus ancien en premier</option><option value="desc">Le plus récent en premier</option></select>&nbsp;<input type="submit" value="Aller" class="liteoption" name="submit" /></span></td>
			</form></tr>
		</table></td>
	</tr>
</table>

<table width="100%" cellspacing="2" cellpadding="2" border="0" align="center">
  <tr>
	<td align="left" valign="middle" nowrap="nowrap">{buttons}</td>
	<td align="left" valign="middle" width="100%">{self.nav(b)}</td>
	<td align="right" valign="top" nowrap="nowrap"><span class="gensmall">{self.timezone()}</span><br /><span class="nav">{pag}</span>
	  </td>
  </tr>
  <tr>
	<td align="left" colspan="3"><span class="nav">Page <b>{k + 1}</b> sur <b>{n}</b></span></td>
  </tr>
</table>"""
        links = (f'\n<link rel="prev" href="{self.a(f"viewtopic.php?t={t.id}&amp;view=previous")}" title="Voir le sujet précédent" />'
                 f'\n<link rel="next" href="{self.a(f"viewtopic.php?t={t.id}&amp;view=next")}" title="Voir le sujet suivant" />'
                 f'\n<link rel="up" href="{self.a(f"viewforum.php?f={b.id}")}" title="{esc(b.name)}" />')
        return self.layout(f"Voir le sujet - {t.title}", content, links)

    def profile(self, name: str) -> str:
        self.session(f"/profile.php?u={self.f.users[name]}")
        n = self.n_posts[name]
        total = sum(self.n_posts.values()) or 1
        content = f"""
<table width="100%" cellspacing="2" cellpadding="2" border="0" align="center">
  <tr>
	<td align="left"><span class="nav"><a href="{self.a("index.php")}" class="nav">{esc(self.f.name)} Index du Forum</a></span></td>
  </tr>
</table>

<table class="forumline" width="100%" cellspacing="1" cellpadding="3" border="0" align="center">
  <tr>
	<th class="thHead" colspan="2" height="25" nowrap="nowrap">Voir le profil :: {esc(name)}</th>
  </tr>
  <tr>
	<td class="catLeft" width="40%" height="28" align="center"><b><span class="gen">Avatar</span></b></td>
	<td class="catRight" width="60%"><b><span class="gen">Tout à propos de {esc(name)}</span></b></td>
  </tr>
  <tr>
	<td class="row1" height="6" valign="top" align="center"><br /><span class="postdetails">{"Administrateur" if name in self.f.admins else "Membre"}</span></td>
	<td class="row1" rowspan="3" valign="top"><table width="100%" border="0" cellspacing="1" cellpadding="3">
		<tr>
		  <td valign="middle" align="right" nowrap="nowrap"><span class="gen">Inscrit le:&nbsp;</span></td>
		  <td width="100%"><b><span class="gen">{short_date(self.joined(name))}</span></b></td>
		</tr>
		<tr>
		  <td valign="top" align="right" nowrap="nowrap"><span class="gen">Messages:&nbsp;</span></td>
		  <td valign="top"><b><span class="gen">{n}</span></b><br /><span class="genmed">[{100 * n / total:.2f}% du total / {n / max(1, (self.now - self.joined(name)).days):.2f} messages par jour]</span> <br /><span class="genmed"><a href="{self.a(f"search.php?search_author={quote_plus(name)}")}" class="genmed">Trouver tous les messages de {esc(name)}</a></span></td>
		</tr>
	</table></td>
  </tr>
</table>"""
        return self.layout(f"Voir le profil :: {name}", content)


def item_pages(forum: Forum, now: datetime = NOW):
    return _PhpBB2(forum, now).item_pages()


def render(forum: Forum, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a phpBB 2 forum keyed by path?query, and its 404 (phpBB 2's `message_die` page)."""
    v = _PhpBB2(forum, now)
    extra: dict[str, tuple[str, str]] = {}
    for name in forum.users:
        extra[f"/profile.php?mode=viewprofile&u={forum.users[name]}"] = (v.profile(name), HTML)
    for cat, cid in v.cat_ids.items():
        extra[f"/index.php?c={cid}"] = (v.index(cid), HTML)
    v.session("404")
    missing = v.layout("Information", f"""
<table width="100%" cellspacing="2" cellpadding="2" border="0" align="center">
  <tr>
	<td align="left"><span class="nav"><a href="{v.a("index.php")}" class="nav">{esc(forum.name)} Index du Forum</a></span></td>
  </tr>
</table>

<table class="forumline" width="100%" cellspacing="1" cellpadding="4" border="0">
	<tr>
		<th class="thHead" height="25" valign="middle"><span class="tableTitle">Information</span></th>
	</tr>
	<tr>
		<td class="row1"><table width="100%" cellspacing="0" cellpadding="1" border="0">
			<tr>
				<td>&nbsp;</td>
			</tr>
			<tr>
				<td align="center"><span class="gen">Le sujet ou message que vous recherchez n'existe pas</span></td>
			</tr>
			<tr>
				<td>&nbsp;</td>
			</tr>
		</table></td>
	</tr>
</table>

<br clear="all" />""")
    out, notfound = render_forum(v, ["/", "/index.php"], extra, "", missing, keep)
    for b in forum.boards:
        out[f"/viewforum.php?f={b.id}&start=0"] = out[v.board_path(b, 0)]
        order = v.latest_first[b.id]
        for i, t in enumerate(order):
            out[f"/viewtopic.php?t={t.id}&start=0"] = out[v.thread_path(t, 0)]
            if i + 1 < len(order):  # `view=previous`: the topic whose last post is older
                out[f"/viewtopic.php?t={t.id}&view=previous"] = out[v.thread_path(order[i + 1], 0)]
            if i:
                out[f"/viewtopic.php?t={t.id}&view=next"] = out[v.thread_path(order[i - 1], 0)]
    for t in forum.threads():  # `viewtopic.php?p=N` serves the page holding post N
        for i, m in enumerate(t.messages):
            out[f"/viewtopic.php?p={m.id}"] = out[v.thread_path(t, i // v.per)]
    return out, notfound
