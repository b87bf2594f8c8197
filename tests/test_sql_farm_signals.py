"""Signals for the sources the blind families showed we missed (issue 10, stop 30): a content farm that
delivers its ghostwritten posts in lots after days of silence, and a help forum where one member answers
everyone and recommends the same company, while the askers never answer anybody."""
from __future__ import annotations

from datetime import timedelta

import pytest

from tests.test_sql_fixtures import T0, article, forum_post, home, source, text
from tests.test_sql_models import one, rows, run


def _blog(host: str, days: list[tuple[int, int]], seed: int, platform: str = "wordpress") -> list:
    """A blog publishing (day offset, number of posts that day), an hour apart."""
    items = [source(host, platform), home(host, platform)]
    n = 0
    for day, count in days:
        for k in range(count):
            items.append(article(host, f"p{n}", text(seed + n, 120), T0 + timedelta(days=day, hours=k)))
            n += 1
    return items


def test_posts_delivered_in_lots_after_days_of_silence_are_batches():
    farm = [(0, 4), (12, 5), (30, 3), (41, 6), (70, 4)]  # lots, then weeks of nothing
    # a blogger back from holidays publishes one lot; otherwise a post every few days
    blogger = [(d, 1) for d in range(0, 60, 4)] + [(80, 3)] + [(d, 1) for d in range(84, 110, 5)]
    newsroom = [(d, 4) for d in range(0, 30)]  # several a day, every day: no silence before them
    opening = [(0, 5)] + [(d, 1) for d in range(7, 70, 7)]  # a blog opens with a few posts at once
    con = run(_blog("farm.example", farm, 100) + _blog("blogger.example", blogger, 400)
              + _blog("journal.example", newsroom, 700) + _blog("opening.example", opening, 900))
    got = {h: round(v, 2) for h, v in rows(con, "select host, share_posts_in_batches from int_source_features")}
    assert got == {"farm.example": round(18 / 22, 2), "blogger.example": round(3 / 24, 2), "journal.example": 0.0,
                   "opening.example": 0.0}
    hits = rows(con, "select host, label_fr from int_rule_hits where rule_id = 'batch_publishing'")
    assert [h for h, _ in hits] == ["farm.example"]
    assert "82% des articles sont publiés par lots" in hits[0][1] and "https://farm.example/p" in hits[0][1]



def test_lots_on_a_calendar_are_issues_not_a_farms_lots():
    """A weekly magazine puts each issue's articles online on its issue day, an association its monthly
    letter's on the same date (moved a day by a weekend): batches, but on a calendar. A farm's lots come
    when they are written; so do a farm's lots on too few days to show a calendar."""
    weekly = [(d, 4) for d in range(0, 70, 7)]  # every Monday
    weekly[5] = (36, 4)  # one issue a day late (a bank holiday)
    monthly = [((T0.replace(month=m, day=15 if m != 6 else 16) - T0).days, 5) for m in range(3, 11)]
    farm = [(0, 4), (9, 5), (25, 3), (40, 6), (47, 4), (71, 5), (88, 3)]  # 12, 28 March, 12, 19 April, 13, 30 May
    few = [(0, 4), (7, 5), (14, 3), (21, 6)]  # three lots on Mondays: no calendar yet
    con = run(_blog("hebdo.example", weekly, 100) + _blog("lettre.example", monthly, 300)
              + _blog("farm.example", farm, 500) + _blog("few.example", few, 700))
    got = {h: (int(n), round(c, 2), round(raw, 2), round(v, 2)) for h, n, c, raw, v in rows(
        con, "select host, batch_days, share_batches_on_calendar, share_posts_in_batches, "
             "share_posts_in_unscheduled_batches from int_source_features")}
    assert got["hebdo.example"] == (9, 0.89, 0.9, 0.0)
    assert got["lettre.example"] == (7, 1.0, round(35 / 40, 2), 0.0)
    assert got["farm.example"] == (6, 0.5, round(26 / 30, 2), round(26 / 30, 2))
    assert got["few.example"] == (3, 1.0, round(14 / 18, 2), round(14 / 18, 2))
    hits = rows(con, "select host from int_rule_hits where rule_id = 'batch_publishing' order by host")
    assert hits == [("farm.example",), ("few.example",)]

def _forum(host: str, threads: int, answer, link) -> list:
    """`threads` threads, each opened by a new one-message account; `answer(t)` the members answering
    thread t, `link(t, author)` the URL the message links (or None)."""
    items = [source(host, "phpbb"), home(host, "phpbb")]
    for t in range(threads):
        posts = [forum_post(host, t, 1, f"nouveau{t}", text(50 * t, 40), T0 + timedelta(days=2 * t))]
        for i, author in enumerate(answer(t), 2):
            post = forum_post(host, t, i, author, text(50 * t + i, 40), T0 + timedelta(days=2 * t, hours=i))
            url = link(t, author)
            post.links = [url] if url else []
            posts.append(post)
        items += posts
    return items


