"""Round 7's blind blog markups of writer E (astra, hugo_papermod, substack) on the evaluation web: every
source renders, its pages answer, all the model's text is on the post page (comments in order, or none
where the site loads them by script), the listing's pagination reaches every post, feeds and sitemaps
parse, hostile text is escaped and output deterministic."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from importlib import import_module

import pytest

from sectorweb.dates import NOW
from tests.test_blindmarkup_blogs import _blogs, _hostile, _hostile_as, norm, text_of
from tests.test_blindmarkup2_blogs import (_path, assert_feeds_and_listing, assert_hostile_blog_escaped, assert_pages_answer,
                                           assert_permalinks_vary, assert_posts_hold_their_text)

MARKUPS = ("astra", "hugo_papermod")
# the listing's link to the next page, per markup
NEXT = {"astra": r'<a class="next page-numbers" href="([^"]+)">',
        "hugo_papermod": r'<a class="next" href="([^"]+)">'}


@pytest.fixture(scope="module")
def web():
    from sectorweb.evaluation import SEED, build_eval_site

    return build_eval_site(SEED, "blind4")


def test_astra_posts_hold_their_text(web):
    assert_posts_hold_their_text(web, "astra", import_module("sectorweb.families.astra").comment_anchor)


def test_papermod_posts_hold_their_text_and_no_comment(web):
    """Hugo's Typographer turns quotes and apostrophes of the content into typographic ones; PaperMod
    has no comments of its own: none, or a Disqus / giscus embed that loads them by script."""
    from sectorweb.families import hugo_papermod as m
    from sectorweb.families import permalink
    blogs = _blogs(web, "hugo_papermod")
    assert blogs
    kinds = set()
    for host, blog in blogs:
        kinds.add(m.comments_of(host))
        for post in blog.posts:
            pg = web.lookup(host, _path(permalink("hugo_papermod", host, post), host))
            assert pg.status == 200, (host, post.slug)
            text, html = text_of(pg.body), pg.body.decode()
            assert norm(post.title) in text
            for para in post.paragraphs:
                assert norm(m.typographer(para)) in text, (host, post.slug)
            for c in post.comments:
                assert f'id="comment-{c.id}"' not in html
                if len(norm(c.text[0])) > 30:
                    assert norm(m.typographer(c.text[0])) not in text
            if m.comments_of(host) == "disqus":
                assert '<div id="disqus_thread"></div>' in html and ".disqus.com/embed.js" in html
            elif m.comments_of(host) == "giscus":
                assert 'src="https://giscus.app/client.js"' in html
    assert "none" in kinds


@pytest.mark.parametrize("markup", MARKUPS)
def test_every_page_answers_and_xml_parses(web, markup):
    # WordPress's shortlinks /?p=N are its only redirects
    assert_pages_answer(web, markup, lambda path: markup == "astra" and path.startswith("/?p="))


@pytest.mark.parametrize("markup", MARKUPS)
def test_feed_sitemap_parse_and_listing_reaches_every_post(web, markup):
    assert_feeds_and_listing(web, markup, NEXT[markup], entities=("&amp;", "&#038;"), sitemap_required=True)


def test_astra_hostile_text_is_escaped_and_output_deterministic():
    assert_hostile_blog_escaped("astra")


def _hostile_pages(m, markup: str) -> dict:
    """The hostile blog rendered twice in `markup` (module `m`): the same pages, a 404, no model text read as
    markup, the XML well formed."""
    pages, missing = m.render(_hostile_as(markup), NOW, None)
    again, missing2 = m.render(_hostile_as(markup), NOW, None)
    assert pages.keys() == again.keys() and all(pages[k] == again[k] for k in pages) and missing == missing2
    assert missing.status == 404
    for key, pg in pages.items():
        body = pg.body.decode()
        if "html" in pg.content_type:
            assert "<script>alert" not in body and "<b>Auteur" not in body and "<i>retraite" not in body, key
            assert '"quote"' not in body, key
        if "xml" in pg.content_type:
            ET.fromstring(pg.body)
    return pages


def test_papermod_hostile_text_is_escaped_and_output_deterministic():
    """html/template escapes quotes as &#34; and &#39; (titles) and the Typographer curls them (content)."""
    from sectorweb.families import hugo_papermod as m
    pages = _hostile_pages(m, "hugo_papermod")
    for post in _hostile().posts:
        body = pages[_path(m.permalink("hostile.test", post), "hostile.test")].body.decode()
        assert "Test &lt;script&gt;alert(1)&lt;/script&gt; &#34;quote&#34; =cmd|&#39; /C calc&#39;!A0 &amp; co" in body
        assert "Test &lt;script&gt;alert(1)&lt;/script&gt; “quote” =cmd|’ /C calc’!A0 &amp; co" in body
    assert "Crawl-delay: 5" in pages["/robots.txt"].body.decode()


