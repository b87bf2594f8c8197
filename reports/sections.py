"""The report's sections for the template: each one's rows, shown values and charts, from the run's
frames (reports/data.py) and queries (reports/queries.py); reports/view.py puts them together."""
from __future__ import annotations

import datetime as dt
import logging

import polars as pl

from reports import charts, data, ecomap, ecosystem_queries, findings, queries
from reports.ecosystem_i18n import strings as eco_strings
from reports.formatting import iso, link, num, pct, positive, rule_text, without_examples
from reports.i18n import format_date, format_number, plural, strings

log = logging.getLogger(__name__)

# The report stays readable and fast for big audits: tables show the top rows, the workbook has all.
MAX_ERROR_ROWS = 50
MAX_SOURCE_ROWS = {"pertinent": 50, "automated": 40, "undecided": 30}
MAX_ENGAGEMENT_ROWS = 20
MAX_ENGAGEMENT_BARS = 12
THEME_EXAMPLES = 3
VOICE_EXAMPLES = 2
MAX_TERMS = 30
MAX_TERM_BARS = 20
ACTIVITY_WEEKS = 104           # the activity chart covers at most the last two years with data
INDICATOR_WEEKS = 13           # the baseline is measured over the quarter before the crawl
MAX_LIST_ITEMS = 8


def _reason_items(rows: list[dict], language: str) -> list[dict]:
    s = strings(language)
    items = []
    for r in rows:
        detail = None
        if not r["label"] and (r["value"] is not None or r["threshold"] is not None):
            # Labels are full sentences with the value; only a bare rule id needs the numbers.
            detail = s["value_threshold"].format(
                value=num(r["value"], language, 2, trim=True),
                threshold=num(r["threshold"], language, 2, trim=True),
            )
        examples = [link(u) for u in (r["example_url"], r["example_other_url"]) if u]
        label = r["label"] or r["rule_id"]
        items.append({
            "label": without_examples(label) if examples else label,
            "rule_id": r["rule_id"],
            "direction": r["direction"],
            "direction_label": s["directions"].get(r["direction"], r["direction"] or ""),
            "detail": detail,
            "examples": examples,
        })
    return items


def _source_rows(sources: pl.DataFrame, reasons: pl.DataFrame, language: str) -> list[dict]:
    """One table row per source, with its fired rules (`reasons`) and evidence."""
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
            "link": link(src["source"] or src["host"]),
            "site_name": src["site_name"] or "",
            "kind": s["kinds"].get(src["kind"], src["kind"] or ""),
            "platform": src["platform"] or "",
            "status": s["statuses"].get(src["status"], src["status"] or ""),
            "score": num(src["score"], language, 2),
            "posts": num(src["posts"], language),
            "is_forum": is_forum,
            # A forum's posts are its messages; its threads say how many conversations they make.
            "forum_posts": s["forum_posts_line"].format(
                n=num(src["forum_threads"], language),
                w=plural(language, src["forum_threads"], s["w_threads"])) if positive(src["forum_threads"]) else "",
            "comments": num(src["comments"], language),
            "participants": num(participants, language) if positive(participants) else "",
            "posts_per_month": num(src["posts_per_month"], language, 1),
            "first_post": iso(src["first_post"]),
            "last_post": iso(src["last_post"]),
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


def rules(reasons: pl.DataFrame, catalogue: pl.DataFrame | None, language: str) -> list[dict]:
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
        threshold = num(r["threshold"], language, 2, trim=True)
        rows.append({
            "rule_id": r["rule_id"],
            "label": rule_text(r["label"]) if from_seeds else (r["label"] or ""),
            "signal": r["signal"] or "",
            "condition": f"{r['op']} {threshold}" if r["op"] else threshold,
            "weight": num(r["weight"], language, 2, trim=True),
            "direction": s["directions"].get(r["direction"], r["direction"] or ""),
            "kinds": ", ".join(s["all_kinds"] if k == "all" else k for k in kinds),
            "fired": num(fired.get(r["rule_id"], 0), language),
        })
    return rows


