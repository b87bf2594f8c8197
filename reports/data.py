"""Read one run's marts out of DuckDB as Polars frames shaped for the deliverables."""
from __future__ import annotations

import json

import duckdb
import polars as pl

from ecoaudit.contract import vocabulary
from ecoaudit.warehouse import table_exists as _table_exists
from reports.i18n import LANGUAGES

VERDICTS = vocabulary("verdict")  # sql/_vocabularies.yml, in report order
KINDS = vocabulary("kind")

# The stable contract (shared/docs/contract.md): these must exist in the mart.
CONTRACT_COLUMNS = (
    "source", "host", "kind", "verdict", "score", "reasons", "status",
    "posts", "comments", "posts_per_month", "first_post", "last_post",
)
# Helpful extras; a mart without one still exports (as an empty column) so the file keeps its shape.
EXTRA_COLUMNS = (
    "machine_verdict", "override_note", "platform", "distinct_commenters",
    "forum_threads", "evidence", "site_name", "pages", "forum_posts", "errors", "theme_share", "kind_from",
)
SOURCE_COLUMNS = CONTRACT_COLUMNS + EXTRA_COLUMNS

ROUNDED = {"score": 3, "posts_per_month": 2, "theme_share": 3}

_VERDICT_RANK = (
    "CASE verdict WHEN 'pertinent' THEN 0 WHEN 'automated' THEN 1 "
    "WHEN 'undecided' THEN 2 ELSE 3 END"
)


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> set[str]:
    rows = con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]
    ).fetchall()
    if not rows:
        raise LookupError(f"table {table!r} not found in the warehouse")
    return {r[0] for r in rows}


def _check_language(language: str) -> None:
    # The language picks a column name: only known ones get that far.
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; use one of {LANGUAGES}")


def _select(available: set[str], wanted: dict[str, str]) -> str:
    """SELECT list of `column AS name`; a typed NULL stands in for a column the table lacks."""
    return ", ".join(
        f'"{col}" AS "{name}"' if col in available else f'NULL::VARCHAR AS "{name}"'
        for name, col in wanted.items()
    )


def _source_links(con: duckdb.DuckDBPyConnection) -> str:
    """SQL of (source_host, inlinks, influence) per crawled source of run $run: its entity (the crawled
    `entities` row of its host) and that entity's `ecosystem_nodes` row; no rows for a run from before
    the ecosystem map."""
    if not _table_exists(con, "entities"):
        return ("SELECT NULL::VARCHAR AS source_host, NULL::BIGINT AS inlinks, NULL::DOUBLE AS influence "
                "WHERE false")
    influence, join = "NULL::DOUBLE", ""
    if _table_exists(con, "ecosystem_nodes"):
        influence = "max(n.influence)::DOUBLE"
        join = "LEFT JOIN ecosystem_nodes AS n ON n.run_id = e.run_id AND n.entity = e.entity"
    return (f"SELECT e.host AS source_host, max(e.inlinks)::BIGINT AS inlinks, {influence} AS influence "
            f"FROM entities AS e {join} WHERE e.run_id = $run AND e.crawled GROUP BY e.host")


def sources(con: duckdb.DuckDBPyConnection, run_id: str, language: str = "fr") -> pl.DataFrame:
    """The run's sources, contract columns first, scores rounded, evidence in `language`; then the
    ecosystem map's `inlinks` and `influence` (null for a run from before it)."""
    _check_language(language)
    available = _columns(con, "sources")
    missing = [c for c in CONTRACT_COLUMNS if c not in available]
    if missing:
        raise LookupError(f"sources mart lacks contract columns: {', '.join(missing)}")
    wanted = {c: c for c in SOURCE_COLUMNS}
    wanted["evidence"] = f"evidence_{language}"
    select = _select(available, wanted)
    df = con.sql(
        f"WITH links AS ({_source_links(con)}) "
        f"SELECT {select}, links.inlinks, links.influence FROM sources "
        "LEFT JOIN links ON links.source_host = sources.host WHERE run_id = $run "
        f"ORDER BY {_VERDICT_RANK}, score DESC NULLS LAST, posts DESC NULLS LAST, host",
        params={"run": run_id},
    ).pl()
    return df.with_columns(
        pl.col(c).cast(pl.Float64).round(d) for c, d in ROUNDED.items()
    )


