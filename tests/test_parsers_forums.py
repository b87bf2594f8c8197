"""Forum engines read by spiders/parsers/forums.py: hand-written pages in each engine's markup.

Each thread has two posts, the second quoting the first: the quote is kept apart from the
poster's own words, signatures are left out, authors and dates come from the post header.
"""
from datetime import datetime, timezone
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
    # bbPress's default templates: each message's date in the header printed before its div; a guest's name
    # unlinked; the revision log inside the content is not the poster's words.
    "bbpress/topic.html": (
        "https://patrimoine-famille.example/forums/topic/transmettre-une-assurance-vie-avant-70-ans/", "bbpress",
        "Transmettre un contrat d\u2019assurance-vie avant 70 ans", [
            (1, "Élodie R.", "2025-03-04T09:12:00+01:00",
             "Bonjour, mon père a 66 ans et souhaite verser 120 000 € sur une assurance-vie pour ses deux"
             " petits-enfants.\nVaut-il mieux le faire avant ses 70 ans ?", ""),
            (2, "Marc_CGP", "2025-03-04T11:40:00+01:00",
             "Oui : avant 70 ans, chaque bénéficiaire a 152 500 € d\u2019abattement, merci Élodie de poser la question.",
             "Vaut-il mieux le faire avant ses 70 ans ?"),
            (3, "Bernard", "2025-03-06T18:05:00+01:00",
             "Attention aux primes manifestement exagérées au regard du patrimoine.", "")]),
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


def test_bbpress_thread_pages_and_forum_listing():
    url, *_ = CASES["bbpress/topic.html"]
    p = parse_page(url, (HTML / "bbpress/topic.html").read_bytes())
    assert p.thread_url == url
    assert p.nav.pages == [url + "page/2/"]  # bbPress addresses are its own: its pager says where the rest is
    board = "https://patrimoine-famille.example/forums/forum/succession/"
    listing = parse_page(board, (HTML / "bbpress/forum.html").read_bytes())
    assert (listing.platform, listing.kind, listing.page_type) == ("bbpress", "forum", "listing")
    assert listing.nav.threads == ["https://patrimoine-famille.example/forums/topic/" + slug + "/" for slug in (
        "transmettre-une-assurance-vie-avant-70-ans", "donation-residence-principale", "demembrement-de-propriete")]
    assert listing.nav.pages == [board + "page/2/"]
    assert "https://patrimoine-famille.example/forums/" in listing.nav.boards


def test_bbpress_theme_with_the_date_in_the_author_box_and_page_two_positions():
    """Themes move bbPress's date into the post (WordPress.org's support forums: p.bbp-reply-post-date in the
    author box); on a thread's second page the posts keep the numbers their classes carry."""
    def reply(pos, who, when, text):
        return (f'<div class="bbp-reply-position-{pos} post-{900 + pos} reply type-reply status-publish hentry">'
                f'<div class="bbp-reply-author"><a href="/forums/users/{who}/" class="bbp-author-link">'
                f'<span class="bbp-author-name">{who}</span></a><div class="bbp-reply-meta">'
                f'<p class="bbp-reply-post-date"><a href="#post-{900 + pos}" class="bbp-reply-permalink">{when}</a></p>'
                f'</div></div><div class="bbp-reply-content"><p>{text}</p></div></div>')
    html = ('<html><head><meta name="generator" content="WordPress 6.7"></head><body><div id="bbpress-forums">'
            '<h1>Frais de notaire</h1><ul class="forums bbp-replies"><li class="bbp-body">'
            + reply(16, "Annie", "March 4, 2025 at 9:12 am", "Les frais sont-ils déductibles ?")
            + reply(17, "Paul", "March 5, 2025 at 2:05 pm", "Non, ils entrent dans le prix de revient.")
            + "</li></ul></div></body></html>")
    p = parse_page("https://forum.example/forums/topic/frais-de-notaire/page/2/", html)
    assert p.platform == "bbpress" and p.page_type == "forum_thread"
    assert [(x.position, x.author, x.published) for x in p.posts] == [
        (16, "Annie", "2025-03-04T09:12:00+01:00"), (17, "Paul", "2025-03-05T14:05:00+01:00")]


