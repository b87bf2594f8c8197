-- audit source_reasons_invalid: one row per fired rule that is duplicated, has no source row, or has an
-- unknown direction, a weight outside [0, 1] or an empty label.
with current_reasons as (
    select *, count(*) over (partition by host, rule_id) as copies
    from source_reasons
    where run_id = getvariable('run_id')
),

mart_hosts as (
    select host from sources where run_id = getvariable('run_id')
),

final as (
    select r.run_id, r.host, r.rule_id, r.direction, r.weight, r.copies, m.host is null as orphan
    from current_reasons as r
    left join mart_hosts as m on m.host = r.host
    where r.copies > 1
        or m.host is null
        or r.direction not in ('automated', 'pertinent')
        or r.weight not between 0 and 1
        or coalesce(r.label_fr, '') = ''
        or coalesce(r.label_en, '') = ''
)

select * from final
