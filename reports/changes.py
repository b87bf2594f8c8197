"""What changed since the client's previous delivered run (mart `changes`): changes.csv, the workbook's
Changes sheet and the report's "Since the last audit" section, in the report language."""
from __future__ import annotations

import csv
from pathlib import Path

import duckdb
import polars as pl

from ecoaudit.warehouse import previous_run as baseline, table_exists
from reports.i18n import CHANGE_STRINGS as TEXT, STRINGS
from reports.safety import neutralise_frame

# The order the report and the sheet list changes in: what a consultant acts on first.
ORDER = ["new_source", "verdict_changed", "override_changed", "vanished_source", "silent_source", "spike",
         "busy_new_thread", "new_mention", "activity_up", "activity_down"]

# changes.csv: the contract's four columns first, then the rest (machine values, stable across languages)
CSV_COLUMNS = ["host", "change", "before", "after", "description", "subject", "detail", "url"]


def _text(language: str) -> dict:
    return TEXT.get(language, TEXT["fr"])


def _value(value, language: str) -> str:
    """A verdict or a mart keyword in the report language; anything else as it is."""
    if value is None or value == "":
        return _text(language)["values"]["none"]
    verdicts = STRINGS.get(language, STRINGS["fr"])["verdict_one"]
    values = _text(language)["values"]
    s = str(value)
    if s in verdicts:
        return verdicts[s]
    if s in values:
        return values[s]
    if language == "fr" and s.replace(".", "", 1).isdigit():
        return s.replace(".", ",")  # 1,5 in French
    return s.replace(" weeks", " " + values["weeks"])


def describe(row: dict, language: str = "fr") -> str:
    """One change as a sentence in the report language."""
    template = _text(language)["lines"].get(row["change"], "{host}: {change}")
    fields = {k: _value(row.get(k), language) for k in ("before", "after", "detail")}
    return template.format(host=row["host"], change=row["change"], subject=row.get("subject") or "",
                           url=row.get("url") or "", **fields)


def previous_run(con: duckdb.DuckDBPyConnection, run_id: str) -> tuple[str, object] | None:
    """(run id, start time) of the run `run_id` is compared with (`warehouse.previous_run`, as the
    `changes` mart), or None: a first run, or a warehouse from before the changes mart."""
    if not table_exists(con, "changes"):
        return None
    previous = baseline(con, run_id)
    if previous is None:
        return None
    started = con.execute("select started_at from runs where run_id = ?", [previous]).fetchall()
    return previous, started[0][0] if started else None


def changes_frame(con: duckdb.DuckDBPyConnection, run_id: str, language: str = "fr") -> pl.DataFrame:
    """The run's changes in report order, with a `description` sentence; empty (with the columns) when
    there is nothing to compare with."""
    try:
        df = con.sql("select host, change, before, after, subject, detail, url from changes where run_id = ?",
                     params=[run_id]).pl()
    except duckdb.CatalogException:
        df = pl.DataFrame(schema={c: pl.String for c in CSV_COLUMNS if c != "description"})
    rank = {c: i for i, c in enumerate(ORDER)}
    rows = sorted(df.to_dicts(), key=lambda r: (rank.get(r["change"], len(ORDER)), r["host"], r["subject"] or ""))
    for r in rows:
        r["description"] = describe(r, language)
    return pl.DataFrame(rows, schema={c: pl.String for c in CSV_COLUMNS}).select(CSV_COLUMNS)


def write_changes_csv(con: duckdb.DuckDBPyConnection, run_id: str, path, language: str = "fr") -> Path | None:
    """changes.csv (UTF-8 with BOM, formulas neutralised) when the run has a previous run to compare
    with; None on a client's first run."""
    if previous_run(con, run_id) is None:
        return None
    path = Path(path)
    df = neutralise_frame(changes_frame(con, run_id, language))
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(df.columns)
        w.writerows(df.rows())
    return path


def since_last_audit(con: duckdb.DuckDBPyConnection, run_id: str, language: str = "fr",
                     per_kind: int = 8) -> dict:
    """The report section: an intro line and, per kind of change, its heading and its first lines (the
    template escapes them: they hold crawled hosts and URLs)."""
    t = _text(language)
    previous = previous_run(con, run_id)
    if previous is None:
        return {"heading": t["heading"], "intro": t["first"], "groups": [], "total": 0, "previous": None}
    prev_id, started = previous
    date = started.strftime("%d/%m/%Y" if language == "fr" else "%Y-%m-%d") if started else "?"
    df = changes_frame(con, run_id, language)
    groups = []
    for kind in ORDER:
        part = df.filter(pl.col("change") == kind)
        if part.height:
            lines = part["description"].to_list()
            groups.append({"kind": kind, "title": t["kinds"][kind], "count": part.height,
                           "lines": lines[:per_kind],
                           "more": t["more"].format(n=part.height - per_kind) if part.height > per_kind else None})
    intro = t["intro"].format(previous=prev_id, date=date) if groups else t["nothing"].format(previous=prev_id)
    return {"heading": t["heading"], "intro": intro, "groups": groups, "total": df.height, "previous": prev_id}
