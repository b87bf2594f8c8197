-- int_post_similarity: one row per post (post_key) of int_posts: was it compared, its best match on
-- another host, and its "original": the best match it copied (int_post_pairs.other_is_original: published
-- earlier, or at the same date when the post is its excerpt or links to it). A copy or an excerpt, word for
-- word, beats a spun match, then the earliest wins, so a chain of copies points at the first publisher. A
-- post is copied when its original is a copy or an excerpt of it (a pasted feed item). A post is templated
-- when most of its shingles also appear in other posts of its own host and nowhere else (one template, a
-- few words swapped; never a short post). A post is compared when it has at least excerpt_min_words words
-- (int_post_words; under minhash_min_words it is compared as an excerpt only). A
-- post is original when compared, not templated, and no match on another host is earlier, simultaneous or
-- undated, unless that match is known to copy it.
-- A post made of another site's forum messages (int_post_forum_copies) is copied from that thread, and not original.
with params as (
    select max(value) filter (where param = 'template_min_share')::double as template_min_share
    from seed_params
),

posts as (
    select post_key, url, host, published from int_posts
),

templating as (
    -- share of the post's shingles found in another post of the same host and on no other host: stock
    -- phrases of the sector, and copies made elsewhere, do not make a post look templated (measured on
    -- the consistent sample of int_post_shingles: an estimate of the share over all its shingles)
    select
        post_key,
        count(*) filter (where shingle_posts > 1 and shingle_hosts = 1) / count(*) as share_shingles_on_host
    from int_post_shingles
    group by post_key
),

compared as (
    select post_key, is_short from int_post_words
),

best_match as (
    select * from int_post_pairs
    qualify row_number() over (
        partition by post_key
        order by similarity desc, other_published asc nulls last, other_url
    ) = 1
),

earlier_match as (
    select * from int_post_pairs
    where other_is_original
    qualify row_number() over (
        partition by post_key
        order by (similarity_class in ('copy', 'excerpt')) desc, other_published asc, similarity desc, other_url
    ) = 1
),

not_later_matches as (
    -- matches that are not provably later than the post (earlier, same time, or a date is missing), unless
    -- the match is known to copy this post (its excerpt, or a copy crediting it, of the same date)
    select distinct a.post_key
    from int_post_pairs as a
    left join int_post_pairs as b on b.post_key = a.other_post_key and b.other_post_key = a.post_key
    where not coalesce(later_than(a.other_published, a.published), false)
        and not coalesce(b.other_is_original, false)
),

final as (
    select
        p.post_key,
        p.url,
        p.host,
        p.published,
        c.post_key is not null as compared,
        t.share_shingles_on_host,
        coalesce(t.share_shingles_on_host >= pr.template_min_share and not c.is_short, false) as is_templated,
        b.other_url as best_other_url,
        b.other_host as best_other_host,
        b.similarity as best_similarity,
        b.similarity_class as best_class,
        b.other_is_earlier as best_other_is_earlier,
        -- a post made of another site's forum messages copies that thread (int_post_forum_copies)
        case when f.post_key is not null then f.original_thread_url else e.other_url end as original_url,
        case when f.post_key is not null then f.original_host else e.other_host end as original_host,
        case when f.post_key is null then e.other_published end as original_published,
        case when f.post_key is not null then f.share_found else e.similarity end as original_similarity,
        case when f.post_key is not null then 'forum_copy' else e.similarity_class end as original_class,
        f.post_key is not null or coalesce(e.similarity_class in ('copy', 'excerpt'), false) as is_copied_earlier,
        f.post_key is null and coalesce(e.similarity_class = 'spun', false) as is_spun_earlier,
        c.post_key is not null and n.post_key is null and f.post_key is null
            and not is_templated as is_original
    from posts as p
    cross join params as pr
    left join compared as c on c.post_key = p.post_key
    left join best_match as b on b.post_key = p.post_key
    left join earlier_match as e on e.post_key = p.post_key
    left join not_later_matches as n on n.post_key = p.post_key
    left join templating as t on t.post_key = p.post_key
    left join int_post_forum_copies as f on f.post_key = p.post_key
)

select * from final
