"""The ecosystem section's queries (issue 14): the map's nodes and links, the influencers, the
prospects and the commenters, from the run's marts `ecosystem_nodes`, `link_graph`, `prospects` and
`commenters` (kept per run_id). Warehouses transformed before these marts existed lack them: `available`
then says so and the report leaves the section out. A mart that lacks a column reads it as null."""
from __future__ import annotations

import csv

import duckdb

from ecoaudit.resources import sql_dir
from reports.data import _columns, _select, _table_exists

NODE_COLUMNS = ("entity", "host", "url", "label", "status", "verdict", "kind", "crawled", "community",
                "influence", "influence_rank", "inlinks", "pertinent_inlinks", "posts", "comments")


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params) -> list[dict]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def available(con: duckdb.DuckDBPyConnection, run_id: str) -> bool:
    """True when the run has an `ecosystem_nodes` mart with rows: the map and its tables can be shown."""
    if not _table_exists(con, "ecosystem_nodes"):
        return False
    return bool(con.execute("select count(*) from ecosystem_nodes where run_id = ?", [run_id]).fetchall()[0][0])


def nodes(con: duckdb.DuckDBPyConnection, run_id: str) -> list[dict]:
    """Every web entity of the run with what the map and the influencers' table show (the influencers are
    the crawled ones, by `influence_rank`)."""
    select = _select(_columns(con, "ecosystem_nodes"), {c: c for c in NODE_COLUMNS})
    return _rows(con, f"select {select} from ecosystem_nodes where run_id = ? order by entity", [run_id])


def edges(con: duckdb.DuckDBPyConnection, run_id: str) -> list[dict]:
    """Entity -> entity links of the run, weight = distinct linking pages over every kind of link."""
    if not _table_exists(con, "link_graph"):
        return []
    return _rows(con, """
        select from_entity as source, to_entity as target, sum(pages)::double as weight
        from link_graph
        where run_id = ? and from_entity is not null and to_entity is not null and from_entity <> to_entity
        group by all
        order by source, target
    """, [run_id])


def prospects(con: duckdb.DuckDBPyConnection, run_id: str, limit: int) -> tuple[list[dict], int] | None:
    """The first `limit` prospects (DISCOVERED entities by pertinent inlinks), and how many; None
    without the mart."""
    if not _table_exists(con, "prospects"):
        return None
    wanted = {c: c for c in ("rank", "entity", "url", "host", "pertinent_inlinks", "inlinks", "linking_sources",
                             "example_pages")}
    rows = _rows(con, f"""
        select {_select(_columns(con, "prospects"), wanted)} from prospects
        where run_id = ? order by rank, entity limit {int(limit)}
    """, [run_id])
    total = con.execute("select count(*) from prospects where run_id = ?", [run_id]).fetchall()[0][0]
    return rows, total


def commenters(con: duckdb.DuckDBPyConnection, run_id: str, limit: int) -> tuple[list[dict], int] | None:
    """The people on most pertinent sources (then most messages), the first `limit`, and how many;
    None without the mart."""
    if not _table_exists(con, "commenters"):
        return None
    wanted = {c: c for c in ("commenter_key", "commenter", "pertinent_sources", "sources", "comments",
                             "signature_site", "first_seen", "last_seen")}
    rows = _rows(con, f"""
        select {_select(_columns(con, "commenters"), wanted)} from commenters
        where run_id = ?
        order by pertinent_sources desc nulls last, comments desc nulls last, commenter_key
        limit {int(limit)}
    """, [run_id])
    total = con.execute("select count(*) from commenters where run_id = ?", [run_id]).fetchall()[0][0]
    return rows, total


def influence_params(con: duckdb.DuckDBPyConnection) -> dict:
    """The influence formula's parameters as the run used them: the warehouse's `seed_influence`, else
    the shipped seed file (sql/seeds/influence.csv)."""
    if _table_exists(con, "seed_influence"):
        rows = con.execute("select param, value from seed_influence").fetchall()
    else:
        with (sql_dir() / "seeds" / "influence.csv").open(encoding="utf-8", newline="") as f:
            rows = [(r["param"], r["value"]) for r in csv.DictReader(f)]
    params = {}
    for name, value in rows:
        try:
            params[str(name)] = float(value)
        except (TypeError, ValueError):
            continue
    return params
