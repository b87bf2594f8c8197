-- int_url_entities: one row per URL the ecosystem map places (link targets, the sources' home URLs, the sites
-- commenters sign with): the web entity it belongs to. An entity is a site: the host, lowercase, `www.`
-- folded. On shared hosts where users or sections live under a path (seed_entity_rules, host matched after
-- folding) it is host/seg1[/seg2], the first path_segments segments of the path, lowercase; a URL with fewer
-- segments is the platform itself. ignored_host: the host is in seed_ignored_link_hosts, itself or through a
-- sub-domain (m.facebook.com), except sub-domains of a platform whose sub-domains are its users' sites
-- (path_segments 0: x.wordpress.com is a blog, wordpress.com a platform credit).
with rules as (
    select
        site_of(host) as site,
        max(path_segments)::integer as segments
    from seed_entity_rules
    group by 1
),

ignored as (
    select distinct site_of(host) as site
    from seed_ignored_link_hosts
),

urls as (
    select to_url as url, to_host as host from stg_links
    union all
    select source as url, host from int_sources
    union all
    select author_url as url, null as host from stg_comments where author_url is not null
),

parsed as (
    -- the crawler's host when it gave one (normalised), else the URL's
    select
        url,
        coalesce(
            nullif(min(host), ''),
            lower(url_host(url))
        ) as host,
        list_filter(
            string_split(lower(url_path(url)), '/'),
            lambda s: s <> ''
        ) as segments
    from urls
    group by url
),

sited as (
    select url, host, site_of(host) as site, segments
    from parsed
    where host <> ''
),

final as (
    select
        s.url,
        s.host,
        s.site,
        case when r.segments > 0 and len(s.segments) >= r.segments
            then s.site || '/' || array_to_string(s.segments[1:r.segments], '/')
            else s.site
        end as entity,
        exists (
            select 1 from ignored as i
            where s.site = i.site
                or (s.site like '%.' || i.site
                    and i.site not in (select site from rules where segments = 0))
        ) as ignored_host
    from sited as s
    left join rules as r on r.site = s.site
)

select * from final