def test_a_blog_post_with_a_bbpress_widget_stays_a_blog_post():
    html = (HTML / "wordpress" / "post.html").read_text(encoding="utf-8")
    widget = ('<aside><ul class="bbp-topics-widget newness"><li><a class="bbp-forum-title"'
              ' href="https://x.example/forums/topic/pea/">PEA ?</a></li></ul></aside>')
    assert detect_platform("https://x.example/2025/03/post/", html.replace("</body>", widget + "</body>")) == "wordpress"


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


def _posts(url: str, html: str) -> list[tuple]:
    return [(p.author, (p.published or "")[:10] or None, p.text) for p in parse_page(url, html).posts]


def test_stackexchange_answer_author_and_creation_date_not_its_editor():
    """An edited answer shows its editor's signature first: the author is the post's
    data-author-username and the date its dateCreated, not the edit."""
    def post(kind, ident, who, created, text, editor=""):
        edited = (f'<div class="post-signature"><a href="/posts/{ident}/revisions">edited <span title="2025-06-01 10:00:00Z"'
                  f' class="relativetime">Jun 1, 2025</span></a><div class="user-details"><a href="/users/9/{editor}">'
                  f"{editor}</a></div></div>") if editor else ""
        return (f'<div id="{kind}" class="{kind}" data-author-username="{who}"><div class="s-prose js-post-body"><p>{text}'
                f'</p></div>{edited}<div class="post-signature owner"><div class="user-details"><a href="/users/1/{who}">'
                f'{who}</a></div></div><time itemprop="dateCreated" datetime="{created}"></time></div>')
    html = ("<html><body><div id='question-header'><h1>PEA ou compte-titres ?</h1></div>"
            + post("question", 1, "Anne", "2025-02-01T10:00:00Z", "Pour des ETF, PEA ou compte-titres ?")
            + "<div id='answers'>"
            + post("answer", 2, "Bruno", "2025-02-02T09:00:00Z", "Le PEA, pour sa fiscalité après cinq ans.", "Zoé")
            + "</div></body></html>")
    assert _posts("https://money.example/questions/5/pea-ou-cto", html) == [
        ("Anne", "2025-02-01", "Pour des ETF, PEA ou compte-titres ?"),
        ("Bruno", "2025-02-02", "Le PEA, pour sa fiscalité après cinq ans.")]


def test_nodebb_author_from_the_post_attribute():
    def post(i, who, text):
        return (f'<li component="post" data-index="{i}" data-pid="{100 + i}" data-username="{who}">'
                f'<meta itemprop="datePublished" content="2024-11-2{i}T15:50:23.066Z">'
                f'<span class="timeago" title="2024-11-2{i}T15:50:23.066Z"></span>'
                f'<div component="post/content"><p>{text}</p></div></li>')
    html = ('<html><head><meta name="generator" content="NodeBB"></head><body><h1>Frais de garde</h1><ul>'
            + post(1, "julian", "Quels frais de garde sur un compte-titres ?")
            + post(2, "Kichae", "Aucun chez la plupart des courtiers en ligne.") + "</ul></body></html>")
    assert [a for a, _, _ in _posts("https://forum.example/topic/3/frais-de-garde", html)] == ["julian", "Kichae"]


