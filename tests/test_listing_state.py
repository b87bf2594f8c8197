"""Re-crawls without validators: what feeds, sitemaps and listings say changed (spiders/listing_state.py)."""
from __future__ import annotations

import http.client

import pytest

from ecoaudit.urls import normalize
from spiders import listing_state as ls

BOARD = """<html><body><ul class="topiclist">
<li class="row"><dl><dt><a href="./viewtopic.php?t=1" class="topictitle">Sujet un</a>
<a href="./viewtopic.php?t=1&amp;start=20">2</a></dt>
<dd class="posts">12 <dfn>Réponses</dfn></dd><dd class="views">340 <dfn>Vues</dfn></dd>
<dd class="lastpost">par <a href="./viewtopic.php?p=99#p99">Luc</a> 03 déc. 2026 10:12</dd></dl></li>
<li class="row"><dl><dt><a href="./viewtopic.php?t=2" class="topictitle">Sujet deux</a></dt>
<dd class="posts">3 <dfn>Réponses</dfn></dd><dd>1 234 vues</dd>
<dd class="lastpost">par <a href="./viewtopic.php?p=7#p7">Ana</a> 01 déc. 2026 08:00</dd></dl></li>
</ul><div class="pagination"><a href="./viewforum.php?f=1&amp;start=25">Suivant</a></div></body></html>"""
URL = "http://forum.test/viewforum.php?f=1"
T1, T1P2, T2 = (normalize(f"http://forum.test/viewtopic.php?{q}") for q in ("t=1", "t=1&start=20", "t=2"))
NEXT = normalize("http://forum.test/viewforum.php?f=1&start=25")
CHILDREN = [T1, T1P2, T2, NEXT]


def state(html: str) -> dict:
    return ls.page_state(URL, html.encode(), CHILDREN)


def test_a_listing_row_is_the_block_around_one_thread():
    s = state(BOARD)
    assert set(s["rows"]) == set(CHILDREN)
    assert s["rows"][T1] == s["rows"][T1P2]  # a thread's pagination links share its row
    assert s["rows"][T1] != s["rows"][T2]
    assert s["rows"][T1].endswith("#") and s["rows"][T2].endswith("#")  # rows with counters


def test_unchanged_listing_vouches_for_all_its_children():
    unchanged, same, changed = ls.compare_pages(state(BOARD), state(BOARD))
    assert unchanged and same == set(CHILDREN) and not changed


def test_view_counters_do_not_count_as_changes():
    later = BOARD.replace("340 <dfn>Vues", "351 <dfn>Vues").replace("1 234 vues", "1 301 vues")
    assert state(later)["fp"] == state(BOARD)["fp"]


def test_a_new_reply_changes_its_thread_only():
    later = BOARD.replace("12 <dfn>", "13 <dfn>").replace("p=99#p99\">Luc</a> 03", "p=120#p120\">Zoé</a> 04")
    unchanged, same, changed = ls.compare_pages(state(BOARD), state(later))
    assert not unchanged
    assert changed == {T1, T1P2}
    assert T2 in same


def test_a_new_thread_leaves_the_others_unchanged():
    new_row = ('<li class="row"><dl><dt><a href="./viewtopic.php?t=3" class="topictitle">Nouveau</a></dt>'
               '<dd class="posts">0 <dfn>Réponses</dfn></dd></dl></li>\n')
    later = BOARD.replace('<ul class="topiclist">\n', '<ul class="topiclist">\n' + new_row)
    t3 = normalize("http://forum.test/viewtopic.php?t=3")
    new = ls.page_state(URL, later.encode(), CHILDREN + [t3])
    unchanged, same, changed = ls.compare_pages(state(BOARD), new)
    assert not unchanged and {T1, T2} <= same and not changed and t3 not in same


def test_without_a_previous_state_nothing_is_said():
    assert ls.compare_pages(None, state(BOARD)) == (False, set(), set())


RSS = """<?xml version="1.0"?><rss version="2.0" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
 xmlns:wfw="http://wellformedweb.org/CommentAPI/"><channel>
<item><link>http://blog.test/a/</link><comments>http://blog.test/a/#respond</comments>
<pubDate>Mon, 30 Nov 2026 10:00:00 +0000</pubDate><wfw:commentRss>http://blog.test/a/feed/</wfw:commentRss>
<slash:comments>{a}</slash:comments></item>
<item><link>http://blog.test/b/</link><pubDate>Sun, 29 Nov 2026 10:00:00 +0000</pubDate></item>
</channel></rss>"""


def test_feed_entries_give_dates_and_comment_counts():
    s = ls.feed_state("http://blog.test/feed/", RSS.format(a=2).encode())
    assert s["entries"]["http://blog.test/a/"] == "Mon, 30 Nov 2026 10:00:00 +0000|2"
    assert s["entries"]["http://blog.test/b/"].endswith("|")
    # same date and comment count: unchanged; a date alone does not vouch for the comments
    same, changed = ls.compare_entries(s, s, need_count=True)
    assert same == {"http://blog.test/a/"} and not changed
    later = ls.feed_state("http://blog.test/feed/", RSS.format(a=3).encode())
    assert ls.compare_entries(s, later, need_count=True) == (set(), {"http://blog.test/a/"})


