"""What the parsers read of the evaluation web's newer markups, checked on pages trimmed from the
engines' real templates (each fixture names its template in a comment at its top): WordPress Twenty
Twelve, SPIP squelettes-dist, Drupal 10 Olivero, and Overblog's comment markup. One regression per
mismatch that `tests/bench/markup_parse.py` found.
"""
from pathlib import Path

from spiders.parsers import parse_page
from spiders.parsers.common import Page
from spiders.parsers.pagetype import judge

HTML = Path(__file__).parent / "fixtures" / "html"
WP = "https://carnet-epargne.example"
SPIP = "https://epargne-territoires.example"
DRUPAL = "https://www.lettre-patrimoine.example"
DRUPAL_POST = DRUPAL + "/epargne/assurance-vie/fonds-euros-2025_1042.html"
NEWS_LD = ('<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",'
           '"headline":"Fonds euros : les rendements de 2025","datePublished":"2025-03-04T09:12:00+01:00",'
           '"author":{"@type":"Person","name":"Claire Dupuy"}}]}</script>\n<title>')


def _read(name: str) -> str:
    return (HTML / name).read_text(encoding="utf-8")


# 1. WordPress Twenty Twelve: the post author's reply carries a label inside the <cite>.

def test_twenty_twelve_comment_author_is_the_fn_without_the_post_author_label():
    parsed = parse_page(WP + "/?p=42", _read("wordpress/twentytwelve-single.html"))
    assert parsed.page_type == "article"
    assert [(c.author, c.author_url) for c in parsed.comments] == [
        ("Marc G.", "https://patrimoine-facile.example/"), ("Sophie", None), ("Lucie", None)]


def test_early_twenty_twelve_cite_fn_label_is_not_the_name():
    """Twenty Twelve 1.0-1.2 printed `<cite class="fn">Name <span>Post author</span></cite>`."""
    html = _read("wordpress/twentytwelve-single.html").replace(
        '<cite><b class="fn">Sophie</b> <span>Auteur de l’article</span></cite>',
        '<cite class="fn">Sophie <span>Auteur de l’article</span></cite>')
    assert "cite class=\"fn\">Sophie <span>" in html
    assert [c.author for c in parse_page(WP + "/?p=42", html).comments] == ["Marc G.", "Sophie", "Lucie"]


# 2. Drupal Olivero: the byline's uid field is the author; comments read under both readers.

def test_drupal_olivero_post_author_and_created_date_from_the_node_meta():
    parsed = parse_page(DRUPAL_POST, _read("drupal/olivero-comments.html"))
    assert (parsed.platform, parsed.page_type) == ("drupal", "article")
    assert parsed.author == "Claire Dupuy"  # not a commenter's name, not "Par Claire Dupuy"
    assert parsed.published == "2025-03-04T09:12:00+01:00"


def test_drupal_olivero_comments_with_and_without_newsarticle_metadata():
    """Without JSON-LD the generic reader reads the page; with NewsArticle JSON-LD (schema_metatag)
    the news reader does, and it must not drop the readers' comments."""
    html = _read("drupal/olivero-comments.html")
    for page in (html, html.replace("<title>", NEWS_LD, 1)):
        parsed = parse_page(DRUPAL_POST, page)
        assert parsed.author == "Claire Dupuy"
        assert [(c.author, c.author_url, c.published) for c in parsed.comments] == [
            ("henri.l", DRUPAL + "/user/7", "2025-03-04T10:15:00+01:00"),
            ("Marc G.", "https://www.courtier-sud.example/", "2025-03-04T12:15:00+01:00"),  # " (non vérifié)" dropped
            ("Lucie", None, "2025-03-05T11:20:00+01:00"),
        ]
        assert parsed.comments[2].text == "Article clair, merci."
    assert parse_page(DRUPAL_POST, html.replace("<title>", NEWS_LD, 1)).platform == "drupal"


# 3 and 4. SPIP article: chapo + texte + ps are the text; abbr.published[title] gives the time.

def test_spip_article_text_is_chapo_texte_and_ps():
    parsed = parse_page(SPIP + "/spip.php?article21", _read("spip/article-chapo.html"))
    assert parsed.page_type == "article"
    assert parsed.text.startswith("Sur un achat de 250 000 euros dans l'ancien")  # the chapo, first
    assert "Dans le neuf, les droits sont réduits" in parsed.text  # the texte
    assert "Mise à jour du 12 mars" in parsed.text  # the ps
    assert "Accueil > Immobilier" not in parsed.text  # not the breadcrumb
    assert parsed.links == ["https://www.notaires.fr/fr/immobilier-fiscalite"]  # the "voir en ligne" link


def test_spip_article_date_has_the_time_of_abbr_published():
    parsed = parse_page(SPIP + "/spip.php?article21", _read("spip/article-chapo.html"))
    assert parsed.published == "2025-03-11T16:45:00+00:00"
    assert parsed.published_raw == "2025-03-11T16:45:00Z"