def test_xenforo_message_cards_and_edit_dates():
    """VerticalScope's XenForo theme (MessageCard): the author link and the post's creation date,
    not the thread header's "last post" time; a "Last edited" date is never the post's."""
    def card(i, who, created, text, header="", edited=""):
        last_edit = (f'<div class="message-lastEdit">Last edited: <time class="u-dt" datetime="{edited}">edited</time>'
                     f"</div>") if edited else ""
        return (f'<div class="MessageCard js-post" id="js-post-{i}">{header}<div class="MessageCard__user-info">'
                f'<a class="MessageCard__user-info__name" href="/members/{who}.{i}/">{who}</a></div>'
                f'<a class="MessageCard__date-created" href="#post-{i}"><time class="u-dt" datetime="{created}">'
                f'{created[:10]}</time></a><article class="message-body"><div class="bbWrapper">{text}</div></article>'
                f"{last_edit}</div>")
    header = 'last post by <a href="/members/z.9/">z</a> <time class="u-dt" datetime="2024-06-05T15:58:03-0400">x</time>'
    html = ("<html id='XF'><body><h1 class='p-title-value'>Un premier VTT</h1>"
            + card(1, "Ejp55230", "2024-06-02T20:22:24-0400", "Quel VTT pour débuter ?", header=header)
            + card(2, "eb1888", "2024-06-03T20:51:40-0400", "Un semi-rigide d'occasion.",
                   edited="2024-06-09T10:00:00-0400") + "</body></html>")
    assert _posts("https://www.velo.example/threads/un-premier-vtt.123/", html) == [
        ("Ejp55230", "2024-06-02", "Quel VTT pour débuter ?"), ("eb1888", "2024-06-03", "Un semi-rigide d'occasion.")]
    no_date = html.replace('<a class="MessageCard__date-created" href="#post-2"><time class="u-dt" '
                           'datetime="2024-06-03T20:51:40-0400">2024-06-03</time></a>', "")
    assert _posts("https://www.velo.example/threads/un-premier-vtt.123/", no_date)[1][1] is None


def test_vbulletin_div_layout_header_date():
    def post(i, who, shown, text):
        return (f'<div id="edit{i}"><div id="post{i}"><div class="tpost"><div class="trow thead smallfont">'
                f'<div class="tcell">{shown}</div><div class="tcell text-right">#<a id="postcount{i}">{i}</a></div></div>'
                f'<a class="bigusername" href="/members/{i}.html">{who}</a>'
                f'<div id="post_message_{i}">{text}</div></div></div></div>')
    html = ('<html><head><meta name="generator" content="vBulletin 3.8"></head><body><div id="posts">'
            + post(1, "lowjhg", "Feb 14, 2026 | 9:05 pm", "Récit de voyage, premier jour.")
            + post(2, "TedToToe", "Feb 15, 2026 | 8:00 am", "Belle entrée en matière.") + "</div></body></html>")
    assert _posts("https://www.voyage.example/forum/trip-reports/22-recit.html", html) == [
        ("lowjhg", "2026-02-14", "Récit de voyage, premier jour."), ("TedToToe", "2026-02-15", "Belle entrée en matière.")]


def test_signature_links_are_the_members_apart_from_the_messages():
    """A member's signature links his own site: kept apart (a signature is his, not the message's nor the
    forum's) in every markup that has one, the "_____" rule of vBulletin 3 and subSilver included."""
    cases = {
        ("phpbb/viewtopic.html", "https://forum-patrimoine.example/viewtopic.php?t=15"):
            ["https://www.cabinet-rentier.example/?ref=forum"],
        ("xenforo/xf1-thread.html", "https://forum.example/threads/scpi.12/"): ["https://epargne-nadia.example/"],
        ("fluxbb/viewtopic-page2.html", "https://forum.example/viewtopic.php?id=7&p=2"): ["http://etude-lyon.example/"],
    }
    for (name, url), want in cases.items():
        parsed = parse_page(url, (HTML / name).read_bytes())
        assert parsed.page_type == "forum_thread" and parsed.signature_links == want, name
        assert not set(want) & {u for p in parsed.posts for u in p.links}, name
    vb3 = (HTML / "vbulletin" / "vb3-postbit-legacy.html").read_text(encoding="utf-8")
    vb3 = vb3.replace("Olivier, gérant de patrimoine", 'Olivier, <a href="http://www.olivier-patrimoine.example/">mon blog</a>')
    parsed = parse_page("https://forum.example/showthread.php?t=5", vb3)
    assert parsed.signature_links == ["http://www.olivier-patrimoine.example/"]
    assert "mon blog" not in " ".join(p.text for p in parsed.posts)
    sub = (HTML / "phpbb" / "subsilver2-viewtopic.html").read_text(encoding="utf-8")
    assert "_________________" in sub
    sub = sub.replace("_________________<br />", '_________________<br /><a href="http://sylvie.example/">mon site</a> ', 1)
    parsed = parse_page("https://forum.example/viewtopic.php?t=5", sub)
    assert parsed.signature_links == ["http://sylvie.example/"]
    # a blog post has no members' signatures, whatever its classes
    post = parse_page("https://patrimoine-et-vous.fr/2025/03/04/assurance-vie-apres-70-ans/",
                      (HTML / "wordpress" / "post.html").read_bytes())
    assert post.signature_links == []


