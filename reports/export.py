"""The consultant's tabular deliverables: sources.csv, sources.xlsx and one CSV per sheet.

`sources.xlsx` (sheet names and headers in the report language):
  Summary      what was audited, counts by kind x verdict, how to curate the workbook
  Pertinent, Automated, Undecided   the sources by verdict (the consultant's override wins)
  Forums       forum sources: threads, messages, distinct authors
  Candidates   sources still to review: discovered and never overridden, or not crawled
  Themes       per theme of the client's taxonomy: posts, sources, an example post
  Activity     per week and kind of source: active sources, posts, comments, forum messages
  Crawl errors
  Changes      what changed since the previous delivered run
  Prospects    discovered sites most linked from pertinent sources: what to crawl next
  Links        the link graph: site -> site per kind of link, linking pages, both ends' verdicts
Source sheets (the three verdicts, Forums, Candidates) carry the editable columns `verdict`
(a drop-down of pertinent / automated / undecided, the machine's own English values, as for
`ecoaudit verdict`) and `override_note`, on a yellow background, with the machine verdict and
its evidence beside them; `ecoaudit curate` reads them back (reports/curate.py).

The same tables go to `runs/<id>/sheets/<name>.csv`: UTF-8 with a byte-order mark (Excel then
reads accents right), comma-separated, headed by the machine column names (stable for scripts,
and what `ecoaudit curate` also reads). `sources.csv` is the contract file: plain UTF-8, no BOM.

Every string cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or
CR) is prefixed with `'` (reports/safety.py); the workbook turns no string into a formula or a URL
by itself, and links are written only for http(s) URLs.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import polars as pl
import xlsxwriter

from reports import data
from reports.changes import changes_frame
from reports.i18n import format_date, strings, workbook_strings
from reports.safety import neutralise, neutralise_frame, web_url

# Excel's own cap on hyperlinks per worksheet; past it the rest stay plain text.
MAX_LINKS_PER_SHEET = 65_000
# Excel's cap on the characters of a cell.
MAX_CELL_CHARS = 32_767
# Column widths in characters: wide enough to read, capped so one long text does not hide the rest.
WIDTH_CAPS = {"source": 45, "reasons": 60, "evidence": 70, "override_note": 50, "message": 70,
              "url": 60, "example_url": 60, "site_name": 40, "discovered_from": 45,
              "example_from_url": 60, "example_to_url": 60, "linking_sources": 60, "example_pages": 70}
MIN_WIDTHS = {"verdict": 13, "override_note": 30, "machine_verdict": 13}
DEFAULT_WIDTH_CAP = 30
HEADER_WIDTH_CAP = 18  # headers wrap: a long header does not widen its column past this
EDITABLE = ("verdict", "override_note")
NUMBER_FORMATS = {"score": "0.000", "posts_per_month": "0.00", "theme_share": "0%"}
DATE_FORMAT = "yyyy-mm-dd"

# Sheet keys in workbook order, and the file name of each sheet's CSV.
SHEETS = ("summary", "pertinent", "automated", "undecided", "forums", "candidates",
          "themes", "activity", "errors", "changes", "prospects", "links")
CSV_NAMES = {"summary": "summary.csv", "pertinent": "pertinent.csv", "automated": "automated.csv",
             "undecided": "undecided.csv", "forums": "forums.csv", "candidates": "candidates.csv",
             "themes": "themes.csv", "activity": "activity.csv", "errors": "crawl_errors.csv",
             "changes": "changes.csv", "prospects": "prospects.csv", "links": "links.csv"}
CUSTOM_RUN_ID = "ecoaudit_run_id"  # workbook property read back by `ecoaudit curate`

VERDICT_COLUMNS = (
    "source", "host", "verdict", "override_note", "machine_verdict", "score", "evidence",
    "kind", "kind_from", "platform", "status", "site_name", "posts", "comments", "distinct_commenters",
    "forum_threads", "posts_per_month", "theme_share", "first_post", "last_post", "pages", "errors", "reasons",
)
FORUM_COLUMNS = (
    "source", "host", "verdict", "override_note", "machine_verdict", "score", "evidence",
    "platform", "status", "site_name", "forum_threads", "forum_posts", "distinct_authors",
    "posts_per_month", "first_post", "last_post", "reasons",
)
CANDIDATE_COLUMNS = (
    "source", "host", "verdict", "override_note", "machine_verdict", "score", "evidence",
    "kind", "kind_from", "platform", "status", "crawled", "discovered_from", "depth", "site_name",
    "posts", "comments", "theme_share", "errors", "reasons",
)
SOURCE_SHEETS = ("pertinent", "automated", "undecided", "forums", "candidates")


@dataclass
class Sheet:
    """One table of the workbook: `frame` holds the machine columns, in order."""

    key: str
    frame: pl.DataFrame
    links: tuple[str, ...] = ()
    labels: dict[str, str] = field(default_factory=dict)

    @property
    def editable(self) -> bool:
        return self.key in SOURCE_SHEETS


def _csv_ready(df: pl.DataFrame) -> pl.DataFrame:
    """Lists joined to text (CSV has no list type), then formula-neutralised."""
    lists = [c for c, t in df.schema.items() if isinstance(t, pl.List)]
    if lists:
        df = df.with_columns(pl.col(c).list.join("; ") for c in lists)
    return neutralise_frame(df)


def write_sources_csv(con: duckdb.DuckDBPyConnection, run_id: str, path, language: str = "fr") -> Path:
    """Write the run's sources as UTF-8 CSV, contract columns first; returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    df = _csv_ready(data.sources(con, run_id, language))
    df.write_csv(path, date_format="%Y-%m-%d")
    return path


