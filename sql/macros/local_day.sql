-- macro local_day(ts): the calendar day of a publication in the audit's time zone (seed param
-- local_timezone). A date-only publication is read as midnight UTC of its own day (as_published), so its day
-- is its UTC date; a timed one's is its local date: a post of 5 June 00:40 in Paris is of 5 June, not of the
-- 4 June its UTC time falls on. Null when ts is null.
create or replace macro local_day(ts) as
    case
        when is_date_only(ts) then timezone('UTC', ts)::date
        else timezone((select max(value) from seed_params where param = 'local_timezone'), ts)::date
    end
