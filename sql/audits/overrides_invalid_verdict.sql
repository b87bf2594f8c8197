-- audit overrides_invalid_verdict: one row per consultant override whose verdict is not one of
-- pertinent, automated, undecided (it would still win in sources.verdict).
with current_overrides as (
    select host, verdict, note, updated_at from overrides
),

final as (
    select * from current_overrides
    where verdict is null or lower(trim(verdict)) not in ('pertinent', 'automated', 'undecided')
)

select * from final
