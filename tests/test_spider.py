"""Spider callbacks on HtmlResponse objects built from recorded pages (no network, no reactor)."""
from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from spiders.audit import AuditSpider, thread_key
from spiders.items import (CommentItem, EntryItem, ErrorItem, FetchItem, ForumPostItem,
                           LinkItem, PageItem, unbundle)
from spiders.job import CrawlJob

HTML = Path(__file__).parent / "fixtures" / "html"
FEEDS = Path(__file__).parent / "fixtures" / "feeds"
WP = "https://patrimoine-et-vous.fr"
FORUM = "https://forum-patrimoine.example"


def spider(seeds, tmp_path, **kw) -> AuditSpider:
    job = CrawlJob(seeds=seeds, items_dir=str(tmp_path / "items"), **kw)
    return AuditSpider(job=job)


async def started(sp: AuditSpider) -> list[Request]:
    return [r async for r in sp.start()]


def response(url: str, body: bytes, request: Request | None = None, cls=HtmlResponse,
             ctype=b"text/html; charset=utf-8", status=200, **meta):
    request = request or Request(url, meta=meta)
    return cls(url=url, body=body, encoding="utf-8", request=request, status=status,
               headers={"Content-Type": ctype})


def collect(gen) -> list:
    """Everything a callback yields, whether it is a plain or an async generator."""
    if hasattr(gen, "__aiter__"):
        async def drain():
            return [x async for x in gen]
        return asyncio.run(drain())
    return list(gen)


def split(results):
    out: dict[type, list] = {}
    for r in (row for obj in results for row in unbundle(obj)):
        out.setdefault(type(r), []).append(r)
    return out


def test_home_learns_the_platform_and_walks_feeds_sitemaps_and_posts(tmp_path):
    import asyncio

    sp = spider([WP + "/"], tmp_path, max_pages_per_source=5)
    (req,) = asyncio.run(started(sp))
    assert req.callback == sp.parse_home and req.meta["source"] == "patrimoine-et-vous.fr"
    res = response(WP + "/", (HTML / "wordpress" / "home.html").read_bytes(), request=req)
    out = split(collect(sp.parse_home(res)))
    (page,) = out[PageItem]
    assert page.page_type == "home" and page.platform == "wordpress" and page.host == "patrimoine-et-vous.fr"
    state = sp.sources["patrimoine-et-vous.fr"]
    assert state.crawled and state.platform == "wordpress" and state.kind == "blog"
    reqs = out[Request]
    by_cb = {}
    for r in reqs:
        by_cb.setdefault(r.callback.__name__, []).append(r.url)
    assert by_cb["parse_robots"] == [WP + "/robots.txt"]
    assert by_cb["parse_feed"] == [WP + "/feed/"]  # the comments feed is not a post inventory
    # the budget counts HTML pages: the home plus 4 more, whatever the page links to
    html_reqs = [r for r in reqs if r.callback == sp.parse_any]
    assert len(html_reqs) == 4 and state.pages == 5
    assert all(r.url.startswith(WP) for r in reqs if r.callback != sp.parse_home)
    # blogroll links are links and candidate sources, crawled at depth 1
    blogroll = [l for l in out[LinkItem] if l.context == "blogroll"]
    assert {l.to_host for l in blogroll} >= {"www.epargne-futee.fr", "blog-du-notaire.example"}
    assert sp.sources["www.epargne-futee.fr"].status == "discovered"
    assert sp.sources["www.epargne-futee.fr"].depth == 1


def test_discovery_off_records_candidates_without_crawling(tmp_path):
    import asyncio

    sp = spider([WP + "/"], tmp_path, discover=False)
    asyncio.run(started(sp))
    res = response(WP + "/", (HTML / "wordpress" / "home.html").read_bytes(), source="patrimoine-et-vous.fr")
    out = split(collect(sp.parse_home(res)))
    assert not [r for r in out[Request] if r.callback == sp.parse_home]
    closing = {s.host: s for s in sp.closing_items()}
    assert closing["www.epargne-futee.fr"].status == "discovered"
    assert closing["www.epargne-futee.fr"].crawled is False
    assert closing["patrimoine-et-vous.fr"].status == "seed"


