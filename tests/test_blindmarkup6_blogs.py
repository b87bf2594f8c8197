"""Round 9's blind blog markups of writer H (skyrock, eklablog, wix) on the evaluation web: every source renders, its
pages answer, all the model's text is on the post page where the engine shows it (Skyrock's comments newest first,
twenty a page, in ISO-8859-15; Eklablog's numbered threads with one level of replies; on Wix none, the comments
widget being rendered in the browser, only their count), the listings' pagination (or Wix's sitemaps) reaches every
post, feeds and sitemaps parse, URLs and options vary by host as designed, the engines' own formats (pagination
windows, dates, slugs) follow the pages they were written from, hostile text is escaped and output deterministic."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import datetime
from html.parser import HTMLParser
from urllib.parse import quote

import pytest

from sectorweb.dates import NOW
from sectorweb.model import Blog, Comment, Post
from tests.test_blindmarkup2_blogs import _path
from tests.test_blindmarkup4_blogs import _hostile_pages
from tests.test_blindmarkup_blogs import _blogs, _hostile, _hostile_as, norm, text_of

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def web():
    """The evaluation web in round 9's markups."""
    from sectorweb.evaluation import SEED, build_eval_site

    return build_eval_site(SEED, "blind6")


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self.skip -= tag in ("script", "style")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def latin9_text(body: bytes) -> str:
    p = _Text()
    p.feed(body.decode("iso-8859-15"))
    return " ".join("".join(p.parts).split())


def _crawl(web, host: str, start: str, next_link: str, decode="utf-8", entities=("&amp;",)) -> set[str]:
    """Follow `next_link` from `start`: every href seen, absolute."""
    seen, target, hops = set(), start, 0
    while target and hops < 400:
        pg = web.lookup(host, target)
        assert pg.status == 200, (host, target)
        html = pg.body.decode(decode)
        for href in re.findall(r'href="([^"#]+)"', html):
            for e in entities:
                href = href.replace(e, "&")
            seen.add(href if href.startswith("http") else f"http://{host}{href}")
        m = re.search(next_link, html)
        target = _path(m.group(1).replace("&amp;", "&"), host) if m else None
        hops += 1
    return seen


def _pages_answer(web, markup: str):
    """Every page of the markup's hosts answers 200 (none redirects) and its XML parses."""
    hosts = {h for h, _ in _blogs(web, markup)}
    n = 0
    for (host, path), pg in web.pages.items():
        if host in hosts:
            n += 1
            assert pg.status == 200, (host, path, pg.status)
            if "xml" in pg.content_type:
                ET.fromstring(pg.body)
    assert n


def _posts(n: int, comments: int = 0) -> Blog:
    posts = []
    for i in range(1, n + 1):
        cs = [Comment(100 * i + k, f"Lecteur {k}", datetime(2025, 3, 1 + k % 27, 10, k % 60), [f"Commentaire {k} du billet {i}"])
              for k in range(comments)]
        posts.append(Post(i, f"Billet numéro {i}", f"billet-numero-{i}", datetime(2024, 1, 1, 9, 0).replace(day=1 + i % 28),
                          "Anne", [f"Texte du billet {i}."], comments=cs))
    return Blog("h.test", "x", "Blog", "Slogan", "Anne", "anne", posts)


# -- Skyrock ------------------------------------------------------------------------------------------------------------

