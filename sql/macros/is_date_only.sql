-- macro is_date_only(ts): true when a publication timestamp carries no time of day (as_published reads a
-- date-only date as midnight UTC); null when ts is null.
create or replace macro is_date_only(ts) as epoch(ts)::bigint % 86400 = 0
