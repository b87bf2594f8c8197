"""Scrapy items: one dataclass per raw table. Field names are the raw tables' columns.

Each item type is written by the crawl to its own JSON-lines file
(`items/<table>.jsonl`) and loaded as-is into `raw_<table>` in DuckDB, keyed by run id.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SourceItem:
    """One source (usually a host) the crawl visited or discovered.  -> raw_sources"""

    host: str
    source: str  # canonical home URL (where the home page landed after redirects)
    seed_url: str | None  # the URL given in the config, or None for discovered sources
    status: str  # seed | discovered
    depth: int  # hops from the seeds (0 for seeds)
    crawled: bool  # False for candidates found but not crawled
    platform: str | None = None
    kind: str | None = None  # blog | forum | news | other (crawler's guess; SQL decides)
    site_name: str | None = None
    language: str | None = None
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    discovered_from: str | None = None  # host that linked to it


@dataclass
class PageItem:
    """One fetched HTML page and what was extracted from it.  -> raw_pages"""

    url: str
    url_raw: str
    host: str
    status_code: int
    fetched_at: str
    page_type: str
    platform: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    published_raw: str | None = None
    text: str = ""
    language: str | None = None
    comments_open: bool | None = None
    comments_hosted_by: str | None = None  # Disqus, Facebook...: comments loaded in the browser, not read
    paywalled: bool | None = None  # the text is for subscribers (isAccessibleForFree false): a teaser was read
    quotations: list[str] = field(default_factory=list)  # passages it marks as quoted (blockquote, q)
    n_comments: int = 0
    n_posts: int = 0
    content_length: int = 0
    kind: str | None = None  # blog, news, forum: what the page's engine or schema.org markup says of its site


@dataclass
class CommentItem:
    """One comment under an article.  -> raw_comments"""

    page_url: str
    host: str
    position: int
    author: str | None
    author_url: str | None
    published: str | None
    published_raw: str | None
    text: str
    links: list[str] = field(default_factory=list)
    by_post_author: bool | None = None  # the engine marks it as the post author's (WordPress bypostauthor...)


@dataclass
class ForumPostItem:
    """One message in a forum thread.  -> raw_forum_posts"""

    thread_url: str  # the thread's first page, normalised
    page_url: str
    host: str
    thread_title: str | None
    position: int
    post_id: str | None
    author: str | None
    published: str | None
    published_raw: str | None
    text: str
    quoted: str = ""
    links: list[str] = field(default_factory=list)


@dataclass
class EntryItem:
    """A post listed by a feed or sitemap (the post inventory, fetched or not).  -> raw_entries"""

    host: str
    url: str
    origin: str  # feed | sitemap
    origin_url: str
    title: str | None = None
    published: str | None = None
    published_raw: str | None = None
    summary: str | None = None


@dataclass
class LinkItem:
    """An outgoing link from a page.  -> raw_links"""

    from_url: str
    from_host: str
    to_url: str
    to_host: str
    context: str  # content | comment | blogroll | forum_post


@dataclass
class FetchItem:
    """One HTTP response received (the fetch log; re-crawls send its validators back).  -> raw_fetches"""

    url: str
    host: str
    status_code: int
    kind: str  # home | page | feed | sitemap | robots
    etag: str | None = None
    last_modified: str | None = None
    content_length: int = 0
    fetched_at: str | None = None
    carried: bool = False  # True on rows copied from an earlier run with a carried page
    redirected_from: list[str] = field(default_factory=list)  # the redirect chain, first URL first
    # What the response said of the pages it lists (JSON, spiders/listing_state.py): row tokens and
    # fingerprint of an HTML page, entry dates and comment counts of a feed, lastmods of a sitemap,
    # crawl delay and sitemaps of a robots.txt. The next re-crawl compares to infer what changed.
    recrawl_state: str | None = None


@dataclass
class CarriedItem:
    """A page not downloaded again: its rows are carried over from an earlier run.  -> raw_carried"""

    url: str
    host: str
    from_run: str
    reason: str  # not_modified (HTTP 304) | not_revisited (old post, or behind an unchanged listing)


@dataclass
class ErrorItem:
    """A fetch or parse failure, as data.  -> raw_errors"""

    url: str
    host: str
    error: str  # slug: http_404, http_500, timeout, dns_error, connection_refused, not_html, robots_disallowed, too_large, parse_error, walled ...
    status_code: int | None = None
    message: str = ""
    fetched_at: str | None = None


@dataclass
class Bundle:
    """All the rows one response produced, handed to the pipeline at once: Scrapy's cost is per
    yielded object, and a page yields dozens of rows (comments, links, posts)."""

    items: list = field(default_factory=list)


def unbundle(obj) -> list:
    """The rows inside a Bundle, or [obj] for a single row."""
    return obj.items if isinstance(obj, Bundle) else [obj]


ITEM_TABLES = {
    SourceItem: "sources",
    PageItem: "pages",
    CommentItem: "comments",
    ForumPostItem: "forum_posts",
    EntryItem: "entries",
    LinkItem: "links",
    ErrorItem: "errors",
    FetchItem: "fetches",
    CarriedItem: "carried",
}
