"""Round 5's blind blog and news markups of writer A (wordpress_block, newspack, jekyll) on the evaluation
web: every source renders, its pages answer, all the model's text is on the post page (comments in order,
where the engine serves them), the listing's pagination reaches every post, feeds and sitemaps parse,
hostile text is escaped and output deterministic."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from importlib import import_module

import pytest

from sectorweb.dates import NOW
from sectorweb.families.common import esc
from tests.test_blindmarkup_blogs import _blogs, _hostile, norm, text_of

MARKUPS = ("wordpress_block", "newspack", "jekyll")
# the listing's link to the next page, and the main feed, per markup
NEXT = {"wordpress_block": r'<a href="([^"]+)" class="wp-block-query-pagination-next">',
        "newspack": r'<a class="next page-numbers" href="([^"]+)">',
        "jekyll": r'<a href="([^"]+)">Next &raquo;</a>'}


@pytest.fixture(scope="module")
def web():
    from sectorweb.evaluation import SEED, build_eval_site

    return build_eval_site(SEED, "blind2")


def _path(url, host):
    return (url.split(host, 1)[1] if url.startswith("http") else url) or "/"


@pytest.mark.parametrize("markup", MARKUPS)
def test_every_source_renders_with_all_its_text(web, markup):
    assert_posts_hold_their_text(web, markup, lambda host, c: f"comment-{c.id}", disqus=markup == "jekyll")


def assert_posts_hold_their_text(web, markup: str, anchor, disqus: bool = False):
    """Every post of the markup's blogs answers at its permalink with its title, text and comments (authors,
    texts, signed URLs, `id=anchor(host, comment)`, threads in date order); with Disqus, only its embed
    (round 6's tests too)."""
    from sectorweb.families import permalink
    blogs = _blogs(web, markup)
    assert blogs, markup
    for host, blog in blogs:
        assert web.lookup(host, "/").status == 200, (host, markup)
        for post in blog.posts:
            url = permalink(markup, host, post)
            assert url.startswith(f"http://{host}/")
            pg = web.lookup(host, _path(url, host))
            assert pg.status == 200, (host, url)
            text = text_of(pg.body)
            html = pg.body.decode()
            assert norm(post.title) in text, (host, url)
            for para in post.paragraphs:
                assert norm(para) in text, (host, url)
            if disqus:  # Disqus loads the comments by script
                for c in post.comments:
                    assert norm(c.text[0]) not in text
                if post.comments:
                    assert '<div id="disqus_thread"></div>' in html and ".disqus.com/embed.js" in html
                continue
            for c in post.comments:
                assert norm(c.author) in text, (host, url, c.author)
                for para in c.text:
                    assert norm(para) in text, (host, url)
                if c.url:
                    assert f'href="{esc(c.url)}"' in html
                assert f'id="{anchor(host, c)}"' in html, (host, url, c.id)
            ids = {c.id for c in post.comments}
            tops = sorted((c for c in post.comments if c.parent not in ids), key=lambda c: (c.when, c.id))
            at = [html.find(f'id="{anchor(host, c)}"') for c in tops]
            assert at == sorted(at), (host, url)  # threads in date order


@pytest.mark.parametrize("markup", MARKUPS)
def test_every_page_answers_and_xml_parses(web, markup):
    # WordPress's shortlinks /?p=N are its only redirects
    assert_pages_answer(web, markup, lambda path: markup != "jekyll" and path.startswith("/?p="))


def assert_pages_answer(web, markup: str, may_redirect):
    """Every page of the markup's blogs answers 200, or 301 where `may_redirect(path)` to a page that does;
    XML parses (round 6's tests too)."""
    hosts = {h for h, _ in _blogs(web, markup)}
    n = 0
    for (host, path), pg in web.pages.items():
        if host not in hosts:
            continue
        n += 1
        assert pg.status in (200, 301), (host, path, pg.status)
        if pg.status == 301:
            assert may_redirect(path), (host, path)
            assert web.lookup(host, pg.headers["Location"].split(host, 1)[1]).status == 200
        elif "xml" in pg.content_type:
            ET.fromstring(pg.body)
    assert n


@pytest.mark.parametrize("markup", MARKUPS)
def test_feed_sitemap_parse_and_listing_reaches_every_post(web, markup):
    assert_feeds_and_listing(web, markup, NEXT[markup], entities=("&#038;",), sitemap_required=True)


def assert_feeds_and_listing(web, markup: str, next_link: str, entities=("&#038;",), sitemap_required: bool = True):
    """The main feed holds the blog's feed_items newest posts, robots.txt its crawl delay and sitemap, and the
    listing's next links (`next_link`, hrefs with `entities` read as "&") reach every post (round 6's too)."""
    from sectorweb.families import permalink
    mod = import_module(f"sectorweb.families.{markup}")

    def unescaped(href):
        for entity in entities:
            href = href.replace(entity, "&")
        return href
    for host, blog in _blogs(web, markup)[:12]:
        feed = web.lookup(host, mod.feed_path(host))
        assert feed.status == 200, host
        root = ET.fromstring(feed.body)
        items = root.findall("./channel/item") or root.findall("{http://www.w3.org/2005/Atom}entry")
        assert len(items) == min(len(blog.posts), blog.feed_items), host
        robots = web.lookup(host, "/robots.txt")
        assert robots.status == 200
        if blog.crawl_delay:
            assert f"Crawl-delay: {blog.crawl_delay}" in robots.body.decode()
        sm = re.search(r"Sitemap: http://[^/]+(\S+)", robots.body.decode())
        assert sm or not sitemap_required, host
        if sm:
            idx = web.lookup(host, sm.group(1))
            assert idx.status == 200, (host, sm.group(1))
            ET.fromstring(idx.body)
        seen, target, hops = set(), "/", 0
        while target and hops < 300:
            pg = web.lookup(host, target)
            assert pg.status == 200, (host, target)
            html = pg.body.decode()
            seen.update(unescaped(u) for u in re.findall(r'href="([^"#]+)"', html))
            m = re.search(next_link, html)
            target = _path(unescaped(m.group(1)), host) if m else None
            hops += 1
        full = {u if u.startswith("http") else f"http://{host}{u}" for u in seen}
        for post in blog.posts:
            assert permalink(markup, host, post) in full, (host, post.title)


@pytest.mark.parametrize("markup", MARKUPS)
def test_hostile_text_is_escaped_and_output_deterministic(markup):
    assert_hostile_blog_escaped(markup, links_comment_sites=markup != "jekyll")  # Disqus shows no comment


def assert_hostile_blog_escaped(markup: str, links_comment_sites: bool = True):
    """A blog of hostile text renders escaped, identically twice, with feeds that parse (round 6's tests too)."""
    mod = import_module(f"sectorweb.families.{markup}")

    def blog():
        b = _hostile()
        b.platform = markup
        return b
    b = blog()
    pages, missing = mod.render(b, NOW, None)
    again, missing2 = mod.render(blog(), NOW, None)
    assert pages.keys() == again.keys()
    assert all(pages[k] == again[k] for k in pages) and missing == missing2
    assert missing.status == 404
    for key, pg in pages.items():
        body = pg.body.decode()
        if "html" in pg.content_type:
            assert "<script>alert" not in body and "<script>x" not in body, (markup, key)
            assert "<b>Auteur" not in body and "<i>retraite" not in body, (markup, key)
            assert '"quote"' not in body, (markup, key)
        if "xml" in pg.content_type:
            ET.fromstring(pg.body)
    for post in b.posts:
        path = _path(mod.permalink("hostile.test", post), "hostile.test")
        assert pages[path].status == 200
        body = pages[path].body.decode()
        assert "Test &lt;script&gt;alert(1)&lt;/script&gt; &quot;quote&quot; =cmd|" in body
        if links_comment_sites:
            assert 'href="http://evil.test/&quot;&gt;&lt;script&gt;x&lt;/script&gt;"' in body
    assert "Crawl-delay: 5" in pages["/robots.txt"].body.decode()


@pytest.mark.parametrize("markup", [m for m in MARKUPS if m != "jekyll"])
def test_permalink_settings_vary_by_host(markup):
    assert_permalinks_vary(markup)


def assert_permalinks_vary(markup: str):
    """Hosts of one markup use at least 3 permalink shapes, as real installs set them (round 6's tests too)."""
    mod = import_module(f"sectorweb.families.{markup}")
    b = _hostile()
    shapes = set()
    for i in range(60):
        u = mod.permalink(f"h{i}.test", b.posts[0]).split(".test", 1)[1]
        shapes.add(re.sub(r"\d+", "N", u.replace(b.posts[0].slug, "SLUG")))
    assert len(shapes) >= 3, shapes
