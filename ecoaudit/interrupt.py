"""SIGINT and SIGTERM stop a run: nothing is delivered and the run is marked `interrupted`.

The handler raises `Interrupted` in the main thread (where Prefect runs the flow and its tasks),
wherever the run is: the crawl stage stops its subprocess group, the flow records the final
state, the CLI exits 130 or 143. Prefect swaps in its own SIGTERM handler while a flow runs
(it raises `TerminationSignal`); `signal_of` reads both.
"""
from __future__ import annotations

import contextlib
import signal
import threading

_received: int | None = None


class Interrupted(BaseException):
    """The run was stopped by a signal. A BaseException, like KeyboardInterrupt, so that no
    `except Exception` (nor a Prefect task retry) takes it for a failure to retry."""

    def __init__(self, signum: int):
        self.signum = signum
        self.exit_code = 128 + signum
        super().__init__(f"interrupted by {signal.Signals(signum).name}")


def received() -> int | None:
    """The first signal received since `handle_signals` was entered, if any."""
    return _received


def signal_of(exc: BaseException | None) -> int | None:
    """The signal behind an exception, if it is an interruption; else the one received."""
    if isinstance(exc, Interrupted):
        return exc.signum
    if isinstance(exc, KeyboardInterrupt):
        return signal.SIGINT
    if type(exc).__name__ == "TerminationSignal":  # prefect.exceptions, raised on SIGTERM in a flow
        return getattr(exc, "signal", signal.SIGTERM)
    return _received


def _handler(signum, frame):
    global _received
    first = _received is None
    if first:
        _received = signum
    raise Interrupted(signum)


@contextlib.contextmanager
def handle_signals():
    """SIGINT and SIGTERM raise `Interrupted` in the main thread while the block runs."""
    global _received
    _received = None
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {s: signal.signal(s, _handler) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, h in previous.items():
            signal.signal(s, h)
