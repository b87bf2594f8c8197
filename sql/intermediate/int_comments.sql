-- int_comments: one row per comment (page_url, position) with its spam signals: signed with / linking to
-- another site, same text posted under another host, written by the post's own author (the engine's mark
-- of the post author's comments, else the byline's name, or a staff account of seed_generic_author_names:
-- "admin" answering under a post is the site, whose parsers drop such bylines). URLs to hosts of
-- seed_ignored_link_hosts (commenter profiles on the platform, share buttons) are no evidence. A host
-- matches the list itself or through one subdomain level (fr.linkedin.com).
-- A repeated text is evidence only when a person would not write it twice by chance: at least
-- comment_repeat_min_words words ("Merci pour cet article !" is every reader's), or any length when the
-- comment is signed with or links to another site (the farm's mark). Both are counted apart.
-- signed_by_others: a text of at least comment_repeat_min_words words that another name also signs on the
-- same host. Two readers do not write the same long sentence word for word; a comment farm posting to a
-- lone blog, or to blogs the audit cannot read, repeats its texts under new names there. It counts as
-- repeated_elsewhere ("elsewhere": under another host or another name).
-- substantive: at least commenter_min_words words, more than the stock phrase anyone (and a splog's fake
-- readers) writes: only such comments make a commenter count as a reader who talks (many_commenters).
-- signed_by_publisher: signed with (only) the address of another site of the audit that publishes
-- (int_publishing_sites: at least citable_min_posts posts): a reader who blogs signs with his blog, as most
-- readers of some blogs do (WCXB: 21 of 22 comments on an alistapart.com article); a spammer signs with
-- the site he sells.
-- one_time_name: the comment's name signs no other comment on the host. in_campaign: a reader's comment from
-- such a name, one of at least campaign_min_comments comments on its page within campaign_window_hours of
-- it, at least campaign_min_days_after days after the page was published: a salvo of one-time reviewers, as
-- fake-review campaigns deliver them. Readers answer a post in the days after it, and come back; a batch of
-- new names weeks later is bought.
with params as (
    select
        max(value) filter (where param = 'comment_min_chars')::integer as min_chars,
        max(value) filter (where param = 'comment_repeat_min_words')::integer as min_words,
        max(value) filter (where param = 'commenter_min_words')::integer as commenter_min_words,
        max(value) filter (where param = 'campaign_min_comments')::integer as campaign_min_comments,
        max(value) filter (where param = 'campaign_window_hours')::integer as campaign_window_hours,
        max(value) filter (where param = 'campaign_min_days_after')::integer as campaign_min_days_after
    from seed_params
),

staff_names as (
    -- the site's own accounts (admin, webmaster, l'équipe): their comments are the site answering
    select distinct trim(match_words(name)) as name_key from seed_generic_author_names where role = 'staff'
),

publishers as (
    -- sites of the audit that publish: a commenter signing with one is a fellow blogger
    select site from int_publishing_sites
),

ignored as (
    -- a sub-domain of an ignored host is ignored too (fr.linkedin.com), except on platforms whose sub-domains
    -- are their users' sites (seed_entity_rules path_segments 0: x.wordpress.com, x.substack.com are
    -- blogs), as int_url_entities.ignored_host rules
    select
        list(distinct site_of(i.host)) as sites,
        list(distinct site_of(i.host)) filter (
            where site_of(i.host) not in (select site_of(host) from seed_entity_rules where path_segments = 0)
        ) as parent_sites
    from seed_ignored_link_hosts as i
),

pages as (
    select url, author, published from stg_pages
),

normalised as (
    select
        c.page_url,
        c.position,
        c.host,
        site_of(c.host) as site,
        c.author,
        nullif(lower(trim(c.author)), '') as author_key,
        c.author_url,
        site_of(url_host(c.author_url)) as author_url_site,
        c.links,
        c.published,
        c.text,
        trim(regexp_replace(lower(strip_accents(c.text)), '[^a-z0-9]+', ' ', 'g')) as norm_text,
        nullif(lower(trim(p.author)), '') as post_author_key,
        p.published as page_published,
        c.marked_post_author or trim(match_words(c.author)) in (select name_key from staff_names) as marked_post_author
    from stg_comments as c
    left join pages as p on p.url = c.page_url
),

