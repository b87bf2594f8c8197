-- int_source_features: one row per host of int_sources; every other column is a numeric signal (DOUBLE)
-- named with its unit, so that int_rule_hits can unpivot them generically. share_* are ratios in [0, 1];
-- a share whose denominator is zero is null (no evidence), and null signals never fire a rule.
-- unread_text_pages counts the pages of text the parser did not read as posts (see `unread`).
-- Copies of a news agency's dispatch, of a firm's press release, or of a post whose site the copy names
-- (`credited`) do not count on a site with original posts of its own (see `similarity`).
with sources as (
    select host, pages from int_sources
),

params as (
    select
        max(value) filter (where param = 'rate_min_span_days')::double as rate_min_span_days,
        max(value) filter (where param = 'rate_short_span_min_posts')::double as rate_short_span_min_posts,
        max(value) filter (where param = 'batch_min_posts')::int as batch_min_posts,
        max(value) filter (where param = 'batch_min_idle_days')::int as batch_min_idle_days,
        max(value) filter (where param = 'batch_calendar_min_batches')::int as batch_calendar_min_batches,
        max(value) filter (where param = 'batch_calendar_min_share')::double as batch_calendar_min_share,
        max(value) filter (where param = 'batch_calendar_day_window')::int as batch_calendar_day_window,
        max(value) filter (where param = 'wire_min_original_posts')::integer as wire_min_original_posts,
        max(value) filter (where param = 'timer_min_gaps')::int as timer_min_gaps,
        max(value) filter (where param = 'timer_max_gap_cv')::double as timer_max_gap_cv,
        max(value) filter (where param = 'timer_max_gap_sd_minutes')::double as timer_max_gap_sd_minutes,
        max(value) filter (where param = 'timer_min_timed_gaps')::int as timer_min_timed_gaps,
        max(value) filter (where param = 'unread_page_min_words')::int as unread_page_min_words,
        max(value) filter (where param = 'agency_credit_window_chars')::int as agency_credit_window_chars,
        max(value) filter (where param = 'campaign_page_min_share')::double as campaign_page_min_share,
        max(value) filter (where param = 'campaign_min_posts')::int as campaign_min_posts,
        max(value) filter (where param = 'comment_pool_min_share')::double as comment_pool_min_share,
        max(value) filter (where param = 'comment_repeat_min_pages')::int as comment_repeat_min_pages,
        max(value) filter (where param = 'follow_max_lead_share')::double as follow_max_lead_share
    from seed_params
),

posts as (
    select
        host,
        count(*) as posts,
        count(*) filter (where fetched) as posts_fetched,
        count(published_date) as posts_dated,
        count(*) filter (where fetched and comments_open is not null) as posts_comments_known,
        count(*) filter (where fetched and comments_open) as posts_comments_open,
        -- posts whose comments a browser-side service (Disqus...) loads: a conversation not read
        count(*) filter (where fetched and comments_hosted_by is not null) as posts_comments_hosted,
        -- posts whose text is for subscribers: a teaser was read, not the post
        count(*) filter (where fetched and paywalled) as posts_paywalled,
        -- over the period first..last dated post, at least a month; with enough posts to measure a rate,
        -- at least rate_min_span_days: a budgeted crawl of a busy site reads its newest days only, and a
        -- month's floor capped every rate at the number of posts fetched
        nullif(count(published_date), 0) * 30.4375 / greatest(
            case when count(published_date) >= any_value(prm.rate_short_span_min_posts)
                then any_value(prm.rate_min_span_days) else 30.4375 end,
            date_diff('day', min(published_date), max(published_date))
        ) as posts_per_month,
        -- bylines of the posts: a newsroom's team, or one person (a farm signs "admin" or nothing)
        count(distinct nullif(lower(trim(author)), '')) as distinct_post_authors
    from int_posts
    cross join params as prm
    group by host
),

daily as (
    select host, published_date, count(*) as posts
    from int_posts
    where published_date is not null
    group by host, published_date
),

