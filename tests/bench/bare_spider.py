"""A bare Scrapy spider fetching a list of URLs and doing nothing else: the speed reference.

    python -m tests.bench.bare_spider URLS.txt CONCURRENCY PER_HOST STATS.json
"""
from __future__ import annotations

import json
import resource
import sys
import time

import scrapy
from scrapy.crawler import CrawlerProcess


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, urls=(), **kw):
        super().__init__(**kw)
        self.urls = list(urls)
        self.responses = 0

    async def start(self):
        self.cpu_at_start = _cpu()  # interpreter and Scrapy start-up
        self.started = time.perf_counter()  # timed like the audit crawl: from the spider's start
        for url in self.urls:
            yield scrapy.Request(url, callback=self.parse, errback=self.failed, dont_filter=True,
                                 meta={"handle_httpstatus_all": True})

    def parse(self, response):
        self.responses += 1
        return None

    def failed(self, failure):
        return None

    def closed(self, reason):
        self.finished = time.perf_counter()


def main() -> None:
    urls_file, concurrency, per_host, stats_file = sys.argv[1:5]
    urls = [u for u in open(urls_file, encoding="utf-8").read().split() if u]
    settings = {
        "CONCURRENT_REQUESTS": int(concurrency), "CONCURRENT_REQUESTS_PER_DOMAIN": int(per_host),
        "DOWNLOAD_DELAY": 0, "ROBOTSTXT_OBEY": False, "AUTOTHROTTLE_ENABLED": False,
        "COOKIES_ENABLED": False, "TELNETCONSOLE_ENABLED": False, "LOG_LEVEL": "WARNING",
        "RETRY_ENABLED": False, "REDIRECT_ENABLED": True,
        "SCHEDULER_PRIORITY_QUEUE": "scrapy.pqueues.DownloaderAwarePriorityQueue",
    }
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(BareSpider)
    t0 = time.perf_counter()
    process.crawl(crawler, urls=urls)
    process.start()
    seconds = crawler.spider.finished - crawler.spider.started
    assert seconds <= time.perf_counter() - t0
    stats = crawler.stats.get_stats()
    json.dump({"seconds": seconds, "responses": stats.get("downloader/response_count", 0),
               "cpu_seconds": _cpu(), "cpu_seconds_startup": crawler.spider.cpu_at_start},
              open(stats_file, "w"))


if __name__ == "__main__":
    main()
