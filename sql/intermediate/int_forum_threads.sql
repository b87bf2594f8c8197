-- int_forum_threads: one row per forum thread (thread_url): size, authors, and whether it is
-- self-answered (the opener wrote at least self_answer_min_share of the replies).
with params as (
    select max(value) filter (where param = 'self_answer_min_share')::double as self_answer_min_share
    from seed_params
),

threads as (
    select
        thread_url,
        any_value(host) as host,
        max(thread_title) as thread_title,
        any_value(opener_key) as opener_key,
        count(*) as messages,
        count(*) filter (where not is_opener) as replies,
        count(*) filter (where is_opener_reply) as opener_replies,
        count(distinct author_key) as distinct_authors,
        min(published) as first_message_at,
        max(published) as last_message_at
    from int_forum_posts
    group by thread_url
),

final as (
    select
        t.*,
        t.opener_replies / nullif(t.replies, 0) as opener_reply_share,
        coalesce(t.replies > 0 and t.opener_replies / t.replies >= p.self_answer_min_share, false) as self_answered
    from threads as t
    cross join params as p
)

select * from final
