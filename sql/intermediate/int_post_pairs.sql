-- int_post_pairs: one row per (post_key, other_post_key) for posts on different hosts that share a copied text:
-- both directions when their Jaccard similarity reaches the spun threshold; one direction, post_key's, when
-- most of post_key's text is found word for word inside a post at least twice as long (similarity_class
-- 'excerpt': a feed's excerpt pasted as a post, whose Jaccard with the full article is low). Candidates are
-- the pairs of posts on different hosts sharing at least one sampled shingle that is not a stock phrase (an
-- inverted index on int_post_shingles: no all-pairs join; shingles in more than minhash_max_bucket posts
-- are skipped). Their similarity and containment on the sample drop those far too low; the rest are
-- verified on their FULL shingle sets, rebuilt from int_post_words for these posts only, so the thresholds
-- are not blurred by the sample. other_is_original says which side copied: the other was published
-- earlier, or at the same time (feed-to-post plugins can keep the feed's date) while this post is its
-- excerpt or links to it; null when a date is missing.
with params as (
    select
        max(value) filter (where param = 'shingle_k')::integer as k,
        max(value) filter (where param = 'minhash_max_bucket')::integer as max_bucket,
        max(value) filter (where param = 'candidate_min_estimate')::double as min_estimate,
        max(value) filter (where param = 'copy_min_similarity')::double as copy_min,
        max(value) filter (where param = 'spun_min_similarity')::double as spun_min,
        max(value) filter (where param = 'spun_min_shared_shingles')::integer as spun_min_shared,
        max(value) filter (where param = 'candidate_min_containment')::double as min_containment_estimate,
        max(value) filter (where param = 'excerpt_min_containment')::double as excerpt_min,
        max(value) filter (where param = 'excerpt_max_length_share')::double as excerpt_max_share
    from seed_params
),

sample_sizes as (
    select post_key, count(*) as sampled
    from int_post_shingles
    where not is_common
    group by post_key
),

linking as (
    -- shingles that can pair posts of different hosts
    select s.post_key, s.host, s.shingle_hash
    from int_post_shingles as s
    cross join params as p
    where not s.is_common and s.shingle_hosts > 1 and s.shingle_posts <= p.max_bucket
),

candidates as (
    select
        a.post_key as post_key_a,
        b.post_key as post_key_b,
        count(*) as shared_sampled
    from linking as a
    join linking as b
        on b.shingle_hash = a.shingle_hash
        and a.post_key < b.post_key
        and a.host <> b.host
    group by a.post_key, b.post_key
),

estimated as (
    select
        c.post_key_a,
        c.post_key_b,
        c.shared_sampled / (za.sampled + zb.sampled - c.shared_sampled) as estimated_similarity,
        c.shared_sampled / least(za.sampled, zb.sampled) as estimated_containment
    from candidates as c
    join sample_sizes as za on za.post_key = c.post_key_a
    join sample_sizes as zb on zb.post_key = c.post_key_b
),

plausible as (
    select e.*
    from estimated as e
    cross join params as p
    where e.estimated_similarity >= p.min_estimate or e.estimated_containment >= p.min_containment_estimate
),

plausible_posts as (
    select post_key_a as post_key from plausible
    union
    select post_key_b from plausible
),

full_shingles as (
    -- every shingle of the plausible posts (same hashes as int_post_shingles, without the sampling)
    select
        w.post_key,
        w.is_short,
        unnest(list_distinct(shingle_hashes(w.word_hashes, w.n_words, p.k))) as shingle_hash
    from int_post_words as w
    semi join plausible_posts as k on k.post_key = w.post_key
    cross join params as p
),

set_sizes as (
    select post_key, any_value(is_short) as is_short, count(*) as shingles
    from full_shingles
    group by post_key
),

quoted_shingles as (
    -- the shingles of the passages the plausible posts quote (int_post_words.quoted_shingles)
    select w.post_key, unnest(w.quoted_shingles) as shingle_hash
    from int_post_words as w
    semi join plausible_posts as k on k.post_key = w.post_key
    where len(w.quoted_shingles) > 0
),

shared as (
    -- a shingle either post quotes (the law, a minister) is shared text, but no copied text
    select
        c.post_key_a,
        c.post_key_b,
        count(*) as shared_shingles,
        count(*) filter (where qa.post_key is not null or qb.post_key is not null) as shared_quoted_shingles
    from plausible as c
    join full_shingles as sa on sa.post_key = c.post_key_a
    join full_shingles as sb on sb.post_key = c.post_key_b and sb.shingle_hash = sa.shingle_hash
    left join quoted_shingles as qa on qa.post_key = c.post_key_a and qa.shingle_hash = sa.shingle_hash
    left join quoted_shingles as qb on qb.post_key = c.post_key_b and qb.shingle_hash = sa.shingle_hash
    group by c.post_key_a, c.post_key_b
),

similarity as (
    select
        c.post_key_a,
        c.post_key_b,
        za.is_short as short_a,
        zb.is_short as short_b,
        c.estimated_similarity,
        coalesce(s.shared_shingles, 0) as shared_shingles,
        coalesce(s.shared_shingles - s.shared_quoted_shingles, 0) as shared_own_shingles,
        coalesce(s.shared_shingles, 0) / (za.shingles + zb.shingles - coalesce(s.shared_shingles, 0)) as similarity,
        coalesce(s.shared_shingles, 0) / za.shingles as containment_a,
        coalesce(s.shared_shingles, 0) / zb.shingles as containment_b,
        coalesce(s.shared_shingles - s.shared_quoted_shingles, 0) / za.shingles as own_containment_a,
        coalesce(s.shared_shingles - s.shared_quoted_shingles, 0) / zb.shingles as own_containment_b,
        za.shingles / zb.shingles as length_ratio_a
    from plausible as c
    left join shared as s on s.post_key_a = c.post_key_a and s.post_key_b = c.post_key_b
    join set_sizes as za on za.post_key = c.post_key_a
    join set_sizes as zb on zb.post_key = c.post_key_b
),

both_directions as (
    select post_key_a as post_key, post_key_b as other_post_key, similarity, estimated_similarity, shared_shingles,
        shared_own_shingles, containment_a as containment, containment_b as other_containment,
        own_containment_a as own_containment, length_ratio_a as length_ratio, short_a as is_short,
        short_b as other_is_short
    from similarity
    union all
    select post_key_b as post_key, post_key_a as other_post_key, similarity, estimated_similarity, shared_shingles,
        shared_own_shingles, containment_b as containment, containment_a as other_containment,
        own_containment_b as own_containment, 1 / length_ratio_a as length_ratio, short_b as is_short,
        short_a as other_is_short
    from similarity
),

classified as (
    -- an excerpt: most of a post found word for word in a post at least twice its length (a byline or a
    -- credit line around a feed's excerpt keeps it under 1). Containment outranks the spun band, not a
    -- near-identical copy: a verbatim excerpt is no rewrite, and neither is a longer post that quotes the
    -- other whole (no class: that post is not a copy). An excerpt and a rewrite are measured on the text the
    -- two posts share outside the passages either quotes (own_containment, shared_own_shingles): two lawyers
    -- quoting the same articles of the code around their own commentaries copy nothing. A near-identical
    -- copy is one whatever it quotes
    select
        d.* exclude (is_short, other_is_short, own_containment, shared_own_shingles),
        case
            -- a short post is only ever another's excerpt; nothing is a copy or a rewrite of a short post
            when d.is_short or d.other_is_short then
                case
                    when d.is_short and not d.other_is_short and d.own_containment >= p.excerpt_min
                        and d.length_ratio <= p.excerpt_max_share then 'excerpt'
                end
            when d.similarity >= p.copy_min then 'copy'
            when d.own_containment >= p.excerpt_min and d.length_ratio <= p.excerpt_max_share then 'excerpt'
            when d.other_containment >= p.excerpt_min and 1 / d.length_ratio <= p.excerpt_max_share then null
            -- a rewrite keeps a story's worth of text: two short briefs on one formula ("X nommé directeur de
            -- Y", "la SCPI Z collecte N millions") share the formula, not a story
            when d.similarity >= p.spun_min and d.shared_own_shingles >= p.spun_min_shared then 'spun'
        end as similarity_class
    from both_directions as d
    cross join params as p
),

paired_urls as (
    select distinct p.url
    from classified as d
    join int_posts as p on p.post_key = d.post_key
    where d.similarity_class is not null
),

credits as (
    -- the paired posts' links, to tell the copy from its original when both carry the same date
    select distinct l.from_url, rtrim(l.to_url, '/') as to_url
    from stg_links as l
    semi join paired_urls as u on u.url = l.from_url
),

final as (
    select
        d.post_key,
        p.url,
        p.host,
        p.published,
        d.other_post_key,
        o.url as other_url,
        o.host as other_host,
        o.published as other_published,
        d.similarity,
        d.estimated_similarity,
        d.containment,
        d.similarity_class,
        later_than(p.published, o.published) as other_is_earlier,
        -- at the same date the excerpt, or the copy that links to the other, is the copy; undated stays unknown
        -- (a short post quoted whole by a longer one is the other's excerpt too)
        case
            when later_than(p.published, o.published) then true
            when later_than(o.published, p.published) then false
            when p.published is not null and o.published is not null
                then d.similarity_class = 'excerpt' or c.to_url is not null
        end as other_is_original
    from classified as d
    join int_posts as p on p.post_key = d.post_key
    join int_posts as o on o.post_key = d.other_post_key
    left join credits as c on c.from_url = p.url and c.to_url = rtrim(o.url, '/')
    where d.similarity_class is not null
)

select * from final
