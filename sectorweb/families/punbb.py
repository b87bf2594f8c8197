"""PunBB 1.4 (1.4.4) with its default style Oxygen, French, as its server answers a guest (written blind).

Followed: punbb/punbb at b20a80a (PunBB 1.4.4): include/template/main.tpl (`div#brd-wrap.brd > div#brd-PAGE.brd-page`,
`#brd-head` with `p#brd-access`, `p#brd-title`, `p#brd-desc`, `#brd-navlinks`, `#brd-visit`, `#brd-main` with
`h1.main-title`, `#brd-crumbs-top`, `#brd-pagepost-top`, the page, `#brd-pagepost-end`, `#brd-crumbs-end`, then
`#brd-about` and the responsiveNav script), header.php (head: description or "NOINDEX, FOLLOW" robots meta, title
from generate_crumbs(true) with "(Page N)" on paged pages, RSS and Atom links, first/prev/next/last `<link>`s,
search, opensearch and author links, the Oxygen stylesheet; the common elements, visit links, crumbs, main title,
page-post blocks), footer.php (quickjump form, "Propulsé par PunBB", the PUNBB.env script and the LABjs-less system
scripts), index.php (`div.main-head > h2.hn`, `div.main-subhead > p.item-summary`, `div#categoryN.main-content
.main-category > div#forumN.main-item` with `span.icon`, `div.item-subject > h3.hn > a > span`, `ul.item-info`
topics/posts/last post; `#brd-stats`, `#brd-online`), viewforum.php (topics by last post, `div#topicN.main-item`,
`span.item-num`, `span.item-starter` "par <cite>X</cite>", `span.item-nav` page links, `li.info-replies`,
`li.info-views`, `li.info-lastpost`), viewtopic.php (`div.post.odd|even.firstpost.lastpost.topicpost|replypost >
div#pN.posthead > h3.hn.post-ident` [`span.post-num`, `span.post-byline` "Sujet de"/"Réponse de" + profile link,
`span.post-link > a.permalink` with the date], `div.postbody > div.post-author` [`ul.author-ident` username,
usertitle, userstatus; `ul.author-info` registered, posts] + `div.post-entry > h4#pcN.entry-title` "Sujet : …" /
"Re : …" + `div.entry-content` with the message and `div.sig-content`; items info "Messages : 1 à 25 sur 40";
`?pid=N` answers the post's page with the robots meta), profile.php (the "about" section a guest sees),
extern.php (RSS 2.0 and Atom 1.0 of recent topics, of a forum's topics, of a topic's posts; `text/xml`),
include/functions.php (forum_link, forum_sublink, paginate with "Précédent"/"Suivant" and "…", sef_friendly,
format_time with "Aujourd'hui"/"Hier", generate_crumbs, generate_navlinks, generate_items_info, get_title with
the default ranks), include/parser.php (parse_message: `<p>` paragraphs, `div.quotebox > cite "X a écrit:" +
blockquote > p`, URLs auto-linked as `<a href="…">` shortened past 55 characters; parse_signature),
include/cache.php (the quickjump), include/url/*/forum_urls.php (the five URL schemes), lang/English/url_replace.php
(sef_friendly's transliteration), admin/install.php (defaults: date "Y-m-d", time "H:i:s", 25 posts and 30 topics
a page (the model's numbers are used), ranks on, the admin group's user title "Administrator" inserted in English),
robots.txt.

Memory: the French language pack is not in the corpus (punbb/langs holds Russian and Chinese): the French strings
are written from memory of the PunBB fr pack ("Sujet de", "Réponse de", "Inscription :", "Messages :",
"Hors ligne", "Aller au profil de %s", "Lien permanent vers ce message", "Pages", "(Page 2 sur 3)", "Dernier
message", "par", "Accueil", "Liste des membres", "Rechercher", "Identification", "Vous n'êtes pas identifié(e).",
"Propulsé par %s, soutenu par %s.", the ranks "Nouveau membre"/"Membre"), with the English file's punctuation.

Varies by host (md5 of the host): the SEF URL scheme (Default `viewtopic.php?id=N&p=K`, File based `topicN.html`,
fancy `topicN-slug.html`, Folder based `topic/N/`, fancy `topic/N/slug/`, the pages `-pK.html` / `page/K/`), the
date and time formats (Y-m-d H:i:s, d-m-Y H:i, d/m/Y H:i), the guests' DST flag (PunBB 1.4 has a fixed offset:
UTC+1, plus one hour when the admin ticked DST), the quickjump and the announcement.
Not rendered: avatars (none in the model), the userlist, search, login and register pages (linked, not served),
microid meta of profiles (no e-mails in the model). Feed item links of the topics feeds go through
`action=new` (302 to `action=last`, 302 to the post).
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from html import escape

from sectorweb.dates import NOW, to_utc
from sectorweb.families.common import _URL, HTML, TEXT, Page, cdata, page, served
from sectorweb.families.forumkit import ForumView
from sectorweb.families.wordpress_block import host_choice
from sectorweb.model import Board, Forum, Message, Thread

VERSION = "1.4.4"
SCHEMES = ["Default", "Default", "Default", "File_based_(fancy)", "File_based_(fancy)", "Folder_based_(fancy)",
           "File_based", "Folder_based"]
FORMATS = [("Y-m-d", "H:i:s"), ("d-m-Y", "H:i"), ("d/m/Y", "H:i")]
XML_FEED = "text/xml; charset=utf-8"
IGNORED_PARAMS: set[str] = set()  # PunBB 1.4 puts no session id in its URLs

_FROM = "ÀÁÂÃÅÆĀĄĂÇĆČĈĊĎĐÈÉÊËĒĘĚĔĖĜĞĠĢĤĦÌÍÎÏĪĨĬĮİĴĶĽĹĻĿŁÑŃŇŅŊÒÓÔÕØŌŐŎŔŘŖŚŞŜȘŠŤŢŦȚÙÚÛŪŮŰŬŨŲŴŶŸÝŹŻŽàáâãāąăåçćčĉċďđèéêëēęěĕėƒĝğġģĥħìíîïīĩĭįıĵķĸłľĺļŀñńňņŉŋòóôõøōőŏŕřŗśšťùúûūůűŭũųŵÿýŷżźžðÐ"
_TO = "AAAAAAAAACCCCCDDEEEEEEEEEGGGGHHIIIIIIIIIJKKKKKLNNNNNOOOOOOOORRRSSSSSTTTTUUUUUUUUUWYYYZZZaaaaaaaacccccddeeeeeeeeefgggghhiiiiiiiiijkklllllnnnnnnoooooooorrrsstuuuuuuuuuwyyyzzzdD"
_MULTI = {"Ä": "Ae", "Ĳ": "IJ", "Ö": "Oe", "Œ": "OE", "Ü": "Ue", "ä": "ae", "æ": "ae", "ĳ": "ij", "ö": "oe", "œ": "oe",
          "ü": "ue", "ß": "ss", "ſ": "ss", "¨": "", "þ": "th", "Þ": "TH"}
_REPLACE = {**dict(zip(_FROM, _TO)), **_MULTI}
_RESERVED = {"": "view", "newpost": "view", "newposts": "view", "new-post": "view", "new-posts": "view",
             "lastpost": "view", "lastposts": "view", "last-post": "view", "last-posts": "view"}

# forum_urls.php of each scheme: the few URLs a guest's pages hold ($1, $2 the id and the sef_friendly name)
URLS = {
    "Default": dict(index="index.php", forum="viewforum.php?id=$1", topic="viewtopic.php?id=$1", post="viewtopic.php?pid=$1#p$1",
                    page="&amp;p=$1", user="profile.php?id=$1", index_rss="extern.php?action=feed&amp;type=rss",
                    index_atom="extern.php?action=feed&amp;type=atom", forum_rss="extern.php?action=feed&amp;fid=$1&amp;type=rss",
                    forum_atom="extern.php?action=feed&amp;fid=$1&amp;type=atom", topic_rss="extern.php?action=feed&amp;tid=$1&amp;type=rss",
                    topic_atom="extern.php?action=feed&amp;tid=$1&amp;type=atom", topic_new_posts="viewtopic.php?id=$1&amp;action=new",
                    topic_last_post="viewtopic.php?id=$1&amp;action=last", users="userlist.php", search="search.php",
                    register="register.php", login="login.php", search_recent="search.php?action=show_recent",
                    search_unanswered="search.php?action=show_unanswered", opensearch="misc.php?action=opensearch"),
    "File_based": dict(index="", forum="forum$1.html", topic="topic$1.html", post="post$1.html#p$1", page="p$1",
                       user="user$1.html", index_rss="feed-rss.xml", index_atom="feed-atom.xml", forum_rss="feed-rss-forum$1.xml",
                       forum_atom="feed-atom-forum$1.xml", topic_rss="feed-rss-topic$1.xml", topic_atom="feed-atom-topic$1.xml",
                       topic_new_posts="topic$1new-posts.html", topic_last_post="topic$1last-post.html", users="users.html",
                       search="search.html", register="register.html", login="login.html", search_recent="search-recent.html",
                       search_unanswered="search-unanswered.html", opensearch="misc.php?action=opensearch"),
    "File_based_(fancy)": dict(index="", forum="forum$1-$2.html", topic="topic$1-$2.html", post="post$1.html#p$1", page="p$1",
                               user="user$1.html", index_rss="feed-rss.xml", index_atom="feed-atom.xml",
                               forum_rss="feed-rss-forum$1.xml", forum_atom="feed-atom-forum$1.xml",
                               topic_rss="feed-rss-topic$1.xml", topic_atom="feed-atom-topic$1.xml",
                               topic_new_posts="topic$1-$2-new-posts.html", topic_last_post="topic$1last-post.html",
                               users="users.html", search="search.html", register="register.html", login="login.html",
                               search_recent="search-recent.html", search_unanswered="search-unanswered.html",
                               opensearch="misc.php?action=opensearch"),
    "Folder_based": dict(index="", forum="forum/$1/", topic="topic/$1/", post="post/$1/#p$1", page="page/$1/", user="user/$1/",
                         index_rss="feed/rss/", index_atom="feed/atom/", forum_rss="feed/rss/forum/$1/",
                         forum_atom="feed/atom/forum/$1/", topic_rss="feed/rss/topic/$1/", topic_atom="feed/atom/topic/$1/",
                         topic_new_posts="topic/$1/new/posts/", topic_last_post="topic/$1/last/post/", users="users/",
                         search="search/", register="register/", login="login/", search_recent="search/recent/",
                         search_unanswered="search/unanswered/", opensearch="misc.php?action=opensearch"),
    "Folder_based_(fancy)": dict(index="", forum="forum/$1/$2/", topic="topic/$1/$2/", post="post/$1/#p$1", page="page/$1/",
                                 user="user/$1/", index_rss="feed/rss/", index_atom="feed/atom/", forum_rss="feed/rss/forum/$1/",
                                 forum_atom="feed/atom/forum/$1/", topic_rss="feed/rss/topic/$1/", topic_atom="feed/atom/topic/$1/",
                                 topic_new_posts="topic/$1/$2/new/posts/", topic_last_post="topic/$1/last/post/", users="users/",
                                 search="search/", register="register/", login="login/", search_recent="search/recent/",
                                 search_unanswered="search/unanswered/", opensearch="misc.php?action=opensearch"),
}

_EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def h(text: str) -> str:
    """forum_htmlencode(): htmlspecialchars with ENT_QUOTES (`'` as `&#039;`)."""
    return escape(text, quote=True).replace("&#x27;", "&#039;")


def sef_friendly(text: str) -> str:
    """sef_friendly(): url_replace.php's transliteration, lower case, non [a-z0-9] dropped, blanks to '-'."""
    s = "".join(_REPLACE.get(c, c) for c in text)
    s = "".join(c.lower() if "A" <= c <= "Z" else c for c in s)
    s = re.sub(r"[^a-z0-9 \t\n\x0b\f\r]", "", s)
    s = re.sub(r"[ \t\n\x0b\f\r]+", "-", s).strip("-")
    return _RESERVED.get(s, s)


