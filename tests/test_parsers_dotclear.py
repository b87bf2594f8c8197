"""Dotclear pages (Berlin theme): French dates only, <dl> comments."""
from pathlib import Path

from spiders.parsers import parse_page

HTML = Path(__file__).parent / "fixtures" / "html" / "dotclear"
SITE = "https://carnet-rentier.example"
POST = SITE + "/post/2025/03/04/Credit-immobilier-les-taux-reculent"


def _parse(name: str, url: str):
    return parse_page(url, (HTML / name).read_bytes())


def test_home():
    p = _parse("home.html", SITE + "/")
    assert p.page_type == "home"
    assert p.site_name == "Le Carnet du Rentier"
    assert p.nav.articles == [POST, SITE + "/post/2025/02/18/Louer-en-meuble"]
    assert p.nav.pages == [SITE + "/page/2", SITE + "/category/Immobilier", SITE + "/category/Fiscalite"]
    assert p.nav.feeds == [SITE + "/feed/atom"]
    assert p.blogroll == ["https://www.cafe-patrimoine.example/", "http://immo-invest.example/blog/"]
    assert "Lire la suite" not in p.text
    assert p.text.startswith("Crédit immobilier : les taux reculent\nPar Henri, mardi 4 mars 2025, 09:12")


def test_page_2_is_a_listing():
    p = _parse("home.html", SITE + "/page/2")
    assert p.page_type == "listing"


def test_post_with_french_date_only():
    p = _parse("post.html", POST)
    assert p.page_type == "article"
    assert p.title == "Crédit immobilier : les taux reculent"
    assert p.author == "Henri"
    assert p.published == "2025-03-04T09:12:00+01:00"
    assert p.published_raw == "mardi 4 mars 2025, 09:12"
    assert p.text == ("Les banques desserrent l'étau.\n"
                      "Les taux moyens passent sous 3,3 % selon l'Observatoire Crédit Logement.\n"
                      "Pour un prêt sur 20 ans, c'est le moment de renégocier.")
    assert p.links == ["https://www.observatoire-credit-logement.example/", SITE + "/post/2024/11/05/Renegocier"]
    assert p.comments_open is True
    assert p.nav.articles == [SITE + "/post/2025/02/18/Louer-en-meuble", SITE + "/post/2025/03/10/PER"]
    assert p.blogroll == ["https://www.cafe-patrimoine.example/"]


def test_comments():
    p = _parse("post.html", POST)
    assert [(c.position, c.author, c.author_url, c.published) for c in p.comments] == [
        (1, "Courtier malin", "https://www.courtier-malin.example/", "2025-03-04T10:15:00+01:00"),
        (2, "Henri", SITE + "/", "2025-03-04T12:40:00+01:00"),  # class "me": the blog's author
        (3, "Gérard", None, "2025-03-05T08:05:00+01:00"),
    ]
    assert p.comments[0].published_raw == "Le mardi 4 mars 2025, 10:15"
    assert p.comments[2].text == "Et pour les primo-accédants ? Voir l'ANIL.\nMerci d'avance."
    assert p.comments[2].links == ["https://www.anil.org/"]
    assert p.comments[0].links == []
    assert [c.by_post_author for c in p.comments] == [None, True, None]  # {{tpl:CommentIfMe}}


def test_comments_closed():
    p = _parse("post-closed.html", SITE + "/post/2025/03/10/PER")
    assert p.comments_open is False
    assert p.comments == []
    assert p.author == "Henri"  # "Par Henri," without a link
    assert p.published == "2025-03-10T07:30:00+01:00"
    assert p.text == "Le plan d'épargne retraite a séduit 10 millions de Français."
