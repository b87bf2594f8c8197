"""`ecoaudit reextract`: re-parse an archived run with the current parsers, into a new run.

Fetch once, parse many: the crawl archived every response (runs/<id>/archive/crawl.warc.gz,
spiders/archive.py); `replay_run` replays it through the spider's callbacks offline
(spiders/replay.py) into the items of a NEW run `<id>-re<N>`, and `reextract` then runs
the rest of the audit flow (load, validate, transform, deliver) on that run. The original
run is only read.

`replay_run` needs neither Prefect nor the network; the tests call it directly.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from .config import AuditConfig
from .errors import ConfigError, StageError
from .workspace import Workspace, check_run_id

ARCHIVE = Path("archive") / "crawl.warc.gz"
REFERENCE = "archive.json"  # in a re-extracted run: which archive its items come from


@dataclass
class Reextraction:
    run_id: str  # the run re-extracted (read only)
    new_run_id: str
    archive: Path
    replay: object  # spiders.replay.ReplayResult

    @property
    def counts(self) -> dict[str, int]:
        return self.replay.counts


def find_archive(run_dir: Path) -> Path | None:
    """The WARC of a run: its own, or the one a re-extracted run refers to."""
    own = run_dir / ARCHIVE
    if own.is_file():
        return own
    ref = run_dir / REFERENCE
    if ref.is_file():
        try:
            target = Path(json.loads(ref.read_text(encoding="utf-8"))["archive"])
        except (ValueError, KeyError, TypeError):
            return None
        target = target if target.is_absolute() else (run_dir / target)
        if target.is_file():
            return target.resolve()
    return None


def next_run_id(ws: Workspace, run_id: str) -> str:
    """`<run_id>-re<N>`, the first N whose run folder does not exist yet."""
    n = 1
    while ws.run_dir(f"{run_id}-re{n}").exists():
        n += 1
    candidate = f"{run_id}-re{n}"
    try:
        return check_run_id(candidate)
    except ConfigError:
        raise ConfigError(f"run id {candidate!r} is too long: give one with --new-run-id") from None


def _status(ws: Workspace, run_id: str) -> str | None:
    """The run's status in the warehouse (None: unknown there)."""
    from . import warehouse

    if not ws.warehouse.exists():
        return None
    con = warehouse.connect(ws.warehouse, read_only=True)
    try:
        rows = con.execute("select status from runs where run_id = ?", [run_id]).fetchall()
    finally:
        con.close()
    return rows[0][0] if rows else None


def _job_for(cfg: AuditConfig, run_dir: Path, items_dir: Path):
    """The crawl job the archived run ran with (its budgets, since, seeds), for the new items."""
    from spiders.job import CrawlJob

    frozen = run_dir / "crawl_job.json"
    job = None
    if frozen.is_file():
        try:
            data = json.loads(frozen.read_text(encoding="utf-8"))
            known = set(CrawlJob.model_fields)
            job = CrawlJob.model_validate({k: v for k, v in data.items() if k in known})
        except Exception:  # written by another version: fall back to the config
            job = None
    if job is None:
        job = CrawlJob.from_config(cfg, items_dir=str(items_dir))
    return job.model_copy(update={"items_dir": str(items_dir), "log_file": None,
                                  "archive_path": None})


def replay_run(cfg: AuditConfig, workspace_root: Path, run_id: str,
               new_run_id: str | None = None) -> Reextraction:
    """Replay run `run_id`'s archive into the items of a new run; return what was written.

    ConfigError (exit 2): unknown run, no archive, new run id taken or invalid.
    """
    from spiders.replay import fetch_failures, replay_archive

    check_run_id(run_id)
    ws = Workspace(Path(workspace_root), cfg.slug)
    src = ws.run_dir(run_id)
    if not src.is_dir():
        raise ConfigError(f"run {run_id} of {cfg.slug} not found ({src})")
    archive = find_archive(src)
    if archive is None:
        raise ConfigError(f"run {run_id} has no archive ({src / ARCHIVE}): "
                          f"it was crawled before archiving existed; crawl again with `ecoaudit run`")
    new = check_run_id(new_run_id) if new_run_id else next_run_id(ws, run_id)
    if new == run_id:
        raise ConfigError(f"--new-run-id {new}: that is the run re-extracted; runs are never modified")
    dst = ws.run_dir(new)
    if (dst / ARCHIVE).exists() or _status(ws, new) == "delivered":
        raise ConfigError(f"run {new} already exists ({dst}); runs are never modified: "
                          f"choose another --new-run-id")
    items = ws.items_dir(new)
    items.mkdir(parents=True, exist_ok=True)
    job = _job_for(cfg, src, items)
    (dst / "crawl_job.json").write_text(job.model_dump_json(indent=1), encoding="utf-8")
    result = replay_archive(archive, job, items, fetch_failures(ws.items_dir(run_id)))
    ref = {"archive": os.path.relpath(archive, dst), "reextracted_from": run_id,
           "replay": {k: v for k, v in result.as_dict().items() if k != "items_dir"}}
    (dst / REFERENCE).write_text(json.dumps(ref, indent=1), encoding="utf-8")
    if result.counts.get("pages", 0) + result.counts.get("errors", 0) == 0:
        raise StageError(f"reextract: the archive of run {run_id} ({archive}) gave no page "
                         f"and no error")
    return Reextraction(run_id, new, archive, result)


def reextract(toml: Path, workspace: Path | None, run_id: str, new_run_id: str | None = None):
    """Replay run `run_id` into a new run, then load, validate, transform and deliver it.

    Returns (Reextraction, AuditResult).
    """
    from . import warehouse
    from .config import load_config
    from .runner import client_session, client_workspace, flow_api

    cfg = load_config(toml)
    ws = client_workspace(cfg, workspace)
    root = ws.root
    with client_session(cfg, ws, new_run_id or f"re-extraction of {run_id}"):
        done = replay_run(cfg, root, run_id, new_run_id)
        with flow_api(ws):
            from flows.audit import audit_flow

            result = audit_flow(cfg, root, done.new_run_id, skip_crawl=True)
    con = warehouse.connect(ws.warehouse)
    try:  # where this run's raw data came from, next to the crawl stats of crawled runs
        warehouse.record_run(con, done.new_run_id, crawl_stats_json={
            "reextracted_from": run_id, "counts": done.counts,
            "replay": {k: v for k, v in done.replay.as_dict().items() if k != "items_dir"}})
    finally:
        con.close()
    return done, result