# Forumactif (Forumotion): one hosted engine, a template "version" per forum, read from each version's default
# viewtopic_body (phpBB2's tr.post rows, phpBB3's div.post#pN, PunBB's div.post with the date in its header).
FORUMACTIF = {
    "topic_phpbb2.html": (
        "https://entraide-patrimoine.forumactif.com/t412-assurance-vie-et-succession-clause-beneficiaire-demembree",
        [(1, "5120", "Sylvie_44", "2025-03-10T09:12:00+01:00"),
         # its subject names a date ("la réforme du 20 mars 2025"): the post's date is the one after the subject
         (2, "5127", "Marc_CGP", "2025-03-10T11:40:00+01:00"),
         (3, "5131", "Sylvie_44", "2025-03-11T20:05:00+01:00")]),
    # page 2 (/t88p15-...): 15 messages before it
    "topic_phpbb3.html": (
        "https://club-epargnants.forumpro.fr/t88p15-per-ou-assurance-vie-pour-un-independant",
        [(16, "1904", "Elodie.R", "2025-02-06T14:22:00+01:00"), (17, "1911", "Thierry", "2025-02-07T08:03:00+01:00")]),
    # this year's messages print no year ("Mer 2 Avr - 9:15"): dated within the year before the fetch
    "topic_punbb.html": (
        "https://pierre-papier.forumactif.org/t1307-scpi-de-rendement-vos-avis-sur-les-frais-d-entree",
        [(1, "22810", "jpdu31", "2025-04-02T09:15:00+02:00"), (2, "22816", "Pierre-Yves", "2025-04-02T12:48:00+02:00")]),
    # ModernBB: the date alone in the post's footer, the name in the aside beside it
    "topic_modernbb.html": (
        "https://notaires-familles.forumactif.fr/t205-donation-au-dernier-vivant-utile-avec-des-enfants-d-une-premiere-union",
        [(1, "3310", "Nathalie_B", "2025-02-13T21:47:00+01:00"), (2, "3314", "Me_Lefort", "2025-02-14T08:30:00+01:00")]),
}


@pytest.mark.parametrize("name", sorted(FORUMACTIF))
def test_forumactif_versions(name):
    url, expected = FORUMACTIF[name]
    html = (HTML / "forumactif" / name).read_bytes()
    assert detect_platform(url, html) == "forumactif"
    p = parse_page(url, html, now=datetime(2025, 6, 1, tzinfo=timezone.utc))
    assert (p.platform, p.kind, p.page_type) == ("forumactif", "forum", "forum_thread")
    assert [(m.position, m.post_id, m.author, m.published) for m in p.posts] == expected
    thread = url.split("/t")[0] + "/t" + url.split("/t", 1)[1].split("-")[0].split("p")[0]
    assert p.thread_url.startswith(thread + "-") and "p15" not in p.thread_url
    # quotes apart, signatures out (the adviser's signature link is a signature link, not the post's)
    second = p.posts[1]
    assert second.quoted and second.quoted not in second.text
    text = to_page_object(p)["text"]
    assert "cabinet-marc-cgp" not in text and "ancien gérant" not in text and "pas conseillère" not in text
    assert "Maître Lefort" not in text
    assert "a écrit" not in text and "Messages :" not in text and "Date d'inscription" not in text
    # the engine's own links: actions, the abuse report and user profiles are not pages to crawl
    assert all(("/t" in u or "/f" in u or "/c" in u) and "?" not in u for u in p.nav.threads + p.nav.boards)


