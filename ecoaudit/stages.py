"""The audit's stages as plain functions: the Prefect tasks and the tests call these.

Each stage reads what the previous one wrote (files in the run folder, tables in
the warehouse) and can be re-run alone. A failed stage raises and leaves earlier
runs and this run's raw data in place.
"""
from __future__ import annotations

import json
import platform
import shutil
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from . import progress, warehouse
from .config import AuditConfig
from .errors import ConfigError, ValidationFailed
from .workspace import Workspace

VERSIONED = ("ecoaudit", "scrapy", "prefect", "duckdb", "polars", "great-expectations",
             "trafilatura")


@dataclass
class RunContext:
    """Everything a stage needs to find its inputs and outputs."""

    cfg: AuditConfig
    ws: Workspace
    run_id: str
    cut: str | None = None  # why the crawl stopped before its end (time cap): the run is `partial`
    seeds: list[str] | None = None  # the seeds the run read (re-rendering); None: the config's

    def seed_urls(self) -> list[str]:
        return self.seeds if self.seeds is not None else self.cfg.seed_urls()

    @property
    def run_dir(self) -> Path:
        return self.ws.run_dir(self.run_id)

    @property
    def items_dir(self) -> Path:
        return self.ws.items_dir(self.run_id)

    def connect(self):
        w = self.cfg.warehouse
        return warehouse.connect(self.ws.warehouse, memory_limit=w.memory_limit, threads=w.threads)


def versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for name in VERSIONED:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return out


def prepare(cfg: AuditConfig, workspace_root: Path, run_id: str) -> RunContext:
    """Create the run folder, freeze the config and record the run."""
    ctx = RunContext(cfg, Workspace(Path(workspace_root), cfg.slug), run_id)
    status = None
    if ctx.ws.warehouse.exists():
        with warehouse.connect(ctx.ws.warehouse) as con:
            rows = con.execute("select status from runs where run_id = ?", [run_id]).fetchall()
            status = rows[0][0] if rows else None
    if status == "delivered":
        raise ConfigError(f"run {run_id} of {cfg.slug} is already delivered "
                          f"({ctx.run_dir}); runs are never modified: choose another --run-id")
    ctx.run_dir.mkdir(parents=True, exist_ok=True)
    for stale in ("error.txt", *DELIVERABLES):  # from an earlier attempt under this run id
        _remove(ctx.run_dir / stale)
    if cfg.path and cfg.path.exists():
        shutil.copyfile(cfg.path, ctx.run_dir / "audit.toml")
    (ctx.run_dir / "seeds.txt").write_text("\n".join(cfg.seed_urls()) + "\n", encoding="utf-8")
    (ctx.run_dir / "versions.json").write_text(json.dumps(versions(), indent=1))
    with ctx.connect() as con:
        warehouse.record_run(con, run_id, client=cfg.client.name, status="started",
                             started_at=warehouse.now_utc(), versions_json=versions(),
                             config_json=cfg.model_dump(mode="json"))
    return ctx


# What a delivered run hands over; a run that ends otherwise keeps none of them.
DELIVERABLES = ("report.html", "report.pdf", "sources.csv", "changes.csv", "ecosystem.gexf", "sources.xlsx", "sheets",
                "deliverables.json", "report_pdf_error.txt", "alerts.json")


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    elif path.exists():
        path.unlink()


def write_error(run_dir: Path, reason: str) -> None:
    """runs/<id>/error.txt: why the run did not deliver (nothing if the folder is gone or the disk
    full: the reason is in the warehouse, if it can be written)."""
    try:
        if run_dir.is_dir():
            (run_dir / "error.txt").write_text(reason + "\n", encoding="utf-8")
    except OSError:
        pass


def mark(ctx: RunContext, status: str, error: str | None = None) -> None:
    """Record the run's final state; `failed` and `interrupted` runs deliver nothing (a half
    written report must not pass for one) and say why in runs/<id>/error.txt."""
    if status in ("failed", "interrupted"):
        for name in DELIVERABLES:
            try:
                _remove(ctx.run_dir / name)
            except OSError:
                pass
        if error:
            write_error(ctx.run_dir, error)
    with ctx.connect() as con:
        warehouse.record_run(con, ctx.run_id, status=status, finished_at=warehouse.now_utc(),
                             reason=error if status != "delivered" else None)


def explain_failure(ctx: RunContext, e: BaseException):
    """One-line error for a DuckDB or file-system failure during a stage."""
    from .workspace import os_error

    if isinstance(e, OSError):
        return os_error(ctx.run_dir, e)
    return warehouse.explain(ctx.ws.warehouse, e)


