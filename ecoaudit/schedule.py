"""Scheduled audits on Prefect: `ecoaudit schedule` and `ecoaudit server` (docs/scheduling.md).

One Prefect server serves every client. Each scheduled client is one deployment of the flow
`audit` (`ecoaudit.scheduled.scheduled_audit`), named and tagged with the client's slug, whose
only parameter is the client's audit.toml (and the workspace root, if not the TOML's folder). A
process work pool (default `ecoaudit`) served by one or more workers runs them; the warehouse of
each client stays the record of its runs, Prefect is the scheduler and the window onto them.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .config import load_config, slugify
from .errors import ConfigError, StageError

DEFAULT_POOL = "ecoaudit"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 4200
SERVER_STARTUP_SECONDS = 180

_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_EVERY_RE = re.compile(r"^\s*(\d+)\s*([smhdw])\s*$", re.IGNORECASE)


# --- pure rules -------------------------------------------------------------------------------

def parse_every(text: str) -> dt.timedelta:
    """'7d' -> 7 days: a whole number and one unit, s m h d or w (ConfigError otherwise)."""
    m = _EVERY_RE.match(text or "")
    if not m or int(m.group(1)) <= 0:
        raise ConfigError(f"--every {text!r}: give a whole number above 0 and a unit, "
                          f"s, m, h, d or w (e.g. 7d, 12h, 2w)")
    return dt.timedelta(**{_UNITS[m.group(2).lower()]: int(m.group(1))})


def check_cron(expr: str, timezone: str | None = None):
    """A Prefect CronSchedule for a valid 5-field cron expression (ConfigError otherwise)."""
    from prefect.client.schemas.schedules import CronSchedule

    text = " ".join((expr or "").split())
    if not text.startswith("@") and len(text.split(" ")) != 5:  # @daily, @weekly...: croniter's
        raise ConfigError(f"--cron {expr!r}: give 5 fields, minute hour day month weekday "
                          f"(e.g. '0 6 * * 1': Mondays at 06:00)")
    try:
        return CronSchedule(cron=text, timezone=timezone or "UTC")
    except Exception as e:  # pydantic's ValidationError: the cron or the timezone
        errors = getattr(e, "errors", None)
        why = errors()[0].get("msg", "") if callable(errors) and errors() else str(e)
        why = why.removeprefix("Value error, ").split(" [type=")[0].strip() or "invalid"
        what = "--timezone" if "timezone" in why.lower() else "--cron"
        value = timezone if what == "--timezone" else expr
        raise ConfigError(f"{what} {value!r}: {why[:1].lower() + why[1:]}") from None


def describe_every(delta: dt.timedelta) -> str:
    """7 days -> '7d' (the largest unit that divides it)."""
    seconds = int(delta.total_seconds())
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def deployment_name(client: str) -> str:
    """The deployment (and its tag) for a client given by its slug or its name."""
    return slugify(client.strip())


# --- the API ----------------------------------------------------------------------------------

def _quiet_prefect() -> None:
    """Set before Prefect is imported in this process: no analytics, no chatter."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "ERROR")


def api_url() -> str:
    """The server `ecoaudit schedule` talks to: PREFECT_API_URL (environment or Prefect profile),
    else the one `ecoaudit server` starts by default."""
    _quiet_prefect()
    from prefect.settings import PREFECT_API_URL

    return (PREFECT_API_URL.value() or f"http://{DEFAULT_HOST}:{DEFAULT_PORT}/api").rstrip("/")


@contextlib.contextmanager
def connected():
    """A sync Prefect client to a reachable server (ConfigError, one line, otherwise)."""
    from .prefect_api import _healthy, bypass_proxy_for_local

    bypass_proxy_for_local()  # the API is never reached through the crawl's proxies
    url = api_url()
    if not _healthy(url):
        raise ConfigError(f"no Prefect server answers at {url}: start one with `ecoaudit server` "
                          f"(or set PREFECT_API_URL to yours)")
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: url}):
        with get_client(sync_client=True) as client:
            yield client


