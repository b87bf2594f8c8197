"""vBulletin 3.8 with its default style and the `postbit_legacy` post template, French.

Follows the vBulletin 3.8 default-style templates `SHOWTHREAD`, `postbit_legacy` (each post a
`div#editN > table.tborder#postN`: a `td.thead` with the date as plain text "04/03/2025, 10h12" and
`#<a id="postcountN">`; a left `td.alt2` with `div#postmenu_N > a.bigusername`; the message in
`div#post_message_N`, quotes as the `div[style*="margin:20px; margin-top:5px"]` block with
"Citation:" and "Posté par <strong>X</strong>"; the signature after "__________________" in the
same cell), `FORUMDISPLAY` / `threadbit` (`tbody#threadbits_forum_N`, `a#thread_title_N`),
`FORUMHOME` / `forumhome_forumbit_level2_post`, `pagenav` and the `navbar` (the thread title is the
last crumb). Head `<meta name="generator" content="vBulletin 3.8.11">`; feed `external.php?type=RSS2`.
URLs: `showthread.php?t=N` (`&page=2`), `forumdisplay.php?f=N`, `member.php?u=N`. The doctype is
HTML5 (the style ships XHTML 1.0 Transitional) so every page of the evaluation web passes one check.
"""
from __future__ import annotations

from datetime import datetime

from sectorweb.dates import MOIS, NOW
from sectorweb.families.common import Page, autolink, esc
from sectorweb.families.forumkit import ForumView, render_forum, rss
from sectorweb.model import Board, Forum, Message, Thread

VERSION = "3.8.11"


def vbdate(d: datetime) -> str:
    """vBulletin fr: `04/03/2025, 10h12`."""
    return f"{d:%d/%m/%Y}, {d:%H}h{d:%M}"


