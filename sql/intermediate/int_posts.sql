-- int_posts: one row per blog/news post (url): article pages ∪ feed/sitemap entries, deduplicated by url
-- (an untyped page listed by the feed, or dated with a text of its own, is a post too), and one per text and
-- date on a host (see `post_pages`).
-- published comes from the page or the feed only: sitemap lastmod is a modification date (bulk updates
-- would fake bursts), so it is kept apart as lastmod. text is the page's text, else the feed's summary
-- (feeds often carry the full text); post_key is a compact integer id for the similarity models.
with forum_hosts as (
    -- forum feeds list threads and messages, which are not blog posts
    select host from int_sources where kind = 'forum'
),

feed_urls as (
    select distinct url from stg_entries where origin = 'feed'
),

pages as (
    -- a page is a post by what points to it as well as by its markup: a page the parser could not type
    -- ('other': an unknown CMS, a theme without article markup) is a post when the site's own feed
    -- lists it, or when it has a date and a text of its own
    select
        p.*,
        p.page_type = 'article'
            or (p.page_type = 'other' and fh.host is null
                and (f.url is not null or (p.published is not null and length(p.text) >= 500))) as is_post
    from stg_pages as p
    left join feed_urls as f on f.url = p.url
    left join forum_hosts as fh on fh.host = p.host
),

non_post_pages as (
    select url from pages where not is_post
),

post_pages as (
    -- one post per text and date on a host: a CMS serves a post at several addresses (WordPress's comment
    -- pages /comment-page-2/, Joomla's menu paths, Drupal's /node/123 beside its alias), and each would
    -- count as a post and as a template of the other. The shortest address stands for them. The same text
    -- on another day is another post (a splog's repeat); texts under post_dedupe_min_chars are left alone.
    -- Keyed by host, date, length and the text's first 1,000 characters, grouped before any ranking: a
    -- window over the pages themselves carried every text through a sort (+26 s at 1M posts)
    select
        p.*,
        case when length(p.text) >= prm.dedupe_min_chars
            then hash(p.host, p.published, length(p.text), hash(left(p.text, 1000))) end as text_key
    from pages as p
    cross join (
        select max(value) filter (where param = 'post_dedupe_min_chars')::int as dedupe_min_chars from seed_params
    ) as prm
    where p.is_post
),

repeated_keys as (
    select text_key from post_pages where text_key is not null group by text_key having count(*) > 1
),

duplicate_pages as (
    select p.url
    from post_pages as p
    semi join repeated_keys as k on k.text_key = p.text_key
    qualify row_number() over (partition by p.text_key order by length(p.url), p.url) > 1
),

articles as (
    select url, host, title, author, published, text, quotations, comments_open, comments_hosted_by, paywalled,
        n_comments
    from post_pages as p
    anti join duplicate_pages as d on d.url = p.url
),

entries as (
    select
        e.url,
        -- an url listed by several hosts' feeds belongs to the host that serves it, else the first lister
        coalesce(
            any_value(e.host) filter (where e.url like 'http%://' || e.host || '/%'),
            min(e.host)
        ) as host,
        max(e.title) as title,
        min(e.published) filter (where e.origin = 'feed') as feed_published,
        max(e.published) filter (where e.origin = 'sitemap') as lastmod,
        arg_max(e.summary, length(e.summary)) filter (where e.origin = 'feed') as summary,
        bool_or(e.origin = 'feed') as in_feed,
        bool_or(e.origin = 'sitemap') as in_sitemap
    from stg_entries as e
    anti join forum_hosts as f on f.host = e.host
    anti join non_post_pages as n on n.url = e.url
    anti join duplicate_pages as d on d.url = e.url
    group by e.url
),

joined as (
    select
        coalesce(a.url, e.url) as url,
        coalesce(a.host, e.host) as host,
        coalesce(a.title, e.title) as title,
        a.author,
        -- the page's date, unless it is date-only and the feed gives the same day with a time: the same local
        -- day (local_day), as a post of 00:40 in Paris is listed at 23:40 UTC the day before
        case when a.published is null or feed_dates_page then e.feed_published else a.published end as published,
        case
            when a.published is null and e.feed_published is not null then 'feed'
            when feed_dates_page then 'feed'
            when a.published is not null then 'page'
        end as published_from,
        e.lastmod,
        a.url is not null as fetched,
        coalesce(e.in_feed, false) as in_feed,
        coalesce(e.in_sitemap, false) as in_sitemap,
        a.comments_open,
        a.comments_hosted_by,
        coalesce(a.paywalled, false) as paywalled,
        coalesce(a.n_comments, 0) as n_comments_shown,
        case when length(a.text) > 0 then a.text else e.summary end as text,
        case when length(a.text) > 0 then a.quotations else []::varchar[] end as quotations,
        case when length(a.text) > 0 then 'page' when e.summary is not null then 'feed' end as text_from
    from articles as a
    full outer join entries as e on e.url = a.url,
    lateral (
        select coalesce(is_date_only(a.published)
            and local_day(e.feed_published) = local_day(a.published), false) as feed_dates_page
    )
),

final as (
    select
        row_number() over (order by j.url) as post_key,
        j.*,
        local_day(j.published) as published_date
    from joined as j
)

select * from final
