-- int_source_scores: one row per host of int_sources: machine score and verdict with their reasons.
-- The score is a probability that the source is automated, from a logistic model over the fired rules:
--   log-odds = prior_log_odds + sum over automated rules of ln((1 + w) / (1 - w))
--                             - sum over pertinent rules of ln((1 + w) / (1 - w))
-- so a rule of weight w alone, from even odds, gives a probability of (1 + w) / 2. The weights and the prior
-- are fitted on labelled evaluation webs and checked on held-out families (docs/classification.md).
-- The verdict commits: the first band of seed_verdict_bands (by priority) containing the score. A source
-- is undecided only when it cannot be assessed (not crawled, crawl failed), has no post or message, or
-- holds too little data (under commit_min_posts posts with text, commit_min_messages forum messages and
-- commit_min_comments comments) for a score under commit_high, unless pertinent rules brought it to
-- commit_low or below; the note says which data is missing. Such a source that also holds unread_pages_min
-- pages of text its parser did not read as posts is undecided whatever its score (note posts_not_read):
-- its posts were not read, and rules on the one or two it read are not evidence. So is a thin source whose
-- site refused at least refused_pages_min of its pages and refused_min_share of those asked for (note
-- crawl_incomplete: 403 walls, rate limits, timeouts; int_sources.crawl_blocked): what was read is not
-- the site. A source judged on a clean record (no rule fired) says so in its evidence, and one whose comments
-- a browser-side service (Disqus...) loads says that its conversation was not read (note comments_hosted):
-- no comment read there is not silence. Such a source, its comments hosted on at least hosted_min_share of
-- its posts with text, commits to automated only at commit_high or above: under it, the verdict is
-- undecided (note conversation_unread), for the readers' conversation is what tells a genuine circle of
-- friends' blogs, or an advisor's, from a network (make eval: under many_commenters and author_replies).
-- A clean record (no rule fired either way) on posts whose text is for subscribers, at least
-- paywalled_min_share of its posts with text (isAccessibleForFree false: Medium's member-only stories), is no
-- record: the rules read teasers. Undecided (note text_paywalled), for the consultant to read with an account.
with params as (
    select
        max(value) filter (where param = 'prior_log_odds')::double as prior_log_odds,
        max(value) filter (where param = 'commit_min_posts')::double as min_posts,
        max(value) filter (where param = 'commit_min_messages')::double as min_messages,
        max(value) filter (where param = 'commit_min_comments')::double as min_comments,
        max(value) filter (where param = 'commit_low')::double as commit_low,
        max(value) filter (where param = 'commit_high')::double as commit_high,
        max(value) filter (where param = 'unread_pages_min')::double as unread_pages_min,
        max(value) filter (where param = 'hosted_min_share')::double as hosted_min_share,
        max(value) filter (where param = 'paywalled_min_share')::double as paywalled_min_share
    from seed_params
),

bands as (
    select lower(trim(verdict)) as verdict, priority, min_score::double as min_score, max_score::double as max_score
    from seed_verdict_bands
),

notes as (
    select trim(note_id) as note_id, label_fr, label_en from seed_verdict_notes
),

hosted as (
    select host, mode(comments_hosted_by) as service
    from int_posts
    where comments_hosted_by is not null
    group by host
),

hits as (
    select
        host,
        coalesce(sum(rule_log_odds(weight)) filter (where direction = 'automated'), 0) as automated_log_odds,
        coalesce(sum(rule_log_odds(weight)) filter (where direction = 'pertinent'), 0) as pertinent_log_odds,
        count(*) filter (where direction = 'automated') as automated_rules,
        count(*) filter (where direction = 'pertinent') as pertinent_rules,
        string_agg(rule_id || '=' || value_text || case when display = 'pct' then '%' else '' end, ';'
            order by weight desc, rule_id) as rule_reasons,
        string_agg(label_fr, '; ' order by weight desc, rule_id) as rule_evidence_fr,
        string_agg(label_en, '; ' order by weight desc, rule_id) as rule_evidence_en
    from int_rule_hits
    group by host
),

scored as (
    select
        s.host,
        s.assessment_note,
        s.errors,
        s.first_error,
        f.posts + f.forum_posts = 0 as no_posts,
        f.posts_with_text,
        f.comments,
        f.forum_posts,
        f.posts_with_text < p.min_posts and f.forum_posts < p.min_messages and f.comments < p.min_comments as thin,
        f.unread_text_pages,
        f.unread_text_pages >= p.unread_pages_min as posts_unread,
        s.refused_pages,
        s.refusal,
        s.crawl_blocked,
        f.posts_comments_hosted,
        hs.service as comments_service,
        coalesce(h.automated_rules, 0) as automated_rules,
        coalesce(h.pertinent_rules, 0) as pertinent_rules,
        coalesce(h.automated_log_odds, 0) as automated_log_odds,
        coalesce(h.pertinent_log_odds, 0) as pertinent_log_odds,
        h.rule_reasons,
        h.rule_evidence_fr,
        h.rule_evidence_en,
        case when s.assessment_note is null then
            round(1 / (1 + exp(-(p.prior_log_odds + coalesce(h.automated_log_odds, 0) - coalesce(h.pertinent_log_odds, 0)))), 4)
        end as machine_score,
        f.posts_comments_hosted > 0 and f.posts_comments_hosted >= p.hosted_min_share * f.posts_with_text
            as conversation_hosted,
        f.posts_paywalled > 0 and f.posts_paywalled >= p.paywalled_min_share * f.posts_with_text as text_paywalled,
        p.commit_low,
        p.commit_high
    from int_sources as s
    join int_source_features as f on f.host = s.host
    left join hits as h on h.host = s.host
    left join hosted as hs on hs.host = s.host
    cross join params as p
),

banded as (
    select sc.*, b.verdict as band_verdict
    from scored as sc
    left join bands as b on sc.machine_score between b.min_score and b.max_score
    qualify row_number() over (partition by sc.host order by b.priority nulls last) = 1
),

noted as (
    select
        *,
        case
            when assessment_note is not null then assessment_note
            -- the site holds text its parser did not read as posts: one post read is not a one-page blog
            when (thin or no_posts) and posts_unread then 'posts_not_read'
            -- the site refused most of what was asked (an anti-bot wall, rate limits): what was read is
            -- not the site, and one post read from it is not a one-page blog
            when (thin or no_posts) and crawl_blocked then 'crawl_incomplete'
            when band_verdict <> 'automated' and no_posts then 'no_posts'
            -- a thin source commits to automated on strong evidence, to pertinent only on evidence of a
            -- conversation: a clean record on three posts is no record
            when thin and machine_score < commit_high and (machine_score > commit_low or pertinent_rules = 0)
                then 'too_little_data'
            -- weak signs of automation, and the conversation that could belie them unread
            when band_verdict = 'automated' and machine_score < commit_high and conversation_hosted
                then 'conversation_unread'
            -- a clean record read on teasers
            when band_verdict <> 'automated' and automated_rules + pertinent_rules = 0 and text_paywalled
                then 'text_paywalled'
        end as verdict_note,
        -- evidence of a verdict reached without any rule: the record that was examined
        case when assessment_note is null and not no_posts and automated_rules + pertinent_rules = 0
            then 'clean_record' end as record_note,
        case when assessment_note is null and posts_comments_hosted > 0 then 'comments_hosted' end as hosted_note
    from banded
),

note_figures as (
    -- the errors a note counts: a blocked crawl's are the pages refused
    select *, case when verdict_note = 'crawl_incomplete' then refused_pages else errors end as note_errors
    from noted
),

labelled as (
    -- the notes' sentences with their figures written in
    select
        n.*,
        fill_note(replace(t.label_fr, '{refusal}', coalesce(n.refusal, '')), n.note_errors, n.posts_with_text,
            n.comments, n.forum_posts, n.unread_text_pages) as verdict_note_fr,
        fill_note(replace(t.label_en, '{refusal}', coalesce(n.refusal, '')), n.note_errors, n.posts_with_text,
            n.comments, n.forum_posts, n.unread_text_pages) as verdict_note_en,
        fill_note(r.label_fr, n.errors, n.posts_with_text, n.comments, n.forum_posts, n.unread_text_pages)
            as record_note_fr,
        fill_note(r.label_en, n.errors, n.posts_with_text, n.comments, n.forum_posts, n.unread_text_pages)
            as record_note_en,
        replace(replace(c.label_fr, '{service}', n.comments_service),
            '{hosted_posts}', n.posts_comments_hosted::bigint::varchar) as hosted_note_fr,
        replace(replace(c.label_en, '{service}', n.comments_service),
            '{hosted_posts}', n.posts_comments_hosted::bigint::varchar) as hosted_note_en
    from note_figures as n
    left join notes as t on t.note_id = n.verdict_note
    left join notes as r on r.note_id = n.record_note and n.verdict_note is null
    left join notes as c on c.note_id = n.hosted_note
),

final as (
    select
        host,
        machine_score,
        case when verdict_note is not null then 'undecided' else coalesce(band_verdict, 'undecided') end
            as machine_verdict,
        verdict_note,
        automated_rules,
        pertinent_rules,
        round(automated_log_odds, 4) as automated_log_odds,
        round(pertinent_log_odds, 4) as pertinent_log_odds,
        nullif(concat_ws(';', rule_reasons, verdict_note || coalesce(case
            when verdict_note = 'crawl_failed' then '=' || first_error
            when verdict_note = 'crawl_incomplete' then '=' || refusal
        end, '')), '') as reasons,
        nullif(concat_ws('; ', rule_evidence_fr, verdict_note_fr, record_note_fr, hosted_note_fr), '') as evidence_fr,
        nullif(concat_ws('; ', rule_evidence_en, verdict_note_en, record_note_en, hosted_note_en), '') as evidence_en
    from labelled
)

select * from final
