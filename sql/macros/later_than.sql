-- macro later_than(a, b): true when timestamp a is provably later than b, at the precision of the coarser
-- of the two. A date-only publication (read as midnight UTC) is compared by day: a copy dated "4 October"
-- is not earlier than an original of 4 October 09:12, which comparing midnight with 09:12 would claim.
-- Null when either is null.
create or replace macro later_than(a, b) as
    case
        when is_date_only(a) or is_date_only(b) then timezone('UTC', a)::date > timezone('UTC', b)::date
        else a > b
    end
