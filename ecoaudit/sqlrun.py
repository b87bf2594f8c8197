"""Transform stage: load the seeds, run the SQL models of `sql/` in dependency order, run the audits.

Layout (dbt-like): `sql/seeds/*.csv` -> tables `seed_<name>`; `sql/staging/stg_*.sql`,
`sql/intermediate/int_*.sql`, `sql/marts/*.sql` -> one table per file, named after it;
`sql/audits/*.sql` -> queries returning offending rows. Models read the run id with
`getvariable('run_id')`. Staging and intermediate tables hold the latest transformed run only
(for inspection); marts keep one row set per run_id.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import polars as pl

from ecoaudit.errors import StageError
from ecoaudit.resources import sql_dir as _sql_dir

SQL_DIR = _sql_dir()  # the repository's sql/, or the copy inside the installed package
LAYERS = ("staging", "intermediate", "marts")


class ModelError(RuntimeError):
    """A model, seed or audit failed; the message names the file and DuckDB's error on one line."""


@dataclass(frozen=True)
class Model:
    """One SQL model file: its table name, layer, SQL and the other models it reads."""

    name: str
    layer: str
    path: Path
    sql: str
    deps: tuple[str, ...]

    @property
    def per_run(self) -> bool:
        """Marts keep every run's rows; other layers are replaced by each run."""
        return self.layer == "marts"


# --------------------------------------------------------------------------- parsing

_COMMENT_RE = re.compile(r"--[^\n]*|/\*.*?\*/", re.S)
_STRING_RE = re.compile(r"'(?:[^']|'')*'")
_REF_RE = re.compile(r"\b(?:from|join|unpivot|pivot)\s+([a-z_][a-z0-9_]*)\b", re.I)
_CTE_RE = re.compile(r"\b([a-z_][a-z0-9_]*)\s+as\s*\(", re.I)


def _strip(sql: str) -> str:
    """SQL without comments and string literals, so references are not read inside them."""
    return _STRING_RE.sub("''", _COMMENT_RE.sub(" ", sql))


def _body(path: Path) -> str:
    """The file's SQL, without a trailing semicolon (it is embedded in create/insert statements)."""
    return path.read_text(encoding="utf-8").strip().rstrip(";").strip()


def _one_line(message: str) -> str:
    return " ".join(str(message).split())


def models(sql_dir: Path | None = None) -> list[Model]:
    """All models in run order: layer by layer, and within a layer by their references (topological)."""
    sql_dir = Path(sql_dir or SQL_DIR)
    found: dict[str, tuple[str, Path, str]] = {}
    for layer in LAYERS:
        # a missing layer would make a silently empty transform (and marts that fail validation later)
        if not (sql_dir / layer).is_dir():
            raise StageError(f"transform: model folder {sql_dir / layer} is missing")
        if not any((sql_dir / layer).glob("*.sql")):
            raise StageError(f"transform: model folder {sql_dir / layer} holds no .sql file")
        for path in sorted((sql_dir / layer).glob("*.sql")):
            if path.stem in found:
                raise ModelError(f"{path}: model name {path.stem!r} already defined in {found[path.stem][1]}")
            found[path.stem] = (layer, path, _body(path))

    result: list[Model] = []
    for rank, layer in enumerate(LAYERS):
        layer_models: dict[str, Model] = {}
        for name, (model_layer, path, sql) in found.items():
            if model_layer != layer:
                continue
            bare = _strip(sql)
            # a CTE may share a model's name (`with sources as (...)`): it is then not a reference
            ctes = {c.lower() for c in _CTE_RE.findall(bare)}
            refs = {r.lower() for r in _REF_RE.findall(bare)} - ctes
            deps = tuple(sorted(r for r in refs if r in found and r != name))
            for dep in deps:
                if LAYERS.index(found[dep][0]) > rank:
                    raise ModelError(f"{path}: reads {dep} from a later layer ({found[dep][0]})")
            layer_models[name] = Model(name, layer, path, sql, deps)
        result.extend(_toposort(layer_models))
    return result


def _toposort(layer_models: dict[str, Model]) -> list[Model]:
    """Kahn's algorithm, alphabetical among ready models so the order is stable."""
    pending = {n: {d for d in m.deps if d in layer_models} for n, m in layer_models.items()}
    ordered: list[Model] = []
    while pending:
        ready = sorted(n for n, deps in pending.items() if not deps)
        if not ready:
            cycle = ", ".join(sorted(pending))
            raise ModelError(f"dependency cycle among models: {cycle}")
        for name in ready:
            ordered.append(layer_models[name])
            del pending[name]
        for deps in pending.values():
            deps.difference_update(ready)
    return ordered


