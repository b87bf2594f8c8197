-- audit post_pairs_same_host: one row per similar-post pair (latest transformed run) on a single host, or
-- with a similarity outside [0, 1]: pairs must join two different sources.
with pairs as (
    select post_key, other_post_key, host, other_host, similarity from int_post_pairs
),

final as (
    select * from pairs
    where host = other_host or similarity not between 0 and 1 or post_key = other_post_key
)

select * from final
