"""One run's rows of a table, pulled out of DuckDB as pandas for GX.

GX 1.x has no DuckDB or Polars source and its SQL path misreports on DuckDB,
so validation always runs on an in-memory pandas frame.
"""
from __future__ import annotations

import duckdb
import pandas as pd

from ecoaudit.warehouse import table_exists


def _automated_reason_counts(con: duckdb.DuckDBPyConnection, run_id: str, df: pd.DataFrame) -> pd.DataFrame:
    """`n_automated_reasons` per source, so one expectation can say 'automated => an automated rule fired'."""
    if table_exists(con, "source_reasons"):
        counts = con.execute(
            "SELECT host, count(*) AS n_automated_reasons FROM source_reasons "
            "WHERE run_id = ? AND direction = 'automated' GROUP BY host",
            [run_id],
        ).df()
    else:
        counts = pd.DataFrame({"host": pd.Series(dtype=object),
                               "n_automated_reasons": pd.Series(dtype="int64")})
    # pandas would pair a null host with null-host counts; no reason belongs to an unknown host.
    counts = counts[counts["host"].notna()]
    merged = df.merge(counts, on="host", how="left")
    merged["n_automated_reasons"] = merged["n_automated_reasons"].fillna(0).astype("int64")
    merged.index = df.index
    return merged


# Columns computed across tables, added to the validated frame of the key's table.
DERIVED = {"sources": _automated_reason_counts}


def run_frame(con: duckdb.DuckDBPyConnection, table: str, run_id: str) -> pd.DataFrame:
    """The table's rows for `run_id` (table name already checked to be an identifier)."""
    df = con.execute(f'SELECT * FROM "{table}" WHERE run_id = ?', [run_id]).df()
    derive = DERIVED.get(table)
    return derive(con, run_id, df) if derive else df
