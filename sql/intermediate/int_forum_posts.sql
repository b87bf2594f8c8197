-- int_forum_posts: one row per forum message (thread_url, position), with its thread's opener and
-- whether the message is a reply written by that opener.
with params as (
    select max(value) filter (where param = 'local_timezone') as tz
    from seed_params
),

messages as (
    select
        f.*,
        nullif(lower(trim(f.author)), '') as author_key,
        cast(timezone(p.tz, f.published) as date) as published_date
    from stg_forum_posts as f
    cross join params as p
),

openers as (
    select
        thread_url,
        min(position) as opener_position,
        arg_min(author_key, position) as opener_key
    from messages
    group by thread_url
),

final as (
    select
        m.thread_url,
        m.position,
        m.page_url,
        m.host,
        m.thread_title,
        m.post_id,
        m.author,
        m.author_key,
        m.published,
        m.published_date,
        m.text,
        m.position = o.opener_position as is_opener,
        o.opener_key,
        m.position > o.opener_position and m.author_key = o.opener_key as is_opener_reply
    from messages as m
    join openers as o on o.thread_url = m.thread_url
)

select * from final
