"""Run one audit crawl in this process: `python -m spiders.crawl JOB.json`.

The flow calls this in a subprocess because Twisted's reactor cannot restart
within one Python process. Results are the JSON-lines files in the job's items_dir
and `crawl_stats.json`; the exit code says little (Scrapy exits 0 when every
request failed), so the caller checks counts and stats.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from scrapy.crawler import CrawlerProcess

from .audit import AuditSpider
from .job import CrawlJob
from .settings import crawl_settings


def run(job: CrawlJob) -> None:
    """Crawl and block until done."""
    if job.parse_workers == 0:
        # Inline parsing cannot be interrupted inside the reactor: one pathological page would
        # hold the crawl past max_run_seconds. A real crawl always parses in a pool, bounded.
        job = job.model_copy(update={"parse_workers": 1})
    Path(job.items_dir).mkdir(parents=True, exist_ok=True)
    process = CrawlerProcess(crawl_settings(job), install_root_handler=job.log_file is not None)
    process.crawl(AuditSpider, job=job)
    process.start()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m spiders.crawl JOB.json", file=sys.stderr)
        return 2
    try:
        job = CrawlJob.model_validate(json.loads(Path(argv[0]).read_text(encoding="utf-8")))
    except Exception as e:
        print(f"{argv[0]}: invalid crawl job: {' '.join(str(e).split())[:300]}", file=sys.stderr)
        return 2
    run(job)
    return 0


if __name__ == "__main__":
    sys.exit(main())
