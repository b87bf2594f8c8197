-- int_post_minhash: one row per (post_key, hash_id): the post's MinHash value for one hash function.
-- Hash function i is hash(shingle_hash xor salt_i), salts from seed_minhash_salts: the share of equal
-- values between two posts estimates the Jaccard similarity of their shingle sets (stock phrases, on many
-- hosts, left out: they only make unrelated posts look alike).
with shingle_sets as (
    -- one list per post: a list minimum per salt is much cheaper than grouping posts x shingles x salts
    select post_key, list(shingle_hash) as shingles
    from int_post_shingles
    where not is_common
    group by post_key
),

salts as (
    select hash_id::integer as hash_id, salt::ubigint as salt
    from seed_minhash_salts
),

final as (
    select
        s.post_key,
        h.hash_id,
        list_min(list_transform(s.shingles, lambda x: hash(xor(x, h.salt)))) as minhash
    from shingle_sets as s
    cross join salts as h
)

select * from final
