-- int_post_syndication: one row per post with text (url): the phrases of seed_syndication_phrases it
-- holds ("est apparu en premier sur", "originally published on"...). They are what a feed reader pastes
-- along with an item: a blog whose posts carry them republishes other sites' feeds, even when the
-- originals were not crawled (no copy can then be paired). Matched on normalised words.
with phrases as (
    select distinct trim(match_words(phrase)) as phrase
    from seed_syndication_phrases
    where nullif(trim(phrase), '') is not null
),

texts as (
    select host, url, match_words(text) as words
    from int_posts
    where length(text) > 0
),

matches as (
    select t.url, list(ph.phrase order by ph.phrase) as phrases
    from texts as t
    join phrases as ph on contains(t.words, ' ' || ph.phrase || ' ')
    group by t.url
),

final as (
    select
        t.host,
        t.url,
        coalesce(m.phrases, []) as matched_phrases,
        m.url is not null as has_syndication_mark
    from texts as t
    left join matches as m on m.url = t.url
)

select * from final
