"""The report's view model: every number and string the template shows, computed from the marts."""
from __future__ import annotations

import datetime as dt
import re

import duckdb
import polars as pl

from reports import data
from reports.i18n import format_date, format_number, plural, strings
from reports.safety import web_url

# Beyond this the HTML gets heavy to print; the workbook keeps every error.
MAX_ERROR_ROWS = 300
LINK_TEXT_CHARS = 70
MAX_LIST_ITEMS = 8


def _link(url) -> dict:
    """Display text plus an href only for http(s) URLs; anything else stays plain text."""
    text = "" if url is None else str(url)
    href = web_url(url)
    # The scheme and a home page's slash only take room; the full address stays in the tooltip.
    shown = re.sub(r"^https?://", "", text).rstrip("/") if href else text
    short = shown if len(shown) <= LINK_TEXT_CHARS else shown[: LINK_TEXT_CHARS - 1] + "…"
    return {"text": short, "title": text, "href": href}


_PLACEHOLDER = re.compile(r"\{\w+\}")
_EXAMPLE_TEMPLATE = re.compile(r"\s*\([^()]*\{example\w*\}[^()]*\)")
# Rendered labels end with "(ex. URL ...)" / "(e.g. URL ...)"; the report shows those URLs as links.
_EXAMPLE_TEXT = re.compile(r"\s*\((?:ex\.|e\.g\.)[^()]*\)")


def _without_examples(label: str) -> str:
    return _EXAMPLE_TEXT.sub("", label).strip() or label


def _num(value, language: str, digits: int = 0, trim: bool = False) -> str:
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, (int, float)):
        return format_number(value, language, digits, trim)
    return str(value)


def _positive(value) -> bool:
    try:
        return float(value) > 0
    except (TypeError, ValueError):
        return False


def _iso(value) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return "" if value is None else str(value)


