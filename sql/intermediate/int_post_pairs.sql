-- int_post_pairs: one row per (post_key, other_post_key), both directions, for posts on different hosts
-- whose Jaccard similarity reaches the spun threshold. Candidates are the pairs of posts on different hosts
-- sharing at least one sampled shingle that is not a stock phrase (an inverted index on int_post_shingles:
-- no all-pairs join; shingles in more than minhash_max_bucket posts are skipped). Their similarity on the
-- sample (estimated_similarity) drops those far too low; the rest are verified with the exact Jaccard of
-- their FULL shingle sets, rebuilt from int_post_words for these posts only, so the copy/spun thresholds
-- are not blurred by the sample.
with params as (
    select
        max(value) filter (where param = 'shingle_k')::integer as k,
        max(value) filter (where param = 'minhash_max_bucket')::integer as max_bucket,
        max(value) filter (where param = 'candidate_min_estimate')::double as min_estimate,
        max(value) filter (where param = 'copy_min_similarity')::double as copy_min,
        max(value) filter (where param = 'spun_min_similarity')::double as spun_min
    from seed_params
),

sample_sizes as (
    select post_key, count(*) as sampled
    from int_post_shingles
    where not is_common
    group by post_key
),

linking as (
    -- shingles that can pair posts of different hosts
    select s.post_key, s.host, s.shingle_hash
    from int_post_shingles as s
    cross join params as p
    where not s.is_common and s.shingle_hosts > 1 and s.shingle_posts <= p.max_bucket
),

candidates as (
    select
        a.post_key as post_key_a,
        b.post_key as post_key_b,
        count(*) as shared_sampled
    from linking as a
    join linking as b
        on b.shingle_hash = a.shingle_hash
        and a.post_key < b.post_key
        and a.host <> b.host
    group by a.post_key, b.post_key
),

estimated as (
    select
        c.post_key_a,
        c.post_key_b,
        c.shared_sampled / (za.sampled + zb.sampled - c.shared_sampled) as estimated_similarity
    from candidates as c
    join sample_sizes as za on za.post_key = c.post_key_a
    join sample_sizes as zb on zb.post_key = c.post_key_b
),

plausible as (
    select e.*
    from estimated as e
    cross join params as p
    where e.estimated_similarity >= p.min_estimate
),

plausible_posts as (
    select post_key_a as post_key from plausible
    union
    select post_key_b from plausible
),

full_shingles as (
    -- every shingle of the plausible posts (same hashes as int_post_shingles, without the sampling)
    select
        w.post_key,
        unnest(list_distinct(shingle_hashes(w.word_hashes, w.n_words, p.k))) as shingle_hash
    from int_post_words as w
    semi join plausible_posts as k on k.post_key = w.post_key
    cross join params as p
),

set_sizes as (
    select post_key, count(*) as shingles
    from full_shingles
    group by post_key
),

shared as (
    select c.post_key_a, c.post_key_b, count(*) as shared_shingles
    from plausible as c
    join full_shingles as sa on sa.post_key = c.post_key_a
    join full_shingles as sb on sb.post_key = c.post_key_b and sb.shingle_hash = sa.shingle_hash
    group by c.post_key_a, c.post_key_b
),

similarity as (
    select
        c.post_key_a,
        c.post_key_b,
        c.estimated_similarity,
        coalesce(s.shared_shingles, 0) / (za.shingles + zb.shingles - coalesce(s.shared_shingles, 0)) as similarity
    from plausible as c
    left join shared as s on s.post_key_a = c.post_key_a and s.post_key_b = c.post_key_b
    join set_sizes as za on za.post_key = c.post_key_a
    join set_sizes as zb on zb.post_key = c.post_key_b
),

classified as (
    select
        s.*,
        case when s.similarity >= p.copy_min then 'copy' else 'spun' end as similarity_class
    from similarity as s
    cross join params as p
    where s.similarity >= p.spun_min
),

both_directions as (
    select post_key_a as post_key, post_key_b as other_post_key, similarity, estimated_similarity, similarity_class
    from classified
    union all
    select post_key_b as post_key, post_key_a as other_post_key, similarity, estimated_similarity, similarity_class
    from classified
),

final as (
    select
        d.post_key,
        p.url,
        p.host,
        p.published,
        d.other_post_key,
        o.url as other_url,
        o.host as other_host,
        o.published as other_published,
        d.similarity,
        d.estimated_similarity,
        d.similarity_class,
        later_than(p.published, o.published) as other_is_earlier
    from both_directions as d
    join int_posts as p on p.post_key = d.post_key
    join int_posts as o on o.post_key = d.other_post_key
)

select * from final