class _VB(ForumView):
    def board_path(self, b: Board, k: int) -> str:
        return f"/forumdisplay.php?f={b.id}" + (f"&page={k + 1}" if k else "")

    def thread_path(self, t: Thread, k: int) -> str:
        return f"/showthread.php?t={t.id}" + (f"&page={k + 1}" if k else "")

    def href(self, path: str) -> str:
        return path.lstrip("/").replace("&", "&amp;")

    def doc(self, title: str, main: str, crumbs: list[tuple[str, str]], last: str | None) -> str:
        f = self.f
        bits = "".join(f'<span class="navbar">&gt; <a href="{h}">{esc(n)}</a></span>\n' for h, n in crumbs)
        final = (f'<td class="navbar" style="font-size:10pt; padding-top:1px" colspan="3"><strong><img class="inlineimg" '
                 f'src="images/misc/navbits_finallink_ltr.gif" alt="Recharger cette page" border="0"> {esc(last)}</strong></td>'
                 if last else "")
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="fr">
<head>
<meta charset="utf-8">
<meta name="generator" content="vBulletin {VERSION}">
<meta name="keywords" content="patrimoine, épargne, forum">
<meta name="description" content="{esc(f.tagline)}">
<link rel="stylesheet" type="text/css" href="clientscript/vbulletin_css/style-5f1c2e3a-00001.css" id="vbulletin_css">
<script type="text/javascript" src="clientscript/vbulletin_global.js?v=3811"></script>
<link rel="alternate" type="application/rss+xml" title="{esc(f.name)} RSS Feed" href="external.php?type=RSS2">
<title>{esc(title)}</title>
</head>
<body>
<a name="top"></a>
<table border="0" width="100%" cellpadding="0" cellspacing="0" align="center">
<tr><td align="left"><a href="index.php"><img src="images/misc/vbulletin3_logo_white.gif" border="0" alt="{esc(f.name)}"></a></td>
<td align="right" id="header_right_cell">&nbsp;</td></tr>
</table>
<div class="page" style="width:100%; text-align:left">
<div style="padding:0px 25px 0px 25px" align="left">
<br>
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center">
<tr><td class="alt1" width="100%">
<table cellpadding="0" cellspacing="0" border="0"><tr valign="bottom">
<td><a href="#" onclick="history.back(1); return false;"><img src="images/misc/navbits_start.gif" alt="Revenir en arrière" border="0"></a></td>
<td>&nbsp;</td>
<td width="100%"><span class="navbar"><a href="index.php" accesskey="1">{esc(f.name)}</a></span>
{bits}</td>
</tr>
<tr>{final}</tr>
</table>
</td>
<td class="alt2" nowrap="nowrap" style="padding:0px"><form action="login.php?do=login" method="post"><table cellpadding="0" cellspacing="3" border="0"><tr><td class="smallfont" style="white-space: nowrap;"><label for="navbar_username">Nom d'utilisateur</label></td><td><input type="text" class="bginput" style="font-size: 11px" name="vb_login_username" id="navbar_username" size="10" accesskey="u" tabindex="101" value="Nom d'utilisateur"></td></tr></table></form></td>
</tr>
</table>
<div class="tborder" style="padding:1px; border-top-width:0px"><table cellpadding="0" cellspacing="0" border="0" width="100%" align="center"><tr align="center">
<td class="vbmenu_control"><a href="register.php" rel="nofollow">S'enregistrer</a></td>
<td class="vbmenu_control"><a rel="help" href="faq.php" accesskey="5">FAQ</a></td>
<td class="vbmenu_control"><a href="memberlist.php">Liste des membres</a></td>
<td class="vbmenu_control"><a href="search.php" accesskey="4" rel="nofollow">Rechercher</a></td>
</tr></table></div>
<br>
{main}
<br>
<div class="smallfont" align="center">Fuseau horaire GMT +1. Il est actuellement <span class="time">{self.now:%H}h{self.now:%M}</span>.</div>
<br>
</div>
</div>
<form action="index.php" method="get" style="clear:left">
<table cellpadding="6" cellspacing="0" border="0" width="100%" class="page" align="center">
<tr><td class="tfoot" align="right" width="100%"><div class="smallfont"><strong><a href="sendmessage.php" rel="nofollow" accesskey="9">Nous contacter</a> - <a href="index.php">{esc(f.name)}</a> - <a href="archive/index.php">Archives</a> - <a href="#top" onclick="self.scrollTo(0, 0); return false;">Haut de page</a></strong></div></td></tr>
</table>
</form>
<div align="center">
<div class="smallfont" align="center">Powered by vBulletin&reg; Version {VERSION}<br>Copyright &copy;2000 - {self.now.year}, vBulletin Solutions, Inc.<br>Traduction par <a href="https://www.vbulletin-fr.org">vBulletin-fr.org</a></div>
</div>
</body>
</html>
"""

    def pagenav(self, path_of, n_items: int, per: int, k: int) -> str:
        pages = self.n_pages(n_items, per)
        if pages <= 1:
            return ""
        cells = [f'<td class="vbmenu_control" style="font-weight:normal">Page {k + 1} sur {pages}</td>']
        if k:
            cells.append(f'<td class="alt1"><a class="smallfont" href="{self.href(path_of(k - 1))}" title="Page précédente">&lt;</a></td>')
        for i in range(pages):
            lo, hi = i * per + 1, min(n_items, (i + 1) * per)
            cells.append(f'<td class="alt2"><span class="smallfont" title="Affichage des résultats {lo} à {hi} sur {n_items}"><strong>{i + 1}</strong></span></td>'
                         if i == k else
                         f'<td class="alt1"><a class="smallfont" href="{self.href(path_of(i))}" title="Afficher les résultats {lo} à {hi} sur {n_items}">{i + 1}</a></td>')
        if k + 1 < pages:
            cells.append(f'<td class="alt1"><a rel="next" class="smallfont" href="{self.href(path_of(k + 1))}" title="Page suivante - Résultats {(k + 1) * per + 1} à {min(n_items, (k + 2) * per)} sur {n_items}">&gt;</a></td>')
        return (f'<div class="pagenav" align="right"><table class="tborder" cellpadding="3" cellspacing="1" border="0">'
                f'<tr>{"".join(cells)}</tr></table></div>')

    def index(self) -> str:
        rows = []
        for b in self.f.boards:
            last = ""
            if b.threads:
                t = max(b.threads, key=lambda t: t.messages[-1].when)
                m = t.messages[-1]
                last = (f'<div class="smallfont" align="left"><div style="clear:both"><a href="showthread.php?goto=lastpost&amp;t={t.id}" title="Aller au premier message non lu dans la discussion \'{esc(t.title)}\'"><strong>{esc(t.title[:30])}...</strong></a></div>'
                        f'<div>par <a href="member.php?find=lastposter&amp;f={b.id}" rel="nofollow">{esc(m.author)}</a></div>'
                        f'<div align="right">{vbdate(m.when)} <a href="showthread.php?p={m.id}#post{m.id}"><img class="inlineimg" src="images/buttons/lastpost.gif" alt="Aller au dernier message" border="0"></a></div></div>')
            rows.append(f"""<tr align="center">