def bands(bands: pl.DataFrame | None, language: str) -> list[dict]:
    """The score bands giving each machine verdict (none without the seed)."""
    s = strings(language)
    if bands is None:
        return []
    return [{"verdict": s["verdict_one"].get(b["verdict"], b["verdict"] or ""),
             "min": num(b["min_score"], language, 2, trim=True),
             "max": num(b["max_score"], language, 2, trim=True)} for b in bands.iter_rows(named=True)]


def errors(errors: pl.DataFrame, language: str, warnings: list[str] | None = None) -> dict:
    """Crawl errors: counts by type (and their chart), the first MAX_ERROR_ROWS rows."""
    s = strings(language)
    by_type = (errors.group_by("error").agg(pl.len().alias("n"))
               .sort(["n", "error"], descending=[True, False]))
    shown = errors.head(MAX_ERROR_ROWS)
    chart = None
    if by_type.height > 1:
        types = [{"error": r["error"] or "", "n": r["n"]} for r in by_type.head(12).iter_rows(named=True)]
        chart = charts.render_or_warn(lambda: charts.hbar(types, label="error", value="n", label_title="",
                                                value_title=s["axis_errors"], order=[t["error"] for t in types]),
                            language, s["errors_by_type"], warnings if warnings is not None else [])
    return {
        "total": errors.height,
        "chart": chart,
        "by_type": [{"error": r["error"] or "", "n": num(r["n"], language)}
                    for r in by_type.iter_rows(named=True)],
        "rows": [{"link": link(r["url"]), "host": r["host"] or "", "error": r["error"] or "",
                  "status_code": "" if r["status_code"] is None else str(r["status_code"]),
                  "message": r["message"] or ""} for r in shown.iter_rows(named=True)],
        "truncated": s["errors_truncated"].format(
            shown=num(shown.height, language), total=num(errors.height, language)
        ) if errors.height > shown.height else "",
    }


def config_items(config, prefix: str = "") -> list[dict]:
    """Config as `section.key = value` lines; long lists shortened, nested values flattened."""
    if not isinstance(config, dict):
        return []
    items = []
    for key, value in config.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            items.extend(config_items(value, f"{name}."))
            continue
        if isinstance(value, (list, tuple)):
            shown = ", ".join(str(v) for v in value[:MAX_LIST_ITEMS])
            value = shown + (f", … ({len(value)})" if len(value) > MAX_LIST_ITEMS else "")
        items.append({"key": name, "value": "" if value is None else str(value)})
    return items


def meta(context: dict, language: str) -> dict:
    """The title page: client, sector, run, seeds, date generated."""
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
        "seeds": s["seeds_line"].format(n=num(seeds, language), w=plural(language, seeds, s["w_seeds"]))
        if isinstance(seeds, int) and seeds > 0 else "",
        "generated": s["generated"].format(date=format_date(dt.date.today(), language)),
    }


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


def with_engagement(sources: pl.DataFrame, extra: pl.DataFrame) -> pl.DataFrame:
    """The sources with `exchanges` and `participants_n`, the pertinent sources' ranking keys."""
    df = sources.join(extra, on="host", how="left") if extra.height else sources.with_columns(
        pl.lit(None, pl.Int64).alias("distinct_authors"))
    as_int = lambda c: pl.col(c).cast(pl.Int64, strict=False).fill_null(0)  # noqa: E731
    return df.with_columns(
        as_int("comments").alias("exchanges"),  # a forum's comments are the replies to thread openers
        pl.when(pl.col("kind") == "forum").then(as_int("distinct_authors"))
        .otherwise(as_int("distinct_commenters")).alias("participants_n"),
    )


def verdict_sections(sources: pl.DataFrame, reasons: pl.DataFrame, language: str) -> list[dict]:
    """One list of sources per verdict, in the report's order, each cut to MAX_SOURCE_ROWS."""
    s = strings(language)
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
            "truncated": s["top_n_note"].format(n=num(limit, language), total=num(ordered.height, language))
            if ordered.height > limit else "",
        })
    return sections


