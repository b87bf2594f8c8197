"""MyBB 1.8 with its default theme, French.

Follows mybb/mybb `install/resources/mybb_theme.xml`, templates `postbit` (`div.post#post_N` after
`<a name="pidN">`: `div.post_author > div.author_information > strong > span.largetext > a` (profile link),
`div.author_statistics` from `postbit_author_user`; `div.post_content > div.post_head` with `postbit_posturl`
"#N" and `span.post_date` "04/03/2025, 10:12"; the message in `div.post_body.scaleimages#pid_N`; the
signature in `postbit_signature` `div.signature`), `mycode_quote_post` (`blockquote.mycode_quote > cite`
"X a écrit :"), `showthread` (`td.thead > div > strong` title, `div#posts`), `forumdisplay_threadlist` /
`forumdisplay_thread` (`span[id^=tid_] > a`, `span.author`), `forumbit_depth1_cat` / `forumbit_depth2_forum`,
`multipage*` (`div.pagination`, `a.pagination_next`), `header` / `footer` ("Propulsé par MyBB") and
`headerinclude` (feeds `syndication.php` and `syndication.php?type=atom1.0`). URLs: `showthread.php?tid=N`
(`&page=2`), `forumdisplay.php?fid=N`, `member.php?action=profile&uid=N`.
"""
from __future__ import annotations

from datetime import datetime

from sectorweb.dates import MOIS, NOW
from sectorweb.families.common import Page, autolink, esc
from sectorweb.families.forumkit import ForumView, atom, render_forum, rss
from sectorweb.model import Board, Forum, Message, Thread


def mybbdate(d: datetime) -> str:
    """MyBB fr ("d/m/Y" and "H:i"): `04/03/2025, 10:12`."""
    return f"{d:%d/%m/%Y}, {d:%H:%M}"


