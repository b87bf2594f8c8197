r"""bbPress 2.6 (its "default" template pack) in a French WordPress site, as the server answers a crawler.

Written blind from the plugin's real source, not from any parser. Followed `bbpress/bbPress` (trunk of March 2022,
2.6 branch templates): `src/templates/default/bbpress/` content-archive-forum.php, loop-forums.php,
loop-single-forum.php, content-single-forum.php, loop-topics.php, loop-single-topic.php, pagination-topics.php,
content-archive-topic.php, content-single-topic.php, content-single-topic-lead.php, pagination-replies.php,
loop-replies.php, loop-single-reply.php, content-single-reply.php, form-reply.php and form-topic.php (a guest's
"must be logged in" notices), form-user-login.php, form-search.php, content-single-user.php, user-details.php,
user-profile.php, feedback-no-topics.php; and the core they call: `includes/replies/template.php`
(bbp_has_replies: the topic itself first in the loop unless the lead topic is shown, date ASC, `_bbp_replies_per_page`;
bbp_get_reply_url `page/N/#post-ID`; bbp_get_reply_post_date "%1$s at %2$s"; bbp_get_reply_author_link with avatar,
name and role; bbp_get_reply_class with its empty classes left in; bbp_get_topic_pagination_count),
`includes/topics/template.php` (bbp_get_topic_pagination in the topic rows, mid_size 2 end_size 2;
bbp_get_topic_freshness_link; bbp_get_single_topic_description; bbp_get_forum_pagination_count),
`includes/common/template.php` (bbp_get_breadcrumb, its `&rsaquo;` separator padded with spaces),
`includes/common/formatting.php` (bbp_get_time_since: two chunks, "%s ago"), `includes/core/abstraction.php`
(bbp_paginate_links over WordPress' paginate_links, `&larr;` / `&rarr;`, mid_size 1 end_size 3, the first page made
canonical), `includes/common/functions.php` (bbp_request_feed_trap: the forum archive feed of all posts, a topic's
feed of its replies, a forum's feed, the topic archive feed), `includes/replies/functions.php` and
`includes/topics/functions.php` (bbp_display_replies_feed_rss2 / bbp_display_topics_feed_rss2, the topics feed's
pubDate the local last-active time written with "+0000"), `includes/core/options.php` (slugs `forums`, `forum`,
`topic`, `reply`, `users`, `topics`; 15 topics and replies a page, overridden here by the forum's own settings),
`src/bbpress.php` (the three post types public: WordPress' wp-sitemap lists them).
The French strings are not in the repository (translate.wordpress.org): they are from memory of the fr_FR pack
("Auteur", "Messages", "Sujet", "Participants", "Dernier message", "Démarré par : %1$s", "Voir le profil de %s",
"Affichage de %1$s messages - %2$s à %3$s (sur un total de %4$s)", "Maître des clés", "Répondre à : %s",
"Vous devez être connecté pour répondre à ce sujet.", "il y a %s"...), and so is the wording of the topic
description. WordPress core (wp_head, theme frames, wp-sitemap.xml, robots.txt, paginate_links) is from memory too.

A thread is a bbPress topic: its first message is the topic, the others its replies in date order (threaded replies
off, the default). A message's quote is written as the default editor's "b-quote" button leaves it: the quoted
author's line, then a `<blockquote>`. bbPress shows no signature (the model's signatures are not rendered). The
model's boards are forums; when they have several categories, each category is a bbPress "category" forum holding
them (hierarchical URLs `/forums/forum/categorie/sous-forum/`).

Varies by host (md5): the permalink settings (`/forums/topic/slug/` with `page/N/`, the French slugs a site can set
`/forum/sujet/slug/`, slugs without the forum root `/topic/slug/`, or WordPress without pretty permalinks
`/?topic=slug&paged=N`), the theme around bbPress (Twenty Twenty-One, Astra, GeneratePress), avatars on or off
(Gravatar's "mystery man" image), the time format (`G\hi`, `H:i`, `G \h i \m\i\n`), the lead topic (some themes
turn `bbp_show_lead_topic` on: the topic above the replies on every page, pages of replies only), and what the
forum root shows (forums or the latest topics).
Not rendered: wptexturize (quotes kept as typed), the search results, the user's "topics started" and "replies
created" sub-pages, WordPress' author archives and its users sitemap, the login and registration pages.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime
from html import escape

from sectorweb.dates import MOIS, NOW, to_utc
from sectorweb.families.common import RSS, TEXT, XML, Page, autolink, cdata, page, served
from sectorweb.families.forumkit import ForumView
from sectorweb.feeds import sitemapindex, x
from sectorweb.model import Board, Forum, Message, Thread

IGNORED_PARAMS = {"utm_source", "utm_medium", "utm_campaign", "replytocom", "view"}
BBP_VERSION = "2.6.11"
WP_VERSION = "6.5.5"
# (root, forum, topic, reply, users, topics archive, include root) or "plain"
URLS = {
    "default": ("forums", "forum", "topic", "reply", "users", "topics", True),
    "fr": ("forum", "categorie", "sujet", "reponse", "membre", "sujets", True),
    "noroot": ("forums", "forum", "topic", "reply", "users", "topics", False),
    "plain": None,
}
_URL_DRAW = ["default", "default", "fr", "default", "noroot", "plain", "default", "fr"]
THEMES = ["twentytwentyone", "astra", "generatepress"]
TIME_FORMATS = ["G\\hi", "H:i", "G \\h i \\m\\i\\n"]
_EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _pick(host: str, what: str, n: int) -> int:
    return int(hashlib.md5(f"bbpress:{what}:{host}".encode()).hexdigest()[:8], 16) % n


def options(host: str) -> dict:
    """The site's settings, drawn per host."""
    return {"urls": _URL_DRAW[_pick(host, "urls", len(_URL_DRAW))],
            "theme": THEMES[_pick(host, "theme", len(THEMES))],
            "avatars": _pick(host, "avatars", 3) != 0,
            "time": TIME_FORMATS[_pick(host, "time", len(TIME_FORMATS))],
            "lead": _pick(host, "lead", 4) == 0,
            "root_topics": _pick(host, "root", 4) == 0}


# -- text ---------------------------------------------------------------------------------------------------------
def h(text: str) -> str:
    """esc_html() / esc_attr(): & < > " ' as entities."""
    return escape(text, quote=True).replace("&#x27;", "&#039;")


def kses(text: str) -> str:
    """Text as stored by the editor and kses (`&`, `<`, `>` as entities, quotes as typed)."""
    return escape(text, quote=False)


_ACCENTS = {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "€": "E", "ø": "o", "Ø": "O", "đ": "d", "ł": "l"}


