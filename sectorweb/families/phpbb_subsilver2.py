"""phpBB 3.0 with the subsilver2 style (table layout), French.

Follows phpbb/phpbb `phpBB/styles/subsilver2/template/`: `viewtopic_body.html` (each post a
`table.tablebg` of `tr.row1`/`tr.row2`: `<b class="postauthor">` holds the bare name, no link; the
profile link is an image button in the post's last row; the date is a plain text "Posté : ..."
cell; `div.postbody` holds the message and, again, the signature after "_________________"),
`viewforum_body.html` (`a.topictitle`, `p.topicauthor`), `forumlist_body.html` (`a.forumlink`),
`pagination.html`, and `overall_header.html` / `overall_footer.html`. phpBB 3.0 links threads as
`viewtopic.php?f=2&t=15` and serves its Atom feed at `/feed.php`. The doctype is HTML5 (the style
ships XHTML 1.0; many boards were re-templated) so every page of the evaluation web passes one check.
"""
from __future__ import annotations

from datetime import datetime

from sectorweb.dates import JOURS_ABBR, NOW
from sectorweb.families.common import Page, autolink, esc
from sectorweb.families.forumkit import ForumView, atom, render_forum
from sectorweb.model import Board, Forum, Message, Thread

SEP = '<span class="page-sep">, </span>'
_MOIS_ABBR = ["Jan", "Fév", "Mar", "Avr", "Mai", "Juin", "Juil", "Aoû", "Sep", "Oct", "Nov", "Déc"]


def date30(d: datetime) -> str:
    """phpBB 3.0 fr default "D j M Y, H:i": `Mar 4 Mar 2025, 10:12`."""
    return f"{JOURS_ABBR[d.weekday()].rstrip('.').capitalize()} {d.day} {_MOIS_ABBR[d.month - 1]} {d.year}, {d:%H:%M}"


class _Subsilver(ForumView):
    def board_path(self, b: Board, k: int) -> str:
        return f"/viewforum.php?f={b.id}" + (f"&start={k * self.tper}" if k else "")

    def thread_path(self, t: Thread, k: int) -> str:
        return f"/viewtopic.php?f={self.board_of[t.id].id}&t={t.id}" + (f"&start={k * self.per}" if k else "")

    def href(self, path: str) -> str:
        return "." + path.replace("&", "&amp;")

    def profile(self, name: str) -> str:
        return f"./memberlist.php?mode=viewprofile&amp;u={self.f.users[name]}"

    def user(self, name: str) -> str:
        return f'<a href="{self.profile(name)}">{esc(name)}</a>'

    def doc(self, title: str, main: str, crumbs: list[tuple[str, str]]) -> str:
        f = self.f
        crumb = "".join(f' <strong>&#187;</strong> <a href="{h}">{esc(n)}</a>' for h, n in crumbs)
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="fr">
<head>
<meta charset="utf-8">
<meta name="resource-type" content="document">
<meta name="distribution" content="global">
<meta name="keywords" content="">
<title>{esc(f.name)} &bull; {esc(title)}</title>
<link rel="alternate" type="application/atom+xml" title="Flux - {esc(f.name)}" href="./feed.php">
<link rel="stylesheet" href="./style.php?id=2&amp;lang=fr&amp;sid=" type="text/css">
</head>
<body class="ltr">
<a name="top"></a>
<div id="wrapheader">
<div id="logodesc"><table width="100%" cellspacing="0"><tr>
<td><a href="./index.php"><img src="./styles/subsilver2/imageset/site_logo.gif" width="170" height="94" alt="" title=""></a></td>
<td width="100%" align="center"><h1>{esc(f.name)}</h1><span class="gen">{esc(f.tagline)}</span></td>
</tr></table></div>
<div id="menubar"><table width="100%" cellspacing="0"><tr>
<td class="genmed"><a href="./faq.php">FAQ</a>&nbsp; &nbsp;<a href="./search.php">Rechercher</a>&nbsp; &nbsp;<a href="./memberlist.php">Liste des membres</a></td>
<td class="genmed" align="right"><a href="./ucp.php?mode=register">S’enregistrer</a>&nbsp; &nbsp;<a href="./ucp.php?mode=login">Connexion</a></td>
</tr></table></div>
<div id="datebar"><table width="100%" cellspacing="0"><tr><td class="gensmall"></td><td class="gensmall" align="right">Nous sommes le {date30(self.now)}<br></td></tr></table></div>
</div>
<div id="wrapcentre">
<table class="tablebg" width="100%" cellspacing="1" cellpadding="0" style="margin-top: 5px;"><tr><td class="row1">
<p class="breadcrumbs"><a href="./index.php">Index du forum</a>{crumb}</p>
<p class="datetime">Heures au format UTC + 1 heure</p>
</td></tr></table>
<br>
{main}
</div>
<div id="wrapfooter">
<span class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Group<br>Traduction par : <a href="http://www.phpbb.fr/">phpBB-fr.com</a></span>
</div>
</body>
</html>
"""

    def pagination(self, path_of, n_pages: int, k: int) -> str:
        """pagination.html: "Aller à la page Précédente 1, 2, 3 Suivante" (comma-separated)."""
        if n_pages <= 1:
            return ""
        parts = [f"<strong>{i + 1}</strong>" if i == k else f'<a href="{self.href(path_of(i))}">{i + 1}</a>'
                 for i in range(n_pages)]
        prev = f'<a href="{self.href(path_of(k - 1))}">Précédente</a>&nbsp;&nbsp;' if k else ""
        nxt = f'&nbsp;&nbsp;<a href="{self.href(path_of(k + 1))}">Suivante</a>' if k + 1 < n_pages else ""
        return (f'<b><a href="#" onclick="jumpto(); return false;" title="Cliquez pour aller à la page…">Aller à la page</a> '
                f'{prev}{SEP.join(parts)}{nxt}</b>')

    def index(self) -> str:
        rows = []
        for b in self.f.boards:
            n_msgs = sum(len(t.messages) for t in b.threads)
            last = ""
            if b.threads:
                t = max(b.threads, key=lambda t: t.messages[-1].when)
                m = t.messages[-1]
                last = (f'<p class="topicdetails">{date30(m.when)}</p><p class="topicdetails">{self.user(m.author)} '
                        f'<a href="./viewtopic.php?f={b.id}&amp;p={m.id}#p{m.id}"><img src="./styles/subsilver2/imageset/icon_topic_latest.gif" width="18" height="9" alt="Voir le dernier message" title="Voir le dernier message"></a></p>')
            rows.append(f"""<tr>
