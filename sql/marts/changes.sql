-- changes: one row per (run_id, change, host, subject): what changed since the client's previous delivered
-- (or partial) run, `getvariable('previous_run_id')`. No row on a client's first run.
-- Each run is compared at its own reference day: the latest post date it saw (capped at the day it
-- started), so that a web read a week later is compared week for week even when its clock is not ours.
-- Thresholds are seed params (change_*, spike_*, silent_days, busy_thread_min_replies).
with params as (
    select
        max(value) filter (where param = 'change_window_weeks')::integer as window_weeks,
        max(value) filter (where param = 'activity_change_ratio')::double as ratio,
        max(value) filter (where param = 'activity_change_min_events')::integer as min_events,
        max(value) filter (where param = 'silent_days')::integer as silent_days,
        max(value) filter (where param = 'spike_ratio')::double as spike_ratio,
        max(value) filter (where param = 'spike_min_events')::integer as spike_min_events,
        max(value) filter (where param = 'spike_baseline_weeks')::integer as baseline_weeks,
        max(value) filter (where param = 'spike_min_history_weeks')::integer as min_history_weeks,
        max(value) filter (where param = 'busy_thread_min_replies')::integer as busy_replies
    from seed_params
),

pair as (
    select
        getvariable('run_id') as run_id,
        getvariable('previous_run_id') as previous_run_id
    where getvariable('previous_run_id') is not null
),

cur as (
    select s.* from sources as s join pair as p on s.run_id = p.run_id
),

prev as (
    select s.* from sources as s join pair as p on s.run_id = p.previous_run_id
),

reference_days as (
    select
        max(last_post) filter (where run_id = (select run_id from pair)
            and last_post <= cast(getvariable('run_started_at') as date)) as cur_day,
        max(last_post) filter (where run_id = (select previous_run_id from pair)
            and last_post <= coalesce((select cast(started_at as date) from runs
                                       where run_id = (select previous_run_id from pair)), last_post)) as prev_day
    from sources
    where run_id in ((select run_id from pair), (select previous_run_id from pair))
),

new_sources as (
    select
        c.host,
        'new_source' as change,
        '' as subject,
        cast(null as varchar) as before,
        c.verdict as after,
        c.status as detail,
        c.source as url
    from cur as c
    anti join prev as p on p.host = c.host
    where c.crawled
),

vanished_sources as (
    -- crawled last time, not reached this time (gone, unreachable, or no longer linked)
    select
        p.host,
        'vanished_source' as change,
        '' as subject,
        p.verdict as before,
        case when c.host is null then 'absent' else 'not_crawled' end as after,
        cast(null as varchar) as detail,
        p.source as url
    from prev as p
    left join cur as c on c.host = p.host
    where p.crawled and not coalesce(c.crawled, false)
),

silent_sources as (
    -- no post for silent_days at this run's reference day, while active at the previous run's
    select
        c.host,
        'silent_source' as change,
        '' as subject,
        cast(p.last_post as varchar) as before,
        cast(c.last_post as varchar) as after,
        cast(null as varchar) as detail,
        c.source as url
    from cur as c
    join prev as p on p.host = c.host
    cross join reference_days as r
    cross join params as k
    where c.crawled
        and p.last_post is not null
        and p.last_post > r.prev_day - k.silent_days
        and coalesce(c.last_post, p.last_post) <= r.cur_day - k.silent_days
),

verdict_changes as (
    select
        c.host,
        'verdict_changed' as change,
        '' as subject,
        p.machine_verdict as before,
        c.machine_verdict as after,
        'machine' as detail,
        c.source as url
    from cur as c
    join prev as p on p.host = c.host
    where c.machine_verdict is distinct from p.machine_verdict
),

override_changes as (
    select
        c.host,
        'override_changed' as change,
        '' as subject,
        p.override_verdict as before,
        c.override_verdict as after,
        'consultant' as detail,
        c.source as url
    from cur as c
    join prev as p on p.host = c.host
    where c.override_verdict is distinct from p.override_verdict
),

windowed_activity as (
    -- events (posts, comments, forum messages) in the change window ending at each run's reference week
    select
        a.host,
        sum(a.posts + a.comments + a.forum_posts) filter (
            where a.run_id = (select run_id from pair)
                and a.week > date_trunc('week', r.cur_day) - to_weeks(k.window_weeks)
                and a.week <= r.cur_day)::bigint as cur_events,
        sum(a.posts + a.comments + a.forum_posts) filter (
            where a.run_id = (select previous_run_id from pair)
                and a.week > date_trunc('week', r.prev_day) - to_weeks(k.window_weeks)
                and a.week <= r.prev_day)::bigint as prev_events
    from activity as a
    cross join reference_days as r
    cross join params as k
    where a.run_id in ((select run_id from pair), (select previous_run_id from pair))
    group by a.host
),

