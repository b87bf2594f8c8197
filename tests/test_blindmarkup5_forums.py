"""Round 8's blind markups of writer F: the forums (vBulletin 5 Connect default style, Kunena 6 "Aurelia" in a Joomla
site) on the evaluation web: every forum drawn in them renders, every page answers, every message is on its thread's
pages in order, pagination reaches everything, feeds parse, output is deterministic and escaped; then the news markup
(WordPress with ThemeGrill's ColorMag), in a section of its own."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime

import pytest

from sectorweb import families
from sectorweb.dates import NOW
from tests.test_blindmarkup2_blogs import (_path, assert_feeds_and_listing, assert_hostile_blog_escaped, assert_pages_answer,
                                           assert_permalinks_vary, assert_posts_hold_their_text)
from tests.test_blindmarkup2_forums import assert_forum_pages_answer, assert_messages_in_order
from tests.test_blindmarkup3_forums import test_hostile_text_is_escaped_and_rendering_is_deterministic as hostile_forum_check
from tests.test_blindmarkup4_forums import _links
from tests.test_blindmarkup_blogs import _hostile_as
from tests.test_blindmarkup_forums import (_hostile_forum, _mod, _pages, assert_attributes_quoted, assert_forums_render,
                                          assert_pagination_reaches_everything, blind_forum_web)

MARKUPS = ["vbulletin5", "kunena"]


@pytest.fixture(scope="module")
def web():
    return blind_forum_web("blind5", MARKUPS)


def _thread_pages(mod, forum, thread):
    """The item pages of one thread, in order: its first page and that URL's pages (vBulletin 5's `/pageN`,
    Kunena's `?start=N`)."""
    base = mod.thread_url(forum.host, thread).split(forum.host, 1)[1]
    return [p for p, _, _ in mod.item_pages(forum)
            if p == base or p.startswith(base + "/page") or p.startswith(base + "?start=")]


