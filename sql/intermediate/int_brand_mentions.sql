-- int_brand_mentions: one row per (item, brand) where a post, a comment or a forum message names the brand
-- as whole words (accents and case ignored): the raw material of the share of voice.
-- item_kind: post | comment | forum_post; url: the page it is on.
with items as (
    select 'post' as item_kind, host, url, published_date, coalesce(title, '') || ' ' || coalesce(text, '') as body
    from int_posts
    where length(text) > 0
    union all
    select 'comment', host, page_url, published_date, text
    from int_comments
    union all
    select 'forum_post', host, page_url, published_date, coalesce(text, '')
    from int_forum_posts
),

normalised as (
    select
        item_kind,
        host,
        url,
        published_date,
        match_words(body) as norm_text
    from items
    where length(body) > 0
),

final as (
    select
        n.item_kind,
        n.host,
        n.url,
        n.published_date,
        b.role,
        b.brand
    from normalised as n
    join stg_brands as b on contains(n.norm_text, ' ' || b.brand_norm || ' ')
)

select * from final
