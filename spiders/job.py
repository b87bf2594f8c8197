"""What one crawl is asked to do: written by the flow as JSON, read by the crawl subprocess."""
from __future__ import annotations

import os

from pydantic import BaseModel, ConfigDict, Field

from ecoaudit.config import AuditConfig, check_url


class CrawlJob(BaseModel):
    """Validated spider arguments (a bad job fails before any request is made)."""

    model_config = ConfigDict(extra="forbid")

    seeds: list[str] = Field(min_length=1)
    items_dir: str
    log_file: str | None = None
    archive_path: str | None = None  # WARC of every response (spiders/archive.py); None: no archive
    max_pages_per_source: int = Field(300, ge=1)
    delay_seconds: float = Field(1.0, ge=0)
    obey_robots: bool = True
    autothrottle: bool = True
    max_crawl_delay: float = Field(30.0, ge=0)  # a robots.txt Crawl-delay is obeyed up to this
    discover: bool = True
    discover_depth: int = Field(1, ge=0)
    max_discovered_sources: int = Field(200, ge=0)
    max_aux_per_source: int = Field(30, ge=0)  # robots, feeds, sitemaps: not counted as pages
    since: str | None = None  # ISO date
    user_agent: str = "Mozilla/5.0 (compatible; ecoaudit/0.1)"
    timeout_seconds: float = 30
    max_response_bytes: int = 5_000_000
    max_run_seconds: int = 3 * 3600
    concurrent_requests: int = 16
    per_host_concurrency: int = Field(1, ge=1, le=32)  # 1 is polite; benchmarks raise it
    parse_workers: int = Field(0, ge=0, le=64)  # processes parsing pages beside the reactor; 0: inline
    retry_times: int = 1
    # Re-crawls: what the previous run knew (spiders/audit.py sends validators back, skips old posts).
    previous_run: str | None = None
    known_file: str | None = None
    refresh_days: int = Field(30, ge=0)  # posts younger than this are re-checked for new comments
    allow_private_addresses: bool = False  # see CrawlConfig: loopback/private/reserved refused otherwise
    parse_timeout_seconds: float = Field(30, gt=0)  # a page parsed longer becomes a `parse_timeout` error row

    def model_post_init(self, __context) -> None:
        self.seeds = [check_url(u) for u in self.seeds]

    @classmethod
    def from_config(cls, cfg: AuditConfig, items_dir: str, log_file: str | None = None,
                    archive_path: str | None = None) -> "CrawlJob":
        """The crawl job for an audit: seeds and politeness from the TOML."""
        from ecoaudit import __version__

        c = cfg.crawl
        contact = c.contact_url or "https://ecoaudit.invalid/about-this-crawler"
        ua = c.user_agent or f"Mozilla/5.0 (compatible; ecoaudit/{__version__}; +{contact})"
        return cls(
            seeds=cfg.seed_urls(),
            items_dir=items_dir,
            log_file=log_file,
            archive_path=archive_path,
            max_pages_per_source=c.max_pages_per_source,
            delay_seconds=c.delay_seconds,
            obey_robots=c.obey_robots,
            autothrottle=c.autothrottle,
            max_crawl_delay=c.max_crawl_delay,
            discover=c.discover,
            discover_depth=c.discover_depth,
            since=c.since.isoformat() if c.since else None,
            user_agent=ua,
            timeout_seconds=c.timeout_seconds,
            max_response_bytes=c.max_response_bytes,
            max_run_seconds=c.max_run_seconds,
            concurrent_requests=c.concurrent_requests,
            refresh_days=c.refresh_days,
            allow_private_addresses=c.allow_private_addresses,
            parse_timeout_seconds=c.parse_timeout_seconds,
            parse_workers=os.cpu_count() or 1,
        )
