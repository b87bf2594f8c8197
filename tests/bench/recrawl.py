"""`make bench-recrawl`: what incremental re-crawls of the demo web fetch, and what they find.

    .venv/bin/python -m tests.bench.recrawl [--write docs/benchmarks.md]

Three audits in one workspace: the first crawl, a re-crawl of the unchanged web, and a
re-crawl of the web a week later (new posts, comments, threads and replies); then the same three
against the demo web served without validators (no ETag / Last-Modified, never 304: as many
dynamic blogs and forums), where re-crawls infer what changed from feeds, sitemaps and listings.

Requests of a run = the responses its spider received, whatever their status
(`ecoaudit.recrawl.requests_made`: raw_fetches rows not carried over + HTTP error rows); the
downloader's own count (`downloader/response_count` of the crawl stats, which adds the robots.txt
middleware's requests and redirects) is given beside it.
"""
from __future__ import annotations

import argparse
import platform
import tempfile
import time
from pathlib import Path

import duckdb

from tests.bench.common import write_section

COMMAND = ".venv/bin/python -m tests.bench.recrawl --write docs/benchmarks.md  (make bench-recrawl)"


def run(validators: bool = True, archive: bool = True) -> dict:
    from sectorweb import build_site, new_since
    from ecoaudit.demo_audit import demo_audit
    from ecoaudit.recrawl import found_urls, recrawl_stats
    from ecoaudit.urls import normalize

    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for run_id, days in (("first", 0), ("same", 0), ("week", 7)):
            t0 = time.perf_counter()
            res = demo_audit(Path(tmp), run_id=run_id, days_later=days, validators=validators)
            out[f"{run_id}_seconds"] = time.perf_counter() - t0
        con = duckdb.connect(str(res.run_dir.parent.parent / "warehouse.duckdb"), read_only=True)
        out["same"] = recrawl_stats(con, "same", "first")
        out["week"] = recrawl_stats(con, "week", "first")
        for key, run_id in (("first", "first"), ("same", "same"), ("week", "week")):
            out[f"{key}_responses"] = downloader_responses(con, run_id)
        fresh = new_since(build_site(), build_site(days_later=7), changed=False)
        found = found_urls(con, "week")
        out["new"] = sum(map(len, fresh.values()))
        out["new_found"] = sum(normalize(u) in found for urls in fresh.values() for u in urls)
        out["pages_first"] = con.execute("select count(*) from raw_pages where run_id = 'first'").fetchall()[0][0]
        q = "select host, verdict, posts, comments from sources where run_id = ? order by host"
        out["same_sources_equal"] = con.execute(q, ["first"]).fetchall() == con.execute(q, ["same"]).fetchall()
        con.close()
        if archive:
            out.update(archive_figures(Path(tmp), res.run_dir.parent / "first"))
    return out


def downloader_responses(con, run_id: str) -> int:
    """Scrapy's downloader/response_count of a run (every response, robots.txt middleware and redirects included)."""
    import json

    row = con.execute("select crawl_stats_json from runs where run_id = ?", [run_id]).fetchall()
    stats = json.loads(row[0][0] or "{}").get("stats", {}) if row else {}
    return int(stats.get("downloader/response_count", 0))


def archive_figures(workspace: Path, first_run: Path) -> dict:
    """Size of the first crawl's WARC archive against the bytes received, and a re-extraction of it
    (`ecoaudit reextract`: replay through the current parsers, nothing fetched) with its speed."""
    import json

    from ecoaudit.reextract import reextract

    stats = json.loads((first_run / "items" / "crawl_stats.json").read_text())
    archive = sum(p.stat().st_size for p in (first_run / "archive").glob("*.warc.gz"))
    t0 = time.perf_counter()
    done, _ = reextract(workspace / "audit.toml", workspace, "first", "first-re")
    return {"received_bytes": stats.get("downloader/response_bytes", 0), "archive_bytes": archive,
            "replayed": done.replay.replayed, "replay_seconds": done.replay.seconds,
            "reextract_pages": done.counts.get("pages", 0), "reextract_seconds": time.perf_counter() - t0}


