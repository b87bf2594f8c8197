"""Round 9's blind markups of writer I: the forums (PunBB 1.4 with Oxygen, Forumactif in its ModernBB version) on the
evaluation web: every forum drawn in them renders, every page answers, every message is on its thread's pages in
order, pagination reaches everything, feeds parse, URLs vary by host as designed, output is deterministic and escaped;
then the news markup (WordPress with Themeansar's Newsup), in a section of its own."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import datetime
from html import unescape

import pytest

from sectorweb import families
from sectorweb.dates import NOW
from sectorweb.families.common import _URL
from tests.test_blindmarkup2_blogs import (_path, assert_feeds_and_listing, assert_hostile_blog_escaped, assert_pages_answer,
                                           assert_permalinks_vary, assert_posts_hold_their_text)
from tests.test_blindmarkup2_forums import assert_forum_pages_answer
from tests.test_blindmarkup4_forums import _links
from tests.test_blindmarkup_blogs import _blogs, _hostile_as
from tests.test_blindmarkup_forums import (_hostile_forum, _mod, _pages, assert_attributes_quoted, assert_forums_render,
                                          assert_pagination_reaches_everything, blind_forum_web)

MARKUPS = ["punbb", "forumactif_modernbb"]


@pytest.fixture(scope="module")
def web():
    """The development draw in round 9's markups."""
    return blind_forum_web("blind6", MARKUPS)


def _view(mod, forum, now=NOW):
    return mod._PunBB(forum, now) if mod.__name__.endswith("punbb") else mod._ModernBB(forum, now)


def _thread_pages(mod, forum, thread):
    """The item pages of one thread, in order."""
    v = _view(mod, forum)
    return [v.thread_path(thread, k) for k in range(v.n_pages(len(thread.messages), forum.posts_per_page))]


def _flat(html: str) -> str:
    """A page's text as a reader gets it: scripts dropped, entities decoded, blanks collapsed."""
    html = re.sub(r"<script\b[^>]*>.*?</script>", " ", html, flags=re.S)
    return " ".join(unescape(html).replace("\xa0", " ").split())


def assert_messages_in_order_as_text(site, sources):
    """Each thread's pages hold its title and every message's author and words (around its URLs), in order, and every
    signature; compared on decoded text, as PunBB encodes apostrophes (`&#039;`)."""
    for s in sources:
        forum, mod, pages = site.content[s.host], _mod(s.platform), _pages(site, s.host)
        for t in forum.threads():
            paths = _thread_pages(mod, forum, t)
            assert all(pages[p].status == 200 for p in paths), (s.host, paths)
            bodies = [pages[p].body.decode() for p in paths]
            assert all(b.count("</html>") == 1 for b in bodies)  # one document a page
            text = _flat("".join(bodies))
            pos = 0
            for m in t.messages:
                at = text.find(" ".join(m.author.split()), pos)
                assert at >= 0, (s.platform, s.host, t.id, m.id, m.author)
                pos = at
                for seg in (" ".join(x.split()) for p in m.text for x in _URL.split(p) if x.strip()):
                    at = text.find(seg, pos)
                    assert at >= 0, (s.platform, s.host, t.id, m.id, seg)
                    pos = at + len(seg)
                if m.signature:
                    assert all(" ".join(x.split()) in text for x in _URL.split(m.signature) if x.strip()), (s.platform, m.id)
            assert " ".join(t.title.split()) in text, (s.platform, t.id)


def test_every_blind6_forum_markup_draws_forums_that_render(web):
    assert_forums_render(*web, MARKUPS)


def test_every_page_answers(web):
    """200 with a body, or PunBB's 302s (`action=new` to `action=last` to the post): every redirect lands on a page."""
    assert_forum_pages_answer(*web)
    site, sources = web
    for s in sources:
        for path, pg in _pages(site, s.host).items():
            if pg.status == 302:
                target = pg.headers["Location"].split(s.host, 1)[1].split("#")[0]
                assert site.lookup(s.host, target).status in (200, 302), (s.host, path, target)


def test_every_message_is_on_its_thread_pages_in_order(web):
    assert_messages_in_order_as_text(*web)


def test_listing_pagination_reaches_every_thread_and_thread_pagination_every_page(web):
    assert_pagination_reaches_everything(*web, links=_links, thread_paths=_thread_pages)


