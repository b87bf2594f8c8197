-- audit crawl_errors_duplicate: one row per (run_id, url, error) present more than once in crawl_errors.
with counted as (
    select run_id, url, error, count(*) as rows
    from crawl_errors
    where run_id = getvariable('run_id')
    group by run_id, url, error
),

final as (
    select * from counted where rows > 1
)

select * from final
