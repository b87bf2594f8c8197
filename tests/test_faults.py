"""Faults and interruptions, tried as a user would: the `ecoaudit` command in a subprocess, on a
small demo web served on 127.0.0.1 through http_proxy (no no_proxy, as behind a corporate proxy).

Each test checks the run's final state, that nothing was delivered when it should not be, that
earlier runs are intact, that the next run works, and that no process is left behind.
See docs/reliability.md for the list of faults and guarantees.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from sectorweb.labels import demo_seeds
from sectorweb.server import DemoServer

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parent.parent
ECOAUDIT = [sys.executable, "-m", "ecoaudit.cli"]

TOML = """[client]
name = "{name}"
language = "fr"

[sources]
seeds_file = "seeds.csv"

[crawl]
max_pages_per_source = {pages}
delay_seconds = {delay}
discover = false
max_run_seconds = {cap}
"""


@pytest.fixture(scope="module")
def web():
    with DemoServer() as server:
        yield server


def write_audit(folder: Path, name: str = "Cabinet Pannes", pages: int = 15, delay: float = 0.0,
                cap: int = 600, seeds: int = 3) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "seeds.csv").write_text("url\n" + "\n".join(demo_seeds()[:seeds]) + "\n", encoding="utf-8")
    toml = folder / "audit.toml"
    toml.write_text(TOML.format(name=name, pages=pages, delay=delay, cap=cap), encoding="utf-8")
    return toml


def env_for(web: DemoServer | None) -> dict:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    if web is not None:
        env.update(http_proxy=web.proxy_url, HTTP_PROXY=web.proxy_url, no_proxy="", NO_PROXY="")
    env["PYTHONPATH"] = str(ROOT)
    return env


def start(args: list[str], web: DemoServer | None) -> subprocess.Popen:
    # A session of its own: signals in these tests go to the ecoaudit process alone.
    return subprocess.Popen(ECOAUDIT + args, env=env_for(web), cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def run(args: list[str], web: DemoServer | None = None, timeout: float = 400) -> subprocess.CompletedProcess:
    return subprocess.run(ECOAUDIT + args, env=env_for(web), cwd=ROOT, text=True,
                          capture_output=True, timeout=timeout)


def descendants(pid: int) -> dict[int, str]:
    """pid -> command line of every live process below `pid` (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry.name))
    out, todo = {}, list(children.get(pid, []))
    while todo:
        p = todo.pop()
        try:
            out[p] = (Path(f"/proc/{p}/cmdline").read_bytes().replace(b"\0", b" ").decode())
        except OSError:
            continue
        todo += children.get(p, [])
    return out


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def wait_for(check, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def crawl_running(proc: subprocess.Popen, ws: Path) -> dict[int, str] | None:
    """The run's processes once its crawl has fetched pages, else None."""
    if proc.poll() is not None:
        raise AssertionError(f"the run ended early: {proc.returncode} {proc.stderr.read()[-2000:]}")
    # The archive is flushed at each response; items/*.jsonl only once their 1 MB buffer fills.
    marks = ("*/runs/*/archive/crawl.warc.gz", "*/runs/*/items/pages.jsonl")
    if not any(p.stat().st_size for mark in marks for p in ws.glob(mark)):
        return None
    kids = descendants(proc.pid)
    crawling = any("spiders.crawl" in c for c in kids.values())
    return kids if crawling and any("uvicorn" in c for c in kids.values()) else None


def runs(ws: Path) -> dict[str, tuple]:
    path = next(ws.glob("*/warehouse.duckdb"))
    with duckdb.connect(str(path), read_only=True) as con:
        return {r[0]: r[1:] for r in con.execute("select run_id, status, reason from runs").fetchall()}


def one_line(stderr: str) -> str:
    """The run's error: one line, beside the progress lines it printed while running ("ecoaudit | ")."""
    from ecoaudit.progress import PREFIX

    lines = [ln for ln in stderr.strip().splitlines() if ln.strip() and not ln.startswith(PREFIX)]
    assert len(lines) == 1 and lines[0].startswith("ecoaudit: "), stderr[-3000:]
    assert "Traceback" not in stderr
    return lines[0]


@pytest.mark.parametrize("sig, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_stops_the_run_and_delivers_nothing(tmp_path, web, sig, code):
    # About 120 s of crawl per source: the refused second run below (a fresh Python that imports
    # Prefect, slow on a loaded CI machine) must end while the crawl is still under way.
    toml = write_audit(tmp_path / "a", delay=2.0, pages=60)
    proc = start(["run", str(toml), "--run-id", "slow"], web)
    try:
        kids = wait_for(lambda: crawl_running(proc, tmp_path / "a"), 180, "the crawl to start")
        if sig == signal.SIGTERM:  # and a second run on the client meanwhile is refused
            second = run(["run", str(toml), "--run-id", "second"], web, timeout=60)
            line = one_line(second.stderr)
            assert second.returncode == 2 and "run slow is running" in line, line
            assert crawl_running(proc, tmp_path / "a"), "the crawl ended before the signal"
        proc.send_signal(sig)  # to ecoaudit alone: it stops its crawl itself
        out, err = proc.communicate(timeout=90)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == code, err[-3000:]
    assert "interrupted" in one_line(err)
    assert out.strip() == ""  # no deliverable paths
    run_dir = next((tmp_path / "a").glob("*/runs/slow"))
    assert runs(tmp_path / "a")["slow"][0] == "interrupted"
    assert not (run_dir / "report.html").exists() and not (run_dir / "sources.csv").exists()
    assert (run_dir / "items").is_dir()  # raw data kept
    wait_for(lambda: not any(alive(p) for p in kids), 15, f"the run's processes to end: {kids}")
    assert not list((tmp_path / "a").glob("*/runs/second"))


# Files that show a stage is under way: kill there.
STAGE_MARKS = {
    "crawl": "items/pages.jsonl",          # the crawl has written pages
    "load": "items/counts.json",           # the crawl ended: load and raw validation follow
    "transform": "validation_raw.txt",     # raw data passed: the SQL models run
    "deliver": "sources.csv",              # exports written: the report is being rendered
}


def test_a_run_killed_at_each_stage_leaves_no_process_and_the_next_run_closes_it(tmp_path, web):
    ws = tmp_path / "k"
    toml = write_audit(ws, delay=0.2, pages=12, seeds=2)
    earlier = ws / "cabinet-pannes" / "runs" / "earlier"
    earlier.mkdir(parents=True)
    (earlier / "sources.csv").write_text("host\nx.test\n", encoding="utf-8")
    for stage, mark in STAGE_MARKS.items():
        proc = start(["run", str(toml), "--run-id", f"killed-{stage}"], web)
        marker = ws / "cabinet-pannes" / "runs" / f"killed-{stage}" / mark
        try:
            def reached():
                if proc.poll() is not None:
                    raise AssertionError(f"{stage}: the run ended first: {proc.stderr.read()[-2000:]}")
                return marker.exists() and marker.stat().st_size > 0 and descendants(proc.pid)
            kids = wait_for(reached, 300, f"stage {stage}")
            proc.kill()  # SIGKILL: nothing of ecoaudit runs after this
            proc.wait(10)
        finally:
            if proc.poll() is None:
                proc.kill()
        wait_for(lambda: not any(alive(p) for p in kids), 15, f"the processes of a run killed at {stage}: {kids}")
    # The next run takes the lock over, closes the dead runs, and delivers.
    nxt = run(["run", str(toml), "--run-id", "next"], web)
    assert nxt.returncode == 0, nxt.stderr[-3000:]
    assert len(nxt.stdout.strip().splitlines()) == 3
    states = runs(ws)
    assert states["next"][0] == "delivered"
    for stage in STAGE_MARKS:
        assert states[f"killed-{stage}"][0] == "failed", (stage, states)
        assert "ended without finishing" in states[f"killed-{stage}"][1]
        assert (ws / "cabinet-pannes" / "runs" / f"killed-{stage}" / "error.txt").exists()
    assert (earlier / "sources.csv").read_text(encoding="utf-8") == "host\nx.test\n"
    assert json.loads((ws / "cabinet-pannes" / "run.lock").read_text() or "{}") == {}


def test_a_crawl_cut_by_the_time_cap_is_partial_and_says_so(tmp_path, web):
    """Through http_proxy with an empty no_proxy: Prefect's local API must not go through it."""
    toml = write_audit(tmp_path / "c", delay=1.0, pages=200, cap=10, seeds=4)
    started = time.monotonic()
    r = run(["run", str(toml), "--run-id", "capped"], web)
    assert r.returncode == 0, r.stderr[-3000:]
    assert runs(tmp_path / "c")["capped"][0] == "partial"
    report = Path(r.stdout.strip().splitlines()[-3]).read_text(encoding="utf-8")
    assert "partiel" in report and "max_run_seconds" in report
    with duckdb.connect(str(next((tmp_path / "c").glob("*/warehouse.duckdb"))), read_only=True) as con:
        stats = json.loads(con.execute("select crawl_stats_json from runs").fetchall()[0][0])
    assert stats["cut"] and stats["seconds"] < 10 + 60, stats["seconds"]
    assert time.monotonic() - started < 400


def test_clients_whose_names_slugify_alike_never_share_a_folder(tmp_path, web):
    from ecoaudit.workspace import Workspace

    Workspace(tmp_path, "client-a-b").claim("Client A&B")
    toml = write_audit(tmp_path, name="Client A B")
    r = run(["run", str(toml)], web, timeout=60)
    line = one_line(r.stderr)
    assert r.returncode == 2 and "Client A&B" in line and "Client A B" in line
    assert not (tmp_path / "client-a-b" / "runs").exists()
    v = run(["verdict", "--list", "--config", str(toml)], timeout=60)
    assert v.returncode == 2 and "Client A&B" in one_line(v.stderr)


def test_a_damaged_warehouse_is_one_line_and_runs_stay(tmp_path, web):
    toml = write_audit(tmp_path)
    client = tmp_path / "cabinet-pannes"
    (client / "runs" / "old").mkdir(parents=True)
    (client / "runs" / "old" / "report.html").write_text("<p>old</p>", encoding="utf-8")
    (client / "warehouse.duckdb").write_bytes(b"not a database" * 1000)
    for args in (["run", str(toml)], ["verdict", "--list", "--config", str(toml)]):
        r = run(args, web, timeout=120)
        line = one_line(r.stderr)
        assert r.returncode == 2 and "damaged" in line and "warehouse.duckdb" in line, line
    assert (client / "runs" / "old" / "report.html").read_text(encoding="utf-8") == "<p>old</p>"


def test_a_busy_warehouse_is_one_line(tmp_path):
    from ecoaudit import warehouse
    from ecoaudit.workspace import Workspace

    toml = write_audit(tmp_path)
    ws = Workspace(tmp_path, "cabinet-pannes")
    ws.claim("Cabinet Pannes")
    warehouse.connect(ws.warehouse).close()
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb,sys,time;c=duckdb.connect(sys.argv[1]);"
                               "print('held',flush=True);time.sleep(60)", str(ws.warehouse)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        r = run(["verdict", "www.example.test", "automated", "--config", str(toml)], timeout=60)
    finally:
        holder.kill()
        holder.wait()
    line = one_line(r.stderr)
    assert r.returncode == 2 and "in use by another process" in line, line


def test_run_ids_are_unique_within_a_second():
    import datetime as dt

    from ecoaudit.workspace import new_run_id

    now = dt.datetime(2026, 12, 4, 9, 30, tzinfo=dt.timezone.utc)
    ids = {new_run_id(now) for _ in range(50)}
    assert len(ids) > 40 and all(i.startswith("20261204T093000Z-") for i in ids)


def test_the_lock_names_the_running_run_and_a_dead_holder_is_taken_over(tmp_path):
    from ecoaudit.runlock import RunLock, holder

    path = tmp_path / "run.lock"
    # A lock file left by a process that died: not held, taken over, its content reported.
    path.write_text(json.dumps({"run_id": "dead", "pid": 999999}), encoding="utf-8")
    with RunLock(path, "r1", "Client") as lock:
        assert lock.previous == {"run_id": "dead", "pid": 999999}
        assert holder(path)["run_id"] == "r1"
        code = ("import sys; sys.path.insert(0, sys.argv[2]); from ecoaudit.runlock import RunLock\n"
                "try:\n RunLock(sys.argv[1], 'r2', 'Client').acquire()\n"
                "except Exception as e: print(type(e).__name__, e)")
        out = subprocess.run([sys.executable, "-c", code, str(path), str(ROOT)], capture_output=True,
                             text=True, timeout=60).stdout
        assert out.startswith("ConfigError") and "run r1 is running" in out and str(os.getpid()) in out
    assert holder(path) is None


def _mount_tmpfs(path: Path, size: str, readonly: bool = False) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    opts = f"size={size}" + (",ro" if readonly else "")
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(path)], capture_output=True)
    return r.returncode == 0


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True)


