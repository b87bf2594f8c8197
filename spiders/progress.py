"""What the crawl is doing, for whoever watches it: `<items_dir>/progress.json`, rewritten every few
seconds and at the end (pages fetched in total and per source, errors, requests still queued).

The crawl runs in a subprocess; the parent (spiders/launch.py) reads the file and shows it. A file, not
a pipe: it costs the reactor nothing between writes, and a crash leaves the last state readable.
"""
from __future__ import annotations

import json
import os
import time
from collections import Counter
from pathlib import Path

from scrapy import signals
from twisted.internet import task

from .items import ErrorItem, unbundle

INTERVAL_SECONDS = 2.0


class CrawlProgress:
    """Scrapy extension: counts responses and error rows per source and writes them as JSON."""

    def __init__(self, crawler, path: Path, max_run_seconds: float | None):
        self.crawler = crawler
        self.path = path
        self.max_run_seconds = max_run_seconds
        self.fetched: Counter[str] = Counter()
        self.errors: Counter[str] = Counter()
        self.started = time.monotonic()
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler):
        items_dir = crawler.settings.get("ECOAUDIT_ITEMS_DIR")
        if not items_dir:
            from scrapy.exceptions import NotConfigured

            raise NotConfigured("no items dir")
        ext = cls(crawler, Path(items_dir) / "progress.json", crawler.settings.getfloat("CLOSESPIDER_TIMEOUT") or None)
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.response, signal=signals.response_received)
        crawler.signals.connect(ext.item, signal=signals.item_scraped)
        return ext

    def opened(self, spider):
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.write, spider)
        self.loop.start(INTERVAL_SECONDS, now=True)

    def closed(self, spider, reason):
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        self.write(spider, finished=reason)

    def response(self, response, request, spider):
        self.fetched[request.meta.get("source") or ""] += 1

    def item(self, item, response, spider):
        for row in unbundle(item):
            if isinstance(row, ErrorItem):
                self.errors[row.host or ""] += 1

    def snapshot(self, spider, finished: str | None = None) -> dict:
        stats = self.crawler.stats
        queued = (stats.get_value("scheduler/enqueued") or 0) - (stats.get_value("scheduler/dequeued") or 0)
        sources = getattr(spider, "sources", {}) or {}
        return {
            "elapsed": round(time.monotonic() - self.started, 1),
            "max_run_seconds": self.max_run_seconds,
            "pages": sum(self.fetched.values()),
            "errors": sum(self.errors.values()),
            "queued": max(queued, 0),
            "sources": len(sources),
            "sources_crawled": sum(1 for s in sources.values() if getattr(s, "crawled", False)),
            "per_source": {h: {"fetched": self.fetched.get(h, 0), "errors": self.errors.get(h, 0)}
                           for h in sorted(set(self.fetched) | set(self.errors)) if h},
            "finished": finished,
        }

    def write(self, spider, finished: str | None = None) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(self.snapshot(spider, finished)), encoding="utf-8")
            os.replace(tmp, self.path)  # the reader never sees half a file
        except OSError:
            pass  # progress is for display: a full disk shows up in the crawl's own rows
