"""Re-crawls of a web that sends no ETag / Last-Modified and never answers 304 (as many dynamic
blogs and forums): what changed is inferred from feeds, sitemaps and listings (spiders/listing_state.py)."""
from __future__ import annotations

import duckdb
import pytest

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def nv_runs(tmp_path_factory):
    """Three audits of the demo web without validators in one workspace: a first crawl, a re-crawl
    of the unchanged web, a re-crawl of the web a week later."""
    from ecoaudit.demo_audit import demo_audit

    ws = tmp_path_factory.mktemp("novalidators-ws")
    results = {}
    for run_id, days in (("nv-1", 0), ("nv-2", 0), ("nv-3", 7)):
        results[run_id] = demo_audit(ws, run_id=run_id, days_later=days, validators=False)
    return results


@pytest.fixture
def con(nv_runs):
    c = duckdb.connect(str(nv_runs["nv-1"].run_dir.parent.parent / "warehouse.duckdb"), read_only=True)
    yield c
    c.close()


def test_recrawl_without_validators_fetches_little_and_loses_nothing(con):
    from ecoaudit.recrawl import recrawl_stats

    stats = recrawl_stats(con, "nv-2", "nv-1")
    assert stats["not_modified"] == 0  # the server never answers 304
    # requests = responses the spider received (fetch rows not carried + HTTP error rows)
    assert stats["requests"] <= 0.10 * stats["previous_requests"], stats
    assert stats["carried"] > 0
    status = dict(con.execute("select run_id, status from runs").fetchall())
    assert status["nv-1"] == status["nv-2"] == "delivered"
    for table in ("raw_pages", "raw_comments", "raw_forum_posts", "raw_entries"):
        counts = [con.execute(f"select count(*) from {table} where run_id = ?", [r]).fetchall()[0][0]
                  for r in ("nv-1", "nv-2")]
        assert counts[0] == counts[1] > 0, (table, counts)
    q = "select host, verdict, posts, comments from sources where run_id = ? order by host"
    assert con.execute(q, ["nv-1"]).fetchall() == con.execute(q, ["nv-2"]).fetchall()


def test_recrawl_without_validators_a_week_later_finds_every_new_post_and_reply(con):
    from ecoaudit.recrawl import recrawl_stats
    from tests.test_e2e_demo import missed_a_week_later

    missing, stale = missed_a_week_later(con, "nv-3", "nv-2")
    assert not missing, missing[:10]
    assert not stale, stale
    stats = recrawl_stats(con, "nv-3", "nv-1")
    assert stats["requests"] < 0.6 * stats["previous_requests"], stats