def _reason_items(rows: list[dict], language: str) -> list[dict]:
    s = strings(language)
    items = []
    for r in rows:
        detail = None
        if not r["label"] and (r["value"] is not None or r["threshold"] is not None):
            # Labels are full sentences with the value; only a bare rule id needs the numbers.
            detail = s["value_threshold"].format(
                value=_num(r["value"], language, 2, trim=True),
                threshold=_num(r["threshold"], language, 2, trim=True),
            )
        examples = [_link(u) for u in (r["example_url"], r["example_other_url"]) if u]
        label = r["label"] or r["rule_id"]
        items.append({
            "label": _without_examples(label) if examples else label,
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
            # A forum's posts are its messages; its threads say how many conversations they make.
            "forum_posts": s["forum_posts_line"].format(
                n=_num(src["forum_threads"], language),
                w=plural(language, src["forum_threads"], s["w_threads"])) if _positive(src["forum_threads"]) else "",
            "comments": _num(src["comments"], language),
            "posts_per_month": _num(src["posts_per_month"], language, 1),
            "first_post": _iso(src["first_post"]),
            "last_post": _iso(src["last_post"]),
            "reasons": _reason_items(by_host.get(src["host"], []), language),
            # Without fired rules (not crawled, no posts...) the evidence sentences still explain.
            "evidence": [e.strip() for e in (src["evidence"] or "").split(";") if e.strip()],
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
             errors: pl.DataFrame, rule_names: dict[str, str], language: str) -> list[str]:
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
        label = rule_names.get(top["rule_id"]) or _without_examples(top["label"] or top["rule_id"])
        if top["n"] > 1:  # a rule that fired once is no pattern worth a summary line
            lines.append(s["summary_top_rule"].format(
                label=label, n=_num(top["n"], language), sources=w("w_sources", top["n"])))
    if errors.height:
        hosts = errors.get_column("host").n_unique()
        lines.append(s["summary_errors"].format(
            n=_num(errors.height, language), errors=w("w_errors", errors.height),
            hosts=_num(hosts, language), sites=w("w_sites", hosts)))
    return lines


def _rule_text(template: str | None) -> str:
    """A rule's label template made generic: examples dropped, values shown as N."""
    if not template:
        return ""
    return _PLACEHOLDER.sub("N", _EXAMPLE_TEMPLATE.sub("", template)).strip()


def _rules(reasons: pl.DataFrame, catalogue: pl.DataFrame | None, language: str) -> list[dict]:
    """Every rule of the catalogue (or, without it, every rule that fired) and how often it fired."""
    s = strings(language)
    fired = {r["rule_id"]: r["n"] for r in
             reasons.group_by("rule_id").agg(pl.col("host").n_unique().alias("n")).iter_rows(named=True)}
    from_seeds = catalogue is not None
    if not from_seeds:
        catalogue = (reasons.group_by("rule_id")
                     .agg(pl.col("label").first(), pl.col("signal").first(), pl.col("threshold").first(),
                          pl.col("weight").first(), pl.col("direction").first())
                     .with_columns(pl.lit(None, pl.String).alias("op"),
                                   pl.lit(None, pl.String).alias("kind_scope"))
                     .sort(["direction", "rule_id"], nulls_last=True))
    rows = []
    for r in catalogue.iter_rows(named=True):
        kinds = [s["kinds"].get(k.strip(), k.strip()) for k in (r["kind_scope"] or "").split("|") if k.strip()]
        threshold = _num(r["threshold"], language, 2, trim=True)
        rows.append({
            "rule_id": r["rule_id"],
            "label": _rule_text(r["label"]) if from_seeds else (r["label"] or ""),
            "signal": r["signal"] or "",
            "condition": f"{r['op']} {threshold}" if r["op"] else threshold,
            "weight": _num(r["weight"], language, 2, trim=True),
            "direction": s["directions"].get(r["direction"], r["direction"] or ""),
            "kinds": ", ".join(s["all_kinds"] if k == "all" else k for k in kinds),
            "fired": _num(fired.get(r["rule_id"], 0), language),
        })
    return rows


def _bands(bands: pl.DataFrame | None, language: str) -> list[dict]:
    s = strings(language)
    if bands is None:
        return []
    return [{"verdict": s["verdict_one"].get(b["verdict"], b["verdict"] or ""),
             "min": _num(b["min_score"], language, 2, trim=True),
             "max": _num(b["max_score"], language, 2, trim=True)} for b in bands.iter_rows(named=True)]


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



def _config_items(config, prefix: str = "") -> list[dict]:
    """Config as `section.key = value` lines; long lists shortened, nested values flattened."""
    if not isinstance(config, dict):
        return []
    items = []
    for key, value in config.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            items.extend(_config_items(value, f"{name}."))
            continue
        if isinstance(value, (list, tuple)):
            shown = ", ".join(str(v) for v in value[:MAX_LIST_ITEMS])
            value = shown + (f", … ({len(value)})" if len(value) > MAX_LIST_ITEMS else "")
        items.append({"key": name, "value": "" if value is None else str(value)})
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
        "seeds": s["seeds_line"].format(n=_num(seeds, language), w=plural(language, seeds, s["w_seeds"]))
        if isinstance(seeds, int) else "",
        "generated": s["generated"].format(date=format_date(dt.date.today(), language)),
    }


def build(con: duckdb.DuckDBPyConnection, run_id: str, language: str, context: dict | None) -> dict:
    """Template variables for one run; `context` keys win over the `runs` table's."""
    s = strings(language)
    ctx = data.run_context(con, run_id)
    ctx.update({k: v for k, v in (context or {}).items() if v is not None})
    sources = data.sources(con, run_id, language)
    reasons = data.reasons(con, run_id, language)
    errors = data.errors(con, run_id)
    catalogue = data.rule_catalogue(con, language)
    rule_names = {} if catalogue is None else {
        r["rule_id"]: _rule_text(r["label"]) for r in catalogue.iter_rows(named=True)}
    rows = _source_rows(sources, reasons, language)
    counts = _counts(sources, language)
    sections = [{
        "verdict": v, "title": s["verdict_sections"][v], "intro": s["verdict_intro"][v],
        "rows": [r for r in rows if r["verdict"] == v],
    } for v in data.VERDICTS]
    return {
        "lang": language,
        "s": s,
        "meta": _meta(ctx, language),
        "counts": counts,
        "chart": _chart(counts["by_verdict"], language),
        "summary": _summary(counts, sources, reasons, errors, rule_names, language),
        "sections": sections,
        "errors": _errors(errors, language),
        "rules": _rules(reasons, catalogue, language),
        "bands": _bands(data.verdict_bands(con), language),
        "config": _config_items(ctx.get("config")),
        "verdicts": data.VERDICTS,
    }
