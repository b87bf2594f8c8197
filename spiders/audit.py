"""The audit crawl: from each seed's home page, enumerate posts and threads and extract them.

One spider serves every platform: the platform is only known once a home page is
read, so the per-family logic lives in `spiders.parsers.<family>` (detected per
source) and this spider does what is common: budgets, feeds and sitemaps,
discovery of new sources, errors as rows.
"""
from __future__ import annotations

import datetime as dt
import functools
import inspect
import itertools
import json
import resource
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urljoin

import scrapy
from protego import Protego
from scrapy import signals
from scrapy.exceptions import DontCloseSpider

from ecoaudit.urls import home_of, host_of, is_crawlable, normalize, on_ignored_host

from . import listing_state as ls
from .listing_state import thread_key
from .errors import error_slug
from .items import (
    Bundle,
    CarriedItem,
    CommentItem,
    EntryItem,
    ErrorItem,
    FetchItem,
    ForumPostItem,
    LinkItem,
    PageItem,
    SourceItem,
)
from .job import CrawlJob
from .parsepool import ParsePool, ParseTimeout
from .parsers import parse_page
from .parsers.feeds import message_sitemap, parse_feed, parse_robots_sitemaps, parse_sitemap
from .parsers.links import PROFILE, continues, listing_key, page_number
from .parsers.recency import split_dated

# Request priorities: what reveals posts first, then posts, then the next pages of the list being
# read (its pager, newest to oldest), then other listings (categories, archives). The budget is spent
# as listings are read, so this order is what makes it buy a site's newest posts.
PRIO_HOME, PRIO_AUX, PRIO_ENTRY, PRIO_THREAD, PRIO_BOARD, PRIO_ARTICLE, PRIO_PAGER, PRIO_LISTING = (
    100, 90, 40, 35, 30, 25, 15, 10,
)
PAGER_RANKS = 4  # pager links ranked PRIO_PAGER, -1, -2, -3 by distance: all above other listings
FEED_TYPES = ("xml", "rss", "atom")
HTML_TYPES = ("text/html", "application/xhtml")
# What a re-crawl may leave unfetched when the evidence says unchanged (spiders/listing_state.py);
# homes and comments feeds are always read: they are the evidence.
DEFERRABLE = ("page", "feed", "sitemap", "robots")
AUX_KINDS = ("feed", "sitemap", "robots")


@dataclass
class SourceState:
    """What the crawl knows of one source while it runs."""

    host: str
    source: str
    status: str
    depth: int
    seed_url: str | None = None
    discovered_from: str | None = None
    crawled: bool = False
    platform: str | None = None
    kind: str | None = None
    site_name: str | None = None
    language: str | None = None
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    server_now: dt.datetime | None = None  # the host's clock, from its home page's Date header
    pages: int = 0  # HTML requests scheduled (the budget)
    aux: int = 0  # robots, feeds, sitemaps scheduled

    def item(self) -> SourceItem:
        return SourceItem(
            host=self.host, source=self.source, seed_url=self.seed_url, status=self.status,
            depth=self.depth, crawled=self.crawled, platform=self.platform, kind=self.kind,
            site_name=self.site_name, language=self.language, feeds=self.feeds,
            sitemaps=self.sitemaps, discovered_from=self.discovered_from,
        )


def cpu_seconds() -> dict[str, float]:
    """CPU time (user + system) of this process and of its finished children (parse workers)."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"cpu_seconds_reactor": round(me.ru_utime + me.ru_stime, 3),
            "cpu_seconds_workers": round(children.ru_utime + children.ru_stime, 3)}


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def fetched_at(response) -> str:
    """When the response was fetched: now during a crawl; the archived time when a replay sets
    `meta["fetched_at"]` (so re-extracted rows keep the dates of the original crawl)."""
    return response.meta.get("fetched_at") or now_iso()


def bundled(callback):
    """Pass a callback's requests on as they come and its rows as one Bundle at the end.

    The callback is a plain generator, an async generator, or a coroutine returning an
    iterable (what parses a page: it awaits the pool, then yields synchronously). Scrapy
    sees one async generator per response, whichever it is."""
    @functools.wraps(callback)
    async def wrapper(self, response):
        rows = []
        results = callback(self, response)
        if inspect.iscoroutine(results):
            results = await results
        if hasattr(results, "__aiter__"):
            async for out in results:
                if isinstance(out, scrapy.Request):
                    yield out
                else:
                    rows.append(out)
        else:
            for out in results:
                if isinstance(out, scrapy.Request):
                    yield out
                else:
                    rows.append(out)
        if rows:
            yield Bundle(rows)
        for out in self._settled(response.meta):
            yield out
    return wrapper


def server_now(response) -> dt.datetime | None:
    """The server's clock (Date header): what "Aujourd'hui 10:12" on its pages is relative to."""
    value = response.headers.get(b"Date")
    try:
        return parsedate_to_datetime(value.decode("latin-1")) if value else None
    except (TypeError, ValueError):
        return None


def comment_feeds(parsed, url: str) -> list[str]:
    """The comments feeds of a site: declared ones, and Blogger's, which always exists."""
    feeds = [u for u in parsed.nav.feeds if "comment" in u.lower()]
    if parsed.platform == "blogger":
        feeds.append(urljoin(url, "/feeds/comments/default"))
    return list(dict.fromkeys(feeds))


