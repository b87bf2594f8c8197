-- int_rule_examples: one row per (host, signal) for which an example can be shown: example_url on the
-- source and, where it makes sense, example_other_url elsewhere (the original of a copy, the URL a comment
-- is signed with, the other page carrying the same comment, the most-linked site).
with copied as (
    select
        host,
        'share_posts_copied_earlier' as signal,
        url as example_url,
        original_url as example_other_url
    from int_post_similarity
    where is_copied_earlier
    qualify row_number() over (partition by host order by original_similarity desc, url) = 1
),

spun as (
    select
        host,
        'share_posts_spun' as signal,
        url as example_url,
        original_url as example_other_url
    from int_post_similarity
    where is_spun_earlier
    qualify row_number() over (partition by host order by original_similarity desc, url) = 1
),

templated as (
    -- the templated post sharing most of its text with the host's other posts
    select
        host,
        'share_posts_templated' as signal,
        url as example_url,
        null as example_other_url
    from int_post_similarity
    where is_templated
    qualify row_number() over (partition by host order by share_shingles_on_host desc, url) = 1
),

promotional as (
    select
        host,
        'share_posts_promotional' as signal,
        url as example_url,
        null as example_other_url
    from int_post_phrases
    where is_promotional
    qualify row_number() over (partition by host order by promo_phrases desc, url) = 1
),

peak_day as (
    -- the busiest day is a farm's biggest lot too
    select
        host,
        unnest(['peak_posts_per_day', 'share_posts_in_unscheduled_batches']) as signal,
        min(url) as example_url,
        null as example_other_url
    from int_posts
    where published_date is not null
    group by host, published_date
    qualify row_number() over (partition by host order by count(*) desc, published_date desc) = 1
),

comment_urls as (
    select
        host,
        'share_comments_with_urls' as signal,
        page_url as example_url,
        external_url_example as example_other_url
    from int_comments
    where has_external_url and not by_post_author
    qualify row_number() over (partition by host order by page_url, position) = 1
),

comment_repeated as (
    select
        host,
        'share_comments_repeated_elsewhere' as signal,
        page_url as example_url,
        repeated_example_url as example_other_url
    from int_comments
    where repeated_elsewhere
    qualify row_number() over (partition by host order by page_url, position) = 1
),

self_answered as (
    select
        host,
        'share_threads_self_answered' as signal,
        thread_url as example_url,
        null as example_other_url
    from int_forum_threads
    where self_answered
    qualify row_number() over (partition by host order by replies desc, thread_url) = 1
),

one_answerer as (
    select
        host,
        'share_threads_one_answerer' as signal,
        thread_url as example_url,
        null as example_other_url
    from int_forum_threads
    where answered_by_top_alone
    qualify row_number() over (partition by host order by replies desc, thread_url) = 1
),

consulted as (
    -- a thread where the lone answerer answered the asker's follow-up
    select
        host,
        'share_lone_threads_consulted' as signal,
        thread_url as example_url,
        null as example_other_url
    from int_forum_threads
    where answered_by_top_alone and is_consultation
    qualify row_number() over (partition by host order by replies desc, thread_url) = 1
),

top_author as (
    -- a thread where the most prolific member writes
    select
        host,
        'share_forum_posts_top_author' as signal,
        min(thread_url) as example_url,
        null as example_other_url
    from int_forum_posts
    where author_key is not null
    group by host, author_key
    qualify row_number() over (partition by host order by count(*) desc, author_key) = 1
),

top_site as (
    -- the most-linked site, for the concentration of links and for the timer that pushes it
    select
        host,
        unnest(['share_external_links_top_host', 'share_links_top_host_on_timer']) as signal,
        example_from_url as example_url,
        example_to_url as example_other_url
    from int_source_links
),

regular_posts as (
    -- the latest post: the scheduler's rhythm shows in the listing around it
    select host, 'post_gap_cv' as signal, arg_max(url, published) as example_url, null as example_other_url
    from int_posts
    where published is not null
    group by host
),

clockwork as (
    select host, 'post_gap_sd_minutes' as signal, arg_max(url, published) as example_url, null as example_other_url
    from int_posts
    where published is not null
    group by host
),

regular_replies as (
    -- the thread with the most timed replies
    select host, 'reply_delay_cv' as signal, thread_url as example_url, null as example_other_url
    from int_forum_posts
    group by host, thread_url
    qualify row_number() over (partition by host order by count(*) desc, thread_url) = 1
),

few_voices as (
    -- the longest thread written by the fewest members
    select host, 'mean_authors_per_thread' as signal, thread_url as example_url, null as example_other_url
    from int_forum_posts
    group by host, thread_url
    having count(*) > 1
    qualify row_number() over (partition by host order by count(distinct author_key), count(*) desc, thread_url) = 1
),

link_block as (
    select
        host,
        'hosts_sharing_link_block' as signal,
        'http://' || host || '/' as example_url,
        'http://' || link_block_example_host || '/' as example_other_url
    from int_source_network
    where link_block_example_host is not null
),

sold_posts as (
    select host, 'share_posts_one_time_byline_links' as signal, min(url) as example_url, null as example_other_url
    from int_post_bylines
    where one_time_byline and sells_link
    group by host
),

translated as (
    select host, 'share_posts_translated' as signal, min(url) as example_url, null as example_other_url
    from int_post_phrases
    where is_translated
    group by host
),

