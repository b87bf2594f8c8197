"""The crawl and the warehouse agree on which linked hosts are never sources (share buttons, platform
credits, profile services): the crawl does not discover them, the map does not draw them."""
from __future__ import annotations

from tests.test_sql_fixtures import add, article, link, new_db, source, text

from ecoaudit import sqlrun
from ecoaudit.urls import on_ignored_host
from spiders.job import link_host_seeds

HOSTS = [
    "facebook.com", "www.facebook.com", "fr-fr.facebook.com", "m.facebook.com", "fr.linkedin.com",
    "www.blogger.com", "blogger.com", "wordpress.com", "www.wordpress.com", "epargne-lou.wordpress.com",
    "monblog.blogspot.com", "gravatar.com", "secure.gravatar.com", "www.placements-malins.fr",
    "notfacebook.com", "facebook.com.example", "Www.Twitter.com",
    # a member who signs with his channel or account on two pages: never a crawled source
    "www.youtube.com", "m.youtube.com", "youtu.be", "www.instagram.com", "www.tiktok.com", "www.dailymotion.com",
    "youtube.com.example",
]


def test_crawl_and_map_agree_on_ignored_hosts():
    seeds = link_host_seeds()
    assert "facebook.com" in seeds["ignored_link_hosts"] and "wordpress.com" in seeds["user_site_platforms"]
    page = article("blog.example", "a", text(1), None)
    con = new_db()
    add(con, "r1", [source("blog.example"), page] + [link(page, f"https://{h}/x") for h in HOSTS])
    sqlrun.run_models(con, "r1")
    in_sql = dict(con.execute("select host, ignored_host from int_url_entities where host <> 'blog.example'").fetchall())
    in_crawl = {h.lower(): on_ignored_host(h, seeds["ignored_link_hosts"], seeds["user_site_platforms"]) for h in HOSTS}
    assert in_sql == in_crawl
    # what each side says, spelled out
    assert in_crawl["fr.linkedin.com"] and in_crawl["www.blogger.com"] and in_crawl["wordpress.com"]
    assert not in_crawl["epargne-lou.wordpress.com"] and not in_crawl["notfacebook.com"]
    assert not in_crawl["facebook.com.example"] and not in_crawl["www.placements-malins.fr"]
    assert in_crawl["www.youtube.com"] and in_crawl["youtu.be"] and in_crawl["www.instagram.com"]
    assert not in_crawl["youtube.com.example"]


def test_channels_and_accounts_are_entities_on_ignored_hosts():
    page = article("blog.example", "a", text(1), None)
    urls = ["https://www.youtube.com/@BourseFacile/videos", "https://www.instagram.com/patrimoine.lou/",
            "https://www.tiktok.com/@invest_lou/video/1", "https://bsky.app/profile/lou.bsky.social"]
    con = new_db()
    add(con, "r1", [source("blog.example"), page] + [link(page, u) for u in urls])
    sqlrun.run_models(con, "r1")
    got = {r[0]: r[1:] for r in con.execute("select url, entity, ignored_host from int_url_entities").fetchall()}
    assert [got[u] for u in urls] == [("youtube.com/@boursefacile", True), ("instagram.com/patrimoine.lou", True),
                                      ("tiktok.com/@invest_lou", True), ("bsky.app/profile/lou.bsky.social", True)]
