"""Scrapy settings for an audit crawl: polite by default, bounded everywhere."""
from __future__ import annotations

from .job import CrawlJob

# Scrapy's default extensions the crawl does without. Kept: CoreStats (crawl_stats.json), LogCount,
# CloseSpider (CLOSESPIDER_TIMEOUT) and AutoThrottle.
UNUSED_EXTENSIONS = ("telnet.TelnetConsole", "remote_control.RemoteControl", "memusage.MemoryUsage",
                     "memdebug.MemoryDebugger", "feedexport.FeedExporter", "logstats.LogStats",
                     "spiderstate.SpiderState")


def crawl_settings(job: CrawlJob) -> dict:
    """Settings for one crawl job (per-host concurrency 1, robots.txt, caps on size and time)."""
    return {
        "BOT_NAME": "ecoaudit",
        "USER_AGENT": job.user_agent,
        "ROBOTSTXT_OBEY": job.obey_robots,
        "CONCURRENT_REQUESTS": job.concurrent_requests,
        "CONCURRENT_REQUESTS_PER_DOMAIN": job.per_host_concurrency,
        "DOWNLOAD_DELAY": job.delay_seconds,
        "RANDOMIZE_DOWNLOAD_DELAY": True,
        # Slow down further when a host answers slowly; never faster than DOWNLOAD_DELAY.
        "AUTOTHROTTLE_ENABLED": job.autothrottle,
        "AUTOTHROTTLE_START_DELAY": job.delay_seconds,
        "AUTOTHROTTLE_MAX_DELAY": max(60.0, job.delay_seconds),
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
        # Broad crawls: don't let one big host's queue starve the others.
        "SCHEDULER_PRIORITY_QUEUE": "scrapy.pqueues.DownloaderAwarePriorityQueue",
        # First in, first out within a priority (Scrapy's default is last in, first out): the
        # budget is spent as listings are read, and a home's pager links run from the newest page to
        # the oldest. Read last first, the budget went to a site's oldest posts (docs/architecture.md).
        "SCHEDULER_MEMORY_QUEUE": "scrapy.squeues.FifoMemoryQueue",
        "DOWNLOAD_TIMEOUT": job.timeout_seconds,
        "DOWNLOAD_MAXSIZE": job.max_response_bytes,
        "DOWNLOAD_WARNSIZE": 0,
        "RETRY_TIMES": job.retry_times,
        "REDIRECT_MAX_TIMES": 5,
        "COOKIES_ENABLED": False,
        # Only the extensions the crawl uses: no telnet console, no remote-control HTTP endpoint
        # (it runs Python and leaves a token file in the user's state folder), no memory watch.
        # spiders/progress.py writes items/progress.json for the parent's progress display.
        "EXTENSIONS": {**{f"scrapy.extensions.{name}": None for name in UNUSED_EXTENSIONS},
                       "spiders.progress.CrawlProgress": 900},
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,
        "MEMUSAGE_ENABLED": False,
        # Refuse loopback/private/reserved addresses unless the job allows them (spiders/netguard.py):
        # the middleware checks every request's host (redirects too), the resolver what names resolve to.
        "ECOAUDIT_ALLOW_PRIVATE_ADDRESSES": job.allow_private_addresses,
        "TWISTED_DNS_RESOLVER": "spiders.netguard.GuardedResolver",
        "CLOSESPIDER_TIMEOUT": job.max_run_seconds,
        "DEPTH_LIMIT": 50,  # listing pages chain; budget per source is the real bound
        "ITEM_PIPELINES": {"spiders.pipelines.JsonLinesPipeline": 800},
        # A response's rows come as one Bundle and the pipeline is synchronous: nothing to run
        # in parallel. Scrapy starts CONCURRENT_ITEMS asyncio tasks per response whatever it
        # yields (100 by default: a fifth of the reactor's time in this crawl, measured).
        "CONCURRENT_ITEMS": 1,
        "ECOAUDIT_ITEMS_DIR": job.items_dir,
        # The raw archive (WARC) of every response; the middleware is off when the path is None.
        "DOWNLOADER_MIDDLEWARES": {"spiders.netguard.NetGuardMiddleware": 40,  # before robots.txt
                                   # a host that keeps refusing (403, 429) is asked no more
                                   "spiders.wallguard.WallGuardMiddleware": 45,
                                   "spiders.archive.WarcArchiveMiddleware": 950},
        "ECOAUDIT_MAX_REFUSALS_IN_ROW": job.max_refusals_in_row,
        "ECOAUDIT_ARCHIVE": job.archive_path,
        "LOG_LEVEL": "INFO",
        "LOG_FILE": job.log_file,
        "LOG_FILE_APPEND": False,
        "LOGSTATS_INTERVAL": 0,
    }