@pytest.mark.parametrize("markup", MARKUPS)
def test_permalink_settings_vary_by_host(markup):
    assert_permalinks_vary(markup)


def test_substack_posts_and_comments_pages_hold_their_text(web):
    """The post page holds the text and the first three threads; /p/slug/comments every comment, threads in
    date order (a Substack comment is signed by a Substack profile, never by the commenter's own URL)."""
    from sectorweb.families import substack as m
    blogs = _blogs(web, "substack")
    assert blogs
    for host, blog in blogs:
        assert web.lookup(host, "/").status == 200
        for post in blog.posts:
            path = _path(m.permalink(host, post), host)
            pg = web.lookup(host, path)
            assert pg.status == 200, (host, path)
            text, html = text_of(pg.body), pg.body.decode()
            assert norm(post.title) in text
            for para in post.paragraphs:
                assert norm(para) in text, (host, path)
            ids = {c.id for c in post.comments}
            tops = sorted((c for c in post.comments if c.parent not in ids), key=lambda c: (c.when, c.id))
            for c in tops[:3]:
                assert f'id="comment-{c.id}"' in html
            if not post.comments:
                continue
            pg = web.lookup(host, path + "/comments")
            assert pg.status == 200, (host, path)
            text, html = text_of(pg.body), pg.body.decode()
            for c in post.comments:
                assert norm(c.author) in text
                for para in c.text:
                    assert norm(para) in text, (host, path)
                assert f'id="comment-{c.id}"' in html
                assert web.lookup(host, f"{path}/comment/{c.id}").status == 200
            at = [html.find(f'id="comment-{c.id}"') for c in tops]
            assert at == sorted(at), (host, path)


def test_substack_feed_sitemap_and_archive(web):
    """The feed holds feed_items posts, the sitemap every post (the archive renders the twelve latest and
    loads the others by script)."""
    from sectorweb.families import substack as m
    for host, blog in _blogs(web, "substack"):
        feed = ET.fromstring(web.lookup(host, m.feed_path(host)).body)
        assert len(feed.findall("./channel/item")) == min(len(blog.posts), blog.feed_items)
        robots = web.lookup(host, "/robots.txt").body.decode()
        assert f"Sitemap: http://{host}/sitemap.xml" in robots
        sm = ET.fromstring(web.lookup(host, "/sitemap.xml").body)
        locs = {e.text for e in sm.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
        assert {m.permalink(host, p) for p in blog.posts} <= locs
        archive = web.lookup(host, "/archive").body.decode()
        assert archive.count('class="post-preview-title newsletter"') == min(len(blog.posts), 12)


def test_substack_pages_answer_and_hostile_text_is_escaped(web):
    from sectorweb.families import substack as m
    assert_pages_answer(web, "substack", lambda path: False)
    pages = _hostile_pages(m, "substack")
    for post in _hostile().posts:
        body = pages[_path(m.permalink("hostile.test", post), "hostile.test")].body.decode()
        assert "Test &lt;script&gt;alert(1)&lt;/script&gt; &quot;quote&quot; =cmd|" in body
