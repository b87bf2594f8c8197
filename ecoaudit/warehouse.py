"""The client's DuckDB warehouse: schema of raw tables and idempotent loading of a run."""
from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import json
import time
import types
import typing
from pathlib import Path

import duckdb

from spiders.items import ITEM_TABLES

from .errors import ConfigError, EcoauditError, StageError

_SQL_TYPES = {str: "VARCHAR", int: "BIGINT", float: "DOUBLE", bool: "BOOLEAN"}


def _sql_type(hint) -> str:
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return _sql_type(args[0])
    if origin is list:
        return _sql_type(args[0]) + "[]"
    return _SQL_TYPES[hint]


def raw_columns(item_cls) -> dict[str, str]:
    """Column name -> DuckDB type for the raw table of an item dataclass, `run_id` first."""
    hints = typing.get_type_hints(item_cls)
    cols = {"run_id": "VARCHAR"}
    for f in dataclasses.fields(item_cls):
        cols[f.name] = _sql_type(hints[f.name])
    return cols


RAW_TABLES = {f"raw_{name}": raw_columns(cls) for cls, name in ITEM_TABLES.items()}

# Rows a re-crawl carries over for a page it did not download again:
# table -> (column holding the page URL, columns that must stay unique within a run).
CARRY = {
    "raw_pages": ("url", ("url",)),
    "raw_comments": ("page_url", ("page_url", "position")),
    "raw_forum_posts": ("page_url", ("thread_url", "position")),
    "raw_links": ("from_url", ("from_url", "to_url", "context")),
    # origin_url too: two feeds of one blog (Atom and RSS) list the same posts, each its own rows
    "raw_entries": ("origin_url", ("url", "origin", "origin_url")),
    "raw_fetches": ("url", ("url",)),  # so the next re-crawl still knows the page's validators
}


def table_exists(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    """A table or view of that name in the connection's own database and schema."""
    return bool(con.execute(
        "select count(*) from information_schema.tables where table_name = ? "
        "and table_catalog = current_database() and table_schema = current_schema()", [table]
    ).fetchall()[0][0])


# A run ends in one of these; any other status means "running", or dead if nobody holds the lock.
FINAL_STATUSES = ("delivered", "partial", "failed", "interrupted")
# What a re-crawl may start from: a partial run's rows are right where they exist.
BASELINE_STATUSES = ("delivered", "partial")


class WarehouseBusy(ConfigError):
    """Another process holds the warehouse (exit 2: try again when it ends)."""


def connect(path: Path | str = ":memory:", read_only: bool = False, memory_limit: str = "3GB",
            threads: int | None = None, wait_seconds: float = 30.0) -> duckdb.DuckDBPyConnection:
    """Open the warehouse (creating its folder) and make sure the base schema exists.

    DuckDB is held to `memory_limit` (it spills to `<client>/duckdb_tmp/` beyond it) so a big audit
    cannot take the machine's memory; measured by `make bench-sql`. A warehouse held by another
    process is retried for `wait_seconds`, then WarehouseBusy; a damaged file, a full disk or a
    read-only folder is one line (`explain`)."""
    config = {"memory_limit": memory_limit}
    if threads:
        config["threads"] = threads
    if str(path) != ":memory:":
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise ConfigError(f"{Path(path).parent}: {e.strerror or e}") from None
        config["temp_directory"] = str(Path(path).parent / "duckdb_tmp")
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only, config=config)
            break
        except duckdb.Error as e:
            if _is_lock_error(e) and time.monotonic() < deadline:
                time.sleep(0.5)
                continue
            raise explain(path, e) from None
    if not read_only:
        try:
            ensure_schema(con)
        except duckdb.Error as e:
            con.close()
            raise explain(path, e) from None
    return con


def _is_lock_error(e: Exception) -> bool:
    return "could not set lock" in str(e).lower()


