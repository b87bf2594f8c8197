"""Round 6's blind markups of writer D: the forums (SMF 2.0 Curve, phpBB 2 subSilver) on the evaluation web, every
forum drawn in them renders, every message is on its thread's pages in order, pagination reaches everything, feeds
parse, output is deterministic and escaped; then the news markup (SPIP with a third-party set of squelettes)."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html import unescape
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import pytest

from sectorweb import families
from sectorweb.dates import NOW
from sectorweb.families.common import esc
from tests.test_blindmarkup2_blogs import _path
from tests.test_blindmarkup2_forums import assert_forum_pages_answer, assert_messages_in_order
from tests.test_blindmarkup_blogs import _blogs, _hostile, norm, text_of
from tests.test_blindmarkup_forums import (_hostile_forum, _mod, _pages, _segments, assert_forums_render,
                                          assert_attributes_quoted, assert_pagination_reaches_everything, blind_forum_web)

MARKUPS = ["smf20", "phpbb2"]


@pytest.fixture(scope="module")
def web():
    return blind_forum_web("blind3", MARKUPS)


def _links(path, body, host):
    """Same-host links of a page, `&amp;` decoded and the engine's ignored parameters (phpBB 2's `sid`,
    `postdays`...) dropped, as the site answers them."""
    ignored = set().union(*(_mod(m).IGNORED_PARAMS for m in MARKUPS))
    out = []
    for href in re.findall(r"""href=["']([^"']+)["']""", body):
        u = urlsplit(urljoin(f"http://{host}{path}", unescape(href)))
        if u.netloc != host:
            continue
        query = u.query
        if "&" in query or "sid=" in query:
            query = urlencode([(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k not in ignored], safe=";")
        out.append(u.path + (f"?{query}" if query else ""))
    return out


def _thread_pages(mod, forum, thread):
    """The item pages of one thread in order: SMF's `topic=T.start`, phpBB 2's `t=T&start=M`."""
    pat = re.compile(rf"[?&](?:topic={thread.id}\.\d+$|t={thread.id}(?:&|$))")
    return [p for p, _, _ in mod.item_pages(forum) if pat.search(p)]


def test_every_blind3_forum_markup_draws_forums_that_render(web):
    assert_forums_render(*web, MARKUPS)


def test_every_page_answers(web):
    assert_forum_pages_answer(*web)


def test_every_message_is_on_its_thread_pages_in_order(web):
    assert_messages_in_order(*web, _thread_pages, lambda platform, forum, t: -(-len(t.messages) // forum.posts_per_page),
                             signatures=True)


def test_listing_pagination_reaches_every_thread_and_thread_pagination_every_page(web):
    assert_pagination_reaches_everything(*web, links=_links, thread_paths=_thread_pages)


def test_feeds_parse_as_xml(web):
    site, sources = web
    kinds = set()
    for s in sources:
        for path, pg in _pages(site, s.host).items():
            if pg.status == 200 and "xml" in pg.content_type:
                ET.fromstring(pg.body)
                kinds.add((s.platform, pg.content_type.split(";")[0]))
    assert ("smf20", "application/rss+xml") in kinds  # phpBB 2 has no feed of its own


def test_dates_in_the_engines_french_formats():
    smf = _mod("smf20").render(_hostile_forum("smf20"))[0]["/index.php?topic=7.0"].body.decode()
    assert "&#171; <strong> le:</strong> 04 mars 2026 à 10:00:00 &#187;" in smf
    assert "&#171; <strong>Réponse #1 le:</strong> 04 mars 2026 à 10:01:00 &#187;" in smf
    php = _mod("phpbb2").render(_hostile_forum("phpbb2"))[0]["/viewtopic.php?t=7"].body.decode()
    assert "Posté le: Mer 04 Mar 2026 10:00" in php
    assert "a écrit:</b>" in php and "<br />_________________<br />" in php


@pytest.mark.parametrize("markup", MARKUPS)
def test_hostile_text_is_escaped_and_rendering_is_deterministic(markup):
    mod = _mod(markup)
    forum = _hostile_forum(markup)
    pages, missing = mod.render(forum)
    again, missing2 = mod.render(_hostile_forum(markup))
    assert pages.keys() == again.keys() and missing == missing2
    assert all(pages[p] == again[p] for p in pages)
    assert missing.status == 404
    assert "Crawl-delay: 5" in pages["/robots.txt"].body.decode()
    for path, pg in pages.items():
        body = pg.body.decode()
        if "html" in pg.content_type:
            for code in re.findall(r"<script\b[^>]*>(.*?)</script>", body, re.S):
                assert "Zoé" not in code and "alert" not in code, (markup, path)
            body = re.sub(r"<script\b[^>]*>.*?</script>", "", body, flags=re.S)
            assert "<script>alert" not in body, (markup, path)
            assert not re.search(r"Zoé\d <b>", body), (markup, path)  # phpBB 2 itself writes <b>
            assert_attributes_quoted(body, (markup, path))
        if "xml" in pg.content_type:
            ET.fromstring(pg.body)
    first = mod.thread_url(forum.host, forum.boards[0].threads[0]).split(forum.host, 1)[1]
    assert pages[first].status == 200
    assert "Titre &lt;script&gt;alert(1)&lt;/script&gt;" in pages[first].body.decode()
    kept = dict(pages)
    again, _ = mod.render(_hostile_forum(markup), keep={p: kept[p] for p, _, _ in mod.item_pages(forum)})
    assert again.keys() == pages.keys() and all(again[p] == pages[p] for p in pages)


def test_thread_url_is_the_engines_rule():
    t = _hostile_forum("x").boards[0].threads[0]
    assert families.thread_url("smf20", "h.test", t) == "http://h.test/index.php?topic=7.0"
    assert families.thread_url("phpbb2", "h.test", t) == "http://h.test/viewtopic.php?t=7"


# -- the news markup: SPIP + SoyezCreateurs ---------------------------------------------------------------------


def _spip():
    return _mod("spip_squelette")


def _untypo(s: str) -> str:
    """Text compared without SPIP's French typography (the non-breaking spaces `typo` adds)."""
    return re.sub(r"\s+([:!?»])", r"\1", re.sub(r"«\s+", "«", norm(s.replace("\u00a0", " "))))


