"""The Prefect API a run reports to: the user's server (PREFECT_API_URL), else a local one.

The local server is Prefect's own API app under uvicorn, as Prefect's ephemeral mode starts it,
but started here so that it lives in its own process group and dies with the run (SIGKILL
included), and so that no proxy ever stands between the run and it: its health check and the
Prefect client go direct, whatever http_proxy and no_proxy say (the crawl alone uses the user's
proxies, see spiders.launch.crawl_env).
"""
from __future__ import annotations

import atexit
import contextlib
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from .errors import StageError
from .procs import USER_NO_PROXY, popen_child, stop_group

LOCAL = ("127.0.0.1", "localhost", "::1")
STARTUP_SECONDS = 120


def bypass_proxy_for_local() -> None:
    """Add loopback to no_proxy for this process (Prefect's client, health checks); the user's
    own value is kept in ECOAUDIT_USER_NO_PROXY for the crawl. Idempotent."""
    current = os.environ.get("no_proxy", os.environ.get("NO_PROXY", ""))
    if current != os.environ.get(_SET_MARK):  # not ours (first call, or changed since): the user's
        os.environ[USER_NO_PROXY] = current
    have = [h.strip() for h in current.split(",") if h.strip()]
    merged = ",".join(have + [h for h in LOCAL if h not in have])
    os.environ["no_proxy"] = os.environ["NO_PROXY"] = os.environ[_SET_MARK] = merged


_SET_MARK = "ECOAUDIT_SET_NO_PROXY"


def _free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(url: str) -> bool:
    import httpx

    try:
        with httpx.Client(trust_env=False, timeout=2) as client:  # never through a proxy
            return client.get(f"{url}/health").status_code == 200
    except httpx.HTTPError:
        return False


_server: tuple[subprocess.Popen, str] | None = None


@contextlib.contextmanager
def prefect_api(log_file: Path):
    """Yield the API URL the flow reports to: PREFECT_API_URL if set, else a local server,
    started once per process and stopped when the process exits (or dies)."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    configured = PREFECT_API_URL.value()
    if configured:
        yield configured
        return
    url = _local_server(log_file)
    with temporary_settings(updates={PREFECT_API_URL: url}):
        yield url


def _local_server(log_file: Path) -> str:
    global _server
    if _server is not None and _server[0].poll() is None:
        return _server[1]
    import prefect

    log_file.parent.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1",
           "PREFECT__SERVER_FINAL": "1"}
    with log_file.open("a", encoding="utf-8") as log:
        for _ in range(5):
            port = _free_port()
            url = f"http://127.0.0.1:{port}/api"
            proc = popen_child(
                [sys.executable, "-m", "uvicorn", "--app-dir", str(Path(prefect.__file__).parent.parent),
                 "--factory", "prefect.server.api.server:create_app", "--host", "127.0.0.1",
                 "--port", str(port), "--log-level", "error", "--lifespan", "on"],
                env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log)
            if _wait_healthy(proc, url):
                _server = (proc, url)
                atexit.register(stop_group, proc, 5)
                return url
            if proc.poll() != 3:  # 3: uvicorn could not bind the port; anything else is fatal
                break
    raise StageError(f"the local Prefect API did not start (see {log_file})")


def _wait_healthy(proc: subprocess.Popen, url: str) -> bool:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        if _healthy(url):
            return True
        time.sleep(0.2)
    stop_group(proc, grace=2)
    return False
