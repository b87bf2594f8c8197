"""What one crawl is asked to do: written by the flow as JSON, read by the crawl subprocess."""
from __future__ import annotations

import csv
import os

from pydantic import ConfigDict, Field

from ecoaudit.config import AuditConfig, CrawlSettings, check_url
from ecoaudit.resources import sql_dir


class CrawlJob(CrawlSettings):
    """Validated spider arguments (a bad job fails before any request is made).

    The settings shared with the TOML's [crawl] come from `CrawlSettings`; below, the job-only fields
    and those whose type or bounds differ from `CrawlConfig`'s."""

    model_config = ConfigDict(extra="forbid")

    seeds: list[str] = Field(min_length=1)
    items_dir: str
    log_file: str | None = None
    archive_path: str | None = None  # WARC of every response (spiders/archive.py); None: no archive
    max_discovered_sources: int = Field(200, ge=0)
    max_aux_per_source: int = Field(30, ge=0)  # robots, feeds, sitemaps: not counted as pages
    since: str | None = None  # ISO date (CrawlConfig.since is a date)
    user_agent: str = "Mozilla/5.0 (compatible; ecoaudit/0.1)"  # resolved (CrawlConfig's may be None)
    max_run_seconds: int = 3 * 3600  # no lower bound here: tests run crawls capped at a few seconds
    per_host_concurrency: int = Field(1, ge=1, le=32)  # 1 is polite; benchmarks raise it
    parse_workers: int = Field(0, ge=0, le=64)  # processes parsing pages beside the reactor; 0: inline
    retry_times: int = 1
    # refusals (401, 403, 429) in a row after which a host is asked no more (spiders/wallguard.py); 0: never
    max_refusals_in_row: int = Field(5, ge=0)
    # Re-crawls: what the previous run knew (spiders/audit.py sends validators back, skips old posts).
    previous_run: str | None = None
    known_file: str | None = None
    # The map: prospects to crawl this run (home URLs, best first; `prospect_top` of the previous run's
    # `prospects`), and hosts the consultant excluded (status OUT): linked to, never crawled as discovered.
    prospects: list[str] = Field(default_factory=list)
    excluded_hosts: list[str] = Field(default_factory=list)
    # Hosts never crawled as discovered sources (share buttons, platform credits, profile services), and
    # the platforms whose sub-domains are their users' sites: sql/seeds, read by `from_config`.
    ignored_link_hosts: list[str] = Field(default_factory=list)
    user_site_platforms: list[str] = Field(default_factory=list)

    def model_post_init(self, __context) -> None:
        self.seeds = [check_url(u) for u in self.seeds]
        self.prospects = [check_url(u) for u in self.prospects]

    @classmethod
    def from_config(cls, cfg: AuditConfig, items_dir: str, log_file: str | None = None,
                    archive_path: str | None = None) -> "CrawlJob":
        """The crawl job for an audit: seeds and politeness from the TOML."""
        from ecoaudit import __version__

        c = cfg.crawl
        contact = c.contact_url or "https://ecoaudit.invalid/about-this-crawler"
        ua = c.user_agent or f"Mozilla/5.0 (compatible; ecoaudit/{__version__}; +{contact})"
        return cls(
            **c.model_dump(include=set(CrawlSettings.model_fields)),
            seeds=cfg.seed_urls(),
            items_dir=items_dir,
            log_file=log_file,
            archive_path=archive_path,
            since=c.since.isoformat() if c.since else None,
            user_agent=ua,
            max_run_seconds=c.max_run_seconds,
            parse_workers=os.cpu_count() or 1,
            **link_host_seeds(),
        )


def link_host_seeds() -> dict[str, list[str]]:
    """The seeds that say which linked hosts are no source (the SQL's own: `int_url_entities`)."""
    seeds = sql_dir() / "seeds"
    with open(seeds / "ignored_link_hosts.csv", encoding="utf-8", newline="") as f:
        ignored = sorted({row["host"].strip().lower() for row in csv.DictReader(f) if row["host"].strip()})
    with open(seeds / "entity_rules.csv", encoding="utf-8", newline="") as f:
        users = sorted({row["host"].strip().lower() for row in csv.DictReader(f) if row["path_segments"].strip() == "0"})
    return {"ignored_link_hosts": ignored, "user_site_platforms": users}
