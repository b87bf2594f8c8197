"""Synthetic warehouse for the SQL benchmark: N blog/news posts over S sources, generated in DuckDB SQL.

Rows go straight into the loader's raw tables (`ecoaudit.warehouse.ensure_schema`), one run id. Texts are
pseudo-French: words built from French syllables, drawn with Zipf (1/rank) frequencies through a
deterministic hash of (post, position), so a run is reproducible and the generation is vectorised.

What the near-duplicate path gets to chew on (shares of the posts, roughly):
- genuine posts of 150-600 words, 1-3 stock sentences of the sector each (the same 40 sentences on every
  host: "common" shingles);
- splogs (1 post host in 20): 70% exact copies of a genuine post of another host, 30% spun copies
  (12% of the words swapped: Jaccard about 0.35), published later than their original;
- template farms (1 post host in 20): posts from 3 templates of the host with 5% of the words swapped;
- genuine hosts copy a post from elsewhere now and then (1 post in 50);
- forums (about 1 source in 10): threads of 8 messages of 20-150 words; comments under half the posts, with a
  few spam comments repeated across hosts with a link.

    from tests.bench.synthetic import generate
    generate(con, n_posts=100_000, n_sources=500)
"""
from __future__ import annotations

import random

import duckdb

from ecoaudit import warehouse

RUN_ID = "bench"

_SYLLABLES = ["pa", "tri", "moi", "ne", "fi", "scal", "as", "su", "ran", "ce", "vie", "pla", "ment", "bour",
              "se", "ren", "de", "ca", "pi", "tal", "ges", "tion", "por", "te", "feuil", "le", "im", "mo",
              "bi", "lier", "di", "vi", "den", "do", "ta", "per", "li", "é", "par", "gne", "re", "trai", "cré",
              "dit", "taux", "ac", "tion", "fon", "ds", "ban", "que", "pri", "mes", "con", "seil", "lé"]


def vocabulary(size: int = 20_000, seed: int = 11) -> list[str]:
    """Distinct pseudo-French words; their order is their Zipf rank."""
    rng = random.Random(seed)
    words: dict[str, None] = {}
    for w in ("le", "la", "de", "et", "les", "des", "un", "une", "en", "du", "pour", "que", "dans", "sur",
              "au", "par", "est", "pas", "plus", "avec", "votre", "nous", "vous", "il", "ce", "qui"):
        words[w] = None
    while len(words) < size:
        words["".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))] = None
    return list(words)


def _setup(con: duckdb.DuckDBPyConnection, n_posts: int, n_sources: int, seed: int) -> None:
    vocab = vocabulary()
    con.execute("create or replace temp table gen_vocab as select unnest(?::varchar[]) as w", [vocab])
    con.execute("create or replace temp table gen_v as select list(w order by rowid) as v, count(*) as n "
                "from gen_vocab")
    rng = random.Random(seed)
    stock = [" ".join(rng.choice(vocab[:3000]) for _ in range(rng.randint(9, 14))) for _ in range(40)]
    con.execute("create or replace temp table gen_stock as select list(s) as s from "
                "(select unnest(?::varchar[]) as s)", [stock])
    n_post_hosts = n_sources * 9 // 10 // 20 * 20  # a multiple of 20: host number mod 20 is its type
    n_forums = n_sources - n_post_hosts
    if n_post_hosts < 20 or n_forums < 1:
        raise ValueError("n_sources must be at least 23")
    con.execute(f"""create or replace temp table gen_conf as select
        {n_posts}::bigint as n_posts, {n_post_hosts}::bigint as n_hosts, {n_forums}::bigint as n_forums,
        {seed}::ubigint as seed, timestamptz '2024-01-01 08:00:00+00' as t0""")
    # word number x of a text drawn with seed s: Zipf rank floor(V^u), u uniform from hash(s, x)
    con.execute("""create or replace macro gen_word(v, n, s, x) as
        v[1 + least(n - 1, floor(exp((hash(s, x) % 1000003) / 1000003.0 * ln(n)))::bigint - 1)]""")
    con.execute("""create or replace macro gen_text(v, n, s, n_words, spin_seed, spin_per_mille) as
        array_to_string(list_transform(range(n_words::bigint), lambda x:
            case when spin_per_mille > 0 and hash(spin_seed, x) % 1000 < spin_per_mille
                 then gen_word(v, n, hash(spin_seed, 7), x) else gen_word(v, n, s, x) end
            || case when x % 13 = 12 then '.' else '' end), ' ')""")


