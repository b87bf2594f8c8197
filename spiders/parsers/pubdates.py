"""Publication dates of date nodes and of pages (<meta>, JSON-LD), as (ISO, raw)."""
from __future__ import annotations

import re
from datetime import date, datetime

from .jsonld import ARTICLE_TYPES, json_ld, schema_type
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
    """(ISO, raw) from <meta> publication dates, then JSON-LD datePublished, then an article item's microdata
    datePublished (`<time itemprop="datePublished" datetime>`: TYPO3's news, themes with inline schema.org)."""
    from .dates import parse_date

    raw = meta(page.tree, *_PUBLISHED_META)
    if raw and parse_date(raw, now=page.now):
        return parse_date(raw, now=page.now), raw[:200]
    for obj in json_ld(page.tree):
        value = obj.get("datePublished") or obj.get("dateCreated")
        if isinstance(value, str) and parse_date(value):
            return parse_date(value), value[:200]
    return _microdata_published(page)


def _microdata_published(page: Page) -> tuple[str | None, str | None]:
    """The machine date (datetime or content attribute) of the first datePublished whose item is an article:
    a comment's, a forum message's or a teaser list's item of another type is not the page's."""
    from .dates import parse_date

    for node in page.tree.xpath("//body//*[@itemprop='datePublished'][@datetime or @content]")[:20]:
        scope = next((a for a in node.iterancestors() if a.get("itemscope") is not None), None)
        if scope is None or not {schema_type(t) for t in (scope.get("itemtype") or "").split()} & ARTICLE_TYPES:
            continue
        value = (node.get("datetime") or node.get("content") or "").strip()
        iso = parse_date(value, now=page.now)
        if iso:
            return iso, value[:200]
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


# A date the page labels as its last update ("Last updated:", "Mis à jour le", "Modifié le"), written just
# before the date or at the start of the string the date was read from.
_UPDATE_WORDS = (r"(?:last\s+|derni[eè]re\s+)?(?:updated|update|modified|mis\s+[àa]\s+jour|mise\s+[àa]\s+jour"
                 r"|modifi[ée]e?|actualis[ée]e?|r[ée]vis[ée]e?)")
_UPDATE_BEFORE = re.compile(_UPDATE_WORDS + r"\s*(?:on|le|:|at|the)?\s*:?\s*$", re.I)
_UPDATE_START = re.compile(r"^\W*" + _UPDATE_WORDS + r"\b", re.I)
_MODIFIED_META = ("article:modified_time", "og:updated_time", "dateModified", "dcterms.modified", "last-modified")


def _text_before(node, limit: int = 60) -> str:
    """The text of the node's parent up to the node (its label: "Last updated: <time>")."""
    parent = node.getparent()
    if parent is None:
        return ""
    out = [parent.text or ""]
    for child in parent:
        if child is node:
            break
        out.append(child.text_content() if hasattr(child, "text_content") else "")
        out.append(child.tail or "")
    return " ".join("".join(out).split())[-limit:]


def labelled_update(node) -> bool:
    """True when a date node's label says it is the last update ("Last updated <time>", "Mis à jour le")."""
    return bool(_UPDATE_BEFORE.search(_text_before(node)))


def _stating(page: Page, raw: str) -> list:
    """Elements of the page's body that state `raw`: as their datetime/title attribute or as their text."""
    if not raw or len(raw) > 200:
        return []
    try:
        found = page.tree.xpath("//body//*[@datetime=$r or @title=$r or normalize-space(text())=$r]", r=raw)
    except Exception:  # odd strings in an XPath literal
        return []
    return [n for n in found if n.tag not in ("meta", "script", "style")][:5]


def update_only(page: Page, iso: str | None, raw: str | None) -> bool:
    """True when the date read for a post is its last update, and the page states no publication date:
    the date is labelled an update ("Last updated: …", "Mis à jour le …"), or it is only the page's
    modification metadata (article:modified_time, dateModified), no date on the page stating it. A site
    that shows only update dates gives every post the day it was last edited: a refresh of twenty posts
    would read as twenty posts published that day, and an old original re-dated after its copies would
    read as the copy."""
    if not iso or page.tree is None or meta_published(page)[0]:
        return False
    if raw and _UPDATE_START.search(raw):
        return True
    nodes = _stating(page, raw or "")
    if nodes:
        return all(labelled_update(n) for n in nodes)
    modified = [meta(page.tree, name) for name in _MODIFIED_META]
    modified += [obj.get("dateModified") for obj in json_ld(page.tree)]
    return any(isinstance(m, str) and m[:10] == iso[:10] for m in modified)
