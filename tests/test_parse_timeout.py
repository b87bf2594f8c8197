"""The per-page parse bound (issue 11): a task past `parse_timeout_seconds` kills its worker and
becomes a `parse_timeout` row; no parse worker outlives the crawl, however it ends."""
from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from spiders.job import CrawlJob
from spiders.parsepool import ParsePool, ParseTimeout

ROOT = Path(__file__).resolve().parent.parent


def _gone(pid: int, within: float = 5.0) -> bool:
    """True once `pid` is no process, or a zombie (dead, waiting for its parent to reap it)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            return True
        if stat.rsplit(")", 1)[1].split()[0] == "Z":
            return True
        time.sleep(0.05)
    return False


def _pool_processes(owner: int) -> list[int]:
    """Pids of the parse starters and workers started by process `owner` (its pid is in their
    command line: `python -m spiders.parsepool OWNER NICE FDS`)."""
    found = []
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            argv = (d / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"spiders.parsepool" in argv:
            i = argv.index(b"spiders.parsepool")
            if argv[i + 1:i + 2] == [str(owner).encode()] and not _gone(int(d.name), 0):
                found.append(int(d.name))
    return found


# Tasks are builtins (os.getpid, time.sleep): a function of this module would be imported, with
# pytest, by the worker unpickling it, inside the bound.


def test_a_task_past_the_bound_fails_and_the_pool_goes_on():
    pool = ParsePool(1, timeout=1.0)
    try:
        async def go():
            first = await pool.run(os.getpid)  # the worker is up: the clock starts when it can work
            started = time.monotonic()
            slow = asyncio.ensure_future(pool.run(time.sleep, 100))
            await asyncio.sleep(0)
            queued = asyncio.ensure_future(pool.run(os.getpid))  # waits in the same worker's pipe
            with pytest.raises(ParseTimeout, match="1 s"):
                await slow
            elapsed = time.monotonic() - started
            return first, elapsed, await asyncio.wait_for(queued, 30), await pool.run(os.getpid)

        first, elapsed, queued, after = asyncio.run(asyncio.wait_for(go(), 60))
        assert 1.0 <= elapsed < 3.0
        assert queued == after != first  # not lost: run by the replacement worker
        assert _gone(first)
        assert pool.timeouts == 1
    finally:
        pool.close()


def test_tasks_within_the_bound_are_untouched():
    pool = ParsePool(2, timeout=2.0)
    try:
        async def go():
            return await asyncio.gather(*(pool.run(time.sleep, 0.3) for _ in range(8)),
                                        pool.run(os.getpid))

        *_, pid = asyncio.run(asyncio.wait_for(go(), 60))
        assert pool.timeouts == 0 and not _gone(pid, 0)
    finally:
        pool.close()


def test_close_kills_a_busy_worker():
    pool = ParsePool(1)  # no bound: close() alone must stop it
    worker = None

    async def go():
        nonlocal worker
        worker = await pool.run(os.getpid)
        slow = asyncio.ensure_future(pool.run(time.sleep, 100))
        await asyncio.sleep(0.5)
        return slow

    slow = asyncio.run(go())
    started = time.monotonic()
    pool.close()
    assert time.monotonic() - started < 3
    assert slow.cancelled() or slow.done()
    assert _gone(worker) and _pool_processes(os.getpid()) == []


OWNER = textwrap.dedent("""
    import asyncio, os, sys, time
    from spiders.parsepool import ParsePool

    pool = ParsePool(2)

    async def main():
        pids = await asyncio.gather(*(pool.run(os.getpid) for _ in range(6)))
        slow = [asyncio.ensure_future(pool.run(time.sleep, 100)) for _ in range(2)]
        await asyncio.sleep(0.5)
        print(" ".join(map(str, sorted(set(pids)))), flush=True)
        await asyncio.gather(*slow)

    asyncio.run(main())
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux only")
def test_no_worker_outlives_an_owner_killed_with_sigkill():
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    owner = subprocess.Popen([sys.executable, "-c", OWNER], stdout=subprocess.PIPE, text=True,
                             cwd=ROOT, env=env)
    try:
        line = owner.stdout.readline()  # both workers busy sleeping
        workers = [int(p) for p in line.split()]
        assert workers, "the owner printed no worker pid"
        processes = _pool_processes(owner.pid)
        assert set(workers) <= set(processes) and len(processes) == len(workers) + 1  # + starter
    finally:
        owner.kill()
        owner.wait(10)
    assert all(_gone(pid) for pid in processes)
    assert _pool_processes(owner.pid) == []


