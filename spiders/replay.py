"""Re-extract a crawl from its raw archive: the archived responses, in archive order, through
the same `AuditSpider` callbacks, offline (no reactor, no network).

What the spider received during the crawl is rebuilt from the WARC written by
`spiders.archive`: for each logical request (a chain of retries and redirects), the last
response; HTTP decoding is Scrapy's own (HttpCompressionMiddleware), and non-2xx
responses go to the errback as Scrapy's HttpErrorMiddleware would send them. Requests the
callbacks yield are ignored (nothing is fetched), but the spider's state (sources,
platforms, budgets, discovered hosts) evolves as in the crawl, so the items are those the
crawl would have written with the current parsers. `fetched_at` is the archived fetch time.

Fetch failures that left no response (DNS, timeouts, robots.txt refusals) are not in
the archive; the caller passes them (the original run's error rows without status) and
they are written unchanged.
"""
from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import inspect
import json
import time
import types
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from scrapy import Request
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes
from scrapy.settings import Settings
from scrapy.spidermiddlewares.httperror import HttpError, HttpErrorMiddleware
from twisted.python.failure import Failure
from warcio.archiveiterator import ArchiveIterator

from .archive import HDR_CALLBACK, HDR_CHAIN, HDR_ERRBACK, HDR_META, HDR_SOURCE
from .items import ITEM_TABLES, ErrorItem, unbundle
from .job import CrawlJob
from .pipelines import JsonLinesPipeline

REDIRECT_STATUSES = {301, 302, 303, 307, 308}


@dataclass
class Exchange:
    """One archived request and its response, as read back from the WARC."""

    index: int  # position among the archive's complete exchanges
    url: str
    status: int
    protocol: str
    headers: list[tuple[str, str]]
    body: bytes
    date: str  # WARC-Date of the response
    callback: str
    errback: str
    source: str
    chain: str
    meta: dict
    truncated: bool = False  # body not stored (over the size cap)

    @property
    def header_map(self) -> Headers:
        h = Headers()
        for name, value in self.headers:
            h.appendlist(name, value.encode("latin-1", "replace"))
        return h


class ArchiveReader:
    """Iterate over the complete exchanges of a WARC written by `spiders.archive`.

    Stops quietly at the first record that is cut short (a crawl killed while writing);
    `truncated` says so afterwards, `records` counts the complete records read.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.records = 0
        self.truncated = False

    def __iter__(self) -> Iterator[Exchange]:
        self.records, self.truncated = 0, False
        pending: dict[str, tuple] = {}  # response record id -> request record headers
        index = 0
        size = self.path.stat().st_size
        end = 0  # where the last complete record ends
        with self.path.open("rb") as f:
            archive = ArchiveIterator(f)
            it = iter(archive)
            while True:
                try:
                    record = next(it)
                    payload = record.raw_stream.read()
                    expected = record.payload_length if record.http_headers else record.length
                    if expected is not None and int(expected) >= 0 and len(payload) != int(expected):
                        raise EOFError("record cut short")
                    end = archive.get_record_offset() + archive.get_record_length()
                except StopIteration:
                    # warcio ends quietly on a gzip member cut before its record's headers
                    # were whole (a small record): bytes left past the last record say so
                    self.truncated = end < size
                    break
                except Exception:  # a truncated or corrupt tail: keep what came before
                    self.truncated = True
                    break
                self.records += 1
                rtype = record.rec_type
                h = record.rec_headers
                if rtype == "request":
                    target = h.get_header("WARC-Concurrent-To")
                    if target:
                        pending[target] = h
                elif rtype == "response" and record.http_headers is not None:
                    req = pending.pop(h.get_header("WARC-Record-ID"), None)
                    if req is None:
                        continue
                    try:
                        meta = json.loads(req.get_header(HDR_META) or "{}")
                    except ValueError:
                        meta = {}
                    http = record.http_headers
                    yield Exchange(
                        index=index, url=h.get_header("WARC-Target-URI"),
                        status=int(http.get_statuscode() or 0), protocol=http.protocol or "HTTP/1.1",
                        headers=list(http.headers), body=payload,
                        date=h.get_header("WARC-Date") or "",
                        callback=req.get_header(HDR_CALLBACK) or "",
                        errback=req.get_header(HDR_ERRBACK) or "",
                        source=req.get_header(HDR_SOURCE) or "",
                        chain=req.get_header(HDR_CHAIN) or f"#{index}",
                        meta=meta, truncated=bool(h.get_header("WARC-Truncated")),
                    )
                    index += 1


@dataclass
class ReplayResult:
    items_dir: Path
    counts: dict[str, int]
    exchanges: int  # complete request/response pairs in the archive
    replayed: int  # given to a spider callback or errback
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> responses not replayed
    fetch_failures: int = 0  # error rows without a response, written unchanged
    truncated: bool = False  # the archive ended in a cut record (crawl killed)
    seconds: float = 0.0

    def as_dict(self) -> dict:
        d = dataclasses.asdict(self)
        d["items_dir"] = str(self.items_dir)
        return d


def _iso_seconds(warc_date: str) -> str | None:
    """A WARC-Date as the crawl writes `fetched_at` (ISO 8601, seconds, +00:00)."""
    try:
        d = dt.datetime.fromisoformat(warc_date.replace("Z", "+00:00"))
    except ValueError:
        return None
    if d.tzinfo is None:
        d = d.replace(tzinfo=dt.timezone.utc)
    return d.astimezone(dt.timezone.utc).isoformat(timespec="seconds")


def _shim_crawler(spider, job: CrawlJob):
    """The little of a Crawler that Scrapy's compression and HTTP-error middlewares read."""
    settings = Settings({"DOWNLOAD_MAXSIZE": job.max_response_bytes, "DOWNLOAD_WARNSIZE": 0})
    return types.SimpleNamespace(
        settings=settings, stats=None, spider=spider,
        signals=types.SimpleNamespace(connect=lambda *a, **k: None))


