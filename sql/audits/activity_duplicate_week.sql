-- audit activity_duplicate_week: one row per (run_id, host, week) present more than once in activity, or
-- with negative counts.
with current_activity as (
    select run_id, host, week, count(*) as rows, min(least(posts, comments, forum_posts)) as min_count
    from activity
    where run_id = getvariable('run_id')
    group by run_id, host, week
),

final as (
    select * from current_activity where rows > 1 or min_count < 0
)

select * from final