peaks as (
    select host, max(posts) as peak_posts_per_day
    from daily
    group by host
),

batch_days as (
    -- a batch: a day with several posts after days of silence (a farm's ghostwritten lot, then weeks of
    -- nothing). The first day published is left out: no silence is seen before it, and a blog opens with a
    -- few posts at once
    select d.host, d.published_date, d.posts
    from (
        select *, lag(published_date) over (partition by host order by published_date) as previous_day
        from daily
    ) as d
    cross join params as prm
    where d.posts >= prm.batch_min_posts
      and date_diff('day', d.previous_day, d.published_date) - 1 >= prm.batch_min_idle_days
),

batch_weekdays as (
    -- the weekday most batches come out on: a weekly's issue day, or a monthly's ("first Thursday")
    select host, max(batches) as batches_on_weekday
    from (select host, dayofweek(published_date), count(*) as batches from batch_days group by all)
    group by host
),

batch_monthdays as (
    -- the most batches within batch_calendar_day_window days of one batch's day of the month: a
    -- monthly's issue date, moved a day or two by a weekend
    select host, max(batches) as batches_on_monthday
    from (
        select a.host, a.published_date, count(*) as batches
        from batch_days as a
        inner join batch_days as b
            on b.host = a.host
            and abs(day(b.published_date) - day(a.published_date)) <= (select batch_calendar_day_window from params)
        group by all
    )
    group by host
),

batches as (
    -- lots on a calendar are a publication's issues (a weekly magazine, an association's monthly letter):
    -- at least batch_calendar_min_batches of them, batch_calendar_min_share on one weekday or one day of
    -- the month. A farm delivers its lots when they are written
    select
        bd.host,
        sum(bd.posts) as posts_in_batches,
        count(*) as batch_days,
        greatest(any_value(w.batches_on_weekday), any_value(m.batches_on_monthday)) / count(*)
            as share_batches_on_calendar
    from batch_days as bd
    left join batch_weekdays as w on w.host = bd.host
    left join batch_monthdays as m on m.host = bd.host
    group by bd.host
),