def scheme_of(host: str) -> str:
    return SCHEMES[host_choice(host, "punbb-sef", len(SCHEMES))]


def options(host: str) -> dict:
    return {"sef": scheme_of(host), "format": FORMATS[host_choice(host, "punbb-date", len(FORMATS))],
            "dst": host_choice(host, "punbb-dst", 2), "quickjump": host_choice(host, "punbb-qj", 4) != 0,
            "announcement": host_choice(host, "punbb-announce", 3) == 0}


def _link(host: str, key: str, *args) -> str:
    """forum_link(): $base_url/ + the scheme's URL with $1, $2 replaced (HTML-escaped as PunBB writes them)."""
    u = URLS[scheme_of(host)][key]
    for i, a in enumerate(args):
        u = u.replace(f"${i + 1}", str(a))
    return f"http://{host}/{u}"


def _sublink(host: str, key: str, n: int, *args) -> str:
    """forum_sublink() for a page: page 1 is the plain link; file schemes insert `-pN` before `.html`."""
    if n == 1:
        return _link(host, key, *args)
    urls = URLS[scheme_of(host)]
    u = urls[key]
    for i, a in enumerate(args):
        u = u.replace(f"${i + 1}", str(a))
    sub = urls["page"].replace("$1", str(n))
    if scheme_of(host).startswith("File_based"):
        u = u.replace(".html", f"-{sub}.html")
    else:
        u = u + sub
    return f"http://{host}/{u}"


