-- stg_themes: one row per (theme, keyword) of the client's taxonomy for the current run ([themes] of
-- audit.toml). keyword_norm is the keyword as the text matching sees it: lowercase, no accents, words
-- separated by one space ("Assurance-vie" -> "assurance vie").
with source as (
    select * from run_themes
    where run_id = getvariable('run_id')
),

cleaned as (
    select distinct
        trim(theme) as theme,
        trim(keyword) as keyword,
        trim(regexp_replace(lower(strip_accents(keyword)), '[^a-z0-9]+', ' ', 'g')) as keyword_norm
    from source
    where nullif(trim(theme), '') is not null
),

final as (
    select * from cleaned
    where keyword_norm <> ''
)

select * from final