def test_prospects_are_crawled_at_the_edge_of_discovery_and_excluded_sites_never(tmp_path):
    """`crawl.prospect_top`: the previous run's prospects are crawled as discovered sources whose own
    links are recorded, not followed, even with discovery off; an excluded site (OUT) is linked, never
    crawled, as a prospect or as a discovered site."""
    import asyncio

    sp = spider([WP + "/"], tmp_path, discover=False, discover_depth=1,
                prospects=["http://prospect.example/", "http://www.out.example/"],
                excluded_hosts=["out.example", "www.epargne-futee.fr"])
    reqs = asyncio.run(started(sp))
    homes = [r.url for r in reqs if r.callback == sp.parse_home]
    assert homes == [WP + "/", "http://prospect.example/"]
    state = sp.sources["prospect.example"]
    assert (state.status, state.discovered_from, state.depth) == ("discovered", "prospect", 1)
    assert "www.out.example" not in sp.sources
    # discovery on: the excluded blogroll site is linked but not crawled; the others are
    sp = spider([WP + "/"], tmp_path, excluded_hosts=["epargne-futee.fr"])
    asyncio.run(started(sp))
    res = response(WP + "/", (HTML / "wordpress" / "home.html").read_bytes(), source="patrimoine-et-vous.fr")
    out = split(collect(sp.parse_home(res)))
    crawled = {r.url for r in out[Request] if r.callback == sp.parse_home}
    linked = {l.to_host for l in out[LinkItem]}
    assert "www.epargne-futee.fr" in linked
    assert not [u for u in crawled if "epargne-futee" in u]
    assert [u for u in crawled if "blog-du-notaire" in u]


def test_post_yields_comments_and_comment_links(tmp_path):
    import asyncio

    sp = spider([WP + "/"], tmp_path)
    asyncio.run(started(sp))
    sp.sources["patrimoine-et-vous.fr"].platform = "wordpress"
    url = WP + "/2025/03/04/assurance-vie-apres-70-ans/"
    out = split(collect(sp.parse_any(response(url, (HTML / "wordpress" / "post.html").read_bytes(),
                                      source="patrimoine-et-vous.fr"))))
    (page,) = out[PageItem]
    assert page.page_type == "article" and page.n_comments == len(out[CommentItem]) > 0
    assert [c.position for c in out[CommentItem]] == list(range(1, page.n_comments + 1))
    signed = [c for c in out[CommentItem] if c.author_url]
    comment_links = [l for l in out[LinkItem] if l.context == "comment"]
    assert signed and {l.to_url for l in comment_links} >= {c.author_url for c in signed
                                                            if "patrimoine-et-vous.fr" not in c.author_url}
    # links in one page's comments are evidence, not followed: a passer-by must not steer the crawl
    followed = {r.url for r in out.get(Request, []) if r.callback == sp.parse_home}
    other = {l.to_host for l in out[LinkItem] if l.context != "comment"}
    only_in_comments = {l.to_host for l in comment_links} - other
    assert only_in_comments and not [u for u in followed if any(h in u for h in only_in_comments)]


def test_hosted_blog_post_yields_its_comments_found_by_structure(tmp_path):
    """An Overblog post (no module of its own): comments, their signed URLs and the URLs written in
    them become rows, and none of them is followed."""
    import asyncio

    home = "http://patrimoine-sophie.over-blog.com/"
    sp = spider([home], tmp_path)
    asyncio.run(started(sp))
    url = home + "2025/03/assurance-vie-y-croire.html"
    out = split(collect(sp.parse_any(response(url, (HTML / "hosted" / "overblog.html").read_bytes(),
                                              source="patrimoine-sophie.over-blog.com"))))
    (page,) = out[PageItem]
    assert (page.page_type, page.n_comments) == ("article", 3)
    assert [(c.position, c.author) for c in out[CommentItem]] == [
        (1, "Rachat crédit express"), (2, "Hélène"), (3, "Sophie")]
    assert out[CommentItem][0].author_url == "http://www.rachat-credit-express.example/"
    spam = {l.to_url for l in out[LinkItem] if l.context == "comment"}
    assert {"http://www.rachat-credit-express.example/", "http://www.rachat-credit-express.example/simulation"} <= spam
    followed = {r.url for r in out.get(Request, [])}
    assert not [u for u in followed if "rachat-credit-express" in u]