def requests_table(r: dict) -> list[str]:
    """Requests of each re-crawl against the first crawl's, with and without validators."""
    rows = ["| demo web served | first crawl | unchanged web: run 2 / run 1 | a week later: run 3 / run 1 |",
            "| --- | --- | --- | --- |"]
    for label, key in (("with ETag / Last-Modified (304s)", "validators"), ("without validators", "no_validators")):
        x = r[key]
        first = x["same"]["previous_requests"]
        cells = [f"{first} requests ({x['first_responses']} downloader responses)"]
        for run in ("same", "week"):
            n, d = x[run]["requests"], x[f"{run}_responses"]
            cells.append(f"{n} ({100 * n / first:.1f}%); downloader {d} ({100 * d / max(1, x['first_responses']):.1f}%)")
        rows.append(f"| {label} | " + " | ".join(cells) + " |")
    return rows


def markdown(r: dict) -> str:
    nv = r["no_validators"]
    r = r["validators"]
    first = r["same"]["previous_downloads"]
    rows = [f"| {name} | {r[key]['downloads']} ({100 * r[key]['downloads'] / first:.1f}%) | "
            f"{r[key]['not_modified']} | {r[key]['carried']} | {r[key + '_seconds']:.0f} s |"
            for name, key in (("unchanged web", "same"), ("a week later", "week"))]
    return "\n".join([
        "## Incremental re-crawls (issue 3)",
        "",
        f"Command: `{COMMAND}`  ",
        f"Machine: {platform.machine()}, Python {platform.python_version()}; {time.strftime('%Y-%m-%d')}.",
        "",
        f"First crawl of the demo web: {first} pages downloaded (HTTP 200), {r['first_seconds']:.0f} s for the "
        "whole audit. Re-crawls send ETag / Last-Modified back, skip posts older than `refresh_days` "
        "(30) unless the comments feed shows new comments on them, read feeds and sitemaps first, and "
        "carry the rows of pages not downloaded again over from the previous run.",
        "",
        "| re-crawl | downloads (share of first crawl) | 304 Not Modified | pages carried over | whole audit |",
        "| --- | --- | --- | --- | --- |",
        *rows,
        "",
        "Requests (responses the spider received, any status: `ecoaudit.recrawl.requests_made`; the downloader's "
        "`response_count` adds the robots.txt middleware's requests and redirects). Without validators "
        "(`DemoServer(validators=False)`, `SECTORWEB_VALIDATORS=0`) a re-crawl infers what changed from the "
        "entry points (`spiders/listing_state.py`): an unchanged home vouches for its feeds, sitemaps and "
        "listings; feed entries (date, slash:comments), comments feeds, sitemap lastmods and listing rows "
        "(reply counts, last posts) say which pages changed; every carried page is still re-checked once every "
        "`recheck_every_runs` runs.",
        "",
        *requests_table({"validators": r, "no_validators": nv}),
        "",
        f"Without validators, a week later: {nv['new_found']} of {nv['new']} new posts, articles and threads found; "
        f"unchanged web re-crawl describes the same sources as the first crawl: {nv['same_sources_equal']}.",
        "",
        f"A week later: {r['new_found']} of {r['new']} new posts, articles and threads found "
        "(in fetched pages, feed or sitemap entries, or forum threads); every post that got new "
        "comments and every thread that got replies was re-read (asserted in "
        "`tests/test_e2e_demo.py::test_recrawl_a_week_later_finds_every_new_post_and_reply`). A week "
        "of news re-renders every listing, feed and sitemap of the busy sites, hence the downloads.",
        "",
        f"Raw archive of the first crawl (WARC, gzip per record): {r['archive_bytes'] / 1e6:.2f} MB for "
        f"{r['received_bytes'] / 1e6:.2f} MB received ({100 * r['archive_bytes'] / max(1, r['received_bytes']):.0f}%). "
        f"`ecoaudit reextract first` replayed its {r['replayed']} responses through the current parsers in "
        f"{r['replay_seconds']:.1f} s ({r['replayed'] / max(r['replay_seconds'], 1e-9):.0f} responses/s, one "
        f"process, nothing fetched) and delivered a new run with {r['reextract_pages']} pages "
        f"(first crawl: {r['pages_first']}) in {r['reextract_seconds']:.0f} s, flow included.",
        "",
    ])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--write", type=Path)
    args = ap.parse_args()
    text = markdown({"validators": run(True), "no_validators": run(False, archive=False)})
    print(text)
    if args.write:
        write_section(args.write, text, "## Incremental re-crawls (issue 3)")


if __name__ == "__main__":
    main()
