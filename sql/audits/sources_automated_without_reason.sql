-- audit sources_automated_without_reason: one row per source judged automated by the machine without any
-- reason, readable evidence or fired automated rule in source_reasons.
with automated as (
    select run_id, host, machine_score, reasons, evidence_fr, evidence_en
    from sources
    where run_id = getvariable('run_id') and machine_verdict = 'automated'
),

automated_rules as (
    select distinct host
    from source_reasons
    where run_id = getvariable('run_id') and direction = 'automated'
),

final as (
    select a.*
    from automated as a
    left join automated_rules as r on r.host = a.host
    where coalesce(a.reasons, '') = ''
        or coalesce(a.evidence_fr, '') = ''
        or coalesce(a.evidence_en, '') = ''
        or r.host is null
)

select * from final
