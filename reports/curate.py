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
  automatisé(e), indécis(e) are understood too), or `out` (exclu(e)): the site is out of the
  ecosystem map (as `ecoaudit verdict HOST out`); an emptied verdict cell means "no opinion": the
  verdict in force stays (a note edited beside an empty verdict is ignored, with a warning);
- an edited verdict, or an edited note, records an override of the row's verdict with the row's
  note (a note alone pins the verdict shown beside it); an emptied note removes the note;
- a host edited in two rows (say in Candidates and in Undecided) to different verdicts or notes is
  an error naming both cells; the same edit twice counts once;
- a host that is not a source of this audit, or a cell that is not a host, is an error; any host
  the run wrote is understood, `localhost` or an intranet name without a dot included;
- a formula in a verdict or note cell is an error naming the cell: its value may change at the
  next recalculation, and files saved by other tools often keep no value for it;
- the file must come from the warehouse's client (the workbook's Summary, or the run folder, tells)
  and from a delivered run of that warehouse;
- all or nothing: any error, and nothing is recorded. At most MAX_PROBLEMS problems are listed,
  then one line counting the rest.
Removing an override is `ecoaudit verdict HOST --clear`.
"""
from __future__ import annotations

import csv
import io
import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from ecoaudit import overrides
from ecoaudit.config import slugify
from ecoaudit.errors import ConfigError
from ecoaudit.urls import host_of
from ecoaudit.warehouse import connect as connect_warehouse
from ecoaudit.warehouse import table_exists
from reports.export import CUSTOM_RUN_ID
from reports.i18n import WORKBOOK_STRINGS
from reports.safety import FORMULA_PREFIX, neutralise

XLSX_SUFFIXES = (".xlsx", ".xlsm")
# Problems and warnings listed one by one; past this, one line counts the rest (a million bad rows
# must not print a million lines).
MAX_PROBLEMS = 20
MAX_WARNINGS = 20
# Statuses of a run whose files were delivered (a crawl cut by the time cap is delivered as partial).
DELIVERED = ("delivered", "partial")
# Workbook property naming the client, if the export writes one (else the Summary sheet tells).
CUSTOM_CLIENT = "ecoaudit_client"
# A host name the crawl may have written without a dot: `localhost`, an intranet name.
DOTLESS_HOST = re.compile(r"[a-z0-9]([a-z0-9_-]*[a-z0-9])?")
# Understood in a verdict cell besides the machine's own values.
ALIASES = {
    "pertinente": "pertinent", "pertinents": "pertinent", "pertinentes": "pertinent",
    "automatisé": "automated", "automatisée": "automated", "automatisés": "automated",
    "automatisées": "automated", "indécis": "undecided", "indécise": "undecided",
    "indécises": "undecided",
    # out of the ecosystem map (`ecoaudit verdict HOST out`)
    "exclu": "out", "exclue": "out", "exclus": "out", "exclues": "out", "hors": "out",
}


class CurationError(ConfigError):
    """The file has invalid cells, nothing was recorded (exit 2).

    `problems` lists at most MAX_PROBLEMS of them, then one line "... and N more problems";
    `total` counts them all."""

    def __init__(self, problems: list[str], total: int | None = None):
        total = len(problems) if total is None else max(total, len(problems))
        shown = list(problems[:MAX_PROBLEMS])
        if total > len(shown):
            shown.append(f"... and {total - len(shown)} more problems")
        self.problems = shown
        self.total = total
        super().__init__(shown[0] if total == 1 else f"{shown[0]} (+{total - 1} more)")


class Formula(str):
    """The text of a cell holding a formula (`=IF(...)`), kept apart from a typed string."""


class Bounded:
    """The first `limit` lines appended, and how many were appended in all."""

    def __init__(self, limit: int):
        self.limit = limit
        self.lines: list[str] = []
        self.total = 0

    def append(self, line: str) -> None:
        self.total += 1
        if len(self.lines) < self.limit:
            self.lines.append(line)


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
    problems: list[str]  # the first MAX_PROBLEMS
    warnings: list[str]  # the first MAX_WARNINGS, then one line counting the rest
    problem_count: int = 0  # all of them


@dataclass(frozen=True)
class Origin:
    """What the file says about where it comes from (None: it does not say)."""

    run_id: str | None = None
    client: str | None = None  # the client's name
    client_slug: str | None = None  # the client's folder, when only that tells


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


def _cell_value(cell):
    """A read-only cell's value; a formula becomes a Formula (its text), not its cached value."""
    if getattr(cell, "data_type", None) == "f":
        value = cell.value
        return Formula(getattr(value, "text", None) or value or "=")
    return cell.value