def reasons(con: duckdb.DuckDBPyConnection, run_id: str, language: str = "fr") -> pl.DataFrame:
    """The run's fired rules, one row per (host, rule), label in `language`."""
    _check_language(language)
    available = _columns(con, "source_reasons")
    wanted = {c: c for c in (
        "host", "rule_id", "signal", "value", "threshold", "weight", "direction",
        "example_url", "example_other_url",
    )}
    wanted["label"] = f"label_{language}"
    return con.sql(
        f"SELECT {_select(available, wanted)} FROM source_reasons WHERE run_id = ? "
        "ORDER BY host, direction, weight DESC NULLS LAST, rule_id",
        params=[run_id],
    ).pl()


def errors(con: duckdb.DuckDBPyConnection, run_id: str) -> pl.DataFrame:
    """The run's crawl errors."""
    available = _columns(con, "crawl_errors")
    wanted = {c: c for c in ("url", "host", "error", "status_code", "message")}
    return con.sql(
        f"SELECT {_select(available, wanted)} FROM crawl_errors WHERE run_id = ? "
        "ORDER BY host, error, url",
        params=[run_id],
    ).pl()


def run_context(con: duckdb.DuckDBPyConnection, run_id: str) -> dict:
    """Best-effort report context from the `runs` table, for callers that pass none."""
    try:
        available = _columns(con, "runs")
    except LookupError:
        return {"run_id": run_id}
    wanted = {c: c for c in ("started_at", "client", "config_json")}
    row = con.sql(
        f"SELECT {_select(available, wanted)} FROM runs WHERE run_id = ? LIMIT 1", params=[run_id]
    ).fetchall()
    if not row:
        return {"run_id": run_id}
    started_at, client, config_json = row[0]
    try:
        config = json.loads(config_json) if config_json else {}
    except (TypeError, ValueError):
        config = {}
    if not isinstance(config, dict):
        config = {}
    client_cfg = config.get("client") if isinstance(config.get("client"), dict) else {}
    sources_cfg = config.get("sources") if isinstance(config.get("sources"), dict) else {}
    crawl_cfg = config.get("crawl") if isinstance(config.get("crawl"), dict) else {}
    seeds = sources_cfg.get("seeds")
    return {
        "run_id": run_id,
        "client": client or client_cfg.get("name"),
        "sector": client_cfg.get("sector"),
        "started_at": started_at,
        "seeds": len(seeds) if isinstance(seeds, list) else None,
        "config": crawl_cfg,
    }



def rule_catalogue(con: duckdb.DuckDBPyConnection, language: str = "fr") -> pl.DataFrame | None:
    """Every classification rule (`seed_rules`, the current sql/seeds/rules.csv), or None without it.

    Seeds are not kept per run: a re-rendered old report shows today's rules.
    """
    _check_language(language)
    if not _table_exists(con, "seed_rules"):
        return None
    available = _columns(con, "seed_rules")
    wanted = {c: c for c in ("rule_id", "kind_scope", "signal", "op", "threshold", "weight", "direction")}
    wanted["label"] = f"label_{language}"
    return con.sql(
        f"SELECT {_select(available, wanted)} FROM seed_rules ORDER BY direction, weight DESC, rule_id"
    ).pl()


def verdict_bands(con: duckdb.DuckDBPyConnection) -> pl.DataFrame | None:
    """Score bands giving the machine verdict (`seed_verdict_bands`), or None without it."""
    if not _table_exists(con, "seed_verdict_bands"):
        return None
    available = _columns(con, "seed_verdict_bands")
    wanted = {c: c for c in ("verdict", "priority", "min_score", "max_score")}
    return con.sql(f"SELECT {_select(available, wanted)} FROM seed_verdict_bands ORDER BY priority").pl()


# ------------------------------------------------------------------ the workbook's tables

