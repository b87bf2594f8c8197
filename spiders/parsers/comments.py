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

from .links import links_in
from .maintext import SIDEBARS, UNVERIFIED
from .model import Comment
from .page import Page
from .selection import css, inside
from .text import inline_text, node_text, norm_ws
from .threads import DATE_TEXT, SAID, byline_name, date_parts, items, messages, not_text, only_date, stamp_of

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
        # a form's labels ("Votre nom") are no byline: Drupal's Olivero puts the form in the comment section
        found = [(body, author, author_el, when, ()) for body, author, author_el, when in messages(page, region)
                 if author_el is None or next(author_el.iterancestors("form"), None) is None]
        whole = items(page, region)
        if len(whole) > len(found):
            found = whole
        bodies = [f[0] for f in found]
        for body, author, author_el, when, byline_line in found[:MAX_COMMENTS]:
            drop = list(byline_line) + not_text(body, bodies)
            text = node_text(body, drop)
            if not text:
                continue
            iso, raw, _ = date_parts(when, page.now)
            stamp = stamp_of(body) if iso is None or len(iso) <= 10 else None  # no date, or a day only
            if stamp is not None:
                iso, raw = stamp
            author = _name(author, author_el)
            if author is None and when is not None:
                author, author_el = _name_above(when, body)
            out.append(Comment(author=author, author_url=_author_url(page, author_el), published=iso,
                               published_raw=raw, text=text, links=links_in(page, body, drop),
                               position=len(out) + 1))
    return out


# What a comment's header prints around the name, once its date is left out: the comment's number before
# it (PluXml's "#3 - Frédéric a dit :", whose "#3" links to the comment) and a verb of speech after it.
_COUNTER = re.compile(r"^\s*(?:#\s*\d+|\d+\s*[.)])\s*[-–—:,]*\s*")
_SAYS = re.compile(rf"(?:\s+|\s*[-–—,]\s*)(?:{SAID}|dit|replied)\s*:?\s*$", re.I)  # a word of its own: "Benedit" stays whole


def _name(author: str | None, el) -> str | None:
    """The commenter's name without the date its element also holds (Overblog's `div.ob-user` is
    `span.ob-name` + `span.ob-date`: the child whose whole text is a date, threads.only_date; month
    names are whole words there, so "Julien 04" stays a name), nor the comment's number and a verb of
    speech around it ("#3 - Frédéric a dit :"), nor Drupal's " (non vérifié)" mark of anonymous commenters."""
    if el is None or not author:
        return author
    dates = [d for d in el.iterdescendants() if isinstance(d.tag, str) and only_date(d)]
    # a byline line is the element: its label and separators are not the name (Typepad's "Rédigé par : X | <a>date</a>")
    name = (byline_name(inline_text(el, dates)) or author) if dates else author
    bare = _SAYS.sub("", _COUNTER.sub("", name)).strip(" -–—:,")
    return UNVERIFIED.sub("", bare or name) or name


def _name_above(when, body) -> tuple[str | None, object]:
    """(name, element) of the short line right above a comment's date line, where neither names anyone:
    Bootstrap's media object prints the name in `.media-heading` over the date ("1. Cédric F." above "Le
    08/08/2026 à 20:42": e-monsite). Not a line of the comment's text, nor one holding a date or a link list."""
    line = when
    while line.getprevious() is None and line.getparent() is not None and not inside(body, line.getparent()):
        line = line.getparent()
    above = line.getprevious()
    if above is None or not isinstance(above.tag, str) or inside(body, above) or inside(above, body):
        return None, None
    name = byline_name(_COUNTER.sub("", inline_text(above)))
    if not 0 < len(name) <= 40 or DATE_TEXT.search(name) or len(above.findall(".//a")) > 1:
        return None, None
    return name, above


def _author_url(page: Page, el) -> str | None:
    """The link a comment is signed with: the author element's own link, or the one inside it."""
    if el is None:
        return None
    here = page.url.split("#", 1)[0]
    for link in ([el] if el.tag == "a" else el.iter("a")):
        url = page.url_(link.get("href")) if not (link.get("href") or "#").startswith("#") else None
        # the comment's own permalink (PluXml's "#3", a date linking to "#comment-12") signs nothing
        if url and url.split("#", 1)[0] != here:
            return url
    return None
