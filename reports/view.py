"""The report's view model: every number and string the template shows, computed from the marts."""
from __future__ import annotations

import datetime as dt
import re

import logging

import duckdb
import polars as pl

from reports import analysis, charts, data
from reports.i18n import format_date, format_number, plural, strings
from reports.safety import web_url

log = logging.getLogger(__name__)

# The report stays readable and fast for big audits: tables show the top rows, the workbook has all.
MAX_ERROR_ROWS = 50
MAX_SOURCE_ROWS = {"pertinent": 50, "automated": 40, "undecided": 30}
MAX_ENGAGEMENT_ROWS = 20
MAX_ENGAGEMENT_BARS = 12
ENGAGEMENT_CONCENTRATION = 5   # "the N most active sources hold P% of the exchanges"
THEME_EXAMPLES = 3
VOICE_EXAMPLES = 2
MAX_TERMS = 30
MAX_TERM_BARS = 20
ACTIVITY_WEEKS = 104           # the activity chart covers at most the last two years with data
SPIKE_SD = 2                   # a spike: a week above mean + SPIKE_SD standard deviations
MIN_SPIKE_WEEKS = 8            # fewer weeks than this: no spike is flagged
MIN_SPIKE_POSTS = 3            # nor a week with fewer posts than this
MAX_SPIKES = 8
INDICATOR_WEEKS = 13           # the baseline is measured over the quarter before the crawl
MAX_FINDINGS = 5
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
    for rank, src in enumerate(sources.iter_rows(named=True), start=1):
        machine = src["machine_verdict"]
        overridden = machine is not None and machine != src["verdict"]
        is_forum = src["kind"] == "forum"
        participants = src.get("distinct_authors") if is_forum else src["distinct_commenters"]
        rows.append({
            "rank": rank,
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
            "is_forum": is_forum,
            # A forum's posts are its messages; its threads say how many conversations they make.
            "forum_posts": s["forum_posts_line"].format(
                n=_num(src["forum_threads"], language),
                w=plural(language, src["forum_threads"], s["w_threads"])) if _positive(src["forum_threads"]) else "",
            "comments": _num(src["comments"], language),
            "participants": _num(participants, language) if _positive(participants) else "",
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


def _errors(errors: pl.DataFrame, language: str, warnings: list[str] | None = None) -> dict:
    s = strings(language)
    by_type = (errors.group_by("error").agg(pl.len().alias("n"))
               .sort(["n", "error"], descending=[True, False]))
    shown = errors.head(MAX_ERROR_ROWS)
    chart = None
    if by_type.height > 1:
        types = [{"error": r["error"] or "", "n": r["n"]} for r in by_type.head(12).iter_rows(named=True)]
        chart = _safe_chart(lambda: charts.hbar(types, label="error", value="n", label_title="",
                                                value_title=s["axis_errors"], order=[t["error"] for t in types]),
                            language, s["errors_by_type"], warnings if warnings is not None else [])
    return {
        "total": errors.height,
        "chart": chart,
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
        if isinstance(seeds, int) and seeds > 0 else "",
        "generated": s["generated"].format(date=format_date(dt.date.today(), language)),
    }


# ---------------------------------------------------------------- the report's sections (issue 5)

def _safe_chart(make, language: str, title: str, warnings: list[str]):
    """Render one chart; a chart that fails leaves its table alone and a warning, never a broken report."""
    try:
        return charts.render(make(), language, title)
    except charts.ChartError as e:
        warnings.append(str(e))
        log.warning("report chart not drawn: %s", e)
        return None


def _pct(part, whole, language: str, digits: int = 0) -> str:
    sign = "\u00a0%" if language == "fr" else "%"  # French typography spaces the sign, English does not
    value = 100 * (part or 0) / whole if whole else 0
    return format_number(value, language, digits) + sign


def _ratio_pct(part, whole) -> float:
    return 100.0 * (part or 0) / whole if whole else 0.0


def _sorted_sources(sources: pl.DataFrame, verdict: str) -> pl.DataFrame:
    """A verdict's sources in the report's order: pertinent ones by exchanges (comments and forum
    replies), participants and cadence; automated ones by score; the rest by posts."""
    df = sources.filter(pl.col("verdict") == verdict)
    if verdict == "pertinent":
        return df.sort(["exchanges", "participants_n", "posts_per_month", "host"],
                       descending=[True, True, True, False], nulls_last=True)
    if verdict == "automated":
        return df.sort(["score", "posts", "host"], descending=[True, True, False], nulls_last=True)
    return df.sort(["posts", "score", "host"], descending=[True, True, False], nulls_last=True)


def _with_engagement(sources: pl.DataFrame, extra: pl.DataFrame) -> pl.DataFrame:
    df = sources.join(extra, on="host", how="left") if extra.height else sources.with_columns(
        pl.lit(None, pl.Int64).alias("distinct_authors"))
    num = lambda c: pl.col(c).cast(pl.Int64, strict=False).fill_null(0)  # noqa: E731
    return df.with_columns(
        num("comments").alias("exchanges"),  # a forum's comments are the replies to thread openers
        pl.when(pl.col("kind") == "forum").then(num("distinct_authors"))
        .otherwise(num("distinct_commenters")).alias("participants_n"),
    )


def _overview(sources: pl.DataFrame, language: str, warnings: list[str]) -> dict:
    """Sources by kind and verdict: the counts table and its stacked-bar chart."""
    s = strings(language)
    counts = _counts(sources, language)
    tally = sources.group_by("kind", "verdict").agg(pl.len().alias("n"))
    kinds = [k for k in list(data.KINDS) + sorted({k for k in tally.get_column("kind").to_list()
                                                   if k not in data.KINDS and k}, key=str)
             if tally.filter(pl.col("kind") == k).height]
    rows = [{"kind": s["kinds"].get(r["kind"], r["kind"] or "—"), "verdict": r["verdict"], "n": r["n"]}
            for r in tally.iter_rows(named=True) if r["verdict"] in data.VERDICTS]
    order = [s["kinds"].get(k, k) for k in kinds]
    chart = None
    if rows:
        chart = _safe_chart(lambda: charts.stacked(
            rows, label="kind", value="n", colour_field="verdict", colours=charts.VERDICT_COLOURS,
            colour_labels=s["verdicts"], label_title="", value_title=s["axis_sources"],
            colour_title="", order=order), language, s["chart_kinds"], warnings)
    verdict_chart = None
    if sources.height:
        bars = [{"verdict": v, "label": s["verdicts"][v], "n": counts["by_verdict"][v]} for v in data.VERDICTS]
        verdict_chart = _safe_chart(lambda: charts.hbar(
            bars, label="label", value="n", label_title="", value_title=s["axis_sources"],
            colour_field="verdict", colours=charts.VERDICT_COLOURS, order=[b["label"] for b in bars],
            legend=False),
            language, s["chart_label"], warnings)
    return {"counts": counts, "chart": chart, "verdict_chart": verdict_chart}


def _engagement(con, run_id: str, language: str, warnings: list[str]) -> dict:
    s = strings(language)
    top = analysis.engagement(con, run_id, MAX_ENGAGEMENT_ROWS)
    totals = analysis.engagement_totals(con, run_id)
    rows = []
    for r in top.iter_rows(named=True):
        rows.append({
            "link": _link(r["source"] or r["host"]), "host": r["host"], "site_name": r["site_name"] or "",
            "kind": s["kinds"].get(r["kind"], r["kind"] or ""), "kind_key": r["kind"] or "other",
            "verdict": r["verdict"], "verdict_label": s["verdict_one"].get(r["verdict"], r["verdict"] or ""),
            "exchanges": _num(r["exchanges"], language), "participants": _num(r["participants"], language),
            "threads": _num(r["forum_threads"], language) if _positive(r["forum_threads"]) else "",
            "posts": _num(r["posts"], language), "last_post": _iso(r["last_post"]),
            "exchanges_n": r["exchanges"],
        })
    chart = None
    shown = [r for r in rows[:MAX_ENGAGEMENT_BARS] if r["exchanges_n"]]
    if shown:
        chart = _safe_chart(lambda: charts.hbar(
            [{"host": r["host"], "n": r["exchanges_n"], "kind": r["kind_key"]} for r in shown],
            label="host", value="n", label_title="", value_title=s["axis_exchanges"],
            colour_field="kind", colours={k: charts.KIND_COLOURS[k] for k in data.KINDS},
            colour_labels=s["kinds"], order=[r["host"] for r in shown]),
            language, s["chart_engagement"], warnings)
    top_n = min(ENGAGEMENT_CONCENTRATION, len(rows))
    concentration = ""
    if totals["exchanges"] and top_n and totals["sources"] > top_n:
        share = sum(r["exchanges_n"] for r in rows[:top_n])
        concentration = s["engagement_concentration"].format(
            n=_num(top_n, language), pct=_pct(share, totals["exchanges"], language),
            total=_num(totals["exchanges"], language), sources=_num(totals["sources"], language))
    return {"rows": rows, "chart": chart, "totals": totals, "concentration": concentration,
            "truncated": s["top_n_note"].format(n=_num(len(rows), language), total=_num(totals["sources"], language))
            if totals["sources"] > len(rows) else ""}


def _said(con, run_id: str, language: str, available: bool, warnings: list[str]) -> dict:
    s = strings(language)
    if not available:
        return {"available": False}
    theme_counts, theme_examples = analysis.themes(con, run_id, examples=THEME_EXAMPLES)
    examples: dict[str, list[dict]] = {}
    for r in theme_examples.iter_rows(named=True):
        examples.setdefault(r["theme"], []).append({
            "link": _link(r["url"]), "title": r["title"] or "", "host": r["host"] or "",
            "date": _iso(r["published_date"])})
    themes = [{"theme": r["theme"], "posts": _num(r["posts"], language), "sources": _num(r["sources"], language),
               "n": r["posts"], "examples": examples.get(r["theme"], [])} for r in theme_counts.iter_rows(named=True)]
    theme_chart = None
    if any(t["n"] for t in themes):
        theme_chart = _safe_chart(lambda: charts.hbar(
            [{"theme": t["theme"], "n": t["n"]} for t in themes], label="theme", value="n",
            label_title="", value_title=s["axis_posts"], order=[t["theme"] for t in themes]),
            language, s["chart_themes"], warnings)
    term_df, docs_read, docs_total = analysis.terms(con, run_id, limit=MAX_TERMS)
    terms = [{"word": r["word"], "n": _num(r["n"], language), "sources": _num(r["sources"], language),
              "count": r["n"]} for r in term_df.iter_rows(named=True)]
    term_chart = None
    if terms:
        shown = terms[:MAX_TERM_BARS]
        term_chart = _safe_chart(lambda: charts.hbar(
            [{"word": t["word"], "n": t["count"]} for t in shown], label="word", value="n",
            label_title="", value_title=s["axis_occurrences"], order=[t["word"] for t in shown]),
            language, s["chart_terms"], warnings)
    voice_counts, voice_examples = analysis.brand_mentions(con, run_id, examples=VOICE_EXAMPLES)
    vex: dict[tuple, list[dict]] = {}
    for r in voice_examples.iter_rows(named=True):
        vex.setdefault((r["role"], r["brand"]), []).append({
            "link": _link(r["url"]), "title": r["title"] or "", "host": r["host"] or "",
            "item": s["item_kinds"].get(r["item_kind"], r["item_kind"] or ""), "date": _iso(r["published_date"])})
    total_mentions = int(voice_counts.get_column("mentions").sum() or 0) if voice_counts.height else 0
    voice = [{"brand": r["brand"], "role": r["role"], "role_label": s["roles"].get(r["role"], r["role"] or ""),
              "mentions": _num(r["mentions"], language), "n": r["mentions"],
              "share": _pct(r["mentions"], total_mentions, language) if total_mentions else "",
              "sources": _num(r["sources"], language),
              "detail": s["voice_detail"].format(posts=_num(r["posts"], language), comments=_num(r["comments"], language),
                                                 forum=_num(r["forum_posts"], language)),
              "examples": vex.get((r["role"], r["brand"]), [])} for r in voice_counts.iter_rows(named=True)]
    voice_chart = None
    if total_mentions:
        voice_chart = _safe_chart(lambda: charts.hbar(
            [{"brand": v["brand"], "n": v["n"], "role": v["role"]} for v in voice], label="brand", value="n",
            label_title="", value_title=s["axis_mentions"], colour_field="role", colours=charts.ROLE_COLOURS,
            colour_labels=s["roles"], order=[v["brand"] for v in voice]),
            language, s["chart_voice"], warnings)
    return {
        "available": True, "themes": themes, "theme_chart": theme_chart,
        "terms": terms, "term_chart": term_chart,
        "terms_note": s["terms_sample"].format(read=_num(docs_read, language), total=_num(docs_total, language))
        if docs_total > docs_read else s["terms_all"].format(total=_num(docs_total, language)),
        "voice": voice, "voice_chart": voice_chart, "total_mentions": total_mentions,
        "voice_summary": _voice_summary(voice, total_mentions, language),
    }


def _voice_summary(voice: list[dict], total: int, language: str) -> str:
    s = strings(language)
    if not voice:
        return ""
    if not total:
        return s["voice_none"]
    client = sum(v["n"] for v in voice if v["role"] == "client")
    rivals = sorted((v for v in voice if v["role"] != "client"), key=lambda v: -v["n"])
    text = s["voice_client"].format(pct=_pct(client, total, language), n=_num(client, language),
                                    total=_num(total, language))
    if rivals and rivals[0]["n"]:
        text += " " + s["voice_rival"].format(brand=rivals[0]["brand"], pct=_pct(rivals[0]["n"], total, language))
    return text


def _weeks(start: dt.date, end: dt.date) -> list[dt.date]:
    out, week = [], start
    while week <= end:
        out.append(week)
        week += dt.timedelta(days=7)
    return out


def _activity(con, run_id: str, language: str, warnings: list[str]) -> dict:
    """Posts per week by kind over the last ACTIVITY_WEEKS weeks with data; spikes flagged when a
    week's posts (sources not judged automated) exceed the period's weekly mean + SPIKE_SD sd."""
    s = strings(language)
    weekly = analysis.activity_weekly(con, run_id)
    if not weekly.height:
        return {"available": False}
    end = weekly.get_column("week").max()
    start = max(weekly.get_column("week").min(), end - dt.timedelta(weeks=ACTIVITY_WEEKS - 1))
    weeks = _weeks(start, end)
    series = [k for k in list(data.KINDS) + ["automated"] if weekly.filter(pl.col("series") == k).height]
    grid = pl.DataFrame({"week": weeks}).join(pl.DataFrame({"series": series}), how="cross")
    filled = grid.join(weekly, on=["week", "series"], how="left").with_columns(
        pl.col("posts").fill_null(0), pl.col("comments").fill_null(0))
    human = (filled.filter(pl.col("series") != "automated").group_by("week")
             .agg(pl.col("posts").sum().alias("n"), pl.col("comments").sum().alias("comments")).sort("week"))
    values = human.get_column("n").to_list()
    mean = sum(values) / len(values) if values else 0.0
    sd = (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5 if values else 0.0
    threshold = mean + SPIKE_SD * sd
    spikes = []
    if len(values) >= MIN_SPIKE_WEEKS and sd > 0:
        spikes = [r for r in human.iter_rows(named=True) if r["n"] > threshold and r["n"] >= MIN_SPIKE_POSTS]
    spikes = sorted(spikes, key=lambda r: -r["n"])[:MAX_SPIKES]
    tops = {r["week"]: r for r in analysis.week_top_hosts(con, run_id, [r["week"] for r in spikes]).iter_rows(named=True)}
    spike_rows = [{"week": format_date(r["week"], language), "n": _num(r["n"], language),
                   "ratio": format_number(r["n"] / mean, language, 1) if mean else "",
                   "host": (tops.get(r["week"]) or {}).get("host") or "",
                   "host_n": _num((tops.get(r["week"]) or {}).get("n"), language)}
                  for r in sorted(spikes, key=lambda r: r["week"])]
    label = {k: (s["series_automated"] if k == "automated" else s["kinds"].get(k, k)) for k in series}
    rows = [{"week": r["week"].isoformat(), "series": r["series"], "n": r["posts"]}
            for r in filled.iter_rows(named=True)]
    chart = _safe_chart(lambda: charts.weekly(
        rows, [{"week": r["week"].isoformat(), "n": r["n"]} for r in spikes],
        series_labels=label, colours={k: charts.KIND_COLOURS[k] for k in series},
        week_title="", value_title=s["axis_posts_week"], series_title="",
        threshold=threshold if spikes else None,
        threshold_label=s["spike_threshold_label"].format(n=format_number(threshold, language, 1))),
        language, s["chart_activity"], warnings)
    total_posts = int(filled.get_column("posts").sum())
    return {
        "available": True, "chart": chart, "spikes": spike_rows,
        "period": s["activity_period"].format(start=format_date(start, language), end=format_date(end, language),
                                              weeks=_num(len(weeks), language)),
        "rule": s["spike_rule"].format(mean=format_number(mean, language, 1), sd=format_number(sd, language, 1),
                                       k=_num(SPIKE_SD, language), threshold=format_number(threshold, language, 1),
                                       min=_num(MIN_SPIKE_POSTS, language)),
        "mean": mean, "total_posts": total_posts, "spike_list": spikes,
        "human_weeks": human,
    }


def _indicators(con, run_id: str, sources: pl.DataFrame, said: dict, reference: dt.date,
                available: bool, language: str) -> dict:
    """The baseline a strategy will be measured against, over the INDICATOR_WEEKS weeks before the crawl."""
    s = strings(language)
    until = reference - dt.timedelta(days=reference.weekday())  # the Monday of the crawl's week
    since = until - dt.timedelta(weeks=INDICATOR_WEEKS)
    weeks = INDICATOR_WEEKS
    pertinent = sources.filter(pl.col("verdict") == "pertinent")
    active = pertinent.filter(pl.col("last_post") >= since).height if pertinent.height else 0
    rows = [{"label": s["ind_pertinent"], "value": _num(pertinent.height, language),
             "detail": s["ind_pertinent_detail"].format(active=_num(active, language), since=format_date(since, language))}]
    flows = analysis.pertinent_weekly(con, run_id, since, until)
    if flows:
        rows.append({"label": s["ind_posts_week"], "value": format_number(flows["posts"] / weeks, language, 1),
                     "detail": s["ind_posts_week_detail"].format(n=_num(flows["posts"], language), weeks=weeks)})
        rows.append({"label": s["ind_comments_week"], "value": format_number(flows["comments"] / weeks, language, 1),
                     "detail": s["ind_comments_week_detail"].format(n=_num(flows["comments"], language), weeks=weeks)})
        rows.append({"label": s["ind_forum_week"], "value": format_number(flows["forum_posts"] / weeks, language, 1),
                     "detail": s["ind_forum_week_detail"].format(n=_num(flows["forum_posts"], language), weeks=weeks)})
    if available:
        posts_with_comments, threads, people = analysis.conversations(con, run_id, since, until)
        rows.append({"label": s["ind_conversations"], "value": _num(posts_with_comments + threads, language),
                     "detail": s["ind_conversations_detail"].format(posts=_num(posts_with_comments, language),
                                                                   threads=_num(threads, language), weeks=weeks)})
        rows.append({"label": s["ind_people"], "value": _num(people, language),
                     "detail": s["ind_people_detail"].format(weeks=weeks)})
    if said.get("available") and said.get("voice"):
        total = said["total_mentions"]
        client = sum(v["n"] for v in said["voice"] if v["role"] == "client")
        rows.append({"label": s["ind_voice"], "value": _pct(client, total, language) if total else "—",
                     "detail": s["ind_voice_detail"].format(n=_num(client, language), total=_num(total, language))})
    all_posts = int(sources.get_column("posts").cast(pl.Int64, strict=False).fill_null(0).sum() or 0) if sources.height else 0
    auto_posts = int(sources.filter(pl.col("verdict") == "automated").get_column("posts")
                     .cast(pl.Int64, strict=False).fill_null(0).sum() or 0) if sources.height else 0
    rows.append({"label": s["ind_automated_share"], "value": _pct(auto_posts, all_posts, language),
                 "detail": s["ind_automated_share_detail"].format(n=_num(auto_posts, language),
                                                                  total=_num(all_posts, language))})
    return {"rows": rows, "period": s["ind_period"].format(since=format_date(since, language),
                                                          until=format_date(until - dt.timedelta(days=1), language),
                                                          weeks=weeks)}


def _findings(counts: dict, sources: pl.DataFrame, reasons: pl.DataFrame, engagement: dict, said: dict,
              activity: dict, errors: pl.DataFrame, rule_names: dict[str, str], language: str) -> list[str]:
    """Up to MAX_FINDINGS sentences drawn from the figures, most telling first; each states a fact
    a section details."""
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
    all_posts = int(sources.get_column("posts").cast(pl.Int64, strict=False).fill_null(0).sum() or 0)
    auto_posts = int(sources.filter(pl.col("verdict") == "automated").get_column("posts")
                     .cast(pl.Int64, strict=False).fill_null(0).sum() or 0)
    if by["automated"] and all_posts:
        lines[0] += " " + s["finding_automated"].format(pct=_pct(auto_posts, all_posts, language))
    rows = engagement["rows"]
    if rows and rows[0]["exchanges_n"]:
        top = rows[0]
        line = s["finding_conversation"].format(
            host=top["host"], kind=top["kind"].lower(), exchanges=top["exchanges"],
            participants=top["participants"] or "0")
        if engagement["concentration"]:
            line += " " + engagement["concentration"]
        lines.append(line)
    if said.get("available"):
        themes = [t for t in said["themes"] if t["n"]]
        if themes:
            line = s["finding_theme"].format(theme=themes[0]["theme"], n=themes[0]["posts"],
                                             sources=themes[0]["sources"])
            line += (s["finding_theme_next"].format(theme=themes[1]["theme"], n=themes[1]["posts"])
                     if len(themes) > 1 else ".")
            lines.append(line)
        if said["voice"]:
            lines.append(said["voice_summary"])
    if activity.get("available") and activity["spike_list"]:
        peak = max(activity["spike_list"], key=lambda r: r["n"])
        lines.append(s["finding_spike"].format(
            week=format_date(peak["week"], language), n=_num(peak["n"], language),
            ratio=format_number(peak["n"] / activity["mean"], language, 1) if activity["mean"] else "—"))
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
    return lines[:MAX_FINDINGS]


def _audited(ctx: dict, counts: dict, language: str) -> str:
    """One sentence on what was audited: seeds, run date, pages read, what was found."""
    s = strings(language)
    seeds = ctx.get("seeds")
    if isinstance(seeds, (list, tuple)):
        seeds = len(seeds)
    known = isinstance(seeds, int) and seeds > 0
    parts = {
        "seeds": _num(seeds, language) if known else "",
        "w_seeds": plural(language, seeds if known else 2, s["w_seeds"]),
        "pages": _num(counts.get("pages", 0), language),
        "sources": _num(counts.get("sources", 0), language),
        "posts": _num(counts.get("posts", 0), language),
        "comments": _num(counts.get("comments", 0), language),
        "forum_posts": _num(counts.get("forum_posts", 0), language),
        "threads": _num(counts.get("forum_threads", 0), language),
    }
    text = (s["audited"] if known else s["audited_no_count"]).format(**parts)
    if counts.get("first_post") and counts.get("last_post"):
        text += " " + s["audited_period"].format(first=format_date(counts["first_post"], language),
                                                 last=format_date(counts["last_post"], language))
    if ctx.get("crawl_cut"):  # a partial run: the consultant must know the crawl was not finished
        text += " " + s["audited_cut"]
    return text


def _bounded(rows: list[dict], limit: int, language: str) -> tuple[list[dict], str]:
    s = strings(language)
    if len(rows) <= limit:
        return rows, ""
    return rows[:limit], s["top_n_note"].format(n=_num(limit, language), total=_num(len(rows), language))


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


def build(con: duckdb.DuckDBPyConnection, run_id: str, language: str, context: dict | None) -> dict:
    """Template variables for one run; `context` keys win over the `runs` table's."""
    s = strings(language)
    warnings: list[str] = []
    ctx = data.run_context(con, run_id)
    ctx.update({k: v for k, v in (context or {}).items() if v is not None})
    sources = _with_engagement(data.sources(con, run_id, language), analysis.source_extras(con, run_id))
    reasons = data.reasons(con, run_id, language)
    errors = data.errors(con, run_id)
    catalogue = data.rule_catalogue(con, language)
    rule_names = {} if catalogue is None else {
        r["rule_id"]: _rule_text(r["label"]) for r in catalogue.iter_rows(named=True)}
    available = analysis.marts_available(con, run_id)
    run_counts = analysis.run_counts(con, run_id)
    overview = _overview(sources, language, warnings)
    engagement = _engagement(con, run_id, language, warnings)
    said = _said(con, run_id, language, available, warnings)
    activity = _activity(con, run_id, language, warnings)
    sections = []
    for v in data.VERDICTS:
        ordered = _sorted_sources(sources, v)
        limit = MAX_SOURCE_ROWS[v]
        shown = ordered.head(limit)
        rows = _source_rows(shown, reasons.filter(pl.col("host").is_in(shown.get_column("host").to_list())),
                            language)
        sections.append({
            "verdict": v, "title": s["verdict_sections"][v], "intro": s["verdict_intro"][v],
            "rows": rows, "total": ordered.height,
            "truncated": s["top_n_note"].format(n=_num(limit, language), total=_num(ordered.height, language))
            if ordered.height > limit else "",
        })
    counts = overview["counts"]
    return {
        "lang": language,
        "s": s,
        "meta": _meta(ctx, language),
        "audited": _audited(ctx, run_counts, language),
        "counts": counts,
        "overview": overview,
        "summary": _findings(counts, sources, reasons, engagement, said, activity, errors, rule_names, language),
        "engagement": engagement,
        "said": said,
        "activity": activity,
        "sections": sections,
        "indicators": _indicators(con, run_id, sources, said, _reference_date(ctx), available, language),
        "run_counts": _run_count_rows(run_counts, language),
        "errors": _errors(errors, language, warnings),
        "rules": _rules(reasons, catalogue, language),
        "bands": _bands(data.verdict_bands(con), language),
        "config": _config_items(ctx.get("config")),
        "verdicts": data.VERDICTS,
        "chart_warnings": warnings,
        "limits": s["limits_note"].format(**{v: _num(n, language) for v, n in MAX_SOURCE_ROWS.items()},
                                          errors=_num(MAX_ERROR_ROWS, language), terms=_num(MAX_TERMS, language),
                                          weeks=_num(ACTIVITY_WEEKS, language)),
    }


def _run_count_rows(counts: dict, language: str) -> list[dict]:
    s = strings(language)
    keys = ("sources", "pages", "fetches", "posts", "comments", "forum_threads", "forum_posts", "errors")
    return [{"label": s["run_counts"][k], "value": _num(counts[k], language)} for k in keys if k in counts]
