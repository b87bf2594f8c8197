"""Scheduled audits on Prefect: `ecoaudit schedule` and `ecoaudit server` (docs/scheduling.md).

The unit tests need no server. The end-to-end tests (marked e2e) start `ecoaudit server` with two
workers on a free loopback port, schedule clients whose audit.toml crawls the demo web (served on
127.0.0.1, reached through http_proxy as a corporate proxy would be), and watch the schedule fire
and the runs deliver. Nothing leaves 127.0.0.1.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ecoaudit.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent
WAIT = 600  # seconds: 2 cores, other work running


# --- rules ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("7d", dt.timedelta(days=7)), ("60s", dt.timedelta(seconds=60)), ("15m", dt.timedelta(minutes=15)),
    ("12h", dt.timedelta(hours=12)), ("2w", dt.timedelta(weeks=2)), (" 3D ", dt.timedelta(days=3)),
])
def test_every_takes_a_number_and_a_unit(text, expected):
    from ecoaudit.schedule import describe_every, parse_every

    assert parse_every(text) == expected
    assert parse_every(describe_every(expected)) == expected


@pytest.mark.parametrize("text", ["", "7", "7x", "d", "0d", "-1d", "1.5d", "7 days", "7d2h"])
def test_every_refuses_anything_else(text):
    from ecoaudit.schedule import parse_every

    with pytest.raises(ConfigError, match="--every"):
        parse_every(text)


def test_describe_every_picks_the_largest_unit():
    from ecoaudit.schedule import describe_every

    assert [describe_every(dt.timedelta(seconds=s)) for s in (45, 120, 7200, 86400 * 7, 86400 * 3, 90)] == \
        ["45s", "2m", "2h", "1w", "3d", "90s"]


def test_cron_is_validated():
    from ecoaudit.schedule import check_cron, describe_schedule

    s = check_cron("0  6 * * 1")
    assert s.cron == "0 6 * * 1" and s.timezone == "UTC"
    assert describe_schedule(s) == "cron 0 6 * * 1"
    assert describe_schedule(check_cron("0 6 * * 1", "Europe/Paris")) == "cron 0 6 * * 1 (Europe/Paris)"
    assert check_cron("@daily").cron == "@daily"
    for bad in ("61 * * * *", "a b c d e", "0 6 * *", "* * * * * * *", ""):
        with pytest.raises(ConfigError, match="--cron"):
            check_cron(bad)
    with pytest.raises(ConfigError, match="--timezone 'Mars/Olympus'"):
        check_cron("0 6 * * 1", "Mars/Olympus")


def test_deployment_name_is_the_client_slug():
    from ecoaudit.config import slugify
    from ecoaudit.schedule import deployment_name

    assert deployment_name("Cabinet Démo Patrimoine") == "cabinet-demo-patrimoine" == slugify("Cabinet Démo Patrimoine")
    assert deployment_name("cabinet-demo-patrimoine") == "cabinet-demo-patrimoine"
    assert deployment_name(" Cabinet Durand ") == "cabinet-durand"


def test_the_deployed_flow_loads_from_its_module_path():
    """What a worker does: import the flow from the installed package, by module path."""
    from prefect.flows import load_flow_from_entrypoint

    from ecoaudit.scheduled import ENTRYPOINT, FLOW_NAME

    f = load_flow_from_entrypoint(ENTRYPOINT)
    assert f.name == FLOW_NAME == "audit"
    assert list(f.parameters.properties) == ["audit_toml", "workspace"]
    assert f.parameters.required == ["audit_toml"]


def test_a_scheduled_run_on_a_running_client_is_refused_like_a_second_run(tmp_path):
    """The scheduled flow starts runs through runner.run_audit: same lock, same one line."""
    from ecoaudit.config import load_config
    from ecoaudit.demo_audit import write_demo_config
    from ecoaudit.runlock import RunLock
    from ecoaudit.scheduled import scheduled_audit
    from ecoaudit.workspace import Workspace

    toml = write_demo_config(tmp_path, max_pages=2)
    ws = Workspace(tmp_path, load_config(toml).slug)
    with RunLock(ws.lock_file, "r-running", "Cabinet Démo Patrimoine"):
        with pytest.raises(ConfigError, match="run r-running is running"):
            scheduled_audit.fn(str(toml))
    assert not ws.warehouse.exists() and not (ws.client_dir / "runs").exists()


# --- the command line without a server ----------------------------------------------------------

def _cli(*args, env=None):
    from ecoaudit.cli import app

    return CliRunner().invoke(app, [str(a) for a in args], env=env)


def test_schedule_help_answers():
    r = _cli("schedule", "--help")
    assert r.exit_code == 0
    for word in ("--cron", "--every", "--list", "--pause", "--resume", "--remove", "--timezone"):
        assert word in r.output
    r = _cli("server", "--help")
    assert r.exit_code == 0 and "--workers" in r.output and "--pool" in r.output


def _closed_port() -> int:
    with contextlib.closing(socket.socket()) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("args, says", [
    ((), "give one of"),
    (("--list", "--remove", "x"), "give one of"),
    (("{toml}",), "exactly one of --cron"),
    (("{toml}", "--every", "7d", "--cron", "0 6 * * 1"), "exactly one of --cron"),
    (("{toml}", "--every", "7x"), "--every '7x'"),
    (("{toml}", "--cron", "0 25 * * *"), "--cron '0 25 * * *'"),
    (("{toml}", "--every", "7d", "--timezone", "Europe/Paris"), "--timezone goes with --cron"),
    (("--list", "--every", "7d"), "go with AUDIT_TOML"),
    (("{missing}", "--every", "7d"), "file not found"),
    (("{toml}", "--every", "7d"), "no Prefect server answers"),
    (("--list",), "no Prefect server answers"),
    (("--pause", "Cabinet Durand"), "no Prefect server answers"),
])
def test_schedule_usage_errors_exit_2_with_one_line(tmp_path, args, says):
    """Argument errors come before any server is reached; without one, one line says to start it."""
    from ecoaudit.demo_audit import write_demo_config

    toml = write_demo_config(tmp_path, max_pages=2)
    args = [a.format(toml=toml, missing=tmp_path / "nope" / "audit.toml") for a in args]
    r = subprocess.run([sys.executable, "-m", "ecoaudit.cli", "schedule", *args], capture_output=True, text=True,
                       cwd=ROOT, timeout=120,
                       env={**os.environ, "PREFECT_API_URL": f"http://127.0.0.1:{_closed_port()}/api"})
    assert r.returncode == 2, (r.stdout, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and says in lines[0], r.stderr
    if says == "no Prefect server answers":
        assert "ecoaudit server" in lines[0] and "PREFECT_API_URL" in lines[0]


def test_server_refuses_a_taken_port(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        r = subprocess.run([sys.executable, "-m", "ecoaudit.cli", "server", "--port", str(port), "--home",
                            str(tmp_path / "prefect")], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 2 and f"127.0.0.1:{port}" in r.stderr and "--port" in r.stderr, r.stderr


# --- end to end: a server, two workers, the demo web --------------------------------------------

def _free_port() -> int:
    return _closed_port()


class Server:
    """`ecoaudit server --workers 2` in a subprocess, with the demo web as the crawl's proxy."""

    def __init__(self, tmp: Path, proxy_url: str, workers: int = 2):
        from ecoaudit.demo_audit import proxy_env

        self.workers = workers
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/api"
        self.log = tmp / "server.log"
        env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
        env.update(proxy_env(proxy_url))
        env.update({"PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_WORKER_QUERY_SECONDS": "5",
                    "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "10"})
        with self.log.open("w") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "ecoaudit.cli", "server", "--port", str(self.port), "--workers", str(workers),
                 "--home", str(tmp / "prefect-home")],
                cwd=tmp, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                start_new_session=True)
        self.cli_env = {**{k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")},
                        "PREFECT_API_URL": self.url, "PREFECT_HOME": str(tmp / "cli-home")}

    def wait_ready(self) -> None:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            text = self.log.read_text(errors="replace")
            if self.proc.poll() is not None:
                pytest.fail(f"ecoaudit server ended ({self.proc.returncode}):\n{text[-3000:]}")
            if text.count("started!") >= self.workers:  # "Worker '...' started!" from each worker
                return
            time.sleep(1)
        pytest.fail(f"ecoaudit server not ready in {WAIT} s:\n{self.log.read_text(errors='replace')[-3000:]}")

    def cli(self, *args) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "ecoaudit.cli", *map(str, args)], capture_output=True,
                              text=True, cwd=ROOT, env=self.cli_env, timeout=300)

    @contextlib.contextmanager
    def client(self):
        from prefect.client.orchestration import get_client
        from prefect.settings import PREFECT_API_URL, temporary_settings

        from ecoaudit.prefect_api import bypass_proxy_for_local

        bypass_proxy_for_local()
        with temporary_settings(updates={PREFECT_API_URL: self.url}):
            with get_client(sync_client=True) as c:
                yield c

    def runs(self, name: str) -> list:
        from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterName

        with self.client() as c:
            return c.read_flow_runs(deployment_filter=DeploymentFilter(name=DeploymentFilterName(any_=[name]))) or []

    def logs(self, flow_run_id) -> str:
        """The messages the flow run logged to the server (what the UI shows), one a line."""
        from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId

        with self.client() as c:
            found = c.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[flow_run_id])))
        return "\n".join(x.message for x in found)

    def deployment(self, name: str):
        from prefect.exceptions import ObjectNotFound

        with self.client() as c:
            try:
                return c.read_deployment_by_name(f"audit/{name}")
            except ObjectNotFound:
                return None

    def stop(self) -> int | None:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGINT)  # the Ctrl-C path: it stops its server and workers
            try:
                self.proc.wait(timeout=90)
            except subprocess.TimeoutExpired:
                pass
        if self.proc.poll() is None or _group_alive(self.proc.pid):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=30)
            return None
        return self.proc.returncode


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
        return True
    except (ProcessLookupError, PermissionError):
        return False


