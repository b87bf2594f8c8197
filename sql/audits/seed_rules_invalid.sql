-- audit seed_rules_invalid: one row per rule of sql/seeds/rules.csv that cannot be evaluated as written:
-- unknown signal or support signal (not a column of int_source_features), unknown operator, direction,
-- kind or display, weight outside [0, 1], duplicate rule_id, or labels without {value}.
with feature_columns as (
    select column_name as signal
    from information_schema.columns
    where table_name = 'int_source_features' and column_name <> 'host'
),

rules as (
    select *, count(*) over (partition by rule_id) as copies
    from seed_rules
),

final as (
    select
        r.rule_id,
        r.signal,
        r.min_support_signal,
        r.op,
        r.direction,
        r.weight,
        r.kind_scope,
        r.display,
        r.copies
    from rules as r
    left join feature_columns as f on f.signal = r.signal
    left join feature_columns as s on s.signal = r.min_support_signal
    where f.signal is null
        or (nullif(r.min_support_signal, '') is not null and s.signal is null)
        or r.op not in ('>=', '>', '<=', '<', '=')
        or r.direction not in ('automated', 'pertinent')
        or r.weight::double not between 0 and 1
        or r.threshold is null
        or coalesce(r.display, 'dec1') not in ('pct', 'int', 'dec1', 'dec2')
        or len(list_filter(string_split(r.kind_scope, '|'), lambda k: k not in ('all', 'blog', 'forum', 'news', 'other'))) > 0
        or r.copies > 1
        or r.label_fr not like '%{value}%'
        or r.label_en not like '%{value}%'
)

select * from final
