"""WordPress pages as themes emit them (Twenty Twenty-One, and an old Kubrick theme in latin-1)."""
from pathlib import Path

from spiders.parsers import parse_page

HTML = Path(__file__).parent / "fixtures" / "html" / "wordpress"
SITE = "https://patrimoine-et-vous.fr"


def _parse(name: str, url: str):
    return parse_page(url, (HTML / name).read_bytes())


def test_home_listing():
    p = _parse("home.html", SITE + "/")
    assert p.page_type == "home"
    assert p.site_name == "Patrimoine & Vous"
    assert p.title == "Patrimoine & Vous – Le blog d'un conseiller en gestion de patrimoine"
    assert p.language == "fr"
    assert p.nav.articles == [
        SITE + "/2025/03/04/assurance-vie-2025/",
        SITE + "/2025/02/20/scpi-rendement/",
        SITE + "/2025/01/15/per-deduction/",
        SITE + "/2024/12/10/donation-enfants/",  # recent posts widget
    ]
    assert p.nav.pages[:2] == [SITE + "/page/2/", SITE + "/page/3/"]
    assert {SITE + "/2025/03/", SITE + "/category/immobilier/"} <= set(p.nav.pages)
    assert p.nav.feeds == [SITE + "/feed/", SITE + "/comments/feed/"]
    # link widget kept whole (&amp; decoded), sidebar links to other sites kept, credits and own pages not
    assert p.blogroll == [
        "https://www.epargne-futee.fr/",
        "https://blog-du-notaire.example/?utm_source=patrimoine&ref=blogroll",
        "https://courtier-partenaire.example/",
    ]
    assert p.text.startswith("Assurance-vie : ce qui change en 2025\nLes fonds en euros remontent")
    assert "Publié le" not in p.text and "Aller au contenu" not in p.text
    assert p.comments == [] and p.links == []


def test_paginated_listing():
    html = (HTML / "home.html").read_text().replace('class="home blog ', 'class="home blog paged paged-2 ')
    p = parse_page(SITE + "/page/2/", html)
    assert p.page_type == "listing"


def test_single_post():
    p = _parse("post.html", SITE + "/2025/03/04/assurance-vie-2025/")
    assert p.page_type == "article"
    assert p.title == "Assurance-vie : ce qui change en 2025"
    assert p.author == "Claire Martin"
    assert p.published == "2025-03-04T09:12:00+01:00"
    assert p.published_raw == "2025-03-04T09:12:00+01:00"
    assert p.text == (
        "Les fonds en euros remontent pour la deuxième année consécutive. Selon France Assureurs,"
        " le rendement moyen s’établit à 2,6 %.\n"
        "Les unités de compte\n"
        "Les contrats récents proposent des ETF et des SCPI. Attention aux frais : lisez la comparaison des frais.\n"
        # escaped in the HTML: comes out literally, and only once unescaped
        "Un lecteur nous a écrit <script>alert(\"pwned\")</script> dans le formulaire : nous l’affichons tel quel."
    )
    # share buttons, byline and taxonomies are not the post's links; fragment dropped
    assert p.links == [
        "https://www.franceassureurs.fr/chiffres/",
        SITE + "/glossaire/scpi/",
        SITE + "/2024/11/02/frais-assurance-vie/",
    ]
    assert p.comments_open is True
    assert p.nav.articles == [SITE + "/2025/02/20/scpi-rendement/"]
    assert SITE + "/2025/03/04/assurance-vie-2025/feed/" in p.nav.feeds
    assert p.blogroll == ["https://www.epargne-futee.fr/"]


