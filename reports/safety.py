"""Output safety shared by every deliverable: spreadsheet formula injection and link schemes."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

import polars as pl

# A spreadsheet evaluates a cell starting with one of these as a formula (or DDE call),
# so crawled text must never start with one when it reaches a consultant's Excel.
FORMULA_PREFIX = re.compile(r"^[=+\-@\t\r]")

# Excel refuses longer hyperlink targets.
MAX_URL_LENGTH = 2079


def neutralise(value):
    """Prefix a string that a spreadsheet would run as a formula with `'`; other values pass."""
    if isinstance(value, str) and FORMULA_PREFIX.match(value):
        return "'" + value
    return value


def neutralise_frame(df: pl.DataFrame) -> pl.DataFrame:
    """Apply `neutralise` to every string column of a frame."""
    text = pl.col(pl.String)
    return df.with_columns(
        pl.when(text.str.contains(FORMULA_PREFIX.pattern))
        .then(pl.lit("'") + text)
        .otherwise(text)
        .name.keep()
    )


def web_url(value) -> str | None:
    """The value if it is an http(s) URL safe to link to, else None (shown as plain text)."""
    if not isinstance(value, str) or not value or len(value) > MAX_URL_LENGTH:
        return None
    if any(ch.isspace() or ord(ch) < 32 for ch in value):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return value
