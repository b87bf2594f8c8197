"""The data contract in one place: the YAML beside the SQL models, compiled into checks and docs.

- `sql/_vocabularies.yml`: the shared vocabularies (verdict, kind, run_status...), defined once;
  Python reads them with `vocabulary(name)`.
- `sql/_raw.yml`: descriptions of the tables the models read (raw tables, whose columns come from
  `spiders/items.py`, `runs` and `overrides`).
- `sql/<layer>/_<layer>.yml` and any other `sql/<layer>/_*.yml` (dbt schema.yml style): per model a
  description, its grain (key columns) and columns with tests: `not_null`, `unique`,
  `accepted_values: {vocabulary: name}` or `accepted_values: {values: [...]}`. A mart computed in Python
  rather than by a SQL file names its writer in `written_by` (e.g. `ecoaudit/ecosystem.py`).

`checks()` compiles the marts' tests into queries returning the offending rows of the run
(`getvariable('run_id')`); the transform stage runs them after the models, beside `sql/audits`.
`render_tables()` writes docs/tables.md: `python -m ecoaudit.contract --write docs/tables.md`.
"""
from __future__ import annotations

import argparse
import functools
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

VOCABULARIES_FILE = "_vocabularies.yml"
RAW_FILE = "_raw.yml"
MODEL_LAYERS = ("staging", "intermediate", "marts")
CHECKED_LAYERS = ("marts",)  # one row set per run_id; staging/intermediate grains are checked by tests
DOCS_COMMAND = "python -m ecoaudit.contract --write docs/tables.md"


class ContractError(ValueError):
    """The contract's YAML is malformed or refers to an unknown vocabulary."""


@dataclass(frozen=True)
class Column:
    name: str
    description: str = ""
    type: str | None = None
    tests: tuple = ()
    vocabulary: str | None = None  # documented values (raw tables); accepted_values tests imply one


@dataclass(frozen=True)
class TableSpec:
    name: str
    layer: str  # raw (incl. runs, overrides), staging, intermediate, marts
    description: str
    grain: tuple[str, ...]
    columns: tuple[Column, ...]
    path: Path
    written_by: str | None = None  # a mart computed in Python (no sql file): the module writing it

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)


def sql_dir() -> Path:
    from .resources import sql_dir as found

    return Path(found())


def _read(path: Path) -> dict:
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ContractError(f"{path}: {' '.join(str(exc).split())}") from None
    if not isinstance(doc, dict):
        raise ContractError(f"{path}: expected a mapping at the top")
    return doc


@functools.lru_cache(maxsize=8)
def _vocabularies(directory: Path) -> dict[str, tuple[str, ...]]:
    path = directory / VOCABULARIES_FILE
    found = {}
    for name, spec in (_read(path).get("vocabularies") or {}).items():
        values = spec.get("values") if isinstance(spec, dict) else spec
        if not isinstance(values, list) or not values:
            raise ContractError(f"{path}: vocabulary {name!r} needs a non-empty list of values")
        found[name] = tuple(str(v) for v in values)
    return found


def vocabularies(directory: Path | None = None) -> dict[str, tuple[str, ...]]:
    """Every vocabulary name -> its values, in their documented order."""
    return dict(_vocabularies(Path(directory or sql_dir())))


def vocabulary(name: str, directory: Path | None = None) -> tuple[str, ...]:
    """The values of one shared vocabulary, e.g. vocabulary("verdict") -> ("pertinent", ...)."""
    found = _vocabularies(Path(directory or sql_dir()))
    if name not in found:
        raise ContractError(f"unknown vocabulary {name!r}; known: {', '.join(sorted(found))}")
    return found[name]


def vocabulary_description(name: str, directory: Path | None = None) -> str:
    spec = (_read(Path(directory or sql_dir()) / VOCABULARIES_FILE).get("vocabularies") or {})[name]
    return (spec.get("description") or "") if isinstance(spec, dict) else ""


def _test_vocabulary(test) -> str | None:
    if isinstance(test, dict) and "accepted_values" in test:
        return (test["accepted_values"] or {}).get("vocabulary")
    return None


def _parse_table(raw: dict, layer: str, path: Path) -> TableSpec:
    if not isinstance(raw, dict) or not raw.get("name"):
        raise ContractError(f"{path}: every entry needs a name")
    columns = []
    for c in raw.get("columns") or ():
        if not isinstance(c, dict) or not c.get("name"):
            raise ContractError(f"{path}: {raw['name']}: every column needs a name")
        tests = tuple(c.get("tests") or ())
        vocab = c.get("vocabulary") or next((v for v in map(_test_vocabulary, tests) if v), None)
        columns.append(Column(c["name"], " ".join(str(c.get("description") or "").split()), c.get("type"),
                              tests, vocab))
    return TableSpec(raw["name"], layer, " ".join(str(raw.get("description") or "").split()),
                     tuple(raw.get("grain") or ()), tuple(columns), path, raw.get("written_by"))


