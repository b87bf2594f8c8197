"""The blind families of round 4 (`sectorweb/blindmakers4.py`, `evaluation.BLIND4_FAMILIES`): registered last, on
streams of their own, reported with the blind ones, each carrying the behaviour its note claims (checked on the
draws of SEED, HELDOUT_SEED and 31337), deterministic, and rendered by every markup of its kind."""
from __future__ import annotations

import re
from collections import Counter
from datetime import timedelta
from urllib.parse import urlsplit

import pytest

from sectorweb.blindmakers4 import BOT_REPLIES, DISCLOSURES, MAKERS, TR_CREDIT, US_MARKERS, WEEKLY_BODY
from sectorweb.dates import NOW
from sectorweb.evaluation import (BLIND4_FAMILIES, BLIND5_FAMILIES, BLIND6_FAMILIES, BLIND7_FAMILIES, BLIND_FAMILIES, FAMILIES, HELDOUT_SEED, NOT_SEEDS,
                                  NOTES, OWN_STREAM_FAMILIES, SEED, eval_labels, eval_sources)
from sectorweb.families import thread_url
from sectorweb.model import Blog, Forum
from sectorweb.spin import DuplicateGuard, jaccard

from tests.test_evalweb_blind import renders_in_every_markup
from tests.test_evalweb import URL, _of  # the draws come from conftest's `web` fixture, and `draw` below

ROUND4 = ["automod_forum", "seo_guide_blog", "scraped_forum", "translated_blog"]


@pytest.fixture(scope="module", params=[SEED, HELDOUT_SEED, 31337])
def draw(request):
    """A draw of the evaluation web and its content, for the three seeds the note claims are checked on."""
    from sectorweb.evalmakers import build_eval_content

    sources = eval_sources(request.param)
    return sources, build_eval_content(list(sources))


def _hosts(paragraphs) -> list[str]:
    return [urlsplit(u).hostname for para in paragraphs for u in URL.findall(para)]


def _messages(forum: Forum):
    return [m for t in forum.threads() for m in t.messages]


def test_round_four_is_registered_last_blind_and_on_its_own_streams():
    assert BLIND4_FAMILIES == set(ROUND4)
    assert BLIND4_FAMILIES <= BLIND_FAMILIES and BLIND4_FAMILIES <= OWN_STREAM_FAMILIES
    assert not BLIND4_FAMILIES & NOT_SEEDS
    assert all(NOTES[f].startswith("blind (round 4), hard case: ") for f in BLIND4_FAMILIES)
    assert Counter(FAMILIES[f][1] for f in BLIND4_FAMILIES) == {"pertinent": 2, "automated": 2}
    assert {(FAMILIES[f][1], FAMILIES[f][2]) for f in BLIND4_FAMILIES} == {
        ("pertinent", "forum"), ("pertinent", "blog"), ("automated", "forum"), ("automated", "blog")}
    assert all(FAMILIES[f][0] == 3 for f in BLIND4_FAMILIES)
    later = BLIND5_FAMILIES | BLIND6_FAMILIES | BLIND7_FAMILIES  # rounds 5-7 (test_evalweb_blind5.py...) come after
    order = [f for f in FAMILIES if f not in later]
    assert order[-4:] == ROUND4 and order[-5] == "llm_qa_forum"
    for seed in (SEED, HELDOUT_SEED, 31337):
        sources = [s for s in eval_sources(seed) if s.family not in later]
        assert [s.family for s in sources[-12:]] == [f for f in ROUND4 for _ in range(3)]
        assert all(s.params["maker"] in MAKERS and s.seed for s in sources[-12:])
        labels = [lab for lab in eval_labels(seed) if lab["family"] not in later]
        assert [lab["family"] for lab in labels[-12:]] == [s.family for s in sources[-12:]]
        assert [lab["verdict"] for lab in labels[-12:]] == [FAMILIES[s.family][1] for s in sources[-12:]]


def test_the_makers_are_deterministic(web):
    sources, content = web
    for family in ROUND4:
        for src in _of(sources, family):
            make = MAKERS[src.params["maker"]]
            a, b = make(src, DuplicateGuard(0.15), content), make(src, DuplicateGuard(0.15), content)
            if isinstance(a, Blog):
                def posts(blog):
                    return [(p.id, p.title, p.when, p.modified, p.author, p.text,
                             [(c.author, c.when, c.text) for c in p.comments]) for p in blog.posts]
                assert posts(a) == posts(b)
            else:
                assert [(t.id, t.title) for t in a.threads()] == [(t.id, t.title) for t in b.threads()]
                assert [(m.id, m.author, m.when, m.text, m.quote) for m in _messages(a)] == \
                       [(m.id, m.author, m.when, m.text, m.quote) for m in _messages(b)]
            assert a.host == src.host


