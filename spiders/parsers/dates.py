"""Dates as the platforms write them, to ISO 8601.

ISO and RFC 822 strings, French and English month-name dates with or without a time
("Le mardi 4 mars 2025, 10:15", "4 mars 2025 à 10 h 15", "March 4, 2025 at 10:15 am"),
numeric day-first dates, forum-relative days ("Aujourd'hui 10:12", "Hier 18:40"), elapsed times
("il y a 3 heures", "2 days ago": the day only), and this year's dates that forums print without their
year but with a time ("Mar 14 Mar - 16:02", "14 mars à 16:02").
Times written without an offset are taken in `default_tz` (Europe/Paris).
htmldate is the last resort: it recognises more date shapes, but only to the day.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MONTHS = {
    # French, full and abbreviated as the platforms write them
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2, "fev": 2,
    "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7,
    "août": 8, "aout": 8, "aoû": 8, "aou": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12, "déc": 12,
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
_RFC_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"

_ISO_RE = re.compile(
    r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?"
    r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?(?!\d)", re.I)
_RFC_RE = re.compile(
    rf"^(?:[a-z]{{3}},?\s*)?\d{{1,2}}\s+(?:{_RFC_MONTHS})[a-z]*\s+\d{{2,4}}\s+\d{{1,2}}:\d{{2}}", re.I)
_WORD = r"([^\W\d_]{3,10})\.?"
_DMY_RE = re.compile(rf"(?<!\d)(\d{{1,2}})(?:er|st|nd|rd|th)?\.?\s+{_WORD},?\s+(\d{{4}})(?!\d)", re.I)
_MDY_RE = re.compile(rf"{_WORD}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", re.I)
_NUM_DMY_RE = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/.-])")
_NUM_YMD_RE = re.compile(r"(?<![\d/.-])(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?![\d/.-])")
_RELATIVE_RE = re.compile(r"^(aujourd'hui|aujourdhui|today|hier|yesterday)\b", re.I)
# "Il y a 3 heures", "Posté il y a 2 jours", "5 minutes ago", "a day ago": MyBB, phpBB 3.1+ and others print
# recent messages so. Weeks, months and years are left out: "2 years ago" is too coarse to date a post.
_AGO_FR_RE = re.compile(r"\b(?:il\s+y\s+a|voici)\s+(\d{1,3}|une?)\s+(seconde|minute|min|heure|jour)s?\b", re.I)
_AGO_EN_RE = re.compile(r"(?<![\w-])(\d{1,3}|an?|one)\s+(second|sec|minute|min|hour|hr|day)s?\s+ago\b", re.I)
_AGO_UNITS = {"sec": 1, "min": 60, "heu": 3600, "hou": 3600, "hr": 3600, "jou": 86400, "day": 86400}
# A day and month without a year, then a time: how Forumactif, and some phpBB and Facebook-like date formats,
# print this year's messages. Without the time ("4 mars") it is too often not a date at all.
_DM_TIME_RE = re.compile(r"(?<!\d)(\d{1,2})(?:er|st|nd|rd|th)?\.?\s+([^\W\d_]{3,10})\.?,?\s*(?:[-,à@|]|at)?\s*"
                         r"(?=\d{1,2}\s*(?::|h)\s*\d{2}(?!\d))", re.I)
_MD_TIME_RE = re.compile(r"(?<![\w-])([^\W\d_]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s*(?:[-,à@|]|at)?\s*"
                         r"(?=\d{1,2}\s*:\s*\d{2}(?!\d))", re.I)
_TIME_RE = re.compile(
    r"(?<![\d:/.-])(\d{1,2})\s*(?::|h(?=\s*\d)|H(?=\s*\d))\s*(\d{2})(?::(\d{2}))?(?:\s*min\b)?"
    r"(?:\s*([ap])\.?\s*m\b\.?)?"
    r"|(?<![\d:])(\d{1,2})\s*(?:([ap])\.?\s*m\b\.?|h\b)", re.I)
_TZ_AFTER_RE = re.compile(r"^\s*(?:(?:utc|gmt)\s*([+-]\d{1,2}(?::?\d{2})?)?|([+-]\d{2}:?\d{2})|(z)\b)", re.I)


@lru_cache(maxsize=16)
def _zone(name: str):
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("Europe/Paris")


def _offset(text: str) -> timezone | None:
    m = re.fullmatch(r"([+-])(\d{1,2})(?::?(\d{2}))?", text.strip())
    if not m:
        return timezone.utc if text.strip().lower() in ("z", "utc", "gmt", "") else None
    minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
    if minutes >= 24 * 60:
        return None
    return timezone((-1 if m.group(1) == "-" else 1) * timedelta(minutes=minutes))


def _valid_year(year: int) -> bool:
    return 1900 <= year <= 2100


def _month(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def _find_time(text: str):
    """(time, tzinfo or None, match) of the first time of day in `text`."""
    for m in _TIME_RE.finditer(text):
        if m.group(1) is not None:
            hour, minute, second = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
            ampm = m.group(4)
        else:
            hour, minute, second, ampm = int(m.group(5)), 0, 0, m.group(6)
        if ampm:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if ampm.lower() == "p" else 0)
        if hour > 23 or minute > 59 or second > 59:
            continue
        tz = None
        after = _TZ_AFTER_RE.match(text[m.end():])
        if after:
            tz = _offset(after.group(1) or after.group(2) or "Z")
        return time(hour, minute, second), tz, m
    return None, None, None


def _finish(day: date, text_before: str, text_after: str, default_tz: str) -> str:
    """ISO for a day plus whatever time of day is written around it."""
    t, tz, _ = _find_time(text_after)
    if t is None:
        t, tz, _ = _find_time(text_before)
    if t is None:
        return day.isoformat()
    dt = datetime.combine(day, t).replace(tzinfo=tz or _zone(default_tz))
    return dt.isoformat(timespec="seconds")


def _iso(m: re.Match, default_tz: str) -> str | None:
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not _valid_year(year):
        return None
    try:
        d = date(year, month, day)
        if m.group(4) is None:
            return d.isoformat()
        t = time(int(m.group(4)), int(m.group(5)), int(m.group(6) or 0))
    except ValueError:
        return None
    tz = _offset(m.group(7)) if m.group(7) else _zone(default_tz)
    if tz is None:
        return None
    return datetime.combine(d, t).replace(tzinfo=tz).isoformat(timespec="seconds")


def _htmldate(text: str) -> str | None:
    try:
        from htmldate.extractors import try_date_expr
        found = try_date_expr(text, "%Y-%m-%d", True, datetime(1995, 1, 1), datetime(2100, 1, 1))
    except Exception:  # internal API of htmldate: never let it break parsing
        return None
    return found or None


def parse_date(value: str | None, default_tz: str = "Europe/Paris",
               now: datetime | None = None) -> str | None:
    """ISO 8601 for a date as written on a page (or in an attribute), None if none is found.

    A date with a time gives `YYYY-MM-DDTHH:MM:SS+HH:MM` (offset as written, else that of
    `default_tz` on that day); a date alone gives `YYYY-MM-DD`. `now` anchors
    "Aujourd'hui"/"Hier" (default: the current time).
    """
    if not value or not isinstance(value, str):
        return None
    text = re.sub(r"\s+", " ", value.replace("\u2019", "'").replace("\u00a0", " ")).strip()[:500]
    if not text:
        return None

    m = _ISO_RE.search(text)
    if m:
        found = _iso(m, default_tz)
        if found:
            return found

    if _RFC_RE.match(text):
        try:
            dt = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            dt = None
        if dt is not None and _valid_year(dt.year):
            if dt.tzinfo is None:
                dt = dt.replace(tzinfo=timezone.utc)
            return dt.isoformat(timespec="seconds")

    m = _RELATIVE_RE.match(text)
    if m:
        back = timedelta(days=1) if m.group(1).lower() in ("hier", "yesterday") else timedelta()
        day = _reference(default_tz, now).date() - back
        return _finish(day, "", text[m.end():], default_tz)

    candidates = []
    for m in _DMY_RE.finditer(text):
        month = _month(m.group(2))
        if month:
            candidates.append((m.start(), m, int(m.group(3)), month, int(m.group(1))))
            break
    for m in _MDY_RE.finditer(text):
        month = _month(m.group(1))
        if month:
            candidates.append((m.start(), m, int(m.group(3)), month, int(m.group(2))))
            break
    m = _NUM_DMY_RE.search(text)
    if m:
        candidates.append((m.start(), m, int(m.group(3)), int(m.group(2)), int(m.group(1))))
    m = _NUM_YMD_RE.search(text)
    if m:
        candidates.append((m.start(), m, int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for _, m, year, month, day in sorted(candidates, key=lambda c: c[0]):
        if not _valid_year(year):
            continue
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        return _finish(d, text[: m.start()], text[m.end():], default_tz)

    found = _htmldate(text)
    if found:
        return found
    return _elapsed(text, default_tz, now) or _this_year(text, default_tz, now)


def _reference(default_tz: str, now: datetime | None) -> datetime:
    """`now` (the server's time of the fetch) in `default_tz`, or the current time."""
    zone = _zone(default_tz)
    ref = now or datetime.now(zone)
    return ref.replace(tzinfo=zone) if ref.tzinfo is None else ref.astimezone(zone)


def _elapsed(text: str, default_tz: str, now: datetime | None) -> str | None:
    """The day of an elapsed time ("il y a 3 heures", "2 days ago") counted back from `now`."""
    if len(text) > 80:  # a sentence that says "il y a 3 jours", not a date
        return None
    m = _AGO_FR_RE.search(text) or _AGO_EN_RE.search(text)
    if not m:
        return None
    count = int(m.group(1)) if m.group(1).isdigit() else 1
    seconds = count * _AGO_UNITS[m.group(2).lower()[:3]]
    return (_reference(default_tz, now) - timedelta(seconds=seconds)).date().isoformat()


def _this_year(text: str, default_tz: str, now: datetime | None) -> str | None:
    """A day and month written with a time but no year, in the last twelve months before `now`."""
    ref = _reference(default_tz, now)
    found = []
    for m in _DM_TIME_RE.finditer(text):
        found.append((m.start(), m, _month(m.group(2)), m.group(1)))
    for m in _MD_TIME_RE.finditer(text):
        found.append((m.start(), m, _month(m.group(1)), m.group(2)))
    for _, m, month, day in sorted(found, key=lambda f: f[0]):
        if not month:
            continue
        for year in (ref.year, ref.year - 1):  # a date after tomorrow is last year's
            try:
                d = date(year, month, int(day))
            except ValueError:
                continue
            if d <= ref.date() + timedelta(days=1):
                return _finish(d, "", text[m.end():], default_tz)
    return None


def to_datetime(iso: str | None) -> datetime | None:
    """The datetime of an ISO string made by parse_date (None for dates alone or garbage)."""
    if not iso or "T" not in iso:
        return None
    try:
        return datetime.fromisoformat(iso)
    except ValueError:
        return None