<td class="alt1Active" align="left" id="f{b.id}"><table cellpadding="0" cellspacing="0" border="0"><tr>
<td><img src="images/statusicon/forum_old.gif" alt="" border="0" id="forum_statusicon_{b.id}"></td><td><img src="images/clear.gif" alt="" width="9" height="1" border="0"></td>
<td><div><a href="forumdisplay.php?f={b.id}"><strong>{esc(b.name)}</strong></a></div><div class="smallfont">{esc(b.description)}</div></td>
</tr></table></td>
<td class="alt2" nowrap="nowrap">{last}</td>
<td class="alt1">{len(b.threads)}</td>
<td class="alt2">{sum(len(t.messages) for t in b.threads)}</td>
</tr>""")
        total = sum(len(t.messages) for t in self.f.threads())
        main = f"""<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center">
<thead><tr align="center">
<td class="thead">&nbsp;</td><td class="thead" width="100%" align="left">Forum</td><td class="thead" width="175">Dernier message</td><td class="thead">Discussions</td><td class="thead">Messages</td>
</tr></thead>
<tbody><tr><td class="tcat" colspan="5">Forums</td></tr></tbody>
<tbody id="collapseobj_forumbit_1">
{chr(10).join(rows)}
</tbody>
</table>
<br>
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center">
<thead><tr><td class="tcat" colspan="2">Qui est en ligne</td></tr></thead>
<tbody><tr><td class="thead" colspan="2">Statistiques de {esc(self.f.name)}</td></tr>
<tr><td class="alt2"><img src="images/misc/stats.gif" alt="Statistiques de {esc(self.f.name)}" border="0"></td>
<td class="alt1" width="100%"><div class="smallfont"><div>Discussions: {len(self.f.threads())}, Messages: {total}, Membres: {len(self.f.users)}</div></div></td></tr></tbody>
</table>"""
        return self.doc(f"{self.f.name}", main, [], None)

    def board(self, b: Board, k: int) -> str:
        rows = []
        for t in b.threads[k * self.tper:(k + 1) * self.tper]:
            first, lastm = t.messages[0], t.messages[-1]
            pages = self.n_pages(len(t.messages), self.per)
            multi = ""
            if pages > 1:
                multi = ('<span class="smallfont" style="white-space:nowrap"><img class="inlineimg" src="images/misc/multipage.gif" alt="Discussion sur plusieurs pages" border="0">  ( '
                         + " ".join(f'<a href="{self.href(self.thread_path(t, i))}">{i + 1}</a>' for i in range(pages)) + " )</span>")
            rows.append(f"""<tr>
<td class="alt1" id="td_threadstatusicon_{t.id}"><img src="images/statusicon/thread.gif" id="thread_statusicon_{t.id}" alt="" border=""></td>
<td class="alt2">&nbsp;</td>
<td class="alt1" id="td_threadtitle_{t.id}" title="{esc(" ".join(first.text[0].split()[:25]))}...">
<div><a href="showthread.php?t={t.id}" id="thread_title_{t.id}">{esc(t.title)}</a> {multi}</div>
<div class="smallfont"><span style="cursor:pointer" onclick="window.open('member.php?u={self.f.users[first.author]}', '_self')">{esc(first.author)}</span></div>
</td>
<td class="alt2" title="Réponses: {len(t.messages) - 1}, Affichages: {t.views}"><div class="smallfont" style="text-align:right; white-space:nowrap">{vbdate(lastm.when)}<br>par <a href="member.php?find=lastposter&amp;t={t.id}" rel="nofollow">{esc(lastm.author)}</a>  <a href="showthread.php?p={lastm.id}#post{lastm.id}"><img class="inlineimg" src="images/buttons/lastpost.gif" alt="Aller au dernier message" border="0"></a></div></td>
<td class="alt1" align="center"><a href="misc.php?do=whoposted&amp;t={t.id}" onclick="who({t.id}); return false;">{len(t.messages) - 1}</a></td>
<td class="alt2" align="center">{t.views}</td>
</tr>""")
        nav = self.pagenav(lambda i: self.board_path(b, i), len(b.threads), self.tper, k)
        main = f"""<table cellpadding="0" cellspacing="0" border="0" width="100%" style="margin-bottom:3px"><tr valign="bottom">