activity_changes as (
    select
        w.host,
        case when coalesce(w.cur_events, 0) > coalesce(w.prev_events, 0) then 'activity_up'
            else 'activity_down' end as change,
        '' as subject,
        cast(coalesce(w.prev_events, 0) as varchar) as before,
        cast(coalesce(w.cur_events, 0) as varchar) as after,
        k.window_weeks || ' weeks' as detail,
        c.source as url
    from windowed_activity as w
    join cur as c on c.host = w.host
    join prev as p on p.host = w.host
    cross join params as k
    where greatest(coalesce(w.cur_events, 0), coalesce(w.prev_events, 0)) >= k.min_events
        and greatest(coalesce(w.cur_events, 0), coalesce(w.prev_events, 0))
            >= k.ratio * least(coalesce(w.cur_events, 0), coalesce(w.prev_events, 0))
        and coalesce(w.cur_events, 0) <> coalesce(w.prev_events, 0)
),

weekly_events as (
    select host, week, (posts + comments + forum_posts)::bigint as events
    from activity
    where run_id = (select run_id from pair)
),

spikes as (
    -- a week since the previous run's reference day busier than spike_ratio x the host's mean week over
    -- the spike_baseline_weeks before it. The mean runs from the host's first week seen in that span (a
    -- budgeted crawl reads recent pages first, so older weeks are thinly seen, not quiet); weeks without
    -- events after it count as zero. Sources new since the previous run, or seen for fewer than
    -- spike_min_history_weeks, have no past to compare with.
    select
        w.host,
        'spike' as change,
        cast(w.week as varchar) as subject,
        cast(round(coalesce(sum(b.events), 0) / greatest(date_diff('week', min(b.week), w.week), 1), 1)
            as varchar) as before,
        cast(w.events as varchar) as after,
        cast(null as varchar) as detail,
        any_value(c.source) as url
    from weekly_events as w
    cross join reference_days as r
    cross join params as k
    join cur as c on c.host = w.host
    semi join prev as p on p.host = w.host
    join weekly_events as b
        on b.host = w.host and b.week < w.week and b.week >= w.week - to_weeks(k.baseline_weeks)
    where w.week > date_trunc('week', r.prev_day) and w.week <= r.cur_day
        and w.events >= k.spike_min_events
    group by w.host, w.week, w.events, k.spike_ratio, k.min_history_weeks
    having date_diff('week', min(b.week), w.week) >= k.min_history_weeks
        and w.events >= k.spike_ratio * sum(b.events) / date_diff('week', min(b.week), w.week)
),

busy_new_threads as (
    -- a thread whose replies all came after the previous run's reference day (undated: one the previous
    -- run did not know), with at least busy_thread_min_replies of them
    select
        i.host,
        'busy_new_thread' as change,
        i.conversation as subject,
        cast(null as varchar) as before,
        cast(count(*) as varchar) as after,
        cast(null as varchar) as detail,
        i.conversation as url
    from conversation_items as i
    cross join params as k
    cross join reference_days as r
    where i.run_id = (select run_id from pair) and i.item_kind = 'reply'
    group by i.host, i.conversation, k.busy_replies, r.prev_day
    having count(*) >= k.busy_replies
        and (min(i.published_date) > r.prev_day
            or (count(i.published_date) = 0 and i.conversation not in (
                select conversation from conversation_items where run_id = (select previous_run_id from pair))))
),

new_mentions as (
    -- a page naming a brand in content dated after the previous run's reference day (undated: a mention
    -- the previous run did not have); comments on an old post count when they are new
    select
        m.host,
        'new_mention' as change,
        m.role || ':' || m.url as subject,
        cast(null as varchar) as before,
        string_agg(distinct m.brand, ', ' order by m.brand) as after,
        m.role as detail,
        m.url
    from brand_mentions as m
    cross join reference_days as r
    where m.run_id = (select run_id from pair)
        and (m.published_date > r.prev_day
            or (m.published_date is null and not exists (
                select 1 from brand_mentions as o
                where o.run_id = (select previous_run_id from pair)
                    and o.url = m.url and o.brand = m.brand and o.role = m.role)))
    group by m.host, m.role, m.url
),

all_changes as (
    select * from new_sources
    union all by name select * from vanished_sources
    union all by name select * from silent_sources
    union all by name select * from verdict_changes
    union all by name select * from override_changes
    union all by name select * from activity_changes
    union all by name select * from spikes
    union all by name select * from busy_new_threads
    union all by name select * from new_mentions
),

final as (
    select
        p.run_id,
        p.previous_run_id,
        c.host,
        c.change,
        c.subject,
        c.before,
        c.after,
        c.detail,
        c.url
    from all_changes as c
    cross join pair as p
)

select * from final