def _posts(con: duckdb.DuckDBPyConnection) -> None:
    # post i is on post host i % H; host h: h % 20 = 0 splog, 1 template farm, else genuine
    con.execute("""create or replace temp table gen_posts as
    with base as (
        select
            i,
            i % c.n_hosts as h,
            (i % c.n_hosts) % 20 as host_type,
            i // c.n_hosts as rank_in_host,
            hash(c.seed, i, 1) as r1,
            hash(c.seed, i, 2) as r2,
            c.*
        from gen_conf as c, range(c.n_posts) as t(i)
    ),
    typed as (
        select *,
            case
                when host_type = 0 and r1 % 10 < 7 then 'copy'
                when host_type = 0 then 'spun'
                when host_type = 1 then 'template'
                when r1 % 50 = 7 then 'copy'
                else 'genuine'
            end as post_type,
            -- a genuine post of another host (host number congruent to 5 mod 20): the original of copies
            (r2 % n_posts) - ((r2 % n_posts) % 20) + 5 as orig_i
        from base
    ),
    fixed as (
        select *,
            case when post_type in ('copy', 'spun') and orig_i < n_posts and orig_i % n_hosts <> h
                 then orig_i else null end as original
        from typed
    )
    select
        i, h, post_type, original,
        case
            when original is not null then hash(seed, original, 3)
            when post_type = 'template' then hash(seed, h, r1 % 3, 4)
            else hash(seed, i, 3)
        end as text_seed,
        case
            when original is not null then 150 + hash(seed, original, 5) % 451
            when post_type = 'template' then 150 + hash(seed, h, r1 % 3, 5) % 451
            else 150 + hash(seed, i, 5) % 451
        end as n_words,
        case when post_type = 'spun' and original is not null then 120
             when post_type = 'template' then 50 else 0 end as spin_per_mille,
        hash(seed, i, 6) as spin_seed,
        -- copies come out 20-400 days after their original
        t0 + to_minutes(((coalesce(original, i) // n_hosts) * 1440 // 4 + (coalesce(original, i) % 1440))::bigint)
           + case when original is not null then to_days((20 + r1 % 380)::integer) else interval 0 day end
           as published
    from fixed
    """)


