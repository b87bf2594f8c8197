-- crawl_errors: one row per (run_id, url, error): fetch and parse failures of the run.
with errors as (
    select * from stg_errors
),

final as (
    select
        getvariable('run_id') as run_id,
        url,
        error,
        host,
        status_code,
        message,
        fetched_at
    from errors
)

select * from final
