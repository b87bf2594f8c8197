-- int_source_eras: one row per host with dated posts: was the site taken over (an expired domain bought for
-- its past, then filled with posts that sell links), and from when does its current owner publish. The cut
-- is the site's last silence of at least takeover_min_silence_days between two posts; it is a takeover when
-- at least takeover_min_posts posts stand on each side of it and the posts after it:
-- - are signed by none of the people who signed the posts before, or not signed at all (a word of a name in
--   common, "Léa" and "Léa Lemaire", is the same writer; the posts before need a person's name: without
--   names a change of hands cannot be told). A theme that hides bylines hides the old posts' too: new posts
--   unsigned beside signed old ones carry no author (Hugo's front matter without one), as a buyer's do;
-- - draw comments on at most takeover_max_share_commented of them (the old owner's readers are gone);
-- - link out, in their text, to at least takeover_min_linked_sites other sites (the sold links), sites
--   everyone cites (seed_reference_hosts, seed_ignored_link_hosts) and the audit's publications aside.
-- A blogger back after a year signs as before; a blog handed to a new writer keeps readers. era_start is
-- the first post after the silence, only for a takeover: int_source_features then reads the comments of
-- the current owner's posts only, because the old owner's readers say nothing of what the site is now.
with params as (
    select
        max(value) filter (where param = 'takeover_min_silence_days')::integer as min_silence_days,
        max(value) filter (where param = 'takeover_min_posts')::integer as min_posts,
        max(value) filter (where param = 'takeover_max_share_commented')::double as max_share_commented,
        max(value) filter (where param = 'takeover_min_linked_sites')::integer as min_linked_sites
    from seed_params
),

generic_names as (
    select distinct trim(match_words(name)) as name_key from seed_generic_author_names
),

comment_counts as (
    select page_url, count(*) as comments
    from int_comments
    group by page_url
),

dated as (
    select
        p.host,
        p.url,
        p.published,
        nullif(a.name_key, '') as author_key,
        -- the words of a person's name (a generic name has none): "Léa" and "Léa Lemaire" are one writer
        case when g.name_key is null
            then list_filter(string_split(a.name_key, ' '), lambda w: length(w) >= 3)
        end as name_words,
        greatest(p.n_comments_shown, coalesce(c.comments, 0)) > 0 as commented,
        date_diff('day', lag(p.published) over (partition by p.host order by p.published, p.url), p.published)
            as silence_days
    from int_posts as p,
    lateral (select trim(match_words(p.author)) as name_key) as a
    left join generic_names as g on g.name_key = a.name_key
    left join comment_counts as c on c.page_url = p.url
    where p.published is not null
),

cuts as (
    -- the last long silence: what came after it is the site as it is now
    select
        d.host,
        max(d.published) filter (where d.silence_days >= pr.min_silence_days) as cut,
        arg_max(d.silence_days, d.published) filter (where d.silence_days >= pr.min_silence_days) as silence_days
    from dated as d
    cross join params as pr
    group by d.host
),

sides as (
    select
        d.host,
        count(*) filter (where d.published < c.cut) as posts_before,
        count(*) filter (where d.published >= c.cut) as posts_after,
        count(distinct d.author_key) filter (where d.published < c.cut and d.name_words is not null) as bylines_before,
        count(distinct d.author_key) filter (where d.published >= c.cut) as bylines_after,
        flatten(list(d.name_words) filter (where d.published < c.cut and d.name_words is not null)) as words_before,
        flatten(list(d.name_words) filter (where d.published >= c.cut and d.name_words is not null)) as words_after,
        count(*) filter (where d.published >= c.cut and d.commented) / count(*) filter (where d.published >= c.cut)
            as share_after_commented
    from dated as d
    inner join cuts as c on c.host = d.host and c.cut is not null
    group by d.host
),

everyones as (
    -- sites any writer cites, and the audit's publications: no sold link
    select site from int_common_sites
    union
    select site from int_publishing_sites
),

linked_after as (
    select
        d.host,
        count(distinct site_of(l.to_host)) as sites_linked_after,
        min(site_of(l.to_host)) as linked_site_example
    from dated as d
    inner join cuts as c on c.host = d.host and d.published >= c.cut
    inner join stg_links as l on l.from_url = d.url and l.context = 'content'
    where site_of(l.to_host) not in ('', site_of(d.host))
        and site_of(l.to_host) not in (select site from everyones)
    group by d.host
),

taken_over as (
    select
        s.host,
        s.posts_before >= pr.min_posts
            and s.posts_after >= pr.min_posts
            and s.bylines_before > 0
            and not list_has_any(coalesce(s.words_after, []), s.words_before)
            and s.share_after_commented <= pr.max_share_commented
            and coalesce(l.sites_linked_after, 0) >= pr.min_linked_sites as is_takeover
    from sides as s
    cross join params as pr
    left join linked_after as l on l.host = s.host
),

final as (
    select
        c.host,
        c.silence_days as last_long_silence_days,
        coalesce(t.is_takeover, false) as is_takeover,
        case when t.is_takeover then c.cut end as era_start,
        s.posts_before,
        s.posts_after,
        s.bylines_before,
        s.bylines_after,
        s.share_after_commented,
        coalesce(l.sites_linked_after, 0) as sites_linked_after,
        l.linked_site_example
    from cuts as c
    left join sides as s on s.host = c.host
    left join linked_after as l on l.host = c.host
    left join taken_over as t on t.host = c.host
)

select * from final
