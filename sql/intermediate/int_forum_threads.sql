-- int_forum_threads: one row per forum thread (thread_url): size, authors, whether it is self-answered
-- (the opener wrote at least self_answer_min_share of the replies), and whether the members who answered
-- it are the forum's busiest answerer alone (answered_by_top_alone; null when nobody but the opener replied).
-- A newcomer's introduction (is_introduction: the title starts with a phrase of seed_introduction_titles,
-- "Présentation", "Bonjour à tous") asks nothing: the admin welcomes every newcomer, who thanks him. Such a
-- thread is neither self-answered nor answered by anyone, and its welcomes do not make the busiest answerer:
-- a forum's presentation board would otherwise make its welcoming admin a shill's "helpful member".
-- A consultation (is_consultation): after a member answered, the asker came back with a follow-up of at least
-- followup_min_words words (quotes aside: "Merci beaucoup !" is no follow-up) and that member answered again,
-- a professional's exchange with a client; a shill's askers ask once and at most thank.
with params as (
    select
        max(value) filter (where param = 'self_answer_min_share')::double as self_answer_min_share,
        max(value) filter (where param = 'followup_min_words')::integer as followup_min_words
    from seed_params
),

introductions as (
    select trim(match_words(phrase)) as phrase from seed_introduction_titles
),

threads as (
    select
        thread_url,
        any_value(host) as host,
        max(thread_title) as thread_title,
        any_value(opener_key) as opener_key,
        count(*) as messages,
        count(*) filter (where not is_opener) as replies,
        count(*) filter (where is_opener_reply) as opener_replies,
        count(distinct author_key) as distinct_authors,
        min(published) as first_message_at,
        max(published) as last_message_at
    from int_forum_posts
    group by thread_url
),

typed as (
    select
        t.*,
        exists (select 1 from introductions as i where starts_with(k.title_words, i.phrase || ' ')) as is_introduction
    from threads as t,
    lateral (select trim(match_words(coalesce(t.thread_title, ''))) || ' ' as title_words) as k
),

answers as (
    -- replies to a thread someone else opened, a question (welcomes are no answers)
    select p.host, p.thread_url, p.author_key
    from int_forum_posts as p
    semi join typed as t on t.thread_url = p.thread_url and not t.is_introduction
    where not p.is_opener and p.author_key is not null and p.author_key is distinct from p.opener_key
),

top_answerers as (
    -- the member who answers others most, per forum
    select host, author_key as top_answerer_key
    from answers
    group by host, author_key
    qualify row_number() over (partition by host order by count(*) desc, author_key) = 1
),

answered as (
    select
        a.thread_url,
        bool_and(a.author_key = ta.top_answerer_key) as answered_by_top_alone
    from answers as a
    inner join top_answerers as ta on ta.host = a.host
    group by a.thread_url
),

answerer_spans as (
    -- each answerer's first and last message in a thread
    select thread_url, author_key, min(position) as first_position, max(position) as last_position
    from int_forum_posts
    where not is_opener and author_key is not null and author_key is distinct from opener_key
    group by thread_url, author_key
),

followups as (
    -- the asker's messages of substance after the opening one
    select f.thread_url, f.position
    from int_forum_posts as f
    cross join params as p
    where not f.is_opener and f.author_key = f.opener_key
      and len(string_split(trim(match_words(f.text)), ' ')) >= p.followup_min_words
),

consultations as (
    -- a follow-up between two messages of one answerer: answered, followed up, answered again
    select distinct f.thread_url
    from followups as f
    inner join answerer_spans as s
        on s.thread_url = f.thread_url and s.first_position < f.position and f.position < s.last_position
),

final as (
    select
        t.*,
        t.opener_replies / nullif(t.replies, 0) as opener_reply_share,
        coalesce(not t.is_introduction and t.replies > 0 and t.opener_replies / t.replies >= p.self_answer_min_share,
            false) as self_answered,
        a.answered_by_top_alone,
        c.thread_url is not null as is_consultation
    from typed as t
    cross join params as p
    left join answered as a on a.thread_url = t.thread_url
    left join consultations as c on c.thread_url = t.thread_url
)

select * from final
