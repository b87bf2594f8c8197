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
