-- int_forum_copies: one row per forum message long enough to compare (thread_url, position), and whether another
-- site's forum published its text earlier (is_copied_earlier, with the original's thread): a forum filled by copying other forums' threads (a scraper forum) repeats their members'
-- words after them, thread by thread. Only messages of at least forum_copy_min_words words count ("Merci pour
-- ta réponse !" is everyone's). Texts are compared folded (case, accents, punctuation); the original is the
-- earliest message with the same text on another site, and the copy must be provably later (later_than: a
-- date-only date against a timed one compares by local day). A member cross-posting his question to two
-- forums makes one copy on one of them; a scraper's copies are most of its messages.
with params as (
    select max(value) filter (where param = 'forum_copy_min_words')::integer as min_words
    from seed_params
),

folded as (
    select
        m.thread_url,
        m.position,
        m.host,
        site_of(m.host) as site,
        m.published,
        trim(match_words(m.text)) as norm_text
    from int_forum_posts as m
    where m.published is not null
),

substantive as (
    select f.* exclude (norm_text), hash(f.norm_text) as text_key
    from folded as f
    cross join params as p
    where len(string_split(f.norm_text, ' ')) >= p.min_words
),

shared as (
    -- texts on two sites or more: the only candidates, found without pairing the rest
    select text_key
    from substantive
    group by text_key
    having count(distinct site) > 1
),

candidates as (
    select s.*
    from substantive as s
    semi join shared as k on k.text_key = s.text_key
),

originals as (
    select
        c.thread_url,
        c.position,
        c.host,
        c.published,
        arg_min(o.thread_url, o.published) as original_thread_url,
        min(o.published) as original_published
    from candidates as c
    join candidates as o on o.text_key = c.text_key and o.site <> c.site
    group by c.thread_url, c.position, c.host, c.published
),

final as (
    select
        s.thread_url,
        s.position,
        s.host,
        l.is_copied_earlier,
        case when l.is_copied_earlier then o.original_thread_url end as original_thread_url
    from substantive as s
    left join originals as o on o.thread_url = s.thread_url and o.position = s.position,
    lateral (select coalesce(later_than(s.published, o.original_published), false) as is_copied_earlier) as l
)

select * from final