def test_one_member_recommending_one_company_to_one_time_askers_is_a_shill():
    shill = _forum("entraide.example", 12, lambda t: ["conseiller_pro"] + (["nouveau%d" % t] if t % 2 else []),
                   lambda t, a: "https://www.placements-avenir.example/offre" if a == "conseiller_pro" and t % 3 else None)
    # a community: many members answer each other; one likes his broker and says so in two threads
    community = _forum("communaute.example", 12,
                       lambda t: [f"membre{(5 * t + k) % 17}" for k in range(3)] + ["fan_du_courtier"],
                       lambda t, a: "https://www.courtier.example/" if a == "fan_du_courtier" and t < 2 else None)
    # the company's own forum: its staff link its site everywhere, that is no other site
    own = _forum("forum.maison.example", 12, lambda t: ["support_maison", f"client{t % 11}", f"client{(t + 3) % 11}"],
                 lambda t, a: "https://www.maison.example/aide" if a == "support_maison" else None)
    con = run(shill + community + own)
    got = {h: (r, round(s or 0, 2)) for h, r, s in rows(
        con, "select host, distinct_forum_repliers, share_threads_member_site_links from int_source_features")}
    # the shill's askers come back only to thank him in their own thread: one member answers others
    assert got["entraide.example"] == (1, 0.67)
    assert got["communaute.example"][0] == 18 and got["communaute.example"][1] == round(2 / 12, 2)
    assert got["forum.maison.example"][1] == 0.0
    hits = set(rows(con, "select host, rule_id from int_rule_hits where rule_id in ('forum_brand_links', 'many_forum_authors')"))
    assert hits == {("entraide.example", "forum_brand_links"), ("communaute.example", "many_forum_authors"),
                    ("forum.maison.example", "many_forum_authors")}
    label = rows(con, "select label_fr from int_rule_hits where rule_id = 'forum_brand_links'")[0][0]
    assert "placements-avenir.example" in label and "67%" in label


def test_one_member_answering_every_asker_alone_is_a_stage_one_answer_each_from_anyone_is_not():
    # the shill answers every thread alone; askers come back only to thank him in their own thread
    shill = _forum("entraide.example", 12, lambda t: ["conseiller_pro"] + (["nouveau%d" % t] if t % 2 else []),
                   lambda t, a: None)
    # a quiet forum: each question gets one answer, from whichever of six regulars is around
    quiet = _forum("calme.example", 12, lambda t: [f"habitue{t % 6}"], lambda t, a: None)
    # a community: three members answer each thread, one of them the forum's busiest
    community = _forum("communaute.example", 12, lambda t: ["expert"] + [f"membre{(5 * t + k) % 17}" for k in range(2)],
                       lambda t, a: None)
    # a forum where nobody but the askers themselves ever writes a reply: no answerer at all
    echo = _forum("echo.example", 9, lambda t: [f"nouveau{t}"], lambda t, a: None)
    con = run(shill + quiet + community + echo)
    got = {h: (n, s) for h, n, s in rows(
        con, "select host, forum_threads_answered, share_threads_one_answerer from int_source_features")}
    assert got["entraide.example"] == (12, 1.0)
    assert got["calme.example"] == (12, pytest.approx(2 / 12))
    assert got["communaute.example"] == (12, 0.0)
    assert got["echo.example"] == (0, None)
    hits = rows(con, "select host, example_url from int_rule_hits where rule_id = 'forum_one_answerer'")
    assert [h for h, _ in hits] == ["entraide.example"] and hits[0][1].startswith("https://entraide.example/viewtopic.php?t=")


def test_a_newcomers_introduction_asks_nothing_and_its_welcomes_answer_nothing():
    """A small genuine forum with a presentation board: the admin welcomes every newcomer alone, who thanks
    him; the questions are answered by whichever of six regulars is around. Its welcomes made the admin a
    lone answerer in 8 of 20 threads (forum_one_answerer) and its thanks self-answered threads."""
    titles = ["Présentation de Marc", "[Présentation] Julie, 42 ans", "Bonjour à tous !", "Je me présente : Paul",
              "Nouveau membre", "Hello tout le monde", "Présentation", "Salut à tous"]

    def answer(t):
        return ["admin", f"nouveau{t}"] if t < len(titles) else [f"habitue{t % 6}"]
    items = _forum("petit-forum.example", 20, answer, lambda t, a: None)
    for post in items:
        if getattr(post, "thread_title", None) and int(post.thread_url.rsplit("=", 1)[1]) < len(titles):
            post.thread_title = titles[int(post.thread_url.rsplit("=", 1)[1])]
    con = run(items)
    intro = dict(rows(con, "select thread_title, is_introduction from int_forum_threads "
                           "where host = 'petit-forum.example'"))
    assert all(intro[t] for t in titles) and not intro["Sujet 8"]
    got = rows(con, "select forum_threads_answered, share_threads_one_answerer, forum_threads_with_replies, "
                    "share_threads_self_answered from int_source_features")[0]
    # the 12 questions only: the busiest regular answered 2 of them alone, as on any quiet forum
    assert got == (12, pytest.approx(2 / 12), 12, 0.0)
    assert rows(con, "select rule_id from int_rule_hits where direction = 'automated'") == []


def test_weak_signs_of_automation_with_the_conversation_unread_are_undecided():
    """Batches alone score 0.52: automated, but weakly. Where a service (Disqus) loads the comments, the
    readers' conversation that would belie it is unread: undecided, and the note says what is missing
    (round 5 of the blind markups: a genuine circle of friends' blogs on Jekyll was called automated)."""
    farm = [(0, 4), (12, 5), (30, 3), (41, 6), (70, 4)]
    items = _blog("farm.example", farm, 100) + _blog("disqus-farm.example", farm, 100)
    for item in items:
        if item.host == "disqus-farm.example" and getattr(item, "page_type", None) == "article":
            item.comments_hosted_by = "Disqus"
    con = run(items)
    got = {h: (v, round(s, 2), n) for h, v, s, n in rows(con, "select host, machine_verdict, machine_score, verdict_note "
                                                           "from int_source_scores")}
    assert got["farm.example"] == ("automated", 0.52, None)
    assert got["disqus-farm.example"] == ("undecided", 0.52, "conversation_unread")
    evidence = one(con, "select evidence_en from int_source_scores where host = 'disqus-farm.example'")
    assert "Signs of automation too weak to conclude without the readers' conversation" in evidence
    assert "Comments loaded by Disqus on 22 post(s)" in evidence