def ensure_pool(client, pool: str) -> None:
    """Create the process work pool if it does not exist."""
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.exceptions import ObjectAlreadyExists, ObjectNotFound
    from prefect.workers.process import ProcessWorker

    try:
        client.read_work_pool(pool)
        return
    except ObjectNotFound:
        pass
    with contextlib.suppress(ObjectAlreadyExists):
        client.create_work_pool(WorkPoolCreate(
            name=pool, type="process", base_job_template=ProcessWorker.get_default_base_job_template()))


@dataclass
class Scheduled:
    client: str
    name: str
    schedule: str
    pool: str
    created: bool
    paused: bool = False


def schedule(audit_toml: Path, workspace: Path | None = None, cron: str | None = None,
             every: str | None = None, timezone: str | None = None, pool: str = DEFAULT_POOL) -> Scheduled:
    """Create or update the client's deployment: flow `audit`, named and tagged with the client's
    slug, its parameter the audit.toml's absolute path, on `pool`, with one schedule."""
    if (cron is None) == (every is None):
        raise ConfigError("give exactly one of --cron EXPR or --every N{s,m,h,d,w}")
    if every is not None and timezone:
        raise ConfigError("--timezone goes with --cron")
    _quiet_prefect()
    interval = parse_every(every) if every is not None else None
    cron_schedule = check_cron(cron, timezone) if cron is not None else None

    from .runner import client_workspace

    toml = Path(audit_toml).resolve()
    cfg = load_config(toml)
    if not cfg.seed_urls():
        raise ConfigError(f"{audit_toml}: no seeds: set [sources].seeds or fill the seeds file")
    root = Path(workspace).resolve() if workspace else None
    client_workspace(cfg, root, create=False)  # refuses a folder another client owns
    name = cfg.slug

    from prefect.client.schemas.schedules import IntervalSchedule
    from prefect.deployments.runner import EntrypointType, RunnerDeployment
    from prefect.exceptions import ObjectNotFound

    from .scheduled import FLOW_NAME, scheduled_audit

    parameters = {"audit_toml": str(toml)}
    if root is not None:
        parameters["workspace"] = str(root)
    sched = cron_schedule or IntervalSchedule(interval=interval, timezone="UTC")
    with connected() as client:
        created, paused = True, False
        try:
            existing = client.read_deployment_by_name(f"{FLOW_NAME}/{name}")
            created, paused = False, bool(existing.paused)
            _check_same_client(existing, cfg.client.name, toml)
        except ObjectNotFound:
            pass
        ensure_pool(client, pool)
        deployment = RunnerDeployment.from_flow(
            scheduled_audit, name=name, schedule=sched, parameters=parameters, tags=[name],
            description=f"Scheduled audit of {cfg.client.name} ({toml})",
            work_pool_name=pool, entrypoint_type=EntrypointType.MODULE_PATH,
            paused=paused)  # an update keeps the pause: `--resume` ends it
        deployment.apply(work_pool_name=pool)
        if not created:  # an update replaces the schedule; a paused deployment stays paused
            _replace_schedules(client, client.read_deployment_by_name(f"{FLOW_NAME}/{name}"), sched)
    return Scheduled(cfg.client.name, name, describe_schedule(sched), pool, created, paused)


def _check_same_client(existing, client_name: str, toml: Path) -> None:
    """Refuse to take over a deployment that schedules another client whose name slugifies alike."""
    old = (existing.parameters or {}).get("audit_toml")
    if not old or Path(old) == toml:
        return
    try:
        other = load_config(old).client.name
    except Exception:
        return  # its file is gone or broken: the new one replaces it
    if other != client_name:
        raise ConfigError(f"the deployment {existing.name!r} schedules client {other!r} ({old}); "
                          f"{client_name!r} maps to the same name: give the client a distinct name, "
                          f"or remove it first (ecoaudit schedule --remove {existing.name})")


