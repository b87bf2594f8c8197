"""Simple Machines Forum 2.1 with its default theme ("Curve2"), French.

Follows SimpleMachines/SMF `Themes/default/Display.template.php` (`template_single_post`: each message
`div.windowbg#msgN > div.post_wrapper`, `div.poster > h4 > a` (profile link) and `ul.user_info`
(`li.membergroup`, `li.postcount`); `div.postarea > div.keyinfo` with `div#subject_N.subject_title`,
`span.page_number` "#N" and the date as the text of `div.postinfo > a.smalltext`; the message in
`div.post > div.inner#msg_N[data-msgid]`; the signature in `div.signature#msg_N_signature`),
`Display.template.php` `template_main` (`h2.display_title > span#top_subject`, `div.pagesection`),
`MessageIndex.template.php` (`div#topic_container > div.windowbg`, `div.message_index_title a`,
"Démarré par"), `BoardIndex.template.php` (`div#board_N`, `a.subject`) and `index.template.php`
(`body#chrome.action_*`, footer "SMF 2.1 © Simple Machines"). Quotes are `blockquote.bbc_standard_quote >
cite` "Citation de: X". URLs: `index.php?topic=N.0` (`.10` = from the 11th message), `index.php?board=N.0`,
`index.php?topic=N.msgM#msgM`, `index.php?action=profile;u=N`; feed `index.php?action=.xml;type=rss2`.
"""
from __future__ import annotations

from datetime import datetime

from sectorweb.dates import NOW, fr_date
from sectorweb.families.common import Page, autolink, esc
from sectorweb.families.forumkit import ForumView, render_forum, rss
from sectorweb.model import Board, Forum, Message, Thread

VERSION = "2.1.4"


def smfdate(d: datetime) -> str:
    """SMF fr: `04 mars 2025 à 10:12:00`."""
    return f"{d.day:02d} {fr_date(d).split(' ', 1)[1]} à {d:%H:%M:%S}"


class _SMF(ForumView):
    def board_path(self, b: Board, k: int) -> str:
        return f"/index.php?board={b.id}.{k * self.tper}"

    def thread_path(self, t: Thread, k: int) -> str:
        return f"/index.php?topic={t.id}.{k * self.per}"

    def a(self, path: str) -> str:
        return esc(self.base + path)

    def member(self, name: str) -> str:
        return f'<a href="{self.base}/index.php?action=profile;u={self.f.users[name]}" title="Voir le profil de {esc(name)}">{esc(name)}</a>'

    def doc(self, title: str, action: str, main: str, crumbs: list[tuple[str, str]], head: str = "") -> str:
        f = self.f
        crumb = "".join(f'<li><a href="{self.a(h)}"><span>{esc(n)}</span></a></li>' for h, n in crumbs)
        return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<link rel="stylesheet" href="{self.base}/Themes/default/css/index.css?smf214_1700000000">