credited as (
    -- a copy that names the site it comes from, as its byline or in its first or last lines ("Source : Le
    -- Revenu", "Chronique parue dans Le Revenu", "lerevenu.com"): a partner's republication, a writer's column
    -- republished on his blog. A byline shared with the original is no credit: feed-to-post plugins keep it.
    -- Only the two ends of the text are folded: folding whole texts cost 10 s at 1M posts (make bench-sql)
    select distinct c.url
    from (
        select
            s.url,
            trim(match_words(p.author)) as author_key,
            match_words(left(p.text, prm.agency_credit_window_chars)) || ' | '
                || match_words(right(p.text, prm.agency_credit_window_chars)) as credit_zone,
            trim(match_words(os.site_name)) as site_key,
            match_words(site_of(o.host)) as host_words
        from int_post_similarity as s
        inner join int_posts as p on p.url = s.url
        inner join int_posts as o on o.url = s.original_url
        left join int_sources as os on os.host = o.host
        cross join params as prm
        where s.is_copied_earlier or s.is_spun_earlier
    ) as c
    where (len(c.site_key) >= 5 and (c.author_key = c.site_key or contains(c.credit_zone, ' ' || c.site_key || ' ')))
       or contains(c.credit_zone, c.host_words)
),

similarity_counts as (
    select
        s.host,
        count(*) filter (where s.compared) as posts_compared,
        count(*) filter (where s.is_copied_earlier) as posts_copied_earlier,
        count(*) filter (where s.is_spun_earlier) as posts_spun,
        -- copies and rewrites of a dispatch the post credits to a news agency ("(AFP)") or of a firm's press
        -- release ("Communiqué de presse")
        count(*) filter (where s.is_copied_earlier and (ph.has_agency_credit or ph.has_release_credit))
            as posts_copied_dispatch,
        count(*) filter (where s.is_spun_earlier and (ph.has_agency_credit or ph.has_release_credit))
            as posts_spun_dispatch,
        -- other copies and rewrites that name the site they come from
        count(*) filter (where s.is_copied_earlier and cr.url is not null
                         and not (ph.has_agency_credit or ph.has_release_credit)) as posts_copied_credited,
        count(*) filter (where s.is_spun_earlier and cr.url is not null
                         and not (ph.has_agency_credit or ph.has_release_credit)) as posts_spun_credited,
        count(*) filter (where s.is_original) as posts_original,
        count(*) filter (where s.is_templated) as posts_templated,
        -- copies and rewrites that credit nobody: no agency, no press release, no source site
        count(*) filter (where (s.is_copied_earlier or s.is_spun_earlier) and cr.url is null
                         and not coalesce(ph.has_agency_credit or ph.has_release_credit, false)) as posts_taken_uncredited
    from int_post_similarity as s
    left join int_post_phrases as ph on ph.url = s.url
    left join credited as cr on cr.url = s.url
    group by s.host
),

similarity as (
    -- every outlet subscribing to an agency prints its dispatches word for word, and every trade site a
    -- firm's press releases: on a site that also publishes its own posts, a credited dispatch found earlier
    -- elsewhere is no copy; a site whose every post comes from elsewhere is pasting, credit or not. A
    -- republication naming its source's site is excused only where the site writes at least as many posts
    -- as it republishes so: a feed's excerpts carry "Source : ..." too, and those whose originals were not
    -- crawled look original
    select
        c.* replace (
            c.posts_copied_earlier - e.dispatches * c.posts_copied_dispatch - e.credited * c.posts_copied_credited
                as posts_copied_earlier,
            c.posts_spun - e.dispatches * c.posts_spun_dispatch - e.credited * c.posts_spun_credited as posts_spun
        )
    from similarity_counts as c
    cross join params as prm,
    lateral (
        select
            (c.posts_original >= prm.wire_min_original_posts)::int as dispatches,
            (c.posts_original >= prm.wire_min_original_posts
             and c.posts_original >= c.posts_copied_credited + c.posts_spun_credited)::int as credited
    ) as e
),

taken_by_others as (
    -- a site's own posts that another site copied or rewrote later: outlets covering the same stories take
    -- from each other both ways; a site that only ever takes is rewriting the others. A post that is itself a
    -- copy or rewrite of an earlier one elsewhere is not the site's own: a second splog pasting it from the
    -- first is no sign that the first is followed
    select o.host, count(distinct o.url) as posts_taken_by_others
    from int_post_similarity as s
    inner join int_posts as o on o.url = s.original_url
    left join int_post_similarity as os on os.url = o.url
    where (s.is_copied_earlier or s.is_spun_earlier)
        and not coalesce(os.is_copied_earlier or os.is_spun_earlier, false)
    group by o.host
),

promotion as (
    select host, count(*) as posts_with_text, count(*) filter (where is_promotional) as posts_promotional
    from int_post_phrases
    group by host
),

syndication as (
    select
        host,
        count(*) filter (where has_syndication_mark) as posts_syndicated,
        count(*) filter (where is_translated) as posts_translated
    from int_post_phrases
    group by host
),

bylines as (
    -- posts signed by a name that signs no other, each around a commercial link: sponsored posts sold
    select
        host,
        count(*) as posts_signed,
        count(*) filter (where one_time_byline and sells_link) as posts_one_time_byline_links
    from int_post_bylines
    group by host
),

era_comments as (
    -- a site taken over is judged on its current owner: comments under the former owner's posts are left
    -- out (int_source_eras.era_start); comments on undated pages stay
    select c.*
    from int_comments as c
    left join int_source_eras as e on e.host = c.host and e.era_start is not null
    left join int_posts as p on p.url = c.page_url and e.host is not null
    where e.host is null or p.published is null or p.published >= e.era_start
),

campaign_pages as (
    -- review sections bought in salvos of one-time names (int_comments.in_campaign)
    select host, page_url
    from era_comments
    cross join params as prm
    where by_post_author is not true
    group by host, page_url, prm.campaign_page_min_share
    having count(*) filter (where in_campaign) >= prm.campaign_page_min_share * count(*)
),

campaigns as (
    select
        c.host,
        count(*) filter (where c.by_post_author is not true) as reader_comments,
        count(*) filter (where c.in_campaign) as campaign_comments,
        count(distinct cp.page_url) as campaign_pages
    from era_comments as c
    left join campaign_pages as cp on cp.page_url = c.page_url
    group by c.host
),

unvouched_pages as (
    -- on a site that bought review sections under campaign_min_posts posts or more, a section where no
    -- reader ever comments elsewhere on the site is no more a conversation: its one-time names came in
    -- slower, that is all
    select c.page_url
    from era_comments as c
    inner join campaigns as cm on cm.host = c.host
    cross join params as prm
    where cm.campaign_pages >= prm.campaign_min_posts and c.by_post_author is not true
    group by c.page_url
    having bool_and(c.one_time_name)
),

current_comments as (
    -- a bought review section is no conversation: none of its comments, the site's answers included, counts
    select c.*
    from era_comments as c
    anti join campaign_pages as cp on cp.page_url = c.page_url
    anti join unvouched_pages as u on u.page_url = c.page_url
),

comment_counts as (
    select page_url, count(*) as comments
    from current_comments
    group by page_url
),

commented_posts as (
    select
        p.host,
        count(*) filter (where greatest(p.n_comments_shown, coalesce(c.comments, 0)) > 0) as posts_with_comments
    from int_posts as p
    left join comment_counts as c on c.page_url = p.url
    left join int_source_eras as e on e.host = p.host
    where p.fetched and (e.era_start is null or p.published >= e.era_start)
    group by p.host
),

comment_tallies as (
    select
        host,
        count(*) as comments,
        count(distinct author_key) as distinct_commenters,
        -- commenters who write more than a stock phrase, and never sign with / link to another site (but
        -- their own blog, when it is a site of the audit that publishes) nor paste a text seen elsewhere
        count(distinct author_key) filter (
            where substantive and not repeated_elsewhere and (not has_external_url or signed_by_publisher)
        ) as distinct_clean_commenters,
        -- a reader's mark: the post's author answering under his own name links his own site (his firm's)
        count(*) filter (where has_external_url and not by_post_author) as comments_with_urls,
        count(*) filter (where not by_post_author) as reader_comments,
        count(*) filter (where repeated_elsewhere) as comments_repeated_elsewhere,
        count(distinct page_url) filter (where repeated_elsewhere) as pages_with_repeated_comments,
        -- a long text another name also signs here, with no link out: the site's own stock, not a spammer's
        count(*) filter (where signed_by_others and not has_external_url) as comments_signed_by_others,
        count(*) filter (where by_post_author) as comments_by_post_author
    from current_comments
    group by host
),

comment_pools as (
    -- a comment section whose long texts mostly recur here under other names, with no link out (at least
    -- comment_pool_min_share of its comments), is drawn from the site's own pool: testimonials or a farm's
    -- stock, where a text drawn once looks unique. Spam that links out is a spammer's, not the site's: a
    -- genuine blog it floods keeps its readers (comment_repeated and comment_urls weigh the spam)
    select
        t.*,
        coalesce(t.comments_signed_by_others >= prm.comment_pool_min_share * t.comments, false) as pooled
    from comment_tallies as t
    cross join params as prm
),

comments as (
    -- a pool's other readers, and the site's answers to them, are no conversation (many_commenters,
    -- author_replies); the repetition stays the evidence (comment_repeated). Repeated comments under one
    -- post only are no pattern of the site: two members writing one sentence, a reader quoting another, a
    -- spammer's one comment on a genuine blog (his text found elsewhere or not). They count from
    -- comment_repeat_min_pages pages on: a farm's stock recurs from post to post
    select
        * replace (
            case when pooled then 0 else distinct_clean_commenters end as distinct_clean_commenters,
            case when pooled then 0 else comments_by_post_author end as comments_by_post_author,
            case when pages_with_repeated_comments < prm.comment_repeat_min_pages then 0
                else comments_repeated_elsewhere end as comments_repeated_elsewhere
        )
    from comment_pools
    cross join params as prm
),

threads as (
    select
        host,
        count(*) as forum_threads,
        count(*) filter (where replies > 0 and not is_introduction) as forum_threads_with_replies,
        count(*) filter (where self_answered) as threads_self_answered,
        -- one "helpful member" answering one-time askers alone, thread after thread: a stage, not a community
        count(answered_by_top_alone) as threads_answered,
        count(*) filter (where answered_by_top_alone) as threads_answered_by_top_alone,
        -- ... unless the askers come back with their case's details and he answers them: a professional consulted
        count(*) filter (where answered_by_top_alone and is_consultation) as lone_threads_consulted
    from int_forum_threads
    group by host
),

copied_threads as (
    -- threads holding a message another site's forum published earlier: their voices are that forum's
    select distinct thread_url from int_forum_copies where is_copied_earlier
),

copying_authors as (
    -- names under which a message another forum published earlier stands here: borrowed voices (a scraper
    -- keeps the copied members' names, or spreads its invented ones over copied and other threads)
    select distinct m.host, m.author_key
    from int_forum_posts as m
    semi join int_forum_copies as c on c.thread_url = m.thread_url and c.position = m.position and c.is_copied_earlier
),

salvo_threads as (
    -- threads opened in a salvo where salvos count (int_source_rhythm): a script's batch of questions
    select distinct unnest(salvo_thread_urls) as thread_url
    from int_source_rhythm
    where len(salvo_thread_urls) > 0
),

forum_authors as (
    select
        m.host,
        m.author_key,
        count(*) as messages,
        -- answered a thread someone else opened: a member of the conversation, not a one-time asker; not in
        -- a thread copied from another forum, whose members answered there, nor under a borrowed name, nor in
        -- a thread of a script's batch of questions, whose answerers are the script's cast: the invented
        -- experts of a machine-written Q&A forum are many accounts, not a community
        bool_or(not m.is_opener and m.author_key is distinct from m.opener_key and ct.thread_url is null
                and st.thread_url is null)
            and any_value(ca.author_key) is null as replies_to_others
    from int_forum_posts as m
    left join copied_threads as ct on ct.thread_url = m.thread_url
    left join salvo_threads as st on st.thread_url = m.thread_url
    left join copying_authors as ca on ca.host = m.host and ca.author_key = m.author_key
    group by m.host, m.author_key
),

ranked_forum_authors as (
    select
        *,
        row_number() over (partition by host order by messages desc, author_key) as author_rank,
        messages / sum(messages) over (partition by host) as message_share
    from forum_authors
    where author_key is not null
),

forum_copies as (
    -- the forum's messages long enough to compare, and those another site's forum published earlier
    select
        host,
        count(*) as forum_posts_compared,
        count(*) filter (where is_copied_earlier) as forum_posts_copied_earlier
    from int_forum_copies
    group by host
),

forum as (
    -- authorship over the whole forum, not thread by thread: three accounts writing every message of
    -- fifty threads look like many voices per thread but are three people
    select
        f.host,
        sum(f.messages) as forum_posts,
        sum(f.messages) filter (where f.author_key is not null) as forum_posts_signed,
        count(f.author_key) as distinct_forum_authors,
        count(f.author_key) filter (where f.replies_to_others) as distinct_forum_repliers,
        max(f.messages) filter (where f.author_key is not null) as top_author_messages,
        any_value(r.top3_messages) as top3_author_messages,
        any_value(r.effective_authors) as effective_forum_authors
    from forum_authors as f
    left join (
        select
            host,
            sum(messages) filter (where author_rank <= 3) as top3_messages,
            -- inverse Herfindahl index: how many equally active authors the forum amounts to
            1 / sum(message_share * message_share) as effective_authors
        from ranked_forum_authors
        group by host
    ) as r on r.host = f.host
    group by f.host
),

authors as (
    -- people who write the source's own content: post authors and forum members
    select host, count(distinct author_key) as distinct_authors
    from (
        select host, nullif(lower(trim(author)), '') as author_key from int_posts
        union all
        select host, author_key from int_forum_posts
    )
    group by host
),

links as (
    select host, external_content_links, share_external_links_top_host, member_site_threads
    from int_source_links
),

rhythm as (
    select * from int_source_rhythm
),

network as (
    select host, hosts_sharing_link_block from int_source_network
),

eras as (
    select host, is_takeover, last_long_silence_days from int_source_eras
),

graph as (
    select host, mutual_link_partners, mutual_link_clustering, linking_sources, share_inlinks_from_ring, link_ring_partners,
        share_posts_linking_partners, network_sites_linked
    from int_source_link_graph
),

unread as (
    -- pages of text the parser typed neither post nor list (nor home, thread, service page): on a theme it
    -- does not know, a site's posts end here, and a source judged on the one post it read is misjudged
    select pg.host, count(distinct md5(pg.text)) as unread_text_pages
    from stg_pages as pg
    cross join params as prm
    anti join int_posts as ip on ip.url = pg.url
    where pg.page_type = 'other'
      and len(string_split(trim(regexp_replace(pg.text, '\s+', ' ', 'g')), ' ')) >= prm.unread_page_min_words
      and not exists (
          select 1 from seed_service_page_words as w
          where contains(match_words(url_path(pg.url) || ' ' || coalesce(pg.title, '')),
                         ' ' || trim(match_words(w.word)) || ' ')
      )
    group by pg.host
),

themed as (
    -- share of a source's posts with text that touch the client's themes (null when none are configured)
    select
        p.host,
        count(distinct p.url) filter (where length(p.text) > 0) as posts_with_text,
        count(distinct t.url) as posts_on_theme
    from int_posts as p
    left join int_post_themes as t on t.url = p.url
    where (select count(*) from stg_themes) > 0
    group by p.host
),

final as (
    select
        s.host,
        s.pages::double as pages,
        coalesce(p.posts, 0)::double as posts,
        coalesce(p.posts_fetched, 0)::double as posts_fetched,
        coalesce(p.posts_dated, 0)::double as posts_dated,
        coalesce(sim.posts_compared, 0)::double as posts_compared,
        p.posts_per_month::double as posts_per_month,
        -- cadence per writer: "no person writes that much" is about one person, not a newsroom's team
        (p.posts_per_month / greatest(1, p.distinct_post_authors))::double as posts_per_month_per_author,
        coalesce(p.distinct_post_authors, 0)::double as distinct_post_authors,
        pk.peak_posts_per_day::double as peak_posts_per_day,
        (coalesce(b.posts_in_batches, 0) / nullif(p.posts_dated, 0))::double as share_posts_in_batches,
        coalesce(b.batch_days, 0)::double as batch_days,
        b.share_batches_on_calendar::double as share_batches_on_calendar,
        (case when b.batch_days >= prm.batch_calendar_min_batches
                   and b.share_batches_on_calendar >= prm.batch_calendar_min_share
              then 0 else coalesce(b.posts_in_batches, 0) end
            / nullif(p.posts_dated, 0))::double as share_posts_in_unscheduled_batches,
        coalesce(c.comments, 0)::double as comments,
        (coalesce(c.comments, 0) / nullif(p.posts_fetched, 0))::double as comments_per_post,
        (cp.posts_with_comments / nullif(p.posts_fetched, 0))::double as share_posts_with_comments,
        coalesce(c.distinct_commenters, 0)::double as distinct_commenters,
        coalesce(c.distinct_clean_commenters, 0)::double as distinct_clean_commenters,
        (c.comments_with_urls / nullif(c.reader_comments, 0))::double as share_comments_with_urls,
        (c.comments_repeated_elsewhere / nullif(c.comments, 0))::double as share_comments_repeated_elsewhere,
        (c.comments_by_post_author / nullif(c.comments, 0))::double as share_comments_by_post_author,
        (p.posts_comments_open / nullif(p.posts_comments_known, 0))::double as comments_open_share,
        coalesce(p.posts_comments_hosted, 0)::double as posts_comments_hosted,
        coalesce(p.posts_paywalled, 0)::double as posts_paywalled,
        (sim.posts_copied_earlier / nullif(sim.posts_compared, 0))::double as share_posts_copied_earlier,
        -- the same copies counted: the share is of what the audit saw, and a splog copying sites the audit did
        -- not crawl (a forum's older threads) shows its other copies as originals
        coalesce(sim.posts_copied_earlier, 0)::double as posts_copied_earlier,
        (sim.posts_spun / nullif(sim.posts_compared, 0))::double as share_posts_spun,
        (sim.posts_original / nullif(sim.posts_compared, 0))::double as share_posts_original,
        (sim.posts_templated / nullif(sim.posts_compared, 0))::double as share_posts_templated,
        -- uncredited copies and rewrites of earlier posts elsewhere, counted where the site's own posts are
        -- seldom taken in return (at most follow_max_lead_share as many): a site that only follows
        case when coalesce(tb.posts_taken_by_others, 0) <= prm.follow_max_lead_share * sim.posts_taken_uncredited
            then sim.posts_taken_uncredited else 0
        end::double as posts_following_uncredited,
        coalesce(pr.posts_with_text, 0)::double as posts_with_text,
        coalesce(ur.unread_text_pages, 0)::double as unread_text_pages,
        (pr.posts_promotional / nullif(pr.posts_with_text, 0))::double as share_posts_promotional,
        (sy.posts_syndicated / nullif(pr.posts_with_text, 0))::double as share_posts_syndication_marks,
        (sy.posts_translated / nullif(pr.posts_with_text, 0))::double as share_posts_translated,
        coalesce(bl.posts_signed, 0)::double as posts_signed,
        (bl.posts_one_time_byline_links / nullif(bl.posts_signed, 0))::double as share_posts_one_time_byline_links,
        coalesce(t.forum_threads, 0)::double as forum_threads,
        coalesce(t.forum_threads_with_replies, 0)::double as forum_threads_with_replies,
        coalesce(f.forum_posts, 0)::double as forum_posts,
        coalesce(f.forum_posts_signed, 0)::double as forum_posts_signed,
        coalesce(f.distinct_forum_authors, 0)::double as distinct_forum_authors,
        coalesce(f.distinct_forum_repliers, 0)::double as distinct_forum_repliers,
        (t.threads_self_answered / nullif(t.forum_threads_with_replies, 0))::double as share_threads_self_answered,
        coalesce(t.threads_answered, 0)::double as forum_threads_answered,
        (t.threads_answered_by_top_alone / nullif(t.threads_answered, 0))::double as share_threads_one_answerer,
        coalesce(t.threads_answered_by_top_alone, 0)::double as forum_threads_one_answerer,
        (t.lone_threads_consulted / nullif(t.threads_answered_by_top_alone, 0))::double as share_lone_threads_consulted,
        (f.top_author_messages / nullif(f.forum_posts, 0))::double as share_forum_posts_top_author,
        (f.top3_author_messages / nullif(f.forum_posts, 0))::double as share_forum_posts_top3_authors,
        f.effective_forum_authors::double as effective_forum_authors,
        coalesce(fc.forum_posts_compared, 0)::double as forum_posts_compared,
        (fc.forum_posts_copied_earlier / nullif(fc.forum_posts_compared, 0))::double as share_forum_posts_copied_earlier,
        coalesce(a.distinct_authors, 0)::double as distinct_authors,
        coalesce(l.external_content_links, 0)::double as external_content_links,
        l.share_external_links_top_host::double as share_external_links_top_host,
        -- threads in which one member links the same commercial site (null outside forums)
        (l.member_site_threads / nullif(t.forum_threads, 0))::double as share_threads_member_site_links,
        coalesce(r.post_gaps, 0)::double as post_gaps,
        r.post_gap_cv::double as post_gap_cv,
        coalesce(r.post_gaps_timed, 0)::double as post_gaps_timed,
        r.post_gap_sd_minutes::double as post_gap_sd_minutes,
        -- concentration of the outgoing links of a source that posts on a timer (null otherwise): regularity
        -- is a planner's mark, which people use too; a planner that pushes one site is a satellite
        case when (r.post_gaps >= prm.timer_min_gaps and r.post_gap_cv <= prm.timer_max_gap_cv)
                or (r.post_gaps_timed >= prm.timer_min_timed_gaps and r.post_gap_sd_minutes <= prm.timer_max_gap_sd_minutes)
            then l.share_external_links_top_host
        end::double as share_links_top_host_on_timer,
        coalesce(r.forum_replies_timed, 0)::double as forum_replies_timed,
        r.median_reply_delay_minutes::double as median_reply_delay_minutes,
        r.reply_delay_cv::double as reply_delay_cv,
        r.mean_authors_per_thread::double as mean_authors_per_thread,
        coalesce(r.forum_threads_timed, 0)::double as forum_threads_timed,
        r.share_threads_in_salvos::double as share_threads_in_salvos,
        coalesce(nw.hosts_sharing_link_block, 0)::double as hosts_sharing_link_block,
        coalesce(g.mutual_link_partners, 0)::double as mutual_link_partners,
        g.mutual_link_clustering::double as mutual_link_clustering,
        coalesce(g.linking_sources, 0)::double as linking_sources,
        g.share_inlinks_from_ring::double as share_inlinks_from_ring,
        coalesce(g.link_ring_partners, 0)::double as link_ring_partners,
        coalesce(g.network_sites_linked, 0)::double as network_sites_linked,
        g.share_posts_linking_partners::double as share_posts_linking_partners,
        coalesce(cm.reader_comments, 0)::double as reader_comments,
        -- share of the readers' comments delivered in campaigns, counted where such review sections stand
        -- under at least campaign_min_posts posts (0 otherwise: one post that went viral weeks later)
        case when cm.campaign_pages >= prm.campaign_min_posts
            then cm.campaign_comments / nullif(cm.reader_comments, 0) else 0
        end::double as share_comments_in_campaigns,
        -- the silence after which the site changed hands (int_source_eras; 0 when it did not)
        case when er.is_takeover then er.last_long_silence_days else 0 end::double as takeover_silence_days,
        (th.posts_on_theme / nullif(th.posts_with_text, 0))::double as share_posts_on_theme
    from sources as s
    left join posts as p on p.host = s.host
    left join peaks as pk on pk.host = s.host
    left join batches as b on b.host = s.host
    left join similarity as sim on sim.host = s.host
    left join taken_by_others as tb on tb.host = s.host
    left join promotion as pr on pr.host = s.host
    left join syndication as sy on sy.host = s.host
    left join bylines as bl on bl.host = s.host
    left join unread as ur on ur.host = s.host
    left join commented_posts as cp on cp.host = s.host
    left join comments as c on c.host = s.host
    left join threads as t on t.host = s.host
    left join forum as f on f.host = s.host
    left join forum_copies as fc on fc.host = s.host
    left join authors as a on a.host = s.host
    left join links as l on l.host = s.host
    left join rhythm as r on r.host = s.host
    left join network as nw on nw.host = s.host
    left join graph as g on g.host = s.host
    left join eras as er on er.host = s.host
    left join campaigns as cm on cm.host = s.host
    left join themed as th on th.host = s.host
    cross join params as prm
)

select * from final
