"""The blind families of round 3 (`sectorweb/blindmakers3.py`, `evaluation.BLIND3_FAMILIES`): registered last, on
streams of their own, reported with the blind ones, each carrying the behaviour its note claims, deterministic,
and rendered by every markup of its kind."""
from __future__ import annotations

import re
from collections import Counter
from datetime import timedelta
from urllib.parse import urlsplit

from sectorweb.blindmakers3 import BRIEF_CLOSERS, BRIEF_OPENERS, IMPORT_HEADERS, MAKERS
from sectorweb.dates import NOW
from sectorweb.evaluation import (BLIND3_FAMILIES, BLIND4_FAMILIES, BLIND5_FAMILIES, BLIND6_FAMILIES, BLIND7_FAMILIES, BLIND_FAMILIES, FAMILIES, HELDOUT_SEED, NOT_SEEDS, NOTES,
                                  OWN_STREAM_FAMILIES, SEED, eval_labels, eval_sources)
from sectorweb.families import permalink
from sectorweb.model import Blog, Forum
from sectorweb.spin import DuplicateGuard

from tests.test_evalweb_blind import renders_in_every_markup
from tests.test_evalweb import URL, _of  # the draws come from conftest's `web` fixture

ROUND3 = ["trade_newsroom", "migrated_forum", "ai_local_news", "llm_qa_forum"]


def _hosts(paragraphs) -> list[str]:
    return [urlsplit(u).hostname for para in paragraphs for u in URL.findall(para)]


def _messages(forum: Forum):
    return [m for t in forum.threads() for m in t.messages]


def test_round_three_is_registered_last_blind_and_on_its_own_streams():
    assert BLIND3_FAMILIES == set(ROUND3)
    assert BLIND3_FAMILIES <= BLIND_FAMILIES and BLIND3_FAMILIES <= OWN_STREAM_FAMILIES
    assert not BLIND3_FAMILIES & NOT_SEEDS
    assert all(NOTES[f].startswith("blind (round 3), hard case: ") for f in BLIND3_FAMILIES)
    assert Counter(FAMILIES[f][1] for f in BLIND3_FAMILIES) == {"pertinent": 2, "automated": 2}
    assert {FAMILIES[f][2] for f in BLIND3_FAMILIES} == {"news", "forum"}  # a newsroom and a forum of each label
    assert all(FAMILIES[f][0] == 3 for f in BLIND3_FAMILIES)
    later = BLIND4_FAMILIES | BLIND5_FAMILIES | BLIND6_FAMILIES | BLIND7_FAMILIES  # rounds 4-7 (_blind4.py...) after
    order = [f for f in FAMILIES if f not in later]
    assert order[-4:] == ROUND3 and order[-5] == "review_site"
    for seed in (SEED, HELDOUT_SEED, 31337):
        sources = [s for s in eval_sources(seed) if s.family not in later]
        assert [s.family for s in sources[-12:]] == [f for f in ROUND3 for _ in range(3)]
        assert all(s.params["maker"] in MAKERS and s.seed for s in sources[-12:])
        assert all(s.params["days"] == 0 for s in sources[-12:] if s.kind == "news")  # content.py's newsroom: idle
        labels = [lab for lab in eval_labels(seed) if lab["family"] not in later]
        assert [lab["family"] for lab in labels[-12:]] == [s.family for s in sources[-12:]]


def test_the_makers_are_deterministic(web):
    sources, content = web
    for family in ROUND3:
        for src in _of(sources, family):
            make = MAKERS[src.params["maker"]]
            a, b = make(src, DuplicateGuard(0.15), content), make(src, DuplicateGuard(0.15), content)
            if isinstance(a, Blog):
                def posts(blog):
                    return [(p.id, p.title, p.when, p.author, p.text, len(p.comments)) for p in blog.posts]
                assert posts(a) == posts(b)
            else:
                assert [(m.author, m.when, m.text) for m in _messages(a)] == \
                       [(m.author, m.when, m.text) for m in _messages(b)]
            assert a.host == src.host


# -- the trade newsroom -------------------------------------------------------------------------------------
def test_the_trade_newsroom_briefs_on_one_skeleton_and_files_many_short_dispatches(web):
    """Weekday briefs at the same hour with the same opening and closing words; several short dispatches on busy
    days, many signed by the desk, some credited to a release; features by journalists; no comments; links only
    to its own articles."""
    sources, content = web
    short = total = credited = 0
    for s in _of(sources, "trade_newsroom"):
        p, blog = s.params, content[s.host]
        briefs = [x for x in blog.posts if x.title.startswith(p["brief"] + " du ")]
        assert len(briefs) >= 5, s.host
        assert all(x.when.weekday() < 5 and x.author == p["brief_by"] for x in briefs)
        assert all(p["brief_hour"] * 60 <= x.when.hour * 60 + x.when.minute <= p["brief_hour"] * 60 + p["brief_jitter"]
                   for x in briefs)
        assert len({x.paragraphs[0].split(" ce ")[0].split(" du ")[0][:20] for x in briefs}) == 1
        assert len({x.paragraphs[-1] for x in briefs}) == 1 and briefs[0].paragraphs[-1] in BRIEF_CLOSERS
        assert any(re.sub(r"\{\w+\}.*", "", o) and x.paragraphs[0].startswith(re.sub(r"\{\w+\}.*", "", o))
                   for o in BRIEF_OPENERS for x in briefs[:1])
        days = Counter(x.when.date() for x in blog.posts if x not in briefs)
        assert max(days.values()) >= 2
        for x in blog.posts:
            assert not x.comments and not x.comments_open and x.when <= NOW and x.id
            assert set(_hosts(x.paragraphs)) <= {s.host}
        others = [x for x in blog.posts if x not in briefs]
        short += sum(len(x.text.split()) <= 160 for x in others)
        total += len(others)
        credited += sum("communiqué" in x.paragraphs[-1].lower() for x in others)
        assert Counter(x.author for x in others)["La rédaction"] >= 1
        assert len({x.author for x in blog.posts}) >= 2
    assert short / total >= 0.5 and credited >= 5, (short, total, credited)


