"""Question2Answer 1.8 with its default SnowFlat theme and a French language pack, as the server answers a crawler.

Written blind from the engine's real source, not from any parser. Followed `q2a/question2answer` (1.8.8):
`qa-include/qa-theme-base.php` (output(): a line per element, "/>" written ">", indented by tags or not at all when
`minify_html` is on; html, head, body, main, page_title_error, q_list / q_list_item, voting / vote_buttons /
vote_count, a_count, post_avatar_meta / post_meta with `meta_order`, q_view, a_list / a_list_item / a_item_main /
a_selection, c_list / c_list_item, page_links with its ellipses, ranking's block layout, footer, attribution,
body_hidden), `qa-theme/SnowFlat/qa-theme.php` (the top bar with the login form, ask button and search boxes, the
who-meta moved above the question, answer and comment texts, views in the stats, the side panel with its toggle, the
feed icon in the title, the footer box, "Snow Theme by Q2A Market"), `qa-include/pages/question.php` and
`pages/question-view.php` (answers sorted by `sort_answers_by`, created or votes, the selected answer first when
`show_selected_first`; `page_size_q_as` answers a page with `start=N`; comments of an answer past `show_fewer_cs_from`
cut to the last `show_fewer_cs_count` behind a `?state=showcomments-N&show=N` link; the answer form collapsed when
there are answers; canonical URL; microdata QAPage / Question / Answer / Comment), `app/format.php`
(qa_post_html_fields, qa_when_to_html: "il y a ^ " within `show_full_date_days` then the pack's `^day-^month`
date, qa_who_to_html, qa_html_page_links, qa_html_convert_urls), `app/users.php` (qa_get_one_user_html),
`app/options.php` (the defaults), `qa-base.php` (qa_path and its five URL formats with the relative root,
qa_q_request with qa_slugify's 50-character cut that drops the shortest words), `util/string.php`,
`qa-feed.php` (RSS 2.0: `feed/questions.rss`, `feed/qa.rss`, per category, `feed/unanswered.rss`; the "Répondu: "
prefix), `qa-plugin/xml-sitemap/qa-xml-sitemap.php` (questions with priority from hotness, users, category lists,
categories), `pages/default.php`, `questions.php`, `unanswered.php`, `users.php`, `user-profile.php`.
French: the pack of a real French site, `nuitdebout/questions.nuitdebout.fr` `qa-lang/fr/` (main, question, misc,
users, profile: "demandé", "répondu", "commentée", "par ^", "il y a ^ ", "^ réponses", "Meilleure réponse",
"Questions récentes", "Afficher les ^ commentaires précédents", the `^day-^month-^year` date with "Jan", "Fev"...).
The theme's CSS, scripts and icons are referred to, not reproduced. robots.txt is the site's own file (Q2A has
none): written from memory.

A forum thread of the model maps to a question: its title and first message are the question, by the opener. Each
later message is an answer, but for the two that Q2A sites make comments (comments on questions are off by default):
a message quoting the author of an earlier answer is a comment on that author's latest answer (the quote is not
repeated: a comment sits under what it answers), and a message of the asker without a quote, once there is an
answer, is a comment on the latest answer. The first answer the asker comments on is the one he selected as best
(when he commented on none, no answer is selected). An answer quoting the question keeps its quote in a
`<blockquote>` (the editor's). The model has no votes: each post gets a fixed number of up and down votes drawn
from its id. Boards are categories. Signatures are not shown (Q2A has none).

Varies by host (md5): the URL format (`/123/titre` with URL rewriting, `index.php?qa=123&qa_1=titre` the safest
default, `?qa=123&qa_1=titre`, `index.php/123/titre`), accents kept in slugs or removed (`q_urls_remove_accents`),
answers sorted by date or by votes, the selected answer first or in its place, minified or indented HTML, view
counts shown or not. Pages: home (recent questions and answers), `questions` with `start=N` and its sorts,
`questions/<category>`, `unanswered`, `categories`, `users`, `user/<name>`, the questions, feeds, `sitemap.xml`.
Not rendered: the ask, login, register, search and feedback pages (forms), avatars (none set by default), tags
(the sites use categories only).
"""
from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from datetime import datetime
from html import escape
from urllib.parse import quote

from sectorweb.dates import NOW, to_utc
from sectorweb.families.common import _URL, TEXT, Page, page
from sectorweb.families.forumkit import ForumView
from sectorweb.feeds import x
from sectorweb.model import Board, Forum, Message, Thread

IGNORED_PARAMS = {"show", "utm_source", "utm_medium", "utm_campaign"}
QA_VERSION = "1.8.8"
FORMATS = ["neat", "safest", "neat", "params", "neat", "index"]
MONTHS = ["Jan", "Fev", "Mar", "Avr", "Mai", "Jun", "Jul", "Aou", "Sep", "Oct", "Nov", "Dec"]
_EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FULL_DATE_DAYS = 7
FEWER_CS_FROM, FEWER_CS_COUNT = 10, 5
HOME_SIZE = 20
PREV_NEXT = 3
XML = "text/xml; charset=utf-8"


def _pick(host: str, what: str, n: int) -> int:
    return int(hashlib.md5(f"q2a:{what}:{host}".encode()).hexdigest()[:8], 16) % n


def options(host: str) -> dict:
    return {"format": FORMATS[_pick(host, "format", len(FORMATS))],
            "ascii": _pick(host, "accents", 2) == 0,
            "sort": "votes" if _pick(host, "sort", 3) == 0 else "created",
            "selected_first": _pick(host, "selfirst", 4) != 0,
            "minify": _pick(host, "minify", 4) != 0,
            "views": _pick(host, "views", 3) == 0}


# -- text -------------------------------------------------------------------------------------------------------------
def qa_html(text: str) -> str:
    """htmlspecialchars() as PHP 8.1 writes it: & < > " and ' (as &#039;)."""
    return escape(text, quote=True).replace("&#x27;", "&#039;")