def _replace_schedules(client, deployment, sched) -> None:
    """Keep exactly one schedule: `sched` (apply() may keep older ones beside it)."""
    keep = None
    for s in deployment.schedules:
        if keep is None and s.schedule == sched:
            keep = s
            continue
        with contextlib.suppress(Exception):
            client.delete_deployment_schedule(deployment.id, s.id)
    if keep is None:
        client.create_deployment_schedules(deployment.id, [(sched, True)])


def describe_schedule(sched) -> str:
    cron = getattr(sched, "cron", None)
    if cron:
        tz = getattr(sched, "timezone", None)
        return f"cron {cron}" + (f" ({tz})" if tz and tz != "UTC" else "")
    interval = getattr(sched, "interval", None)
    if interval is not None:
        return f"every {describe_every(interval)}"
    return type(sched).__name__


def _our_deployments(client, name: str | None = None) -> list:
    from prefect.client.schemas.filters import (DeploymentFilter, DeploymentFilterName, FlowFilter,
                                                FlowFilterName)

    from .scheduled import FLOW_NAME

    flows = FlowFilter(name=FlowFilterName(any_=[FLOW_NAME]))
    deps = DeploymentFilter(name=DeploymentFilterName(any_=[name])) if name else None
    found, offset = [], 0
    while True:
        page = client.read_deployments(flow_filter=flows, deployment_filter=deps, limit=200, offset=offset)
        found += page
        if len(page) < 200:
            return sorted(found, key=lambda d: d.name)
        offset += 200


def _one(client, client_arg: str):
    name = deployment_name(client_arg)
    found = _our_deployments(client, name)
    if not found:
        raise ConfigError(f"no scheduled audit for client {client_arg!r} (deployment audit/{name}); "
                          f"see ecoaudit schedule --list")
    return found[0]


@dataclass
class Row:
    client: str
    schedule: str
    paused: bool
    next_run: str
    last_run: str
    audit_toml: str
    pool: str


def _when(t) -> str:
    if t is None:
        return "-"
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def list_schedules() -> list[Row]:
    from prefect.client.schemas.filters import (DeploymentFilter, DeploymentFilterId, FlowRunFilter,
                                                FlowRunFilterState, FlowRunFilterStateType)
    from prefect.client.schemas.objects import StateType
    from prefect.client.schemas.sorting import FlowRunSort

    rows = []
    with connected() as client:
        for d in _our_deployments(client):
            only = DeploymentFilter(id=DeploymentFilterId(any_=[d.id]))
            upcoming = client.read_flow_runs(
                deployment_filter=only, sort=FlowRunSort.EXPECTED_START_TIME_ASC, limit=1,
                flow_run_filter=FlowRunFilter(state=FlowRunFilterState(
                    type=FlowRunFilterStateType(any_=[StateType.SCHEDULED]))))
            last = client.read_flow_runs(
                deployment_filter=only, sort=FlowRunSort.EXPECTED_START_TIME_DESC, limit=1,
                flow_run_filter=FlowRunFilter(state=FlowRunFilterState(
                    type=FlowRunFilterStateType(not_any_=[StateType.SCHEDULED]))))
            schedules = [s for s in d.schedules if s.active] or d.schedules
            if d.paused:
                next_run = "-"
            elif upcoming:
                next_run = _when(upcoming[0].expected_start_time or upcoming[0].next_scheduled_start_time)
            else:
                next_run = "-"
            last_run = "-"
            if last:
                r = last[0]
                last_run = f"{r.state.name if r.state else '?'} ({_when(r.start_time or r.expected_start_time)})"
            rows.append(Row(client=d.name,
                            schedule=", ".join(describe_schedule(s.schedule) for s in schedules) or "-",
                            paused=bool(d.paused) or (bool(d.schedules) and not any(s.active for s in d.schedules)),
                            next_run=next_run, last_run=last_run,
                            audit_toml=str((d.parameters or {}).get("audit_toml", "-")),
                            pool=d.work_pool_name or "-"))
    return rows


