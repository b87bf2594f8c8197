"""Size caps shared by the parsers: one page's markup, one text field, one list."""
from __future__ import annotations

MAX_HTML_CHARS = 10_000_000  # beyond this a "page" is not a page; parse the head of it
MAX_FIELD_CHARS = 200_000
MAX_ITEMS = 2000  # comments, posts, links per list