def test_feeds_parse_as_xml(web):
    site, sources = web
    kinds = set()
    for s in sources:
        for path, pg in _pages(site, s.host).items():
            if pg.status == 200 and "xml" in pg.content_type:
                root = ET.fromstring(pg.body)
                kinds.add((s.platform, pg.content_type.split(";")[0], root.tag))
    assert ("punbb", "text/xml", "rss") in kinds and ("punbb", "text/xml", "{http://www.w3.org/2005/Atom}feed") in kinds
    assert ("forumactif_modernbb", "application/rss+xml", "rss") in kinds


def test_thread_url_is_the_modules_rule(web):
    site, sources = web
    for s in sources[:12]:
        t = site.content[s.host].threads()[0]
        assert families.thread_url(s.platform, s.host, t) == _mod(s.platform).thread_url(s.host, t)


@pytest.mark.parametrize("markup", MARKUPS)
def test_hostile_text_is_escaped_and_rendering_is_deterministic(markup):
    """Round 4's checks (escaped also in scripts, JSON-LD parses, quoted attributes, deterministic, page cache), but
    for the engine's own `<b>` (Forumactif's pagination bolds the current page): no model name in a raw `<b>`."""
    mod = _mod(markup)
    forum = _hostile_forum(markup)
    pages, missing = mod.render(forum)
    again, missing2 = mod.render(_hostile_forum(markup))
    assert pages.keys() == again.keys() and missing == missing2 and all(pages[p] == again[p] for p in pages)
    assert missing.status == 404 and "Crawl-delay: 5" in pages["/robots.txt"].body.decode()
    for path, pg in pages.items():
        body = pg.body.decode()
        if "html" in pg.content_type:
            for code in re.findall(r"<script\b[^>]*>(.*?)</script>", body, re.S):
                assert "<b>" not in code and "<script" not in code and "<!--" not in code, (markup, path)
            for data in re.findall(r'<script[^>]*type="application/ld\+json"[^>]*>(.*?)</script>', body, re.S):
                json.loads(data)
            body = re.sub(r"<script\b[^>]*>.*?</script>", "", body, flags=re.S)
            assert "<script>alert" not in body and not re.search(r"Zoé\d <b>", body), (markup, path)
            assert "<!-- &" not in body, (markup, path)
            assert_attributes_quoted(body, (markup, path))
        if "xml" in pg.content_type:
            ET.fromstring(pg.body)
    first = mod.thread_url(forum.host, forum.boards[0].threads[0]).split(forum.host, 1)[1]
    assert "Titre &lt;script&gt;alert(1)&lt;/script&gt;" in pages[first].body.decode()
    kept = {p: pages[p] for p, _, _ in mod.item_pages(forum)}
    again, _ = mod.render(_hostile_forum(markup), keep=kept)
    assert again.keys() == pages.keys() and all(again[p] == pages[p] for p in pages)
    src = type("Src", (), {"host": forum.host, "platform": markup})()
    assert_messages_in_order_as_text(_HostileSite(forum, pages), [src])


class _HostileSite:
    """The pages of one rendered forum, as `assert_messages_in_order_as_text` reads a site."""

    def __init__(self, forum, pages):
        self.content = {forum.host: forum}
        self.pages = {(forum.host, p): pg for p, pg in pages.items()}


# -- PunBB -------------------------------------------------------------------------------------------------------------

def test_punbb_url_schemes_and_sef_names():
    mod = _mod("punbb")
    assert mod.sef_friendly("L'été & \"vous\" : 100% PEA") == "lete-vous-100-pea"
    assert mod.sef_friendly("Œuvres, Ärger") == "oeuvres-aerger" and mod.sef_friendly("???") == "view"
    t = _hostile_forum("punbb").boards[0].threads[0]
    shapes = {re.sub(r"\d+", "N", mod.thread_url(f"h{i}.test", t).split(".test", 1)[1]) for i in range(80)}
    assert shapes == {"/viewtopic.php?id=N", "/topicN.html", "/topicN-titre-scriptalertNscript-q-script.html", "/topic/N/",
                      "/topic/N/titre-scriptalertNscript-q-script/"}, shapes
    formats = {tuple(sorted(mod.options(f"h{i}.test").items())) for i in range(60)}
    assert len({dict(o)["format"] for o in formats}) == 3 and len({dict(o)["dst"] for o in formats}) == 2


