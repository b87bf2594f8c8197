"""Kunena 6 (Joomla's forum component) with its default template "Aurelia", in French, inside a Joomla 4/5 site with the
Cassiopeia template, as the server answers a guest crawler.

Written blind from the real files, not from any parser. Followed `Kunena/Kunena-Forum` (6.3 branch):
`src/site/template/aurelia/layouts/page/default.php` (`div#kunena.layout`: menu bar, breadcrumb, content, breadcrumb,
footer), `widget/breadcrumb/default.php` (`nav > ol.mod-kunena-breadcrumbs.breadcrumb` schema.org BreadcrumbList),
`pages/topic/default/default.php` and `layouts/topic/item/default.php` (`div.kunena-topic-item`, `h1` subject, the
pagination above and below, `div.topic-item-messages`), `topic/item/message/default.php` (avatar on the left:
`div.row.message > div.col-md-2` profile box + `div.col-md-10.message-published`), `message/item/default.php`
(`small.float-end` with the date `span.kdate` and its hover title, `a#<mesid>[rel=canonical]` "#<mesid>",
`div.mykmsg-header` "Réponse de <em>X</em> sur le sujet <em>…</em>" / "<em>…</em> a été créé par <em>X</em>",
`div.kmsg`, `div.ksig > span.ksignature`), `user/profile/default.php` (`ul.profilebox`: name link, avatar,
"Auteur du sujet", status, rank, "Messages :"), `bbcode/quote/default.php` (`blockquote > p.kmsgtext-quote`, "X écrit:")
with `src/libraries/kunena/src/BBCode/KunenaBBCode.php` `DoQuote`, `bbcode/url/default.php`,
`widget/pagination/list/default.php` / `item/default.php` / `list/simple.php` with
`src/libraries/kunena/src/Pagination/KunenaPagination.php` (Début / Précédent / pages / Suivant / Fin, `?start=N`),
`category/index/default.php` (the index: `div.kfrontend.section` per section, `h1.card-header`, a row per category
with its last post), `category/item/default.php` and `topic/row/category.php` (the topic list: `tr.category`,
`a.topictitle`, "Catégorie : …", "Sujet démarré …, par …", the topic's own page links, `div.replies` / `div.views`,
`span.lastpostlink`), `widget/footer/default.php` and `src/site/src/Layout/Widget/WidgetFooter.php` (the RSS link),
`src/libraries/kunena/src/Controller/Application/Display.php` (`poweredBy`), `src/site/src/Service/Router.php`
(`/<menu>/<category alias>/<id>-<subject>`, `/user/<id>-<name>`, views and layouts as segments, `var-value` segments),
`src/libraries/kunena/src/Route/KunenaRoute.php` (`stringURLSafe`), `src/libraries/kunena/src/Forum/Topic/
KunenaTopic.php` (`getUri`: `#<mesid>` and `limitstart` of the page holding the message),
`src/libraries/kunena/src/Date/KunenaDate.php` (`toKunena`: "ago" / "datetime_today" / "datetime", `toTimeAgo`),
`src/libraries/kunena/src/Config/KunenaConfig.php` (defaults: `postDateFormat` "ago" with the full date on hover,
`orderingSystem` "mesid", `rssType` "topic", `rssTimeLimit` "1 month", `rssAuthorInTitle`),
`src/site/src/Controller/Application/Topics/Feed/TopicsDisplay.php` (feed items), the French language files
`src/site/language/fr-FR/*.ini` and `src/admin/language/fr-FR/fr-FR.com_kunena.libraries.ini` (as of their last
version in the repository). Joomla: `joomla/joomla-cms` `libraries/src/Document/Renderer/Feed/RssRenderer.php`.
From memory: Joomla's Cassiopeia frame and head (`<html lang="fr-fr">`, meta generator, `body.site.com_kunena`,
`header.container-header`, `main`), `ApplicationHelper::stringURLSafe` (transliterated, lower case, `[^a-z0-9-]` to
`-`), the fr-FR month abbreviations of `Date::format` ("Mars", "Avr"...), SEF pagination (`limitstart` written
`start`), Joomla's robots.txt, the default rank titles and avatar path, Bootstrap's SVG icons.
Varies by host (md5): Joomla's URL rewriting (`/forum/...` or `/index.php/forum/...`), the menu item's alias
("forum" or "forums"), the date display (Kunena's "ago" default, "datetime_today", "datetime"), Joomla's
"site name in page titles" (off, after), Joomla 4.4 / 5.1.
Pages: Joomla's home (a welcome article), the forum index (`/forum`, `/forum/index`), sections and categories
(`/forum/<alias>`, `?start=N`), topics, "Sujets récents" (`/forum/recent`, the install's Kunena menu), search and
credits (forms only), user profiles (`/forum/user/<id>-<name>`), the RSS feeds, robots.txt; `?start=0` (the
pagination's "Début" / "1") answers as the first page. Topic URLs hold the category alias: `thread_url` finds the
topic's URL as `vbulletin5.channel_thread_url` explains (`remember_forum` records a forum's before it is rendered).
Not rendered: the Joomla home page's articles beyond a welcome text, sitemaps (Joomla writes none), the quick
reply and the editor (guests cannot post), "who is online" and the statistics (off on many sites), avatars other
than the default one.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta
from html import escape

from sectorweb.dates import NOW, iso, rfc822
from sectorweb.families.common import RSS, TEXT, Page, autolink, cdata, page, served
from sectorweb.families.forumkit import ForumView
from sectorweb.families.vbulletin5 import channel_thread_url, remember
from sectorweb.feeds import x
from sectorweb.model import Board, Forum, Message, Thread

IGNORED_PARAMS = {"Itemid", "limit"}
MODES = ["rewrite", "rewrite", "index"]
MENUS = ["forum", "forum", "forums"]
DATES = ["ago", "ago", "datetime_today", "datetime"]
JOOMLA = ["4.4.9", "5.1.4"]
_MOIS = ["Janv", "Févr", "Mars", "Avr", "Mai", "Juin", "Juil", "Août", "Sept", "Oct", "Nov", "Déc"]
_TRANSLIT = {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "ø": "o", "Ø": "O", "đ": "d", "ł": "l", "Ł": "L"}
_CLOCK = ('<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" fill="currentColor" class="bi bi-clock" '
          'viewBox="0 0 16 16"><path d="M8 3.5a.5.5 0 0 0-1 0V9a.5.5 0 0 0 .252.434l3.5 2a.5.5 0 0 0 .496-.868L8 8.71V3.5z"/>'
          '<path d="M8 16A8 8 0 1 0 8 0a8 8 0 0 0 0 16zm7-8A7 7 0 1 1 1 8a7 7 0 0 1 14 0z"/></svg>')
_HOUSE = ('<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" fill="currentColor" class="bi bi-house" '
          'viewBox="0 0 16 16"><path d="M8.707 1.5a1 1 0 0 0-1.414 0L.646 8.146a.5.5 0 0 0 .708.708L2 8.207V13.5A1.5 1.5 0 0 0 '
          '3.5 15h9a1.5 1.5 0 0 0 1.5-1.5V8.207l.646.647a.5.5 0 0 0 .708-.708L13 5.793V2.5a.5.5 0 0 0-.5-.5h-1a.5.5 0 0 0-.5.5'
          'v1.293L8.707 1.5Z"/></svg>')
_RSS = ('<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" fill="currentColor" class="bi bi-rss" '
        'viewBox="0 0 16 16"><path d="M14 1a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H2a1 1 0 0 1-1-1V2a1 1 0 0 1 1-1h12zM2 0a2 2 0 0 0-2 '
        '2v12a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V2a2 2 0 0 0-2-2H2z"/></svg>')
_ROBOTS = """# If the Joomla site is installed within a folder
# eg www.example.com/joomla/ then the robots.txt file
# MUST be moved to the site root
# eg www.example.com/robots.txt
# AND the joomla folder name MUST be prefixed to all of the
# paths.
# eg the Disallow rule for the /administrator/ folder MUST
# be changed to read
# Disallow: /joomla/administrator/
#
# For more information about the robots.txt standard, see:
# https://www.robotstxt.org/orig.html

