"""phpBB 3.3 prosilver pages: index, board, a topic over two pages."""
from pathlib import Path

from spiders.parsers import parse_page

HTML = Path(__file__).parent / "fixtures" / "html" / "phpbb"
SITE = "https://forum-patrimoine.example"


def _parse(name: str, url: str):
    return parse_page(url, (HTML / name).read_bytes())


def test_index():
    p = _parse("index.html", SITE + "/index.php")
    assert p.page_type == "listing"
    assert p.site_name == "Forum Patrimoine Entraide"
    # session ids dropped, sub-forums included; last-post links (p=) are not threads
    assert p.nav.boards == [SITE + "/viewforum.php?f=1", SITE + "/viewforum.php?f=2",
                            SITE + "/viewforum.php?f=5", SITE + "/viewforum.php?f=3"]
    assert p.nav.threads == []
    assert p.nav.feeds == [SITE + "/app.php/feed", SITE + "/app.php/feed/topics"]
    assert "Assurance-vie et PER\nContrats, fonds euros" in p.text


def test_board():
    p = _parse("viewforum.html", SITE + "/viewforum.php?f=2")
    assert p.page_type == "listing"
    assert p.title == "Assurance-vie et PER"
    assert p.nav.boards == [SITE + "/viewforum.php?f=1", SITE + "/viewforum.php?f=2",
                            SITE + "/viewforum.php?f=2&start=25"]  # board pagination, &amp; decoded
    assert p.nav.threads == [SITE + "/viewtopic.php?t=1", SITE + "/viewtopic.php?t=15",
                             SITE + "/viewtopic.php?t=15&start=3",  # the topic's own pagination
                             SITE + "/viewtopic.php?t=14"]


def test_topic_first_page():
    p = _parse("viewtopic.html", SITE + "/viewtopic.php?t=15")
    assert p.page_type == "forum_thread"
    assert p.title == "Assurance-vie ou PER pour préparer sa retraite ?"
    assert p.author == "Epargnant42"
    assert p.published == "2025-03-04T09:12:00+00:00"
    assert [(x.position, x.post_id, x.author, x.published) for x in p.posts] == [
        (1, "101", "Epargnant42", "2025-03-04T09:12:00+00:00"),
        (2, "102", "Rentier67", "2025-03-04T10:05:00+00:00"),
        (3, "103", "Nina", "2025-03-04T18:40:00+00:00"),
    ]
    first, second, third = p.posts
    assert first.text == "Bonjour à tous,\nJ'ai 45 ans et 20 000 € à placer. Assurance-vie ou PER ?\nMerci pour vos avis."
    assert first.quoted == ""
    # quote apart (without its "X a écrit" header), signature left out
    assert second.text == "Tout dépend de votre tranche marginale d'imposition. Voir le guide officiel du PER."
    assert second.quoted == "J'ai 45 ans et 20 000 € à placer."
    assert second.links == ["https://www.service-public.fr/particuliers/vosdroits/F34982"]
    # nested quotes stay in the quoted text
    assert third.text == "+1, et l'assurance-vie reste plus souple."
    assert third.quoted == "Assurance-vie ou PER ?\nTout dépend de votre tranche marginale."
    assert p.text == "\n\n".join(x.text for x in p.posts)
    assert p.nav.threads == [SITE + "/viewtopic.php?t=15", SITE + "/viewtopic.php?t=15&start=3"]
    assert p.nav.boards == [SITE + "/viewforum.php?f=1", SITE + "/viewforum.php?f=2"]
    assert p.nav.feeds == [SITE + "/app.php/feed", SITE + "/app.php/feed/topic/15"]


def test_topic_second_page_positions():
    p = _parse("viewtopic-page2.html", SITE + "/viewtopic.php?t=15&start=3")
    assert [(x.position, x.post_id, x.author) for x in p.posts] == [(4, "104", "Epargnant42"), (5, "105", "Rentier67")]
    assert p.author is None  # the thread's opener is on page 1
    assert p.posts[1].text == "Bon choix. Comparez les frais sur ce sujet.\n<script>alert(1)</script> n'est pas du code ici."
    assert p.posts[1].links == [SITE + "/viewtopic.php?t=9"]
    assert p.nav.threads == [SITE + "/viewtopic.php?t=15"]


def test_positions_without_start_in_url():
    html = (HTML / "viewtopic-page2.html").read_text()
    # reached through a post link: the canonical link still says start=3
    assert [x.position for x in parse_page(SITE + "/viewtopic.php?p=105", html).posts] == [4, 5]
    # no canonical either: last page of "5 messages" with 2 posts on it
    bare = html.replace('<link rel="canonical" href="https://forum-patrimoine.example/viewtopic.php?t=15&start=3">', "")
    assert bare != html
    assert [x.position for x in parse_page(SITE + "/viewtopic.php?p=105", bare).posts] == [4, 5]


def test_old_phpbb_date_in_text():
    html = """<html><body id="phpbb" class="section-viewtopic"><h2><a href="./viewtopic.php?f=2&amp;t=7">Sujet</a></h2>
    <div id="p70" class="post bg2"><div class="inner"><div class="postbody">
    <p class="author"><a href="./viewtopic.php?p=70#p70"><img src="x.gif" alt="Message" /></a>par <strong><a href="./memberlist.php?mode=viewprofile&amp;u=3">Vieux</a></strong> &raquo; mar. 4 mars 2025 10:12</p>
    <div class="content">Texte <div class="quotetitle">Nina a écrit :</div><div class="quotecontent"><div>cité</div></div> fin</div>
    </div><dl class="postprofile" id="profile70"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=3">Vieux</a></dt></dl></div></div>
    </body></html>"""
    p = parse_page("https://old.example/forum/viewtopic.php?f=2&t=7&start=20", html)
    post = p.posts[0]
    assert (post.position, post.author, post.published) == (21, "Vieux", "2025-03-04T10:12:00+01:00")
    assert post.published_raw == "mar. 4 mars 2025 10:12"
    assert (post.text, post.quoted) == ("Texte\nfin", "cité")


def test_reworked_style_without_post_blocks_ids():
    html = """<html><body id="phpbb" class="section-viewtopic"><div class="wrap">
    <div class="blk"><dl class="postprofile" id="profile5"><dt><a class="username">A</a></dt></dl>
    <div class="postbody"><p class="author"><time datetime="2025-03-04T09:12:00+00:00">x</time></p><div class="content">Un</div></div></div>
    <div class="blk"><dl class="postprofile" id="profile6"><dt><a class="username">B</a></dt></dl>
    <div class="postbody"><div class="content">Deux</div></div></div></div></body></html>"""
    p = parse_page("https://f.example/viewtopic.php?t=1", html)
    assert [(x.position, x.post_id, x.author, x.text) for x in p.posts] == [(1, "5", "A", "Un"), (2, "6", "B", "Deux")]