async def _items(results) -> list:
    """Everything a callback produced: a plain or an async generator, a coroutine, or None."""
    if results is None:
        return []
    if inspect.iscoroutine(results):
        results = await results
        return await _items(results)
    if hasattr(results, "__aiter__"):
        return [x async for x in results]
    return list(results)


def replay_archive(archive: str | Path, job: CrawlJob, items_dir: str | Path | None = None,
                   fetch_failures: Iterable[dict] = (), spider=None) -> ReplayResult:
    """Replay `archive` through a fresh AuditSpider for `job`; write the items (same JSON-lines
    writer as the crawl) into `items_dir` (default: job.items_dir). Returns counts and what
    was replayed or skipped. Callbacks run one at a time, in archive order, parsing inline."""
    return asyncio.run(_replay(archive, job, items_dir, fetch_failures, spider))


async def _replay(archive, job: CrawlJob, items_dir, fetch_failures, spider) -> ReplayResult:
    from .audit import AuditSpider

    started = time.perf_counter()
    items_dir = Path(items_dir or job.items_dir)
    update = {"items_dir": str(items_dir), "archive_path": None, "log_file": None}
    if "parse_workers" in type(job).model_fields:
        # One callback at a time: one worker, there only to bound a page's parse (a pathological
        # page of the archive becomes a `parse_timeout` row, as in the crawl, not a hang).
        update["parse_workers"] = 1
    job = job.model_copy(update=update)
    own_spider = spider is None
    spider = spider or AuditSpider(job=job)
    crawler = _shim_crawler(spider, job)
    if getattr(spider, "crawler", None) is None:  # callbacks may look at it (it has no engine here)
        spider.crawler = crawler
    decompress = HttpCompressionMiddleware(crawler=crawler)
    http_errors = HttpErrorMiddleware.from_crawler(crawler)
    pipeline = JsonLinesPipeline(str(items_dir), crawler=crawler)

    reader = ArchiveReader(archive)
    last_of_chain: dict[str, int] = {}
    exchanges = 0
    for ex in reader:  # pass 1: which response of each chain reached the spider
        last_of_chain[ex.chain] = ex.index
        exchanges += 1
    skipped: Counter = Counter()
    replayed = 0

    def emit(results: list) -> None:
        for out in (row for obj in results for row in unbundle(obj)):
            if type(out) in ITEM_TABLES:
                pipeline.process_item(out)
            # Requests (and anything else) are dropped: nothing is fetched on replay.

    await _items(spider.start())  # seeds become sources; their requests are dropped
    pipeline.open_spider()
    n_failures = 0
    try:
        for ex in reader:  # pass 2, same order as the crawl downloaded them
            reason = _skip_reason(ex, last_of_chain, spider)
            if reason:
                skipped[reason] += 1
                continue
            callback = getattr(spider, ex.callback)
            errback = getattr(spider, ex.errback, None) if ex.errback else None
            # the spider dates its rows from meta["fetched_at"]: the archived fetch time, not now
            meta = {**ex.meta, "source": ex.source or ex.meta.get("source"),
                    "fetched_at": _iso_seconds(ex.date)}
            request = Request(ex.url, meta=meta, callback=callback, errback=errback,
                              dont_filter=True)
            response = _response(ex, request)
            try:
                response = decompress.process_response(request, response)
            except IgnoreRequest:  # over the size cap once decompressed, as in the crawl
                skipped["too_large"] += 1
                continue
            _ensure_source(spider, ex)
            replayed += 1
            try:
                http_errors.process_spider_input(response)
            except HttpError as e:
                if errback is None:
                    continue
                failure = Failure(e)
                failure.request = request
                results = lambda: errback(failure)  # noqa: E731
            else:
                results = lambda: callback(response)  # noqa: E731
            try:
                emit(await _items(results()))
            except Exception as e:  # as in the crawl: a callback error loses that page only
                skipped["callback_error"] += 1
                spider.logger.warning("replay: %s on %s failed: %s", ex.callback, ex.url, e)
        for row in fetch_failures:
            n_failures += await _replay_failure(spider, row, pipeline)
    finally:
        pipeline.close_spider()
        if own_spider and getattr(spider, "pool", None) is not None:
            spider.pool.close()
    counts = json.loads((items_dir / "counts.json").read_text())
    return ReplayResult(items_dir=items_dir, counts=counts, exchanges=exchanges, replayed=replayed,
                        skipped=dict(skipped), fetch_failures=n_failures,
                        truncated=reader.truncated,
                        seconds=round(time.perf_counter() - started, 2))