def test_punbb_topic_page_markup_dates_and_pages():
    mod = _mod("punbb")
    forum = _hostile_forum("punbb")
    host = next(f"h{i}.test" for i in range(100) if mod.scheme_of(f"h{i}.test") == "Default"
                and mod.options(f"h{i}.test")["format"] == ("Y-m-d", "H:i:s") and mod.options(f"h{i}.test")["dst"] == 0)
    forum.host = host
    pages, missing = mod.render(forum, now=datetime(2026, 3, 5, 9, 0))
    body = pages["/viewtopic.php?id=7"].body.decode()
    # Paris 10:00 in winter is 09:00 UTC, shown at UTC+1 without DST; the day before "today" is "Hier"
    assert '<span class="post-link"><a class="permalink" rel="bookmark" title="Lien permanent vers ce message" ' \
           f'href="http://{host}/viewtopic.php?pid=1#p1">Hier 10:00:00</a></span>' in body
    assert '<span class="post-byline"><span>Sujet de </span><a title="Aller au profil de Zoé0 &lt;b&gt;"' in body
    assert '<span class="post-byline"><span>Réponse de </span>' in body
    assert '<div class="quotebox"><cite>Zoé0 &lt;b&gt; a écrit:</cite><blockquote><p>' in body
    assert '<div class="sig-content"><span class="sig-line"><!-- --></span>' in body
    assert "(Page 1) — Salon" in body and '<span class="item-info">Messages : 1 à 10 sur 25</span>' in body
    assert f'<link rel="next" href="http://{host}/viewtopic.php?id=7&amp;p=2" title="Page 2" />' in body
    assert '<li class="usertitle"><span>Administrator</span></li>' in body and '<meta name="description"' in body
    assert pages["/viewtopic.php?id=7&p=3"].status == 200 and pages["/viewforum.php?id=3"].status == 200
    pid = pages["/viewtopic.php?pid=12"].body.decode()
    assert '<meta name="ROBOTS" content="NOINDEX, FOLLOW" />' in pid and 'id="p12"' in pid
    new = pages["/viewtopic.php?id=7&action=new"]
    assert new.status == 302 and new.headers["Location"] == f"http://{host}/viewtopic.php?id=7&action=last"
    assert pages["/viewtopic.php?id=7&action=last"].headers["Location"] == f"http://{host}/viewtopic.php?pid=25#p25"
    assert "Disallow: /search.php" in pages["/robots.txt"].body.decode() and missing.status == 404
    old, _ = mod.render(forum, now=datetime(2026, 4, 1, 9, 0))
    assert ">2026-03-04 10:00:00</a>" in old["/viewtopic.php?id=7"].body.decode()
    rss = ET.fromstring(pages["/extern.php?action=feed&type=rss"].body)
    assert [i.findtext("link") for i in rss.iter("item")][0] == f"http://{host}/viewtopic.php?id=8&action=new"
    assert "+0000" in rss.find("channel").findtext("lastBuildDate")


# -- Forumactif ModernBB ------------------------------------------------------------------------------------------------

def test_modernbb_markup_dates_and_pagination():
    mod = _mod("forumactif_modernbb")
    forum = _hostile_forum("forumactif_modernbb")
    host = next(f"h{i}.test" for i in range(100) if mod.options(f"h{i}.test")["date"] == "default")
    forum.host = host
    pages, _ = mod.render(forum, now=datetime(2026, 3, 5, 9, 0))
    first = mod.thread_url(host, forum.boards[0].threads[0]).split(host, 1)[1]
    assert first == "/t7-titre-alert-1-q"
    body = pages[first].body.decode()
    assert '<body id="modernbb">' in body and '<div id="p1" class="post row1 post--1" style="">' in body
    assert '<div class="postprofile-name">' in body and '<div class="topic-date">\n\t\t\t\t\tHier à 10:00' in body
    assert '<blockquote><div><cite>Zoé0 &lt;b&gt; a écrit:</cite>' in body and '<div class="signature_div" id="sig2">' in body
    assert 'Aller à la page</a> : <b>1</b>, <a href="/t7p10-titre-alert-1-q">2</a>, <a href="/t7p20-titre-alert-1-q">3</a>' in body
    assert f'<link rel="canonical" href="http://{host}/t7-titre-alert-1-q" />' in body
    lds = [json.loads(x) for x in re.findall(r'<script type="application/ld\+json">(.*?)</script>', body)]
    assert lds[1]["@type"] == "DiscussionForumPosting" and lds[1]["interactionStatistic"]["userInteractionCount"] == "24"
    assert lds[1]["author"]["name"] == "Zoé0 &lt;b&gt;"
    old, _ = mod.render(forum, now=datetime(2026, 4, 1, 9, 0))
    assert "Mer 4 Mar 2026 - 10:00" in old[first].body.decode()
    portals = {mod.options(f"h{i}.test")["portal"] for i in range(40)}
    assert portals == {True, False}
    for i in range(40):
        forum.host = f"h{i}.test"
        pages, _ = mod.render(forum)
        assert pages["/forum"].status == 200 and pages["/"].status == 200
        assert (b"Sujets r\xc3\xa9cents" in pages["/"].body) == mod.options(f"h{i}.test")["portal"]