def _summary_client(ws) -> str | None:
    """The client named on the Summary sheet (the row labelled Client, in either language)."""
    labels = {lang["facts"]["client"].strip().lower() for lang in WORKBOOK_STRINGS.values()}
    for values in ws.iter_rows(min_row=1, max_row=30, max_col=2, values_only=True):
        if len(values) >= 2 and isinstance(values[0], str) and values[0].strip().lower() in labels:
            return str(values[1]).strip() if values[1] is not None and str(values[1]).strip() else None
    return None


def read_xlsx(path: Path) -> tuple[list[Row], Origin]:
    """Rows of every source sheet of a workbook, and the run and client it names."""
    import openpyxl

    try:
        # Not data_only: a formula must be seen as one (and refused), not read as its cached value.
        wb = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as e:  # openpyxl raises zipfile, KeyError, InvalidFileException...
        raise ConfigError(f"{path}: not a readable .xlsx workbook ({type(e).__name__}: {e})") from None
    try:
        props = {}
        try:
            custom = wb.custom_doc_props
            for name in (CUSTOM_RUN_ID, CUSTOM_CLIENT):
                prop = custom[name] if name in custom.names else None
                if prop is not None and prop.value not in (None, ""):
                    props[name] = str(prop.value).strip()
        except (AttributeError, KeyError):
            pass
        summaries = {lang["sheets"]["summary"] for lang in WORKBOOK_STRINGS.values()}
        client = props.get(CUSTOM_CLIENT)
        rows: list[Row] = []
        for ws in wb.worksheets:
            if ws.title in summaries:
                client = client or _summary_client(ws)
                continue
            rows.extend(_table_rows(ws.title, (tuple(_cell_value(c) for c in r) for r in ws.iter_rows())))
    finally:
        wb.close()
    return rows, Origin(props.get(CUSTOM_RUN_ID), client)


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


def read_rows(path: Path) -> tuple[list[Row], Origin]:
    """Rows of the file's source tables, and what it says of its run and client."""
    if not path.is_file():
        raise ConfigError(f"{path}: no such file")
    if path.suffix.lower() in XLSX_SUFFIXES:
        rows, origin = read_xlsx(path)
    elif path.suffix.lower() == ".csv":
        rows, origin = read_csv(path), Origin()
    else:
        raise ConfigError(f"{path}: give a run's sources.xlsx, sources.csv or one of its sheets/*.csv")
    if not rows:
        raise ConfigError(f"{path}: no table with a verdict column and a host or source column")
    return rows, origin


def locate(path: Path) -> tuple[str | None, Path | None]:
    """(run id, warehouse) from where a run wrote the file: WORKSPACE/<client>/runs/<run-id>/...;
    (None, None) when the file is not inside a run folder."""
    for p in Path(path).resolve().parents:
        if p.parent.name == "runs":
            return p.name, p.parent.parent / "warehouse.duckdb"
    return None, None


def folder_client(path: Path) -> Origin:
    """The client of a file in a run folder: the name in the run's frozen audit.toml, else the
    client folder's name."""
    for p in Path(path).resolve().parents:
        if p.parent.name == "runs":
            try:
                name = tomllib.loads((p / "audit.toml").read_text(encoding="utf-8"))["client"]["name"]
                if isinstance(name, str) and name.strip():
                    return Origin(p.name, name.strip())
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError):
                pass
            return Origin(p.name, None, p.parent.parent.name)
    return Origin()


def run_record(con: duckdb.DuckDBPyConnection, run_id: str) -> tuple[str | None, str | None] | None:
    """(client name, status) of a run in the warehouse's `runs` table; None when it is not there."""
    if not table_exists(con, "runs"):
        return None
    rows = con.execute("select client, config_json, status from runs where run_id = ?", [run_id]).fetchall()
    if not rows:
        return None
    client, config_json, status = rows[0]
    if not client and config_json:
        try:
            client = json.loads(config_json)["client"]["name"]
        except (ValueError, KeyError, TypeError):
            client = None
    return (str(client).strip() if client else None), status


def check_origin(path: Path, origin: Origin, run_id: str, warehouse: Path,
                 con: duckdb.DuckDBPyConnection) -> str | None:
    """ConfigError unless the run is a delivered run of the warehouse and the file names the same
    client; a warning when the file names no client at all."""
    record = run_record(con, run_id)
    if record is None:
        raise ConfigError(f"{path}: run {run_id} is not a run of {warehouse}: check --config / --run-id")
    wh_client, status = record
    if status not in DELIVERED:
        raise ConfigError(f"{path}: run {run_id} is not delivered in {warehouse} "
                          f"(status: {status or 'unknown'}): curate the file of a delivered run")
    if wh_client is None:
        return None
    if origin.client is not None:
        # The warehouse's folder is the slug of the client's name: same slug, same client.
        if slugify(origin.client) != slugify(wh_client):
            raise ConfigError(f"{path}: written for client {origin.client!r}, but {warehouse} is client "
                              f"{wh_client!r}'s: give the --config of {origin.client!r}")
        return None
    if origin.client_slug is not None:
        if origin.client_slug != slugify(wh_client):
            raise ConfigError(f"{path}: in client folder {origin.client_slug!r}, but {warehouse} is client "
                              f"{wh_client!r}'s: give that folder's --config")
        return None
    return f"{path.name}: names no client: checked against the sources of run {run_id} of {wh_client!r} only"


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
    if text not in overrides.VERDICTS and text != overrides.OUT:
        raise ValueError(text)
    return text


