-- conversation_items: one row per (run_id, item_kind, conversation, position): a comment under a post or a
-- reply in a forum thread (thread openers are not replies), with its author key and day. The report's
-- conversations (how many, how many people) are counted from it, per run.
with comments as (
    select
        'comment' as item_kind,
        host,
        page_url as conversation,
        position,
        author_key,
        published_date
    from int_comments
),

replies as (
    select
        'reply' as item_kind,
        host,
        thread_url as conversation,
        position,
        author_key,
        published_date
    from int_forum_posts
    where not is_opener
),

final as (
    select getvariable('run_id') as run_id, * from comments
    union all
    select getvariable('run_id') as run_id, * from replies
)

select * from final
