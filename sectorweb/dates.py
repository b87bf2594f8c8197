"""Dates of the demo web: Europe/Paris offsets and French formatting.

All times in the generator are naive *local Paris* datetimes; the offset is computed
with the EU summer-time rule so output does not depend on the machine's tz database.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

TODAY = date(2026, 10, 31)
NOW = datetime(2026, 10, 31, 18, 0)  # the "current" local time of the demo web
# (`build_site(days_later=n)` renders the same web n days later: see `later.py`.)

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_ABBR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
_EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _last_sunday(year: int, month: int) -> date:
    d = date(year, month + 1, 1) - timedelta(days=1) if month < 12 else date(year, 12, 31)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def offset(local: datetime) -> timedelta:
    """UTC offset of a Paris local time (summer time: last Sunday of March to last Sunday of October)."""
    start = datetime.combine(_last_sunday(local.year, 3), datetime.min.time()) + timedelta(hours=2)
    end = datetime.combine(_last_sunday(local.year, 10), datetime.min.time()) + timedelta(hours=3)
    return timedelta(hours=2) if start <= local < end else timedelta(hours=1)


def to_utc(local: datetime) -> datetime:
    return local - offset(local)


def iso(local: datetime) -> str:
    """`2025-03-04T09:12:00+01:00`"""
    h = int(offset(local).total_seconds() // 3600)
    return local.strftime("%Y-%m-%dT%H:%M:%S") + f"+{h:02d}:00"


def iso_utc(local: datetime) -> str:
    """`2025-03-04T08:12:00+00:00` (phpBB writes UTC in its machine attribute)."""
    return to_utc(local).strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"


def rfc822(local: datetime) -> str:
    """RSS pubDate: `Tue, 04 Mar 2025 09:12:00 +0100`."""
    h = int(offset(local).total_seconds() // 3600)
    return (f"{_EN_DAYS[local.weekday()]}, {local.day:02d} {_EN_MONTHS[local.month - 1]} "
            f"{local.year} {local:%H:%M:%S} +{h:02d}00")


def http_date(local: datetime) -> str:
    """HTTP `Last-Modified`: `Tue, 04 Mar 2025 08:12:00 GMT`."""
    u = to_utc(local)
    return f"{_EN_DAYS[u.weekday()]}, {u.day:02d} {_EN_MONTHS[u.month - 1]} {u.year} {u:%H:%M:%S} GMT"


def fr_date(d: datetime | date, first: bool = False) -> str:
    """`4 mars 2025` (`1er mars 2025` with first=True, as newsrooms write it)."""
    day = "1er" if first and d.day == 1 else str(d.day)
    return f"{day} {MOIS[d.month - 1]} {d.year}"


def fr_long(d: datetime | date) -> str:
    """`mardi 4 mars 2025`"""
    return f"{JOURS[d.weekday()]} {fr_date(d)}"


def fr_at(local: datetime) -> str:
    """`4 mars 2025 à 10 h 15` (WordPress fr_FR comment date)."""
    return f"{fr_date(local)} à {local.hour} h {local.minute:02d}"


def fr_month(d: datetime | date) -> str:
    """`mars 2025`"""
    return f"{MOIS[d.month - 1]} {d.year}"


def phpbb_short(local: datetime) -> str:
    """`mar. 4 mars 2025 10:12`"""
    return f"{JOURS_ABBR[local.weekday()]} {fr_date(local)} {local:%H:%M}"


def fluxbb_date(local: datetime, today: date = TODAY) -> str:
    """`2025-03-04 10:12:00`, or `Aujourd'hui 10:12` / `Hier 18:40` as FluxBB writes recent dates."""
    if local.date() == today:
        return f"Aujourd'hui {local:%H:%M}"
    if local.date() == today - timedelta(days=1):
        return f"Hier {local:%H:%M}"
    return local.strftime("%Y-%m-%d %H:%M:%S")
