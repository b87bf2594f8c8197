"""Round 6's blind blog markups of writer C (blogger_contempo, dotclear_ductile, generatepress) on the
evaluation web: every source renders, its pages answer, all the model's text is on the post page (comments
in order), the listing's pagination reaches every post, feeds and sitemaps parse, hostile text is escaped
and output deterministic."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from importlib import import_module

import pytest

from sectorweb.families.common import esc
from tests.test_blindmarkup2_blogs import assert_hostile_blog_escaped, assert_permalinks_vary
from tests.test_blindmarkup_blogs import _blogs, norm, text_of

MARKUPS = ("blogger_contempo", "dotclear_ductile", "generatepress")
# the listing's link to the next page, per markup
NEXT = {"blogger_contempo": r'<a class="blog-pager-older-link flat-button ripple" href="([^"]+)"',
        "dotclear_ductile": r'<a href="([^"]+)" class="prev">&#171; billets précédents</a>',
        "generatepress": r'<a class="next page-numbers" href="([^"]+)">'}


def _comment_anchor(markup, host, c):
    mod = import_module(f"sectorweb.families.{markup}")
    return mod.comment_anchor(host, c)


@pytest.fixture(scope="module")
def web():
    from sectorweb.evaluation import SEED, build_eval_site

    return build_eval_site(SEED, "blind3")


def _path(url, host):
    return (url.split(host, 1)[1] if url.startswith("http") else url) or "/"


@pytest.mark.parametrize("markup", MARKUPS)
def test_every_source_renders_with_all_its_text(web, markup):
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
            for c in post.comments:
                assert norm(c.author) in text, (host, url, c.author)
                for para in c.text:
                    assert norm(para) in text, (host, url)
                if c.url:
                    assert f'href="{esc(c.url)}"' in html
                assert f'id="{_comment_anchor(markup, host, c)}"' in html, (host, url, c.id)
            ids = {c.id for c in post.comments}
            tops = sorted((c for c in post.comments if c.parent not in ids), key=lambda c: (c.when, c.id))
            at = [html.find(f'id="{_comment_anchor(markup, host, c)}"') for c in tops]
            assert at == sorted(at), (host, url)  # threads in date order


@pytest.mark.parametrize("markup", MARKUPS)
def test_every_page_answers_and_xml_parses(web, markup):
    hosts = {h for h, _ in _blogs(web, markup)}
    n = 0
    for (host, path), pg in web.pages.items():
        if host not in hosts:
            continue
        n += 1
        assert pg.status in (200, 301), (host, path, pg.status)
        if pg.status == 301:
            assert web.lookup(host, pg.headers["Location"].split(host, 1)[1]).status == 200
        elif "xml" in pg.content_type:
            ET.fromstring(pg.body)
    assert n


@pytest.mark.parametrize("markup", MARKUPS)
def test_feed_sitemap_parse_and_listing_reaches_every_post(web, markup):
    from sectorweb.families import permalink
    mod = import_module(f"sectorweb.families.{markup}")
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
        if sm:
            idx = web.lookup(host, sm.group(1))
            assert idx.status == 200, (host, sm.group(1))
            ET.fromstring(idx.body)
        seen, target, hops = set(), "/", 0
        while target and hops < 300:
            pg = web.lookup(host, target)
            assert pg.status == 200, (host, target)
            html = pg.body.decode()
            seen.update(u.replace("&amp;", "&").replace("&#038;", "&") for u in re.findall(r'href="([^"#]+)"', html))
            m = re.search(NEXT[markup], html)
            target = _path(m.group(1).replace("&amp;", "&").replace("&#038;", "&"), host) if m else None
            hops += 1
        full = {u if u.startswith("http") else f"http://{host}{u}" for u in seen}
        for post in blog.posts:
            assert permalink(markup, host, post) in full, (host, post.title)


@pytest.mark.parametrize("markup", MARKUPS)
def test_hostile_text_is_escaped_and_output_deterministic(markup):
    assert_hostile_blog_escaped(markup)


@pytest.mark.parametrize("markup", [m for m in MARKUPS if m != "blogger_contempo"])  # Blogger has one shape
def test_permalink_settings_vary_by_host(markup):
    assert_permalinks_vary(markup)

