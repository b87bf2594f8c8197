-- int_post_pairs: one row per (post_key, other_post_key), both directions, for posts on different hosts
-- whose Jaccard similarity reaches the spun threshold. Candidates come only from equal LSH band
-- signatures (no all-pairs join; oversized buckets are skipped); candidates whose MinHash estimate is far
-- too low are dropped, and the rest are verified with the exact Jaccard of their shingle sets, so the
-- copy/spun thresholds are not blurred by the estimate's noise.
with params as (
    select
        max(value) filter (where param = 'minhash_max_bucket')::integer as max_bucket,
        max(value) filter (where param = 'candidate_min_estimate')::double as min_estimate,
        max(value) filter (where param = 'copy_min_similarity')::double as copy_min,
        max(value) filter (where param = 'spun_min_similarity')::double as spun_min
    from seed_params
),

n_hashes as (
    select count(*) as n from seed_minhash_salts
),

buckets as (
    select b.band, b.band_hash
    from int_post_bands as b
    group by b.band, b.band_hash
    having count(*) between 2 and (select max_bucket from params)
),

members as (
    select b.*
    from int_post_bands as b
    semi join buckets as k on k.band = b.band and k.band_hash = b.band_hash
),

candidates as (
    select distinct
        a.post_key as post_key_a,
        b.post_key as post_key_b
    from members as a
    join members as b
        on b.band = a.band
        and b.band_hash = a.band_hash
        and a.post_key < b.post_key
        and a.host <> b.host
),

estimated as (
    select
        c.post_key_a,
        c.post_key_b,
        count(*) filter (where ma.minhash = mb.minhash) / any_value(n.n) as estimated_similarity
    from candidates as c
    join int_post_minhash as ma on ma.post_key = c.post_key_a
    join int_post_minhash as mb on mb.post_key = c.post_key_b and mb.hash_id = ma.hash_id
    cross join n_hashes as n
    group by c.post_key_a, c.post_key_b
),

plausible as (
    select e.*
    from estimated as e
    cross join params as p
    where e.estimated_similarity >= p.min_estimate
),

set_sizes as (
    select post_key, count(*) as shingles
    from int_post_shingles
    semi join (select post_key_a as post_key from plausible union select post_key_b from plausible) as k using (post_key)
    group by post_key
),

shared as (
    select c.post_key_a, c.post_key_b, count(*) as shared_shingles
    from plausible as c
    join int_post_shingles as sa on sa.post_key = c.post_key_a
    join int_post_shingles as sb on sb.post_key = c.post_key_b and sb.shingle_hash = sa.shingle_hash
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
        o.published < p.published as other_is_earlier
    from both_directions as d
    join int_posts as p on p.post_key = d.post_key
    join int_posts as o on o.post_key = d.other_post_key
)

select * from final
