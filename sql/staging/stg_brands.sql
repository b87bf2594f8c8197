-- stg_brands: one row per (role, brand) of the current run ([brands] of audit.toml: the client and its
-- competitors), with the name as the text matching sees it (see stg_themes).
with source as (
    select * from run_brands
    where run_id = getvariable('run_id')
),

cleaned as (
    select distinct
        lower(trim(role)) as role,
        trim(brand) as brand,
        trim(regexp_replace(lower(strip_accents(brand)), '[^a-z0-9]+', ' ', 'g')) as brand_norm
    from source
),

final as (
    select * from cleaned
    where brand_norm <> ''
)

select * from final
