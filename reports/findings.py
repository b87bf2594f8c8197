"""The sentences the report writes from the figures: the summary's findings, what was audited,
share of voice, engagement concentration, and the weekly spikes the activity section flags.

Pure functions of data already read (Polars frames, the view's rows); words come from reports/i18n.py.
"""
from __future__ import annotations

import polars as pl

from reports.formatting import num, pct, without_examples
from reports.i18n import format_date, format_number, plural, strings

MAX_FINDINGS = 5
ENGAGEMENT_CONCENTRATION = 5   # "the N most active sources hold P% of the exchanges"
SPIKE_SD = 2                   # a spike: a week above mean + SPIKE_SD standard deviations
MIN_SPIKE_WEEKS = 8            # fewer weeks than this: no spike is flagged
MIN_SPIKE_POSTS = 3            # nor a week with fewer posts than this
MAX_SPIKES = 8


def post_totals(sources: pl.DataFrame) -> tuple[int, int]:
    """Posts of all sources, and of the sources judged automated."""
    if not sources.height:
        return 0, 0
    all_posts = int(sources.get_column("posts").cast(pl.Int64, strict=False).fill_null(0).sum() or 0)
    auto_posts = int(sources.filter(pl.col("verdict") == "automated").get_column("posts")
                     .cast(pl.Int64, strict=False).fill_null(0).sum() or 0)
    return all_posts, auto_posts


def spikes(weeks: pl.DataFrame) -> tuple[float, float, float, list[dict]]:
    """Weekly posts (`week`, `n`) -> (mean, sd, threshold, spikes): a spike is a week above
    mean + SPIKE_SD sd with MIN_SPIKE_POSTS posts at least, given MIN_SPIKE_WEEKS weeks; the
    MAX_SPIKES biggest, biggest first."""
    values = weeks.get_column("n").to_list()
    mean = sum(values) / len(values) if values else 0.0
    sd = (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5 if values else 0.0
    threshold = mean + SPIKE_SD * sd
    found = []
    if len(values) >= MIN_SPIKE_WEEKS and sd > 0:
        found = [r for r in weeks.iter_rows(named=True) if r["n"] > threshold and r["n"] >= MIN_SPIKE_POSTS]
    return mean, sd, threshold, sorted(found, key=lambda r: -r["n"])[:MAX_SPIKES]


def spike_rule(mean: float, sd: float, threshold: float, language: str) -> str:
    """How spikes were flagged, with this run's figures."""
    return strings(language)["spike_rule"].format(
        mean=format_number(mean, language, 1), sd=format_number(sd, language, 1),
        k=num(SPIKE_SD, language), threshold=format_number(threshold, language, 1),
        min=num(MIN_SPIKE_POSTS, language))


def concentration(rows: list[dict], totals: dict, language: str) -> str:
    """The share of the exchanges the ENGAGEMENT_CONCENTRATION most active sources hold ("" when
    they are all the sources there are)."""
    top_n = min(ENGAGEMENT_CONCENTRATION, len(rows))
    if not (totals["exchanges"] and top_n and totals["sources"] > top_n):
        return ""
    share = sum(r["exchanges_n"] for r in rows[:top_n])
    return strings(language)["engagement_concentration"].format(
        n=num(top_n, language), pct=pct(share, totals["exchanges"], language),
        total=num(totals["exchanges"], language), sources=num(totals["sources"], language))


def voice_summary(voice: list[dict], total: int, language: str) -> str:
    """The client's share of the brand mentions, and the most named competitor's."""
    s = strings(language)
    if not voice:
        return ""
    if not total:
        return s["voice_none"]
    client = sum(v["n"] for v in voice if v["role"] == "client")
    rivals = sorted((v for v in voice if v["role"] != "client"), key=lambda v: -v["n"])
    text = s["voice_client"].format(pct=pct(client, total, language), n=num(client, language),
                                    total=num(total, language))
    if rivals and rivals[0]["n"]:
        text += " " + s["voice_rival"].format(brand=rivals[0]["brand"], pct=pct(rivals[0]["n"], total, language))
    return text


def audited(ctx: dict, counts: dict, language: str) -> str:
    """One sentence on what was audited: seeds, run date, pages read, what was found."""
    s = strings(language)
    seeds = ctx.get("seeds")
    if isinstance(seeds, (list, tuple)):
        seeds = len(seeds)
    known = isinstance(seeds, int) and seeds > 0
    parts = {
        "seeds": num(seeds, language) if known else "",
        "w_seeds": plural(language, seeds if known else 2, s["w_seeds"]),
        "pages": num(counts.get("pages", 0), language),
        "sources": num(counts.get("sources", 0), language),
        "posts": num(counts.get("posts", 0), language),
        "comments": num(counts.get("comments", 0), language),
        "forum_posts": num(counts.get("forum_posts", 0), language),
        "threads": num(counts.get("forum_threads", 0), language),
    }
    text = (s["audited"] if known else s["audited_no_count"]).format(**parts)
    if counts.get("first_post") and counts.get("last_post"):
        text += " " + s["audited_period"].format(first=format_date(counts["first_post"], language),
                                                 last=format_date(counts["last_post"], language))
    if ctx.get("crawl_cut"):  # a partial run: the consultant must know the crawl was not finished
        text += " " + s["audited_cut"]
    return text


def summary(counts: dict, sources: pl.DataFrame, reasons: pl.DataFrame, engagement: dict, said: dict,
            activity: dict, errors: pl.DataFrame, rule_names: dict[str, str], language: str) -> list[str]:
    """Up to MAX_FINDINGS sentences drawn from the figures, most telling first; each states a fact
    a section details."""
    s = strings(language)
    if not sources.height:
        return [s["summary_empty"]]
    by = counts["by_verdict"]
    w = lambda key, n: plural(language, n, s[key])  # noqa: E731
    lines = [s["summary_total"].format(
        total=num(counts["total"], language), sources=w("w_sources", counts["total"]),
        analysed=w("w_analysed", counts["total"]),
        pertinent=num(by["pertinent"], language), pertinent_w=w("w_pertinent", by["pertinent"]),
        automated=num(by["automated"], language), automated_w=w("w_automated", by["automated"]),
        undecided=num(by["undecided"], language), undecided_w=w("w_undecided", by["undecided"]),
    )]
    all_posts, auto_posts = post_totals(sources)
    if by["automated"] and all_posts:
        lines[0] += " " + s["finding_automated"].format(pct=pct(auto_posts, all_posts, language))
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
            week=format_date(peak["week"], language), n=num(peak["n"], language),
            ratio=format_number(peak["n"] / activity["mean"], language, 1) if activity["mean"] else "—"))
    automated = reasons.filter(pl.col("direction") == "automated")
    if automated.height:
        top = (automated.group_by("rule_id")
               .agg(pl.col("host").n_unique().alias("n"), pl.col("label").first())
               .sort(["n", "rule_id"], descending=[True, False]).row(0, named=True))
        label = rule_names.get(top["rule_id"]) or without_examples(top["label"] or top["rule_id"])
        if top["n"] > 1:  # a rule that fired once is no pattern worth a summary line
            lines.append(s["summary_top_rule"].format(
                label=label, n=num(top["n"], language), sources=w("w_sources", top["n"])))
    if errors.height:
        hosts = errors.get_column("host").n_unique()
        lines.append(s["summary_errors"].format(
            n=num(errors.height, language), errors=w("w_errors", errors.height),
            hosts=num(hosts, language), sites=w("w_sites", hosts)))
    return lines[:MAX_FINDINGS]