# Every column a sheet of sources.xlsx may show; a mart without one reads null there.
WORKBOOK_SOURCE_COLUMNS = SOURCE_COLUMNS + (
    "override_verdict", "crawled", "distinct_authors", "discovered_from", "depth",
)


def sources_wide(con: duckdb.DuckDBPyConnection, run_id: str, language: str = "fr") -> pl.DataFrame:
    """The run's sources with every column a workbook sheet shows, in `sources()`'s order."""
    _check_language(language)
    available = _columns(con, "sources")
    wanted = {c: c for c in WORKBOOK_SOURCE_COLUMNS}
    wanted["evidence"] = f"evidence_{language}"
    df = con.sql(
        f"SELECT {_select(available, wanted)} FROM sources WHERE run_id = ? "
        f"ORDER BY {_VERDICT_RANK}, score DESC NULLS LAST, posts DESC NULLS LAST, host",
        params=[run_id],
    ).pl()
    return df.with_columns(pl.col(c).cast(pl.Float64).round(d) for c, d in ROUNDED.items())


def verdict_counts(con: duckdb.DuckDBPyConnection, run_id: str) -> pl.DataFrame:
    """Sources per kind (rows, every kind) and verdict (columns), with totals: kind, pertinent,
    automated, undecided, total; the last row has kind 'total'."""
    rows = dict(((k, v), n) for k, v, n in con.execute(
        "SELECT kind, verdict, count(*) FROM sources WHERE run_id = ? GROUP BY ALL", [run_id]).fetchall())
    kinds = list(KINDS) + sorted({k for k, _ in rows if k not in KINDS and k is not None})
    table = []
    for kind in kinds + ["total"]:
        counts = {v: sum(n for (k, vv), n in rows.items() if vv == v and (kind == "total" or k == kind))
                  for v in VERDICTS}
        table.append({"kind": kind, **counts, "total": sum(counts.values())})
    return pl.DataFrame(table, schema={"kind": pl.String, **{v: pl.Int64 for v in VERDICTS}, "total": pl.Int64})



_NO_MATCHES = ("SELECT NULL::VARCHAR AS url, NULL::VARCHAR AS host, NULL::DATE AS published_date, "
               "NULL::VARCHAR AS theme, NULL::VARCHAR AS verdict WHERE false")


def themes(con: duckdb.DuckDBPyConnection, run_id: str) -> pl.DataFrame:
    """Per theme of the run's taxonomy: posts, sources, pertinent sources, first and last post, and an
    example post (the latest, from a pertinent source when there is one).

    Matches come from the `post_themes` mart (kept per run). Themes with no post are listed with zeros."""
    columns = {"theme": pl.String, "posts": pl.Int64, "sources": pl.Int64, "pertinent_sources": pl.Int64,
               "first_post": pl.Date, "last_post": pl.Date, "example_url": pl.String}
    has_taxonomy = _table_exists(con, "run_themes")
    has_matches = _table_exists(con, "post_themes")
    if not has_taxonomy and not has_matches:
        return pl.DataFrame(schema=columns)
    names = ("SELECT DISTINCT theme FROM run_themes WHERE run_id = $run" if has_taxonomy
             else "SELECT DISTINCT theme FROM post_themes WHERE run_id = $run")
    matches = _NO_MATCHES
    if has_matches:
        matches = ("SELECT t.url, t.host, t.published_date, t.theme, s.verdict FROM post_themes t "
                   "JOIN sources s ON s.host = t.host AND s.run_id = t.run_id WHERE t.run_id = $run")
        names = f"{names} UNION SELECT DISTINCT theme FROM ({matches})"
    return con.sql(
        f"""
        WITH m AS ({matches}), n AS ({names})
        SELECT n.theme,
               count(DISTINCT m.url)::BIGINT AS posts,
               count(DISTINCT m.host)::BIGINT AS sources,
               count(DISTINCT m.host) FILTER (WHERE m.verdict = 'pertinent')::BIGINT AS pertinent_sources,
               min(m.published_date)::DATE AS first_post,
               max(m.published_date)::DATE AS last_post,
               arg_max(m.url, (m.verdict = 'pertinent', coalesce(m.published_date, DATE '1900-01-01'), m.url))
                   AS example_url
        FROM n LEFT JOIN m ON m.theme = n.theme
        GROUP BY n.theme
        ORDER BY posts DESC, n.theme
        """,
        params={"run": run_id},
    ).pl().cast(columns)


