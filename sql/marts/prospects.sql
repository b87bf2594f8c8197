-- prospects: one row per (run_id, entity): the run's DISCOVERED entities that crawled sources link to
-- editorially (inlinks >= prospect_min_inlinks, as counted by `entities`), reference sites
-- (seed_reference_hosts) left out, ranked: the most pertinent sources linking first, then
-- the most sources, then the entity. The next run crawls the best (ecoaudit.warehouse.top_prospects).
-- linking_sources: up to 5 linking entities, most linking pages first; example_pages: up to 3 linking pages.
with params as (
    select max(value) filter (where param = 'prospect_min_inlinks')::int as min_inlinks
    from seed_params
),

reference as (
    -- institutions and encyclopedias everyone cites (seed_reference_hosts): on the map, never a prospect
    select site from int_common_sites where is_reference
),

candidates as (
    select e.*
    from entities as e
    cross join params as p
    anti join reference as r on in_site(site_of(e.host), r.site)
    where e.run_id = getvariable('run_id') and e.status = 'DISCOVERED' and e.inlinks >= p.min_inlinks
),

linking as (
    -- the same links `entities` counts (a link in a comment is not the source's)
    select l.to_entity as entity, l.from_entity, count(distinct l.from_url) as pages, min(l.from_url) as example_page
    from int_link_entities as l
    semi join candidates as c on c.entity = l.to_entity
    where l.link_kind <> 'comment'
    group by l.to_entity, l.from_entity
),

ranked_linking as (
    select *, row_number() over (partition by entity order by pages desc, from_entity) as n
    from linking
),

linking_lists as (
    select
        entity,
        string_agg(from_entity, '; ' order by n) filter (where n <= 5) as linking_sources,
        string_agg(example_page, '; ' order by n) filter (where n <= 3) as example_pages
    from ranked_linking
    group by entity
),

final as (
    select
        c.run_id,
        row_number() over (order by c.pertinent_inlinks desc, c.inlinks desc, c.entity)::bigint as rank,
        c.entity,
        c.url,
        c.host,
        c.pertinent_inlinks,
        c.inlinks,
        l.linking_sources,
        l.example_pages,
        c.first_seen_run
    from candidates as c
    left join linking_lists as l on l.entity = c.entity
)

select * from final
