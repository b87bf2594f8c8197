-- link_graph: one row per (run_id, from_entity, to_entity, link_kind): how much a crawled source links to
-- another web entity in one link context (content = post body, blogroll, comment = comment signatures and
-- links in comments, forum_post), from int_link_entities (no self-links, no ignored hosts). pages counts the
-- distinct linking pages, links the link rows; the example pair is one of them.
with edges as (
    select * from int_link_entities
),

final as (
    select
        getvariable('run_id') as run_id,
        from_entity,
        min(from_host) as from_host,
        to_entity,
        arg_min(to_host, [from_url, to_url]) as to_host,
        link_kind,
        count(distinct from_url)::bigint as pages,
        count(*)::bigint as links,
        min(from_url) as example_from_url,
        arg_min(to_url, [from_url, to_url]) as example_to_url,
        bool_or(to_crawled) as to_crawled
    from edges
    group by from_entity, to_entity, link_kind
)

select * from final