# -- the community run with a moderation robot -------------------------------------------------------------------
def test_the_automod_forum_has_a_robot_on_the_clock_and_a_human_conversation(draw):
    """The robot opens its recurring threads at the same minute with the same body word for word, answers a share
    of the members' new threads within minutes with a canned text linking the FAQ thread (and nothing else); the
    members are many, talk inside its threads, quote each other; the admin is a person."""
    sources, content = draw
    answered = 0
    for s in _of(sources, "automod_forum"):
        p, forum = s.params, content[s.host]
        bot = p["bot"]
        assert forum.admins == {p["admin"]} and bot in forum.users
        faq = [t for t in forum.threads() if t.messages[0].author == p["admin"]]
        assert len(faq) == 1
        link = thread_url(s.platform, s.host, faq[0])
        recurring = sorted((t for t in forum.threads() if t.opener == bot), key=lambda t: t.messages[0].when)
        assert len(recurring) >= 2, s.host
        assert {(t.messages[0].when.hour, t.messages[0].when.minute) for t in recurring} == \
               {(p["bot_hour"], p["bot_minute"])}
        body = [WEEKLY_BODY[p["weekly_body"]].replace("{faq}", link)]
        weekly = [t for t in recurring if t.messages[0].text == body]
        monthly = [t for t in recurring if t not in weekly]
        assert bool(weekly) == p["weekly"] and (bool(monthly) == p["monthly"] or len(recurring) < 3)
        assert all(b.messages[0].when - a.messages[0].when == timedelta(days=7) for a, b in zip(weekly, weekly[1:]))
        assert all(t.messages[0].when.day == 1 for t in monthly)
        assert len({tuple(t.messages[0].text) for t in monthly}) <= 1
        canned = {BOT_REPLIES[i] for i in p["bot_texts"]}
        members = [t for t in forum.threads() if t.opener not in (bot, p["admin"])]
        assert len(members) >= 5
        for t in members:
            for prev, m in zip(t.messages, t.messages[1:]):
                if m.author != bot:
                    continue
                assert prev is t.messages[0] and m.when - prev.when <= timedelta(minutes=p["bot_delay"] + 1)
                assert len(m.text) == 1 and m.text[0].replace(t.opener, "{o}").replace(link, "{faq}") in canned
                answered += 1
        for m in _messages(forum):
            assert m.when <= NOW
            assert set(_hosts(m.text)) <= {s.host}
            assert m.author == bot or URL.search(" ".join(m.text)) is None or m.author == p["admin"]
        talk = [m for m in _messages(forum) if m.author not in (bot, p["admin"])]
        assert len({m.author for m in talk}) >= 8
        assert sum(m.author != bot for t in recurring for m in t.messages) >= 1 or p["inside"][1] <= 3
        assert any(m.quote for m in talk)
        assert all(not 1 <= m.when.hour < 7 for m in talk)  # people sleep; the robot posts at midnight if set so
    assert answered >= 3


# -- the blogger who learnt SEO ------------------------------------------------------------------------------------
def test_the_seo_blogger_refreshes_year_titled_guides_under_one_disclosure_and_answers_readers(draw):
    """Guides with a year in their titles, refreshed in January (the year of the refresh in the title, an update
    line first, a modification date); one disclosure word for word; links out only to the brokers (and the
    blogroll); a personal paragraph in each post; readers comment and the author answers."""
    sources, content = draw
    refreshed = faqs = answers = 0
    for s in _of(sources, "seo_guide_blog"):
        p, blog = s.params, content[s.host]
        brokers = {urlsplit(u).hostname for _, u in p["brokers"]}
        disclosed = [x for x in blog.posts if p["disclosure"] in x.paragraphs]
        assert all(x.paragraphs.count(p["disclosure"]) == 1 for x in disclosed)
        assert not any(d in x.text for x in blog.posts for d in DISCLOSURES if d != p["disclosure"])
        assert disclosed or p["n_posts"] < 12
        for x in blog.posts:
            assert set(_hosts(x.paragraphs)) <= brokers, x.title
            assert x.when <= NOW and all(x.when < c.when <= NOW for c in x.comments)
            assert any(k in x.text for k in ("Pour ma part", "Chez moi", "De mon côté", "Mes chiffres",
                                              "Je vous donne mes chiffres", "Erreur de débutant",
                                              "Ce que j'aurais aimé savoir", "Ma femme", "Mon compagnon", "Ma sœur"))
            if x.modified:
                assert x.modified.month == 1 and x.modified.year > x.when.year and x.modified <= NOW
                assert str(x.modified.year) in x.title
                assert re.match(r"(Mise à jour|Article mis à jour|Mis à jour|Actualisé)", x.paragraphs[0])
                refreshed += 1
            faqs += any(para in ("Questions fréquentes", "FAQ", "Vos questions fréquentes") for para in x.paragraphs)
        years = [x for x in blog.posts if re.search(r"\b20\d\d\b", x.title)]
        assert years or p["n_posts"] < 12
        answers += sum(c.by_author and c.author == p["author"] for x in blog.posts for c in x.comments)
        assert len({c.author for x in blog.posts for c in x.comments if not c.by_author}) >= 3 or p["n_posts"] < 12
    assert refreshed >= 2 and faqs >= 2 and answers >= 3, (refreshed, faqs, answers)