@pytest.fixture(scope="module")
def web():
    from sectorweb.server import DemoServer

    with DemoServer() as server:
        yield server


@pytest.fixture(scope="module")
def server(tmp_path_factory, web):
    tmp = tmp_path_factory.mktemp("prefect-server")
    srv = Server(tmp, web.proxy_url)
    try:
        srv.wait_ready()
        yield srv
    finally:
        code = srv.stop()
        # Ctrl-C stops the server and its workers: 130, and no child left (they die with it anyway).
        assert code == 130, srv.log.read_text(errors="replace")[-3000:]


def _client_config(directory: Path, name: str) -> Path:
    """The demo audit, small (2 seeds, 4 pages a source), as client `name`."""
    from ecoaudit.demo_audit import DEMO_CLIENT, write_demo_config
    from sectorweb.labels import demo_seeds

    toml = write_demo_config(directory, max_pages=4, seeds=demo_seeds()[:2])
    toml.write_text(toml.read_text(encoding="utf-8").replace(DEMO_CLIENT, name)
                    .replace("discover = true", "discover = false"), encoding="utf-8")
    return toml


def _wait(what: str, check, server: Server, timeout: float = WAIT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = check()
        if got:
            return got
        if server.proc.poll() is not None:
            pytest.fail(f"ecoaudit server ended while waiting for {what}")
        time.sleep(3)
    pytest.fail(f"{what}: not within {timeout} s\n{server.log.read_text(errors='replace')[-4000:]}")


def _started(server: Server, name: str):
    runs = [r for r in server.runs(name) if r.state_type is not None and r.state_type.value != "SCHEDULED"]
    return runs[0] if runs else None


def _final(server: Server, name: str, run_id):
    from prefect.client.schemas.objects import StateType

    with server.client() as c:
        r = c.read_flow_run(run_id)
    final = {StateType.COMPLETED, StateType.FAILED, StateType.CRASHED, StateType.CANCELLED}
    return r if r.state_type in final else None


def _delivered(toml: Path) -> tuple[str, Path]:
    """The client's one run: delivered in its warehouse, its report written."""
    from ecoaudit import warehouse
    from ecoaudit.config import load_config
    from ecoaudit.workspace import Workspace

    ws = Workspace(toml.parent, load_config(toml).slug)
    with warehouse.connect(ws.warehouse, read_only=True) as con:
        rows = con.execute("select run_id, status from runs order by started_at").fetchall()
    assert len(rows) == 1 and rows[0][1] == "delivered", rows
    run_dir = ws.run_dir(rows[0][0])
    assert (run_dir / "report.html").exists()
    assert json.loads((run_dir / "deliverables.json").read_text())["report"] == str(run_dir / "report.html")
    return rows[0][0], run_dir


@pytest.mark.e2e
def test_a_scheduled_run_delivers_then_list_pause_resume_remove(server, tmp_path):
    toml = _client_config(tmp_path / "durand", "Cabinet Durand")
    r = server.cli("schedule", toml, "--every", "60s")
    assert r.returncode == 0, r.stderr
    assert "scheduled: Cabinet Durand (deployment audit/cabinet-durand, tag cabinet-durand): every 1m" in r.stdout
    d = server.deployment("cabinet-durand")
    assert d.tags == ["cabinet-durand"] and d.parameters == {"audit_toml": str(toml.resolve())}
    assert d.entrypoint == "ecoaudit.scheduled.scheduled_audit" and d.work_pool_name == "ecoaudit"

    run = _wait("the scheduled run starting", lambda: _started(server, "cabinet-durand"), server)
    assert run.auto_scheduled  # made by the schedule, not by hand
    # Pause now: the next minute's run must not start on the machine while this one works.
    r = server.cli("schedule", "--pause", "Cabinet Durand")
    assert r.returncode == 0 and "paused: audit/cabinet-durand" in r.stdout, r.stderr
    assert server.deployment("cabinet-durand").paused

    done = _wait("the scheduled run ending", lambda: _final(server, "cabinet-durand", run.id), server)
    assert done.state_type.value == "COMPLETED", (done.state, server.log.read_text(errors="replace")[-4000:])
    run_id, run_dir = _delivered(toml)
    assert not [x for x in server.runs("cabinet-durand") if x.state_type.value == "SCHEDULED"]
    # Logs reach the server in batches, the last ones as the flow run's process ends: wait for the line.
    line = f"run {run_id} delivered: {run_dir / 'report.html'}"
    logs = _wait("the run's last log line in the server", lambda: (lambda t: t if line in t else None)(
        server.logs(run.id)), server, timeout=120)
    assert line in logs and f"Audit Cabinet Durand, run {run_id}" in logs, logs  # progress reaches the log too

    listing = server.cli("schedule", "--list")
    assert listing.returncode == 0, listing.stderr
    line = next(x for x in listing.stdout.splitlines() if "cabinet-durand" in x)
    assert "every 1m" in line and " yes " in line and "Completed" in line, listing.stdout

    # Updating keeps one schedule (the new one) and the pause.
    r = server.cli("schedule", toml, "--cron", "0 6 * * 1")
    assert r.returncode == 0 and r.stdout.startswith("updated: Cabinet Durand"), r.stderr
    assert "paused (ecoaudit schedule --resume cabinet-durand)" in r.stdout
    d = server.deployment("cabinet-durand")
    assert [s.schedule.cron for s in d.schedules] == ["0 6 * * 1"] and d.paused
    r = server.cli("schedule", "--resume", "cabinet-durand")
    assert r.returncode == 0 and not server.deployment("cabinet-durand").paused, r.stderr
    listing = server.cli("schedule", "--list")
    line = next(x for x in listing.stdout.splitlines() if "cabinet-durand" in x)
    assert "cron 0 6 * * 1" in line and " no " in line, listing.stdout

    r = server.cli("schedule", "--remove", "cabinet-durand")
    assert r.returncode == 0 and "removed: audit/cabinet-durand" in r.stdout, r.stderr
    assert server.deployment("cabinet-durand") is None
    for args in (("--pause", "cabinet-durand"), ("--remove", "Cabinet Durand")):
        r = server.cli("schedule", *args)
        assert r.returncode == 2 and "no scheduled audit for client" in r.stderr, r.stderr
    assert "cabinet-durand" not in server.cli("schedule", "--list").stdout
    assert _delivered(toml) == (run_id, run_dir)  # the warehouse keeps the record


@pytest.mark.e2e
def test_two_workers_each_take_one_clients_audit_at_once(server, tmp_path):
    clients = {"client-alpha": _client_config(tmp_path / "alpha", "Client Alpha"),
               "client-beta": _client_config(tmp_path / "beta", "Client Beta")}
    for toml in clients.values():
        r = server.cli("schedule", toml, "--every", "60s")
        assert r.returncode == 0, r.stderr
    started = {n: _wait(f"{n}'s scheduled run starting", lambda n=n: _started(server, n), server) for n in clients}
    for n in clients:
        assert server.cli("schedule", "--pause", n).returncode == 0
    ended = {n: _wait(f"{n}'s run ending", lambda n=n: _final(server, n, started[n].id), server) for n in clients}
    for n, toml in clients.items():
        assert ended[n].state_type.value == "COMPLETED", ended[n].state
        _delivered(toml)
    a, b = ended.values()
    assert a.start_time < b.end_time and b.start_time < a.end_time  # at the same time: one per worker
    for n in clients:
        assert server.cli("schedule", "--remove", n).returncode == 0


@pytest.mark.e2e
def test_stopping_the_server_interrupts_the_runs_in_progress(server, tmp_path):
    """Ctrl-C on `ecoaudit server` (last test of the module: it stops the shared server) stops a
    scheduled audit in progress as Ctrl-C stops `ecoaudit run`: it ends `interrupted`, its lock is
    free, and no process the server started is left."""
    from ecoaudit import warehouse
    from ecoaudit.runlock import holder
    from ecoaudit.schedule import _descendants
    from ecoaudit.workspace import Workspace

    toml = _client_config(tmp_path / "long", "Client Long")
    toml.write_text(toml.read_text(encoding="utf-8").replace("max_pages_per_source = 4", "max_pages_per_source = 80")
                    .replace("delay_seconds = 0.0", "delay_seconds = 0.5"), encoding="utf-8")
    assert server.cli("schedule", toml, "--every", "60s").returncode == 0
    _wait("the long run running", lambda: (r := _started(server, "client-long")) and r.state_type.value == "RUNNING",
          server)
    time.sleep(10)  # into the crawl
    below = _descendants({server.proc.pid})
    assert server.stop() == 130, server.log.read_text(errors="replace")[-3000:]
    time.sleep(1)
    assert not [p for p in below if Path(f"/proc/{p}").exists()]
    ws = Workspace(toml.parent, "client-long")
    assert holder(ws.lock_file) is None
    with warehouse.connect(ws.warehouse, read_only=True) as con:
        assert con.execute("select status, reason from runs").fetchall() == \
            [("interrupted", "interrupted by SIGTERM; nothing delivered")]