<td class="row1" width="50" align="center"><img src="./styles/subsilver2/imageset/forum_read.gif" width="46" height="25" alt="Aucun nouveau message" title="Aucun nouveau message"></td>
<td class="row1" width="100%"><a class="forumlink" href="./viewforum.php?f={b.id}">{esc(b.name)}</a><p class="forumdesc">{esc(b.description)}</p></td>
<td class="row2" align="center"><p class="topicdetails">{len(b.threads)}</p></td>
<td class="row2" align="center"><p class="topicdetails">{n_msgs}</p></td>
<td class="row2" align="center" nowrap="nowrap">{last}</td>
</tr>""")
        total = sum(len(t.messages) for t in self.f.threads())
        main = f"""<table class="tablebg" cellspacing="1" width="100%">
<tr><td class="cat" colspan="5" align="right">&nbsp;</td></tr>
<tr><th colspan="2">&nbsp;Forum&nbsp;</th><th width="50">&nbsp;Sujets&nbsp;</th><th width="50">&nbsp;Messages&nbsp;</th><th>&nbsp;Dernier message&nbsp;</th></tr>
{chr(10).join(rows)}
</table>
<br clear="all">
<table class="tablebg" width="100%" cellspacing="1">
<tr><td class="cat" colspan="2"><h4>Statistiques</h4></td></tr>
<tr><td class="row1"><p class="genmed">Messages publiés <strong>{total}</strong> &bull; Sujets <strong>{len(self.f.threads())}</strong> &bull; Membres <strong>{len(self.f.users)}</strong></p></td></tr>
</table>"""
        return self.doc("Page d’index", main, [])

    def board(self, b: Board, k: int) -> str:
        rows = []
        for t in b.threads[k * self.tper:(k + 1) * self.tper]:
            n = len(t.messages)
            pages = self.n_pages(n, self.per)
            goto = ""
            if pages > 1:
                goto = ('<p class="gensmall"> [ <img src="./styles/subsilver2/imageset/icon_post_target.gif" width="12" height="9" alt="Aller à la page" title="Aller à la page">Aller à la page : '
                        + ", ".join(f'<a href="{self.href(self.thread_path(t, i))}">{i + 1}</a>' for i in range(pages)) + " ] </p>")
            first, lastm = t.messages[0], t.messages[-1]
            rows.append(f"""<tr>
