"""Article bodies from schema.org metadata: JSON-LD `articleBody`, when the page agrees with it.

CMSs that write the whole story into their JSON-LD (Hearst, Condé Nast, many WordPress SEO
plugins) give a body that no layout can hide: product cards, galleries and slideshows whose text
an extractor takes for boilerplate are there as plain paragraphs. It is only used when the markup
lost much of it and when the page shows it too (a summary, a teaser or another article's body
would not be read in full in the page).
"""
from __future__ import annotations

import html
import re
from collections import Counter

from .jsonld import ARTICLE_TYPES, json_ld, ld_types
from .page import Page
from .selection import first
from .text import clean_text, node_text

MIN_LD_BODY = 500  # characters: shorter "bodies" are descriptions
LD_GAIN = 1.5  # the JSON-LD body has this many times the words of the extracted text, or more
LD_SEEN = 0.9  # share of its words that the page's visible text holds

_WORD_RE = re.compile(r"\w+")
_TAG_RE = re.compile(r"<[^>]{1,500}>")


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text.lower())


def ld_article_body(page: Page) -> str | None:
    """The `articleBody` of the page's JSON-LD article object (Article, NewsArticle, BlogPosting...),
    entities decoded and stray tags removed, one paragraph a line; None when there is none."""
    if page.tree is None:
        return None
    for obj in json_ld(page.tree):
        body = obj.get("articleBody")
        if isinstance(body, str) and len(body) >= MIN_LD_BODY and ld_types(obj) & ARTICLE_TYPES:
            return clean_text(html.unescape(_TAG_RE.sub("\n", body)))
    return None


def fuller_ld_body(page: Page, text: str) -> str | None:
    """The JSON-LD `articleBody` when it holds much more than `text` (what the markup gave) and the
    page's visible text holds (nearly) all of its words; else None."""
    body = ld_article_body(page)
    if not body:
        return None
    ld_words = _words(body)
    if len(ld_words) < LD_GAIN * len(_words(text or "")):
        return None
    visible = Counter(_words(node_text(first(page.tree, "body"))))
    seen = sum((Counter(ld_words) & visible).values())
    return body if seen >= LD_SEEN * len(ld_words) else None
