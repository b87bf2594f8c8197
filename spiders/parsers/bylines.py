"""A post's author where its page writes it in plain markup, for engines and themes no reader knows:
"Publié le 12 mars 2026 par Sophie" after the date, or an element whose class names an author."""
from __future__ import annotations

import re

from . import comments
from .maintext import SIDEBARS
from .names import clean_author
from .page import Page
from .selection import css, first, inside
from .text import inline_text
from .threads import DATE_TEXT, own_text


# "Publié le 12 mars 2026 par Sophie", "Posted on March 3 by Ann Lee": a name after "par"/"by", capitalised.
_NAME_AFTER = re.compile(r"\b(?:par|by)\s+([A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2})")
_BYLINE_TAGS = ("p", "div", "span", "small", "footer", "header", "li")
MAX_BYLINE_CHARS = 120


def _dated_byline_name(page: Page, drop: list) -> str | None:
    """The name a plain-text byline gives after its date, "Publié le 12 mars 2026 par Sophie" (hosted
    blogs' themes), from the first short line holding a date and "par X" outside `drop`."""
    for el in page.tree.iter(*_BYLINE_TAGS):
        text = inline_text(el)
        if not own_text(el).strip() or len(text) > MAX_BYLINE_CHARS:
            continue
        date = DATE_TEXT.search(text)
        m = _NAME_AFTER.search(text[date.end():]) if date else None
        if m and not any(inside(el, d) for d in drop):
            return m.group(1).rstrip(".")
    return None


# A byline element as themes name it, or one that reads "By X" / "Par X" / "Written by X".
_AUTHOR_MARK = re.compile(r"(?:^|[\s_-])(?:author|auteur|byline|contributor)(?:$|[\s_-])|(?:post|entry|article|blog|meta)"
                          r"[_-]?(?:author|auteur)|the-author|author[_-]?name", re.I)
_BY_LINE = re.compile(r"^(?:by|par|written\s+by|[ée]crit\s+par|publi[ée]e?\s+par|r[ée]dig[ée]e?\s+par)\s+[A-ZÀ-Ý]", re.I)
MAX_MARKED_CHARS = 60
_NAME_CHARS = re.compile(r"[^\W\d_][\w .,'’&()@-]*", re.I)  # "intro ⟨h1" is markup gone wrong, not a name


def _marked_byline(page: Page, drop: list) -> str | None:
    """The post's author from a byline element of no known theme, after the page's <h1> and outside
    `drop`: an element whose class names an author ("the-author", "post-detail__meta-author",
    "post_author_name"), or a short line "By Emily Norwood" / "Par Sophie"."""
    h1 = first(page.tree, "h1")
    started = h1 is None
    for el in page.tree.iter():
        if not isinstance(el.tag, str):
            continue
        if el is h1:
            started = True
            continue
        if not started or el.tag in ("script", "style", "img", "svg"):
            continue
        text = inline_text(el)
        if not text or len(text) > MAX_MARKED_CHARS:
            continue
        if _AUTHOR_MARK.search(el.get("class") or "") or _BY_LINE.match(text):
            name = clean_author(text)
            if (name and _NAME_CHARS.fullmatch(name) and not DATE_TEXT.search(name)
                    and not any(inside(el, d) for d in drop)):
                return name
    return None


def plain_byline(page: Page) -> str | None:
    """A post's author written in its page only (no metadata): a name after the byline's date, else a
    byline element; what comments, sidebars, menus, footers and forms say is not the post's."""
    drop = comments.regions(page) + css(page.tree, SIDEBARS + ", nav, footer, form")
    return _dated_byline_name(page, drop) or _marked_byline(page, drop)
