-- int_source_scores: one row per host of int_sources: machine score and verdict with their reasons.
-- score = A * (1 - damping * P), where A = 1 - prod(1 - weight) over fired automated rules (noisy-or)
-- and P the same over fired pertinent rules; the verdict is the first band of seed_verdict_bands (by
-- priority) containing the score. Sources that cannot be assessed, that have no posts, or that look
-- clean without any pertinent evidence are undecided with a note from seed_verdict_notes.
with params as (
    select
        max(value) filter (where param = 'pertinent_damping')::double as damping,
        max(value) filter (where param = 'pertinent_requires_evidence')::double = 1 as requires_evidence
    from seed_params
),

bands as (
    select lower(trim(verdict)) as verdict, priority, min_score::double as min_score, max_score::double as max_score
    from seed_verdict_bands
),

notes as (
    select trim(note_id) as note_id, label_fr, label_en from seed_verdict_notes
),

hits as (
    select
        host,
        1 - coalesce(product(1 - weight) filter (where direction = 'automated'), 1) as automated_strength,
        1 - coalesce(product(1 - weight) filter (where direction = 'pertinent'), 1) as pertinent_strength,
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
        coalesce(h.automated_strength, 0) as automated_strength,
        coalesce(h.pertinent_strength, 0) as pertinent_strength,
        coalesce(h.automated_rules, 0) as automated_rules,
        coalesce(h.pertinent_rules, 0) as pertinent_rules,
        h.rule_reasons,
        h.rule_evidence_fr,
        h.rule_evidence_en,
        case when s.assessment_note is null then
            round(coalesce(h.automated_strength, 0) * (1 - p.damping * coalesce(h.pertinent_strength, 0)), 4)
        end as machine_score,
        p.requires_evidence
    from int_sources as s
    join int_source_features as f on f.host = s.host
    left join hits as h on h.host = s.host
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
            when band_verdict <> 'automated' and no_posts then 'no_posts'
            when band_verdict = 'pertinent' and pertinent_rules = 0 and requires_evidence then 'insufficient_evidence'
        end as verdict_note
    from banded
),

final as (
    select
        n.host,
        n.machine_score,
        case when n.verdict_note is not null then 'undecided' else coalesce(n.band_verdict, 'undecided') end
            as machine_verdict,
        n.verdict_note,
        n.automated_strength,
        n.pertinent_strength,
        n.automated_rules,
        n.pertinent_rules,
        nullif(concat_ws(';', n.rule_reasons,
            n.verdict_note || coalesce(case when n.verdict_note = 'crawl_failed' then '=' || n.first_error end, '')), '')
            as reasons,
        nullif(concat_ws('; ', n.rule_evidence_fr, replace(t.label_fr, '{errors}', n.errors::varchar)), '')
            as evidence_fr,
        nullif(concat_ws('; ', n.rule_evidence_en, replace(t.label_en, '{errors}', n.errors::varchar)), '')
            as evidence_en
    from noted as n
    left join notes as t on t.note_id = n.verdict_note
)

select * from final