# ------------------------------------------------------------------ tables

def workbook_sheets(con: duckdb.DuckDBPyConnection, run_id: str, language: str = "fr") -> list[Sheet]:
    """Every table sheet of the workbook (all but Summary), as frames of machine columns."""
    w = workbook_strings(language)
    sources = data.sources_wide(con, run_id, language)
    sheets = [Sheet(v, sources.filter(pl.col("verdict") == v).select(VERDICT_COLUMNS), ("source",))
              for v in data.VERDICTS]
    forums = sources.filter(pl.col("kind") == "forum").select(FORUM_COLUMNS)
    sheets.append(Sheet("forums", forums, ("source",), dict(w["forum_columns"])))
    # Still to review: found by the crawl and never judged by the consultant, or never read at all.
    discovered = (pl.col("status") == "discovered") & pl.col("override_verdict").is_null()
    not_crawled = pl.col("crawled").cast(pl.Boolean).not_().fill_null(False)
    candidates = sources.filter(discovered | not_crawled).select(CANDIDATE_COLUMNS)
    sheets.append(Sheet("candidates", candidates, ("source", "discovered_from")))
    sheets.append(Sheet("themes", data.themes(con, run_id), ("example_url",)))
    sheets.append(Sheet("activity", data.activity_by_kind(con, run_id)))
    sheets.append(Sheet("errors", data.errors(con, run_id), ("url",)))
    # What changed since the previous delivered run (empty on a client's first run).
    sheets.append(Sheet("changes", changes_frame(con, run_id, language), ("url",)))
    # The ecosystem map (empty for a run from before it): sites to crawl next, and who links to whom.
    sheets.append(Sheet("prospects", data.prospects(con, run_id), ("url",)))
    sheets.append(Sheet("links", data.links(con, run_id), ("example_from_url", "example_to_url"),
                        dict(w["link_columns"])))
    return sheets


# ------------------------------------------------------------------ cells

def _text(value) -> str:
    if isinstance(value, (list, tuple)):
        value = "; ".join("" if v is None else str(v) for v in value)
    return str(neutralise(str(value)))[:MAX_CELL_CHARS]


def _write_cell(ws, row: int, col: int, value, fmt, date_fmt) -> None:
    if value is None or value == "" or (isinstance(value, float) and not math.isfinite(value)):
        if fmt is not None:
            ws.write_blank(row, col, None, fmt)
    elif isinstance(value, bool):
        ws.write_boolean(row, col, value, fmt)
    elif isinstance(value, (int, float)):
        ws.write_number(row, col, value, fmt)
    elif isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
        ws.write_datetime(row, col, value, fmt or date_fmt)
    elif isinstance(value, dt.date):
        ws.write_datetime(row, col, value, fmt or date_fmt)
    else:
        ws.write_string(row, col, _text(value), fmt)


