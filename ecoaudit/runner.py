"""Run an audit for one client: its workspace claimed, its lock held, signals handled, Prefect
reachable; the CLI, the demo and re-extraction all start runs through `client_session`."""
from __future__ import annotations

import contextlib
import os
from pathlib import Path

from .config import AuditConfig, load_config
from .errors import ConfigError
from .workspace import Workspace, check_run_id, check_writable, new_run_id


def prefect_env(prefect_home: Path) -> None:
    """Run Prefect quietly, with its state inside the client's workspace."""
    prefect_home.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PREFECT_HOME", str(prefect_home))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    # Stage failures reach the user as one line from the CLI, not as Prefect tracebacks.
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "CRITICAL")
    os.environ.setdefault("PREFECT_LOGGING_TO_API_ENABLED", "false")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")


def client_workspace(cfg: AuditConfig, workspace: Path | None, create: bool = True) -> Workspace:
    """The client's workspace, claimed by the client's exact name (ConfigError if another client
    whose name slugifies alike owns the folder)."""
    root = Path(workspace) if workspace else Path(cfg.path).parent
    ws = Workspace(root, cfg.slug)
    if create:
        check_writable(ws.client_dir)
    ws.claim(cfg.client.name, create=create)
    return ws


@contextlib.contextmanager
def client_session(cfg: AuditConfig, ws: Workspace, run_id: str):
    """Hold the client's run lock (one run at a time), close the runs a dead process left
    open, and turn SIGINT/SIGTERM into `Interrupted`. The flow itself runs in `flow_api`."""
    from . import interrupt, warehouse
    from .runlock import RunLock
    from .stages import write_error

    with RunLock(ws.lock_file, run_id, cfg.client.name) as lock:
        if ws.warehouse.exists():
            pid = (lock.previous or {}).get("pid")
            reason = (f"the process running it{f' (pid {pid})' if pid else ''} ended without "
                      f"finishing: killed, or the machine stopped")
            with warehouse.connect(ws.warehouse) as con:
                dead = warehouse.close_dead_runs(con, reason)
            for run in dead:
                write_error(ws.run_dir(run), reason)
        with interrupt.handle_signals():
            yield lock


@contextlib.contextmanager
def flow_api(ws: Workspace):
    """Prefect set up for a flow run of this client: quiet, its home in the workspace (set before
    Prefect is first imported: import `flows` inside this block), an API (started only now: a
    run refused earlier never waits for a server), reached without proxy."""
    from .prefect_api import bypass_proxy_for_local, prefect_api

    prefect_env(ws.prefect_home)
    bypass_proxy_for_local()
    with prefect_api(ws.client_dir / "prefect_server.log") as url:
        yield url


def run_audit(toml: Path, workspace: Path | None = None, run_id: str | None = None,
              skip_crawl: bool = False, console=None):
    """Validate the config, then run the Prefect flow; returns the flow's AuditResult.

    Raises ConfigError (exit 2), StageError/ValidationFailed (exit 1) or Interrupted (130/143).
    """
    from . import interrupt

    run_id = check_run_id(run_id) if run_id else new_run_id()
    cfg = load_config(toml)
    if not cfg.seed_urls():
        raise ConfigError(f"{toml}: no seeds: set [sources].seeds or fill the seeds file")
    ws = client_workspace(cfg, workspace)
    with client_session(cfg, ws, run_id):
        shown = contextlib.nullcontext()
        if console is not None:  # the CLI: a live display on a terminal, plain lines in a log
            from .progress import reporting

            shown = reporting(f"Audit {cfg.client.name}, run {run_id} ({len(cfg.seed_urls())} seeds)", console)
        try:
            with shown, flow_api(ws):
                from flows.audit import audit_flow

                return audit_flow(cfg, ws.root, run_id, skip_crawl=skip_crawl)
        except BaseException as e:
            signum = interrupt.signal_of(e)
            if signum:
                _ensure_final(ws, run_id, "interrupted", str(interrupt.Interrupted(signum)))
                if isinstance(e, interrupt.Interrupted):
                    raise
                raise interrupt.Interrupted(signum) from None
            raise


def _ensure_final(ws: Workspace, run_id: str, status: str, reason: str) -> None:
    """Record a final state if the flow could not (interrupted before or after its own handler)."""
    from . import warehouse

    if not ws.warehouse.exists():
        return
    try:
        with warehouse.connect(ws.warehouse, wait_seconds=5) as con:
            rows = con.execute("select status from runs where run_id = ?", [run_id]).fetchall()
            if rows and rows[0][0] not in warehouse.FINAL_STATUSES:
                warehouse.record_run(con, run_id, status=status, reason=reason,
                                     finished_at=warehouse.now_utc())
    except Exception:
        pass  # the next run's lock takes over and closes it