def test_a_site_signed_in_comments_on_two_pages_is_crawled_a_platform_profile_never(tmp_path):
    """Commenters' sites become sources once they sign (or are linked in comments) on two pages: the
    sector's bloggers, and the splogs comment spam promotes. Profiles on a platform (blogger.com,
    fr.linkedin.com) never do; a blog on a platform's sub-domain does."""
    import asyncio

    from spiders.job import link_host_seeds

    home = "http://patrimoine-sophie.over-blog.com/"
    sp = spider([home], tmp_path, **link_host_seeds())
    asyncio.run(started(sp))
    body = (HTML / "hosted" / "overblog.html").read_bytes()
    extra = "".join(
        f'<li class="ob-comment" id="comment-{n}"><div class="ob-user"><span class="ob-name"><a href="{url}">{who}</a>'
        f'</span> <span class="ob-date">0{n % 9 + 1}/03/2025 10:00</span></div><div class="ob-message">'
        f'<p class="ob-text">{text}</p></div></li>'
        for n, (url, who, text) in enumerate([
            ("https://www.blogger.com/profile/42", "Lou", "Je suis du même avis, merci pour ce point."),
            ("https://fr.linkedin.com/in/lou", "Lou B.", "Article utile pour mes clients, je le partage."),
            ("https://epargne-lou.wordpress.com/", "Lou R.", "J'en parle aussi sur mon blog, avec des chiffres."),
        ], start=1)).encode()

    def crawled_homes(path: str, page: bytes) -> set[str]:
        out = split(collect(sp.parse_any(response(home + path, page, source="patrimoine-sophie.over-blog.com"))))
        return {r.url for r in out.get(Request, []) if r.callback == sp.parse_home}

    assert not crawled_homes("2025/03/assurance-vie-y-croire.html", body)  # one page: a link, not a source
    assert "www.rachat-credit-express.example" not in sp.sources
    page = body.replace(b"</ul>\n </div>\n <div class=\"ob-form\">", extra + b"</ul>\n </div>\n <div class=\"ob-form\">")
    assert page != body
    second = crawled_homes("2025/04/scpi-ou-pas.html", page)
    assert second == {"http://www.rachat-credit-express.example/"}
    state = sp.sources["www.rachat-credit-express.example"]
    assert (state.status, state.depth, state.discovered_from) == ("discovered", 1, "patrimoine-sophie.over-blog.com")
    third = crawled_homes("2025/05/per-ou-pas.html", page)
    assert third == {"https://epargne-lou.wordpress.com/"}  # signed twice now; the profiles never
    assert not {h for h in sp.sources if "blogger" in h or "linkedin" in h}
    # 0: comments never lead to new sources
    sp = spider([home], tmp_path, discover_signed_pages=0)
    asyncio.run(started(sp))
    assert not crawled_homes("2025/03/assurance-vie-y-croire.html", body) | crawled_homes("2025/04/x.html", body)


def test_forum_posts_keyed_by_thread_whatever_the_url(tmp_path):
    sp = spider([FORUM + "/index.php"], tmp_path)
    from spiders.audit import SourceState

    sp.sources["forum-patrimoine.example"] = SourceState(
        host="forum-patrimoine.example", source=FORUM + "/", status="seed", depth=0, platform="phpbb")
    body = (HTML / "phpbb" / "viewtopic.html").read_bytes()
    first = split(collect(sp.parse_any(response(FORUM + "/viewtopic.php?t=15", body, source="forum-patrimoine.example"))))
    posts = first[ForumPostItem]
    assert posts and {p.thread_url for p in posts} == {FORUM + "/viewtopic.php?t=15"}
    assert [p.position for p in posts] == list(range(1, len(posts) + 1))
    # the same page reached through a post permalink adds no duplicate messages
    again = split(collect(sp.parse_any(response(FORUM + "/viewtopic.php?p=1001", body, source="forum-patrimoine.example"))))
    assert ForumPostItem not in again
    page2 = split(collect(sp.parse_any(response(FORUM + "/viewtopic.php?t=15&start=10",
                                        (HTML / "phpbb" / "viewtopic-page2.html").read_bytes(),
                                        source="forum-patrimoine.example"))))
    assert min(p.position for p in page2[ForumPostItem]) == 11
    assert {p.thread_url for p in page2[ForumPostItem]} == {FORUM + "/viewtopic.php?t=15"}


