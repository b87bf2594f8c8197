"""SQL transforms at scale (issue 4): every model of `sql/` on a synthetic warehouse of 1M and 100k posts.

    make bench-sql
    .venv/bin/python -m tests.bench.sql [--scales 1000000:5000,100000:500] [--keep DIR] [--write docs/benchmarks.md]

Each scale runs in its own process (so peak memory is its own): the synthetic warehouse of
`tests/bench/synthetic.py` is generated into a DuckDB file (kept in --keep DIR and reused when present),
the connection gets `memory_limit` and `threads` set explicitly, a plain scan + group-by of the posts is
timed, then `ecoaudit.sqlrun.run_models` (the pipeline's entry point) runs every seed and model, each
model timed. Reported: total, the near-duplicate models (int_post_shingles .. int_post_similarity), the
ratio of the whole classification to the scan, peak RSS of the process (getrusage) and the peak of
DuckDB's own memory (duckdb_memory(), sampled every 0.2 s from a second cursor).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import duckdb

MEMORY_LIMIT = "3GB"
THREADS = 2
NEAR_DUP = ("int_post_words", "int_post_shingles", "int_post_pairs", "int_post_similarity")
SCAN_SQL = "select host, count(*), sum(length(text)) from raw_pages group by host"
TITLE = "## SQL transforms at scale (issue 4)"


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_s() -> float:
    """CPU seconds of this process, all DuckDB threads included (robust to a busy machine, unlike wall time)."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