@pytest.fixture(scope="module")
def news_web(web):
    site, _ = web
    return site, _blogs(site, "spip_squelette")


def test_news_sources_render_with_all_their_text(news_web):
    site, blogs = news_web
    assert blogs
    schemes = set()
    for host, blog in blogs:
        schemes.add(_spip().scheme_of(host))
        assert site.lookup(host, "/").status == 200
        for post in blog.posts:
            url = families.permalink("spip_squelette", host, post)
            pg = site.lookup(host, _path(url, host))
            assert pg.status == 200, (host, url)
            txt = _untypo(text_of(pg.body))
            assert _untypo(post.title) in txt, (host, url)
            for para in post.paragraphs:
                assert _untypo(para) in txt, (host, url)
            html = pg.body.decode()
            for c in post.comments:
                assert f'id="forum{c.id}"' in html, (host, url, c.id)
                for para in c.text:
                    for seg in _segments(para):
                        assert _untypo(seg.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')) in txt
                if c.url:
                    assert f'href="{esc(c.url)}"' in html
            if post.tags:
                assert 'rel="tag"' in html
    assert len(schemes) >= 2, schemes


def test_news_listing_reaches_every_article_and_feeds_parse(news_web):
    site, blogs = news_web
    for host, blog in blogs:
        seen, todo, done = set(), ["/"], set()
        while todo:
            path = todo.pop()
            if path in done:
                continue
            done.add(path)
            html = site.lookup(host, path).body.decode()
            for href in re.findall(r'href="([^"#]+)', html):
                seen.add(unescape(href))
            for nxt in re.findall(r'<a href="([^"#]+)#pagination_articles" class="lien_pagination"', html):
                todo.append(_path(unescape(nxt), host))
        for post in blog.posts:
            assert families.permalink("spip_squelette", host, post) in seen, (host, post.id)
        feed = site.lookup(host, "/spip.php?page=backend")
        assert len(ET.fromstring(feed.body).findall("./channel/item")) == min(len(blog.posts), blog.feed_items)
        robots = site.lookup(host, "/robots.txt").body.decode()
        assert f"Crawl-delay: {blog.crawl_delay or 1}" in robots and f"Sitemap: http://{host}/sitemap.xml" in robots
        ET.fromstring(site.lookup(host, "/sitemap.xml").body)
        for (h, path), pg in site.pages.items():
            if h == host:
                assert pg.status == 200, (host, path)
                if "xml" in pg.content_type:
                    ET.fromstring(pg.body)


def test_news_hostile_text_is_escaped_and_output_deterministic():
    mod = _spip()

    def blog():
        b = _hostile()
        b.platform = "spip_squelette"
        return b
    pages, missing = mod.render(blog(), NOW, None)
    again, missing2 = mod.render(blog(), NOW, None)
    assert pages.keys() == again.keys() and all(pages[k] == again[k] for k in pages) and missing == missing2
    assert missing.status == 404
    for key, pg in pages.items():
        body = pg.body.decode()
        if "html" in pg.content_type:
            assert "<script>alert" not in body and "<script>x" not in body and "<b>Auteur" not in body, key
            assert "<i>retraite" not in body and '"quote"' not in body, key
            assert_attributes_quoted(body, key)
        if "xml" in pg.content_type:
            ET.fromstring(pg.body)
    b = blog()
    for post in b.posts:
        body = pages[_path(mod.permalink("hostile.test", post), "hostile.test")].body.decode()
        assert "Test &lt;script&gt;alert(1)&lt;/script&gt; &quot;quote&quot; =cmd|" in body
        assert 'href="http://evil.test/&quot;&gt;&lt;script&gt;x&lt;/script&gt;"' in body
    assert "Crawl-delay: 5" in pages["/robots.txt"].body.decode()
    kept = {p: pages[p] for p, _, _ in mod.item_pages(b)}
    again, _ = mod.render(blog(), NOW, kept)
    assert again.keys() == pages.keys() and all(again[p] == pages[p] for p in pages)


def test_news_dates_and_url_schemes():
    mod = _spip()
    b = _hostile()
    shapes = {re.sub(r"\d+", "N", mod.permalink(f"h{i}.test", b.posts[0]).split(".test", 1)[1]) for i in range(40)}
    assert shapes == {"/spip.php?articleN", "/articleN.html", "/titre-N", "/epargne-retraite/titre-N"}
    pages, _ = mod.render(b)
    body = pages[_path(mod.permalink("hostile.test", b.posts[0]), "hostile.test")].body.decode()
    assert "vendredi 1er mai 2026" in body
    assert "1er mai 2026 10:00, par" in body
