"""What the first measurement on round 6's markups written blind (`sectorweb.families.BLIND3_MARKUPS`, from the
engines' real templates) found the parsers missing, on a small site rendered in that markup:

- Dotclear's Ductile theme lists comments as `li.comment` items, each headed by `p.comment-info` ("De Julie -
  11/10/2026, 18:30", the name linked to her site), where Blowup and Berlin write `<dl>` pairs;
- it prints a post's day only ("mercredi 23 septembre 2026"), the time being in the head's
  `<meta name="date" content="2026-09-23T18:00:00+02:00">` of the same template.
"""
from __future__ import annotations

from datetime import datetime

from sectorweb.dates import to_utc
from tests.test_parsers_blind_markups import _blog, _comment, _parse, _path, _post


def test_dotclear_ductile_comments_with_their_names_sites_and_times():
    comments = [_comment(1, "Marc", 0), _comment(2, "Julie", 30, url="http://www.budget-en-ligne.test/"),
                _comment(3, "De Souza", 45)]  # a name that begins as the label does
    blog = _blog("dotclear_ductile", [_post(1), _post(2, comments)])
    parsed = _parse(blog, _path(blog, blog.posts[1]))
    assert [c.author for c in parsed.comments] == ["Marc", "Julie", "De Souza"]
    assert [c.author_url for c in parsed.comments] == [None, "http://www.budget-en-ligne.test/", None]
    got = [datetime.fromisoformat(c.published).replace(tzinfo=None) for c in parsed.comments]
    assert got == [c.when for c in comments]
    assert parsed.comments[0].text.startswith("Merci, c'est clair. Question 1")


def test_dotclear_ductile_post_dated_to_the_minute_from_its_head():
    blog = _blog("dotclear_ductile", [_post(i) for i in range(1, 4)])
    for post in blog.posts:
        parsed = _parse(blog, _path(blog, post))
        assert parsed.author == "Sophie"
        got = datetime.fromisoformat(parsed.published)  # "2026-09-23T18:00:00+02:00": the minute, with its offset
        assert got.utcoffset() is not None and (got - got.utcoffset()).replace(tzinfo=None) == to_utc(post.when)
