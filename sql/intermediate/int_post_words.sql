-- int_post_words: one row per post (post_key) whose text has at least excerpt_min_words words: the "compared"
-- posts of the near-duplicate models. Words are normalised (lowercase; accented Latin letters mapped to the
-- bare letter; punctuation, quotes, symbols and white space are separators) and hashed to integers once,
-- so the models downstream never read the text again (fold_text: sql/macros/fold_text.sql). A post under
-- minhash_min_words words is short: too short for a reliable similarity, it is compared only as the excerpt
-- of a longer post (a feed's one- or two-sentence description pasted as a post), never as a copy, a
-- rewrite or a template.
with params as (
    select
        max(value) filter (where param = 'minhash_min_words')::integer as min_words,
        least(
            max(value) filter (where param = 'minhash_min_words')::integer,
            max(value) filter (where param = 'excerpt_min_words')::integer
        ) as floor_words
    from seed_params
),

words as (
    select
        post_key,
        list_filter(
            string_split(
                fold_text(text),
                ' '
            ),
            lambda w: w <> ''
        ) as words
    from int_posts
    where length(text) > 0
),

final as (
    select
        w.post_key,
        len(w.words) as n_words,
        list_transform(w.words, lambda x: hash(x)) as word_hashes,
        len(w.words) < p.min_words as is_short
    from words as w
    cross join params as p
    where len(w.words) >= p.floor_words
)

select * from final
