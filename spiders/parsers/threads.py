"""Forum threads of engines without a family module: known markup first, then structure.

Read in this order, the first that finds the thread's posts wins:

1. Engines whose markup is known but that have no module of their own: Reddit (the shreddit
   web components of www.reddit.com, and old.reddit.com's `div.thing`), Flarum (the server-rendered
   `<noscript id="flarum-content">` view of its JavaScript app).
2. schema.org microdata: `itemscope` elements typed DiscussionForumPosting, Comment, Answer,
   Question (or SocialMediaPosting), each with its own `itemprop="text"` / `articleBody`, author
   (`itemprop="author"` and its `name`) and date (`datePublished` / `dateCreated`).
3. Structure: the message bodies of a thread are many elements sharing one class (or one
   numbered id pattern), that do not nest in one another, hold text rather than links, and each
   sit in a block that also names an author or a date (a user-profile link, a `<time>`, an
   author/username class) outside the body. Of such groups, the one with the most words wins.

Each reader returns ForumPosts in page order (nested replies in document order), with quotes
(`<blockquote>` and quote blocks) kept apart from the poster's own words.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime, timezone

from lxml import etree

from . import fluxbb, phpbb
from .dates import parse_date, to_datetime
from .links import PROFILE, links_in, pager_links
from .model import ForumPost, Navigation, ParsedPage
from .names import site_name
from .page import Page
from .posts import fill_thread
from .pubdates import date_of, is_date_tooltip
from .selection import css, first, first_of, has_class, inside, meta
from .text import SKIP_TAGS, inline_text, node_text, norm_ws

POST_TYPES = ("DiscussionForumPosting", "Comment", "Answer", "Question", "SocialMediaPosting")
QUOTES = "blockquote, .bbcode_quote, .bbCodeQuote, .quote, .quotecontent, .bbc_standard_quote"
CITES = "cite, .quoteheader, .quote-author, .bbCodeBlock-title, .attribution, .quotetitle"
SIGNATURES = ".signature, .post-signature, .postsignature, .sig"
MAX_POSTS = 2000


# ---------------------------------------------------------------- shared

def _outermost(nodes: list) -> list:
    chosen = set(nodes)
    out = []
    for n in nodes:
        a = n.getparent()
        while a is not None and a not in chosen:
            a = a.getparent()
        if a is None:
            out.append(n)
    return out


def date_parts(node, now) -> tuple[str | None, str | None, str | None]:
    """(ISO, raw, text as shown) of a date node (a date inside a longer byline is found in it)."""
    if node is None:
        return None, None, None
    for attr in ("created-timestamp", "created"):  # Reddit's web components carry their date
        value = node.get(attr)
        if value:
            return parse_date(value, now=now), value[:200], None
    iso, raw = date_of(node, now)
    shown = inline_text(node) or None
    if not iso and shown:
        iso = parse_date(shown, now=now)
        m = None if iso else DATE_TEXT.search(shown)
        if m:  # "posted 12 March 2024", "FolioQuarto · 03/03/2026 19:55"
            iso = parse_date(shown[m.start():], now=now)
            raw = shown[m.start():][:200]
    return iso, raw, shown


def _post(page: Page, body, author: str | None, date_node, exclude=(), post_id: str | None = None,
          title: str | None = None) -> ForumPost:
    """A ForumPost from its body node: quotes apart, signatures and `exclude` left out."""
    quotes = _outermost([q for q in css(body, QUOTES) if q not in exclude])
    drop = list(exclude) + css(body, SIGNATURES) + [lead for q in quotes if (lead := quote_lead(q)) is not None]
    quoted = "\n\n".join(t for t in (node_text(q, css(q, CITES)) for q in quotes) if t)
    text = node_text(body, quotes + drop)
    if not text and quoted and not any(css(q, CITES) for q in quotes):
        # Nothing but an unattributed quote: a source pasted in (Reddit's "> "), not a reply to a post.
        text, quoted = quoted, ""
    if title:
        text = f"{title}\n{text}" if text else title
    iso, raw, shown = date_parts(date_node, page.now)
    return ForumPost(author=norm_ws(author) or None, published=iso, published_raw=raw, date_text=shown,
                     text=text, quoted=quoted, post_id=post_id, links=links_in(page, body, quotes + drop))


# Verbs of speech around a quoted or commenting member's name ("X a écrit :", "Tom said:"): comments.py's too.
SAID = r"a\s+(?:dit|[ée]crit|r[ée]pondu)|said|wrote|says|writes"
# The line a quote opens with when it stands before the quote, not in it: NodeBB's "@X a dit dans <title> :".
_QUOTE_LEAD = re.compile(rf"\b(?:{SAID})\b.*:\s*$", re.I | re.S)
MAX_QUOTE_LEAD = 300  # characters: an attribution line, not a paragraph ending in a colon


def quote_lead(quote):
    """The paragraph just before `quote` that says who is quoted, or None."""
    lead = quote.getprevious()
    if lead is None or lead.tag != "p":
        return None
    text = inline_text(lead)
    return lead if len(text) <= MAX_QUOTE_LEAD and _QUOTE_LEAD.search(text) else None


def _number(posts: list[ForumPost]) -> list[ForumPost]:
    for i, p in enumerate(posts, 1):
        p.position = i
    return posts


# ---------------------------------------------------------------- Reddit

def _reddit_new(page: Page) -> list[ForumPost]:
    """www.reddit.com: <shreddit-post> (title, `[slot=text-body]`) and <shreddit-comment>s
    (`author`, `created`/`<time>`, `[slot=comment]`), replies nested inside their parent."""
    tree = page.tree
    out = []
    post = first(tree, "shreddit-post")
    if post is not None:
        title = inline_text(first_of(post, "h1[slot='title']", "[slot='title']", "h1"))
        if not title:
            title = norm_ws(post.get("post-title") or "")
        body = first(post, "[slot='text-body']")
        author = post.get("author") or inline_text(first(post, "[slot='authorName'] a, a[href*='/user/']"))
        when = post if post.get("created-timestamp") else first(post, "time")
        if body is not None:
            p = _post(page, body, author, when, title=title or None, post_id=post.get("id"))
        else:
            # A link submission: its words are its title.
            iso, raw, shown = date_parts(when, page.now)
            p = ForumPost(author=norm_ws(author) or None, published=iso, published_raw=raw, date_text=shown,
                          text=title, post_id=post.get("id"))
        if p.text:
            out.append(p)
    def owner(el):
        return next((a for a in el.iterancestors("shreddit-comment")), None)

    for comment in css(tree, "shreddit-comment")[:MAX_POSTS]:
        # The comment's own parts, not a nested reply's.
        body = next((b for b in css(comment, "[slot='comment']") if owner(b) is comment), None)
        if body is None:
            continue
        when = next((t for t in css(comment, "time") if owner(t) is comment), None)
        if when is None and comment.get("created"):
            when = comment
        out.append(_post(page, body, comment.get("author"), when, post_id=comment.get("thingid")))
    return _number(out)


def _reddit_old(page: Page) -> list[ForumPost]:
    """old.reddit.com: `div.thing.link` (title `a.title`, self text `.usertext-body .md`) then
    `div.thing.comment`s in `.commentarea`, each `.entry` holding `a.author`, `time` and its body."""
    out = []
    for thing in css(page.tree, "div.thing")[:MAX_POSTS]:
        classes = (thing.get("class") or "").split()
        entry = next((c for c in thing if isinstance(c.tag, str) and "entry" in (c.get("class") or "").split()), None)
        if entry is None:
            continue
        body = first(entry, ".usertext-body .md")
        author = inline_text(first(entry, "a.author"))
        when = first(entry, "time")
        if "link" in classes:
            title = inline_text(first(entry, "a.title"))
            if body is not None:
                out.append(_post(page, body, author, when, title=title or None, post_id=thing.get("data-fullname")))
            elif title:
                iso, raw, shown = date_parts(when, page.now)
                out.append(ForumPost(author=author or None, published=iso, published_raw=raw, date_text=shown,
                                     text=title, post_id=thing.get("data-fullname")))
        elif "comment" in classes and body is not None:
            out.append(_post(page, body, author, when, post_id=thing.get("data-fullname")))
    return _number(out)


# ---------------------------------------------------------------- Flarum

def _flarum(page: Page) -> list[ForumPost]:
    """Flarum's no-JavaScript view (flarum/framework views/frontend/content/discussion.blade.php):
    `#flarum-content`, one block per post holding its author and `.Post-body` (no dates in that view).
    Since 1.x the block is an `article` with `h3.PostUser-name`; before, a bare `div` whose `h3`
    precedes the body. The author is that block's own heading, never another post's."""
    box = first(page.tree, "#flarum-content")
    out = []
    for body in css(box, ".Post-body")[:MAX_POSTS]:
        block = body.getparent()
        if block is None or any(has_class(a, "Post-body") for a in body.iterancestors()):
            continue
        name = first(block, ".PostUser-name")
        if name is None:
            name = next((h for h in block.iterchildren("h3", "h4") if h.getnext() is body), None)
        out.append(_post(page, body, inline_text(name), first(block, "time")))
    _flarum_dates(page, out)
    return _number(out)


MAX_PAYLOAD = 4_000_000  # characters of Flarum's JSON payload read; a bigger one is left unread


def _flarum_dates(page: Page, posts: list[ForumPost]) -> None:
    """Dates from the JSON:API document Flarum embeds for its app (`#flarum-json-payload`, app.blade.php):
    the no-JavaScript view shows none. Its posts, in `number` order, are the view's posts when their
    users' display names are the view's authors, one by one; otherwise nothing is dated."""
    script = first(page.tree, "#flarum-json-payload")
    raw = (script.text or "") if script is not None else ""
    if not raw or len(raw) > MAX_PAYLOAD:
        return
    try:
        doc = json.loads(raw).get("apiDocument") or {}
        items = [i for i in doc.get("included") or [] if isinstance(i, dict)]
    except (ValueError, AttributeError):
        return
    names = {i.get("id"): (i.get("attributes") or {}).get("displayName") for i in items if i.get("type") == "users"}
    shown = sorted((i for i in items if i.get("type") == "posts"
                    and (i.get("attributes") or {}).get("contentType") == "comment"),
                   key=lambda i: (i.get("attributes") or {}).get("number") or 0)
    pairs = [(names.get((((i.get("relationships") or {}).get("user") or {}).get("data") or {}).get("id")),
              (i.get("attributes") or {}).get("createdAt"), i.get("id")) for i in shown]
    if len(pairs) != len(posts) or any(name != p.author for (name, _, _), p in zip(pairs, posts)):
        return
    for (_, created, pid), p in zip(pairs, posts):
        if isinstance(created, str) and not p.published:
            p.published, p.published_raw = parse_date(created, now=page.now), created[:200]
            p.post_id = p.post_id or (str(pid) if pid is not None else None)


# ---------------------------------------------------------------- schema.org microdata

def _itemtype(el) -> str:
    t = el.get("itemtype") or ""
    return t.rstrip("/").rsplit("/", 1)[-1]


def _scope_of(el, stop=None):
    """Nearest itemscope ancestor of el (el excluded)."""
    a = el.getparent()
    while a is not None and a is not stop:
        if a.get("itemscope") is not None:
            return a
        a = a.getparent()
    return None


def _microdata(page: Page) -> list[ForumPost]:
    scopes = [el for el in page.tree.iter() if isinstance(el.tag, str) and el.get("itemscope") is not None
              and _itemtype(el) in POST_TYPES]
    if not scopes:
        return []
    wanted = set(scopes)
    # One pass over the properties: each belongs to its nearest enclosing item.
    props: dict = {}
    for el in page.tree.iter():
        if not isinstance(el.tag, str):
            continue
        names = el.get("itemprop")
        if not names:
            continue
        owner = _scope_of(el)
        if owner in wanted:
            for name in names.split():
                props.setdefault((owner, name), []).append(el)
    children: dict = {}  # post item -> the post items nested right inside it (replies, quoted posts)
    for scope in scopes:
        a = scope.getparent()
        while a is not None and a not in wanted:
            a = a.getparent()
        if a is not None:
            children.setdefault(a, []).append(scope)

    def nested_in(scope) -> list:
        found, stack = [], list(children.get(scope, ()))
        while stack:
            s = stack.pop()
            found.append(s)
            stack.extend(children.get(s, ()))
        return found

    out = []
    for scope in scopes[:MAX_POSTS]:
        bodies = props.get((scope, "text")) or props.get((scope, "articleBody"))
        if not bodies:
            continue
        body = bodies[0]
        if body.tag == "meta":
            # <meta itemprop="text" content="..."> (the message in an attribute, shown elsewhere or not)
            body = etree.Element("div")
            body.text = bodies[0].get("content") or ""
        author = None
        for node in props.get((scope, "author"), []):
            names = [n for n in node.iter() if "name" in (n.get("itemprop") or "").split()]
            value = (names[0].get("content") or inline_text(names[0])) if names else inline_text(node)
            if value:
                author = value
                break
        dates = props.get((scope, "datePublished")) or props.get((scope, "dateCreated"))
        out.append(_post(page, body, author, dates[0] if dates else None, exclude=nested_in(scope)))
    return _number([p for p in out if p.text])


# ---------------------------------------------------------------- structure

# Drupal's "field-name-<field>" on every field names the field, not a person.
_AUTHOR_CLASS = re.compile(r"author|auteur|user-?name|pseudo|poster|byline|nickname"
                           r"|(?:^|(?<!field)[-_])(?:user|name|nick)(?:$|[-_])", re.I)
DATE_CLASS = re.compile(r"date|time|posted|ago", re.I)
# Month names as whole words, French and English, full or in their usual abbreviations (a dot may
# follow): "mars", "Mar.", "juil.", "sept", "déc". A prefix is not a month: "Julien 04", "Marco 12",
# "Mayotte 3" and "Decathlon 5" are not dates.
_MONTHS = (r"(?:jan(?:v|vier|uary)?|f[ée]v(?:r|rier)?|feb(?:ruary)?|mar(?:s|ch)?|apr(?:il)?|avr(?:il)?|may|mai"
           r"|june?|juin|july?|juil(?:let)?|aug(?:ust)?|ao[uû]t?|sep(?:t|tember|tembre)?|oct(?:ober|obre)?"
           r"|nov(?:ember|embre)?|dec(?:ember)?|d[ée]c(?:embre)?)(?:\.|(?![\w-]))")
# A date as a post header writes it: 03/03/2026, 2024-05-03, Mar 3, 3 mars, 5 days ago, yesterday.
DATE_TEXT = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b" + _MONTHS + r" \d{1,2}\b|\b\d{1,2}"
                       r"(?:st|nd|rd|th|er)? " + _MONTHS + r"|\b\d+\s*(?:min(?:ute)?s?|h|hours?|hrs?|d|days?|weeks?|"
                       r"months?|years?|yrs?)\s+ago\b|\b(?:yesterday|today|hier|aujourd'hui)\b", re.I)
_SKIP_SUBTREES = frozenset({"nav", "header", "footer", "aside", "form", "noscript"}) | SKIP_TAGS
_DIGITS = re.compile(r"\d+")


def _measure(root) -> tuple[dict, dict]:
    """Per element: words of its text (tails of children included) and words inside links."""
    words: dict = {}
    linked: dict = {}
    for _, el in etree.iterwalk(root, events=("end",)):
        tag = el.tag
        if not isinstance(tag, str) or tag in SKIP_TAGS:
            words[el] = linked[el] = 0
            continue
        w = len(el.text.split()) if el.text else 0
        lw = 0
        for child in el:
            w += words.get(child, 0)
            lw += linked.get(child, 0)
            if child.tail:
                w += len(child.tail.split())
        words[el] = w
        linked[el] = w if tag == "a" else lw
    return words, linked


def _signal(block, body) -> bool:
    """An author or a date in `block` outside `body`."""
    for el in block.iter():
        if not isinstance(el.tag, str) or el is block:
            continue
        a = el
        inside = False
        while a is not None and a is not block:
            if a is body:
                inside = True
                break
            a = a.getparent()
        if inside:
            continue
        tag = el.tag
        if tag == "time":
            return True
        if tag == "a" and PROFILE.search(el.get("href") or ""):
            return True
        cls = el.get("class")
        if cls and _AUTHOR_CLASS.search(cls):
            return True
        if el.get("itemprop") in ("author", "dateCreated", "datePublished") or el.get("data-username"):
            return True
        # Its own text and its children's tails: "Posté par <a>Jean</a>, 05 mars 2025 à 08:47".
        text = own_text(el).strip()
        if text and len(text) <= 80 and DATE_TEXT.search(text):
            return True
    return False


def _block(body, bodies: set, levels: int = 6, stop=None):
    """The largest ancestor of `body` (within `levels`, below `stop`) that holds no other body but the
    answers nested in `body` itself (Eklablog prints a comment's replies inside its text's element)."""
    block = body
    a = body.getparent()
    for _ in range(levels):
        if a is None or a is stop or a.tag in ("body", "html"):
            break
        if any(d in bodies and not inside(d, body) for d in a.iter() if d is not body):
            break
        block = a
        a = a.getparent()
    return block


# Bootstrap's pop-up dialogs (div.modal), hidden until a script opens them.
_DIALOG = frozenset({"modal"})


def groups(root) -> dict:
    """Candidate body groups: elements by (tag, class with digits dropped) and numbered id pattern."""
    groups: dict = {}
    stack = [root]
    while stack:
        el = stack.pop()
        for child in reversed(el):
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP_SUBTREES:
                continue
            if child.get("role") in ("navigation", "banner", "contentinfo", "dialog", "alertdialog"):
                continue
            cls = child.get("class")
            if cls and _DIALOG.intersection(cls.split()):
                continue  # a pop-up (a newsletter or course offer) is not one of the page's messages
            if cls:
                for tok in set(cls.split()):
                    groups.setdefault((tag, "." + _DIGITS.sub("", tok)), []).append(child)
            ident = child.get("id")
            if ident and _DIGITS.search(ident):
                groups.setdefault((tag, "#" + _DIGITS.sub("N", ident)), []).append(child)
            stack.append(child)
    return groups


MIN_POSTS = 2
_BODY_TAGS = frozenset({"div", "p", "dd", "section", "article", "blockquote", "td", "li"})
MIN_WORDS = 30  # a thread's bodies hold at least this many words in all


def structural_bodies(page: Page, root=None) -> list:
    """Message bodies found by structure (see the module doc), in page order; [] when no group
    qualifies. `root` limits the search to one region (a blog post's comment section), where one
    short message is enough: the region already says it holds comments."""
    body_el = root if root is not None else first(page.tree, "body")
    if body_el is None:
        return []
    # In a comment section, spam is made of links: only a list of links is not messages.
    min_posts, min_words, link_share = (MIN_POSTS, MIN_WORDS, 0.35) if root is None else (1, 1, 0.9)
    words, linked = _measure(body_el)
    best, best_score = [], 0
    for key, els in groups(body_el).items():
        if len(els) < min_posts:
            continue
        # In a comment section, a body inside another is an answer nested in the comment's element
        # (Eklablog): both are messages, and `not_text` keeps the answer out of the comment's text.
        outer = els if root is not None else _outermost(els)
        if len(outer) < min_posts or len(outer) < 0.8 * len(els):
            continue
        if len(outer) == 1 and (outer[0].tag not in _BODY_TAGS
                                or next(outer[0].iter("h1", "h2", "h3", "h4", "nav", "section", "form"), None) is not None):
            continue  # a lone message is a block of text, not a tooltip, a label or a page section
        w = sum(words.get(e, 0) for e in outer)
        lw = sum(linked.get(e, 0) for e in outer)
        own = w - lw
        if own < min_words or own <= best_score or lw > link_share * w:
            continue
        if sum(1 for e in outer if only_date(e)) > 0.5 * len(outer):
            continue  # the bylines' dates, not the messages
        if sum(1 for e in outer if words.get(e, 0) - linked.get(e, 0) > 0) < 0.8 * len(outer):
            continue
        # Responsive themes render one article twice or more: copies are not replies. In a comment
        # section, spam posted verbatim several times is: there only a group of copies throughout is
        # left out (on a whole page, a template's repeated author bio would pass that test).
        heads = Counter(norm_ws("".join(e.itertext())[:300]) for e in outer)
        if len(outer) > 1 and (min(heads.values()) > 1 if root is not None else len(heads) < 0.9 * len(outer)):
            continue
        bodies = set(outer)
        blocks = [_block(e, bodies, stop=root) for e in outer]
        signals = sum(1 for e, b in zip(outer, blocks) if b is not e and _signal(b, e))
        if signals < 0.6 * len(outer):
            continue
        # A body holds its message, not its author line: a group of whole posts is the wrapper (a body
        # holding answers holds their author lines).
        nesting = {e for e in outer if any(d is not e and inside(d, e) for d in outer)}
        inner = sum(1 for e in outer if e not in nesting and _signal(e, None))
        if inner > 0.5 * len(outer):
            continue
        best, best_score = outer, own
    if root is None:
        page._cache["words"] = (words, linked)
    return best


_DATE_FILLER = re.compile(r"[\d\s:/.,hH-]|\b(?:à|at|le|on|am|pm|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
                          r"|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.I)


def only_date(el) -> bool:
    """An element whose whole text is a date ("12/07/2026 00:26", "5 days ago"): a byline's date
    element, told from the name beside it (shared with comments.py)."""
    text = norm_ws("".join(el.itertext()))
    m = DATE_TEXT.search(text) if 0 < len(text) <= 40 else None
    return m is not None and len(_DATE_FILLER.sub("", text[:m.start()] + text[m.end():])) <= 3


def byline(page: Page, block, body) -> tuple[str | None, object, object]:
    """(author name, author element, date element) of a message from its block, outside its body:
    itemprop author, data-username, a profile link or an author-like class; a <time>, a date-like
    class or a short text holding a date; else the name a plain-text byline gives before its date
    ("keepingsanity · 03/03/2026", "Posté par Jean, le 4 mars 2025")."""
    author, author_el, when = None, None, None
    for el in block.iter():
        if not isinstance(el.tag, str) or el is block or inside(el, body):
            continue
        # A name element inside the one already found is the more precise ("div.user > span.name").
        if author is None or (author_el is not None and inside(el, author_el)):
            if el.get("itemprop") == "author" or el.get("data-username"):
                author, author_el = el.get("data-username") or inline_text(el), el
            elif el.tag == "a" and PROFILE.search(el.get("href") or "") and inline_text(el):
                author, author_el = inline_text(el), el
            elif _AUTHOR_CLASS.search(el.get("class") or "") and 0 < len(inline_text(el)) <= 60:
                author, author_el = inline_text(el), el
        # An element holding the message is no date of it: a short comment's whole block is under 80 characters.
        if when is None and not inside(body, el):
            if el.tag == "time" or el.get("itemprop") in ("dateCreated", "datePublished"):
                when = el
            else:
                shown = inline_text(el)  # "<a>tom</a>, le 04/03/2025": the date is in a tail
                # or in a tooltip: <span title="13 août 2023 - 13:38">2 ans</span>
                if (len(shown) <= 80 and (DATE_CLASS.search(el.get("class") or "") or DATE_TEXT.search(shown)
                                          or is_date_tooltip(el.get("title") or ""))
                        and not _JOINED.search(shown) and date_parts(el, page.now)[0]):
                    when = el
        # done, unless a name element lies inside the one found ("div.user > span.username")
        if author is not None and when is not None and not inside(el, author_el):
            break
    if author:
        author = _BYLINE_LEAD.sub("", author) or author  # "By Kaavya Shah"
    if author and DATE_TEXT.search(author):  # the name element holds the whole byline
        author = name_before_date(author) or author
    elif author and author_el is not None:
        author = _column_name(author_el) or author
    if author is None and when is not None:
        author = _byline_name(when)
        if author is None:
            author = name_before_date(inline_text(when))
            author_el = when if author else None
    return author or None, author_el, when


_COLUMN_EXTRA = re.compile(r"\d|:")
_COLUMN_BREAKS = ("br", "div", "p", "dd", "dt", "li", "ul", "dl", "table")


def _column_name(el) -> str | None:
    """The name that opens a poster's column ("<td class=auteur><b>jean56</b><br>Inscrit en 2019</td>"):
    its first piece of text, when the pieces after it are figures (message count, join date, rank:
    value); None when the element holds the name alone."""
    if next((d for d in el.iterdescendants(*_COLUMN_BREAKS)), None) is None:
        return None  # one inline name: "db0<small>@lemmy.dbzer0.com</small>" is all of it
    pieces = [norm_ws(p) for p in el.itertext() if p.strip()]
    while pieces and _BYLINE_LEAD.sub("", pieces[0] + " ").strip() == "":
        pieces = pieces[1:]  # "par <a>jean</a>"
    if len(pieces) < 2 or len(pieces[0]) > 40 or not _COLUMN_EXTRA.search(" ".join(pieces[1:])):
        return None
    return pieces[0]


# A member's figures beside a message: "Messages : 120", "Posts: 45", "Inscrit le 12/03/2019", "Joined: Mar 2019".
_MEMBER_STATS = re.compile(r"\b(?:messages?|posts?|inscrit(?:\s+le)?|inscription|joined|registered|membre\s+depuis"
                           r"|member\s+since)\s*:?\s*(?:le\s+|en\s+)?\d", re.I)


def member_columns(bodies: list) -> bool:
    """True when (nearly) every message sits beside its member's figures (message count, join date):
    a forum's poster column, which a blog's archive of whole posts never shows. One member writing
    every message (a forum whose administrator answers himself) is then still a thread."""
    if len(bodies) < 2:
        return False
    chosen = set(bodies)
    with_stats = sum(1 for b in bodies if _MEMBER_STATS.search(" ".join(_block(b, chosen).itertext())))
    return with_stats >= 0.8 * len(bodies)


def messages(page: Page, root=None) -> list[tuple]:
    """(body, author, author element, date element) of each message found by structure in `root`
    (default: the whole page), in page order. Where at least 80 % of the bodies have a byline
    beside them, a body without one is an insert in the same markup (a promo box): left out."""
    bodies = structural_bodies(page, root)
    if root is None:
        page._cache["structural_bodies"] = bodies
    body_set = set(bodies)
    blocks = {body: _block(body, body_set, stop=root) for body in bodies[:MAX_POSTS]}
    signed = {body for body, block in blocks.items() if block is not body and _signal(block, body)}
    out = []
    for body, block in blocks.items():
        if body not in signed and len(signed) >= 0.8 * len(blocks):
            continue
        out.append((body, *byline(page, block, body)))
    if len(out) == 1 and out[0][3] is None:
        return []  # a lone message without a date: a heading, a tag, a "sign in to comment" box
    return out


def _structural(page: Page) -> list[ForumPost]:
    out = [_post(page, body, author, when) for body, author, _, when in messages(page)]
    return _number([p for p in out if p.text])


_BYLINE_SEP = " \t\n\r\u00a0·•|-–—,:"
_BYLINE_LEAD = re.compile(r"^(?:(?:post[ée]e?s?|publi[ée]e?s?|[ée]crit|r[ée]dig[ée]e?|comment(?:aire|é)?|posted|written)"
                          r"\s+)?(?:par|by)(?:\s*:\s*|\s+)", re.I)  # Typepad's "Rédigé par : X | date"
# What stands between a byline's name and its date: separators, "le", "on", a weekday, "Posté le",
# "posted on" ("Jonathan, Posté le lundi 24 juillet 2006", "Ann - posted on Monday, Mar 3").
_BYLINE_TAIL = re.compile(r"(?:[\s,·•|–—-]|\b(?:le|on|at|à|post[ée]e?s?|publi[ée]e?s?|[ée]crit|posted"
                          r"|published|written|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday"
                          r"|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b\.?)+$", re.I)


def byline_name(text: str) -> str:
    """A byline's text without its label and separators: "Rédigé par : Delphine R. |" -> "Delphine R."."""
    return _BYLINE_TAIL.sub("", _BYLINE_LEAD.sub("", text.strip(_BYLINE_SEP))).strip(_BYLINE_SEP)


def name_before_date(text: str | None) -> str | None:
    """The name a one-line byline gives before its date: "Posté par Jean, le 4 mars 2025 à 10:12",
    "Marie - 12/03/2025", "by Ann on Mar 3, 2025"; None when no short name precedes the date."""
    if not text:
        return None
    m = DATE_TEXT.search(text)
    if m is None:
        return None
    lead = _BYLINE_TAIL.sub("", _BYLINE_LEAD.sub("", text[:m.start()].strip()))
    return lead if 0 < len(lead) <= 40 and not _DIGITS.fullmatch(lead) else None


def _byline_name(date_node) -> str | None:
    """The name in a plain-text byline, "keepingsanity · 03/03/2026 19:49": the short text that
    opens the date's parent, right before the date."""
    parent = date_node.getparent()
    if parent is None or date_node.getprevious() is not None:
        return None
    lead = _BYLINE_TAIL.sub("", _BYLINE_LEAD.sub("", (parent.text or "").strip(_BYLINE_SEP)))  # "Posté par X, "
    return lead if 0 < len(lead) <= 40 and not DATE_TEXT.search(lead) else None


# ---------------------------------------------------------------- items holding their byline

NOT_TEXT = "form, button, .reply, .comment-reply-link, .comment-reply"
# A link or button acting on a comment or a message, by its whole text (Eklablog's "Répondre" in the comment's body).
_ACTION = re.compile(r"(?:r[ée]pondre(?: [àa] ce(?:t|tte)? \w+)?|reply|signaler(?: (?:un|ce) \w+)?|report|citer|quote"
                     r"|modifier|edit|supprimer|delete|permalien|permalink|j'aime|like|partager|share"
                     r"|expand full comment|afficher (?:la suite|plus)|voir (?:la suite|plus)|show more)", re.I)
_CONTROLS = frozenset({"button", "form", "label", "select", "textarea"})
_SECTION_TAGS = ("h1", "h2", "nav", "section", "form", "article", "main")  # a comment may have an h3 title
# A byline line: the block that holds a comment's date (and, most often, its author's name).
_LINE_TAGS = frozenset({"p", "div", "footer", "header", "li", "dd", "dt", "td", "h2", "h3", "h4", "h5", "h6",
                        "section", "cite"})
# A poster's registration date in his column, not the message's date.
_JOINED = re.compile(r"\b(?:inscrit|inscription|joined|registered|membre depuis|member since|date d'inscription)\b", re.I)
MAX_LINE = 160  # characters: a byline line is short ("Posté par X, 23 août 2014 à 18:29 | Répondre")


def not_text(el, bodies=()) -> list:
    """What under a comment or message body `el` is no part of its text: forms, buttons, reply links (by
    class, or by their whole text), and the answers nested in it (the blocks of `bodies` inside it)."""
    drop = css(el, NOT_TEXT)
    drop += [a for a in el.iter("a", "button") if _ACTION.fullmatch(norm_ws(inline_text(a)))]
    # a styled control without a link (Substack's div.show-all-toggle "Expand full comment"); never a paragraph
    drop += [x for x in el.iter("div", "span") if x.get("class") and len(x) == 0
             and _ACTION.fullmatch(norm_ws(inline_text(x)))]
    nested = [b for b in bodies if b is not el and inside(b, el)]
    if nested:
        drop += [_block(b, set(nested), stop=el) for b in nested]
    return drop


def own_text(el) -> str:
    """The text an element writes itself: its text and its children's tails ("Posté par <a>X</a>, 18 août")."""
    return (el.text or "") + "".join(c.tail or "" for c in el)


def _dated(el) -> bool:
    """An element that may hold a date, as `_date_lines` looks for one (before parsing it)."""
    return bool(el.tag == "time" or el.get("itemprop") in ("dateCreated", "datePublished", "commentTime")
                or DATE_CLASS.search(el.get("class") or "") or DATE_TEXT.search(own_text(el)))


def _holders(region, test) -> set:
    """Every element of `region` that holds (strictly) an element passing `test`."""
    out: set = set()
    for el in region.iter():
        if isinstance(el.tag, str) and el.tag not in SKIP_TAGS and test(el):
            for a in el.iterancestors():
                if a in out:
                    break
                out.add(a)
                if a is region:
                    break
    return out


_STAMP_ATTRS = ("data-comment-timestamp", "data-timestamp")
_STAMP_XPATH = " | ".join(f"{where}@{name}" for name in _STAMP_ATTRS for where in ("./", ".//"))
_STAMP_LEVELS = 5


def stamp_of(el) -> tuple[str, str] | None:
    """(ISO UTC, raw) of the epoch a comment's own element carries (Drupal's `data-comment-timestamp`, its
    history mark; NodeBB's `data-timestamp`), where the page shows only "il y a 2 mois 3 semaines": the
    nearest element, `el` or one enclosing it, holding one such value, never a list holding several."""
    for _ in range(_STAMP_LEVELS):
        if el is None:
            return None
        found = el.xpath(_STAMP_XPATH)
        if len(found) > 1:
            return None
        if found:
            value = str(found[0]).strip()
            if not value.isdigit() or len(value) not in (10, 13):
                return None
            seconds = int(value) / (1000 if len(value) == 13 else 1)
            return datetime.fromtimestamp(seconds, timezone.utc).isoformat(), value
        el = el.getparent()
    return None


def _date_lines(page: Page, item) -> list[tuple]:
    """(line, date element) of each dated byline line of a comment item, in page order: the block
    around a <time>, a date-classed element or a short text holding a date, below the item."""
    out: list[tuple] = []
    seen: set = set()
    for el in item.iterdescendants():
        if not isinstance(el.tag, str) or el.tag in SKIP_TAGS or el.tag in _CONTROLS:
            continue
        if any(a.tag in _CONTROLS for a in el.iterancestors() if a is not item):
            continue  # "Join today!" on a button is no date
        if not _dated(el):
            continue
        line = el
        while line is not None and line is not item and line.tag not in _LINE_TAGS:
            line = line.getparent()
        if line is None or line is item or line in seen or len(inline_text(line)) > MAX_LINE:
            continue
        if _JOINED.search(inline_text(line)):
            continue  # a poster's column: "Inscrit le 12/03/2019" is when he joined
        if date_parts(el, page.now)[0] is None and stamp_of(item) is None:
            continue  # no date, unless the item carries its epoch (Olivero's "il y a 2 mois 3 semaines")
        seen.add(line)
        out.append((line, el))
    return out


def items(page: Page, region) -> list[tuple]:
    """Comments written as items that hold their byline line and their text, the text in no element
    of its own: (item, author, author element, date element, (byline line,)) in page order.

    Canalblog's `div.comment_item` is the comment's text (bare, or in a <p>) followed by
    `div.itemfooter` "Posté par X, <abbr class=timeago>23 août 2014 à 18:29</abbr> | Répondre";
    Skyrock's `div.comment-item` holds `p.comment_info` "<strong>X</strong>, Posté le lundi 24 juillet
    2006 05:08" then the text in a bare <p>. Such items are the repeated elements (same tag and
    class, as threads.py groups them) of which at least 80 % hold a dated line of the same kind (tag
    and class: the template's byline, not a date some reader wrote) and text besides it; the
    message is the item without that line. Items nested in one another (threaded replies) are left
    to the body reader."""
    best: list[tuple] = []
    order = {el: i for i, el in enumerate(region.iter())}
    dated = _holders(region, _dated)
    sections = _holders(region, lambda el: el.tag in _SECTION_TAGS)
    for els in groups(region).values():
        if len(els) <= len(best) or sum(1 for el in els if el in dated and el not in sections) < 0.8 * len(els):
            continue  # most items hold no date, or whole page sections: not this group (cheap tests first)
        els = sorted(els, key=order.__getitem__)[:MAX_POSTS]
        chosen = set(els)
        if any(a in chosen for el in els for a in el.iterancestors()):
            continue
        lines = [_date_lines(page, el) for el in els]
        kinds = Counter(k for found in lines for k in {(ln.tag, ln.get("class") or "") for ln, _ in found})
        if not kinds:
            continue
        kind, count = kinds.most_common(1)[0]
        if count < 0.8 * len(els) or count <= len(best):
            continue
        out = []
        for el, found in zip(els, lines):
            match = next(((ln, when) for ln, when in found if (ln.tag, ln.get("class") or "") == kind), None)
            if match is None:
                continue
            line, when = match
            # A comment is words of its own (not only links or buttons) under one byline of the template's
            # kind (a list of comments holds several, dated or not), not a page section.
            if (not node_text(el, [line] + css(el, NOT_TEXT + ", a"))
                    or next(el.iter(*_SECTION_TAGS), None) is not None
                    or sum(1 for d in el.iter(line.tag) if (d.get("class") or "") == kind[1]) > 1):
                continue
            author, author_el, _ = byline(page, line, _NOWHERE)
            if author_el is None or author_el is when:  # no marked name: the one the line writes
                author = name_before_date(inline_text(line)) or author
                author_el = next((a for a in line.iter("a") if author and inline_text(a) == author), None)
            drop = (line,)
            if author is None:  # the name in a column of its own: "div.user > span.username" beside the text
                author, author_el, _ = byline(page, el, line)
                box = _author_box(el, author_el, line)
                if box is None:
                    author = author_el = None
                else:
                    drop = (line, box)
            out.append((el, author, author_el, when, drop))
        if len(out) >= 0.8 * len(els) and len(out) > len(best):
            best = out
    return best


_NOWHERE = etree.Element("div")  # byline() reads a whole line: no body inside it to skip
MAX_AUTHOR_BOX_WORDS = 40  # a poster's column: name, rank, message count, join date


def _author_box(item, author_el, line):
    """The column that holds a message's author beside its text (name, rank, message count): the
    largest block around `author_el` below `item` that holds neither the dated `line` nor more than
    a few words; None when the name sits in the message's text."""
    if author_el is None or author_el is item:
        return None
    box, a = None, author_el
    while a is not None and a is not item and not inside(line, a):
        if len(" ".join(a.itertext()).split()) > MAX_AUTHOR_BOX_WORDS:
            break
        box, a = a, a.getparent()
    return box


# ---------------------------------------------------------------- dispatch

def detect(page: Page) -> str | None:
    """"reddit" or "flarum" from their markup, "phpbb" for the table layouts of phpBB 2 and 3.0
    (subSilver, subsilver2: no class the phpBB detection of prosilver styles looks for; topics, boards
    and index), "fluxbb" for
    PunBB 1.3/1.4 topics, else None."""
    tree = page.tree
    if first(tree, phpbb.TABLE_LAYOUT) is not None and first(tree, "div.postbody, span.postbody") is not None:
        return "phpbb"
    if first(tree, phpbb.TABLE_LISTING) is not None:
        return "phpbb"  # their index and board pages: a.forumlink / a.topictitle rows
    if first(tree, fluxbb.BRD_TOPIC) is not None:
        return "fluxbb"  # PunBB 1.3/1.4, which dropped FluxBB's div.pun
    if first(tree, "shreddit-post, shreddit-comment") is not None:
        return "reddit"
    if first(tree, "div.thing.link, div.thing.comment") is not None and first(tree, ".commentarea, .sitetable") is not None:
        return "reddit"
    if first(tree, "#flarum-content, #flarum-loading, #flarum-json-payload") is not None:
        return "flarum"
    return None


def read(page: Page, engine: str | None = None) -> tuple[str, list[ForumPost]]:
    """(reader name, posts) of a thread page; (name, []) when no reader finds posts."""
    engine = engine or detect(page)
    if engine == "reddit":
        found = _reddit_new(page) if first(page.tree, "shreddit-post, shreddit-comment") is not None \
            else _reddit_old(page)
        return "reddit", found
    if engine == "flarum":
        found = _flarum(page)
        if found:
            return "flarum", found
    found = _microdata(page)
    declared = bool(found) and declared_thread(page)
    if len(found) >= MIN_POSTS or declared:  # an unanswered question is a thread of one message
        return "microdata", _in_time_order(found) if declared else found
    structural = _structural(page) or _items(page)
    if structural and sum(len(p.text) for p in structural) >= sum(len(p.text) for p in found):
        return "structure", structural
    return ("microdata", found) if found else ("structure", [])


def _items(page: Page) -> list[ForumPost]:
    """Messages written as items holding their byline and their text (`items`), over the whole page:
    a custom forum's `div.message` = poster's column + dated header + text, where no element holds
    the text alone."""
    body_el = first(page.tree, "body")
    found = items(page, body_el) if body_el is not None else []
    if len(found) < MIN_POSTS:
        return []
    page._cache["structural_bodies"] = [el for el, *_ in found]
    posts = [_post(page, el, author, when, exclude=drop) for el, author, _, when, drop in found]
    return _number([p for p in posts if p.text])


def _in_time_order(found: list[ForumPost]) -> list[ForumPost]:
    """A question's answers and comments in time order after it, where all are dated to the minute: the engine
    sorts them by votes, or puts the chosen one first."""
    when = [to_datetime(p.published) for p in found]
    if not all(w is not None and w.tzinfo is not None for w in when):
        return found
    order = sorted(range(1, len(found)), key=lambda i: when[i].timestamp())
    return _number(found[:1] + [found[i] for i in order])


def declared_thread(page: Page) -> bool:
    """True when the page's first post item is a DiscussionForumPosting, or a Question of a QAPage (Question2Answer's
    microdata): a thread by its own declaration, however short its messages beside the page's lists of questions
    and users. A blog post's comments are Comment items under an Article or BlogPosting; an FAQPage's questions
    are the article's (WCXB: a vendor's blog post ending in an FAQ). Read once per page: three callers ask."""
    if "declared_thread" not in page._cache:
        types = [_itemtype(el) for el in page.tree.iter() if isinstance(el.tag, str) and el.get("itemscope") is not None]
        first_post = next((t for t in types if t in POST_TYPES + ("Article", "BlogPosting", "NewsArticle")), None)
        page._cache["declared_thread"] = first_post == "DiscussionForumPosting" or (
            first_post == "Question" and "QAPage" in types and "FAQPage" not in types)
    return page._cache["declared_thread"]


def covers_page(page: Page, found: list[ForumPost], share: float = 0.4, bodies: list = ()) -> bool:
    """True when the posts hold a good share of the page's words outside links (a blog post with a
    few comments is an article, not a thread). `bodies`, the message nodes the posts were read
    from, count whole: signatures and edit notes are the thread's, though not the posters' words."""
    body_el = first(page.tree, "body")
    if body_el is None:
        return False
    words, linked = page._cache.get("words") or _measure(body_el)
    total = words.get(body_el, 0) - linked.get(body_el, 0)
    posted = sum(len(p.text.split()) + len(p.quoted.split()) for p in found)
    posted = max(posted, sum(words.get(b, 0) - linked.get(b, 0) for b in bodies))
    return total > 0 and posted >= share * total


def parse(page: Page, engine: str | None = None, require_cover: bool = True) -> ParsedPage | None:
    """A forum_thread ParsedPage when a reader finds the page's posts, else None."""
    name, found = read(page, engine)
    if not found:
        return None
    bodies = page._cache.get("structural_bodies", []) if name == "structure" else []
    if (require_cover and name not in ("reddit", "flarum") and not (name == "microdata" and declared_thread(page))
            and not covers_page(page, found, bodies=bodies)):
        return None
    tree = page.tree
    parsed = ParsedPage(url=page.url, platform=engine or "generic", kind="forum", page_type="forum_thread")
    parsed.site_name = site_name(page)
    parsed.title = norm_ws(meta(tree, "og:title") or "") or inline_text(first(tree, "h1")) or None
    canonical = first(tree, "link[rel='canonical']")
    parsed.thread_url = page.url_(canonical.get("href")) if canonical is not None else None
    offset = page_offset(page.url)
    for post in found:
        post.position += offset
    fill_thread(parsed, found)
    # the thread's other pages: rel=next/prev, a pagination block, "Page suivante"
    parsed.nav = Navigation(threads=pager_links(page))
    return parsed


_START = re.compile(r"[?&]start=(\d+)(?:&|$)")
_PAGE_NUMBER = re.compile(r"[?&]page=(\d+)(?:&|$)|/page[/-](\d+)/?(?:$|\?)")
PAGE_STRIDE = 1000  # more messages than any page shows


def page_offset(url: str) -> int:
    """Messages before this page of a thread, from the pagination its address writes (the one the
    crawl's thread key removes): `start=20` is 20; `page=3`, `/page/3`, `/page-3` are 2 × PAGE_STRIDE,
    the page's size being unknown, so that the positions of a thread's pages never collide (they
    order its messages; the opener is the thread's first)."""
    m = _START.search(url or "")
    if m:
        return int(m.group(1))
    m = _PAGE_NUMBER.search(url or "")
    n = int(m.group(1) or m.group(2)) if m else 1
    return (n - 1) * PAGE_STRIDE if n > 1 else 0