class _MyBB(ForumView):
    def board_path(self, b: Board, k: int) -> str:
        return f"/forumdisplay.php?fid={b.id}" + (f"&page={k + 1}" if k else "")

    def thread_path(self, t: Thread, k: int) -> str:
        return f"/showthread.php?tid={t.id}" + (f"&page={k + 1}" if k else "")

    def a(self, path: str) -> str:
        return esc(self.base + path)

    def profile(self, name: str) -> str:
        return f'<a href="{self.base}/member.php?action=profile&amp;uid={self.f.users[name]}">{esc(name)}</a>'

    def doc(self, title: str, main: str, crumbs: list[tuple[str, str]], active: str | None) -> str:
        f = self.f
        nav = "".join(f'\n&rsaquo; <a href="{self.a(h)}">{esc(n)}</a>' for h, n in crumbs)
        if active:
            nav += f'\n<br><img src="images/nav_bit.png" alt=""><span class="active">{esc(active)}</span>'
        return f"""<!DOCTYPE html>
<html xml:lang="fr" lang="fr" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<link rel="alternate" type="application/rss+xml" title="Derniers sujets (RSS 2.0)" href="{self.base}/syndication.php">
<link rel="alternate" type="application/atom+xml" title="Derniers sujets (Atom 1.0)" href="{self.base}/syndication.php?type=atom1.0">
<script type="text/javascript" src="{self.base}/jscripts/jquery.js?ver=1823"></script>
<script type="text/javascript" src="{self.base}/jscripts/general.js?ver=1827"></script>
<link type="text/css" rel="stylesheet" href="{self.base}/cache/themes/theme1/global.css?t=1700000000">
</head>
<body>
<div id="container">
<a name="top" id="top"></a>
<div id="header">
<div id="logo"><div class="wrapper">
<a href="{self.base}/index.php"><img src="{self.base}/images/logo.png" alt="{esc(f.name)}" title="{esc(f.name)}"></a>
<ul class="menu top_links">
<li><a href="{self.base}/search.php" class="search">Rechercher</a></li>
<li><a href="{self.base}/memberlist.php" class="memberlist">Liste des membres</a></li>
<li><a href="{self.base}/misc.php?action=help" class="help">Aide</a></li>
</ul>
</div></div>
<div id="panel"><div class="upper"><div class="wrapper">
<span class="welcome">Bonjour, visiteur ! <a href="{self.base}/member.php?action=login" class="login">Connexion</a> <a href="{self.base}/member.php?action=register" class="register">S’enregistrer</a></span>
</div></div></div>
</div>
<div id="content">
<div class="wrapper">
<div class="navigation">
<a href="{self.base}/index.php">{esc(f.name)}</a>{nav}
</div>
<br>
{main}
</div>
</div>
<div id="footer">
<div class="upper"><div class="wrapper">
<ul class="menu bottom_links">
<li><a href="{self.base}/showteam.php">L’équipe du forum</a></li>
<li><a href="{self.base}/contact.php">Nous contacter</a></li>
<li><a href="#top">Retourner en haut</a></li>
<li><a href="{self.base}/misc.php?action=syndication">Syndication RSS</a></li>
</ul>
</div></div>
<div class="lower"><div class="wrapper">
<span id="current_time"><strong>Nous sommes le</strong> {mybbdate(self.now)}</span>
<span id="copyright">Propulsé par <a href="https://mybb.com" target="_blank" rel="noopener">MyBB</a>, &copy; 2002-{self.now.year} <a href="https://mybb.com" target="_blank" rel="noopener">MyBB Group</a>.</span>
</div></div>
</div>
</div>
</body>
</html>
"""

    def multipage(self, path_of, n_pages: int, k: int) -> str:
        if n_pages <= 1:
            return ""
        parts = [f' <span class="pagination_current">{i + 1}</span>' if i == k else
                 f'<a href="{self.a(path_of(i))}" class="pagination_page">{i + 1}</a>' for i in range(n_pages)]
        prev = f'<a href="{self.a(path_of(k - 1))}" class="pagination_previous">&laquo; Précédent</a>' if k else ""
        nxt = f'<a href="{self.a(path_of(k + 1))}" class="pagination_next">Suivant &raquo;</a>' if k + 1 < n_pages else ""
        return f'<div class="pagination">\n<span class="pages">Pages ({n_pages}) :</span>\n{prev}{"".join(parts)}{nxt}\n</div>'

    def index(self) -> str:
        rows = []
        for i, b in enumerate(self.f.boards):
            last = "<span style=\"text-align: center;\" class=\"lastpost smalltext\">Jamais</span>"
            if b.threads:
                t = max(b.threads, key=lambda t: t.messages[-1].when)
                m = t.messages[-1]
                last = (f'<span class="smalltext"><a href="{self.a(f"/showthread.php?tid={t.id}&action=lastpost")}" title="{esc(t.title)}"><strong>{esc(t.title[:25])}...</strong></a>'
                        f'<br>{mybbdate(m.when)}<br>Par {self.profile(m.author)}</span>')
            rows.append(f"""<tr>
<td class="trow{1 + i % 2}" align="center" width="1"><span class="forum_status forum_off ajax_mark_read" title="Pas de nouveau message" id="mark_read_{b.id}"></span></td>
<td class="trow{1 + i % 2}"><strong><a href="{self.a(self.board_path(b, 0))}">{esc(b.name)}</a></strong><div class="smalltext">{esc(b.description)}</div></td>
<td class="trow{1 + i % 2}" align="center" style="white-space: nowrap">{len(b.threads)}</td>
<td class="trow{1 + i % 2}" align="center" style="white-space: nowrap">{sum(len(t.messages) for t in b.threads)}</td>
<td class="trow{1 + i % 2}" align="right" style="white-space: nowrap">{last}</td>
</tr>""")
        main = f"""<table border="0" cellspacing="0" cellpadding="5" class="tborder">
<thead><tr><td class="thead" colspan="5"><div><strong>Forums</strong><br><div class="smalltext">{esc(self.f.tagline)}</div></div></td></tr></thead>
<tbody id="cat_1_e">
<tr><td class="tcat" colspan="2"><span class="smalltext"><strong>Forum</strong></span></td><td class="tcat" width="85" align="center" style="white-space: nowrap"><span class="smalltext"><strong>Sujets</strong></span></td><td class="tcat" width="85" align="center" style="white-space: nowrap"><span class="smalltext"><strong>Messages</strong></span></td><td class="tcat" width="200" align="center"><span class="smalltext"><strong>Dernier message</strong></span></td></tr>
{chr(10).join(rows)}
</tbody>
</table>
<br>
<table border="0" cellspacing="0" cellpadding="5" class="tborder"><tr><td class="thead"><strong>Statistiques du forum</strong></td></tr>
<tr><td class="trow1"><span class="smalltext">Nos membres ont posté un total de {sum(len(t.messages) for t in self.f.threads())} messages dans {len(self.f.threads())} sujets.<br>Nous avons {len(self.f.users)} membres enregistrés.</span></td></tr></table>"""
        return self.doc(f"{self.f.name}", main, [], None)

    def board(self, b: Board, k: int) -> str:
        rows = []
        for i, t in enumerate(b.threads[k * self.tper:(k + 1) * self.tper]):
            first, lastm = t.messages[0], t.messages[-1]
            bg = f"trow{1 + i % 2}"
            pages = self.n_pages(len(t.messages), self.per)
            multi = ""
            if pages > 1:
                multi = (' <span class="smalltext">(Pages : ' + " ".join(f'<a href="{self.a(self.thread_path(t, j))}">{j + 1}</a>' for j in range(pages)) + ")</span>")
            rows.append(f"""<tr class="inline_row">
<td align="center" class="{bg}" width="2%"><span class="thread_status folder" title="Pas de nouveau message.">&nbsp;</span></td>
<td align="center" class="{bg}" width="2%">&nbsp;</td>
<td class="{bg}">
<div>
<span><span class=" subject_old" id="tid_{t.id}"><a href="{self.a(self.thread_path(t, 0))}">{esc(t.title)}</a></span>{multi}</span>
<div><span class="author smalltext">{self.profile(first.author)}, </span><span class="thread_start_datetime smalltext">{mybbdate(first.when)}</span></div>
</div>
</td>
<td align="center" class="{bg}"><a href="{self.a(f"/misc.php?action=whoposted&tid={t.id}")}" onclick="MyBB.whoPosted({t.id}); return false;">{len(t.messages) - 1}</a></td>
<td align="center" class="{bg}">{t.views}</td>
<td class="{bg}" style="white-space: nowrap; text-align: right;"><span class="lastpost smalltext">{mybbdate(lastm.when)}<br><a href="{self.a(f"/showthread.php?tid={t.id}&action=lastpost")}">Dernier message</a> : {self.profile(lastm.author)}</span></td>
</tr>""")
        pag = self.multipage(lambda i: self.board_path(b, i), self.n_pages(len(b.threads), self.tper), k)
        main = f"""<div class="float_left">{pag}</div>
<div class="float_right"><a href="{self.a(f"/newthread.php?fid={b.id}")}" class="button new_thread_button"><span>Nouveau sujet</span></a></div>
<table border="0" cellspacing="0" cellpadding="5" class="tborder clear">
<tr><td class="thead" colspan="6"><div><strong>{esc(b.name)}</strong></div></td></tr>
<tr><td class="tcat" colspan="3" width="66%"><span class="smalltext"><strong>Sujet / Auteur</strong></span></td><td class="tcat" align="center" width="7%"><span class="smalltext"><strong>Réponses</strong></span></td><td class="tcat" align="center" width="7%"><span class="smalltext"><strong>Vues</strong></span></td><td class="tcat" align="right" width="20%"><span class="smalltext"><strong>Dernier message</strong></span></td></tr>
{chr(10).join(rows)}
</table>
<div class="float_left">{pag}</div>
<br class="clear">"""
        return self.doc(f"{self.f.name} - {b.name}", main, [(self.board_path(b, 0), b.name)], None)

    def post(self, t: Thread, m: Message, pos: int) -> str:
        j = self.joined(m.author)
        title = "Administrateur" if m.author in self.f.admins else "Membre"

        def quote(who: str, text: str) -> str:
            return f'<blockquote class="mycode_quote"><cite>{esc(who)} a écrit :</cite>{text}</blockquote><br>'
        body = "<br>\n<br>\n".join(p.removeprefix("<p>").removesuffix("</p>") for p in self.body(m, quote).split("</p><p>"))
        sig = f'<div class="signature scaleimages">\n{autolink(m.signature, "nofollow")}\n</div>' if m.signature else ""
        return f"""<a name="pid{m.id}" id="pid{m.id}"></a>
<div class="post " style="" id="post_{m.id}">
<div class="post_author">
<div class="author_avatar"><a href="{self.a(f"/member.php?action=profile&uid={self.f.users[m.author]}")}"><img src="{self.base}/images/default_avatar.png" alt="" width="55" height="55"></a></div>
<div class="author_information">
<strong><span class="largetext">{self.profile(m.author)}</span></strong> <span class="offline" style="display: none;" title="Hors ligne"></span><br>
<span class="smalltext">{title}<br></span>
</div>
<div class="author_statistics">
Messages : {self.n_posts[m.author]}<br>
Sujets : {sum(t2.opener == m.author for t2 in self.f.threads())}<br>
Inscription : {MOIS[j.month - 1][:4].rstrip(".")}. {j.year}
</div>
</div>
<div class="post_content">
<div class="post_head">
<div class="float_right" style="vertical-align: top"><strong><a href="{self.a(f"/showthread.php?tid={t.id}&pid={m.id}")}#pid{m.id}" title="{"RE: " if pos else ""}{esc(t.title)}">#{pos + 1}</a></strong></div>
<span class="post_date">{mybbdate(m.when)} <span class="post_edit" id="edited_by_{m.id}"></span></span>
</div>
<div class="post_body scaleimages" id="pid_{m.id}">
{body}
</div>
{sig}
<div class="post_meta" id="post_meta_{m.id}"><div class="float_right"></div></div>
</div>
<div class="post_controls">
<div class="postbit_buttons author_buttons float_left"><a href="{self.a(f"/search.php?action=finduser&uid={self.f.users[m.author]}")}" title="Trouver tous les messages de cet utilisateur" class="postbit_find"><span>Rechercher</span></a></div>
<div class="postbit_buttons post_management_buttons float_right"><a href="{self.a(f"/newreply.php?tid={t.id}&replyto={m.id}")}" title="Citer ce message dans une réponse" class="postbit_quote postbit_mirage"><span>Répondre</span></a></div>
</div>
</div>"""

    def thread(self, t: Thread, k: int) -> str:
        b = self.board_of[t.id]
        pag = self.multipage(lambda i: self.thread_path(t, i), self.n_pages(len(t.messages), self.per), k)
        posts = "\n".join(self.post(t, m, k * self.per + i) for i, m in enumerate(self.chunk(t, k)))
        main = f"""<div class="float_left">{pag}</div>
<div class="float_right"><a href="{self.a(f"/newreply.php?tid={t.id}")}" class="button new_reply_button"><span>Répondre</span></a></div>
<table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed clear">
<tr><td class="thead"><div class="float_right"><span class="smalltext"><strong><a href="{self.a(f"/showthread.php?mode=threaded&tid={t.id}&pid={t.messages[0].id}")}#pid{t.messages[0].id}">Mode arborescent</a></strong></span></div>
<div><strong>{esc(t.title)}</strong></div></td></tr>
<tr><td id="posts_container">
<div id="posts">
{posts}
</div>
</td></tr>
<tr><td class="tfoot"><div><strong>&laquo; <a href="{self.a(f"/showthread.php?tid={t.id}&action=nextoldest")}">Sujet précédent</a> | <a href="{self.a(f"/showthread.php?tid={t.id}&action=nextnewest")}">Sujet suivant</a> &raquo;</strong></div></td></tr>
</table>
<div class="float_left">{pag}</div>
<br class="clear">"""
        return self.doc(t.title, main, [(self.board_path(b, 0), b.name)], t.title)


