-- int_post_bands: one row per (post_key, band): the LSH band signature, a hash of the band's
-- rows_per_band consecutive MinHash values. Posts sharing a band signature are candidate pairs.
with params as (
    select max(value) filter (where param = 'minhash_rows_per_band')::integer as rows_per_band
    from seed_params
),

banded as (
    select
        m.post_key,
        m.hash_id // p.rows_per_band as band,
        m.hash_id,
        m.minhash,
        p.rows_per_band
    from int_post_minhash as m
    cross join params as p
),

signatures as (
    select
        post_key,
        band,
        hash(list(minhash order by hash_id)) as band_hash
    from banded
    group by post_key, band
    -- a trailing incomplete band (salts not a multiple of rows) would be a weaker filter: skip it
    having count(*) = any_value(rows_per_band)
),

final as (
    -- the host rides along so that candidate pairs on one host can be skipped early
    select s.post_key, p.host, s.band, s.band_hash
    from signatures as s
    join int_posts as p on p.post_key = s.post_key
)

select * from final
