-- int_rule_hits: one row per (host, rule_id) for the rules of seed_rules that fire on an assessable source.
-- Generic: features are unpivoted to (host, signal, value) and matched against each rule's signal, kind
-- scope ('all' or kinds separated by '|', against int_source_kinds.rule_kind), comparison and minimum
-- support; labels are rendered by replacing {value}, {threshold}, {example_url} and {example_other_url} in
-- the seed's sentence templates.
with features as (
    unpivot int_source_features
    on columns(* exclude (host))
    into name signal value value
),

rules as (
    select
        trim(rule_id) as rule_id,
        lower(trim(kind_scope)) as kind_scope,
        trim(signal) as signal,
        trim(op) as op,
        threshold::double as threshold,
        weight::double as weight,
        lower(trim(direction)) as direction,
        nullif(trim(min_support_signal), '') as min_support_signal,
        coalesce(min_support::double, 0) as min_support,
        coalesce(nullif(lower(trim(display)), ''), 'dec1') as display,
        label_fr,
        label_en
    from seed_rules
),

assessable as (
    -- the kind that scopes the rules: a news site's needs a newsroom's mark besides its markup
    select s.host, k.rule_kind as kind
    from int_sources as s
    join int_source_kinds as k on k.host = s.host
    where s.assessment_note is null
),

scoped as (
    select a.host, a.kind, r.*
    from assessable as a
    join rules as r
        on r.kind_scope = 'all' or list_contains(string_split(r.kind_scope, '|'), a.kind)
),

evaluated as (
    select
        s.*,
        f.value,
        support.value as support_value
    from scoped as s
    join features as f on f.host = s.host and f.signal = s.signal
    left join features as support on support.host = s.host and support.signal = s.min_support_signal
),

fired as (
    select *
    from evaluated
    where (min_support_signal is null or coalesce(support_value, 0) >= min_support)
        and case op
            when '>=' then value >= threshold
            when '>' then value > threshold
            when '<=' then value <= threshold
            when '<' then value < threshold
            when '=' then value = threshold
            else false
        end
),

formatted as (
    select
        f.*,
        case f.display
            when 'pct' then round(100 * f.value)::bigint::varchar
            when 'int' then round(f.value)::bigint::varchar
            when 'dec2' then format('{:.2f}', f.value)
            else format('{:.1f}', f.value)
        end as value_text,
        case f.display
            when 'pct' then round(100 * f.threshold)::bigint::varchar
            when 'int' then round(f.threshold)::bigint::varchar
            when 'dec2' then format('{:.2f}', f.threshold)
            else format('{:.1f}', f.threshold)
        end as threshold_text,
        x.example_url,
        x.example_other_url
    from fired as f
    left join int_rule_examples as x on x.host = f.host and x.signal = f.signal
),

final as (
    select
        host,
        kind,
        rule_id,
        signal,
        value,
        value_text,
        display,
        op,
        threshold,
        weight,
        direction,
        min_support_signal,
        support_value,
        replace(replace(replace(replace(label_fr,
            '{value}', replace(value_text, '.', ',')),
            '{threshold}', replace(threshold_text, '.', ',')),
            '{example_url}', coalesce(example_url, '…')),
            '{example_other_url}', coalesce(example_other_url, '…')) as label_fr,
        replace(replace(replace(replace(label_en,
            '{value}', value_text),
            '{threshold}', threshold_text),
            '{example_url}', coalesce(example_url, '…')),
            '{example_other_url}', coalesce(example_other_url, '…')) as label_en,
        label_fr as template_fr,
        label_en as template_en,
        example_url,
        example_other_url
    from formatted
)

select * from final