@pytest.fixture
def tmpfs(tmp_path):
    mounted = []

    def make(name: str, size: str = "64m", readonly: bool = False) -> Path:
        path = tmp_path / name
        if os.geteuid() != 0 or not _mount_tmpfs(path, size, readonly):
            pytest.skip("needs root to mount a tmpfs (CI runs as root)")
        mounted.append(path)
        return path

    yield make
    for path in reversed(mounted):
        _umount(path)


def test_a_read_only_workspace_is_one_line(tmp_path, tmpfs, web):
    ro = tmpfs("ro", readonly=True)
    r = run(["init", str(ro / "client"), "--client", "Cabinet Pannes"], timeout=60)
    line = one_line(r.stderr)
    assert r.returncode == 2 and "read-only" in line, line
    toml = write_audit(tmp_path / "cfg")
    started = time.monotonic()
    r = run(["run", str(toml), "--workspace", str(ro)], web, timeout=120)
    line = one_line(r.stderr)
    assert r.returncode == 2 and "read-only" in line and str(ro) in line, line
    # A workspace holding a warehouse, made read-only afterwards: one line, at once.
    from ecoaudit import warehouse
    from ecoaudit.workspace import Workspace

    rw = tmpfs("rw")
    ws = Workspace(rw, "cabinet-pannes")
    ws.claim("Cabinet Pannes")
    warehouse.connect(ws.warehouse).close()
    subprocess.run(["mount", "-o", "remount,ro", str(rw)], check=True)
    r = run(["run", str(toml), "--workspace", str(rw)], web, timeout=120)
    line = one_line(r.stderr)
    assert r.returncode == 2 and "read-only" in line, line
    assert time.monotonic() - started < 60


def test_a_full_disk_fails_the_run_in_one_line_and_the_next_run_works(tmp_path, tmpfs, web):
    disk = tmpfs("disk", size="160m")
    toml = write_audit(tmp_path / "cfg", delay=0.3, pages=40)
    proc = start(["run", str(toml), "--workspace", str(disk), "--run-id", "full"], web)
    filler = disk / "filler.bin"
    try:
        wait_for(lambda: crawl_running(proc, disk), 180, "the crawl to start")
        with filler.open("wb") as f:  # fill the disk while the crawl writes
            try:
                while True:
                    f.write(b"\0" * (1 << 20))
                    f.flush()
            except OSError:
                pass
        out, err = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode in (1, 2), err[-3000:]
    line = one_line(err)
    assert "space" in line.lower(), line
    assert out.strip() == ""
    filler.unlink()
    write_audit(tmp_path / "cfg", delay=0.0, pages=10, seeds=2)
    nxt = run(["run", str(toml), "--workspace", str(disk), "--run-id", "after"], web)
    assert nxt.returncode == 0, nxt.stderr[-3000:]
    states = runs(disk)
    assert states["after"][0] == "delivered" and states["full"][0] == "failed"
