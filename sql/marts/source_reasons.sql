-- source_reasons: one row per (run_id, host, rule_id): each fired rule with its value, threshold, weight,
-- direction, rendered labels and an example pair of URLs where relevant.
with hits as (
    select * from int_rule_hits
),

final as (
    select
        getvariable('run_id') as run_id,
        host,
        rule_id,
        signal,
        value,
        threshold,
        weight,
        direction,
        label_fr,
        label_en,
        example_url,
        example_other_url,
        op,
        value_text,
        support_value
    from hits
)

select * from final
