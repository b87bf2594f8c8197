"""What the forum markups other than prosilver and FluxBB share: paging a forum, and its feeds.

Each engine module (phpbb_subsilver2, discourse, vbulletin, xenforo) subclasses `ForumView`
with its own URLs and markup and calls `render_forum`."""
from __future__ import annotations

from collections import Counter
from datetime import datetime
from functools import cached_property

from sectorweb.dates import NOW, iso, rfc822
from sectorweb.families.common import ATOM, RSS, TEXT, Page, autolink, cdata, page, served
from sectorweb.feeds import x
from sectorweb.model import Board, Forum, Message, Thread


class ForumView:
    """A forum seen page by page. Subclasses give the paths (`board_path`, `thread_path`) and pages."""

    def __init__(self, forum: Forum, now: datetime = NOW):
        self.f = forum
        self.now = now
        self.base = f"http://{forum.host}"
        self.per = forum.posts_per_page
        self.tper = forum.topics_per_page
        self.board_of = {t.id: b for b in forum.boards for t in b.threads}
        self.n_posts = Counter(m.author for t in forum.threads() for m in t.messages)
        self.where: dict[int, tuple[Thread, int]] = {}  # message id -> (thread, page index)
        for t in forum.threads():
            for i, m in enumerate(t.messages):
                self.where[m.id] = (t, i // self.per)

    @cached_property
    def categories(self) -> list[tuple[int, str, list[Board]]]:
        """The boards' categories as categories of their own, (id, name, boards) in order of first board,
        numbered after the boards: engines whose categories are boards too (NodeBB, Invision)."""
        seen: dict[str, list[Board]] = {}
        for b in self.f.boards:
            seen.setdefault(b.category, []).append(b)
        top = max((b.id for b in self.f.boards), default=0)
        return [(top + 1 + i, name, boards) for i, (name, boards) in enumerate(seen.items())]

    @cached_property
    def latest_first(self) -> dict[int, list[Thread]]:
        """Each board's threads, the one with the newest message first."""
        return {b.id: sorted(b.threads, key=lambda t: t.messages[-1].when, reverse=True) for b in self.f.boards}

    @cached_property
    def index_of(self) -> dict[int, int]:
        """Message id -> its index in its thread (0 for the opening message)."""
        return {m.id: i for t in self.f.threads() for i, m in enumerate(t.messages)}

    # -- shape --------------------------------------------------------------------------------
    def n_pages(self, n_items: int, per: int) -> int:
        return max(1, -(-n_items // per))

    def chunk(self, t: Thread, k: int) -> list[Message]:
        return t.messages[k * self.per:(k + 1) * self.per]

    def joined(self, name: str) -> datetime:
        uid = self.f.users[name]
        return datetime(2019 + uid % 5, 1 + uid % 12, 1 + uid % 28, 8 + uid % 14, uid % 60)

    def last(self) -> datetime:
        return max((m.when for t in self.f.threads() for m in t.messages), default=self.now)

    def newest(self, n: int = 15, topics: bool = False) -> list[tuple[Message, Thread]]:
        pool = [(t.messages[0], t) for t in self.f.threads()] if topics else \
            [(m, t) for t in self.f.threads() for m in t.messages]
        return sorted(pool, key=lambda mt: mt[0].when, reverse=True)[:n]

    def body(self, m: Message, quote) -> str:
        """The message's words as the engine's BBCode renders them; `quote(author, html)` wraps a quote."""
        text = "".join(f"<p>{autolink(p, 'nofollow ugc')}</p>" for p in m.text)
        if m.quote:
            return quote(m.quote[0], autolink(m.quote[1], "nofollow ugc")) + text
        return text

    # -- to override -------------------------------------------------------------------------
    def board_path(self, b: Board, k: int) -> str:
        raise NotImplementedError

    def thread_path(self, t: Thread, k: int) -> str:
        raise NotImplementedError

    def index(self) -> str:
        raise NotImplementedError

    def board(self, b: Board, k: int) -> str:
        raise NotImplementedError

    def thread(self, t: Thread, k: int) -> str:
        raise NotImplementedError

    # -- pages --------------------------------------------------------------------------------
    def item_pages(self):
        """(path, what the page shows of its thread, render) for each page of each thread: see `site.py`'s page cache."""
        for t in self.f.threads():
            for k in range(self.n_pages(len(t.messages), self.per)):
                chunk = self.chunk(t, k)
                yield (self.thread_path(t, k), len(t.messages),
                       lambda t=t, k=k, chunk=chunk: page(self.thread(t, k), modified=chunk[-1].when))


def render_forum(view: ForumView, home_paths: list[str], extra: dict[str, tuple[str, str]], robots: str,
                 missing: str, keep: dict[str, Page] | None) -> tuple[dict[str, Page], Page]:
    """Every page of a forum: home, boards and their pages, threads, then `extra` {path: (body, type)}."""
    f, keep, last = view.f, keep or {}, view.last()
    out: dict[str, Page] = {}
    home = page(view.index(), modified=last)
    for path in home_paths:
        out[path] = home
    for b in f.boards:
        mod = max((t.messages[-1].when for t in b.threads), default=last)
        for k in range(view.n_pages(len(b.threads), view.tper)):
            out[view.board_path(b, k)] = page(view.board(b, k), modified=mod)
    out.update(served(view, keep))
    for path, (body, ctype) in extra.items():
        out[path] = page(body, ctype, modified=last)
    delay = f"Crawl-delay: {f.crawl_delay}\n" if f.crawl_delay else ""
    out["/robots.txt"] = page("User-agent: *\n" + delay + robots, TEXT)
    return out, page(missing, status=404)


def rss(view: ForumView, title: str, link: str, self_url: str, items: list[tuple[Message, Thread, str]]) -> tuple[str, str]:
    """RSS 2.0 of messages: items are (message, thread, permalink)."""
    rows = "".join(f"""<item>
<title>{x(t.title if m is t.messages[0] else f"Re: {t.title}")}</title>
<link>{x(u)}</link>
<guid isPermaLink="false">{x(u)}</guid>
<pubDate>{rfc822(m.when)}</pubDate>
<dc:creator>{cdata(m.author)}</dc:creator>
<description>{cdata("".join(f"<p>{autolink(p)}</p>" for p in m.text))}</description>
</item>
""" for m, t, u in items)
    last = items[0][0].when if items else view.now
    return (f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{x(title)}</title>
<link>{x(link)}</link>
<atom:link href="{x(self_url)}" rel="self" type="application/rss+xml"/>
<description>{x(view.f.tagline)}</description>
<language>fr</language>
<lastBuildDate>{rfc822(last)}</lastBuildDate>
{rows}</channel>
</rss>
""", RSS)


def atom(view: ForumView, self_url: str, items: list[tuple[Message, Thread, str]]) -> tuple[str, str]:
    """Atom 1.0 of messages, as phpBB's feed writes it: items are (message, thread, permalink)."""
    entries = "".join(f"""<entry>
<author><name>{cdata(m.author)}</name></author>
<updated>{iso(m.when)}</updated>
<published>{iso(m.when)}</published>
<id>{x(u)}</id>
<link href="{x(u)}"/>
<title type="html">{cdata(view.board_of[t.id].name + " • " + (t.title if m is t.messages[0] else "Re: " + t.title))}</title>
<content type="html" xml:base="{x(u)}">{cdata("<br><br>".join(autolink(p) for p in m.text))}</content>
</entry>
""" for m, t, u in items)
    last = items[0][0].when if items else view.now
    return (f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
<link rel="self" type="application/atom+xml" href="{x(self_url)}" />
<title>{x(view.f.name)}</title>
<subtitle>{x(view.f.tagline)}</subtitle>
<link href="{view.base}/index.php" />
<updated>{iso(last)}</updated>
<id>{x(self_url)}</id>
{entries}</feed>
""", ATOM)

