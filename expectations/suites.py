"""Suites as JSON files (`suites/<table>.json`), editable without Python."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

SUITES_DIR = Path(__file__).parent / "suites"
STAGES = ("raw", "marts")
_TABLE_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")


@dataclass(frozen=True)
class SuiteSpec:
    """One table's suite as written in its JSON file."""

    table: str
    stage: str
    description: str
    expectations: tuple[dict, ...]  # each {"type": ..., "kwargs": {...}, "meta": {...}?}
    example_columns: tuple[str, ...]  # shown when a failing value alone says nothing (a null)
    optional_table: bool  # a run may lack the table altogether
    meta: dict


def load_spec(path: Path) -> SuiteSpec:
    """Read and sanity-check one suite file."""
    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    meta = dict(doc.get("meta") or {})
    table = meta.get("table") or Path(path).stem
    if not _TABLE_NAME.match(table):
        raise ValueError(f"{path}: table name {table!r} is not a plain identifier")
    stage = meta.get("stage")
    if stage not in STAGES:
        raise ValueError(f"{path}: meta.stage must be one of {STAGES}, not {stage!r}")
    expectations = tuple(doc.get("expectations") or ())
    for i, exp in enumerate(expectations):
        if not isinstance(exp, dict) or not isinstance(exp.get("type"), str) \
                or not isinstance(exp.get("kwargs", {}), dict):
            raise ValueError(f"{path}: expectation #{i} needs a string `type` and a `kwargs` object")
    return SuiteSpec(
        table=table,
        stage=stage,
        description=meta.get("description", ""),
        expectations=expectations,
        example_columns=tuple(meta.get("example_columns") or ()),
        optional_table=bool(meta.get("optional_table", False)),
        meta=meta,
    )


def load_specs(stage: str, directory: Path = SUITES_DIR) -> list[SuiteSpec]:
    """Every suite of a stage, in file-name order."""
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}; use one of {STAGES}")
    specs = [load_spec(p) for p in sorted(Path(directory).glob("*.json"))]
    return [s for s in specs if s.stage == stage]
