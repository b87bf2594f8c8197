"""FluxBB 1.5 pages: index, board, second page of a topic with relative dates."""
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from spiders.parsers import parse_page

HTML = Path(__file__).parent / "fixtures" / "html" / "fluxbb"
SITE = "https://cercle-epargnants.example/forum"
NOW = datetime(2025, 3, 5, 12, 0, tzinfo=ZoneInfo("Europe/Paris"))


def _parse(name: str, url: str):
    return parse_page(url, (HTML / name).read_bytes(), now=NOW)


def test_index():
    p = _parse("index.html", SITE + "/index.php")
    assert p.page_type == "listing"
    assert p.site_name == "Le Cercle des Épargnants"
    assert p.nav.boards == [SITE + "/viewforum.php?id=1", SITE + "/viewforum.php?id=2"]
    assert p.nav.threads == []  # last-post links (pid=) are not threads
    assert p.nav.feeds == [SITE + "/extern.php?action=feed&type=atom"]
    assert p.text.startswith("Placements financiers\nBourse, assurance-vie, livrets")


def test_board():
    p = _parse("viewforum.html", SITE + "/viewforum.php?id=2")
    assert p.page_type == "listing"
    assert p.title == "Donations et successions"
    assert p.nav.boards == [SITE + "/viewforum.php?id=2&p=2", SITE + "/viewforum.php?id=2"]
    assert p.nav.threads == [SITE + "/viewtopic.php?id=5", SITE + "/viewtopic.php?id=5&p=2",
                             SITE + "/viewtopic.php?id=4"]


def test_topic_page_2():
    p = _parse("viewtopic-page2.html", SITE + "/viewtopic.php?id=5&p=2")
    assert p.page_type == "forum_thread"
    assert p.title == "Frais de notaire et donation"
    assert p.author is None  # post #1 is on page 1
    assert [(x.position, x.post_id, x.author, x.published, x.published_raw) for x in p.posts] == [
        (26, "31", "Notaire_Lyon", "2025-03-04T18:40:00+01:00", "Hier 18:40"),
        (27, "32", "Invité_Bob", "2025-03-05T10:12:00+01:00", "Aujourd'hui 10:12"),
    ]
    first = p.posts[0]
    # quote apart, edit notice and signature left out
    assert first.text == "Comptez environ 1 % du montant donné, plus les droits. Le barème est sur notaires.fr."
    assert first.quoted == "Combien coûte une donation chez le notaire ?"
    assert first.links == ["https://www.notaires.fr/fr/donation"]
    assert p.text == first.text + "\n\n" + "Merci. Et pour un don manuel ?"
    assert p.nav.threads == [SITE + "/viewtopic.php?id=5"]
    assert p.nav.boards == [SITE + "/viewforum.php?id=2"]
    assert p.nav.feeds == [SITE + "/extern.php?action=feed&tid=5&type=rss"]


def test_positions_from_page_number_when_not_shown():
    html = (HTML / "viewtopic-page2.html").read_text()
    html = html.replace('<span class="conr">#26</span> ', "").replace('<span class="conr">#27</span> ', "")
    p = parse_page(SITE + "/viewtopic.php?id=5&p=2", html, now=NOW)
    assert [x.position for x in p.posts] == [26, 27]  # (2 - 1) * 25 posts per page before


def test_absolute_date_and_first_post():
    html = """<html><body><div id="punviewtopic" class="pun"><ul class="crumbs"><li><a href="index.php">Index</a></li>
    <li><strong><a href="viewtopic.php?id=9">Sujet</a></strong></li></ul>
    <div id="p90" class="blockpost rowodd firstpost blockpost1"><h2><span><span class="conr">#1</span>
    <a href="viewtopic.php?pid=90#p90">2025-03-04 10:12:00</a></span></h2><div class="box"><div class="inbox"><div class="postbody">
    <div class="postleft"><dl><dt><strong><a href="profile.php?id=2">Paul</a></strong></dt></dl></div>
    <div class="postright"><h3>Sujet</h3><div class="postmsg"><p>Bonjour.</p></div></div></div></div></div></div>
    </div></body></html>"""
    p = parse_page("https://f.example/viewtopic.php?id=9", html)
    assert (p.title, p.author, p.published) == ("Sujet", "Paul", "2025-03-04T10:12:00+01:00")
    assert p.posts[0].position == 1