# -- the forum that moved -----------------------------------------------------------------------------------
def test_the_migrated_forum_keeps_its_past_under_one_import_account(web):
    """The import account writes every message before the move, each opening with the header naming its real
    author; some imports are stamped in bursts (many messages a minute); the admin announces the move; members
    who wrote in the headers come back under their own names; real conversation after the move."""
    sources, content = web
    bursts = 0
    for s in _of(sources, "migrated_forum"):
        p, forum = s.params, content[s.host]
        msgs = _messages(forum)
        imp = p["import_account"]
        imported = [m for m in msgs if m.author == imp]
        assert len(imported) / len(msgs) >= 0.2, s.host
        head = re.compile(re.escape(IMPORT_HEADERS[p["header"]]).replace(r"\{a\}", "(.+?)").replace(r"\{d\}", ".+"))
        authors = set()
        for m in imported:
            match = head.match(m.text[0])
            assert match, m.text[0]
            authors.add(match.group(1))
        assert len(authors) >= 3
        assert imp in forum.users and forum.admins == {p["admin"]}
        ann = [t for t in forum.threads() if t.messages[0].author == p["admin"] and
               "importés" in " ".join(t.messages[0].text)]
        assert len(ann) == 1
        live = [m for m in msgs if m.author != imp]
        assert {m.author for m in live} & authors  # old members back under their old names
        assert len({m.author for m in live}) >= 3
        assert all(m.when <= NOW for m in msgs)
        per_minute = Counter(m.when for m in imported)
        bursts += max(per_minute.values()) >= 5
        if p["dates_kept"] == 1.0:
            assert max(per_minute.values()) <= 3
    assert bursts or all(s.params["dates_kept"] == 1.0 for s in _of(sources, "migrated_forum"))


# -- the machine-written local newspaper ----------------------------------------------------------------------
def test_the_ai_local_news_paraphrases_newsrooms_uncredited_under_invented_bylines(web):
    """Rewrites of the origins' articles 1-30 hours later, never naming or linking them; every byline an invented
    journalist; weekends too; links only to the paying sites; no comments."""
    sources, content = web
    rewrites = 0
    for s in _of(sources, "ai_local_news"):
        p, blog = s.params, content[s.host]
        assert {x.author for x in blog.posts} <= set(p["journalists"])
        money = {urlsplit(u).hostname for u in p["money"]}
        origins = {permalink(content[h].platform, h, o): o for h in p["origins"] for o in content[h].posts}
        for x in blog.posts:
            assert not x.comments and x.when <= NOW
            assert set(_hosts(x.paragraphs)) <= money
            assert not any(content[h].name in x.text for h in p["origins"])
            if x.origin:
                o = origins[x.origin]
                assert timedelta(hours=1) <= x.when - o.when <= timedelta(hours=30)
                rewrites += 1
        assert any(x.when.weekday() >= 5 for x in blog.posts) or p["weekend"] < 0.5
        assert max(Counter(x.when.date() for x in blog.posts).values()) >= 2
    assert rewrites >= 10


# -- the machine-written Q&A forum ------------------------------------------------------------------------------
def test_the_llm_qa_forum_answers_every_question_politely_by_invented_experts(web):
    """Questions from askers, answers only from the experts, in one polite mould (greeting, key points, a summary,
    a disclaimer or a wish); no quotes; askers seldom come back; questions published in batches."""
    sources, content = web
    for s in _of(sources, "llm_qa_forum"):
        p, forum = s.params, content[s.host]
        experts = set(p["experts"])
        threads = [t for t in forum.threads() if t.opener != p["admin"]]
        assert len(threads) >= 10
        answered = 0
        for t in threads:
            assert t.opener not in experts
            assert all(m.quote is None for m in t.messages)
            answers = [m for m in t.messages[1:] if m.author != t.opener]
            assert {m.author for m in answers} <= experts
            assert all(any(para.startswith(("En résumé, ", "Pour résumer, ", "En conclusion, ")) for para in m.text)
                       and len(m.text) >= 4 for m in answers)
            answered += bool(answers)
        assert answered / len(threads) >= 0.8
        askers = Counter(t.opener for t in threads)
        assert len(askers) >= min(len(threads), 10) * 0.5
        starts = sorted(t.messages[0].when for t in threads)
        close = sum((b - a) <= timedelta(minutes=p["batch_spread"] + 1) for a, b in zip(starts, starts[1:]))
        assert close >= len(threads) // 3, (close, len(threads))


# -- rendering ------------------------------------------------------------------------------------------------
def test_every_round_three_source_renders_in_every_markup_of_its_kind(web):
    renders_in_every_markup(web, ROUND3, MAKERS)