def test_forumactif_pages_of_a_thread_and_of_a_board():
    url = "https://entraide-patrimoine.forumactif.com/t412-assurance-vie-et-succession-clause-beneficiaire-demembree"
    p = parse_page(url, (HTML / "forumactif/topic_phpbb2.html").read_bytes())
    assert p.nav.threads == [url.replace("/t412-", "/t412p10-")]  # the thread's page 2
    assert set(p.nav.boards) == {"https://entraide-patrimoine.forumactif.com/f3-assurance-vie",
                                 "https://entraide-patrimoine.forumactif.com/c1-epargne-et-placements"}
    board = "https://entraide-patrimoine.forumactif.com/f3-assurance-vie"
    listing = parse_page(board, (HTML / "forumactif/forum.html").read_bytes())
    assert (listing.platform, listing.page_type) == ("forumactif", "listing")
    assert "https://entraide-patrimoine.forumactif.com/t398-rachat-partiel-et-abattement-de-4-600" in listing.nav.threads
    assert "https://entraide-patrimoine.forumactif.com/f3p50-assurance-vie" in listing.nav.boards
    assert "Rachat partiel et abattement" in listing.text


def test_forumactif_needs_its_cdn_or_host_and_its_addresses():
    """/t12- links alone (any CMS may have them) or Forumactif's CDN alone (an embedded image) are not a forum."""
    links_only = ('<html><body><a href="/t12-mon-article">Article</a><article><h1>Titre</h1>'
                  '<p>Un texte de blog assez long pour être un article.</p></article></body></html>')
    assert detect_platform("https://blog.example/", links_only) != "forumactif"
    cdn_only = ('<html><body><article><h1>Titre</h1><img src="https://2img.net/u/1/2/3/photo.jpg" alt="">'
                '<p>Un texte de blog assez long pour être un article.</p></article></body></html>')
    assert detect_platform("https://blog.example/2025/03/titre", cdn_only) != "forumactif"


def test_a_forumactif_forum_with_rewritten_templates_is_read_by_structure_at_its_thread_address():
    """Forumactif's admins rewrite their templates: with none of a version's classes left, a page at a
    /tNpK- address is still a thread (threads.py), numbered after the K messages before it, and keeps
    Forumactif's navigation."""
    html = (HTML / "forumactif/topic_modernbb.html").read_text()
    for old, new in (("post-wrap", "message-bloc"), ("post-content", "msg-texte"), ("post-author-name", "pseudo"),
                     ("post-date", "quand"), ("post-author", "profil"), ("post--", "msg-"), ("post-body", "corps"),
                     ("post-footer", "pied"), ('class="post"', 'class="cadre"')):
        html = html.replace(old, new)
    url = "https://notaires-familles.forumactif.fr/t205p15-donation-au-dernier-vivant-utile-avec-des-enfants-d-une-premiere-union"
    p = parse_page(url, html.encode())
    assert (p.platform, p.kind, p.page_type) == ("forumactif", "forum", "forum_thread")
    assert [(m.position, m.author) for m in p.posts] == [(16, "Nathalie_B"), (17, "Me_Lefort")]
    assert p.thread_url == url.replace("/t205p15-", "/t205-")
    assert "https://notaires-familles.forumactif.fr/f4-donations-entre-epoux" in p.nav.boards
    # a board page with no message stays a listing, not a thread
    board = parse_page("https://entraide-patrimoine.forumactif.com/f3-assurance-vie",
                       (HTML / "forumactif/forum.html").read_bytes())
    assert board.page_type == "listing"


