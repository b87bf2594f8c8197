"""The report's queries (issue 5): engagement, themes, terms, share of voice, activity, indicators.

SQL over one run's marts only (`sources`, `activity`, `post_themes`, `brand_mentions`,
`conversation_items`, `terms`, kept per run_id), returning Polars frames or plain values: a report
re-rendered later for any delivered run shows every section with that run's figures. The reads the
report shares with the CSV and workbook (sources, reasons, errors, runs, seeds) are in reports/data.py.
"""
from __future__ import annotations

import duckdb
import polars as pl

from reports.data import _columns, _select, _table_exists


REPORT_MARTS = ("post_themes", "brand_mentions", "conversation_items", "terms")


def marts_available(con: duckdb.DuckDBPyConnection, run_id: str) -> bool:
    """True when the warehouse has the per-run marts of what was said (warehouses transformed
    before they existed lack them: the report then says the section is unavailable)."""
    return all(_table_exists(con, t) for t in REPORT_MARTS)


def run_counts(con: duckdb.DuckDBPyConnection, run_id: str) -> dict:
    """What the crawl gathered for the run: pages, fetches, sources, posts, comments, messages, errors."""
    out: dict = {}
    for key, table in (("pages", "raw_pages"), ("fetches", "raw_fetches"), ("raw_errors", "raw_errors")):
        if _table_exists(con, table):
            out[key] = con.execute(f"select count(*) from {table} where run_id = ?", [run_id]).fetchall()[0][0]
    if _table_exists(con, "sources"):
        available = _columns(con, "sources")
        sums = [c for c in ("posts", "comments", "forum_threads", "forum_posts") if c in available]
        select = ", ".join([f"coalesce(sum({c}), 0)::bigint" for c in sums] + ["count(*)",
                           "min(first_post)", "max(last_post)"])
        row = con.execute(f"select {select} from sources where run_id = ?", [run_id]).fetchall()[0]
        out.update(dict(zip(sums, row[: len(sums)])))
        out["sources"], out["first_post"], out["last_post"] = row[len(sums):]
    if _table_exists(con, "crawl_errors"):
        out["errors"] = con.execute("select count(*) from crawl_errors where run_id = ?", [run_id]).fetchall()[0][0]
    return out


def activity_weekly(con: duckdb.DuckDBPyConnection, run_id: str) -> pl.DataFrame:
    """Posts (blog and news posts, forum messages) and comments per week: one series per kind for the
    sources not judged automated, and one for the automated sources together."""
    if not _table_exists(con, "activity"):
        return pl.DataFrame(schema={"week": pl.Date, "series": pl.String, "posts": pl.Int64,
                                    "comments": pl.Int64})
    return con.sql("""
        select
            a.week,
            case when s.verdict = 'automated' then 'automated' else coalesce(a.kind, 'other') end as series,
            sum(coalesce(a.posts, 0) + coalesce(a.forum_posts, 0))::bigint as posts,
            sum(coalesce(a.comments, 0))::bigint as comments
        from activity as a
        left join sources as s on s.run_id = a.run_id and s.host = a.host
        where a.run_id = $run and a.week is not null
        group by all
        order by a.week, series
    """, params={"run": run_id}).pl()


def week_top_hosts(con: duckdb.DuckDBPyConnection, run_id: str, weeks: list) -> pl.DataFrame:
    """For each of `weeks`, the non-automated host that published the most that week."""
    if not weeks or not _table_exists(con, "activity"):
        return pl.DataFrame(schema={"week": pl.Date, "host": pl.String, "n": pl.Int64})
    return con.sql("""
        select week, arg_max(host, n) as host, max(n)::bigint as n from (
            select a.week, a.host, sum(coalesce(a.posts, 0) + coalesce(a.forum_posts, 0)) as n
            from activity as a
            left join sources as s on s.run_id = a.run_id and s.host = a.host
            where a.run_id = $run and coalesce(s.verdict, '') <> 'automated'
              and a.week in (select unnest($weeks::date[]))
            group by all
        ) group by week order by week
    """, params={"run": run_id, "weeks": weeks}).pl()


