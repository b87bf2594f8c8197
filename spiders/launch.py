"""Start a crawl in a subprocess and judge it by what it produced, not by its exit code.

The crawl runs in its own process group, which dies with this process (ecoaudit.procs): a
Ctrl-C reaches ecoaudit, which stops the group; a killed run leaves no crawl or parse worker
behind. The time cap holds: Scrapy closes the spider at `max_run_seconds`; a crawl still
alive a minute later is stopped, and what it wrote is kept as a partial crawl.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ecoaudit.errors import StageError
from ecoaudit.procs import USER_NO_PROXY, popen_child, stop_group

from .job import CrawlJob

# Beyond max_run_seconds, how long a crawl may take to close before it is stopped.
CLOSE_GRACE_SECONDS = 60
# Less free space than this on the items' disk after a crawl failed: the disk filled up.
DISK_FULL_BYTES = 1 << 20


@dataclass
class CrawlResult:
    items_dir: Path
    counts: dict[str, int]
    stats: dict
    returncode: int
    seconds: float = 0.0  # wall time of the crawl subprocess
    cut: str | None = None  # why the crawl stopped early (time cap), None if it ran to its end
    extra: dict = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return self.counts.get("pages", 0)

    @property
    def errors(self) -> int:
        return self.counts.get("errors", 0)


def crawl_env() -> dict[str, str]:
    """The crawl's environment: the user's proxies exactly as given (the addresses the CLI
    added to no_proxy for its own local services are not the crawl's business). From a source
    checkout the repository root goes first on PYTHONPATH, so the child imports this tree's `spiders`
    and `ecoaudit`; an installed package imports them from the interpreter's site-packages as is."""
    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ)
    if USER_NO_PROXY in env:
        user = env.pop(USER_NO_PROXY)
        for k in ("no_proxy", "NO_PROXY"):
            if user:
                env[k] = user
            else:
                env.pop(k, None)
    if (root / "pyproject.toml").is_file():  # a source checkout (or an editable install of it)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    return env


def run_crawl(job: CrawlJob, job_file: Path, timeout: float | None = None,
              on_progress: Callable[[dict], None] | None = None) -> CrawlResult:
    """Write the job, run `python -m spiders.crawl`, check it produced item files and stats.

    Raises StageError when the crawl crashed or wrote nothing; a crawl where every
    request failed is a valid result (its errors are rows). `timeout` (default
    max_run_seconds + a minute) bounds the subprocess's wall time. `on_progress` gets each new
    state the crawl writes to `items/progress.json` (spiders/progress.py).
    """
    job_file.parent.mkdir(parents=True, exist_ok=True)
    job_file.write_text(job.model_dump_json(indent=1), encoding="utf-8")
    items_dir = Path(job.items_dir)
    root = Path(__file__).resolve().parent.parent
    cap = timeout if timeout is not None else job.max_run_seconds + CLOSE_GRACE_SECONDS
    stderr_path = job_file.with_name("crawl_stderr.txt")
    started = time.perf_counter()
    stopped = False
    with stderr_path.open("w", encoding="utf-8") as stderr:
        proc = popen_child([sys.executable, "-m", "spiders.crawl", str(job_file)], cwd=root,
                           env=crawl_env(), stdin=None, stdout=stderr, stderr=stderr)
        try:
            progress = _ProgressReader(items_dir / "progress.json", on_progress)
            while proc.poll() is None:
                if time.perf_counter() - started > cap:
                    stopped = True
                    stop_group(proc, grace=20)  # SIGTERM: Scrapy closes and writes what it has
                    break
                progress.poll()
                time.sleep(0.1)
            progress.poll(force=True)
        finally:
            stop_group(proc, grace=5)  # interrupted, or workers left behind: nothing survives
    seconds = time.perf_counter() - started
    counts_file = items_dir / "counts.json"
    stats_file = items_dir / "crawl_stats.json"
    if not counts_file.exists() or not stats_file.exists():
        _raise_if_disk_full(items_dir, stderr_path)
        if stopped:
            raise StageError(f"crawl: stopped after {seconds:.0f} s (max_run_seconds "
                             f"{job.max_run_seconds}) without results; see {job.log_file or stderr_path}")
        tail = " ".join(_tail(stderr_path).splitlines()[-1:])[:300]
        raise StageError(f"crawl: exited {proc.returncode} without results "
                         f"({job.log_file or stderr_path}){': ' + tail if tail else ''}")
    counts = _read_result(counts_file, stderr_path)
    stats = _read_result(stats_file, stderr_path)
    if counts.get("pages", 0) + counts.get("errors", 0) == 0:
        raise StageError(f"crawl: no page fetched and no error recorded (see {job.log_file or stderr_path})")
    cut = None
    if stopped or stats.get("finish_reason") in ("closespider_timeout", "shutdown"):
        cut = f"time cap reached (max_run_seconds = {job.max_run_seconds})"
    return CrawlResult(items_dir, counts, stats, proc.returncode, seconds, cut)


def _read_result(path: Path, stderr_path: Path) -> dict:
    """A result file the crawl wrote; a truncated one (the disk filled as it was written) is one line."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        _raise_if_disk_full(path.parent, stderr_path)
        raise StageError(f"{path}: the crawl's result file is unreadable ({e}); see {stderr_path}") from None


def _raise_if_disk_full(folder: Path, stderr_path: Path) -> None:
    """The crawl's own words or the disk itself say it filled up: say so, not what broke after."""
    try:
        full = shutil.disk_usage(folder).free < DISK_FULL_BYTES
    except OSError:
        full = False
    if full or "no space left" in _tail(stderr_path).lower():
        raise StageError(f"{folder}: no space left on device during the crawl; free some space and "
                         f"run again (earlier runs are intact)")


def _tail(path: Path, size: int = 4000) -> str:
    try:
        with path.open("rb") as f:
            f.seek(max(0, path.stat().st_size - size))
            return f.read().decode("utf-8", "replace").strip()
    except OSError:
        return ""


class _ProgressReader:
    """Hands each new state of the crawl's progress file to a callback, at most once a second."""

    def __init__(self, path: Path, callback: Callable[[dict], None] | None):
        self.path, self.callback = path, callback
        self.seen: float | None = None
        self.checked = 0.0

    def poll(self, force: bool = False) -> None:
        now = time.monotonic()
        if self.callback is None or (not force and now - self.checked < 1.0):
            return
        self.checked = now
        try:
            mtime = self.path.stat().st_mtime
            if mtime == self.seen:
                return
            state = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return  # not written yet
        self.seen = mtime
        self.callback(state)