def test_wpforo_thread_from_its_extended_layout():
    """wpForo (themes/2022/layouts/1/post.php): each message's own author box and date, a guest's unlinked
    name, the quote's "Posté par: @claire-d" header and the member's signature apart, the edit note out; a
    thread's next page from its pager, page 2 numbered after page 1's; the board's topic rows."""
    url = "https://www.conseil-patrimoine.example/community/assurance-vie/clause-beneficiaire-a-revoir-apres-un-divorce/"
    html = (HTML / "wpforo/topic.html").read_bytes()
    assert detect_platform(url, html) == "wpforo"
    p = parse_page(url, html, now=datetime(2025, 6, 1, tzinfo=timezone.utc))
    assert (p.platform, p.kind, p.page_type) == ("wpforo", "forum", "forum_thread")
    assert p.title == "Clause bénéficiaire à revoir après un divorce ?"
    assert [(m.position, m.post_id, m.author, m.published) for m in p.posts] == [
        (1, "311", "Claire D.", "2025-02-03T21:40:00+01:00"), (2, "314", "Julien, CGP", "2025-02-04T08:15:00+01:00"),
        (3, "320", "Bernard (invité)", "2025-02-05T18:02:00+01:00")]
    reply = p.posts[1]
    assert reply.quoted == "Mon ex-mari peut-il encore toucher le capital ?" and "Posté par" not in reply.text
    assert "julien-cgp.example" not in " ".join(reply.links) and "conseiller en gestion" not in reply.text
    assert "modifié" not in p.posts[2].text
    assert p.nav.pages == [url + "page/2/"]
    assert "https://www.conseil-patrimoine.example/community/assurance-vie/" in p.nav.boards
    page2 = parse_page(url + "page/2/", html)
    assert [m.position for m in page2.posts][0] > 3  # never page 1's numbers
    board = parse_page("https://www.conseil-patrimoine.example/community/assurance-vie/",
                       (HTML / "wpforo/forum.html").read_bytes())
    assert (board.platform, board.page_type) == ("wpforo", "listing")
    assert board.nav.threads == [url, "https://www.conseil-patrimoine.example/community/assurance-vie/rachat-partiel-apres-8-ans/"]


def test_a_blog_post_with_wpforo_widgets_stays_a_blog_post():
    html = ('<html><head><meta name="generator" content="WordPress 6.6"></head><body class="single">'
            '<article class="post type-post"><h1 class="entry-title">Le PER en 2025</h1><div class="entry-content">'
            '<p>Un article assez long sur le plan d\'épargne retraite et ses avantages fiscaux.</p></div></article>'
            '<aside><div id="wpforo-widget-recent-topics" class="widget wpf-widget-recent-topics"><ul>'
            '<li><a href="/community/per/faut-il-sortir-en-capital/">Faut-il sortir en capital ?</a></li></ul></div>'
            '</aside></body></html>')
    assert detect_platform("https://www.conseil-patrimoine.example/le-per-en-2025/", html) == "wordpress"


def test_forumactif_default_phpbb3_version():
    """The phpBB3 version's default viewtopic_body: p.author "par {POSTER_NAME} {POST_DATE_NEW}" above the
    message, the profile (dt > strong name) after it; the forum rules and the ptrafic box are not messages."""
    post = ('<div id="p{id}" class="post row1 post--{id}" style=""><div class="inner"><span class="corners-top"><span>'
            '</span></span><div style="position: relative; top: -30px; width: 1px;" id="{id}"></div><div class="postbody">'
            '<ul class="profile-icons"><li><a href="/post?p={id}&amp;mode=quote">Citer</a></li></ul>'
            '<h2 class="topic-title"> <a href="/t31-frais-de-notaire-2025#{id}">Re: Frais de notaire 2025</a></h2>'
            '<p class="author"><img src="https://2img.net/i/fa/prosilver/icon_post_target.gif" alt="Message" />&nbsp;par'
            '&nbsp;<a href="/u{uid}"><span style="color:#333"><strong>{name}</strong></span></a> {date}</p>'
            '<div class="clearfix"></div><div style="display:none"></div><div class="content clearfix"><div>{text}</div>'
            '</div></div><div class="postprofile" id="profile{id}"><dl><dt><br /><strong style="font-size:1.2em">'
            '<a href="/u{uid}"><span style="color:#333"><strong>{name}</strong></span></a></strong></dt>'
            '<dd>Membre</dd><dd>Messages : 12</dd></dl></div><div class="clear"></div></div></div>')
    html = ('<html id="min-width" lang="fr"><head><script src="https://illiweb.com/rs3/85/frm/lang/fr.js"></script></head>'
            '<body id="phpbb"><h1 class="page-title"><a href="/t31-frais-de-notaire-2025">Frais de notaire 2025</a></h1>'
            + post.format(id=801, uid=5, name="Odile", date="Mar 4 Mar 2025 - 18:20",
                          text="Les frais de notaire baissent-ils en 2025 pour un primo-accédant ?")
            + post.format(id=805, uid=9, name="Hugo.N", date="Mer 5 Mar 2025 - 7:55",
                          text="Non Odile, les droits de mutation peuvent même monter de 0,5 point selon le département.")
            + '<div class="post row2" id="ptrafic_open"><span class="ptrafic">Forums partenaires</span><div>'
              '<a href="https://partenaire.example/">Partenaire</a></div></div>'
              '<div class="post row1" id="forum_rules"><div class="h3">Règles du forum</div><table class="postbody"><tr>'
              '<td class="rules content">Pas de publicité.</td></tr></table></div>'
              '<a href="/f2-immobilier">Immobilier</a></body></html>')
    p = parse_page("https://immo-entraide.forumactif.org/t31-frais-de-notaire-2025", html,
                   now=datetime(2025, 6, 1, tzinfo=timezone.utc))
    assert (p.platform, p.page_type) == ("forumactif", "forum_thread")
    assert [(m.position, m.post_id, m.author, m.published) for m in p.posts] == [
        (1, "801", "Odile", "2025-03-04T18:20:00+01:00"), (2, "805", "Hugo.N", "2025-03-05T07:55:00+01:00")]
    assert "Pas de publicité" not in to_page_object(p)["text"]


