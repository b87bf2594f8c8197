"""The blind families of the evaluation web (`sectorweb/blindmakers.py`, `evaluation.BLIND_FAMILIES`): registered
apart on streams of their own, each carrying the behaviour its note claims (and its hard part), deterministic,
and rendered by every markup of its kind."""
from __future__ import annotations

import dataclasses
import statistics
from collections import Counter
from datetime import timedelta
from urllib.parse import urlsplit

from sectorweb.blindmakers import FARM_STRAY, MAKERS, in_holidays, in_tax_season
from sectorweb.dates import NOW
from sectorweb.evaluation import (BLIND2_FAMILIES, BLIND3_FAMILIES, BLIND4_FAMILIES, BLIND5_FAMILIES, BLIND6_FAMILIES, BLIND7_FAMILIES, BLIND_FAMILIES, FAMILIES, HELDOUT_SEED, NOT_SEEDS, NOTES, OWN_STREAM_FAMILIES, SEED,
                                  eval_labels, eval_sources, markups)
from sectorweb.families import URL_SCHEMES, permalink, thread_url, use_url_schemes
from sectorweb.model import Blog, Forum
from sectorweb.site import RENDERERS, Site
from sectorweb.spin import DuplicateGuard

from tests.test_evalweb import URL, _of  # the draws come from conftest's `web` fixture

BLIND_FAMILIES = (BLIND_FAMILIES - BLIND2_FAMILIES - BLIND3_FAMILIES - BLIND4_FAMILIES - BLIND5_FAMILIES
                  - BLIND6_FAMILIES - BLIND7_FAMILIES)  # round 1 here; rounds 2-7: _blind2.py...


def _hosts(paragraphs) -> list[str]:
    return [urlsplit(u).hostname for para in paragraphs for u in URL.findall(para)]


def _messages(forum: Forum):
    return [m for t in forum.threads() for m in t.messages]


def test_the_blind_families_are_registered_apart_on_their_own_streams():
    assert BLIND_FAMILIES == {"cgp_answers_blog", "founder_forum", "ghostwriter_farm", "shill_forum"}
    assert BLIND_FAMILIES <= set(FAMILIES) and BLIND_FAMILIES <= OWN_STREAM_FAMILIES and BLIND_FAMILIES <= set(NOTES)
    assert not BLIND_FAMILIES & NOT_SEEDS  # seeds, as a consultant would list them
    verdicts = Counter(FAMILIES[f][1] for f in BLIND_FAMILIES)
    assert verdicts == {"pertinent": 2, "automated": 2}
    assert any(FAMILIES[f][2] == "forum" for f in BLIND_FAMILIES)
    assert all(FAMILIES[f][0] == 3 for f in BLIND_FAMILIES)
    for seed in (SEED, HELDOUT_SEED):
        sources = eval_sources(seed)
        blind = [s for s in sources if s.family in BLIND_FAMILIES]
        assert len(blind) == 12 and all(s.params["maker"] in MAKERS for s in blind)
        # drawn after every family designed before them (nothing drawn before them moved); only the
        # families registered after them (blogger_readers, stop 32) come later
        at = [i for i, s in enumerate(sources) if s.family in BLIND_FAMILIES]
        assert at == list(range(at[0], at[0] + 12))
        order = list(FAMILIES)
        last_blind = max(order.index(f) for f in BLIND_FAMILIES)
        assert all(order.index(s.family) > last_blind for s in sources[at[-1] + 1:])
        labels = {lab["host"]: lab for lab in eval_labels(seed)}
        assert all(labels[s.host]["family"] == s.family and labels[s.host]["verdict"] == FAMILIES[s.family][1]
                   for s in blind)


def test_the_makers_are_deterministic(web):
    sources, content = web
    for family in sorted(BLIND_FAMILIES):
        src = _of(sources, family)[0]
        make = MAKERS[src.params["maker"]]
        a, b = make(src, DuplicateGuard(0.15), content), make(src, DuplicateGuard(0.15), content)
        if isinstance(a, Blog):
            assert [(p.title, p.when, p.text, len(p.comments)) for p in a.posts] == \
                   [(p.title, p.when, p.text, len(p.comments)) for p in b.posts]
        else:
            assert [(m.author, m.when, m.text) for m in _messages(a)] == [(m.author, m.when, m.text) for m in _messages(b)]


# -- the advisor who answers his readers ------------------------------------------------------------
def _at_the_office(when) -> bool:
    minutes = when.hour * 60 + when.minute
    return (when.weekday() < 5 or (when.weekday() == 5 and when.hour < 12)) and 7 * 60 + 30 <= minutes <= 19 * 60 + 30


