-- commenters: one row per (run_id, commenter_key): a person who writes on at least two pertinent sources of
-- the map (IN entities with verdict pertinent in `entities`): blog comments (int_comments) and forum messages
-- (int_forum_posts), by author name folded like the rest of the text (fold_text: case, accents, punctuation).
-- Names that are not people (Anonyme, Invité, admin... seed_generic_author_names) are left out. The same name
-- on two sites may be two people: the list is a lead for the consultant, not an identity.
-- signature_site: the entity of the URL they sign their comments with most often (ignored hosts such as
-- platform profiles are no site).
with generic_names as (
    select distinct trim(match_words(name)) as name_key from seed_generic_author_names
),

source_entities as (
    select host, entity from int_source_entities
),

pertinent as (
    select entity from entities
    where run_id = getvariable('run_id') and status = 'IN' and verdict = 'pertinent'
),

items as (
    select host, author, author_url, published_date from int_comments
    union all
    select host, author, cast(null as varchar) as author_url, published_date from int_forum_posts
),

keyed as (
    select
        i.*,
        nullif(trim(match_words(i.author)), '') as commenter_key,
        e.entity,
        p.entity is not null as on_pertinent
    from items as i
    join source_entities as e on e.host = i.host
    left join pertinent as p on p.entity = e.entity
),

people as (
    select k.*
    from keyed as k
    anti join generic_names as g on g.name_key = k.commenter_key
    where k.commenter_key is not null
),

per_person as (
    select
        commenter_key,
        count(distinct entity) filter (where on_pertinent) as pertinent_sources,
        count(*) as comments,
        min(published_date) as first_seen,
        max(published_date) as last_seen
    from people
    group by commenter_key
    having count(distinct entity) filter (where on_pertinent)
        >= (select max(value) filter (where param = 'commenter_min_pertinent_sources')::int from seed_params)
),

names as (
    -- the spelling they use most
    select commenter_key, author, row_number() over (partition by commenter_key order by count(*) desc, author) as n
    from people
    semi join per_person using (commenter_key)
    group by commenter_key, author
),

places as (
    -- where they write, most messages first
    select commenter_key, entity, row_number() over (partition by commenter_key order by count(*) desc, entity) as n
    from people
    semi join per_person using (commenter_key)
    group by commenter_key, entity
),

place_lists as (
    select commenter_key, string_agg(entity, '; ' order by n) as sources
    from places
    group by commenter_key
),

signatures as (
    select
        p.commenter_key,
        u.entity,
        row_number() over (partition by p.commenter_key order by count(*) desc, u.entity) as n
    from people as p
    semi join per_person using (commenter_key)
    join int_url_entities as u on u.url = p.author_url
    where not u.ignored_host
    group by p.commenter_key, u.entity
),

final as (
    select
        getvariable('run_id') as run_id,
        pp.commenter_key,
        nm.author as commenter,
        pp.pertinent_sources::bigint as pertinent_sources,
        pl.sources,
        pp.comments::bigint as comments,
        sg.entity as signature_site,
        pp.first_seen,
        pp.last_seen
    from per_person as pp
    join names as nm on nm.commenter_key = pp.commenter_key and nm.n = 1
    join place_lists as pl on pl.commenter_key = pp.commenter_key
    left join signatures as sg on sg.commenter_key = pp.commenter_key and sg.n = 1
)

select * from final
