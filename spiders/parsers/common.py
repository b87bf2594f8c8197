"""Re-exports only: the shared parser helpers now live in one module per concern (caps, text, loading,
consent, selection, urls, page, links, discovery, jsonld, names, language, closed, pubdates, posts,
boilerplate); this module keeps `from spiders.parsers.common import ...` working for outside code and tests."""
from __future__ import annotations

from .caps import MAX_HTML_CHARS, MAX_FIELD_CHARS, MAX_ITEMS
from .text import (SKIP_TAGS, BLOCK_TAGS, CELL_TAGS, norm_ws, node_text, clean_text, inline_text,
                   inline_text_raw)
from .loading import (decode_html, decode_markup, clean_markup, looks_like_html, drop_stray_end_tags,
                      parse_tree)
from .consent import drop_consent_dialogs
from .selection import css, first, first_of, first_attr, meta, inside, within_any, own, own_first, has_class
from .urls import text_urls, abs_url, uniq, site_host, is_platform_link
from .page import Page
from .links import hrefs, links_in, blogroll_links, rel_links
from .discovery import feed_links, sitemap_links
from .jsonld import json_ld, ld_types, ld_name, ARTICLE_TYPES, NEWS_TYPES, FORUM_TYPES
from .names import site_name, html_title, meta_author, strip_label
from .language import detect_language
from .closed import says_closed, closed_notice
from .pubdates import date_of, meta_published
from .posts import fill_thread
from .boilerplate import BOILERPLATE, MAX_BOILER_SHARE, inner_boilerplate

__all__ = [
    "MAX_HTML_CHARS", "MAX_FIELD_CHARS", "MAX_ITEMS", "SKIP_TAGS", "BLOCK_TAGS", "CELL_TAGS", "norm_ws",
    "node_text", "clean_text", "inline_text", "inline_text_raw", "decode_html", "decode_markup",
    "clean_markup", "looks_like_html", "drop_stray_end_tags", "parse_tree", "drop_consent_dialogs", "css",
    "first", "first_of", "first_attr", "meta", "inside", "within_any", "own", "own_first", "has_class",
    "text_urls", "abs_url", "uniq", "site_host", "is_platform_link", "Page", "hrefs", "links_in",
    "blogroll_links", "rel_links", "feed_links", "sitemap_links", "json_ld", "ld_types", "ld_name",
    "ARTICLE_TYPES", "NEWS_TYPES", "FORUM_TYPES", "site_name", "html_title", "meta_author", "strip_label",
    "detect_language", "says_closed", "closed_notice", "date_of", "meta_published", "fill_thread",
    "BOILERPLATE", "MAX_BOILER_SHARE", "inner_boilerplate",
]
