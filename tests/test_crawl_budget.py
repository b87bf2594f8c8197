"""The page budget goes to a site's newest posts, by a real crawl of five blogs served on 127.0.0.1.

A blog's home and its pager run from the newest posts to the oldest. The budget is spent as listings
are read; a crawl that reads the listings it queued last first (Scrapy's default queue, which bites
once the downloader is busy with other sites) spends it on a site's oldest posts: copies lose their
originals and posts per month come out low (docs/classification.md, "Crawl windows")."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest

from sectorweb.dates import NOW
from sectorweb.families import permalink
from sectorweb.site import build_site
from sectorweb.sources import Source
from tests.test_demo_markups import blog_source

pytestmark = pytest.mark.e2e

POSTS, BUDGET = 120, 60
# Joomla and SPIP: a home whose pager links every page at once (?start=8 ... ?start=112); Dotclear and
# WordPress: archives and categories beside the pager; Canalblog: one "older posts" link.
MARKUPS = ("joomla", "spip", "dotclear", "wordpress", "canalblog")


def _blog(markup: str) -> Source:
    return blog_source(f"www.budget-{markup.replace('_', '-')}.test", markup, NOW - timedelta(days=1),
                       n_posts=POSTS, per_month=20.0, comments=(0, 1), reply_rate=0.0,
                       topics=["assurance_vie", "scpi", "bourse", "retraite"], personal_comments=False)


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    """The five blogs crawled at once with two requests in flight, so that requests wait in the queue."""
    from ecoaudit.demo_audit import through_proxy
    from sectorweb.server import DemoServer
    from spiders.job import CrawlJob
    from spiders.launch import run_crawl

    sources = [_blog(m) for m in MARKUPS]
    site = build_site(sources=sources, bare_redirects={})
    root = tmp_path_factory.mktemp("budget")
    job = CrawlJob(seeds=[f"http://{s.host}/" for s in sources], items_dir=str(root / "items"),
                   max_pages_per_source=BUDGET, delay_seconds=0, discover=False, concurrent_requests=2)
    with DemoServer(site=site) as server:
        with through_proxy(server.proxy_url):
            run_crawl(job, root / "job.json", timeout=180)
    rows = [json.loads(line) for line in (root / "items" / "pages.jsonl").read_text().splitlines() if line]
    return {s.platform: (s, site.content[s.host]) for s in sources}, rows


@pytest.mark.parametrize("markup", MARKUPS)
def test_the_budget_goes_to_the_newest_posts(crawl, markup):
    blogs, rows = crawl
    src, blog = blogs[markup]
    newest_first = sorted(blog.posts, key=lambda p: p.when, reverse=True)
    rank = {permalink(src.platform, src.host, p).rstrip("/"): i for i, p in enumerate(newest_first)}
    fetched = [rank[r["url"].rstrip("/")] for r in rows
               if r["host"] == src.host and r["page_type"] == "article" and r["url"].rstrip("/") in rank]
    assert len(fetched) >= BUDGET // 2, fetched
    # Listings take part of the budget; the posts it buys are the newest (a category's first page may
    # reach a little further back than the pager).
    assert sum(r < BUDGET for r in fetched) >= 0.9 * len(fetched), sorted(fetched)


@pytest.mark.parametrize("listing, link, same", [
    ("http://x.test/", "http://x.test/?start=10", True),  # Joomla
    ("http://x.test/", "http://x.test/page/2/", True),  # WordPress, Dotclear
    ("http://x.test/page/2/", "http://x.test/page/3/", True),
    ("http://x.test/", "http://x.test/?debut_articles_recents=10", True),  # SPIP
    ("http://x.test/index.php", "http://x.test/index.php?start=8", True),
    ("http://x.test/category/scpi", "http://x.test/category/scpi/page/2", True),
    ("http://x.test/", "http://x.test/category/scpi", False),  # another list
    ("http://x.test/", "http://x.test/category/scpi/page/2", False),
    ("http://x.test/", "http://x.test/2026/10/", False),  # a monthly archive
    ("http://x.test/?lang=en", "http://x.test/?lang=fr&page=2", False),
])
def test_a_pager_link_continues_its_own_list_only(listing, link, same):
    from spiders.parsers.links import continues

    assert continues(listing, link) is same
