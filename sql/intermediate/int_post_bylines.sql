-- int_post_bylines: one row per fetched post (url) with a byline: whether that byline signs no other post of
-- its source (one_time_byline) and whether the post links, in its text, to a site that is neither the
-- source's, nor a publication of the audit (int_publishing_sites), nor one everyone cites (int_common_sites):
-- a commercial link (sells_link). A magazine selling sponsored posts signs each with a new name, the
-- client's writer's or an invented one, around the client's link; a newsroom's guest columns are a few among
-- its journalists' own, and a blogger signs every post himself.
with posts as (
    select url, host, nullif(lower(trim(author)), '') as author_key
    from int_posts
    where fetched
),

signed as (
    select
        p.*,
        count(*) over (partition by p.host, p.author_key) = 1 as one_time_byline
    from posts as p
    where p.author_key is not null
),

commercial as (
    select distinct l.from_url as url
    from stg_links as l
    where l.context = 'content'
      and l.to_host <> ''
      and site_of(l.to_host) <> site_of(l.from_host)
      and not exists (select 1 from int_common_sites as c where in_site(site_of(l.to_host), c.site))
      and site_of(l.to_host) not in (select site from int_publishing_sites)
),

final as (
    select
        s.url,
        s.host,
        s.author_key,
        s.one_time_byline,
        c.url is not null as sells_link
    from signed as s
    left join commercial as c on c.url = s.url
)

select * from final
