"""The blind families of round 2 (`sectorweb/blindmakers2.py`, `evaluation.BLIND2_FAMILIES`): registered last, on
streams of their own, reported with the blind ones, each carrying the behaviour its note claims, deterministic,
and rendered by every markup of its kind."""
from __future__ import annotations

from collections import Counter
from datetime import timedelta
from urllib.parse import urlsplit

from sectorweb.blindmakers2 import ACKS, DISCLAIMERS, MAKERS, VOTES
from sectorweb.dates import NOW
from sectorweb.evaluation import (BLIND2_FAMILIES, BLIND3_FAMILIES, BLIND4_FAMILIES, BLIND5_FAMILIES, BLIND6_FAMILIES, BLIND7_FAMILIES, BLIND_FAMILIES,
                                  FAMILIES,
                                  HELDOUT_SEED, NOT_SEEDS, NOTES, OWN_STREAM_FAMILIES, SEED, eval_labels, eval_sources)
from sectorweb.model import Blog, Forum
from sectorweb.spin import DuplicateGuard

from tests.test_evalweb_blind import renders_in_every_markup
from tests.test_evalweb import URL, _of  # the draws come from conftest's `web` fixture


def _hosts(paragraphs) -> list[str]:
    return [urlsplit(u).hostname for para in paragraphs for u in URL.findall(para)]


def _messages(forum: Forum):
    return [m for t in forum.threads() for m in t.messages]


def test_round_two_is_registered_last_blind_and_on_its_own_streams():
    assert BLIND2_FAMILIES == {"portfolio_diary_blog", "investment_club_forum", "expired_domain_blog", "review_site"}
    assert BLIND2_FAMILIES <= BLIND_FAMILIES and BLIND2_FAMILIES <= OWN_STREAM_FAMILIES
    assert not BLIND2_FAMILIES & NOT_SEEDS
    assert all(NOTES[f].startswith("blind (round 2), hard case: ") for f in BLIND2_FAMILIES)
    assert Counter(FAMILIES[f][1] for f in BLIND2_FAMILIES) == {"pertinent": 2, "automated": 2}
    assert all(FAMILIES[f][0] == 3 for f in BLIND2_FAMILIES)
    later = BLIND3_FAMILIES | BLIND4_FAMILIES | BLIND5_FAMILIES | BLIND6_FAMILIES | BLIND7_FAMILIES  # rounds 3-7 after
    order = [f for f in FAMILIES if f not in later]
    assert order[-4:] == ["portfolio_diary_blog", "investment_club_forum", "expired_domain_blog", "review_site"]
    assert order.index("welcoming_forum") == len(order) - 5
    for seed in (SEED, HELDOUT_SEED, 31337):
        sources = [s for s in eval_sources(seed) if s.family not in later]
        assert [s.family for s in sources[-12:]] == [f for f in order[-4:] for _ in range(3)]
        assert all(s.params["maker"] in MAKERS for s in sources[-12:])
        labels = [lab for lab in eval_labels(seed) if lab["family"] not in later]
        assert [lab["family"] for lab in labels[-12:]] == [s.family for s in sources[-12:]]


def test_the_makers_are_deterministic(web):
    sources, content = web
    for family in sorted(BLIND2_FAMILIES):
        for src in _of(sources, family):
            make = MAKERS[src.params["maker"]]
            a, b = make(src, DuplicateGuard(0.15), content), make(src, DuplicateGuard(0.15), content)
            if isinstance(a, Blog):
                def posts(blog):
                    return [(p.title, p.when, p.text, [(c.author, c.when, c.text) for c in p.comments])
                            for p in blog.posts]
                assert posts(a) == posts(b)
            else:
                assert [(m.author, m.when, m.text) for m in _messages(a)] == \
                       [(m.author, m.when, m.text) for m in _messages(b)]
            assert a.host == src.host


# -- the private investor's monthly report ---------------------------------------------------------------
def test_the_diary_reports_once_a_month_on_one_skeleton_and_its_readers_answer(web):
    """Reports at most one a month, early in the month, at private hours, the same disclaimer word for word,
    links only to the blog's own reports; readers (several, returning) comment, the author answers in threads."""
    sources, content = web
    readers_total = 0
    for s in _of(sources, "portfolio_diary_blog"):
        p, blog = s.params, content[s.host]
        reports = [post for post in blog.posts if post.category == "Bilans"]
        assert reports and len(reports) <= p["n_reports"]
        months = Counter((r.when.year, r.when.month) for r in reports)
        assert max(months.values()) == 1
        assert all(r.when.day <= p["report_day"][1] + 14 for r in reports)
        assert all(r.when.hour >= 19 or (r.when.weekday() >= 5 and 8 <= r.when.hour < 12) for r in reports)
        disclaimers = {para for r in reports for para in r.paragraphs if para in DISCLAIMERS}
        assert len(disclaimers) == 1 and all(disclaimers <= set(r.paragraphs) for r in reports)
        assert {h for post in blog.posts for h in _hosts(post.paragraphs)} <= {s.host}
        for post in blog.posts:
            by_id = {c.id: c for c in post.comments}
            for c in post.comments:
                assert post.when < c.when <= NOW
                if c.by_author:
                    assert c.author == p["author"] and c.parent in by_id and by_id[c.parent].when < c.when
        readers = Counter(c.author for post in blog.posts for c in post.comments if not c.by_author)
        readers_total += len(readers)
        if sum(readers.values()) >= 10:
            assert max(readers.values()) >= 2  # loyal readers come back
    assert readers_total >= 5