<td class="smallfont"><a href="newthread.php?do=newthread&amp;f={b.id}" rel="nofollow"><img src="images/buttons/newthread.gif" alt="Nouvelle discussion" border="0"></a></td>
<td align="right">{nav}</td></tr></table>
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center" id="threadslist">
<tbody><tr><td class="thead" colspan="2">&nbsp;</td>
<td class="thead" width="100%"><span style="float:right"><a href="forumdisplay.php?f={b.id}&amp;sort=views&amp;order=desc" rel="nofollow">Affichages</a></span> Discussion / Auteur</td>
<td class="thead" width="150" align="center" nowrap="nowrap">Dernier message</td><td class="thead" align="center" nowrap="nowrap">Réponses</td><td class="thead" align="center" nowrap="nowrap">Affichages</td></tr></tbody>
<tbody id="threadbits_forum_{b.id}">
{chr(10).join(rows)}
</tbody>
</table>
<table cellpadding="0" cellspacing="0" border="0" width="100%" style="margin-top:3px"><tr valign="top"><td align="right">{nav}</td></tr></table>"""
        return self.doc(f"{b.name} - {self.f.name}", main, [], b.name)

    def post(self, t: Thread, m: Message, pos: int) -> str:
        uid = self.f.users[m.author]
        j = self.joined(m.author)
        subject = esc(t.title) if pos == 0 else f"Re: {esc(t.title)}"

        def quote(who: str, text: str) -> str:
            return ('<div style="margin:20px; margin-top:5px; "><div class="smallfont" style="margin-bottom:2px">Citation:</div>'
                    '<table cellpadding="6" cellspacing="0" border="0" width="100%"><tr><td class="alt2" style="border:1px inset">'
                    f'<div>Posté par <strong>{esc(who)}</strong> <a href="showthread.php?p={m.id}#post{m.id}" rel="nofollow"><img class="inlineimg" src="images/buttons/viewpost.gif" border="0" alt="Voir le message"></a></div>'
                    f'<div style="font-style:italic">{text}</div></td></tr></table></div>')
        body = "<br>\n<br>\n".join(p.removeprefix("<p>").removesuffix("</p>") for p in self.body(m, quote).split("</p><p>"))
        sig = f'\n<div>__________________<br>\n{autolink(m.signature, "nofollow")}</div>' if m.signature else ""
        rank = "Administrateur" if m.author in self.f.admins else "Membre"
        return f"""<!-- post #{m.id} -->