def qa_js(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("/", "\\/").replace("\n", "\\n") + "'"


_PUNCT = {"«": " ", "»": " ", "¡": " ", "¿": " ", "×": " ", "÷": " ", "‘": " ", "’": "'", "“": " ", "”": " ", "„": " ",
          "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "…": " ", "\u2028": " ", "\u2029": " ", "\xa0": " "}
_SEP = re.compile(r"[\n\r\t !\"'()*+,./:;<=>?\[\\\]^`{|}~-]+")


def slugify(title: str, ascii_only: bool, max_length: int = 50) -> str:
    """qa_slugify(): words (apostrophes inside words dropped), the shortest dropped past `max_length`, joined with
    "-"; accents removed and other non-ASCII dropped when `ascii_only`."""
    s = "".join(_PUNCT.get(c, c) for c in title.lower())
    s = re.sub(r"(\S)'(\S)", r"\1\2", s)
    words = [w for w in _SEP.split(s) if w]
    lengths = sorted(range(len(words)), key=lambda i: -len(words[i]))  # longest first, stable
    if sum(len(w) for w in words) > max_length:
        remaining, keep = max_length, set()
        for i in lengths:
            if remaining > 0:
                remaining -= len(words[i])
                keep.add(i)
        words = [w for i, w in enumerate(words) if i in keep]
    out = "-".join(words)
    if ascii_only:
        out = unicodedata.normalize("NFKD", out.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss"))
        out = "".join(c for c in out if not unicodedata.combining(c))
        out = re.sub(r"[^ a-zA-Z0-9-]", "", out)
        out = re.sub(r"-{2,}", "-", out.strip("-"))
    return out


def rawurlencode(part: str) -> str:
    return quote(part, safe="-_.~")


def request_path(request: str, fmt: str, root: str, params: list[tuple[str, str]] | None = None, anchor: str = "") -> str:
    """qa_path(): `request` in the site's URL format under `root` ("./", "../", or the site URL)."""
    parts = [rawurlencode(p) for p in request.split("/")] if request else []
    url = root + ("" if not root or root.endswith("/") else "/")
    extra = ""
    if fmt == "index":
        if request:
            url += "index.php/" + "/".join(parts)
    elif fmt == "neat":
        url += "/".join(parts)
    else:
        if fmt == "safest":
            url += "index.php"
        for i, p in enumerate(parts):
            extra += ("&" if extra else "?") + "qa" + (f"_{i}" if i else "") + "=" + p
    for k, v in params or []:
        extra += ("&" if extra else "?") + rawurlencode(k) + "=" + rawurlencode(v)
    return url + extra + (f"#{rawurlencode(anchor)}" if anchor else "")


def root_of(request: str, fmt: str) -> str:
    """qa_path_to_root() for a page: how deep the request sits in the URL."""
    if fmt == "neat":
        depth = len(request.split("/")) if request else 0
    elif fmt == "index":
        depth = 1 + len(request.split("/")) if request else 0
    else:
        depth = 0
    return "../" * (depth - 1) if depth > 1 else "./"


def q_request(qid: int, title: str, ascii_only: bool) -> str:
    return f"{qid}/{slugify(title, ascii_only)}"


def page_key(request: str, fmt: str, params: list[tuple[str, str]] | None = None) -> str:
    """The path?query a browser asks for a request (the key of the site's page)."""
    url = request_path(request, fmt, "/", params)
    return url or "/"


def thread_url(host: str, thread: Thread) -> str:
    o = options(host)
    return request_path(q_request(thread.messages[0].id, thread.title, o["ascii"]), o["format"], f"http://{host}/")


def gm_rfc(d: datetime) -> str:
    u = to_utc(d)
    return f"{_EN_DAYS[u.weekday()]}, {u.day:02d} {_EN_MONTHS[u.month - 1]} {u.year} {u:%H:%M:%S} +0000"


def gm_iso(d: datetime) -> str:
    return to_utc(d).strftime("%Y-%m-%dT%H:%M:%S") + "+0000"


def convert_urls(html: str) -> str:
    """qa_html_convert_urls(): bare URLs of the (escaped) text as nofollow links."""
    out, pos = [], 0
    for m in _URL.finditer(html):
        out.append(html[pos:m.start()])
        out.append(f'<a href="{m.group(0)}" rel="nofollow">{m.group(0)}</a>')
        pos = m.end()
    return "".join(out) + html[pos:]


# -- the thread as questions, answers and comments ----------------------------------------------------------------------
class QA:
    """A thread as Q2A holds it: `question` (the first message), `answers` (messages), `comments` (answer id ->
    its comments), `selected` (the best answer's message id or None)."""

    def __init__(self, thread: Thread):
        msgs = thread.messages
        self.question = msgs[0]
        asker = self.question.author
        self.answers: list[Message] = []
        self.comments: dict[int, list[Message]] = {}
        self.selected: int | None = None
        for m in msgs[1:]:
            target = None
            if m.quote:
                target = next((a for a in reversed(self.answers) if a.author == m.quote[0]), None)
            elif m.author == asker and self.answers:
                target = next((a for a in reversed(self.answers) if a.author != asker), self.answers[-1])
            if target is not None:
                self.comments.setdefault(target.id, []).append(m)
                if m.author == asker and self.selected is None and target.author != asker:
                    self.selected = target.id
            else:
                self.answers.append(m)

    def parent_of(self) -> dict[int, int]:
        return {c.id: a for a, cs in self.comments.items() for c in cs}


def votes(host: str, m: Message, kind: str) -> tuple[int, int]:
    """(up, down) votes of a post, drawn from its id."""
    hsh = int(hashlib.md5(f"{host}:{kind}:{m.id}".encode()).hexdigest()[:8], 16)
    up = hsh % (6 if kind == "A" else 4)
    down = 1 if hsh % 11 == 0 else 0
    return up, down


class Out:
    """qa_html_theme_base::output() and output_raw()."""

    def __init__(self, minify: bool):
        self.minify, self.indent, self.lines = minify, 0, []

    def __call__(self, *elements: str) -> None:
        for el in elements:
            line = el.replace("/>", ">")
            if self.minify:
                if line:
                    self.lines.append(line)
                continue
            delta = el.count("<") - el.count("<!") - 2 * el.count("</") - el.count("/>")
            if delta < 0:
                self.indent += delta
            self.lines.append("\t" * max(0, self.indent) + line)
            if delta > 0:
                self.indent += delta

    def raw(self, html: str) -> None:
        if html:
            self.lines.append("\t" * max(0, self.indent) + html)

    def split(self, parts: dict | None, cls: str, outer: str = "span", inner: str = "span", extra: str | None = None) -> None:
        """output_split()."""
        if not parts:
            return
        mid = "".join(f'<{inner} class="{cls}{suffix}">{parts[key]}</{inner}>'
                      for key, suffix in (("prefix", "-pad"), ("data", "-data"), ("suffix", "-pad")) if parts.get(key))
        self(f'<{outer} class="{cls}{" " + extra if extra else ""}">', mid, f"</{outer}>")

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def sub_split(template: str, data: str, symbol: str = "^") -> dict:
    """qa_lang_html_sub_split()."""
    pre, _, post = template.partition(symbol)
    return {"prefix": pre, "data": data, "suffix": post}


class _Q2A(ForumView):
    def __init__(self, forum: Forum, now: datetime = NOW):
        super().__init__(forum, now)
        self.o = options(forum.host)
        self.fmt = self.o["format"]
        self.qa = {t.id: QA(t) for t in forum.threads()}
        self.qid = {t.id: t.messages[0].id for t in forum.threads()}
        self.cat_slug = {}
        taken: set[str] = set()
        for b in forum.boards:
            base = slugify(b.name, True) or f"categorie-{b.id}"
            slug, n = base, 2
            while slug in taken:
                slug, n = f"{base}-{n}", n + 1
            taken.add(slug)
            self.cat_slug[b.id] = slug
        self.cat_id = {b.id: i + 1 for i, b in enumerate(forum.boards)}
        self.points = self.user_points()
        self.request = ""
        self.root = "./"
        self.self_params: list = []
        self.page_cats: list = []
        stamp = int(to_utc(now).timestamp()) // 86400 * 86400
        self.code = f"0-{stamp}-{hashlib.md5(forum.host.encode()).hexdigest()}"

    # -- URLs --------------------------------------------------------------------------------------------------------
    def qreq(self, t: Thread) -> str:
        return q_request(self.qid[t.id], t.title, self.o["ascii"])

    def path(self, request: str, params=None, anchor: str = "") -> str:
        """qa_path_html() relative to the page being written."""
        return qa_html(request_path(request, self.fmt, self.root, params, anchor))

    def absolute(self, request: str, params=None, anchor: str = "") -> str:
        return request_path(request, self.fmt, self.base + "/", params, anchor)

    def key(self, request: str, params=None) -> str:
        return page_key(request, self.fmt, params)

    def start_params(self, k: int, per: int, extra=None) -> list:
        return list(extra or []) + ([("start", str(k * per))] if k else [])

    def thread_path(self, t: Thread, k: int) -> str:
        return self.key(self.qreq(t), self.start_params(k, self.per))

    def board_path(self, b: Board, k: int) -> str:
        return self.key(f"questions/{self.cat_slug[b.id]}", self.start_params(k, self.tper))

    def user_link(self, name: str, microdata: bool) -> str:
        """qa_get_one_user_html()."""
        url = self.path(f"user/{name}")
        if microdata:
            return (f'<span itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="{url}" class="qa-user-link" '
                    f'itemprop="url"><span itemprop="name">{qa_html(name)}</span></a></span>')
        return f'<a href="{url}" class="qa-user-link">{qa_html(name)}</a>'

    # -- numbers -----------------------------------------------------------------------------------------------------
    def user_points(self) -> dict[str, int]:
        """Q2A's default points: 100 to start, 2 a question, 4 an answer, 30 a selected answer, 1 per vote received."""
        pts = {n: 100 for n in self.f.users}
        for t in self.f.threads():
            s = self.qa[t.id]
            pts[s.question.author] = pts.get(s.question.author, 100) + 2 + sum(votes(self.f.host, s.question, "Q")) // 2
            for a in s.answers:
                up, down = votes(self.f.host, a, "A")
                pts[a.author] = pts.get(a.author, 100) + 4 + 2 * up - down + (30 if s.selected == a.id else 0)
        return pts

    def when(self, d: datetime) -> dict:
        """qa_when_to_html()."""
        interval = (self.now - d).total_seconds()
        if interval < 0 or interval > 86400 * FULL_DATE_DAYS:
            fmt = "^day-^month" if d.year == self.now.year else "^day-^month-^year"
            return {"data": qa_html(fmt.replace("^day", str(d.day)).replace("^month", MONTHS[d.month - 1]).replace("^year", str(d.year)))}
        secs = max(int(interval), 1)
        for scale, one, many in ((31557600, "1 année", "^ années"), (2629800, "1 mois", "^ mois"), (604800, "1 semaine", "^ semaines"),
                                 (86400, "1 jour", "^ jours"), (3600, "1 heure", "^ heures"), (60, "1 minute", "^ minutes"),
                                 (1, "1 seconde", "^ secondes")):
            if secs >= scale:
                count = secs // scale
                text = one if count == 1 else many.replace("^", str(count))
                break
        return sub_split("il y a ^ ", qa_html(text))

    def views(self, t: Thread) -> int:
        return t.views or (len(t.messages) * 7 + self.qid[t.id] % 13)

    # -- post fields ---------------------------------------------------------------------------------------------------
    def fields(self, t: Thread, m: Message, kind: str, full: bool, what: str | None = None, when_of: Message | None = None,
               who_of: Message | None = None) -> dict:
        """qa_post_html_fields() for a question ("Q"), answer ("A") or comment ("C")."""
        micro = full
        pid = m.id
        s = self.qa[t.id]
        f: dict = {"tags": f'id="{kind.lower()}{pid}"', "classes": "", "hidden": False}
        if micro and kind == "A":
            f["tags"] += (f' itemprop="suggestedAnswer{" acceptedAnswer" if s.selected == pid else ""}" itemscope '
                          'itemtype="https://schema.org/Answer"')
        if micro and kind == "C":
            f["tags"] += ' itemscope itemtype="https://schema.org/Comment"'
        if kind == "Q":
            f["url"] = self.path(self.qreq(t))
            f["title"] = f'<span itemprop="name">{qa_html(t.title)}</span>' if micro else qa_html(t.title)
            n = len(s.answers)
            f["answers_raw"] = n
            f["answers"] = sub_split("1 réponse", "1", "1") if n == 1 else sub_split("^ réponses", str(n))
            f["answer_selected"] = s.selected is not None
            if self.o["views"] and not full:
                v = self.views(t)
                f["views"] = sub_split("1 vu", "1", "1") if v == 1 else sub_split("^ vues", str(v))
            b = self.board_of[t.id]
            f["where"] = sub_split("dans ^", f'<a href="{self.path("questions/" + self.cat_slug[b.id])}" class="qa-category-link">'
                                            f"{qa_html(b.name)}</a>")
        if kind == "A":
            f["selected"] = s.selected == pid
            if f["selected"]:
                f["select_text"] = "Meilleure réponse"
        if full:
            content = self.content(m, kind)
            if micro:
                content = f'<div itemprop="text">{content}</div>'
            f["content"] = f'<a name="{pid}"></a>' + content
        if kind in ("Q", "A"):
            up, down = votes(self.f.host, m, kind)
            net = up - down
            prefix = "+" if net >= 1 else ("&ndash;" if net <= -1 else "")
            nethtml = prefix + str(abs(net))
            f["vote_view"] = "net"
            f["netvotes_view"] = sub_split("1 vote", nethtml, "1") if abs(net) == 1 else sub_split("^ votes", nethtml)
            if micro:
                f["netvotes_view"]["suffix"] += f' <meta itemprop="upvoteCount" content="{net}"/>'
            f["vote_tags"] = f'id="voting_{pid}"'
            el = f"{kind.lower()}{pid}"
            f["vote_up_tags"] = f'title="Cliquez pour voter pour" name="vote_{pid}_1_{el}" onclick="return qa_vote_click(this);"'
            f["vote_down_tags"] = f'title="Cliquez pour voter contre" name="vote_{pid}_-1_{el}" onclick="return qa_vote_click(this);"'
        f["meta_order"] = "^what^when^where^who"
        f["what"] = what or {"Q": "demandé", "A": "répondu", "C": "commentée"}[kind]
        if full:  # `show_a_c_links`: the what links to the post (lists link only answers and comments, see q_list)
            f["what_url"] = self.path(self.qreq(t)) if kind == "Q" else \
                self.path(self.qreq(t), [("show", str(pid))], f"{kind.lower()}{pid}")
            f["what_url_tags"] = ' itemprop="url"'
        wm = when_of or m
        f["when"] = self.when(wm.when)
        if micro:
            stamp = gm_iso(wm.when)
            f["when"]["data"] = f'<time itemprop="dateCreated" datetime="{stamp}" title="{stamp}">{f["when"]["data"]}</time>'
        author = (who_of or m).author
        f["who"] = sub_split("par ^", self.user_link(author, micro))
        f["who"]["points"] = sub_split("^ points", str(self.points.get(author, 100)))
        return f

    def content(self, m: Message, kind: str) -> str:
        """The post's HTML: questions and answers from the WYSIWYG editor (paragraphs, a quote in a blockquote),
        comments in plain text (qa_html multi-line); bare URLs linked by the viewer."""
        if kind == "C":
            text = "\n\n".join(m.text)
            html = qa_html(text).replace("\n", "<br />\n")
            return convert_urls(html)
        blocks = []
        if m.quote:
            blocks.append(f"<blockquote>\n<p>{escape(m.quote[0], quote=False)} a écrit :</p>\n\n"
                          + "\n\n".join(f"<p>{convert_urls(escape(q, quote=False))}</p>" for q in m.quote[1].split("\n\n"))
                          + "\n</blockquote>")
        blocks += [f"<p>{convert_urls(escape(p, quote=False))}</p>" for p in m.text]
        return "\n\n".join(blocks)

    # -- theme: posts ----------------------------------------------------------------------------------------------------
    def voting(self, out: Out, f: dict) -> None:
        if "vote_view" not in f:
            return
        out(f'<div class="qa-voting qa-voting-net" {f["vote_tags"]}>')
        out('<div class="qa-vote-buttons qa-vote-buttons-net">')
        out(f'<input {f["vote_up_tags"]} type="submit" value="+" class="qa-vote-first-button qa-vote-up-button"/> ')
        out(f'<input {f["vote_down_tags"]} type="submit" value="&ndash;" class="qa-vote-second-button qa-vote-down-button"/> ')
        out("</div>")
        out('<div class="qa-vote-count qa-vote-count-net">')
        out.split(f["netvotes_view"], "qa-netvote-count")
        out("</div>")
        out('<div class="qa-vote-clear">', "</div>")
        out("</div>")

    def a_count(self, out: Out, f: dict) -> None:
        extra = "qa-a-count-selected" if f.get("answer_selected") else (None if f.get("answers_raw") else "qa-a-count-zero")
        out.split(f.get("answers"), "qa-a-count", extra=extra)

    def post_meta(self, out: Out, f: dict, cls: str) -> None:
        out(f'<span class="{cls}-avatar-meta">')
        out(f'<span class="{cls}-meta">')
        if "what_url" in f:
            out(f'<a href="{f["what_url"]}" class="{cls}-what"{f.get("what_url_tags", "")}>{f["what"]}</a>')
        else:
            out(f'<span class="{cls}-what">{f["what"]}</span>')
        out.split(f.get("when"), f"{cls}-when")
        out.split(f.get("where"), f"{cls}-where")
        who = f["who"]
        out(f'<span class="{cls}-who">')
        if who.get("prefix"):
            out(f'<span class="{cls}-who-pad">{who["prefix"]}</span>')
        out(f'<span class="{cls}-who-data">{who["data"]}</span>')
        pts = dict(who["points"])
        pts["prefix"] = "(" + pts["prefix"]
        pts["suffix"] += ")"
        out.split(pts, f"{cls}-who-points")
        out("</span>")
        out("</span>")
        out("</span>")

    def q_list_item(self, out: Out, f: dict) -> None:
        out(f'<div class="qa-q-list-item{" " + f["classes"] if f["classes"] else ""}" {f["tags"]}>')
        out('<div class="qa-q-item-stats">')
        self.voting(out, f)
        self.a_count(out, f)
        out.split(f.get("views"), "qa-view-count")
        out("</div>")
        out('<div class="qa-q-item-main">')
        out('<div class="qa-q-item-title">', "", f'<a href="{f["url"]}">{f["title"]}</a>', "</div>")
        self.post_meta(out, f, "qa-q-item")
        out("</div>")
        out('<div class="qa-q-item-clear">', "</div>")
        out("</div> <!-- END qa-q-list-item -->", "")

    def c_list(self, out: Out, t: Thread, parent: Message, kind: str, showall: bool) -> None:
        cs = self.qa[t.id].comments.get(parent.id, [])
        cls = "qa-q-view" if kind == "Q" else "qa-a-item"
        skip = len(cs) - FEWER_CS_COUNT if (not showall and len(cs) > FEWER_CS_FROM) else 0
        hidden = "" if cs else ' style="display:none;"'
        out("", f'<div class="{cls}-c-list"{hidden} id="c{parent.id}_list">')
        if skip:
            url = qa_html(f"?state=showcomments-{parent.id}&show={parent.id}#{kind.lower()}{parent.id}")
            label = "Afficher 1 commentaire précédent" if skip == 1 else f"Afficher les {skip} commentaires précédents"
            out('<div class="qa-c-list-item " >')
            out(f'<a href="{url}" onclick="return qa_show_comments({self.qid[t.id]}, {parent.id}, this);" class="qa-c-item-expand">{label}</a>')
            out('<div class="qa-c-item-footer">', "</div>")
            out('<div class="qa-c-item-clear">', "</div>")
            out("</div> <!-- END qa-c-item -->")
        for c in cs[skip:]:
            f = self.fields(t, c, "C", True)
            out(f'<div class="qa-c-list-item " {f["tags"]}>')
            self.post_meta(out, f, "qa-c-item")
            out(f'<form method="post" action="{self.self_url()}">')  # SnowFlat: the comment's voting form (votes off)
            out(f'<input type="hidden" name="code" value="{self.code}"/>')
            out("</form>")
            out(f'<form method="post" action="{self.self_url()}">')
            out('<div class="qa-c-item-content qa-post-content">')
            out.raw(f["content"])
            out("</div>")
            out('<div class="qa-c-item-footer">')
            out('<div class="qa-c-item-buttons">')
            out(f'<input name="a{parent.id}_docomment" onclick="return qa_toggle_element(\'c{parent.id}\')" value="répondre" '
                'title="Répondre à ce commentaire" type="submit" class="qa-form-light-button qa-form-light-button-comment"/>')
            out("</div>")
            out("</div>")
            out(f'<input type="hidden" name="code" value="{self.code}"/>', '<input type="hidden" name="qa_click" value=""/>')
            out("</form>")
            out('<div class="qa-c-item-clear">', "</div>")
            out("</div> <!-- END qa-c-item -->")
        out("</div> <!-- END qa-c-list -->", "")

    def c_form(self, out: Out, parent: Message) -> None:
        out(f'<div class="qa-c-form" id="c{parent.id}" style="display:none;">')
        out('<h2>Votre commentaire sur cette réponse:</h2>')
        out(f'<form method="post" action="{self.self_url()}" name="c_form_{parent.id}">')
        out('<table class="qa-form-tall-table">', '<tr>', '<td class="qa-form-tall-data">')
        out(f'<textarea name="c{parent.id}_content" rows="4" cols="40" class="qa-form-tall-text"></textarea>')
        out('</td>', '</tr>', '<tr>', '<td colspan="1" class="qa-form-tall-buttons">')
        out(f'<input onclick="return qa_submit_comment({self.current_q}, {parent.id}, this);" value="Ajouter un commentaire" '
            'title="" type="submit" class="qa-form-tall-button qa-form-tall-button-comment"/>')
        out('</td>', '</tr>', '</table>')
        out("</form>")
        out("</div> <!-- END qa-c-form -->", "")

    def self_url(self) -> str:
        return self.path(self.request, self.self_params)

    # -- frame -------------------------------------------------------------------------------------------------------------
    def nav_main(self) -> list[tuple[str, str, str, bool]]:
        """(key, request, label, selected) of the main navigation."""
        req = self.request
        return [("questions", "questions", "Questions", req.startswith("questions") or req[:1].isdigit()),
                ("unanswered", "unanswered", "Sans réponse", req == "unanswered"),
                ("categories", "categories", "Catégories", req == "categories"),
                ("user", "users", "Utilisateurs", req == "users" or req.startswith("user/")),
                ("ask", "ask", "Poser une question", False)]

    def nav(self, out: Out, navtype: str, items: list[tuple[str, str, str, bool, str]]) -> None:
        out(f'<div class="qa-nav-{navtype}">')
        out(f'<ul class="qa-nav-{navtype}-list">')
        for key, url, label, selected, note in items:
            suffix = key.replace("$", "").replace("/", "-")
            out(f'<li class="qa-nav-{navtype}-item qa-nav-{navtype}-{suffix}">')
            out(f'<a href="{url}" class="qa-nav-{navtype}-link{" qa-nav-" + navtype + "-selected" if selected else ""}">{label}</a>')
            if note:
                out(f'<span class="qa-nav-{navtype}-note">{note}</span>')
            out("</li>")
        out("</ul>")
        out(f'<div class="qa-nav-{navtype}-clear">', "</div>")
        out("</div>")

    def search(self, out: Out) -> None:
        out('<div class="qa-search">')
        extra = "" if self.fmt == "neat" else ('<input type="hidden" name="qa" value="search"/>' if self.fmt != "index" else "")
        out(f'<form method="get" action="{self.path("search")}">', extra)
        out('<input type="text" placeholder="Recherche..." name="q" value="" class="qa-search-field"/>')
        out('<input type="submit" value="Recherche" class="qa-search-button"/>')
        out("</form>", "</div>")

    def document(self, template: str, title: str, body, canonical: str = "", description: str = "", feed: tuple[str, str] | None = None,
                 page_links: tuple[str, str] | None = None, qpage: bool = False, sub_nav=None, head_title: str = "") -> str:
        """qa_html_theme::html(): head, SnowFlat's body layout, `body(out)` writing the page's parts."""
        out = Out(self.o["minify"])
        site = qa_html(self.f.name)
        out("<!DOCTYPE html>")
        out(f'<html lang="fr"{" itemscope itemtype=" + chr(34) + "https://schema.org/QAPage" + chr(34) if qpage else ""}>',
            "<!-- Powered by Question2Answer - http://www.question2answer.org/ -->")
        out("<head>", '<meta charset="utf-8"/>')
        ht = (head_title or re.sub(r"<[^>]*>", "", title)) if self.request else ""
        out(f"<title>{(ht + ' - ') if ht else ''}{site}</title>")
        out('<meta name="viewport" content="width=device-width, initial-scale=1"/>')
        if description:
            out(f'<meta name="description" content="{description}"/>')
        out("<style>")
        for weight, style, local, fname in (("normal", "normal", "local('Ubuntu'),", "ubuntu-regular"),
                                            ("bold", "normal", "local('Ubuntu Bold'), local('Ubuntu-Bold'),", "ubuntu-bold"),
                                            ("normal", "italic", "local('Ubuntu Italic'), local('Ubuntu-Italic'),", "ubuntu-italic"),
                                            ("bold", "italic", "local('Ubuntu Bold Italic'), local('Ubuntu-BoldItalic'),", "ubuntu-bold-italic")):
            out("@font-face {", f" font-family: 'Ubuntu'; font-weight: {weight}; font-style: {style};", f" src: {local}",
                f"  url('{self.root}qa-theme/SnowFlat/fonts/{fname}.woff2') format('woff2'), url('{self.root}qa-theme/SnowFlat/fonts/{fname}.woff') format('woff');",
                "}")
        out("</style>")
        out(f'<link rel="stylesheet" href="{self.root}qa-theme/SnowFlat/qa-styles.css?{QA_VERSION}"/>')
        out("<style>", ".qa-nav-user { margin: 0 !important; }", "@media (max-width: 979px) {",
            ' body.qa-template-user.fixed, body[class*="qa-template-user-"].fixed { padding-top: 118px !important; }',
            " body.qa-template-users.fixed { padding-top: 95px !important; }", "}", "@media (min-width: 980px) {",
            " body.qa-template-users.fixed { padding-top: 105px !important;}", "}", "</style>")
        if canonical:
            out(f'<link rel="canonical" href="{qa_html(canonical)}"/>')
        if feed:
            out(f'<link rel="alternate" type="application/rss+xml" href="{feed[0]}" title="{feed[1]}"/>')
        if page_links:
            for rel, url in page_links:
                out(f'<link rel="{rel}" href="{url}" />')
        if qpage:
            out.raw(f'<meta itemprop="name" content="{qa_html(self.current_title)}">')
        out("<script>", f"var qa_root = {qa_js(self.root)};", f"var qa_request = {qa_js(self.request)};", "</script>",
            f'<script src="{self.root}qa-content/jquery-3.5.1.min.js"></script>',
            f'<script src="{self.root}qa-content/qa-global.js?{QA_VERSION}"></script>',
            f'<script src="{self.root}qa-theme/SnowFlat/js/snow-core.js?{QA_VERSION}"></script>')
        out("</head>")
        cats = "".join(f" qa-category-{self.cat_id[b]}" for b in self.page_cats)
        out("<body", f'class="qa-template-{template} qa-theme-snowflat{cats} qa-body-js-off"', ">")
        out("<script>", "var b = document.getElementsByTagName('body')[0];",
            "b.className = b.className.replace('qa-body-js-off', 'qa-body-js-on');", "</script>")
        # header (top bar)
        out('<div id="qam-topbar" class="clearfix">')
        out('<div class="qam-main-nav-wrapper clearfix">')
        out('<div class="sb-toggle-left qam-menu-toggle"><i class="icon-th-list"></i></div>')
        out('<div class="qam-account-items-wrapper">')
        out('<div id="qam-account-toggle" class="qam-logged-out">', '<i class="icon-key qam-auth-key"></i>',
            '<div class="qam-account-handle">Connexion</div>', "</div>")
        out('<div class="qam-account-items clearfix">')
        out(f'<form action="{self.path("login", [("to", self.request)] if self.request else None)}" method="post">',
            '<input type="text" name="emailhandle" dir="auto" placeholder="Email ou Pseudo"/>',
            '<input type="password" name="password" dir="auto" placeholder="Mot de passe"/>',
            '<div><input type="checkbox" name="remember" id="qam-rememberme" value="1"/>',
            '<label for="qam-rememberme">Souvenir</label></div>', f'<input type="hidden" name="code" value="{self.code}"/>',
            '<input type="submit" value="Connexion" class="qa-form-tall-button qa-form-tall-button-login" name="dologin"/>', "</form>")
        self.nav(out, "user", [("register", self.path("register", [("to", self.request)] if self.request else None), "Inscription", False, "")])
        out("</div> <!-- END qam-account-items -->")
        out("</div> <!-- END qam-account-items-wrapper -->")
        out('<div class="qa-logo">', f'<a href="{self.path("")}" class="qa-logo-link">{site}</a>', "</div>")
        self.nav(out, "main", [(k, self.path(r), label, sel, "") for k, r, label, sel in self.nav_main()])
        out("</div> <!-- END qam-main-nav-wrapper -->")
        if sub_nav:
            self.nav(out, "sub", sub_nav)
        out("</div> <!-- END qam-topbar -->")
        out(f'<div class="qam-ask-search-box"><div class="qam-ask-mobile"><a href="{self.path("ask")}" class="turquoise">Poser une question</a></div>'
            '<div class="qam-search-mobile turquoise" id="qam-search-mobile"></div></div>')
        out('<div class="qam-search turquoise the-top" id="the-top-search">')
        self.search(out)
        out("</div>")
        wrapper = ' itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"' if qpage else ""
        out(f'<div class="qa-body-wrapper"{wrapper}>', "")
        out('<div class="qa-main-wrapper">', "")
        out('<div class="qa-main">')
        out('<div class="qa-main-heading">')
        if feed:
            out(f'<a href="{feed[0]}" title="{feed[1]}"><i class="icon-rss qam-title-rss"></i></a>')
        out("<h1>")
        if qpage:
            out(f'<a href="{self.path(self.request)}">', title, "</a>")
        else:
            out("", title, "")
        out("</h1>")
        out("</div>")
        body(out)
        out("</div> <!-- END qa-main -->", "")
        # side panel
        out('<div id="qam-sidepanel-toggle"><i class="icon-left-open-big"></i></div>')
        out('<div class="qa-sidepanel" id="qam-sidepanel-mobile">')
        out('<div class="qam-search turquoise ">')
        self.search(out)
        out("</div>")
        out('<div class="qa-sidebar wet-asphalt">')
        out.raw(f"Bienvenue sur {site}, où vous pouvez poser des questions et recevoir des réponses d'autres membres de la communauté.")
        out("</div> <!-- qa-sidebar -->", "")
        if qpage:
            self.related(out)
        self.category_widget(out)
        if feed:
            out('<div class="qa-feed">', f'<a href="{feed[0]}" class="qa-feed-link">{feed[1]}</a>', "</div>")
        out("</div> <!-- qa-sidepanel -->", "")
        out("</div> <!-- END main-wrapper -->")
        out("</div> <!-- END body-wrapper -->")
        out('<div class="qam-footer-box">')
        out('<div class="qam-footer-row">')
        out("</div> <!-- END qam-footer-row -->")
        out('<div class="qa-footer">')
        self.nav(out, "footer", [("feedback", self.path("feedback"), "Vos commentaires", False, "")])
        out('<div class="qa-attribution">', 'Snow Theme by <a href="http://www.q2amarket.com">Q2A Market</a>', "</div>")
        out('<div class="qa-attribution">', 'Powered by <a href="http://www.question2answer.org/">Question2Answer</a>', "</div>")
        out('<div class="qa-footer-clear">', "</div>")
        out("</div> <!-- END qa-footer -->", "")
        out("</div> <!-- END qam-footer-box -->")
        out('<div style="position:absolute;overflow:hidden;clip:rect(0 0 0 0);height:0;width:0;margin:0;padding:0;border:0;">')
        out('<span id="qa-waiting-template" class="qa-waiting">...</span>')
        out("</div>")
        out("</body>")
        out("<!-- Powered by Question2Answer - http://www.question2answer.org/ -->", "</html>")
        return out.text()

    def category_widget(self, out: Out) -> None:
        """The category navigation (the "Categories" widget of the side panel)."""
        out('<div class="qa-widgets-side qa-widgets-side-low">')
        out('<div class="qa-widget-side qa-widget-side-low">')
        out("<h2>Catégories</h2>")
        items = [("all", self.path("questions"), "Toutes les catégories", not self.page_cats and self.request.startswith("questions"), "")]
        items += [(self.cat_slug[b.id], self.path(f"questions/{self.cat_slug[b.id]}"), qa_html(b.name),
                   b.id in self.page_cats, f"({len(b.threads)})") for b in self.f.boards]
        out('<ul class="qa-nav-cat-list qa-nav-cat-list-1">')
        for key, url, label, selected, note in items:
            out(f'<li class="qa-nav-cat-item qa-nav-cat-{key}">')
            out(f'<a href="{url}" class="qa-nav-cat-link{" qa-nav-cat-selected" if selected else ""}">{label}</a>')
            if note:
                out(f'<span class="qa-nav-cat-note">{note}</span>')
            out("</li>")
        out("</ul>")
        out('<div class="qa-nav-cat-clear">', "</div>")
        out("</div>")
        out("</div>")

    def related(self, out: Out) -> None:
        """The "Related Questions" widget: questions of the same category."""
        t = self.current_thread
        b = self.board_of[t.id]
        others = [o for o in sorted(b.threads, key=lambda o: self.qid[o.id], reverse=True) if o is not t][:5]
        out('<div class="qa-widgets-side qa-widgets-side-high">')
        out('<div class="qa-widget-side qa-widget-side-high">')
        out('<h2 style="margin-top:0; padding-top:0;">', "Questions liées", "</h2>")
        out('<ul class="qa-q-title-list">')
        for o in others:
            out('<li class="qa-q-title-item">', f'<a href="{self.path(self.qreq(o))}" >{qa_html(o.title)}</a>', "</li>")
        out("</ul>")
        out("</div>")
        out("</div>")

    def page_links(self, out: Out, request: str, k: int, per: int, count: int, params=None, anchor: str = "") -> list:
        """qa_html_page_links() and the theme's page_links(); returns the head's (rel, url) links."""
        this, last = k + 1, math.ceil(count / per)
        if not (this > 1 or last > this):
            return []
        keypages = [1] + list(range(max(2, min(this, last) - PREV_NEXT), min(this + PREV_NEXT, last) + 1))
        if last not in keypages:
            keypages.append(last)
        keypages = sorted(set(keypages))
        items = []
        if this > 1:
            items.append(("prev", "précédent", this - 1, False))
        for p in keypages:
            items.append(("this" if p == this else "jump", str(p), p, p < last and (p + 1) not in keypages))
        if this < last:
            items.append(("next", "suivant", this + 1, False))
        head = []
        out('<div class="qa-page-links">')
        out('<span class="qa-page-links-label">Page:</span>')
        out('<ul class="qa-page-links-list">')
        for typ, label, p, ellipsis in items:
            url = self.path(request, list(params or []) + ([("start", str(per * (p - 1)))]), anchor) if p != this else ""
            out('<li class="qa-page-links-item">')
            if typ == "this":
                out(f'<span class="qa-page-selected">{label}</span>')
            elif typ == "prev":
                out(f'<a href="{url}" class="qa-page-prev">&laquo; {label}</a>')
                head.append(("prev", url))
            elif typ == "next":
                out(f'<a href="{url}" class="qa-page-next">{label} &raquo;</a>')
                head.append(("next", url))
            else:
                out(f'<a href="{url}" class="qa-page-link">{label}</a>')
            out("</li>")
            if ellipsis:
                out('<li class="qa-page-links-item">', '<span class="qa-page-ellipsis">...</span>', "</li>")
        out("</ul>")
        out('<div class="qa-page-links-clear">', "</div>")
        out("</div>")
        return head

    def setup(self, request: str, params=None, cats=()) -> None:
        self.request = request
        self.root = root_of(request, self.fmt)
        self.self_params = params or []
        self.page_cats = list(cats)

    # -- the question page ---------------------------------------------------------------------------------------------------
    def order(self, t: Thread) -> list[Message]:
        """The answers in the page's order: by date, or by votes then date; the selected one first."""
        s = self.qa[t.id]
        answers = list(s.answers)
        if self.o["sort"] == "votes":
            answers.sort(key=lambda a: (-(votes(self.f.host, a, "A")[0] - votes(self.f.host, a, "A")[1]), a.when, a.id))
        if self.o["selected_first"] and s.selected is not None:
            answers.sort(key=lambda a: a.id != s.selected)
        return answers

    def n_q_pages(self, t: Thread) -> int:
        return max(1, math.ceil(len(self.qa[t.id].answers) / self.per))

    def question(self, t: Thread, k: int, showall: int | None = None) -> str:
        s = self.qa[t.id]
        req = self.qreq(t)
        params = self.start_params(k, self.per)
        if showall is not None:
            params = [("state", f"showcomments-{showall}"), ("show", str(showall))]
        self.setup(req, params, [self.board_of[t.id].id])
        self.current_thread, self.current_title, self.current_q = t, t.title, s.question.id
        answers = self.order(t)
        shown = answers[k * self.per:(k + 1) * self.per]
        q = self.fields(t, s.question, "Q", True)
        desc = qa_html(" ".join(" ".join(s.question.text).split())[:150])
        canonical = self.absolute(req, self.start_params(k, self.per))
        head_links: list = []

        def body(out: Out) -> None:
            out('<div class="qa-part-q-view">')
            out(f'<div class="qa-q-view{" qa-q-closed" if False else ""}" {q["tags"]}>')
            out(f'<form method="post" action="{self.self_url()}">')
            out('<div class="qa-q-view-stats">')
            self.voting(out, q)
            self.a_count(out, q)
            if self.o["views"]:
                out.split(sub_split("^ vues", str(self.views(t))), "qa-view-count")
            out("</div>")
            out(f'<input type="hidden" name="code" value="{self.code}"/>')
            out("</form>")
            out('<div class="qa-q-view-main">')
            out(f'<form method="post" action="{self.self_url()}">')
            self.post_meta(out, q, "qa-q-view")
            out('<div class="qa-q-view-content qa-post-content">')
            out.raw(q["content"])
            out("</div>")
            out('<div class="qa-q-view-buttons">')
            out('<input name="q_doanswer" id="q_doanswer" onclick="return qa_toggle_element(\'anew\')" value="répondre" '
                'title="Répondre à cette question" type="submit" class="qa-form-light-button qa-form-light-button-answer"/>')
            out("</div>")
            out(f'<input type="hidden" name="code" value="{self.code}"/>', '<input type="hidden" name="qa_click" value=""/>')
            out("</form>")
            out("", '<div class="qa-q-view-c-list" style="display:none;" id="c' + str(s.question.id) + '_list">')
            out("</div> <!-- END qa-c-list -->", "")
            out("</div> <!-- END qa-q-view-main -->")
            out('<div class="qa-q-view-clear">', "</div>")
            out("</div> <!-- END qa-q-view -->", "")
            out("</div>")
            # the answer form (open when there is no answer yet)
            out('<div class="qa-part-a-form">')
            out(f'<div class="qa-a-form" id="anew"{"" if not s.answers else " style=" + chr(34) + "display:none;" + chr(34)}>')
            out("<h2>Votre réponse</h2>")
            out(f'<form method="post" action="{self.self_url()}" name="a_form">')
            out('<table class="qa-form-tall-table">', "<tr>", '<td class="qa-form-tall-data">')
            out('<textarea name="a_content" rows="12" cols="40" class="qa-form-tall-text"></textarea>')
            out("</td>", "</tr>", "<tr>", '<td class="qa-form-tall-label">', "Votre nom à afficher ( en option ):", "</td>", "</tr>",
                "<tr>", '<td class="qa-form-tall-data">', '<input name="a_name" type="text" value="" class="qa-form-tall-text"/>',
                "</td>", "</tr>", "<tr>", '<td colspan="1" class="qa-form-tall-buttons">',
                f'<input onclick="return qa_submit_answer({s.question.id}, this);" value="Ajouter réponse" title="" type="submit" '
                'class="qa-form-tall-button qa-form-tall-button-answer"/>', "</td>", "</tr>", "</table>")
            out("</form>")
            out("</div> <!-- END qa-a-form -->", "")
            out("</div>")
            # the answers
            out('<div class="qa-part-a-list">')
            n = len(s.answers)
            title = "1 Réponse" if n == 1 else f"{n} Réponses"
            data = re.match(r"(\d+)(.*)", title)
            style = ' style="display:none;" ' if n == 0 else ""
            out(f'<h2 id="a_list_title"{style}><span itemprop="answerCount">{data.group(1)}</span>{data.group(2)}</h2>')
            out('<div class="qa-a-list" id="a_list">', "")
            for a in shown:
                f = self.fields(t, a, "A", True)
                extra = " qa-a-list-item-selected" if f["selected"] else ""
                out(f'<div class="qa-a-list-item {extra}" {f["tags"]}>')
                out(f'<form method="post" action="{self.self_url()}">')
                self.voting(out, f)
                out(f'<input type="hidden" name="code" value="{self.code}"/>')
                out("</form>")
                out('<div class="qa-a-item-main">')
                out(f'<form method="post" action="{self.self_url()}">')
                self.post_meta(out, f, "qa-a-item")
                if f["selected"]:
                    out('<div class="qa-a-item-selected">')
                out('<div class="qa-a-selection">')
                if f["selected"]:
                    out('<div class="qa-a-selected">&nbsp;</div>')
                    out(f'<div class="qa-a-selected-text">{f["select_text"]}</div>')
                out("</div>")
                out('<div class="qa-a-item-content qa-post-content">')
                out.raw(f["content"])
                out("</div>")
                if f["selected"]:
                    out("</div>")
                out('<div class="qa-a-item-buttons">')
                out(f'<input name="a{a.id}_docomment" onclick="return qa_toggle_element(\'c{a.id}\')" value="commenter" '
                    'title="Ajouter un commentaire sur cette réponse" type="submit" class="qa-form-light-button qa-form-light-button-comment"/>')
                out("</div>")
                out(f'<input type="hidden" name="code" value="{self.code}"/>', '<input type="hidden" name="qa_click" value=""/>')
                out("</form>")
                self.c_list(out, t, a, "A", showall == a.id)
                self.c_form(out, a)
                out("</div> <!-- END qa-a-item-main -->")
                out('<div class="qa-a-item-clear">', "</div>")
                out("</div> <!-- END qa-a-list-item -->", "")
            out("</div> <!-- END qa-a-list -->", "")
            out("</div>")
            if showall is None:
                head_links.extend(self.page_links(out, req, k, self.per, len(answers), anchor="a_list_title"))

        # page links go in the head too: render the body once to learn them, as the theme does from the content
        probe = Out(True)
        body(probe)
        links, head_links[:] = list(head_links), []
        return self.document("question", q["title"], body, canonical, desc, None, links, qpage=True, head_title=qa_html(t.title))

    def item_pages(self):
        for t in self.f.threads():
            for k in range(self.n_q_pages(t)):
                yield (self.thread_path(t, k), len(t.messages), lambda t=t, k=k: page(self.question(t, k), modified=t.messages[-1].when))

    def showcomment_pages(self) -> dict[str, str]:
        """`?state=showcomments-N&show=N`: a question page with all the comments of one answer."""
        out = {}
        for t in self.f.threads():
            s = self.qa[t.id]
            answers = self.order(t)
            for a_id, cs in s.comments.items():
                if len(cs) > FEWER_CS_FROM:
                    k = next(i for i, a in enumerate(answers) if a.id == a_id) // self.per
                    out[self.key(self.qreq(t), [("state", f"showcomments-{a_id}"), ("show", str(a_id))])] = self.question(t, k, a_id)
        return out

    # -- question lists ---------------------------------------------------------------------------------------------------
    def latest(self, t: Thread) -> tuple[Message, str]:
        """The question's latest activity on the home page: (post, "demandé" / "répondu" / "commentée")."""
        s = self.qa[t.id]
        parent = s.parent_of()
        last = max(t.messages, key=lambda m: (m.when, m.id))
        if last is s.question:
            return last, ""
        return last, "commentée" if last.id in parent else "répondu"

    def q_list(self, request: str, title: str, threads: list[Thread], k: int, per: int, template: str, params=None,
               feed: tuple[str, str] | None = None, cats=(), activity: bool = False, sub_nav=None, suggest: str = "",
               paged: bool = True, empty: str = "Pas de questions trouvé") -> str:
        self.setup(request, self.start_params(k, per, params), cats)
        chunk = threads[k * per:(k + 1) * per]
        links: list = []

        def body(out: Out) -> None:
            out('<div class="qa-part-q-list">')
            if chunk:
                out(f'<form method="post" action="{self.self_url()}">')
                out('<div class="qa-q-list">', "")
                for t in chunk:
                    s = self.qa[t.id]
                    if activity:
                        m, what = self.latest(t)
                        if what:
                            parent = s.parent_of()
                            target = ("C", m.id) if m.id in parent else ("A", m.id)
                            f = self.fields(t, s.question, "Q", False, what=what, when_of=m, who_of=m)
                            f["what_url"] = self.path(self.qreq(t), [("show", str(target[1]))], f"{target[0].lower()}{target[1]}")
                        else:
                            f = self.fields(t, s.question, "Q", False)
                    else:
                        f = self.fields(t, s.question, "Q", False)
                    self.q_list_item(out, f)
                out("</div> <!-- END qa-q-list -->", "")
                out('<div class="qa-q-list-form">', f'<input type="hidden" name="code" value="{self.code}"/>', "</div>")
                out("</form>")
            out("</div>")
            if paged:
                links.extend(self.page_links(out, request, k, per, len(threads), params))
            if suggest:
                out('<div class="qa-suggest-next">', suggest, "</div>")

        probe = Out(True)
        body(probe)
        head, links[:] = list(links), []
        heading = title if chunk else empty
        return self.document(template, heading, body, self.absolute(request, self.start_params(k, per, params)),
                             feed=feed, page_links=head, sub_nav=sub_nav, head_title=title)

    def feed_link(self, which: str, label: str) -> tuple[str, str]:
        return self.path(f"feed/{which}.rss"), label

    def sort_nav(self, current: str) -> list:
        sorts = [("recent", "", "Les + Récentes"), ("hot", "hot", "A Voir!"), ("votes", "votes", "Les + Notées"),
                 ("answers", "answers", "Les + Répondues")] + ([("views", "views", "Les + Vues")] if self.o["views"] else [])
        return [(key, self.path("questions", [("sort", s)] if s else None), label, key == current, "") for key, s, label in sorts]

    def sorted_by(self, threads: list[Thread], sort: str) -> list[Thread]:
        def net(t):
            up, down = votes(self.f.host, self.qa[t.id].question, "Q")
            return up - down
        newest = sorted(threads, key=lambda t: self.qid[t.id], reverse=True)
        if sort == "hot":
            return sorted(newest, key=lambda t: -self.hotness(t))
        if sort == "votes":
            return sorted(newest, key=lambda t: -net(t))
        if sort == "answers":
            return sorted(newest, key=lambda t: -len(self.qa[t.id].answers))
        if sort == "views":
            return sorted(newest, key=lambda t: -self.views(t))
        return newest

    def hotness(self, t: Thread) -> float:
        """qa_db_hotness_update()'s formula, in days since 2000 (activity, answers, votes, views)."""
        s = self.qa[t.id]
        base = datetime(2000, 1, 1)
        qtime = (s.question.when - base).total_seconds() / 86400
        atime = (max(m.when for m in t.messages) - base).total_seconds() / 86400
        up, down = votes(self.f.host, s.question, "Q")
        return qtime + atime + 2 * len(s.answers) + 2 * (up - down) + 0.5 * math.log(1 + self.views(t))

    def listing_pages(self) -> dict[str, str]:
        out = {}
        threads = self.f.threads()
        per = self.tper
        # home: recent questions and answers (no page links)
        recent = sorted(threads, key=lambda t: max((m.when, m.id) for m in t.messages), reverse=True)
        home = self.q_list("", "Questions et réponses récentes", recent, 0, HOME_SIZE, "qa", activity=True, paged=False,
                           feed=self.feed_link("qa", "Questions et réponses récentes"),
                           suggest=f'Pour en voir plus , cliquez sur <a href="{self.path("questions")}">liste compléte des questions</a>.')
        out["/"] = home
        if self.fmt == "safest":
            out["/index.php"] = home
        for sort in ("recent", "hot", "votes", "answers") + (("views",) if self.o["views"] else ()):
            ordered = self.sorted_by(threads, sort)
            params = [("sort", sort)] if sort != "recent" else []
            title = {"recent": "Questions récentes", "hot": "Questions A Voir", "votes": "Questions aux meilleurs votes",
                     "answers": "La plupart a répondu aux questions", "views": "Les question les plus vues"}[sort]
            for k in range(self.n_pages(len(ordered), per)):
                out[self.key("questions", self.start_params(k, per, params))] = self.q_list(
                    "questions", title, ordered, k, per, "questions", params, feed=self.feed_link("questions", "Questions récentes"),
                    sub_nav=self.sort_nav(sort))
        for b in self.f.boards:
            ordered = self.sorted_by(b.threads, "recent")
            req = f"questions/{self.cat_slug[b.id]}"
            for k in range(self.n_pages(len(ordered), per)):
                out[self.key(req, self.start_params(k, per))] = self.q_list(
                    req, f"Questions récentes dans {qa_html(b.name)}", ordered, k, per, "questions", cats=[b.id],
                    feed=self.feed_link(f"questions/{self.cat_slug[b.id]}", f"Questions récentes dans {qa_html(b.name)}"),
                    empty=f"Pas de question {qa_html(b.name)}")
        una = [t for t in self.sorted_by(threads, "recent") if not self.qa[t.id].answers]
        for k in range(self.n_pages(len(una), per)):
            out[self.key("unanswered", self.start_params(k, per))] = self.q_list(
                "unanswered", "Questions récentes sans réponses", una, k, per, "unanswered",
                feed=self.feed_link("unanswered", "Questions récentes sans réponses"),
                sub_nav=[("by-answers", self.path("unanswered"), "Sans réponse", True, ""),
                         ("by-selected", self.path("unanswered", [("by", "selected")]), "Sans réponse sélectionnée", False, ""),
                         ("by-upvotes", self.path("unanswered", [("by", "upvotes")]), "Sans réponse élue", False, "")],
                empty="Pas de questions sans réponse trouvé")
        return out

    # -- other pages ---------------------------------------------------------------------------------------------------------
    def categories_page(self) -> str:
        self.setup("categories")

        def body(out: Out) -> None:
            out('<div class="qa-part-nav-list">')
            out('<ul class="qa-browse-cat-list qa-browse-cat-list-1">')
            for b in self.f.boards:
                out(f'<li class="qa-browse-cat-item qa-browse-cat-{self.cat_slug[b.id]}">')
                out(f'<a href="{self.path("questions/" + self.cat_slug[b.id])}" class="qa-browse-cat-link">{qa_html(b.name)}</a>')
                note = f" - {qa_html(b.description)} - {len(b.threads)} questions" if b.description else f" - {len(b.threads)} questions"
                out(f'<span class="qa-browse-cat-note">{note}</span>')
                out("</li>")
            out("</ul>")
            out("</div>")
        return self.document("categories", "Catégories", body, self.absolute("categories"))

    def users_page(self) -> str:
        self.setup("users")
        ranked = sorted((n for n in self.f.users if self.posts_of(n)), key=lambda n: (-self.points.get(n, 100), self.f.users[n]))

        def body(out: Out) -> None:
            out('<div class="qa-part-ranking qa-ranking-users-points">')
            for n in ranked[:30]:
                out('<span class="qa-ranking-item qa-top-users-item">')
                out(f'<span class="qa-top-users-label">{self.user_link(n, False)}</span>')
                out(f'<span class="qa-top-users-score">{self.points.get(n, 100)}</span>')
                out("</span>")
            out("</div>")
        return self.document("users", "Meilleurs notations utilisateurs", body, self.absolute("users"),
                             sub_nav=[("users$", self.path("users"), "Meilleurs notations utilisateurs", True, "")])

    def posts_of(self, name: str) -> list[tuple[Message, Thread]]:
        return [(m, t) for t in self.f.threads() for m in t.messages if m.author == name]

    def profile(self, name: str) -> str:
        self.setup(f"user/{name}")
        mine = self.posts_of(name)
        nq = sum(1 for m, t in mine if m is t.messages[0])
        parents = {c for t in self.f.threads() for c in self.qa[t.id].parent_of()}
        nc = sum(1 for m, _ in mine if m.id in parents)
        na = len(mine) - nq - nc
        joined = self.joined(name)
        since = self.when(joined)
        since_txt = since["data"] if "prefix" not in since else since["data"]
        level = "Administrateur" if name in self.f.admins else "Utilisateur enregistré"

        def row(label: str, value: str) -> list[str]:
            return ["<tr>", '<td class="qa-form-wide-label">', label, "</td>", '<td class="qa-form-wide-data">',
                    f'<span class="qa-form-wide-static">{value}</span>', "</td>", "</tr>"]

        def body(out: Out) -> None:
            out('<div class="qa-part-form-profile">')
            out('<form method="post" action="' + self.self_url() + '">')
            out('<table class="qa-form-wide-table">')
            out(*row("Membre depuis:", since_txt))
            out(*row("Type:", level))
            out("</table>")
            out("</form>")
            out("</div>")
            out('<div class="qa-part-form-activity">')
            out(f'<h2>Activité par {qa_html(name)}</h2>')
            out('<table class="qa-form-wide-table">')
            out(*row("Score:", f'<span class="qa-uf-user-points">{self.points.get(name, 100)}</span> points'))
            out(*row("Questions:", f'<span class="qa-uf-user-q-posts">{nq}</span>'))
            out(*row("Réponses:", f'<span class="qa-uf-user-a-posts">{na}</span>'))
            out(*row("Commentaires:", f'<span class="qa-uf-user-c-posts">{nc}</span>'))
            out("</table>")
            out("</div>")
        sub = [("profile", self.path(f"user/{name}"), "Utilisateur " + qa_html(name), True, ""),
               ("activity", self.path(f"user/{name}/activity"), "Toutes les activités", False, "")]
        return self.document("user", f"Utilisateur {qa_html(name)}", body, self.absolute(f"user/{name}"), sub_nav=sub)

    def not_found(self) -> str:
        self.setup("nothing-here")

        def body(out: Out) -> None:
            out('<div class="qa-error">', "Page non trouvée", "</div>")
            out('<div class="qa-suggest-next">', f'Pour en voir plus , cliquez sur <a href="{self.path("questions")}">liste compléte des questions</a>.', "</div>")
        return self.document("not-found", "", body)

    # -- feeds, sitemap -------------------------------------------------------------------------------------------------------
    def feed(self, which: str, title: str, items: list[tuple[Thread, Message, str]], link_request: str) -> str:
        lines = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0">', "<channel>",
                 f"<title>{x(self.f.name + ' - ' + title)}</title>",
                 f"<link>{x(self.absolute(link_request))}</link>", "<description>Powered by Question2Answer</description>"]
        for t, m, kind in items:
            prefix = {"Q": "", "A": "Répondu: ", "C": "Commenté: "}[kind]
            show = [] if kind == "Q" else [("show", str(m.id))]
            url = self.absolute(self.qreq(t), show, "" if kind == "Q" else f"{kind.lower()}{m.id}")
            self.root = "./"
            html = self.content(m, "C" if kind == "C" else "Q")
            lines += ["<item>", f"<title>{x(prefix + t.title)}</title>", f"<link>{x(url)}</link>",
                      f"<description>{x(html)}</description>", f"<category>{x(self.board_of[t.id].name)}</category>",
                      f'<guid isPermaLink="true">{x(url)}</guid>', f"<pubDate>{gm_rfc(m.when)}</pubDate>", "</item>"]
        lines += ["</channel>", "</rss>"]
        return "\n".join(lines)

    def feeds(self) -> dict[str, str]:
        out = {}
        threads = self.f.threads()
        qs = sorted(threads, key=lambda t: self.qid[t.id], reverse=True)
        out[self.key("feed/questions.rss")] = self.feed("questions", "Questions récentes",
                                                        [(t, self.qa[t.id].question, "Q") for t in qs[:50]], "questions")
        answers = sorted(((t, a) for t in threads for a in self.qa[t.id].answers), key=lambda ta: (ta[1].when, ta[1].id), reverse=True)
        mixed = [(t, self.qa[t.id].question, "Q", self.qa[t.id].question.when) for t in qs[:50]]
        mixed += [(t, a, "A", a.when) for t, a in answers[:50]]
        mixed.sort(key=lambda x4: (x4[3], x4[1].id), reverse=True)
        seen, deduped = set(), []
        for t, m, kind, _ in mixed:  # qa_any_sort_and_dedupe(): one item a question, its latest
            if t.id not in seen:
                seen.add(t.id)
                deduped.append((t, m, kind))
        out[self.key("feed/qa.rss")] = self.feed("qa", "Questions et réponses récentes", deduped[:50], "qa")
        una = [t for t in qs if not self.qa[t.id].answers]
        out[self.key("feed/unanswered.rss")] = self.feed("unanswered", "Questions récentes sans réponses",
                                                         [(t, self.qa[t.id].question, "Q") for t in una[:50]], "unanswered")
        for b in self.f.boards:
            mine = [t for t in qs if self.board_of[t.id] is b][:50]
            out[self.key(f"feed/questions/{self.cat_slug[b.id]}.rss")] = self.feed(
                "questions", f"Questions récentes dans {b.name}", [(t, self.qa[t.id].question, "Q") for t in mine],
                f"questions/{self.cat_slug[b.id]}")
        return out

    def sitemap(self) -> str:
        threads = sorted(self.f.threads(), key=lambda t: self.qid[t.id])
        hot = {t.id: self.hotness(t) for t in threads}
        base = min(hot.values(), default=0.0)
        spread = max(hot.values(), default=0.0) - base
        rows = []

        def url(request: str, priority: float) -> None:
            rows.append(f"\t<url>\n\t\t<loc>{x(self.absolute(request))}</loc>\n\t\t<priority>{php_float(max(0.0, min(1.0, priority)))}</priority>\n\t</url>\n")
        for t in threads:
            url(self.qreq(t), 0.1 + 0.9 * (hot[t.id] - base) / (1 + spread))
        for n in sorted(self.f.users, key=lambda n: self.f.users[n]):
            url(f"user/{n}", 0.25)
        for b in self.f.boards:
            if b.threads:
                url(f"questions/{self.cat_slug[b.id]}", 0.5)
        return '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "".join(rows) + "</urlset>\n"


def php_float(v: float) -> str:
    """PHP's echo of a float (precision 14)."""
    if v == int(v):
        return str(int(v))
    return f"{v:.14G}".rstrip("0").rstrip(".") if "E" not in f"{v:.14G}" else f"{v:.14G}"


def item_pages(forum: Forum, now: datetime = NOW):
    return _Q2A(forum, now).item_pages()


def render(forum: Forum, now: datetime = NOW, keep: dict[str, Page] | None = None) -> tuple[dict[str, Page], Page]:
    """Every page of a Question2Answer site keyed by path?query, and its 404."""
    v = _Q2A(forum, now)
    keep = keep or {}
    last = v.last()
    out: dict[str, Page] = {}
    for path, body in v.listing_pages().items():
        out[path] = page(body, modified=last)
    for path, _, make in v.item_pages():
        out[path] = keep[path] if path in keep else make()
    for t in forum.threads():  # `?show=N` (the what-links of answers and comments): the page holding the post
        s = v.qa[t.id]
        for i, a in enumerate(v.order(t)):
            if i // v.per:
                held = out[v.thread_path(t, i // v.per)]
                for m in [a] + s.comments.get(a.id, []):
                    out[v.key(v.qreq(t), [("show", str(m.id))])] = held
    for path, body in v.showcomment_pages().items():
        out[path] = page(body, modified=last)
    out[v.key("categories")] = page(v.categories_page(), modified=last)
    out[v.key("users")] = page(v.users_page(), modified=last)
    for name in forum.users:
        if v.posts_of(name):
            out[v.key(f"user/{name}")] = page(v.profile(name), modified=last)
    for path, body in v.feeds().items():
        out[path] = page(body, XML, modified=last)
    out[v.key("sitemap.xml")] = page(v.sitemap(), XML, modified=last)
    delay = f"Crawl-delay: {forum.crawl_delay}\n" if forum.crawl_delay else ""
    disallow = "".join(f"Disallow: {v.key(r)}\n" for r in ("login", "register", "ask", "search"))
    out["/robots.txt"] = page(f"User-agent: *\n{delay}{disallow}\nSitemap: {v.absolute('sitemap.xml')}\n", TEXT)
    return out, page(v.not_found(), status=404)
