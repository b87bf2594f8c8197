-- macro later_than(a, b): true when timestamp a is provably later than b, at the precision of the coarser
-- of the two. A date-only publication (read as midnight UTC) is compared by day, in the audit's time zone
-- (local_day): a copy dated "4 October" is not earlier than an original of 4 October 09:12, which comparing
-- midnight with 09:12 would claim, nor later than one of 5 October 00:40 in Paris, which comparing UTC days
-- would claim. Null when either is null.
create or replace macro later_than(a, b) as
    case
        when is_date_only(a) or is_date_only(b) then local_day(a) > local_day(b)
        else a > b
    end
