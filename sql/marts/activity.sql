-- activity: one row per (run_id, host, week) with any dated post, comment or forum message; week is the
-- Monday of the week (local time zone, seed param), as a DATE.
with events as (
    select host, published_date as day, 1 as posts, 0 as comments, 0 as forum_posts from int_posts
    union all
    select host, published_date, 0, 1, 0 from int_comments
    union all
    select host, published_date, 0, 0, 1 from int_forum_posts
),

weekly as (
    select
        host,
        cast(date_trunc('week', day) as date) as week,
        sum(posts)::bigint as posts,
        sum(comments)::bigint as comments,
        sum(forum_posts)::bigint as forum_posts
    from events
    where day is not null
    group by host, week
),

final as (
    select
        getvariable('run_id') as run_id,
        w.host,
        w.week,
        coalesce(s.kind, 'other') as kind,
        w.posts,
        w.comments,
        w.forum_posts
    from weekly as w
    left join int_source_kinds as s on s.host = w.host
)

select * from final
