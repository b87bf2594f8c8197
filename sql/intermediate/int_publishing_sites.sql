-- int_publishing_sites: one row per site (site_of(host)) of the audit holding at least citable_min_posts
-- posts: a publication, which a blog may cite as often as it likes (int_source_links) and whose writer
-- signs his comments with it (int_comments.signed_by_publisher); a money site sells, it does not publish.
with params as (
    select max(value) filter (where param = 'citable_min_posts')::int as citable_min_posts
    from seed_params
),

final as (
    select site_of(host) as site, count(*) as posts
    from int_posts
    group by site_of(host)
    having count(*) >= (select citable_min_posts from params)
)

select * from final
