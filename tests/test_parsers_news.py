"""Newsroom pages: JSON-LD NewsArticle, byline, news lists."""
from pathlib import Path

from spiders.parsers import parse_page

HTML = Path(__file__).parent / "fixtures" / "html" / "news"
SITE = "https://journal-epargne.example"


def _parse(name: str, url: str):
    return parse_page(url, (HTML / name).read_bytes())


def test_listing():
    p = _parse("listing.html", SITE + "/actualites/")
    assert p.page_type == "listing"
    assert p.site_name == "Le Journal de l'Épargne"
    assert p.nav.articles == [
        SITE + "/actualites/2025/03/04/bourse-cac40-record.html",
        SITE + "/actualites/2025/03/03/livret-a-collecte.html",
        SITE + "/actualites/2025/03/01/scpi-decollecte.html?utm_source=home&utm_medium=list",
    ]
    assert p.nav.pages == [SITE + "/actualites/?page=2"]
    assert p.nav.feeds == [SITE + "/rss.xml"]
    assert p.blogroll == ["https://partenaire-bourse.example/"]


def test_article():
    p = _parse("article.html", SITE + "/actualites/2025/03/04/bourse-cac40-record.html")
    assert p.page_type == "article"
    assert p.title == "Le CAC 40 bat un nouveau record"
    assert p.author == "Léa Dubois"
    assert p.published == "2025-03-04T09:12:00+01:00"
    # the "read also" box inside the body is not the article's text
    assert p.text == ("L'indice parisien a franchi les 8 200 points mardi, porté par le luxe.\n"
                      "Selon Euronext, les volumes ont augmenté de 12 %.\n"
                      "Les analystes restent prudents pour la suite de l'année.")
    assert p.links == ["https://www.euronext.com/fr"]
    assert p.comments == [] and p.comments_open is None
    assert p.nav.articles == [SITE + "/actualites/2025/03/03/livret-a-collecte.html"]


def test_article_from_json_ld_only():
    html = """<html lang="fr"><head><script type="application/ld+json">{"@context":"https://schema.org",
    "@type":"NewsArticle","headline":"Titre JSON","datePublished":"2025-03-04T09:12:00+01:00",
    "author":[{"@type":"Person","name":"A. Un"},{"@type":"Person","name":"B. Deux"}]}</script></head>
    <body><article><div class="article-body"><p>Texte.</p></div></article></body></html>"""
    p = parse_page("https://n.example/a.html", html)
    assert (p.platform, p.page_type) == ("news", "article")
    assert p.title == "Titre JSON"
    assert p.author == "A. Un, B. Deux"
    assert p.published == "2025-03-04T09:12:00+01:00"
    assert p.text == "Texte."


def test_an_updated_byline_does_not_redate_the_story():
    """A newsroom byline that shows the update ("Updated November 11, 2022"); the story's own date is in
    its metadata (article:published_time)."""
    html = """<html lang="en"><head><meta property="og:type" content="article">
    <meta property="article:published_time" content="2022-11-09T11:01:10-05:00"></head><body>
    <article><h1>Anxiety medication or meditation?</h1><div class="byline"><span class="author">Jon Hamilton</span>
    Updated <time datetime="2022-11-11T20:23:00-05:00">November 11, 2022</time></div>
    <div class="article-body"><p>""" + "A study compares the two treatments. " * 40 + """</p></div></article></body></html>"""
    p = parse_page("https://www.radio.example/2022/11/09/anxiety-medication-meditation", html.encode())
    assert (p.platform, p.page_type) == ("news", "article")
    assert p.published == "2022-11-09T11:01:10-05:00"


def test_a_byline_written_as_text_dates_the_story():
    """No <time>, no metadata date: the byline's words ("le 27 janvier 2025") are read as the generic path
    reads them."""
    html = """<html lang="fr"><head><meta property="og:type" content="article"><title>Impôts</title></head><body>
    <article><h1 class="headline">La saison des impôts est ouverte</h1>
    <div class="byline">Par <span class="author">Jeanne Martin</span>, le 27 janvier 2025</div>
    <div class="article-body"><p>""" + "La déclaration de revenus commence en avril cette année. " * 30 + """</p></div>
    </article></body></html>"""
    p = parse_page("https://www.journal-epargne.example/actualites/saison-impots", html.encode())
    assert (p.platform, p.page_type, p.author) == ("news", "article", "Jeanne Martin")
    assert p.published and p.published.startswith("2025-01-27")