def _width(df: pl.DataFrame, col: str, label: str) -> int:
    """Column width in characters."""
    series = df.get_column(col)
    if series.dtype in (pl.Date, pl.Datetime):
        longest = 10
    elif isinstance(series.dtype, pl.List):
        longest = int(series.list.join("; ").str.len_chars().max() or 0)
    else:
        longest = int(series.cast(pl.String).str.len_chars().max() or 0)
    cap = WIDTH_CAPS.get(col, DEFAULT_WIDTH_CAP)
    chars = max(min(len(label), HEADER_WIDTH_CAP), min(longest, cap), MIN_WIDTHS.get(col, 0))
    return chars + 2


class _Formats:
    def __init__(self, wb: xlsxwriter.Workbook):
        self.header = wb.add_format({"bold": True, "text_wrap": True, "valign": "top",
                                     "bg_color": "#D9E1F2", "border": 1})
        self.header_editable = wb.add_format({"bold": True, "text_wrap": True, "valign": "top",
                                              "bg_color": "#FFD966", "border": 1})
        self.editable = wb.add_format({"bg_color": "#FFF2CC"})
        self.date = wb.add_format({"num_format": DATE_FORMAT})
        self.numbers = {c: wb.add_format({"num_format": f}) for c, f in NUMBER_FORMATS.items()}
        self.link = wb.get_default_url_format()
        self.title = wb.add_format({"bold": True, "font_size": 14})
        self.bold = wb.add_format({"bold": True})
        self.bold_number = wb.add_format({"bold": True, "num_format": "0"})


def _write_table(wb: xlsxwriter.Workbook, f: _Formats, name: str, sheet: Sheet, labels: dict[str, str],
                 validation: dict) -> None:
    ws = wb.add_worksheet(name)
    df = sheet.frame
    heads = [sheet.labels.get(c) or labels.get(c, c) for c in df.columns]
    for col, (key, head) in enumerate(zip(df.columns, heads)):
        editable = sheet.editable and key in EDITABLE
        ws.write_string(0, col, _text(head), f.header_editable if editable else f.header)
        col_fmt = f.editable if editable else f.numbers.get(key)
        if df.schema[key] in (pl.Date, pl.Datetime):
            col_fmt = f.date
        ws.set_column(col, col, _width(df, key, head), col_fmt)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(df.height, 1), max(df.width - 1, 0))
    fmts = []
    for key in df.columns:
        if sheet.editable and key in EDITABLE:
            fmts.append(f.editable)
        elif df.schema[key] in (pl.Date, pl.Datetime):
            fmts.append(f.date)
        else:
            fmts.append(f.numbers.get(key))
    link_cols = {df.columns.index(c) for c in sheet.links if c in df.columns}
    linked = 0
    for r, values in enumerate(df.iter_rows(), start=1):
        for c, value in enumerate(values):
            # Links are written one by one on purpose: the workbook turns no string into a URL by itself.
            url = web_url(value) if c in link_cols and linked < MAX_LINKS_PER_SHEET else None
            if url is not None:
                ws.write_url(r, c, url, f.link, string=_text(value))
                linked += 1
            else:
                _write_cell(ws, r, c, value, fmts[c], f.date)
    if sheet.editable and df.height and "verdict" in df.columns:
        col = df.columns.index("verdict")
        ws.data_validation(1, col, df.height, col, validation)


def _summary_facts(con, run_id: str, language: str, sheets: dict[str, Sheet]) -> list[tuple[str, object]]:
    w = workbook_strings(language)["facts"]
    ctx = data.run_context(con, run_id)
    sources = data.sources_wide(con, run_id, language)
    started = ctx.get("started_at")
    if isinstance(started, dt.datetime):
        if started.tzinfo is not None:
            started = started.astimezone(dt.timezone.utc)
        started = started.strftime("%Y-%m-%d %H:%M UTC")
    first = sources.get_column("first_post").drop_nulls().min() if sources.height else None
    last = sources.get_column("last_post").drop_nulls().max() if sources.height else None
    period = (workbook_strings(language)["period"].format(first=format_date(first, language),
                                                          last=format_date(last, language))
              if first is not None and last is not None else "")
    seeds = sources.filter(pl.col("status") == "seed").height if sources.height else ctx.get("seeds")
    overrides = sources.get_column("override_verdict").drop_nulls().len() if sources.height else 0
    return [
        (w["client"], ctx.get("client") or ""),
        (w["sector"], ctx.get("sector") or ""),
        (w["run_id"], run_id),
        (w["started_at"], started or ""),
        (w["seeds"], seeds),
        (w["period"], period),
        (w["sources"], sources.height),
        (w["overrides"], overrides),
        (w["candidates"], sheets["candidates"].frame.height),
        (w["errors"], sheets["errors"].frame.height),
    ]


