"""The report's analyses (issue 5): engagement, themes, terms, share of voice, activity, indicators.

Queries over one run's marts and, for what the marts do not keep (post texts, theme matches, brand
mentions, comment authors), over the intermediate tables of the latest transformed run.
"""
from __future__ import annotations

import csv
from pathlib import Path

import duckdb
import polars as pl

from reports.data import _columns, _select, _table_exists
# ----------------------------------------------------------------
# The marts keep every run; the intermediate tables (`int_*`) hold the latest transformed run only.
# The report stage runs right after its run's transform, so it reads them; `intermediates_match`
# tells whether they still belong to `run_id` (a report re-rendered later for an older run shows
# those sections as unavailable rather than another run's figures).

STOPWORDS_FILE = Path(__file__).parent / "stopwords.csv"
# Term counts read at most this many posts and forum messages (a deterministic sample beyond).
MAX_TERM_DOCS = 20_000
MIN_TERM_CHARS = 3


def intermediates_match(con: duckdb.DuckDBPyConnection, run_id: str) -> bool:
    """True when the intermediate tables were built by `run_id`'s transform.

    They were when they describe the same hosts as the run's `sources` rows and the same dated posts,
    comments and forum messages as its `activity` rows (both marts are written from them).
    """
    needed = ("int_sources", "int_posts", "int_comments", "int_forum_posts", "activity", "sources")
    if not all(_table_exists(con, t) for t in needed):
        return False
    row = con.execute("""
        with hosts as (
            select count(*) as n from int_sources as i
            full join (select host from sources where run_id = $run) as s using (host)
            where i.host is null or s.host is null
        ),
        act as (
            select coalesce(sum(posts), 0) as posts, coalesce(sum(comments), 0) as comments,
                   coalesce(sum(forum_posts), 0) as forum_posts
            from activity where run_id = $run
        )
        select
            (select n from hosts) = 0
            and (select count(*) from sources where run_id = $run) > 0
            and (select posts from act) = (select count(published_date) from int_posts)
            and (select comments from act) = (select count(published_date) from int_comments)
            and (select forum_posts from act) = (select count(published_date) from int_forum_posts)
    """, {"run": run_id}).fetchall()[0]
    return bool(row and row[0])


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