<script src="{self.base}/Themes/default/scripts/script.js?smf214_1700000000"></script>
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta property="og:site_name" content="{esc(f.name)}">
{head}<link rel="help" href="{self.base}/index.php?action=help">
<link rel="contents" href="{self.base}/index.php">
<link rel="alternate" type="application/rss+xml" title="{esc(f.name)} - Flux RSS" href="{self.base}/index.php?action=.xml;type=rss2">
</head>
<body id="chrome" class="{action}">
<div id="footerfix">
<div id="top_section"><div class="inner_wrap">
<ul class="floatleft" id="top_info"><li class="welcome">Bienvenue sur <strong>{esc(f.name)}</strong>.</li><li class="button_login"><a href="{self.base}/index.php?action=login" class="open"><span class="main_icons login"></span><span class="textmenu">Identifiez-vous</span></a></li><li class="button_signup"><a href="{self.base}/index.php?action=signup" class="open"><span class="main_icons regcenter"></span><span class="textmenu">Inscrivez-vous</span></a></li></ul>
</div></div>
<div id="header"><h1 class="forumtitle"><a id="top" href="{self.base}/index.php">{esc(f.name)}</a></h1><div id="siteslogan">{esc(f.tagline)}</div></div>
<div id="wrapper">
<div id="upper_section"><div id="inner_section"><div id="inner_wrap" class="hide_720"><div class="user"><time datetime="{self.now:%Y-%m-%dT%H:%M:%S}Z">{smfdate(self.now)}</time></div></div>
<div class="navigate_section"><ul><li><a href="{self.base}/index.php"><span>{esc(f.name)}</span></a></li>{crumb}</ul></div>
</div></div>
<div id="content_section"><div id="main_content_section">
{main}
</div></div>
</div>
</div>
<div id="footer"><div class="inner_wrap">
<ul>
<li class="floatright"><a href="{self.base}/index.php?action=help">Aide</a> | <a href="{self.base}/index.php?action=agreement">Conditions et règles</a> | <a href="#top_section">Haut de page &#9650;</a></li>
<li class="copyright"><a href="https://www.simplemachines.org/about/smf/license.php" title="License" target="_blank" rel="noopener">SMF {VERSION} &copy; 2023</a>, <a href="https://www.simplemachines.org" title="Simple Machines" target="_blank" rel="noopener">Simple Machines</a></li>
</ul>
</div></div>
</body>
</html>
"""

    def pagelinks(self, path_of, n_pages: int, k: int) -> str:
        if n_pages <= 1:
            return '<div class="pagelinks floatleft"><span class="pages">Pages</span><span class="current_page">1</span></div>'
        parts = [f'<span class="current_page">{i + 1}</span>' if i == k else f'<a class="nav_page" href="{self.a(path_of(i))}">{i + 1}</a>'
                 for i in range(n_pages)]
        if k:
            parts.insert(0, f'<a class="nav_page" href="{self.a(path_of(k - 1))}"><span class="main_icons previous_page"></span></a>')
        if k + 1 < n_pages:
            parts.append(f'<a class="nav_page" href="{self.a(path_of(k + 1))}"><span class="main_icons next_page"></span></a>')
        return f'<div class="pagelinks floatleft"><a href="#bot" class="button">Bas de page</a> <span class="pages">Pages</span>{" ".join(parts)}</div>'

    def index(self) -> str:
        boards = []
        for b in self.f.boards:
            last = ""
            if b.threads:
                t = max(b.threads, key=lambda t: t.messages[-1].when)
                m = t.messages[-1]
                last = (f'<p><strong>Dernier message</strong> par {self.member(m.author)}<br>dans <a href="{self.a(f"/index.php?topic={t.id}.msg{m.id}#new")}" title="Re: {esc(t.title)}">Re: {esc(t.title[:24])}...</a><br>{smfdate(m.when)}</p>')
            boards.append(f"""<div id="board_{b.id}" class="up_contain ">
<div class="board_icon"><a href="{self.a(self.board_path(b, 0))}" class="board_off" title="Pas de nouveaux messages"></a></div>
<div class="info"><a class="subject mobile_subject" href="{self.a(self.board_path(b, 0))}" id="b{b.id}">{esc(b.name)}</a><div class="board_description">{esc(b.description)}</div></div>
<div class="board_stats"><p>Messages: {sum(len(t.messages) for t in b.threads)}<br>Sujets: {len(b.threads)}</p></div>
<div class="lastpost lpr_border">{last}</div>
</div>""")
        main = f"""<div id="boardindex_table" class="boardindex_table">
<div class="main_container">
<div class="cat_bar " id="category_1"><h3 class="catbg"><a id="c1"></a>Général</h3></div>
<div id="category_1_boards" class="up_contain">
{chr(10).join(boards)}
</div>
</div>
</div>
<div class="roundframe" id="info_center"><div class="title_bar"><h3 class="titlebg">Centre d'informations</h3></div>
<div id="upshrink_stats"><div class="sub_bar"><h4 class="subbg">Statistiques du forum</h4></div>
<p class="inline">{sum(len(t.messages) for t in self.f.threads())} messages dans {len(self.f.threads())} sujets par {len(self.f.users)} membres.</p></div></div>"""
        return self.doc(f"{self.f.name} - Index", "action_home", main, [])

    def board(self, b: Board, k: int) -> str:
        rows = []
        for t in b.threads[k * self.tper:(k + 1) * self.tper]:
            first, lastm = t.messages[0], t.messages[-1]
            pages = self.n_pages(len(t.messages), self.per)
            multi = ""
            if pages > 1:
                multi = '<span id="pages' + str(first.id) + '" class="topic_pages">' + " ".join(
                    f'<a class="nav_page" href="{self.a(self.thread_path(t, i))}">{i + 1}</a>' for i in range(pages)) + "</span>"
            rows.append(f"""<div class="windowbg">