def _select(all_models: list[Model], select: Iterable[str] | str | None) -> list[Model]:
    """Models to run: all, or the named ones / layers; a leading '+' adds the model's upstream models."""
    if select is None:
        return all_models
    if isinstance(select, str):
        select = [select]
    by_name = {m.name: m for m in all_models}
    wanted: set[str] = set()

    def add_upstream(name: str) -> None:
        for dep in by_name[name].deps:
            if dep not in wanted:
                wanted.add(dep)
                add_upstream(dep)

    for item in select:
        upstream = item.startswith("+")
        key = item.lstrip("+")
        if key in LAYERS:
            names = [m.name for m in all_models if m.layer == key]
        elif key in by_name:
            names = [key]
        else:
            raise ModelError(f"unknown model or layer in select: {item!r}")
        for name in names:
            wanted.add(name)
            if upstream:
                add_upstream(name)
    return [m for m in all_models if m.name in wanted]


# --------------------------------------------------------------------------- setup


def load_macros(con: duckdb.DuckDBPyConnection, sql_dir: Path | None = None) -> list[str]:
    """Create the SQL macros of `sql/macros/*.sql` (one `create or replace macro` per file, named
    like the file): helpers the models share instead of repeating an expression."""
    sql_dir = Path(sql_dir or SQL_DIR)
    names = []
    for path in sorted((sql_dir / "macros").glob("*.sql")):
        try:
            con.execute(_body(path))
        except duckdb.Error as exc:
            raise ModelError(f"{path}: {_one_line(exc)}") from exc
        names.append(path.stem)
    return names


def load_seeds(con: duckdb.DuckDBPyConnection, sql_dir: Path | None = None) -> list[str]:
    """Create or replace one `seed_<name>` table per `sql/seeds/<name>.csv`; returns the table names.

    Types come from read_csv over the whole file (numbers become BIGINT/DOUBLE, the rest VARCHAR);
    models cast what they use, so a consultant editing a CSV cannot silently change a type downstream.
    """
    sql_dir = Path(sql_dir or SQL_DIR)
    tables = []
    for path in sorted((sql_dir / "seeds").glob("*.csv")):
        table = f"seed_{path.stem}"
        try:
            con.execute(
                f"create or replace table {table} as "
                "select * from read_csv(?, header = true, delim = ',', quote = '\"', sample_size = -1)",
                [str(path)],
            )
        except duckdb.Error as exc:
            raise ModelError(f"{path}: {_one_line(exc)}") from exc
        tables.append(table)
    return tables


def ensure_overrides(con: duckdb.DuckDBPyConnection) -> None:
    """The consultant's verdicts, kept across runs (marts left-join it; an override wins in `verdict`)."""
    from .warehouse import ensure_overrides as ensure

    ensure(con)


def raw_table_columns() -> dict[str, list[tuple[str, str]]]:
    """Raw tables and their (column, type), run_id first, as the loader derives them from `spiders/items.py`."""
    from .warehouse import RAW_TABLES

    return {table: list(cols.items()) for table, cols in RAW_TABLES.items()}


def ensure_taxonomy(con: duckdb.DuckDBPyConnection) -> None:
    """The client's themes and brands as each run's config gave them (read by stg_themes, stg_brands)."""
    con.execute("create table if not exists run_themes (run_id varchar, theme varchar, keyword varchar)")
    con.execute("create table if not exists run_brands (run_id varchar, role varchar, brand varchar)")


def write_taxonomy(con: duckdb.DuckDBPyConnection, run_id: str, themes: dict[str, list[str]],
                   brands: dict[str, list[str]]) -> None:
    """Replace the run's themes (theme -> keywords) and brands (role -> names) from its config."""
    ensure_taxonomy(con)
    con.execute("delete from run_themes where run_id = ?", [run_id])
    con.execute("delete from run_brands where run_id = ?", [run_id])
    rows = [(run_id, t, k) for t, kws in themes.items() for k in kws if k.strip()]
    if rows:
        con.executemany("insert into run_themes values (?, ?, ?)", rows)
    rows = [(run_id, role, b) for role, names in brands.items() for b in names if b.strip()]
    if rows:
        con.executemany("insert into run_brands values (?, ?, ?)", rows)


def ensure_raw_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create missing raw tables empty, so staging never fails on a table the loader did not create
    (the warehouse's one DDL: `warehouse.ensure_schema`)."""
    from .warehouse import ensure_schema

    ensure_schema(con)


# --------------------------------------------------------------------------- running


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in con.execute(f"describe {table}").fetchall()]


