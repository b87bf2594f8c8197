-- entities: one row per (run_id, entity): every web entity of the map, i.e. the run's crawled sources and
-- the entities they link to (int_link_entities), plus the previous delivered run's entities this run did not
-- see (carried: the map keeps what it once knew). status: OUT when the consultant excluded the site
-- (`exclusions`, matched on the www.-folded host or the entity itself; wins over everything), IN for a
-- crawled source judged pertinent or automated, UNDECIDED for a crawled undecided one, DISCOVERED for an
-- entity linked but not crawled. inlinks counts the distinct crawled source entities linking to it
-- editorially (post body, blogroll, forum messages: a link in a comment is the commenter's, not the
-- source's); pertinent_inlinks the IN pertinent ones among them.
with run_sources as (
    -- a crawled source's entity is the entity of its source URL; two hosts of one entity: the bigger one
    select s.host, s.source, s.kind, s.verdict, s.override_verdict, e.entity
    from sources as s
    join int_source_entities as e on e.host = s.host
    where s.run_id = getvariable('run_id')
    qualify row_number() over (partition by e.entity order by s.pages desc, s.host) = 1
),

excluded as (
    select distinct site_of(host) as site
    from exclusions
),

targets as (
    select to_entity as entity, arg_min(to_host, to_url) as host, min(to_url) as first_url
    from int_link_entities
    group by to_entity
),

seen as (
    select
        coalesce(s.entity, t.entity) as entity,
        coalesce(s.host, t.host) as host,
        coalesce(
            s.source,
            -- the home as linked: the linked host (www. kept: the site may answer only there), then the
            -- entity's path prefix on a shared host
            case when lower(regexp_extract(t.first_url, '^([a-zA-Z]+)://', 1)) = 'http' then 'http' else 'https' end
                || '://' || t.host || substr(t.entity, length(site_of(t.host)) + 1) || '/'
        ) as url,
        s.verdict,
        s.override_verdict,
        s.kind,
        s.entity is not null as crawled
    from run_sources as s
    full join targets as t on t.entity = s.entity
),

previous as (
    -- this mart's own rows of the previous delivered run (none on a first run); the table must exist
    -- before the first transform: warehouse.ensure_schema creates it empty
    select * from entities
    where run_id = getvariable('previous_run_id')
),

mapped as (
    -- this run's entities, then the previous run's it did not see (carried, with their status of then)
    select
        n.entity, n.host, n.url, n.verdict, n.override_verdict, n.kind, n.crawled,
        false as carried,
        cast(null as varchar) as previous_status,
        coalesce(p.first_seen_run, getvariable('run_id')) as first_seen_run,
        case when n.crawled then getvariable('run_id') else p.last_crawled_run end as last_crawled_run
    from seen as n
    left join previous as p on p.entity = n.entity
    union all
    select
        p.entity, p.host, p.url, p.verdict, cast(null as varchar) as override_verdict, p.kind, false as crawled,
        true as carried,
        p.status as previous_status,
        p.first_seen_run,
        p.last_crawled_run
    from previous as p
    anti join seen as n on n.entity = p.entity
),

statuses as (
    select
        m.*,
        case
            when x.site is not null then 'OUT'
            when m.carried then m.previous_status
            when m.crawled and m.verdict in ('pertinent', 'automated') then 'IN'
            when m.crawled then 'UNDECIDED'
            else 'DISCOVERED'
        end as status,
        case
            when x.site is not null then 'excluded'
            when m.carried then 'carried'
            when m.override_verdict is not null then 'consultant'
            else 'machine'
        end as status_origin
    from mapped as m
    left join excluded as x
        on x.site = m.entity
        or x.site = site_of(lower(m.host))
    qualify row_number() over (partition by m.entity order by x.site) = 1
),

inbound as (
    select
        l.to_entity as entity,
        count(distinct l.from_entity) as inlinks,
        count(distinct l.from_entity) filter (where f.status = 'IN' and f.verdict = 'pertinent')
            as pertinent_inlinks
    from int_link_entities as l
    join statuses as f on f.entity = l.from_entity
    where l.link_kind <> 'comment'
    group by l.to_entity
),

final as (
    select
        getvariable('run_id') as run_id,
        s.entity,
        s.host,
        s.url,
        s.status,
        s.status_origin,
        s.verdict,
        s.kind,
        s.crawled,
        coalesce(i.inlinks, 0)::bigint as inlinks,
        coalesce(i.pertinent_inlinks, 0)::bigint as pertinent_inlinks,
        s.first_seen_run,
        s.last_crawled_run
    from statuses as s
    left join inbound as i on i.entity = s.entity
)

select * from final
