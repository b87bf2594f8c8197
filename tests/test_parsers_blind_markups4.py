"""What the first measurement on round 7's markups written blind (`sectorweb.families.BLIND4_MARKUPS`, from the
engines' real templates) found the parsers missing, on a small site rendered in that markup:

- TYPO3's news extension marks its story up in schema.org microdata only (no <article>, no JSON-LD, no date
  in the head): `<time itemprop="datePublished" datetime="2026-10-20T11:41:00+02:00">20/10/2026</time>`, and
  the author as a Person item, "Créé par <span itemprop="name">Hugo</span>";
- Substack lists its comments in a `div.comment-list` (WordPress's own class name) of tables, each signed by
  `span.commenter-name` and dated by a link's title: WordPress's comment reader found them and no name.
"""
from __future__ import annotations

from datetime import datetime

from sectorweb.dates import to_utc
from tests.test_parsers_blind_markups import _blog, _comment, _parse, _path, _post


def _minute(iso: str | None) -> datetime:
    got = datetime.fromisoformat(iso or "")
    assert got.utcoffset() is not None
    return (got - got.utcoffset()).replace(tzinfo=None, second=0)


def test_typo3_news_story_dated_and_signed_by_its_microdata():
    blog = _blog("typo3_news", [_post(i) for i in range(1, 4)])
    for post in blog.posts:
        parsed = _parse(blog, _path(blog, post))
        assert parsed.page_type == "article"
        assert parsed.author == "Sophie"  # not "Créé par Sophie"
        assert _minute(parsed.published) == to_utc(post.when).replace(second=0)


def test_substack_comments_signed_and_dated():
    comments = [_comment(1, "Marc", 0), _comment(2, "Julie", 30), _comment(3, "Paul D.", 45)]
    blog = _blog("substack", [_post(1), _post(2, comments)])
    parsed = _parse(blog, _path(blog, blog.posts[1]))
    assert [c.author for c in parsed.comments] == ["Marc", "Julie", "Paul D."]
    assert [_minute(c.published) for c in parsed.comments] == [to_utc(c.when).replace(second=0) for c in comments]
    assert parsed.comments[0].text.startswith("Merci, c'est clair. Question 1")
    # The comment's controls (Like, Reply, Share, "Expand full comment") are no part of its text. Two members
    # writing one sentence (the blocks then differ by their names only) got them: a short sentence made long
    # enough to count as repeated.
    same = "J'ai reçu ce genre d'appel la semaine dernière, merci de prévenir."
    for c in comments[:2]:
        c.text = [same]
    blog = _blog("substack", [_post(1), _post(2, comments[:2])])
    parsed = _parse(blog, _path(blog, blog.posts[1]))
    assert [c.text for c in parsed.comments] == [same, same]