def explain(path: Path | str, e: BaseException) -> EcoauditError:
    """One line for a DuckDB or file-system failure on the warehouse at `path`."""
    msg = " ".join(str(e).split())
    low = msg.lower()
    if _is_lock_error(e):
        return WarehouseBusy(f"{path}: the warehouse is in use by another process "
                             f"({msg.split(': ', 1)[-1][:160]}); try again when it ends")
    if "no space left" in low or getattr(e, "errno", None) == errno.ENOSPC:
        return StageError(f"{path}: no space left on device; free some space and run again "
                          f"(earlier runs are intact)")
    if "read-only file system" in low or "permission denied" in low:
        return ConfigError(f"{path}: cannot write the warehouse ({msg[:160]})")
    if ("not a valid duckdb database" in low or "corrupt" in low
            or "could not read enough bytes" in low or "checksum" in low):
        return ConfigError(f"{path}: the warehouse file is damaged ({msg[:160]}); move it aside "
                           f"and run again: raw pages, items and deliverables of earlier runs "
                           f"stay in runs/")
    return StageError(f"{path}: {msg[:300]}")


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create raw tables, `runs` and `overrides` where missing. Never drops anything."""
    for table, cols in RAW_TABLES.items():
        body = ", ".join(f'"{c}" {t}' for c, t in cols.items())
        con.execute(f"create table if not exists {table} ({body})")
        # A warehouse made by an older version gains new columns; old runs read null there.
        for c, t in cols.items():
            con.execute(f'alter table {table} add column if not exists "{c}" {t}')
    con.execute(
        """create table if not exists runs (
            run_id varchar primary key, client varchar, started_at timestamptz,
            finished_at timestamptz, status varchar, config_json varchar, versions_json varchar,
            crawl_stats_json varchar, reason varchar)"""
    )
    con.execute("alter table runs add column if not exists reason varchar")
    ensure_overrides(con)


def ensure_overrides(con: duckdb.DuckDBPyConnection) -> None:
    """The consultant's verdict overrides (`overrides`) and their history (`overrides_log`), where missing:
    written by ecoaudit.overrides, left-joined by the marts."""
    con.execute("create table if not exists overrides("
                "host varchar primary key, verdict varchar, note varchar, updated_at timestamp)")
    con.execute("create table if not exists overrides_log("
                "host varchar, verdict varchar, note varchar, previous_verdict varchar, "
                "source varchar, changed_at timestamp)")
    # Sites the consultant set OUT of the ecosystem map (`ecoaudit verdict HOST out`): the `entities`
    # mart marks them OUT, the crawl never follows a link to them, prospects leave them out.
    con.execute("create table if not exists exclusions("
                "host varchar primary key, note varchar, excluded_at timestamp)")
    # The `entities` mart carries its previous run's rows (statuses persist), so sql/marts/entities.sql
    # reads its own table: it must exist before the first transform. Same columns as the model.
    con.execute("create table if not exists entities(run_id varchar, entity varchar, host varchar, "
                "url varchar, status varchar, status_origin varchar, verdict varchar, kind varchar, "
                "crawled boolean, inlinks bigint, pertinent_inlinks bigint, first_seen_run varchar, "
                "last_crawled_run varchar)")


def excluded_hosts(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Hosts the consultant excluded from the map (empty for a warehouse without any)."""
    if not table_exists(con, "exclusions"):
        return []
    return [r[0] for r in con.execute("select host from exclusions order by host").fetchall()]


def top_prospects(con: duckdb.DuckDBPyConnection, run_id: str, n: int) -> list[str]:
    """The home URLs of run `run_id`'s `n` best prospects that pertinent sources link to (mart
    `prospects`), best first; empty when the run has no such mart (older versions)."""
    if n <= 0 or not table_exists(con, "prospects"):
        return []
    return [r[0] for r in con.execute(
        "select url from prospects where run_id = ? and pertinent_inlinks > 0 and url is not null "
        "order by rank limit ?", [run_id, n]).fetchall()]


def load_run(con: duckdb.DuckDBPyConnection, run_id: str, items_dir: Path) -> dict[str, int]:
    """Load `items_dir/<table>.jsonl` into `raw_<table>` for `run_id`, replacing that run's rows.

    One transaction: a failure leaves the warehouse as it was. Loading the same
    run twice gives the same rows. Returns row counts per raw table.
    """
    counts: dict[str, int] = {}
    con.execute("begin transaction")
    try:
        for table, cols in RAW_TABLES.items():
            con.execute(f"delete from {table} where run_id = ?", [run_id])
            path = items_dir / f"{table.removeprefix('raw_')}.jsonl"
            if path.exists() and path.stat().st_size > 0:
                file_cols = {c: t for c, t in cols.items() if c != "run_id"}
                spec = "{" + ", ".join(f"'{c}': '{t}'" for c, t in file_cols.items()) + "}"
                select = ", ".join(f'"{c}"' for c in file_cols)
                con.execute(
                    f"insert into {table} select ? as run_id, {select} from read_json(?, "
                    f"format='newline_delimited', columns={spec}, maximum_object_size=67108864)",
                    [run_id, str(path)],
                )
        carry_over(con, run_id)
        for table in RAW_TABLES:
            counts[table] = con.execute(
                f"select count(*) from {table} where run_id = ?", [run_id]
            ).fetchall()[0][0]
        con.execute("commit")
    except Exception:
        try:
            con.execute("rollback")
        except duckdb.Error:
            pass  # a failed rollback (a full disk) must not hide why the load failed
        raise
    return counts