class _DuckMemory(threading.Thread):
    """Samples DuckDB's own memory accounting (duckdb_memory()) from a second cursor."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        super().__init__(daemon=True)
        self.cur = con.cursor()
        self.peak = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.2):
            try:
                used = self.cur.execute("select sum(memory_usage_bytes) from duckdb_memory()").fetchall()[0][0]
            except duckdb.Error:
                continue
            self.peak = max(self.peak, used or 0)


def run_scale(n_posts: int, n_sources: int, keep: Path) -> dict:
    """One scale, in this process: generate (or reuse) the warehouse, time the scan and every model."""
    from ecoaudit import sqlrun
    from tests.bench import synthetic

    keep.mkdir(parents=True, exist_ok=True)
    path = keep / f"synthetic_{n_posts}_{n_sources}.duckdb"
    fresh = not path.exists()
    con = duckdb.connect(str(path))
    con.execute(f"set memory_limit = '{MEMORY_LIMIT}'")
    con.execute(f"set threads = {THREADS}")
    con.execute(f"set temp_directory = '{keep / 'tmp'}'")
    con.execute("set preserve_insertion_order = false")
    con.execute("set TimeZone = 'UTC'")
    result: dict = {"posts": n_posts, "sources": n_sources}
    if fresh:
        t = time.perf_counter()
        result["raw_rows"] = synthetic.generate(con, n_posts, n_sources)
        con.execute("checkpoint")
        result["generate_s"] = time.perf_counter() - t
    else:
        result["raw_rows"] = {t: con.execute(f"select count(*) from {t}").fetchall()[0][0]
                              for t in ("raw_sources", "raw_pages", "raw_comments", "raw_forum_posts")}
    result["text_mb"] = con.execute("select sum(length(text)) / 1e6 from raw_pages").fetchall()[0][0]

    con.execute(SCAN_SQL).fetchall()  # warm the buffer pool as the transforms will find it
    t, c = time.perf_counter(), _cpu_s()
    con.execute(SCAN_SQL).fetchall()
    result["scan_s"] = time.perf_counter() - t
    result["scan_cpu_s"] = _cpu_s() - c

    timings: dict[str, float] = {}
    cpu: dict[str, float] = {}
    materialise = sqlrun._materialise

    def timed(c, model):
        start, start_cpu = time.perf_counter(), _cpu_s()
        try:
            return materialise(c, model)
        finally:
            timings[model.name] = time.perf_counter() - start
            cpu[model.name] = _cpu_s() - start_cpu

    sampler = _DuckMemory(con)
    sampler.start()
    sqlrun._materialise = timed
    t, c = time.perf_counter(), _cpu_s()
    try:
        counts = sqlrun.run_models(con, synthetic.RUN_ID)
    finally:
        sqlrun._materialise = materialise
        sampler.stop.set()
    result["total_s"] = time.perf_counter() - t
    result["total_cpu_s"] = _cpu_s() - c
    sampler.join()
    result["near_dup_s"] = sum(timings.get(m, 0.0) for m in NEAR_DUP)
    result["near_dup_cpu_s"] = sum(cpu.get(m, 0.0) for m in NEAR_DUP)
    result["models_cpu_s"] = {m: round(v, 2) for m, v in sorted(cpu.items(), key=lambda kv: -kv[1])}
    result["models_s"] = dict(sorted(timings.items(), key=lambda kv: -kv[1]))
    result["ratio"] = result["total_s"] / result["scan_s"] if result["scan_s"] else None
    result["peak_rss_mb"] = _rss_mb()
    result["peak_duckdb_mb"] = sampler.peak / 2**20
    result["rows"] = {m: counts[m] for m in ("int_posts", "int_post_shingles", "int_post_pairs", "sources")
                      if m in counts}
    result["verdicts"] = dict(con.execute(
        "select machine_verdict, count(*) from sources where run_id = ? group by all order by all",
        [synthetic.RUN_ID]).fetchall())
    result["copied_posts"] = con.execute(
        "select count(*) filter (where is_copied_earlier), count(*) filter (where is_spun_earlier), "
        "count(*) filter (where is_templated) from int_post_similarity").fetchall()[0]
    con.close()
    return result


def _child(scale: str, keep: Path) -> dict:
    posts, sources = (int(x) for x in scale.split(":"))
    proc = subprocess.run(
        [sys.executable, "-m", "tests.bench.sql", "--one", scale, "--keep", str(keep)],
        capture_output=True, text=True, check=False)
    if proc.returncode:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"scale {posts} posts failed")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _section(results: list[dict]) -> str:
    big, small = results[0], results[-1]
    lines = [TITLE, "",
             f"`make bench-sql`: synthetic warehouses (`tests/bench/synthetic.py`), every model run by "
             f"`sqlrun.run_models` with DuckDB `memory_limit = '{MEMORY_LIMIT}'`, `threads = {THREADS}`, "
             f"file-backed (spills to disk). Scan = `{SCAN_SQL}`.", "",
             "Wall seconds, then CPU seconds (all threads) in brackets: CPU time does not grow when other "
             "work shares the machine.", "",
             "| posts | sources | text MB | total s | near-dup s | scan s | total / scan | peak RSS MB | "
             "DuckDB peak MB |",
             "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in results:
        lines.append(f"| {r['posts']:,} | {r['sources']:,} | {r['text_mb']:,.0f} | {r['total_s']:.1f} "
                     f"({r['total_cpu_s']:.0f}) | {r['near_dup_s']:.1f} ({r['near_dup_cpu_s']:.0f}) | "
                     f"{r['scan_s']:.2f} ({r['scan_cpu_s']:.2f}) | {r['ratio']:.0f}x | {r['peak_rss_mb']:,.0f} | "
                     f"{r['peak_duckdb_mb']:,.0f} |")
    if len(results) > 1:
        lines += ["", f"Near-duplicate time {big['posts']:,} vs {small['posts']:,} posts: "
                      f"{big['near_dup_s'] / small['near_dup_s']:.1f}x wall, "
                      f"{big['near_dup_cpu_s'] / small['near_dup_cpu_s']:.1f}x CPU, "
                      f"for {big['posts'] / small['posts']:.0f}x the posts (the issue requires at most 12x)."]
    lines += ["", f"Slowest models at {big['posts']:,} posts: " + ", ".join(
        f"{m} {s:.1f} s" for m, s in list(big["models_s"].items())[:6]) + ".", ""]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1000000:5000,100000:500", help="posts:sources,...")
    parser.add_argument("--keep", type=Path, help="folder for the synthetic warehouses (reused when present)")
    parser.add_argument("--write", type=Path, help="write the section into this benchmarks file")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        posts, sources = (int(x) for x in args.one.split(":"))
        print(json.dumps(run_scale(posts, sources, args.keep)))
        return
    with tempfile.TemporaryDirectory(prefix="bench-sql-") as tmp:
        keep = args.keep or Path(tmp)
        results = []
        for scale in args.scales.split(","):
            r = _child(scale, keep)
            print(json.dumps(r, indent=1), flush=True)
            results.append(r)
    section = _section(results)
    print(section)
    if args.write:
        from tests.bench.common import write_section

        write_section(args.write, section, TITLE)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