def test_comments():
    p = _parse("post.html", SITE + "/2025/03/04/assurance-vie-2025/")
    # the pingback is not a comment; the nested reply comes in page order
    assert [(c.position, c.author, c.author_url) for c in p.comments] == [
        (1, "Julien D.", "https://www.placements-malins.fr/"),
        (2, "Claire Martin", SITE),
        (3, "Martine", None),
        (4, "Crédit pas cher", "https://credit-pas-cher.example/promo"),
    ]
    first, reply = p.comments[0], p.comments[1]
    assert first.published == "2025-03-04T10:15:00+01:00"
    assert first.text == ("Merci pour cet article. J’ai comparé plusieurs contrats sur ce comparateur.\n"
                          "Deuxième paragraphe du commentaire.")
    assert first.links == ["https://www.comparateur-assurance.example/av?type=multisupport&tri=frais"]
    assert reply.text == "Merci Julien, bonne remarque."  # the parent's text does not leak into the reply
    assert p.comments[3].links == ["https://credit-pas-cher.example/promo?id=1&src=wp", "https://casino.example/"]
    assert p.comments[2].published == "2025-03-05T08:40:00+01:00"
    # comment_class()'s bypostauthor: the post's author answering, whatever name he signs with
    assert [c.by_post_author for c in p.comments] == [None, True, None, None]


def test_old_theme_latin1_comments_closed():
    p = _parse("post-closed.html", "http://blog-epargnant.example/2012/05/14/defiscalisation/")
    assert p.platform == "wordpress" and p.page_type == "article"
    assert p.title == "Défiscalisation : attention aux arnaques"  # latin-1 bytes decoded
    assert p.author == "Paul"
    assert p.published == "2012-05-14T08:30:00+02:00"  # from the French post metadata line
    assert p.text == ("Chaque année, des offres de défiscalisation miracles circulent. "
                      "Méfiez-vous des promesses de rendement garanti.\nL'AMF publie une liste noire.")
    assert p.comments_open is False
    assert [(c.author, c.author_url, c.published) for c in p.comments] == [
        ("Conseil Invest", "http://www.conseil-invest.example/", "2012-05-14T10:15:00+02:00"),
        ("Bernard", None, "2012-05-15T18:40:00+02:00"),
    ]
    assert p.comments[0].text == "Tout à fait d'accord, voir notre guide."
    assert p.comments[0].links == ["http://www.conseil-invest.example/guide"]
    assert p.comments[0].published_raw == "14 mai 2012 à 10 h 15 min"
    assert p.blogroll == ["http://www.finance-perso.example/"]


# Kadence's entry meta, as a real post prints it when the theme shows the last update: the label says
# "Updated", the class still says "published". Yoast's article:published_time is the post's own date.
_KADENCE = """<!DOCTYPE html><html lang="fr-FR"><head><meta charset="utf-8">
<meta name="generator" content="WordPress 6.7.1">
<meta property="article:published_time" content="{published}">
<meta property="article:modified_time" content="2026-01-25T19:56:29+00:00">
<title>Premier voyage au Japon - Carnet</title></head>
<body class="wp-singular post-template-default single single-post postid-1204 single-format-standard">
<main id="main" class="site-main"><article id="post-1204" class="entry content-bg single-entry post-1204 post type-post">
<header class="entry-header post-title title-align-inherit"><h1 class="entry-title">Premier voyage au Japon</h1>
<div class="entry-meta entry-meta-divider-dot">
<span class="posted-by"><span class="meta-label">Par</span><span class="author vcard"><a class="url fn n" href="/author/rhonda/">Rhonda</a></span></span>
<span class="updated-on"><span class="meta-label">Mis à jour</span><time class="entry-date published updated" datetime="{shown}">25 janvier 2026</time></span>
</div></header>
<div class="entry-content single-content"><p>{body}</p></div></article></main></body></html>"""


def _kadence(published: str, shown: str):
    html = _KADENCE.format(published=published, shown=shown, body="Un récit de voyage assez long. " * 40)
    return parse_page("https://carnet.example/2015/05/premier-voyage-japon/", html.encode())


def test_a_theme_showing_the_update_date_does_not_redate_the_post():
    p = _kadence("2015-05-12T06:05:27+00:00", "2026-01-25T12:56:29-07:00")
    assert p.page_type == "article" and p.author == "Rhonda"
    assert p.published == "2015-05-12T06:05:27+00:00"


