"""Forum engines read by spiders/parsers/forums.py: hand-written pages in each engine's markup.

Each thread has two posts, the second quoting the first: the quote is kept apart from the
poster's own words, signatures are left out, authors and dates come from the post header.
"""
from pathlib import Path

import pytest

from spiders.parsers import detect_platform, parse_page
from spiders.parsers.contract import to_page_object

HTML = Path(__file__).parent / "fixtures" / "html"

CASES = {
    # family/file: (url, platform, title, [(position, author, published, own text, quoted)])
    "discourse/topic.html": (
        "https://communaute-patrimoine.example/t/assurance-vie-fonds-euros-ou-unites-de-compte/412", "discourse",
        "Assurance-vie : fonds euros ou unités de compte ?", [
            (1, "claire_m", "2025-03-04T09:12:00+00:00",
             "Bonjour, j'ai 40 000 € sur un fonds euros à 2,5 %.\nFaut-il passer une partie en unités de compte ?", ""),
            (2, "jeanb", "2025-03-04T11:40:00+00:00", "Oui, si votre horizon dépasse huit ans. Voir le guide de l'AMF.",
             "Faut-il passer une partie en unités de compte ?")]),
    "xenforo/thread.html": (
        "https://forum-invest.example/threads/scpi-ou-immobilier-en-direct.88/", "xenforo",
        "SCPI ou immobilier en direct ?", [
            (1, "Lucien", "2025-02-10T08:30:00+01:00",
             "J'hésite entre des parts de SCPI et un studio à louer.\nQu'en pensez-vous ?", ""),
            (2, "Mathilde R.", "2025-02-10T12:05:00+01:00", "Les SCPI, pour ne pas gérer de locataire.",
             "Qu'en pensez-vous ?")]),
    "invision/topic.html": (
        "https://forum-epargne.example/topic/450-plafond-du-pea/", "invision", "Plafond du PEA", [
            (1, "Paul", "2025-01-15T17:02:11+00:00", "Le plafond de versement du PEA est-il toujours de 150 000 € ?", ""),
            (2, "Inès", "2025-01-15T18:30:00+00:00", "Oui, et 225 000 € avec le PEA-PME.", "toujours de 150 000 € ?")]),
    "vbulletin/showthread.html": (
        "https://forum-credit.example/showthread.php?t=3120", "vbulletin", "Rachat de crédit immobilier", [
            (1, "Sophie44", "2025-03-12T09:15:00+01:00", "Mon taux est de 3,9 %. Un rachat vaut-il le coup ?", ""),
            (2, "Courtier_Marc", "2025-03-12T10:02:00+01:00", "Oui, dès un point d'écart.", "Un rachat vaut-il le coup ?")]),
    "stackexchange/question.html": (
        "https://money.example/questions/77/comment-fonctionne-la-flat-tax", "stackexchange",
        "Comment fonctionne la flat tax ?", [
            (1, "Anne", "2025-02-01T10:00:00+00:00", "Le prélèvement forfaitaire unique s'applique-t-il aux dividendes ?", ""),
            (2, "Bruno", "2025-02-01T11:30:00+00:00", "Oui : 12,8 % d'impôt et 17,2 % de prélèvements sociaux.", "")]),
    "smf/topic.html": (
        "https://forum-livrets.example/index.php?topic=310.0", "smf", "Livret A ou LDDS ?", [
            (1, "Hugo", "2025-03-20T14:05:00+01:00", "Les deux livrets ont le même taux, non ?", ""),
            (2, "Nadia", "2025-03-20T15:30:00+01:00", "Oui, mais le LDDS est plafonné à 12 000 €.",
             "Les deux livrets ont le même taux, non ?")]),
    "mybb/thread.html": (
        "https://forum-famille.example/thread-55.html", "mybb", "Donation aux petits-enfants", [
            (1, "Gérard", "2025-01-05T09:14:00+01:00", "Quel abattement pour un don à un petit-enfant ?", ""),
            (2, "Notaire31", "2025-01-05T11:40:00+01:00", "31 865 € tous les quinze ans.", "Quel abattement ?")]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_thread(name):
    url, platform, title, expected = CASES[name]
    html = (HTML / name).read_bytes()
    assert detect_platform(url, html) == platform
    p = parse_page(url, html)
    assert (p.platform, p.kind, p.page_type, p.title) == (platform, "forum", "forum_thread", title)
    got = [(x.position, x.author, x.published, x.text, x.quoted) for x in p.posts]
    assert got == expected
    assert p.author == expected[0][1] and p.published == expected[0][2]
    # The page text is every post's own words, in order (no signature, no quote, no header).
    obj = to_page_object(p)
    assert obj["text"] == "\n\n".join(e[3] for e in expected)
    assert "Retraité" not in obj["text"] and "Investisseur depuis" not in obj["text"]


def test_discourse_links_and_shown_date():
    url, *_ = CASES["discourse/topic.html"]
    p = parse_page(url, (HTML / "discourse/topic.html").read_bytes())
    assert p.posts[1].links == ["https://www.amf-france.org/fr/espace-epargnants"]
    assert p.posts[0].date_text == "4 mars 2025, 10:12"
    assert p.thread_url == url


def test_discourse_javascript_shell_keeps_its_description():
    url = "https://communaute-patrimoine.example/t/quel-courtier-pour-un-pea/500"
    p = parse_page(url, (HTML / "discourse/shell.html").read_bytes())
    assert (p.platform, p.page_type, p.posts) == ("discourse", "forum_thread", [])
    assert p.text == "Je cherche un courtier pour ouvrir un PEA avec peu de frais de courtage. Des avis ?"


def test_blog_pages_are_not_forums():
    for name in ("wordpress", "blogger", "dotclear", "news"):
        for path in sorted((HTML / name).glob("*.html")):
            assert detect_platform("https://x.example/", path.read_bytes()) in ("wordpress", "blogger", "dotclear",
                                                                               "news", "generic"), path


def _second_post(name: str, after: str, extra: str):
    url, *_ = CASES[name]
    html = (HTML / name).read_text(encoding="utf-8")
    assert after in html
    return parse_page(url, html.replace(after, after + extra)).posts[1]


def test_invision_edit_note_is_not_the_posters_words():
    post = _second_post("invision/topic.html", "<p>Oui, et 225 000 € avec le PEA-PME.</p>",
                        '<span class="ipsType_reset ipsType_medium ipsType_light" data-excludequote>'
                        '<strong>Modifié <time datetime="2025-01-16T08:00:00Z">16 janvier 2025</time> par Inès</strong>'
                        "</span>")
    assert post.text == "Oui, et 225 000 € avec le PEA-PME."


def test_discourse_link_preview_keeps_only_its_title():
    post = _second_post(
        "discourse/topic.html", "le guide de l'AMF</a>.</p>",
        '<aside class="onebox allowlistedgeneric" data-onebox-src="https://www.amf-france.org/guide">'
        '<header class="source"><a href="https://www.amf-france.org/guide">amf-france.org</a></header>'
        '<article class="onebox-body"><h3><a href="https://www.amf-france.org/guide">Guide de l\'épargnant</a></h3>'
        "<p>Description reprise de la page liée, qui n'est pas du membre.</p></article>"
        '<div class="onebox-metadata">Lecture : 3 min</div></aside>')
    assert post.text.endswith("Voir le guide de l'AMF.\nGuide de l'épargnant")
    assert "Description reprise" not in post.text and "amf-france.org" not in post.text
    assert "Lecture" not in post.text


def test_xenforo_link_preview_keeps_only_its_title():
    post = _second_post(
        "xenforo/thread.html", "Les SCPI, pour ne pas gérer de locataire.",
        '<div class="bbCodeBlock bbCodeBlock--unfurl js-unfurl" data-url="https://www.aspim.fr/scpi">'
        '<div class="contentRow"><div class="contentRow-main"><h3 class="contentRow-header js-unfurl-title">'
        '<a href="https://www.aspim.fr/scpi">Les SCPI en chiffres</a></h3>'
        '<div class="contentRow-snippet js-unfurl-desc">Résumé tiré de la page liée.</div>'
        '<div class="contentRow-minor"><span>www.aspim.fr</span></div></div></div></div>')
    assert post.text == "Les SCPI, pour ne pas gérer de locataire.\nLes SCPI en chiffres"
    assert "Résumé" not in post.text and "www.aspim.fr" not in post.text