def host_in_cell(text: str, before: dict[str, Exported], known: set[str]) -> str:
    """The host a cell names: any host the run wrote (even without a dot, as `localhost`), else
    what `overrides.normalise_host` accepts; ConfigError for anything else."""
    text = text.strip()
    if any(c.isspace() or not c.isprintable() for c in text):
        # normalise_host lets a newline through, and a host never holds one.
        raise ConfigError(f"host {text!r}: not a host name (e.g. www.example.fr) nor a URL")
    host = host_of(text) if "://" in text else text.lower().rstrip(".").removesuffix(":80")
    if host and (host in before or host in known):
        return host
    try:
        return overrides.normalise_host(text)
    except ConfigError:
        if DOTLESS_HOST.fullmatch(host):  # a host name, just not one of this audit
            return host
        raise


def plan(rows, before: dict[str, Exported], known: set[str], label: str) -> Plan:
    """The overrides the rows ask for, compared with what the run wrote (`before`); problems and
    warnings name the file (`label`) and the cell."""
    problems = Bounded(MAX_PROBLEMS)
    warnings = Bounded(MAX_WARNINGS)
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
        formulas = [k for k, v in (("verdict", row.verdict), ("override_note", row.note))
                     if isinstance(v, Formula)]
        if formulas:
            for k in formulas:
                formula = " ".join(str(row.verdict if k == "verdict" else row.note).split())
                problems.append(f"{label}: {row.ref(k)}: a formula ({formula[:60]}): type the value "
                                f"instead (or copy, then paste special > values)")
            continue
        try:
            host = host_in_cell(_cell_text(raw_host), before, known)
        except (ConfigError, ValueError) as e:
            problems.append(f"{label}: {row.ref('host' if row.host is not None else 'source')}: {e}")
            continue
        try:
            verdict = parse_verdict(row.verdict)
        except ValueError:
            problems.append(f"{label}: {row.ref('verdict')}: verdict {verdict_text!r}: "
                            f"use pertinent, automated, undecided or out")
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
    shown = warnings.lines
    if warnings.total > len(shown):
        shown = [*shown, f"{label}: ... and {warnings.total - len(shown)} more warnings"]
    return Plan([e for e, _ in wanted.values()], problems.lines, shown, problems.total)


# ------------------------------------------------------------------ applying

def curate(path, warehouse: Path | None = None, run_id: str | None = None,
           dry_run: bool = False) -> Outcome:
    """Read FILE, check every cell, then record the edits as overrides (all or nothing).

    The run and the warehouse default to where the file lies (WORKSPACE/<client>/runs/<run-id>/);
    a workbook's own run id (a property written by the export) wins over its folder's name."""
    path = Path(path)
    rows, origin = read_rows(path)
    path_run, path_warehouse = locate(path)
    if origin.client is None:
        found = folder_client(path)
        origin = Origin(origin.run_id, found.client, found.client_slug)
    run_id = run_id or origin.run_id or path_run
    warehouse = warehouse or path_warehouse
    if warehouse is None:
        raise ConfigError(f"{path}: not in a run folder (WORKSPACE/<client>/runs/<run-id>/): "
                          f"give --config audit.toml")
    if run_id is None:
        raise ConfigError(f"{path}: cannot tell which run wrote it: give --run-id")
    if not Path(warehouse).exists():
        raise ConfigError(f"{warehouse}: no warehouse: check --config / --workspace")
    con = connect_warehouse(warehouse, read_only=dry_run, wait_seconds=10)  # busy, damaged: one line
    try:
        before = exported(con, run_id)
        if not before:
            raise ConfigError(f"{path}: run {run_id} has no sources in {warehouse}")
        unsure = check_origin(path, origin, run_id, Path(warehouse), con)
        result = plan(rows, before, overrides.known_hosts(con), path.name)
        if result.problem_count:
            raise CurationError(result.problems, result.problem_count)
        changes = [] if dry_run else overrides.record(
            con, [(e.host, e.verdict, e.note) for e in result.edits], origin="curate")
    finally:
        con.close()
    warnings = ([unsure] if unsure else []) + result.warnings
    return Outcome(path, run_id, Path(warehouse), result.edits, changes, warnings, dry_run)


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