def _skip_reason(ex: Exchange, last_of_chain: dict[str, int], spider) -> str | None:
    """Why an archived response did not reach a spider callback in the crawl (None: it did)."""
    if not ex.callback:
        return "not_spider_request"  # e.g. robots.txt read by Scrapy's robots middleware
    if not callable(getattr(spider, ex.callback, None)):
        return "unknown_callback"  # a callback the current spider no longer has
    if last_of_chain.get(ex.chain) != ex.index:
        return "superseded"  # redirected or retried: a later response of the chain went on
    if ex.truncated:
        return "too_large"
    meta = ex.meta
    allowed = meta.get("handle_httpstatus_all") or ex.status in meta.get("handle_httpstatus_list", ())
    if (ex.status in REDIRECT_STATUSES and not meta.get("dont_redirect") and not allowed
            and any(n.lower() == "location" for n, _ in ex.headers)):
        return "redirect_not_followed"  # its target was refused (robots, limit) or never came
    return None


def _response(ex: Exchange, request: Request):
    """The response object as Scrapy's HTTP handler builds it (class chosen from headers/body)."""
    headers = ex.header_map
    cls = responsetypes.from_args(headers=headers, url=ex.url, body=ex.body)
    return cls(url=ex.url, status=ex.status, headers=headers, body=ex.body, request=request,
               protocol=ex.protocol)


def _ensure_source(spider, ex: Exchange) -> None:
    """A response for a source the replayed spider does not know (the current parsers no longer
    find the link that led to it) still gets replayed, under a discovered source."""
    from ecoaudit.urls import home_of

    from .audit import SourceState

    sources = getattr(spider, "sources", None)
    host = ex.source
    if sources is None or not host or host in sources:
        return
    canonical = getattr(spider, "_canonical", lambda h: h)(host)
    if canonical in sources:
        return
    sources[host] = SourceState(host=host, source=home_of(ex.url), status="discovered", depth=1)


async def _replay_failure(spider, row: dict, pipeline: JsonLinesPipeline) -> int:
    """Write one fetch failure of the original crawl unchanged; let the spider see the URL as
    answered (its errback's own row is dropped: the original slug and message are kept)."""
    names = {f.name for f in dataclasses.fields(ErrorItem)}
    try:
        item = ErrorItem(**{k: v for k, v in row.items() if k in names})
    except TypeError:
        return 0
    pipeline.process_item(item)
    try:
        failure = Failure(IgnoreRequest(item.message))
        failure.request = Request(item.url, meta={"source": item.host})
        await _items(spider.on_error(failure))
    except Exception:  # bookkeeping only
        pass
    return 1


def fetch_failures(items_dir: str | Path) -> list[dict]:
    """The error rows of a run that no response explains (DNS, timeout, refused, robots.txt...):
    what an archive cannot hold."""
    path = Path(items_dir) / "errors.jsonl"
    if not path.exists():
        return []
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                if row.get("status_code") is None:
                    rows.append(row)
    return rows
