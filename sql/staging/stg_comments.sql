-- stg_comments: one row per (page_url, position) of the current run.
with source as (
    select * from raw_comments
    where run_id = getvariable('run_id')
),

cleaned as (
    select
        trim(page_url) as page_url,
        lower(trim(host)) as host,
        position,
        nullif(trim(author), '') as author,
        nullif(trim(author_url), '') as author_url,
        case when as_published(published) between b.earliest and b.latest
            then as_published(published) end as published,
        published_raw,
        coalesce(trim(text), '') as text,
        coalesce(links, []) as links,
        -- the engine's own mark of the post author's comments (null in runs made before it was read)
        coalesce(by_post_author, false) as marked_post_author
    from source
    cross join stg_date_bounds as b
    where nullif(trim(page_url), '') is not null
),

final as (
    select * from cleaned
    qualify row_number() over (partition by page_url, position order by length(text) desc) = 1
)

select * from final