# -- the scraper's forum -------------------------------------------------------------------------------------------
def test_the_scraped_forum_is_copied_from_the_genuine_forums_and_writes_nothing_of_its_own(draw):
    """Each thread but the rules is a genuine forum's thread, copied after it opened (the delays between messages
    kept or stamped at the scrape); the names are the originals' or all invented; only the admin's rules and the
    ads are the site's own; the ads link only to the paying sites."""
    sources, content = draw
    copied = stamped = 0
    for s in _of(sources, "scraped_forum"):
        p, forum = s.params, content[s.host]
        origin_threads = [t for h in p["origins"] for t in content[h].threads()]
        origin_names = {m.author for t in origin_threads for m in t.messages}
        money = {urlsplit(u).hostname for u in p["money"]}
        threads = [t for t in forum.threads() if t.opener != p["admin"]]
        assert len(threads) >= 3, s.host
        for t in threads:
            own = [m for m in t.messages if m.author != p["ad_account"]]
            text = " ".join(x for m in own for x in m.text if not URL.search(x))
            best = max(origin_threads, key=lambda o: jaccard(text, " ".join(x for m in o.messages for x in m.text)))
            j = jaccard(text, " ".join(x for m in best.messages[:len(own)] for x in m.text))
            assert j >= 0.25, (s.host, t.title, j)
            assert best.title in t.title and len(own) <= len(best.messages)
            assert t.messages[0].when - best.messages[0].when >= timedelta(days=p["delay_days"][0]) - timedelta(minutes=1)
            names = {m.author for m in own}
            if p["rename"]:
                assert not names & origin_names
            else:
                assert names <= origin_names
            gaps = [(b.when - a.when) for a, b in zip(own, own[1:])]
            stamped += bool(gaps) and max(gaps) <= timedelta(minutes=1)
            for m in t.messages:
                assert m.when <= NOW
                assert set(_hosts(m.text)) <= money | {urlsplit(u).hostname for o in origin_threads
                                                       for mm in o.messages for x in mm.text for u in URL.findall(x)}
            copied += 1
        assert len({m.author for m in _messages(forum)}) >= 5
    assert copied >= 15 and stamped >= 1, (copied, stamped)


# -- the machine-translated blog -----------------------------------------------------------------------------------
def test_the_translated_blog_carries_american_realities_at_american_hours(draw):
    """Every post holds American realities or calques in French; posts come out at the hours of the American morning; one
    persona signs everything; the credit line is rare; links only to the affiliate; comments never answered."""
    sources, content = draw
    posts = credited = 0
    for s in _of(sources, "translated_blog"):
        p, blog = s.params, content[s.host]
        assert {x.author for x in blog.posts} == {p["author"]}
        money = {urlsplit(p["money"]).hostname}
        for x in blog.posts:
            assert sum(k in x.text for k in US_MARKERS) >= 3, x.text
            assert x.when.hour in p["hours"] and x.when <= NOW
            assert set(_hosts(x.paragraphs)) <= money
            assert not any(c.by_author for c in x.comments) and len(x.comments) <= 1
            credited += TR_CREDIT in x.paragraphs
            posts += 1
        assert len({x.title for x in blog.posts}) == len(blog.posts)
    assert posts >= 20 and credited <= posts * 0.35


# -- rendering -----------------------------------------------------------------------------------------------------
def test_every_round_four_source_renders_in_every_markup_of_its_kind(web):
    renders_in_every_markup(web, ROUND4, MAKERS)
