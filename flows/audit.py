"""The `audit` Prefect flow: crawl -> load -> validate -> transform -> validate -> export -> report -> pdf -> alert.

Tasks are thin: each calls one stage function that works (and is tested) without
Prefect. Only the crawl, an I/O stage, is retried.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import duckdb
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from ecoaudit import interrupt, stages
from ecoaudit.config import AuditConfig


@dataclass
class AuditResult:
    run_id: str
    run_dir: Path
    report: Path
    xlsx: Path
    csv: Path
    pdf: Path | None = None   # None when WeasyPrint could not print the report (said on stderr)


@task(name="crawl", retries=1, retry_delay_seconds=5, cache_policy=NO_CACHE)
def crawl_task(ctx: stages.RunContext) -> dict:
    result = stages.crawl(ctx)
    get_run_logger().info("crawl: %s", result.counts)
    return result.counts


@task(name="load", cache_policy=NO_CACHE)
def load_task(ctx: stages.RunContext) -> dict:
    return stages.load(ctx)


@task(name="validate-raw", cache_policy=NO_CACHE)
def validate_raw_task(ctx: stages.RunContext) -> None:
    stages.validate(ctx, "raw")


@task(name="transform", cache_policy=NO_CACHE)
def transform_task(ctx: stages.RunContext) -> None:
    stages.transform(ctx)


@task(name="validate-marts", cache_policy=NO_CACHE)
def validate_marts_task(ctx: stages.RunContext) -> None:
    stages.validate(ctx, "marts")


@task(name="export", cache_policy=NO_CACHE)
def export_task(ctx: stages.RunContext) -> tuple[Path, Path]:
    return stages.export(ctx)


@task(name="report", cache_policy=NO_CACHE)
def report_task(ctx: stages.RunContext) -> Path:
    return stages.report(ctx)


@task(name="report-pdf", cache_policy=NO_CACHE)
def report_pdf_task(ctx: stages.RunContext, html_path: Path) -> Path | None:
    pdf = stages.report_pdf(ctx, html_path)
    if pdf is None:
        get_run_logger().warning("report.pdf not written; report.html is complete")
    return pdf


@task(name="alert", cache_policy=NO_CACHE)
def alert_task(ctx: stages.RunContext) -> list:
    """No retries: sending reports its own failures as data; any other error is one warning, and
    the run, already delivered, stays so."""
    import logging

    try:
        results = stages.alert(ctx)
    except Exception as e:  # on the console as the failures to send are (ecoaudit.alerts)
        logging.getLogger("ecoaudit.alerts").warning(
            "alerts: none sent: %s", " ".join(str(e).split())[:300] or type(e).__name__)
        return []
    if results:
        get_run_logger().info("alerts: sent to %d of %d destinations",
                              sum(r.ok for r in results), len(results))
    return results


@flow(name="audit", log_prints=False, validate_parameters=False)
def audit_flow(cfg: AuditConfig, workspace_root: Path, run_id: str,
               skip_crawl: bool = False) -> AuditResult:
    """Run a whole audit for one client; return the deliverables' paths."""
    ctx = stages.prepare(cfg, workspace_root, run_id)
    try:
        if not skip_crawl:
            crawl_task(ctx)
        load_task(ctx)
        validate_raw_task(ctx)
        transform_task(ctx)
        validate_marts_task(ctx)
        csv_path, xlsx_path = export_task(ctx)
        report_path = report_task(ctx)
        pdf_path = report_pdf_task(ctx, report_path)
    except BaseException as e:
        signum = interrupt.signal_of(e)
        try:
            if signum:
                stages.mark(ctx, "interrupted", error=f"{interrupt.Interrupted(signum)}; nothing delivered")
            else:
                stages.mark(ctx, "failed", error=str(e) or type(e).__name__)
        except Exception:
            pass  # e.g. a full disk: the run stays open and the next run's lock closes it
        if isinstance(e, (duckdb.Error, OSError)):  # one line naming the file, not a traceback
            raise stages.explain_failure(ctx, e) from None
        raise
    if interrupt.received():  # a signal handled by a library on the way: still no delivery
        stages.mark(ctx, "interrupted", error="interrupted; nothing delivered")
        raise interrupt.Interrupted(interrupt.received())
    # A crawl cut by the time cap is delivered as `partial`: the report says so.
    stages.mark(ctx, "partial" if ctx.cut else "delivered", error=ctx.cut)
    (ctx.run_dir / "deliverables.json").write_text(json.dumps(
        {"report": str(report_path), "xlsx": str(xlsx_path), "csv": str(csv_path),
         "pdf": str(pdf_path) if pdf_path else None}, indent=1))
    alert_task(ctx)  # after delivery: [alerts] (nothing without a destination)
    return AuditResult(run_id, ctx.run_dir, report_path, xlsx_path, csv_path, pdf_path)
