-- int_source_links: one row per host with outgoing content links: how many point to other sites and how
-- concentrated they are on the most-linked one (self-promotion). Share buttons and platform credits
-- (seed_ignored_link_hosts) are not counted.
with ignored as (
    select site_of(host) as site from seed_ignored_link_hosts
),

links as (
    select
        from_host as host,
        from_url,
        to_url,
        site_of(from_host) as site,
        site_of(to_host) as to_site
    from stg_links
    where context = 'content'
),

external_links as (
    select l.*
    from links as l
    anti join ignored as i on l.to_site = i.site or l.to_site like '%.' || i.site
    where l.to_site <> l.site and l.to_site <> ''
),

per_target as (
    select host, to_site, count(*) as links, min(to_url) as example_to_url, min(from_url) as example_from_url
    from external_links
    group by host, to_site
),

ranked as (
    select
        *,
        sum(links) over (partition by host) as external_content_links,
        row_number() over (partition by host order by links desc, to_site) as rank
    from per_target
),

final as (
    select
        host,
        external_content_links,
        to_site as top_site,
        links as top_site_links,
        links / external_content_links as share_external_links_top_host,
        example_from_url,
        example_to_url
    from ranked
    where rank = 1
)

select * from final
