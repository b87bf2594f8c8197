-- stg_forum_posts: one row per (thread_url, position) of the current run. A message also shown on a page of
-- its own (bbPress's /forums/reply/ID/, vBulletin's showpost.php: the same post id, author and text on the same
-- host) is kept in its thread only, the one of more messages: the view is no thread of one message, and the
-- message is counted once.
with source as (
    select * from raw_forum_posts
    where run_id = getvariable('run_id')
),

cleaned as (
    select
        trim(thread_url) as thread_url,
        trim(page_url) as page_url,
        lower(trim(host)) as host,
        nullif(trim(thread_title), '') as thread_title,
        position,
        post_id,
        nullif(trim(author), '') as author,
        case when as_published(published) between b.earliest and b.latest
            then as_published(published) end as published,
        published_raw,
        coalesce(trim(text), '') as text,
        coalesce(quoted, '') as quoted,
        coalesce(links, []) as links
    from source
    cross join stg_date_bounds as b
    where nullif(trim(thread_url), '') is not null
),

deduped as (
    select * from cleaned
    qualify row_number() over (partition by thread_url, position order by length(text) desc) = 1
),

sized as (
    select *, count(*) over (partition by thread_url) as thread_messages
    from deduped
),

final as (
    select * exclude (thread_messages)
    from sized
    qualify post_id is null
        or row_number() over (
            partition by host, post_id, author, text order by thread_messages desc, thread_url, position
        ) = 1
)

select * from final
