-- post_themes: one row per (run_id, url, theme): a post of the run whose title or text names one of the
-- theme's keywords, with its host, title and date. What the report's themes section reads, per run.
with matches as (
    select url, host, published_date, theme from int_post_themes
),

titles as (
    select url, title from int_posts
),

final as (
    select
        getvariable('run_id') as run_id,
        m.theme,
        m.url,
        m.host,
        t.title,
        m.published_date
    from matches as m
    left join titles as t using (url)
)

select * from final