def overview(sources: pl.DataFrame, language: str, warnings: list[str]) -> dict:
    """Sources by kind and verdict: the counts table and its stacked-bar chart."""
    s = strings(language)
    counts = _counts(sources, language)
    tally = sources.group_by("kind", "verdict", maintain_order=True).agg(pl.len().alias("n"))  # a stable chart
    kinds = [k for k in list(data.KINDS) + sorted({k for k in tally.get_column("kind").to_list()
                                                   if k not in data.KINDS and k}, key=str)
             if tally.filter(pl.col("kind") == k).height]
    rows = [{"kind": s["kinds"].get(r["kind"], r["kind"] or "—"), "verdict": r["verdict"], "n": r["n"]}
            for r in tally.iter_rows(named=True) if r["verdict"] in data.VERDICTS]
    order = [s["kinds"].get(k, k) for k in kinds]
    chart = None
    if rows:
        chart = charts.render_or_warn(lambda: charts.stacked(
            rows, label="kind", value="n", colour_field="verdict", colours=charts.VERDICT_COLOURS,
            colour_labels=s["verdicts"], label_title="", value_title=s["axis_sources"],
            colour_title="", order=order), language, s["chart_kinds"], warnings)
    verdict_chart = None
    if sources.height:
        bars = [{"verdict": v, "label": s["verdicts"][v], "n": counts["by_verdict"][v]} for v in data.VERDICTS]
        verdict_chart = charts.render_or_warn(lambda: charts.hbar(
            bars, label="label", value="n", label_title="", value_title=s["axis_sources"],
            colour_field="verdict", colours=charts.VERDICT_COLOURS, order=[b["label"] for b in bars],
            legend=False),
            language, s["chart_label"], warnings)
    return {"counts": counts, "chart": chart, "verdict_chart": verdict_chart}


def engagement(con, run_id: str, language: str, warnings: list[str]) -> dict:
    """Where the conversation happens: the sources with most exchanges, their chart and concentration."""
    s = strings(language)
    top = queries.engagement(con, run_id, MAX_ENGAGEMENT_ROWS)
    totals = queries.engagement_totals(con, run_id)
    rows = []
    for r in top.iter_rows(named=True):
        rows.append({
            "link": link(r["source"] or r["host"]), "host": r["host"], "site_name": r["site_name"] or "",
            "kind": s["kinds"].get(r["kind"], r["kind"] or ""), "kind_key": r["kind"] or "other",
            "verdict": r["verdict"], "verdict_label": s["verdict_one"].get(r["verdict"], r["verdict"] or ""),
            "exchanges": num(r["exchanges"], language), "participants": num(r["participants"], language),
            "threads": num(r["forum_threads"], language) if positive(r["forum_threads"]) else "",
            "posts": num(r["posts"], language), "last_post": iso(r["last_post"]),
            "exchanges_n": r["exchanges"],
        })
    chart = None
    shown = [r for r in rows[:MAX_ENGAGEMENT_BARS] if r["exchanges_n"]]
    if shown:
        chart = charts.render_or_warn(lambda: charts.hbar(
            [{"host": r["host"], "n": r["exchanges_n"], "kind": r["kind_key"]} for r in shown],
            label="host", value="n", label_title="", value_title=s["axis_exchanges"],
            colour_field="kind", colours={k: charts.KIND_COLOURS[k] for k in data.KINDS},
            colour_labels=s["kinds"], order=[r["host"] for r in shown]),
            language, s["chart_engagement"], warnings)
    return {"rows": rows, "chart": chart, "totals": totals,
            "concentration": findings.concentration(rows, totals, language),
            "truncated": s["top_n_note"].format(n=num(len(rows), language), total=num(totals["sources"], language))
            if totals["sources"] > len(rows) else ""}