def _path(url: str) -> str:
    """The page key of a URL PunBB writes: path?query, `&amp;` decoded, no fragment."""
    return "/" + url.split("/", 3)[3].split("#")[0].replace("&amp;", "&")


def thread_url(host: str, thread: Thread) -> str:
    return _link(host, "topic", thread.id, sef_friendly(thread.title)).replace("&amp;", "&")


def linkify(text: str) -> str:
    """The message text as parse_message() shows it: encoded, the URLs the preparser made [url] tags shown as links
    (handle_url_tag shortens a link text over 55 characters to its 39 first and 10 last)."""
    out, pos = [], 0
    for m in _URL.finditer(text):
        out.append(h(text[pos:m.start()]))
        url = h(m.group(0))
        shown = url if len(url) <= 55 else f"{url[:39]} … {url[-10:]}"
        out.append(f'<a href="{url}">{shown}</a>')
        pos = m.end()
    out.append(h(text[pos:]))
    return "".join(out)


class _PunBB(ForumView):
    def __init__(self, forum: Forum, now: datetime = NOW):
        super().__init__(forum, now)
        self.host = forum.host
        self.opt = options(forum.host)
        self.diff = timedelta(hours=1 + self.opt["dst"])
        self.df, self.tf = self.opt["format"]
        seen: dict[str, list[Board]] = {}
        for b in forum.boards:  # categories in the order of their first forum (disp_position)
            seen.setdefault(b.category, []).append(b)
        self.cats = [(i + 1, name, boards) for i, (name, boards) in enumerate(seen.items())]

    # -- URLs -------------------------------------------------------------------------------------
    def link(self, key: str, *args) -> str:
        return _link(self.host, key, *args)

    def topic_link(self, t: Thread, k: int = 0) -> str:
        return _sublink(self.host, "topic", k + 1, t.id, sef_friendly(t.title))

    def forum_link(self, b: Board, k: int = 0) -> str:
        return _sublink(self.host, "forum", k + 1, b.id, sef_friendly(b.name))

    def post_link(self, m: Message) -> str:
        return self.link("post", m.id)

    def user_link(self, name: str) -> str:
        return self.link("user", self.f.users[name])

    def board_path(self, b: Board, k: int) -> str:
        return _path(self.forum_link(b, k))

    def thread_path(self, t: Thread, k: int) -> str:
        return _path(self.topic_link(t, k))

    # -- formats ------------------------------------------------------------------------------------
    def shown(self, d: datetime) -> datetime:
        """The time a guest sees: the UTC timestamp plus the board's fixed offset (timezone 1, DST flag)."""
        return to_utc(d) + self.diff

    @staticmethod
    def php_date(fmt: str, d: datetime) -> str:
        table = {"Y": f"{d.year}", "m": f"{d:%m}", "d": f"{d:%d}", "H": f"{d:%H}", "i": f"{d:%M}", "s": f"{d:%S}",
                 "j": str(d.day), "G": str(d.hour)}
        return "".join(table.get(c, c) for c in fmt)

    def format_time(self, d: datetime, date_only: bool = False) -> str:
        """format_time(): the date ("Aujourd'hui"/"Hier" for the last two days), then the time."""
        s = self.shown(d)
        today = (to_utc(self.now) + self.diff).date()
        if s.date() == today:
            day = "Aujourd'hui"
        elif s.date() == today - timedelta(days=1):
            day = "Hier"
        else:
            day = self.php_date(self.df, s)
        return day if date_only else f"{day} {self.php_date(self.tf, s)}"

    @staticmethod
    def num(n: int) -> str:
        """forum_number_format() with the French pack's thousands separator."""
        return f"{n:,}".replace(",", " ")

    def title_of(self, name: str) -> str:
        """get_title(): the admin group's user title (installed in English), else the ranks."""
        if name in self.f.admins:
            return "Administrator"
        return "Membre" if self.n_posts[name] >= 10 else "Nouveau membre"

    def paginate(self, num_pages: int, cur: int, url_of, sep: str = " ") -> str:
        """paginate() (cur -1: every page linked, as viewforum's topic rows)."""
        link_all = cur == -1
        if link_all:
            cur = 1
        pages: list[str] = []

        def first() -> str:
            return "" if pages else ' class="first-item"'
        if num_pages <= 1:
            return '<strong class="first-item">1</strong>'
        if cur > 1:
            pages.append(f'<a{first()} href="{url_of(cur - 1)}">Précédent</a>')
        if cur > 3:
            pages.append(f'<a{first()} href="{url_of(1)}">1</a>')
            if cur > 5:
                pages.append("<span>…</span>")
        start = cur - 3 if cur == 5 else cur - 2
        stop = cur + 4 if cur + 4 == num_pages else cur + 3
        for c in range(start, stop):
            if c < 1 or c > num_pages:
                continue
            if c != cur or link_all:
                pages.append(f'<a{first()} href="{url_of(c)}">{self.num(c)}</a>')
            else:
                pages.append(f"<strong{first()}>{self.num(c)}</strong>")
        if cur <= num_pages - 3:
            if cur != num_pages - 3 and cur != num_pages - 4:
                pages.append("<span>…</span>")
            pages.append(f'<a{first()} href="{url_of(num_pages)}">{self.num(num_pages)}</a>')
        if not link_all and cur < num_pages:
            pages.append(f'<a{first()} href="{url_of(cur + 1)}">Suivant</a>')
        return sep.join(pages)

    # -- frame --------------------------------------------------------------------------------------
    def crumbs(self, crumbs: list) -> str:
        out = ""
        for i, c in enumerate(crumbs):
            last = i == len(crumbs) - 1
            cls = "crumb" + (" crumblast" if last else "") + (" crumbfirst" if i == 0 else "")
            sep = "<span> &rarr;&#160;</span>" if i >= 1 else ""
            inner = f'<a href="{c[1]}">{h(c[0])}</a>' if isinstance(c, tuple) else h(c)
            out += f'<span class="{cls}">{sep}{inner}</span> '
        return out

    def title(self, crumbs: list, page_no: int | None) -> str:
        """generate_crumbs(true): the crumbs last first, "(Page N)" after the last on paged pages."""
        parts = []
        for i in range(len(crumbs) - 1, -1, -1):
            c = crumbs[i]
            text = h(c[0] if isinstance(c, tuple) else c)
            if page_no is not None and i == len(crumbs) - 1:
                text += f" (Page {self.num(page_no)})"
            parts.append(text)
        return " — ".join(parts)

    def doc(self, page_id: str, page_type: str, crumbs: list, main_title: str, main: str, page_no: int | None = None,
            feeds: tuple[str, str] | None = None, nav: list[str] | None = None, pagepost: list[str] | None = None,
            index: bool = True, info: str = "") -> str:
        f, o = self.f, self.opt
        crumbs = crumbs or [f.name]
        title = self.title(crumbs, page_no)
        head = []
        if index:
            head.append(f'<meta name="description" content="{title} — {h(f.tagline)}" />')
        else:
            head.append('<meta name="ROBOTS" content="NOINDEX, FOLLOW" />')
        head.append(f"<title>{title}</title>")
        if feeds:
            head.append(f'<link rel="alternate" type="application/rss+xml" href="{feeds[0]}" title="RSS" />')
            head.append(f'<link rel="alternate" type="application/atom+xml" href="{feeds[1]}" title="ATOM" />')
        if nav:
            head.append("\n".join(nav))
        head.append(f'<link rel="search" type="text/html" href="{self.link("search")}" title="Rechercher" />')
        head.append(f'<link rel="search" type="application/opensearchdescription+xml" href="{self.link("opensearch")}" '
                    f'title="{h(f.name)}" />')
        head.append(f'<link rel="author" type="text/html" href="{self.link("users")}" title="Liste des membres" />')
        head.append("")
        css = f'<link rel="stylesheet" type="text/css" media="screen" href="{self.base}/style/Oxygen/Oxygen.min.css" />\n'
        active = ' class="isactive"' if page_id == "index" else ""
        navlinks = "\n\t\t".join([
            f'<li id="navindex"{active}><a href="{self.link("index")}">Accueil</a></li>',
            f'<li id="navuserlist"><a href="{self.link("users")}">Liste des membres</a></li>',
            f'<li id="navsearch"><a href="{self.link("search")}">Rechercher</a></li>',
            f'<li id="navregister"><a href="{self.link("register")}">Inscription</a></li>',
            f'<li id="navlogin"><a href="{self.link("login")}">Identification</a></li>'])
        announce = ""
        if o["announcement"]:
            announce = ('<div id="brd-announcement" class="gen-content">\n\t<h1 class="hn"><span>Annonce</span></h1>\n\t'
                        '<div class="content">Bienvenue ! Merci de lire la charte avant de poster. Aucun démarchage commercial.'
                        '</div>\n</div>\n')
        not_index = page_id != "index"
        crumbs_html = f'<div id="brd-crumbs-top" class="crumbs">\n\t<p>{self.crumbs(crumbs)}</p>\n</div>' if not_index else ""
        pp = ("\n\t".join(pagepost)) if pagepost else ""
        pp_top = f'<div id="brd-pagepost-top" class="main-pagepost gen-content">\n\t{pp}\n</div>' if pagepost else ""
        pp_end = pp_top.replace("brd-pagepost-top", "brd-pagepost-end")
        qj, qj_js = "", ""
        if o["quickjump"] and len(f.boards) >= 2:
            opts = ""
            for _, cat, boards in self.cats:
                opts += f'\t\t\t<optgroup label="{h(cat)}">\n'
                for b in boards:
                    opts += f'\t\t\t\t<option value="{b.id}">{h(b.name)}</option>\n'
                opts += "\t\t\t</optgroup>\n"
            qj = (f'<form id="qjump" method="get" accept-charset="utf-8" action="{self.base}/viewforum.php">\n\t'
                  '<div class="frm-fld frm-select">\n\t\t<label for="qjump-select"><span>Aller au forum :</span></label><br />\n\t\t'
                  f'<span class="frm-input"><select id="qjump-select" name="id">\n{opts}\t\t</select>\n\t\t'
                  '<input type="submit" id="qjump-submit" value="Aller" /></span>\n\t</div>\n</form>\n\t')
            names = "".join(f'\n\tsef_friendly_url_array[{b.id}] = "{h(sef_friendly(b.name))}";' for b in f.boards)
            qj_js = (f'<script>\n(function () {{\n\tvar forum_quickjump_url = "{self.link("forum")}";\n\tvar sef_friendly_url_array = '
                     f'new Array({len(f.boards)});{names}\n\n\tPUNBB.common.addDOMReadyEvent(function () {{ '
                     'PUNBB.common.attachQuickjumpRedirect(forum_quickjump_url, sef_friendly_url_array); });\n}());</script>\n')
        env = (f'\n\tif (typeof PUNBB === \'undefined\' || !PUNBB) {{\n\t\tvar PUNBB = {{}};\n\t}}\n\n\tPUNBB.env = {{\n\t\t'
               f'base_url: "{self.base}/",\n\t\tbase_js_url: "{self.base}/include/js/",\n\t\tuser_lang: "French",\n\t\t'
               f'user_style: "Oxygen",\n\t\tuser_is_guest: "1",\n\t\tpage: "{page_id}"\n\t}};')
        js = (f"<script>{env}</script>\n<script src=\"{self.base}/style/Oxygen/responsive-nav.min.js\"></script>\n"
              f"<script src=\"{self.base}/include/js/min/punbb.common.min.js\"></script>\n{qj_js}")
        return f"""<!DOCTYPE html>
<!--[if lt IE 7 ]> <html class="oldie ie6" lang="fr" dir="ltr"> <![endif]-->
<!--[if IE 7 ]>    <html class="oldie ie7" lang="fr" dir="ltr"> <![endif]-->
<!--[if IE 8 ]>    <html class="oldie ie8" lang="fr" dir="ltr"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="fr" dir="ltr"> <!--<![endif]-->
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
{chr(10).join(head)}{css}
</head>
<body>
	<div id="brd-messages" class="brd"></div>

	<div id="brd-wrap" class="brd">
	<div id="brd-{page_id}" class="brd-page {page_type}">
	<div id="brd-head" class="gen-content">
		<p id="brd-access"><a href="#brd-main">Aller au contenu du forum</a></p>
		<p id="brd-title"><a href="{self.link("index")}">{h(f.name)}</a></p>
		<p id="brd-desc">{h(f.tagline)}</p>
	</div>
	<div id="brd-navlinks" class="gen-content">
		<ul>
		{navlinks}
	</ul>
		
	</div>
	<div id="brd-visit" class="gen-content">
		<p id="welcome"><span>Vous n'êtes pas identifié(e).</span> <span>Veuillez vous identifier ou vous inscrire.</span></p>
		<p id="visit-links" class="options"><span id="visit-recent" class="first-item"><a href="{self.link("search_recent")}" title="Trouver les sujets comportant des messages récents.">Sujets actifs</a></span> <span id="visit-unanswered"><a href="{self.link("search_unanswered")}" title="Trouver les sujets sans réponse.">Sujets sans réponse</a></span></p>
	</div>
	{announce}
	<div class="hr"><hr /></div>
	<div id="brd-main">
		<h1 class="main-title">{main_title}</h1>

		{crumbs_html}
		
		{pp_top}
		{main}
		{pp_end}
		{crumbs_html.replace("brd-crumbs-top", "brd-crumbs-end")}
	</div>
		
		{info}
	<div class="hr"><hr /></div>
	<div id="brd-about">
		{qj}<p id="copyright">Propulsé par <a href="http://punbb.informer.com/">PunBB</a>, soutenu par <a href="http://www.informer.com/">Informer Technologies, Inc</a>.</p>
	</div>
		
	</div>
	</div>
	{js}
	<script>
	    var main_menu = responsiveNav("#brd-navlinks", {{
		label: "{h(f.name)}"
	    }});
	    if(document.getElementsByClassName('admin-menu').length){{
		var admin_menu = responsiveNav(".admin-menu", {{
		    label: "Menu d'administration"
		}});
	    }}
	    if(document.getElementsByClassName('main-menu').length){{
		var profile_menu = responsiveNav(".main-menu", {{
		    label: "Menu du profil"
		}});
	    }}
	</script>
</body>
</html>
"""

    # -- index ----------------------------------------------------------------------------------------
    def last_of(self, threads: list[Thread]) -> Message | None:
        return max((t.messages[-1] for t in threads), key=lambda m: (m.when, m.id), default=None)

    def index(self) -> str:
        out = []
        for cat_no, (_, cat, boards) in enumerate(self.cats, 1):
            rows = []
            for n, b in enumerate(boards, 1):
                last = self.last_of(b.threads)
                n_topics, n_posts = len(b.threads), sum(len(t.messages) for t in b.threads)
                lastpost = ('<li class="info-lastpost"><strong>Jamais</strong></li>' if last is None else
                            f'<li class="info-lastpost"><span class="label">Dernier message :</span> <strong><a href="{self.post_link(last)}">'
                            f'{self.format_time(last.when)}</a></strong> <cite>par {h(last.author)}</cite></li>')
                style = (" odd" if n % 2 else " even") + (" main-first-item" if n == 1 else "")
                rows.append(f"""		<div id="forum{b.id}" class="main-item{style}">
			<span class="icon "><!-- --></span>
			<div class="item-subject">
				<h3 class="hn"><a href="{self.forum_link(b)}"><span>{h(b.name)}</span></a></h3>
				<p>{h(b.description)}</p>
			</div>
			<ul class="item-info">
				<li class="info-topics"><strong>{self.num(n_topics)}</strong> <span class="label">{"sujet" if n_topics == 1 else "sujets"}</span></li>
				<li class="info-posts"><strong>{self.num(n_posts)}</strong> <span class="label">{"message" if n_posts == 1 else "messages"}</span></li>
				{lastpost}
			</ul>
		</div>
""")
            out.append(f"""	<div class="main-head">
		<h2 class="hn"><span>{h(cat)}</span></h2>
	</div>
	<div class="main-subhead">
		<p class="item-summary"><span><strong class="subject-title">Forums</strong> de cette catégorie avec le détail des <strong class="info-topics">sujets</strong>, <strong class="info-posts">messages</strong>, <strong class="info-lastpost">dernier message</strong></span></p>
	</div>
	<div id="category{cat_no}" class="main-content main-category">
{"".join(rows)}	</div>
""")
        users = sorted(self.f.users.items(), key=lambda kv: kv[1])
        newest = users[-1] if users else ("", 0)
        total_posts = sum(len(t.messages) for t in self.f.threads())
        guests = 1 + sum(map(ord, self.f.host)) % 9
        info = f"""<div id="brd-stats" class="gen-content">
	<h2 class="hn"><span>Statistiques du forum</span></h2>
	<ul>
		<li class="st-users"><span>Nombre total d'utilisateurs inscrits : <strong>{self.num(len(self.f.users))}</strong></span></li>
		<li class="st-users"><span>Dernier utilisateur inscrit : <strong><a href="{self.link("user", newest[1])}">{h(newest[0])}</a></strong></span></li>
		<li class="st-activity"><span>Nombre total de sujets : <strong>{self.num(len(self.f.threads()))}</strong></span></li>
		<li class="st-activity"><span>Nombre total de messages : <strong>{self.num(total_posts)}</strong></span></li>
	</ul>
</div>
<div id="brd-online" class="gen-content">
	<h3 class="hn"><span>Actuellement en ligne : <strong>{guests}</strong> {"invité" if guests == 1 else "invités"}, <strong>0</strong> utilisateur inscrit</span></h3>
</div>"""
        rss, atom = self.link("index_rss"), self.link("index_atom")
        return self.doc("index", "basic-page", [], h(self.f.name), "".join(out).strip(), feeds=(rss, atom), info=info)

    # -- viewforum -------------------------------------------------------------------------------------
    def nav_links(self, url_of, k: int, n_pages: int) -> list[str]:
        """The head's first/prev/next/last links (page k+1 of n_pages)."""
        page_no, nav = k + 1, []
        if page_no < n_pages:
            nav.append(f'<link rel="last" href="{url_of(n_pages - 1)}" title="Page {n_pages}" />')
            nav.append(f'<link rel="next" href="{url_of(k + 1)}" title="Page {page_no + 1}" />')
        if page_no > 1:
            nav.append(f'<link rel="prev" href="{url_of(k - 1)}" title="Page {page_no - 1}" />')
            nav.append(f'<link rel="first" href="{url_of(0)}" title="Page 1" />')
        return nav

    def items_info(self, label: str, first: int, finish: int, total: int, n_pages: int) -> str:
        if n_pages == 1:
            return f'<span class="item-info">{label} : {self.num(total)}</span>'
        return f'<span class="item-info">{label} : {self.num(first)} à {self.num(finish)} sur {self.num(total)}</span>'

    def login_nag(self, what: str) -> str:
        return (f'<p class="posting">Vous devez vous <a href="{self.link("login")}">identifier</a> ou vous '
                f'<a href="{self.link("register")}">inscrire</a> pour {what}</p>')

    def board(self, b: Board, k: int) -> str:
        topics = self.latest_first[b.id]
        n_pages = self.n_pages(len(topics), self.tper)
        chunk = topics[k * self.tper:(k + 1) * self.tper]
        start = k * self.tper
        finish = min(start + self.tper, len(topics))
        info = self.items_info("Sujets", start + 1, finish, len(topics), n_pages)
        rows = []
        for i, t in enumerate(chunk, 1):
            last = t.messages[-1]
            pages = self.n_pages(len(t.messages), self.per)
            nav = ""
            if pages > 1:
                links = self.paginate(pages, -1, lambda c, t=t: self.topic_link(t, c - 1), "&#160;")
                nav = f' <span class="item-nav">( <span>Pages&#160;</span>{links} )</span>'
            replies = len(t.messages) - 1
            style = (" odd" if i % 2 else " even") + (" main-first-item" if i == 1 else "") + " normal"
            rows.append(f"""
		<div id="topic{t.id}" class="main-item{style}">
			<span class="icon normal"><!-- --></span>
			<div class="item-subject">
				<h3 class="hn"><span class="item-num">{self.num(start + i)}</span> <a href="{self.topic_link(t)}">{h(t.title)}</a></h3>
				<p><span class="item-starter">par <cite>{h(t.opener)}</cite></span>{nav}</p>
			</div>
			<ul class="item-info">
				<li class="info-replies"><strong>{self.num(replies)}</strong> <span class="label">{"réponse" if replies == 1 else "réponses"}</span></li>
				<li class="info-views"><strong>{self.num(t.views)}</strong> <span class="label">{"vue" if t.views == 1 else "vues"}</span></li>
				<li class="info-lastpost"><span class="label">Dernier message</span> <strong><a href="{self.post_link(last)}">{self.format_time(last.when)}</a></strong> <cite>par {h(last.author)}</cite></li>
			</ul>
		</div>""")
        if chunk:
            main = f"""<div class="main-head">

		<p class="options"><span class="feed first-item"><a class="feed" href="{self.link("forum_rss", b.id)}">Flux RSS du forum</a></span></p>
		<h2 class="hn"><span>{info}</span></h2>
	</div>
	<div class="main-subhead">
		<p class="item-summary forum-views"><span><strong class="subject-title">Sujets</strong> de ce forum avec le détail des <strong class="info-replies">réponses</strong>, <strong class="info-views">vues</strong>, <strong class="info-lastpost">dernier message</strong>.</span></p>
	</div>
	<div id="forum{b.id}" class="main-content main-forum forum-views">
{"".join(rows)}
	</div>
	<div class="main-foot">
		<h2 class="hn"><span>{info}</span></h2>
	</div>"""
        else:
            main = f"""<div class="main-head">
		<h2 class="hn"><span>Forum vide</span></h2>
	</div>
	<div id="forum{b.id}" class="main-content main-forum">
		<div class="main-item empty main-first-item">
			<span class="icon empty"><!-- --></span>
			<div class="item-subject">
				<h3 class="hn">Aucun sujet n'a été posté</h3>
				<p>Soyez le premier à poster un sujet dans ce forum.</p>
			</div>
		</div>
	</div>
	<div class="main-foot">
		<h2 class="hn"><span>Forum vide</span></h2>
	</div>"""
        url_of = (lambda j: self.forum_link(b, j))
        paging = (f'<p class="paging"><span class="pages">Pages</span> '
                  f'{self.paginate(n_pages, k + 1, lambda c: self.forum_link(b, c - 1))}</p>')
        title = f'<a class="permalink" href="{self.forum_link(b)}" rel="bookmark" title="Lien permanent vers ce forum.">{h(b.name)}</a>'
        if n_pages > 1:
            title += f" <small>(Page {self.num(k + 1)} sur {self.num(n_pages)})</small>"
        crumbs = [(self.f.name, self.link("index")), b.name]
        return self.doc("viewforum", "paged-page", crumbs, title, main, page_no=k + 1,
                        feeds=(self.link("forum_rss", b.id), self.link("forum_atom", b.id)), nav=self.nav_links(url_of, k, n_pages),
                        pagepost=[paging, self.login_nag("créer un sujet")])

    # -- viewtopic ----------------------------------------------------------------------------------------
    def message(self, m: Message) -> str:
        """parse_message(): the quote box, then the paragraphs."""
        body = "".join(f"<p>{linkify(p)}</p>" for p in m.text)
        if m.quote:
            who, text = m.quote
            body = (f'<div class="quotebox"><cite>{h(who)} a écrit:</cite><blockquote><p>{linkify(text)}</p></blockquote></div>'
                    + body)
        return body

    def post(self, t: Thread, m: Message, pos: int, count: int, finish: int) -> str:
        first = pos == 0
        name = h(m.author)
        profile = f'<a title="Aller au profil de {name}" href="{self.user_link(m.author)}">{name}</a>'
        status = ["post", "odd" if count % 2 else "even"]
        if count == 1:
            status.append("firstpost")
        if pos + 1 == finish:
            status.append("lastpost")
        status.append("topicpost" if first else "replypost")
        byline = f"<span>{'Sujet de' if first else 'Réponse de'} </span>{profile}"
        ident = (f'<span class="post-num">{self.num(pos + 1)}</span> <span class="post-byline">{byline}</span> '
                 f'<span class="post-link"><a class="permalink" rel="bookmark" title="Lien permanent vers ce message" '
                 f'href="{self.post_link(m)}">{self.format_time(m.when)}</a></span>')
        subject = h(f"Sujet : {t.title}" if first else f"Re : {t.title}")
        msg = [self.message(m)]
        if m.signature:
            msg.append(f'<div class="sig-content"><span class="sig-line"><!-- --></span>{linkify(m.signature)}</div>')
        reg = self.format_time(self.joined(m.author), date_only=True)
        return f"""		<div class="{" ".join(status)}">
			<div id="p{m.id}" class="posthead">
				<h3 class="hn post-ident">{ident}</h3>
			</div>
			<div class="postbody">
				<div class="post-author">
					<ul class="author-ident">
						<li class="username">{profile}</li>
						<li class="usertitle"><span>{self.title_of(m.author)}</span></li>
						<li class="userstatus"><span>Hors ligne</span></li>
					</ul>
					<ul class="author-info">
						<li><span>Inscription : <strong>{reg}</strong></span></li>
						<li><span>Messages : <strong>{self.num(self.n_posts[m.author])}</strong></span></li>
					</ul>
				</div>
				<div class="post-entry">
					<h4 id="pc{m.id}" class="entry-title hn">{subject}</h4>
					<div class="entry-content">
						{chr(10).join(msg)}
					</div>
				</div>
			</div>
		</div>
"""

    def thread(self, t: Thread, k: int, pid: bool = False) -> str:
        b = self.board_of[t.id]
        total = len(t.messages)
        n_pages = self.n_pages(total, self.per)
        start = k * self.per
        finish = min(start + self.per, total)
        info = self.items_info("Messages", start + 1, finish, total, n_pages)
        posts = "".join(self.post(t, m, start + i, i + 1, finish) for i, m in enumerate(self.chunk(t, k)))
        main = f"""<div class="main-head">
		<p class="options"><span class="feed first-item"><a class="feed" href="{self.link("topic_rss", t.id)}">Flux RSS du sujet</a></span></p>
		<h2 class="hn"><span>{info}</span></h2>
	</div>
	<div id="forum{b.id}" class="main-content main-topic">
{posts}	</div>

	<div class="main-foot">
		<h2 class="hn"><span>{info}</span></h2>
	</div>"""
        title = f'<a class="permalink" href="{self.topic_link(t)}" rel="bookmark" title="Lien permanent vers ce sujet">{h(t.title)}</a>'
        if n_pages > 1:
            title += f" <small>(Page {self.num(k + 1)} sur {self.num(n_pages)})</small>"
        paging = (f'<p class="paging"><span class="pages">Pages</span> '
                  f'{self.paginate(n_pages, k + 1, lambda c: self.topic_link(t, c - 1))}</p>')
        crumbs = [(self.f.name, self.link("index")), (b.name, self.forum_link(b)), t.title]
        return self.doc("viewtopic", "paged-page", crumbs, title, main, page_no=k + 1,
                        feeds=(self.link("topic_rss", t.id), self.link("topic_atom", t.id)),
                        nav=self.nav_links(lambda j: self.topic_link(t, j), k, n_pages),
                        pagepost=[paging, self.login_nag("répondre")], index=not pid)

    def item_pages(self):
        """(path, what the page shows, render) of each topic page: the messages and the dates as written today."""
        for t in self.f.threads():
            for k in range(self.n_pages(len(t.messages), self.per)):
                chunk = self.chunk(t, k)
                what = (len(t.messages), tuple(self.format_time(m.when) for m in chunk))
                yield (self.thread_path(t, k), what,
                       lambda t=t, k=k, chunk=chunk: page(self.thread(t, k), modified=chunk[-1].when))

    # -- profile ---------------------------------------------------------------------------------------------
    def profile(self, name: str) -> str:
        uid = self.f.users[name]
        mine = [m for t in self.f.threads() for m in t.messages if m.author == name]
        last = max((m.when for m in mine), default=None)
        main = f"""<div class="main-head">
		<h2 class="hn"><span>Bienvenue sur la page de profil de {h(name)}</span></h2>
	</div>
	<div class="main-content main-frm">
		<div class="profile ct-group data-group vcard">
			<div class="ct-set data-set set1">
				<div class="ct-box data-box">
					<ul class="user-ident ct-legend">
						<li class="username fn nickname"><strong>{h(name)}</strong></li>
						<li class="usertitle"><span>{self.title_of(name)}</span></li>
					</ul>
					<ul class="data-list">
						<li><span>Inscription: <strong> {self.format_time(self.joined(name), date_only=True)}</strong></span></li>
						<li><span>Dernier message: <strong> {self.format_time(last) if last else "Jamais"}</strong></span></li>
						<li><span>Messages: <strong>{self.num(self.n_posts[name])}</strong></span></li>
					</ul>
				</div>
			</div>
			<div class="ct-set data-set set2">
				<div class="ct-box data-box">
					<h3 class="ct-legend hn"><span>Messages et sujets</span></h3>
					<ul class="data-box">
						<li class="first-item"><a href="{self.base}/search.php?action=show_user_posts&amp;user_id={uid}">Voir tous les messages de {h(name)}</a></li>
						<li><a href="{self.base}/search.php?action=show_user_topics&amp;user_id={uid}">Voir tous les sujets de {h(name)}</a></li>
					</ul>
				</div>
			</div>
		</div>
	</div>"""
        crumbs = [(self.f.name, self.link("index")), f"Profil de {name}"]
        return self.doc("profile", "basic-page", crumbs, h(f"Profil de {name}"), main)

    # -- feeds (extern.php) ----------------------------------------------------------------------------------
    @staticmethod
    def rfc(d: datetime) -> str:
        u = to_utc(d)
        return f"{_EN_DAYS[u.weekday()]}, {u.day:02d} {_EN_MONTHS[u.month - 1]} {u.year} {u:%H:%M:%S} +0000"

    @staticmethod
    def atom_time(d: datetime) -> str:
        return to_utc(d).strftime("%Y-%m-%dT%H:%M:%SZ")

    def feed(self, kind: str, fmt: str, self_url: str, ident: int | None = None) -> str:
        """output_rss / output_atom of extern.php: recent topics (all, or of a forum), or a topic's recent posts."""
        f = self.f
        if kind == "topic":
            t = next(t for t in f.threads() if t.id == ident)
            title = f"{f.name} — {t.title}"
            link = self.topic_link(t)
            desc = f"Les messages les plus récents de {t.title}."
            items = [(m.id, t.title if i == 0 else f"Re : {t.title}", self.post_link(m), self.message(m), m.author, m.when)
                     for i, m in enumerate(t.messages)]
            items = sorted(items, key=lambda it: (it[5], it[0]), reverse=True)[:15]
        else:
            threads = f.threads() if kind == "index" else next(b for b in f.boards if b.id == ident).threads
            title = f.name if kind == "index" else f"{f.name} — {next(b for b in f.boards if b.id == ident).name}"
            link = self.link("index")
            desc = f"Les sujets les plus récents de {f.name}."
            topics = sorted(threads, key=lambda t: (t.messages[0].when, t.id), reverse=True)[:15]
            items = [(t.id, t.title, self.link("topic_new_posts", t.id, sef_friendly(t.title)), self.message(t.messages[0]),
                      t.opener, t.messages[0].when) for t in topics]
        last = items[0][5] if items else self.now
        if fmt == "rss":
            rows = "".join(f"""		<item>
			<title>{cdata(ti)}</title>
			<link>{li}</link>
			<description>{cdata(de)}</description>
			<author>{cdata(f"null@example.com ({au})")}</author>
			<pubDate>{self.rfc(wh)}</pubDate>
			<guid>{li}</guid>
		</item>
""" for _, ti, li, de, au, wh in items)
            return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
	<channel>
		<title>{cdata(title)}</title>
		<link>{link}</link>
		<atom:link href="{h(self_url)}" rel="self" type="application/rss+xml" />
		<description>{cdata(desc)}</description>
		<lastBuildDate>{self.rfc(last)}</lastBuildDate>
		<generator>PunBB</generator>
{rows}	</channel>
</rss>
"""
        tag = "content" if kind == "topic" else "summary"
        rows = "".join(f"""		<entry>
			<title type="html">{cdata(ti)}</title>
			<link rel="alternate" href="{li}" />
			<{tag} type="html">{cdata(de)}</{tag}>
			<author>
				<name>{cdata(au)}</name>
				<uri>{self.user_link(au)}</uri>
			</author>
			<updated>{self.atom_time(wh)}</updated>
			<id>{li}</id>
		</entry>
