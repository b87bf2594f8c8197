"""What a re-crawl did: downloads, 304s and carried pages against the run it started from."""
from __future__ import annotations

import duckdb


def recrawl_stats(con: duckdb.DuckDBPyConnection, run_id: str, previous: str) -> dict:
    """Counts that show whether a re-crawl fetched only what may have changed."""
    def one(q: str, params: list) -> int:
        return con.execute(q, params).fetchall()[0][0]

    downloads = ("select count(*) from raw_fetches where run_id = ? and status_code = 200 "
                 "and not coalesce(carried, false)")
    return {
        "previous_downloads": one(downloads, [previous]),
        "downloads": one(downloads, [run_id]),
        "previous_requests": requests_made(con, previous),
        "requests": requests_made(con, run_id),
        "not_modified": one("select count(*) from raw_fetches where run_id = ? and status_code = 304 "
                            "and not coalesce(carried, false)", [run_id]),
        "carried": one("select count(*) from raw_carried where run_id = ?", [run_id]),
    }


def requests_made(con: duckdb.DuckDBPyConnection, run_id: str) -> int:
    """The HTTP responses a run's spider received, whatever their status: its own fetch rows (200,
    304; not the rows carried over) and its error rows with an HTTP status (404, 500...). Neither
    Scrapy's robots.txt middleware's own requests nor redirects followed are counted (they are in
    the crawl stats' downloader/response_count)."""
    fetches = con.execute("select count(*) from raw_fetches where run_id = ? and not coalesce(carried, false)",
                          [run_id]).fetchall()[0][0]
    errors = con.execute("select count(*) from raw_errors where run_id = ? and error like 'http\\_%' escape '\\'",
                         [run_id]).fetchall()[0][0]
    return fetches + errors


def found_urls(con: duckdb.DuckDBPyConnection, run_id: str) -> set[str]:
    """Every post, article or thread URL a run knows: fetched pages, feed/sitemap entries, threads."""
    rows = con.execute(
        """select url from raw_pages where run_id = $1
        union select url from raw_entries where run_id = $1
        union select thread_url from raw_forum_posts where run_id = $1""", [run_id]).fetchall()
    return {r[0] for r in rows}
