-- audit sources_invalid_values: one row per source with a kind, status or verdict outside the contract's
-- vocabularies, or whose verdict is not the override (when any) else the machine verdict.
with current_sources as (
    select run_id, host, kind, status, machine_verdict, verdict, override_verdict
    from sources
    where run_id = getvariable('run_id')
),

final as (
    select * from current_sources
    where kind is null or kind not in ('blog', 'forum', 'news', 'other')
        or status is null or status not in ('seed', 'discovered')
        or machine_verdict is null or machine_verdict not in ('pertinent', 'automated', 'undecided')
        or verdict is distinct from coalesce(override_verdict, machine_verdict)
)

select * from final
