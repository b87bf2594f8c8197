-- int_post_shingles: one row per (post_key, shingle_hash): the distinct k-word shingles of each post with
-- enough text, on normalised text (lowercase, accents stripped, punctuation dropped); a shingle's hash is
-- the hash of its k word hashes, in order. Each row says on how many hosts the shingle occurs and in how
-- many posts of the post's own host: shingles on many hosts are stock phrases of the sector (is_common),
-- left out of MinHash so they do not make unrelated posts candidates (counted in hosts, not posts, so
-- that a template repeated on one host, or a copy on a few, is kept); exact similarities use every shingle.
with params as (
    select
        max(value) filter (where param = 'shingle_k')::integer as k,
        max(value) filter (where param = 'minhash_min_words')::integer as min_words,
        max(value) filter (where param = 'shingle_common_min_hosts')::double as common_min_hosts,
        max(value) filter (where param = 'shingle_common_share_hosts')::double as common_share_hosts
    from seed_params
),

words as (
    select
        post_key,
        host,
        string_split(trim(regexp_replace(lower(strip_accents(text)), '[^a-z0-9]+', ' ', 'g')), ' ') as words
    from int_posts
    where text is not null
),

comparable as (
    select w.post_key, w.host, w.words
    from words as w
    cross join params as p
    where len(w.words) >= p.min_words
),

positioned as (
    -- words hashed first: windows over integers are much cheaper than over strings
    select
        post_key,
        hash(unnest(words)) as word_hash,
        generate_subscripts(words, 1) as position,
        len(words) as n_words
    from comparable
),

windows as (
    select
        w.post_key,
        w.position,
        w.n_words,
        p.k,
        hash(list(w.word_hash) over (
            partition by w.post_key order by w.position rows between current row and p.k - 1 following
        )) as shingle_hash
    from positioned as w
    cross join params as p
),

shingles as (
    -- the last k - 1 windows are shorter than k words: not shingles
    select distinct post_key, shingle_hash
    from windows
    where position <= n_words - k + 1
),

hosted as (
    select s.post_key, c.host, s.shingle_hash
    from shingles as s
    join comparable as c on c.post_key = s.post_key
),

per_host as (
    select shingle_hash, host, count(*) as host_posts
    from hosted
    group by shingle_hash, host
),

per_shingle as (
    select *, count(*) over (partition by shingle_hash) as shingle_hosts
    from per_host
),

totals as (
    select count(distinct host) as n_hosts from comparable
),

final as (
    select
        h.post_key,
        h.shingle_hash,
        f.shingle_hosts,
        f.host_posts,
        f.shingle_hosts > greatest(p.common_min_hosts, p.common_share_hosts * t.n_hosts) as is_common
    from hosted as h
    join per_shingle as f on f.shingle_hash = h.shingle_hash and f.host = h.host
    cross join params as p
    cross join totals as t
)

select * from final
