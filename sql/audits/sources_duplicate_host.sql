-- audit sources_duplicate_host: one row per (run_id, host) that appears more than once in sources.
with counted as (
    select run_id, host, count(*) as rows
    from sources
    where run_id = getvariable('run_id')
    group by run_id, host
),

final as (
    select * from counted where rows > 1
)

select * from final
