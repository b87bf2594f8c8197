-- sources: one row per (run_id, host): what the source is (kind: the kind shown, int_source_kinds), its
-- activity, the machine's score and verdict with reasons and evidence, and the consultant's override, which
-- wins in verdict.
with sources as (
    select * from int_sources
),

features as (
    select * from int_source_features
),

scores as (
    select * from int_source_scores
),

kinds as (
    select * from int_source_kinds
),

consultant_overrides as (
    select
        lower(trim(host)) as host,
        nullif(lower(trim(verdict)), '') as verdict,
        note
    from overrides
),

dates as (
    -- first and last dated post or forum message
    select host, min(day) as first_post, max(day) as last_post
    from (
        select host, published_date as day from int_posts
        union all
        select host, published_date as day from int_forum_posts
    )
    group by host
),

forum_activity as (
    -- a forum's posts are its messages, its comments the replies to thread openers
    select
        host,
        count(published_date) / greatest(1.0, date_diff('day', min(published_date), max(published_date)) / 30.4375)
            as messages_per_month
    from int_forum_posts
    group by host
),

final as (
    select
        getvariable('run_id') as run_id,
        s.source,
        s.host,
        k.kind,
        s.platform,
        s.status,
        s.crawled,
        s.site_name,
        s.pages::bigint as pages,
        (case when s.kind = 'forum' then f.forum_posts else f.posts end)::bigint as posts,
        (case when s.kind = 'forum' then f.forum_posts - f.forum_threads else f.comments end)::bigint as comments,
        f.forum_threads::bigint as forum_threads,
        f.forum_posts::bigint as forum_posts,
        f.distinct_commenters::bigint as distinct_commenters,
        f.distinct_authors::bigint as distinct_authors,
        round(case when s.kind = 'forum' then fa.messages_per_month else f.posts_per_month end, 2)
            as posts_per_month,
        d.first_post,
        d.last_post,
        s.errors::bigint as errors,
        sc.machine_score,
        sc.machine_verdict,
        sc.machine_score as score,
        coalesce(o.verdict, sc.machine_verdict) as verdict,
        o.verdict as override_verdict,
        o.note as override_note,
        sc.reasons,
        sc.evidence_fr,
        sc.evidence_en,
        sc.verdict_note,
        s.seed_url,
        s.depth,
        s.discovered_from,
        s.language,
        f.posts_compared::bigint as posts_compared,
        f.peak_posts_per_day,
        f.share_posts_copied_earlier,
        f.share_posts_spun,
        f.share_comments_with_urls,
        f.share_threads_self_answered,
        sc.automated_log_odds,
        sc.pertinent_log_odds,
        -- how much of the source speaks of the client's themes: a site discovered through a signature or a
        -- blogroll may be off the sector (null without a taxonomy); after the contract's columns, as all additions
        round(f.share_posts_on_theme, 3) as theme_share,
        -- what the kind shown rests on, and the kind that scoped the rules (int_source_kinds)
        k.kind_from,
        k.rule_kind
    from sources as s
    join features as f on f.host = s.host
    join scores as sc on sc.host = s.host
    join kinds as k on k.host = s.host
    left join dates as d on d.host = s.host
    left join forum_activity as fa on fa.host = s.host
    left join consultant_overrides as o on o.host = s.host
)

select * from final
