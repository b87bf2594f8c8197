-- int_source_link_graph: one row per assessable host: its place in the link graph of the audited sources.
-- An edge joins two sites (www. folded) when a page of one links to the other from its posts or its
-- blogroll/sidebar (comment signatures are the commenters', not the site's). A network of sites that
-- rotates its links shows no shared block, but over many pages its members link to each other in both
-- directions (mutual partners), their partners link to each other too (clustering), and the sources that
-- link to them are mostly their own ring (a closed circle): its partners, or their partners, since a member
-- that rotates its links gets links from members it does not link back. Independent blogrolls are sparse
-- and one-way. Counts are of distinct sites; null shares have no denominator. `link_ring_partners` is the
-- number of mutual partners of a site that sits in a closed ring (partners linked to each other at least
-- link_ring_min_clustering, inlinks from its ring at least link_ring_min_inlink_share), else 0: a ring
-- of three sites is already a network when nobody else links to them. `share_posts_linking_partners` is
-- the share of its fetched posts with text whose body links to one of its mutual partners (null under two
-- partners): a network puts a link to its members in nearly every post, while friends who swap blogroll
-- entries cite each other now and then. `network_sites_linked` counts the audited sites it links to that
-- are network members by both marks (the thresholds of rules link_network and partner_links_in_posts):
-- a member with too few partners for the cluster rules still links to its network.
with params as (
    select
        max(value) filter (where param = 'link_ring_min_clustering')::double as min_clustering,
        max(value) filter (where param = 'link_ring_min_inlink_share')::double as min_inlink_share
    from seed_params
),

nodes as (
    select host, site_of(host) as site
    from int_sources
    where assessment_note is null
),

edges as (
    select distinct
        site_of(l.from_host) as from_site,
        site_of(l.to_host) as to_site
    from stg_links as l
    where l.context in ('content', 'blogroll')
),

audited_edges as (
    -- both ends audited, no self-link
    select e.from_site, e.to_site
    from edges as e
    semi join nodes as a on a.site = e.from_site
    semi join nodes as b on b.site = e.to_site
    where e.from_site <> e.to_site
),

mutual as (
    select a.from_site as site, a.to_site as partner
    from audited_edges as a
    join audited_edges as b on b.from_site = a.to_site and b.to_site = a.from_site
),

partner_counts as (
    select site, count(*) as mutual_link_partners
    from mutual
    group by site
),

fetched_posts as (
    select url, site_of(host) as site
    from int_posts
    where fetched and length(text) > 0
),

post_partner_links as (
    -- posts whose body links to a mutual partner of their site
    select p.site, count(distinct p.url) as posts_linking_partners
    from fetched_posts as p
    join stg_links as l on l.from_url = p.url and l.context = 'content'
    join mutual as m on m.site = p.site and m.partner = site_of(l.to_host)
    group by p.site
),

post_counts as (
    select site, count(*) as fetched_posts_with_text
    from fetched_posts
    group by site
),

triangles as (
    -- pairs of a site's partners that are partners of each other (each pair once: partner order)
    select m1.site, count(*) as linked_partner_pairs
    from mutual as m1
    join mutual as m2 on m2.site = m1.site and m2.partner > m1.partner
    join mutual as m3 on m3.site = m1.partner and m3.partner = m2.partner
    group by m1.site
),

ring as (
    -- a site's mutual partners and theirs: the members of a network that rotates its links link to a
    -- member they are not partners of, through the partners they share
    select site, partner as member
    from mutual
    union
    select m1.site, m2.partner as member
    from mutual as m1
    join mutual as m2 on m2.site = m1.partner
    where m2.partner <> m1.site
),

inlinks as (
    select
        e.to_site as site,
        count(*) as linking_sources,
        count(*) filter (where r.member is not null) as linking_ring
    from audited_edges as e
    left join ring as r on r.site = e.to_site and r.member = e.from_site
    group by e.to_site
),

measured as (
    select
        n.host,
        coalesce(p.mutual_link_partners, 0) as mutual_link_partners,
        case when p.mutual_link_partners >= 2
            then coalesce(t.linked_partner_pairs, 0) / (p.mutual_link_partners * (p.mutual_link_partners - 1) / 2)
        end as mutual_link_clustering,
        coalesce(i.linking_sources, 0) as linking_sources,
        i.linking_ring / nullif(i.linking_sources, 0) as share_inlinks_from_ring,
        case when p.mutual_link_partners >= 2
            then coalesce(pl.posts_linking_partners, 0) / nullif(pc.fetched_posts_with_text, 0)
        end as share_posts_linking_partners
    from nodes as n
    left join partner_counts as p on p.site = n.site
    left join triangles as t on t.site = n.site
    left join inlinks as i on i.site = n.site
    left join post_partner_links as pl on pl.site = n.site
    left join post_counts as pc on pc.site = n.site
),

network_rules as (
    -- what makes a site a network member: the thresholds of the rules link_network and partner_links_in_posts
    select
        max(threshold::double) filter (where rule_id = 'link_network') as min_clustering,
        max(min_support::double) filter (where rule_id = 'link_network') as min_partners,
        max(threshold::double) filter (where rule_id = 'partner_links_in_posts') as min_partner_posts
    from seed_rules
),

network_sites as (
    -- members of a link network by both marks: a cluster of mutual partners, and a link to a partner in
    -- nearly every post (friends who swap blogroll entries cite each other now and then)
    select distinct site_of(m.host) as site
    from measured as m
    cross join network_rules as r
    where m.mutual_link_partners >= r.min_partners
      and m.mutual_link_clustering >= r.min_clustering
      and m.share_posts_linking_partners >= r.min_partner_posts
),

network_links as (
    -- the network members a site chose to link to: a member whose few partners hide it from the cluster
    -- rules still links to the network it belongs to (inlinks are not counted: a network may cite anyone)
    select
        e.from_site as site,
        count(distinct e.to_site) as network_sites_linked,
        min(e.to_site) as network_site_example
    from audited_edges as e
    semi join network_sites as n on n.site = e.to_site
    group by e.from_site
),

final as (
    select
        m.*,
        case when m.mutual_link_clustering >= pr.min_clustering and m.share_inlinks_from_ring >= pr.min_inlink_share
            then m.mutual_link_partners else 0 end as link_ring_partners,
        coalesce(nl.network_sites_linked, 0) as network_sites_linked,
        nl.network_site_example
    from measured as m
    cross join params as pr
    left join network_links as nl on nl.site = site_of(m.host)
)

select * from final
