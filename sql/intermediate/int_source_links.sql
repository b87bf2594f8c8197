-- int_source_links: one row per host with outgoing content links: how many point to other sites and how
-- concentrated they are on the most-linked one (self-promotion). Share buttons and platform credits
-- (seed_ignored_link_hosts) are not counted. The most-linked site is sought among the sites a source may cite
-- as often as it likes without promoting anything: a blog citing mostly one newspaper of the audit, or the
-- administration's pages (seed_reference_hosts), is not a satellite of a money site. A publication is a
-- source of kind news, or any audited site with at least citable_min_posts posts (news sites on SPIP,
-- Drupal or a custom CMS are not typed news); a money site sells, it does not publish. Those links still
-- count in the total, so a source that cites a newspaper ten times and a broker twice is not concentrated.
with ignored as (
    select site from int_common_sites where is_ignored
),

publications as (
    select site_of(host) as site from int_sources where kind = 'news'
    union
    select site from int_publishing_sites
),

reference as (
    -- seeds list sites; links go to their sub-domains (fr.wikipedia.org), as prospects reads them
    select site from int_common_sites where is_reference
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

member_links as (
    -- forum messages' links with their writer: a member who links one commercial site across many
    -- threads recommends it (a shill), where a community's links come from many members
    select p.host, p.author_key, p.thread_url, site_of(url_host(unnest(s.links))) as to_site
    from int_forum_posts as p
    join stg_forum_posts as s on s.thread_url = p.thread_url and s.position = p.position
    where p.author_key is not null
),

cited_sites as (
    select to_site from per_target
    union
    select to_site from member_links
),

citable_sites as (
    -- the sites linked that a source may cite as often as it likes: publications and reference sites
    select c.to_site
    from cited_sites as c
    where c.to_site in (select site from publications)
        or exists (select 1 from reference as r where in_site(c.to_site, r.site))
),

citable_targets as (
    select t.*, c.to_site is not null as is_citable
    from per_target as t
    left join citable_sites as c on c.to_site = t.to_site
),

ranked as (
    select
        *,
        sum(links) over (partition by host) as external_content_links,
        row_number() over (partition by host order by is_citable, links desc, to_site) as rank
    from citable_targets
),

member_sites as (
    -- the forum's own company is no other site (forum.brand.fr linking www.brand.fr)
    select m.host, m.author_key, m.to_site, count(distinct m.thread_url) as threads
    from member_links as m
    anti join ignored as i on in_site(m.to_site, i.site)
    anti join citable_sites as c on c.to_site = m.to_site
    where m.to_site <> ''
      and not in_site(site_of(m.host), m.to_site)
      and not in_site(m.to_site, site_of(m.host))
    group by m.host, m.author_key, m.to_site
),

member_top_site as (
    select host, max(threads) as member_site_threads, arg_max(to_site, threads) as member_top_site
    from member_sites
    group by host
),

top as (
    select * from ranked where rank = 1
),

final as (
    -- a forum whose member links reach the audit only through its messages still gets its row
    select
        coalesce(r.host, m.host) as host,
        coalesce(r.external_content_links, 0) as external_content_links,
        case when not r.is_citable then r.to_site end as top_site,
        case when not r.is_citable then r.links else 0 end as top_site_links,
        case when not r.is_citable then r.links else 0 end / nullif(r.external_content_links, 0)
            as share_external_links_top_host,
        r.example_from_url,
        r.example_to_url,
        coalesce(m.member_site_threads, 0) as member_site_threads,
        m.member_top_site
    from top as r
    full join member_top_site as m on m.host = r.host
)

select * from final