def test_wpforo_1x_classic_theme_and_a_renamed_theme():
    """wpForo 1.x (wpf-themes/classic/layouts/1/post.php): the same blocks, the date in a bare span of
    .wpforo-post-content-top; a theme that renames every class is read by structure, still as wpForo."""
    post = ('<div id="post-{id}" class="post-wrap"><div class="wpforo-post wpfcl-1"><div class="wpf-left">'
            '<div class="author-data"><div class="author-name"><span></span>&nbsp;<a href="/community/participant/{slug}/">'
            '{name}</a></div><div class="author-posts">Messages: 12</div></div></div><div class="wpf-right">'
            '<div class="wpforo-post-content-top"> <span>{date}</span> &nbsp; <a href="/community/per/sortie-capital/#post-{id}">'
            '<i class="fa fa-link wpfsx"></i></a></div><div class="wpforo-post-content"><p>{text}</p></div></div></div></div>')
    posts = (post.format(id=41, slug="marc", name="Marc", date="02/03/2025 9:10 am",
                         text="Sortir son PER en capital ou en rente : que conseillez-vous à 64 ans ?")
             + post.format(id=44, slug="ines-r", name="Inès R.", date="02/03/2025 1:25 pm",
                           text="En capital fractionné, Marc, pour lisser l'impôt sur plusieurs années."))
    html = ('<html><head><meta name="generator" content="WordPress 5.2"></head><body><div id="wpforo-wrap">'
            '<div class="wpforo-main wpft-post"><div class="wpforo-content"><div class="wpf-head-bar">'
            '<h1 id="wpforo-title">Sortie du PER en capital</h1></div><div class="wpfl-1">' + posts
            + '</div></div></div></div></body></html>')
    url = "https://www.retraite-conseil.example/community/per/sortie-capital/"
    p = parse_page(url, html)
    assert (p.platform, p.page_type) == ("wpforo", "forum_thread")
    assert [(m.author, m.published) for m in p.posts] == [("Marc", "2025-03-02T09:10:00+01:00"),
                                                         ("Inès R.", "2025-03-02T13:25:00+01:00")]
    renamed = html.replace("post-wrap", "bloc").replace("wpforo-post-content", "texte").replace("author-name", "qui")
    q = parse_page(url, renamed.replace('"wpforo-post ', '"carte '))
    assert (q.platform, q.page_type) == ("wpforo", "forum_thread")
    assert [m.author for m in q.posts] == ["Marc", "Inès R."]
