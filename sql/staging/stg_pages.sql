-- stg_pages: one row per page url of the current run.
-- Casts dates, trims text; a url fetched twice keeps the successful, most recent fetch.
with fetches as (
    -- which fetch of each url is kept, chosen on narrow rows (a window over whole rows sorts the texts)
    select rowid as row_id, url, status_code, fetched_at, length(coalesce(trim(text), '')) as text_length
    from raw_pages
    where run_id = getvariable('run_id')
),

kept as (
    select row_id
    from fetches
    where nullif(trim(url), '') is not null
    qualify row_number() over (
        partition by trim(url)
        order by (status_code between 200 and 299) desc, try_cast(fetched_at as timestamptz) desc nulls last,
            text_length desc
    ) = 1
),

source as (
    select r.*
    from raw_pages as r
    semi join kept as k on k.row_id = r.rowid
),

cleaned as (
    select
        trim(url) as url,
        url_raw,
        lower(trim(host)) as host,
        status_code,
        try_cast(fetched_at as timestamptz) as fetched_at,
        coalesce(nullif(lower(trim(page_type)), ''), 'other') as page_type,
        coalesce(nullif(lower(trim(platform)), ''), 'generic') as platform,
        nullif(trim(title), '') as title,
        nullif(trim(author), '') as author,
        case when as_published(published) between b.earliest and b.latest
            then as_published(published) end as published,
        published_raw,
        coalesce(trim(text), '') as text,
        nullif(lower(trim(language)), '') as language,
        comments_open,
        nullif(trim(comments_hosted_by), '') as comments_hosted_by,
        coalesce(paywalled, false) as paywalled,
        coalesce(quotations, []::varchar[]) as quotations,
        coalesce(n_comments, 0) as n_comments,
        coalesce(n_posts, 0) as n_posts,
        coalesce(content_length, 0) as content_length,
        nullif(lower(trim(kind)), '') as kind
    from source
    cross join stg_date_bounds as b
    where nullif(trim(url), '') is not null
),

final as (
    select * from cleaned
)

select * from final