def said(con, run_id: str, language: str, available: bool, warnings: list[str]) -> dict:
    """What is said: themes, frequent terms and share of voice, with their charts and examples."""
    s = strings(language)
    if not available:
        return {"available": False}
    theme_counts, theme_examples = queries.themes(con, run_id, examples=THEME_EXAMPLES)
    examples: dict[str, list[dict]] = {}
    for r in theme_examples.iter_rows(named=True):
        examples.setdefault(r["theme"], []).append({
            "link": link(r["url"]), "title": r["title"] or "", "host": r["host"] or "",
            "date": iso(r["published_date"])})
    themes = [{"theme": r["theme"], "posts": num(r["posts"], language), "sources": num(r["sources"], language),
               "n": r["posts"], "examples": examples.get(r["theme"], [])} for r in theme_counts.iter_rows(named=True)]
    theme_chart = None
    if any(t["n"] for t in themes):
        theme_chart = charts.render_or_warn(lambda: charts.hbar(
            [{"theme": t["theme"], "n": t["n"]} for t in themes], label="theme", value="n",
            label_title="", value_title=s["axis_posts"], order=[t["theme"] for t in themes]),
            language, s["chart_themes"], warnings)
    term_df, docs_read, docs_total = queries.terms(con, run_id, limit=MAX_TERMS)
    terms = [{"word": r["word"], "n": num(r["n"], language), "sources": num(r["sources"], language),
              "count": r["n"]} for r in term_df.iter_rows(named=True)]
    term_chart = None
    if terms:
        shown = terms[:MAX_TERM_BARS]
        term_chart = charts.render_or_warn(lambda: charts.hbar(
            [{"word": t["word"], "n": t["count"]} for t in shown], label="word", value="n",
            label_title="", value_title=s["axis_occurrences"], order=[t["word"] for t in shown]),
            language, s["chart_terms"], warnings)
    voice_counts, voice_examples = queries.brand_mentions(con, run_id, examples=VOICE_EXAMPLES)
    vex: dict[tuple, list[dict]] = {}
    for r in voice_examples.iter_rows(named=True):
        vex.setdefault((r["role"], r["brand"]), []).append({
            "link": link(r["url"]), "title": r["title"] or "", "host": r["host"] or "",
            "item": s["item_kinds"].get(r["item_kind"], r["item_kind"] or ""), "date": iso(r["published_date"])})
    total_mentions = int(voice_counts.get_column("mentions").sum() or 0) if voice_counts.height else 0
    voice = [{"brand": r["brand"], "role": r["role"], "role_label": s["roles"].get(r["role"], r["role"] or ""),
              "mentions": num(r["mentions"], language), "n": r["mentions"],
              "share": pct(r["mentions"], total_mentions, language) if total_mentions else "",
              "sources": num(r["sources"], language),
              "detail": s["voice_detail"].format(posts=num(r["posts"], language), comments=num(r["comments"], language),
                                                 forum=num(r["forum_posts"], language)),
              "examples": vex.get((r["role"], r["brand"]), [])} for r in voice_counts.iter_rows(named=True)]
    voice_chart = None
    if total_mentions:
        voice_chart = charts.render_or_warn(lambda: charts.hbar(
            [{"brand": v["brand"], "n": v["n"], "role": v["role"]} for v in voice], label="brand", value="n",
            label_title="", value_title=s["axis_mentions"], colour_field="role", colours=charts.ROLE_COLOURS,
            colour_labels=s["roles"], order=[v["brand"] for v in voice]),
            language, s["chart_voice"], warnings)
    return {
        "available": True, "themes": themes, "theme_chart": theme_chart,
        "terms": terms, "term_chart": term_chart,
        "terms_note": s["terms_sample"].format(read=num(docs_read, language), total=num(docs_total, language))
        if docs_total > docs_read else s["terms_all"].format(total=num(docs_total, language)),
        "voice": voice, "voice_chart": voice_chart, "total_mentions": total_mentions,
        "voice_summary": findings.voice_summary(voice, total_mentions, language),
    }


def _weeks(start: dt.date, end: dt.date) -> list[dt.date]:
    out, week = [], start
    while week <= end:
        out.append(week)
        week += dt.timedelta(days=7)
    return out