# -- the news markup: WordPress + Newsup ---------------------------------------------------------------------------------

def _newsup():
    return _mod("newsup")


@pytest.fixture(scope="module")
def news_web(web):
    site, _ = web
    return site


def test_news_posts_hold_their_text_and_comments(news_web):
    assert _blogs(news_web, "newsup")
    assert_posts_hold_their_text(news_web, "newsup", _newsup().comment_anchor)


def test_news_pages_answer_and_xml_parses(news_web):
    assert_pages_answer(news_web, "newsup", lambda path: path.startswith("/?p="))  # core's shortlink redirects


def test_news_feed_sitemap_parse_and_listing_reaches_every_post(news_web):
    assert_feeds_and_listing(news_web, "newsup", r'<a class="next page-numbers" href="([^"]+)">', entities=("&#038;",),
                             sitemap_required=True)


def test_news_month_archives_answer(news_web):
    """Every date in a list links to its month archive (`newsup_date_content`), which lists the month's posts."""
    for host, blog in _blogs(news_web, "newsup")[:6]:
        html = news_web.lookup(host, "/").body.decode()
        months = set(re.findall(r'<span class="mg-blog-date"><i class="fas fa-clock"></i>\s*<a href="([^"]+)">', html))
        assert months, host
        for u in months:
            pg = news_web.lookup(host, _path(unescape(u).replace("&#038;", "&"), host))
            assert pg.status == 200 and "Mois : <span>" in pg.body.decode(), (host, u)


def test_news_hostile_text_is_escaped_and_output_deterministic():
    assert_hostile_blog_escaped("newsup")
    pages, _ = _newsup().render(_hostile_as("newsup"), NOW, None)
    for key, pg in pages.items():
        if "html" in pg.content_type:
            assert_attributes_quoted(pg.body.decode(), key)


def test_news_permalink_settings_and_options_vary_by_host():
    assert_permalinks_vary("newsup")
    seen = {tuple(sorted(_newsup().options(f"h{i}.test").items())) for i in range(60)}
    assert len({dict(o)["layout"] for o in seen}) == 3 and len({dict(o)["date"] for o in seen}) == 2


def test_news_single_markup_dates_and_comments():
    mod = _newsup()
    b = _hostile_as("newsup")
    post = b.posts[0]
    pages, _ = mod.render(b)
    body = pages[_path(mod.permalink("hostile.test", post), "hostile.test")].body.decode()
    v = mod._Newsup(b)
    assert '<h1 class="title single"> <a title="Lien permanent vers&nbsp;: Test &lt;script&gt;' in body
    assert '<div class="mg-blog-category"><a class="newsup-categories category-color-1"' in body
    assert '<span class="mg-blog-date"><i class="fas fa-clock"></i> \n                                    Mai 1, 2026' in body
    assert '<a href="http://hostile.test/tag/impots/">#Impôts</a>' in body
    assert f"{v.date_format(post.comments[0].when)} à {v.time_format(post.comments[0].when)}" in body
    assert '2 réflexions sur &laquo;&nbsp;Test &lt;script&gt;' in body and '<span class="says">dit :</span>' in body
    assert '<div id="comments" class="comments-area mg-card-box padding-20 mb-md-0 mb-4">' in body
    assert "Les commentaires sont fermés." in body  # post 1: comments closed, its two comments shown
    home = pages["/"].body.decode()
    assert '<h1 class="site-title">' in home and '<section class="mg-latest-news-sec">' in home
    assert '<article id="post-11" class="d-md-flex mg-posts-sec-post align-items-center post-11 post type-post' in home