def carry_over(con: duckdb.DuckDBPyConnection, run_id: str) -> None:
    """Copy into `run_id` the rows of pages it did not download again (raw_carried), from their run."""
    for table, (key, unique) in CARRY.items():
        cols = ", ".join("true" if c == "carried" else f't."{c}"'
                         for c in RAW_TABLES[table] if c != "run_id")
        same = " and ".join(f'x."{c}" = t."{c}"' for c in unique)
        con.execute(
            f"""insert into {table}
            select ? as run_id, {cols}
            from {table} as t
            join (select distinct from_run, url from raw_carried where run_id = ?) as c
              on t.run_id = c.from_run and t."{key}" = c.url
            where not exists (select 1 from {table} as x where x.run_id = ? and {same})""",
            [run_id, run_id, run_id],
        )


def latest_run(con: duckdb.DuckDBPyConnection, before: str | None = None) -> str | None:
    """The most recent delivered (or partial) run, other than `before`: what a re-crawl starts
    from. Failed and interrupted runs never are."""
    rows = con.execute(
        "select run_id from runs where list_contains(?, status) and (? is null or run_id <> ?) "
        "order by started_at desc limit 1", [list(BASELINE_STATUSES), before, before]).fetchall()
    return rows[0][0] if rows else None


def previous_run(con: duckdb.DuckDBPyConnection, run_id: str) -> str | None:
    """The client's delivered (or partial) run started last before `run_id`: what `run_id`'s changes
    are measured against (mart `changes`); None for a first run."""
    if not table_exists(con, "runs"):
        return None
    rows = con.execute(
        "select p.run_id from runs as p, runs as r where r.run_id = ? and p.run_id <> r.run_id "
        "and list_contains(?, p.status) and p.started_at < r.started_at "
        "order by p.started_at desc limit 1", [run_id, list(BASELINE_STATUSES)]).fetchall()
    return rows[0][0] if rows else None


def known_pages(con: duckdb.DuckDBPyConnection, run_id: str, path: Path) -> int:
    """Write what run `run_id` knew of each URL (validators, type, date, what its content said of
    the pages it lists: `recrawl_state`) as JSON lines, after a first line giving the re-crawl's
    round (how many delivered or partial runs up to `run_id`: what rotates re-checks); count."""
    cur = con.execute(
        """select f.url, f.host, f.kind, f.etag, f.last_modified, p.page_type, p.published,
            f.recrawl_state
        from raw_fetches as f
        left join raw_pages as p on p.run_id = f.run_id and p.url = f.url
        where f.run_id = ? and f.status_code in (200, 304)""", [run_id])
    names = [d[0] for d in cur.description]
    rows = cur.fetchall()
    # Sources found through links: a re-crawl keeps them even when the linking page is not re-read.
    cur = con.execute(
        """select 'source' as kind, host, source, status, depth, discovered_from, crawled
        from raw_sources where run_id = ? and status = 'discovered'""", [run_id])
    source_names = [d[0] for d in cur.description]
    sources = cur.fetchall()
    round_ = con.execute(
        "select count(*) from runs where list_contains(?, status) and started_at <= "
        "(select started_at from runs where run_id = ?)", [list(BASELINE_STATUSES), run_id]).fetchall()[0][0]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        f.write(json.dumps({"kind": "run", "run_id": run_id, "round": max(int(round_ or 0), 1)}) + "\n")
        for r in rows:
            f.write(json.dumps(dict(zip(names, r)), default=str) + "\n")
        for r in sources:
            f.write(json.dumps(dict(zip(source_names, r)), default=str) + "\n")
    return len(rows)


def record_run(con, run_id: str, **fields) -> None:
    """Insert or update the `runs` row of a run (status, timestamps, config, versions)."""
    exists = con.execute("select count(*) from runs where run_id = ?", [run_id]).fetchall()[0][0]
    if not exists:
        con.execute("insert into runs (run_id) values (?)", [run_id])
    for key, value in fields.items():
        if isinstance(value, (dict, list)):
            value = json.dumps(value, ensure_ascii=False, default=str)
        con.execute(f"update runs set {key} = ? where run_id = ?", [value, run_id])


def close_dead_runs(con, reason: str) -> list[str]:
    """Mark `failed`, with `reason`, every run not in a final state (called by the holder of the
    client's run lock: no other run can be alive). Returns their ids."""
    dead = [r[0] for r in con.execute(
        "select run_id from runs where status is null or not list_contains(?, status)",
        [list(FINAL_STATUSES)]).fetchall()]
    for run_id in dead:
        record_run(con, run_id, status="failed", reason=reason, finished_at=now_utc())
    return dead


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)
