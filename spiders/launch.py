"""Start a crawl in a subprocess and judge it by what it produced, not by its exit code."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from ecoaudit.errors import StageError

from .job import CrawlJob


@dataclass
class CrawlResult:
    items_dir: Path
    counts: dict[str, int]
    stats: dict
    returncode: int
    seconds: float = 0.0  # wall time of the crawl subprocess

    @property
    def pages(self) -> int:
        return self.counts.get("pages", 0)

    @property
    def errors(self) -> int:
        return self.counts.get("errors", 0)


def run_crawl(job: CrawlJob, job_file: Path, timeout: float | None = None) -> CrawlResult:
    """Write the job, run `python -m spiders.crawl`, check it produced item files and stats.

    Raises StageError when the crawl crashed or wrote nothing; a crawl where every
    request failed is a valid result (its errors are rows).
    """
    job_file.parent.mkdir(parents=True, exist_ok=True)
    job_file.write_text(job.model_dump_json(indent=1), encoding="utf-8")
    items_dir = Path(job.items_dir)
    cmd = [sys.executable, "-m", "spiders.crawl", str(job_file)]
    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    started = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True,
                              timeout=timeout or job.max_run_seconds + 120)
    except subprocess.TimeoutExpired:
        raise StageError(f"crawl: no result after {timeout}s (job {job_file})") from None
    counts_file = items_dir / "counts.json"
    stats_file = items_dir / "crawl_stats.json"
    if not counts_file.exists() or not stats_file.exists():
        tail = " ".join((proc.stderr or "").strip().splitlines()[-1:])[:300]
        raise StageError(f"crawl: exited {proc.returncode} without results ({job.log_file}): {tail}")
    counts = json.loads(counts_file.read_text())
    stats = json.loads(stats_file.read_text())
    if counts.get("pages", 0) + counts.get("errors", 0) == 0:
        raise StageError(f"crawl: no page fetched and no error recorded (see {job.log_file})")
    return CrawlResult(items_dir, counts, stats, proc.returncode, time.perf_counter() - started)
