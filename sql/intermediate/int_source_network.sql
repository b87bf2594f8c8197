-- int_source_network: one row per host that links to other sites from its blogroll or sidebar: the set
-- of sites its link block points to, and how many other hosts of the audit carry the very same block
-- (three sites or more). Networks of splogs share one template and one link block; independent
-- blogrolls almost never coincide exactly. Institutions everyone cites (seed_reference_hosts: the
-- regulator, the register of advisors, the administration) and share or profile services
-- (seed_ignored_link_hosts) are no member of a network: every advisor's site lists the same regulators
-- under "Liens utiles", and two firms whose sidebar lists only those are not one network.
with params as (
    select max(value) filter (where param = 'link_block_min_sites')::integer as min_sites
    from seed_params
),

everyones as (
    select site from int_common_sites
),

block_links as (
    select from_host as host, site_of(to_host) as to_site
    from stg_links
    where context = 'blogroll'
      and site_of(to_host) <> site_of(from_host)
      and to_host <> ''
),

blocks as (
    -- seeds list sites; links go to their sub-domains (fr.wikipedia.org)
    select l.host, list_sort(list(distinct l.to_site)) as block_sites
    from block_links as l
    anti join everyones as e on in_site(l.to_site, e.site)
    group by l.host
),

sized as (
    select b.*, len(b.block_sites) as block_size, len(b.block_sites) >= p.min_sites as comparable
    from blocks as b
    cross join params as p
),

shared as (
    select block_sites, count(*) as hosts, list(host order by host) as members
    from sized
    where comparable
    group by block_sites
),

final as (
    select
        s.host,
        s.block_size,
        case when s.comparable then coalesce(sh.hosts, 1) - 1 else 0 end as hosts_sharing_link_block,
        case when s.comparable and sh.hosts > 1
            then list_filter(sh.members, lambda m: m <> s.host)[1] end as link_block_example_host
    from sized as s
    left join shared as sh on sh.block_sites = s.block_sites and s.comparable
)

select * from final
