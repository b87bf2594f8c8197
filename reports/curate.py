"""Curation round-trip: the consultant's edits in a run's sources.xlsx (or its CSVs) become overrides.

`ecoaudit curate FILE` reads the `verdict` and `override_note` columns of every source sheet of
the workbook (a sheet whose header has a verdict column and a host or source column, whatever the
sheet is called), or of one CSV (`sources.csv` or `sheets/*.csv`), and records the edits through
`ecoaudit.overrides.record(..., origin="curate")`, like `ecoaudit verdict`.

What counts as an edit: a cell that differs from what the run wrote there. The run's `sources`
mart holds exactly that (the verdict in force and the consultant's note at export time), so
other columns, sorting, filtering and deleted rows change nothing, and an untouched row of an old
workbook never undoes an override recorded since. Rules:
- a verdict cell must be pertinent, automated or undecided (any case; the French words pertinente,
  automatisé(e), indécis(e) are understood too); an emptied verdict cell means "no opinion": the
  verdict in force stays (a note edited beside an empty verdict is ignored, with a warning);
- an edited verdict, or an edited note, records an override of the row's verdict with the row's
  note (a note alone pins the verdict shown beside it); an emptied note removes the note;
- a host edited in two rows (say in Candidates and in Undecided) to different verdicts or notes is
  an error naming both cells; the same edit twice counts once;
- a host that is not a source of this audit, or a cell that is not a host, is an error;
- all or nothing: any error, and nothing is recorded.
Removing an override is `ecoaudit verdict HOST --clear`.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from ecoaudit import overrides
from ecoaudit.errors import ConfigError
from ecoaudit.warehouse import table_exists
from reports.export import CUSTOM_RUN_ID
from reports.i18n import WORKBOOK_STRINGS
from reports.safety import FORMULA_PREFIX, neutralise

XLSX_SUFFIXES = (".xlsx", ".xlsm")
# Understood in a verdict cell besides the machine's own values.
ALIASES = {
    "pertinente": "pertinent", "pertinents": "pertinent", "pertinentes": "pertinent",
    "automatisé": "automated", "automatisée": "automated", "automatisés": "automated",
    "automatisées": "automated", "indécis": "undecided", "indécise": "undecided",
    "indécises": "undecided",
}


class CurationError(ConfigError):
    """The file has invalid cells: every problem is listed, nothing was recorded (exit 2)."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        n = len(problems)
        super().__init__(problems[0] if n == 1 else f"{problems[0]} (+{n - 1} more)")


@dataclass(frozen=True)
class Row:
    """One data row of a source table, cells as read (None when empty)."""

    sheet: str | None  # None for a CSV
    row: int  # 1-based, the header is row 1
    host: object
    source: object
    verdict: object
    note: object
    cols: dict = field(default_factory=dict)  # key -> column letter
    has_note: bool = False  # the table has a note column

    def ref(self, key: str) -> str:
        cell = f"{self.cols.get(key, '?')}{self.row}"
        if self.sheet is None:
            return cell
        name = self.sheet if re.fullmatch(r"\w+", self.sheet) else "'" + self.sheet.replace("'", "''") + "'"
        return f"{name}!{cell}"


@dataclass(frozen=True)
class Exported:
    """What the run wrote for a host: the verdict in force, the consultant's note, the machine's verdict."""

    verdict: str | None
    note: str | None
    machine: str | None


@dataclass(frozen=True)
class Edit:
    host: str
    verdict: str
    note: str | None
    where: str  # the verdict cell
    was: str | None  # the verdict in force when the file was written


@dataclass
class Plan:
    edits: list[Edit]
    problems: list[str]
    warnings: list[str]


@dataclass
class Outcome:
    path: Path
    run_id: str
    warehouse: Path
    edits: list[Edit]
    changes: list[overrides.Change]  # what was recorded (empty on a dry run)
    warnings: list[str]
    dry_run: bool = False


# ------------------------------------------------------------------ reading

def column_keys() -> dict[str, str]:
    """Header text (lowercase) -> column key, for the machine names and both languages' labels."""
    keys: dict[str, str] = {}
    for lang in WORKBOOK_STRINGS.values():
        for table in ("columns", "forum_columns"):
            for key, label in lang[table].items():
                keys.setdefault(label.strip().lower(), key)
    for key in ("source", "host", "verdict", "override_note", "machine_verdict"):
        keys[key] = key
    return keys