def pause(client_arg: str) -> str:
    """Pause the client's deployment (its scheduled runs not yet started are dropped)."""
    with connected() as client:
        d = _one(client, client_arg)
        client.pause_deployment(d.id)
        return d.name


def resume(client_arg: str) -> str:
    with connected() as client:
        d = _one(client, client_arg)
        client.resume_deployment(d.id)
        for s in d.schedules:  # a schedule made inactive elsewhere (the UI) is active again
            if not s.active:
                client.update_deployment_schedule(d.id, s.id, active=True)
        return d.name


def remove(client_arg: str) -> str:
    """Delete the client's deployment (its scheduled runs go with it; past runs stay in the
    warehouse, and in Prefect's history)."""
    with connected() as client:
        d = _one(client, client_arg)
        client.delete_deployment(d.id)
        return d.name


# --- the server -------------------------------------------------------------------------------

@dataclass
class ServerPlan:
    host: str
    port: int
    workers: int
    pool: str
    limit: int
    home: Path | None

    @property
    def api_url(self) -> str:
        host = "127.0.0.1" if self.host in ("0.0.0.0", "") else ("[::1]" if self.host == "::" else self.host)
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        return f"http://{host}:{self.port}/api"

    @property
    def ui_url(self) -> str:
        return self.api_url[: -len("/api")]


def server_env(plan: ServerPlan) -> dict[str, str]:
    """The environment of the server and its workers: this one (the crawl's proxies included: a
    scheduled run crawls through them), with the API reached directly (bypass_proxy_for_local),
    Prefect's home if given, and the flow runs' logs sent to the server for its UI."""
    from .prefect_api import bypass_proxy_for_local

    bypass_proxy_for_local()
    env = dict(os.environ)
    if plan.home is not None:
        env["PREFECT_HOME"] = str(plan.home)
    env["PREFECT_API_URL"] = plan.api_url
    env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    env.setdefault("PREFECT_LOGGING_LEVEL", "INFO")
    env.setdefault("PREFECT_LOGGING_TO_API_ENABLED", "true")
    env.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    env.setdefault("GX_ANALYTICS_ENABLED", "false")
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


