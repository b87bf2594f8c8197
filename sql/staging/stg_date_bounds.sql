-- stg_date_bounds: one row per run (the current one): the plausible range of publication dates.
-- A date outside it (epoch zero, a year 2099 typo, a US/EU day-month swap into the future) is a parse
-- error: the staging models null it, published_raw keeps what the page said.
with bounds as (
    select
        max(value) filter (where param = 'earliest_post_date') as earliest,
        max(value) filter (where param = 'max_future_days') as future_days
    from seed_date_bounds
),

final as (
    select
        cast(b.earliest as date)::timestamptz as earliest,
        getvariable('run_started_at')::timestamptz + to_days(cast(b.future_days as integer)) as latest
    from bounds as b
)

select * from final
