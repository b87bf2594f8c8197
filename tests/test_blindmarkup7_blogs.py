"""Round 10's blind blog markups of writer K (elementor, emonsite, squarespace) on the evaluation web: every source
renders, its pages answer, all the model's text is on the post page where the engine shows it (Elementor's Post
Comments widget through Hello's comments.php and core's walker; e-monsite's flat comment list, oldest first;
Squarespace none, its comments loading by script), the listings' pagination reaches every post (Elementor's up to
its page limit, the sitemaps beyond it; Squarespace's `?offset=` pages), feeds and sitemaps parse, URLs and options
vary by host as designed, the engines' own formats follow the pages and sources they were written from, hostile
text is escaped and output deterministic."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import datetime
from html import unescape

import pytest

from sectorweb.dates import NOW
from tests.test_blindmarkup2_blogs import (_path, assert_hostile_blog_escaped, assert_pages_answer, assert_permalinks_vary,
                                           assert_posts_hold_their_text)
from tests.test_blindmarkup4_blogs import _hostile_pages
from tests.test_blindmarkup6_blogs import _crawl, _pages_answer, _posts
from tests.test_blindmarkup_blogs import _blogs, _hostile, _hostile_as, norm, text_of

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
HOSTS = [f"h{i}.test" for i in range(80)]


@pytest.fixture(scope="module")
def web():
    """The evaluation web in round 10's markups (the forum and news markups of the round's other writers; while a
    kind has none yet, round 9's stand in for it, so that the draw can be made)."""
    from sectorweb import families
    from sectorweb.evaluation import SEED, build_eval_site, eval_sources

    table = families.BLIND7_MARKUPS
    missing = [k for k in ("forum", "news") if not table[k]]
    for k in missing:
        table[k] = list(families.BLIND6_MARKUPS[k])
    try:
        yield build_eval_site(SEED, "blind7")
    finally:
        for k in missing:
            table[k] = []
        if missing:
            eval_sources.cache_clear()


def _sitemap_locs(web, host: str) -> set[str]:
    """Every <loc> of the sitemaps robots.txt names (an index and its children, or one urlset)."""
    robots = web.lookup(host, "/robots.txt").body.decode()
    start = re.search(r"Sitemap: (\S+)", robots).group(1)
    locs, todo = set(), [start]
    while todo:
        pg = web.lookup(host, _path(todo.pop(), host))
        assert pg.status == 200
        root = ET.fromstring(pg.body)
        found = [e.text for e in root.iter(f"{SM}loc")]
        if root.tag == f"{SM}sitemapindex":
            todo += found
        else:
            locs.update(found)
    return locs


# -- Elementor --------------------------------------------------------------------------------------------------------

def test_elementor_posts_hold_their_text_and_comments(web):
    """Title, paragraphs and every comment (author, text, the commenter's site, `id="comment-N"`, threads in date
    order) on the post page; the Theme Builder's single template with its widgets and the post-info date as set."""
    from sectorweb.families import elementor as m
    assert_posts_hold_their_text(web, "elementor", m.comment_anchor)
    for host, blog in _blogs(web, "elementor"):
        s = m.settings(host)
        for post in blog.posts[:6]:
            html = web.lookup(host, _path(m.permalink(host, post), host)).body.decode()
            assert 'data-elementor-type="single-post"' in html and "elementor-location-single" in html
            assert 'data-widget_type="theme-post-title.default"' in html and 'data-widget_type="theme-post-content.default"' in html
            assert f"<time>{m.post_info_date(post.when, s['date'])}</time>" in html
            assert "elementor-post-info__item--type-author" in html
            if post.comments:
                assert 'data-widget_type="post-comments.theme_comments"' in html
                assert '<section id="comments" class="comments-area">' in html and '<ol class="comment-list">' in html