def test_skyrock_posts_hold_their_text_and_comments(web):
    """Latin-9 pages; title, paragraphs and the post's links (through Skyrock's redirector) on the article page; every
    comment (author, text) newest first, twenty a page on `?p=N&action=SHOW_COMMENTS`; never the commenter's URL."""
    from sectorweb.families import skyrock as m
    blogs = _blogs(web, "skyrock")
    assert blogs
    paged = 0
    for host, blog in blogs:
        assert web.lookup(host, "/").status == 200
        for post in blog.posts:
            url = m.permalink(host, post)
            assert re.fullmatch(rf"http://{re.escape(host)}/\d{{9,10}}-[A-Za-z0-9&-]+\.html", url), url
            pg = web.lookup(host, _path(url, host))
            assert pg.status == 200 and pg.content_type == "text/html; charset=ISO-8859-15", (host, url)
            text, html = latin9_text(pg.body), pg.body.decode("iso-8859-15")
            assert norm(post.title) in text
            for para in post.paragraphs:
                assert norm(para) in text, (host, url)
            for link, _ in post.links:
                assert f'href="{m.REDIRECTOR}{quote(m.esc(link), safe="")}"' in html
            newest = sorted(post.comments, key=lambda c: (c.when, c.id), reverse=True)
            for n in range(0, max(1, len(newest)), m.COMMENTS_PER_PAGE):
                chunk = newest[n:n + m.COMMENTS_PER_PAGE]
                if n:
                    paged += 1
                    pg = web.lookup(host, _path(m.comments_url(host, post, n // m.COMMENTS_PER_PAGE + 1), host))
                    assert pg.status == 200
                    text, html = latin9_text(pg.body), pg.body.decode("iso-8859-15")
                at = []
                for c in chunk:
                    assert norm(c.author) in text
                    for para in c.text:
                        assert norm(para) in text, (host, url)
                    if c.url:
                        assert f'href="{c.url}"' not in html and f'href="{m.esc(c.url)}"' not in html
                    at.append(html.find(f'id="{m.comment_anchor(host, c)}"'))
                assert -1 not in at and at == sorted(at), (host, url)  # newest first
    assert paged


def test_skyrock_pages_answer_feeds_and_listing(web):
    """No redirect; rss.xml holds the ten latest articles, each article's comments feed parses; the listing's "Suivant"
    links (five articles a page) and the archives page each reach every article; robots.txt is Skyrock's."""
    from sectorweb.families import skyrock as m
    _pages_answer(web, "skyrock")
    for host, blog in _blogs(web, "skyrock")[:15]:
        feed = ET.fromstring(web.lookup(host, m.feed_path(host)).body)
        assert len(feed.findall("./channel/item")) == min(len(blog.posts), m.FEED_ITEMS)
        every = {m.permalink(host, p).replace("&", "&amp;") for p in blog.posts}
        found = _crawl(web, host, "/", r'<li class="next next-icon" ><a accesskey="z" href="([^"]+)">Suivant</a>',
                       decode="iso-8859-15", entities=())
        assert every <= found, host
        assert web.lookup(host, "/1.html").body == web.lookup(host, "/").body
        html = web.lookup(host, "/2.html").body.decode("iso-8859-15") if len(blog.posts) > m.PER_PAGE else ""
        if html:
            assert html.count('class="bloc article_item') == min(m.PER_PAGE, len(blog.posts) - m.PER_PAGE)
        archives = web.lookup(host, "/archives/").body.decode("iso-8859-15")
        assert all(u in archives for u in every)
        assert "User-agent: *" in web.lookup(host, "/robots.txt").body.decode()


def test_skyrock_listing_pager_follows_the_real_pages():
    """The window of nine pages, "1 ..." and "... N" of a 171-article blog (35 pages), as soph-yan.skyrock.com's."""
    from sectorweb.families import skyrock as m
    t = m._Skyrock(_posts(171))

    def pager(n):
        html = t.pager(n, 35)
        ul = html.split("</ul>")[0]
        return [re.sub(r"<[^>]+>", "", li).strip() for li in re.findall(r"<li[^>]*>.*?</li>", ul)]
    assert pager(1) == [str(k) for k in range(1, 10)] + ["... 35", "Suivant"]
    assert pager(6) == ["Précédent"] + [str(k) for k in range(1, 11)] + ["... 35", "Suivant"]
    assert pager(12) == ["Précédent", "1 ..."] + [str(k) for k in range(8, 17)] + ["... 35", "Suivant"]
    assert pager(30) == ["Précédent", "1 ..."] + [str(k) for k in range(26, 36)] + ["Suivant"]
    assert pager(35) == ["Précédent", "1 ..."] + [str(k) for k in range(27, 36)]
    assert 'class="current" ><a href="http://h.test/12.html">12</a>' in t.pager(12, 35)
    assert '<option selected value="2">Page n°2 sur 35</option>' in t.pager(2, 35)


def test_skyrock_formats_slugs_and_variations():
    from sectorweb.families import skyrock as m
    assert m.sky_slug("Manu & Delphine ( Ze couple!!)", NOW) == "Manu-&-Delphine-Ze-couple"
    assert m.sky_slug("Seb et Sarah nan nan Greägeuh", NOW) == "Seb-et-Sarah-nan-nan-Greageuh"
    assert m.sky_slug("L'interné", NOW) == "L-interne"
    assert m.sky_slug("!!!", datetime(2009, 2, 10, 8, 0)) == "posted-on-2009-02-10"
    assert m.sky_date(datetime(2006, 2, 3, 2, 40)) == "vendredi 03 février 2006 02:40"
    hosts = [f"h{i}.test" for i in range(60)]
    assert len({m.settings(h)["skin"] for h in hosts}) >= 4 and len({m.settings(h)["gender"] for h in hosts}) == 2
    assert len({m.article_id(h, _hostile().posts[0]) for h in hosts}) > 50


def test_skyrock_hostile_text_is_escaped_and_output_deterministic():
    from sectorweb.families import skyrock as m
    b = _hostile_as("skyrock")
    pages, missing = m.render(b, NOW, None)
    again, missing2 = m.render(_hostile_as("skyrock"), NOW, None)
    assert pages.keys() == again.keys() and all(pages[k] == again[k] for k in pages) and missing == missing2
    assert missing.status == 404
    for key, pg in pages.items():
        body = pg.body.decode("iso-8859-15")
        if "html" in pg.content_type:
            assert "<script>alert" not in body and "<b>Auteur" not in body and "<i>retraite" not in body, key
            assert '"quote"' not in body, key
        if "xml" in pg.content_type:
            ET.fromstring(pg.body)
    for post in b.posts:
        body = pages[_path(m.permalink("hostile.test", post), "hostile.test")].body.decode("iso-8859-15")
        assert "Test &lt;script&gt;alert(1)&lt;/script&gt; &quot;quote&quot; =cmd|&#039; /C calc&#039;!A0 &amp; co" in body
        assert "evil.test" not in body  # the commenter's URL: Skyrock's form has no website field
        assert "Deuxième paragraphe" in body  # latin-9 holds the accents


# -- Eklablog -----------------------------------------------------------------------------------------------------------

def test_eklablog_posts_hold_their_text_and_comments(web):
    """Title, paragraphs, links, rubrique and tags on the article page; every comment (author, text, the site the
    visitor signed with), the threads numbered in date order, each reply inside its thread's replies."""
    from sectorweb.families import eklablog as m
    blogs = _blogs(web, "eklablog")
    assert blogs
    replies = 0
    for host, blog in blogs:
        assert web.lookup(host, "/").status == 200
        for post in blog.posts:
            url = m.permalink(host, post)
            assert re.fullmatch(rf"http://{re.escape(host)}/[a-z0-9-]{{1,70}}-a\d{{9}}", url), url
            pg = web.lookup(host, _path(url, host))
            assert pg.status == 200, (host, url)
            text, html = text_of(pg.body), pg.body.decode()
            assert norm(post.title) in text
            for para in post.paragraphs:
                assert norm(para) in text, (host, url)
            for link, _ in post.links:
                assert f'href="{m.esc(link)}"' in html
            assert f'>{m.esc(post.category)}</a> le <span class="article_info_date">{m.info_date(post.when)}</span>' in html
            for tag in post.tags:
                assert f'href="http://{host}{m.tag_path(tag)}" rel="tag"' in html
            t = m._Eklablog(blog)
            tops = []
            for num, (c, rs) in enumerate(t.threads(post), 1):
                at = html.find(f'id="comment-{m.comment_id(host, c)}"')
                tops.append(at)
                assert f'<div class="commentnumber">{num}</div>' in html[at:at + 300]
                block = html[html.find(f'id="replies-{m.comment_id(host, c)}"'):] if rs else ""
                for r in rs:
                    replies += 1
                    assert f'id="comment-{m.comment_id(host, r)}"' in block
            assert -1 not in tops and tops == sorted(tops)
            for c in post.comments:
                assert norm(c.author) in text
                for para in c.text:
                    assert norm(para) in text, (host, url)
                if c.url and not c.by_author:
                    assert f'<a href="{m.esc(c.url)}" rel="nofollow">{m.esc(c.author)}</a>' in html
    assert replies


def test_eklablog_pages_answer_feeds_and_rubriques(web):
    """No redirect; /rss and /rss/comments hold ten items, the rubriques' and articles' feeds parse; from the home
    page, the rubriques of the header menu and their pagination reach every article; the RSD names EklaBlog."""
    from sectorweb.families import eklablog as m
    _pages_answer(web, "eklablog")
    for host, blog in _blogs(web, "eklablog")[:15]:
        feed = ET.fromstring(web.lookup(host, "/rss").body)
        assert len(feed.findall("./channel/item")) == min(len(blog.posts), m.FEED_ITEMS)
        assert feed.findtext("./channel/generator") == "http://www.eklablog.com"
        comments = ET.fromstring(web.lookup(host, "/rss/comments").body)
        assert len(comments.findall("./channel/item")) == min(sum(len(p.comments) for p in blog.posts), m.FEED_ITEMS)
        home = web.lookup(host, "/").body.decode()
        menu = re.search(r'<ul id="menu">(.*?)</ul>', home).group(1)
        rubriques = re.findall(r'href="([^"]+)"', menu)
        assert len(rubriques) == len({p.category for p in blog.posts})
        found = set()
        for rub in rubriques:
            found |= _crawl(web, host, _path(rub, host),
                            r'<a href="([^"]+)" rel="nofollow" onmouseover="Help.bubble\(this, &quot;Page suivante&quot;\)"')
        assert {m.permalink(host, p) for p in blog.posts} <= found, host
        assert "<engineName>EklaBlog</engineName>" in web.lookup(host, "/xmlrpc.php?rsd").body.decode()
        post = blog.posts[-1]
        reply = web.lookup(host, _path(m.permalink(host, post), host) + "?reply_comm=1")
        assert reply.status == 200  # "Répondre" opens the article page


def test_eklablog_formats_and_variations():
    from sectorweb.families import eklablog as m
    assert m.ek_slug("Synotetris : un tétris pour travailler sur les synonymes ") == "synotetris-un-tetris-pour-travailler-sur-les-synonymes"
    long = m.ek_slug("Le coin des cinéphiles : la prochaine adaptation de la Belle et la Bête (2017)")
    assert long == "le-coin-des-cinephiles-la-prochaine-adaptation-de-la-belle-et-la-bete-" and len(long) == 70
    assert m.comment_date(datetime(2020, 6, 1, 20, 7), NOW) == "Lundi 1er Juin 2020 à 20:07"
    assert m.comment_date(datetime(2026, 1, 13, 12, 46), NOW) == "Mardi 13 Janvier à 12:46"
    assert m.info_date(datetime(2017, 1, 30, 14, 13)) == "30 Janvier 2017 à 14:13"
    assert m.tiny("Télécharger « fiche »") == "T&eacute;l&eacute;charger &laquo; fiche &raquo;"
    hosts = [f"h{i}.test" for i in range(60)]
    for key in ("side", "full", "protect", "share", "stats"):
        assert len({m.settings(h)[key] for h in hosts}) == 2, key
    t = m._Eklablog(_posts(41))
    html = t.pagination(2, 41, lambda k: f"/methodologie-c28845630/{k}")
    shown = re.sub(r"<select.*", "", re.sub(r'<img[^>]*alt="([^"]+)"[^>]*>', r"[\1]", html))
    assert re.sub(r"<[^>]+>", "", shown).split() == (["[Première", "page]", "[Page", "précédente]", "1", "2", "3", "4", "5", "6",
                                                      "7", "...", "[Page", "suivante]", "[Dernière", "page]"])
    assert "'/methodologie-c28845630/{page}'" in html


def test_eklablog_hostile_text_is_escaped_and_output_deterministic():
    """As Eklablog writes it: quotes as typed in the article's text (TinyMCE), escaped in titles and attributes."""
    from sectorweb.families import eklablog as m
    b = _hostile_as("eklablog")
    pages, missing = m.render(b, NOW, None)
    again, missing2 = m.render(_hostile_as("eklablog"), NOW, None)
    assert pages.keys() == again.keys() and all(pages[k] == again[k] for k in pages) and missing == missing2
    assert missing.status == 404
    for key, pg in pages.items():
        body = pg.body.decode()
        if "html" in pg.content_type:
            assert "<script>alert" not in body and "<b>Auteur" not in body and "<i>retraite" not in body, key
            assert not re.search(r'="[^"<>]*"quote', body), key  # no attribute broken by the text
        if "xml" in pg.content_type:
            ET.fromstring(pg.body)
    for post in b.posts:
        body = pages[_path(m.permalink("hostile.test", post), "hostile.test")].body.decode()
        assert "Test &lt;script&gt;alert(1)&lt;/script&gt; &quot;quote&quot; =cmd|' /C calc'!A0 &amp; co" in body  # title
        assert "Test &lt;script&gt;alert(1)&lt;/script&gt; \"quote\" =cmd|' /C calc'!A0 &amp; co" in body  # TinyMCE text
        assert 'href="http://evil.test/&quot;&gt;&lt;script&gt;x&lt;/script&gt;" rel="nofollow"' in body
    assert "/tag/Imp%C3%B4ts" in pages


# -- Wix ----------------------------------------------------------------------------------------------------------------

def test_wix_posts_hold_what_a_crawler_gets(web):
    """Title, paragraphs and links in the Ricos viewer; the writer, the categories and tags; the JSON-LD BlogPosting;
    the comments never (only their count in the post stats, the widget's root empty)."""
    from sectorweb.families import wix as m
    blogs = _blogs(web, "wix")
    assert blogs
    hidden = 0
    for host, blog in blogs:
        assert web.lookup(host, "/").status == 200
        s = m.settings(host)
        for post in blog.posts:
            url = m.permalink(host, post)
            assert url.startswith(f"http://{host}/{s['prefix']}/")
            pg = web.lookup(host, _path(url, host))
            assert pg.status == 200 and "X-Wix-Request-Id" in pg.headers, (host, url)
            text, html = text_of(pg.body), pg.body.decode()
            assert norm(post.title) in text
            assert f'<h1 class="H3vOVf" data-hook="post-title">{m.esc(post.title)}</h1>' in html
            for para in post.paragraphs:
                assert norm(para) in text, (host, url)
            for link, _ in post.links:
                assert f'href="{m.esc(link)}" rel="noopener" class="dtqu- Cnx4-" data-hook="web-link"' in html
            assert f'<span data-hook="user-name">{m.esc(post.author)}</span>' in html
            assert f'data-hook="category-label-list__item" href="{m._Wix(blog).cat_url(post.category)}"' in html
            ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1))
            assert ld["@type"] == "BlogPosting" and ld["url"] == url
            assert f'data-hook="wc-root {m.post_id(host, post)}"></section>' in html
            for c in post.comments:
                if len(norm(c.text[0])) > 40:
                    hidden += 1
                    assert norm(c.text[0]) not in text
            n = len(post.comments)
            if n:
                assert f'<span class="FyJQDJ">{"1 commentaire" if n == 1 else f"{n} commentaires"}</span>' in html
    assert hidden


def test_wix_pages_answer_feed_sitemaps_and_listing(web):
    """No redirect; blog-feed.xml holds the 20 latest posts (guid: the post id); robots.txt names sitemap.xml, whose
    blog-posts-sitemap.xml lists every post; the blog's pagination reaches every post; categories and tags have
    their sitemaps."""
    from sectorweb.families import wix as m
    _pages_answer(web, "wix")
    for host, blog in _blogs(web, "wix")[:15]:
        feed = ET.fromstring(web.lookup(host, m.feed_path(host)).body)
        items = feed.findall("./channel/item")
        assert len(items) == min(len(blog.posts), m.FEED_ITEMS)
        assert all(re.fullmatch(r"[0-9a-f]{24}", i.findtext("guid")) for i in items)
        robots = web.lookup(host, "/robots.txt").body.decode()
        assert f"Sitemap: http://{host}/sitemap.xml" in robots and "Disallow: *?lightbox=" in robots
        if blog.crawl_delay:
            assert f"Crawl-delay: {blog.crawl_delay}" in robots
        index = ET.fromstring(web.lookup(host, "/sitemap.xml").body)
        maps = {_path(loc.text, host): ET.fromstring(web.lookup(host, _path(loc.text, host)).body)
                for loc in index.iter(f"{SM}loc")}
        every = {m.permalink(host, p) for p in blog.posts}
        assert {e.text for e in maps["/blog-posts-sitemap.xml"].iter(f"{SM}loc")} == every
        for loc in maps["/blog-categories-sitemap.xml"].iter(f"{SM}loc"):
            assert web.lookup(host, _path(loc.text, host)).status == 200
        blog_page = "/" + m.settings(host)["blog"]
        found = _crawl(web, host, blog_page, r'<a aria-label="Page suivante" data-hook="pagination__next" href="([^"]+)">')
        assert every <= found, host


def test_wix_formats_and_variations():
    from sectorweb.families import wix as m
    assert m.wix_slug("August is Patriarch Month!") == "august-is-patriarch-month"
    assert m.wix_slug("p.108/ 止まない雨はない") == "p-108--止まない雨はない"
    assert m.wix_slug("Chiropractic care through the stages of a woman's life") == \
        "chiropractic-care-through-the-stages-of-a-woman-s-life"
    assert m.fr_short(datetime(2024, 1, 12, 9, 0), NOW) == "12 janv. 2024"
    assert m.fr_short(datetime(2026, 3, 4, 9, 0), NOW) == "4 mars"
    assert m.fr_short(datetime(2026, 10, 28, 9, 0), NOW) == "il y a 3 jours"
    hosts = [f"h{i}.test" for i in range(80)]
    assert {m.settings(h)["blog"] for h in hosts} == set(m.BLOG_SLUGS)
    assert {m.settings(h)["prefix"] for h in hosts} == {"post", "single-post"}
    assert {m.settings(h)["title_site"] for h in hosts} == {True, False}
    from sectorweb.families import make_slug
    twice, taken = _hostile().posts[:2], set()
    twice[1].title = twice[0].title
    twice[0].slug, twice[1].slug = (make_slug("wix", p.title, taken) for p in twice)  # as the content makers do
    assert m.permalink("h.test", twice[1]) == m.permalink("h.test", twice[0]) + "-2"


def test_wix_hostile_text_is_escaped_and_output_deterministic():
    from sectorweb.families import wix as m
    pages = _hostile_pages(m, "wix")
    for post in _hostile().posts:
        body = pages[_path(m.permalink("hostile.test", post), "hostile.test")].body.decode()
        assert "Test &lt;script&gt;alert(1)&lt;/script&gt; &quot;quote&quot; =cmd|&#x27; /C calc&#x27;!A0 &amp; co" in body
        ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', body).group(1))
        assert ld["headline"].startswith("Test &lt;script&gt;")
        assert "evil.test" not in body  # comments are rendered in the browser
    assert "Crawl-delay: 5" in pages["/robots.txt"].body.decode()


# -- the three together -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("markup", ["skyrock", "eklablog", "wix"])
def test_item_pages_are_the_pages_served(markup):
    """`item_pages` (the re-crawl page cache) gives the paths and bytes `render` serves."""
    from importlib import import_module
    m = import_module(f"sectorweb.families.{markup}")
    pages, _ = m.render(_hostile_as(markup), NOW, None)
    items = list(m.item_pages(_hostile_as(markup), NOW))
    assert len(items) == len(_hostile().posts)
    for path, _what, make in items:
        assert make() == pages[path], path
