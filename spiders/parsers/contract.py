"""ParsedPage -> the contract's page object (what `ecoaudit extract` emits per page)."""
from __future__ import annotations

from .language import detect_language
from .model import ParsedPage


def page_text(parsed: ParsedPage) -> str:
    """The page's text; for a forum thread, its posts' own words in order, separated by blank lines."""
    if parsed.page_type == "forum_thread" and parsed.posts:
        return "\n\n".join(p.text for p in parsed.posts if p.text)
    return parsed.text or ""


def to_page_object(parsed: ParsedPage, id=None) -> dict:  # noqa: A002 - the contract's field name
    """The contract's page object: id, url, page_type, title, author, published, text, posts,
    comments, links, language."""
    text = page_text(parsed)
    return {
        "id": id,
        "url": parsed.url,
        "page_type": parsed.page_type,
        "title": parsed.title,
        "author": parsed.author,
        "published": parsed.published,
        "text": text,
        "posts": [{"author": p.author, "published": p.published, "text": p.text} for p in parsed.posts],
        "comments": [{"author": c.author, "published": c.published, "text": c.text, "links": list(c.links)}
                     for c in parsed.comments],
        "links": list(parsed.links),
        "language": parsed.language or detect_language(None, text),
    }