User-agent: *
{delay}Disallow: /administrator/
Disallow: /api/
Disallow: /bin/
Disallow: /cache/
Disallow: /cli/
Disallow: /components/
Disallow: /includes/
Disallow: /installation/
Disallow: /language/
Disallow: /layouts/
Disallow: /libraries/
Disallow: /logs/
Disallow: /modules/
Disallow: /plugins/
Disallow: /tmp/
"""


def _pick(host: str, salt: str, n: int) -> int:
    return int(hashlib.md5(f"kunena:{salt}:{host}".encode()).hexdigest()[:8], 16) % n


def mode_of(host: str) -> str:
    return MODES[_pick(host, "mode", len(MODES))]


def front(host: str) -> str:
    """The path of the forum's menu item: `/forum`, or `/index.php/forum` without URL rewriting."""
    return ("/index.php/" if mode_of(host) == "index" else "/") + MENUS[_pick(host, "menu", len(MENUS))]


def h(text: str) -> str:
    """`htmlspecialchars()` (ENT_COMPAT: double quotes, not apostrophes)."""
    return escape(text, quote=False).replace('"', "&quot;")


def url_safe(text: str) -> str:
    """Joomla's `ApplicationHelper::stringURLSafe` (unicode slugs off) and Kunena's trim."""
    s = text.replace("-", " ")
    s = "".join(_TRANSLIT.get(ch, ch) for ch in s)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = s.strip().lower()
    s = re.sub(r"(\s|[^A-Za-z0-9\-])+", "-", s)
    return s.strip("-_ ")


def _aliases(forum: Forum) -> tuple[dict[str, str], dict[int, str]]:
    """Category aliases, unique in the whole forum (sections by name, categories by board id)."""
    taken: set[str] = set()

    def unique(name: str, default: str) -> str:
        base = url_safe(name) or default
        out, n = base, 2
        while out in taken:
            out = f"{base}-{n}"
            n += 1
        taken.add(out)
        return out
    sections = {}
    for b in forum.boards:
        if b.category not in sections:
            sections[b.category] = unique(b.category, "section")
    boards = {b.id: unique(b.name, "categorie") for b in forum.boards}
    return sections, boards


def _topic_leaf(t: Thread) -> str:
    slug = url_safe(t.title)
    return f"{t.id}-{slug}" if slug else str(t.id)


def _forum_urls(forum: Forum) -> dict[int, str]:
    _, boards = _aliases(forum)
    base = f"http://{forum.host}{front(forum.host)}"
    return {t.id: f"{base}/{boards[b.id]}/{_topic_leaf(t)}" for b in forum.boards for t in b.threads}


def remember_forum(forum: Forum) -> None:
    """Record a forum's topic URLs before it is rendered (see `families.thread_url`)."""
    remember(forum, _forum_urls)


def thread_url(host: str, thread: Thread) -> str:
    return channel_thread_url(host, thread, f"http://{host}{front(host)}/{_topic_leaf(thread)}")


def bbcode(paragraphs: list[str]) -> str:
    """Kunena's BBCode parser: newlines to `<br />`, bare URLs auto-linked through the URL layout."""
    anchor = '<a href="{u}"\n   class="bbcode_url" rel="nofollow noopener noreferrer" target="_blank">\n    {u}\n</a>\n'
    return "<br />\n<br />\n".join(autolink(p, anchor=anchor, escape=h) for p in paragraphs)


