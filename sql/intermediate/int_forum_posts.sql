-- int_forum_posts: one row per forum message (thread_url, position), with its thread's opener and
-- whether the message is a reply written by that opener. A forum moved to another engine often keeps its
-- past under one account ("Archives", "Import", "Invité"), each message headed with its real author and
-- date ("Message d'origine de X, le ...", seed_attribution_headers): an account whose messages mostly
-- (import_account_min_share, at least import_account_min_messages) open with such a header naming two
-- people or more is an import, and each headed message is its named author's (author_key, author; the
-- account stays in account_key). A member quoting another ("X a écrit :") is no header, and a header in
-- the odd message of a real member changes nothing.
with params as (
    select
        max(value) filter (where param = 'import_account_min_share')::double as import_min_share,
        max(value) filter (where param = 'import_account_min_messages')::integer as import_min_messages
    from seed_params
),

headers as (
    select lower(prefix) as prefix, pattern from seed_attribution_headers
),

posted as (
    select
        f.*,
        nullif(lower(trim(f.author)), '') as account_key,
        local_day(f.published) as published_date
    from stg_forum_posts as f
),

headed as (
    -- the name a known header gives at the message's start (a cheap prefix test first, then the pattern)
    select thread_url, position, any_value(named_author) as named_author
    from (
        select m.thread_url, m.position, nullif(trim(regexp_extract(left(m.text, 200), h.pattern, 1)), '') as named_author
        from posted as m
        inner join headers as h on starts_with(lower(ltrim(left(m.text, 40))), h.prefix)
    )
    where named_author is not null
    group by thread_url, position
),

import_accounts as (
    select m.host, m.account_key
    from posted as m
    left join headed as h on h.thread_url = m.thread_url and h.position = m.position
    cross join params as p
    where m.account_key is not null
    group by m.host, m.account_key, p.import_min_share, p.import_min_messages
    having count(h.named_author) >= p.import_min_messages
        and count(h.named_author) >= p.import_min_share * count(*)
        and count(distinct lower(h.named_author)) >= 2
),

messages as (
    select
        m.* exclude (author),
        case when i.account_key is not null and h.named_author is not null then h.named_author else m.author end
            as author,
        case when i.account_key is not null and h.named_author is not null then lower(h.named_author)
            else m.account_key end as author_key,
        i.account_key is not null and h.named_author is not null as is_imported
    from posted as m
    left join headed as h on h.thread_url = m.thread_url and h.position = m.position
    left join import_accounts as i on i.host = m.host and i.account_key = m.account_key
),

openers as (
    select
        thread_url,
        min(position) as opener_position,
        arg_min(author_key, position) as opener_key
    from messages
    group by thread_url
),

final as (
    select
        m.thread_url,
        m.position,
        m.page_url,
        m.host,
        m.thread_title,
        m.post_id,
        m.author,
        m.author_key,
        m.account_key,
        m.is_imported,
        m.published,
        m.published_date,
        m.text,
        m.position = o.opener_position as is_opener,
        o.opener_key,
        m.position > o.opener_position and m.author_key = o.opener_key as is_opener_reply
    from messages as m
    join openers as o on o.thread_url = m.thread_url
)

select * from final
