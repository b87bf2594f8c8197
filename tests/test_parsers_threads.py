"""Forum threads of engines without a family module (spiders/parsers/threads.py): Reddit and Flarum
markup, schema.org microdata, and the structure-based reader, on small hand-written pages."""
from pathlib import Path

import pytest
from lxml import etree

from spiders.parsers import detect_platform, parse_page
from spiders.parsers.common import Page
from spiders.parsers.contract import to_page_object
from spiders.parsers.links import pager_links
from spiders.parsers import threads

HTML = Path(__file__).parent / "fixtures" / "html"

CASES = {
    # file: (url, platform, [(position, author, published, own text, quoted)])
    "threads/reddit-new.html": (
        "https://www.reddit.com/r/Cooking/comments/abc123/cast_iron_and_metal_spatulas/", "reddit", [
            (1, "pan_fan", "2026-03-04T23:03:50+00:00",
             "Cast iron and metal spatulas?\nWill a metal spatula scratch enamelled cast iron?", ""),
            (2, "wok_star", "2026-03-05T00:10:00+00:00", "Use wood on enamel; bare cast iron can take metal.", ""),
            (3, "pan_fan", "2026-03-05T01:00:00+00:00", "Thanks, wood it is.", "Use wood on enamel")]),
    "threads/reddit-old.html": (
        "https://old.reddit.com/r/science/comments/x1/lab_grown/", "reddit", [
            (1, "InsaneSnow45", "2026-03-04T12:00:00+00:00",
             "Fully functional hair follicles grown in the lab\nResearchers grew follicles that cycle like real ones.", ""),
            (2, "Ragnar", "2026-03-04T13:00:00+00:00", "Could this help with tinnitus too?", ""),
            (3, "surlier", "2026-03-04T14:00:00+00:00", "Different cells: inner-ear hair cells are not follicles.", "")]),
    "threads/flarum.html": (
        "https://discuss.flarum.example/d/2068-types-of-threads", "flarum", [
            (1, "antonjw", None, "Should a forum offer several kinds of threads?\nQuestions, ideas and polls.", ""),
            (2, "Toby", None, "Extensions can add them.", "Questions, ideas and polls.")]),
    "threads/microdata.html": (
        "https://forum.example/beginners-area/1488296-will-simple-method-work-beginner.html", "generic", [
            (1, "Shancock", "2024-05-28T10:24:43+02:00",
             "Can I run ads for an affiliate product with a cheap landing page?", ""),
            (2, "cooler1", "2024-06-01T05:08:01+02:00", "It can work, but clicks cost more than they used to.",
             "Shancock said: a cheap landing page?")]),
    "threads/structure.html": (
        "https://smokehouse.example/topic/catering-tips", "generic", [
            (1, "smokey_joe", "2024-03-12", "First catering job next month: forty guests, two briskets.\n"
                                             "How early should I start the smoker?", ""),
            (2, "Pitmaster", "2024-03-13", "Start the night before and hold the meat in a cooler.",
             "How early should I start the smoker?"),
            (3, "bbq_anne", "2024-03-14", "Cook one extra brisket: guests always eat more than planned.", "")]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_thread(name):
    url, platform, expected = CASES[name]
    html = (HTML / name).read_bytes()
    assert detect_platform(url, html) == platform
    parsed = parse_page(url, html)
    assert parsed.page_type == "forum_thread"
    assert parsed.kind == "forum"
    got = [(p.position, p.author, (p.published or "")[:len(e[2] or "")] or None, p.text, p.quoted)
           for p, e in zip(parsed.posts, expected)]
    assert got == expected
    assert len(parsed.posts) == len(expected)
    obj = to_page_object(parsed)
    assert obj["text"] == "\n\n".join(e[3] for e in expected)
    assert parsed.author == expected[0][1]


def test_navigation_and_sidebars_are_not_posts():
    html = (HTML / "threads/structure.html").read_bytes()
    parsed = parse_page("https://smokehouse.example/topic/catering-tips", html)
    assert "Brisket for a crowd" not in parsed.text and "Report" not in parsed.text
    assert parsed.title == "Catering tips"


def test_old_reddit_sidebar_is_not_a_post():
    html = (HTML / "threads/reddit-old.html").read_bytes()
    parsed = parse_page("https://old.reddit.com/r/science/comments/x1/lab_grown/", html)
    assert "Welcome to r/science" not in parsed.text


def test_blog_post_with_a_few_replies_stays_an_article():
    """Replies that look like a thread but hold little of the page: the article is the page."""
    html = (HTML / "threads/article-comments.html").read_bytes()
    url = "https://eng.example/post/why-we-moved-to-a-monorepo"
    page = Page.load(url, html)
    assert [n.text_content()[:18] for n in threads.structural_bodies(page)] == [
        "Great write-up, th", "What tool builds t"]
    parsed = parse_page(url, html)
    assert parsed.page_type != "forum_thread"
    assert "eleven days" in parsed.text and parsed.posts == []


def test_duplicated_article_is_not_a_thread():
    """Responsive themes render the same body twice: copies are not replies."""
    block = ("<div class='v'><div class='meta'><a href='/author/x'>X</a> <time datetime='2025-01-02'>2 Jan</time></div>"
             "<div class='txt'><p>" + "Same words of one article, long enough to count. " * 8 + "</p></div></div>")
    html = f"<html><body><div>{block}</div><div>{block}</div></body></html>"
    page = Page.load("https://x.example/post/one", html)
    assert threads.structural_bodies(page) == []


def test_discourse_shell_known_by_its_canonical_address():
    """A saved Discourse shell without its URL: the canonical link says it is a thread."""
    html = (HTML / "discourse/shell.html").read_text(encoding="utf-8").replace(
        "</head>", '<link rel="canonical" href="https://communaute-patrimoine.example/t/quel-courtier-pour-un-pea/500">'
                   "</head>")
    p = parse_page("", html)
    assert (p.platform, p.page_type) == ("discourse", "forum_thread")
    assert p.text == "Je cherche un courtier pour ouvrir un PEA avec peu de frais de courtage. Des avis ?"


def _board_page(consent: str) -> str:
    """A message board of no known engine (GameFAQs-like): short messages with signatures."""
    rows = "".join(
        f'<tr><td class="msg" id="message_{i}"><div class="msg_infobox"><a class="name" data-username="{who}"'
        f' href="/community/{who}"><b>{who}</b></a><span class="post_time" title="2/21/2024 5:0{i}:00 AM">'
        f'2 years ago</span><span class="message_num">#{i}</span></div><div class="msg_body"><div class="msg_text">'
        f'{text}</div><div class="signature"><div class="sig_text">Signature de {who} : investisseur prudent depuis 2009,'
        f' lecteur assidu des bulletins trimestriels et des rapports annuels.</div></div>'
        f"</div></td></tr>"
        for i, (who, text) in enumerate([("Lea", "La SCPI de rendement verse-t-elle encore 5 % ?"),
                                         ("Marc", "Plutôt 4,5 % net de frais cette année."),
                                         ("Lea", "Merci, je vais comparer les bulletins trimestriels.")], 1))
    return (f"<html><body><div id='header'><a href='/'>Accueil</a></div><h1>SCPI de rendement</h1>"
            f"<table class='board message'>{rows}</table>{consent}</body></html>")


def test_board_thread_behind_a_consent_dialog():
    """The consent manager's legal text (here 600 words) is not the page's: the messages are, and
    their signatures (longer than the messages, as on many boards) count as the thread's words."""
    legal = "<p>" + "Nous et nos partenaires stockons des informations sur votre appareil. " * 60 + "</p>"
    consent = f"<div id='onetrust-consent-sdk'><div id='onetrust-pc-sdk'>{legal}</div></div>"
    url = "https://boards.example/boards/2041-placements/80702016"
    parsed = parse_page(url, _board_page(consent))
    assert parsed.page_type == "forum_thread"
    assert [(p.position, p.author) for p in parsed.posts] == [(1, "Lea"), (2, "Marc"), (3, "Lea")]
    assert parsed.posts[1].text == "Plutôt 4,5 % net de frais cette année."
    assert "Signature" not in to_page_object(parsed)["text"] and "partenaires" not in parsed.text
    # the same messages at an address that says nothing of a thread: what the page holds decides
    assert parse_page("https://boards.example/about/2041", _board_page(consent)).page_type == "forum_thread"


def test_reply_made_only_of_an_unattributed_quote_is_its_text():
    """A source pasted in as a quote (Reddit's "> ") is what that message says; a quote with a
    citation is a reply's quote, kept apart."""
    def post(who, body):
        return (f"<div class='reply'><div class='meta'><a href='/u/{who}'>{who}</a> <time datetime='2025-03-01'>1 mars"
                f"</time></div><div class='reply-body'>{body}</div></div>")
    html = ("<html><body><h1>Taux du livret A</h1>"
            + post("ana", "<p>Le taux du livret A baisse au premier février, selon la Banque de France.</p>")
            + post("bob", "<blockquote><p>Le taux du livret A passe à 2,4 % le 1er février 2025.</p></blockquote>")
            + post("cid", "<blockquote><cite>bob a dit :</cite><p>passe à 2,4 %</p></blockquote><p>Encore net"
                          " de prélèvements, heureusement.</p>")
            + "</body></html>")
    parsed = parse_page("https://forum.example/topic/taux-livret-a", html)
    assert parsed.page_type == "forum_thread"
    assert [(p.author, p.text, p.quoted) for p in parsed.posts] == [
        ("ana", "Le taux du livret A baisse au premier février, selon la Banque de France.", ""),
        ("bob", "Le taux du livret A passe à 2,4 % le 1er février 2025.", ""),
        ("cid", "Encore net de prélèvements, heureusement.", "passe à 2,4 %")]


def test_plain_text_bylines_and_inserts_between_messages():
    """Mumsnet-like markup: the byline is plain text, "name · date"; a promo box in the messages'
    markup but without a byline is not a message."""
    def post(i, who, when, text):
        return (f'<div id="{150881830 + i}" class="post-wrap"><div class="font-bold">{who} &middot; '
                f'<span class="text-sm">{when}</span></div><div id="reply-body-{i}" class="post-body prose"><p>{text}'
                f"</p></div></div>")
    promo = ('<div class="post-wrap"><div id="reply-body-0" class="post-body prose"><p>Pour en savoir plus, visitez'
             " notre rubrique épargne.</p></div></div>")
    html = ("<html><body><h1>Vos placements pour 2026</h1>" + promo
            + post(1, "longshot", "03/03/2026 19:44", "Quels placements pour un livret A plein et un PEA ouvert ?")
            + post(2, "keepingsanity", "03/03/2026 19:49", "Une assurance-vie en unités de compte, à long terme.")
            + post(3, "FolioQuarto", "03/03/2026 19:53", "Et garder une épargne de précaution disponible.")
            + post(4, "HattiesBag", "03/03/2026 19:55", "Des fonds datés, si vous voulez un horizon connu.")
            + post(5, "MsSmartShoes", "03/03/2026 20:01", "Surtout diversifier, et ne pas tout miser sur un support.")
            + "</body></html>")
    parsed = parse_page("https://www.forum.example/threads/vos-placements.5498613/", html)
    assert parsed.page_type == "forum_thread"
    assert [(p.author, (p.published or "")[:10]) for p in parsed.posts] == [
        ("longshot", "2026-03-03"), ("keepingsanity", "2026-03-03"), ("FolioQuarto", "2026-03-03"),
        ("HattiesBag", "2026-03-03"), ("MsSmartShoes", "2026-03-03")]
    assert "rubrique" not in to_page_object(parsed)["text"]


def _post_with_comments(article_paragraphs: int) -> str:
    article = "".join(f"<p>Point {i} : un bilan patrimonial part des objectifs, de l'horizon et des revenus du foyer,"
                      " puis de ses placements existants.</p>" for i in range(article_paragraphs))
    items = "".join(
        f'<li class="comment-item"><div class="meta"><span class="name">Lecteur{i}</span> <span class="date">'
        f'0{1 + i % 9}/03/2025 10:1{i % 10}</span></div><div class="comment-text"><p>Merci, question {i} : que faire'
        " avec un PEA et une assurance-vie ouverts depuis dix ans ?</p></div></li>" for i in range(30))
    return (f"<html><head><title>Bilan patrimonial</title></head><body><h1>Bilan patrimonial : par où commencer ?</h1>"
            f"<div class='entry'>{article}</div><div id='comments'><h3>30 commentaires</h3>"
            f"<ul class='list'>{items}</ul></div></body></html>")


def test_article_at_a_thread_address_with_a_long_comment_thread_stays_an_article():
    """Webflow and Wix blogs publish at /post/slug: thirty comments under a real article do not
    make it a forum thread (its text would be lost)."""
    p = parse_page("https://www.cabinet-exemple.fr/post/bilan-patrimonial", _post_with_comments(10))
    assert (p.page_type, len(p.posts), len(p.comments)) == ("article", 0, 30)
    assert p.text.startswith("Point 0 : un bilan patrimonial") and p.comments[0].author == "Lecteur0"


def test_discussion_in_a_comments_container_without_an_article_is_a_thread():
    p = parse_page("https://www.cabinet-exemple.fr/post/bilan-patrimonial", _post_with_comments(0))
    assert (p.page_type, len(p.posts)) == ("forum_thread", 30)


CUSTOM = ["threads/custom-columns.html", "threads/custom-tables.html", "threads/custom-bylines.html"]
CUSTOM_MESSAGES = [("bernard56", "2026-10-02T09:12:00+02:00"), ("Martine_R", "2026-10-02T11:30:00+02:00"),
                   ("bernard56", "2026-10-02T14:05:00+02:00"), ("Expert-retraite", "2026-10-03T08:47:00+02:00")]


@pytest.mark.parametrize("name", CUSTOM)
@pytest.mark.parametrize("url", ["https://retraite-pratique.example/forum/retraite/racheter-des-trimestres-88",
                                 "https://retraite-pratique.example/sujet.php?id=88"])
def test_custom_forum_known_by_what_it_holds(name, url):
    """A forum of no known engine at an address that names no thread: its messages (a poster's column
    beside a dated text, a table per message, a plain "Par X le date" line over a bare <p>) make it a
    thread. The poster's column (message count, join date) is neither the text nor the date."""
    parsed = parse_page(url, (HTML / name).read_bytes())
    assert (parsed.platform, parsed.page_type, parsed.kind) == ("generic", "forum_thread", "forum")
    assert [(p.author, p.published) for p in parsed.posts] == CUSTOM_MESSAGES
    assert parsed.posts[2].text == "Merci Martine, je suis à 30 % et je compte partir à 62 ans si possible."
    text = to_page_object(parsed)["text"]
    assert not any(word in text for word in ("Messages :", "Inscrit", "Membre depuis", "Posté le", "Charte"))
    # the thread's next page, from its pagination block
    assert parsed.nav.threads == ["https://retraite-pratique.example/forum/retraite/racheter-des-trimestres-88?page=2"]


def _teasers(authors: list[str]) -> str:
    items = "".join(
        f'<div class="item"><h2><a href="/2026/03/billet-{i}">Billet {i} sur l\'assurance-vie</a></h2>'
        f'<p class="infos">Par <a href="/auteur/{who}">{who}</a> le 1{i}/03/2026</p>'
        f"<p>Les fonds euros ont servi un rendement moyen en hausse, et les unités de compte ont profité des marchés"
        f" actions ; reste à choisir la bonne allocation selon son horizon et son profil de risque ({i}).</p></div>"
        for i, who in enumerate(authors))
    return f"<html><body><h1>Magazine de l'épargne</h1>{items}</body></html>"


@pytest.mark.parametrize("name", CUSTOM)
def test_a_forum_inside_a_wordpress_page_is_a_thread(name):
    """A WordPress site's forum printed by a theme or plugin other than bbPress (a forum archive's
    div.forum-post blocks): the page is WordPress's, inside one <article class="entry">, with no comment;
    its messages make it a thread, kind forum, not a blog post. The same page as a lone post stays one."""
    html = (HTML / name).read_text(encoding="utf-8")
    html = (html.replace("<head>", '<head><meta name="generator" content="WordPress 6.7.1">')
            .replace("<h1>", '<main id="main"><article class="entry type-page"><h1>').replace("</body>", "</article></main></body>"))
    url = "https://retraite-pratique.example/discussions/topic/racheter-des-trimestres/"
    parsed = parse_page(url, html)
    assert (parsed.platform, parsed.kind, parsed.page_type) == ("wordpress", "forum", "forum_thread")
    assert [(p.author, p.published) for p in parsed.posts] == CUSTOM_MESSAGES
    lone = parse_page(url, (HTML / "wordpress" / "post.html").read_bytes())
    assert (lone.kind, lone.page_type) == ("blog", "article")


def test_a_listing_of_signed_teasers_is_not_a_thread():
    """Teasers signed and dated by several authors, each linking to its post, are a listing."""
    parsed = parse_page("https://epargne-mag.example/rubrique/assurance-vie", _teasers(["Sophie", "Marc", "Lina"]))
    assert parsed.page_type != "forum_thread" and parsed.posts == []


def test_short_post_above_its_comments_is_an_article():
    """Comments in a markup of their own under a short post (SPIP calls them its forum): most of the
    page's main text is the post, outside the messages, so the page stays an article."""
    post = ("<p>Après 70 ans, seuls les versements au-delà de 30 500 euros sont taxés au décès, les intérêts restent"
            " exonérés. Beaucoup d'épargnants oublient de relire leur clause bénéficiaire après un mariage ou une"
            " naissance, et diversifier sur deux assureurs limite le risque.</p>")
    replies = "".join(f'<div class="reponse"><p class="infos">Par <a href="/membres/{who}">{who}</a> le 0{i}/09/2026'
                      f" 10:1{i}</p><p>{text}</p></div>"
                      for i, (who, text) in enumerate([("Cedric", "Et pour un contrat ouvert avant 1998 ?"),
                                                       ("Sophie", "Les primes versées avant 1998 ont un régime à part."),
                                                       ("Mehdi", "Merci, très clair.")], 1))
    html = (f"<html><body><h1>Assurance-vie après 70 ans</h1><p class='date'>Publié le 24 août 2026</p>"
            f"<div class='texte'>{post}</div>{replies}</body></html>")
    parsed = parse_page("https://www.patrimoine-pratique.example/spip.php?article13", html)
    assert parsed.page_type == "article" and "30 500" in parsed.text


def test_one_voice_without_a_forum_address_is_not_a_thread():
    """Dated, signed messages all by one member, with no member's column beside them, on a page with
    no forum address: a blog's archive of whole posts as often as a thread nobody answered; only a
    forum's address or markup says thread there."""
    html = (HTML / "threads/custom-bylines.html").read_text(encoding="utf-8")
    for other in ("Martine_R", "Expert-retraite"):
        html = html.replace(other, "bernard56")
    assert parse_page("https://retraite-pratique.example/archives/88", html).page_type != "forum_thread"
    assert parse_page("https://retraite-pratique.example/viewtopic.php?t=88", html).page_type == "forum_thread"


@pytest.mark.parametrize("name", ["threads/custom-columns.html", "threads/custom-tables.html"])
def test_one_voice_beside_a_members_column_is_a_thread(name):
    """A custom forum whose administrator asks and answers under one account: each message sits beside
    the member's figures ("Messages : 107", "Membre depuis 2019"), which no blog archive shows, so the
    page is a thread whatever its address, and the forum rules can read it."""
    html = (HTML / name).read_text(encoding="utf-8")
    for other in ("Martine_R", "Expert-retraite"):
        html = html.replace(other, "bernard56")
    parsed = parse_page("https://retraite-pratique.example/archives/88", html)
    assert parsed.page_type == "forum_thread"
    assert [p.author for p in parsed.posts] == ["bernard56"] * 4


def test_a_poster_column_gives_its_first_line_as_the_name():
    """"<td class=auteur><b>jean56</b><br>Inscrit en 2019</td>": the name, not the column; an inline
    handle ("db0<small>@lemmy.dbzer0.com</small>") is one name."""
    column = etree.fromstring("<td class='auteur'>Par <b>jean56</b><br/>Inscrit en 2019<br/>12 messages</td>")
    assert threads._column_name(column) == "jean56"
    handle = etree.fromstring("<a class='username'>db0<small>@lemmy.dbzer0.com</small></a>")
    assert threads._column_name(handle) is None
    alone = etree.fromstring("<div class='author'><b>Jean</b><br/>Modérateur</div>")
    assert threads._column_name(alone) is None  # what follows the name holds no figure: not a column


@pytest.mark.parametrize("url, offset", [
    ("https://f.example/sujet/88", 0), ("https://f.example/sujet/88?page=1", 0),
    ("https://f.example/sujet/88?page=3", 2 * threads.PAGE_STRIDE), ("https://f.example/t/a/page/2/", threads.PAGE_STRIDE),
    ("https://f.example/threads/a.1/page-4", 3 * threads.PAGE_STRIDE), ("https://f.example/topic?t=8&start=20", 20),
    ("https://f.example/pages=3-conseils", 0)])
def test_page_offset_keeps_a_threads_pages_apart(url, offset):
    assert threads.page_offset(url) == offset


def test_numbered_pager_links_are_pages_and_a_year_is_not():
    html = ("<html><body><h1>Sujets</h1><p>x</p><div class='pages'><a href='/forum?page=2'>2</a>"
            "<a href='/forum?page=3'>3</a></div><div class='archives'><a href='/2024/'>2024</a></div></body></html>")
    page = Page.load("https://f.example/forum", html)
    assert pager_links(page) == ["https://f.example/forum?page=2", "https://f.example/forum?page=3"]


def test_a_messages_counter_is_no_page_of_its_thread():
    """vBulletin 5 numbers its messages "#2" to `?p=351#post351`, `p` the post: no page of the thread (round 8's
    communities spent 52 of 67 pages on them, stop 43). `?p=2` with no fragment naming a message stays a page."""
    thread = "https://f.example/forum/epargne/110-renegocier-un-pret"
    html = (f"<html><body><h1>Sujet</h1><ul><li><a class='b-post__count' href='{thread}?p=351#post351'>#2</a></li>"
            f"<li><a class='b-post__count' href='{thread}?p=352#post352'>#3</a></li></ul>"
            f"<div class='pages'><a href='/forum?p=2'>2</a></div></body></html>")
    page = Page.load(thread, html)
    assert pager_links(page) == ["https://f.example/forum?p=2"]