def generate(con: duckdb.DuckDBPyConnection, n_posts: int, n_sources: int, seed: int = 1) -> dict[str, int]:
    """Fill the raw tables of `con` with one synthetic run (RUN_ID); returns rows per raw table."""
    warehouse.ensure_schema(con)
    _setup(con, n_posts, n_sources, seed)
    _posts(con)
    con.execute(f"set variable gen_run = '{RUN_ID}'")
    # sources: post hosts are blogs (news every 10th), then forums
    con.execute("""insert into raw_sources by name
        select getvariable('gen_run') as run_id, host, 'https://' || host || '/' as source,
            'https://' || host || '/' as seed_url, 'seed' as status, 0 as depth, true as crawled,
            platform, kind, host as site_name, 'fr' as language,
            ['https://' || host || '/feed/'] as feeds, [] as sitemaps, null as discovered_from
        from (
            select 'h' || h || '.example' as host,
                case when h % 10 = 9 then 'generic' else 'wordpress' end as platform,
                case when h % 10 = 9 then 'news' else 'blog' end as kind
            from range((select n_hosts from gen_conf)) as t(h)
            union all
            select 'forum' || f || '.example', 'phpbb', 'forum'
            from range((select n_forums from gen_conf)) as t(f)
        )""")
    con.execute("""insert into raw_pages by name
        select getvariable('gen_run') as run_id, 'https://' || host || '/' as url, 'https://' || host || '/' as url_raw,
            host, 200 as status_code, '2025-06-01T00:00:00+00:00' as fetched_at, 'home' as page_type,
            platform, 'Accueil' as title, 'Accueil ' || host as text, 'fr' as language, 0 as n_comments,
            0 as n_posts, 20 as content_length
        from raw_sources where run_id = getvariable('gen_run')""")
    # articles: text drawn per post; stock sentences appended (1 to 3 of the 40). A third of the texts quote
    # in « » one of 500 passages (8 to 40 words) that many posts quote, as lawyers quote the code; a tenth
    # quote another in a blockquote (listed in quotations). Copies quote what their original quotes.
    con.execute("""insert into raw_pages by name
        select getvariable('gen_run') as run_id, url, url as url_raw, host, 200 as status_code,
            '2025-06-01T00:00:00+00:00' as fetched_at, 'article' as page_type,
            case when h % 10 = 9 then 'generic' else 'wordpress' end as platform,
            'Article ' || i as title, 'Auteur ' || (h % 7) as author,
            strftime(published, '%Y-%m-%dT%H:%M:%S+00:00') as published,
            text || case when inline_quote is not null then ' Comme le dit le texte : « ' || inline_quote || ' ».'
                         else '' end
                 || case when block_quote is not null then ' ' || block_quote else '' end as text,
            case when block_quote is not null then [block_quote] else []::varchar[] end as quotations,
            'fr' as language, true as comments_open, case when i % 2 = 0 then 1 else 0 end as n_comments,
            0 as n_posts, length(text) as content_length
        from (
            select p.*, 'h' || p.h || '.example' as host, 'https://h' || p.h || '.example/p' || p.i || '/' as url,
                gen_text(v.v, v.n, p.text_seed, p.n_words, p.spin_seed, p.spin_per_mille)
                || ' ' || array_to_string(list_transform(range((1 + p.spin_seed % 3)::bigint),
                        lambda j: s.s[(1 + hash(p.text_seed, j) % 40)::bigint]), ' ') as text,
                case when hash(p.text_seed, 21) % 3 = 0 then gen_text(v.v, v.n, hash(p.text_seed, 22) % 500,
                    8 + hash(p.text_seed, 22) % 500 % 33, 0, 0) end as inline_quote,
                case when hash(p.text_seed, 23) % 10 = 0 then gen_text(v.v, v.n, 1000 + hash(p.text_seed, 24) % 500,
                    20 + hash(p.text_seed, 24) % 500 % 61, 0, 0) end as block_quote
            from gen_posts as p, gen_v as v, gen_stock as s
        )""")
    # feed entries for a third of the posts (summary null: the page's text wins)
    con.execute("""insert into raw_entries by name
        select getvariable('gen_run') as run_id, 'h' || h || '.example' as host,
            'https://h' || h || '.example/p' || i || '/' as url, 'feed' as origin,
            'https://h' || h || '.example/feed/' as origin_url, 'Article ' || i as title,
            strftime(published, '%Y-%m-%dT%H:%M:%S+00:00') as published, null as summary
        from gen_posts where i % 3 = 0""")
    # comments under half the posts: readers' words, or (1 in 20) one of 50 spam texts with a link
    con.execute("""insert into raw_comments by name
        select getvariable('gen_run') as run_id, 'https://h' || h || '.example/p' || i || '/' as page_url,
            'h' || h || '.example' as host, 1 as position,
            case when spam then 'Promo' || (i % 50) else 'lecteur' || (hash(i, 8) % 5000) end as author,
            case when spam then 'https://promo' || (i % 50) || '.example/' end as author_url,
            strftime(published + interval 2 hour, '%Y-%m-%dT%H:%M:%S+00:00') as published,
            null as published_raw,
            case when spam then 'Super article, retrouvez nos offres de placement sur notre site numero ' || (i % 50)
                 else gen_text(v.v, v.n, hash(i, 9), 10 + hash(i, 10) % 50, 0, 0) end as text,
            case when spam then ['https://promo' || (i % 50) || '.example/offre'] else [] end as links
        from (select *, hash(i, 11) % 20 = 0 as spam from gen_posts where i % 2 = 0), gen_v as v""")
    # forums: threads of 8 messages, a fifth of the posts' count in messages
    con.execute("""insert into raw_forum_posts by name
        select getvariable('gen_run') as run_id, thread_url, thread_url as page_url, host,
            'Sujet ' || t as thread_title, position, t || '-' || position as post_id,
            'membre' || (hash(t, position, 12) % 300) as author,
            strftime(timestamptz '2024-01-01 08:00:00+00' + to_minutes((t * 97 + position * 300)::bigint),
                     '%Y-%m-%dT%H:%M:%S+00:00') as published,
            null as published_raw,
            gen_text(v.v, v.n, hash(t, position, 13), 20 + hash(t, position, 14) % 131, 0, 0) as text,
            '' as quoted, [] as links
        from (
            select t, position, 'forum' || (t % c.n_forums) || '.example' as host,
                'https://forum' || (t % c.n_forums) || '.example/viewtopic.php?t=' || t as thread_url
            from gen_conf as c, range(c.n_posts // 40) as r(t), range(1, 9) as q(position)
        ), gen_v as v""")
    # content links: one post in four links to another source
    con.execute("""insert into raw_links by name
        select getvariable('gen_run') as run_id, 'https://h' || h || '.example/p' || i || '/' as from_url,
            'h' || h || '.example' as from_host,
            'https://h' || (hash(i, 15) % c.n_hosts) || '.example/' as to_url,
            'h' || (hash(i, 15) % c.n_hosts) || '.example' as to_host, 'content' as context
        from gen_posts, gen_conf as c where i % 4 = 1""")
    for t in ("gen_posts", "gen_vocab", "gen_v", "gen_stock", "gen_conf"):
        con.execute(f"drop table if exists {t}")
    return {t: con.execute(f"select count(*) from {t} where run_id = ?", [RUN_ID]).fetchall()[0][0]
            for t in ("raw_sources", "raw_pages", "raw_comments", "raw_forum_posts", "raw_entries", "raw_links")}
