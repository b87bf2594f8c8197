"""A blog made of the audit's forums (issue 10, stop 39): round 6's `forum_digest_splog`, written blind, turns
other sites' forum threads into articles, the question and its best answers pasted paragraph by paragraph, and
was missed on every draw (0 of 9): the near-duplicate models compared posts with posts, never with messages. A
post most of whose words are an earlier thread's messages of another site now copies that thread."""
from __future__ import annotations

from datetime import timedelta

from tests.test_sql_fixtures import T0, article, forum_post, source, text
from tests.test_sql_models import rows, run


def _forum(host: str) -> list:
    items = [source(host, "phpbb", kind="forum")]
    for t in range(6):
        for i, who in enumerate(["Vivi", "marco_bzh", "Dédé", "Paul"]):
            items.append(forum_post(host, t, i, who, text(5000 + 10 * t + i, 40) + "\n" + text(5500 + 10 * t + i, 30),
                                    T0 + timedelta(days=3 * t, hours=5 * i)))
    return items


def _message(t: int, i: int) -> list[str]:
    return [text(5000 + 10 * t + i, 40), text(5500 + 10 * t + i, 30)]


def test_a_blog_that_pastes_other_forums_threads_copies_them():
    items = _forum("forum.example") + [source("digest.example")]
    for t in range(6):  # the question and the two longest answers, a title line and an ad around them
        paras = ["Question d'un internaute :"] + _message(t, 0) + ["Les réponses :"] + _message(t, 1) + _message(t, 3)
        paras.append("Comparez les meilleurs contrats sur notre partenaire.")
        items.append(article("digest.example", f"digest-{t}", "\n".join(paras), T0 + timedelta(days=3 * t + 2)))
    con = run(items)
    got = rows(con, "select s.url, s.is_copied_earlier, s.is_original, s.original_url, s.original_class "
                    "from int_post_similarity as s where s.host = 'digest.example' order by s.url")
    assert [(c, o, u, k) for _, c, o, u, k in got] == [
        (True, False, f"https://forum.example/viewtopic.php?t={t}", "forum_copy") for t in range(6)]
    assert rows(con, "select share_posts_copied_earlier from int_source_features where host = 'digest.example'") == [(1.0,)]
    assert [r[0] for r in rows(con, "select rule_id from int_rule_hits where host = 'digest.example'")].count(
        "copied_posts") == 1


def test_a_blogger_quoting_a_members_message_in_his_own_post_copies_nothing():
    items = _forum("forum.example") + [source("blog.example")]
    for t in range(6):
        body = "\n".join([text(6000 + t, 120), *_message(t, 1), text(6100 + t, 120)])
        items.append(article("blog.example", f"billet-{t}", body, T0 + timedelta(days=3 * t + 2)))
    con = run(items)
    assert rows(con, "select count(*) from int_post_forum_copies") == [(0,)]
    assert rows(con, "select bool_or(is_copied_earlier) from int_post_similarity where host = 'blog.example'") == [(False,)]


def test_a_member_posting_the_same_text_on_his_blog_before_the_forum_copies_nothing():
    # the blog post came first: the forum holds the copy, if anyone does
    items = _forum("forum.example") + [source("early.example")]
    for t in range(6):
        body = "\n".join(_message(t, 0) + _message(t, 1))
        items.append(article("early.example", f"avant-{t}", body, T0 + timedelta(days=3 * t) - timedelta(days=1)))
    con = run(items)
    assert rows(con, "select count(*) from int_post_forum_copies") == [(0,)]
