-- stg_sources: one row per host of the current run.
-- Cleans raw_sources; a host emitted twice (found as a link, then crawled) keeps its most informative row.
with source as (
    select * from raw_sources
    where run_id = getvariable('run_id')
),

cleaned as (
    select
        lower(trim(host)) as host,
        nullif(trim(source), '') as source,
        nullif(trim(seed_url), '') as seed_url,
        lower(trim(status)) as status,
        depth,
        coalesce(crawled, false) as crawled,
        nullif(lower(trim(platform)), '') as platform,
        nullif(lower(trim(kind)), '') as kind,
        nullif(trim(site_name), '') as site_name,
        nullif(lower(trim(language)), '') as language,
        coalesce(feeds, []) as feeds,
        coalesce(sitemaps, []) as sitemaps,
        nullif(lower(trim(discovered_from)), '') as discovered_from
    from source
    where nullif(trim(host), '') is not null
),

final as (
    select * from cleaned
    qualify row_number() over (
        partition by host
        order by crawled desc, (status = 'seed') desc, depth asc nulls last, source nulls last
    ) = 1
)

select * from final
