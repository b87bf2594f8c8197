"""What the first measurement on round 5's markups written blind (`sectorweb.families.BLIND2_MARKUPS`, from
the engines' real templates) found the parsers missing, each on a small site rendered in that markup:

- Newspack prints a post's header (title, "by" byline, date) before the post's `<article>`, the byline's
  name and the date in adjacent spans ("Claire" + "23 octobre 2026" read as "Claire23");
- Twenty Twenty-Four puts its blogroll in a navigation block after a group holding the heading "Liens
  utiles" and a line saying what the links are;
- WordPress (`the_content`) and Markdown link no URL written as text: "Sur le même sujet :
  http://www.placements-michel.test/guide/" is still the post's link to that site.
"""
from __future__ import annotations

from datetime import timezone

from sectorweb.dates import to_utc
from tests.test_parsers_blind_markups import WORDS, _blog, _parse, _path, _post


def test_newspack_byline_and_date_in_the_header_before_the_article():
    blog = _blog("newspack", [_post(i, author="Claire") for i in range(1, 4)])
    for post in blog.posts:
        parsed = _parse(blog, _path(blog, post))
        assert parsed.page_type == "article" and parsed.title == post.title
        assert parsed.author == "Claire"
        assert parsed.published.endswith(("+00:00", "+01:00", "+02:00", "Z"))
        got = parsed.published.replace("Z", "+00:00")
        from datetime import datetime
        assert datetime.fromisoformat(got).astimezone(timezone.utc).replace(tzinfo=None) == to_utc(post.when)


def test_a_blogroll_in_a_navigation_block_under_a_described_heading_twenty_twenty_four():
    friends = [("http://www.finance-zen.test/", "Finance Zen"), ("http://bourse-astucieuse.test/", "Bourse Astucieuse")]
    blog = _blog("wordpress_block", [_post(i) for i in range(1, 4)], blogroll=friends)
    home = _parse(blog, "/")
    assert home.blogroll == [url for url, _ in friends]


def test_a_url_written_as_text_in_a_post_is_its_link():
    text = [WORDS * 2, "Sur le même sujet : http://www.placements-michel.test/guide/", WORDS]
    for markup in ("wordpress_block", "jekyll"):
        blog = _blog(markup, [_post(1), _post(2, paragraphs=text)])
        html = _parse(blog, _path(blog, blog.posts[1]))
        assert "http://www.placements-michel.test/guide/" in html.links, markup
        assert "http://www.placements-michel.test/guide/" not in _parse(blog, _path(blog, blog.posts[0])).links
