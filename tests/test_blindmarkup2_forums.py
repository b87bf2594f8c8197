"""The round-5 blind forum markups (Vanilla, XenForo 1.5, phpBB with a third-party style) on the evaluation
web: every forum drawn in them renders, every message is on its thread's pages in order, pagination reaches
everything, output is deterministic and escaped, feeds and sitemaps are XML."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from sectorweb import families
from tests.test_blindmarkup_forums import (_mod, _names, _pages, _segments, assert_forums_render,
                                          assert_pagination_reaches_everything, blind_forum_web)

MARKUPS = families.BLIND2_MARKUPS["forum"]


@pytest.fixture(scope="module")
def web():
    return blind_forum_web("blind2", MARKUPS)


def _links(path, body, host):
    """Same-host links of a page, resolved against its `<base href>` when it has one (XenForo)."""
    base = re.search(r'<base href="([^"]+)"', body)
    start = unescape(base.group(1)) if base else f"http://{host}{path}"
    out = []
    for href in re.findall(r"""href=["']([^"']+)["']""", body):
        u = urlsplit(urljoin(start, unescape(href)))
        if u.netloc == host:
            out.append(u.path + (f"?{u.query}" if u.query else ""))
    return out


def _thread_pages(mod, forum, thread):
    """The item pages of one thread, in order (item_pages yields them page by page)."""
    base = mod.thread_url(forum.host, thread).split(forum.host, 1)[1]
    stem = base.rstrip("/")
    return [p for p, _, _ in mod.item_pages(forum)
            if p == base or p.startswith(base + "?") or p.startswith(stem + "/p") or p.startswith(base + "page-")
            or p.startswith(base + "&")]


def _expected_pages(platform, forum, thread):
    if platform == "vanilla":  # the discussion, then Vanilla.Comments.PerPage comments a page
        return max(1, -(-(len(thread.messages) - 1) // forum.posts_per_page))
    return -(-len(thread.messages) // forum.posts_per_page)


def test_every_blind2_markup_draws_forums_that_render(web):
    assert_forums_render(*web, MARKUPS)


def test_every_page_answers_200(web):
    assert_forum_pages_answer(*web)


def assert_forum_pages_answer(site, sources):
    """Every page of the forums answers 200 with a body, or a redirect (round 6's tests too)."""
    for s in sources:
        for path, pg in _pages(site, s.host).items():
            assert pg.status in (200, 301, 302), (s.platform, path, pg.status)
            if pg.status == 200:
                assert pg.body, (s.platform, path)


def test_every_message_is_on_its_thread_pages_in_order(web):
    assert_messages_in_order(*web, _thread_pages, _expected_pages, one_document_a_page=True)


def assert_messages_in_order(site, sources, thread_pages, expected_pages, one_document_a_page=False, signatures=False):
    """Each thread's pages (`thread_pages(mod, forum, thread)`, as many as `expected_pages(platform, forum,
    thread)`) hold its title and every message's author and text in order, and, with `signatures`, every
    signature (round 6's tests too)."""
    for s in sources:
        forum, mod, pages = site.content[s.host], _mod(s.platform), _pages(site, s.host)
        for t in forum.threads():
            paths = thread_pages(mod, forum, t)
            assert len(paths) == expected_pages(s.platform, forum, t), (s.platform, s.host, t.id, paths)
            body = "".join(pages[p].body.decode() for p in paths)
            if one_document_a_page:
                assert body.count("<html") == len(paths)
            pos = 0
            for m in t.messages:
                at = min((i for i in (body.find(n, pos) for n in _names(m.author)) if i >= 0), default=-1)
                assert at >= 0, (s.platform, s.host, t.id, m.id, m.author)
                pos = at
                for seg in (seg for p in m.text for seg in _segments(p)):
                    at = body.find(seg, pos)
                    assert at >= 0, (s.platform, s.host, t.id, m.id, seg)
                    pos = at + len(seg)
                if signatures and m.signature:
                    assert all(seg in body for seg in _segments(m.signature)), (s.platform, m.id)
            assert any(n in body for n in _names(t.title)), (s.platform, t.id)


def test_listing_pagination_reaches_every_thread_and_thread_pagination_every_page(web):
    assert_pagination_reaches_everything(*web, links=_links, thread_paths=_thread_pages)


def test_feeds_and_sitemaps_parse_as_xml(web):
    site, sources = web
    kinds = set()
    for s in sources:
        for path, pg in _pages(site, s.host).items():
            if pg.status == 200 and "xml" in pg.content_type:
                ET.fromstring(pg.body)
                kinds.add((s.platform, pg.content_type.split(";")[0]))
    for markup in MARKUPS:
        if markup != "phpbb_style":  # phpBB writes no sitemap of its own
            assert (markup, "application/xml") in kinds, markup
        assert any(p == markup and t != "application/xml" for p, t in kinds), markup
