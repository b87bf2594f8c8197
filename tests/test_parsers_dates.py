"""spiders.parsers.dates: every date shape the platforms write."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from spiders.parsers.dates import parse_date

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2025, 3, 5, 12, 0, tzinfo=PARIS)


@pytest.mark.parametrize("text, expected", [
    # ISO, as in datetime/title attributes
    ("2025-03-04T09:12:00+01:00", "2025-03-04T09:12:00+01:00"),
    ("2025-03-04T09:12:00+00:00", "2025-03-04T09:12:00+00:00"),
    ("2025-03-04T09:12:00Z", "2025-03-04T09:12:00+00:00"),
    ("2025-03-04T09:12:00.000+01:00", "2025-03-04T09:12:00+01:00"),
    ("2025-03-04", "2025-03-04"),
    # FluxBB: naive, so Paris time (winter and summer offsets)
    ("2025-03-04 10:12:00", "2025-03-04T10:12:00+01:00"),
    ("2025-07-04 10:12:00", "2025-07-04T10:12:00+02:00"),
    # French, as written by the platforms
    ("mardi 4 mars 2025", "2025-03-04"),
    ("4 mars 2025 à 10 h 15", "2025-03-04T10:15:00+01:00"),
    ("4 mars 2025 à 10 h 15 min", "2025-03-04T10:15:00+01:00"),
    ("4 mars 2025 à 10:15", "2025-03-04T10:15:00+01:00"),
    ("4 mars 2025 à 09h12", "2025-03-04T09:12:00+01:00"),
    ("Le mardi 4 mars 2025, 10:15", "2025-03-04T10:15:00+01:00"),
    ("mar. 4 mars 2025 10:12", "2025-03-04T10:12:00+01:00"),
    ("mer. 5 mars 2025 18:40", "2025-03-05T18:40:00+01:00"),
    ("mar. 2 janv. 2024 09:00", "2024-01-02T09:00:00+01:00"),
    ("1er janvier 2025", "2025-01-01"),
    ("15 août 2024 à 23:59", "2024-08-15T23:59:00+02:00"),
    ("Par Henri, mardi 4 mars 2025, 09:12 - Immobilier", "2025-03-04T09:12:00+01:00"),
    ("04/03/2025", "2025-03-04"),
    # English
    ("March 4, 2025 at 10:15 am", "2025-03-04T10:15:00+01:00"),
    ("March 4, 2025 at 10:15 pm", "2025-03-04T22:15:00+01:00"),
    ("March 4, 2025 at 12:05 am", "2025-03-04T00:05:00+01:00"),
    ("May 14th, 2012", "2012-05-14"),
    # RSS pubDate
    ("Tue, 04 Mar 2025 08:12:00 +0000", "2025-03-04T08:12:00+00:00"),
    ("Tue, 04 Mar 2025 09:12:00 +0100", "2025-03-04T09:12:00+01:00"),
])
def test_formats(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Aujourd'hui 10:12", "2025-03-05T10:12:00+01:00"),
    ("Aujourd\u2019hui 10:12", "2025-03-05T10:12:00+01:00"),
    ("Hier 18:40", "2025-03-04T18:40:00+01:00"),
    ("Today 08:00", "2025-03-05T08:00:00+01:00"),
    ("Yesterday 23:59", "2025-03-04T23:59:00+01:00"),
])
def test_relative_days_use_now(text, expected):
    assert parse_date(text, now=NOW) == expected


@pytest.mark.parametrize("text, expected", [
    ("il y a 3 heures", "2025-03-05"),
    ("Posté il y a une heure", "2025-03-05"),
    ("Il y a 2 jours", "2025-03-03"),
    ("5 minutes ago", "2025-03-05"),
    ("a day ago", "2025-03-04"),
    ("13 hours ago", "2025-03-04"),  # NOW is noon in Paris: thirteen hours back is yesterday
])
def test_elapsed_times_give_the_day(text, expected):
    assert parse_date(text, now=NOW) == expected


@pytest.mark.parametrize("text", ["il y a 2 ans", "3 months ago", "il y a 2 semaines",
                                  "Il y a 3 jours, " + "j'ai ouvert un PEA et depuis tout va bien. " * 3])
def test_coarse_or_buried_elapsed_times_are_no_date(text):
    assert parse_date(text, now=NOW) is None


@pytest.mark.parametrize("text, expected", [
    ("Mar 4 Mar - 16:02", "2025-03-04T16:02:00+01:00"),  # Forumactif: this year's messages have no year
    ("14 févr. à 09:30", "2025-02-14T09:30:00+01:00"),
    ("Feb 14, 9:30", "2025-02-14T09:30:00+01:00"),
    ("Sam 27 Déc - 20:15", "2024-12-27T20:15:00+01:00"),  # after today: last year's
])
def test_a_day_and_month_with_a_time_is_this_year(text, expected):
    assert parse_date(text, now=NOW) == expected


@pytest.mark.parametrize("text", ["4 mars", "Top 5 May picks", "Page 1 sur 3 - 16:02", "Mai 2025"])
def test_a_day_and_month_without_a_time_is_no_date(text):
    assert parse_date(text, now=NOW) is None


def test_relative_day_from_utc_now_is_the_paris_day():
    # 23:30 UTC on the 4th is already the 5th in Paris.
    now = datetime(2025, 3, 4, 23, 30, tzinfo=ZoneInfo("UTC"))
    assert parse_date("Aujourd'hui 00:10", now=now) == "2025-03-05T00:10:00+01:00"


def test_other_default_timezone():
    assert parse_date("2025-03-04 10:12:00", default_tz="America/New_York") == "2025-03-04T10:12:00-05:00"


@pytest.mark.parametrize("text", [None, "", "   ", "garbage", "4 mars", "31 février 2025", "à 09:12", 42])
def test_no_date(text):
    assert parse_date(text) is None


def test_a_date_block_reads_the_time_element_it_holds():
    """Staticman's div.comment-timestamp > a > <time datetime>: the machine date keeps the hour the text
    ("28/09/2026") drops; two dates in one block stay read from the text (which one is meant is unknown)."""
    from lxml import html

    from spiders.parsers.pubdates import date_of

    now = datetime(2026, 12, 1)
    one = html.fromstring('<div class="comment-timestamp"><a href="#c1"><time datetime="2026-09-28T10:15:00+02:00">'
                          '28/09/2026</time></a></div>')
    assert date_of(one, now) == ("2026-09-28T10:15:00+02:00", "2026-09-28T10:15:00+02:00")
    two = html.fromstring('<p>Publié le 28/09/2026 <time datetime="2026-09-28T10:15:00+02:00">x</time>,'
                          ' modifié le <time datetime="2026-10-02T08:00:00+02:00">y</time></p>')
    assert date_of(two, now)[0] == "2026-09-28"


_UNDATED = """<html lang="fr"><head><title>Guide de l'assurance-vie</title>{head}</head><body>
<header><a href="/">Cabinet Martin</a></header><main><article><h1>Guide de l'assurance-vie</h1>
<p>{body}</p></article></main><footer><p>© 2024 Cabinet Martin. Tous droits réservés.</p></footer></body></html>"""


def test_a_copyright_year_is_no_publication_date():
    """htmldate's last resort answers the footer's copyright year as 1 January: a page nobody dated gets
    no date (dozens of undated guides on one 1 January would read as a burst of posts)."""
    from spiders.parsers import parse_page

    body = "Le contrat d'assurance-vie reste le placement préféré des épargnants français. " * 30
    undated = parse_page("https://cabinet-martin.example/guide-assurance-vie/", _UNDATED.format(head="", body=body))
    assert undated.published is None
    stated = parse_page("https://cabinet-martin.example/guide-assurance-vie/", _UNDATED.format(
        head='<meta property="article:published_time" content="2025-01-01">', body=body))
    assert stated.published and stated.published.startswith("2025-01-01")
    in_text = parse_page("https://cabinet-martin.example/guide-assurance-vie/", _UNDATED.format(
        head="", body="<time datetime='2023-01-01'>1er janvier 2023</time> " + body))
    assert in_text.published and in_text.published.startswith("2023-01-01")
