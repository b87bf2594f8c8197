-- int_post_phrases: one row per post with text (url): the phrases of the seeds it holds, found in one pass
-- over the normalised text (accents, case and punctuation do not matter):
-- - promotional phrases of seed_promo_phrases ("prenez rendez-vous", "sans engagement"...): a post with
--   at least promo_min_phrases of them is promotional;
-- - syndication phrases of seed_syndication_phrases ("est apparu en premier sur", "appeared first
--   on"...): what a feed reader pastes along with an item; a blog whose posts carry them republishes other
--   sites' feeds, even when the originals were not crawled (no copy can then be paired);
-- - news agencies of seed_agency_credits ("AFP", "Reuters", "Cercle Finance"...): a dispatch the post
--   credits, which every subscribing outlet prints word for word. A dispatch is credited at its dateline or
--   at its end ("PARIS (AFP) -", "(avec AFP)", "Source : Reuters"), so only the first and last
--   agency_credit_window_chars characters are read: an article that cites an agency in its body ("selon
--   l'AFP") is no dispatch;
-- - press-release credits of seed_release_credits ("Communiqué de presse", "(BUSINESS WIRE)"), read in the
--   same zone: a firm's release, which every trade site prints word for word (has_release_credit);
-- - marks of a text translated from another market of seed_translation_marks, in the language the source
--   writes (a French text about a "401(k)", a "score de crédit", a "ligne de fond"): a post with at least
--   translation_min_marks distinct ones is written from, or machine-translated out of, foreign content.
with params as (
    select
        max(value) filter (where param = 'promo_min_phrases')::integer as min_phrases,
        max(value) filter (where param = 'agency_credit_window_chars')::integer as credit_window,
        max(value) filter (where param = 'translation_min_marks')::integer as min_translation_marks
    from seed_params
),

phrases as (
    select distinct 'promo' as kind, trim(match_words(phrase)) as phrase, null as language
    from seed_promo_phrases
    where nullif(trim(phrase), '') is not null
    union
    select distinct 'syndication' as kind, trim(match_words(phrase)) as phrase, null as language
    from seed_syndication_phrases
    where nullif(trim(phrase), '') is not null
    union
    select distinct 'agency' as kind, trim(match_words(phrase)) as phrase, null as language
    from seed_agency_credits
    where nullif(trim(phrase), '') is not null
    union
    select distinct 'release' as kind, trim(match_words(phrase)) as phrase, null as language
    from seed_release_credits
    where nullif(trim(phrase), '') is not null
    union
    select distinct 'translation' as kind, trim(match_words(phrase)) as phrase, lower(trim(language)) as language
    from seed_translation_marks
    where nullif(trim(phrase), '') is not null
),

texts as (
    select p.host, p.url, match_words(p.text) as words, s.language
    from int_posts as p
    left join int_sources as s on s.host = p.host
    where length(p.text) > 0
),

zoned as (
    -- the '|' keeps a phrase from matching across the cut
    select
        t.*,
        case
            when length(t.words) <= 2 * p.credit_window then t.words
            else left(t.words, p.credit_window) || ' | ' || right(t.words, p.credit_window)
        end as credit_zone
    from texts as t
    cross join params as p
),

matches as (
    select
        t.url,
        list(ph.phrase order by ph.phrase) filter (where ph.kind = 'promo') as promo,
        list(ph.phrase order by ph.phrase) filter (where ph.kind = 'syndication') as syndication,
        count(*) filter (where ph.kind = 'agency') as agencies,
        count(*) filter (where ph.kind = 'release') as releases,
        count(*) filter (where ph.kind = 'translation') as translation_marks
    from zoned as t
    join phrases as ph
        on contains(case when ph.kind in ('agency', 'release') then t.credit_zone else t.words end,
                    ' ' || ph.phrase || ' ')
        and (ph.language is null or ph.language = t.language)
    group by t.url
),

final as (
    select
        t.host,
        t.url,
        coalesce(len(m.promo), 0) as promo_phrases,
        coalesce(m.promo, []) as matched_phrases,
        coalesce(len(m.promo), 0) >= p.min_phrases as is_promotional,
        coalesce(m.syndication, []) as syndication_phrases,
        coalesce(len(m.syndication), 0) > 0 as has_syndication_mark,
        coalesce(m.agencies, 0) > 0 as has_agency_credit,
        coalesce(m.releases, 0) > 0 as has_release_credit,
        coalesce(m.translation_marks, 0) >= p.min_translation_marks as is_translated
    from texts as t
    cross join params as p
    left join matches as m on m.url = t.url
)

select * from final
