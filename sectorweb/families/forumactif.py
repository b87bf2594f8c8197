"""Forumactif (Forumotion), the hosted forum service, in its phpBB2 template version, French.

Follows Forumactif's default phpBB2-version `viewtopic_body` (each message a `tr.post.post--N#pN` row:
`span.name > a[name=N]` then `strong` around the poster's name linked to `/uN`, `span.postdetails.poster-profile`
with rank and profile fields, `illiweb.com/fa/empty.gif`; beside it a nested table whose `span.postdetails` holds
`{L_POST_SUBJECT}: {POST_SUBJECT}` and, after the time icon, `{POST_DATE}`; the message in `div.postbody > div`,
the signature in `div.signature_div`; then a `tr.post--N` row of profile links), `h1.cattitle` for the title,
`td.row1.pagination` "Aller à la page", `table#forum_rules` with a `td.rules.postbody`. Its dates as the French
board prints them: "Lun 10 Mar 2025 - 9:12", "Aujourd'hui à 9:12", "Hier à 18:40". Quotes are
`<blockquote><div><cite>X a écrit:</cite>...</div></blockquote>`. Board rows: `div.topictitle > a.topictitle`
(as Roromis/Lalf-Forumactif reads them). Scripts and images come from illiweb.com and 2img.net. URLs:
`/tN-slug` (later pages `/tNpK-slug`, K the messages before), `/fN-slug` (`/fNpK-slug`), `/cN-slug`,
`/forum` the index, `/uN` profiles, `/post?...` and `/viewtopic?t=N&view=...` actions, `/rss` the feed.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sectorweb.dates import NOW
from sectorweb.families import make_slug
from sectorweb.families.common import HTML, Page, autolink, esc
from sectorweb.families.forumkit import ForumView, render_forum, rss
from sectorweb.model import Board, Forum, Message, Thread

JOURS = ["Lun", "Mar", "Mer", "Jeu", "Ven", "Sam", "Dim"]
MOIS = ["Jan", "Fév", "Mar", "Avr", "Mai", "Juin", "Juil", "Aoû", "Sep", "Oct", "Nov", "Déc"]
IMG = "https://2img.net/i/fa/subsilver"


def fa_date(d: datetime, now: datetime = NOW) -> str:
    """Forumactif fr: `Lun 10 Mar 2025 - 9:12`, or `Aujourd'hui à 9:12` / `Hier à 18:40`."""
    if d.date() == now.date():
        return f"Aujourd'hui à {d:%H:%M}"
    if d.date() == now.date() - timedelta(days=1):
        return f"Hier à {d:%H:%M}"
    return f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]} {d.year} - {d.hour}:{d:%M}"


class _Forumactif(ForumView):
    def slug(self, title: str) -> str:
        return make_slug("forumactif", title, set())

    def board_path(self, b: Board, k: int) -> str:
        return f"/f{b.id}" + (f"p{k * self.tper}" if k else "") + f"-{self.slug(b.name)}"

    def thread_path(self, t: Thread, k: int) -> str:
        return f"/t{t.id}" + (f"p{k * self.per}" if k else "") + f"-{self.slug(t.title)}"

    def a(self, path: str) -> str:
        return esc(self.base + path)

    def profile(self, name: str) -> str:
        return f'<a href="/u{self.f.users[name]}"><span style="color:#333333"><strong>{esc(name)}</strong></span></a>'

    def doc(self, title: str, main: str, crumbs: list[tuple[str, str]], canonical: str | None = None) -> str:
        f = self.f
        nav = "".join(f'&nbsp;&#124;&nbsp;<a class="nav" href="{esc(h)}"><span>{esc(n)}</span></a>' for h, n in crumbs)
        link = f'\n<link rel="canonical" href="{self.a(canonical)}" />' if canonical else ""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" id="min-width" lang="fr" xml:lang="fr">
<head>
<title>{esc(title)}</title>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="title" content="{esc(title)}" />{link}
<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss" />
<link rel="stylesheet" href="/38-ltr.css" type="text/css" />
<script src="https://illiweb.com/rs3/85/frm/jquery/jquery-1.7.2.min.js" type="text/javascript"></script>
<script src="https://illiweb.com/rs3/85/frm/lang/fr.js" type="text/javascript"></script>
</head>
<body>
<a name="top"></a>
<table class="bodyline" width="100%" cellspacing="0" cellpadding="0" border="0"><tr><td>
<div id="page-header"><a href="/"><img src="https://2img.net/u/1411/12/34/logo.png" alt="{esc(f.name)}" /></a>
<a class="mainmenu" href="/forum">Accueil</a> <a class="mainmenu" href="/search">Rechercher</a>
<a class="mainmenu" href="/register">S'enregistrer</a> <a class="mainmenu" href="/login">Connexion</a></div>
<table width="100%" border="0" cellspacing="2" cellpadding="0"><tr>
<td class="nav" valign="middle" width="100%"><span class="nav"><a class="nav" href="/forum"><span>{esc(f.name)}</span></a>{nav}</span></td>
</tr></table>
{main}
<div align="center"><span class="gensmall"><a href="https://www.forumactif.com" target="_blank">Forum gratuit</a> | ©phpBB | <a href="/abuse?page=%2Fforum&amp;report=1">Signaler un abus</a></span></div>
</td></tr></table>
<a name="bottom"></a>
</body>
</html>
"""

    def pagination(self, path_of, n_pages: int, k: int) -> str:
        if n_pages <= 1:
            return ""
        parts = [f"<strong>{i + 1}</strong>" if i == k else f'<a href="{esc(path_of(i))}">{i + 1}</a>' for i in range(n_pages)]
        nxt = f'&nbsp;&nbsp;<a href="{esc(path_of(k + 1))}">Suivant</a>' if k + 1 < n_pages else ""
        return f'<span class="gensmall">Aller à la page : {", ".join(parts)}{nxt}</span>'

    def category(self) -> str:
        return self.f.boards[0].category if self.f.boards else "Général"

    def category_path(self) -> str:
        return f"/c1-{self.slug(self.category())}"

    def member(self, name: str) -> str:
        """A member's profile page (/uN)."""
        main = (f'<table class="forumline" width="100%"><tr><th class="thHead">Profil de {esc(name)}</th></tr>'
                f'<tr><td class="row1"><span class="gen">Messages : {self.n_posts[name]}<br />'
                f"Date d'inscription : {self.joined(name):%d/%m/%Y}</span></td></tr></table>")
        return self.doc(f"Profil de {name}", main, [])

    def index(self) -> str:
        rows = []
        for i, b in enumerate(self.f.boards):
            row = f"row{1 + i % 2}"
            last = "Pas de message"
            if b.threads:
                t = max(b.threads, key=lambda t: t.messages[-1].when)
                m = t.messages[-1]
                last = f"{fa_date(m.when, self.now)}<br />{self.profile(m.author)}"
            rows.append(f"""<tr>
<td class="{row}" align="center" valign="middle" width="46"><img src="{IMG}/folder_big.gif" alt="Pas de nouveaux messages" /></td>
<td class="{row}" width="100%"><h2 class="hierarchy"><a class="forumlink" href="{esc(self.board_path(b, 0))}">{esc(b.name)}</a></h2><span class="genmed">{esc(b.description)}</span></td>
<td class="row3" align="center" valign="middle"><span class="gensmall">{len(b.threads)}</span></td>
<td class="row2" align="center" valign="middle"><span class="gensmall">{sum(len(t.messages) for t in b.threads)}</span></td>
<td class="row3Right" align="center" valign="middle" nowrap="nowrap"><span class="gensmall">{last}</span></td>
</tr>""")
        main = f"""<table class="forumline" width="100%" border="0" cellspacing="1" cellpadding="0">
<tr><th colspan="2" nowrap="nowrap">&nbsp;Forum&nbsp;</th><th nowrap="nowrap">&nbsp;Sujets&nbsp;</th><th nowrap="nowrap">&nbsp;Messages&nbsp;</th><th nowrap="nowrap">&nbsp;Derniers Messages&nbsp;</th></tr>
<tr><td class="catLeft" colspan="5"><span class="cattitle"><a class="cattitle" href="{esc(self.category_path())}">{esc(self.category())}</a></span></td></tr>
{chr(10).join(rows)}
</table>
<table class="forumline" width="100%" cellspacing="1" cellpadding="3" border="0"><tr><td class="row1" width="100%"><span class="gensmall">Nos membres ont posté un total de {sum(len(t.messages) for t in self.f.threads())} messages dans {len(self.f.threads())} sujets. Nous avons {len(self.f.users)} membres enregistrés.</span></td></tr></table>"""
        return self.doc(self.f.name, main, [])

    def board(self, b: Board, k: int) -> str:
        rows = []
        for t in b.threads[k * self.tper:(k + 1) * self.tper]:
            first, lastm = t.messages[0], t.messages[-1]
            pages = self.n_pages(len(t.messages), self.per)
            goto = ""
            if pages > 1:
                goto = ('<span class="gensmall">&nbsp;[&nbsp;Aller à la page : '
                        + ", ".join(f'<a href="{esc(self.thread_path(t, j))}">{j + 1}</a>' for j in range(pages)) + "&nbsp;]</span>")
            rows.append(f"""<tr>
<td class="row1" align="center" valign="middle" width="20"><img src="{IMG}/folder.gif" alt="Pas de nouveaux messages" /></td>
<td class="row1" width="100%"><div class="topictitle"><a class="topictitle" href="{esc(self.thread_path(t, 0))}">{esc(t.title)}</a></div>{goto}</td>
<td class="row2" align="center" valign="middle"><span class="postdetails">{len(t.messages) - 1}</span></td>
<td class="row3" align="center" valign="middle"><span class="name">{self.profile(first.author)}</span></td>
<td class="row2" align="center" valign="middle"><span class="postdetails">{t.views}</span></td>
<td class="row3Right" align="center" valign="middle" nowrap="nowrap"><span class="postdetails">{fa_date(lastm.when, self.now)}<br />{self.profile(lastm.author)} <a href="{esc(self.thread_path(t, pages - 1))}#{lastm.id}"><img src="{IMG}/icon_latest_reply.gif" alt="Voir le dernier message" /></a></span></td>
</tr>""")
        pag = self.pagination(lambda i: self.board_path(b, i), self.n_pages(len(b.threads), self.tper), k)
        main = f"""<table width="100%" border="0" cellspacing="2" cellpadding="2"><tr>
<td align="left" valign="bottom" width="100%"><h1 class="cattitle"><a class="cattitle" href="{esc(self.board_path(b, 0))}">{esc(b.name)}</a></h1></td>
<td align="right" valign="bottom" nowrap="nowrap">{pag}</td></tr></table>
<table class="forumline" width="100%" border="0" cellspacing="1" cellpadding="0">
<tr><th colspan="2" nowrap="nowrap">&nbsp;Sujets&nbsp;</th><th nowrap="nowrap">&nbsp;Réponses&nbsp;</th><th nowrap="nowrap">&nbsp;Auteur&nbsp;</th><th nowrap="nowrap">&nbsp;Vues&nbsp;</th><th nowrap="nowrap">&nbsp;Derniers Messages&nbsp;</th></tr>
{chr(10).join(rows)}
</table>
<a href="/post?f={b.id}&amp;mode=newtopic" rel="nofollow"><img src="{IMG}/lang_french/post.gif" alt="Nouveau sujet" /></a>"""
        return self.doc(b.name, main, [(self.board_path(b, 0), b.name)])

    def post(self, t: Thread, m: Message, pos: int) -> str:
        row = f"row{1 + pos % 2}"
        rank = "Administrateur" if m.author in self.f.admins else "Membre"
        j = self.joined(m.author)

        def quote(who: str, text: str) -> str:
            return f"<blockquote><div><cite>{esc(who)} a écrit:</cite>{text}</div></blockquote>"
        body = "<br /><br />".join(p.removeprefix("<p>").removesuffix("</p>") for p in self.body(m, quote).split("</p><p>"))
        body = body.replace("</blockquote><p>", "</blockquote>")
        sig = (f'\n<div class="signature_div">\n_________________<br />{autolink(m.signature, "nofollow")}\n</div>'
               if m.signature else "")
        subject = esc(t.title) if pos == 0 else f"Re: {esc(t.title)}"
        return f"""<tr class="post post--{m.id}" id="p{m.id}" style="">
<td class="{row}" valign="top" width="150">
<span class="name"><a name="{m.id}" style="position: relative; top: -30px; width: 1px;" id="{m.id}"></a><strong>{self.profile(m.author)}</strong></span><br />
<span class="postdetails poster-profile">
{rank}<br />
<br /><br />
<span class="label"><span style="color:#000000;">Messages</span></span> : {self.n_posts[m.author]}<br /><span class="label"><span style="color:#000000;">Date d'inscription</span></span> : {j:%d/%m/%Y}<br />
</span><br />
<img src="https://illiweb.com/fa/empty.gif" alt="" style="width:150px;height:1px" />
</td>
<td class="{row}" valign="top" width="100%" height="28">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr>
<td><span class="postdetails"><img src="{IMG}/icon_minipost.gif" alt="Message" title="Message" border="0" />Sujet: {subject}&nbsp; &nbsp;<img src="{IMG}/icon_minitime.gif" alt="" border="0" />{fa_date(m.when, self.now)}</span></td>
<td valign="top" nowrap="nowrap" class="post-options"><a href="/post?p={m.id}&amp;mode=quote"><img src="{IMG}/lang_french/icon_quote.gif" alt="Répondre en citant" title="Répondre en citant" border="0" /></a></td>
</tr>
<tr><td colspan="2" class="hr"><hr /></td></tr>
<tr>
<td colspan="2">
<div class="postbody">
<div>{body}</div>
<div class="clear"></div>{sig}
</div>
<span class="gensmall"></span>
</td>
</tr>
</table>
</td>
</tr>
<tr class="post--{m.id}" style="">
<td class="{row} browse-arrows" align="center" valign="middle" width="150"><a href="#top">Revenir en haut</a>&nbsp;<a href="#bottom">Aller en bas</a></td>
<td class="{row} messaging gensmall" width="100%" height="28"><a href="/u{self.f.users[m.author]}"><img src="{IMG}/lang_french/icon_profile.gif" alt="Voir le profil de l'utilisateur" border="0" /></a></td>
</tr>"""

    def thread(self, t: Thread, k: int) -> str:
        b = self.board_of[t.id]
        pag = self.pagination(lambda i: self.thread_path(t, i), self.n_pages(len(t.messages), self.per), k)
        posts = "\n".join(self.post(t, m, k * self.per + i) for i, m in enumerate(self.chunk(t, k)))
        main = f"""<table class="forumline" width="100%" border="0" cellspacing="1" cellpadding="0" >
<tr align="right"><td class="catHead" colspan="2" height="28"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="9%" class="noprint">&nbsp;</td>
<td align="center" class="t-title"><h1 class="cattitle">&nbsp;{esc(t.title)}</h1></td>
<td align="right" width="9%" class="browse-arrows"><a href="/viewtopic?t={t.id}&amp;view=previous">Sujet précédent</a>&nbsp;<a href="/viewtopic?t={t.id}&amp;view=next">Sujet suivant</a>&nbsp;<a href="#bottom">Aller en bas</a>&nbsp;</td>
</tr></table></td></tr>
<tr><td class="row1 pagination" colspan="2" align="right" valign="top">{pag}</td></tr>
<tr><th class="thLeft" nowrap="nowrap" width="150px" height="26">Auteur</th><th class="thRight" nowrap="nowrap">Message</th></tr>
{posts}
</table>
<table id="forum_rules" class="forumline" width="100%" border="0" cellspacing="0" cellpadding="0"><tbody>
<tr><td class="catBottom"><div class="cattitle">&nbsp;Règles du forum</div></td></tr>
<tr><td class="row1 clearfix"><table><tr><td class="rules postbody">Restez courtois ; pas de démarchage dans les messages.</td></tr></table></td></tr>
</tbody></table>
<a href="/post?t={t.id}&amp;mode=reply"><img src="{IMG}/lang_french/reply.gif" alt="Répondre au sujet" /></a>"""
        return self.doc(t.title, main, [(self.board_path(b, 0), b.name)], canonical=self.thread_path(t, k))


def item_pages(forum: Forum, now: datetime = NOW):
    return _Forumactif(forum, now).item_pages()


def render(forum: Forum, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a Forumactif forum keyed by path?query, and its 404 page."""
    v = _Forumactif(forum, now)
    items = [(m, t, f"{v.base}{v.thread_path(t, 0)}") for m, t in v.newest(20, topics=True)]
    extra = {"/rss": rss(v, forum.name, f"{v.base}/forum", f"{v.base}/rss", items),
             v.category_path(): (v.index(), HTML),  # the one category: its boards, as on the index
             **{f"/u{uid}": (v.member(name), HTML) for name, uid in forum.users.items()}}
    missing = ('<table class="forumline" width="100%"><tr><td class="row1" align="center"><span class="gen">'
               "Le sujet ou le message demandé n'existe pas.</span></td></tr></table>")
    return render_forum(v, ["/", "/forum"], extra,
                        "Disallow: /post\nDisallow: /privmsg\nDisallow: /profile\nDisallow: /search\n"
                        "Disallow: /abuse\nDisallow: /viewtopic\nDisallow: /register\nDisallow: /login\n",
                        v.doc(forum.name, missing, []), keep)


IGNORED_PARAMS = {"sid"}
