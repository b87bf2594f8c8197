-- int_source_kinds: one row per host of int_sources: the kind the consultant is shown (kind), what it rests
-- on (kind_from), and the kind that scopes the rules (rule_kind).
-- rule_kind is int_sources' kind (engine, home page, forum messages, the posts' schema.org markup), except
-- that news needs a newsroom's mark too (below), and that a site whose engine says nothing (SPIP, Drupal,
-- Joomla, a custom CMS: `other`) is ruled as news when it bears one; a blog engine's site is ruled as a
-- blog whatever its bylines (a farm on WordPress invents a team of personas). The rules a news site is
-- spared (high_cadence, batch_publishing, promotional_posts, self_promo_links...) are spared for a
-- newsroom's habits, and
-- NewsArticle markup alone is no newsroom: 11 of the 38 WCXB article pages it makes news pages come from a
-- personal blog, a dentist, a travel agent, a hospital, a university (docs/classification.md). Without a
-- mark such a source is ruled as other. The marks are not enough alone either: a farm signs with invented
-- bylines and a splog pastes agency dispatches.
-- The kind shown also reads how the site publishes, so that SPIP, Drupal or Joomla sites and newsrooms on a
-- blog engine land in the right source list:
-- - forum, or news read by int_sources: as int_sources reads it (engine, home, messages, markup);
-- - news, from a newsroom's marks on a source of at least newsroom_min_posts posts:
--   - agency_dispatches: at least newsroom_min_share_posts of its posts with text credit a news agency
--     ("(AFP)", int_post_phrases);
--   - team_without_comments: at least newsroom_min_bylines bylines publishing newsroom_min_posts_per_month
--     posts a month between them, with comments under at most newsroom_max_share_commented of the posts
--     fetched: a newsroom's team, where a group blog talks with its readers;
-- - blog: read as a blog by int_sources, or a site whose engine says nothing that holds posts (posts);
-- - other: neither messages nor posts read.
-- Posts signed "La rédaction" are no mark: farms sign so as often as small newsrooms do (make eval: 49
-- automated blogs of the three draws would have been shown as news sites, no news site gained).
with params as (
    select
        max(value) filter (where param = 'newsroom_min_posts')::double as min_posts,
        max(value) filter (where param = 'newsroom_min_share_posts')::double as min_share,
        max(value) filter (where param = 'newsroom_min_bylines')::double as min_bylines,
        max(value) filter (where param = 'newsroom_min_posts_per_month')::double as min_rate,
        max(value) filter (where param = 'newsroom_max_share_commented')::double as max_commented
    from seed_params
),

sources as (
    select * from int_sources
),

features as (
    select * from int_source_features
),

dispatches as (
    select
        host,
        count(*) as posts_with_text,
        count(*) filter (where has_agency_credit) as posts_agency_credited
    from int_post_phrases
    group by host
),

marks as (
    select
        s.host,
        s.kind as read_kind,  -- int_sources' reading
        s.platform_family,
        s.forum_posts,
        s.posts_kind,
        coalesce(f.posts, 0) as posts,
        coalesce(d.posts_agency_credited >= greatest(p.min_posts, p.min_share * d.posts_with_text), false)
            as agency_dispatches,
        coalesce(
            f.posts >= p.min_posts
            and f.distinct_post_authors >= p.min_bylines
            and f.posts_per_month >= p.min_rate
            and coalesce(f.share_posts_with_comments, 0) <= p.max_commented,
            false
        ) as team_without_comments
    from sources as s
    cross join params as p
    left join features as f on f.host = s.host
    left join dispatches as d on d.host = s.host
),

judged as (
    select *, agency_dispatches or team_without_comments as newsroom
    from marks
),

final as (
    select
        host,
        case
            when read_kind in ('forum', 'news') then read_kind
            when newsroom then 'news'
            when read_kind = 'blog' or posts > 0 then 'blog'
            else 'other'
        end as kind,
        case
            when read_kind in ('forum', 'news') or (read_kind = 'blog' and not newsroom) then case
                when platform_family = read_kind then 'engine'
                when read_kind = 'forum' and forum_posts > 0 then 'messages'
                when posts_kind = read_kind then 'markup'
                else 'home'
            end
            when agency_dispatches then 'agency_dispatches'
            when team_without_comments then 'team_without_comments'
            when posts > 0 then 'posts'
        end as kind_from,
        case
            when read_kind = 'news' and not newsroom then 'other'
            -- SPIP, Drupal, Joomla or a custom CMS says nothing of a newsroom; its marks do
            when read_kind = 'other' and newsroom then 'news'
            else read_kind
        end as rule_kind
    from judged
)

select * from final
