-- int_post_themes: one row per (post url, theme) where the post's title or text names one of the theme's
-- keywords as whole words (accents and case ignored). Posts without text match nothing.
with posts as (
    select
        url,
        host,
        published_date,
        match_words(coalesce(title, '') || ' ' || coalesce(text, '')) as norm_text
    from int_posts
    where length(text) > 0
),

matches as (
    select
        p.url,
        p.host,
        p.published_date,
        t.theme,
        count(*) as keywords_found
    from posts as p
    join stg_themes as t on contains(p.norm_text, ' ' || t.keyword_norm || ' ')
    group by p.url, p.host, p.published_date, t.theme
),

final as (
    select * from matches
)

select * from final