def pertinent_weekly(con: duckdb.DuckDBPyConnection, run_id: str, since, until) -> dict:
    """Posts, comments and forum messages of the pertinent sources dated in [since, until)."""
    if not _table_exists(con, "activity"):
        return {}
    row = con.execute("""
        select coalesce(sum(a.posts), 0)::bigint, coalesce(sum(a.comments), 0)::bigint,
               coalesce(sum(a.forum_posts), 0)::bigint
        from activity as a
        join sources as s on s.run_id = a.run_id and s.host = a.host
        where a.run_id = $run and s.verdict = 'pertinent' and a.week >= $since and a.week < $until
    """, {"run": run_id, "since": since, "until": until}).fetchall()[0]
    return {"posts": row[0], "comments": row[1], "forum_posts": row[2]}


def conversations(con: duckdb.DuckDBPyConnection, run_id: str, since, until) -> tuple[int, int, int]:
    """Conversations on pertinent sources with a comment or reply dated in [since, until): posts with
    comments and forum threads, and the distinct people who wrote them (`conversation_items` mart)."""
    if not _table_exists(con, "conversation_items"):
        return (0, 0, 0)
    return con.execute("""
        with pertinent as (select host from sources where run_id = $run and verdict = 'pertinent'),
        items as (
            select item_kind, conversation, author_key from conversation_items
            where run_id = $run and host in (select host from pertinent)
              and published_date >= $since and published_date < $until
        )
        select
            count(distinct conversation) filter (where item_kind = 'comment')::bigint,
            count(distinct conversation) filter (where item_kind = 'reply')::bigint,
            count(distinct author_key)::bigint
        from items
    """, {"run": run_id, "since": since, "until": until}).fetchall()[0]


def engagement(con: duckdb.DuckDBPyConnection, run_id: str, limit: int) -> pl.DataFrame:
    """Blogs, forums and news sites not judged automated, ranked by exchanges (comments; a forum's
    comments are the replies to thread openers), then distinct participants (commenters or forum
    members) and threads."""
    available = _columns(con, "sources")
    wanted = {c: c for c in ("host", "source", "site_name", "kind", "verdict", "posts", "comments",
                             "distinct_commenters", "forum_threads", "forum_posts", "distinct_authors",
                             "posts_per_month", "last_post")}
    return con.sql(f"""
        with s as (select {_select(available, wanted)} from sources where run_id = $run
                   and coalesce(verdict, '') <> 'automated'),
        ranked as (
            select *,
                -- a forum's comments are the replies to thread openers (sources mart)
                coalesce(comments::bigint, 0) as exchanges,
                case when kind = 'forum' then coalesce(distinct_authors::bigint, 0)
                     else coalesce(distinct_commenters::bigint, 0) end as participants
            from s
        )
        select * from ranked
        where exchanges > 0 or coalesce(forum_threads::bigint, 0) > 0
        order by exchanges desc, participants desc, coalesce(forum_threads::bigint, 0) desc, host
        limit {int(limit)}
    """, params={"run": run_id}).pl()


def engagement_totals(con: duckdb.DuckDBPyConnection, run_id: str) -> dict:
    """Exchanges (comments and forum replies) on sources not judged automated, and how many sources."""
    row = con.execute("""
        select coalesce(sum(comments), 0)::bigint,
               count(*) filter (where coalesce(comments, 0) > 0 or coalesce(forum_threads, 0) > 0)
        from sources where run_id = ? and coalesce(verdict, '') <> 'automated'
    """, [run_id]).fetchall()[0]
    return {"exchanges": row[0], "sources": row[1]}


