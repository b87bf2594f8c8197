"""The blind forum markups (NodeBB, Flarum, Invision Community) on the evaluation web: every forum drawn in
them renders, every message is on its thread's page in order, pagination reaches everything, output is
deterministic and escaped, feeds and sitemaps are XML."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import datetime
from html import escape
from urllib.parse import urljoin, urlsplit

import pytest

from sectorweb import families
from sectorweb.families.common import _URL
from sectorweb.model import Board, Forum, Message, Thread

MARKUPS = ["nodebb", "flarum", "invision"]


def blind_forum_web(markup_set: str, markups: list[str]):
    """The development draw rendered in one round of markups written blind (`markup_set`), and its sources
    drawn in `markups` (also round 5's fixture)."""
    from sectorweb.evaluation import SEED, build_eval_site, eval_sources

    site = build_eval_site(SEED, markup_set)
    return site, [s for s in eval_sources(SEED, markup_set) if s.platform in markups]


@pytest.fixture(scope="module")
def web():
    return blind_forum_web("blind", MARKUPS)


def _pages(site, host):
    return {path: pg for (h, path), pg in site.pages.items() if h == host}


def _mod(platform):
    return families.blind_module(platform)


def _names(name):
    return {escape(name, quote=False).replace('"', "&quot;"), escape(name, quote=True).replace("&#x27;", "&#039;")}


def _segments(paragraph):
    """The escaped words of a paragraph around its URLs (URLs are auto-linked, their text differs by engine)."""
    return [escape(s.strip(), quote=False).replace('"', "&quot;") for s in _URL.split(paragraph) if s.strip()]


def _thread_paths(mod, forum, thread):
    base = mod.thread_url(forum.host, thread).split(forum.host, 1)[1]
    return [p for p, _, _ in mod.item_pages(forum)
            if p == base or p.startswith(base + "?") or p.startswith(base + "page/")]


def _links(path, body, host):
    out = []
    for href in re.findall(r"""href=["']([^"']+)["']""", body):
        u = urlsplit(urljoin(f"http://{host}{path}", href.replace("&amp;", "&")))
        if u.netloc == host:
            out.append(u.path + (f"?{u.query}" if u.query else ""))
    return out


def test_every_blind_markup_draws_forums_that_render(web):
    assert_forums_render(*web, MARKUPS)


def assert_forums_render(site, sources, markups):
    """Every markup draws forums, whose home and threads' first pages answer at the URLs the model gives."""
    assert {s.platform for s in sources} == set(markups)
    for s in sources:
        forum = site.content[s.host]
        assert site.lookup(s.host, "/").status == 200, s.host
        for t in forum.threads():
            url = families.thread_url(s.platform, s.host, t)
            assert url == _mod(s.platform).thread_url(s.host, t)
            assert site.lookup(s.host, url.split(s.host, 1)[1]).status == 200, url


def test_every_message_is_on_its_thread_page_in_order(web):
    site, sources = web
    for s in sources:
        forum, mod, pages = site.content[s.host], _mod(s.platform), _pages(site, s.host)
        per = 20 if s.platform == "flarum" else forum.posts_per_page  # Flarum's server pages are 20 posts long
        for t in forum.threads():
            paths = _thread_paths(mod, forum, t)
            assert len(paths) == -(-len(t.messages) // per), (s.platform, s.host, t.id)
            for k, path in enumerate(paths):
                body = pages[path].body.decode()
                pos = 0
                for m in t.messages[k * per:(k + 1) * per]:
                    names = [body.find(n, pos) for n in _names(m.author)]
                    assert max(names) >= 0, (s.platform, s.host, t.id, m.id, m.author)
                    for seg in (seg for p in m.text for seg in _segments(p)):
                        at = body.find(seg, pos)
                        assert at >= 0, (s.platform, s.host, t.id, k, m.id, seg)
                        pos = at + len(seg)


def test_board_pagination_reaches_every_thread_and_thread_pagination_every_page(web):
    assert_pagination_reaches_everything(*web)


def assert_pagination_reaches_everything(site, sources, links=_links, thread_paths=_thread_paths):
    """From each forum's home, its listings' links reach every thread's first page, and from there the
    thread's own links reach each of its pages (also used by round 5's tests, with their link reader)."""
    for s in sources:
        forum, mod, pages = site.content[s.host], _mod(s.platform), _pages(site, s.host)
        thread_pages = {p for p, _, _ in mod.item_pages(forum)}
        seen, todo = {"/"}, ["/"]
        while todo:  # listings only: the home page, categories, boards and their pages
            path = todo.pop()
            pg = pages.get(path)
            if pg is None or pg.status != 200 or not pg.content_type.startswith("text/html"):
                continue
            for link in links(path, pg.body.decode(), s.host):
                if link not in seen and link in pages:
                    seen.add(link)
                    if link not in thread_pages:
                        todo.append(link)
        for t in forum.threads():
            first = mod.thread_url(s.host, t).split(s.host, 1)[1]
            assert first in seen, (s.platform, s.host, first)
            want = thread_paths(mod, forum, t)
            got, todo = {first}, [first]
            while todo:
                path = todo.pop()
                for link in links(path, pages[path].body.decode(), s.host):
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
        assert any(p == markup for p, _ in kinds), markup


def assert_attributes_quoted(html: str, where) -> None:
    """Every attribute of every tag outside scripts double-quoted (`esc`): model text cannot open one."""
    for tag in re.findall(r"<[a-zA-Z][^>]*>", re.sub(r"<script\b[^>]*>.*?</script>", "", html, flags=re.S)):
        assert not re.search(r"""\s[\w:-]+=(?!")""", re.sub(r'"[^"]*"', '""', tag)), (where, tag)


def _hostile_forum(platform: str) -> Forum:
    evil = '<script>alert(1)</script> "q" </script><!-- & \u2028'
    when = datetime(2026, 3, 4, 10, 12)
    msgs = [Message(i + 1, f"Zoé{i % 3} <b>", when.replace(minute=i), [f"Texte {i} {evil} https://exemple.test/a?b=1&c=2"],
                    quote=(f"Zoé{(i - 1) % 3} <b>", evil) if i else None, signature=evil if i == 1 else None)
            for i in range(25)]
    threads = [Thread(7, f"Titre {evil}", msgs, views=12), Thread(8, "Second sujet", msgs[:1], views=3)]
    return Forum(f"hostile-{platform}.test", platform, f"Forum {evil}", f"Slogan {evil}",
                 [Board(3, f"Salon {evil}", f"Description {evil}", threads, category=f"Catégorie {evil}")],
                 {f"Zoé{i} <b>": 10 + i for i in range(3)}, admins={"Zoé0 <b>"}, crawl_delay=5)


@pytest.mark.parametrize("markup", MARKUPS + families.BLIND2_MARKUPS["forum"])  # round 5's too
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
            scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", body, re.S)
            for code in scripts:  # model text inside a script element: never a raw <, so nothing can close or confuse it
                assert "<b>" not in code and "<script" not in code and "<!--" not in code, (markup, path)
            for data in re.findall(r"""<script[^>]*type=["']application/(?:ld\+)?json["'][^>]*>(.*?)</script>""", body, re.S):
                json.loads(data)
            body = re.sub(r"<script\b[^>]*>.*?</script>", "", body, flags=re.S)
            assert "<script>alert" not in body, (markup, path)
            assert "<b>" not in body, (markup, path)
            # every attribute double-quoted (`esc`), but Invision's: IPS single-quotes them, escaping ' (`q`)
            if markup != "invision":
                assert_attributes_quoted(body, (markup, path))
        if "xml" in pg.content_type:
            ET.fromstring(pg.body)
    first = mod.thread_url(forum.host, forum.boards[0].threads[0]).split(forum.host, 1)[1]
    assert pages[first].status == 200
    assert "Titre &lt;script&gt;alert(1)&lt;/script&gt;" in pages[first].body.decode()
    kept = dict(pages)  # a render with every item page kept from an earlier one gives the same site
    again, _ = mod.render(_hostile_forum(markup), keep={p: kept[p] for p, _, _ in mod.item_pages(forum)})
    assert again.keys() == pages.keys() and all(again[p] == pages[p] for p in pages)
