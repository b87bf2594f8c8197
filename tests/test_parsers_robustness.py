"""Hostile input: parse_page returns a ParsedPage, never raises, and caps what it returns."""
import os

import pytest

from spiders.parsers import detect_platform, parse_page
from spiders.parsers.common import MAX_FIELD_CHARS, MAX_ITEMS
from spiders.parsers.model import ParsedPage

URL = "https://example.fr/x/"


@pytest.mark.parametrize("html", [
    None, "", b"", "   \n ", b"\x00\x01\x02", os.urandom(20000), "juste du texte sans balise",
    "<", "<<<>>>", "<html", "<?xml version='1.0' encoding='utf-8'?><html><body><p>x</p></body></html>",
    "<p>\ud800 lone surrogate</p>", b"<meta charset='no-such-charset'><p>\xe9t\xe9</p>",
    "<div>" * 100_000 + "profond" + "</div>" * 100_000,
    "<table><tr><td>" * 30_000,
    "<script>" + "x" * 200_000,
    '<a href="javascript:alert(1)">a</a><a href="http://[::1">b</a><a href="http://exa mple.com:99999/">c</a>',
])
def test_never_raises(html):
    parsed = parse_page(URL, html)
    assert isinstance(parsed, ParsedPage)
    assert parsed.url == URL
    assert isinstance(detect_platform(URL, html), str)


@pytest.mark.parametrize("html", [None, "", b"\x00\x01\x02", os.urandom(20000), "no tags at all"])
def test_unreadable_is_other(html):
    for url in (URL, "https://example.fr/"):
        parsed = parse_page(url, html)
        assert parsed.page_type == "other"
        assert parsed.text == "" and parsed.comments == [] and parsed.posts == []


def test_control_characters_are_dropped():
    assert parse_page(URL, "<html><body><p>a\x00b\x01c</p></body></html>").text == "abc"


def test_charsets():
    assert parse_page(URL, "<html><body><p>é</p></body></html>".encode("utf-16")).text == "é"
    assert parse_page(URL, b"<meta charset='iso-8859-1'><p>\xe9t\xe9 \x80</p>").text == "été €"
    assert parse_page(URL, b"<p>\xc3\xa9t\xc3\xa9</p>").text == "été"  # undeclared utf-8
    assert parse_page(URL, b"<p>\xe9t\xe9</p>").text == "été"  # undeclared, not utf-8: cp1252
    # declared latin-1 but sent in utf-8 (a template's charset, a database's bytes): valid utf-8 wins
    assert parse_page(URL, "<meta charset='iso-8859-1'><p>Hôtel du Louvre, été</p>".encode("utf-8")).text \
        == "Hôtel du Louvre, été"
    # declared utf-8 but sent in latin-1 (old French sites), and a utf-8 page with one stray byte
    assert parse_page(URL, "<meta charset=utf-8><p>été à Noël</p>".encode("latin-1")).text == "été à Noël"
    assert parse_page(URL, "<meta charset=utf-8><p>été à Noël\xff</p>".encode("utf-8")
                      .replace(b"\xc3\xbf", b"\xff")).text == "été à Noël\ufffd"


def test_large_page_is_capped():
    """A 5 MB page: its text and links are capped (the parse's time bound is crawl.parse_timeout_seconds,
    tested in test_parse_timeout.py; its speed is measured by make bench)."""
    html = "<html><body><article>" + "".join(
        f'<p>Paragraphe {i} avec du texte et un <a href="/l{i}">lien</a>.</p>' for i in range(100_000)
    ) + "</article></body></html>"
    assert len(html) > 5_000_000
    parsed = parse_page(URL, html)
    assert len(parsed.text) == MAX_FIELD_CHARS
    assert len(parsed.links) <= MAX_ITEMS


def test_many_comments_and_posts_are_capped():
    comments = "".join(f'<li id="comment-{i}" class="comment"><b class="fn">U{i}</b>'
                       f'<div class="comment-content">c{i}</div></li>' for i in range(2500))
    wp = ('<html><head><meta name="generator" content="WordPress 6.6"></head><body class="single single-post">'
          '<article class="type-post"><h1 class="entry-title">T</h1><div class="entry-content"><p>x</p></div>'
          f'</article><ol class="comment-list">{comments}</ol></body></html>')
    parsed = parse_page(URL, wp)
    assert len(parsed.comments) == MAX_ITEMS
    assert parsed.comments[-1].position == MAX_ITEMS
    posts = "".join(f'<div id="p{i}" class="post"><div class="content">m{i}</div></div>' for i in range(2500))
    parsed = parse_page(URL + "viewtopic.php?t=1", f'<body id="phpbb" class="section-viewtopic">{posts}</body>')
    assert len(parsed.posts) == MAX_ITEMS


def test_escaped_markup_stays_literal():
    parsed = parse_page(URL, "<html><body><article><h1>T</h1><p>&lt;script&gt;alert(1)&lt;/script&gt; et "
                             "&amp;lt;b&amp;gt; restent tels quels dans un texte assez long pour être gardé.</p>"
                             "</article></body></html>")
    assert "<script>alert(1)</script> et &lt;b&gt; restent tels quels" in parsed.text


def test_family_parser_failure_falls_back_to_generic(monkeypatch):
    import spiders.parsers as parsers

    def boom(page):
        raise RuntimeError("theme from hell")

    monkeypatch.setitem(parsers.PARSERS, "wordpress", boom)
    html = '<html><head><meta name="generator" content="WordPress 6.6"></head><body><h1>T</h1><p>Texte.</p></body></html>'
    parsed = parse_page(URL, html)
    assert (parsed.platform, parsed.kind) == ("wordpress", "blog")  # what the site is, parsed generically
    assert parsed.title == "T"
