-- audit sources_score_out_of_range: one row per source whose machine_score or score is outside [0, 1]
-- (null is allowed: a source that could not be assessed has no score).
with scored as (
    select run_id, host, machine_score, score
    from sources
    where run_id = getvariable('run_id')
),

final as (
    select * from scored
    where machine_score not between 0 and 1
        or score not between 0 and 1
        or score is distinct from machine_score
)

select * from final