class _Kunena(ForumView):
    def __init__(self, forum: Forum, now: datetime = NOW):
        super().__init__(forum, now)
        host = forum.host
        self.front = front(host)
        self.index_php = mode_of(host) == "index"
        self.datemode = DATES[_pick(host, "dates", len(DATES))]
        self.sitename_titles = _pick(host, "titles", 2) == 1
        self.joomla = JOOMLA[_pick(host, "joomla", len(JOOMLA))]
        self.section_alias, self.alias = _aliases(forum)
        self.section_id = {name: cid for cid, name, _ in self.categories}
        remember(forum, _forum_urls)

    # -- urls -------------------------------------------------------------------------------------
    def board_base(self, b: Board) -> str:
        return f"{self.front}/{self.alias[b.id]}"

    def board_path(self, b: Board, k: int) -> str:
        return self.board_base(b) + (f"?start={k * self.tper}" if k else "")

    def section_path(self, name: str) -> str:
        return f"{self.front}/{self.section_alias[name]}"

    def topic_base(self, t: Thread) -> str:
        return f"{self.board_base(self.board_of[t.id])}/{_topic_leaf(t)}"

    def thread_path(self, t: Thread, k: int) -> str:
        return self.topic_base(t) + (f"?start={k * self.per}" if k else "")

    def msg_url(self, t: Thread, m: Message) -> str:
        """`KunenaTopic::getUri($category, $message)`: the page holding the message, `#<mesid>`."""
        k = t.messages.index(m) // self.per
        return self.thread_path(t, k) + f"#{m.id}"

    def user_path(self, name: str) -> str:
        return f"{self.front}/user/{self.f.users[name]}-{url_safe(name)}"

    def feed_path(self, b: Board | None = None) -> str:
        if b is None:
            return f"{self.front}/topics/feed/mode-topics?format=feed&type=rss"
        return f"{self.board_base(b)}/feed?format=feed&type=rss"

    # -- dates --------------------------------------------------------------------------------------
    def fmt(self, d: datetime, time: bool = True) -> str:
        """`COM_KUNENA_LIB_DATETIME_FMT` "d M Y H:i" (or the date alone)."""
        out = f"{d.day:02d} {_MOIS[d.month - 1]} {d.year}"
        return out + (f" {d:%H:%M}" if time else "")

    def ago(self, d: datetime) -> str:
        """`KunenaDate::toTimeAgo`: the two largest units of PHP's `diff()` (weeks split from the days)."""
        a, b = (d, self.now) if d <= self.now else (self.now, d)
        parts = [b.year - a.year, b.month - a.month, b.day - a.day, b.hour - a.hour, b.minute - a.minute]
        if parts[4] < 0:
            parts[4] += 60
            parts[3] -= 1
        if parts[3] < 0:
            parts[3] += 24
            parts[2] -= 1
        if parts[2] < 0:  # borrow the length of the month before the end date's
            prev = (b.replace(day=1) - timedelta(days=1))
            parts[2] += prev.day
            parts[1] -= 1
        if parts[1] < 0:
            parts[1] += 12
            parts[0] -= 1
        names = {"y": ("an", "ans"), "m": ("mois", "mois"), "d": ("jour", "jours"), "h": ("heure", "heures"),
                 "i": ("minute", "minutes")}
        out, tick = "", 0
        for name, count in zip("ymdhi", parts):
            if name == "d":
                weeks = count // 7
                if weeks:
                    count %= 7
                    out += " 1 semaine" if weeks == 1 else f" {weeks} semaines"
                    tick += 1
                    if tick == 2:
                        break
            if not count:
                continue
            out += f" 1 {names[name][0]}" if count == 1 else f" {count} {names[name][1]}"
            tick += 1
            if tick == 2:
                break
        return f"il y a {out.strip()}" if out else "Juste maintenant"

    def kdate(self, d: datetime, mode: str | None = None) -> str:
        mode = mode or self.datemode
        if mode == "ago":
            return self.ago(d)
        if mode == "datetime_today":
            if d.date() == self.now.date():
                return f"Aujourd'hui {d:%H:%M}"
            if d.date() == (self.now - timedelta(days=1)).date():
                return f"Hier {d:%H:%M}"
        return self.fmt(d)

    def span(self, d: datetime) -> str:
        """`KunenaDate::toSpan('config_postDateFormat', 'config_postDateFormatHover')`."""
        return f'<span class="kdate " data-bs-toggle="tooltip" title="{self.kdate(d, "datetime")}">{self.kdate(d)}</span>'

    # -- pieces ---------------------------------------------------------------------------------------
    def user_link(self, name: str, title: str | None = None) -> str:
        """`KunenaUser::getLink()` (the name escaped by `getName`)."""
        cls = "kwho-admin" if name in self.f.admins else "kwho-user"
        title = title or f"Consulter le profil de {h(name)}"
        return (f'<a class="{cls} hasTooltip" href="{self.user_path(name)}" data-bs-toggle="tooltip" '
                f'title="{title}" rel="nofollow">{h(name)}</a>')

    def topic_link(self, t: Thread, path: str, content: str, cls: str = "hasTooltip topictitle", rel: str = "") -> str:
        """`KunenaLayout::getTopicLink()` through `kunenaforum.link`: the first post, stripped, as title."""
        title = h(" ".join(" ".join(t.messages[0].text).split())[:200])
        out = f'<a href="{path}" title="{title}" class="{cls}"'
        return out + (f' rel="{rel}"' if rel else "") + f">{content}</a>"

    def pagination(self, k: int, n: int, path, simple: bool = False, shown: int = 5) -> str:
        """`KunenaPagination::getData()` through `widget/pagination/list/default.php` (or `simple.php`)."""
        cur = k + 1
        start = max(1, cur - shown // 2)
        if start + shown > n:
            stop = n
            start = 1 if n < shown else n - shown + 1
        else:
            stop = start + shown - 1
        pages = sorted(set(range(start, stop + 1)) | {1, n})

        def link(p: int) -> str:
            return path(p - 1) if p > 1 else path(0) + ("&" if "?" in path(0) else "?") + "start=0"

        def item(text: str, p: int | None, active: bool = False) -> str:
            if p is not None:
                return (f'<li class="page-item">\n\t\t\t<a class="page-link"  href="{link(p)}" data-bs-toggle="tooltip" '
                        f'title="Page :{text}">{text}</a>\n\t\t  </li>')
            if active:
                return f'<li class="page-item active"><a class="page-link">{text}</a></li>'
            return f'<li class="page-item disabled"><a class="page-link">{text}</a></li>'
        nums, last = [], 0
        for p in pages:
            if last + 1 != p:
                nums.append('<li class="page-item disabled"><a class="">...</a></li>' if not simple else
                            '<li><a class="disabled">...</a></li>')
            last = p
            nums.append(item(str(p), None if p == cur and not simple else p, p == cur))
        if simple:
            if len(pages) <= 1:
                return ""
            return '<div class="pagination pagination-small">\n    <ul class="pagination">\n' + "".join(nums) + "    </ul>\n</div>"
        first = item("Début", 1 if cur > 1 else None)
        prev = item("Précédent", cur - 1 if cur > 1 else None)
        nxt = item("Suivant", cur + 1 if cur < n else None)
        end = item("Fin", n if cur < n else None)
        body = "\n".join([first, prev] + nums + [nxt, end])
        small = "\n".join(item(str(p), None if p == cur else p, p == cur) for p in pages)
        return (f'<nav class="d-none d-sm-block">\n    <ul class="pagination ms-0">\n{body}\n    </ul>\n</nav>\n\n'
                f'<nav class="d-block d-sm-none">\n    <ul class="pagination ms-0">\n{small}\n    </ul>\n</nav>')

    def breadcrumb(self, trail: list[tuple[str, str]]) -> str:
        first, rest = trail[0], trail[1:]
        items = "".join(f"""
                <li class="mod-kunena-breadcrumbs__item breadcrumb-item" itemtype="https://schema.org/ListItem"
                    itemscope="" itemprop="itemListElement">
                    <a itemprop="item" href="{u}"><span
                                itemprop="name">{t}</span></a>
                    <meta itemprop="position" content="{i}"/>
                </li>
""" for i, (t, u) in enumerate(rest, 2))
        return f"""    <nav class="pagination-container-links pt-4" aria-label="breadcrumbs">
        <ol class="mod-kunena-breadcrumbs breadcrumb" itemtype="https://schema.org/BreadcrumbList" itemscope="">
            <li class="mod-kunena-breadcrumbs__item breadcrumb-item active" aria-current="page"
                itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
                {_HOUSE}
                <a itemprop="item" href="{first[1]}"><span
                            itemprop="name">{first[0]}</span></a>
                <meta itemprop="position" content="1"/>
            </li>
{items}        </ol>
    </nav>
"""

    def trail(self, b: Board | None = None, section: str | None = None) -> list[tuple[str, str]]:
        out = [("Forum", self.front)]
        section = b.category if b is not None else section
        if section is not None:
            out.append((h(section), self.section_path(section)))
        if b is not None:
            out.append((h(b.name), self.board_base(b)))
        return out

    def kunena(self, content: str, trail: list[tuple[str, str]]) -> str:
        """`layouts/page/default.php`, then `poweredBy()`."""
        crumbs = self.breadcrumb(trail)
        return f"""<div id="kunena" class="layout ">
    
<nav class="navbar navbar-expand-lg navbar-light bg-light shadow-lg rounded border">
    <div class="container-fluid">
        <button class="navbar-toggler" aria-expanded="false" aria-controls="knav-offcanvas" aria-label="Toggle navigation"
                type="button" data-bs-target="#offcanvasKunena" data-bs-toggle="offcanvas">
            <span class="navbar-toggler-icon"></span>
        </button>
        <div class="knav-offcanvas offcanvas offcanvas-start" id="offcanvasKunena" data-bs-scroll="false" >
            <div class="offcanvas-header">
            <h5 class="offcanvas-title">Menu de Kunena</h5>
                <button type="button" class="btn-close" data-bs-dismiss="offcanvas" aria-label="Close"></button>
            </div>
            <div class="offcanvas-body">
            <ul class="navbar-nav mr-auto">
	<li class="nav-item item-201 default current active"><a href="{self.front}/index" class="nav-link">Index</a></li>
	<li class="nav-item item-202"><a href="{self.front}/recent" class="nav-link">Sujets récents</a></li>
	<li class="nav-item item-206"><a href="{self.front}/search" class="nav-link">Rechercher</a></li>
</ul>
            </div>
        </div>
        <div class="float-end">
            <div class="d-none d-lg-block">
	<ul class="nav float-end">
		<li class="dropdown mobile-user">
			<a href="#" class="dropdown-toggle btn btn-link" id="klogin-desktop" data-bs-toggle="dropdown" role="button" aria-haspopup="true" aria-expanded="false">
				Connexion
			</a>
		</li>
	</ul>
</div>
        </div>
    </div>
</nav>
{crumbs}{content}
{crumbs}    <div class="pull-right large-kicon"><a rel="alternate" type="application/rss+xml" href="{h(self.feed_path())}">{_RSS}</a></div>
    <div class="clearfix"></div>
</div>
<div style="text-align:center;"><a href="{self.front}/credits" style="display: inline !important; visibility: visible !important; text-decoration: none !important;">Propulsé par </a> <a href="https://www.kunena.org"
			target="_blank" rel="noopener noreferrer" style="display: inline !important; visibility: visible !important; text-decoration: none !important;">Kunena</a></div>"""

    def joomla_doc(self, title: str, component: str, view: str, description: str = "", head: str = "",
                   home: bool = False) -> str:
        """Joomla's document with the Cassiopeia template (from memory)."""
        f = self.f
        full = f"{title} - {h(f.name)}" if self.sitename_titles and title != h(f.name) else title
        rss = (f'\t<link href="{h(self.feed_path())}" rel="alternate" type="application/rss+xml" '
               f'title="Obtenir les derniers messages directement sur votre PC">\n') if not home else ""
        home_url = "/index.php" if self.index_php else "/"
        active_home = ' current active' if home else ""
        active_forum = "" if home else ' current active'
        return f"""<!DOCTYPE html>
<html lang="fr-fr" dir="ltr">

<head>
    <meta charset="utf-8">
	<meta name="robots" content="index, follow">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="{h(description or f.tagline)}">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>{full}</title>
{head}{rss}	<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
	<link href="/media/templates/site/cassiopeia/images/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">

	<link href="/media/system/css/joomla-fontawesome.min.css?{self.joomla}" rel="lazy-stylesheet"><noscript><link href="/media/system/css/joomla-fontawesome.min.css?{self.joomla}" rel="stylesheet"></noscript>
	<link href="/media/templates/site/cassiopeia/css/template.min.css?{self.joomla}" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet">
	<link href="/components/com_kunena/template/aurelia/assets/css/kunena.min.css" rel="stylesheet">

	<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"COM_KUNENA_RATE_LOGIN":"Vous devez être connecté pour noter ce sujet"}},"system.paths":{{"root":"","rootFull":"http:\\/\\/{f.host}\\/","base":"","baseFull":"http:\\/\\/{f.host}\\/"}}}}</script>
	<script src="/media/system/js/core.min.js?{self.joomla}"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?{self.joomla}" defer></script>
</head>

<body class="site {view} wrapper-static has-sidebar-right">
	<header class="header container-header full-width">

		<div class="grid-child">
			<div class="navbar-brand">
				<a class="brand-logo" href="{home_url}">
					<span title="{h(f.name)}">{h(f.name)}</span>				</a>
									<div class="site-description">{h(f.tagline)}</div>
							</div>
		</div>

					<div class="grid-child container-nav">
									<ul class="mod-menu mod-list nav ">
<li class="nav-item item-101 default{active_home}"><a href="{home_url}" >Accueil</a></li><li class="nav-item item-102{active_forum}"><a href="{self.front}" >Forum</a></li></ul>

							</div>
			</header>

	<div class="site-grid">

		<div class="grid-child container-component">
			
			
			<div id="system-message-container" aria-live="polite"></div>

			<main>
			{component}
			</main>
			
		</div>

	</div>

			<footer class="container-footer footer full-width">
			<div class="grid-child">
				
			</div>
		</footer>
	
			<a href="#top" id="back-top" class="back-to-top-link" aria-label="Haut de page">
			<span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
		</a>
	
	
</body>
</html>
"""

    # -- index, sections --------------------------------------------------------------------------------
    def category_row(self, b: Board) -> str:
        n = len(b.threads)
        count = f"{n} Sujets" if n != 1 else "1 Sujet"
        if b.threads:
            t = self.latest_first[b.id][0]
            m = t.messages[-1]
            last = f"""
                                <td colspan="5">
                                    <div class="row">
                                            <div class="col-md-12" id="kcat-last">
                                                <span class="lastpostlink">{self.topic_link(t, self.msg_url(t, m), h(t.title[:30]), "hasTooltip", "canonical")}</span>
                                                <br>
                                                <span class="lastpostby">de {self.user_link(m.author)}</span>
                                                <br>
                                                <span class="datepost">{self.kdate(m.when)}</span>
                                                </div>
                                            </div>
                                    </div>
                                </td>"""
        else:
            last = """
                                <td colspan="5">
                                    <div class="last-post-message">
                                        Aucun sujet
                                    </div>
                                </td>"""
        desc = (f'\n                                    <div class="d-none d-sm-block header-desc">{h(b.description)}</div>'
                if b.description else "")
        title = f"Consulter la catégorie '{h(b.name)}'"
        return f"""
                        <tr class="category" id="category{b.id}">
                            <td colspan="1" id="kcat-icon" class="d-none d-md-table-cell">
                                <a href="{self.board_base(b)}" title="{title}"><img src="/media/kunena/category_images/categoryicon.png" alt="" /></a>
                            </td>
                            <td colspan="6">
                                <div>
                                    <h3>
                                        <a href="{self.board_base(b)}" title="{title}" class="hasTooltip">{h(b.name)}</a>
                                        <small class="nowrap">
                                            <span id="kcatcount">{count}</span>
                                            <span>
                                                    <a href="{h(self.feed_path(b))}"
                                                       rel="alternate" type="application/rss+xml">
                                                        {_RSS}
                                                    </a>
                                            </span>
                                        </small>
                                    </h3>
                                </div>{desc}
                            </td>{last}
                        </tr>"""

    def section_box(self, cid: int, name: str, boards: list[Board]) -> str:
        total = sum(len(b.threads) for b in boards)
        rows = "".join(self.category_row(b) for b in boards)
        head = """
                        <tr>
                            <td colspan="1" class="d-none d-md-table-cell">
                                <div class="p-2"></div>
                            </td>
                            <td colspan="7">
                                <div class="p-2">Catégorie</div>
                            </td>
                            <td colspan="4">
                                <div class="p-2">Dernier message</div>
                            </td>
                        </tr>""" if boards else ""
        return f"""
    <div class="kfrontend shadow-lg rounded border section">
        <h2 class="btn-toolbar float-end">
                <button class="btn btn-outline-primary btn-sm" type="button" aria-expanded="false" aria-controls="section{cid}" data-bs-toggle="collapse" data-bs-target="#section{cid}">&#8597;</button>
        </h2>

        <h1 class="card-header">
            <a href="{self.section_path(name)}" title="Consulter la catégorie '{h(name)}'" class="hasTooltip">{h(name)}</a>
            <small class="hidden-xs-down nowrap" id="ksection-count{cid}">
                {total} Sujets
            </small>
        </h1>

        <div class=" collapse show shadow-lg rounded" id="section{cid}">
            <table class="table table-responsive w-100 d-block d-md-table">{head}{rows}
            </table>
        </div>
    </div>
    <!-- Begin: Category Module Position -->
    <!-- Finish: Category Module Position -->
"""

    def index(self) -> str:
        content = "".join(self.section_box(cid, name, boards) for cid, name, boards in self.categories)
        return self.joomla_doc("Forum", self.kunena(content, [("Forum", self.front)]), "com_kunena view-category layout-list")

    def section(self, cid: int, name: str, boards: list[Board]) -> str:
        content = self.section_box(cid, name, boards)
        return self.joomla_doc(h(name), self.kunena(content, self.trail(None, name)), "com_kunena view-category layout-default",
                               name)

    # -- category (topic list) ---------------------------------------------------------------------------
    def topic_row(self, t: Thread) -> str:
        b = self.board_of[t.id]
        first, last = t.messages[0], t.messages[-1]
        n = self.n_pages(len(t.messages), self.per)
        pages = self.pagination(0, n, lambda i, t=t: self.thread_path(t, i), simple=True, shown=3) if n > 1 else ""
        return f"""
<tr class="category">
            <th scope="row" class="d-none d-md-table-cell center">
            {self.topic_link(t, self.topic_base(t), '<img src="/media/kunena/topic_icons/default/user/default.png" alt="emo" />', "", "")}        </th>
        <td>
        <div>
            {self.topic_link(t, self.topic_base(t), h(t.title))}        </div>
        <div class="float-end">
                                            </div>

        <div class="started">
            <span class="ktopic-category"> Catégorie : <a href="{self.board_base(b)}" title="{h(b.description)}" class="hasTooltip">{h(b.name)}</a></span>
            <br />
            Sujet démarré                            {self.kdate(first.when)},
                        par            {self.user_link(first.author)}            <div class="float-end">
                                            </div>
        </div>

        <div id="klastpostphone" class="d-block d-sm-none">
            {self.topic_link(t, self.msg_url(t, last), "Dernier message", "", "canonical")}                            {self.kdate(last.when)} <br>
                        par {self.user_link(last.author)}        </div>

        <div class="float-start">
            {pages}        </div>
    </td>

    <td class="d-none d-md-table-cell">
        <div class="replies">Réponses:<span class="repliesnum">{len(t.messages) - 1}</span></div>
        <div class="views">Vues:<span class="viewsnum">{t.views}</span></div>
    </td>

    <td class="d-none d-md-table-cell">
        <div class="row">
                                <div class="col-md-12">
                                        <span class="lastpostlink">{self.topic_link(t, self.msg_url(t, last), "Dernier message", "hasTooltip", "canonical")}
                         par {self.user_link(last.author)}                    </span>
                    <br>
                    <span class="datepost">{self.kdate(last.when)}</span>
                    </div>
                </div>
        </div>
    </td>

    </tr>"""

    def board(self, b: Board, k: int) -> str:
        threads = self.latest_first[b.id]
        n = self.n_pages(len(threads), self.tper)
        chunk = threads[k * self.tper:(k + 1) * self.tper]
        path = (lambda i, b=b: self.board_path(b, i))
        box = self.category_head(b)
        if chunk:
            top = f"""
        <div class="row">
            <div class="col-md-12">
                <h2 class="float-end">
                    {self.search(catid=b.id)}
                </h2>

                <div class="float-start">
                    {self.pagination(k, n, path)}
                </div>
            </div>
        </div>
    """
            table = f"""
        <table class="table">
            <thead>
            <tr>
                <th scope="col" class="center d-none d-md-table-cell">
                    <a id="forumtop"> </a>
                    <a href="#forumbottom" rel="nofollow">
                        &#8595;
                    </a>
                </th>
                <th scope="col" class="d-none d-md-table-cell">Sujet</th>
                <th scope="col" class="d-none d-md-table-cell">Réponses
                    / Vues</th>
                <th scope="col" class="d-none d-md-table-cell">Dernier message</th>

            </tr>
            </thead>
            <tbody class="category-item">
            {"".join(self.topic_row(t) for t in chunk)}
            </tbody>
            <tfoot>
                            <tr>
                    <th scope="col" class="center d-none d-md-table-cell">
                        <a id="forumbottom"> </a>
                        <a href="#forumtop" rel="nofollow">
                            <span class="dropdown-divider"></span>
                            &#8593;
                        </a>
                    </th>
                    <th scope="col" class="d-none d-md-table-cell">
                        <div class="form-group">
                            <div class="input-group" role="group">
                                                            </div>
                        </div>
                    </th>
                </tr>
                        </tfoot>
                </table>"""
            bottom = f"""
            <div class="float-start">
            {self.pagination(k, n, path)}
        </div>
    """
        else:
            top, table, bottom = "", "\n        </table>", ""
        content = f"""{box}

    {top}
    <form action="{self.front}" method="post" id="categoryactions">
        <input type="hidden" name="view" value="topics"/>
        <input type="hidden" name="token" value="1" />
        <div>
            <ul class="inline">
                            </ul>
        </div>
        {table}
    </form>

    {bottom}
    <div class="clearfix"></div>
"""
        head = ""
        if k > 0:
            head += f'\t<link href="{h(path(k - 1))}" rel="prev">\n'
        if k + 1 < n:
            head += f'\t<link href="{h(path(k + 1))}" rel="next">\n'
        title = h(b.name) + (f" - Page {k + 1}" if k else "")
        return self.joomla_doc(title, self.kunena(content, self.trail(b)), "com_kunena view-category layout-default",
                               b.description or b.name, head)

    def category_head(self, b: Board) -> str:
        """`Category/Index` of a category without sub-categories: its own box, with its description."""
        desc = (f"""
                    <thead>
                        <tr>
                            <td colspan="12">
                                <div class="bg-faded p-2">{h(b.description)}</div>
                            </td>
                        </tr>
                    </thead>""" if b.description else "")
        return f"""
    <div class="kfrontend shadow-lg rounded border section">
        <h1 class="card-header">
            <a href="{self.board_base(b)}" title="Consulter la catégorie '{h(b.name)}'" class="hasTooltip">{h(b.name)}</a>
            <small class="hidden-xs-down nowrap" id="ksection-count{b.id}">
                {len(b.threads)} Sujets
            </small>
        </h1>
        <div class=" collapse show shadow-lg rounded" id="section{b.id}">
            <table class="table table-responsive w-100 d-block d-md-table">{desc}
            </table>
        </div>
    </div>"""

    def search(self, catid: int | None = None, topic: int | None = None) -> str:
        hidden = (f'\n            <input type="hidden" name="catids[]" value="{catid}" />' if catid is not None else "") + \
                 (f'\n            <input type="hidden" name="ids[]" value="{topic}" />' if topic is not None else "")
        return f"""<div class="kunena-search search">
    <form role="search" action="{self.front}" method="post">
        <input type="hidden" name="view" value="search" />
        <input type="hidden" name="task" value="results" />{hidden}
        <input type="hidden" name="token" value="1" />
        <div class="input-group">
            <input name="query" class="form-control hasTooltip" id="mod-search-searchword" type="search" maxlength="64" placeholder="Rechercher" data-bs-toggle="tooltip" title="Entrez ici les termes de votre recherche" />
            <button class="btn btn-outline-primary" type="submit">
                <span class="icon-search" aria-hidden="true"></span>
            </button>
        </div>
    </form>
</div>"""

    # -- topic ----------------------------------------------------------------------------------------------
    def quote(self, t: Thread, m: Message) -> str:
        """`[quote="X" post=N]` (the quote button's, when the quoted post is in the topic) or the plain `[quote="X"]`."""
        who, text = m.quote
        i = t.messages.index(m)
        src = next((q for q in reversed(t.messages[:i]) if q.author == who), None)
        if src is not None:
            link = f"http://{self.f.host}{self.msg_url(t, src)}"
            return f"""<blockquote style="margin: .75em 0;background: #f9fafa;border: 1px solid #e0e0e0;border-left: 2px solid #1f85bd;"><p class="kmsgtext-quote">
    <div style="padding: 12px 1px;font-size: 1.3rem;background: #fff;">
        <a href="{h(link)}"> {h(who)} écrit: <i class="fas fa-arrow-circle-up"></i></a>
        </div>
        {bbcode([text])}
        </blockquote>
"""
        return f'<blockquote><p class="kmsgtext-quote">{h(who)} écrit: {bbcode([text])}</p></blockquote>\n'

    def profilebox(self, name: str, starter: bool) -> str:
        posts = self.n_posts[name]
        rank = "Administrateur" if name in self.f.admins else ("Membre junior" if posts >= 20 else "Nouveau membre")
        rank_img = "rankadmin.gif" if name in self.f.admins else ("rank2.gif" if posts >= 20 else "rank1.gif")
        starter_html = '\n                <span class="d-none d-lg-block topic-starter">Auteur du sujet</span>' if starter else ""
        return f"""<ul class="unstyled center profilebox">
    <li>
        <strong>{self.user_link(name)}</strong>
    </li>
            <li>
            <a class="kwho-user hasTooltip" href="{self.user_path(name)}" data-bs-toggle="tooltip" title="Consulter le profil de {h(name)}" rel="nofollow"><img loading="lazy" class="rounded-circle" width="144" height="144"  src="/media/kunena/avatars/resized/size144/nophoto.png" alt="Avatar de {h(name)}" /></a>{starter_html}
                                </li>
    
                <li>
                <span class="badge bg-secondary" data-bs-toggle="tooltip" title="">Hors Ligne</span>            </li>
        
            <li>
            {rank}        </li>
    
            <li>
            <img src="/media/kunena/ranks/{rank_img}" height="16" width="70" alt="{rank}" />        </li>
    
    </ul>
    <div class="profile-expand center">
        <span class="heading btn btn-outline-primary border btn-xs heading-less hasTooltip" style="display:none;" data-bs-toggle="tooltip" title="Cacher les informations de l'utilisateur">&#8593;Moins</span>
        <span class="heading btn btn-outline-primary border btn-xs hasTooltip" data-bs-toggle="tooltip" title="Cliquez pour voir plus d'informations sur cet utilisateur">&#8595;Plus</span>
        <div class="content" style="display:none;">
            <ul>
                                    <li>
                        Messages : {posts}                    </li>
                                                                            </ul>
        </div>
    </div>
"""

    def message(self, t: Thread, m: Message) -> str:
        first = m is t.messages[0]
        here = self.msg_url(t, m)
        subject = self.topic_link(t, here, h(t.title), "hasTooltip topictitle")
        header = (f"<em>{subject}</em> a été créé par <em>{self.user_link(m.author)}</em>" if first else
                  f"Réponse de <em>{self.user_link(m.author)}</em> sur le sujet <em>{subject}</em>")
        body = (self.quote(t, m) if m.quote else "") + bbcode(m.text)
        sig = (f"""
            <div class="ksig">
            <hr>
            <span class="ksignature">{bbcode([m.signature])}</span>
        </div>
    """ if m.signature else "")
        return f"""    <div class="row message">
        <div class="col-md-2 shadow rounded d-none d-sm-block">
            {self.profilebox(m.author, m.author == t.messages[0].author)}        </div>
        <div class="col-md-10 shadow-lg rounded message-published">
            
<small class="float-end">
        <span class="text-muted">
        {_CLOCK}        {self.span(m.when)}                <a href="#{m.id}" id="{m.id}" rel="canonical">#{m.id}</a>
        <span class="d-block d-sm-none">par {self.user_link(m.author)}</span>
    </span>
</small>

<div class="shadow-none p-4 mb-5 rounded">
    <div class="mykmsg-header">
        {header}            </div>
    <div class="kmsg">
        {body}    </div>{sig}
</div>

        </div>
    </div>

"""

    def thread(self, t: Thread, k: int) -> str:
        b = self.board_of[t.id]
        n = self.n_pages(len(t.messages), self.per)
        path = (lambda i, t=t: self.thread_path(t, i))
        msgs = "".join(self.message(t, m) for m in self.chunk(t, k))
        nav = self.pagination(k, n, path)
        content = f"""<div class="kunena-topic-item ">
    
    <h1>
        <img src="/media/kunena/topic_icons/default/user/default.png" alt="emo" />
                {h(t.title)}

            </h1>

    <div></div>

    <div class="float-start">
        {nav}    </div>
    <h2 class="float-end">
        {self.search(topic=t.id)}    </h2>

    <div class="clearfix"></div>

    
    
    <div class="topic-item-messages">{msgs}</div>
    <div class="float-start">
        {nav}    </div>
    <div class="float-end">
        {self.search(topic=t.id)}    </div>

    <div></div>

    
    <div class="clearfix"></div>
    <div class="float-end"></div>
</div>
"""
        first = t.messages[0]
        desc = " ".join(" ".join(first.text).split())[:160]
        head = (f'\t<meta property="og:url" content="http://{self.f.host}{h(path(k))}">\n'
                f'\t<meta property="og:type" content="article">\n'
                f'\t<meta property="og:title" content="{h(t.title)}">\n'
                f'\t<meta property="og:description" content="{h(t.title)}">\n'
                f'\t<meta property="article:published_time" content="{iso(first.when)}">\n'
                f'\t<meta property="article:section" content="{h(b.name)}">\n'
                f'\t<meta name="twitter:card" content="summary">\n'
                f'\t<meta name="twitter:title" content="{h(t.title)}">\n')
        if k > 0:
            head += f'\t<link href="{h(path(k - 1))}" rel="prev">\n'
        if k + 1 < n:
            head += f'\t<link href="{h(path(k + 1))}" rel="next">\n'
        trail = self.trail(b) + [(h(t.title), self.topic_base(t))]
        return self.joomla_doc(h(t.title), self.kunena(content, trail), f"com_kunena view-topic layout-default itemid-{t.id}",
                               desc, head)

    def recent(self, k: int) -> str:
        """The Kunena menu's "Sujets récents" (menu alias `recent`: `view=topics&mode=replies`,
        `topics/default/default.php` with the topic rows), newest last post first."""
        threads = sorted(self.f.threads(), key=lambda t: t.messages[-1].when, reverse=True)
        n = self.n_pages(len(threads), self.tper)
        path = (lambda i: self.recent_path(i))
        rows = "".join(self.topic_row(t) for t in threads[k * self.tper:(k + 1) * self.tper])
        content = f"""<div class="kfrontend shadow-lg rounded border">
    <h1 class="float-start">
        Discussions récentes
        <small class="d-none d-sm-block">({len(threads)} Sujets)</small>
    </h1>
    <div class="clearfix"></div>
    <div class="float-start">
        {self.pagination(k, n, path)}
    </div>
    <table class="table">
        <thead>
            <tr>
                <th scope="col" class="center d-none d-md-table-cell"></th>
                <th scope="col" class="d-none d-md-table-cell">Sujet</th>
                <th scope="col" class="d-none d-md-table-cell">Réponses / Vues</th>
                <th scope="col" class="d-none d-md-table-cell">Dernier message</th>
            </tr>
        </thead>
        <tbody class="topic-list">{rows}
        </tbody>
    </table>
    <div class="float-start">
        {self.pagination(k, n, path)}
    </div>
</div>
"""
        return self.joomla_doc("Discussions récentes", self.kunena(content, [("Forum", self.front), ("Sujets récents", path(0))]),
                               "com_kunena view-topics layout-default")

    def recent_path(self, k: int) -> str:
        return f"{self.front}/recent" + (f"?start={k * self.tper}" if k else "")

    def simple_page(self, title: str, inner: str, path: str) -> str:
        return self.joomla_doc(title, self.kunena(inner, [("Forum", self.front), (title, path)]), "com_kunena view-misc")

    # -- user, feed, errors -----------------------------------------------------------------------------------
    def profile(self, name: str) -> str:
        j = self.joined(name)
        mine = [m for t in self.f.threads() for m in t.messages if m.author == name]
        last = max((m.when for m in mine), default=None)
        last_li = f"\n\t\t\t<li><strong>Dernière visite :</strong> {self.kdate(last)}</li>" if last else ""
        content = f"""<div class="kunena-user-profile">
	<h1>Profil de {h(name)}</h1>
	<div class="row">
		<div class="col-md-3">
			<img loading="lazy" class="rounded-circle" width="144" height="144" src="/media/kunena/avatars/resized/size144/nophoto.png" alt="Avatar de {h(name)}" />
		</div>
		<div class="col-md-9">
		<ul class="list-unstyled">
			<li><strong>Rang :</strong> {"Administrateur" if name in self.f.admins else "Nouveau membre"}</li>
			<li><strong>Inscrit :</strong> {self.kdate(j)}</li>{last_li}
			<li><strong>Messages :</strong> {self.n_posts[name]}</li>
		</ul>
		</div>
	</div>
</div>
"""
        return self.joomla_doc(f"Profil de {h(name)}", self.kunena(content, [("Forum", self.front), (h(name), self.user_path(name))]),
                               "com_kunena view-user layout-default")

    def rss(self, boards: list[Board], self_path: str, title: str) -> str:
        """`TopicsDisplay` (`mode=topics`): topics with a post in the last month, newest last post first, the first
        post's text; Joomla's `RssRenderer`."""
        cutoff = self.now - timedelta(days=30)
        pool = sorted((t for b in boards for t in b.threads if t.messages[-1].when >= cutoff),
                      key=lambda t: t.messages[-1].when, reverse=True)[:100]
        items = []
        for t in pool:
            m = t.messages[0]
            link = f"http://{self.f.host}{self.topic_base(t)}#{m.id}"
            items.append(f"""		<item>
			<title>{h(t.title + " - par: " + m.author)}</title>
			<link>{x(link)}</link>
			<guid isPermaLink="true">{x(link)}</guid>
			<description>{cdata(bbcode(m.text))}</description>
			<category>{h(self.board_of[t.id].name)}</category>
			<pubDate>{rfc822(m.when)}</pubDate>
		</item>
""")
        full = f"{title} - {self.f.name}" if self.sitename_titles else title
        return f"""<?xml version="1.0" encoding="utf-8"?>
<!-- generator="Kunena" -->
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
	<channel>
		<title>{h(full)}</title>
		<description>{cdata(self.f.tagline)}</description>
		<link>http://{self.f.host}{x(self.front)}</link>
		<lastBuildDate>{rfc822(self.now)}</lastBuildDate>
		<generator>Kunena</generator>
		<atom:link rel="self" type="application/rss+xml" href="http://{self.f.host}{x(self_path)}"/>
		<language>fr-fr</language>
{"".join(items)}	</channel>
</rss>
"""

    def home(self) -> str:
        """The Joomla site's home (com_content featured): the association's welcome article."""
        component = f"""<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">
    <div class="blog-items items-leading ">
            <div class="blog-item"
                itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
                    <div class="item-content">
        <div class="page-header">
                    <h2 itemprop="name">
                            Bienvenue            </h2>
                        </div>

        <p>{h(self.f.tagline)}</p>
<p>Rejoignez les discussions sur <a href="{self.front}">le forum</a>.</p>
    </div>
            </div>
            </div>
</div>
"""
        return self.joomla_doc("Accueil", component, "com_content view-featured no-layout no-task itemid-101", home=True)

    def missing(self) -> str:
        return """<!DOCTYPE html>
<html lang="fr-fr" dir="ltr">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Erreur : 404</title>
    <link href="/media/templates/site/cassiopeia/css/template.min.css" rel="stylesheet">
</head>
<body class="site error_site">
    <div class="outer">
        <div class="middle">
            <div class="inner well">
                <h1 class="page-header">La page demandée est introuvable.</h1>
                <blockquote>
                    <span class="badge bg-secondary">404</span> Page non trouvée
                </blockquote>
                <p><a href="/" class="btn btn-secondary"><span class="icon-home" aria-hidden="true"></span> Page d'accueil</a></p>
            </div>
        </div>
    </div>
</body>
</html>
"""


def item_pages(forum: Forum, now: datetime = NOW):
    return _Kunena(forum, now).item_pages()


def render(forum: Forum, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """All pages of a Joomla site with its Kunena forum, keyed by path?query, and its 404 page."""
    v = _Kunena(forum, now)
    keep = keep or {}
    last = v.last()
    out: dict[str, Page] = {}
    home = page(v.home(), modified=last)
    out["/"] = home
    if v.index_php:
        out["/index.php"] = home
    index = page(v.index(), modified=last)
    out[v.front] = index
    out[v.front + "/index"] = index
    for cid, name, boards in v.categories:
        out[v.section_path(name)] = page(v.section(cid, name, boards), modified=last)
    for b in forum.boards:
        mod = max((t.messages[-1].when for t in b.threads), default=last)
        for k in range(v.n_pages(len(b.threads), v.tper)):
            out[v.board_path(b, k)] = page(v.board(b, k), modified=mod)
        out[v.board_base(b) + "?start=0"] = out[v.board_path(b, 0)]  # the pagination's "Début" / "1"
    out.update(served(v, keep))
    for t in forum.threads():
        out[v.topic_base(t) + "?start=0"] = out[v.thread_path(t, 0)]
    recent = v.n_pages(len(forum.threads()), v.tper)
    for k in range(recent):
        out[v.recent_path(k)] = page(v.recent(k), modified=last)
    out[v.recent_path(0) + "?start=0"] = out[v.recent_path(0)]
    out[v.front + "/search"] = page(v.simple_page("Rechercher", v.search(), v.front + "/search"), modified=last)
    out[v.front + "/credits"] = page(v.simple_page(
        "Crédits", '<div class="kunena-credits"><h1>Kunena Forum</h1><p>Kunena est un composant de forum pour Joomla, '
        'développé par l\'équipe Kunena (<a href="https://www.kunena.org" rel="noopener noreferrer">www.kunena.org</a>).</p></div>',
        v.front + "/credits"), modified=last)
    for name in forum.users:
        out[v.user_path(name)] = page(v.profile(name), modified=last)
    out[v.feed_path()] = page(v.rss(forum.boards, v.feed_path(), "Discussions récentes"), RSS, modified=last)
    for b in forum.boards:
        out[v.feed_path(b)] = page(v.rss([b], v.feed_path(b), f"Sujet de la catégorie: {b.name}"), RSS, modified=last)
    delay = f"Crawl-delay: {forum.crawl_delay}\n" if forum.crawl_delay else ""
    out["/robots.txt"] = page(_ROBOTS.replace("{delay}", delay), TEXT)
    return out, page(v.missing(), status=404)