def test_the_theme_date_keeps_its_offset_when_it_agrees_with_the_metadata():
    p = _kadence("2015-05-13T01:05:27+00:00", "2015-05-12T18:05:27-07:00")  # one instant, two time zones
    assert p.published == "2015-05-12T18:05:27-07:00"



def test_a_date_labelled_as_the_last_update_is_no_publication_date():
    """Without publication metadata, the day a theme shows under "Mis à jour" is the last edit: a refresh of
    twenty posts would read as twenty posts published that day. The post is undated; what was read stays."""
    html = _KADENCE.format(published="", shown="2026-01-25T12:56:29-07:00", body="Un récit assez long. " * 40)
    html = html.replace('<meta property="article:published_time" content="">\n', "")
    p = parse_page("https://carnet.example/2015/05/premier-voyage-japon/", html.encode())
    assert p.page_type == "article" and p.published is None
    assert p.published_raw == "2026-01-25T12:56:29-07:00"


def _generic(head: str, byline: str) -> str:
    body = "<p>" + "Le PER individuel se compare à l'assurance-vie sur la fiscalité à la sortie. " * 12 + "</p>"
    return (f"<html><head><meta property='og:type' content='article'>{head}</head><body><article>"
            f"<h1>PER ou assurance-vie ?</h1>{byline}<div class='content'>{body}</div></article></body></html>")


def test_an_update_date_alone_leaves_the_post_undated_a_shown_date_does_not():
    modified = "<meta property='article:modified_time' content='2026-02-07T12:55:40+00:00'>"
    url = "https://cabinet.example/per-ou-assurance-vie/"
    # "Last updated: <time>", as astrobackyard.com writes it (WCXB): the label is the date's
    labelled = parse_page(url, _generic("", "<p class='note'>Last updated: <time datetime='2026-01-12'>January 12, "
                                            "2026</time>.</p>"))
    # nothing on the page but the modification metadata (breaddad.com): htmldate's answer is that edit
    meta_only = parse_page(url, _generic(modified, ""))
    # the same day shown as the post's date, unlabelled: a post never edited since it was published
    shown = parse_page(url, _generic(modified, "<p class='byline'>Par Claire, le <time datetime='2026-02-07'>7 "
                                               "février 2026</time></p>"))
    assert labelled.published is None and labelled.published_raw == "2026-01-12"
    assert meta_only.published is None
    assert shown.published is not None and shown.published.startswith("2026-02-07")

def test_a_page_builders_byline_names_the_author_when_no_theme_reader_does():
    """Elementor's author box, Bricks' text blocks: WordPress pages built without the theme's byline and
    without author metadata. The byline no theme reader knows is read last, as on unknown engines; a
    sidebar's author widget is not the post's."""
    text = "<p>" + "Le PER individuel se compare à l'assurance-vie sur la fiscalité à la sortie. " * 12 + "</p>"

    def page(byline: str, aside: str = "") -> str:
        return ("<html><head><link rel='https://api.w.org/' href='https://cabinet.example/wp-json/'>"
                "<meta property='og:type' content='article'></head><body class='post-template-default single'>"
                f"<article class='post type-post'><h1 class='entry-title'>PER ou assurance-vie ?</h1>{byline}"
                f"<div class='entry-content'>{text}</div></article><aside class='sidebar'>{aside}</aside>"
                "</body></html>")

    url = "https://cabinet.example/per-ou-assurance-vie/"
    box = "<div class='elementor-author-box'><h4 class='elementor-author-box__name'> Liz Kenny </h4></div>"
    parsed = parse_page(url, page(box))
    assert (parsed.platform, parsed.page_type, parsed.author) == ("wordpress", "article", "Liz Kenny")
    assert parse_page(url, page("<p class='brxe-text-basic'>Written by John Crenshaw</p>")).author == "John Crenshaw"
    assert parse_page(url, page("", aside="<span class='author-name'>Marc Petit</span>")).author is None