def test_the_advisor_answers_his_readers_under_his_firms_pitch(web):
    """Every link out of his posts goes to his firm, most posts close with its pitch; readers ask, he answers
    nearly every question at office hours (a reply to it, signed with the firm's URL when he signs), never in
    the holidays; his posts gather in the tax seasons."""
    sources, content = web
    pitched = posts = questions = answered = in_season = 0
    for s in _of(sources, "cgp_answers_blog"):
        p, blog = s.params, content[s.host]
        firm = urlsplit(p["firm_url"]).hostname
        assert blog.posts and {h for post in blog.posts for h in _hosts(post.paragraphs)} <= {firm}
        pitched += sum(firm in _hosts(post.paragraphs) for post in blog.posts)
        posts += len(blog.posts)
        in_season += sum(in_tax_season(post.when.date()) for post in blog.posts)
        if p["holidays"]:
            assert not any(in_holidays(post.when.date()) for post in blog.posts)
        for post in blog.posts:
            by_id = {c.id: c for c in post.comments}
            assert all(post.when < c.when <= NOW for c in post.comments)
            readers = [c for c in post.comments if not c.by_author]
            replied = {c.parent for c in post.comments if c.by_author}
            for c in post.comments:
                if not c.by_author:
                    continue
                asked = by_id[c.parent]  # a threaded reply to a reader, on the same post
                assert not asked.by_author and asked.when < c.when and c.author == p["author"]
                assert _at_the_office(c.when) and not (p["holidays"] and in_holidays(c.when.date())), c.when
                assert c.url == (p["firm_url"] if p["sign_url"] else None)
            qs = [c for c in readers if "?" in c.text[0]]
            questions += len(qs)
            answered += sum(c.id in replied for c in qs)
        comments = [c for post in blog.posts for c in post.comments]
        if len(comments) >= 10:
            mine = sum(c.by_author for c in comments) / len(comments)
            assert 0.15 <= mine <= 0.6, (s.host, mine)
            assert len({c.author for c in comments if not c.by_author}) >= 4
    assert pitched / posts >= 0.4, (pitched, posts)
    assert questions and answered / questions >= 0.55, (answered, questions)
    assert in_season / posts >= 0.35, (in_season, posts)  # the tax seasons hold 29% of the days


# -- the founder's forum ----------------------------------------------------------------------------------
def test_the_founder_opened_most_threads_but_the_members_write_most_messages(web):
    """The founder opened 40% or more of the threads (his own, older than the members'), and the same yearly
    threads every year at the same season; members write most messages, regulars over years, old threads
    bumped years later."""
    sources, content = web
    bumped = 0
    for s in _of(sources, "founder_forum"):
        p, forum = s.params, content[s.host]
        founder = p["founder"]
        threads = forum.threads()
        msgs = _messages(forum)
        assert sum(t.opener == founder for t in threads) / len(threads) >= 0.4
        assert sum(m.author == founder for m in msgs) / len(msgs) <= 0.4
        assert forum.admins == {founder} and len({m.author for m in msgs}) >= 10
        assert (max(m.when for m in msgs) - min(m.when for m in msgs)).days >= 3 * 365
        mine = [t.messages[0].when for t in threads if t.opener == founder and not _yearly(t.title)]
        theirs = [t.messages[0].when for t in threads if t.opener != founder]
        if len(mine) >= 3 and len(theirs) >= 3:
            assert statistics.median_low(mine) < statistics.median_low(theirs)
        yearly = [t for t in threads if _yearly(t.title)]
        assert yearly and all(t.opener == founder for t in yearly)
        for key in p["yearly"]:
            dates = [t.messages[0].when for t in yearly if _yearly(t.title) == key]
            assert len(dates) >= 3 and len({d.year for d in dates}) == len(dates)  # one a year
            assert len({d.month for d in dates}) <= 2 and max(d.timetuple().tm_yday for d in dates) - \
                min(d.timetuple().tm_yday for d in dates) <= 8  # the same season, give or take a few days
        spans = {}
        for m in msgs:
            first, last = spans.get(m.author, (m.when, m.when))
            spans[m.author] = (min(first, m.when), max(last, m.when))
        assert any(b - a >= timedelta(days=2 * 365) for who, (a, b) in spans.items() if who != founder)
        bumped += sum(any(y.when - x.when >= timedelta(days=300) for x, y in zip(t.messages, t.messages[1:]))
                      for t in threads)
    assert bumped


def _yearly(title: str) -> str | None:
    marks = {"fonds_euros": "Taux des fonds euros", "declaration": "Déclaration des revenus",
             "per_fin_annee": "Versements PER et dons", "scpi_bilan": "de vos SCPI : taux de distribution"}
    return next((k for k, v in marks.items() if v in title), None)


