-- stg_errors: one row per (url, error) of the current run; the latest occurrence wins.
with source as (
    select * from raw_errors
    where run_id = getvariable('run_id')
),

cleaned as (
    select
        trim(url) as url,
        lower(trim(host)) as host,
        lower(trim(error)) as error,
        status_code,
        coalesce(message, '') as message,
        try_cast(fetched_at as timestamptz) as fetched_at
    from source
    where nullif(trim(url), '') is not null
),

final as (
    select * from cleaned
    qualify row_number() over (partition by url, error order by fetched_at desc nulls last) = 1
)

select * from final
