-- int_source_links: one row per host with outgoing content links: how many point to other sites and how
-- concentrated they are on the most-linked one (self-promotion). Share buttons and platform credits
-- (seed_ignored_link_hosts) are not counted. The most-linked site is sought among the sites a source may cite
-- as often as it likes without promoting anything: a blog citing mostly one newspaper of the audit, or the
-- administration's pages (seed_reference_hosts), is not a satellite of a money site. A publication is a
-- source of kind news, or any audited site with at least citable_min_posts posts (news sites on SPIP,
-- Drupal or a custom CMS are not typed news); a money site sells, it does not publish. Those links still
-- count in the total, so a source that cites a newspaper ten times and a broker twice is not concentrated.
with params as (
    select max(value) filter (where param = 'citable_min_posts')::int as citable_min_posts
    from seed_params
),

ignored as (
    select site_of(host) as site from seed_ignored_link_hosts
),

publishing as (
    select site_of(host) as site
    from int_posts
    group by site_of(host)
    having count(*) >= (select citable_min_posts from params)
),

publications as (
    select site_of(host) as site from int_sources where kind = 'news'
    union
    select site from publishing
),

reference as (
    -- seeds list sites; links go to their sub-domains (fr.wikipedia.org), as prospects reads them
    select site_of(host) as site from seed_reference_hosts
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
    anti join ignored as i on in_site(l.to_site, i.site)
    where l.to_site <> l.site and l.to_site <> ''
),

per_target as (
    select
        l.host,
        l.to_site,
        count(*) as links,
        min(l.to_url) as example_to_url,
        min(l.from_url) as example_from_url
    from external_links as l
    group by l.host, l.to_site
),

citable_targets as (
    select
        t.*,
        t.to_site in (select site from publications)
            or exists (select 1 from reference as r where in_site(t.to_site, r.site)) as is_citable
    from per_target as t
),

ranked as (
    select
        *,
        sum(links) over (partition by host) as external_content_links,
        row_number() over (partition by host order by is_citable, links desc, to_site) as rank
    from citable_targets
),

final as (
    select
        host,
        external_content_links,
        case when not is_citable then to_site end as top_site,
        case when not is_citable then links else 0 end as top_site_links,
        case when not is_citable then links else 0 end / external_content_links as share_external_links_top_host,
        example_from_url,
        example_to_url
    from ranked
    where rank = 1
)

select * from final