def crawl(ctx: RunContext):
    """Crawl the seeds in a subprocess into `runs/<id>/items/`."""
    progress.stage("crawl")
    from spiders.job import CrawlJob
    from spiders.launch import run_crawl

    job = CrawlJob.from_config(ctx.cfg, items_dir=str(ctx.items_dir),
                               log_file=str(ctx.run_dir / "crawl.log"),
                               archive_path=str(ctx.run_dir / "archive" / "crawl.warc.gz"))
    with ctx.connect() as con:
        previous = warehouse.latest_run(con, before=ctx.run_id)
        if previous and ctx.cfg.crawl.incremental:
            known = ctx.run_dir / "known.jsonl"
            warehouse.known_pages(con, previous, known)
            job.previous_run, job.known_file = previous, str(known)
        # The map: the previous run's best prospects are crawled; excluded sites never are.
        if previous:
            job.prospects = warehouse.top_prospects(con, previous, ctx.cfg.crawl.prospect_top)
        job.excluded_hosts = warehouse.excluded_hosts(con)
    result = run_crawl(job, ctx.run_dir / "crawl_job.json", on_progress=progress.crawl_callback())
    ctx.cut = result.cut
    with ctx.connect() as con:
        warehouse.record_run(con, ctx.run_id, status="crawled",
                             crawl_stats_json={"counts": result.counts, "stats": result.stats,
                                               "seconds": round(result.seconds, 2),
                                               "cut": result.cut})
    return result


def load(ctx: RunContext) -> dict[str, int]:
    """Load the run's item files into the raw tables (idempotent)."""
    progress.stage("load")
    with ctx.connect() as con:
        counts = warehouse.load_run(con, ctx.run_id, ctx.items_dir)
        warehouse.record_run(con, ctx.run_id, status="loaded")
        return counts


def validate(ctx: RunContext, stage: str) -> None:
    """Run the Great Expectations suites of a stage; raise ValidationFailed with the failures."""
    progress.stage("validate")
    from expectations.validate import validate_stage

    with ctx.connect() as con:
        report = validate_stage(con, ctx.run_id, stage)
    out = ctx.run_dir / f"validation_{stage}.txt"
    lines = report.summary_lines()
    out.write_text("\n".join(lines) + "\n" if lines else "ok\n", encoding="utf-8")
    if not report.success:
        raise ValidationFailed(f"{stage} data failed validation ({out}): " + lines[0]
                               + (f" (+{len(lines) - 1} more)" if len(lines) > 1 else ""))


