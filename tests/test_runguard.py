"""The pieces that keep runs apart and bounded, without a crawl: identity, final states, errors."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from ecoaudit import interrupt, warehouse
from ecoaudit.errors import ConfigError, StageError
from ecoaudit.workspace import Workspace


def test_a_folder_is_claimed_by_the_exact_client_name(tmp_path):
    ws = Workspace(tmp_path, "client-a-b")
    ws.claim("Client A&B")
    ws.claim("Client A&B")  # the owner again: fine
    with pytest.raises(ConfigError, match="belongs to client 'Client A&B'"):
        Workspace(tmp_path, "client-a-b").claim("Client A B")


def test_an_older_warehouse_names_its_client(tmp_path):
    ws = Workspace(tmp_path, "client-a-b")
    with warehouse.connect(ws.warehouse) as con:
        warehouse.record_run(con, "r1", client="Client A&B", status="delivered")
    with pytest.raises(ConfigError, match="Client A&B"):
        ws.claim("Client A B")
    ws.claim("Client A&B")
    assert ws.identity_file.exists()


def test_dead_runs_are_closed_with_a_reason(tmp_path):
    with warehouse.connect(tmp_path / "w.duckdb") as con:
        for run_id, status in (("a", "delivered"), ("b", "started"), ("c", "loaded"), ("d", "partial")):
            warehouse.record_run(con, run_id, status=status)
        assert warehouse.close_dead_runs(con, "gone") == ["b", "c"]
        rows = dict(con.execute("select run_id, status || ':' || coalesce(reason, '') from runs").fetchall())
    assert rows == {"a": "delivered:", "b": "failed:gone", "c": "failed:gone", "d": "partial:"}


def test_a_partial_run_is_a_baseline_and_a_failed_one_is_not(tmp_path):
    import datetime as dt

    with warehouse.connect(tmp_path / "w.duckdb") as con:
        t0 = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
        for i, status in enumerate(("delivered", "partial", "failed", "interrupted")):
            warehouse.record_run(con, f"r{i}", status=status, started_at=t0 + dt.timedelta(days=i))
        assert warehouse.latest_run(con) == "r1"
        assert warehouse.latest_run(con, before="r1") == "r0"


@pytest.mark.parametrize("message, kind, words", [
    ('IO Error: Could not set lock on file "w": Conflicting lock is held in python (PID 1)',
     warehouse.WarehouseBusy, "in use by another process"),
    ('IO Error: The file "w" exists, but it is not a valid DuckDB database file!', ConfigError, "damaged"),
    ("Corrupt database file: computed checksum 1 does not match stored checksum 2", ConfigError, "damaged"),
    ("IO Error: Could not write file: No space left on device", StageError, "no space left"),
    ("TransactionContext Error: Failed to commit: could not truncate file: No space left on device",
     StageError, "no space left"),
])
def test_warehouse_failures_are_one_line(message, kind, words):
    e = warehouse.explain("/x/warehouse.duckdb", Exception(message))
    assert type(e) is kind and words in str(e) and "\n" not in str(e)
    assert str(e).startswith("/x/warehouse.duckdb: ")


def test_a_damaged_warehouse_is_refused_at_connect(tmp_path):
    path = tmp_path / "warehouse.duckdb"
    path.write_bytes(b"garbage" * 500)
    with pytest.raises(ConfigError, match="damaged"):
        warehouse.connect(path)


def test_a_busy_warehouse_is_waited_for_then_refused(tmp_path):
    path = tmp_path / "warehouse.duckdb"
    warehouse.connect(path).close()
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb,sys,time;c=duckdb.connect(sys.argv[1]);"
                               "print('held',flush=True);time.sleep(3)", str(path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(warehouse.WarehouseBusy):
            warehouse.connect(path, wait_seconds=0.5)
        warehouse.connect(path, wait_seconds=30).close()  # the holder ends within 3 s: it waits
    finally:
        holder.kill()
        holder.wait()


def test_failed_and_interrupted_runs_deliver_nothing(tmp_path):
    from ecoaudit import stages
    from ecoaudit.config import AuditConfig

    cfg = AuditConfig.model_validate({"client": {"name": "C"}, "sources": {"seeds": ["http://a.test/"]}})
    ctx = stages.prepare(cfg, tmp_path, "r1")
    for name in ("report.html", "sources.csv", "sources.xlsx"):
        (ctx.run_dir / name).write_text("x")
    (ctx.run_dir / "items").mkdir()
    stages.mark(ctx, "interrupted", error="interrupted by SIGINT")
    assert sorted(p.name for p in ctx.run_dir.iterdir()) == [
        "error.txt", "items", "seeds.txt", "versions.json"]
    with ctx.connect() as con:
        assert con.execute("select status, reason from runs").fetchall() == [
            ("interrupted", "interrupted by SIGINT")]
    # The same run id tried again: the stale error file goes.
    stages.prepare(cfg, tmp_path, "r1")
    assert not (ctx.run_dir / "error.txt").exists()


def test_signals_raise_interrupted_in_the_main_thread():
    with interrupt.handle_signals():
        with pytest.raises(interrupt.Interrupted) as e:
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(1)
        assert e.value.exit_code == 143 and interrupt.received() == signal.SIGTERM
    assert interrupt.signal_of(KeyboardInterrupt()) == signal.SIGINT
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL


def test_the_crawl_gets_the_users_proxy_settings_and_prefect_does_not(monkeypatch):
    from ecoaudit.prefect_api import bypass_proxy_for_local
    from ecoaudit.procs import USER_NO_PROXY
    from spiders.launch import crawl_env

    for k in ("no_proxy", "NO_PROXY", USER_NO_PROXY, "ECOAUDIT_SET_NO_PROXY"):
        monkeypatch.delenv(k, raising=False)
    monkeypatch.setenv("http_proxy", "http://proxy.corp:3128")
    bypass_proxy_for_local()
    bypass_proxy_for_local()  # idempotent
    assert os.environ["no_proxy"] == "127.0.0.1,localhost,::1"
    env = crawl_env()
    assert "no_proxy" not in env and "NO_PROXY" not in env and env["http_proxy"] == "http://proxy.corp:3128"
    monkeypatch.setenv("no_proxy", "intranet.corp")  # the user changes it: theirs again
    bypass_proxy_for_local()
    assert os.environ["no_proxy"] == "intranet.corp,127.0.0.1,localhost,::1"
    assert crawl_env()["no_proxy"] == "intranet.corp"


def test_children_die_with_the_process_that_started_them(tmp_path):
    code = ("import sys, time; sys.path.insert(0, sys.argv[1]); from ecoaudit.procs import popen_child;"
            "p = popen_child(['sleep', '60']); print(p.pid, flush=True); time.sleep(60)")
    parent = subprocess.Popen([sys.executable, "-c", code, os.getcwd()], stdout=subprocess.PIPE, text=True)
    child = int(parent.stdout.readline())
    assert os.getpgid(child) != os.getpgid(0)  # its own session: a terminal's Ctrl-C is not its
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _alive(child):
        time.sleep(0.1)
    assert not _alive(child)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False


def test_crawled_text_is_printed_as_written():
    """A host or title holding `:x:` or `[bold]` is text, not an emoji code or markup."""
    from ecoaudit.cli import err

    with err.capture() as cap:
        err.print("ecoaudit: www.a:x:b.test [bold]x[/bold]", markup=False)
    assert cap.get().strip() == "ecoaudit: www.a:x:b.test [bold]x[/bold]"
