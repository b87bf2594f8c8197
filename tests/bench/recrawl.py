"""`make bench-recrawl`: what incremental re-crawls of the demo web fetch, and what they find.

    .venv/bin/python -m tests.bench.recrawl [--write docs/benchmarks.md]

Three audits in one workspace: the first crawl, a re-crawl of the unchanged web, and a
re-crawl of the web a week later (new posts, comments, threads and replies).
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


def run() -> dict:
    from ecoaudit.demo import build_site, new_since
    from ecoaudit.demo_audit import demo_audit
    from ecoaudit.recrawl import found_urls, recrawl_stats
    from ecoaudit.urls import normalize

    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for run_id, days in (("first", 0), ("same", 0), ("week", 7)):
            t0 = time.perf_counter()
            res = demo_audit(Path(tmp), run_id=run_id, days_later=days)
            out[f"{run_id}_seconds"] = time.perf_counter() - t0
        con = duckdb.connect(str(res.run_dir.parent.parent / "warehouse.duckdb"), read_only=True)
        out["same"] = recrawl_stats(con, "same", "first")
        out["week"] = recrawl_stats(con, "week", "first")
        fresh = new_since(build_site(), build_site(days_later=7), changed=False)
        found = found_urls(con, "week")
        out["new"] = sum(map(len, fresh.values()))
        out["new_found"] = sum(normalize(u) in found for urls in fresh.values() for u in urls)
    return out


def markdown(r: dict) -> str:
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
        f"A week later: {r['new_found']} of {r['new']} new posts, articles and threads found "
        "(in fetched pages, feed or sitemap entries, or forum threads); every post that got new "
        "comments and every thread that got replies was re-read (asserted in "
        "`tests/test_e2e_demo.py::test_recrawl_a_week_later_finds_every_new_post_and_reply`). A week "
        "of news re-renders every listing, feed and sitemap of the busy sites, hence the downloads.",
        "",
    ])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--write", type=Path)
    args = ap.parse_args()
    text = markdown(run())
    print(text)
    if args.write:
        write_section(args.write, text, "## Incremental re-crawls (issue 3)")


if __name__ == "__main__":
    main()