<td class="row1" width="25" align="center"><img src="./styles/subsilver2/imageset/topic_read.gif" width="19" height="18" alt="Aucun nouveau message" title="Aucun nouveau message"></td>
<td class="row1"><a title="Posté : {date30(first.when)}" href="{self.href(self.thread_path(t, 0))}" class="topictitle">{esc(t.title)}</a>{goto}</td>
<td class="row2" width="130" align="center"><p class="topicauthor">{self.user(first.author)}</p></td>
<td class="row1" width="50" align="center"><p class="topicdetails">{n - 1}</p></td>
<td class="row2" width="50" align="center"><p class="topicdetails">{t.views}</p></td>
<td class="row1" width="140" align="center"><p class="topicdetails" style="white-space: nowrap;">{date30(lastm.when)}</p><p class="topicdetails">{self.user(lastm.author)} <a href="./viewtopic.php?f={b.id}&amp;p={lastm.id}#p{lastm.id}"><img src="./styles/subsilver2/imageset/icon_topic_latest.gif" width="18" height="9" alt="Voir le dernier message" title="Voir le dernier message"></a></p></td>
</tr>""")
        pages = self.n_pages(len(b.threads), self.tper)
        pag = self.pagination(lambda i: self.board_path(b, i), pages, k)
        main = f"""<div id="pageheader"><h2><a class="titles" href="./viewforum.php?f={b.id}">{esc(b.name)}</a></h2></div>
<br clear="all"><br>
<div id="pagecontent">
<table width="100%" cellspacing="1"><tr>
<td align="left" valign="middle"><a href="./posting.php?mode=post&amp;f={b.id}" class="imageset"><span class="imageset button_topic_new">Nouveau sujet</span></a></td>
<td class="nav" valign="middle" nowrap="nowrap">&nbsp;Page <strong>{k + 1}</strong> sur <strong>{pages}</strong><br></td>
<td class="gensmall" nowrap="nowrap">&nbsp;[ {len(b.threads)} sujets ]&nbsp;</td>
<td class="gensmall" width="100%" align="right" nowrap="nowrap">{pag}</td>
</tr></table>
<table class="tablebg" width="100%" cellspacing="1">
<tr><td class="cat" colspan="6"><table width="100%" cellspacing="0"><tr class="nav"><td valign="middle">&nbsp;</td><td align="right" valign="middle"><a href="./viewforum.php?f={b.id}&amp;mark=topics">Marquer les sujets comme lus</a>&nbsp;</td></tr></table></td></tr>
<tr><th colspan="2">&nbsp;Sujets&nbsp;</th><th>&nbsp;Auteur&nbsp;</th><th>&nbsp;Réponses&nbsp;</th><th>&nbsp;Vus&nbsp;</th><th>&nbsp;Dernier message&nbsp;</th></tr>
{chr(10).join(rows)}
</table>
</div>"""
        return self.doc(f"Voir le forum - {b.name}", main, [(f"./viewforum.php?f={b.id}", b.name)])

    def post(self, t: Thread, m: Message, pos: int) -> str:
        row = "row1" if pos % 2 == 0 else "row2"
        subject = esc(t.title) if pos == 0 else f"Re: {esc(t.title)}"
        body = self.body(m, lambda who, q: f'<div class="quotetitle">{esc(who)} a écrit :</div><div class="quotecontent">{q}</div>')
        head = "<tr><th>Auteur</th><th>Message</th></tr>" if pos % self.per == 0 else ""
        sig = (f'<div class="postbody"><br>_________________<br>{autolink(m.signature, "nofollow")}</div>'
               if m.signature else "")
        rank = "Administrateur" if m.author in self.f.admins else "Membre"
        return f"""<table class="tablebg" width="100%" cellspacing="1">
{head}<tr class="{row}">
<td align="center" valign="middle"><a name="p{m.id}"></a><b class="postauthor">{esc(m.author)}</b></td>
<td width="100%" height="25"><table width="100%" cellspacing="0"><tr>
<td class="gensmall" width="100%"><div style="float: left;">&nbsp;<b>Sujet :</b> <a href="#p{m.id}">{subject}</a></div><div style="float: right;"><a href="./viewtopic.php?p={m.id}#p{m.id}" class="imageset"><span class="imageset icon_post_target" title="Message">Message</span></a><b>Posté :</b> {date30(m.when)}&nbsp;</div></td>
</tr></table></td>
</tr>
<tr class="{row}">
<td valign="top" class="profile"><table cellspacing="4" align="center" width="150"><tr><td class="postdetails">{rank}</td></tr></table>
<span class="postdetails"><br><b>Inscription :</b> {date30(self.joined(m.author))}<br><b>Messages :</b> {self.n_posts[m.author]}</span></td>
<td valign="top"><table width="100%" cellspacing="5"><tr><td>
<div class="postbody">{body}</div>
{sig}
<br clear="all"><br>
<table width="100%" cellspacing="0"><tr valign="middle"><td class="gensmall" align="right"><a href="./report.php?f={self.board_of[t.id].id}&amp;p={m.id}" class="imageset"><span class="imageset icon_post_report" title="Signaler ce message">Signaler</span></a> </td></tr></table>
</td></tr></table></td>
</tr>
<tr class="{row}">
<td class="profile"><strong><a href="#wrapheader">Haut</a></strong></td>
<td><div class="gensmall" style="float: left;">&nbsp;<a href="{self.profile(m.author)}" class="imageset"><span class="imageset icon_user_profile" title="Profil">Profil</span></a> <a href="./ucp.php?i=pm&amp;mode=compose&amp;action=quotepost&amp;p={m.id}" class="imageset"><span class="imageset icon_contact_pm" title="Envoyer un message privé">MP</span></a>&nbsp;</div>
<div class="gensmall" style="float: right;"><a href="./posting.php?mode=quote&amp;f={self.board_of[t.id].id}&amp;p={m.id}" class="imageset"><span class="imageset icon_post_quote" title="Répondre en citant le message">Citer</span></a>&nbsp;</div></td>
</tr>
<tr><td class="spacer" colspan="2" height="1"><img src="images/spacer.gif" alt="" width="1" height="1"></td></tr>
</table>"""

    def thread(self, t: Thread, k: int) -> str:
        b = self.board_of[t.id]
        n = len(t.messages)
        pages = self.n_pages(n, self.per)
        pag = self.pagination(lambda i: self.thread_path(t, i), pages, k)
        bar = f"""<table width="100%" cellspacing="1"><tr>