def test_a_members_signature_on_two_thread_pages_makes_his_site_a_source(tmp_path):
    """A forum signature is the member's, like a commenter's: a `comment` link, and a discovered source once
    it is seen on two pages."""
    from spiders.audit import SourceState

    sp = spider([FORUM + "/index.php"], tmp_path)
    sp.sources["forum-patrimoine.example"] = SourceState(
        host="forum-patrimoine.example", source=FORUM + "/", status="seed", depth=0, platform="phpbb")

    def read(url: str, name: str) -> dict:
        return split(collect(sp.parse_any(response(url, (HTML / "phpbb" / name).read_bytes(),
                                                   source="forum-patrimoine.example"))))

    first = read(FORUM + "/viewtopic.php?t=15", "viewtopic.html")
    sig = [l for l in first[LinkItem] if l.to_host == "www.cabinet-rentier.example"]
    assert [l.context for l in sig] == ["comment"]
    assert not [r for r in first.get(Request, []) if "cabinet-rentier" in r.url]
    second = read(FORUM + "/viewtopic.php?t=15&start=10", "viewtopic-page2.html")
    assert [r.url for r in second[Request] if "cabinet-rentier" in r.url] == ["https://www.cabinet-rentier.example/"]
    assert sp.sources["www.cabinet-rentier.example"].discovered_from == "forum-patrimoine.example"


def test_feed_entries_and_since_filter(tmp_path):
    from spiders.audit import SourceState

    sp = spider([WP + "/"], tmp_path, since="2025-03-01")
    sp.sources["patrimoine-et-vous.fr"] = SourceState(host="patrimoine-et-vous.fr", source=WP + "/",
                                                      status="seed", depth=0)
    body = (FEEDS / "wordpress-rss.xml").read_bytes()
    res = response(WP + "/feed/", body, cls=TextResponse, ctype=b"application/rss+xml",
                   source="patrimoine-et-vous.fr")
    out = split(collect(sp.parse_feed(res)))
    entries = out[EntryItem]
    assert entries and all(e.published >= "2025-03-01" for e in entries if e.published)
    assert all(e.origin == "feed" and e.summary for e in entries)
    assert {r.url for r in out[Request]} <= {e.url for e in entries} | {e.url + "/" for e in entries}
    everything = spider([WP + "/"], tmp_path)
    everything.sources = sp.sources
    assert len(split(collect(everything.parse_feed(res)))[EntryItem]) > len(entries)


def test_errors_are_rows(tmp_path):
    from spiders.audit import SourceState

    sp = spider(["http://down.example/"], tmp_path)
    sp.sources["down.example"] = SourceState(host="down.example", source="http://down.example/",
                                             status="seed", depth=0)
    req = Request("http://down.example/", meta={"source": "down.example"})
    resp = Response("http://down.example/", status=500, request=req)
    failure = Failure(HttpError(resp))
    failure.request = req  # Scrapy sets it on errbacks' failures
    (err,) = list(sp.on_error(failure))
    assert (err.error, err.status_code, err.host) == ("http_500", 500, "down.example")
    # a PDF where a home page was expected
    pdf = Response("http://down.example/", body=b"%PDF-1.4", request=req,
                   headers={"Content-Type": "application/pdf"})
    out = split(collect(sp.parse_home(pdf)))
    (item,) = out[ErrorItem]
    assert out[FetchItem][0].status_code == 200  # the fetch is logged, the page is not kept
    assert isinstance(item, ErrorItem) and item.error == "not_html" and "application/pdf" in item.message
    assert sp.sources["down.example"].crawled is False


def test_redirected_seed_merges_with_a_source_found_first(tmp_path):
    import asyncio

    sp = spider(["http://a.example/"], tmp_path)
    (req,) = asyncio.run(started(sp))
    from spiders.audit import SourceState

    sp.sources["www.a.example"] = SourceState(host="www.a.example", source="http://www.a.example/",
                                              status="discovered", depth=1, discovered_from="b.example")
    res = response("http://www.a.example/", (HTML / "wordpress" / "home.html").read_bytes(), request=req)
    collect(sp.parse_home(res))
    hosts = {s.host: s for s in sp.closing_items()}
    assert "a.example" not in hosts
    merged = hosts["www.a.example"]
    assert (merged.status, merged.depth, merged.seed_url) == ("seed", 0, "http://a.example/")


def test_thread_key():
    assert thread_key("http://f.example/viewtopic.php?start=10&t=15") == "http://f.example/viewtopic.php?t=15"
    assert thread_key("http://f.example/viewtopic.php?id=5&p=2") == "http://f.example/viewtopic.php?id=5"
    assert thread_key("http://f.example/threads/sujet.12/page-3") == "http://f.example/threads/sujet.12"
    # a query key without a value names the thread (vBulletin 4's SEO URLs): two threads, two keys
    assert thread_key("http://f.example/showthread.php?12345-livret-a&page=2") == "http://f.example/showthread.php?12345-livret-a"
    assert thread_key("http://f.example/showthread.php?678-scpi") != thread_key("http://f.example/showthread.php?12345-livret-a")