def activity_by_kind(con: duckdb.DuckDBPyConnection, run_id: str) -> pl.DataFrame:
    """Per week (Monday) and kind of source: active sources, posts, comments, forum messages."""
    columns = {"week": pl.Date, "kind": pl.String, "sources": pl.Int64, "posts": pl.Int64,
               "comments": pl.Int64, "forum_posts": pl.Int64}
    if not _table_exists(con, "activity"):
        return pl.DataFrame(schema=columns)
    return con.sql(
        "SELECT week, kind, count(DISTINCT host)::BIGINT AS sources, sum(posts)::BIGINT AS posts, "
        "sum(comments)::BIGINT AS comments, sum(forum_posts)::BIGINT AS forum_posts "
        "FROM activity WHERE run_id = ? GROUP BY week, kind ORDER BY week, kind",
        params=[run_id],
    ).pl().cast(columns)


# ------------------------------------------------------------------ the ecosystem map's sheets

LINK_COLUMNS = {"from_entity": pl.String, "to_entity": pl.String, "link_kind": pl.String, "pages": pl.Int64,
                "links": pl.Int64, "example_from_url": pl.String, "example_to_url": pl.String,
                "from_verdict": pl.String, "to_verdict": pl.String}
PROSPECT_COLUMNS = {"rank": pl.Int64, "entity": pl.String, "url": pl.String, "host": pl.String,
                    "pertinent_inlinks": pl.Int64, "inlinks": pl.Int64, "linking_sources": pl.String,
                    "example_pages": pl.String, "first_seen_run": pl.String}


def links(con: duckdb.DuckDBPyConnection, run_id: str) -> pl.DataFrame:
    """The run's link graph (mart `link_graph`), one row per (from, to, kind of link), with the verdicts
    of its two ends (`entities`), most linking pages first; empty for a run from before the map."""
    if not _table_exists(con, "link_graph"):
        return pl.DataFrame(schema=LINK_COLUMNS)
    available = _columns(con, "link_graph")
    wanted = {c: c for c in LINK_COLUMNS if c not in ("from_verdict", "to_verdict")}
    verdicts, join = "NULL::VARCHAR AS from_verdict, NULL::VARCHAR AS to_verdict", ""
    if _table_exists(con, "entities"):
        verdicts = "f.verdict AS from_verdict, t.verdict AS to_verdict"
        join = ("LEFT JOIN entities AS f ON f.run_id = g.run_id AND f.entity = g.from_entity "
                "LEFT JOIN entities AS t ON t.run_id = g.run_id AND t.entity = g.to_entity")
    return con.sql(
        f"WITH g AS (SELECT run_id, {_select(available, wanted)} FROM link_graph WHERE run_id = $run) "
        f"SELECT g.* EXCLUDE (run_id), {verdicts} FROM g {join} "
        "ORDER BY g.pages DESC NULLS LAST, g.from_entity, g.to_entity, g.link_kind",
        params={"run": run_id},
    ).pl().cast(LINK_COLUMNS)


def prospects(con: duckdb.DuckDBPyConnection, run_id: str) -> pl.DataFrame:
    """The run's prospects (mart `prospects`: discovered entities ranked by their pertinent inlinks),
    best first; empty for a run from before the map."""
    if not _table_exists(con, "prospects"):
        return pl.DataFrame(schema=PROSPECT_COLUMNS)
    available = _columns(con, "prospects")
    return con.sql(
        f"SELECT {_select(available, {c: c for c in PROSPECT_COLUMNS})} FROM prospects WHERE run_id = $run "
        'ORDER BY "rank", entity',
        params={"run": run_id},
    ).pl().cast(PROSPECT_COLUMNS)