def tables(directory: Path | None = None) -> dict[str, TableSpec]:
    """Every table the contract describes (raw first, then the model layers), by name."""
    directory = Path(directory or sql_dir())
    found: dict[str, TableSpec] = {}
    sources = [(directory / RAW_FILE, "raw", "tables")]
    for layer in MODEL_LAYERS:  # the layer's own file first, then any other _*.yml beside it
        others = sorted(p for p in (directory / layer).glob("_*.yml") if p.name != f"_{layer}.yml")
        sources += [(path, layer, "models") for path in [directory / layer / f"_{layer}.yml", *others]]
    for path, layer, key in sources:
        if not path.exists():
            continue
        for raw in _read(path).get(key) or ():
            spec = _parse_table(raw, layer, path)
            if spec.name in found:
                raise ContractError(f"{path}: {spec.name} already described in {found[spec.name].path}")
            found[spec.name] = spec
    known = _vocabularies(directory)
    for spec in found.values():
        for col in spec.columns:
            if col.vocabulary and col.vocabulary not in known:
                raise ContractError(f"{spec.path}: {spec.name}.{col.name}: unknown vocabulary {col.vocabulary!r}")
    return found


# --------------------------------------------------------------------------- checks


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def _test_name(test) -> str:
    if isinstance(test, str):
        return test
    if isinstance(test, dict) and len(test) == 1:
        return next(iter(test))
    raise ContractError(f"malformed test {test!r}")


def _accepted(spec: TableSpec, col: Column, test: dict, directory: Path) -> tuple[str, ...]:
    args = test.get("accepted_values") or {}
    if args.get("vocabulary"):
        return vocabulary(args["vocabulary"], directory)
    if args.get("values"):
        return tuple(str(v) for v in args["values"])
    raise ContractError(f"{spec.path}: {spec.name}.{col.name}: accepted_values needs `vocabulary` or `values`")


def compile_checks(spec: TableSpec, directory: Path | None = None) -> dict[str, str]:
    """Check name -> SQL returning the offending rows of the run for one model's grain and tests."""
    directory = Path(directory or sql_dir())
    table = _quote(spec.name)
    run = "run_id = getvariable('run_id')"
    checks: dict[str, str] = {}
    if spec.grain:
        keys = ", ".join(_quote(k) for k in spec.grain)
        checks[f"{spec.name}.grain"] = (
            f"select {keys}, count(*) as copies from {table} where {run} "
            f"group by all having count(*) > 1")
    for col in spec.columns:
        column = _quote(col.name)
        for test in col.tests:
            kind = _test_name(test)
            name = f"{spec.name}.{col.name}.{kind}"
            if kind == "not_null":
                checks[name] = f"select * from {table} where {run} and {column} is null"
            elif kind == "unique":
                checks[name] = (f"select {column}, count(*) as copies from {table} where {run} "
                                f"and {column} is not null group by all having count(*) > 1")
            elif kind == "accepted_values":
                values = ", ".join(_literal(v) for v in _accepted(spec, col, test, directory))
                checks[name] = (f"select * from {table} where {run} and {column} is not null "
                                f"and {column} not in ({values})")
            else:
                raise ContractError(f"{spec.path}: {spec.name}.{col.name}: unknown test {kind!r}")
    return checks


def checks(directory: Path | None = None) -> dict[str, str]:
    """Every compiled check of the checked layers (the marts), in model order."""
    directory = Path(directory or sql_dir())
    found: dict[str, str] = {}
    for spec in tables(directory).values():
        if spec.layer in CHECKED_LAYERS:
            found.update(compile_checks(spec, directory))
    return found


# --------------------------------------------------------------------------- docs


def _raw_columns() -> dict[str, list[tuple[str, str]]]:
    from .warehouse import RAW_TABLES

    return {table: list(cols.items()) for table, cols in RAW_TABLES.items()}