def test_bad_job_is_refused(tmp_path):
    with pytest.raises(Exception, match="seeds"):
        CrawlJob(seeds=[], items_dir=str(tmp_path))
    with pytest.raises(ValueError, match="not an absolute"):
        CrawlJob(seeds=["ftp://x"], items_dir=str(tmp_path))
    with pytest.raises(ValueError, match="job"):
        AuditSpider()


def test_crawl_delay_from_robots_is_obeyed_and_capped(tmp_path):
    from types import SimpleNamespace

    from spiders.audit import SourceState

    sp = spider(["http://slow.example/"], tmp_path, max_crawl_delay=5)
    sp.sources["slow.example"] = SourceState(host="slow.example", source="http://slow.example/",
                                             status="seed", depth=0)
    slot = SimpleNamespace(delay=0.0, randomize_delay=True)
    sp.crawler = SimpleNamespace(engine=SimpleNamespace(downloader=SimpleNamespace(slots={"slow.example": slot})))
    robots = b"User-agent: *\nCrawl-delay: 12\nDisallow: /admin/\n"
    res = response("http://slow.example/robots.txt", robots, cls=TextResponse, ctype=b"text/plain",
                   source="slow.example")
    collect(sp.parse_robots(res))
    assert slot.delay == 5 and sp.crawl_delays == {"slow.example": 5}
    req = sp._request("http://slow.example/page", "slow.example", sp.parse_any, 1)
    assert req.meta["autothrottle_dont_adjust_delay"] is True


def test_redirects_are_recorded(tmp_path):
    import asyncio

    sp = spider(["http://a.example/"], tmp_path)
    (req,) = asyncio.run(started(sp))
    req.meta["redirect_urls"] = ["http://a.example/"]
    res = response("http://www.a.example/", (HTML / "wordpress" / "home.html").read_bytes(), request=req)
    out = split(collect(sp.parse_home(res)))
    (fetch,) = [f for f in out[FetchItem] if f.kind == "home"]
    assert fetch.url == "http://www.a.example/" and fetch.redirected_from == ["http://a.example/"]
    assert sp.sources["www.a.example"].seed_url == "http://a.example/"


def test_a_source_is_as_deep_as_its_shortest_path_whatever_the_order(tmp_path):
    """A host first linked from a discovered source (two hops: not crawled with discover_depth 1), then
    from a seed (one hop), is crawled: depth follows the shortest path, not the order pages arrive in."""
    import asyncio

    sp = spider([WP + "/"], tmp_path, discover_depth=1)
    asyncio.run(started(sp))
    seed = sp.sources["patrimoine-et-vous.fr"]
    hop = list(sp._candidate("https://voisin.example/", "voisin.example", seed))
    assert [r.url for r in hop] == ["https://voisin.example/"]
    far = list(sp._candidate("https://lointain.example/", "lointain.example", sp.sources["voisin.example"]))
    assert far == [] and sp.sources["lointain.example"].depth == 2
    again = list(sp._candidate("https://lointain.example/", "lointain.example", seed))
    assert [r.url for r in again] == ["https://lointain.example/"]
    assert (sp.sources["lointain.example"].depth, sp.sources["lointain.example"].discovered_from) == (
        1, "patrimoine-et-vous.fr")
    assert list(sp._candidate("https://lointain.example/", "lointain.example", seed)) == []  # once
    assert sp.discovered_crawled == 2


