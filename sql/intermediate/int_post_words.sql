-- int_post_words: one row per post (post_key) whose text has at least excerpt_min_words words: the "compared"
-- posts of the near-duplicate models. Words are normalised (lowercase; accented Latin letters mapped to the
-- bare letter; punctuation, quotes, symbols and white space are separators) and hashed to integers once,
-- so the models downstream never read the text again (fold_text: sql/macros/fold_text.sql). A post under
-- minhash_min_words words is short: too short for a reliable similarity, it is compared only as the excerpt
-- of a longer post (a feed's one- or two-sentence description pasted as a post), never as a copy, a
-- rewrite or a template.
-- A post is compared on its own words: the passages it quotes, marked by its markup (int_posts.quotations:
-- blockquote, q) or set in quotation marks in its text (« », “ ”), are set aside when they have at least
-- quote_min_words words. Lawyers quote the same article of the code word for word, newsrooms the same
-- minister: a shared quotation is no copy. When fewer than minhash_min_words words are left, the post is
-- compared whole: a feed item pasted in a blockquote under a line of credit is a copy all the same.
with params as (
    select
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
        -- quotation marks are only looked for where the text has some (most posts have none)
        quotations
            || case when text like '%«%' then regexp_extract_all(text, '«([^«»]*)»', 1) else [] end
            || case when text like '%“%' then regexp_extract_all(text, '“([^“”]*)”', 1) else [] end
            as quoted
    from int_posts
    where length(text) > 0
),

folded_quotes as (
    -- each passage as the words it is made of, joined by single spaces, as the text's words are
    select
        o.post_key,
        o.words,
        list_filter(
            list_transform(
                o.quoted,
                lambda q: array_to_string(list_filter(string_split(fold_text(q), ' '), lambda w: w <> ''), ' ')
            ),
            lambda q: len(string_split(q, ' ')) >= p.quote_min_words
        ) as passages
    from posts as o
    cross join params as p
),

own as (
    select
        post_key,
        words,
        case
            when len(passages) = 0 then words
            else list_filter(
                string_split(
                    list_reduce(
                        passages,
                        lambda acc, q: replace(acc, ' ' || q || ' ', ' '),
                        ' ' || array_to_string(words, ' ') || ' '
                    ),
                    ' '
                ),
                lambda w: w <> ''
            )
        end as own_words
    from folded_quotes
),

chosen as (
    select
        o.post_key,
        case when len(o.own_words) >= p.min_words then o.own_words else o.words end as words,
        -- words of quotations set aside (0 when the post is compared whole)
        case when len(o.own_words) >= p.min_words then len(o.words) - len(o.own_words) else 0 end as quoted_words
    from own as o
    cross join params as p
),

final as (
    select
        w.post_key,
        len(w.words) as n_words,
        list_transform(w.words, lambda x: hash(x)) as word_hashes,
        len(w.words) < p.min_words as is_short,
        w.quoted_words
    from chosen as w
    cross join params as p
    where len(w.words) >= p.floor_words
)

select * from final
