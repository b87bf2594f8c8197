-- int_source_rhythm: one row per host with dated posts or forum replies: how regular its rhythm is.
-- A person posts and answers at irregular times (gaps close to exponential: coefficient of variation
-- near 1 or more); a scheduler at near-constant intervals (CV near 0). Units: minutes; CV unitless.
with post_gaps as (
    select
        host,
        date_diff('minute', lag(published) over (partition by host order by published), published) as gap_minutes
    from int_posts
    where published is not null
),

timed_gaps as (
    -- posts that carry a time of day (a date-only post reads as midnight): a scheduler fires at the same
    -- minute, a person who posts every Monday does not, so the spread of these gaps is in minutes
    select
        host,
        date_diff('minute', lag(published) over (partition by host order by published), published) as gap_minutes
    from int_posts
    where published is not null and not is_date_only(published)
),

timed as (
    select host, count(gap_minutes) as post_gaps_timed, stddev_pop(gap_minutes) as post_gap_sd_minutes
    from timed_gaps
    where gap_minutes is not null
    group by host
),

posts as (
    select
        host,
        count(gap_minutes) as post_gaps,
        stddev_pop(gap_minutes) / nullif(avg(gap_minutes), 0) as post_gap_cv
    from post_gaps
    where gap_minutes is not null
    group by host
),

reply_delays as (
    -- delay of each forum message after the previous one in its thread
    select
        host,
        thread_url,
        author_key,
        date_diff('minute', lag(published) over (partition by thread_url order by position), published) as delay_minutes
    from int_forum_posts
    where published is not null
),

replies as (
    select
        host,
        count(delay_minutes) as forum_replies_timed,
        median(delay_minutes) as median_reply_delay_minutes,
        stddev_pop(delay_minutes) / nullif(avg(delay_minutes), 0) as reply_delay_cv
    from reply_delays
    where delay_minutes is not null and delay_minutes >= 0
    group by host
),

thread_authors as (
    select host, thread_url, count(distinct author_key) as authors, count(*) as messages
    from int_forum_posts
    group by host, thread_url
),

authors as (
    select host, avg(authors) filter (where messages > 1) as mean_authors_per_thread
    from thread_authors
    group by host
),

hosts as (
    select host from posts
    union
    select host from replies
    union
    select host from authors
),

final as (
    select
        h.host,
        coalesce(p.post_gaps, 0) as post_gaps,
        p.post_gap_cv,
        coalesce(t.post_gaps_timed, 0) as post_gaps_timed,
        t.post_gap_sd_minutes,
        coalesce(r.forum_replies_timed, 0) as forum_replies_timed,
        r.median_reply_delay_minutes,
        r.reply_delay_cv,
        a.mean_authors_per_thread
    from hosts as h
    left join posts as p on p.host = h.host
    left join timed as t on t.host = h.host
    left join replies as r on r.host = h.host
    left join authors as a on a.host = h.host
)

select * from final
