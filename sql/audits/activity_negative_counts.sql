-- audit activity_negative_counts: one row per (run_id, host, week) of activity with a negative count
-- (the grain's uniqueness is a contract check: sql/marts/_marts.yml).
with current_activity as (
    select run_id, host, week, least(posts, comments, forum_posts) as min_count
    from activity
    where run_id = getvariable('run_id')
),

final as (
    select * from current_activity where min_count < 0
)

select * from final
