"""Ground truth of the demo web: one label row per host, the seed list, and labels.csv's text.

Rows use the CSV's own strings (`seed` is "true"/"false"), so `labels()` and the file read alike.
"""
from __future__ import annotations

import csv
import io

from sectorweb.sources import SEED_URLS, SOURCES

LABEL_COLUMNS = ["host", "source", "kind", "platform", "verdict", "family", "seed", "note"]


def demo_seeds() -> list[str]:
    """Seed URLs of the demo audit (discovered sources excluded; one given without "www.")."""
    return [SEED_URLS.get(s.host, s.home) for s in SOURCES if s.seed]


def labels() -> list[dict]:
    """One dict per host with the columns of labels.csv, as strings."""
    return [{"host": s.host, "source": s.home, "kind": s.kind, "platform": s.platform, "verdict": s.verdict,
             "family": s.family, "seed": "true" if s.seed else "false", "note": s.note} for s in SOURCES]


def labels_csv() -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=LABEL_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(labels())
    return buf.getvalue()
