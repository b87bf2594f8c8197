"""What the first measurement on round 8's markups written blind (`sectorweb.families.BLIND5_MARKUPS`, from the
engines' real templates) found the parsers missing, on a small site rendered in that markup:

- Kunena (Joomla's forum) prints its forum index and categories as rows of a name, a count and a last message's
  author and date: the structure reader took the index for a thread of four messages and followed nothing, so
  the crawl ended on it (a whole forum read as one page, or as a one-page blog); its topics, whose addresses
  do not say they are topics, were read as articles;
- Typepad (Movable Type's templates) heads a post with its day (`h2.date-header`) and writes the time in the
  entry's footer, "Rédigé par Manon le 29 octobre 2024 à 8h52"; it signs a comment "Rédigé par : Julie |
  <date>": the name was read with its label.
"""
from __future__ import annotations

from datetime import timedelta

from sectorweb.dates import NOW, to_utc
from sectorweb.families import thread_url
from sectorweb.model import Board, Forum, Message, Thread
from tests.test_parsers_blind_markups import WORDS, _blog, _comment, _parse, _path, _post
from tests.test_parsers_blind_markups4 import _minute


def _kunena() -> Forum:
    return small_forum("kunena")


def small_forum(platform: str) -> Forum:
    """Two boards, three threads of five messages by four members, in `platform`'s markup."""
    start = NOW - timedelta(days=3)
    names = ["Vivi", "Dédé_Lyon", "marco_bzh", "Vivi", "Paul"]
    threads = [Thread(5 + t, f"Clause bénéficiaire, cas numéro {t}",
                      [Message(100 * t + i, name, start + timedelta(hours=5 * i + t, minutes=7 * i), [f"{WORDS} {t} {i}"])
                       for i, name in enumerate(names)]) for t in range(3)]
    boards = [Board(1, "Assurance-vie", "Contrats et clauses", threads[:2], category="Placements"),
              Board(2, "Retraite", "PER et pensions", threads[2:], category="Placements")]
    return Forum("forum.essai.test", platform, "Forum essai", "Entraide", boards,
                 {"Vivi": 1, "Dédé_Lyon": 2, "marco_bzh": 3, "Paul": 4}, admins={"Vivi"})


def test_kunena_index_and_categories_are_listings_that_lead_to_the_topics():
    forum = _kunena()
    topics = {thread_url("kunena", forum.host, t, forum) for t in forum.threads()}
    index = next(p for p in ("/forum", "/index.php/forum") if p in _pages_of(forum))
    parsed = _parse(forum, index)
    assert parsed.page_type == "listing" and parsed.platform == "kunena" and not parsed.posts
    categories = [u for u in parsed.nav.boards if u.split(forum.host, 1)[1] in _pages_of(forum)]
    found = set()
    for url in categories:
        found |= set(_parse(forum, url.split(forum.host, 1)[1]).nav.threads)
    assert topics <= found


def test_kunena_topics_are_threads_with_their_authors_and_dates():
    forum = _kunena()
    for t in forum.threads():
        parsed = _parse(forum, thread_url("kunena", forum.host, t, forum).split(forum.host, 1)[1])
        assert parsed.page_type == "forum_thread" and parsed.kind == "forum"
        assert [p.author for p in parsed.posts] == [m.author for m in t.messages]
        # Joomla's site time zone is UTC unless its admin sets one: the page's times are read as Paris's
        got = [_minute(p.published) - to_utc(m.when).replace(second=0) for p, m in zip(parsed.posts, t.messages)]
        assert all(d.total_seconds() % 3600 == 0 and abs(d) <= timedelta(hours=2) for d in got), got


def test_a_kunena_page_is_the_forums_even_when_the_crawl_names_the_site_joomla():
    """The crawl passes every page the platform of the site's home: a Kunena forum's home is Joomla's."""
    from sectorweb.dates import NOW
    from spiders.parsers import parse_page

    forum = _kunena()
    pages = _pages_of(forum)
    index = next(p for p in ("/forum", "/index.php/forum") if p in pages)
    parsed = parse_page(f"http://{forum.host}{index}", pages[index].body, platform="joomla", now=NOW)
    assert parsed.page_type == "listing" and parsed.platform == "kunena" and parsed.nav.boards
    t = forum.threads()[0]
    path = thread_url("kunena", forum.host, t, forum).split(forum.host, 1)[1]
    parsed = parse_page(f"http://{forum.host}{path}", pages[path].body, platform="joomla", now=NOW)
    assert parsed.page_type == "forum_thread" and [p.author for p in parsed.posts] == [m.author for m in t.messages]


def test_typepad_post_timed_by_its_footer_and_comments_signed_without_their_label():
    comments = [_comment(1, "Marc", 0), _comment(2, "Julie R.", 30), _comment(3, "Paul", 45)]
    blog = _blog("typepad", [_post(1), _post(2, comments)])
    parsed = _parse(blog, _path(blog, blog.posts[1]))
    assert [c.author for c in parsed.comments] == ["Marc", "Julie R.", "Paul"]
    assert _minute(parsed.published) == to_utc(blog.posts[1].when).replace(second=0)


def _pages_of(forum: Forum) -> dict:
    from tests.test_parsers_blind_markups import _pages
    return _pages(forum)
