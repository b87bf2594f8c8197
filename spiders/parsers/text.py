"""Readable text of elements: block-aware text, whitespace normalised, one-line text."""
from __future__ import annotations

import re
from typing import Iterable

from .caps import MAX_FIELD_CHARS


# Text of these never reaches a reader.
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe",
                       "object", "embed", "canvas", "select", "option", "button", "head", "title"})
# Line breaks around these (HTML plus trafilatura's XML output tags).
BLOCK_TAGS = frozenset({
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "table", "tr", "thead", "tbody", "tfoot", "caption", "section",
    "article", "header", "footer", "aside", "nav", "main", "figure", "figcaption", "hr",
    "form", "address", "details", "summary", "center", "fieldset", "legend",
    # trafilatura XML
    "head", "list", "item", "quote", "row", "code", "lb",
})
CELL_TAGS = frozenset({"td", "th", "cell"})


_NEWLINES_RE = re.compile(r"[\r\n]+")
_WS_RE = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def norm_ws(text: str | None) -> str:
    """Whitespace of one line collapsed."""
    if not text:
        return ""
    return _WS_RE.sub(" ", text.replace("\n", " ")).strip()


def node_text(el, exclude: Iterable = (), limit: int = MAX_FIELD_CHARS) -> str:
    """Readable text of an element: one line per block, whitespace normalised, scripts skipped.

    Source line breaks are spaces (as in a browser) except inside <pre>. Iterative walk, so
    hostile nesting depth cannot exhaust the stack; `exclude` drops subtrees.
    """
    if el is None:
        return ""
    excluded = set(exclude)
    parts: list[str] = []
    append = parts.append
    size = 0
    newlines = _NEWLINES_RE.sub
    block_tags, cell_tags, skip_tags = BLOCK_TAGS, CELL_TAGS, SKIP_TAGS
    stack = [(el, False, False)]
    pop, push = stack.pop, stack.append
    while stack:
        node, leaving, pre = pop()
        tag = node.tag
        if not isinstance(tag, str):
            tag = None
        if leaving:
            if tag in block_tags:
                append("\n")
            elif tag in cell_tags:
                append(" ")
            if node is not el:
                tail = node.tail
                if tail:
                    append(tail if pre or ("\n" not in tail and "\r" not in tail) else newlines(" ", tail))
                    size += len(tail)
            continue
        if tag is None or tag in skip_tags or node in excluded or node.get("hidden") is not None:
            if tag in block_tags and tag != "head":
                append("\n")  # a left-out quote still separates what surrounds it
            if node is not el:
                tail = node.tail
                if tail:
                    append(tail if pre or ("\n" not in tail and "\r" not in tail) else newlines(" ", tail))
                    size += len(tail)
            continue
        if tag == "br" or tag in block_tags:
            append("\n")
        inner_pre = pre or tag == "pre" or tag == "textarea"
        text = node.text
        if text:
            append(text if inner_pre or ("\n" not in text and "\r" not in text) else newlines(" ", text))
            size += len(text)
        if size > limit * 2:
            break
        # The tail of a node belongs to its parent's context (pre or not).
        push((node, True, pre))
        if len(node):
            stack.extend([(child, False, inner_pre) for child in reversed(node)])
    return clean_text("".join(parts), limit)


def clean_text(text: str | None, limit: int = MAX_FIELD_CHARS) -> str:
    """Lines whitespace-normalised, empty lines dropped, capped."""
    if not text:
        return ""
    # _WS_RE never matches a newline: one substitution over all lines is the same as one per line.
    lines = (line.strip() for line in _WS_RE.sub(" ", text).split("\n"))
    return "\n".join(line for line in lines if line)[:limit]


def inline_text(el, exclude: Iterable = ()) -> str:
    """Text of an element on one line (names, titles)."""
    return norm_ws(node_text(el, exclude, limit=2000))[:1000] or ""


def inline_text_raw(node) -> str:
    """<title> text (node_text skips <title> as non-body)."""
    if node is None:
        return ""
    return norm_ws("".join(node.itertext()))[:1000]
