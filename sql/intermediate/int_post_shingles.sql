-- int_post_shingles: one row per (post_key, shingle_hash) for the SAMPLED shingles of each compared post
-- (int_post_words): a shingle is k consecutive word hashes hashed together, and only the shingles whose
-- hash is 0 modulo shingle_sample_mod are kept. The sample is consistent (a shingle is kept or dropped
-- the same way in every post), so shares and Jaccard similarities measured on it estimate those of the
-- full sets, at 1/shingle_sample_mod of the cost. Each row says in how many posts and on how many hosts
-- the shingle occurs (exact for a kept shingle): shingles on many hosts are stock phrases of the sector
-- (is_common), left out of candidate search so they do not pair unrelated posts (counted in hosts, not
-- posts, so that a template repeated on one host, or a copy on a few, is kept).
-- The shingles of the passages a post quotes (int_post_words.quoted_shingles) are not sampled: they are
-- another's words, shared by whoever quotes them.
with params as (
    select
        case
            when max(value) filter (where param = 'shingle_k')::integer between 2 and 8
                then max(value) filter (where param = 'shingle_k')::integer
            else error('seed_params: shingle_k must be between 2 and 8')
        end as k,
        max(value) filter (where param = 'shingle_sample_mod')::ubigint as sample_mod,
        max(value) filter (where param = 'shingle_common_min_hosts')::double as common_min_hosts,
        max(value) filter (where param = 'shingle_common_share_hosts')::double as common_share_hosts
    from seed_params
),

sampled_lists as (
    -- one list per post; a fixed-arity hash of k list elements is ~20x cheaper than hashing list slices
    -- or a window over word rows
    select
        w.post_key,
        o.host,
        list_distinct(list_filter(
            shingle_hashes(w.word_hashes, w.n_words, p.k),
            lambda s: s % p.sample_mod = 0
        )) as shingles,
        list_filter(w.quoted_shingles, lambda s: s % p.sample_mod = 0) as quoted
    from int_post_words as w
    join int_posts as o on o.post_key = w.post_key
    cross join params as p
),

shingled as (
    -- the shingles of the passages a post quotes are left out: a quotation the posts of many sites share
    -- (the law, a minister) pairs none of them, makes no post of a host look templated, and would feed the
    -- candidate search of int_post_pairs thousands of pairs
    select
        post_key,
        host,
        case when len(quoted) = 0 then shingles
            else list_filter(shingles, lambda s: not list_contains(quoted, s)) end as shingles
    from sampled_lists
),

sampled as (
    select post_key, host, unnest(shingles) as shingle_hash
    from shingled
),

repeated as (
    -- most sampled shingles occur in one post only: one light pass (a count, no payload) finds the others,
    -- and only their rows are counted by host, so the heavy grouping never carries hosts
    select shingle_hash, count(*) as shingle_posts
    from sampled
    group by shingle_hash
    having count(*) > 1
),

per_host as (
    select s.shingle_hash, s.host, count(*) as host_posts
    from sampled as s
    semi join repeated as r on r.shingle_hash = s.shingle_hash
    group by s.shingle_hash, s.host
),

per_shingle as (
    select shingle_hash, sum(host_posts)::bigint as shingle_posts, count(*) as shingle_hosts
    from per_host
    group by shingle_hash
),

totals as (
    select count(distinct host) as n_hosts from shingled
),

final as (
    select
        s.post_key,
        s.host,
        s.shingle_hash,
        coalesce(f.shingle_posts, 1) as shingle_posts,
        coalesce(f.shingle_hosts, 1) as shingle_hosts,
        coalesce(f.shingle_hosts > greatest(p.common_min_hosts, p.common_share_hosts * t.n_hosts), false)
            as is_common
    from sampled as s
    left join per_shingle as f on f.shingle_hash = s.shingle_hash
    cross join params as p
    cross join totals as t
)

select * from final