def test_elementor_pages_answer_sitemaps_and_listing(web):
    """Only the shortlinks of posts and pages (and, with Yoast, wp-sitemap.xml) redirect; XML parses; the main feed holds the newest
    posts; the sitemaps list every post; from the blog page, the Archive Posts pagination reaches every post up to
    its page limit, and the pages past the limit still answer."""
    from sectorweb.families import elementor as m
    assert_pages_answer(web, "elementor", lambda path: path.startswith(("/?p=", "/?page_id=")) or path == "/wp-sitemap.xml")
    limited = 0
    for host, blog in _blogs(web, "elementor"):
        s = m.settings(host)
        t = m._Elementor(blog)
        feed = ET.fromstring(web.lookup(host, m.feed_path(host)).body)
        assert len(feed.findall("./channel/item")) == min(len(blog.posts), blog.feed_items)
        robots = web.lookup(host, "/robots.txt").body.decode()
        if blog.crawl_delay:
            assert f"Crawl-delay: {blog.crawl_delay}" in robots
        every = {m.permalink(host, p) for p in blog.posts}
        assert every <= _sitemap_locs(web, host), host
        seen, todo, found = set(), [_path(t.home_url(), host)], set()
        while todo:
            target = todo.pop()
            if target in seen:
                continue
            seen.add(target)
            pg = web.lookup(host, target)
            assert pg.status == 200, (host, target)
            html = pg.body.decode()
            found |= {unescape(u) for u in re.findall(r'<h3 class="elementor-post__title">\s*<a href="([^"]+)"', html)}
            nav = re.search(r'<nav class="elementor-pagination".*?</nav>', html, re.S)
            if nav:
                todo += [_path(unescape(u), host) for u in re.findall(r'href="([^"]+)"', nav.group(0))]
        total = max(1, -(-len(blog.posts) // blog.per_page))
        newest = sorted(blog.posts, key=lambda q: (q.when, q.id), reverse=True)
        if s["limit"] is None or total <= s["limit"]:
            assert found == every, host
        else:
            limited += 1
            assert found == {m.permalink(host, p) for p in newest[:s["limit"] * blog.per_page]}, host
            beyond = web.lookup(host, _path(t.home_url(s["limit"] + 1), host))
            assert beyond.status == 200 and 'class="elementor-post elementor-grid-item' in beyond.body.decode()
    assert limited  # some blogs are longer than the default page limit of five pages


def test_elementor_yoast_sitemaps_and_robots(web):
    from sectorweb.families import elementor as m
    yoast = [(h, b) for h, b in _blogs(web, "elementor") if m.settings(h)["yoast"]]
    assert yoast
    for host, blog in yoast:
        robots = web.lookup(host, "/robots.txt").body.decode()
        assert robots.startswith("# START YOAST BLOCK") and f"Sitemap: http://{host}/sitemap_index.xml" in robots
        moved = web.lookup(host, "/wp-sitemap.xml")
        assert moved.status == 301 and moved.headers["Location"] == f"http://{host}/sitemap_index.xml"
        post = blog.posts[-1]
        html = web.lookup(host, _path(m.permalink(host, post), host)).body.decode()
        graph = json.loads(re.search(r'<script type="application/ld\+json" class="yoast-schema-graph">(.*?)</script>', html).group(1))
        article = graph["@graph"][0]
        assert article["@type"] == "Article" and article["headline"] == post.title and article["author"]["name"] == post.author
        assert html.count('<link rel="canonical"') == 1


def test_elementor_formats_and_variations():
    from sectorweb.families import elementor as m
    assert m.post_info_date(datetime(2025, 3, 4, 9, 12), "default") == "mars 4, 2025"  # 'F j, Y' untranslated
    assert m.post_info_date(datetime(2025, 3, 4, 9, 12), "dmy") == "04/03/2025"
    assert m.post_info_date(datetime(2025, 3, 4, 9, 12), "custom") == "4 mars 2025"
    assert m.post_info_time(datetime(2025, 3, 4, 9, 12), "default") == "9:12 am"
    assert m.post_info_time(datetime(2025, 3, 4, 14, 5), "default") == "2:05 pm"
    assert m.post_info_time(datetime(2025, 3, 4, 14, 5), "H:i") == "14:05"
    for key in ("scheme", "front", "build", "date", "time", "skin", "pagination", "limit", "yoast"):
        assert len({str(m.settings(h)[key]) for h in HOSTS}) >= 2, key
    assert {m.settings(h)["build"] for h in HOSTS} == set(m.BUILDS)
    assert not any(m.settings(h)["yoast"] and m.settings(h)["scheme"] == "plain" for h in HOSTS)
    assert_permalinks_vary("elementor")


def test_elementor_markup_by_build_and_front_page():
    """The 3.18 build nests widgets in sections and columns, the later ones in containers; the latest one writes
    `data-e-type` and drops the widget container of the theme widgets. A static front page puts the blog on its own
    page; otherwise the blog is the front page."""
    from sectorweb.families import elementor as m
    seen = set()
    for h in HOSTS:
        s = m.settings(h)
        if (s["build"], s["front"]) in seen:
            continue
        seen.add((s["build"], s["front"]))
        b = _hostile()
        b.host = h
        pages, _ = m.render(b, NOW, None)
        html = pages[_path(m.permalink(h, b.posts[1]), h)].body.decode()
        if s["build"] == "sections":
            assert 'class="elementor-section elementor-top-section' in html and "e-con" not in html
        else:
            assert "e-flex e-con-boxed e-con e-parent" in html and "elementor-section" not in html
        title = re.search(r'data-widget_type="theme-post-title.default">\s*(<[^>]+>)', html).group(1)
        if s["build"] == "optimized":
            assert 'data-e-type="widget"' in html and title.startswith("<h1")
        else:
            assert 'data-e-type' not in html and title == '<div class="elementor-widget-container">'
        t = m._Elementor(b)
        home = pages["/"].body.decode()
        if s["front"] == "static":
            assert 'data-elementor-type="wp-page"' in home and 'data-widget_type="posts.' in home
            assert t.home_url() != f"http://{h}/" and 'data-elementor-type="archive"' in pages[_path(t.home_url(), h)].body.decode()
        else:
            assert 'data-elementor-type="archive"' in home
    assert len({b for b, _ in seen}) == 3 and len({f for _, f in seen}) == 2


def test_elementor_hostile_text_is_escaped_and_output_deterministic():
    from sectorweb.families import elementor as m
    assert_hostile_blog_escaped("elementor")
    host = next(h for h in HOSTS if m.settings(h)["yoast"])  # Yoast's head and JSON-LD too
    b = _hostile()
    b.host = host
    pages, _ = m.render(b, NOW, None)
    for key, pg in pages.items():
        body = pg.body.decode()
        if "html" in pg.content_type:
            assert "<script>alert" not in body and "<b>Auteur" not in body and '"quote"' not in body, key
        if "xml" in pg.content_type:
            ET.fromstring(pg.body)


# -- e-monsite --------------------------------------------------------------------------------------------------------

def test_emonsite_posts_hold_their_text_and_comments(web):
    """URLs `/blog/<category>/<slug>.html` or `/blog/<slug>.html`; title, paragraphs, "Le dd/mm/yyyy"; every comment
    (author, text, signed site, anchor) flat and oldest first."""
    from sectorweb.families import emonsite as m
    assert_posts_hold_their_text(web, "emonsite", m.comment_anchor)
    for host, blog in _blogs(web, "emonsite"):
        for post in blog.posts:
            url = m.permalink(host, post)
            assert re.fullmatch(rf"http://{re.escape(host)}/blog/([a-z0-9-]+/)?[a-z0-9-]+\.html", url), url
            html = web.lookup(host, _path(url, host)).body.decode()
            assert f'<span class="meta-date">{m.ems_date(post.when)}</span>' in html
            assert '<div class="content">' in html
            at = [html.find(f'id="{m.comment_anchor(host, c)}"') for c in sorted(post.comments, key=lambda c: (c.when, c.id))]
            assert -1 not in at and at == sorted(at), (host, url)
            if m.filed(host, post):
                assert f'href="http://{host}/blog/{url.split("/")[-2]}/">' in html  # its category


def test_emonsite_pages_answer_feed_sitemap_and_listing(web):
    """No redirect; /blog/do/rss.xml holds the twenty newest posts; /sitemap.xml every post; from /blog/, the
    "Page suivante" links reach every post; the categories widget (when the owner made categories) is `#widget-1`."""
    from sectorweb.families import emonsite as m
    _pages_answer(web, "emonsite")
    filed = 0
    for host, blog in _blogs(web, "emonsite"):
        feed = ET.fromstring(web.lookup(host, "/blog/do/rss.xml").body)
        assert len(feed.findall("./channel/item")) == min(len(blog.posts), m.FEED_ITEMS)
        robots = web.lookup(host, "/robots.txt").body.decode()
        assert f"Sitemap: http://{host}/sitemap.xml" in robots
        if blog.crawl_delay:
            assert f"Crawl-delay: {blog.crawl_delay}" in robots
        every = {m.permalink(host, p) for p in blog.posts}
        assert every <= _sitemap_locs(web, host)
        found = _crawl(web, host, "/blog/", r'<li><a href="([^"]+)" title="Page suivante">&raquo;</a></li>')
        assert every <= found, host
        home = web.lookup(host, "/blog/").body.decode()
        if any(m.filed(host, p) for p in blog.posts):
            filed += 1
            assert re.search(r'<div class="widget widget_blog_categories" id="widget-1">', home)
    assert filed


def test_emonsite_formats_and_variations():
    from sectorweb.families import emonsite as m
    assert m.ems_date(datetime(2019, 3, 12, 14, 32)) == "Le 12/03/2019"
    assert m.ems_datetime(datetime(2019, 3, 12, 14, 32)) == "Le 12/03/2019 à 14:32"
    for key in ("categories", "per_page", "sidebar", "free"):
        assert len({m.settings(h)[key] for h in HOSTS}) >= 2, key
    post = _hostile().posts[0]
    shapes = {re.sub(r"[^/]+\.html$", "SLUG", m.permalink(h, post).split(".test", 1)[1]) for h in HOSTS}
    assert shapes == {"/blog/SLUG", f"/blog/{m._slug(post.category)}/SLUG"}
    post.category = m.UNFILED
    assert {m.permalink(h, post).split(".test", 1)[1] for h in HOSTS} == {f"/blog/{post.slug}.html"}
    t = m._EMonsite(_posts(31))
    html = t.pager(2, 4, lambda k: f"/blog/?page={k}")
    assert re.sub(r"<[^>]+>", " ", html).split() == ["&laquo;", "1", "2", "3", "4", "&raquo;"]
    assert '<li class="active"><span>2</span></li>' in html


def test_emonsite_hostile_text_is_escaped_and_output_deterministic():
    from sectorweb.families import emonsite as m
    pages = _hostile_pages(m, "emonsite")
    for post in _hostile().posts:
        body = pages[_path(m.permalink("hostile.test", post), "hostile.test")].body.decode()
        assert "Test &lt;script&gt;alert(1)&lt;/script&gt; &quot;quote&quot; =cmd|' /C calc'!A0 &amp; co" in body
        assert 'href="http://evil.test/&quot;&gt;&lt;script&gt;x&lt;/script&gt;" rel="nofollow"' in body
    assert "Crawl-delay: 5" in pages["/robots.txt"].body.decode()


# -- Squarespace ------------------------------------------------------------------------------------------------------

def test_squarespace_posts_hold_what_a_crawler_gets(web):
    """Title and paragraphs in the item's layout; the author, the version's date markup and the head's itemprop
    dates; the comments never (an empty container, native or Disqus, or none when comments are off)."""
    from sectorweb.families import squarespace as m
    blogs = _blogs(web, "squarespace")
    assert blogs
    hidden = 0
    for host, blog in blogs:
        s = m.settings(host)
        t = m._Squarespace(blog)
        for post in blog.posts:
            url = m.permalink(host, post)
            pg = web.lookup(host, _path(url, host))
            assert pg.status == 200, (host, url)
            text, html = text_of(pg.body), pg.body.decode()
            assert norm(post.title) in text
            for para in post.paragraphs:
                assert norm(para) in text, (host, url)
            assert f'<meta itemprop="datePublished" content="{m.sqs_iso(post.when)}"/>' in html
            assert f'<meta itemprop="author" content="{m.esc(post.author)}"/>' in html
            if s["version"] == "7.1":
                d = m.item_date(post.when, NOW)
                assert f'<time class="dt-published blog-meta-item blog-meta-item--date" datetime="{d}"' in html
                assert 'class="entry-title entry-title--large p-name" data-content-field="title"' in html
            else:
                assert f'<time class="Blog-meta-item Blog-meta-item--date" datetime="{post.when:%Y-%m-%d}">' in html
                assert '<h1 class="BlogItem-title" data-content-field="title">' in html
            iid = t.item_id[id(post)]
            has_box = s["comments"] != "off" and (post.comments_open or post.comments)
            assert (f'id="comments-{iid}"' in html) == bool(has_box)
            for c in post.comments:
                if len(norm(c.text[0])) > 40:
                    hidden += 1
                    assert norm(c.text[0]) not in text
    assert hidden


def test_squarespace_pages_answer_feed_sitemap_and_listing(web):
    """No redirect; `?format=rss` holds the twenty newest posts; robots.txt (not editable) names sitemap.xml, which
    lists every post; the list's older-posts links (`?offset=`) reach every post, twenty a page, and its
    newer-posts links (`reversePaginate`) serve the page before."""
    from sectorweb.families import squarespace as m
    _pages_answer(web, "squarespace")
    paged = 0
    for host, blog in _blogs(web, "squarespace"):
        s = m.settings(host)
        feed = ET.fromstring(web.lookup(host, m.feed_path(host)).body)
        assert len(feed.findall("./channel/item")) == min(len(blog.posts), m.FEED_ITEMS)
        robots = web.lookup(host, "/robots.txt").body.decode()
        assert "Disallow:/*?tag=*" in robots and "Crawl-delay" not in robots
        every = {m.permalink(host, p) for p in blog.posts}
        assert every <= _sitemap_locs(web, host)
        root = f"/{s['blog']}"
        older = (r'<div class="older"><a href="([^"]+)" rel="next">' if s["version"] == "7.1" else
                 r'<a class="BlogList-pagination-link" href="([^"]+)"><span class="BlogList-pagination-link-label">Articles plus anciens')
        found = _crawl(web, host, root, older)
        assert every <= found, host
        first = web.lookup(host, root).body.decode()
        item = "entry blog-item is-loaded" if s["version"] == "7.1" else 'class="BlogList-item hentry'
        assert first.count(item) == min(len(blog.posts), m.PER_PAGE)
        if len(blog.posts) > 2 * m.PER_PAGE:
            paged += 1
            p2 = _path(unescape(re.search(older, first).group(1)), host)
            p3 = _path(unescape(re.search(older, web.lookup(host, p2).body.decode()).group(1)), host)
            html3 = web.lookup(host, p3).body.decode()
            newer = re.findall(r'href="([^"]*reversePaginate=true)"', html3)
            assert newer and web.lookup(host, _path(unescape(newer[0]), host)).body == web.lookup(host, p2).body
    assert paged


def test_squarespace_formats_and_variations():
    from sectorweb.families import squarespace as m
    assert m.item_date(datetime(2026, 4, 10, 16, 13), NOW) == "10 avr."
    assert m.item_date(datetime(2024, 4, 10, 16, 13), NOW) == "10 avr. 2024"
    assert m.sqs_iso(datetime(2024, 4, 10, 16, 13, 10)) == "2024-04-10T16:13:10+0200"
    assert m.sqs_iso(datetime(2024, 1, 10, 16, 13, 10)) == "2024-01-10T16:13:10+0100"
    assert m.ms(datetime(2024, 1, 10, 16, 13, 10)) == 1704899590000
    post = _hostile().posts[0]
    post.when = datetime(2024, 4, 7, 9, 0)
    urls = {m.permalink(h, post).split(".test", 1)[1] for h in HOSTS}
    assert "/blog/2024/4/7/titre-1" in urls and "/blog/titre-1" in urls
    for key in ("version", "blog", "dated", "layout", "comments", "ai_block"):
        assert len({m.settings(h)[key] for h in HOSTS}) >= 2, key
    assert_permalinks_vary("squarespace")


def test_squarespace_hostile_text_is_escaped_and_output_deterministic():
    from sectorweb.families import squarespace as m
    def blog(host):
        b = _hostile_as("squarespace")
        b.host = host
        return b
    for host in ("hostile.test", next(h for h in HOSTS if m.settings(h)["version"] != m.settings("hostile.test")["version"])):
        b = blog(host)
        pages, missing = m.render(b, NOW, None)
        again, missing2 = m.render(blog(host), NOW, None)
        assert pages.keys() == again.keys() and all(pages[k] == again[k] for k in pages) and missing == missing2
        assert missing.status == 404
        for key, pg in pages.items():
            body = pg.body.decode()
            if "html" in pg.content_type:
                assert "<script>alert" not in body and "<b>Auteur" not in body and '"quote"' not in body, key
            if "xml" in pg.content_type:
                ET.fromstring(pg.body)
        for post in b.posts:
            body = pages[_path(m.permalink(host, post), host)].body.decode()
            assert "Test &lt;script&gt;alert(1)&lt;/script&gt; &quot;quote&quot; =cmd|' /C calc'!A0 &amp; co" in body
            assert "evil.test" not in body  # the comments load in the browser


# -- the three together -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("markup", ["elementor", "emonsite", "squarespace"])
def test_item_pages_are_the_pages_served(markup):
    """`item_pages` (the re-crawl page cache) gives the paths and bytes `render` serves."""
    from importlib import import_module
    m = import_module(f"sectorweb.families.{markup}")
    pages, _ = m.render(_hostile_as(markup), NOW, None)
    items = list(m.item_pages(_hostile_as(markup), NOW))
    assert len(items) == len(_hostile().posts)
    for path, _what, make in items:
        assert make() == pages[path], path
