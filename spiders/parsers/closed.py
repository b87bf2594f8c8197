"""Comments closed: the short notices that say so."""
from __future__ import annotations

import re
from typing import Iterable

from .page import Page
from .selection import css, within_any
from .text import inline_text


_CLOSED_RE = re.compile(
    r"commentaires?\b[^.]{0,40}\b(?:ferm[ée]s?|d[ée]sactiv[ée]s?)|comments?\s+(?:are\s+|is\s+)?closed"
    r"|commenting\s+(?:is\s+)?closed|comments\s+(?:are\s+)?disabled", re.I)


def says_closed(text: str | None) -> bool:
    return bool(text) and len(text) < 300 and bool(_CLOSED_RE.search(text))


def closed_notice(page: Page, candidates: str, exclude: Iterable = ()) -> bool:
    """True when a short notice among `candidates` says comments are closed."""
    excluded = list(exclude)
    for node in css(page.tree, candidates):
        if excluded and within_any(node, excluded):
            continue
        if says_closed(inline_text(node)):
            return True
    return False
