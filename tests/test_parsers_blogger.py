"""Blogger pages (Simple template, threaded comments)."""
from pathlib import Path

from spiders.parsers import parse_page

HTML = Path(__file__).parent / "fixtures" / "html" / "blogger"
SITE = "https://epargne-sereine.blogspot.com"


def _parse(name: str, url: str):
    return parse_page(url, (HTML / name).read_bytes())


def test_home():
    p = _parse("home.html", SITE + "/")
    assert p.page_type == "home"
    assert p.site_name == "Épargne sereine"
    assert p.nav.articles == [SITE + "/2025/03/livret-a-taux.html", SITE + "/2025/03/pea-ou-cto.html"]
    # older-posts link: &amp; decoded, %2B kept as written
    assert p.nav.pages[0] == SITE + "/search?updated-max=2025-01-10T09:00:00%2B01:00&max-results=10"
    assert SITE + "/2025/01/" in p.nav.pages  # archive widget
    assert not any("javascript" in u for u in p.nav.pages)
    assert p.nav.feeds == [SITE + "/feeds/posts/default", SITE + "/feeds/posts/default?alt=rss"]
    assert p.blogroll == [
        "https://finance-facile.example/",
        "https://finance-facile.example/2025/03/fonds-euros.html",
        "https://www.amf-france.org/fr/espace-epargnants",
        "https://www.service-public.fr/particuliers/vosdroits/F2365",
    ]
    assert p.text == ("Livret A : le taux baisse\nLe taux du Livret A passe à 2,4 % au 1er février. "
                      "Que faire de son épargne de précaution ?\n\nPEA ou compte-titres ?\n"
                      "Deux enveloppes, deux fiscalités. Petit comparatif pour débuter en Bourse.")


def test_post():
    p = _parse("post.html", SITE + "/2025/03/livret-a-taux.html")
    assert p.page_type == "article"
    assert p.title == "Livret A : le taux baisse"
    assert p.author == "Sophie L."
    assert p.published == "2025-03-04T09:12:00+01:00"
    assert p.text == ("Le taux du Livret A passe à 2,4 % au 1er février. Que faire de son épargne de précaution ?\n"
                      "Le LEP reste plus intéressant pour les ménages modestes.")
    assert p.links == ["https://www.economie.gouv.fr/particuliers/livret-epargne-populaire-lep",
                       "https://blogger.googleusercontent.com/img/b/R29vZ2xl/s1600/taux.png"]
    assert p.comments_open is True
    assert p.nav.articles == [SITE + "/2025/03/assurance-emprunteur.html", SITE + "/2025/03/pea-ou-cto.html"]
    assert p.nav.pages == [SITE + "/search/label/%C3%A9pargne", SITE + "/search/label/Livret%20A"]
    assert p.blogroll == ["https://www.amf-france.org/fr/espace-epargnants"]


def test_comments():
    p = _parse("post.html", SITE + "/2025/03/livret-a-taux.html")
    assert [(c.position, c.author, c.author_url, c.published) for c in p.comments] == [
        (1, "Marc", "https://www.blogger.com/profile/777", "2025-03-04T10:15:00+01:00"),
        (2, "Sophie L.", "https://www.blogger.com/profile/0123", "2025-03-04T11:00:00+01:00"),  # reply
        (3, "Anonyme", None, "2025-03-05T11:00:00+01:00"),
    ]
    assert [c.text for c in p.comments] == [
        "Merci ! Et le LEP, il baisse aussi ?", "Oui, à 3,5 % depuis février.", "Pour placer mieux, voir cette offre."]
    assert p.comments[0].published_raw == "4 mars 2025 à 10:15"
    assert p.comments[2].links == ["https://livret-boost.example/offre?src=blog&cid=9"]
    assert [c.by_post_author for c in p.comments] == [None, True, None]  # cite.user.blog-author


def test_comments_closed():
    html = (HTML / "post.html").read_text()
    start, end = html.index("<div class='comments' id='comments'>"), html.index("<div class='blog-pager'")
    without = html[:start] + "</div></div></div>" + html[end:]
    p = parse_page(SITE + "/2025/03/livret-a-taux.html", without)
    assert p.page_type == "article" and p.comments == [] and p.comments_open is False
    notice = html[:start] + "<p class='comment-footer'>Les commentaires sont fermés</p>" + html[end:]
    assert parse_page(SITE + "/2025/03/livret-a-taux.html", notice).comments_open is False


def test_legacy_comment_block():
    html = """<html><head><meta content='blogger' name='generator'/></head><body>
    <div class='post hentry'><h3 class='post-title entry-title'>Titre</h3>
    <div class='post-body entry-content'>Corps du billet.</div></div>
    <div id='comments'><h4>2 commentaires:</h4><dl id='comments-block'>
    <dt class='comment-author blogger-comment-icon' id='c1'><a name='c1'></a><a href='https://www.blogger.com/profile/9' rel='nofollow'>Jeanne</a> a dit&#8230;</dt>
    <dd class='comment-body' id='Blog1_cmt-1'><p>Très utile, merci.</p></dd>
    <dd class='comment-footer'><span class='comment-timestamp'><a href='https://b.blogspot.com/2011/03/t.html?showComment=1#c1' title='comment permalink'>4 mars 2011 à 10:15</a></span></dd>
    <dt class='comment-author anon-comment-icon' id='c2'><a name='c2'></a>Anonyme a dit&#8230;</dt>
    <dd class='comment-body'><p>Et le PEL ?</p></dd>
    <dd class='comment-footer'><span class='comment-timestamp'><a href='#c2'>5 mars 2011 à 08:00</a></span></dd>
    </dl></div></body></html>"""
    p = parse_page("https://b.blogspot.com/2011/03/t.html", html)
    assert [(c.author, c.author_url, c.published, c.text) for c in p.comments] == [
        ("Jeanne", "https://www.blogger.com/profile/9", "2011-03-04T10:15:00+01:00", "Très utile, merci."),
        ("Anonyme", None, "2011-03-05T08:00:00+01:00", "Et le PEL ?"),
    ]