def _letter(index: int) -> str:
    """0-based column index -> Excel letters."""
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def _table_rows(sheet: str | None, rows) -> list[Row]:
    """Rows of one table whose first row is its header; [] when it is not a source table."""
    rows = iter(rows)
    header = next(rows, None)
    if not header:
        return []
    keys = column_keys()
    index: dict[str, int] = {}
    for i, cell in enumerate(header):
        key = keys.get(str(cell).strip().lower()) if cell is not None else None
        if key and key not in index:
            index[key] = i
    if "verdict" not in index or not ({"host", "source"} & index.keys()):
        return []
    cols = {k: _letter(i) for k, i in index.items()}

    def get(values, key):
        i = index.get(key)
        if i is None or i >= len(values):
            return None
        v = values[i]
        return None if v is None or (isinstance(v, str) and not v.strip()) else v

    out = []
    for n, values in enumerate(rows, start=2):
        values = tuple(values or ())
        out.append(Row(sheet, n, get(values, "host"), get(values, "source"), get(values, "verdict"),
                       get(values, "override_note"), cols, "override_note" in index))
    return out


def read_xlsx(path: Path) -> tuple[list[Row], str | None]:
    """Rows of every source sheet of a workbook, and the run id it carries (None if absent)."""
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises zipfile, KeyError, InvalidFileException...
        raise ConfigError(f"{path}: not a readable .xlsx workbook ({type(e).__name__}: {e})") from None
    try:
        run_id = None
        try:
            props = wb.custom_doc_props
            prop = props[CUSTOM_RUN_ID] if CUSTOM_RUN_ID in props.names else None
            run_id = str(prop.value) if prop is not None and prop.value else None
        except (AttributeError, KeyError):
            pass
        rows: list[Row] = []
        for ws in wb.worksheets:
            rows.extend(_table_rows(ws.title, ws.iter_rows(values_only=True)))
    finally:
        wb.close()
    return rows, run_id


