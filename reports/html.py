"""The client's HTML report: one self-contained, script-free, printable file."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import polars as pl
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from reports import data
from reports.i18n import format_date, format_number, plural, strings
from reports.safety import web_url

TEMPLATES = Path(__file__).parent / "templates"
# Beyond this the HTML gets heavy to print; the workbook keeps every error.
MAX_ERROR_ROWS = 300
LINK_TEXT_CHARS = 70


def _env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def _link(url) -> dict:
    """Display text plus an href only for http(s) URLs; anything else stays plain text."""
    text = "" if url is None else str(url)
    short = text if len(text) <= LINK_TEXT_CHARS else text[: LINK_TEXT_CHARS - 1] + "…"
    return {"text": short, "title": text, "href": web_url(url)}


def _num(value, language: str, digits: int = 0) -> str:
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, (int, float)):
        return format_number(value, language, digits)
    return str(value)


def _iso(value) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return "" if value is None else str(value)


def _reason_items(rows: list[dict], language: str) -> list[dict]:
    s = strings(language)
    items = []
    for r in rows:
        detail = None
        if r["value"] is not None or r["threshold"] is not None:
            detail = s["value_threshold"].format(
                value=_num(r["value"], language, 2), threshold=_num(r["threshold"], language, 2)
            )
        examples = [_link(u) for u in (r["example_url"], r["example_other_url"]) if u]
        items.append({
            "label": r["label"] or r["rule_id"],
            "rule_id": r["rule_id"],
            "direction": r["direction"],
            "direction_label": s["directions"].get(r["direction"], r["direction"] or ""),
            "detail": detail,
            "examples": examples,
        })
    return items


def _source_rows(sources: pl.DataFrame, reasons: pl.DataFrame, language: str) -> list[dict]:
    s = strings(language)
    by_host: dict[str, list[dict]] = {}
    for r in reasons.iter_rows(named=True):
        by_host.setdefault(r["host"], []).append(r)
    rows = []
    for src in sources.iter_rows(named=True):
        machine = src["machine_verdict"]
        overridden = machine is not None and machine != src["verdict"]
        rows.append({
            "host": src["host"],
            "verdict": src["verdict"],
            "verdict_label": s["verdict_one"].get(src["verdict"], src["verdict"] or ""),
            "overridden": overridden,
            "machine_label": s["machine_was"].format(
                verdict=s["verdict_one"].get(machine, machine or "")
            ) if overridden else "",
            "override_note": src["override_note"] or "",
            "link": _link(src["source"] or src["host"]),
            "site_name": src["site_name"] or "",
            "kind": s["kinds"].get(src["kind"], src["kind"] or ""),
            "platform": src["platform"] or "",
            "status": s["statuses"].get(src["status"], src["status"] or ""),
            "score": _num(src["score"], language, 2),
            "posts": _num(src["posts"], language),
            "comments": _num(src["comments"], language),
            "posts_per_month": _num(src["posts_per_month"], language, 1),
            "first_post": _iso(src["first_post"]),
            "last_post": _iso(src["last_post"]),
            "reasons": _reason_items(by_host.get(src["host"], []), language),
            # Fallback when the reasons mart has no rows for the host: the raw `rule=value` list.
            "raw_reasons": src["reasons"] or "",
        })
    return rows


def _counts(sources: pl.DataFrame, language: str) -> dict:
    s = strings(language)
    tally = {(r["kind"], r["verdict"]): r["n"] for r in
             sources.group_by("kind", "verdict").agg(pl.len().alias("n")).iter_rows(named=True)}
    kinds = list(data.KINDS) + sorted({k for k, _ in tally if k not in data.KINDS}, key=str)
    rows = []
    for kind in kinds:
        cells = [tally.get((kind, v), 0) for v in data.VERDICTS]
        total = sum(n for (k, _), n in tally.items() if k == kind)
        if total:
            rows.append({"label": s["kinds"].get(kind, kind or "—"), "cells": cells, "total": total})
    totals = {v: sum(n for (_, vv), n in tally.items() if vv == v) for v in data.VERDICTS}
    return {"rows": rows, "totals": [totals[v] for v in data.VERDICTS],
            "total": sources.height, "by_verdict": totals}


def _chart(by_verdict: dict[str, int], language: str) -> dict:
    """Horizontal bar geometry, computed here so the template only places numbers."""
    s = strings(language)
    label_w, bar_w, bar_h, gap = 150, 360, 22, 10
    top = max(by_verdict.values(), default=0) or 1
    bars = []
    for i, verdict in enumerate(data.VERDICTS):
        n = by_verdict.get(verdict, 0)
        width = round(bar_w * n / top)
        bars.append({"verdict": verdict, "label": s["verdicts"][verdict], "n": n,
                     "y": i * (bar_h + gap), "width": width, "text_x": label_w + width + 6})
    return {"bars": bars, "label_w": label_w, "bar_h": bar_h,
            "width": label_w + bar_w + 60, "height": len(bars) * (bar_h + gap)}


def _summary(counts: dict, sources: pl.DataFrame, reasons: pl.DataFrame,
             errors: pl.DataFrame, language: str) -> list[str]:
    s = strings(language)
    if not sources.height:
        return [s["summary_empty"]]
    by = counts["by_verdict"]
    w = lambda key, n: plural(language, n, s[key])  # noqa: E731
    lines = [s["summary_total"].format(
        total=_num(counts["total"], language), sources=w("w_sources", counts["total"]),
        analysed=w("w_analysed", counts["total"]),
        pertinent=_num(by["pertinent"], language), pertinent_w=w("w_pertinent", by["pertinent"]),
        automated=_num(by["automated"], language), automated_w=w("w_automated", by["automated"]),
        undecided=_num(by["undecided"], language), undecided_w=w("w_undecided", by["undecided"]),
    )]
    pertinent = sources.filter(pl.col("verdict") == "pertinent")
    if pertinent.height:
        top = pertinent.sort("posts_per_month", descending=True, nulls_last=True).row(0, named=True)
        lines.append(s["summary_active"].format(
            posts=_num(pertinent.get_column("posts").cast(pl.Int64).sum(), language),
            comments=_num(pertinent.get_column("comments").cast(pl.Int64).sum(), language),
            host=top["host"], ppm=_num(top["posts_per_month"] or 0, language, 1),
        ))
    automated = reasons.filter(pl.col("direction") == "automated")
    if automated.height:
        top = (automated.group_by("rule_id")
               .agg(pl.col("host").n_unique().alias("n"), pl.col("label").first())
               .sort(["n", "rule_id"], descending=[True, False]).row(0, named=True))
        lines.append(s["summary_top_rule"].format(
            label=top["label"] or top["rule_id"], n=_num(top["n"], language),
            sources=w("w_sources", top["n"])))
    if errors.height:
        hosts = errors.get_column("host").n_unique()
        lines.append(s["summary_errors"].format(
            n=_num(errors.height, language), errors=w("w_errors", errors.height),
            hosts=_num(hosts, language), sites=w("w_sites", hosts)))
    return lines


def _rules(reasons: pl.DataFrame, language: str) -> list[dict]:
    s = strings(language)
    if not reasons.height:
        return []
    grouped = (reasons.group_by("rule_id")
               .agg(pl.col("label").first(), pl.col("signal").first(), pl.col("threshold").first(),
                    pl.col("weight").first(), pl.col("direction").first(),
                    pl.col("host").n_unique().alias("fired"))
               .sort(["direction", "rule_id"], nulls_last=True))
    return [{
        "rule_id": r["rule_id"], "label": r["label"] or "", "signal": r["signal"] or "",
        "threshold": _num(r["threshold"], language, 2), "weight": _num(r["weight"], language, 2),
        "direction": s["directions"].get(r["direction"], r["direction"] or ""),
        "fired": _num(r["fired"], language),
    } for r in grouped.iter_rows(named=True)]


def _errors(errors: pl.DataFrame, language: str) -> dict:
    s = strings(language)
    by_type = (errors.group_by("error").agg(pl.len().alias("n"))
               .sort(["n", "error"], descending=[True, False]))
    shown = errors.head(MAX_ERROR_ROWS)
    return {
        "total": errors.height,
        "by_type": [{"error": r["error"] or "", "n": _num(r["n"], language)}
                    for r in by_type.iter_rows(named=True)],
        "rows": [{"link": _link(r["url"]), "host": r["host"] or "", "error": r["error"] or "",
                  "status_code": "" if r["status_code"] is None else str(r["status_code"]),
                  "message": r["message"] or ""} for r in shown.iter_rows(named=True)],
        "truncated": s["errors_truncated"].format(
            shown=_num(shown.height, language), total=_num(errors.height, language)
        ) if errors.height > shown.height else "",
    }


def _config_items(config) -> list[dict]:
    """Flat key/value pairs of the config summary; nested values shown as compact JSON."""
    if not isinstance(config, dict):
        return []
    items = []
    for key, value in config.items():
        if isinstance(value, (dict, list, tuple)):
            value = json.dumps(value, ensure_ascii=False, default=str)
        items.append({"key": str(key), "value": "" if value is None else str(value)})
    return items


def _meta(context: dict, language: str) -> dict:
    s = strings(language)
    started = context.get("started_at")
    seeds = context.get("seeds")
    if isinstance(seeds, (list, tuple)):
        seeds = len(seeds)
    return {
        "client": context.get("client") or "",
        "sector": s["subtitle_sector"].format(sector=context["sector"]) if context.get("sector") else "",
        "run": s["run_line"].format(run_id=context.get("run_id") or "", date=format_date(started, language))
        if started else str(context.get("run_id") or ""),
        "seeds": s["seeds_line"].format(n=_num(seeds, language)) if seeds is not None else "",
        "generated": s["generated"].format(date=format_date(dt.date.today(), language)),
    }


def write_report(con: duckdb.DuckDBPyConnection, run_id: str, path, language: str = "fr",
                 context: dict | None = None) -> Path:
    """Render the run's report in `language` (fr or en) to `path`; returns the path.

    `context` may hold client, sector, run_id, started_at, seeds (count or list) and config
    (a summary dict); missing keys are read from the `runs` table when it has them.
    """
    s = strings(language)
    path = Path(path)
    ctx = data.run_context(con, run_id)
    ctx.update({k: v for k, v in (context or {}).items() if v is not None})
    sources = data.sources(con, run_id, language)
    reasons = data.reasons(con, run_id, language)
    errors = data.errors(con, run_id)
    rows = _source_rows(sources, reasons, language)
    counts = _counts(sources, language)
    sections = [{
        "verdict": v, "title": s["verdict_sections"][v], "intro": s["verdict_intro"][v],
        "rows": [r for r in rows if r["verdict"] == v],
    } for v in data.VERDICTS]
    html = _env().get_template("report.html.j2").render(
        lang=language, s=s, meta=_meta(ctx, language), counts=counts,
        chart=_chart(counts["by_verdict"], language),
        summary=_summary(counts, sources, reasons, errors, language),
        sections=sections, errors=_errors(errors, language), rules=_rules(reasons, language),
        config=_config_items(ctx.get("config")), verdicts=data.VERDICTS,
    )
    path.write_text(html, encoding="utf-8")
    return path
