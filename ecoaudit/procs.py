"""Child processes that never outlive the run that started them.

Every long-lived child (the crawl, the local Prefect API) starts in its own session, so a
Ctrl-C at the terminal reaches ecoaudit alone and ecoaudit decides what stops and how, and asks
the kernel to kill it when its parent dies (Linux `PR_SET_PDEATHSIG`): even a SIGKILLed run
leaves no crawl, parse worker or Prefect server behind.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import subprocess
import sys
import time

_PR_SET_PDEATHSIG = 1
# The user's own no_proxy, kept in the environment before the CLI adds loopback to it for its local
# services (prefect_api.bypass_proxy_for_local); the crawl child gets it back (spiders.launch.crawl_env).
USER_NO_PROXY = "ECOAUDIT_USER_NO_PROXY"


def die_with_parent(sig: int = signal.SIGKILL) -> None:
    """In a child (a `preexec_fn`, or just after a fork): receive `sig` when the parent dies.

    A no-op where prctl does not exist. Checks the parent after arming, since it may have died
    between the fork and the prctl call."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        parent = os.getppid()
        libc.prctl(_PR_SET_PDEATHSIG, int(sig), 0, 0, 0)
        if os.getppid() != parent:
            os.kill(os.getpid(), sig)
    except (OSError, AttributeError):
        pass


def popen_child(cmd: list[str], **kwargs) -> subprocess.Popen:
    """Popen in a new session (its own process group) that dies with this process.

    The command is started through `python -m ecoaudit.procs`, which arms the death signal and
    execs it (the signal survives exec): no `preexec_fn`, which is unsafe in a threaded parent."""
    wrapped = [sys.executable, "-m", "ecoaudit.procs", str(os.getpid()), *cmd]
    return subprocess.Popen(wrapped, start_new_session=True, **kwargs)


def stop_group(proc: subprocess.Popen, grace: float = 10.0) -> None:
    """SIGTERM the child's process group, then SIGKILL whatever is left after `grace` seconds."""
    try:
        pgid = os.getpgid(proc.pid)
    except ProcessLookupError:
        pgid = None
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 5.0)):
        if proc.poll() is not None and pgid is None:
            return
        try:
            if pgid is not None:
                os.killpg(pgid, sig)
            else:
                proc.send_signal(sig)
        except (ProcessLookupError, PermissionError):
            pass
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if proc.poll() is not None and not _group_alive(pgid):
                return
            time.sleep(0.05)
    proc.poll()


def _group_alive(pgid: int | None) -> bool:
    if pgid is None:
        return False
    try:
        os.killpg(pgid, 0)
        return True
    except (ProcessLookupError, PermissionError):
        return False


def _exec_main(argv: list[str]) -> None:
    """`python -m ecoaudit.procs PARENT_PID CMD...`: arm the death signal, then become CMD."""
    parent, cmd = int(argv[0]), argv[1:]
    die_with_parent(signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(137)
    os.execvp(cmd[0], cmd)


if __name__ == "__main__":
    _exec_main(sys.argv[1:])