""" for _, ti, li, de, au, wh in items)
        return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
	<title type="html">{cdata(title)}</title>
	<link rel="self" href="{h(self_url)}" />
	<updated>{self.atom_time(last)}</updated>
	<generator>PunBB</generator>
	<id>{link}</id>
{rows}</feed>
"""


def item_pages(forum: Forum, now: datetime = NOW):
    return _PunBB(forum, now).item_pages()


def render(forum: Forum, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a PunBB 1.4 forum keyed by path?query, and its 404 page."""
    v = _PunBB(forum, now)
    keep = keep or {}
    last = v.last()
    out: dict[str, Page] = {}
    home = page(v.index(), modified=last)
    out["/"] = home
    out["/index.php"] = home
    for b in forum.boards:
        mod = max((t.messages[-1].when for t in b.threads), default=last)
        for k in range(v.n_pages(len(b.threads), v.tper)):
            out[v.board_path(b, k)] = page(v.board(b, k), modified=mod)
    out.update(served(v, keep))
    for t in forum.threads():
        for k in range(v.n_pages(len(t.messages), v.per)):
            chunk = v.chunk(t, k)
            pid_page = page(v.thread(t, k, pid=True), modified=chunk[-1].when)  # ?pid=N: the post's page, not indexed
            for m in chunk:
                out[_path(v.post_link(m))] = pid_page
        new = v.link("topic_new_posts", t.id, sef_friendly(t.title)).replace("&amp;", "&")
        last_post = v.link("topic_last_post", t.id).replace("&amp;", "&")
        out[_path(new)] = Page(302, HTML, b"", {"Location": last_post})
        out[_path(last_post)] = Page(302, HTML, b"", {"Location": v.post_link(t.messages[-1])})
    for name, uid in forum.users.items():
        out[_path(v.link("user", uid))] = page(v.profile(name))
    feeds = [("index", None, "index_rss", "index_atom")]
    feeds += [("forum", b.id, "forum_rss", "forum_atom") for b in forum.boards if b.threads]
    feeds += [("topic", t.id, "topic_rss", "topic_atom") for t in forum.threads()]
    for kind, ident, rss_key, atom_key in feeds:
        for key, fmt in ((rss_key, "rss"), (atom_key, "atom")):
            url = (v.link(key, ident) if ident is not None else v.link(key)).replace("&amp;", "&")
            body = v.feed(kind, fmt, url, ident)
            out[_path(url)] = page(body, XML_FEED, modified=last)
            raw = f"/extern.php?action=feed&{'fid' if kind == 'forum' else 'tid'}={ident}&type={fmt}" if ident is not None \
                else f"/extern.php?action=feed&type={fmt}"
            out.setdefault(raw, out[_path(url)])  # the script itself answers under every scheme
    delay = f"Crawl-delay: {forum.crawl_delay}\n" if forum.crawl_delay else ""
    out["/robots.txt"] = page("User-agent: *\n" + delay + "Disallow: /admin/\nDisallow: /cache/\nDisallow: /search.php", TEXT)
    missing = """<div class="main-head">
		<h2 class="hn"><span>Message du forum</span></h2>
	</div>
	<div class="main-content main-message">
		<p>Mauvaise requête. Le lien que vous avez suivi est incorrect ou périmé.</p>
	</div>"""
    return out, page(v.doc("message", "basic-page", [(forum.name, v.link("index")), "Message du forum"],
                           "Message du forum", missing, index=False), status=404)
