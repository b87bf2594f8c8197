"""The blind blog markups (drupal, pluxml, ghost) on the evaluation web: every source renders, its pages
answer, all the model's text is there (escaped), output is deterministic, feeds parse, pagination
reaches every post."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime
from html.parser import HTMLParser

import pytest

from sectorweb.dates import NOW
from sectorweb.model import Blog, Comment, Post

MARKUPS = ("drupal", "pluxml", "ghost")


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def text_of(body: bytes) -> str:
    p = _Text()
    p.feed(body.decode("utf-8"))
    return " ".join("".join(p.parts).split())


def norm(s: str) -> str:
    return " ".join(s.split())


@pytest.fixture(scope="module")
def web():
    from sectorweb.evaluation import SEED, build_eval_site

    return build_eval_site(SEED, "blind")


def _blogs(site, markup):
    return [(h, c) for h, c in site.content.items() if isinstance(c, Blog) and c.platform == markup]


@pytest.mark.parametrize("markup", MARKUPS)
def test_every_source_renders_with_all_its_text(web, markup):
    from sectorweb.families import permalink
    blogs = _blogs(web, markup)
    assert blogs, markup
    for host, blog in blogs:
        home = web.lookup(host, "/")
        assert home.status == 200, (host, markup)
        for post in blog.posts:
            url = permalink(markup, host, post)
            assert url.startswith(f"http://{host}/")
            pg = web.lookup(host, url.split(host, 1)[1])
            assert pg.status == 200, (host, url)
            text = text_of(pg.body)
            assert norm(post.title) in text, (host, url)
            for para in post.paragraphs:
                assert norm(para) in text, (host, url)
            html = pg.body.decode()
            if markup == "ghost":  # comments-ui loads them: only its script is in the HTML
                for c in post.comments:
                    assert norm(c.text[0]) not in text
                if post.comments:
                    assert "data-ghost-comments=" in html and "comments-ui.min.js" in html
            else:
                for c in post.comments:
                    assert norm(c.author) in text, (host, url, c.author)
                    for para in c.text:
                        assert norm(para) in text, (host, url)
                    # Drupal shows a registered user (the post's author answering) by name, never his homepage
                    if c.url and not (markup == "drupal" and c.by_author):
                        from sectorweb.families.common import esc
                        assert f'href="{esc(c.url)}"' in html


@pytest.mark.parametrize("markup", MARKUPS)
def test_feed_parses_and_listing_reaches_every_post(web, markup):
    from sectorweb.families import permalink
    feed_path = {"drupal": "/rss.xml", "ghost": "/rss/"}
    for host, blog in _blogs(web, markup)[:12]:
        if markup == "pluxml":
            from sectorweb.families.pluxml import rewrite
            fp = rewrite(host, "feed.php?rss")
        else:
            fp = feed_path[markup]
        feed = web.lookup(host, fp)
        assert feed.status == 200, (host, fp)
        root = ET.fromstring(feed.body)
        items = root.findall("./channel/item")
        assert len(items) == min(len(blog.posts), blog.feed_items)
        assert web.lookup(host, "/robots.txt").status == 200
        if blog.crawl_delay:
            assert f"Crawl-delay: {blog.crawl_delay}" in web.lookup(host, "/robots.txt").body.decode()
        # follow the listing's "next" links from the home page
        seen, target, hops = set(), "/", 0
        while target and hops < 200:
            pg = web.lookup(host, target)
            assert pg.status == 200, (host, target)
            html = pg.body.decode()
            seen.update(re.findall(r'href="([^"#]+)"', html))
            if markup == "drupal":
                m = re.search(r'<a href="(\?page=\d+)" class="pager__link" title="Aller à la page suivante" rel="next">', html)
                target = "/" + m.group(1) if m else None
            elif markup == "pluxml":
                m = re.search(r'<span class="p_next"><a href="([^"]+)"', html)
                target = m.group(1).removeprefix(f"http://{host}") if m else None
            else:
                m = re.search(r'<a class="older-posts" href="([^"]+)"', html)
                target = m.group(1) if m else None
            hops += 1
        full = {u if u.startswith("http") else f"http://{host}{u}" for u in seen}
        for post in blog.posts:
            assert permalink(markup, host, post) in full, (host, post.title)


def _hostile() -> Blog:
    bad = 'Test <script>alert(1)</script> "quote" =cmd|\' /C calc\'!A0 & co'
    posts = []
    for i in range(1, 12):
        c1 = Comment(10 * i, bad, datetime(2026, 5, i, 10, 0), [bad, "voir https://exemple.test/page?a=1&b=2"],
                     url='http://evil.test/"><script>x</script>')
        c2 = Comment(10 * i + 1, "Réponse", datetime(2026, 5, i, 12, 0), ["merci " + bad], parent=10 * i, by_author=True)
        posts.append(Post(i, f"{bad} n°{i}", f"titre-{i}", datetime(2026, 5, i, 9, 0), "Jeanne <b>Auteur</b>",
                          [bad, "Deuxième paragraphe " + bad, "Troisième"], category="Épargne & <i>retraite</i>",
                          tags=["Impôts", bad], comments=[c1, c2], comments_open=i % 2 == 0,
                          links=[("https://exemple.test/", "lien")]))
    return Blog("hostile.test", "x", f"Blog {bad}", f"Slogan {bad}", "Jeanne <b>Auteur</b>", "jeanne", posts,
                blogroll=[('http://ami.test/?a="b"', f"Ami {bad}")], crawl_delay=5, per_page=4, feed_items=5)


@pytest.mark.parametrize("markup", MARKUPS)
def test_hostile_text_is_escaped_and_output_deterministic(markup):
    from importlib import import_module
    mod = import_module(f"sectorweb.families.{markup}")
    blog = _hostile()
    blog.platform = markup
    pages, missing = mod.render(blog, NOW, None)
    again, missing2 = mod.render(_hostile_as(markup), NOW, None)
    assert pages.keys() == again.keys()
    assert all(pages[k] == again[k] for k in pages) and missing == missing2
    assert missing.status == 404
    for key, pg in pages.items():
        body = pg.body.decode()
        if "html" in pg.content_type:  # (feeds may carry the text raw in CDATA, as Ghost's does)
            assert "<script>alert" not in body and "<script>x" not in body, (markup, key)
            assert "<b>Auteur" not in body and "<i>retraite" not in body, (markup, key)
            assert '"quote"' not in body, (markup, key)  # every attribute is double-quoted
        if "xml" in pg.content_type:
            ET.fromstring(pg.body)
    for post in blog.posts:
        path = mod.permalink("hostile.test", post).split("hostile.test", 1)[1]
        assert pages[path].status == 200
        body = pages[path].body.decode()
        assert "Test &lt;script&gt;alert(1)&lt;/script&gt; &quot;quote&quot; =cmd|" in body
        assert 'href="http://evil.test/&quot;&gt;&lt;script&gt;x&lt;/script&gt;"' in body or markup == "ghost"
    assert "Crawl-delay: 5" in pages["/robots.txt"].body.decode()


def _hostile_as(markup: str) -> Blog:
    b = _hostile()
    b.platform = markup
    return b
