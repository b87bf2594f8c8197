-- int_post_words: one row per post (post_key) whose text has at least excerpt_min_words words: the "compared"
-- posts of the near-duplicate models. Words are normalised (lowercase; accented Latin letters mapped to the
-- bare letter; punctuation, quotes, symbols and white space are separators) and hashed to integers once,
-- so the models downstream never read the text again (fold_text: sql/macros/fold_text.sql). A post under
-- minhash_min_words words is short: too short for a reliable similarity, it is compared only as the excerpt
-- of a longer post (a feed's one- or two-sentence description pasted as a post), never as a copy, a
-- rewrite or a template.
-- quoted_shingles: the shingles of the passages the post quotes, marked by its markup (int_posts.quotations:
-- blockquote, q) or set in quotation marks in its text (« », “ ”), of at least quote_min_words words.
-- Lawyers quote the same article of the code word for word, newsrooms the same minister: int_post_pairs
-- pairs two posts only on what they share outside quotations. Empty when fewer than minhash_min_words words
-- are left outside them: a feed item pasted in a blockquote under a line of credit is a copy all the same.
with params as (
    select
        max(value) filter (where param = 'shingle_k')::integer as k,
        max(value) filter (where param = 'minhash_min_words')::integer as min_words,
        least(
            max(value) filter (where param = 'minhash_min_words')::integer,
            max(value) filter (where param = 'excerpt_min_words')::integer
        ) as floor_words,
        max(value) filter (where param = 'quote_min_words')::integer as quote_min_words
    from seed_params
),

posts as (
    select
        post_key,
        list_filter(string_split(fold_text(text), ' '), lambda w: w <> '') as words,
        -- quotation marks are only looked for where the text has some
        quotations
            || case when text like '%«%' then regexp_extract_all(text, '«([^«»]*)»', 1) else [] end
            || case when text like '%“%' then regexp_extract_all(text, '“([^“”]*)”', 1) else [] end
            as quoted
    from int_posts
    where length(text) > 0
),

passages as (
    -- each quoted passage as its words; one projection per post, no join: a join carried every post's word
    -- list and spilled at 1M posts
    select
        o.post_key,
        o.words,
        case when len(o.quoted) = 0 then []::varchar[][] else list_filter(
            list_transform(o.quoted, lambda q: list_filter(string_split(fold_text(q), ' '), lambda w: w <> '')),
            lambda ws: len(ws) >= p.quote_min_words
        ) end as passages
    from posts as o
    cross join params as p
    where len(o.words) >= p.floor_words
),

own as (
    -- the words left outside the quotations, and the quotations' shingles
    select
        q.post_key,
        q.words,
        case when len(q.passages) = 0 then len(q.words) else len(list_filter(
            string_split(
                list_reduce(
                    list_transform(q.passages, lambda ws: array_to_string(ws, ' ')),
                    lambda acc, s: replace(acc, ' ' || s || ' ', ' '),
                    ' ' || array_to_string(q.words, ' ') || ' '
                ),
                ' '
            ),
            lambda w: w <> ''
        )) end as own_words,
        case when len(q.passages) = 0 then []::ubigint[] else list_distinct(flatten(list_transform(
            q.passages,
            lambda ws: shingle_hashes(list_transform(ws, lambda x: hash(x)), len(ws), p.k)
        ))) end as shingles
    from passages as q
    cross join params as p
),

final as (
    select
        o.post_key,
        len(o.words) as n_words,
        list_transform(o.words, lambda x: hash(x)) as word_hashes,
        len(o.words) < p.min_words as is_short,
        case when o.own_words >= p.min_words then o.shingles else []::ubigint[] end as quoted_shingles
    from own as o
    cross join params as p
)

select * from final