<div class="board_icon"><img src="{self.base}/Themes/default/images/post/xx.png" alt=""></div>
<div class="info info_block">
<div class="icons floatright"></div>
<div class="message_index_title"><span class="preview" title="{esc(" ".join(first.text[0].split()[:20]))}"><span id="msg_{first.id}"><a href="{self.a(self.thread_path(t, 0))}">{esc(t.title)}</a></span></span></div>
<p class="floatleft">Démarré par {self.member(first.author)}</p>
{multi}
</div>
<div class="board_stats centertext"><p>Réponses: {len(t.messages) - 1}<br>Vus: {t.views}</p></div>
<div class="lastpost"><p><a href="{self.a(f"/index.php?topic={t.id}.msg{lastm.id}#new")}">{smfdate(lastm.when)}</a><br>par {self.member(lastm.author)}</p></div>
</div>""")
        pag = self.pagelinks(lambda i: self.board_path(b, i), self.n_pages(len(b.threads), self.tper), k)
        main = f"""<div id="display_head" class="information"><h2 class="display_title">{esc(b.name)}</h2><p>{esc(b.description)}</p></div>
<div class="pagesection">{pag}<div class="buttonlist floatright"><a class="button" href="{self.a(f"/index.php?action=post;board={b.id}.0")}">Nouveau sujet</a></div></div>
<div id="messageindex">
<div class="title_bar" id="topic_header"><div class="board_icon"></div><div class="info">Sujet / Démarré par</div><div class="board_stats centertext">Réponses / Vus</div><div class="lastpost">Dernier message</div></div>
<div id="topic_container">
{chr(10).join(rows)}
</div>
</div>
<div class="pagesection">{pag}</div>"""
        head = f'<link rel="canonical" href="{self.a(self.board_path(b, k))}">\n'
        return self.doc(f"{b.name}", f"action_messageindex board_{b.id}", main, [(self.board_path(b, 0), b.name)], head)

    def post(self, t: Thread, m: Message, pos: int) -> str:
        subject = esc(t.title) if pos == 0 else f"Re: {esc(t.title)}"

        def quote(who: str, text: str) -> str:
            return (f'<blockquote class="bbc_standard_quote"><cite><a href="{self.a(f"/index.php?topic={t.id}.msg{m.id}#msg{m.id}")}">'
                    f'Citation de: {esc(who)}</a></cite>{text}</blockquote>')
        body = "<br><br>".join(p.removeprefix("<p>").removesuffix("</p>") for p in self.body(m, quote).split("</p><p>"))
        group = "Administrateur" if m.author in self.f.admins else "Membre"
        sig = (f'<div class="moderatorbar"><div class="signature" id="msg_{m.id}_signature">{autolink(m.signature, "nofollow")}</div></div>'
               if m.signature else '<div class="moderatorbar"></div>')
        reply = f"Réponse #{pos} - " if pos else ""
        return f"""<div class="windowbg" id="msg{m.id}">
