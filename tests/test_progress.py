"""Progress of a long run: what the crawl writes (spiders/progress.py), what the console shows
(ecoaudit/progress.py), and the estimate of the time left."""
from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from ecoaudit import progress
from spiders.job import CrawlJob


def state(**kw) -> dict:
    base = {"elapsed": 100.0, "max_run_seconds": 3600, "pages": 200, "errors": 3, "queued": 100,
            "sources": 12, "sources_crawled": 9, "finished": None,
            "per_source": {"a.test": {"fetched": 120, "errors": 1}, "b.test": {"fetched": 80, "errors": 2}}}
    return {**base, **kw}


def test_time_left_is_the_queue_at_the_rate_so_far_within_the_cap():
    assert progress.eta_seconds(state()) == pytest.approx(50.0)  # 100 queued at 2 pages/s
    assert progress.eta_seconds(state(max_run_seconds=120)) == pytest.approx(20.0)  # the cap comes first
    assert progress.eta_seconds(state(pages=2)) is None  # too early to say
    assert progress.eta_seconds(state(max_run_seconds=None, queued=0)) == 0


def test_crawl_line_names_totals_busiest_sources_and_time_left():
    line = progress.crawl_line(state())
    assert line.startswith("crawl: 200 pages, 3 errors, 9/12 sources reached, 100 queued, about 50 s left")
    assert "a.test 120, b.test 80" in line
    assert "done in 1 min 40 s" in progress.crawl_line(state(finished="finished"))


def test_plain_lines_in_a_log_stage_by_stage_and_the_crawl_now_and_then():
    out = io.StringIO()
    clock = iter([0.0, 5.0, 40.0, 41.0])
    with progress.reporting("Audit X", Console(file=io.StringIO(), force_terminal=False), stream=out) as r:
        r.clock = lambda: next(clock)
        assert progress.current() is r
        progress.stage("crawl")
        cb = progress.crawl_callback()
        cb(state(pages=10))                       # first state: said
        cb(state(pages=20))                       # 5 s later: not again
        cb(state(pages=300))                      # 40 s: said
        cb(state(pages=310, finished="finished"))  # the end: always said
        progress.stage("transform")
    assert progress.current() is None
    lines = out.getvalue().splitlines()
    assert lines[:2] == ["ecoaudit | Audit X", "ecoaudit | crawling"]
    assert [ln.split(",")[0] for ln in lines[2:5]] == ["ecoaudit | crawl: 10 pages", "ecoaudit | crawl: 300 pages",
                                                       "ecoaudit | crawl: 310 pages"]
    assert lines[-1] == "ecoaudit | classifying"


def test_live_display_on_a_terminal_leaves_no_plain_lines():
    buf = io.StringIO()
    console = Console(file=buf, force_terminal=True, width=100)
    stream = io.StringIO()
    with progress.reporting("Audit X", console, stream=stream) as r:
        assert r.live_mode
        progress.stage("crawl")
        progress.crawl_callback()(state())
    assert stream.getvalue() == ""
    assert r.lines[0] == "crawling"


def test_stages_report_nowhere_outside_a_run():
    assert progress.current() is None and progress.crawl_callback() is None
    progress.stage("load")  # no reporter: nothing, no error


@pytest.mark.e2e
def test_a_crawl_writes_its_progress_and_the_parent_reads_it(tmp_path):
    from ecoaudit.demo_audit import through_proxy
    from sectorweb import DemoServer
    from sectorweb.labels import demo_seeds
    from spiders.launch import run_crawl

    seeds = [s for s in demo_seeds() if "patrimoine-conseils" in s or "entraide-patrimoine" in s]
    job = CrawlJob(seeds=seeds, items_dir=str(tmp_path / "items"), max_pages_per_source=5, delay_seconds=0,
                   discover=False)
    seen: list[dict] = []
    with DemoServer() as server:
        with through_proxy(server.proxy_url):
            result = run_crawl(job, tmp_path / "job.json", timeout=180, on_progress=seen.append)
    assert seen, "the parent never saw the crawl's progress"
    last = seen[-1]
    assert last == json.loads((tmp_path / "items" / "progress.json").read_text())
    assert last["finished"] == "finished"
    fetched = sum(1 for line in (tmp_path / "items" / "fetches.jsonl").read_text().splitlines() if line)
    assert last["pages"] >= fetched > 0  # every response, robots.txt and feeds included
    hosts = {s.split("/")[2] for s in seeds}  # a seed that redirects to www. counts under its seed host
    assert hosts <= set(last["per_source"]) and last["sources"] >= len(hosts) and last["sources_crawled"] >= 2
    assert 0 < sum(v["fetched"] for v in last["per_source"].values()) <= last["pages"]  # robots.txt: no source
    assert last["errors"] == result.errors


def test_reporting_never_imports_prefect_before_the_runner_sets_it_up():
    """Importing Prefect fixes its settings (PREFECT_HOME, log level); the runner sets them just before
    the flow, after the reporter has started."""
    import subprocess
    import sys

    code = ("import io, sys\nfrom rich.console import Console\nfrom ecoaudit import progress\n"
            "with progress.reporting('Audit X', Console(file=io.StringIO()), stream=io.StringIO()):\n"
            "    progress.stage('crawl')\n"
            "print('prefect' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False", out.stderr
