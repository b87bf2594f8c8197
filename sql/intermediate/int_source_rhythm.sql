-- int_source_rhythm: one row per host with dated posts or forum replies: how regular its rhythm is.
-- A person posts and answers at irregular times (gaps close to exponential: coefficient of variation
-- near 1 or more); a scheduler at near-constant intervals (CV near 0). Units: minutes; CV unitless.
-- Threads opened in salvos: share_threads_in_salvos is the share of a forum's threads opened with at least
-- salvo_min_threads - 1 others within salvo_window_minutes of it (either side), counted only where people
-- opening threads at scattered times at the forum's rate would make such a salvo with a chance of
-- salvo_max_chance or less (Poisson; 0 otherwise): on a quiet forum a script posting a batch of questions
-- is what makes them, on a busy one chance does. Threads of an imported past (int_forum_posts.is_imported) carry
-- the import's time and do not count. salvo_thread_urls: those threads, where they count (null otherwise).
with params as (
    select
        max(value) filter (where param = 'salvo_min_threads')::integer as salvo_min_threads,
        max(value) filter (where param = 'salvo_window_minutes')::integer as salvo_window_minutes,
        max(value) filter (where param = 'salvo_max_chance')::double as salvo_max_chance
    from seed_params
),

post_gaps as (
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

openings as (
    select
        o.host,
        o.thread_url,
        o.published,
        count(*) over (
            partition by o.host order by o.published
            range between to_minutes(p.salvo_window_minutes) preceding and to_minutes(p.salvo_window_minutes) following
        ) as openings_near
    from int_forum_posts as o
    cross join params as p
    where o.is_opener and o.published is not null and not o.is_imported
),

salvos as (
    select
        o.host,
        count(*) as forum_threads_timed,
        date_diff('minute', min(o.published), max(o.published)) / 60.0 / nullif(count(*) - 1, 0)
            as mean_thread_gap_hours,
        count(*) filter (where o.openings_near >= p.salvo_min_threads) / count(*) as share_opened_in_salvos,
        list(o.thread_url order by o.thread_url) filter (where o.openings_near >= p.salvo_min_threads)
            as threads_opened_in_salvos,
        arg_max(o.thread_url, o.openings_near) as salvo_example_url
    from openings as o
    cross join params as p
    group by o.host
),

chances as (
    -- the chance that a thread has salvo_min_threads - 1 others within the window if people opened threads
    -- at scattered times at the forum's rate (Poisson, mean mu over the window's two sides)
    select
        s.*,
        1 - list_sum(list_transform(
            range(0, p.salvo_min_threads - 1),
            lambda i: exp(-m.mu) * pow(m.mu, i) / factorial(i::integer)
        )) as salvo_chance
    from salvos as s
    cross join params as p,
    lateral (select 2 * p.salvo_window_minutes / 60.0 / nullif(s.mean_thread_gap_hours, 0) as mu) as m
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
        a.mean_authors_per_thread,
        coalesce(sv.forum_threads_timed, 0) as forum_threads_timed,
        sv.mean_thread_gap_hours,
        case when sv.salvo_chance <= pr.salvo_max_chance then sv.share_opened_in_salvos else 0 end
            as share_threads_in_salvos,
        case when sv.salvo_chance <= pr.salvo_max_chance then sv.threads_opened_in_salvos end as salvo_thread_urls,
        sv.salvo_example_url
    from hosts as h
    cross join params as pr
    left join posts as p on p.host = h.host
    left join timed as t on t.host = h.host
    left join replies as r on r.host = h.host
    left join authors as a on a.host = h.host
    left join chances as sv on sv.host = h.host
)

select * from final