def _materialise(con: duckdb.DuckDBPyConnection, model: Model) -> int:
    """Build one model; returns the number of rows it wrote for this run."""
    if not model.per_run:
        con.execute(f"create or replace table {model.name} as {model.sql}")
        return con.execute(f"select count(*) from {model.name}").fetchall()[0][0]

    # marts: compute once into a temp table, then replace this run's rows only
    staged = f"__new_{model.name}"
    con.execute(f"create or replace temp table {staged} as {model.sql}")
    con.execute(f"create table if not exists {model.name} as select * from {staged} limit 0")
    existing = {c for c, _ in _columns(con, model.name)}
    for column, dtype in _columns(con, staged):
        if column not in existing:  # a model that gained a column keeps older runs' rows (as null)
            con.execute(f'alter table {model.name} add column "{column}" {dtype}')
    con.execute(f"delete from {model.name} where run_id = getvariable('run_id')")
    con.execute(f"insert into {model.name} by name select * from {staged}")
    rows = con.execute(f"select count(*) from {staged}").fetchall()[0][0]
    con.execute(f"drop table {staged}")
    return rows


def set_run(con: duckdb.DuckDBPyConnection, run_id: str) -> None:
    """Make `getvariable('run_id')` return run_id in the models and audits, `getvariable('run_started_at')`
    when it started (from `runs`; now for a run not recorded there), and `getvariable('previous_run_id')`
    the run its changes are measured against (null for a first run)."""
    con.execute("set variable run_id = ?", [run_id])
    started = None
    from .warehouse import table_exists

    if table_exists(con, "runs"):
        rows = con.execute("select started_at from runs where run_id = ?", [run_id]).fetchall()
        started = rows[0][0] if rows else None
    if started is None:
        started = datetime.now(timezone.utc)
    con.execute("set variable run_started_at = ?::timestamptz", [started])
    from .warehouse import previous_run

    con.execute("set variable previous_run_id = ?::varchar", [previous_run(con, run_id)])


def run_models(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    select: Iterable[str] | str | None = None,
    sql_dir: Path | None = None,
) -> dict[str, int]:
    """Load seeds and run the (selected) models for run_id in one transaction; returns rows per model.

    On failure everything is rolled back (previous marts intact) and ModelError names the file.
    """
    sql_dir = Path(sql_dir or SQL_DIR)
    plan = _select(models(sql_dir), select)
    ensure_overrides(con)
    ensure_taxonomy(con)
    ensure_raw_tables(con)
    set_run(con, run_id)
    counts: dict[str, int] = {}
    con.execute("begin transaction")
    try:
        load_macros(con, sql_dir)
        load_seeds(con, sql_dir)
        for model in plan:
            try:
                counts[model.name] = _materialise(con, model)
            except duckdb.Error as exc:
                raise ModelError(f"{model.path}: {_one_line(exc)}") from exc
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    return counts


def audits(sql_dir: Path | None = None) -> dict[str, Path]:
    """Audit name -> file."""
    sql_dir = Path(sql_dir or SQL_DIR)
    return {p.stem: p for p in sorted((sql_dir / "audits").glob("*.sql"))}


def run_audits(
    con: duckdb.DuckDBPyConnection, run_id: str, sql_dir: Path | None = None
) -> dict[str, pl.DataFrame]:
    """Run every audit for run_id; returns audit name -> offending rows (empty frame when it passes)."""
    set_run(con, run_id)
    results = {}
    for name, path in audits(sql_dir).items():
        try:
            results[name] = con.sql(_body(path)).pl()
        except duckdb.Error as exc:
            raise ModelError(f"{path}: {_one_line(exc)}") from exc
    return results


def failed_audits(results: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """Only the audits that returned rows."""
    return {name: frame for name, frame in results.items() if frame.height}


def run_contract_checks(con: duckdb.DuckDBPyConnection, run_id: str,
                        sql_dir: Path | None = None) -> dict[str, pl.DataFrame]:
    """Run the checks compiled from the models' YAML (`ecoaudit.contract`) for run_id; returns
    check name -> offending rows. A check that cannot run raises ModelError naming the YAML."""
    from .contract import checks

    directory = Path(sql_dir or SQL_DIR)
    set_run(con, run_id)
    results = {}
    for name, sql in checks(directory).items():
        try:
            results[name] = con.sql(sql).pl()
        except duckdb.Error as exc:
            raise ModelError(f"{directory / 'marts' / '_marts.yml'}: {name}: {_one_line(exc)}") from exc
    return results
