"""Comments under a post, for blog engines without a module of their own (Overblog, Canalblog,
Skyrock, Hautetfort and unknown engines).

Conversation is the first mark of a pertinent blog: a French hosted blog read without its comments
would look silent, and silent blogs look automated. The markup of these engines changes with
every theme, so nothing here names their classes. The comments are read by structure, as
threads.py reads unknown forums, but only inside the page's comment section (an element whose id
or class says comments / commentaires, outside the article's text): repeated message bodies with
bylines (a name, a profile link or a date) beside them, or, where the text has no element of its own
(Canalblog, Skyrock), repeated comment items holding a byline line and the text (`items`): whichever
reading finds more comments.
"""
from __future__ import annotations

import re
from collections import Counter

from lxml import etree

from .links import links_in
from .maintext import SIDEBARS, UNVERIFIED
from .model import Comment
from .page import Page
from .selection import css, inside
from .text import SKIP_TAGS, inline_text, node_text, norm_ws
from .threads import (DATE_CLASS, DATE_TEXT, byline, date_parts, groups, messages, name_before_date,
                      only_date)

# An element whose id or class names comments (commentaires, blogcomments, comment-list, ob-comments,
# reactions): the outermost such element is the section; a comment item inside it is not.
_REGION_NAME = re.compile(r"comment|reaction", re.I)
# Not the section: its form, its counters, its "leave a reply" box, a sidebar's latest-comments widget.
_NOT_REGION = re.compile(r"form|respond|reply-?title|count|number|nb|link|button|closed|rss|feed|recent|latest"
                         r"|derniers|widget", re.I)
_SIDEBARS = SIDEBARS + ", nav, footer"
_REGION_TAGS = frozenset({"div", "section", "ol", "ul", "dl"})
MAX_COMMENTS = 2000


def regions(page: Page, article=None, article_text: str = "") -> list:
    """Outermost comment sections of the page, none of which holds the article's text container
    (`article`) or the start of its text (`article_text`): themes name whole pages "has-comments"."""
    found: list = []
    sidebars = css(page.tree, _SIDEBARS)
    opening = norm_ws(article_text)[:80]
    for el in page.tree.iter(*_REGION_TAGS):  # document order: a section comes before its items
        names = f"{el.get('id') or ''} {el.get('class') or ''}".strip()
        if not names or not _REGION_NAME.search(names) or _NOT_REGION.search(names):
            continue
        if any(inside(el, region) for region in found) or any(inside(el, side) for side in sidebars):
            continue
        if article is not None and inside(article, el):
            continue  # a page wrapper such as <div class="has-comments">
        if opening and opening in norm_ws(node_text(el)):
            continue
        found.append(el)
    return found


def comments(page: Page, article=None, article_text: str = "") -> list[Comment]:
    """The comments found by structure in the page's comment sections, in page order."""
    out: list[Comment] = []
    for region in regions(page, article, article_text):
        found = [(body, author, author_el, when, ()) for body, author, author_el, when in messages(page, region)]
        whole = items(page, region)
        if len(whole) > len(found):
            found = whole
        for body, author, author_el, when, byline_line in found[:MAX_COMMENTS]:
            drop = list(byline_line) + css(body, _NOT_TEXT)
            text = node_text(body, drop)
            if not text:
                continue
            iso, raw, _ = date_parts(when, page.now)
            author = _name(author, author_el)
            out.append(Comment(author=author, author_url=_author_url(page, author_el), published=iso,
                               published_raw=raw, text=text, links=links_in(page, body, drop),
                               position=len(out) + 1))
    return out


_NOT_TEXT = "form, button, .reply, .comment-reply-link"
_CONTROLS = frozenset({"button", "form", "label", "select", "textarea"})
_SECTION_TAGS = ("h1", "h2", "nav", "section", "form", "article", "main")  # a comment may have an h3 title
# A byline line: the block that holds a comment's date (and, most often, its author's name).
_LINE_TAGS = frozenset({"p", "div", "footer", "header", "li", "dd", "dt", "td", "h2", "h3", "h4", "h5", "h6",
                        "section", "cite"})
MAX_LINE = 160  # characters: a byline line is short ("Posté par X, 23 août 2014 à 18:29 | Répondre")


def _own_text(el) -> str:
    """The text an element writes itself: its text and its children's tails ("Posté par <a>X</a>, 18 août")."""
    return (el.text or "") + "".join(c.tail or "" for c in el)


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
        dated = (el.tag == "time" or el.get("itemprop") in ("dateCreated", "datePublished", "commentTime")
                 or DATE_CLASS.search(el.get("class") or "") or DATE_TEXT.search(_own_text(el)))
        if not dated:
            continue
        line = el
        while line is not None and line is not item and line.tag not in _LINE_TAGS:
            line = line.getparent()
        if line is None or line is item or line in seen or len(inline_text(line)) > MAX_LINE:
            continue
        if date_parts(el, page.now)[0] is None:
            continue
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
    for els in groups(region).values():
        if len(els) <= len(best):
            continue
        els = sorted(els, key=order.__getitem__)[:MAX_COMMENTS]
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
            if (not node_text(el, [line] + css(el, _NOT_TEXT + ", a"))
                    or next(el.iter(*_SECTION_TAGS), None) is not None
                    or sum(1 for d in el.iter(line.tag) if (d.get("class") or "") == kind[1]) > 1):
                continue
            author, author_el, _ = byline(page, line, _NOWHERE)
            if author_el is None or author_el is when:  # no marked name: the one the line writes
                author = name_before_date(inline_text(line)) or author
                author_el = next((a for a in line.iter("a") if author and inline_text(a) == author), None)
            out.append((el, author, author_el, when, (line,)))
        if len(out) >= 0.8 * len(els) and len(out) > len(best):
            best = out
    return best


_NOWHERE = etree.Element("div")  # byline() reads a whole line: no body inside it to skip


def _name(author: str | None, el) -> str | None:
    """The commenter's name without the date its element also holds (Overblog's `div.ob-user` is
    `span.ob-name` + `span.ob-date`: the child whose whole text is a date, threads.only_date; month
    names are whole words there, so "Julien 04" stays a name), nor Drupal's " (non vérifié)" mark of
    anonymous commenters."""
    if el is None or not author:
        return author
    dates = [d for d in el.iterdescendants() if isinstance(d.tag, str) and only_date(d)]
    name = (inline_text(el, dates) or author) if dates else author
    return UNVERIFIED.sub("", name) or name


def _author_url(page: Page, el) -> str | None:
    """The link a comment is signed with: the author element's own link, or the one inside it."""
    if el is None:
        return None
    link = el if el.tag == "a" else next(iter(el.iter("a")), None)
    href = link.get("href") if link is not None else None
    return page.url_(href) if href else None