def themes(con: duckdb.DuckDBPyConnection, run_id: str, examples: int = 3) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Posts per theme of the run's taxonomy (sources not judged automated), and a few recent example
    posts per theme, from different sources. Themes without a post are listed with 0."""
    if not _table_exists(con, "post_themes"):
        return (pl.DataFrame(schema={"theme": pl.String, "posts": pl.Int64, "sources": pl.Int64}),
                pl.DataFrame(schema={"theme": pl.String, "url": pl.String, "host": pl.String,
                                     "title": pl.String, "published_date": pl.Date}))
    taxonomy = "select distinct theme from run_themes where run_id = $run" if _table_exists(con, "run_themes") \
        else "select distinct theme from post_themes where run_id = $run"
    hits = """
        hits as (
            select t.theme, t.url, t.host, t.title, t.published_date from post_themes as t
            join sources as s on s.run_id = t.run_id and s.host = t.host and s.verdict <> 'automated'
            where t.run_id = $run
        )
    """
    counts = con.sql(f"""
        with {hits},
        n as (select theme, count(distinct url) as posts, count(distinct host) as sources from hits group by theme)
        select x.theme, coalesce(n.posts, 0)::bigint as posts, coalesce(n.sources, 0)::bigint as sources
        from ({taxonomy}) as x left join n using (theme)
        order by posts desc, x.theme
    """, params={"run": run_id}).pl()
    ex = con.sql(f"""
        with {hits},
        one_per_host as (
            select *, row_number() over (partition by theme, host
                                         order by published_date desc nulls last, url) as rh
            from hits
        ),
        ranked as (
            select *, row_number() over (partition by theme order by published_date desc nulls last, url) as r
            from one_per_host where rh = 1
        )
        select theme, url, host, title, published_date from ranked where r <= {int(examples)}
        order by theme, r
    """, params={"run": run_id}).pl()
    return counts, ex


def terms(con: duckdb.DuckDBPyConnection, run_id: str, limit: int = 25) -> tuple[pl.DataFrame, int, int]:
    """The most frequent words of the posts and forum messages of sources not judged automated (the
    `terms` mart: stop words and short words left out, a word used on two sources at least); returns
    (terms, documents read, documents in all)."""
    if not _table_exists(con, "terms"):
        return pl.DataFrame(schema={"word": pl.String, "n": pl.Int64, "sources": pl.Int64}), 0, 0
    df = con.sql(f"""
        select word, n, sources from terms where run_id = $run order by rank limit {int(limit)}
    """, params={"run": run_id}).pl()
    docs = con.execute("select max(docs_read), max(docs_total) from terms where run_id = ?",
                       [run_id]).fetchall()[0]
    return df, int(docs[0] or 0), int(docs[1] or 0)


def brand_mentions(con: duckdb.DuckDBPyConnection, run_id: str,
                   examples: int = 2) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Share of voice: per brand of the run's taxonomy (role client | competitors), the posts, comments
    and forum messages naming it on sources not judged automated; and a few recent examples."""
    if not _table_exists(con, "brand_mentions"):
        empty = {"role": pl.String, "brand": pl.String}
        return pl.DataFrame(schema=empty), pl.DataFrame(schema=empty)
    taxonomy = ("select distinct role, brand from run_brands where run_id = $run"
                if _table_exists(con, "run_brands")
                else "select distinct role, brand from brand_mentions where run_id = $run")
    mentions = """
        m as (
            select b.* from brand_mentions as b
            join sources as s on s.run_id = b.run_id and s.host = b.host and s.verdict <> 'automated'
            where b.run_id = $run
        )
    """
    counts = con.sql(f"""
        with {mentions},
        n as (select role, brand, sum(mentions) as mentions, count(distinct host) as sources,
                     sum(mentions) filter (where item_kind = 'post') as posts,
                     sum(mentions) filter (where item_kind = 'comment') as comments,
                     sum(mentions) filter (where item_kind = 'forum_post') as forum_posts
              from m group by role, brand)
        select x.role, x.brand, coalesce(n.mentions, 0)::bigint as mentions,
               coalesce(n.sources, 0)::bigint as sources, coalesce(n.posts, 0)::bigint as posts,
               coalesce(n.comments, 0)::bigint as comments, coalesce(n.forum_posts, 0)::bigint as forum_posts
        from ({taxonomy}) as x left join n using (role, brand)
        order by case x.role when 'client' then 0 else 1 end, mentions desc, x.brand
    """, params={"run": run_id}).pl()
    ex = con.sql(f"""
        with {mentions},
        ranked as (
            select *, row_number() over (partition by role, brand
                                         order by published_date desc nulls last, url, item_kind) as r
            from (select distinct role, brand, item_kind, host, url, title, published_date from m)
        )
        select role, brand, item_kind, host, url, title, published_date from ranked
        where r <= {int(examples)} order by role, brand, r
    """, params={"run": run_id}).pl()
    return counts, ex


def source_extras(con: duckdb.DuckDBPyConnection, run_id: str) -> pl.DataFrame:
    """Columns of the sources mart the report needs beyond `data.sources()`: distinct forum authors."""
    available = _columns(con, "sources")
    if "distinct_authors" not in available:
        return pl.DataFrame(schema={"host": pl.String, "distinct_authors": pl.Int64})
    return con.sql("select host, distinct_authors::bigint as distinct_authors from sources where run_id = ?",
                   params=[run_id]).pl()