def serve(plan: ServerPlan, say=print, stdout=None, ready=None) -> int:
    """Start the Prefect server, then `plan.workers` process workers on `plan.pool`; run until
    SIGINT/SIGTERM (130/143), or until one of them ends (StageError). Stops every child."""
    from .interrupt import Interrupted, handle_signals
    from .procs import popen_child

    if plan.workers < 1 or plan.limit < 1:
        raise ConfigError("--workers and --limit take a whole number of 1 or more")
    _check_port(plan.host, plan.port)
    if plan.home is not None:
        plan.home.mkdir(parents=True, exist_ok=True)
        os.environ["PREFECT_HOME"] = str(plan.home)  # this process's Prefect client too
    env = server_env(plan)
    py = sys.executable
    children: list[tuple[str, subprocess.Popen]] = []
    kw = dict(env=env, stdin=subprocess.DEVNULL, stdout=stdout, stderr=subprocess.STDOUT if stdout else None)
    try:
        with handle_signals():
            try:
                server = popen_child([py, "-m", "prefect", "server", "start", "--host", plan.host,
                                      "--port", str(plan.port), "--analytics-off"], **kw)
                children.append(("the Prefect server", server))
                _wait_server(server, plan.api_url)
                from prefect.client.orchestration import get_client
                from prefect.settings import PREFECT_API_URL, temporary_settings

                with temporary_settings(updates={PREFECT_API_URL: plan.api_url}):
                    with get_client(sync_client=True) as client:
                        ensure_pool(client, plan.pool)
                host = socket.gethostname().split(".")[0] or "local"
                for i in range(1, plan.workers + 1):
                    worker = popen_child([py, "-m", "prefect", "worker", "start", "--pool", plan.pool,
                                          "--type", "process", "--name", f"{plan.pool}-{host}-{plan.port}-{i}",
                                          "--limit", str(plan.limit)], **kw)
                    children.append((f"worker {i}", worker))
                say(f"Prefect server: {plan.ui_url} (UI and API {plan.api_url}); work pool "
                    f"{plan.pool!r}, {plan.workers} worker{'s' if plan.workers > 1 else ''}; "
                    f"Ctrl-C stops them")
                if ready is not None:
                    ready()
                while True:
                    for what, proc in children:
                        if proc.poll() is not None:
                            raise StageError(f"{what} stopped (exit {proc.returncode}); "
                                             f"everything else stopped too")
                    time.sleep(0.5)
            except KeyboardInterrupt:
                raise Interrupted(signal.SIGINT) from None
    finally:
        if children:
            say("stopping the workers, their runs and the server…")
        previous = {sig: signal.signal(sig, signal.SIG_IGN) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:  # not cut short by a second Ctrl-C: no worker or run left behind
            _stop_all(children)
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


def _stop_all(children: list[tuple[str, subprocess.Popen]]) -> None:
    """Stop the flow runs the workers started (Prefect starts each in its own session, out of the
    workers' process groups), with SIGTERM first so that each ends `interrupted` as a run stopped
    by Ctrl-C does; then the workers, then the server."""
    from .procs import stop_group

    workers = [proc for what, proc in children if what.startswith("worker")]
    own = set()
    for proc in workers:
        with contextlib.suppress(OSError):
            own.add(os.getpgid(proc.pid))
    groups = set()
    for pid in _descendants({p.pid for p in workers}):
        with contextlib.suppress(OSError):
            groups.add(os.getpgid(pid))
    groups -= own
    _signal_groups(groups, signal.SIGTERM, 60.0)
    for proc in reversed(workers):
        stop_group(proc, grace=20)
    _signal_groups(groups, signal.SIGKILL, 5.0)
    for what, proc in children:
        if not what.startswith("worker"):
            stop_group(proc, grace=20)


def _signal_groups(groups: set[int], sig: int, wait: float) -> None:
    """Send `sig` to each process group, then wait up to `wait` seconds for them all to end."""
    alive = set()
    for g in groups:
        with contextlib.suppress(OSError):
            os.killpg(g, sig)
            alive.add(g)
    deadline = time.monotonic() + wait
    while alive and time.monotonic() < deadline:
        alive = {g for g in alive if _group_alive(g)}
        time.sleep(0.2)


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
        return True
    except OSError:
        return False


def _descendants(pids: set[int]) -> list[int]:
    """Every process below `pids`, whatever its session (Linux: /proc; elsewhere none)."""
    children: dict[int, list[int]] = {}
    proc = Path("/proc")
    if not proc.is_dir():
        return []
    for d in proc.iterdir():
        if not d.name.isdigit():
            continue
        try:
            ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(d.name))
    found, todo = [], list(pids)
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _check_port(host: str, port: int) -> None:
    """ConfigError (one line) if the server could not listen on host:port."""
    try:
        infos = socket.getaddrinfo(host, port, socket.AF_UNSPEC, socket.SOCK_STREAM)
    except socket.gaierror as e:
        raise ConfigError(f"--host {host!r}: {e.strerror or e}") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(address)
        except OSError as e:
            raise ConfigError(f"{host}:{port}: {e.strerror or e} (another server? choose another "
                              f"--port)") from None


def _wait_server(proc: subprocess.Popen, url: str) -> None:
    from .prefect_api import _healthy

    deadline = time.monotonic() + SERVER_STARTUP_SECONDS
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise StageError(f"the Prefect server did not start (exit {proc.returncode}; its output "
                             f"says why, e.g. the port is taken: use --port)")
        if _healthy(url):
            return
        time.sleep(0.3)
    raise StageError(f"the Prefect server did not answer at {url} within {SERVER_STARTUP_SECONDS} s")