def test_atom_thread_counts():
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0">
    <entry><link rel="alternate" href="http://b.test/p1"/><link rel="replies" href="http://b.test/p1#c" thr:count="4"/>
    <updated>2026-11-30T10:00:00Z</updated></entry></feed>"""
    assert ls.feed_state("http://b.test/feed", atom)["entries"] == {"http://b.test/p1": "2026-11-30T10:00:00Z|4"}


def test_comment_feed_and_sitemap_states():
    entries = [{"url": "http://b.test/p1#comment-3", "published": "2026-12-01T10:00:00"},
               {"url": "http://b.test/p1#comment-2", "published": "2026-11-30T10:00:00"},
               {"url": "http://b.test/p2#comment-1", "published": "2026-11-01T10:00:00"}]
    s = ls.comment_feed_state(entries)
    assert s["entries"] == {"http://b.test/p1": "2|2026-12-01T10:00:00", "http://b.test/p2": "1|2026-11-01T10:00:00"}
    later = ls.comment_feed_state([{"url": "http://b.test/p2#comment-4", "published": "2026-12-02T09:00:00"}] + entries[:2])
    assert ls.compare_entries(s, later) == ({"http://b.test/p1"}, {"http://b.test/p2"})
    a = ls.sitemap_state([("http://b.test/p1", "2026-11-30"), ("http://b.test/p2", None)], [])
    b = ls.sitemap_state([("http://b.test/p1", "2026-12-01"), ("http://b.test/p2", None)], [])
    assert ls.compare_entries(a, a) == ({"http://b.test/p1"}, set())  # no lastmod: no evidence
    assert ls.compare_entries(a, b) == (set(), {"http://b.test/p1"})


@pytest.mark.parametrize("every", [1, 2, 4, 7])
def test_rotating_recheck_fetches_every_page_once_every_n_runs(every):
    urls = [f"http://b.test/post-{i}/" for i in range(500)]
    for start in (1, 2, 5, 11):  # any window of `every` consecutive runs
        rounds = range(start, start + every)
        for url in urls:
            assert sum(ls.recheck_due(url, r, every) for r in rounds) == 1, (url, start)
    # and the load is spread: about 1/every of the pages per run
    share = sum(ls.recheck_due(u, 3, every) for u in urls) / len(urls)
    assert abs(share - 1 / every) < 0.08


def test_demo_server_without_validators_never_answers_304():
    from sectorweb.server import DemoServer

    def get(srv, headers=None):
        conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=10)
        conn.request("GET", "/", headers={"Host": "www.patrimoine-conseils.test", **(headers or {})})
        resp = conn.getresponse()
        resp.read()
        conn.close()
        return resp

    with DemoServer() as srv:
        first = get(srv)
        etag = first.getheader("ETag")
        assert etag and first.getheader("Last-Modified")
        assert get(srv, {"If-None-Match": etag}).status == 304
        site = srv.site
    with DemoServer(site=site, validators=False) as srv:
        plain = get(srv)
        assert plain.status == 200 and plain.getheader("ETag") is None and plain.getheader("Last-Modified") is None
        assert get(srv, {"If-None-Match": etag, "If-Modified-Since": first.getheader("Last-Modified")}).status == 200


def test_spider_defers_known_pages_and_carries_what_evidence_vouches_for(tmp_path):
    """A re-crawl's decisions once idle: changed pages fetched at once, unchanged ones carried unless
    due for their re-check, unreached ones fetched when due, all others carried (closing_items)."""
    import json

    from spiders.audit import AuditSpider, SourceState
    from spiders.job import CrawlJob

    host = "blog.test"
    pages = [f"http://{host}/post-{i}/" for i in range(40)]
    known = tmp_path / "known.jsonl"
    rows = [{"kind": "run", "round": 3}] + [
        {"url": u, "host": host, "kind": "page", "page_type": "article", "recrawl_state": None} for u in pages]
    known.write_text("".join(json.dumps(r) + "\n" for r in rows))
    job = CrawlJob(seeds=[f"http://{host}/"], items_dir=str(tmp_path / "items"), known_file=str(known),
                   previous_run="r0", recheck_every_runs=4)
    sp = AuditSpider(job=job)
    sp.sources[host] = SourceState(host=host, source=f"http://{host}/", status="seed", depth=0, crawled=True)
    assert sp.round == 3
    same, changed, silent = pages[:10], pages[10:12], pages[12:20]  # pages[20:]: not reached
    sp.same.update(same)
    sp._mark_changed(changed)
    now = [sp._request(u, host, sp.parse_any, 25) for u in same + changed + silent]
    assert [r.url for r in now if r is not None] == changed  # changed: fetched at once
    assert set(sp.pending) == set(same + silent)  # the others wait for all the evidence
    later = {r.url for r in sp._decide()}
    due = {u for u in pages if ls.recheck_due(u, 3, 4)}
    assert later == set(silent) | (due & set(same)) | (due & set(pages[20:]))
    assert not sp._decide()  # decided once
    carried = {c.url for c in sp.closing_items() if getattr(c, "reason", None) == "not_revisited"}
    assert carried == set(pages)  # nothing answered in this test: every page is carried


def test_relative_pagination_links_are_rows_too():
    html = b'<html><body><div class="nav"><a href="?page=2">2</a> <a href="./">Accueil</a></div></body></html>'
    url = "http://b.test/blog/?page=1"
    kids = [normalize("http://b.test/blog/?page=2"), normalize("http://b.test/blog/")]
    assert set(ls.page_state(url, html, kids)["rows"]) == set(kids)
