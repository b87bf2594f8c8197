-- brand_mentions: one row per (run_id, role, brand, item_kind, url) where a post, comment or forum message
-- of the run names the brand (several comments of one page naming it count once per page), with the page's
-- title (post title or thread title) and the latest date. The report's share of voice, per run.
with mentions as (
    select role, brand, item_kind, host, url, published_date from int_brand_mentions
),

post_titles as (
    select url, title from int_posts
),

thread_titles as (
    select page_url as url, any_value(thread_title) as title
    from int_forum_posts
    group by page_url
),

per_page as (
    select
        role,
        brand,
        item_kind,
        host,
        url,
        count(*)::bigint as mentions,
        max(published_date) as published_date
    from mentions
    group by role, brand, item_kind, host, url
),

final as (
    select
        getvariable('run_id') as run_id,
        p.role,
        p.brand,
        p.item_kind,
        p.host,
        p.url,
        coalesce(pt.title, tt.title) as title,
        p.published_date,
        p.mentions
    from per_page as p
    left join post_titles as pt using (url)
    left join thread_titles as tt using (url)
)

select * from final
