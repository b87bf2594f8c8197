"""Round 7's blind markups of writer F: the forums (vBulletin 4.2 default style, phpBB 3.3 with a third-party style)
on the evaluation web: every forum drawn in them renders, every page answers, every message is on its thread's
pages in order, pagination reaches everything, feeds parse, output is deterministic and escaped; then the news
markup (TYPO3 with the news extension), in a section of its own."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from sectorweb import families
from sectorweb.dates import NOW
from sectorweb.families.common import _URL
from tests.test_blindmarkup_blogs import _blogs, _hostile, _hostile_as, norm, text_of
from tests.test_blindmarkup2_blogs import _path, assert_pages_answer, assert_permalinks_vary
from tests.test_blindmarkup2_forums import assert_forum_pages_answer, assert_messages_in_order
from tests.test_blindmarkup3_forums import test_hostile_text_is_escaped_and_rendering_is_deterministic as hostile_forum_check
from tests.test_blindmarkup_forums import (_hostile_forum, _mod, _pages, assert_forums_render,
                                          assert_attributes_quoted, assert_pagination_reaches_everything, blind_forum_web)

MARKUPS = ["vbulletin4", "phpbb_custom"]


@pytest.fixture(scope="module")
def web():
    return blind_forum_web("blind4", MARKUPS)


def _links(path, body, host):
    """Same-host links of a page as a browser follows them: relative to the page's `<base href>` where it has one
    (vBulletin 4 writes one), `&amp;` decoded."""
    base = re.search(r'<base href="([^"]+)"', body)
    here = unescape(base.group(1)) if base else f"http://{host}{path}"
    out = []
    for href in re.findall(r"""href=["']([^"']+)["']""", body):
        u = urlsplit(urljoin(here, unescape(href)))
        if u.netloc == host:
            out.append(u.path + (f"?{u.query}" if u.query else ""))
    return out


def _thread_pages(mod, forum, thread):
    """The item pages of one thread, in order: its first page's URL and that URL's page forms
    (`&page=M`, `/pageM`, `&start=K`)."""
    base = mod.thread_url(forum.host, thread).split(forum.host, 1)[1]
    return [p for p, _, _ in mod.item_pages(forum)
            if p == base or p.startswith(base + "&") or p.startswith(base + "/page")]


def _n_pages(platform, forum, thread):
    return -(-len(thread.messages) // forum.posts_per_page)


def test_every_blind4_forum_markup_draws_forums_that_render(web):
    assert_forums_render(*web, MARKUPS)


def test_every_page_answers(web):
    assert_forum_pages_answer(*web)


def test_every_message_is_on_its_thread_pages_in_order(web):
    assert_messages_in_order(*web, _thread_pages, _n_pages, one_document_a_page=True, signatures=True)


def test_listing_pagination_reaches_every_thread_and_thread_pagination_every_page(web):
    """Links count at the item page they answer with: phpBB 3.2 links `viewtopic.php?f=N&t=M`, whose canonical
    (the item URL) is `viewtopic.php?t=M`; both answer the same page."""
    site, sources = web
    alias = {}
    for s in sources:
        pages = _pages(site, s.host)
        item = {id(pages[p]): p for p, _, _ in _mod(s.platform).item_pages(site.content[s.host])}
        alias.update({(s.host, path): item[id(pg)] for path, pg in pages.items() if id(pg) in item})

    def links(path, body, host):
        return [alias.get((host, link), link) for link in _links(path, body, host)]
    assert_pagination_reaches_everything(site, sources, links=links, thread_paths=_thread_pages)


def test_feeds_parse_as_xml(web):
    site, sources = web
    kinds = set()
    for s in sources:
        for path, pg in _pages(site, s.host).items():
            if pg.status == 200 and "xml" in pg.content_type:
                ET.fromstring(pg.body)
                kinds.add((s.platform, pg.content_type.split(";")[0]))
    assert ("vbulletin4", "application/rss+xml") in kinds
    assert ("phpbb_custom", "application/atom+xml") in kinds


@pytest.mark.parametrize("markup", MARKUPS)
def test_hostile_text_is_escaped_and_rendering_is_deterministic(markup):
    hostile_forum_check(markup)  # round 6's checks: escaped, double-quoted attributes, deterministic, page cache
    pages, _ = _mod(markup).render(_hostile_forum(markup))
    for path, pg in pages.items():
        if "html" in pg.content_type:
            assert "<!-- &" not in re.sub(r"<script\b[^>]*>.*?</script>", "", pg.body.decode(), flags=re.S), (markup, path)


def test_vbulletin4_dates_quotes_and_url_modes():
    mod = _mod("vbulletin4")
    forum = _hostile_forum("vbulletin4")
    t = forum.boards[0].threads[0]
    shapes = {re.sub(r"\d+-[^/?&]*", "N-slug", re.sub(r"=\d+", "=N", mod.thread_url(f"h{i}.test", t).split(".test", 1)[1]))
              for i in range(30)}
    assert shapes == {"/showthread.php?t=N", "/showthread.php?N-slug", "/showthread.php/N-slug"}
    assert mod.fragment(12, "L'été & \"vous\"") == "12-L-%C3%A9t%C3%A9-amp-quot-vous-quot"
    pages, _ = mod.render(forum, now=datetime(2026, 3, 5, 9, 0))
    body = pages[mod.thread_url(forum.host, t).split(forum.host, 1)[1]].body.decode()
    assert '<span class="date">Hier,&nbsp;<span class="time">10h00</span></span>' in body
    assert "Envoyé par <strong>Zoé" in body and '<blockquote class="signature restore">' in body
    old, _ = mod.render(forum, now=datetime(2026, 4, 1, 9, 0))
    body = old[mod.thread_url(forum.host, t).split(forum.host, 1)[1]].body.decode()
    assert '<span class="date">04/03/2026,&nbsp;<span class="time">10h01</span></span>' in body
    assert "/archive/index.php/t-7.html" in old and "/external.php?type=RSS2" in old


def test_thread_url_is_the_modules_rule():
    t = _hostile_forum("x").boards[0].threads[0]
    for m in MARKUPS:
        assert families.thread_url(m, "h.test", t) == _mod(m).thread_url("h.test", t)


# -- the news markup: TYPO3 + EXT:news ----------------------------------------------------------------------------


def _typo3():
    return _mod("typo3_news")


@pytest.fixture(scope="module")
def news_web(web):
    site, _ = web
    return site, _blogs(site, "typo3_news")


def test_news_sources_render_with_all_their_text(news_web):
    site, blogs = news_web
    assert blogs
    schemes = set()
    for host, blog in blogs:
        schemes.add(_typo3().scheme_of(host))
        assert site.lookup(host, "/").status == 200
        for post in blog.posts:
            url = families.permalink("typo3_news", host, post)
            pg = site.lookup(host, _path(url, host))
            assert pg.status == 200, (host, url)
            txt = text_of(pg.body)
            assert norm(post.title) in txt, (host, url)
            for para in post.paragraphs:  # `makelinks` writes a URL's host and path only: the words around it
                for seg in (s for s in _URL.split(para) if s.strip()):
                    assert norm(seg) in txt, (host, url, seg)
            html = pg.body.decode()
            assert norm(post.author) in txt and norm(post.category) in txt
            for tag in post.tags:
                assert norm(tag) in txt
            for u, _ in post.links:
                assert f'href="{_typo3().fl(u)}"' in html
    assert len(schemes) >= 2, schemes


def test_news_listing_reaches_every_article_and_feeds_parse(news_web):
    site, blogs = news_web
    for host, blog in blogs:
        mod = _typo3()
        seen, todo, done = set(), ["/"], set()
        while todo:  # the home page, the list page and its pages (the paginator), categories and tags
            path = todo.pop()
            if path in done:
                continue
            done.add(path)
            html = site.lookup(host, path).body.decode()
            for href in re.findall(r'href="([^"#]+)', html):
                link = _path(urljoin(f"http://{host}{path}", unescape(href)), host)
                seen.add(f"http://{host}{link}")
                if link.startswith("/actualites") and "detail" not in link and "rss" not in link and "type=" not in link:
                    todo.append(link)
        for post in blog.posts:
            assert families.permalink("typo3_news", host, post) in seen, (host, post.id)
        t = mod._T3(blog)
        feed = site.lookup(host, t.feed_path())
        assert len(ET.fromstring(feed.body).findall("./channel/item")) == min(len(blog.posts), blog.feed_items)
        robots = site.lookup(host, "/robots.txt").body.decode()
        assert f"Sitemap: http://{host}{t.sitemap_path()}" in robots
    assert_pages_answer(site, "typo3_news", lambda path: False)


def test_news_hostile_text_is_escaped_and_output_deterministic():
    """As round 5's check, but for the quotes: the body text keeps them as typed in the rich-text editor."""
    mod = _typo3()
    b = _hostile()
    b.platform = "typo3_news"
    pages, missing = mod.render(b, NOW, None)
    again, missing2 = mod.render(_hostile_as("typo3_news"), NOW, None)
    assert pages.keys() == again.keys() and all(pages[k] == again[k] for k in pages) and missing == missing2
    assert missing.status == 404 and "Crawl-delay: 5" in pages["/robots.txt"].body.decode()
    for key, pg in pages.items():
        if "xml" in pg.content_type:
            ET.fromstring(pg.body)
        if "html" in pg.content_type:
            assert "<script>alert" not in pg.body.decode() and "<b>Auteur" not in pg.body.decode(), key
            assert "<i>retraite" not in pg.body.decode(), key
            assert_attributes_quoted(pg.body.decode(), key)
    body = pages[_path(mod.permalink("hostile.test", b.posts[0]), "hostile.test")].body.decode()
    assert "Test &lt;script&gt;alert(1)&lt;/script&gt; &quot;quote&quot; =cmd|&#039; /C calc&#039;!A0 &amp; co" in body  # Fluid's
    assert 'Deuxième paragraphe Test &lt;script&gt;alert(1)&lt;/script&gt; "quote"' in body  # the editor's text
    kept = {p: pages[p] for p, _, _ in mod.item_pages(b)}
    again, _ = mod.render(b, NOW, kept)
    assert again.keys() == pages.keys() and all(again[p] == pages[p] for p in pages)


def test_news_dates_and_url_schemes():
    assert_permalinks_vary("typo3_news")
    mod = _typo3()
    b = _hostile()
    shapes = {re.sub(r"cHash=\w+", "cHash=H", mod.permalink(f"h{i}.test", b.posts[0]).split(".test", 1)[1]) for i in range(40)}
    assert shapes == {"/actualites/detail/titre-1", "/actualites/detail/titre-1/",
                      "/actualites/detail?tx_news_pi1%5Baction%5D=detail&tx_news_pi1%5Bcontroller%5D=News"
                      "&tx_news_pi1%5Bnews%5D=1&cHash=H"}
    pages, _ = mod.render(b)
    body = pages[_path(mod.permalink("hostile.test", b.posts[0]), "hostile.test")].body.decode()
    assert '<time itemprop="datePublished" datetime="2026-05-01T09:00:00+02:00">' in body and "01/05/2026" in body
    assert "Créé par <span itemprop=\"name\">Jeanne &lt;b&gt;Auteur&lt;/b&gt;</span>" in body
    assert "Liens associés" in body