def activity(con, run_id: str, language: str, warnings: list[str]) -> dict:
    """Posts per week by kind over the last ACTIVITY_WEEKS weeks with data; spikes flagged when a
    week's posts (sources not judged automated) exceed the period's weekly mean + findings.SPIKE_SD sd."""
    s = strings(language)
    weekly = queries.activity_weekly(con, run_id)
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
    mean, sd, threshold, spikes = findings.spikes(human)
    tops = {r["week"]: r for r in queries.week_top_hosts(con, run_id, [r["week"] for r in spikes]).iter_rows(named=True)}
    spike_rows = [{"week": format_date(r["week"], language), "n": num(r["n"], language),
                   "ratio": format_number(r["n"] / mean, language, 1) if mean else "",
                   "host": (tops.get(r["week"]) or {}).get("host") or "",
                   "host_n": num((tops.get(r["week"]) or {}).get("n"), language)}
                  for r in sorted(spikes, key=lambda r: r["week"])]
    label = {k: (s["series_automated"] if k == "automated" else s["kinds"].get(k, k)) for k in series}
    rows = [{"week": r["week"].isoformat(), "series": r["series"], "n": r["posts"]}
            for r in filled.iter_rows(named=True)]
    chart = charts.render_or_warn(lambda: charts.weekly(
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
                                              weeks=num(len(weeks), language)),
        "rule": findings.spike_rule(mean, sd, threshold, language),
        "mean": mean, "total_posts": total_posts, "spike_list": spikes,
        "human_weeks": human,
    }


def indicators(con, run_id: str, sources: pl.DataFrame, said: dict, reference: dt.date,
                available: bool, language: str) -> dict:
    """The baseline a strategy will be measured against, over the INDICATOR_WEEKS weeks before the crawl."""
    s = strings(language)
    until = reference - dt.timedelta(days=reference.weekday())  # the Monday of the crawl's week
    since = until - dt.timedelta(weeks=INDICATOR_WEEKS)
    weeks = INDICATOR_WEEKS
    pertinent = sources.filter(pl.col("verdict") == "pertinent")
    active = pertinent.filter(pl.col("last_post") >= since).height if pertinent.height else 0
    rows = [{"label": s["ind_pertinent"], "value": num(pertinent.height, language),
             "detail": s["ind_pertinent_detail"].format(active=num(active, language), since=format_date(since, language))}]
    flows = queries.pertinent_weekly(con, run_id, since, until)
    if flows:
        rows.append({"label": s["ind_posts_week"], "value": format_number(flows["posts"] / weeks, language, 1),
                     "detail": s["ind_posts_week_detail"].format(n=num(flows["posts"], language), weeks=weeks)})
        rows.append({"label": s["ind_comments_week"], "value": format_number(flows["comments"] / weeks, language, 1),
                     "detail": s["ind_comments_week_detail"].format(n=num(flows["comments"], language), weeks=weeks)})
        rows.append({"label": s["ind_forum_week"], "value": format_number(flows["forum_posts"] / weeks, language, 1),
                     "detail": s["ind_forum_week_detail"].format(n=num(flows["forum_posts"], language), weeks=weeks)})
    if available:
        posts_with_comments, threads, people = queries.conversations(con, run_id, since, until)
        rows.append({"label": s["ind_conversations"], "value": num(posts_with_comments + threads, language),
                     "detail": s["ind_conversations_detail"].format(posts=num(posts_with_comments, language),
                                                                   threads=num(threads, language), weeks=weeks)})
        rows.append({"label": s["ind_people"], "value": num(people, language),
                     "detail": s["ind_people_detail"].format(weeks=weeks)})
    if said.get("available") and said.get("voice"):
        total = said["total_mentions"]
        client = sum(v["n"] for v in said["voice"] if v["role"] == "client")
        rows.append({"label": s["ind_voice"], "value": pct(client, total, language) if total else "—",
                     "detail": s["ind_voice_detail"].format(n=num(client, language), total=num(total, language))})
    all_posts, auto_posts = findings.post_totals(sources)
    rows.append({"label": s["ind_automated_share"], "value": pct(auto_posts, all_posts, language),
                 "detail": s["ind_automated_share_detail"].format(n=num(auto_posts, language),
                                                                  total=num(all_posts, language))})
    return {"rows": rows, "period": s["ind_period"].format(since=format_date(since, language),
                                                          until=format_date(until - dt.timedelta(days=1), language),
                                                          weeks=weeks)}


def run_count_rows(counts: dict, language: str) -> list[dict]:
    """What the crawl gathered, one labelled row per count."""
    s = strings(language)
    keys = ("sources", "pages", "fetches", "posts", "comments", "forum_threads", "forum_posts", "errors")
    return [{"label": s["run_counts"][k], "value": num(counts[k], language)} for k in keys if k in counts]


MAX_INFLUENCERS = 20
MAX_PROSPECTS = 20
MAX_COMMENTERS = 20
MAX_PROSPECT_EXAMPLES = 3


