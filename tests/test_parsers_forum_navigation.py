"""Forum navigation: index and board pages typed home/listing with the boards and threads a crawler
must follow (their pages too, never action links or post permalinks), and thread pages carrying their
thread's first-page URL, post numbers across pages and quotes apart from the poster's words.

Fixtures were rendered by sectorweb/families/<engine>.py (each follows the real templates its
docstring cites: MyBB 1.8, SMF 2.1, phpBB 3.0 subsilver2, vBulletin 3.8, XenForo 2, Discourse) and trimmed.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from spiders.parsers import detect_platform, parse_page
from spiders.parsers.forums import link_kind, thread_of

HTML = Path(__file__).parent / "fixtures" / "html"
SITE = "http://forum.example.fr"
# What a crawler must never queue as a board or a thread.
ACTIONS = ("action=", "goto=", "pid=", "mode=", "mark=", "view=", "do=", "/post-", "/latest", ".rss", "msg", "p=")


def _parse(name: str, path: str):
    return parse_page(SITE + path, (HTML / name).read_text(encoding="utf-8"))


def _no_actions(urls: list[str]) -> None:
    for url in urls:
        route = url.removeprefix(SITE)
        bad = [a for a in ACTIONS if a in route and not (a == "/latest" and route.startswith("/latest"))]
        assert not bad, url


# ---------------------------------------------------------------- index and board pages

LISTINGS = {
    # file: (path, platform, page type, boards, some threads)
    "mybb/index.html": ("/index.php", "mybb", "home",
                        ["/forumdisplay.php?fid=2", "/forumdisplay.php?fid=3"], []),
    "mybb/forumdisplay.html": ("/forumdisplay.php?fid=2", "mybb", "listing", ["/forumdisplay.php?fid=2"],
                               ["/showthread.php?tid=9", "/showthread.php?tid=9&page=3", "/showthread.php?tid=5"]),
    "smf/boardindex.html": ("/index.php", "smf", "home", ["/index.php?board=2.0", "/index.php?board=3.0"], []),
    "smf/messageindex.html": ("/index.php?board=2.0", "smf", "listing", ["/index.php?board=2.0"],
                              ["/index.php?topic=9.0", "/index.php?topic=6.0"]),
    "phpbb/subsilver2-index.html": ("/index.php", "phpbb", "listing",
                                    ["/viewforum.php?f=2", "/viewforum.php?f=3"], []),
    "phpbb/subsilver2-viewforum.html": ("/viewforum.php?f=3", "phpbb", "listing", ["/viewforum.php?f=3"],
                                        ["/viewtopic.php?f=3&t=9", "/viewtopic.php?f=3&t=8&start=20",
                                         "/viewtopic.php?f=3&t=1"]),
    "xenforo/forum-view.html": ("/forums/epargne-et-assurance-vie.2/", "xenforo", "listing",
                                ["/forums/", "/forums/epargne-et-assurance-vie.2/"],
                                ["/threads/debutant-combien-garder-sur-le-livret-a-avec-deux-enfants.6/",
                                 "/threads/debutant-combien-garder-sur-le-livret-a-avec-deux-enfants.6/page-2"]),
    "discourse/latest.html": ("/latest", "discourse", "listing",
                              ["/c/epargne-et-assurance-vie/2", "/c/immobilier-et-scpi/3", "/categories"],
                              ["/t/besoin-d-avis-un-livret-booste-a-4-82-est-il-un-bon-plan/1"]),
    "discourse/category.html": ("/c/immobilier-et-scpi/3", "discourse", "listing",
                                ["/c/immobilier-et-scpi/3", "/categories"],
                                ["/t/la-reduction-d-impot-comment-defiscaliser-81-000-de-revenus-fonciers/8",
                                 "/t/le-dispositif-pinel-est-ce-que-le-girardin-vaut-le-risque-avec-une-tranche-a-11/4"]),
}


@pytest.mark.parametrize("name", sorted(LISTINGS))
def test_index_and_board_pages_list_boards_and_threads(name):
    path, platform, page_type, boards, threads = LISTINGS[name]
    p = _parse(name, path)
    assert detect_platform(SITE + path, (HTML / name).read_text(encoding="utf-8")) == platform
    assert (p.platform, p.page_type, p.kind) == (platform, page_type, "forum")
    assert p.nav.boards == [SITE + u for u in boards]
    for url in threads:
        assert SITE + url in p.nav.threads
    if not threads:
        assert p.nav.threads == []
    _no_actions(p.nav.boards + p.nav.threads)
    assert p.posts == []


def test_board_pages_list_every_thread_row():
    """Each topic row of a board gives its thread (and the row's page links): none is missed."""
    p = _parse("mybb/forumdisplay.html", "/forumdisplay.php?fid=2")
    assert Counter(u.split("&")[0] for u in p.nav.threads) == Counter(
        {SITE + "/showthread.php?tid=9": 3, SITE + "/showthread.php?tid=8": 2, SITE + "/showthread.php?tid=7": 2,
         SITE + "/showthread.php?tid=5": 1})
    assert "Démarré par" in _parse("smf/messageindex.html", "/index.php?board=2.0").text


# ---------------------------------------------------------------- thread pages

THREADS = {
    # file: (path reached by, platform, thread_url, positions, nav.threads)
    "mybb/showthread-page2.html": ("/showthread.php?pid=95", "mybb", "/showthread.php?tid=9", [11, 12, 13, 15],
                                   ["/showthread.php?tid=9", "/showthread.php?tid=9&page=3"]),
    "smf/topic-page2.html": ("/index.php?topic=2.msg26", "smf", "/index.php?topic=2.0", [11, 12, 13, 14],
                             ["/index.php?topic=2.0", "/index.php?topic=2.20"]),
    "phpbb/subsilver2-viewtopic-page2.html": ("/viewtopic.php?f=3&t=8&start=10", "phpbb", "/viewtopic.php?f=3&t=8",
                                              list(range(11, 21)),
                                              ["/viewtopic.php?f=3&t=8", "/viewtopic.php?f=3&t=8&start=20"]),
    "vbulletin/vb3-showthread-page2.html": ("/showthread.php?p=106", "vbulletin", "/showthread.php?t=9",
                                            [11, 12, 13, 14, 15], ["/showthread.php?t=9"]),
}


@pytest.mark.parametrize("name", sorted(THREADS))
def test_thread_pages_name_their_thread_without_page(name):
    """Page 2 reached by a post permalink: its messages join the thread's first-page URL, numbered on."""
    path, platform, thread_url, positions, threads = THREADS[name]
    p = _parse(name, path)
    assert (p.platform, p.page_type) == (platform, "forum_thread")
    assert p.thread_url == SITE + thread_url
    assert [m.position for m in p.posts] == positions
    assert p.nav.threads == [SITE + u for u in threads]
    _no_actions(p.nav.threads + p.nav.boards)


QUOTES = {
    # file: (path, position, quoted text starts with, cite words never kept)
    "vbulletin/vb3-showthread-page2.html": ("/showthread.php?t=9&page=2", 11, "+1 avec sous-marin.", "Posté par"),
    "smf/topic-page2.html": ("/index.php?topic=2.10", 13, "Retour comme promis", "Citation de"),
    "mybb/showthread-page2.html": ("/showthread.php?tid=9&page=2", 15, "L'avantage fiscal à l'entrée", "a écrit"),
}


@pytest.mark.parametrize("name", sorted(QUOTES))
def test_quote_cite_line_is_neither_quoted_nor_own_text(name):
    path, position, start, cite = QUOTES[name]
    posts = {m.position: m for m in _parse(name, path).posts}
    post = posts[position]
    assert post.quoted.startswith(start)
    assert cite not in post.quoted and cite not in post.text
    assert start not in post.text
    assert all(cite not in m.text and cite not in m.quoted for m in posts.values())


def test_vbulletin3_quote_without_a_name_keeps_the_whole_quote():
    """vB3's bbcode_quote without a username: td.alt2 holds the message alone, nothing is a cite line."""
    html = ("<html><head><meta name='generator' content='vBulletin 3.8.11'></head><body>"
            "<div id='edit1'><table id='post1' class='tborder'><tr><td class='thead'>04/03/2025, 10h12</td></tr>"
            "<tr><td class='alt2'><div id='postmenu_1'><a class='bigusername' href='member.php?u=1'>Ana</a></div></td>"
            "<td class='alt1'><div id='post_message_1'><div style='margin:20px; margin-top:5px; '>"
            "<div class='smallfont'>Citation:</div><table><tr><td class='alt2' style='border:1px inset'>"
            "<div>Le fonds euros rapporte 2,5 %.</div></td></tr></table></div>Pas chez tous les assureurs.</div>"
            "</td></tr></table></div></body></html>")
    p = parse_page(SITE + "/showthread.php?t=4", html)
    assert [(m.author, m.quoted, m.text) for m in p.posts] == [
        ("Ana", "Le fonds euros rapporte 2,5 %.", "Pas chez tous les assureurs.")]


# ---------------------------------------------------------------- URL forms of the engines

@pytest.mark.parametrize("engine, url, kind", [
    ("mybb", "/showthread.php?tid=5&page=2", ("thread", "/showthread.php?tid=5")),
    ("mybb", "/thread-5-page-2.html", ("thread", "/thread-5.html")),  # MyBB's SEO URLs
    ("mybb", "/forum-3-page-2.html", ("board", "/forum-3-page-2.html")),
    ("mybb", "/showthread.php?tid=5&action=lastpost", None),
    ("mybb", "/showthread.php?tid=5&pid=40", None),
    ("vbulletin", "/showthread.php?15-Assurance-vie/page2", ("thread", "/showthread.php?15-Assurance-vie")),  # vB4
    ("vbulletin", "/forumdisplay.php?f=2&sort=views&order=desc", None),
    ("vbulletin", "/showthread.php?p=106", None),
    ("smf", "/index.php?topic=7.20", ("thread", "/index.php?topic=7.0")),
    ("smf", "/index.php?topic=7.msg88", None),
    ("smf", "/index.php?action=post;topic=7.0", None),
    ("smf", "/index.php?board=2.20", ("board", "/index.php?board=2.20")),
    ("xenforo", "/threads/scpi.88/page-3", ("thread", "/threads/scpi.88/")),
    ("xenforo", "/threads/scpi.88/post-120", None),
    ("xenforo", "/index.php?threads/scpi.88/page-2", ("thread", "/index.php?threads/scpi.88/")),  # no URL rewriting
    ("xenforo", "/forums/-/index.rss", None),
    ("discourse", "/t/scpi/88?page=2", ("thread", "/t/scpi/88")),
    ("discourse", "/t/scpi/88/5", None),  # post 5 of the topic
    ("discourse", "/c/immobilier/3?page=1", ("board", "/c/immobilier/3?page=1")),
])
def test_link_kinds(engine, url, kind):
    got = link_kind(engine, SITE + url)
    assert got == (None if kind is None else (kind[0], SITE + kind[1]))


@pytest.mark.parametrize("engine, url, thread", [
    ("mybb", "/showthread.php?tid=5&pid=40", "/showthread.php?tid=5"),
    ("vbulletin", "/showthread.php?t=9&goto=nextoldest", "/showthread.php?t=9"),
    ("smf", "/index.php?topic=7.msg88", "/index.php?topic=7.0"),
    ("xenforo", "/threads/scpi.88/post-120", "/threads/scpi.88/"),
    ("discourse", "/t/scpi/88/5", "/t/scpi/88"),
])
def test_post_links_point_into_their_thread(engine, url, thread):
    assert thread_of(engine, SITE + url) == SITE + thread


# ---------------------------------------------------------------- the evaluation web, crawled

FORUM_MARKUPS = ("phpbb", "phpbb_subsilver2", "fluxbb", "discourse", "vbulletin", "xenforo", "mybb", "smf", "forumactif")


@pytest.fixture(scope="module")
def forums():
    from sectorweb.site import build_site
    from tests.test_demo_markups import _sources
    all_sources = _sources()
    sources = all_sources[:1] + [s for s in all_sources if s.kind == "forum"]  # the forums link the first blog
    return sources, build_site(sources=sources, bare_redirects={})


@pytest.mark.parametrize("markup", FORUM_MARKUPS)
def test_demo_forum_is_crawled_from_its_home_through_boards(markup, forums):
    """From `/`, following nav.boards and nav.threads only, every thread page is reached; every message
    lands once under its thread's first page, at its own position."""
    from sectorweb.dates import NOW
    from sectorweb.site import RENDERERS
    sources, site = forums
    src = next(s for s in sources if s.platform == markup)
    f = site.content[src.host]
    base = f"http://{src.host}"
    queue, seen, parsed = [base + "/"], set(), {}
    while queue:
        url = queue.pop()
        page = site.pages.get((src.host, url.removeprefix(base)))
        if url in seen or page is None or page.status != 200:
            continue
        seen.add(url)
        p = parsed[url.removeprefix(base)] = parse_page(url, page.body, now=NOW)
        queue += p.nav.boards + p.nav.threads
    pages = [path for path, _, _ in RENDERERS[markup].item_pages(f)]
    assert set(pages) <= set(parsed), sorted(set(pages) - set(parsed))[:3]
    assert {p.page_type for path, p in parsed.items() if path not in pages} <= {"home", "listing"}
    i, keys = 0, set()
    for t in f.threads():
        first = base + pages[i]
        for k in range(0, len(t.messages), f.posts_per_page):
            p = parsed[pages[i]]
            i += 1
            assert p.thread_url == first
            assert [m.position for m in p.posts] == list(range(k + 1, k + 1 + len(p.posts)))
            keys |= {(p.thread_url, m.position) for m in p.posts}
    assert len(keys) == sum(len(t.messages) for t in f.threads())
