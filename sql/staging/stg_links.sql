-- stg_links: one row per (from_url, to_url, context) of the current run.
with source as (
    select * from raw_links
    where run_id = getvariable('run_id')
),

cleaned as (
    select distinct
        trim(from_url) as from_url,
        lower(trim(from_host)) as from_host,
        trim(to_url) as to_url,
        lower(trim(to_host)) as to_host,
        lower(trim(context)) as context
    from source
    where nullif(trim(to_url), '') is not null
),

final as (
    select * from cleaned
)

select * from final