def transform(ctx: RunContext) -> None:
    """Seeds, SQL models, SQL audits and the contract's checks; one returning rows fails the run."""
    progress.stage("transform")
    from . import ecosystem, sqlrun

    with ctx.connect() as con:
        sqlrun.ensure_overrides(con)
        sqlrun.write_taxonomy(con, ctx.run_id, ctx.cfg.themes, ctx.cfg.brands)
        sqlrun.load_seeds(con)
        sqlrun.run_models(con, ctx.run_id)
        # the ecosystem_nodes mart (networkx), before the checks, which cover it too
        ecosystem.compute(con, ctx.run_id)
        problems = {f"sql/audits/{name}.sql": df
                    for name, df in sqlrun.run_audits(con, ctx.run_id).items() if df.height}
        # the model tests of sql/marts/_marts.yml (grain, not_null, accepted_values)
        problems |= {f"contract check {name}": df
                     for name, df in sqlrun.run_contract_checks(con, ctx.run_id).items() if df.height}
        warehouse.record_run(con, ctx.run_id, status="transformed")
    if problems:
        lines = [f"{name} returned {df.height} rows, e.g. {df.row(0)}"
                 for name, df in problems.items()]
        (ctx.run_dir / "audits.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        raise ValidationFailed(lines[0] + (f" (+{len(lines) - 1} more)" if len(lines) > 1 else ""))


def export(ctx: RunContext) -> tuple[Path, Path]:
    """sources.csv, sources.xlsx and the workbook's tables as sheets/*.csv in the run folder, the
    ecosystem's graph as ecosystem.gexf; after a client's first run, changes.csv (what changed since the
    previous delivered run)."""
    progress.stage("export")
    from reports.changes import write_changes_csv
    from reports.export import write_sources_csv, write_sources_xlsx
    from reports.gexf import write_gexf

    with ctx.connect() as con:
        csv_path = ctx.run_dir / "sources.csv"
        xlsx_path = ctx.run_dir / "sources.xlsx"
        write_sources_csv(con, ctx.run_id, csv_path, language=ctx.cfg.client.language)
        write_gexf(con, ctx.run_id, ctx.run_dir / "ecosystem.gexf")
        write_changes_csv(con, ctx.run_id, ctx.run_dir / "changes.csv", language=ctx.cfg.client.language)
        write_sources_xlsx(con, ctx.run_id, xlsx_path, ctx.cfg.client.language,
                           csv_dir=ctx.run_dir / "sheets")
        return csv_path, xlsx_path


def report(ctx: RunContext, language: str | None = None) -> Path:
    """The self-contained report.html in the run folder, from the run's marts and `runs` row (so an
    older delivered run re-renders the same way: `rerender`)."""
    progress.stage("report")
    from reports.html import write_report

    with ctx.connect() as con:
        started, stats = con.execute("select started_at, crawl_stats_json from runs where run_id = ?",
                                     [ctx.run_id]).fetchall()[0]
        cut = (json.loads(stats) or {}).get("cut") if stats else None  # written by the crawl stage
        context = {
            "client": ctx.cfg.client.name,
            "sector": ctx.cfg.client.sector,
            "run_id": ctx.run_id,
            "started_at": started,
            "seeds": len(ctx.seed_urls()),
            "config": ctx.cfg.model_dump(mode="json", exclude={"alerts"}),  # the consultant's, not the client's
            "crawl_cut": cut,
        }
        path = ctx.run_dir / "report.html"
        write_report(con, ctx.run_id, path, language=language or ctx.cfg.client.language, context=context)
        return path


def rerender(cfg: AuditConfig, ws: Workspace, run_id: str) -> RunContext:
    """A delivered (or partial) run's context, with the configuration the run was made with (its
    frozen audit.toml), ready for `report`/`report_pdf`; ConfigError for any other run."""
    import tomllib

    if not ws.warehouse.exists():
        raise ConfigError(f"{ws.warehouse}: no warehouse yet: run the audit first")
    with warehouse.connect(ws.warehouse, read_only=True, wait_seconds=10) as con:
        rows = con.execute("select status from runs where run_id = ?", [run_id]).fetchall()
    if not rows:
        raise ConfigError(f"run {run_id} of {cfg.slug} not found in {ws.warehouse}")
    if rows[0][0] not in warehouse.BASELINE_STATUSES:
        raise ConfigError(f"run {run_id} is {rows[0][0]}, not delivered: there is no report to render")
    run_cfg = cfg
    frozen, seeds = ws.run_dir(run_id) / "audit.toml", ws.run_dir(run_id) / "seeds.txt"
    if frozen.exists():
        try:  # the run's own settings, as its report showed them (its seeds file is not re-read)
            run_cfg = AuditConfig.model_validate(tomllib.loads(frozen.read_text(encoding="utf-8")))
        except (OSError, ValueError) as e:
            raise ConfigError(f"{frozen}: the run's frozen configuration is unreadable: "
                              f"{' '.join(str(e).split())[:200]}") from None
    # The seeds as the run read them (seeds.txt), not today's seeds file.
    run_seeds = seeds.read_text(encoding="utf-8").split() if seeds.exists() else None
    return RunContext(run_cfg, ws, run_id, seeds=run_seeds)


def report_pdf(ctx: RunContext, html_path: Path) -> Path | None:
    """report.pdf beside report.html, printed by WeasyPrint.

    The PDF is a convenience copy of the HTML report, which is the deliverable: when WeasyPrint
    fails (missing system libraries, a rendering error) this says so in one line on stderr and in
    runs/<id>/report_pdf_error.txt, returns None, and the run goes on and is delivered.
    """
    progress.stage("pdf")
    import sys

    from reports.pdf import PdfError, write_pdf

    try:
        return write_pdf(html_path, ctx.run_dir / "report.pdf")
    except PdfError as e:
        line = f"report.pdf not written ({e}); report.html is complete"
        print(f"ecoaudit: {line}", file=sys.stderr)
        (ctx.run_dir / "report_pdf_error.txt").write_text(line + "\n", encoding="utf-8")
        return None


def alert(ctx: RunContext) -> list:
    """After delivery: [alerts]'s rules over the run's marts, one message to its destinations, and
    runs/<id>/alerts.json (the alerts, the destinations with their secrets masked, the results).
    Nothing at all without a destination. A failure to send is a result (ok=False), never an error:
    the run stays delivered. Returns the `alerts.SendResult`s."""
    from . import alerts

    if not ctx.cfg.alerts.has_destination():
        return []
    with ctx.connect() as con:
        found = alerts.evaluate(con, ctx.run_id, ctx.cfg)
    client = ctx.cfg.client.name
    results = alerts.send(found, ctx.cfg, client, ctx.run_id)
    (ctx.run_dir / "alerts.json").write_text(
        json.dumps(alerts.record(found, results, ctx.cfg, client, ctx.run_id), indent=1,
                   ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    return results