def test_machine_date_wins_over_a_day_only_metadata_date_but_not_over_a_full_one():
    html = _read("spip/article-chapo.html")
    day = html.replace("<title>", '<meta property="article:published_time" content="2025-03-11" />\n<title>', 1)
    assert parse_page(SPIP + "/spip.php?article21", day).published == "2025-03-11T16:45:00+00:00"
    full = html.replace("<title>", '<meta property="article:published_time" content="2025-03-11T17:45:00+01:00">\n<title>', 1)
    assert parse_page(SPIP + "/spip.php?article21", full).published == "2025-03-11T17:45:00+01:00"


# 5. SPIP template pages: spip.php?page=plan is no post; page=article still is.

def test_spip_page_plan_is_not_an_article():
    html = _read("spip/plan.html")
    parsed = parse_page(SPIP + "/spip.php?page=plan", html)
    assert parsed.page_type == "other"
    assert any("template page" in e for e in judge(Page.load(SPIP + "/spip.php?page=plan", html)).evidence)
    article = parse_page(SPIP + "/spip.php?page=article&id_article=21", _read("spip/article-chapo.html"))
    assert article.page_type == "article"


# 6. Small listings: one or two teasers alone under the page's own title.

def test_spip_rubrique_with_one_article_is_a_listing():
    for url in (SPIP + "/spip.php?rubrique4", SPIP + "/-Retraite-"):
        parsed = parse_page(url, _read("spip/rubrique-one.html"))
        assert parsed.page_type == "listing", url
        assert parsed.nav.articles == [SPIP + "/spip.php?article14"]


def test_drupal_taxonomy_term_with_one_or_two_teasers_is_a_listing():
    """At a pathauto alias (no listing-like address); the teaser's date does not date the term's <h1>."""
    html = _read("drupal/olivero-term.html")
    url = DRUPAL + "/epargne/retraite"
    one = parse_page(url, html)
    assert one.page_type == "listing"
    assert one.nav.articles == [DRUPAL + "/epargne/retraite/per-deux-ans-apres_1038.html"]
    assert not any("title with its date" in e for e in judge(Page.load(url, html)).evidence)
    row = html[html.index('<div class="views-row">'):html.index("</article>\n</div>") + len("</article>\n</div>")]
    second = (row.replace("per-deux-ans-apres_1038", "rachat-de-trimestres_1031")
              .replace("deux ans après", "rachat de trimestres"))
    two = html.replace(row, row + "\n" + second)
    assert parse_page(url, two).page_type == "listing"


def test_an_article_with_its_comments_is_still_an_article_at_a_plain_address():
    """The small-listing rule needs the teasers to hold the page's text: a post is not one."""
    assert parse_page(DRUPAL + "/epargne/fonds-euros", _read("drupal/olivero-comments.html")).page_type == "article"
    assert parse_page(SPIP + "/Frais-de-notaire", _read("spip/article-chapo.html")).page_type == "article"


# 7. Overblog: a commenter without a URL whose name reads as a month ("Julien 05" as "Jul 05").

def test_overblog_commenter_name_is_not_glued_to_the_date():
    html = _read("hosted/overblog.html")
    url = "http://patrimoine-sophie.over-blog.com/2025/03/assurance-vie-y-croire.html"
    for name in ("Julien", "Marc", "Hélène"):
        named = html.replace('<span class="ob-name">Hélène</span>', f'<span class="ob-name">{name}</span>')
        parsed = parse_page(url, named)
        assert [c.author for c in parsed.comments] == ["Rachat crédit express", name, "Sophie"], name
        assert parsed.comments[1].published == "2025-03-05T18:40:00+01:00"


# 5. wpDiscuz, the comment plugin of many French WordPress blogs: its own markup, replies nested in
# their parent's div without a list, the date shown relative with the absolute one in a title.

def test_wpdiscuz_comments_their_authors_dates_and_nested_replies():
    html = _read("wordpress/wpdiscuz-post.html")
    parsed = parse_page(WP + "/2023/03/10/le-per-en-2023/", html)
    assert (parsed.platform, parsed.page_type, parsed.comments_open) == ("wordpress", "article", True)
    got = [(c.position, c.author, c.author_url, c.published) for c in parsed.comments]
    assert got == [(1, "Claire Martin", "https://claire-epargne.example/", "2023-03-12T09:15:00+01:00"),
                   (2, "Paul", None, "2023-03-14T16:02:00+01:00"),  # the reply, in page order
                   (3, "Jean-Marc", None, "2023-03-13T18:40:00+01:00")]
    first, reply = parsed.comments[0], parsed.comments[1]
    assert first.text.startswith("Bonjour, pour le PER") and "Merci Claire" not in first.text
    assert "il y a" not in first.text and "Répondre" not in first.text and "Claire Martin" not in first.text
    assert reply.text.startswith("Merci Claire")
    # the same page without WordPress's generator tag: read the same way by the generic path
    bare = parse_page(WP + "/le-per-en-2023/", html.replace('<meta name="generator" content="WordPress 6.2" />', ""))
    assert [(c.author, c.published) for c in bare.comments] == [(a, d) for _, a, _, d in got]
