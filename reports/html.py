"""The client's HTML report: one self-contained, script-free, printable file."""
from __future__ import annotations

from pathlib import Path

import duckdb
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from reports import view
from reports.i18n import strings

TEMPLATES = Path(__file__).parent / "templates"


def _env() -> Environment:
    # Autoescape everything: crawled titles, names and labels are hostile until proven otherwise.
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def write_report(con: duckdb.DuckDBPyConnection, run_id: str, path, language: str = "fr",
                 context: dict | None = None) -> Path:
    """Render the run's report in `language` (fr or en) to `path`; returns the path.

    `context` may hold client, sector, run_id, started_at, seeds (count or list) and config
    (a summary dict); missing keys are read from the `runs` table when it has them.
    """
    strings(language)  # fail on an unknown language before touching the disk
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    html = _env().get_template("report.html.j2").render(**view.build(con, run_id, language, context))
    path.write_text(html, encoding="utf-8")
    return path
