-- int_post_promotion: one row per post with text (url): how many distinct promotional phrases of
-- seed_promo_phrases it contains ("prenez rendez-vous", "sans engagement" ...), matched on normalised
-- words so that accents, case and punctuation do not matter.
with params as (
    select max(value) filter (where param = 'promo_min_phrases')::integer as min_phrases
    from seed_params
),

phrases as (
    select distinct trim(regexp_replace(lower(strip_accents(phrase)), '[^a-z0-9]+', ' ', 'g')) as phrase
    from seed_promo_phrases
    where nullif(trim(phrase), '') is not null
),

texts as (
    select
        host,
        url,
        match_words(text) as words
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
        coalesce(len(m.phrases), 0) as promo_phrases,
        coalesce(m.phrases, []) as matched_phrases,
        coalesce(len(m.phrases), 0) >= p.min_phrases as is_promotional
    from texts as t
    cross join params as p
    left join matches as m on m.url = t.url
)

select * from final
