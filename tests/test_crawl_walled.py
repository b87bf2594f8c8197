"""A site behind an anti-bot wall, by a real crawl served on 127.0.0.1: the wall lets the crawler read the
home page and one post, then answers 403 (as Cloudflare or a web application firewall does). One post read
is the crawl's, not the site's: the source is undecided with the note crawl_incomplete, never convicted
as a one-page blog. The crawler stops asking after five refusals in a row. Its twin without a wall,
crawled alongside, is read whole."""
from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlsplit

import pytest

from sectorweb.dates import NOW
from sectorweb.families import permalink
from sectorweb.site import Page, build_site
from sectorweb.sources import Source
from tests.test_demo_markups import blog_source

pytestmark = pytest.mark.e2e

WALLED, OPEN = "www.derriere-le-mur.test", "www.grand-ouvert.test"


def _blog(host: str) -> Source:
    return blog_source(host, "wordpress", NOW - timedelta(days=2), n_posts=40, per_month=8.0, comments=(0, 1),
                       reply_rate=0.0, topics=["assurance_vie", "scpi"], personal_comments=False)


def _walled(lookup, host: str, allowed: set[str]):
    """The site's answers, except that `host` refuses every path but `allowed` with a 403."""
    wall = Page(403, "text/html; charset=utf-8", b"<html><body>Access denied</body></html>", {})

    def answer(h: str, target: str):
        if h.lower() == host and (target or "/") not in allowed:
            return wall
        return lookup(h, target)
    return answer


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    from ecoaudit import sqlrun, warehouse
    from ecoaudit.demo_audit import through_proxy
    from sectorweb.server import DemoServer
    from spiders.job import CrawlJob
    from spiders.launch import run_crawl

    sources = [_blog(WALLED), _blog(OPEN)]
    site = build_site(sources=sources, bare_redirects={})
    newest = max(site.content[WALLED].posts, key=lambda p: p.when)
    post = urlsplit(permalink("wordpress", WALLED, newest))
    site.lookup = _walled(site.lookup, WALLED, {"/", "/robots.txt", post.path + (f"?{post.query}" if post.query else "")})
    root = tmp_path_factory.mktemp("walled")
    job = CrawlJob(seeds=[f"http://{h}/" for h in (WALLED, OPEN)], items_dir=str(root / "items"),
                   delay_seconds=0, discover=False)
    with DemoServer(site=site) as server:
        with through_proxy(server.proxy_url):
            run_crawl(job, root / "job.json", timeout=180)
    con = warehouse.connect(root / "w.duckdb")
    warehouse.load_run(con, "r1", root / "items")
    sqlrun.run_models(con, "r1")
    return con


def test_the_wall_was_met_and_recorded_as_errors(audited):
    errors = dict(audited.execute("select error, count(*) from raw_errors where host = ? group by error",
                                  [WALLED]).fetchall())
    # asked until it had refused five times in a row (spiders/wallguard.py), plus the requests already
    # queued in the downloader (at most CONCURRENT_REQUESTS), then no more: the pages not asked are error
    # rows too, so the record says what was not read
    assert 5 <= errors.get("http_403", 0) <= 5 + 16, errors
    assert errors.get("walled", 0) >= 1, errors
    read = audited.execute("select count(*) from raw_pages where host = ? and page_type = 'article'",
                           [WALLED]).fetchall()[0][0]
    assert read == 1


def test_a_walled_site_is_undecided_not_a_one_page_blog(audited):
    verdict, note, reasons = audited.execute(
        "select machine_verdict, verdict_note, reasons from sources where host = ?", [WALLED]).fetchall()[0]
    assert (verdict, note) == ("undecided", "crawl_incomplete"), reasons
    assert reasons.endswith("crawl_incomplete=http_403")


def test_its_twin_without_a_wall_is_read_whole(audited):
    posts, note = audited.execute("select posts, verdict_note from sources where host = ?", [OPEN]).fetchall()[0]
    assert posts >= 40 and note is None
