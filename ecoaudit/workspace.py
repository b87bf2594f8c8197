"""Where a client's files live: one folder per client, one sub-folder per run."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError

RUN_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def new_run_id(now: dt.datetime | None = None) -> str:
    """A sortable run id: 20261126T093000Z."""
    now = now or dt.datetime.now(dt.timezone.utc)
    return now.strftime("%Y%m%dT%H%M%SZ")


def check_run_id(run_id: str) -> str:
    if not RUN_ID_RE.match(run_id):
        raise ConfigError(f"--run-id {run_id!r}: use letters, digits, '.', '_' or '-' (max 64)")
    return run_id


@dataclass(frozen=True)
class Workspace:
    """Paths of one client's workspace: `<root>/<client-slug>/`."""

    root: Path
    slug: str

    @property
    def client_dir(self) -> Path:
        return self.root / self.slug

    @property
    def warehouse(self) -> Path:
        return self.client_dir / "warehouse.duckdb"

    @property
    def prefect_home(self) -> Path:
        return self.client_dir / ".prefect"

    def run_dir(self, run_id: str) -> Path:
        return self.client_dir / "runs" / run_id

    def items_dir(self, run_id: str) -> Path:
        return self.run_dir(run_id) / "items"
