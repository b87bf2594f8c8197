"""One run at a time per client: a lock file that the kernel releases when its holder dies.

`run.lock` in the client folder is held with `flock` for the whole run and says which run and
process hold it. A second run is refused with one line naming the running run. A lock file left
by a dead process is not held (the kernel dropped it with the process): the next run takes it
over and the dead run, still `started`, is marked `failed` with the reason.
"""
from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
from pathlib import Path

from .errors import ConfigError


class RunLock:
    """`with RunLock(path, run_id) as lock:` holds the client's lock; `lock.previous` is what a
    dead holder left (its run id and pid), or None."""

    def __init__(self, path: Path, run_id: str, client: str = ""):
        self.path = Path(path)
        self.run_id = run_id
        self.client = client
        self.previous: dict | None = None
        self._fd: int | None = None

    def acquire(self) -> "RunLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read(fd)
            os.close(fd)
            raise ConfigError(
                f"{self.client or self.path.parent.name}: run {holder.get('run_id', '?')} is "
                f"running (pid {holder.get('pid', '?')}, since {holder.get('started', '?')}); "
                f"wait for it to end or stop it (kill -INT {holder.get('pid', 'PID')})") from None
        except OSError:
            os.close(fd)
            raise
        self.previous = _read(fd) or None
        info = {"run_id": self.run_id, "pid": os.getpid(),
                "started": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
        os.ftruncate(fd, 0)
        os.pwrite(fd, (json.dumps(info) + "\n").encode(), 0)
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.ftruncate(self._fd, 0)  # an empty lock file: nobody is running
        except OSError:
            pass
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> "RunLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def holder(path: Path) -> dict | None:
    """Who holds the client's lock now (run id, pid, since), or None if nobody does."""
    if not Path(path).exists():
        return None
    fd = os.open(path, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return _read(fd) or {"run_id": "?", "pid": "?"}
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)


def _read(fd: int) -> dict:
    try:
        data = os.pread(fd, 4096, 0)
        return json.loads(data) if data.strip() else {}
    except (OSError, ValueError):
        return {}