class AuditSpider(scrapy.Spider):
    """Crawl the seeds of an audit (and, with `discover`, the sources they link to)."""

    name = "audit"

    def __init__(self, job: dict | CrawlJob | None = None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if job is None:
            raise ValueError("AuditSpider needs a `job` (see spiders.job.CrawlJob)")
        if isinstance(job, (str, Path)):
            job = json.loads(Path(job).read_text(encoding="utf-8"))
        self.job = job if isinstance(job, CrawlJob) else CrawlJob.model_validate(job)
        self.since = self.job.since
        self.sources: dict[str, SourceState] = {}
        self.alias: dict[str, str] = {}  # host seen in links -> canonical source host
        self.seen: set[str] = set()  # normalised URLs requested
        self.emitted: set[str] = set()  # normalised URLs of pages written
        self.emitted_posts: set[tuple[str, int]] = set()  # (thread, position) of forum posts
        self.discovered_crawled = 0
        self.known_sources: list[dict] = []
        self.round = 0  # the re-crawl's number among the client's runs (rotates re-checks)
        # parse_workers = 0 parses inline, without the bound: see _parse
        self.pool = (ParsePool(self.job.parse_workers, timeout=self.job.parse_timeout_seconds)
                     if self.job.parse_workers else None)
        self.known = self._load_known()
        self.crawl_delays: dict[str, float] = {}
        self.refresh: set[str] = set()  # old posts with new comments: fetched whatever their age
        self.skipped_old: set[str] = set()
        self.answered: set[str] = set()  # normalised URLs that got a response or an error
        # Re-crawls of sites without validators: what this run's feeds, sitemaps and listings say
        # of the previous run's pages (spiders/listing_state.py), and the known pages whose fetch
        # waits for all of it (decided when the crawl is idle: `_decide`).
        self.same: set[str] = set()
        self.changed: set[str] = set()
        self.pending: dict[str, tuple] = {}
        self.forced: set[str] = set()  # due for their periodic re-check: fetched, not deferred
        self.excluded = {h.lower().removeprefix("www.") for h in self.job.excluded_hosts}
        self.signed: dict[str, set[str]] = {}  # host -> pages whose comments or signatures name it
        # Links that say nothing of what is new (a feed's links to single messages, an undated sitemap's
        # pages) wait, per source, until its lists are read: they get what budget those left (_settled).
        self.inflight: dict[str, int] = {}  # source -> requests made and not yet answered
        self.backlog: dict[str, list[str]] = {}  # source -> pages waiting for its lists

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        return spider

    # -- start ---------------------------------------------------------------------------

    async def start(self):
        self.started = time.perf_counter()
        self.cpu_at_start = cpu_seconds()["cpu_seconds_reactor"]  # interpreter and Scrapy start-up
        for url in self.job.seeds:
            host = host_of(url)
            if host in self.sources:
                continue
            self.sources[host] = SourceState(host=host, source=home_of(url), status="seed",
                                             depth=0, seed_url=url)
            req = self._request(url, host, self.parse_home, PRIO_HOME, count=True)
            if req is not None:
                yield req
        # The map's prospects (crawl.prospect_top): sites the previous run kept meeting, crawled as
        # discovered sources at the edge of discovery (their links are recorded, not followed),
        # whatever `discover` says: the consultant asked for them.
        for url in self.job.prospects:
            host = host_of(url)
            if not host or host in self.sources or self._excluded(host):
                continue
            state = SourceState(host=host, source=home_of(url), status="discovered",
                                depth=max(self.job.discover_depth, 1), discovered_from="prospect")
            self.sources[host] = state
            req = self._request(state.source, host, self.parse_home, PRIO_HOME)
            if req is not None:
                yield req
        # A re-crawl revisits the sources the previous run discovered, whichever page linked them.
        for row in sorted(self.known_sources, key=lambda r: r["depth"] or 0):
            if row["host"] in self.sources:
                continue
            state = SourceState(host=row["host"], source=row["source"], status="discovered",
                                depth=row["depth"] or 1, discovered_from=row["discovered_from"])
            self.sources[state.host] = state
            if row.get("crawled") and self._may_discover(state.depth):
                self.discovered_crawled += 1
                req = self._request(state.source, state.host, self.parse_home, PRIO_HOME)
                if req is not None:
                    yield req

    # -- re-crawls -----------------------------------------------------------------------

    def _load_known(self) -> dict[str, dict]:
        """What the previous run fetched: URL -> validators, page type, publication date."""
        if not self.job.known_file:
            return {}
        known = {}
        with open(self.job.known_file, encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                if row.get("kind") == "source":
                    self.known_sources.append(row)
                elif row.get("kind") == "run":
                    self.round = int(row.get("round") or 0)
                else:
                    row["state"] = ls.loads(row.pop("recrawl_state", None))
                    known[row["url"]] = row
        return known

    def _is_old_post(self, known: dict, state: SourceState) -> bool:
        """A post published before the refresh window: it is carried over, not fetched."""
        if known.get("page_type") != "article" or not known.get("published"):
            return False
        try:
            published = dt.datetime.fromisoformat(str(known["published"]))
        except ValueError:
            return False
        if published.tzinfo is None:
            published = published.replace(tzinfo=dt.timezone.utc)
        now = state.server_now or dt.datetime.now(dt.timezone.utc)
        return now - published > dt.timedelta(days=self.job.refresh_days)

    def _conditional(self, known: dict | None) -> dict:
        """Request headers that let an unchanged page answer 304 Not Modified."""
        if not known or known.get("kind") in ("home", "robots"):
            return {}
        headers = {}
        if known.get("etag"):
            headers["If-None-Match"] = known["etag"]
        if known.get("last_modified"):
            headers["If-Modified-Since"] = known["last_modified"]
        return headers

    def _fetched(self, response, kind: str, state: SourceState) -> FetchItem:
        self.answered.add(normalize(response.url))
        self.answered.add(normalize(response.request.url))
        h = response.headers
        return FetchItem(
            url=normalize(response.url), host=state.host, status_code=response.status, kind=kind,
            etag=(h.get(b"ETag") or b"").decode("latin-1") or None,
            last_modified=(h.get(b"Last-Modified") or b"").decode("latin-1") or None,
            content_length=len(response.body), fetched_at=fetched_at(response),
            redirected_from=list(response.meta.get("redirect_urls", [])),
        )

    def _not_modified(self, response, state: SourceState, fetched: FetchItem | None = None) -> CarriedItem:
        if fetched is not None:  # what the unchanged page said is still what it says
            fetched.recrawl_state = ls.dumps(self._old_state(response.url))
        return CarriedItem(url=normalize(response.url), host=state.host,
                           from_run=self.job.previous_run or "", reason="not_modified")

    # -- inferring what changed (sites without validators) ------------------------------------

    def _old_state(self, url: str) -> dict | None:
        return (self.known.get(normalize(url)) or {}).get("state")

    def _mark_changed(self, keys) -> None:
        for key in keys:
            self.changed.add(key)
            self.refresh.add(key)  # an old post with news is fetched whatever its age

    def _children(self, parsed, state: SourceState) -> list[str]:
        nav = parsed.nav
        urls = itertools.chain(nav.threads, nav.articles, nav.boards, nav.pages)
        return sorted({normalize(u) for u in urls if self._same_source(u, state.host)})

    async def _page_state(self, response, parsed, state: SourceState) -> dict | None:
        """The page's row tokens and fingerprint (in the pool), or None when it cannot be read."""
        try:
            return await self._offload(response, ls.page_state, response.url, response.body,
                                       self._children(parsed, state))
        except Exception as e:  # a state we cannot compute only costs fetches next time
            self.logger.debug("page state failed on %s: %s", response.url, e)
            return None

    def _learn_page(self, response, new: dict | None) -> bool:
        """Compare a page's state with the previous run's: its children with an unchanged row (all
        of them if its fingerprint is unchanged) are unchanged, those whose row changed have
        changed. A changed page's own pagination is changed too. True if the page is unchanged."""
        key = normalize(response.url)
        unchanged, same, changed = ls.compare_pages(self._old_state(response.url), new)
        self.same |= same
        self._mark_changed(changed)
        if key in self.changed and new:  # a thread with new replies: its other pages may hold them
            group = ls.group_key(key)
            self._mark_changed(k for k in new.get("rows", {}) if ls.group_key(k) == group and k != key)
        return unchanged

    def _learn_home(self, state: SourceState, unchanged: bool) -> None:
        """An unchanged home (same posts, threads, boards, counters) vouches for the source's feeds,
        sitemaps and robots.txt; a changed one sends the re-crawl back to its feeds and sitemaps."""
        if not self.known:
            return
        for url, known in self.known.items():
            if (known.get("kind") in AUX_KINDS
                    and self._canonical(known.get("host") or host_of(url)) == state.host):
                if unchanged:
                    self.same.add(url)
                elif known.get("kind") != "robots":
                    self._mark_changed([url])

    def _should_fetch(self, key: str) -> bool:
        """Whether a known page waiting in `pending` is fetched: yes if something says it changed
        or nothing says it did not; if something says it did not, only when due for its re-check."""
        if key in self.changed:
            return True
        if key in self.same:
            return ls.recheck_due(key, self.round, self.job.recheck_every_runs)
        return True

    def on_idle(self, spider=None):
        """Once every response is in (all the evidence read): fetch what must be, carry the rest."""
        engine = getattr(self.crawler, "engine", None)
        requests = self._decide()
        if requests and engine is not None:
            for req in requests:
                engine.crawl(req)
            raise DontCloseSpider

    def _decide(self) -> list[scrapy.Request]:
        """The requests to make now: what waits in a backlog (a source whose count of answers went
        astray), known pages waiting for evidence that must be fetched, pages something said changed
        that no listing led to, and pages due for their periodic re-check."""
        out = []
        for host in list(self.backlog):
            out += self._release(host)
        pending, self.pending = self.pending, {}
        for key, (url, host, callback, priority, meta) in pending.items():
            if self._should_fetch(key):
                out.append(self._make_request(url, host, callback, priority, meta, self.known.get(key)))
        callbacks = {"page": self.parse_any, "feed": self.parse_feed, "sitemap": self.parse_sitemap,
                     "robots": self.parse_robots}
        crawled = {h for h, s in self.sources.items() if s.crawled}
        for key, known in self.known.items():
            kind = known.get("kind")
            if kind not in callbacks or key in self.answered or key in self.pending:
                continue
            host = self._canonical(known.get("host") or host_of(key))
            if host not in crawled:
                continue
            unreached = key not in self.seen or key in self.skipped_old
            revive = unreached and key in self.changed
            due = unreached and ls.recheck_due(key, self.round, self.job.recheck_every_runs)
            if not (revive or due):
                continue
            self.skipped_old.discard(key)
            self.seen.discard(key)
            self.forced.add(key)  # fetched now, not deferred again
            self.refresh.add(key)
            req = self._request(key, host, callbacks[kind],
                                PRIO_AUX if kind in AUX_KINDS else PRIO_ENTRY, count=kind == "page")
            if req is not None:
                out.append(req)
        return out

    # -- scheduling ----------------------------------------------------------------------

    def _canonical(self, host: str) -> str:
        return self.alias.get(host, host)

    def _request(self, url: str, source_host: str, callback, priority: int,
                 count: bool = True, meta: dict | None = None) -> scrapy.Request | None:
        """A request for `url` within `source_host`'s budget, or None (seen, off-site, over budget)."""
        if not is_crawlable(url, allow_private=True):  # private hosts: netguard's error rows
            return None
        key = normalize(url)
        if key in self.seen:
            return None
        state = self.sources[source_host]
        known = self.known.get(key)
        if (known and count and key not in self.refresh and key not in self.changed
                and self._is_old_post(known, state)):
            self.seen.add(key)  # carried over at the end of the crawl, unless a comment revives it
            self.skipped_old.add(key)
            return None
        if count:
            if state.pages >= self.job.max_pages_per_source:
                return None
            state.pages += 1
        else:
            if state.aux >= self.job.max_aux_per_source:
                return None
            state.aux += 1
        self.seen.add(key)
        if known and known.get("kind") in DEFERRABLE and key not in self.changed and key not in self.forced:
            # Known page: fetched once the crawl is idle if nothing this run said it is unchanged
            # (or it is due for its periodic re-check); otherwise carried over (closing_items).
            self.pending[key] = (url, source_host, callback, priority, meta)
            return None
        return self._make_request(url, source_host, callback, priority, meta, known)

    def _make_request(self, url: str, source_host: str, callback, priority: int, meta: dict | None,
                      known: dict | None) -> scrapy.Request:
        m = {"source": source_host, "budget_of": source_host, **(meta or {})}
        self.inflight[source_host] = self.inflight.get(source_host, 0) + 1
        headers = self._conditional(known)
        if headers:
            m["handle_httpstatus_list"] = [304]
        if source_host in self.crawl_delays:  # AutoThrottle must not undercut Crawl-delay
            m["autothrottle_dont_adjust_delay"] = True
        return scrapy.Request(url, callback=callback, errback=self.on_error, priority=priority,
                              meta=m, headers=headers, dont_filter=True)

    def _same_source(self, url: str, source_host: str) -> bool:
        return self._canonical(host_of(url)) == source_host

    def _defer(self, host: str, urls) -> None:
        """Keep `urls` (pages) for when `host`'s lists are read."""
        queue = self.backlog.setdefault(host, [])
        before = len(queue)
        queue.extend(u for u in urls if self._same_source(u, host))
        self._count("ecoaudit/deferred", len(queue) - before)

    def _settled(self, meta) -> list[scrapy.Request]:
        """A request of a source was answered; when it was the last one out, what waited for its lists."""
        host = self._canonical(meta.get("budget_of") or "")
        if host not in self.inflight:
            return []
        self.inflight[host] -= 1
        if self.inflight[host] > 0:
            return []
        return self._release(host)

    def _release(self, host: str) -> list[scrapy.Request]:
        out = []
        for url in self.backlog.pop(host, []):
            req = self._request(url, host, self.parse_any, PRIO_ENTRY)
            if req is not None:
                out.append(req)
        self._count("ecoaudit/deferred_fetched", len(out))
        return out

    def _count(self, key: str, n: int = 1) -> None:
        """Add to a crawl stat (crawl_stats.json), when the spider runs in a crawler."""
        stats = getattr(getattr(self, "crawler", None), "stats", None)
        if stats is not None and n:
            stats.inc_value(key, n)

    def _follow(self, urls, source_host: str, callback, priority: int, count: bool = True):
        for url in urls:
            if self._same_source(url, source_host):
                req = self._request(url, source_host, callback, priority, count=count)
                if req is not None:
                    yield req

    # -- callbacks -----------------------------------------------------------------------

    @bundled
    async def parse_home(self, response):
        """A source's home page: learn its platform, feeds and sitemaps, then walk it."""
        state = self.sources[response.meta["source"]]
        final_host = host_of(response.url)
        if final_host and final_host != state.host:
            # The source lives where its home lands (http://a.test -> http://www.a.test).
            state = self._rekey(state, final_host)
        state.source = home_of(response.url)
        state.server_now = server_now(response)
        fetched = self._fetched(response, "home", state)
        if not self._is_html(response):
            return [fetched, self._not_html(response, state)]
        state.crawled = True
        parsed = await self._parse(response, state)
        if isinstance(parsed, ErrorItem):
            return [fetched, parsed]
        page_state = await self._page_state(response, parsed, state)  # recorded; compared on re-crawls
        fetched.recrawl_state = ls.dumps(page_state)
        unchanged = self._learn_page(response, page_state)
        self._learn_home(state, unchanged)
        return itertools.chain((fetched,), self._walk_home(response, parsed, state, unchanged))

    def _walk_home(self, response, parsed, state: SourceState, unchanged: bool = False):
        state.platform = parsed.platform
        state.kind = parsed.kind
        state.site_name = parsed.site_name
        state.language = parsed.language
        yield from self._emit(response, parsed, state)
        robots = urljoin(response.url, "/robots.txt")
        robots_state = self._old_state(robots) or {}
        if self.job.obey_robots and robots_state.get("delay"):  # holds until robots.txt is read again
            self._apply_crawl_delay(state.host, float(robots_state["delay"]))
        yield from self._follow([robots], state.host, self.parse_robots, PRIO_AUX, count=False)
        feeds = [u for u in parsed.nav.feeds if "comment" not in u.lower()]
        state.feeds = feeds
        yield from self._follow(feeds, state.host, self.parse_feed, PRIO_AUX, count=False)
        if self.known:  # a re-crawl learns from the comments feed which old posts got comments
            yield from self._follow(comment_feeds(parsed, response.url), state.host,
                                    self.parse_comment_feed, PRIO_AUX, count=False)
        state.sitemaps = list(parsed.nav.sitemaps)
        state.sitemaps += [u for u in robots_state.get("sitemaps") or [] if u not in state.sitemaps]
        yield from self._follow(state.sitemaps, state.host, self.parse_sitemap, PRIO_AUX, count=False)
        if not unchanged:  # an unchanged home's posts, threads and listings are carried over
            yield from self._follow_nav(parsed, state)

    @bundled
    async def parse_any(self, response):
        """Any HTML page of a known source: extract it and follow its navigation."""
        state = self.sources[self._canonical(response.meta["source"])]
        fetched = self._fetched(response, "page", state)
        if response.status == 304:
            return [fetched, self._not_modified(response, state, fetched)]
        if not self._is_html(response):
            return [fetched, self._not_html(response, state)]
        parsed = await self._parse(response, state)
        if isinstance(parsed, ErrorItem):
            return [fetched, parsed]
        page_state = await self._page_state(response, parsed, state)
        fetched.recrawl_state = ls.dumps(page_state)
        unchanged = self._learn_page(response, page_state)
        # An unchanged listing leads to nothing new: its children are those of the previous run.
        follow = () if unchanged else self._follow_nav(parsed, state)
        return itertools.chain((fetched,), self._emit(response, parsed, state), follow)

    @bundled
    def parse_robots(self, response):
        state = self.sources[self._canonical(response.meta["source"])]
        fetched = self._fetched(response, "robots", state)
        yield fetched
        delay = None
        if self.job.obey_robots and self._is_text(response):
            delay = self._obey_crawl_delay(state.host, response.text)
        sitemaps = parse_robots_sitemaps(response.text if self._is_text(response) else "",
                                         base_url=response.url)
        fetched.recrawl_state = ls.dumps({"delay": delay, "sitemaps": sitemaps})
        new = [u for u in sitemaps if u not in state.sitemaps]
        state.sitemaps += new
        yield from self._follow(new, state.host, self.parse_sitemap, PRIO_AUX, count=False)

    @bundled
    async def parse_feed(self, response):
        """A feed: every entry is a post of the inventory; fetch the newest first."""
        state = self.sources[self._canonical(response.meta["source"])]
        fetched = self._fetched(response, "feed", state)
        yield fetched
        if response.status == 304:  # no new post announced; its entries are carried over
            yield self._not_modified(response, state, fetched)
            return
        try:
            entries = await self._offload(response, parse_feed, response.url, response.body)
            feed_state = await self._offload(response, ls.feed_state, response.url, response.body)
        except Exception as e:  # a broken feed is a row, not a crash
            yield self._parse_failed(response, state, "feed_parse_error", e)
            return
        # An entry with the same date and comment count as last time is unchanged; else changed.
        fetched.recrawl_state = ls.dumps(feed_state)
        same, changed = ls.compare_entries(self._old_state(response.url), feed_state, need_count=True)
        self.same |= same
        self._mark_changed(changed)
        urls, messages = [], []
        for e in entries:
            if not e.get("url") or self._too_old(e.get("published")):
                continue
            yield EntryItem(host=state.host, url=normalize(e["url"]), origin="feed",
                            origin_url=response.url, title=e.get("title"),
                            published=e.get("published"), published_raw=e.get("published_raw"),
                            summary=e.get("summary"))
            # An entry naming one message of a thread says the thread is active: the thread is
            # followed, once however many of its messages the feed lists (`?qa=12&show=34#a34`).
            # One whose thread the address does not tell (`post34.html#p34`) would read a thread the
            # lists may lead to: it waits for them.
            thread = e.get("thread")
            if thread is None or thread:
                urls.append(thread or e["url"])
            else:
                messages.append(e["url"])
        self._defer(state.host, messages)
        for out in self._follow(urls, state.host, self.parse_any, PRIO_ENTRY):
            yield out

    @bundled
    async def parse_comment_feed(self, response):
        """A comments feed: posts with recent comments are refreshed, however old they are."""
        state = self.sources[self._canonical(response.meta["source"])]
        fetched = self._fetched(response, "comment_feed", state)
        yield fetched
        if response.status == 304:
            fetched.recrawl_state = ls.dumps(self._old_state(response.url))
            return
        try:
            entries = await self._offload(response, parse_feed, response.url, response.body)
        except Exception as e:
            yield self._parse_failed(response, state, "feed_parse_error", e)
            return
        feed_state = ls.comment_feed_state(entries)
        fetched.recrawl_state = ls.dumps(feed_state)
        old = self._old_state(response.url)
        news = None  # without last run's view of this feed, every post it lists is re-checked
        if old is not None:
            # A post listed with as many comments, the newest as old, as last time has no new one
            # (a newer comment would be listed first); one listed differently, or newly, has.
            same, news = ls.compare_entries(old, feed_state)
            news |= set(feed_state["entries"]) - set(old.get("entries") or {})
            self.same |= same
            self._mark_changed(news)
        listed = dict.fromkeys(normalize(e.get("url") or "") for e in entries)
        revived = []
        for key in listed:
            if (news is not None and key not in news) or not self._same_source(key, state.host):
                continue
            self.refresh.add(key)
            if key in self.skipped_old:  # already passed over as old: fetch it after all
                self.skipped_old.discard(key)
                self.seen.discard(key)
                revived.append(key)
        for out in self._follow(revived, state.host, self.parse_any, PRIO_ENTRY):
            yield out

    @bundled
    async def parse_sitemap(self, response):
        """A sitemap index or url set: posts newest first, child sitemaps followed."""
        state = self.sources[self._canonical(response.meta["source"])]
        fetched = self._fetched(response, "sitemap", state)
        yield fetched
        if response.status == 304:
            # An unchanged index says nothing of its children: check the ones we know.
            yield self._not_modified(response, state, fetched)
            known = [u for u, k in self.known.items() if k.get("kind") == "sitemap"
                     and self._canonical(k.get("host") or host_of(u)) == state.host]
            for out in self._follow(known, state.host, self.parse_sitemap, PRIO_AUX, count=False):
                yield out
            return
        try:
            entries, children = await self._offload(response, parse_sitemap, response.url, response.body)
        except Exception as e:
            yield self._parse_failed(response, state, "sitemap_parse_error", e)
            return
        # A URL with the same lastmod as last time is unchanged; an index listing the same
        # sitemaps as before vouches for them (with the home: see _learn_home).
        sitemap_state = ls.sitemap_state(entries, children)
        fetched.recrawl_state = ls.dumps(sitemap_state)
        old = self._old_state(response.url)
        same, changed = ls.compare_entries(old, sitemap_state)
        self.same |= same
        self._mark_changed(changed)
        if old and old.get("fp") == sitemap_state["fp"]:
            self.same.update(normalize(u) for u in children)
        children = [u for u in children if not message_sitemap(u)]  # each reply is in its topic's page
        for out in self._follow(children, state.host, self.parse_sitemap, PRIO_AUX, count=False):
            yield out
        if message_sitemap(response.url):
            entries = []
        # Question2Answer's sitemap lists its members' profiles too: no post, no page to read
        entries = [(u, d) for u, d in entries if not self._too_old(d) and not PROFILE.search(u)]
        for url, lastmod in entries:
            if self._same_source(url, state.host) and normalize(url) != normalize(state.source):
                yield EntryItem(host=state.host, url=normalize(url), origin="sitemap",
                                origin_url=response.url, published=lastmod, published_raw=lastmod)
        # Dated pages are fetched newest first now; undated ones wait for the lists and feeds that
        # say what is new (else the order files happen to be parsed in decides which posts the budget buys).
        dated, undated = split_dated(entries)
        self._defer(state.host, undated)
        for out in self._follow([u for u, _ in dated], state.host, self.parse_any, PRIO_ENTRY):
            yield out

    def on_error(self, failure):
        """A failed request becomes an error row."""
        request = failure.request
        source = self._canonical(request.meta.get("source", host_of(request.url)))
        slug, status, message = error_slug(failure)
        self.answered.add(normalize(request.url))
        yield self._error(request.url, source, slug, status, message, request.meta.get("fetched_at"))
        yield from self._settled(request.meta)

    # -- helpers -------------------------------------------------------------------------

    def _obey_crawl_delay(self, host: str, robots_txt: str) -> float | None:
        """Slow the host's download slot to its robots.txt Crawl-delay (capped by the job)."""
        try:
            rules = Protego.parse(robots_txt)
            delay = rules.crawl_delay(self.job.user_agent) or rules.crawl_delay("*")
        except Exception:  # a garbled robots.txt sets no delay
            return None
        if not delay:
            return None
        delay = min(float(delay), self.job.max_crawl_delay)
        self._apply_crawl_delay(host, delay)
        return delay

    def _apply_crawl_delay(self, host: str, delay: float) -> None:
        delay = min(float(delay), self.job.max_crawl_delay)
        self.crawl_delays[host] = delay
        engine = getattr(getattr(self, "crawler", None), "engine", None)  # none when replaying
        downloader = getattr(engine, "downloader", None)
        for key, slot in (getattr(downloader, "slots", None) or {}).items():
            if key == host and slot.delay < delay:
                slot.delay = delay
                slot.randomize_delay = False

    def _rekey(self, state: SourceState, final_host: str) -> SourceState:
        """Move a source to the host its home landed on; return the state that lives there."""
        old = state.host
        del self.sources[old]
        self.alias[old] = final_host
        # What is out and what waits for this source is now counted at its new host.
        self.inflight[final_host] = self.inflight.get(final_host, 0) + self.inflight.pop(old, 0)
        self.backlog.setdefault(final_host, []).extend(self.backlog.pop(old, []))
        if not self.backlog[final_host]:
            del self.backlog[final_host]
        existing = self.sources.get(final_host)
        if existing is None:
            state.host = final_host
            self.sources[final_host] = state
            return state
        # Already known (another seed, or discovered through a link before this
        # redirect landed): one source, a seed if either was.
        if state.status == "seed" and existing.status != "seed":
            existing.status, existing.depth, existing.seed_url = "seed", 0, state.seed_url
            existing.discovered_from = None
        existing.pages += state.pages
        return existing

    async def _offload(self, response, fn, *args):
        """fn(*args) in the parse pool when there is one (the reactor only sends and receives).

        The pool serves the request's priority first: homes, feeds and sitemaps, which
        reveal what to fetch (and spend the budget on), before posts and listings."""
        if self.pool is None:
            return fn(*args)
        request = getattr(response, "request", None)
        return await self.pool.run(fn, *args, priority=getattr(request, "priority", 0))

    async def _parse(self, response, state: SourceState):
        """The parsed page, or an error row if a parser raised or overran the bound.

        With `parse_workers`, parsing runs in a process pool so that heavy pages never
        hold up the reactor: fetching goes on while other cores parse, and a page parsed
        longer than `parse_timeout_seconds` has its worker killed (a `parse_timeout` row).
        Inline (parse_workers = 0: callbacks driven directly, as the unit tests do) has no
        bound: a parse cannot be interrupted inside the reactor. So `spiders.crawl` and the
        replay always use a pool.
        """
        platform = state.platform if state.platform not in (None, "generic") else None
        args = (response.url, response.body, platform, server_now(response))
        try:
            return await self._offload(response, parse_page, *args)
        except Exception as e:  # parsers should not raise; if one does, keep the crawl going
            self.logger.warning("parse failed on %s: %s", response.url, e)
            return self._parse_failed(response, state, "parse_error", e)

    def _parse_failed(self, response, state: SourceState, slug: str, error: Exception):
        """The error row of a parse that raised (`slug`) or overran the bound (`parse_timeout`)."""
        message = str(error)
        if isinstance(error, ParseTimeout):
            slug = "parse_timeout"
            message = f"parse over {error.seconds:g} s (parse_timeout_seconds), worker killed: {response.url}"
            self._count("ecoaudit/parse_timeouts")
        return self._error(response.url, state.host, slug, response.status, message, fetched_at(response))

    def _emit(self, response, parsed, state: SourceState):
        url = normalize(response.url)
        host = state.host
        fetched = fetched_at(response)
        if url in self.emitted:  # two requests redirected to one page
            return
        self.emitted.add(url)
        if parsed.page_type == "article" and self._too_old(parsed.published):
            return
        yield PageItem(
            url=url, url_raw=response.url, host=host, status_code=response.status,
            fetched_at=fetched, page_type=parsed.page_type, platform=parsed.platform,
            title=parsed.title, author=parsed.author, published=parsed.published,
            published_raw=parsed.published_raw, text=parsed.text, language=parsed.language,
            comments_open=parsed.comments_open, comments_hosted_by=parsed.comments_hosted_by,
            paywalled=parsed.paywalled, quotations=parsed.quotations, n_comments=len(parsed.comments),
            n_posts=len(parsed.posts), content_length=len(response.body), kind=parsed.kind,
        )
        for c in parsed.comments:
            yield CommentItem(page_url=url, host=host, position=c.position, author=c.author,
                              author_url=c.author_url, published=c.published,
                              published_raw=c.published_raw, text=c.text, links=c.links,
                              by_post_author=c.by_post_author)
            for link in ([c.author_url] if c.author_url else []) + c.links:
                yield from self._link(url, host, link, "comment", state=state, signed=True)
        if parsed.posts:
            thread = thread_key(normalize(parsed.thread_url or url))
            for p in parsed.posts:
                if (thread, p.position) in self.emitted_posts:  # same page under another URL
                    continue
                self.emitted_posts.add((thread, p.position))
                yield ForumPostItem(thread_url=thread, page_url=url, host=host,
                                    thread_title=parsed.title, position=p.position,
                                    post_id=p.post_id, author=p.author, published=p.published,
                                    published_raw=p.published_raw, text=p.text, quoted=p.quoted,
                                    links=p.links)
                for link in p.links:
                    yield from self._link(url, host, link, "forum_post", discover=True, state=state)
        for link in parsed.signature_links:  # a member's, like a commenter's signature
            yield from self._link(url, host, link, "comment", state=state, signed=True)
        for link in parsed.links:
            yield from self._link(url, host, link, "content", discover=True, state=state)
        for link in parsed.blogroll:
            yield from self._link(url, host, link, "blogroll", discover=True, state=state)

    def _link(self, from_url, from_host, to_url, context, discover=False, state=None, signed=False):
        """A link row to another site. With `discover` its target is a candidate source; `signed` (a
        commenter's or a forum member's link: theirs, never the source's) makes it one once it is signed on
        `discover_signed_pages` pages of the audit: how a sector's bloggers, members' sites and the splogs
        comment spam promotes are found."""
        to_host = self._canonical(host_of(to_url))
        if not to_host or to_host == from_host:
            return
        yield LinkItem(from_url=from_url, from_host=from_host, to_url=to_url, to_host=to_host,
                       context=context)
        if state is None or not (discover or signed) or not is_crawlable(to_url, allow_private=True):
            return
        if discover or self._signed_enough(from_url, to_host):
            yield from self._candidate(to_url, to_host, state)

    def _signed_enough(self, from_url: str, to_host: str) -> bool:
        """True once, when `to_host` reaches `discover_signed_pages` signing pages (0: never)."""
        need = self.job.discover_signed_pages
        pages = self.signed.setdefault(to_host, set())
        if not need or len(pages) >= need:
            return False
        pages.add(from_url)
        return len(pages) == need

    def _candidate(self, url: str, host: str, parent: SourceState):
        """A host linked from a source: a candidate, crawled when within discover_depth. Its depth is
        its shortest path from a seed, whatever order the pages come in: a host first seen two hops
        away and then linked from a seed is one hop away, and crawled as such."""
        depth = parent.depth + 1
        state = self.sources.get(host)
        if state is None and self._not_a_source(host):
            return
        if state is None:
            state = SourceState(host=host, source=home_of(url), status="discovered", depth=depth,
                                discovered_from=parent.host)
            self.sources[host] = state
        elif state.status == "discovered" and depth < state.depth:
            state.depth, state.discovered_from = depth, parent.host
        else:
            return
        if self._may_discover(depth) and not self._excluded(host):
            req = self._request(state.source, host, self.parse_home, PRIO_HOME)
            if req is not None:  # None: its home is already requested (or refused)
                self.discovered_crawled += 1
                yield req

    def _excluded(self, host: str) -> bool:
        """The consultant set this site OUT of the ecosystem (`ecoaudit verdict HOST out`)."""
        return host.lower().removeprefix("www.") in self.excluded

    def _not_a_source(self, host: str) -> bool:
        """A share button's, platform credit's or profile service's host (sql/seeds/ignored_link_hosts.csv)."""
        return on_ignored_host(host, self.job.ignored_link_hosts, self.job.user_site_platforms)

    def _may_discover(self, depth: int) -> bool:
        return (self.job.discover and depth <= self.job.discover_depth
                and self.discovered_crawled < self.job.max_discovered_sources)

    def _follow_nav(self, parsed, state: SourceState):
        nav = parsed.nav
        yield from self._follow(nav.threads, state.host, self.parse_any, PRIO_THREAD)
        yield from self._follow(nav.articles, state.host, self.parse_any, PRIO_ARTICLE)
        yield from self._follow(nav.boards, state.host, self.parse_any, PRIO_BOARD)
        # The home's list runs over all posts, newest first: its next pages come before any other list
        # (a category's next page holds older posts than the home's), nearest first, so that a pager
        # linking its last page ("1 2 3 … 50") reads it once the pages before it are read.
        if listing_key(parsed.url) == listing_key(state.source):
            here = page_number(parsed.url)
            pager = sorted((u for u in nav.pages if continues(parsed.url, u) and page_number(u) > here),
                           key=page_number)
            for rank, url in enumerate(pager):
                yield from self._follow([url], state.host, self.parse_any, PRIO_PAGER - min(rank, PAGER_RANKS - 1))
        yield from self._follow(nav.pages, state.host, self.parse_any, PRIO_LISTING)  # the pager's are seen

    def _too_old(self, published: str | None) -> bool:
        return bool(self.since and published and published[:10] < self.since)

    @staticmethod
    def _content_type(response) -> str:
        return response.headers.get(b"Content-Type", b"").decode("latin-1").lower()

    def _is_html(self, response) -> bool:
        ctype = self._content_type(response)
        if not isinstance(response, scrapy.http.TextResponse):
            return False
        return not ctype or ctype.startswith(HTML_TYPES)

    def _is_text(self, response) -> bool:
        return isinstance(response, scrapy.http.TextResponse)

    def _not_html(self, response, state: SourceState) -> ErrorItem:
        ctype = self._content_type(response) or "unknown"
        return self._error(response.url, state.host, "not_html", response.status,
                           f"content type {ctype.split(';')[0]}", fetched_at(response))

    @staticmethod
    def _error(url, host, slug, status, message, at: str | None = None) -> ErrorItem:
        return ErrorItem(url=url, host=host, error=slug, status_code=status,
                         message=" ".join(str(message).split())[:300], fetched_at=at or now_iso())

    def closing_items(self):
        """Written once the crawl is over (pipeline close): the source list, and the pages of
        the previous run that were not revisited (old posts, pages behind unchanged listings),
        carried over so that the run still describes each source whole."""
        items = [s.item() for s in self.sources.values()]
        crawled = {h for h, s in self.sources.items() if s.crawled}
        for url, known in self.known.items():
            host = self._canonical(known.get("host") or host_of(url))
            if (host in crawled and url not in self.answered
                    and known.get("kind") in ("page", "feed", "sitemap", "robots")):
                items.append(CarriedItem(url=url, host=host, from_run=self.job.previous_run or "",
                                         reason="not_revisited"))
        return items

    def closed(self, reason):
        crawl_seconds = time.perf_counter() - getattr(self, "started", time.perf_counter())
        if self.pool is not None:
            self.pool.close()
        stats = dict(self.crawler.stats.get_stats())
        stats["finish_reason"] = reason
        stats["crawl_seconds"] = crawl_seconds
        stats.update(cpu_seconds())
        stats["cpu_seconds_reactor_startup"] = getattr(self, "cpu_at_start", 0.0)
        path = Path(self.job.items_dir) / "crawl_stats.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(stats, default=str, indent=1))
