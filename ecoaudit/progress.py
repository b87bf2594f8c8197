"""What a long run is doing, shown while it runs: the stage, pages fetched in total and per source,
errors, and an estimate of the time left.

On a terminal this is a rich live display; in a log or in CI, plain lines (one per stage, and one
about the crawl every `PLAIN_EVERY_SECONDS`). The same lines go to the Prefect run's log when there is
one, so a scheduled run shows them in the Prefect UI. Stages report through `current()`, which the
runner sets for the run (`reporting`); without it they report nowhere.
"""
from __future__ import annotations

import contextlib
import logging
import sys
import time

PLAIN_EVERY_SECONDS = 30.0
# Progress lines start with this; a run's one-line error with "ecoaudit: " (scripts tell them apart).
PREFIX = "ecoaudit | "
TOP_SOURCES = 5

# One run per process at a time (the client lock): a module global, which Prefect's task threads see too.
_current: list[Reporter] = []

STAGES = {
    "crawl": "crawling", "load": "loading", "validate": "validating", "transform": "classifying",
    "export": "writing the spreadsheets", "report": "writing the report", "pdf": "printing the PDF",
    "alert": "sending alerts",
}


def eta_seconds(state: dict) -> float | None:
    """Time left for the crawl: queued requests at the rate so far, never beyond the time cap;
    None before the first pages."""
    pages, elapsed = state.get("pages") or 0, state.get("elapsed") or 0.0
    if pages < 5 or elapsed <= 0:
        return None
    left = (state.get("queued") or 0) / (pages / elapsed)
    cap = state.get("max_run_seconds")
    if cap:
        left = min(left, max(cap - elapsed, 0.0))
    return left


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    seconds = int(round(seconds))
    return f"{seconds // 60} min {seconds % 60:02d} s" if seconds >= 60 else f"{seconds} s"


def crawl_line(state: dict) -> str:
    """One line on the crawl: totals, the busiest sources, the time left."""
    busiest = sorted((state.get("per_source") or {}).items(), key=lambda kv: -kv[1].get("fetched", 0))
    top = ", ".join(f"{h} {v.get('fetched', 0)}" for h, v in busiest[:TOP_SOURCES])
    line = (f"crawl: {state.get('pages', 0)} pages, {state.get('errors', 0)} errors, "
            f"{state.get('sources_crawled', 0)}/{state.get('sources', 0)} sources reached, "
            f"{state.get('queued', 0)} queued")
    if state.get("finished"):
        line += f", done in {_duration(state.get('elapsed'))}"
    else:
        line += f", about {_duration(eta_seconds(state))} left"
    return line + (f" (most fetched: {top})" if top else "")


class Reporter:
    """Shows a run's progress on `console` (rich) or as plain lines on `stream`."""

    def __init__(self, title: str, console=None, stream=None, live: bool | None = None):
        self.title = title
        self.console = console
        self.stream = stream or sys.stderr
        self.live_mode = bool(console is not None and console.is_terminal) if live is None else live
        self.stage_name = ""
        self.crawl_state: dict = {}
        self.last_plain: float | None = None
        self.clock = time.monotonic
        self._live = None
        self.lines: list[str] = []  # everything said, for tests and the Prefect log

    # -- display ----------------------------------------------------------------------------

    def __enter__(self):
        if self.live_mode:
            from rich.live import Live

            self._live = Live(self._render(), console=self.console, refresh_per_second=4, transient=True)
            self._live.__enter__()
        else:
            self._say(self.title)
        return self

    def __exit__(self, *exc):
        if self._live is not None:
            self._live.__exit__(*exc)
            self._live = None

    def _render(self):
        from rich.console import Group
        from rich.spinner import Spinner
        from rich.table import Table
        from rich.text import Text

        head = Spinner("dots", Text(f"{self.title}: {STAGES.get(self.stage_name, self.stage_name) or 'starting'}…"))
        if not self.crawl_state:
            return head
        s = self.crawl_state
        table = Table(box=None, show_header=True, header_style="bold", pad_edge=False)
        table.add_column("source")
        table.add_column("pages", justify="right")
        table.add_column("errors", justify="right")
        busiest = sorted((s.get("per_source") or {}).items(), key=lambda kv: -kv[1].get("fetched", 0))
        for host, v in busiest[:TOP_SOURCES]:
            table.add_row(Text(host), str(v.get("fetched", 0)), str(v.get("errors", 0)))
        summary = Text(f"{s.get('pages', 0)} pages · {s.get('errors', 0)} errors · "
                       f"{s.get('sources_crawled', 0)}/{s.get('sources', 0)} sources · "
                       f"{s.get('queued', 0)} queued · about {_duration(eta_seconds(s))} left")
        return Group(head, summary, table)

    def _say(self, line: str) -> None:
        self.lines.append(line)
        _prefect_log(line)
        if self._live is not None:
            self._live.update(self._render())
        else:
            print(f"{PREFIX}{line}", file=self.stream, flush=True)

    # -- what stages call -------------------------------------------------------------------

    def stage(self, name: str) -> None:
        """A stage starts."""
        self.stage_name = name
        self._say(STAGES.get(name, name))

    def crawl(self, state: dict) -> None:
        """A new state of the crawl (spiders/progress.py)."""
        self.crawl_state = state
        now = self.clock()
        if self._live is not None:
            self._live.update(self._render())
            if not state.get("finished"):
                return
        if not state.get("pages") and not state.get("finished"):
            return  # the crawl has only just opened: nothing to say yet
        if state.get("finished") or self.last_plain is None or now - self.last_plain >= PLAIN_EVERY_SECONDS:
            self.last_plain = now
            self._say(crawl_line(state))


def _prefect_log(line: str) -> None:
    """The line in the Prefect run's log, when inside a flow or task run. Prefect is never imported
    from here: importing it fixes its settings (home, log level), which the runner sets first."""
    if "prefect" not in sys.modules:
        return  # no Prefect yet, so no run to log to
    try:
        from prefect import get_run_logger
        from prefect.context import FlowRunContext, TaskRunContext

        if FlowRunContext.get() or TaskRunContext.get():
            get_run_logger().info(line)
    except Exception:
        logging.getLogger("ecoaudit").debug("no Prefect run log", exc_info=True)


def current() -> Reporter | None:
    """The run's reporter, None outside a reported run."""
    return _current[-1] if _current else None


def stage(name: str) -> None:
    """Report a stage start to the run's reporter, if any."""
    r = current()
    if r is not None:
        r.stage(name)


def crawl_callback():
    """The crawl's progress callback for `spiders.launch.run_crawl`, or None."""
    r = current()
    return r.crawl if r is not None else None


@contextlib.contextmanager
def reporting(title: str, console=None, stream=None):
    """Report the progress of the run in this block."""
    with Reporter(title, console, stream) as r:
        _current.append(r)
        try:
            yield r
        finally:
            _current.remove(r)
