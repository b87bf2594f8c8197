"""Helpers shared by the renderers: escaping, auto-linking, pages and their HTTP headers."""
from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime
from html import escape
from typing import NamedTuple

from sectorweb.dates import http_date

HTML = "text/html; charset=utf-8"
XML = "application/xml; charset=utf-8"
RSS = "application/rss+xml; charset=utf-8"
ATOM = "application/atom+xml; charset=utf-8"
TEXT = "text/plain; charset=utf-8"

_URL = re.compile(r"https?://[^\s<>\"']+[^\s<>\"'.,;:!?)»]")


class Page(NamedTuple):
    """One pre-rendered HTTP answer: (status, content_type, body_bytes, extra_headers)."""

    status: int
    content_type: str
    body: bytes
    headers: dict


def esc(text: str) -> str:
    """Escape &, <, > and double quotes (every attribute is double-quoted; apostrophes stay as typed)."""
    return escape(text, quote=False).replace('"', "&quot;")


def autolink(text: str, rel: str = "nofollow ugc", anchor: str = '<a href="{u}" rel="{rel}">{u}</a>',
             escape=esc) -> str:
    """Escape text and turn bare URLs into links, as platforms do in comments and posts: `anchor` is the engine's
    link markup ({u} the escaped URL), `escape` its escaping."""
    out, pos = [], 0
    for m in _URL.finditer(text):
        out.append(escape(text[pos:m.start()]))
        out.append(anchor.format(u=escape(m.group(0)), rel=rel))
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out)


def paras(paragraphs: list[str], rel: str = "noopener") -> str:
    return "\n".join(f"<p>{autolink(p, rel)}</p>" for p in paragraphs)


def page(body: str | bytes, content_type: str = HTML, status: int = 200,
         modified: datetime | None = None, headers: dict | None = None) -> Page:
    data = body.encode("utf-8") if isinstance(body, str) else body
    h = dict(headers or {})
    if modified is not None:
        h["Last-Modified"] = http_date(modified)
    if status == 200:
        h["ETag"] = '"' + hashlib.md5(data).hexdigest()[:20] + '"'
    return Page(status, content_type, data, h)


def redirect(location: str, status: int = 301) -> Page:
    body = f'<html><head><title>{status} Moved Permanently</title></head><body><a href="{esc(location)}">ici</a></body></html>'
    return Page(status, HTML, body.encode(), {"Location": location})


def ld_json(data: dict) -> str:
    """JSON-LD for a <script> element: `</` cannot close it."""
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def script_json(data) -> str:
    """JSON for an inline <script>, stricter than `ld_json`: `<`, `>` and `&` as \\u escapes, so no model
    text can end the element or open a comment in it (NodeBB's and Invision's inline data)."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def comment_tree(comments: list) -> list[tuple]:
    """Comments as a tree of (comment, replies), each level in date order; a reply whose parent is not shown
    stands at the top level."""
    ids = {c.id for c in comments}
    kids: dict = {}
    for c in sorted(comments, key=lambda c: (c.when, c.id)):
        kids.setdefault(c.parent if c.parent in ids else None, []).append(c)

    def grow(parent) -> list[tuple]:
        return [(c, grow(c.id)) for c in kids.get(parent, [])]
    return grow(None)


def comment_thread(comments: list) -> list[tuple]:
    """Comments in thread order, (comment, depth): each reply right after its parent, before the next one."""
    out: list[tuple] = []

    def walk(nodes, depth: int) -> None:
        for c, replies in nodes:
            out.append((c, depth))
            walk(replies, depth + 1)
    walk(comment_tree(comments), 0)
    return out


def pages_of(items: list, per_page: int) -> list[list]:
    """Newest-first chunks for listing pages (at least one, possibly empty)."""
    items = list(reversed(items))
    return [items[i:i + per_page] for i in range(0, len(items), per_page)] or [[]]


def served(r, keep: dict) -> dict:
    """Each item page of renderer `r` by path: the page kept from an earlier render where the site
    serves it from its cache (`keep`, see `site.py`), else a fresh render."""
    return {path: keep[path] if path in keep else make() for path, _, make in r.item_pages()}


def post_pages(r):
    """(path, what the page shows of its post, render) for each post page of a blog renderer `r` (its
    `posts`, `url` by id(post), `base` and `single(post)`): see `site.py`'s page cache."""
    for p in r.posts:
        yield (r.url[id(p)].removeprefix(r.base), (p.last_modified, len(p.comments)),
               lambda p=p: page(r.single(p), modified=p.last_modified))