def sanitize_title(text: str) -> str:
    """WordPress' sanitize_title() on save: remove_accents(), then sanitize_title_with_dashes()."""
    text = re.sub(r"<[^>]*>", "", text)
    text = re.sub(r"%(?![a-fA-F0-9]{2})", "", text)  # escaped octets are kept, other "%" dropped
    text = "".join(_ACCENTS.get(c, c) for c in text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("&nbsp;", "-").replace("\xa0", "-").replace("–", "-").replace("—", "-").replace("/", "-")
    text = "".join(c for c in text if ord(c) < 128)  # the characters left are percent-encoded then mostly stripped
    text = re.sub(r"&.+?;", "", text).replace(".", "-")
    text = re.sub(r"[^%a-z0-9 _-]", "", text)
    text = re.sub(r"\s+", "-", text)
    return re.sub(r"-+", "-", text).strip("-")


def unique_slugs(items: list, key) -> dict:
    """wp_unique_post_slug(): a taken slug gets "-2", "-3"... (items in creation order)."""
    taken: set[str] = set()
    out = {}
    for it in items:
        base = sanitize_title(key(it)) or "sans-titre"
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        out[id(it)] = slug
    return out


def _topic_slugs(forum: Forum) -> dict[int, str]:
    """Thread id -> its topic's slug: topics in the order they were created."""
    threads = sorted(forum.threads(), key=lambda t: (t.messages[0].when, t.messages[0].id))
    got = unique_slugs(threads, lambda t: t.title)
    return {t.id: got[id(t)] for t in threads}


# Topic slugs depend on the other topics of the forum (two equal titles: "-2"); thread_url is given the thread alone,
# so each forum's slugs are recorded when it is rendered or listed (or given to `families.thread_url`).
_REGISTRY: dict[int, tuple[Thread, str]] = {}


def remember_forum(forum: Forum) -> None:
    slugs = _topic_slugs(forum)
    for t in forum.threads():
        _REGISTRY[id(t)] = (t, slugs[t.id])


def _slug_of(thread: Thread) -> str:
    hit = _REGISTRY.get(id(thread))
    if hit is not None and hit[0] is thread:
        return hit[1]
    return sanitize_title(thread.title) or "sans-titre"


def topic_path(host: str, slug: str, n: int = 1) -> str:
    kind = options(host)["urls"]
    if kind == "plain":
        return f"/?topic={slug}" + (f"&paged={n}" if n > 1 else "")
    root, _, topic, _, _, _, inc = URLS[kind]
    base = (f"/{root}" if inc else "") + f"/{topic}/{slug}/"
    return base + (f"page/{n}/" if n > 1 else "")


def thread_url(host: str, thread: Thread) -> str:
    return f"http://{host}{topic_path(host, _slug_of(thread))}"


def rfc_gmt(d: datetime) -> str:
    u = to_utc(d)
    return f"{_EN_DAYS[u.weekday()]}, {u.day:02d} {_EN_MONTHS[u.month - 1]} {u.year} {u:%H:%M:%S} +0000"


def rfc_local_as_gmt(d: datetime) -> str:
    """mysql2date('D, d M Y H:i:s +0000', _bbp_last_active_time): the local time written as UTC."""
    return f"{_EN_DAYS[d.weekday()]}, {d.day:02d} {_EN_MONTHS[d.month - 1]} {d.year} {d:%H:%M:%S} +0000"


def php_time(fmt: str, d: datetime) -> str:
    """The few PHP date() characters of French time formats."""
    out, esc_next = [], False
    for c in fmt:
        if esc_next:
            out.append(c)
            esc_next = False
        elif c == "\\":
            esc_next = True
        elif c == "G":
            out.append(str(d.hour))
        elif c == "H":
            out.append(f"{d.hour:02d}")
        elif c == "i":
            out.append(f"{d.minute:02d}")
        else:
            out.append(c)
    return "".join(out)


def time_since(older: datetime, newer: datetime) -> str:
    """bbp_get_time_since(): the two largest chunks, "il y a 2 mois, 1 semaine"."""
    since = int((newer - older).total_seconds())
    if since < 0:
        return "un moment"
    chunks = [(365 * 86400, "an", "ans"), (30 * 86400, "mois", "mois"), (7 * 86400, "semaine", "semaines"),
              (86400, "jour", "jours"), (3600, "heure", "heures"), (60, "minute", "minutes"), (1, "seconde", "secondes")]
    for i, (sec, one, many) in enumerate(chunks):
        count = since // sec
        if count:
            out = f"{count} {one if count < 2 else many}"
            if i + 2 < len(chunks):
                sec2, one2, many2 = chunks[i + 1]
                count2 = (since - sec * count) // sec2
                if count2:
                    out += f", {count2} {one2 if count2 < 2 else many2}"
            return f"il y a {out}"
    return "à l’instant"


def avatar(name: str, size: int) -> str:
    """get_avatar() for a member without a Gravatar (the "mystery man" default), with WordPress' retina srcset."""
    hsh = hashlib.md5(sanitize_title(name).encode()).hexdigest()
    src = f"https://secure.gravatar.com/avatar/{hsh}?s={size}&#038;d=mm&#038;r=g"
    src2 = f"https://secure.gravatar.com/avatar/{hsh}?s={size * 2}&#038;d=mm&#038;r=g"
    return (f'<img alt="" src="{src}" srcset="{src2} 2x" class="avatar avatar-{size} photo" height="{size}" '
            f'width="{size}" loading="lazy" decoding="async"/>')


def paginate_links(cur: int, total: int, url, mid: int = 1, end: int = 3, prev_next: bool = True) -> str:
    """WordPress' paginate_links() (type plain), as bbp_paginate_links() calls it; `url(n)` the page's URL (page 1
    already canonical); `cur` 0 for the topic rows' links (no current page, no prev/next)."""
    if total < 2:
        return ""
    links, dots = [], False
    if prev_next and cur and cur > 1:
        links.append(f'<a class="prev page-numbers" href="{url(cur - 1)}">&larr;</a>')
    for n in range(1, total + 1):
        if n == cur:
            links.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
            dots = True
        elif n <= end or (cur and cur - mid <= n <= cur + mid) or n > total - end:
            links.append(f'<a class="page-numbers" href="{url(n)}">{n}</a>')
            dots = True
        elif dots:
            links.append('<span class="page-numbers dots">&hellip;</span>')
            dots = False
    if prev_next and cur and cur < total:
        links.append(f'<a class="next page-numbers" href="{url(cur + 1)}">&rarr;</a>')
    return "\n".join(links)


class _BBP(ForumView):
    def __init__(self, forum: Forum, now: datetime = NOW):
        super().__init__(forum, now)
        self.o = options(forum.host)
        self.kind = self.o["urls"]
        self.pretty = self.kind != "plain"
        self.lead = self.o["lead"]
        remember_forum(forum)
        self.topic_slug = _topic_slugs(forum)
        cats: dict[str, list[Board]] = {}
        for b in forum.boards:
            cats.setdefault(b.category, []).append(b)
        self.nested = len(cats) > 1
        self.cat_boards = list(cats.items())
        # WordPress post ids: the forums first, then topics and replies as they were posted
        nid = 8 + _pick(forum.host, "firstid", 40)
        self.cat_id: dict[str, int] = {}
        self.board_id: dict[int, int] = {}
        if self.nested:
            for name, _ in self.cat_boards:
                self.cat_id[name] = nid
                nid += 1
        for b in forum.boards:
            self.board_id[b.id] = nid
            nid += 1
        self.wp_id: dict[int, int] = {}
        for m in sorted((m for t in forum.threads() for m in t.messages), key=lambda m: (m.when, m.id)):
            nid += 1 + (m.id % 5 == 0)  # an autosave, a revision: ids are not consecutive
            self.wp_id[m.id] = nid
        forums = ([("cat", name) for name, _ in self.cat_boards] if self.nested else []) + [("board", b) for b in forum.boards]
        slugs = unique_slugs(forums, lambda f: f[1] if f[0] == "cat" else f[1].name)
        self.cat_slug = {f[1]: slugs[id(f)] for f in forums if f[0] == "cat"}
        self.board_slug = {f[1].id: slugs[id(f)] for f in forums if f[0] == "board"}
        self.cat_of = {b.id: b.category for b in forum.boards}
        users = sorted(forum.users, key=lambda n: forum.users[n])
        nice = unique_slugs(users, lambda n: n[:50])
        self.nicename = {n: nice[id(n)] for n in users}
        self.topic_of = {m.id: t for t in forum.threads() for m in t.messages}
        self.last_active = {t.id: t.messages[-1].when for t in forum.threads()}

    # -- URLs -----------------------------------------------------------------------------------------------------
    def slugs(self):
        return URLS[self.kind]

    def prefix(self) -> str:
        root, *_, inc = self.slugs()
        return f"/{root}" if inc else ""

    def root_path(self, n: int = 1) -> str:
        if not self.pretty:
            return "/?post_type=forum" + (f"&paged={n}" if n > 1 else "")
        return f"/{self.slugs()[0]}/" + (f"page/{n}/" if n > 1 else "")

    def topics_path(self, n: int = 1) -> str:
        if not self.pretty:
            return "/?post_type=topic" + (f"&paged={n}" if n > 1 else "")
        return f"{self.prefix()}/{self.slugs()[5]}/" + (f"page/{n}/" if n > 1 else "")

    def forum_path(self, b: Board | None = None, cat: str | None = None, n: int = 1) -> str:
        chain = [self.cat_slug[cat]] if cat is not None else \
            ([self.cat_slug[b.category]] if self.nested else []) + [self.board_slug[b.id]]
        if not self.pretty:
            return f"/?forum={'/'.join(chain)}" + (f"&paged={n}" if n > 1 else "")
        return f"{self.prefix()}/{self.slugs()[1]}/{'/'.join(chain)}/" + (f"page/{n}/" if n > 1 else "")

    def topic_path(self, t: Thread, n: int = 1) -> str:
        return topic_path(self.f.host, self.topic_slug[t.id], n)

    def reply_path(self, m: Message) -> str:
        if not self.pretty:
            return f"/?reply={self.wp_id[m.id]}"
        return f"{self.prefix()}/{self.slugs()[3]}/{self.wp_id[m.id]}/"

    def user_path(self, name: str) -> str:
        if not self.pretty:
            return f"/?bbp_user={self.f.users[name]}"
        return f"{self.prefix()}/{self.slugs()[4]}/{self.nicename[name]}/"

    def feed_path(self, of: str, arg=None) -> str:
        """"all" (the forum archive's feed of every post), "topics" (the topic archive's), "topic" or "forum"
        (`arg` a board, or a category's name)."""
        if of == "all":
            return "/?post_type=forum&feed=rss2" if not self.pretty else self.root_path() + "feed/"
        if of == "topics":
            return "/?post_type=topic&feed=rss2" if not self.pretty else self.topics_path() + "feed/"
        if of == "topic":
            base = self.topic_path(arg)
        else:
            base = self.forum_path(cat=arg) if isinstance(arg, str) else self.forum_path(arg)
        return base + "&feed=rss2" if not self.pretty else base + "feed/"

    def u(self, path: str) -> str:
        """An absolute URL as esc_url() writes it in HTML (`&` as `&#038;`)."""
        return (self.base + path).replace("&", "&#038;")

    def thread_path(self, t: Thread, k: int) -> str:
        return self.topic_path(t, k + 1)

    def board_path(self, b: Board, k: int) -> str:
        return self.forum_path(b, n=k + 1)

    # -- the topic's pages -------------------------------------------------------------------------------------------
    def loop_posts(self, t: Thread) -> list[Message]:
        """The reply loop's posts: the topic and its replies, or the replies alone under a lead topic."""
        return t.messages[1:] if self.lead else list(t.messages)

    def n_topic_pages(self, t: Thread) -> int:
        return max(1, -(-len(self.loop_posts(t)) // self.per))

    def position(self, t: Thread, m: Message) -> int:
        """bbp_get_reply_position(): 0 for the topic, bumped by one when the topic is in the loop."""
        i = t.messages.index(m)
        return i if self.lead else i + 1

    def reply_url(self, t: Thread, m: Message) -> str:
        """bbp_get_reply_url(): the topic's page holding the post, `#post-ID`."""
        pos = max(1, self.position(t, m))
        pg = -(-pos // self.per)
        return self.u(self.topic_path(t, pg)) + f"#post-{self.wp_id[m.id]}"

    # -- pieces --------------------------------------------------------------------------------------------------
    def date_at(self, d: datetime) -> str:
        return f"{d.day} {MOIS[d.month - 1]} {d.year} à {php_time(self.o['time'], d)}"

    def role(self, name: str) -> str:
        return "Maître des clés" if name in self.f.admins else "Participant"

    def author_link(self, name: str, size: int, role: bool = False, sep: str = "") -> str:
        """bbp_get_reply_author_link() / bbp_get_author_link(): avatar and name in spans, in the profile link."""
        parts = []
        parts.append(f'<span  class="bbp-author-avatar">{avatar(name, size) if self.o["avatars"] else ""}</span>')
        parts.append(f'<span  class="bbp-author-name">{h(name)}</span>')
        out = (f'<a href="{self.u(self.user_path(name))}" title="Voir le profil de {h(name)}" class="bbp-author-link">'
               f'{sep.join(parts)}</a>')
        if role:
            out += f'<div class="bbp-author-role">{self.role(name)}</div>'
        return out

    def content(self, m: Message) -> str:
        """The post's content through bbPress' filters: bbp_make_clickable (rel nofollow), wpautop."""
        def para(t: str) -> str:
            return "<p>" + autolink(t, "nofollow", escape=kses) + "</p>"
        out = []
        if m.quote:
            out.append(f"<p>{kses(m.quote[0])} a écrit :</p>")
            out.append("<blockquote>" + "\n".join(para(q) for q in m.quote[1].split("\n\n")) + "</blockquote>")
        out += [para(t) for t in m.text]
        return "\n".join(out) + "\n"

    def breadcrumb(self, trail: list[tuple[str, str, str]], current: str) -> str:
        """bbp_get_breadcrumb(): (url, class, text) crumbs then the current page."""
        crumbs = [f'<a href="{self.base}/" class="bbp-breadcrumb-home">Accueil</a>']
        crumbs += [f'<a href="{self.u(u)}" class="bbp-breadcrumb-{cls}">{text}</a>' for u, cls, text in trail]
        crumbs.append(f'<span class="bbp-breadcrumb-current">{current}</span>')
        return '<div class="bbp-breadcrumb"><p>' + ' <span class="bbp-breadcrumb-sep">&rsaquo;</span> '.join(crumbs) + "</p></div>"

    def forum_trail(self, b: Board | None) -> list[tuple[str, str, str]]:
        trail = [(self.root_path(), "root", "Forums")]
        if b is not None:
            if self.nested:
                trail.append((self.forum_path(cat=b.category), "forum", h(b.category)))
            trail.append((self.forum_path(b), "forum", h(b.name)))
        return trail

    def search_form(self) -> str:
        return ('<div class="bbp-search-form">\n\t\t<form role="search" method="get" id="bbp-search-form">\n\t\t\t<div>\n'
                '\t\t\t\t<label class="screen-reader-text hidden" for="bbp_search">Rechercher :</label>\n'
                '\t\t\t\t<input type="hidden" name="action" value="bbp-search-request" />\n'
                '\t\t\t\t<input type="text" value="" name="bbp_search" id="bbp_search" />\n'
                '\t\t\t\t<input class="button" type="submit" id="bbp_search_submit" value="Rechercher" />\n'
                '\t\t\t</div>\n\t\t</form>\n\t</div>')

    def login_form(self) -> str:
        return f"""<form method="post" action="{self.base}/wp-login.php" class="bbp-login-form">
	<fieldset class="bbp-form">
		<legend>Se connecter</legend>
		<div class="bbp-username">
			<label for="user_login">Identifiant : </label>
			<input type="text" name="log" value="" size="20" maxlength="100" id="user_login" autocomplete="off" />
		</div>
		<div class="bbp-password">
			<label for="user_pass">Mot de passe : </label>
			<input type="password" name="pwd" value="" size="20" id="user_pass" autocomplete="off" />
		</div>
		<div class="bbp-remember-me">
			<input type="checkbox" name="rememberme" value="forever"  id="rememberme" />
			<label for="rememberme">Se souvenir de moi</label>
		</div>
		<div class="bbp-submit-wrapper">
			<button type="submit" name="user-submit" id="user-submit" class="button submit user-submit">Se connecter</button>
			<input type="hidden" name="user-cookie" value="1" />
		</div>
	</fieldset>
</form>"""

    # -- forum lists ---------------------------------------------------------------------------------------------
    def board_threads(self, boards: list[Board]) -> list[Thread]:
        return [t for b in boards for t in b.threads]

    def freshness(self, threads: list[Thread]) -> tuple[str, str]:
        """(freshness link, its author link) of the newest post of `threads`."""
        if not threads:
            return "Aucun sujet", ""
        t = max(threads, key=lambda t: (t.messages[-1].when, t.messages[-1].id))
        m = t.messages[-1]
        title = t.title if m is t.messages[0] else f"Répondre à : {t.title}"
        link = f'<a href="{self.reply_url(t, m)}" title="{h(title)}">{time_since(m.when, self.now)}</a>'
        return link, self.author_link(m.author, 14)

    def forum_row(self, fid: int, url: str, name: str, desc: str, threads: list[Thread], i: int,
                  subs: list[Board] | None = None, category: bool = False) -> str:
        fresh, who = self.freshness(threads)
        n_posts = sum(len(t.messages) for t in threads)
        replies = n_posts - len(threads)
        sub = ""
        if subs:
            items = "".join(f'<li class="bbp-forum css-sep"><a href="{self.u(self.forum_path(b))}" class="bbp-forum-link">{h(b.name)}</a> '
                            f'({len(b.threads)}, {replies_of(b, self.lead)})</li>' for b in subs)
            sub = f'<ul class="bbp-forums-list">{items}</ul>'
        cls = " ".join(["loop-item-" + str(i), "odd" if i % 2 == 0 else "even", f"post-{fid}", "forum", "type-forum",
                        "status-publish", "hentry"] + (["status-category"] if category else []))
        return f"""<ul id="bbp-forum-{fid}" class="{cls}">
	<li class="bbp-forum-info">
		<a class="bbp-forum-title" href="{url}">{name}</a>
		<div class="bbp-forum-content">{desc}</div>
		{sub}
	</li>
	<li class="bbp-forum-topic-count">{len(threads)}</li>
	<li class="bbp-forum-reply-count">{replies if self.lead else n_posts}</li>
	<li class="bbp-forum-freshness">
		{fresh}
		<p class="bbp-topic-meta">
			<span class="bbp-topic-freshness-author">{who}</span>
		</p>
	</li>
</ul><!-- #bbp-forum-{fid} -->
"""

    def loop_forums(self, rows: str, list_id: int = 0) -> str:
        return f"""<ul id="forums-list-{list_id}" class="bbp-forums">
	<li class="bbp-header">
		<ul class="forum-titles">
			<li class="bbp-forum-info">Forum</li>
			<li class="bbp-forum-topic-count">Sujets</li>
			<li class="bbp-forum-reply-count">{"Réponses" if self.lead else "Messages"}</li>
			<li class="bbp-forum-freshness">Dernier message</li>
		</ul>
	</li><!-- .bbp-header -->
	<li class="bbp-body">
{rows}	</li><!-- .bbp-body -->
	<li class="bbp-footer">
		<div class="tr">
			<p class="td colspan4">&nbsp;</p>
		</div><!-- .tr -->
	</li><!-- .bbp-footer -->
</ul><!-- .forums-directory -->
"""

    def forum_index(self) -> str:
        rows = []
        if self.nested:
            for i, (name, boards) in enumerate(self.cat_boards):
                cid = self.cat_id[name]
                rows.append(self.forum_row(cid, self.u(self.forum_path(cat=name)), h(name), "", self.board_threads(boards),
                                           i, subs=boards, category=True))
        else:
            for i, b in enumerate(self.f.boards):
                rows.append(self.forum_row(self.board_id[b.id], self.u(self.forum_path(b)), h(b.name),
                                           f"<p>{kses(b.description)}</p>\n" if b.description else "", b.threads, i))
        return self.loop_forums("".join(rows))

    # -- topic lists ----------------------------------------------------------------------------------------------
    def topic_row(self, t: Thread, i: int, in_forum: bool) -> str:
        b = self.board_of[t.id]
        tid = self.wp_id[t.messages[0].id]
        opener = t.messages[0].author
        n_pages = self.n_topic_pages(t)
        pag = paginate_links(0, n_pages, lambda n: self.u(self.topic_path(t, n)), mid=2, end=2, prev_next=False)
        pag = f'<span class="bbp-topic-pagination">{pag}</span>' if pag else ""
        started_in = "" if in_forum else \
            f'\n\t\t\t<span class="bbp-topic-started-in">dans : <a href="{self.u(self.forum_path(b))}">{h(b.name)}</a></span>'
        voices = len({m.author for m in t.messages})
        count = len(t.messages) - 1 if self.lead else len(t.messages)
        fresh, who = self.freshness([t])
        cls = " ".join([f"loop-item-{i}", f"user-id-{self.f.users[opener]}", f"bbp-parent-forum-{self.board_id[b.id]}",
                        "odd" if i % 2 == 0 else "even", f"post-{tid}", "topic", "type-topic", "status-publish", "hentry"])
        return f"""<ul id="bbp-topic-{tid}" class="{cls}">
	<li class="bbp-topic-title">
		<a class="bbp-topic-permalink" href="{self.u(self.topic_path(t))}">{h(t.title)}</a>
		{pag}
		<p class="bbp-topic-meta">
			<span class="bbp-topic-started-by">Démarré par : {self.author_link(opener, 14)}</span>{started_in}
		</p>
	</li>
	<li class="bbp-topic-voice-count">{voices}</li>
	<li class="bbp-topic-reply-count">{count}</li>
	<li class="bbp-topic-freshness">
		{fresh}
		<p class="bbp-topic-meta">
			<span class="bbp-topic-freshness-author">{who}</span>
		</p>
	</li>
</ul><!-- #bbp-topic-{tid} -->
"""

    def loop_topics(self, threads: list[Thread], list_id: int, in_forum: bool) -> str:
        rows = "".join(self.topic_row(t, i, in_forum) for i, t in enumerate(threads))
        return f"""<ul id="bbp-forum-{list_id}" class="bbp-topics">
	<li class="bbp-header">
		<ul class="forum-titles">
			<li class="bbp-topic-title">Sujet</li>
			<li class="bbp-topic-voice-count">Participants</li>
			<li class="bbp-topic-reply-count">{"Réponses" if self.lead else "Messages"}</li>
			<li class="bbp-topic-freshness">Dernier message</li>
		</ul>
	</li>
	<li class="bbp-body">
{rows}	</li>
	<li class="bbp-footer">
		<div class="tr">
			<p>
				<span class="td colspan4">&nbsp;</span>
			</p>
		</div><!-- .tr -->
	</li>
</ul><!-- #bbp-forum-{list_id} -->
"""

    def topics_pagination(self, k: int, n: int, total: int, shown: int, url) -> str:
        """pagination-topics.php: bbp_forum_pagination_count() and the links."""
        start = k * self.tper + 1
        to = min(start + self.tper - 1, total)
        if total == 1:
            count = "Affichage de 1 sujet (sur 1 au total)"
        else:
            count = f"Affichage de {shown} sujets - {start} à {to} (sur un total de {total})"
        links = paginate_links(k + 1, n, url)
        return f"""<div class="bbp-pagination">
	<div class="bbp-pagination-count">{count}</div>
	<div class="bbp-pagination-links">{links}</div>
</div>
"""

    def sorted_threads(self, threads: list[Thread]) -> list[Thread]:
        """bbp_has_topics(): by last activity, newest first."""
        return sorted(threads, key=lambda t: (t.messages[-1].when, t.messages[-1].id), reverse=True)

    # -- pages -----------------------------------------------------------------------------------------------------
    def board(self, b: Board, k: int) -> str:
        threads = self.sorted_threads(b.threads)
        n = self.n_pages(len(threads), self.tper)
        chunk = threads[k * self.tper:(k + 1) * self.tper]
        fid = self.board_id[b.id]
        posts = sum(len(t.messages) for t in b.threads)
        if b.threads:
            fresh, who = self.freshness(b.threads)
            desc = (f"Ce forum contient {len(b.threads)} sujet{'s' if len(b.threads) > 1 else ''} et "
                    f"{posts - len(b.threads)} réponse{'s' if posts - len(b.threads) > 1 else ''}, et a été mis à jour "
                    f"pour la dernière fois par {who} {fresh}.")
        else:
            desc = "Ce forum est vide."
        url = lambda p: self.u(self.forum_path(b, n=p))  # noqa: E731
        if chunk:
            pag = self.topics_pagination(k, n, len(threads), len(chunk), url)
            listing = pag + self.loop_topics(chunk, fid, True) + pag
        else:
            listing = '<div class="bbp-template-notice">\n\t<ul>\n\t\t<li>Oh, zut ! Aucun sujet n’a été trouvé ici.</li>\n\t</ul>\n</div>\n'
        body = f"""<div id="bbpress-forums" class="bbpress-wrapper">
{self.breadcrumb(self.forum_trail(b)[:-1], h(b.name))}
<div class="bbp-template-notice info"><ul><li class="bbp-forum-description">{desc}</li></ul></div>
{listing}
<div id="no-topic-{fid}" class="bbp-no-topic">
	<div class="bbp-template-notice">
		<ul>
			<li>Vous devez être connecté pour créer de nouveaux sujets.</li>
		</ul>
	</div>
	{self.login_form()}
</div>
</div>
"""
        return self.frame(b.name, body, f"post-{fid}", "forum", k + 1, canonical=self.forum_path(b, n=k + 1),
                          feed=(f"{b.name} Flux", self.feed_path("forum", b)), body_class="forum-template-default single single-forum")

    def category(self, name: str, boards: list[Board]) -> str:
        cid = self.cat_id[name]
        rows = "".join(self.forum_row(self.board_id[b.id], self.u(self.forum_path(b)), h(b.name),
                                      f"<p>{kses(b.description)}</p>\n" if b.description else "", b.threads, i)
                       for i, b in enumerate(boards))
        threads = self.board_threads(boards)
        fresh, who = self.freshness(threads)
        posts = sum(len(t.messages) for t in threads)
        desc = (f"Cette catégorie contient {len(boards)} forum{'s' if len(boards) > 1 else ''}, {len(threads)} sujets et "
                f"{posts - len(threads)} réponses, et a été mise à jour pour la dernière fois par {who} {fresh}."
                if threads else "Cette catégorie est vide.")
        body = f"""<div id="bbpress-forums" class="bbpress-wrapper">
{self.breadcrumb([(self.root_path(), "root", "Forums")], h(name))}
<div class="bbp-template-notice info"><ul><li class="bbp-forum-description">{desc}</li></ul></div>
{self.loop_forums(rows, cid)}
</div>
"""
        return self.frame(name, body, f"post-{cid}", "forum", 1, canonical=self.forum_path(cat=name),
                          feed=(f"{name} Flux", self.feed_path("forum", name)),
                          body_class="forum-template-default single single-forum")

    def archive(self) -> str:
        """The forum root (bbPress' forum archive) showing the forums: the search form and the forum index."""
        body = f"""<div id="bbpress-forums" class="bbpress-wrapper">
	{self.search_form()}
{self.breadcrumb([], "Forums")}
{self.forum_index()}
</div>
"""
        return self.frame("Forums", body, "post-0", "page", 1, canonical=self.root_path(),
                          body_class="archive post-type-archive post-type-archive-forum")

    def topics_archive(self, k: int, root: bool) -> str:
        """The latest topics: the forum root when it is set to show topics, else the topic archive."""
        threads = self.sorted_threads(self.f.threads())
        n = self.n_pages(len(threads), self.tper)
        chunk = threads[k * self.tper:(k + 1) * self.tper]
        where = self.root_path if root else self.topics_path
        pag = self.topics_pagination(k, n, len(threads), len(chunk), lambda p: self.u(where(p)))
        body = f"""<div id="bbpress-forums" class="bbpress-wrapper">
		<div class="bbp-search-form">
			{self.search_form()}
		</div>
{self.breadcrumb([] if root else [(self.root_path(), "root", "Forums")], "Forums" if root else "Sujets")}
{pag}{self.loop_topics(chunk, 0, False)}{pag}
</div>
"""
        return self.frame("Forums" if root else "Sujets", body, "post-0", "page", k + 1, canonical=where(k + 1),
                          body_class="archive post-type-archive post-type-archive-topic")

    def root_pages(self) -> dict[str, str]:
        """The forum root, and the topic archive (registered only when the root shows forums)."""
        n = self.n_pages(len(self.f.threads()), self.tper)
        if self.o["root_topics"]:
            return {self.root_path(k + 1): self.topics_archive(k, True) for k in range(n)}
        out = {self.root_path(): self.archive()}
        out.update({self.topics_path(k + 1): self.topics_archive(k, False) for k in range(n)})
        return out

    def lead_topic(self, t: Thread) -> str:
        m = t.messages[0]
        tid = self.wp_id[m.id]
        b = self.board_of[t.id]
        return f"""<ul id="bbp-topic-{tid}-lead" class="bbp-lead-topic">
	<li class="bbp-header">
		<div class="bbp-topic-author">Créateur</div><!-- .bbp-topic-author -->
		<div class="bbp-topic-content">
			Sujet
		</div><!-- .bbp-topic-content -->
	</li><!-- .bbp-header -->
	<li class="bbp-body">
		<div class="bbp-topic-header">
			<div class="bbp-meta">
				<span class="bbp-topic-post-date">{self.date_at(m.when)}</span>
				<a href="{self.u(self.topic_path(t))}" class="bbp-topic-permalink">#{tid}</a>
			</div><!-- .bbp-meta -->
		</div><!-- .bbp-topic-header -->
		<div id="post-{tid}" class="loop-item-0 user-id-{self.f.users[m.author]} bbp-parent-forum-{self.board_id[b.id]} odd  post-{tid} topic type-topic status-publish hentry">
			<div class="bbp-topic-author">
				{self.author_link(m.author, 80, role=True)}
			</div><!-- .bbp-topic-author -->
			<div class="bbp-topic-content">
				{self.content(m)}
			</div><!-- .bbp-topic-content -->
		</div><!-- #post-{tid} -->
	</li><!-- .bbp-body -->
	<li class="bbp-footer">
		<div class="bbp-topic-author">Créateur</div>
		<div class="bbp-topic-content">
			Sujet
		</div><!-- .bbp-topic-content -->
	</li>
</ul><!-- #bbp-topic-{tid}-lead -->
"""

    def single_reply(self, t: Thread, m: Message, i: int) -> str:
        """loop-single-reply.php for post `m`, the i-th of the page's loop."""
        rid = self.wp_id[m.id]
        tid = self.wp_id[t.messages[0].id]
        b = self.board_of[t.id]
        is_topic = m is t.messages[0]
        opener = t.messages[0].author
        post = f"post-{rid} topic type-topic status-publish hentry" if is_topic else f"post-{rid} reply type-reply status-publish hentry"
        mod = ""
        topic_author = "topic-author" if m.author == opener else ""
        classes = [f"loop-item-{i}", f"user-id-{self.f.users[m.author]}", f"bbp-parent-forum-{self.board_id[b.id]}",
                   f"bbp-parent-topic-{tid}", f"bbp-reply-position-{self.position(t, m)}", "odd" if i % 2 == 0 else "even"]
        classes += [topic_author] if topic_author else [""]
        cls = " ".join(classes + ([mod] if topic_author else []) + [post])
        return f"""
<div id="post-{rid}" class="bbp-reply-header">
	<div class="bbp-meta">
		<span class="bbp-reply-post-date">{self.date_at(m.when)}</span>
		<a href="{self.reply_url(t, m)}" class="bbp-reply-permalink">#{rid}</a>
	</div><!-- .bbp-meta -->
</div><!-- #post-{rid} -->

<div class="{cls}">
	<div class="bbp-reply-author">
		{self.author_link(m.author, 80, role=True)}
	</div><!-- .bbp-reply-author -->
	<div class="bbp-reply-content">
		{self.content(m)}
	</div><!-- .bbp-reply-content -->
</div><!-- .reply -->
"""

    def replies_pagination(self, t: Thread, k: int) -> str:
        loop = self.loop_posts(t)
        total, n = len(loop), self.n_topic_pages(t)
        shown = len(loop[k * self.per:(k + 1) * self.per])
        start = k * self.per + 1
        to = min(start + self.per - 1, total)
        what = ("réponse", "réponses") if self.lead else ("message", "messages")
        if shown == 1:
            count = f"Affichage de {start} {what[0]} (sur un total de {total})"
        else:
            count = f"Affichage de {shown} {what[1]} - {start} à {to} (sur un total de {total})"
        links = paginate_links(k + 1, n, lambda p: self.u(self.topic_path(t, p)))
        return f"""<div class="bbp-pagination">
	<div class="bbp-pagination-count">{count}</div>
	<div class="bbp-pagination-links">{links}</div>
</div>
"""

    def description(self, t: Thread) -> str:
        replies = len(t.messages) - 1
        voices = len({m.author for m in t.messages})
        fresh, who = self.freshness([t])
        rtxt = f"{replies} réponse" + ("s" if replies > 1 else "")
        vtxt = f"{voices} participant" + ("s" if voices > 1 else "")
        return (f'<div class="bbp-template-notice info"><ul><li class="bbp-topic-description">Ce sujet contient {rtxt}, '
                f"a {vtxt}, et a été mis à jour pour la dernière fois par {who}, {fresh}.</li></ul></div>")

    def thread(self, t: Thread, k: int) -> str:
        b = self.board_of[t.id]
        tid = self.wp_id[t.messages[0].id]
        loop = self.loop_posts(t)
        chunk = loop[k * self.per:(k + 1) * self.per]
        lead = self.lead_topic(t) if self.lead else ""
        replies = ""
        if chunk:
            label = "Réponses" if self.lead else "Messages"
            items = "".join(self.single_reply(t, m, i) for i, m in enumerate(chunk))
            pag = self.replies_pagination(t, k)
            replies = f"""{pag}
<ul id="topic-{tid}-replies" class="forums bbp-replies">
	<li class="bbp-header">
		<div class="bbp-reply-author">Auteur</div><!-- .bbp-reply-author -->
		<div class="bbp-reply-content">{label}</div><!-- .bbp-reply-content -->
	</li><!-- .bbp-header -->
	<li class="bbp-body">
{items}
	</li><!-- .bbp-body -->
	<li class="bbp-footer">
		<div class="bbp-reply-author">Auteur</div>
		<div class="bbp-reply-content">{label}</div><!-- .bbp-reply-content -->
	</li><!-- .bbp-footer -->
</ul><!-- #topic-{tid}-replies -->
{pag}"""
        body = f"""<div id="bbpress-forums" class="bbpress-wrapper">
{self.breadcrumb(self.forum_trail(b), h(t.title))}
{self.description(t)}
{lead}{replies}
<div id="no-reply-{tid}" class="bbp-no-reply">
	<div class="bbp-template-notice">
		<ul>
			<li>Vous devez être connecté pour répondre à ce sujet.</li>
		</ul>
	</div>
	{self.login_form()}
</div>
</div>
"""
        excerpt = " ".join(" ".join(t.messages[0].text).split())[:150]
        return self.frame(t.title, body, f"post-{tid}", "topic", k + 1, canonical=self.topic_path(t),
                          feed=(f"{t.title} Flux de la conversation", self.feed_path("topic", t)),
                          body_class=f"topic-template-default single single-topic postid-{tid}", description=excerpt)

    def reply_page(self, t: Thread, m: Message) -> str:
        b = self.board_of[t.id]
        trail = self.forum_trail(b) + [(self.topic_path(t), "topic", h(t.title))]
        title = f"Répondre à : {t.title}"
        body = f"""<div id="bbpress-forums" class="bbpress-wrapper">
{self.breadcrumb(trail, h(title))}
{self.single_reply(t, m, 0)}
</div>
"""
        rid = self.wp_id[m.id]
        return self.frame(title, body, f"post-{rid}", "reply", 1, canonical=self.reply_path(m),
                          body_class=f"reply-template-default single single-reply postid-{rid}")

    def profile(self, name: str) -> str:
        mine = [(m, t) for t in self.f.threads() for m in t.messages if m.author == name]
        topics = sum(1 for m, t in mine if m is t.messages[0])
        replies = len(mine) - topics
        last = max((m.when for m, _ in mine), default=None)
        purl = self.u(self.user_path(name))
        av = avatar(name, 150) if self.o["avatars"] else ""
        last_html = f'\n\t\t\t<p class="bbp-user-last-activity">Dernière activité : {time_since(last, self.now)}</p>' if last else ""
        body = f"""<div id="bbpress-forums" class="bbpress-wrapper">
	<div id="bbp-user-wrapper">
		<div id="bbp-single-user-details">
			<div id="bbp-user-avatar">
				<span class="vcard">
					<a class="url fn n" href="{purl}" title="{h(name)}" rel="me">
						{av}
					</a>
				</span>
			</div>
			<div id="bbp-user-navigation">
				<ul>
					<li class="current">
						<span class="vcard bbp-user-profile-link">
							<a class="url fn n" href="{purl}" title="Profil de {h(name)}" rel="me">Profil</a>
						</span>
					</li>
					<li class="">
						<span class="bbp-user-topics-created-link">
							<a href="{purl}topics/" title="Sujets démarrés par {h(name)}">Sujets démarrés</a>
						</span>
					</li>
					<li class="">
						<span class="bbp-user-replies-created-link">
							<a href="{purl}replies/" title="Réponses créées par {h(name)}">Réponses créées</a>
						</span>
					</li>
				</ul>
			</div>
		</div>
		<div id="bbp-user-body">
			<div id="bbp-user-profile" class="bbp-user-profile">
				<h2 class="entry-title">@{h(self.nicename[name])}</h2>
				<div class="bbp-user-section">
					<h3>Profil</h3>
					<p class="bbp-user-forum-role">Inscrit : {time_since(self.joined(name), self.now)}</p>
					<hr>
					<h3>Forums</h3>{last_html}
					<p class="bbp-user-topic-count">Sujets démarrés : {topics}</p>
					<p class="bbp-user-reply-count">Réponses créées : {replies}</p>
					<p class="bbp-user-forum-role">Rôle du forum : {self.role(name)}</p>
				</div>
			</div><!-- #bbp-author-topics-started -->
		</div>
	</div>
</div>
"""
        return self.frame(name, body, "post-0", "page", 1, canonical=self.user_path(name), body_class="bbp-user-page single singular")

    def front(self) -> str:
        """The site's front page: a page holding the [bbp-forum-index] shortcode (no breadcrumb on the front page)."""
        body = f"""<div id="bbpress-forums" class="bbpress-wrapper">
	{self.search_form()}
{self.forum_index()}
</div>
"""
        return self.frame(self.f.name, body, "post-2", "page", 1, canonical="/", body_class="home page-template-default page page-id-2",
                          home=True)

    def index(self) -> str:
        return self.front()

    # -- the theme's frame -----------------------------------------------------------------------------------------
    def head(self, title: str, canonical: str, feed: tuple[str, str] | None, description: str) -> str:
        b = self.f
        name = h(b.name)
        feeds = (f'<link rel="alternate" type="application/rss+xml" title="{name} &raquo; Flux" href="{self.u(self.wp_feed())}" />\n'
                 f'<link rel="alternate" type="application/rss+xml" title="{name} &raquo; Flux des commentaires" '
                 f'href="{self.u(self.wp_feed("comments"))}" />\n')
        if feed:
            feeds += f'<link rel="alternate" type="application/rss+xml" title="{name} &raquo; {h(feed[0])}" href="{self.u(feed[1])}" />\n'
        rest = f"{self.base}/wp-json/" if self.pretty else f"{self.base}/?rest_route=/"
        out = (f"<title>{title}</title>\n<meta name=\"robots\" content=\"max-image-preview:large\" />\n{feeds}"
               f'<link rel="stylesheet" id="bbp-default-css" href="{self.base}/wp-content/plugins/bbpress/templates/default/css/bbpress.min.css?ver={BBP_VERSION}" media="all" />\n'
               f'<link rel="https://api.w.org/" href="{rest}" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{self.base}/xmlrpc.php?rsd" />\n'
               f'<meta name="generator" content="WordPress {WP_VERSION}" />\n')
        if canonical:
            out += f'<link rel="canonical" href="{self.u(canonical)}" />\n'
        if description and self.o["theme"] == "astra":
            out += f'<meta name="description" content="{h(description)}" />\n'
        return out

    def wp_feed(self, kind: str = "") -> str:
        if not self.pretty:
            return "/?feed=comments-rss2" if kind else "/?feed=rss2"
        return "/comments/feed/" if kind else "/feed/"

    def doc_title(self, title: str, n: int, home: bool) -> str:
        parts = [title] + ([f"Page {n}"] if n > 1 else []) + ([self.f.tagline] if home else [self.f.name])
        return " &#8211; ".join(h(p) for p in parts if p)

    def frame(self, title: str, body: str, post_id: str, post_type: str, n: int, canonical: str = "",
              feed: tuple[str, str] | None = None, body_class: str = "", description: str = "", home: bool = False) -> str:
        head = self.head(self.doc_title(title, n, home), canonical, feed, description)
        theme = self.o["theme"]
        cls = f"{post_id} {post_type} type-{post_type} status-publish hentry"
        body_cls = f"{body_class} bbp-no-js bbpress"
        swap = ('<script type="text/javascript" id="bbp-swap-no-js-body-class">\n\tdocument.body.className = '
                "document.body.className.replace( 'bbp-no-js', 'bbp-js' );\n</script>\n")
        name, tagline = h(self.f.name), h(self.f.tagline)
        year = self.now.year
        if theme == "twentytwentyone":
            site_title = (f'<h1 class="site-title">{name}</h1>' if home else
                          f'<p class="site-title"><a href="{self.base}/">{name}</a></p>')
            return f"""<!doctype html>
<html lang="fr-FR" >
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	{head}<link rel="stylesheet" id="twenty-twenty-one-style-css" href="{self.base}/wp-content/themes/twentytwentyone/style.css?ver=2.2" media="all" />
</head>

<body class="{body_cls} wp-embed-responsive is-light-theme no-js singular has-main-navigation">
{swap}<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#content">Aller au contenu</a>

	<header id="masthead" class="site-header has-title-and-tagline" role="banner">

<div class="site-branding">

	{site_title}

	<p class="site-description">
		{tagline}	</p>
</div><!-- .site-branding -->

	</header><!-- #masthead -->

	<div id="content" class="site-content">
		<div id="primary" class="content-area">
			<main id="main" class="site-main" role="main">

<article id="{post_id}" class="{cls} entry">

	<header class="entry-header alignwide">
		<h1 class="entry-title">{h(title)}</h1>	</header><!-- .entry-header -->

	<div class="entry-content">
		{body}
	</div><!-- .entry-content -->

</article><!-- #{post_id} -->
			</main><!-- #main -->
		</div><!-- #primary -->
	</div><!-- #content -->

	<footer id="colophon" class="site-footer" role="contentinfo">
		<div class="site-info">
			<div class="site-name">
				<a href="{self.base}/">{name}</a>
			</div><!-- .site-name -->
			<div class="powered-by">
				Fièrement propulsé par <a href="https://wordpress.org/">WordPress</a>.			</div><!-- .powered-by -->
		</div><!-- .site-info -->
	</footer><!-- #colophon -->

</div><!-- #page -->

<script src="{self.base}/wp-content/plugins/bbpress/templates/default/js/editor.min.js?ver={BBP_VERSION}" id="bbpress-editor-js"></script>
</body>
</html>
"""
        if theme == "astra":
            site_title = (f'<h1 class="site-title" itemprop="name"><a href="{self.base}/" rel="home" itemprop="url" >{name}</a></h1>'
                          if home else
                          f'<span class="site-title" itemprop="name"><a href="{self.base}/" rel="home" itemprop="url" >{name}</a></span>')
            return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
{head}<link rel="stylesheet" id="astra-theme-css-css" href="{self.base}/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all" />
</head>

<body itemtype="https://schema.org/WebPage" itemscope="itemscope" class="{body_cls} ast-desktop ast-page-builder-template ast-no-sidebar astra-4.6.4 ast-single-post ast-inherit-site-logo-transparent">
{swap}<a class="skip-link screen-reader-text" href="#content" role="link" title="Aller au contenu">Aller au contenu</a>
<div class="hfeed site" id="page">
		<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
		<div id="ast-desktop-header" data-toggle-type="dropdown">
		<div class="ast-main-header-wrap main-header-bar-wrap ">
		<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">
			<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-primary-header-builder">
				<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
					<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left">
		<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline">
		<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope">
			<div class="ast-site-title-wrap">
				{site_title}
				<p class="site-description" itemprop="description">{tagline}</p>
			</div>
		</div>
		</div>
					</div>
				</div>
			</div>
		</div>
		</div>
		</div>
		</header><!-- #masthead -->
	<div id="content" class="site-content">
		<div class="ast-container">
		<div id="primary" class="content-area primary">
			<main id="main" class="site-main">
				<article class="{cls} ast-article-single" id="{post_id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
	<header class="entry-header ast-no-thumbnail ast-no-meta">
		<h1 class="entry-title" itemprop="headline">{h(title)}</h1>	</header><!-- .entry-header -->
<div class="entry-content clear" itemprop="text">
	{body}
</div><!-- .entry-content .clear -->
</article><!-- #post-## -->
			</main><!-- #main -->
		</div><!-- #primary -->
	</div> <!-- ast-container -->
	</div><!-- #content -->
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
	<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder">
		<div class="ast-builder-grid-row-container-inner">
			<div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row">
				<div class="site-footer-below-section-1 site-footer-section site-footer-section-1">
					<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder">
						<div class="ast-footer-copyright"><p>Copyright &copy; {year} {name} | Propulsé par <a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div>
					</div>
				</div>
			</div>
		</div>
	</div>
</footer><!-- #colophon -->
	</div><!-- #page -->
<script src="{self.base}/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
	</body>
</html>
"""
        site_title = f'<p class="main-title" itemprop="headline">\n\t\t\t\t\t<a href="{self.base}/" rel="home">{name}</a>\n\t\t\t\t</p>'
        return f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
	<meta charset="UTF-8">
	{head}<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" id="generate-style-css" href="{self.base}/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0" media="all" />
</head>

<body class="{body_cls} wp-embed-responsive no-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/WebPage" itemscope>
{swap}	<a class="screen-reader-text skip-link" href="#content" title="Aller au contenu">Aller au contenu</a>		<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site"  itemtype="https://schema.org/WPHeader" itemscope>
			<div class="inside-header grid-container">
				<div class="site-branding">
						{site_title}
						<p class="site-description" itemprop="description">{tagline}</p>
					</div>			</div>
		</header>

	<div class="site grid-container container hfeed" id="page">
				<div class="site-content" id="content">

	<div class="content-area" id="primary">
		<main class="site-main" id="main">

<article id="{post_id}" class="{cls}" itemtype="https://schema.org/CreativeWork" itemscope>
	<div class="inside-article">

			<header class="entry-header">
				<h1 class="entry-title" itemprop="headline">{h(title)}</h1>			</header>

		<div class="entry-content" itemprop="text">
			{body}
		</div>

			</div>
</article>
		</main>
	</div>

	</div>
</div>


<div class="site-footer">
			<footer class="site-info" aria-label="Site"  itemtype="https://schema.org/WPFooter" itemscope>
			<div class="inside-site-info grid-container">
								<div class="copyright-bar">
					<span class="copyright">&copy; {year} {name}</span> &bull; Construit avec <a href="https://generatepress.com" itemprop="url">GeneratePress</a>				</div>
			</div>
		</footer>
		</div>

<script id="generate-menu-js" src="{self.base}/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script>
</body>
</html>
"""

    # -- item pages ------------------------------------------------------------------------------------------------
    def item_pages(self):
        for t in self.f.threads():
            for k in range(self.n_topic_pages(t)):
                last = max(m.when for m in t.messages[:(k + 1) * self.per + 1])
                yield (self.topic_path(t, k + 1), len(t.messages),
                       lambda t=t, k=k, last=last: page(self.thread(t, k), modified=last))

    # -- feeds -----------------------------------------------------------------------------------------------------
    def rss(self, title: str, self_path: str, items: list[str]) -> str:
        return f"""<?xml version="1.0" encoding="UTF-8"?>

	<rss version="2.0"
		xmlns:content="http://purl.org/rss/1.0/modules/content/"
		xmlns:wfw="http://wellformedweb.org/CommentAPI/"
		xmlns:dc="http://purl.org/dc/elements/1.1/"
		xmlns:atom="http://www.w3.org/2005/Atom"

			>

	<channel>

		<title>{title}</title>
		<atom:link href="{x(self.base + self_path)}" rel="self" type="application/rss+xml" />
		<link>{x(self.base + self_path)}</link>
		<description></description>
		<lastBuildDate>{rfc_gmt(self.now)[:-6]} +0000</lastBuildDate>
		<generator>https://bbpress.org/?v={BBP_VERSION}</generator>
		<language>fr-FR</language>

		{"".join(items)}
	</channel>
	</rss>
"""

    def reply_item(self, t: Thread, m: Message) -> str:
        url = self.reply_url(t, m).replace("&#038;", "&")
        title = t.title if m is t.messages[0] else f"Répondre à : {t.title}"
        return f"""
				<item>
					<guid>{x(url)}</guid>
					<title>{cdata(kses(title))}</title>
					<link>{x(url)}</link>
					<pubDate>{rfc_gmt(m.when)}</pubDate>
					<dc:creator>{x(m.author)}</dc:creator>

					<description>
						{cdata(self.content(m))}
					</description>

				</item>
"""

    def topic_item(self, t: Thread) -> str:
        url = self.base + self.topic_path(t)
        return f"""
				<item>
					<guid>{x(url)}</guid>
					<title>{cdata(kses(t.title))}</title>
					<link>{x(url)}</link>
					<pubDate>{rfc_local_as_gmt(t.messages[-1].when)}</pubDate>
					<dc:creator>{x(t.messages[0].author)}</dc:creator>

					<description>
						{cdata(f"<p>Réponses : {len(t.messages) - 1}</p>" + self.content(t.messages[0]))}
					</description>

				</item>
"""

    def feeds(self) -> dict[str, str]:
        out = {}
        name = x(self.f.name)
        every = sorted(((m, t) for t in self.f.threads() for m in t.messages), key=lambda mt: (mt[0].when, mt[0].id), reverse=True)
        out[self.feed_path("all")] = self.rss(f"{name} &#187; Tous les messages", self.feed_path("all"),
                                              [self.reply_item(t, m) for m, t in every[:25]])
        tops = sorted(self.f.threads(), key=lambda t: (t.messages[0].when, t.messages[0].id), reverse=True)[:25]
        if not self.o["root_topics"]:
            out[self.feed_path("topics")] = self.rss(f"{name} &#187; Tous les sujets", self.feed_path("topics"),
                                                     [self.topic_item(t) for t in tops])
        for b in self.f.boards:
            mine = [mt for mt in every if self.board_of[mt[1].id] is b][:25]
            out[self.feed_path("forum", b)] = self.rss(f"{name} &#187; Tous les messages", self.feed_path("forum", b),
                                                       [self.reply_item(t, m) for m, t in mine])
        for t in self.f.threads():
            posts = self.loop_posts(t)[:self.per]
            out[self.feed_path("topic", t)] = self.rss(f"{x(t.title)} &#8211; {name}", self.feed_path("topic", t),
                                                       [self.reply_item(t, m) for m in posts])
        return out

    def wp_feeds(self) -> dict[str, str]:
        """WordPress' own feeds: the blog has no post (the site is its forums)."""
        def empty(title: str, path: str) -> str:
            return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>{title}</title>
	<atom:link href="{x(self.base + path)}" rel="self" type="application/rss+xml" />
	<link>{self.base}</link>
	<description>{x(self.f.tagline)}</description>
	<lastBuildDate>{rfc_gmt(self.now)}</lastBuildDate>
	<language>fr-FR</language>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v={WP_VERSION}</generator>
</channel>
</rss>
"""
        return {self.wp_feed(): empty(x(self.f.name), self.wp_feed()),
                self.wp_feed("comments"): empty(f"Commentaires pour {x(self.f.name)}", self.wp_feed("comments"))}

    # -- sitemaps ------------------------------------------------------------------------------------------------
    def sitemap_path(self, what: str) -> str:
        if self.pretty:
            return "/wp-sitemap.xml" if what == "index" else f"/wp-sitemap-posts-{what}-1.xml"
        return "/?sitemap=index" if what == "index" else f"/?sitemap=posts&sitemap-subtype={what}&paged=1"

    def urlset(self, rows: list[tuple[str, str | None]]) -> str:
        sheet = f"{self.base}/wp-sitemap.xsl" if self.pretty else f"{self.base}/?sitemap-stylesheet=sitemap"
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<?xml-stylesheet type="text/xsl" href="{x(sheet)}" ?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                + "".join(f"<url><loc>{x(u)}</loc>" + (f"<lastmod>{lm}</lastmod>" if lm else "") + "</url>" for u, lm in rows)
                + "</urlset>\n")

    def sitemaps(self) -> dict[str, str]:
        def w3c(d: datetime) -> str:
            return to_utc(d).strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"
        out = {}
        forums = []
        if self.nested:
            forums += [(self.base + self.forum_path(cat=name), None) for name, _ in self.cat_boards]
        forums += [(self.base + self.forum_path(b), None) for b in self.f.boards]
        topics = [(self.base + self.topic_path(t), w3c(t.messages[-1].when))
                  for t in sorted(self.f.threads(), key=lambda t: (t.messages[0].when, t.messages[0].id), reverse=True)]
        replies = [(self.base + self.reply_path(m), w3c(m.when))
                   for m in sorted((m for t in self.f.threads() for m in t.messages[1:]), key=lambda m: (m.when, m.id), reverse=True)]
        out[self.sitemap_path("page")] = self.urlset([(self.base + "/", None)])
        out[self.sitemap_path("forum")] = self.urlset(forums)
        out[self.sitemap_path("topic")] = self.urlset(topics)
        kinds = ["page", "forum", "topic"]
        if replies:
            out[self.sitemap_path("reply")] = self.urlset(replies)
            kinds.append("reply")
        sheet = f"{self.base}/wp-sitemap-index.xsl" if self.pretty else f"{self.base}/?sitemap-stylesheet=index"
        out[self.sitemap_path("index")] = sitemapindex([self.base + self.sitemap_path(k) for k in kinds], sheet)
        return out

    def not_found(self) -> str:
        body = ('<section class="error-404 not-found">\n\t<div class="page-content">\n\t\t<p>Il semble que rien n’ait été '
                'trouvé à cette adresse. Essayez peut-être une recherche ?</p>\n\t</div>\n</section>')
        return self.frame("Page non trouvée", body, "post-0", "page", 1, body_class="error404")


def replies_of(b: Board, lead: bool) -> int:
    n = sum(len(t.messages) for t in b.threads)
    return n - len(b.threads) if lead else n


def item_pages(forum: Forum, now: datetime = NOW):
    return _BBP(forum, now).item_pages()


def render(forum: Forum, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """Every page of a bbPress forum keyed by path?query, and the 404 page."""
    v = _BBP(forum, now)
    last = v.last()
    out: dict[str, Page] = {"/": page(v.front(), modified=last)}
    out.update(served(v, keep or {}))
    for path, body in v.root_pages().items():
        out[path] = page(body, modified=last)
    for b in forum.boards:
        mod = max((t.messages[-1].when for t in b.threads), default=last)
        for k in range(v.n_pages(len(b.threads), v.tper)):
            out[v.board_path(b, k)] = page(v.board(b, k), modified=mod)
    if v.nested:
        for name, boards in v.cat_boards:
            out[v.forum_path(cat=name)] = page(v.category(name, boards), modified=last)
    for t in forum.threads():
        for m in t.messages[1:]:
            out[v.reply_path(m)] = page(v.reply_page(t, m), modified=m.when)
    for name in forum.users:
        if any(m.author == name for t in forum.threads() for m in t.messages):
            out[v.user_path(name)] = page(v.profile(name), modified=last)
    for path, body in v.feeds().items():
        out[path] = page(body, RSS, modified=last)
    if v.nested:
        every = sorted(((m, t) for t in forum.threads() for m in t.messages), key=lambda mt: (mt[0].when, mt[0].id), reverse=True)
        for name, boards in v.cat_boards:
            mine = [mt for mt in every if v.board_of[mt[1].id] in boards][:25]
            out[v.feed_path("forum", name)] = page(v.rss(f"{x(forum.name)} &#187; Tous les messages", v.feed_path("forum", name),
                                               [v.reply_item(t, m) for m, t in mine]), RSS, modified=last)
    for path, body in v.wp_feeds().items():
        out[path] = page(body, RSS, modified=last)
    for path, body in v.sitemaps().items():
        out[path] = page(body, XML, modified=last)
    delay = f"Crawl-delay: {forum.crawl_delay}\n" if forum.crawl_delay else ""
    out["/robots.txt"] = page(f"User-agent: *\n{delay}Disallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
                              f"Sitemap: {v.base}{v.sitemap_path('index')}\n", TEXT)
    return out, page(v.not_found(), status=404)