def item_pages(forum: Forum, now: datetime = NOW):
    return _MyBB(forum, now).item_pages()


def render(forum: Forum, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a MyBB forum keyed by path?query, and its 404 page."""
    v = _MyBB(forum, now)
    items = [(m, t, f"{v.base}/showthread.php?tid={t.id}") for m, t in v.newest(20, topics=True)]
    extra = {"/syndication.php": rss(v, f"{forum.name} - Derniers sujets", f"{v.base}/", f"{v.base}/syndication.php", items),
             "/syndication.php?type=atom1.0": atom(v, f"{v.base}/syndication.php?type=atom1.0", items)}
    missing = ('<table border="0" cellspacing="0" cellpadding="5" class="tborder"><tr><td class="thead"><span class="smalltext">'
               '<strong>Erreur</strong></span></td></tr><tr><td class="trow1">Le sujet spécifié n’existe pas.</td></tr></table>')
    out, not_found = render_forum(v, ["/", "/index.php"], extra,
                                  "Disallow: /captcha.php\nDisallow: /editpost.php\nDisallow: /misc.php\nDisallow: /modcp.php\n"
                                  "Disallow: /moderation.php\nDisallow: /newreply.php\nDisallow: /newthread.php\nDisallow: /online.php\n"
                                  "Disallow: /printthread.php\nDisallow: /private.php\nDisallow: /ratethread.php\nDisallow: /report.php\n"
                                  "Disallow: /reputation.php\nDisallow: /search.php\nDisallow: /sendthread.php\nDisallow: /task.php\n"
                                  "Disallow: /usercp.php\nDisallow: /usercp2.php\nDisallow: /calendar.php\nDisallow: /*action=emailuser*\n"
                                  "Disallow: /*action=nextnewest*\nDisallow: /*action=nextoldest*\nDisallow: /*year=*\nDisallow: /*action=weekview*\n"
                                  "Disallow: /*sortby=*\nDisallow: /*action=lastpost*\n"
                                  "Disallow: /*mode=threaded*\n", v.doc(forum.name, missing, [], None), keep)
    for mid, (t, k) in v.where.items():  # showthread.php?tid=N&pid=M answers with the page holding post M
        out[f"/showthread.php?tid={t.id}&pid={mid}"] = out[f"/showthread.php?pid={mid}"] = out[v.thread_path(t, k)]
    return out, not_found


IGNORED_PARAMS = {"highlight", "sid"}
