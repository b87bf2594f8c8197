-- macro as_published(s): a raw publication date as TIMESTAMPTZ, null when unreadable. A date without a
-- time of day ('2026-10-04') is midnight UTC whatever the session's time zone, so that later models can
-- tell date-only dates apart (later_than, the timed gaps of int_source_rhythm) on any consultant's machine.
create or replace macro as_published(s) as
    try_cast(case when regexp_full_match(trim(s), '\d{4}-\d{2}-\d{2}') then trim(s) || 'T00:00:00+00:00' else s end
        as timestamptz)