def test_custom_forum_is_walked_from_its_table_of_topics(tmp_path):
    """A forum of no known engine: its board (a table of topics, a numbered pager) hands the crawl its
    topics and pages; a topic is read as a thread by what it holds, and its second page adds its
    messages after the first page's, under the same thread."""
    site = "https://retraite-pratique.example"
    host = "retraite-pratique.example"
    sp = spider([site + "/"], tmp_path)
    from spiders.audit import SourceState

    sp.sources[host] = SourceState(host=host, source=site + "/", status="seed", depth=0, platform="generic")
    board = split(collect(sp.parse_any(response(site + "/forum/retraite",
                                                (HTML / "threads" / "custom-board.html").read_bytes(), source=host))))
    asked = {r.url for r in board.get(Request, [])}
    assert {site + "/forum/retraite/racheter-des-trimestres-88", site + "/forum/retraite/pension-de-reversion-87",
            site + "/forum/retraite?page=2"} <= asked
    assert not any("/membres/" in u or "connexion" in u or "recherche" in u for u in asked)

    thread = site + "/forum/retraite/racheter-des-trimestres-88"
    first_page = (HTML / "threads" / "custom-columns.html").read_text(encoding="utf-8")
    one = split(collect(sp.parse_any(response(thread, first_page.encode(), source=host))))
    assert [p.page_type for p in one[PageItem]] == ["forum_thread"]
    assert [(p.position, p.author) for p in one[ForumPostItem]] == [
        (1, "bernard56"), (2, "Martine_R"), (3, "bernard56"), (4, "Expert-retraite")]
    assert thread + "?page=2" in {r.url for r in one.get(Request, [])}
    second_page = (first_page.replace("bernard56", "Lina").replace("Martine_R", "Paul")
                   .replace("02/10/2026", "04/10/2026").replace("03/10/2026", "05/10/2026"))
    two = split(collect(sp.parse_any(response(thread + "?page=2", second_page.encode(), source=host))))
    posts = two[ForumPostItem]
    assert [p.author for p in posts] == ["Lina", "Paul", "Lina", "Expert-retraite"]
    assert {p.thread_url for p in posts} == {thread} and min(p.position for p in posts) > 4


def test_the_homes_next_pages_come_nearest_first_and_before_other_listings(tmp_path):
    # WordPress's paginate_links on the home: "1 2 3 … 50", then a category and a monthly archive. The
    # budget is spent as listings are read: page 50's oldest posts must wait for pages 2, 3, 4...
    from spiders.audit import PRIO_LISTING, PRIO_PAGER
    from spiders.parsers.model import Navigation, ParsedPage

    sp = spider([WP + "/"], tmp_path, max_pages_per_source=50)
    asyncio.run(started(sp))
    state = sp.sources["patrimoine-et-vous.fr"]
    pages = [f"{WP}/page/50/", f"{WP}/page/2/", f"{WP}/category/scpi/", f"{WP}/page/3/", f"{WP}/2026/10/"]
    home = ParsedPage(url=WP + "/", page_type="home", nav=Navigation(pages=pages))
    prio = {r.url: r.priority for r in sp._follow_nav(home, state)}
    assert prio[f"{WP}/page/2/"] == PRIO_PAGER > prio[f"{WP}/page/3/"] > prio[f"{WP}/page/50/"] > PRIO_LISTING
    assert prio[f"{WP}/category/scpi/"] == prio[f"{WP}/2026/10/"] == PRIO_LISTING
    # from page 3, page 4 is the nearest: ranked as page 2 was from the home, above page 50 already queued
    page3 = ParsedPage(url=f"{WP}/page/3/", page_type="listing",
                       nav=Navigation(pages=[f"{WP}/page/2/", f"{WP}/page/4/", f"{WP}/page/50/"]))
    assert {r.url: r.priority for r in sp._follow_nav(page3, state)} == {f"{WP}/page/4/": PRIO_PAGER}
    # a category is a list of its own, of older posts than the home's next pages: no precedence
    category = ParsedPage(url=f"{WP}/category/scpi/", page_type="listing",
                          nav=Navigation(pages=[f"{WP}/category/scpi/page/2/"]))
    assert [r.priority for r in sp._follow_nav(category, state)] == [PRIO_LISTING]


