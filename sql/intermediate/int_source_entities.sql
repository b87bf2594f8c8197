-- int_source_entities: one row per crawled source (host) of the run: the web entity it is on the map, the
-- entity of its source URL (int_url_entities; the crawl's unit is the host). What int_link_entities,
-- entities and commenters place a source's links, verdict and messages with.
with crawled as (
    select host, source from int_sources
    where crawled
),

final as (
    select c.host, c.source, u.entity
    from crawled as c
    join int_url_entities as u on u.url = c.source
)

select * from final