# -- the content farm --------------------------------------------------------------------------------------
def test_the_farm_publishes_unique_guides_in_batches_under_invented_names(web):
    """Several invented authors, long unique texts, posts in batches (each post within a day of another one)
    separated by days of silence, links to comparison sites and to its own posts only, nobody answers."""
    sources, content = web
    guard = DuplicateGuard(0.3)
    for s in _of(sources, "ghostwriter_farm"):
        p, blog = s.params, content[s.host]
        authors = {post.author for post in blog.posts}
        assert len(authors) >= 3 and authors <= set(p["personas"]) and blog.author not in authors
        times = sorted(post.when for post in blog.posts)
        assert all(any(abs(t - u) < timedelta(days=1) for j, u in enumerate(times) if j != i)
                   for i, t in enumerate(times))  # no post alone: a batch
        gaps = [b - a for a, b in zip(times, times[1:])]
        assert max(gaps) >= timedelta(days=p["pause_days"][0] - 1)  # and silences between the batches
        money = {urlsplit(u).hostname for u in p["money"]}
        assert {h for post in blog.posts for h in _hosts(post.paragraphs)} <= money | {s.host}
        assert statistics.median(len(post.text.split()) for post in blog.posts) >= 250
        for post in blog.posts:
            assert all(not c.by_author and c.text[0] in FARM_STRAY for c in post.comments)
            assert guard.accepts(post.text), post.title
            guard.add(post.text)


# -- the forum with a helpful shill ----------------------------------------------------------------------
def test_the_shill_forum_has_many_one_thread_askers_and_one_helper_pushing_one_brand(web):
    """Each question from a fresh account, one "helpful member" first to answer nearly every thread, one brand
    (the only link of the forum) in many of his answers; many accounts, so a count of authors will not tell."""
    sources, content = web
    helped = threads_n = plugged = answers = 0
    for s in _of(sources, "shill_forum"):
        p, forum = s.params, content[s.host]
        helper, brand = p["helper"], urlsplit(p["url"]).hostname
        threads = [t for t in forum.threads() if t.opener != p["admin"]]
        openers = Counter(t.opener for t in threads)
        assert max(openers.values()) == 1 and helper not in openers  # one thread per asker
        for t in threads:
            threads_n += 1
            if len(t.messages) > 1 and t.messages[1].author == helper:
                helped += 1
            mine = [m for m in t.messages if m.author == helper]
            answers += len(mine)
            plugged += sum(brand in _hosts(m.text) for m in mine)
            assert all("merci" in m.text[0].lower() for m in t.messages[1:] if m.author == t.opener)  # he only thanks
        msgs = _messages(forum)
        assert {h for m in msgs for h in _hosts(m.text) + _hosts([m.signature or ""])} <= {brand}
        authors = Counter(m.author for m in msgs)
        assert len(authors) >= 10 and 0.15 <= authors[helper] / len(msgs) <= 0.6, authors.most_common(3)
        if p["signature"]:
            assert all(brand in _hosts([m.signature]) for m in msgs if m.author == helper)
    assert helped / threads_n >= 0.75 and plugged / answers >= 0.2, (helped, threads_n, plugged, answers)


# -- rendering ----------------------------------------------------------------------------------------------
def renders_in_every_markup(web, families, makers) -> None:
    """A source of each family, made by `makers` and rendered in each markup of its kind (its own with its URL
    scheme): its home page and the page of an item (post, or thread) are served."""
    sources, content = web
    table = markups()
    try:
        for family in sorted(families):
            src = _of(sources, family)[0]
            for markup in table[FAMILIES[family][2]]:
                params = dict(src.params, markup=markup)
                params.pop("url_scheme", None)
                if markup == src.platform and "url_scheme" in src.params:
                    params["url_scheme"] = src.params["url_scheme"]
                elif URL_SCHEMES.get(markup):
                    params["url_scheme"] = URL_SCHEMES[markup][0]
                other = dataclasses.replace(src, platform=markup, params=params)
                use_url_schemes([other])
                made = makers[params["maker"]](other, DuplicateGuard(0.15), content)
                pages, missing = RENDERERS[markup].render(made, NOW, None)
                site = Site({(src.host, path): pg for path, pg in pages.items()}, [src.host], {src.host: made},
                            {src.host: missing})
                assert site.lookup(src.host, "/").status == 200, (family, markup)
                if isinstance(made, Blog):
                    assert all(post.id and post.when <= NOW for post in made.posts)
                    url = permalink(markup, src.host, made.posts[-1])
                else:
                    url = thread_url(markup, src.host, max(made.threads(), key=lambda t: t.messages[0].when))
                target = url.split(src.host, 1)[1]
                assert site.lookup(src.host, target).status == 200, (family, markup, url)
    finally:
        use_url_schemes(list(sources))  # the draw's own schemes back


def test_every_blind_source_renders_in_every_markup_of_its_kind(web):
    renders_in_every_markup(web, BLIND_FAMILIES, MAKERS)
