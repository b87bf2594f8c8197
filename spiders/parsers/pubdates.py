"""Publication dates of date nodes and of pages (<meta>, JSON-LD), as (ISO, raw)."""
from __future__ import annotations

import re
from datetime import date, datetime

from .jsonld import json_ld
from .page import Page
from .selection import meta
from .text import inline_text


# What a date tooltip writes besides digits and punctuation ("10 Févr. 2025 à 08:30", "Monday, March 3, 2025
# at 10:12 am", "2025-01-15T17:02:11Z", "Publié le mardi 4 mars 2025").
_DATE_WORDS = re.compile(
    r"\b(?:[ap]\.m|janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|sept(?:embre)?"
    r"|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?"
    r"|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|le|à|a|at|on|of|the"
    r"|de|du|am|pm|h|min|t|z|utc|gmt|cet|cest|er|st|nd|rd|th|publi[ée]e?|post[ée]e?|posted|published|modifi[ée]e?"
    r"|updated|edited)\b\.?", re.I)


def is_date_tooltip(value: str) -> bool:
    """A title attribute that is a date and nothing else: the tooltip of a relative date ("2 ans" shown,
    "13 août 2023 - 13:38" in the title). SMF's post link title is the reply's number and subject
    ("Réponse #1 - Re : Taux du 1er février 2025"), not its time."""
    if not value or len(value) > 80:
        return False
    value = re.sub(r"(?<=\d)(?:[tz]|[ap]\.?m\b\.?)", " ", value, flags=re.I)  # ISO 8601's T and Z, "4:08am"
    return not re.search(r"[^\W\d_]", _DATE_WORDS.sub(" ", value))


def date_of(node, now: datetime | None = None) -> tuple[str | None, str | None]:
    """(ISO, raw) of a date node: its datetime/title/content attribute, else its text.

    raw is the string that was parsed, so a wrong date can be traced to its source.
    """
    from .dates import parse_date

    if node is None:
        return None, None
    for attr in ("datetime", "title", "content"):
        value = (node.get(attr) or "").strip()
        if value and (attr != "title" or is_date_tooltip(value)):
            iso = parse_date(value, now=now)
            if iso:
                return iso, value[:200]
    inner = node.xpath(".//*[@datetime]")
    if len(inner) == 1:  # a date block around one <time datetime>: the machine date has the hour, the text may not
        iso, raw = date_of(inner[0], now)
        if iso:
            return iso, raw
    text = inline_text(node)
    if not text:
        return None, None
    return parse_date(text, now=now), text[:200]


_PUBLISHED_META = ("article:published_time", "og:article:published_time", "datePublished",
                   "dc.date.issued", "dcterms.created", "dc.date", "date", "pubdate", "publish-date",
                   "sailthru.date", "parsely-pub-date",
                   "dateCreated")  # schema.org microdata in the body: Canalblog's <meta itemprop=dateCreated>


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


def _day(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


def checked_date(page: Page, found: tuple[str | None, str | None]) -> tuple[str | None, str | None]:
    """A post's date read from its theme's date node, checked against the page's metadata publication
    date (article:published_time, datePublished). Themes print the last update in the publication
    date's place (GeneratePress and Astra's "updated" option, `time.entry-date.published.updated`, a
    newsroom's "Updated ..." byline): when the two are more than a day apart, the metadata is the
    post's date. Within a day they are one instant in two time zones, and the node keeps the site's."""
    stated = meta_published(page)
    if not found[0]:
        return stated
    if stated[0]:
        a, b = _day(found[0]), _day(stated[0])
        if a and b and abs((a - b).days) > 1:
            return stated
    return found
