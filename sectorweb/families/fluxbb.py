"""FluxBB 1.5 with the Air style, French (see docs/markup-families.md#fluxbb). Relative links."""
from __future__ import annotations

from collections import Counter
from datetime import datetime

from sectorweb.dates import NOW, fluxbb_date, rfc822
from sectorweb.families.common import RSS, TEXT, Page, autolink, cdata, esc, page, served
from sectorweb.feeds import x
from sectorweb.model import Board, Forum, Message, Thread


class _FluxBB:
    def __init__(self, forum: Forum, now: datetime = NOW):
        self.f = forum
        self.now, self.today = now, now.date()
        self.base = f"http://{forum.host}"
        self.board_of = {t.id: b for b in forum.boards for t in b.threads}
        self.page_of: dict[int, tuple[Thread, int]] = {}  # message id -> (thread, page number)
        for t in forum.threads():
            for i, m in enumerate(t.messages):
                self.page_of[m.id] = (t, i // forum.posts_per_page + 1)
        self.n_posts = Counter(m.author for t in forum.threads() for m in t.messages)

    def doc(self, title: str, page_id: str, main: str) -> str:
        f = self.f
        return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="stylesheet" type="text/css" href="style/Air.css">
<link rel="alternate" type="application/rss+xml" href="extern.php?action=feed&amp;type=rss" title="Flux RSS des discussions récentes">
</head>
<body>
<div id="{page_id}" class="pun">
<div class="top-box"></div>
<div class="punwrap">
<div id="brdheader" class="block">
<div class="box">
<div id="brdtitle" class="inbox"><h1><a href="index.php">{esc(f.name)}</a></h1><div id="brddesc"><p>{esc(f.tagline)}</p></div></div>
<div id="brdmenu" class="inbox"><ul>
<li id="navindex"{' class="isactive"' if page_id == "punindex" else ""}><a href="index.php">Accueil</a></li>
<li id="navuserlist"><a href="userlist.php">Liste des membres</a></li>
<li id="navrules"><a href="misc.php?action=rules">Règles</a></li>
<li id="navsearch"><a href="search.php">Rechercher</a></li>
<li id="navregister"><a href="register.php">Inscription</a></li>
<li id="navlogin"><a href="login.php">Identification</a></li>
</ul></div>
<div id="brdwelcome" class="inbox"><p class="conl">Vous n'êtes pas identifié(e).</p><div class="clearer"></div></div>
</div>
</div>
<div id="announce" class="block"><div class="hd"><h2><span>Annonce</span></h2></div><div class="box"><div id="announce-block" class="inbox"><div class="usercontent">Bienvenue ! Merci de lire les règles avant de poster. Aucun démarchage commercial.</div></div></div></div>
<div id="brdmain">
{main}
</div>
<div id="brdfooter" class="block">
<h2><span>Pied de page du forum</span></h2>
<div class="box">
<div id="brdfooternav" class="inbox">
<div class="conl footerlinks"><a href="misc.php?action=rules">Règles</a> | <a href="misc.php?action=cookies">Cookies</a></div>
<div class="conr">
<p id="feedlinks"><span class="rss"><a href="extern.php?action=feed&amp;type=rss">Flux RSS des discussions actives</a></span></p>
<p id="poweredby">Propulsé par <a href="https://fluxbb.org/">FluxBB</a></p>
</div>
<div class="clearer"></div>
</div>
</div>
</div>
</div>
<div class="end-box"></div>
</div>
</body>
</html>
"""

    def pagelink(self, href: str, pages: int, cur: int) -> str:
        parts = ['<span class="pages-label">Pages : </span>']
        if cur > 1:
            prev = href if cur == 2 else f"{href}&amp;p={cur - 1}"
            parts.append(f'<a rel="prev" href="{prev}">Précédent</a> ')
        for k in range(1, pages + 1):
            if k == cur:
                parts.append(f'<strong class="item1">{k}</strong> ' if k == 1 else f'<strong>{k}</strong> ')
            else:
                parts.append(f'<a href="{href if k == 1 else f"{href}&amp;p={k}"}">{k}</a> ')
        if cur < pages:
            parts.append(f'<a rel="next" href="{href}&amp;p={cur + 1}">Suivant</a>')
        return f'<p class="pagelink conl">{"".join(parts).rstrip()}</p>'

    def last(self, m: Message) -> str:
        return f'<a href="viewtopic.php?pid={m.id}#p{m.id}">{fluxbb_date(m.when, self.today)}</a> <span class="byuser">par {esc(m.author)}</span>'

    def index(self) -> str:
        rows = []
        for i, b in enumerate(self.f.boards):
            latest = max((t.messages[-1] for t in b.threads), key=lambda m: m.when, default=None)
            rows.append(f"""<tr class="{'rowodd' if i % 2 == 0 else 'roweven'}">
<td class="tcl"><div class="icon"><div class="nosize">{i + 1}</div></div><div class="tclcon"><div><h3><a href="viewforum.php?id={b.id}">{esc(b.name)}</a></h3><div class="forumdesc">{esc(b.description)}</div></div></div></td>
<td class="tc2">{len(b.threads)}</td><td class="tc3">{sum(len(t.messages) for t in b.threads)}</td>
<td class="tcr">{self.last(latest) if latest else "Jamais"}</td></tr>""")
        total = sum(len(t.messages) for t in self.f.threads())
        main = f"""<div id="idx1" class="blocktable">
<h2><span>{esc(self.f.boards[0].category)}</span></h2>
<div class="box"><div class="inbox"><table>
<thead><tr><th class="tcl" scope="col">Forum</th><th class="tc2" scope="col">Discussions</th><th class="tc3" scope="col">Messages</th><th class="tcr" scope="col">Dernier message</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table></div></div>
</div>
<div id="brdstats" class="block"><h2><span>Informations sur les forums</span></h2><div class="box"><div class="inbox">
<dl class="conr"><dt><strong>Statistiques des forums</strong></dt><dd><span>Nombre total d'utilisateurs inscrits : <strong>{len(self.f.users)}</strong></span></dd><dd><span>Nombre total de discussions : <strong>{len(self.f.threads())}</strong></span></dd><dd><span>Nombre total de messages : <strong>{total}</strong></span></dd></dl>
<dl class="conl"><dt><strong>Informations utilisateurs</strong></dt><dd><span>Utilisateurs en ligne : <strong>1</strong></span></dd><dd><span>Invités en ligne : <strong>{3 + total % 7}</strong></span></dd></dl>
<div class="clearer"></div></div></div></div>"""
        return self.doc(self.f.name, "punindex", main)

    def viewforum(self, b: Board, p: int) -> str:
        per = self.f.topics_per_page
        pages = max(1, -(-len(b.threads) // per))
        rows = []
        for i, t in enumerate(b.threads[(p - 1) * per:p * per]):
            rows.append(f"""<tr class="{'rowodd' if i % 2 == 0 else 'roweven'}">
<td class="tcl"><div class="icon"><div class="nosize">{(p - 1) * per + i + 1}</div></div><div class="tclcon"><div><a href="viewtopic.php?id={t.id}">{esc(t.title)}</a> <span class="byuser">par {esc(t.opener)}</span></div></div></td>
<td class="tc2">{len(t.messages) - 1}</td><td class="tc3">{t.views}</td><td class="tcr">{self.last(t.messages[-1])}</td></tr>""")
        crumbs = (f'<ul class="crumbs"><li><a href="index.php">Accueil</a></li>'
                  f'<li><strong>» <a href="viewforum.php?id={b.id}">{esc(b.name)}</a></strong></li></ul>')
        linkst = (f'<div class="linkst"><div class="inbox crumbsplus">{crumbs}<div class="pagepost">'
                  f'{self.pagelink(f"viewforum.php?id={b.id}", pages, p)}<p class="postlink conr"><a href="post.php?fid={b.id}">Nouvelle discussion</a></p></div><div class="clearer"></div></div></div>')
        main = f"""{linkst}
<div id="vf" class="blocktable"><h2><span>{esc(b.name)}</span></h2>
<div class="box"><div class="inbox"><table>
<thead><tr><th class="tcl" scope="col">Discussion</th><th class="tc2" scope="col">Réponses</th><th class="tc3" scope="col">Vues</th><th class="tcr" scope="col">Dernier message</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table></div></div></div>
{linkst.replace('class="linkst"', 'class="linksb"')}"""
        return self.doc(f"{b.name} (Page {p}) / {self.f.name}" if p > 1 else f"{b.name} / {self.f.name}", "punviewforum", main)

    def post_html(self, t: Thread, m: Message, pos: int) -> str:
        cls = f"blockpost {'rowodd' if pos % 2 == 0 else 'roweven'}" + (" firstpost" if pos == 0 else "") + f" blockpost{pos + 1}"
        uid = self.f.users[m.author]
        title = "Administrateur" if m.author in self.f.admins else "Membre"
        quote = ""
        if m.quote:
            quote = (f'<div class="quotebox"><cite>{esc(m.quote[0])} a écrit :</cite><blockquote><div>'
                     f'<p>{autolink(m.quote[1], "nofollow")}</p></div></blockquote></div>')
        text = "".join(f"<p>{autolink(p, 'nofollow')}</p>" for p in m.text)
        sig = (f'<div class="postsignature postmsg"><hr /><p>{autolink(m.signature, "nofollow")}</p></div>'
               if m.signature else "")
        subject = esc(t.title) if pos == 0 else f"Re: {esc(t.title)}"
        return f"""<div id="p{m.id}" class="{cls}">
<h2><span><span class="conr">#{pos + 1}</span> <a href="viewtopic.php?pid={m.id}#p{m.id}">{fluxbb_date(m.when, self.today)}</a></span></h2>
<div class="box">
<div class="inbox">
<div class="postbody">
<div class="postleft"><dl><dt><strong><a href="profile.php?id={uid}">{esc(m.author)}</a></strong></dt><dd class="usertitle"><strong>{title}</strong></dd><dd><span>Inscription : {2018 + uid % 6}-{1 + uid % 12:02d}-{1 + uid % 28:02d}</span></dd><dd><span>Messages : {self.n_posts[m.author]}</span></dd></dl></div>
<div class="postright"><h3>{subject}</h3><div class="postmsg">{quote}{text}</div>{sig}</div>
</div>
</div>
<div class="inbox"><div class="postfoot clearb"><div class="postfootleft"><p><span>Hors ligne</span></p></div></div></div>
</div>
</div>"""

    def viewtopic(self, t: Thread, p: int) -> str:
        per = self.f.posts_per_page
        pages = max(1, -(-len(t.messages) // per))
        b = self.board_of[t.id]
        crumbs = (f'<ul class="crumbs"><li><a href="index.php">Accueil</a></li><li>» <a href="viewforum.php?id={b.id}">{esc(b.name)}</a></li>'
                  f'<li><strong>» <a href="viewtopic.php?id={t.id}">{esc(t.title)}</a></strong></li></ul>')
        linkst = (f'<div class="linkst"><div class="inbox crumbsplus">{crumbs}<div class="pagepost">'
                  f'{self.pagelink(f"viewtopic.php?id={t.id}", pages, p)}<p class="postlink conr"><a href="post.php?tid={t.id}">Répondre</a></p></div><div class="clearer"></div></div></div>')
        posts = "\n".join(self.post_html(t, m, (p - 1) * per + i) for i, m in enumerate(t.messages[(p - 1) * per:p * per]))
        linksb = linkst.replace('class="linkst"', 'class="linksb"')
        main = f"{linkst}\n{posts}\n{linksb}"
        return self.doc(f"{t.title} (Page {p}) / {b.name} / {self.f.name}" if p > 1 else f"{t.title} / {b.name} / {self.f.name}",
                        "punviewtopic", main)

    def item_pages(self):
        """(path, what the page shows of its thread, render) for each page of each thread: see `site.py`'s page cache.
        What a page shows includes its dates as written ("Hier 18:40" is no longer true the next day)."""
        per = self.f.posts_per_page
        for t in self.f.threads():
            pages = max(1, -(-len(t.messages) // per))
            for p in range(1, pages + 1):
                key = f"/viewtopic.php?id={t.id}" + (f"&p={p}" if p > 1 else "")
                chunk = t.messages[(p - 1) * per:p * per]
                shown = (len(t.messages), tuple(fluxbb_date(m.when, self.today) for m in chunk))
                yield key, shown, lambda t=t, p=p, chunk=chunk: page(self.viewtopic(t, p), modified=chunk[-1].when)

    def feed(self) -> str:
        threads = sorted(self.f.threads(), key=lambda t: t.messages[-1].when, reverse=True)[:15]
        items = "".join(f"""<item>
<title>{cdata(t.title)}</title>
<link>{self.base}/viewtopic.php?id={t.id}</link>
<description>{cdata("".join(f"<p>{autolink(p)}</p>" for p in t.messages[-1].text))}</description>
<author>{cdata(f"dummy@example.com ({t.messages[-1].author})")}</author>
<pubDate>{rfc822(t.messages[-1].when)}</pubDate>
<guid>{self.base}/viewtopic.php?id={t.id}</guid>
</item>
""" for t in threads)
        last = threads[0].messages[-1].when if threads else self.now
        return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<atom:link href="{x(self.base + '/extern.php?action=feed&type=rss')}" rel="self" type="application/rss+xml" />
<title>{cdata(self.f.name)}</title>
<link>{self.base}/index.php</link>
<description>{cdata(f"Discussions les plus récentes sur {self.f.name}.")}</description>
<lastBuildDate>{rfc822(last)}</lastBuildDate>
<generator>FluxBB</generator>
{items}</channel>
</rss>
"""


def item_pages(forum: Forum, now: datetime = NOW):
    return _FluxBB(forum, now).item_pages()


def render(forum: Forum, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a FluxBB forum keyed by path?query, and its 404 page (`keep`: thread pages served as cached)."""
    fx = _FluxBB(forum, now)
    keep = keep or {}
    threads = forum.threads()
    last = max(m.when for t in threads for m in t.messages) if threads else now
    out: dict[str, Page] = {}
    out["/"] = out["/index.php"] = page(fx.index(), modified=last)
    for b in forum.boards:
        pages = max(1, -(-len(b.threads) // forum.topics_per_page))
        for p in range(1, pages + 1):
            key = f"/viewforum.php?id={b.id}" + (f"&p={p}" if p > 1 else "")
            out[key] = page(fx.viewforum(b, p), modified=max((t.messages[-1].when for t in b.threads), default=last))
    out.update(served(fx, keep))
    for mid, (t, p) in fx.page_of.items():  # viewtopic.php?pid=12 shows the page holding message 12
        out[f"/viewtopic.php?pid={mid}"] = out[f"/viewtopic.php?id={t.id}" + (f"&p={p}" if p > 1 else "")]
    out["/extern.php?action=feed&type=rss"] = page(fx.feed(), RSS, modified=last)
    delay = f"Crawl-delay: {forum.crawl_delay}\n" if forum.crawl_delay else ""
    out["/robots.txt"] = page("User-agent: *\n" + delay + "Disallow: /admin_\nDisallow: /profile.php\nDisallow: /search.php\n"
                              "Disallow: /post.php\nDisallow: /login.php\nDisallow: /register.php\nDisallow: /userlist.php\n", TEXT)
    missing = ('<div id="msg" class="block"><h2><span>Information</span></h2><div class="box"><div class="inbox">'
               '<p>Le lien que vous avez suivi est incorrect ou périmé.</p><p><a href="javascript: history.go(-1)">Retour</a></p></div></div></div>')
    return out, page(fx.doc(f"Information / {forum.name}", "punmisc", missing), status=404)


IGNORED_PARAMS = {"action"}  # viewtopic.php?id=5&action=new lands on the topic
