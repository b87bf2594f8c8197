"""What the first measurement on round 9's markups written blind (`sectorweb.families.BLIND6_MARKUPS`, from the
engines' real templates and saved real pages) found the parsers missing, on a small site rendered in that markup:

- Newsup (a WordPress news theme) prints the title, the byline and the date in a header beside the article
  (`div.mg-header`, then `article`), and today's date in its top bar: every post was dated the crawl's day (genuine
  newsrooms convicted for bursts and for copying the machines that copy them), and its byline's label, printed in a
  span of its own, was glued to the name ("ParClaire");
- Eklablog has no `<article>`: its byline "Par Sophie dans SCPI le 25 Octobre 2026 à 16:23" under the title gave
  the author with the category and the day without the time;
- Forumactif's ModernBB version dates a message in `div.topic-date` (the service's template dump);
- PunBB 1.4 (`div#brd-wrap`, rewritten URLs topic/9/, forum/2/): its board pages were not known as the forum's
  and read as threads of "Dernier message";
- Wix's comments are an app that fills an empty `section.wc-comments-root`: unread, not absent.
"""
from __future__ import annotations

from sectorweb.dates import NOW, to_utc
from sectorweb.families import thread_url
from tests.test_parsers_blind_markups import _blog, _comment, _parse, _path, _post
from tests.test_parsers_blind_markups4 import _minute
from tests.test_parsers_blind_markups5 import _pages_of, small_forum


def test_newsup_posts_are_dated_by_their_header_not_by_the_top_bars_today():
    blog = _blog("newsup", [_post(i) for i in range(1, 4)])
    for post in blog.posts:
        parsed = _parse(blog, _path(blog, post))
        assert parsed.page_type == "article"
        assert parsed.published and parsed.published[:10] == post.when.date().isoformat() != NOW.date().isoformat()
        assert parsed.author == "Sophie"


def test_eklablog_byline_gives_the_author_without_the_category_and_the_time_of_day():
    blog = _blog("eklablog", [_post(i) for i in range(1, 4)])
    for post in blog.posts:
        parsed = _parse(blog, _path(blog, post))
        assert parsed.author == "Sophie"
        assert _minute(parsed.published) == to_utc(post.when).replace(second=0)


def test_wix_comments_are_unread_not_absent():
    blog = _blog("wix", [_post(1), _post(2, [_comment(1, "Chantal", 0), _comment(2, "Paul", 60)])])
    parsed = _parse(blog, _path(blog, blog.posts[1]))
    assert parsed.page_type == "article" and not parsed.comments and parsed.comments_hosted_by == "Wix"


def test_forumactif_modernbb_messages_are_dated():
    forum = small_forum("forumactif_modernbb")
    for t in forum.threads():
        parsed = _parse(forum, thread_url(forum.platform, forum.host, t, forum).split(forum.host, 1)[1])
        assert parsed.page_type == "forum_thread"
        assert [p.author for p in parsed.posts] == [m.author for m in t.messages]
        assert all(p.published for p in parsed.posts)


def test_punbb_boards_are_listings_of_the_forum_that_lead_to_its_topics():
    forum = small_forum("punbb")
    pages = _pages_of(forum)
    topics = {thread_url("punbb", forum.host, t, forum) for t in forum.threads()}
    parsed_home = _parse(forum, "/")
    assert parsed_home.platform == "fluxbb" and parsed_home.page_type == "listing"
    found = set()
    for board in parsed_home.nav.boards:
        path = board.split(forum.host, 1)[1]
        if path not in pages:
            continue
        parsed = _parse(forum, path)
        assert parsed.platform == "fluxbb" and parsed.page_type == "listing" and not parsed.posts
        found |= set(parsed.nav.threads)
    assert topics <= found


def test_skyrock_links_lead_where_its_redirector_sends_them():
    """Skyrock routes every link leaving it through www.skyrock.com/r?url=...: read as the redirector's, every
    link of every Skyrock blog went to skyrock.com (a columnist linking his firm's pages looked like a site
    promoting one other site). The link is to the address the redirector leads to."""
    post = _post(2)
    post.links = [("http://www.cabinet-durand.test/contact/", "mon cabinet")]
    blog = _blog("skyrock", [_post(1), post])
    parsed = _parse(blog, _path(blog, post))
    assert "http://www.cabinet-durand.test/contact/" in parsed.links
    assert not [u for u in parsed.links if "skyrock.com/r" in u]


def test_exit_redirectors_are_read_as_their_target():
    from spiders.parsers.urls import abs_url

    assert abs_url("http://b.test/", "https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org%2Fa&h=AT0") == \
        "https://example.org/a"
    assert abs_url("http://b.test/", "https://www.google.com/url?q=https://x.example/p&sa=D") == "https://x.example/p"
    # a login's return address is no exit, nor is a redirector to a path of its own site
    assert abs_url("http://b.test/", "/ucp.php?mode=login&redirect=index.php") == \
        "http://b.test/ucp.php?mode=login&redirect=index.php"
    assert abs_url("http://b.test/", "/r?url=/local") == "http://b.test/r?url=/local"


def test_eklablog_comments_are_their_words_without_the_reply_link_and_replies_their_own():
    # Eklablog prints "Répondre" inside the comment's body and nests the answers in it (`ul.block-reply`):
    # a comment's text is its words only, else the same words under two names stop matching across sites.
    from sectorweb.model import Comment

    comments = [_comment(1, "Chantal", 0), _comment(2, "Paul", 60),
                Comment(3, "Sophie", NOW, ["Merci Paul, oui le PER convient aussi."], by_author=True, parent=2)]
    blog = _blog("eklablog", [_post(1), _post(2, comments)])
    parsed = _parse(blog, _path(blog, blog.posts[1]))
    assert [(c.author, c.text) for c in parsed.comments] == [(c.author, c.text[0]) for c in comments]
    assert not any("Répondre" in c.text for c in parsed.comments)
