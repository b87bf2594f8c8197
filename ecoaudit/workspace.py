"""Where a client's files live: one folder per client, one sub-folder per run.

A client folder is named after the client's slug, and claimed by the client's exact name in
`client.json`: two clients whose names slugify alike ("Client A&B", "Client A B") can never
share a warehouse, runs or overrides; the second is refused.
"""
from __future__ import annotations

import datetime as dt
import errno
import json
import os
import re
import secrets
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError

RUN_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
IDENTITY = "client.json"


def new_run_id(now: dt.datetime | None = None) -> str:
    """A sortable, unique run id: 20261126T093000Z-3f9a (time to the second, then 16 random bits;
    the client's run lock makes a same-second clash impossible anyway)."""
    now = now or dt.datetime.now(dt.timezone.utc)
    return now.strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(2)


def check_run_id(run_id: str) -> str:
    if not RUN_ID_RE.match(run_id):
        raise ConfigError(f"--run-id {run_id!r}: use letters, digits, '.', '_' or '-' (max 64)")
    return run_id


def os_error_line(path: Path | str, e: OSError) -> str:
    """One line for a file-system error: the file, then the system's own words."""
    where = getattr(e, "filename", None) or path
    return f"{where}: {e.strerror or e}"


def os_error(path: Path | str, e: OSError):
    """The one-line error for a file-system failure: a full disk fails the run (exit 1), any
    other cause (read-only, permissions) is the environment's (exit 2)."""
    from .errors import StageError

    line = os_error_line(path, e)
    return StageError(line) if e.errno in (errno.ENOSPC, errno.EDQUOT) else ConfigError(line)


def check_writable(folder: Path) -> None:
    """Create `folder` if needed and prove a file can be written in it, before any work starts:
    a read-only or full workspace is one line, not a half-started run."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-"):
            pass
    except OSError as e:
        hint = {errno.EROFS: "the workspace is on a read-only file system",
                errno.EACCES: "no permission to write in the workspace",
                errno.EPERM: "no permission to write in the workspace",
                errno.ENOSPC: "the disk is full"}.get(e.errno, "cannot write in the workspace")
        raise ConfigError(f"{os_error_line(folder, e)} ({hint}; use --workspace to choose another)") from None


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

    @property
    def lock_file(self) -> Path:
        return self.client_dir / "run.lock"

    @property
    def identity_file(self) -> Path:
        return self.client_dir / IDENTITY

    def run_dir(self, run_id: str) -> Path:
        return self.client_dir / "runs" / run_id

    def items_dir(self, run_id: str) -> Path:
        return self.run_dir(run_id) / "items"

    def owner(self) -> str | None:
        """The client name this folder belongs to, if it is claimed (or holds a warehouse)."""
        f = self.identity_file
        if f.exists():
            try:
                return str(json.loads(f.read_text(encoding="utf-8"))["client"])
            except (OSError, ValueError, KeyError, TypeError):
                raise ConfigError(f"{f}: unreadable client identity; it names the client that "
                                  f"owns {self.client_dir}: restore it or move the folder") from None
        return _warehouse_client(self.warehouse)

    def claim(self, client: str, create: bool = True) -> None:
        """Check that this folder belongs to `client` (and record it if new): ConfigError if
        another client, whose name slugifies alike, owns it."""
        owner = self.owner()
        if owner is not None and owner != client:
            raise ConfigError(
                f"client {client!r} maps to the folder {self.client_dir}, which belongs to client "
                f"{owner!r}; give the client a distinct name or use another --workspace")
        if create and not self.identity_file.exists():
            check_writable(self.client_dir)
            data = {"client": client, "client_id": str(uuid.uuid4()),
                    "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
            tmp = self.identity_file.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            os.replace(tmp, self.identity_file)


def _warehouse_client(path: Path) -> str | None:
    """The client named by an older warehouse's runs (folders made before client.json)."""
    if not path.exists():
        return None
    import duckdb

    try:
        with duckdb.connect(str(path), read_only=True) as con:
            rows = con.execute("select distinct client from runs where client is not null").fetchall()
    except duckdb.Error:
        return None  # busy or damaged: the warehouse's own checks say so when it is opened
    return rows[0][0] if len(rows) == 1 else None
