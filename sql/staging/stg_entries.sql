-- stg_entries: one row per (host, url, origin) of the current run: posts listed by feeds and sitemaps.
with source as (
    select * from raw_entries
    where run_id = getvariable('run_id')
),

cleaned as (
    select
        lower(trim(host)) as host,
        trim(url) as url,
        lower(trim(origin)) as origin,
        origin_url,
        nullif(trim(title), '') as title,
        case when as_published(published) between b.earliest and b.latest
            then as_published(published) end as published,
        published_raw,
        nullif(trim(summary), '') as summary
    from source
    cross join stg_date_bounds as b
    where nullif(trim(url), '') is not null
),

final as (
    select * from cleaned
    qualify row_number() over (
        partition by host, url, origin
        order by length(summary) desc nulls last, published nulls last
    ) = 1
)

select * from final
