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

kept as (
    select o.post_key, o.words, o.quoted
    from posts as o
    cross join params as p
    where len(o.words) >= p.floor_words
),

passages as (
    -- one row per quoted passage, as its words
    select post_key, list_filter(string_split(fold_text(passage), ' '), lambda w: w <> '') as words
    from (select post_key, unnest(quoted) as passage from kept where len(quoted) > 0)
),

quoted as (
    select
        q.post_key,
        list(array_to_string(q.words, ' ')) as passages,
        list_distinct(flatten(list(
            shingle_hashes(list_transform(q.words, lambda x: hash(x)), len(q.words), p.k)
        ))) as shingles
    from passages as q
    cross join params as p
    where len(q.words) >= p.quote_min_words
    group by q.post_key
),

own as (
    -- the words left outside the quotations
    select
        q.post_key,
        q.shingles,
        len(list_filter(
            string_split(
                list_reduce(
                    q.passages,
                    lambda acc, s: replace(acc, ' ' || s || ' ', ' '),
                    ' ' || array_to_string(k.words, ' ') || ' '
                ),
                ' '
            ),
            lambda w: w <> ''
        )) as own_words
    from quoted as q
    join kept as k on k.post_key = q.post_key
),

final as (
    select
        k.post_key,
        len(k.words) as n_words,
        list_transform(k.words, lambda x: hash(x)) as word_hashes,
        len(k.words) < p.min_words as is_short,
        case when o.own_words >= p.min_words then o.shingles else []::ubigint[] end as quoted_shingles
    from kept as k
    left join own as o on o.post_key = k.post_key
    cross join params as p
)

select * from final
