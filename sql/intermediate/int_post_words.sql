-- int_post_words: one row per post (post_key) whose text has at least minhash_min_words words: the "compared"
-- posts of the near-duplicate models. Words are normalised (lowercase; accented Latin letters mapped to the
-- bare letter; punctuation, quotes, symbols and white space are separators) and hashed to integers once,
-- so the models downstream never read the text again (fold_text: sql/macros/fold_text.sql).
with params as (
    select max(value) filter (where param = 'minhash_min_words')::integer as min_words
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
        list_transform(w.words, lambda x: hash(x)) as word_hashes
    from words as w
    cross join params as p
    where len(w.words) >= p.min_words
)

select * from final
