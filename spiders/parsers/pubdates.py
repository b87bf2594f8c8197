"""Publication dates of date nodes and of pages (<meta>, JSON-LD), as (ISO, raw)."""
from __future__ import annotations

from datetime import datetime

from .jsonld import json_ld
from .page import Page
from .selection import meta
from .text import inline_text


def date_of(node, now: datetime | None = None) -> tuple[str | None, str | None]:
    """(ISO, raw) of a date node: its datetime/title/content attribute, else its text.

    raw is the string that was parsed, so a wrong date can be traced to its source.
    """
    from .dates import parse_date

    if node is None:
        return None, None
    for attr in ("datetime", "title", "content"):
        value = (node.get(attr) or "").strip()
        if value:
            iso = parse_date(value, now=now)
            if iso:
                return iso, value[:200]
    text = inline_text(node)
    if not text:
        return None, None
    return parse_date(text, now=now), text[:200]


_PUBLISHED_META = ("article:published_time", "og:article:published_time", "datePublished",
                   "dc.date.issued", "dcterms.created", "dc.date", "date", "pubdate", "publish-date",
                   "sailthru.date", "parsely-pub-date")


def meta_published(page: Page) -> tuple[str | None, str | None]:
    """(ISO, raw) from <meta> publication dates, then JSON-LD datePublished."""
    from .dates import parse_date

    raw = meta(page.tree, *_PUBLISHED_META)
    if raw and parse_date(raw, now=page.now):
        return parse_date(raw, now=page.now), raw[:200]
    for obj in json_ld(page.tree):
        value = obj.get("datePublished") or obj.get("dateCreated")
        if isinstance(value, str) and parse_date(value):
            return parse_date(value), value[:200]
    return None, None