def conversations(con: duckdb.DuckDBPyConnection, run_id: str, since, until) -> dict:
    """Conversations on pertinent sources with a comment or reply dated in [since, until): posts with
    comments and forum threads, and the distinct people who wrote them (from the intermediates)."""
    return con.execute("""
        with pertinent as (select host from sources where run_id = $run and verdict = 'pertinent'),
        c as (
            select page_url as conv, author_key from int_comments
            where host in (select host from pertinent) and published_date >= $since and published_date < $until
        ),
        f as (
            select thread_url as conv, author_key from int_forum_posts
            where host in (select host from pertinent) and published_date >= $since and published_date < $until
              and not is_opener
        )
        select
            (select count(distinct conv) from c)::bigint,
            (select count(distinct conv) from f)::bigint,
            (select count(distinct author_key) from (select author_key from c union select author_key from f))::bigint
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
    taxonomy = "select distinct theme from run_themes where run_id = $run" if _table_exists(con, "run_themes") \
        else "select distinct theme from int_post_themes"
    counts = con.sql(f"""
        with hits as (
            select t.theme, t.url, t.host from int_post_themes as t
            join sources as s on s.run_id = $run and s.host = t.host and s.verdict <> 'automated'
        ),
        n as (select theme, count(distinct url) as posts, count(distinct host) as sources from hits group by theme)
        select x.theme, coalesce(n.posts, 0)::bigint as posts, coalesce(n.sources, 0)::bigint as sources
        from ({taxonomy}) as x left join n using (theme)
        order by posts desc, x.theme
    """, params={"run": run_id}).pl()
    ex = con.sql(f"""
        with hits as (
            select t.theme, t.url, t.host, t.published_date, p.title
            from int_post_themes as t
            join sources as s on s.run_id = $run and s.host = t.host and s.verdict <> 'automated'
            left join int_posts as p on p.url = t.url
        ),
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


def load_stopwords(path: Path | None = None) -> list[str]:
    """The French and English stop words (reports/stopwords.csv), lowercase."""
    with (path or STOPWORDS_FILE).open(encoding="utf-8") as f:
        return sorted({row["word"].strip().lower() for row in csv.DictReader(f) if row.get("word")})


def terms(con: duckdb.DuckDBPyConnection, run_id: str, limit: int = 25,
          max_docs: int = MAX_TERM_DOCS) -> tuple[pl.DataFrame, int, int]:
    """The most frequent words of the posts (title and text) and forum messages of sources not judged
    automated, stop words and words under 3 letters left out; returns (terms, documents read,
    documents in all). Beyond `max_docs` documents a deterministic sample (by URL hash) is read.
    A word must appear on at least two sources when the run has two or more."""
    docs_sql = """
        with ok as (select host from sources where run_id = $run and coalesce(verdict, '') <> 'automated'),
        docs as (
            select host, url as doc, coalesce(title, '') || ' ' || coalesce(text, '') as body
            from int_posts where host in (select host from ok) and length(text) > 0
            union all
            select host, thread_url || '#' || position::varchar, text
            from int_forum_posts where host in (select host from ok) and length(text) > 0
        )
    """
    total = con.execute(docs_sql + "select count(*) from docs", {"run": run_id}).fetchall()[0][0]
    df = con.sql(docs_sql + f"""
        , sample as (select * from docs order by hash(doc), doc limit {int(max_docs)}),
        words as (
            select host, unnest(regexp_extract_all(lower(body), '\\p{{L}}+')) as word from sample
        ),
        stop as (select unnest($stop::varchar[]) as word),
        counted as (
            select word, count(*)::bigint as n, count(distinct host)::bigint as sources
            from words
            where length(word) >= {MIN_TERM_CHARS} and word not in (select word from stop)
            group by word
        )
        select * from counted
        where sources >= least(2, (select count(distinct host) from sample))
        order by n desc, word
        limit {int(limit)}
    """, params={"run": run_id, "stop": load_stopwords()}).pl()
    return df, min(total, max_docs), total


def brand_mentions(con: duckdb.DuckDBPyConnection, run_id: str,
                   examples: int = 2) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Share of voice: per brand of the run's taxonomy (role client | competitors), the posts, comments
    and forum messages naming it on sources not judged automated; and a few recent examples."""
    taxonomy = ("select distinct role, brand from run_brands where run_id = $run"
                if _table_exists(con, "run_brands") else "select distinct role, brand from int_brand_mentions")
    mentions = """
        m as (
            select b.* from int_brand_mentions as b
            join sources as s on s.run_id = $run and s.host = b.host and s.verdict <> 'automated'
        )
    """
    counts = con.sql(f"""
        with {mentions},
        n as (select role, brand, count(*) as mentions, count(distinct host) as sources,
                     count(*) filter (where item_kind = 'post') as posts,
                     count(*) filter (where item_kind = 'comment') as comments,
                     count(*) filter (where item_kind = 'forum_post') as forum_posts
              from m group by role, brand)
        select x.role, x.brand, coalesce(n.mentions, 0)::bigint as mentions,
               coalesce(n.sources, 0)::bigint as sources, coalesce(n.posts, 0)::bigint as posts,
               coalesce(n.comments, 0)::bigint as comments, coalesce(n.forum_posts, 0)::bigint as forum_posts
        from ({taxonomy}) as x left join n using (role, brand)
        order by case x.role when 'client' then 0 else 1 end, mentions desc, x.brand
    """, params={"run": run_id}).pl()
    ex = con.sql(f"""
        with {mentions},
        titled as (
            select m.*, coalesce(p.title, t.thread_title) as title
            from m
            left join int_posts as p on p.url = m.url
            left join (select distinct page_url, thread_title from int_forum_posts) as t on t.page_url = m.url
        ),
        ranked as (
            select *, row_number() over (partition by role, brand
                                         order by published_date desc nulls last, url, item_kind) as r
            from (select distinct role, brand, item_kind, host, url, title, published_date from titled)
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
