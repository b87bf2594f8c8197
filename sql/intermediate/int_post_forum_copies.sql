-- int_post_forum_copies: one row per blog or news post (post_key) made of another site's forum messages: at
-- least forum_paste_min_share of its words are paragraphs found word for word in messages of one thread of
-- another site's forum, posted before it. A "digest" splog turns the audit's forums' threads into articles (the
-- question and its best answers, names dropped); the near-duplicate models compare posts with posts, never with
-- messages. Paragraphs of at least forum_copy_min_words words count ("Merci pour ta réponse !" is everyone's);
-- texts are compared folded (case, accents, punctuation). A blogger quoting a member's message inside his own
-- post stays under the share. original_thread_url: the thread with the most words found (the earliest on a tie).
with params as (
    select
        max(value) filter (where param = 'forum_copy_min_words')::integer as min_words,
        max(value) filter (where param = 'forum_paste_min_share')::double as min_share
    from seed_params
),

message_lines as (
    select thread_url, host, published, unnest(string_split(text, chr(10))) as line
    from int_forum_posts
    where published is not null and length(text) > 0
),

message_paragraphs as (
    -- each long paragraph of a forum message, folded
    select distinct m.thread_url, m.host, site_of(m.host) as site, m.published, hash(m.paragraph) as paragraph_key
    from (select *, trim(match_words(line)) as paragraph from message_lines) as m
    cross join params as p
    where len(string_split(m.paragraph, ' ')) >= p.min_words
),

post_lines as (
    select post_key, host, published, unnest(string_split(text, chr(10))) as line
    from int_posts
    where published is not null and length(text) > 0
),

post_paragraphs as (
    select post_key, site_of(host) as site, published, hash(paragraph) as paragraph_key,
        len(string_split(paragraph, ' ')) as words
    from (select *, trim(match_words(line)) as paragraph from post_lines)
    where paragraph <> ''
),

post_words as (
    select post_key, sum(words) as words from post_paragraphs group by post_key
),

found as (
    -- the post's long paragraphs found in an earlier message of another site's thread
    select distinct pp.post_key, m.thread_url, m.host, pp.paragraph_key, pp.words
    from post_paragraphs as pp
    cross join params as p
    join message_paragraphs as m on m.paragraph_key = pp.paragraph_key and m.site <> pp.site
    where pp.words >= p.min_words and later_than(pp.published, m.published)
),

per_thread as (
    select post_key, thread_url, any_value(host) as host, sum(words) as words_found
    from found
    group by post_key, thread_url
),

final as (
    select
        t.post_key,
        t.thread_url as original_thread_url,
        t.host as original_host,
        t.words_found,
        t.words_found / w.words as share_found
    from per_thread as t
    join post_words as w on w.post_key = t.post_key
    cross join params as p
    where t.words_found >= p.min_share * w.words
    qualify row_number() over (partition by t.post_key order by t.words_found desc, t.thread_url) = 1
)

select * from final
