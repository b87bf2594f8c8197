"""The flow that a scheduled audit runs: `ecoaudit schedule` deploys it, a Prefect worker runs it.

Its only parameters are the client's audit.toml (an absolute path) and, optionally, the workspace
root: everything else is read from the TOML at run time, so an edited audit.toml applies from the
next scheduled run. It starts the run exactly as `ecoaudit run` does (`runner.run_audit`: the
client's lock, dead runs closed, signals handled), so a scheduled run on a client that is running
fails at once with the same line naming the running run, and the warehouse records every run.

The deployment names this flow by its module path (`ecoaudit.scheduled.scheduled_audit`), so a
worker imports it from the installed package (wheel or source checkout), whatever its folder.
"""
from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger

FLOW_NAME = "audit"
ENTRYPOINT = "ecoaudit.scheduled.scheduled_audit"


@flow(name=FLOW_NAME, log_prints=False)
def scheduled_audit(audit_toml: str, workspace: str | None = None) -> dict:
    """Run the whole audit of the client `audit_toml` describes (see ecoaudit.runner.run_audit);
    return the paths of its deliverables. Fails, delivering nothing, as `ecoaudit run` would exit
    non-zero: the flow run's state message is the CLI's one line."""
    from rich.console import Console

    from .runner import run_audit

    # The run's progress as plain lines in the worker's output and in this flow run's Prefect log.
    result = run_audit(Path(audit_toml), Path(workspace) if workspace else None,
                       console=Console(stderr=True, force_terminal=False))
    out = {"run_id": result.run_id, "report": str(result.report), "xlsx": str(result.xlsx),
           "csv": str(result.csv), "pdf": str(result.pdf) if result.pdf else None}
    try:
        get_run_logger().info("run %s delivered: %s", result.run_id, out["report"])
    except Exception:  # called without a flow run context (tests call .fn)
        pass
    return out