def _column_line(col_name: str, col_type: str | None, col: Column | None, directory: Path) -> str:
    parts = [f"`{col_name}`" + (f" {col_type}" if col_type else "")]
    notes = []
    if col is not None:
        if col.description:
            notes.append(col.description)
        if col.vocabulary:
            notes.append("one of " + "|".join(vocabulary(col.vocabulary, directory))
                         + f" (vocabulary `{col.vocabulary}`)")
        if any(_test_name(t) == "not_null" for t in col.tests):
            notes.append("not null")
    return "  - " + parts[0] + (": " + "; ".join(notes) if notes else "")


def _table_block(spec: TableSpec, column_types: list[tuple[str, str | None]] | None,
                 directory: Path) -> list[str]:
    grain = ", ".join(spec.grain) if spec.grain else "one row"
    lines = [f"### `{spec.name}`", "", spec.description, "", f"Grain: ({grain})", ""]
    if spec.written_by:
        lines[-1:-1] = ["", f"Written by `{spec.written_by}` (Python, right after the SQL models)."]
    if column_types is None:
        column_types = [(c.name, c.type) for c in spec.columns]
    for name, dtype in column_types:
        lines.append(_column_line(name, dtype, spec.column(name), directory))
    lines.append("")
    return lines


def render_tables(directory: Path | None = None) -> str:
    """docs/tables.md, generated from the contract's YAML and the raw tables' columns."""
    directory = Path(directory or sql_dir())
    specs = tables(directory)
    raw_columns = _raw_columns()
    out = [
        "# Warehouse tables (the contract between stages)",
        "",
        f"<!-- Generated by `{DOCS_COMMAND}` from sql/**/*.yml and spiders/items.py: do not edit by hand. -->",
        "",
        "One DuckDB file per client: `<workspace>/<client-slug>/warehouse.duckdb`. Every table carries "
        "`run_id` except the consultant's `overrides`. Types: VARCHAR for text and ISO dates in raw tables "
        "(staging casts), BIGINT, DOUBLE, BOOLEAN, VARCHAR[] for lists.",
        "",
        "Sources of this page: `sql/_vocabularies.yml` (shared vocabularies), `sql/_raw.yml` (raw tables, "
        "`runs`, `overrides`), `sql/<layer>/_<layer>.yml` (models). The marts' grain and column tests "
        "are compiled by `ecoaudit/contract.py` into checks the transform stage runs after the models "
        "(beside `sql/audits`); raw data is validated by the Great Expectations suites of "
        "`expectations/suites`.",
        "",
        "## Vocabularies",
        "",
    ]
    for name, values in vocabularies(directory).items():
        desc = vocabulary_description(name, directory)
        out.append(f"- `{name}`: {' | '.join(values)}" + (f". {' '.join(desc.split())}" if desc else ""))
    out += ["", "## Raw (written by the load stage from the crawl's JSON lines; columns = "
            "`spiders/items.py` fields, `run_id` first)", ""]
    for table, cols in raw_columns.items():
        spec = specs.get(table) or TableSpec(table, "raw", "", (), (), directory / RAW_FILE)
        out += _table_block(spec, cols, directory)
    out += ["## Runs and the consultant's overrides", ""]
    for table in ("runs", "overrides"):
        if table in specs:
            out += _table_block(specs[table], None, directory)
    titles = {
        "marts": "## Marts (written by `sql/marts/*`; one row set per run_id, replaced when the run is "
                 "re-transformed)",
        "intermediate": "## Intermediate (`sql/intermediate/*`; the latest transformed run only)",
        "staging": "## Staging (`sql/staging/*`; the latest transformed run only)",
    }
    for layer in ("marts", "intermediate", "staging"):
        out += [titles[layer], ""]
        for spec in specs.values():
            if spec.layer != layer:
                continue
            if layer == "marts":
                out += _table_block(spec, None, directory)
            else:
                grain = ", ".join(spec.grain) if spec.grain else "one row"
                out.append(f"- `{spec.name}` ({grain}): {spec.description}")
        if layer != "marts":
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ecoaudit.contract", description=__doc__.splitlines()[0])
    parser.add_argument("--write", metavar="PATH", help="write the tables' documentation to PATH")
    parser.add_argument("--check", metavar="PATH", help="exit 1 when PATH differs from the generated docs")
    parser.add_argument("--sql", action="store_true", help="print the compiled checks")
    args = parser.parse_args(argv)
    text = render_tables()
    if args.write:
        Path(args.write).write_text(text, encoding="utf-8")
    if args.check:
        path = Path(args.check)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            print(f"{path} is out of date: run `{DOCS_COMMAND}`", file=sys.stderr)
            return 1
    if args.sql:
        for name, sql in checks().items():
            print(f"-- {name}\n{sql};\n")
    if not (args.write or args.check or args.sql):
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
