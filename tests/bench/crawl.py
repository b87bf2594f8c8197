"""`make bench-crawl`: the audit crawl against a bare Scrapy spider on the same pages, same run.

    .venv/bin/python -m tests.bench.crawl [--write docs/benchmarks.md]

Politeness off for both (no robots.txt, no delay, 8 requests at a time per host), both
through the demo server's proxy on 127.0.0.1. Also the extraction rate of one core.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.common import write_section

COMMAND = ".venv/bin/python -m tests.bench.crawl --write docs/benchmarks.md  (make bench-crawl)"
CONCURRENCY, PER_HOST = 16, 8


def _cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def audit_crawl(tmp: Path) -> tuple[float, int, list[str], dict]:
    from sectorweb.labels import demo_seeds
    from spiders.job import CrawlJob
    from spiders.launch import run_crawl

    job = CrawlJob(seeds=demo_seeds(), items_dir=str(tmp / "items"), log_file=str(tmp / "crawl.log"),
                   max_pages_per_source=80, delay_seconds=0, obey_robots=False, autothrottle=False,
                   concurrent_requests=CONCURRENCY, per_host_concurrency=PER_HOST,
                   parse_workers=os.cpu_count() or 1)
    server0 = _cpu(resource.RUSAGE_SELF)  # this process only serves the demo web meanwhile
    result = run_crawl(job, tmp / "job.json")
    # CPU from the spider's start on (start-up excluded, as from the timing); the parse
    # workers' own start-up is counted: it overlaps the crawl.
    stats = result.stats
    cpu = {"reactor": stats.get("cpu_seconds_reactor", 0.0) - stats.get("cpu_seconds_reactor_startup", 0.0),
           "workers": stats.get("cpu_seconds_workers", 0.0),
           "server": _cpu(resource.RUSAGE_SELF) - server0}
    fetched = [json.loads(l)["url"] for l in (tmp / "items" / "fetches.jsonl").open(encoding="utf-8")]
    errors = [json.loads(l)["url"] for l in (tmp / "items" / "errors.jsonl").open(encoding="utf-8")]
    responses = result.stats.get("downloader/response_count", 0)
    # From the spider's start to its close, as for the bare spider (no interpreter start-up).
    return result.stats["crawl_seconds"], responses, fetched + errors, cpu


def bare_crawl(tmp: Path, urls: list[str]) -> tuple[float, int, dict]:
    (tmp / "urls.txt").write_text("\n".join(urls), encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    server0 = _cpu(resource.RUSAGE_SELF)
    subprocess.run([sys.executable, "-m", "tests.bench.bare_spider", str(tmp / "urls.txt"),
                    str(CONCURRENCY), str(PER_HOST), str(tmp / "bare.json")], cwd=root, check=True)
    stats = json.loads((tmp / "bare.json").read_text())
    cpu = {"reactor": stats["cpu_seconds"] - stats["cpu_seconds_startup"],
           "server": _cpu(resource.RUSAGE_SELF) - server0}
    return stats["seconds"], stats["responses"], cpu


def extraction_rate(limit: int = 400) -> tuple[float, int]:
    """Pages per second parsed by one core on the demo web's HTML pages."""
    from sectorweb import build_site
    from spiders.parsers import parse_page

    pages = [(f"http://{h}{p}", body) for (h, p), (status, ctype, body, _) in build_site().pages.items()
             if status == 200 and ctype.startswith("text/html")][:limit]
    t0 = time.perf_counter()
    for url, body in pages:
        parse_page(url, body)
    return len(pages) / (time.perf_counter() - t0), len(pages)


def run(rounds: int = 2) -> dict:
    from sectorweb import DemoServer
    from ecoaudit.demo_audit import proxy_env

    audit, bare, cpu = [], [], []
    with DemoServer() as server, tempfile.TemporaryDirectory() as tmp:
        os.environ.update(proxy_env(server.proxy_url))
        for i in range(rounds):  # alternate, keep the best of each: less noise from the machine
            d = Path(tmp) / f"r{i}"
            secs, responses, urls, a_cpu = audit_crawl(d)
            audit.append(responses / secs)
            b_secs, b_responses, b_cpu = bare_crawl(d, urls)
            bare.append(b_responses / b_secs)
            cpu.append({"audit": {k: 1000 * v / responses for k, v in a_cpu.items()},
                        "bare": {k: 1000 * v / b_responses for k, v in b_cpu.items()}})
            print(f"round {i + 1}: audit {audit[-1]:.0f} pages/s, bare {bare[-1]:.0f} pages/s, "
                  f"ratio {audit[-1] / bare[-1]:.2f}; CPU ms/page: "
                  + "; ".join(f"{crawl} " + ", ".join(f"{k} {v:.1f}" for k, v in c.items())
                              for crawl, c in cpu[-1].items()), file=sys.stderr, flush=True)
    rate, n = extraction_rate()
    return {"audit_pps": max(audit), "bare_pps": max(bare), "responses": responses,
            "bare_responses": b_responses, "ratio": max(audit) / max(bare),
            "round_ratios": [a / b for a, b in zip(audit, bare)], "cpu_ms_per_page": cpu,
            "extract_pps_per_core": rate, "extract_pages": n}


def _cpu_text(r: dict, crawl: str) -> str:
    best = max(range(len(r["round_ratios"])), key=lambda i: r["round_ratios"][i])
    names = {"reactor": "crawl process", "workers": "parse workers", "server": "demo server"}
    return ", ".join(f"{names[k]} {v:.1f}" for k, v in r["cpu_ms_per_page"][best][crawl].items())


def markdown(r: dict) -> str:
    return "\n".join([
        "## Crawl speed (issue 3)",
        "",
        f"Command: `{COMMAND}`  ",
        f"Machine: {platform.machine()}, Python {platform.python_version()}, {os.cpu_count()} cores; "
        f"{time.strftime('%Y-%m-%d')}.",
        "",
        f"Both crawls fetch the same {r['responses']} URLs of the demo web through its proxy on 127.0.0.1, "
        f"politeness off ({CONCURRENCY} requests at a time, {PER_HOST} per host, no robots.txt, no delay); "
        f"best of {len(r['round_ratios'])} alternating rounds. The bare spider's callback does nothing; "
        "the audit crawl parses every page (in parse worker processes), writes items and follows "
        "feeds, sitemaps and links. Time and CPU run from the spider's start until its items are "
        "written (interpreter start-up excluded for both; the parse workers' start-up counted).",
        "",
        "| crawl | pages/s | CPU ms per page (best round) |",
        "| --- | --- | --- |",
        f"| audit crawl | {r['audit_pps']:.0f} | {_cpu_text(r, 'audit')} |",
        f"| bare Scrapy spider | {r['bare_pps']:.0f} | {_cpu_text(r, 'bare')} |",
        f"| ratio (target ≥ 0.8) | {r['ratio']:.2f} | rounds: "
        f"{', '.join(f'{x:.2f}' for x in r['round_ratios'])} |",
        "",
        f"Extraction alone (parse_page on {r['extract_pages']} demo pages, one core): "
        f"{r['extract_pps_per_core']:.0f} pages/s.",
        "",
    ])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--write", type=Path)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    r = run(args.rounds)
    text = markdown(r)
    print(text)
    if args.write:
        write_section(args.write, text, "## Crawl speed (issue 3)")


if __name__ == "__main__":
    main()
