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
from tests.test_blindmarkup_forums import _hostile_forum, _names, _segments

ALL = families.BLIND2_MARKUPS["forum"]
FALLBACK = {"blog": ["wordpress"], "news": ["news"]}


def _present():
    from importlib.util import find_spec
    return [m for m in ALL if find_spec(f"sectorweb.families.{m}")]


MARKUPS = _present()


@pytest.fixture(scope="module")
def web():
    from sectorweb import evaluation
    from sectorweb.evaluation import SEED, build_eval_site, eval_sources, markups

    mp = pytest.MonkeyPatch()
    table = markups("blind2")
    for kind, fallback in FALLBACK.items():
        if not table.get(kind):  # the other writer's modules are not there yet
            mp.setitem(families.BLIND2_MARKUPS, kind, fallback)
    eval_sources.cache_clear()
    try:
        site = build_eval_site(SEED, "blind2")
        sources = [s for s in evaluation.eval_sources(SEED, "blind2") if s.platform in MARKUPS]
    finally:
        mp.undo()
        eval_sources.cache_clear()
    return site, sources


def _pages(site, host):
    return {path: pg for (h, path), pg in site.pages.items() if h == host}


def _mod(platform):
    return families.blind_module(platform)


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
    site, sources = web
    assert {s.platform for s in sources} == set(MARKUPS)
    for s in sources:
        forum = site.content[s.host]
        assert site.lookup(s.host, "/").status == 200, s.host
        for t in forum.threads():
            url = families.thread_url(s.platform, s.host, t)
            assert url == _mod(s.platform).thread_url(s.host, t)
            assert site.lookup(s.host, url.split(s.host, 1)[1]).status == 200, url


def test_every_page_answers_200(web):
    site, sources = web
    for s in sources:
        for path, pg in _pages(site, s.host).items():
            assert pg.status in (200, 301, 302), (s.platform, path, pg.status)
            if pg.status == 200:
                assert pg.body, (s.platform, path)


def test_every_message_is_on_its_thread_pages_in_order(web):
    site, sources = web
    for s in sources:
        forum, mod, pages = site.content[s.host], _mod(s.platform), _pages(site, s.host)
        for t in forum.threads():
            paths = _thread_pages(mod, forum, t)
            assert len(paths) == _expected_pages(s.platform, forum, t), (s.platform, s.host, t.id, paths)
            body = "".join(pages[p].body.decode() for p in paths)
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
            assert any(n in body for n in _names(t.title)), (s.platform, t.id)


def test_listing_pagination_reaches_every_thread_and_thread_pagination_every_page(web):
    site, sources = web
    for s in sources:
        forum, mod, pages = site.content[s.host], _mod(s.platform), _pages(site, s.host)
        thread_pages = {p for p, _, _ in mod.item_pages(forum)}
        seen, todo = {"/"}, ["/"]
        while todo:  # listings only: the home page, categories, boards and their pages
            path = todo.pop()
            pg = pages.get(path)
            if pg is None or pg.status != 200 or not pg.content_type.startswith("text/html"):
                continue
            for link in _links(path, pg.body.decode(), s.host):
                if link not in seen and link in pages:
                    seen.add(link)
                    if link not in thread_pages:
                        todo.append(link)
        for t in forum.threads():
            first = mod.thread_url(s.host, t).split(s.host, 1)[1]
            assert first in seen, (s.platform, s.host, first)
            want = _thread_pages(mod, forum, t)
            got, todo = {first}, [first]
            while todo:
                path = todo.pop()
                for link in _links(path, pages[path].body.decode(), s.host):
                    if link in want and link not in got:
                        got.add(link)
                        todo.append(link)
            assert got == set(want), (s.platform, s.host, t.id, sorted(set(want) - got))


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
                assert "<b>" not in code and "<script" not in code and "<!--" not in code, (markup, path)
            body = re.sub(r"<script\b[^>]*>.*?</script>", "", body, flags=re.S)
            assert "<script>alert" not in body, (markup, path)
            assert "<b>" not in body, (markup, path)
            for attr in re.findall(r"<[a-zA-Z][^>]*>", body):  # every attribute double-quoted
                bare = re.sub(r'"[^"]*"', '""', attr)
                assert not re.search(r"""\s[\w:-]+=(?!")""", bare), (markup, path, attr)
        if "xml" in pg.content_type:
            ET.fromstring(pg.body)
    first = mod.thread_url(forum.host, forum.boards[0].threads[0]).split(forum.host, 1)[1]
    assert pages[first].status == 200
    assert "Titre &lt;script&gt;alert(1)&lt;/script&gt;" in pages[first].body.decode()
    kept = dict(pages)  # a render with every item page kept from an earlier one gives the same site
    again, _ = mod.render(_hostile_forum(markup), keep={p: kept[p] for p, _, _ in mod.item_pages(forum)})
    assert again.keys() == pages.keys()