<div id="edit{m.id}" style="padding:0px 0px 6px 0px">
<table class="tborder" id="post{m.id}" cellpadding="6" cellspacing="0" border="0" width="100%" align="center">
<tr>
<td class="thead" style="font-weight:normal; border: 1px solid #D1D1E1; border-right: 0px"><a name="post{m.id}"><img class="inlineimg" src="images/statusicon/post_old.gif" alt="Ancien" border="0"></a>
{vbdate(m.when)}
</td>
<td class="thead" style="font-weight:normal; border: 1px solid #D1D1E1; border-left: 0px" align="right">&nbsp;#<a href="showpost.php?p={m.id}&amp;postcount={pos + 1}" target="new" rel="nofollow" id="postcount{m.id}" name="{pos + 1}"><strong>{pos + 1}</strong></a></td>
</tr>
<tr valign="top">
<td class="alt2" width="175" style="border: 1px solid #D1D1E1; border-top: 0px; border-bottom: 0px">
<div id="postmenu_{m.id}"><a class="bigusername" href="member.php?u={uid}">{esc(m.author)}</a>
<script type="text/javascript"> vbmenu_register("postmenu_{m.id}", true); </script></div>
<div class="smallfont">{rank}</div>
<div class="smallfont">&nbsp;<br>
<div>Date d'inscription: {MOIS[j.month - 1]} {j.year}</div>
<div>Messages: {self.n_posts[m.author]}</div>
</div>
</td>
<td class="alt1" id="td_post_{m.id}" style="border-right: 1px solid #D1D1E1">
<div class="smallfont"><strong>{subject}</strong></div>
<hr size="1" style="color:#D1D1E1; background-color:#D1D1E1">
<div id="post_message_{m.id}">{body}</div>{sig}
</td>
</tr>
<tr>
<td class="alt2" style="border: 1px solid #D1D1E1; border-top: 0px"><img class="inlineimg" src="images/statusicon/user_offline.gif" alt="{esc(m.author)} est déconnecté" border="0"></td>
<td class="alt1" align="right" style="border: 1px solid #D1D1E1; border-left: 0px; border-top: 0px"><a href="newreply.php?do=newreply&amp;p={m.id}" rel="nofollow"><img src="images/buttons/quote.gif" alt="Réponse avec citation" border="0"></a></td>
</tr>
</table>
</div>
<!-- / post #{m.id} -->"""

    def thread(self, t: Thread, k: int) -> str:
        b = self.board_of[t.id]
        nav = self.pagenav(lambda i: self.thread_path(t, i), len(t.messages), self.per, k)
        posts = "\n".join(self.post(t, m, k * self.per + i) for i, m in enumerate(self.chunk(t, k)))
        main = f"""<a name="poststop" id="poststop"></a>
<table cellpadding="0" cellspacing="0" border="0" width="100%" style="margin-bottom:3px"><tr valign="bottom">
<td class="smallfont"><a href="newreply.php?do=newreply&amp;noquote=1&amp;p={t.messages[-1].id}" rel="nofollow"><img src="images/buttons/reply.gif" alt="Réponse" border="0"></a></td>
<td align="right">{nav}</td></tr></table>
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center" style="border-bottom-width:0px">
<tr><td class="tcat" width="100%"><div class="smallfont">&nbsp;</div></td>
<td class="vbmenu_control" id="threadtools" nowrap="nowrap"><a href="/showthread.php?t={t.id}&amp;nojs=1#goto_threadtools">Outils de la discussion</a></td></tr>
</table>
<div id="posts">
{posts}
<div id="lastpost"></div></div>
<table cellpadding="0" cellspacing="0" border="0" width="100%" style="margin-top:-3px"><tr valign="top"><td align="right">{nav}</td></tr></table>
<table cellpadding="0" cellspacing="0" border="0" width="100%" align="center"><tr><td class="smallfont" align="center">&laquo; <a href="showthread.php?t={t.id}&amp;goto=nextoldest" rel="nofollow">Discussion précédente</a> | <a href="showthread.php?t={t.id}&amp;goto=nextnewest" rel="nofollow">Discussion suivante</a> &raquo;</td></tr></table>"""
        title = f"{t.title} - {self.f.name}" + (f" - Page {k + 1}" if k else "")
        return self.doc(title, main, [(f"forumdisplay.php?f={b.id}", b.name)], t.title)


def item_pages(forum: Forum, now: datetime = NOW):
    return _VB(forum, now).item_pages()


def render(forum: Forum, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a vBulletin 3.8 forum keyed by path?query, and its 404 page."""
    v = _VB(forum, now)
    items = [(m, t, f"{v.base}/showthread.php?t={t.id}") for m, t in v.newest(15, topics=True)]
    missing = ('<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="70%" align="center">'
               '<tr><td class="tcat">Message de {0}</td></tr><tr><td class="panelsurround" align="center"><div class="panel">'
               '<blockquote><p>&nbsp;</p>Pas de discussion spécifiée. Si vous avez suivi un lien valide, merci de '
               '<a href="sendmessage.php">contacter l\'administrateur</a>.<p>&nbsp;</p></blockquote></div></td></tr></table>').format(esc(forum.name))
    out, not_found = render_forum(
        v, ["/", "/index.php"], {"/external.php?type=RSS2": rss(v, forum.name, f"{v.base}/", f"{v.base}/external.php?type=RSS2", items)},
        "Disallow: /member.php\nDisallow: /search.php\nDisallow: /newreply.php\nDisallow: /newthread.php\n"
        "Disallow: /private.php\nDisallow: /sendmessage.php\nDisallow: /showpost.php\n", v.doc(forum.name, missing, [], None), keep)
    for mid, (t, k) in v.where.items():  # showthread.php?p=N#postN answers with the page holding post N
        out[f"/showthread.php?p={mid}"] = out[v.thread_path(t, k)]
    return out, not_found


IGNORED_PARAMS = {"s", "highlight", "nojs"}  # session hashes, search highlights, the no-JavaScript tools link