def read_csv(path: Path) -> list[Row]:
    """Rows of one CSV (comma, semicolon or tab separated; UTF-8 with or without BOM, else cp1252)."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    return _table_rows(None, csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def read_rows(path: Path) -> tuple[list[Row], str | None]:
    if not path.is_file():
        raise ConfigError(f"{path}: no such file")
    if path.suffix.lower() in XLSX_SUFFIXES:
        rows, run_id = read_xlsx(path)
    elif path.suffix.lower() == ".csv":
        rows, run_id = read_csv(path), None
    else:
        raise ConfigError(f"{path}: give a run's sources.xlsx, sources.csv or one of its sheets/*.csv")
    if not rows:
        raise ConfigError(f"{path}: no table with a verdict column and a host or source column")
    return rows, run_id


def locate(path: Path) -> tuple[str | None, Path | None]:
    """(run id, warehouse) from where a run wrote the file: WORKSPACE/<client>/runs/<run-id>/...;
    (None, None) when the file is not inside a run folder."""
    for p in Path(path).resolve().parents:
        if p.parent.name == "runs":
            return p.name, p.parent.parent / "warehouse.duckdb"
    return None, None


def exported(con: duckdb.DuckDBPyConnection, run_id: str) -> dict[str, Exported]:
    """What the run wrote per host (its `sources` mart rows)."""
    if not table_exists(con, "sources"):
        return {}
    return {h: Exported(v, n, m) for h, v, n, m in con.execute(
        "select lower(host), verdict, override_note, machine_verdict from sources where run_id = ?",
        [run_id]).fetchall()}


# ------------------------------------------------------------------ planning (pure)

def unneutralise(text: str) -> str:
    """Undo reports.safety.neutralise: the `'` it put before a formula-like start."""
    if text.startswith("'") and FORMULA_PREFIX.match(text[1:]):
        return text[1:]
    return text


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def parse_verdict(value) -> str | None:
    """The verdict in a cell, None for an empty cell; raises ValueError for anything else."""
    text = _cell_text(value).lower()
    if not text:
        return None
    text = ALIASES.get(text, text)
    if text not in overrides.VERDICTS:
        raise ValueError(text)
    return text


def plan(rows: list[Row], before: dict[str, Exported], known: set[str], label: str) -> Plan:
    """The overrides the rows ask for, compared with what the run wrote (`before`); problems and
    warnings name the file (`label`) and the cell."""
    problems: list[str] = []
    warnings: list[str] = []
    wanted: dict[str, tuple[Edit, str]] = {}  # host -> (edit, note cell)
    for row in rows:
        raw_host = row.host if row.host is not None else row.source
        verdict_text = _cell_text(row.verdict)
        note_text = _cell_text(row.note)
        if raw_host is None:
            if verdict_text or note_text:
                where = row.ref("host" if "host" in row.cols else "source")
                problems.append(f"{label}: {where}: no host on a row with a verdict or a note: fill it or clear the row")
            continue
        try:
            host = overrides.normalise_host(_cell_text(raw_host))
        except (ConfigError, ValueError) as e:
            problems.append(f"{label}: {row.ref('host' if row.host is not None else 'source')}: {e}")
            continue
        try:
            verdict = parse_verdict(row.verdict)
        except ValueError:
            problems.append(f"{label}: {row.ref('verdict')}: verdict {verdict_text!r}: "
                            f"use pertinent, automated or undecided")
            continue
        was = before.get(host)
        if was is None and host not in known:
            problems.append(f"{label}: {row.ref('host' if row.host is not None else 'source')}: "
                            f"{host}: not a source of this audit; check the spelling")
            continue
        old_verdict, old_note = (was.verdict, was.note) if was else (None, None)
        has_note = row.has_note
        note_edited = has_note and note_text != _cell_text(neutralise(old_note or ""))
        note = (unneutralise(note_text) or None) if note_edited else old_note
        if verdict is None:
            if note_edited:
                warnings.append(f"{label}: {row.ref('override_note')}: note ignored: the verdict cell "
                                f"{row.ref('verdict')} is empty")
            continue
        if verdict == old_verdict and not note_edited:
            continue
        edit = Edit(host, verdict, note, row.ref("verdict"), old_verdict)
        note_ref = row.ref("override_note") if has_note else row.ref("verdict")
        if host in wanted:
            first, first_note_ref = wanted[host]
            if first.verdict != verdict:
                problems.append(f"{label}: {first.where} and {edit.where}: {host} is given two verdicts "
                                f"({first.verdict}, {verdict}): keep one")
            elif (first.note or "") != (note or ""):
                problems.append(f"{label}: {first_note_ref} and {note_ref}: {host} is given two different "
                                f"notes: keep one")
            continue
        wanted[host] = (edit, note_ref)
    return Plan([e for e, _ in wanted.values()], problems, warnings)


# ------------------------------------------------------------------ applying

def curate(path, warehouse: Path | None = None, run_id: str | None = None,
           dry_run: bool = False) -> Outcome:
    """Read FILE, check every cell, then record the edits as overrides (all or nothing).

    The run and the warehouse default to where the file lies (WORKSPACE/<client>/runs/<run-id>/);
    a workbook's own run id (a property written by the export) wins over its folder's name."""
    path = Path(path)
    rows, file_run = read_rows(path)
    path_run, path_warehouse = locate(path)
    run_id = run_id or file_run or path_run
    warehouse = warehouse or path_warehouse
    if warehouse is None:
        raise ConfigError(f"{path}: not in a run folder (WORKSPACE/<client>/runs/<run-id>/): "
                          f"give --config audit.toml")
    if run_id is None:
        raise ConfigError(f"{path}: cannot tell which run wrote it: give --run-id")
    if not Path(warehouse).exists():
        raise ConfigError(f"{warehouse}: no warehouse: check --config / --workspace")
    try:
        con = duckdb.connect(str(warehouse), read_only=dry_run)
    except duckdb.IOException as e:
        raise ConfigError(f"{warehouse}: cannot open the warehouse (is a run in progress?): {e}") from None
    try:
        before = exported(con, run_id)
        if not before:
            raise ConfigError(f"{path}: run {run_id} has no sources in {warehouse}")
        result = plan(rows, before, overrides.known_hosts(con), path.name)
        if result.problems:
            raise CurationError(result.problems)
        changes = [] if dry_run else overrides.record(
            con, [(e.host, e.verdict, e.note) for e in result.edits], origin="curate")
    finally:
        con.close()
    return Outcome(path, run_id, Path(warehouse), result.edits, changes, result.warnings, dry_run)


def summary_lines(outcome: Outcome) -> list[str]:
    """One line per edit (recorded, unchanged, or would be recorded on a dry run), then the total."""
    recorded = {c.host: c for c in outcome.changes}
    lines = []
    for e in outcome.edits:
        note = f' (note: "{e.note}")' if e.note else ""
        move = f"{e.was or '?'} -> {e.verdict}"
        if outcome.dry_run:
            lines.append(f"{e.where}: {e.host}: {move}{note}: would be recorded")
        elif e.host in recorded:
            lines.append(f"{e.where}: {e.host}: {move}{note}")
        else:
            lines.append(f"{e.where}: {e.host}: {e.verdict}{note}: already in force, unchanged")
    n = len(outcome.edits) if outcome.dry_run else len(outcome.changes)
    s = "" if n == 1 else "s"
    if outcome.dry_run:
        lines.append(f"{outcome.path.name}: {n} override{s} to record (dry run: nothing recorded)")
    elif n:
        lines.append(f"{outcome.path.name}: {n} override{s} recorded in {outcome.warehouse}; "
                     f"shown from the next run")
    else:
        lines.append(f"{outcome.path.name}: no change")
    return lines