<td align="left" valign="middle" nowrap="nowrap"><a href="./posting.php?mode=post&amp;f={b.id}" class="imageset"><span class="imageset button_topic_new">Nouveau sujet</span></a>&nbsp;<a href="./posting.php?mode=reply&amp;f={b.id}&amp;t={t.id}" class="imageset"><span class="imageset button_topic_reply">Répondre</span></a></td>
<td class="nav" valign="middle" nowrap="nowrap">&nbsp;Page <strong>{k + 1}</strong> sur <strong>{pages}</strong><br></td>
<td class="gensmall" nowrap="nowrap">&nbsp;[ {n} message{"s" if n > 1 else ""} ]&nbsp;</td>
<td class="gensmall" width="100%" align="right" nowrap="nowrap">{pag}</td>
</tr></table>"""
        posts = "\n".join(self.post(t, m, k * self.per + i) for i, m in enumerate(self.chunk(t, k)))
        main = f"""<div id="pageheader"><h2><a class="titles" href="{self.href(self.thread_path(t, 0))}">{esc(t.title)}</a></h2></div>
<br clear="all"><br>
<div id="pagecontent">
{bar}
<table class="tablebg" width="100%" cellspacing="1"><tr><td class="cat"><table width="100%" cellspacing="0"><tr><td class="nav" nowrap="nowrap">&nbsp;<a href="./viewtopic.php?f={b.id}&amp;t={t.id}&amp;view=print" title="Imprimer le sujet">Imprimer le sujet</a></td><td class="nav" align="right" nowrap="nowrap"><a href="./viewtopic.php?f={b.id}&amp;t={t.id}&amp;view=previous">Sujet précédent</a> | <a href="./viewtopic.php?f={b.id}&amp;t={t.id}&amp;view=next">Sujet suivant</a>&nbsp;</td></tr></table></td></tr></table>
{posts}
{bar}
</div>"""
        title = f"Voir le sujet - {t.title}"
        return self.doc(title, main, [(f"./viewforum.php?f={b.id}", b.name)])


def item_pages(forum: Forum, now: datetime = NOW):
    return _Subsilver(forum, now).item_pages()


def render(forum: Forum, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a phpBB 3.0 subsilver2 forum keyed by path?query, and its 404 page."""
    v = _Subsilver(forum, now)
    items = [(m, t, f"{v.base}/viewtopic.php?f={v.board_of[t.id].id}&p={m.id}#p{m.id}") for m, t in v.newest()]
    missing = ('<table class="tablebg" width="100%" cellspacing="1"><tr><th>Information</th></tr>'
               '<tr><td class="row1" align="center"><br><p class="gen">Le sujet demandé n’existe pas.</p><br></td></tr></table>')
    out, not_found = render_forum(
        v, ["/", "/index.php"], {"/feed.php": atom(v, f"{v.base}/feed.php", items)},
        "Disallow: /memberlist.php\nDisallow: /search.php\nDisallow: /ucp.php\nDisallow: /posting.php\n"
        "Disallow: /report.php\n", v.doc("Information", missing, []), keep)
    for t in forum.threads():  # phpBB answers without the forum id, and at a post's id
        out[f"/viewtopic.php?t={t.id}"] = out[v.thread_path(t, 0)]
    for mid, (t, k) in v.where.items():
        out[f"/viewtopic.php?f={v.board_of[t.id].id}&p={mid}"] = out[f"/viewtopic.php?p={mid}"] = out[v.thread_path(t, k)]
    return out, not_found


IGNORED_PARAMS = {"sid", "hilit", "view"}