syndicated as (
    select host, 'share_posts_syndication_marks' as signal, min(url) as example_url, null as example_other_url
    from int_post_phrases
    where has_syndication_mark
    group by host
),

copied_messages as (
    -- the thread holding most copied messages, and the original thread of its first copy
    select
        host,
        'share_forum_posts_copied_earlier' as signal,
        thread_url as example_url,
        arg_min(original_thread_url, position) as example_other_url
    from int_forum_copies
    where is_copied_earlier
    group by host, thread_url
    qualify row_number() over (partition by host order by count(*) desc, thread_url) = 1
),

forum_cast as (
    -- the longest thread of a forum written by a closed cast
    select f.host, 'distinct_forum_authors' as signal, f.thread_url as example_url, null as example_other_url
    from int_forum_posts as f
    group by f.host, f.thread_url
    qualify row_number() over (partition by f.host order by count(*) desc, f.thread_url) = 1
),

site_pairs as (
    select distinct
        from_host,
        to_host,
        site_of(from_host) as from_site,
        site_of(to_host) as to_site
    from stg_links
    where context in ('content', 'blogroll')
),

mutual_pairs as (
    -- host pairs whose sites link to each other
    select a.from_host, a.to_host
    from site_pairs as a
    join site_pairs as b on b.from_site = a.to_site and b.to_site = a.from_site
    where a.to_site <> a.from_site
),

link_partner as (
    -- a site of the audit it exchanges links with
    select
        from_host as host,
        'mutual_link_clustering' as signal,
        'http://' || from_host || '/' as example_url,
        'http://' || min(to_host) || '/' as example_other_url
    from mutual_pairs
    group by from_host
),

link_ring as (
    select host, 'link_ring_partners' as signal, example_url, example_other_url from link_partner
),

partner_post as (
    -- a post whose body links to a site that links back
    select
        a.from_host as host,
        'share_posts_linking_partners' as signal,
        min(l.from_url) as example_url,
        min(l.to_url) as example_other_url
    from mutual_pairs as a
    join stg_links as l on l.from_host = a.from_host and l.to_host = a.to_host and l.context = 'content'
    semi join int_posts as p on p.url = l.from_url
    group by a.from_host
),

network_link as (
    -- a page of the source linking to one of the network members it links to
    select
        g.host,
        'network_sites_linked' as signal,
        min(l.from_url) as example_url,
        min(l.to_url) as example_other_url
    from int_source_link_graph as g
    join stg_links as l on l.from_host = g.host and site_of(l.to_host) = g.network_site_example
        and l.context in ('content', 'blogroll')
    where g.network_sites_linked > 0
    group by g.host
),

takeover as (
    -- the first post of the site's current owner, and one of the sites his posts link to
    select
        e.host,
        'takeover_silence_days' as signal,
        min(p.url) filter (where p.published = e.era_start) as example_url,
        'http://' || any_value(e.linked_site_example) || '/' as example_other_url
    from int_source_eras as e
    inner join int_posts as p on p.host = e.host
    where e.is_takeover
    group by e.host
),

campaign as (
    -- the page holding the most campaign comments
    select host, 'share_comments_in_campaigns' as signal, page_url as example_url, null as example_other_url
    from int_comments
    where in_campaign
    group by host, page_url
    qualify row_number() over (partition by host order by count(*) desc, page_url) = 1
),

salvo as (
    -- a thread opened in the forum's largest salvo
    select host, 'share_threads_in_salvos' as signal, salvo_example_url as example_url, null as example_other_url
    from int_source_rhythm
    where share_threads_in_salvos > 0
),

following as (
    -- the closest uncredited copy or rewrite of an earlier post elsewhere
    select s.host, 'posts_following_uncredited' as signal, s.url as example_url, s.original_url as example_other_url
    from int_post_similarity as s
    left join int_post_phrases as ph on ph.url = s.url
    where (s.is_copied_earlier or s.is_spun_earlier)
        and not coalesce(ph.has_agency_credit or ph.has_release_credit, false)
    qualify row_number() over (partition by s.host order by s.original_similarity desc, s.url) = 1
),

member_site as (
    select host, 'share_threads_member_site_links' as signal, null as example_url,
        'http://' || member_top_site || '/' as example_other_url
    from int_source_links
    where member_top_site is not null
),

final as (
    select * from copied
    union all by name select * replace ('posts_copied_earlier' as signal) from copied
    union all by name select * from spun
    union all by name select * from templated
    union all by name select * from promotional
    union all by name select * from peak_day
    union all by name select * from comment_urls
    union all by name select * from comment_repeated
    union all by name select * from self_answered
    union all by name select * from one_answerer
    union all by name select * from consulted
    union all by name select * from sold_posts
    union all by name select * from top_author
    union all by name select * from top_site
    union all by name select * from regular_posts
    union all by name select * from clockwork
    union all by name select * from regular_replies
    union all by name select * from few_voices
    union all by name select * from link_block
    union all by name select * from syndicated
    union all by name select * from translated
    union all by name select * from forum_cast
    union all by name select * from copied_messages
    union all by name select * from link_partner
    union all by name select * from link_ring
    union all by name select * from partner_post
    union all by name select * from network_link
    union all by name select * from takeover
    union all by name select * from campaign
    union all by name select * from salvo
    union all by name select * from following
    union all by name select * from member_site
)

select * from final