def _n_pages(platform, forum, thread):
    return -(-len(thread.messages) // forum.posts_per_page)


def test_every_blind5_forum_markup_draws_forums_that_render(web):
    assert_forums_render(*web, MARKUPS)


def test_every_page_answers(web):
    assert_forum_pages_answer(*web)


def test_every_message_is_on_its_thread_pages_in_order(web):
    assert_messages_in_order(*web, _thread_pages, _n_pages, one_document_a_page=True, signatures=True)


def test_listing_pagination_reaches_every_thread_and_thread_pagination_every_page(web):
    """vBulletin 5's page buttons carry no href (a script loads the pages): its toolbar's arrows and the head's
    `<link rel="next">` are the crawler's way; Kunena's pagination links `?start=N`."""
    assert_pagination_reaches_everything(*web, links=_links, thread_paths=_thread_pages)


def test_feeds_parse_as_xml(web):
    site, sources = web
    kinds = set()
    for s in sources:
        for path, pg in _pages(site, s.host).items():
            if pg.status == 200 and "xml" in pg.content_type:
                ET.fromstring(pg.body)
                kinds.add((s.platform, pg.content_type.split(";")[0]))
    assert ("vbulletin5", "application/rss+xml") in kinds
    assert ("kunena", "application/rss+xml") in kinds


def test_topic_urls_hold_the_forum_path_and_links_in_messages_answer(web):
    """A topic's URL holds its channel (category) path, also when a maker asks for it before the forum is rendered
    (the FAQ link of a moderation robot); every link of a message to its own host answers."""
    site, sources = web
    for s in sources:
        forum = site.content[s.host]
        for b in forum.boards:
            for t in b.threads:
                path = families.thread_url(s.platform, s.host, t).split(s.host, 1)[1]
                assert path.count("/") >= (4 if s.platform == "vbulletin5" else 3), path
        for t in forum.threads():
            for m in t.messages:
                for u in re.findall(r"https?://\S+", " ".join(m.text)):
                    if f"//{s.host}/" in u:
                        assert site.lookup(s.host, u.split(s.host, 1)[1].rstrip(".,;:!?)")).status == 200, u


@pytest.mark.parametrize("markup", MARKUPS)
def test_hostile_text_is_escaped_and_rendering_is_deterministic(markup):
    hostile_forum_check(markup)  # round 6's checks: escaped, double-quoted attributes, deterministic, page cache
    pages, _ = _mod(markup).render(_hostile_forum(markup))
    for path, pg in pages.items():
        if "html" in pg.content_type:
            assert "<!-- &" not in re.sub(r"<script\b[^>]*>.*?</script>", "", pg.body.decode(), flags=re.S), (markup, path)


def test_vbulletin5_urls_dates_quotes():
    mod = _mod("vbulletin5")
    assert mod.urlident("L'été & \"vous\" : 100% PEA") == "l-été-vous-100-pea"
    assert mod.urlident("2026 : bilan") == "-2026-bilan"
    forum = _hostile_forum("vbulletin5")
    t = forum.boards[0].threads[0]
    roots = {mod.root_of(f"h{i}.test") for i in range(30)}
    assert roots == {"forum", "forums"}
    pages, _ = mod.render(forum, now=datetime(2026, 3, 5, 9, 0))
    first = mod.thread_url(forum.host, t).split(forum.host, 1)[1]
    assert first.startswith("/forum/catégorie-script-alert-1-script-q-script-") and "/7-titre-script" in first
    body = pages[first].body.decode()
    v = mod._VB5(forum, datetime(2026, 3, 5, 9, 0))
    stamp = v.when(t.messages[0].when)
    assert stamp in ("Hier, 10:00", "Hier, 10h00", "04/03/2026, 10:00", "04/03/2026, 10h00", "4 mars 2026, 10:00")
    assert f'<time itemprop="dateCreated" datetime="2026-03-04T10:00:00+01:00">{stamp}</time>' in body
    assert "Envoyé par <strong>Zoé0 &lt;b&gt;</strong>" in body and '<div class="post-signature restore">' in body
    assert '<link rel="next" href="http://hostile-vbulletin5.test' + first + '/page2" />' in body
    assert 'class="arrow right-arrow " data-page="2" title="Page suivante" rel="next"' in body
    assert pages[f"{first}/page3"].status == 200 and f"{first}?p=25" in pages
    assert pages["/node/7"].status == 301 and "/external?type=rss2" in pages
    assert '<a class="b-post__count" href="http://hostile-vbulletin5.test' + first + '?p=7#post7">#1</a>' in body


def test_kunena_urls_dates_quotes():
    mod = _mod("kunena")
    assert mod.url_safe("L'été & les œuvres : 100% PEA") == "l-ete-les-oeuvres-100-pea"
    forum = _hostile_forum("kunena")
    t = forum.boards[0].threads[0]
    fronts = {mod.front(f"h{i}.test") for i in range(40)}
    assert fronts == {"/forum", "/forums", "/index.php/forum", "/index.php/forums"}, fronts
    now = datetime(2026, 5, 20, 18, 0)
    v = mod._Kunena(forum, now)
    assert v.ago(datetime(2026, 3, 4, 10, 0)) == "il y a 2 mois 2 semaines"
    assert v.ago(datetime(2026, 5, 20, 17, 0)) == "il y a 1 heure"
    assert v.kdate(datetime(2026, 5, 19, 8, 5), "datetime_today") == "Hier 08:05"
    assert v.fmt(datetime(2026, 3, 4, 10, 0)) == "04 Mars 2026 10:00"
    pages, _ = mod.render(forum, now=now)
    first = mod.thread_url(forum.host, t).split(forum.host, 1)[1]
    body = pages[first].body.decode()
    assert f'title="{v.fmt(t.messages[0].when)}">{v.kdate(t.messages[0].when)}</span>' in body
    assert '<a href="#1" id="1" rel="canonical">#1</a>' in body
    assert 'Zoé0 &lt;b&gt; écrit:' in body and '<span class="ksignature">' in body
    assert f'<link href="{first}?start=10" rel="next">' in body
    assert "a été créé par" in body and "Réponse de <em>" in body
    assert pages[first + "?start=20"].status == 200
    assert any(k.endswith("feed/mode-topics?format=feed&type=rss") for k in pages)


def test_thread_url_is_the_modules_rule(web):
    site, sources = web
    for s in sources[:10]:
        t = site.content[s.host].threads()[0]
        assert families.thread_url(s.platform, s.host, t) == _mod(s.platform).thread_url(s.host, t)


# -- the news markup: WordPress + ColorMag --------------------------------------------------------------------------


def _colormag():
    return _mod("colormag")


@pytest.fixture(scope="module")
def news_web(web):
    site, _ = web
    return site


def test_news_posts_hold_their_text_and_comments(news_web):
    assert_posts_hold_their_text(news_web, "colormag", _colormag().comment_anchor)


def test_news_pages_answer_and_xml_parses(news_web):
    # WordPress's shortlinks /?p=N are its only redirects
    assert_pages_answer(news_web, "colormag", lambda path: path.startswith("/?p="))


def test_news_feed_sitemap_parse_and_listing_reaches_every_post(news_web):
    """ColorMag's listings have "← Précédent" (older posts) and "Suivant →" links, no page numbers."""
    assert_feeds_and_listing(news_web, "colormag", r'<li class="previous"><a href="([^"]+)" >&larr; Précédent</a>',
                             entities=("&#038;",), sitemap_required=True)


def test_news_hostile_text_is_escaped_and_output_deterministic():
    assert_hostile_blog_escaped("colormag")
    pages, _ = _colormag().render(_hostile_as("colormag"), NOW, None)
    for key, pg in pages.items():
        if "html" in pg.content_type:
            body = re.sub(r"<script\b[^>]*>.*?</script>", "", pg.body.decode(), flags=re.S)
            assert_attributes_quoted(body, key)


def test_news_permalink_settings_vary_by_host():
    assert_permalinks_vary("colormag")


def test_news_dates_meta_and_comments():
    mod = _colormag()
    b = _hostile_as("colormag")
    post = b.posts[0]
    pages, _ = mod.render(b)
    body = pages[_path(mod.permalink("hostile.test", post), "hostile.test")].body.decode()
    v = mod._ColorMag(b)
    d = v.date_format(post.when)
    assert d in ("1 mai 2026", "01/05/2026")
    assert f'<time class="entry-date published updated" datetime="2026-05-01T09:00:00+02:00">{d}</time>' in body
    assert '<div class="above-entry-meta"><span class="cat-links">' in body and 'rel="category tag">Épargne &amp; &lt;i&gt;' in body
    assert f"{v.date_format(post.comments[0].when)} à {v.time_format(post.comments[0].when)}" in body
    assert "Auteur de l’article" in body and 'class="comment-permalink"' in body
    assert "Une réflexion" not in body and "2 réflexions sur &laquo;&nbsp;<span>Test &lt;script&gt;" in body
    assert "Les commentaires sont fermés." in body  # post 1: comments closed, its two comments shown
    formats = set()
    for i in range(40):
        b = _hostile_as("colormag")
        b.host = f"h{i}.test"
        v = mod._ColorMag(b)
        formats.add((v.datefmt, v.timefmt, v.ticker, v.show_date))
    assert len(formats) >= 6, formats


def test_vbulletin5_lists_are_read_and_post_counters_are_no_pages():
    """Round 8's vBulletin 5 forums were read through their feed alone (15 newest topics): the parser knew no vB5
    list (display_Forums_item's tr.forum-item > a.forum-title, display_Topics_item's tr.topic-item >
    a.topic-title), and took each message's counter ("#2" to `?p=N#postN`, `p` the post) for a page of the thread:
    52 of a community's 67 pages (stop 43)."""
    from urllib.parse import unquote

    from spiders.parsers import parse_page
    mod = _mod("vbulletin5")
    forum = _hostile_forum("vbulletin5")
    now = datetime(2026, 3, 5, 9, 0)
    pages, _ = mod.render(forum, now=now)
    base = f"http://{forum.host}"
    home = parse_page(base + "/", pages["/"].body, now=now)
    assert home.page_type == "home" and home.nav.boards
    key = {unquote(k).replace("\u2028", ""): k for k in pages}  # the hostile names' separators, as links drop them
    board = key[unquote(home.nav.boards[0].split(forum.host, 1)[1]).replace("\u2028", "")]
    listing = parse_page(base + board, pages[board].body, now=now)
    assert listing.page_type == "listing" and listing.nav.threads
    t = forum.boards[0].threads[0]
    first = mod.thread_url(forum.host, t).split(forum.host, 1)[1]
    thread = parse_page(base + first, pages[first].body, now=now)
    assert thread.page_type == "forum_thread" and base + first + "/page2" in thread.nav.pages
    assert not [u for u in thread.nav.pages + thread.nav.threads if "?p=" in u]
