-- audit sources_verdict_not_resolved: one row per source whose verdict is not the consultant's override
-- (when any) else the machine verdict (the vocabularies themselves are contract checks:
-- sql/marts/_marts.yml).
with current_sources as (
    select run_id, host, machine_verdict, verdict, override_verdict
    from sources
    where run_id = getvariable('run_id')
),

final as (
    select * from current_sources
    where verdict is distinct from coalesce(override_verdict, machine_verdict)
)

select * from final
