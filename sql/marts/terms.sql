-- terms: one row per (run_id, word): the most frequent words (title and text of posts, forum messages) of
-- the sources not judged automated, stop words (seed_stopwords) and short words left out; a word must be
-- used on at least two sources when the run has two or more. Beyond term_max_docs documents a
-- deterministic sample (by URL hash) is read; docs_read and docs_total say how many. Keeps term_keep words.
with params as (
    select
        max(value) filter (where param = 'term_max_docs')::bigint as max_docs,
        max(value) filter (where param = 'term_min_chars')::bigint as min_chars,
        max(value) filter (where param = 'term_keep')::bigint as keep
    from seed_params
),

kept_sources as (
    select host from sources
    where run_id = getvariable('run_id') and coalesce(verdict, '') <> 'automated'
),

docs as (
    -- keys only: the sample is drawn before any text is read
    select host, url as doc, 'post' as doc_kind
    from int_posts
    where host in (select host from kept_sources) and length(text) > 0
    union all
    select host, thread_url || '#' || position::varchar, 'forum_post'
    from int_forum_posts
    where host in (select host from kept_sources) and length(text) > 0
),

sampled as (
    select * from docs
    order by hash(doc), doc
    limit (select max_docs from params)
),

sample as (
    select s.host, s.doc, coalesce(p.title, '') || ' ' || coalesce(p.text, '') as body
    from sampled as s
    join int_posts as p on s.doc_kind = 'post' and p.url = s.doc
    union all
    select s.host, s.doc, f.text
    from sampled as s
    join int_forum_posts as f on s.doc_kind = 'forum_post' and f.thread_url || '#' || f.position::varchar = s.doc
),

words as (
    select host, unnest(regexp_extract_all(lower(body), '\p{L}+')) as word from sample
),

stop as (
    select distinct lower(word) as word from seed_stopwords
),

counted as (
    select word, count(*)::bigint as n, count(distinct host)::bigint as sources
    from words
    where length(word) >= (select min_chars from params) and word not in (select word from stop)
    group by word
),

ranked as (
    select *, row_number() over (order by n desc, word) as rank
    from counted
    where sources >= least(2, (select count(distinct host) from sample))
),

final as (
    select
        getvariable('run_id') as run_id,
        word,
        n,
        sources,
        rank,
        (select count(*) from sample)::bigint as docs_read,
        (select count(*) from docs)::bigint as docs_total
    from ranked
    where rank <= (select keep from params)
)

select * from final
