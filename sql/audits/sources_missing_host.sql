-- audit sources_missing_host: one row per host of the run's raw_sources that has no row in sources
-- (every source gets a row, even with no data at all).
with raw_hosts as (
    select distinct lower(trim(host)) as host
    from raw_sources
    where run_id = getvariable('run_id') and nullif(trim(host), '') is not null
),

mart_hosts as (
    select host from sources where run_id = getvariable('run_id')
),

final as (
    select getvariable('run_id') as run_id, r.host
    from raw_hosts as r
    anti join mart_hosts as m on m.host = r.host
)

select * from final
