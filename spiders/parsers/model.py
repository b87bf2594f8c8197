"""What a parser returns for one page: pure data, no Scrapy.

The same objects serve the crawl (flattened into items), `ecoaudit extract`
(turned into the contract's page object) and later re-extraction from the archive.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

PAGE_TYPES = ("article", "forum_thread", "listing", "home", "other")


@dataclass
class Comment:
    """One comment under a blog post or news article."""

    author: str | None = None
    author_url: str | None = None  # the URL the comment is signed with, if any
    published: str | None = None  # ISO 8601, normalised with htmldate/dateparser rules
    published_raw: str | None = None  # as written on the page
    text: str = ""
    links: list[str] = field(default_factory=list)  # absolute URLs inside the comment text
    position: int = 0  # 1-based order on the page
    # True where the engine marks the comment as the post author's own (WordPress's `bypostauthor`,
    # Blogger's `blog-author`, Dotclear's `me`): the writer answering, whatever name he signs with
    by_post_author: bool | None = None


@dataclass
class ForumPost:
    """One message of a forum thread."""

    author: str | None = None
    published: str | None = None
    published_raw: str | None = None
    text: str = ""  # the poster's own words, quotes removed
    quoted: str = ""  # text quoted from earlier posts, kept apart
    position: int = 0  # 1-based position in the thread (across pagination)
    post_id: str | None = None
    links: list[str] = field(default_factory=list)
    date_text: str | None = None  # the date as the page shows it ("Jul 9, 2022", "Posted March 19")


@dataclass
class Navigation:
    """Links the crawler may follow, as the platform module sees them (absolute URLs)."""

    articles: list[str] = field(default_factory=list)  # post / article permalinks
    pages: list[str] = field(default_factory=list)  # listing pagination and archives
    boards: list[str] = field(default_factory=list)  # forum boards (and their pagination)
    threads: list[str] = field(default_factory=list)  # forum threads (and their pagination)
    feeds: list[str] = field(default_factory=list)  # RSS/Atom feeds declared by the page
    sitemaps: list[str] = field(default_factory=list)


@dataclass
class ParsedPage:
    """Everything extracted from one HTML page."""

    url: str
    page_type: str = "other"  # one of PAGE_TYPES
    # A forum thread's own first-page address, as the page links it (a thread is often
    # reached through post permalinks such as viewtopic.php?p=871).
    thread_url: str | None = None
    platform: str = "generic"  # wordpress, blogger, dotclear, phpbb, fluxbb, news, generic ...
    kind: str | None = None  # blog, forum, news, other: what the page says of its site, if it says
    site_name: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    published_raw: str | None = None
    text: str = ""
    language: str | None = None
    comments_open: bool | None = None  # False where the page says comments are closed
    # The service that loads the comments in the browser (Disqus...) where none are in the HTML: unread
    comments_hosted_by: str | None = None
    # The page says its text is for subscribers (schema.org isAccessibleForFree false: Medium's member-only
    # stories, newspapers' paywalls): what was read is a teaser, not the post
    paywalled: bool = False
    # Passages the article marks as quotations (blockquote, q): another's words, which pair no posts by themselves
    quotations: list[str] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    posts: list[ForumPost] = field(default_factory=list)
    links: list[str] = field(default_factory=list)  # outgoing absolute URLs of the main content
    blogroll: list[str] = field(default_factory=list)  # links in sidebars / link lists
    signature_links: list[str] = field(default_factory=list)  # links of forum members' signatures: theirs
    nav: Navigation = field(default_factory=Navigation)

    def to_dict(self) -> dict:
        return asdict(self)
