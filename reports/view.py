"""The report's view model: every number and string the template shows, built from the marts.

This module puts it together: it reads the run (reports/data.py, reports/queries.py) and hands each
part to its section (reports/sections.py: rows, shown values, charts) or to reports/findings.py (the
sentences written from the figures). Values are shown by reports/formatting.py.
"""
from __future__ import annotations

import datetime as dt

import duckdb

from reports import changes, data, findings, queries, sections
from reports.formatting import num, rule_text
from reports.i18n import strings


def build(con: duckdb.DuckDBPyConnection, run_id: str, language: str, context: dict | None) -> dict:
    """Template variables for one run; `context` keys win over the `runs` table's."""
    s = strings(language)
    warnings: list[str] = []
    ctx = data.run_context(con, run_id)
    ctx.update({k: v for k, v in (context or {}).items() if v is not None})
    sources = sections.with_engagement(data.sources(con, run_id, language), queries.source_extras(con, run_id))
    reasons = data.reasons(con, run_id, language)
    errors = data.errors(con, run_id)
    catalogue = data.rule_catalogue(con, language)
    rule_names = {} if catalogue is None else {
        r["rule_id"]: rule_text(r["label"]) for r in catalogue.iter_rows(named=True)}
    available = queries.marts_available(con, run_id)
    run_counts = queries.run_counts(con, run_id)
    overview = sections.overview(sources, language, warnings)
    engagement = sections.engagement(con, run_id, language, warnings)
    said = sections.said(con, run_id, language, available, warnings)
    activity = sections.activity(con, run_id, language, warnings)
    ecomap = sections.ecosystem_map(con, run_id, language, warnings)
    counts = overview["counts"]
    return {
        "lang": language,
        "s": s,
        "meta": sections.meta(ctx, language),
        "since": changes.since_last_audit(con, run_id, language),
        "audited": findings.audited(ctx, run_counts, language),
        "counts": counts,
        "overview": overview,
        "summary": findings.summary(counts, sources, reasons, engagement, said, activity, errors, rule_names, language),
        "engagement": engagement,
        "said": said,
        "activity": activity,
        "ecomap": ecomap,
        "sections": sections.verdict_sections(sources, reasons, language),
        "indicators": sections.indicators(con, run_id, sources, said, _reference_date(ctx), available, language),
        "run_counts": sections.run_count_rows(run_counts, language),
        "errors": sections.errors(errors, language, warnings),
        "rules": sections.rules(reasons, catalogue, language),
        "bands": sections.bands(data.verdict_bands(con), language),
        "config": sections.config_items(ctx.get("config")),
        "verdicts": data.VERDICTS,
        "chart_warnings": warnings,
        "limits": s["limits_note"].format(
            **{v: num(n, language) for v, n in sections.MAX_SOURCE_ROWS.items()},
            errors=num(sections.MAX_ERROR_ROWS, language), terms=num(sections.MAX_TERMS, language),
            weeks=num(sections.ACTIVITY_WEEKS, language)),
    }


def _reference_date(ctx: dict) -> dt.date:
    started = ctx.get("started_at")
    if isinstance(started, str):
        try:
            started = dt.datetime.fromisoformat(started)
        except ValueError:
            started = None
    if isinstance(started, dt.datetime):
        return started.date()
    if isinstance(started, dt.date):
        return started
    return dt.date.today()
