"""Content of the demo web, before rendering: posts, comments, forum threads, and the sites holding them."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Comment:
    id: int
    author: str
    when: datetime
    text: list[str]  # paragraphs, plain text (URLs are auto-linked at render time)
    url: str | None = None  # the URL the commenter signed with
    by_author: bool = False  # written by the blog's author
    parent: int | None = None  # id of the comment answered (threaded platforms)


@dataclass
class Post:
    id: int
    title: str
    slug: str
    when: datetime
    author: str
    paragraphs: list[str]  # plain text
    category: str = "Non classé"
    tags: list[str] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    comments_open: bool = True
    links: list[tuple[str, str]] = field(default_factory=list)  # (url, anchor) cited in the content
    source: tuple[str, str] | None = None  # (name, url) credited by syndicated copies
    origin: str | None = None  # ground truth, not rendered: URL of the post this one copies
    modified: datetime | None = None

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def last_modified(self) -> datetime:
        times = [self.modified or self.when] + [c.when for c in self.comments]
        return max(times)


@dataclass
class Blog:
    """A blog or a newsroom: one host, its posts (newest last) and its sidebar material."""

    host: str
    platform: str
    name: str
    tagline: str
    author: str  # main author display name
    author_slug: str
    posts: list[Post]
    blogroll: list[tuple[str, str]] = field(default_factory=list)  # (url, name)
    crawl_delay: int | None = None
    per_page: int = 8
    feed_items: int = 10  # entries in the main feed


@dataclass
class Message:
    id: int
    author: str
    when: datetime
    text: list[str]  # paragraphs of the poster's own words
    quote: tuple[str, str] | None = None  # (quoted author, quoted text), shown before the text
    signature: str | None = None


@dataclass
class Thread:
    id: int
    title: str
    messages: list[Message]
    views: int = 0

    @property
    def opener(self) -> str:
        return self.messages[0].author


@dataclass
class Board:
    id: int
    name: str
    description: str
    threads: list[Thread]
    category: str = "Général"


@dataclass
class Forum:
    host: str
    platform: str
    name: str
    tagline: str
    boards: list[Board]
    users: dict[str, int]  # display name -> user id
    admins: set[str] = field(default_factory=set)
    crawl_delay: int | None = None
    posts_per_page: int = 10
    topics_per_page: int = 25

    def threads(self) -> list[Thread]:
        return [t for b in self.boards for t in b.threads]
