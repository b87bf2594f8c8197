-- int_sources: one row per host known to the run (listed in raw_sources, or holding pages, entries or
-- forum messages). Decides platform and kind (forum > news > blog > other) and whether the source can be
-- assessed at all (assessment_note: not_crawled, crawl_failed, or null when assessable).
-- A source whose engine and home page say nothing of its kind (Hugo, Jekyll, Drupal, custom CMSs) takes
-- the kind its posts' schema.org markup states (BlogPosting, NewsArticle), when enough of them state it.
-- refused_pages: pages the site refused (seed_refusal_errors), refusal the commonest such error;
-- crawl_blocked: at least refused_pages_min of them, and refused_min_share of the pages asked for.
with params as (
    select
        max(value) filter (where param = 'min_share_posts_kind')::double as min_share_posts_kind,
        max(value) filter (where param = 'refused_pages_min')::double as refused_pages_min,
        max(value) filter (where param = 'refused_min_share')::double as refused_min_share
    from seed_params
),

sources as (
    select * from stg_sources
),

page_hosts as (
    select
        host,
        count(*) as pages,
        -- the platform most pages were recognised as; 'generic' only says the parser found nothing
        mode(platform) filter (where platform <> 'generic') as page_platform,
        -- what the posts' markup says of the site; carried pages keep the kind read when they were
        -- parsed, so a re-crawl keeps the source's kind
        count(*) filter (where page_type = 'article') as article_pages,
        count(*) filter (where page_type = 'article' and kind = 'news') as news_posts,
        count(*) filter (where page_type = 'article' and kind = 'blog') as blog_posts
    from stg_pages
    group by host
),

entry_hosts as (
    select host, count(distinct url) as entries
    from stg_entries
    group by host
),

forum_hosts as (
    select host, count(*) as forum_posts
    from stg_forum_posts
    group by host
),

error_hosts as (
    -- the error that explains a failed source: the home page's, else the earliest
    select
        host,
        count(*) as errors,
        arg_min(error, [
            case when regexp_matches(url, '^https?://[^/]+/?$') then 0 else 1 end,
            coalesce(epoch(fetched_at), 0)
        ]) as first_error
    from stg_errors
    group by host
),

refusal_patterns as (
    select distinct lower(trim(pattern)) as pattern from seed_refusal_errors where trim(pattern) <> ''
),

refused_hosts as (
    -- pages the site would not let the crawler read (seed_refusal_errors: 403, 429, 5xx, timeouts), as
    -- opposed to pages that do not exist (404): a wall, not an empty site
    select e.host, count(distinct e.url) as refused_pages, mode(e.error) as refusal
    from stg_errors as e
    where exists (select 1 from refusal_patterns as r where e.error like r.pattern)
    group by e.host
),

hosts as (
    select host from sources
    union
    select host from page_hosts
    union
    select host from entry_hosts
    union
    select host from forum_hosts
),

platform_families as (
    select lower(trim(platform)) as platform, lower(trim(kind)) as family
    from seed_platforms
),

joined as (
    select
        h.host,
        coalesce(s.source, 'https://' || h.host || '/') as source,
        s.seed_url,
        coalesce(s.status, 'discovered') as status,
        s.depth,
        coalesce(s.crawled, coalesce(p.pages, 0) > 0) as crawled,
        coalesce(nullif(s.platform, 'generic'), p.page_platform, s.platform, 'generic') as platform,
        s.kind as crawler_kind,
        s.site_name,
        s.language,
        s.discovered_from,
        case
            when p.news_posts > 0 and p.news_posts >= p.article_pages * params.min_share_posts_kind then 'news'
            when p.blog_posts > 0 and p.blog_posts >= p.article_pages * params.min_share_posts_kind then 'blog'
        end as posts_kind,
        coalesce(p.pages, 0) as pages,
        coalesce(e.entries, 0) as entries,
        coalesce(f.forum_posts, 0) as forum_posts,
        coalesce(x.errors, 0) as errors,
        x.first_error,
        coalesce(r.refused_pages, 0) as refused_pages,
        r.refusal,
        -- the site refused most of what was asked: what was read is not the site (int_source_scores)
        coalesce(r.refused_pages >= params.refused_pages_min
            and r.refused_pages >= params.refused_min_share * (coalesce(p.pages, 0) + r.refused_pages), false)
            as crawl_blocked
    from hosts as h
    left join sources as s on s.host = h.host
    left join page_hosts as p on p.host = h.host
    left join entry_hosts as e on e.host = h.host
    left join forum_hosts as f on f.host = h.host
    left join error_hosts as x on x.host = h.host
    left join refused_hosts as r on r.host = h.host
    cross join params
),

final as (
    select
        j.*,
        pf.family as platform_family,
        case
            when pf.family = 'forum' or j.forum_posts > 0 or j.crawler_kind = 'forum' then 'forum'
            when pf.family = 'news' or j.crawler_kind = 'news' then 'news'
            when pf.family = 'blog' or j.crawler_kind = 'blog' then 'blog'
            when j.posts_kind is not null then j.posts_kind
            else 'other'
        end as kind,
        case
            -- a source that was asked for and answered only with errors failed; one never asked is a candidate
            when j.pages = 0 and j.forum_posts = 0 and (j.errors > 0 or j.crawled) then 'crawl_failed'
            when j.pages = 0 and j.forum_posts = 0 then 'not_crawled'
        end as assessment_note
    from joined as j
    left join platform_families as pf on pf.platform = j.platform
)

select * from final