def test_a_sitemap_of_forum_replies_is_not_walked(tmp_path):
    """WordPress lists bbPress's replies in its core sitemap: each is a page of one message its topic holds."""
    sp = spider([FORUM + "/"], tmp_path)
    asyncio.run(started(sp))
    index = (b'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             b'<sitemap><loc>' + FORUM.encode() + b'/wp-sitemap-posts-topic-1.xml</loc></sitemap>'
             b'<sitemap><loc>' + FORUM.encode() + b'/wp-sitemap-posts-reply-1.xml</loc></sitemap></sitemapindex>')
    res = response(FORUM + "/wp-sitemap.xml", index, cls=TextResponse, ctype=b"application/xml",
                   source="forum-patrimoine.example")
    out = split(collect(sp.parse_sitemap(res)))
    assert [r.url for r in out[Request]] == [FORUM + "/wp-sitemap-posts-topic-1.xml"]
    # reached all the same (a robots.txt line), its replies are not followed
    replies = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
               b'<url><loc>' + FORUM.encode() + b'/forums/reply/101/</loc><lastmod>2025-05-01</lastmod></url></urlset>')
    for url in (FORUM + "/wp-sitemap-posts-reply-1.xml", FORUM + "/?sitemap=posts&sitemap-subtype=reply&paged=1",
                FORUM + "/reply-sitemap.xml"):
        res = response(url, replies, cls=TextResponse, ctype=b"application/xml", source="forum-patrimoine.example")
        out = split(collect(sp.parse_sitemap(res)))
        assert Request not in out and EntryItem not in out
    topics = replies.replace(b"/forums/reply/101/", b"/forums/topic/per/")
    res = response(FORUM + "/wp-sitemap-posts-topic-1.xml", topics, cls=TextResponse, ctype=b"application/xml",
                   source="forum-patrimoine.example")
    assert [r.url for r in split(collect(sp.parse_sitemap(res)))[Request]] == [FORUM + "/forums/topic/per/"]


def _answer(sp: AuditSpider, req: Request) -> list:
    """Answer `req` with a server error: what the spider schedules once that request is settled."""
    resp = Response(req.url, status=500, request=req)
    failure = Failure(HttpError(resp))
    failure.request = req
    return [r for r in sp.on_error(failure) if isinstance(r, Request)]


def _urlset(urls, lastmod: str | None = None) -> bytes:
    from xml.sax.saxutils import escape

    date = f"<lastmod>{lastmod}</lastmod>" if lastmod else ""
    return ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<url><loc>{escape(u)}</loc>{date}</url>" for u in urls) + "</urlset>").encode()


def _rss(items) -> bytes:
    return ('<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>'
            + "".join(f"<item><title>t</title><link>{u}</link><pubDate>{d}</pubDate></item>" for u, d in items)
            + "</channel></rss>").encode()


@pytest.mark.parametrize("lastmod", [None, "2026-11-30"])  # no date, or the day the sitemap was generated
def test_an_undated_sitemap_gets_the_budget_the_lists_leave_whatever_is_read_first(tmp_path, lastmod):
    """Feeds and sitemaps are parsed in whatever order they arrive; the budget is spent as links are scheduled.
    An undated sitemap (a fake forum's questions in id order, 69 oldest read at stop 41) must not spend it
    before the feed that says what is new."""
    host = "forum-patrimoine.example"
    sp = spider([FORUM + "/"], tmp_path, max_pages_per_source=6)
    (home,) = asyncio.run(started(sp))
    sitemap = sp._request(FORUM + "/sitemap.xml", host, sp.parse_sitemap, 90, count=False)
    feed = sp._request(FORUM + "/feed", host, sp.parse_feed, 90, count=False)
    questions = [f"{FORUM}/{n}/question-{n}" for n in range(1, 11)]  # oldest first, as engines list them
    res = response(sitemap.url, _urlset(questions, lastmod), request=sitemap, cls=TextResponse,
                   ctype=b"application/xml")
    out = split(collect(sp.parse_sitemap(res)))
    assert len(out[EntryItem]) == 10 and Request not in out  # in the inventory; fetched later
    news = [(f"{FORUM}/{n}/question-{n}", f"Mon, {n - 10:02d} Nov 2026 10:00:00 +0000") for n in (12, 11)]
    res = response(feed.url, _rss(news), request=feed, cls=TextResponse, ctype=b"application/rss+xml")
    now = split(collect(sp.parse_feed(res)))[Request]
    assert [r.url for r in now] == [u for u, _ in news]
    assert _answer(sp, home) == []  # the feed's posts are still out
    assert _answer(sp, now[0]) == []
    later = _answer(sp, now[1])  # the source's last request settled: its lists are read
    # the budget (home + 2 from the feed) leaves 3, spent on the newest questions by their ids
    assert [r.url for r in later] == questions[:6:-1]
    assert sp.sources[host].pages == 6 and not sp.backlog