def _write_summary(wb, f: _Formats, con, run_id: str, language: str, path: Path,
                   sheets: dict[str, Sheet], counts: pl.DataFrame) -> None:
    w = workbook_strings(language)
    s = strings(language)
    ws = wb.add_worksheet(w["sheets"]["summary"])
    ws.set_column(0, 0, 34)
    ws.set_column(1, 4, 16)
    ws.write_string(0, 0, _text(w["title"]), f.title)
    row = 2
    for label, value in _summary_facts(con, run_id, language, sheets):
        ws.write_string(row, 0, _text(label), f.bold)
        _write_cell(ws, row, 1, value, None, f.date)
        row += 1
    row += 1
    ws.write_string(row, 0, _text(w["counts"]), f.bold)
    row += 1
    for col, key in enumerate(counts.columns):
        if key == "kind":
            ws.write_blank(row, col, None, f.header)
        else:
            ws.write_string(row, col, _text(w["columns"][key]), f.header)
    for values in counts.iter_rows(named=True):
        row += 1
        total = values["kind"] == "total"
        label = s["total"] if total else s["kinds"].get(values["kind"], values["kind"])
        ws.write_string(row, 0, _text(label), f.bold if total else None)
        for col, key in enumerate(counts.columns[1:], start=1):
            ws.write_number(row, col, values[key], f.bold_number if total else None)
    row += 2
    ws.write_string(row, 0, _text(w["how_to"]), f.bold)
    for line in w["how_to_lines"]:
        row += 1
        ws.write_string(row, 0, _text(line.format(path=path)))
    ws.activate()


def write_sources_xlsx(con: duckdb.DuckDBPyConnection, run_id: str, path, language: str = "fr",
                       csv_dir=None) -> Path:
    """Write the workbook (Summary, one sheet per verdict, Forums, Candidates, Themes, Activity,
    Crawl errors, Changes, Prospects, Links); with `csv_dir`, the same tables as one CSV per sheet
    there. Returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    w = workbook_strings(language)
    tables = {s.key: s for s in workbook_sheets(con, run_id, language)}
    counts = data.verdict_counts(con, run_id)
    validation = {
        # out: the site is out of the ecosystem map (ecoaudit curate records it as `ecoaudit verdict HOST out`)
        "validate": "list", "source": [*data.VERDICTS, "out"],
        "input_title": w["validation_title"], "input_message": w["validation_message"],
        "error_title": w["validation_title"], "error_message": w["validation_error"],
    }
    # Crawled strings must stay strings: no formula, no auto-detected URL.
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False,
                                         "strings_to_numbers": False})
    try:
        wb.set_custom_property(CUSTOM_RUN_ID, run_id)
        wb.set_properties({"title": w["title"], "comments": f"ecoaudit run {run_id}"})
        f = _Formats(wb)
        _write_summary(wb, f, con, run_id, language, path.resolve(), tables, counts)
        for key in SHEETS[1:]:
            _write_table(wb, f, w["sheets"][key], tables[key], w["columns"], validation)
    finally:
        wb.close()
    if csv_dir is not None:
        write_sheet_csvs(tables, counts, csv_dir)
    return path


def write_sheet_csvs(tables: dict[str, Sheet], counts: pl.DataFrame, directory) -> list[Path]:
    """One CSV per sheet (UTF-8 with BOM, machine column names); returns the paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    frames = {"summary": counts, **{k: t.frame for k, t in tables.items()}}
    paths = []
    for key in SHEETS:
        out = directory / CSV_NAMES[key]
        _csv_ready(frames[key]).write_csv(out, include_bom=True, date_format="%Y-%m-%d")
        paths.append(out)
    return paths
