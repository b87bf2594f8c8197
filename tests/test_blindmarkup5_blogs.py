"""Round 8's blind blog markups of writer E (typepad, medium, kadence) on the evaluation web: every source renders,
its pages answer, all the model's text is on the post page where the engine shows it (comments in order on Typepad
and Kadence; on Medium only the responses' count, and the first paragraphs of member-only stories), the listings'
pagination (or Medium's archive and sitemap) reaches every post, feeds and sitemaps parse, URLs vary by host as
designed, hostile text is escaped and output deterministic."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest

from sectorweb.families.common import esc
from tests.test_blindmarkup2_blogs import (_path, assert_feeds_and_listing, assert_hostile_blog_escaped, assert_pages_answer,
                                           assert_permalinks_vary, assert_posts_hold_their_text)
from tests.test_blindmarkup4_blogs import _hostile_pages
from tests.test_blindmarkup_blogs import _blogs, _hostile, norm, text_of

ATOM = "{http://www.w3.org/2005/Atom}"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def web():
    from sectorweb.evaluation import SEED, build_eval_site

    return build_eval_site(SEED, "blind5")


def _strip_query(url: str) -> str:
    return url.split("?", 1)[0]


def _crawl(web, host: str, start: str, next_link: str, unescape=("&amp;",)) -> set[str]:
    """Follow `next_link` from `start`; every href seen, absolute, without its query."""
    seen, target, hops = set(), start, 0
    while target and hops < 300:
        pg = web.lookup(host, target)
        assert pg.status == 200, (host, target)
        html = pg.body.decode()
        for href in re.findall(r'href="([^"#]+)"', html):
            for e in unescape:
                href = href.replace(e, "&")
            seen.add(href if href.startswith("http") else f"http://{host}{href}")
        m = re.search(next_link, html)
        target = _path(m.group(1).replace("&amp;", "&"), host) if m else None
        hops += 1
    return seen


# -- Kadence (WordPress core underneath) ------------------------------------------------------------------------------

def test_kadence_posts_hold_their_text(web):
    from sectorweb.families import kadence as m
    assert_posts_hold_their_text(web, "kadence", m.comment_anchor)


def test_kadence_pages_answer_feeds_and_listing(web):
    assert_pages_answer(web, "kadence", lambda path: path.startswith("/?p="))  # core's shortlink redirects
    assert_feeds_and_listing(web, "kadence", r'<a class="next page-numbers" href="([^"]+)">', entities=("&amp;", "&#038;"),
                             sitemap_required=True)


def test_kadence_hostile_text_permalinks_and_options_vary():
    from sectorweb.families import kadence as m
    assert_hostile_blog_escaped("kadence")
    assert_permalinks_vary("kadence")
    seen = {tuple(sorted(m.options(f"h{i}.test").items())) for i in range(60)}
    assert len({dict(o)["sidebar"] for o in seen}) == 2 and len({dict(o)["title_above"] for o in seen}) == 2


def test_kadence_single_and_archive_markup(web):
    """The post page is Kadence's single entry (categories above the title, meta, content, tags footer) with core's
    html5 comments; the comments title counts them."""
    from sectorweb.families import kadence as m
    host, blog = _blogs(web, "kadence")[0]
    post = next((p for p in blog.posts if p.comments), blog.posts[0])
    html = web.lookup(host, _path(m.permalink(host, post), host)).body.decode()
    assert 'class="entry content-bg single-entry post-' in html and '<h1 class="entry-title">' in html
    assert '<div class="entry-content single-content">' in html
    if post.comments:
        n = len(post.comments)
        assert f'<h2 class="comments-title">{"Un Commentaire" if n == 1 else f"{n} Commentaires"}</h2>' in html
        assert html.count('class="comment-body"') == n and "<span class=\"says\">dit :</span>" in html


# -- Typepad ------------------------------------------------------------------------------------------------------------

def test_typepad_posts_hold_their_text_and_comments(web):
    """Title, paragraphs, links; every comment (author, text, signed URL, anchor) in date order, across the comment
    pages (50 a page)."""
    from sectorweb.families import typepad as m
    blogs = _blogs(web, "typepad")
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
            for url, _ in post.links:
                assert f'href="{esc(url)}"' in html
            ordered = sorted(post.comments, key=lambda c: (c.when, c.id))
            pages = [ordered[i:i + m.COMMENTS_PER_PAGE] for i in range(0, len(ordered), m.COMMENTS_PER_PAGE)]
            for n, chunk in enumerate(pages, 1):
                if n > 1:
                    path = f"{_path(m.permalink(host, post), host).removesuffix('.html')}/comments/page/{n}/"
                    pg = web.lookup(host, path)
                    assert pg.status == 200, (host, path)
                    text, html = text_of(pg.body), pg.body.decode()
                at = []
                for c in chunk:
                    assert norm(c.author) in text
                    for para in c.text:
                        assert norm(para) in text, (host, path)
                    if c.url:
                        assert f'href="{esc(c.url)}"' in html
                    at.append(html.find(f'id="{m.comment_anchor(host, c)}"'))
                assert -1 not in at and at == sorted(at), (host, path)


def test_typepad_pages_answer_feeds_archives_and_listing(web):
    """No redirect; atom.xml holds feed_items entries, rss.xml parses; the main index's pager, the archives page and
    its monthly archives (paged) each reach every post."""
    from sectorweb.families import typepad as m
    assert_pages_answer(web, "typepad", lambda path: False)
    for host, blog in _blogs(web, "typepad")[:12]:
        root = m.settings(host)["folder"] + "/"
        atom = ET.fromstring(web.lookup(host, m.feed_path(host)).body)
        assert len(atom.findall(f"{ATOM}entry")) == min(len(blog.posts), blog.feed_items)
        ET.fromstring(web.lookup(host, root + "rss.xml").body)
        assert web.lookup(host, "/robots.txt").status == 200
        every = {m.permalink(host, p) for p in blog.posts}
        assert every <= _crawl(web, host, "/", r'<span class="pager-right"><a href="([^"]+)">')
        archives = web.lookup(host, root + "archives.html").body.decode()
        months = re.findall(r'<li class="archive-list-item"><a href="([^"]+/\d{4}/\d{2}/index\.html)">', archives)
        found = set()
        for month in months:
            found |= _crawl(web, host, _path(month, host), r'<span class="pager-right"><a href="([^"]+)">')
        assert every <= found, host


def test_typepad_hostile_text_and_permalinks_vary():
    from sectorweb.families import typepad as m
    pages = _hostile_pages(m, "typepad")
    for post in _hostile().posts:
        body = pages[_path(m.permalink("hostile.test", post), "hostile.test")].body.decode()
        assert "Test &lt;script&gt;alert(1)&lt;/script&gt; &quot;quote&quot; =cmd|" in body
        assert 'href="http://evil.test/&quot;&gt;&lt;script&gt;x&lt;/script&gt;"' in body
    assert_permalinks_vary("typepad")
    shapes = {m.permalink(f"h{i}.test", _hostile().posts[0]).split(".test", 1)[1] for i in range(60)}
    assert any("titre_1" in s for s in shapes) and any(s.startswith("/2026/") for s in shapes)


# -- Medium -------------------------------------------------------------------------------------------------------------

def test_medium_posts_hold_what_a_crawler_gets(web):
    """Title and paragraphs (member-only stories: the first ones and the paywall); responses never, only their count."""
    from sectorweb.families import medium as m
    blogs = _blogs(web, "medium")
    assert blogs
    locked = 0
    for host, blog in blogs:
        assert web.lookup(host, "/").status == 200
        for post in blog.posts:
            url = m.permalink(host, post)
            assert re.fullmatch(rf"http://{re.escape(host)}/[a-z0-9-]+-[0-9a-f]{{12}}", url)
            pg = web.lookup(host, _path(url, host))
            assert pg.status == 200, (host, url)
            text, html = text_of(pg.body), pg.body.decode()
            assert norm(post.title) in text
            shown = m.shown_paragraphs(host, post)
            for para in shown:
                assert norm(para) in text, (host, url)
            if len(shown) < len(post.paragraphs):
                locked += 1
                assert 'class="meteredContent"' in html and "Member-only story" in text
                assert norm(post.paragraphs[-1]) not in text or norm(post.paragraphs[-1]) in " ".join(shown)
            for c in post.comments:
                if len(norm(c.text[0])) > 30:
                    assert norm(c.text[0]) not in text
            if post.comments:
                assert f'<span class="pw-responses-count hq hr">{len(post.comments)}</span>' in html
            redirect = web.lookup(host, f"/p/{m.story_id(host, post)}")
            assert redirect.status == 301 and redirect.headers["Location"] == url
    assert locked


def test_medium_pages_answer_feed_sitemap_and_archive(web):
    """Only /p/<id> redirects; the feed holds the 10 latest stories; robots.txt names the sitemap, whose daily files
    list every story; a publication's archive reaches every story, a profile's home the 10 latest."""
    from sectorweb.families import medium as m
    assert_pages_answer(web, "medium", lambda path: path.startswith("/p/"))
    kinds = set()
    for host, blog in _blogs(web, "medium"):
        feed = ET.fromstring(web.lookup(host, "/feed").body)
        assert len(feed.findall("./channel/item")) == min(len(blog.posts), m.FEED_ITEMS)
        robots = web.lookup(host, "/robots.txt").body.decode()
        assert f"Sitemap: http://{host}/sitemap/sitemap.xml" in robots
        index = ET.fromstring(web.lookup(host, "/sitemap/sitemap.xml").body)
        locs = set()
        for loc in index.iter(f"{SM}loc"):
            day = ET.fromstring(web.lookup(host, _path(loc.text, host)).body)
            locs |= {e.text for e in day.iter(f"{SM}loc")}
        every = {m.permalink(host, p) for p in blog.posts}
        assert every == locs, host
        kind = m.kind_of(host)
        kinds.add(kind)
        home = {_strip_query(u) for u in _crawl(web, host, "/", r"(?!)")}
        newest = sorted(blog.posts, key=lambda p: (p.when, p.id), reverse=True)[:m.SHOWN]
        assert {m.permalink(host, p) for p in newest} <= home
        if kind == "publication":
            found = set()
            for month in re.findall(r'href="(http://[^"]+/archive/\d{4}/\d{2})"', web.lookup(host, "/archive").body.decode()):
                found |= {_strip_query(u) for u in _crawl(web, host, _path(month, host), r"(?!)")}
            assert every <= found, host
    assert kinds == {"publication", "profile"}


def test_medium_hostile_text_and_hosts_vary():
    from sectorweb.families import medium as m
    pages = _hostile_pages(m, "medium")
    for post in _hostile().posts:
        body = pages[_path(m.permalink("hostile.test", post), "hostile.test")].body.decode()
        assert "Test &lt;script&gt;alert(1)&lt;/script&gt; &quot;quote&quot; =cmd|" in body
        assert urlsplit(pages[f"/p/{m.story_id('hostile.test', post)}"].headers["Location"]).path.endswith(m.story_id("hostile.test", post))
    hosts = [f"h{i}.test" for i in range(60)]
    assert {m.kind_of(h) for h in hosts} == {"publication", "profile"} and {m.partner(h) for h in hosts} == {True, False}