<div class="post_wrapper">
<div class="poster">
<h4>{self.member(m.author)}</h4>
<ul class="user_info">
<li class="membergroup">{group}</li>
<li class="icons"><img src="{self.base}/Themes/default/images/membericons/icon.png" alt="*"></li>
<li class="postcount">Messages: {self.n_posts[m.author]}</li>
<li class="poster_ip">Journalisée</li>
</ul>
</div><!-- .poster -->
<div class="postarea">
<div class="keyinfo">
<div id="subject_{m.id}" class="subject_title subject_hidden"><a href="{self.a(f"/index.php?topic={t.id}.msg{m.id}#msg{m.id}")}" rel="nofollow">{subject}</a></div>
{f'<span class="page_number floatright">#{pos}</span>' if pos else ''}
<div class="postinfo">
<span class="messageicon" style="position: absolute; z-index: -1;"><img src="{self.base}/Themes/default/images/post/xx.png" alt=""></span>
<a href="{self.a(f"/index.php?topic={t.id}.msg{m.id}#msg{m.id}")}" rel="nofollow" title="{reply}{subject}" class="smalltext">{smfdate(m.when)}</a>
<span class="spacer"></span>
<span class="smalltext modified floatright" id="modified_{m.id}"></span>
</div>
<div id="msg_{m.id}_quick_mod"></div>
</div><!-- .keyinfo -->
<div class="post">
<div class="inner" data-msgid="{m.id}" id="msg_{m.id}">
{body}
</div>
</div><!-- .post -->
<div class="under_message"><ul class="floatleft"></ul></div>
</div><!-- .postarea -->
{sig}
</div><!-- .post_wrapper -->
</div><!-- $message[css_class] -->
<hr class="post_separator">"""

    def thread(self, t: Thread, k: int) -> str:
        b = self.board_of[t.id]
        pag = self.pagelinks(lambda i: self.thread_path(t, i), self.n_pages(len(t.messages), self.per), k)
        posts = "\n".join(self.post(t, m, k * self.per + i) for i, m in enumerate(self.chunk(t, k)))
        first = t.messages[0]
        main = f"""<div id="display_head" class="information">
<h2 class="display_title"><span id="top_subject">{esc(t.title)}</span></h2>
<p>Démarré par {self.member(first.author)}, {smfdate(first.when)}</p>
</div>
<div class="pagesection top">{pag}<div class="buttonlist floatright"><a class="button" href="{self.a(f"/index.php?action=post;topic={t.id}.0")}">Répondre</a></div></div>
<div id="forumposts">
<form action="{self.base}/index.php?action=quickmod2;topic={t.id}.{k * self.per}" method="post" accept-charset="UTF-8" name="quickModForm" id="quickModForm" onsubmit="return oQuickModify.bInEditMode ? oQuickModify.modifySave('', '') : false">
{posts}
</form>
</div>
<div class="pagesection">{pag}</div>"""
        head = f'<link rel="canonical" href="{self.a(self.thread_path(t, k))}">\n<meta name="description" content="{esc(" ".join(first.text[0].split()[:25]))}">\n'
        title = t.title + (f" - Page {k + 1}" if k else "")
        return self.doc(title, f"action_display board_{b.id}", main, [(self.board_path(b, 0), b.name), (self.thread_path(t, 0), t.title)], head)


def item_pages(forum: Forum, now: datetime = NOW):
    return _SMF(forum, now).item_pages()


def render(forum: Forum, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of an SMF 2.1 forum keyed by path?query, and its 404 page."""
    v = _SMF(forum, now)
    items = [(m, t, f"{v.base}/index.php?topic={t.id}.msg{m.id}#msg{m.id}") for m, t in v.newest(20)]
    missing = ('<div id="fatal_error"><div class="cat_bar"><h3 class="catbg">Une erreur s\'est produite !</h3></div>'
               '<div class="windowbg"><div class="padding">Le sujet ou le forum que vous cherchez semble être introuvable ou vous n\'y avez pas accès.</div></div></div>')
    out, not_found = render_forum(v, ["/", "/index.php"],
                                  {"/index.php?action=.xml;type=rss2": rss(v, forum.name, f"{v.base}/index.php",
                                                                           f"{v.base}/index.php?action=.xml;type=rss2", items)},
                                  "Disallow: /index.php?action=profile\nDisallow: /index.php?action=post\nDisallow: /index.php?action=login\n"
                                  "Disallow: /index.php?action=signup\nDisallow: /index.php?action=help\nDisallow: /*PHPSESSID\nDisallow: /*.msg\n",
                                  v.doc(f"Erreur - {forum.name}", "action_error", missing, []), keep)
    for mid, (t, k) in v.where.items():  # topic=N.msgM answers with the page holding message M
        out[f"/index.php?topic={t.id}.msg{mid}"] = out[v.thread_path(t, k)]
    return out, not_found


IGNORED_PARAMS = {"PHPSESSID"}