def test_a_feeds_links_to_single_messages_read_each_thread_once(tmp_path):
    """Question2Answer's feed links each answer (`?show=34#a34`), PunBB's each post (`post34.html#p34`): fetched
    as they are, each reads a thread again (264 Question2Answer pages on round 10's draw). A message says its
    thread is active: the thread is followed, once; a message whose thread its address does not tell waits
    for the lists."""
    host = "forum-patrimoine.example"
    sp = spider([FORUM + "/"], tmp_path, max_pages_per_source=10)
    (home,) = asyncio.run(started(sp))
    feed = sp._request(FORUM + "/feed", host, sp.parse_feed, 90, count=False)
    entries = [(f"{FORUM}/12/titre?show=34#a34", "Mon, 30 Nov 2026 10:00:00 +0000"),
               (f"{FORUM}/12/titre", "Mon, 30 Nov 2026 09:00:00 +0000"),
               (f"{FORUM}/13/autre?show=35#a35", "Mon, 30 Nov 2026 08:00:00 +0000"),
               (f"{FORUM}/13/autre?show=36#a36", "Mon, 30 Nov 2026 07:30:00 +0000"),
               (f"{FORUM}/post37.html#p37", "Mon, 30 Nov 2026 07:00:00 +0000")]
    res = response(feed.url, _rss(entries), request=feed, cls=TextResponse, ctype=b"application/rss+xml")
    out = split(collect(sp.parse_feed(res)))
    assert [r.url for r in out[Request]] == [f"{FORUM}/12/titre", f"{FORUM}/13/autre"]
    assert len(out[EntryItem]) == 5  # every entry stays in the inventory
    assert sp.sources[host].pages == 3
    assert _answer(sp, out[Request][0]) == [] and _answer(sp, out[Request][1]) == []
    assert [r.url for r in _answer(sp, home)] == [f"{FORUM}/post37.html"]


def test_what_waits_is_scheduled_when_the_crawl_is_idle_if_a_count_went_astray(tmp_path):
    """A request answered nowhere (dropped by a middleware) must not keep a source's backlog forever."""
    host = "forum-patrimoine.example"
    sp = spider([FORUM + "/"], tmp_path, max_pages_per_source=5)
    asyncio.run(started(sp))  # the home is never answered
    sitemap = sp._request(FORUM + "/sitemap.xml", host, sp.parse_sitemap, 90, count=False)
    res = response(sitemap.url, _urlset([f"{FORUM}/t/{n}" for n in (7, 9, 8)]), request=sitemap,
                   cls=TextResponse, ctype=b"application/xml")
    assert Request not in split(collect(sp.parse_sitemap(res)))
    assert [r.url for r in sp._decide()] == [f"{FORUM}/t/9", f"{FORUM}/t/8", f"{FORUM}/t/7"]


def test_a_redirected_home_keeps_its_sources_count_of_requests_out(tmp_path):
    """http://a -> http://www.a: what the source has out and what waits move with it."""
    sp = spider(["http://forum-patrimoine.example/"], tmp_path, max_pages_per_source=5)
    (home,) = asyncio.run(started(sp))
    sitemap = sp._request("http://forum-patrimoine.example/sitemap.xml", "forum-patrimoine.example",
                          sp.parse_sitemap, 90, count=False)
    res = response(sitemap.url, _urlset(["http://forum-patrimoine.example/t/1"]), request=sitemap,
                   cls=TextResponse, ctype=b"application/xml")
    collect(sp.parse_sitemap(res))
    sp._rekey(sp.sources["forum-patrimoine.example"], "www.forum-patrimoine.example")
    assert sp.inflight == {"www.forum-patrimoine.example": 1}  # the home
    assert [r.url for r in _answer(sp, home)] == ["http://forum-patrimoine.example/t/1"]


def test_a_sitemaps_member_profiles_are_neither_posts_nor_pages(tmp_path):
    """Question2Answer's sitemap lists its members' profiles beside its questions: 20 to 43 profile pages per
    forum on round 10's draw, and as many entries in the post inventory."""
    host = "forum-patrimoine.example"
    sp = spider([FORUM + "/"], tmp_path, max_pages_per_source=10)
    asyncio.run(started(sp))
    sitemap = sp._request(FORUM + "/sitemap.xml", host, sp.parse_sitemap, 90, count=False)
    urls = [f"{FORUM}/12/quel-per", f"{FORUM}/user/Nono", f"{FORUM}/?qa=user&qa_1=Pascal77", f"{FORUM}/13/quelle-scpi"]
    res = response(sitemap.url, _urlset(urls, "2026-11-02"), request=sitemap, cls=TextResponse, ctype=b"application/xml")
    out = split(collect(sp.parse_sitemap(res)))
    assert [e.url for e in out[EntryItem]] == [urls[0], urls[3]]
    assert {r.url for r in out[Request]} == {urls[0], urls[3]}
