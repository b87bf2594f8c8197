"""The consultant's tabular deliverables: sources.csv and sources.xlsx."""
from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl
import xlsxwriter

from reports import data
from reports.i18n import strings
from reports.safety import neutralise_frame, web_url

# Excel's own cap on hyperlinks per worksheet; past it the rest stay plain text.
MAX_LINKS_PER_SHEET = 65_000
# Column widths in characters: wide enough to read, capped so one long text does not hide the rest.
WIDTH_CAPS = {"source": 45, "reasons": 60, "evidence": 70, "override_note": 50, "message": 70, "url": 60}
DEFAULT_WIDTH_CAP = 30
CHAR_PIXELS = 7


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


def _widths(df: pl.DataFrame) -> dict[str, int]:
    widths = {}
    for col in df.columns:
        lengths = df.get_column(col).cast(pl.String).str.len_chars().drop_nulls()
        longest = int(lengths.max()) if len(lengths) else 0
        chars = max(len(col) + 3, min(longest, WIDTH_CAPS.get(col, DEFAULT_WIDTH_CAP))) + 2
        widths[col] = chars * CHAR_PIXELS
    return widths


def _write_sheet(wb: xlsxwriter.Workbook, name: str, df: pl.DataFrame, link_column: str | None) -> None:
    ws = wb.add_worksheet(name)
    df.write_excel(
        wb,
        ws,
        table_style="Table Style Light 9",
        autofilter=True,
        freeze_panes="A2",
        column_widths=_widths(df) if df.width else None,
        dtype_formats={pl.Date: "yyyy-mm-dd"},
        column_formats={c: "0.000" if c == "score" else "0.00" for c in data.ROUNDED if c in df.columns},
        header_format={"bold": True, "text_wrap": True, "valign": "top"},
    )
    if link_column is None or link_column not in df.columns:
        return
    # Links are written one by one on purpose: the workbook turns no string into a URL by itself.
    col = df.columns.index(link_column)
    link_format = wb.get_default_url_format()
    linked = 0
    for row, value in enumerate(df.get_column(link_column), start=1):
        url = web_url(value)
        if url is None or linked >= MAX_LINKS_PER_SHEET:
            continue
        ws.write_url(row, col, url, link_format, string=value)
        linked += 1


def write_sources_xlsx(con: duckdb.DuckDBPyConnection, run_id: str, path, language: str = "fr") -> Path:
    """Write one sheet per verdict plus crawl errors; returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    s = strings(language)
    sources = _csv_ready(data.sources(con, run_id, language))
    errors = _csv_ready(data.errors(con, run_id))
    # Crawled strings must stay strings: no formula, no auto-detected URL.
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    try:
        for verdict in data.VERDICTS:
            subset = sources.filter(pl.col("verdict") == verdict)
            _write_sheet(wb, s["sheets"][verdict], subset, "source")
        _write_sheet(wb, s["sheets"]["errors"], errors, None)
    finally:
        wb.close()
    return path
