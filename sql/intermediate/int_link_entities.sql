-- int_link_entities: one row per link (from_url, to_url, link_kind) of the run from a crawled source to
-- another web entity (int_url_entities): the edges of the ecosystem map, before aggregation. A link's
-- from_entity is its source's entity (the entity of the source URL: the crawl's unit is the host). A target
-- on the host of a crawled source whose entity is that whole host belongs to that source (a sub-forum page
-- of a crawled forum is the forum). Self-links (same entity) and targets on ignored hosts (share buttons,
-- platform credits: seed_ignored_link_hosts) are dropped. link_kind is the raw link context.
with crawled as (
    select host, entity from int_source_entities
),

crawled_entities as (
    select distinct entity from crawled
),

links as (
    select
        l.from_url,
        l.from_host,
        c.entity as from_entity,
        l.to_url,
        t.host as to_host,
        coalesce(w.entity, t.entity) as to_entity,
        l.context as link_kind
    from stg_links as l
    join crawled as c on c.host = l.from_host
    join int_url_entities as t on t.url = l.to_url
    left join crawled_entities as w on w.entity = t.site
    where not t.ignored_host
),

final as (
    select
        l.*,
        k.entity is not null as to_crawled
    from links as l
    left join crawled_entities as k on k.entity = l.to_entity
    where l.to_entity <> l.from_entity
)

select * from final