# -- a whole crawl with one pathological page ---------------------------------------------------

N_ATTRS = 200_000  # one element with that many attributes: ~3.4 MB, many minutes to parse


def _site(tmp: Path) -> Path:
    """A tiny blog: a home page, a feed listing three posts, one of them pathological."""
    tmp.mkdir(parents=True, exist_ok=True)
    posts = ["a.html", "b.html", "slow.html"]
    items = "".join(f"<item><title>{p}</title><link>/{p}</link>"
                    f"<pubDate>Tue, 04 Mar 2025 10:00:00 +0000</pubDate></item>" for p in posts)
    (tmp / "feed.xml").write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</title><link>/</link>'
        f"{items}</channel></rss>", encoding="utf-8")
    (tmp / "index.html").write_text(
        '<html><head><title>Blog</title><link rel="alternate" type="application/rss+xml" '
        'href="/feed.xml"></head><body><h1>Blog</h1><p>Hello.</p></body></html>', encoding="utf-8")
    for p in posts[:2]:
        (tmp / p).write_text(f"<html><head><title>{p}</title></head><body><article><h1>{p}</h1>"
                             f"<p>{'Some text about savings. ' * 40}</p></article></body></html>",
                             encoding="utf-8")
    attrs = " ".join(f'a{i}="v{i}"' for i in range(N_ATTRS))
    (tmp / "slow.html").write_text(f"<html><head><title>slow</title></head><body><div {attrs}>x</div>"
                                   f"<p>text</p></body></html>", encoding="utf-8")
    return tmp


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def _rows(items: Path, table: str) -> list[dict]:
    path = items / f"{table}.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines() if line] if path.exists() else []