def _top_note(rows: list, total: int, language: str) -> str:
    s = eco_strings(language)
    return s["top_note"].format(n=num(len(rows), language), total=num(total, language)) if total > len(rows) else ""


def ecosystem_map(con, run_id: str, language: str, warnings: list[str]) -> dict:
    """The ecosystem map (issue 14): the drawn map, the most influential sources, the prospects, the
    commenters on several pertinent sources and the influence formula; `available` is False for a
    warehouse without the ecosystem marts (the report then leaves the section out)."""
    if not ecosystem_queries.available(con, run_id):
        return {"available": False}
    s, v = eco_strings(language), strings(language)
    nodes = ecosystem_queries.nodes(con, run_id)
    chart = None
    try:
        chart = ecomap.draw_map(nodes, ecosystem_queries.edges(con, run_id), language)
    except Exception as e:  # layout is numerical work on crawled data: a failure costs the map, not the report
        warnings.append(s["map_failed"].format(error=f"{type(e).__name__}: {e}"))
        log.warning("ecosystem map not drawn: %s", e)
    colours = ecomap.community_colours(nodes)
    # the crawled sources by influence rank: the map's nodes already hold them
    ranked_nodes = sorted((n for n in nodes if n["influence_rank"] is not None),
                          key=lambda n: (n["influence_rank"], n["entity"]))
    top, ranked = ranked_nodes[:MAX_INFLUENCERS], len(ranked_nodes)
    influencers = [{
        "rank": num(r["influence_rank"], language), "link": link(r["url"] or r["entity"]),
        "label": r["label"] if r["label"] and r["label"] != r["entity"] else "",
        "influence": num(r["influence"], language, 1), "community": num(r["community"], language),
        "colour": colours.get(r["community"], ecomap.GREY) if r["community"] is not None else "",
        "inlinks": num(r["inlinks"], language), "pertinent_inlinks": num(r["pertinent_inlinks"], language),
        "verdict": r["verdict"] or "", "verdict_label": v["verdict_one"].get(r["verdict"], r["verdict"] or ""),
    } for r in top]
    found = ecosystem_queries.prospects(con, run_id, MAX_PROSPECTS)
    prospects = None if found is None else {
        "rows": [{"rank": num(r["rank"], language), "link": link(r["url"] or r["entity"]), "entity": r["entity"],
                  "pertinent_inlinks": num(r["pertinent_inlinks"], language), "inlinks": num(r["inlinks"], language),
                  "linking": r["linking_sources"] or "",
                  "examples": [link(u.strip()) for u in (r["example_pages"] or "").split(";")
                               if u.strip()][:MAX_PROSPECT_EXAMPLES]} for r in found[0]],
        "truncated": _top_note(found[0], found[1], language)}
    found = ecosystem_queries.commenters(con, run_id, MAX_COMMENTERS)
    commenters = None if found is None else {
        "rows": [{"name": r["commenter"] or r["commenter_key"] or "",
                  "pertinent_sources": num(r["pertinent_sources"], language),
                  "comments": num(r["comments"], language), "sources": r["sources"] or "",
                  "signature": r["signature_site"] or "",
                  "period": " – ".join(p for p in (iso(r["first_seen"]), iso(r["last_seen"])) if p)}
                 for r in found[0]],
        "truncated": _top_note(found[0], found[1], language)}
    p = ecosystem_queries.influence_params(con)
    value = lambda k: num(p[k], language, 2, trim=True)  # noqa: E731
    formula = s["formula"].format(
        content=value("kind_content"), forum_post=value("kind_forum_post"), blogroll=value("kind_blogroll"),
        comment=value("kind_comment"), trust_pertinent=value("trust_pertinent"),
        trust_undecided=value("trust_undecided"), trust_automated=value("trust_automated"),
        trust_not_crawled=value("trust_not_crawled"), mutual_damping=value("mutual_damping"),
        alpha=value("alpha"), share=value("engagement_share"))
    return {"available": True, "s": s, "chart": chart, "influencers": influencers,
            "influencers_truncated": _top_note(top, ranked, language),
            "prospects": prospects, "commenters": commenters, "formula": formula}