# -- the investment club ---------------------------------------------------------------------------------
def test_the_club_is_a_handful_of_accounts_meeting_monthly_voting_in_one_word(web):
    """Few accounts write everything, minutes every month but August, the secretary writes most of them; many
    one-word acks and votes, the same words again and again; some real debate."""
    sources, content = web
    short = total = debates = 0
    for s in _of(sources, "investment_club_forum"):
        p, forum = s.params, content[s.host]
        msgs = _messages(forum)
        authors = Counter(m.author for m in msgs)
        assert set(authors) <= set(p["accounts"]) and len(p["accounts"]) <= 18
        assert forum.admins == {p["accounts"][0]}
        minutes = [t for t in forum.threads() if t.messages[0].text[0].startswith("Présents : ")]
        assert minutes, s.host
        assert not any(t.messages[0].when.month == 8 for t in minutes)  # no meeting in August
        assert len({(t.messages[0].when.year, t.messages[0].when.month) for t in minutes}) == len(minutes)
        by = Counter(t.messages[0].author for t in minutes)
        if len(minutes) >= 6:
            assert by[p["accounts"][1]] >= len(minutes) / 2
        words = {a.replace("{sec}", "") for a in ACKS} | {"Pour.", "Pour", "+1", "Contre."}
        short += sum(len(m.text) == 1 and (m.text[0] in words or m.text[0].startswith("Merci ")) for m in msgs)
        total += len(msgs)
        debates += sum(len(m.text) > 1 for t in forum.threads() for m in t.messages[1:])
        assert all(t.messages[0].when <= NOW for t in forum.threads())
    assert short / total >= 0.1 and debates, (short, total, debates)
    assert any(v.startswith("Pour") for v in VOTES)


# -- the expired domain ----------------------------------------------------------------------------------
def test_the_expired_domain_keeps_its_old_life_then_sells_links(web):
    """The old owner's posts (with readers) end a long silence before the new author's, whose posts link only
    to sold clients, many of them; old posts carry a client's link only when edited after the revival."""
    sources, content = web
    clients_linked = set()
    for s in _of(sources, "expired_domain_blog"):
        p, blog = s.params, content[s.host]
        old = [post for post in blog.posts if post.author == p["old_author"]]
        new = [post for post in blog.posts if post.author == p["new_author"]]
        assert old and new and len(old) + len(new) == len(blog.posts)
        assert max(o.when for o in old) + timedelta(days=p["gap_days"]) < min(n.when for n in new)
        clients = {urlsplit(u).hostname for _, u in p["clients"]}
        assert {h for post in new for h in _hosts(post.paragraphs)} <= clients
        assert all(not post.comments for post in new)
        revival = min(n.when for n in new) - timedelta(days=60)
        for post in old:
            assert set(_hosts(post.paragraphs)) <= clients
            if _hosts(post.paragraphs):
                assert post.modified and post.modified > revival
        linked = sum(bool(_hosts(post.paragraphs)) for post in new)
        assert linked >= 1
        clients_linked |= {h for post in blog.posts for h in _hosts(post.paragraphs)}
    assert len(clients_linked) >= 4
    assert sum(len(o.comments) for s in _of(sources, "expired_domain_blog") for o in content[s.host].posts) >= 5


# -- the review site ----------------------------------------------------------------------------------------
def test_the_review_site_pushes_its_sponsor_under_one_time_reviewers_in_campaigns(web):
    """Every post links a sponsor (tracked) and nothing else; reviewers sign once each; reviews come in
    campaigns (4 or more in two days on one post somewhere); the team answers as threaded replies."""
    sources, content = web
    campaigns = reviews = 0
    for s in _of(sources, "review_site"):
        p, blog = s.params, content[s.host]
        sponsors = {urlsplit(u).hostname for _, u in p["sponsors"]}
        for post in blog.posts:
            linked = set(_hosts(post.paragraphs))
            assert linked and linked <= sponsors, post.title
            assert any("?" + p["tracking"] + "=" in para for para in post.paragraphs)
            mine = [c for c in post.comments if not c.by_author]
            reviews += len(mine)
            times = sorted(c.when for c in mine)
            campaigns += any(sum(0 <= (u - t).total_seconds() <= 2 * 86400 for u in times) >= 4 for t in times)
            by_id = {c.id: c for c in post.comments}
            for c in post.comments:
                assert post.when < c.when <= NOW
                if c.by_author:
                    assert c.parent in by_id and 9 <= c.when.hour < 19
                else:
                    assert c.text[0][:1] in "★" and c.url is None
        names = Counter(c.author for post in blog.posts for c in post.comments if not c.by_author)
        assert not names or max(names.values()) <= 2
    assert reviews >= 20 and campaigns >= 1, (reviews, campaigns)


# -- rendering ----------------------------------------------------------------------------------------------
def test_every_round_two_source_renders_in_every_markup_of_its_kind(web):
    renders_in_every_markup(web, BLIND2_FAMILIES, MAKERS)