flagged as (
    select
        n.*,
        coalesce(
            n.author_url_site not in ('', n.site)
                and not list_contains(i.sites, n.author_url_site)
                and not list_contains(i.parent_sites, regexp_replace(n.author_url_site, '^[^.]+\.', '')),
            false
        ) as author_url_external,
        -- links whose host (without www.) is neither empty, nor the source's own site, nor ignored
        list_filter(
            list_transform(
                n.links,
                lambda u: {
                    'url': u,
                    'site': site_of(url_host(u))
                }
            ),
            lambda l: l.site not in ('', n.site)
                and not list_contains(i.sites, l.site)
                and not list_contains(i.parent_sites, regexp_replace(l.site, '^[^.]+\.', ''))
        ) as external_links,
        len(string_split(n.norm_text, ' ')) as words
    from normalised as n
    cross join ignored as i
),

per_text_host as (
    select
        f.norm_text,
        f.host,
        min(f.page_url) as page_url,
        max(f.page_url) as last_page_url,
        count(distinct f.author_key) as names
    from flagged as f
    cross join params as p
    where length(f.norm_text) >= p.min_chars
    group by f.norm_text, f.host
),

repeated_texts as (
    -- per text, the first and last host it appears on with one page each: the example "on another host"
    -- for any comment is the page at whichever end is not its own host (linear, no self-join on comments)
    select
        norm_text,
        count(*) as n_hosts,
        min(host) as first_host,
        arg_min(page_url, host) as first_page_url,
        arg_max(page_url, host) as last_page_url
    from per_text_host
    group by norm_text
    having count(*) > 1
),

once as (
    -- names that sign a single comment on the host
    select host, author_key
    from flagged
    where author_key is not null
    group by host, author_key
    having count(*) = 1
),

salvos as (
    select
        f.page_url,
        f.position,
        count(*) over (
            partition by f.page_url order by f.published
            range between to_hours(p.campaign_window_hours) preceding and to_hours(p.campaign_window_hours) following
        ) as comments_near
    from flagged as f
    cross join params as p
    where f.published is not null
),

final as (
    select
        f.page_url,
        f.position,
        f.host,
        f.author,
        f.author_key,
        f.author_url,
        f.links,
        f.published,
        local_day(f.published) as published_date,
        f.text,
        f.norm_text,
        f.author_url_external,
        f.author_url_external or len(f.external_links) > 0 as has_external_url,
        f.author_url_external and len(f.external_links) = 0 and pb.site is not null as signed_by_publisher,
        case when f.author_url_external then f.author_url else f.external_links[1].url end as external_url_example,
        f.words,
        f.words >= p.commenter_min_words as substantive,
        r.norm_text is not null as same_text_elsewhere,
        coalesce(t.names >= 2 and f.words >= p.min_words, false) as signed_by_others,
        -- signed_by_others: this select's own column (DuckDB reads an alias of the same list)
        (r.norm_text is not null
            and (f.words >= p.min_words
                 or f.author_url_external or len(f.external_links) > 0))
            or signed_by_others as repeated_elsewhere,
        coalesce(r.n_hosts, 1) as text_hosts,
        case
            when r.norm_text is null then (case when t.page_url = f.page_url then t.last_page_url else t.page_url end)
            when f.host = r.first_host then r.last_page_url
            else r.first_page_url
        end as repeated_example_url,
        -- the engine's mark, else the same name as the post's byline: a writer signs his replies
        -- "Sophie" under posts bylined "Sophie Martin", or the firm's account under the writer's name
        f.marked_post_author or (f.author_key is not null and f.author_key = f.post_author_key) as by_post_author,
        o.author_key is not null as one_time_name,
        coalesce(
            o.author_key is not null
                and (f.marked_post_author or f.author_key = f.post_author_key) is not true
                and sv.comments_near >= p.campaign_min_comments
                and f.published >= f.page_published + to_days(p.campaign_min_days_after),
            false
        ) as in_campaign
    from flagged as f
    cross join params as p
    left join repeated_texts as r on r.norm_text = f.norm_text
    left join per_text_host as t on t.norm_text = f.norm_text and t.host = f.host
    left join publishers as pb on pb.site = f.author_url_site
    left join once as o on o.host = f.host and o.author_key = f.author_key
    left join salvos as sv on sv.page_url = f.page_url and sv.position = f.position
)

select * from final
