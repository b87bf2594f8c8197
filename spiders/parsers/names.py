"""Names of a page's author and site and its <title>; labels ("Par", "Posted by") stripped."""
from __future__ import annotations

import re

from .jsonld import ARTICLE_TYPES, json_ld, ld_name, ld_types
from .page import Page
from .selection import css, first, meta
from .text import inline_text, inline_text_raw, norm_ws


def site_name(page: Page, markup: str | None = None) -> str | None:
    """og:site_name / application-name, else the text of the platform's `markup` (CSS)."""
    name = meta(page.tree, "og:site_name", "application-name")
    if not name and markup:
        name = inline_text(first(page.tree, markup))
    return norm_ws(name)[:300] or None if name else None


def html_title(page: Page) -> str | None:
    node = first(page.tree, "title")
    return inline_text_raw(node) or None


def meta_author(page: Page) -> str | None:
    """Author from <meta name=author>, JSON-LD (article objects first), rel=author."""
    value = meta(page.tree, "author", "article:author", "dc.creator", "parsely-author", "sailthru.author")
    if value and not re.match(r"https?://", value):
        return norm_ws(value)[:300]
    for obj in json_ld(page.tree):
        if ld_types(obj) & ARTICLE_TYPES and obj.get("author"):
            name = ld_name(obj.get("author"))
            if name:
                return name[:300]
    # schema.org's `creator` is an author too: Canalblog's byline is `span.articlecreator[itemprop=creator]`;
    # a comment's own author or creator (an itemprop=comment item: UserComments, Comment) is not the post's.
    for node in css(page.tree, "a[rel~='author'], [itemprop='author'] [itemprop='name'], [itemprop='author'],"
                               " [itemprop='creator']"):
        if not any(a.get("itemprop") == "comment" for a in node.iterancestors()):
            name = inline_text(node)
            return name[:300] if name else None
    return None


def strip_label(text: str, *labels: str) -> str:
    """Text without a leading label such as "Publié par" / "Par" / "Posted by"."""
    text = norm_ws(text)
    for label in labels:
        if text.lower().startswith(label.lower()):
            return text[len(label):].strip(" :,-\u00bb")
    return text


_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
          r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t"
          r"|septembre|octobre|novembre|d[ée]cembre)")
# What themes print around a byline's name: its label, then a date, an update note, a bio, a role.
_LEAD = re.compile(r"^(?:(?:view|see|read)\s+(?:all\s+)?(?:posts|articles|more)\s+(?:by|about|from|of)"
                   r"|this\s+(?:post|article)\s+was\s+written\s+by"
                   r"|(?:written|posted|published|reviewed|recipe|story|words|edited)\s+by"
                   r"|(?:publi[ée]e?|[ée]crite?|r[ée]dig[ée]e?|post[ée]e?)\s+par|auteur|author|by|par)\s*[:\-–]?\s+", re.I)
_TAIL = re.compile(r"\s*[•|·⋅—]\s.*$|\s+(?:view|voir|read|lire|follow|suivre|see)\s.*$"
                   r"|\s+(?:last\s+)?updated\b.*$|\s+mis\s+[àa]\s+jour\b.*$"
                   r"|\s+(?:publi[ée]e?|posted|published|le|on)\s+\d.*$|\s+" + _MONTH + r"\.?\s+\d.*$"
                   r"|\s+\d{1,2}(?:er|st|nd|rd|th)?\s+" + _MONTH + r"\b.*$|\s+\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}.*$"
                   r"|\s+who\s+is\b.*$|\s+(?:is|est|was)\s+(?:a|an|the|un|une|le|la|l')\b.*$", re.I)
_ROLE = (r"(?:senior\s+|staff\s+|tech\s+|chief\s+|guest\s+)?(?:writer|reporter|editor|journalist|contributor|founder"
         r"|co-founder|ceo|journaliste|r[ée]dact(?:eur|rice)|fondat(?:eur|rice)|chroniqueu(?:r|se))")
_ROLE_TAIL = re.compile(r"\s+" + _ROLE + r"\b.*$", re.I)
_ROLE_ONLY = re.compile(_ROLE, re.I)
_NOT_A_NAME = re.compile(r"^(?:written\s+by|posted\s+by|by|par|name|nom|author|auteur|the\s+author|admin"
                         r"|(?:last\s+)?updated(?:\s+" + _MONTH + r")?|" + _MONTH + r"|\d[\d\s]*|[\w-]+(?:\.[\w-]+){3,})$",
                         re.I)


def clean_author(name: str | None) -> str | None:
    """A post's author as a person's name: the byline's label, date, update note, bio and role that
    themes print around it left out ("Written By: Tom May", "Luke Kim December 3", "Cazzy Magennis Last
    Updated August 1", "Emma Ryan Writer", "Mayank Gupta; CEO", "View all posts by Craig Randall"); None
    for what is no name (a lone label, a month, digits, a template placeholder "page.head.extra.author")."""
    text = norm_ws(name or "")
    if not text:
        return None
    text = _LEAD.sub("", text).split(";")[0].strip()
    text = _TAIL.sub("", text).strip(" ,:-–")
    head, _, rest = text.partition(",")
    words = rest.split()
    if rest and ((len(words) >= 2 and any(w.islower() for w in words)) or _ROLE_ONLY.fullmatch(rest.strip())):
        # a description, not a co-author: "Brett Cruz, Privacy and Digital Security Expert", "Sophie Martin,
        # journaliste"; "A. Un, B. Deux" (two authors) and "Shelby Loos, DVM" stay
        text = head.strip()
    shorter = _ROLE_TAIL.sub("", text)
    if len(shorter.split()) >= 2:
        text = shorter  # "Emma Ryan Writer"; "HomeAdvisor Staff Writer" stays whole
    return None if not text or _NOT_A_NAME.match(text) else text