def _crawl(tmp_path: Path, max_run: int, parse_timeout: float, sigterm_after: float | None = None):
    """Crawl the tiny blog in `python -m spiders.crawl`: (process, seconds, items dir, base URL).

    `sigterm_after`: seconds after the pathological page was served (its parse is then under way) to send
    SIGTERM. `seconds` counts from that page's serving when it was served (a slow machine's start-up is
    not the bound under test), else from the start."""
    site = _site(tmp_path / "site")
    slow_served: list[float] = []

    class Handler(_Quiet):
        def do_GET(self):
            if self.path.startswith("/slow.html") and not slow_served:
                slow_served.append(time.monotonic())
            super().do_GET()

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    job = CrawlJob(seeds=[base + "/"], items_dir=str(tmp_path / "items"), delay_seconds=0,
                   autothrottle=False, obey_robots=False, discover=False, retry_times=0,
                   max_run_seconds=max_run, parse_timeout_seconds=parse_timeout, parse_workers=2,
                   allow_private_addresses=True, log_file=str(tmp_path / "crawl.log"))
    job_file = tmp_path / "job.json"
    job_file.write_text(job.model_dump_json(), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    started = time.monotonic()
    crawl = subprocess.Popen([sys.executable, "-m", "spiders.crawl", str(job_file)], cwd=ROOT, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        if sigterm_after is not None:
            deadline = time.monotonic() + 120
            while not slow_served and crawl.poll() is None and time.monotonic() < deadline:
                time.sleep(0.1)
            try:
                crawl.wait(sigterm_after)
            except subprocess.TimeoutExpired:
                crawl.send_signal(signal.SIGTERM)
        _, err = crawl.communicate(timeout=120 + max_run + parse_timeout + 30)
    finally:
        if crawl.poll() is None:
            crawl.kill()
            crawl.wait()
        server.shutdown()
    assert crawl.returncode == 0, err[-2000:]
    return crawl, time.monotonic() - (slow_served[0] if slow_served else started), Path(job.items_dir), base


def test_a_pathological_page_becomes_a_parse_timeout_row_and_the_crawl_ends(tmp_path):
    crawl, seconds, items, base = _crawl(tmp_path, max_run=40, parse_timeout=1.0)
    assert seconds < 40  # the page alone would take many minutes
    errors = [r for r in _rows(items, "errors") if r["error"] == "parse_timeout"]
    assert [(r["url"], r["status_code"]) for r in errors] == [(base + "/slow.html", 200)]
    assert "1 s" in errors[0]["message"] and "/slow.html" in errors[0]["message"]
    pages = {r["url"] for r in _rows(items, "pages")}
    assert {base + "/", base + "/a.html", base + "/b.html"} <= pages
    assert base + "/slow.html" not in pages
    stats = json.loads((items / "crawl_stats.json").read_text())
    assert stats["ecoaudit/parse_timeouts"] == 1 and stats["finish_reason"] == "finished"
    assert _pool_processes(crawl.pid) == []  # no parse worker left behind


@pytest.mark.parametrize("how", ["closespider_timeout", "shutdown"])
def test_a_crawl_stopped_during_a_stuck_parse_ends_within_the_bound(tmp_path, how):
    """The engine waits for the callback parsing the page: at most parse_timeout_seconds."""
    max_run, bound = (4, 8.0) if how == "closespider_timeout" else (60, 8.0)
    crawl, seconds, items, base = _crawl(tmp_path, max_run=max_run, parse_timeout=bound,
                                         sigterm_after=2 if how == "shutdown" else None)
    # from the stuck page's serving: the run's end (or the signal), then at most the parse bound, plus slack
    assert seconds < (max_run if how == "closespider_timeout" else 2) + bound + 15
    stats = json.loads((items / "crawl_stats.json").read_text())
    assert stats["finish_reason"] == how
    slow = [r for r in _rows(items, "errors") if r["url"] == base + "/slow.html"]
    assert [r["error"] for r in slow] in ([], ["parse_timeout"])
    assert _pool_processes(crawl.pid) == []


def test_feed_and_sitemap_timeouts_are_rows_too(tmp_path):
    """The feed and sitemap callbacks turn a ParseTimeout into the same row."""
    from scrapy import Request
    from scrapy.http import TextResponse

    from spiders.audit import AuditSpider
    from spiders.items import ErrorItem, unbundle

    class Stuck:
        async def run(self, fn, *args, priority=0):
            raise ParseTimeout(0.5)

        def close(self):
            pass

    sp = AuditSpider(job=CrawlJob(seeds=["https://blog.example/"], items_dir=str(tmp_path)))

    async def go():
        [r async for r in sp.start()]
        sp.pool = Stuck()
        out = []
        for cb, url in ((sp.parse_feed, "https://blog.example/feed/"),
                        (sp.parse_sitemap, "https://blog.example/sitemap.xml")):
            res = TextResponse(url, body=b"<rss/>", encoding="utf-8",
                               request=Request(url, meta={"source": "blog.example"}))
            out += [x async for x in cb(res)]
        return out

    rows = [r for obj in asyncio.run(go()) for r in unbundle(obj) if isinstance(r, ErrorItem)]
    assert [(r.error, r.url) for r in rows] == [("parse_timeout", "https://blog.example/feed/"),
                                               ("parse_timeout", "https://blog.example/sitemap.xml")]
    assert all("0.5 s" in r.message for r in rows)
