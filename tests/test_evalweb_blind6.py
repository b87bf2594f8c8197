"""The blind families of round 6 (`sectorweb/blindmakers6.py`, `evaluation.BLIND6_FAMILIES`): registered last, on
streams of their own, reported with the blind ones, each carrying the behaviour its note claims (checked on the
draws of SEED, HELDOUT_SEED and 31337), deterministic, and rendered by every markup of its kind."""
from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from datetime import timedelta
from urllib.parse import urlsplit

import pytest

from sectorweb.blindmakers import in_holidays
from sectorweb.blindmakers5 import OFFICIAL_HOSTS, official_events
from sectorweb.blindmakers6 import (DIR_PAGES, HELLOASSO, IMPOTS, MAKERS, _num, _heading, market_months)
from sectorweb.dates import NOW
from sectorweb.evaluation import (BLIND5_FAMILIES, BLIND6_FAMILIES, BLIND7_FAMILIES, BLIND_FAMILIES, FAMILIES, HELDOUT_SEED, NOT_SEEDS,
                                  NOTES, OWN_STREAM_FAMILIES, SEED, eval_labels, eval_sources)
from sectorweb.families import permalink, thread_url
from sectorweb.model import Blog, Forum
from sectorweb.spin import DuplicateGuard

from tests.evalrounds import assert_round_changes_nothing
from tests.test_evalweb_blind import renders_in_every_markup
from tests.test_evalweb import _of  # the draws come from conftest's `web` fixture, and `draw` from round 4's tests
from tests.test_evalweb_blind4 import _hosts, draw  # noqa: F401 (a fixture)

ROUND6 = ["newsletter_archive_blog", "association_site", "forum_digest_splog", "seo_directory"]
QUOTED = re.compile(r"« (.+?) »")


def test_round_six_is_registered_last_blind_and_on_its_own_streams():
    assert BLIND6_FAMILIES == set(ROUND6)
    assert BLIND6_FAMILIES <= BLIND_FAMILIES and BLIND6_FAMILIES <= OWN_STREAM_FAMILIES
    assert not BLIND6_FAMILIES & NOT_SEEDS
    assert all(NOTES[f].startswith("blind (round 6), hard case: ") for f in BLIND6_FAMILIES)
    assert Counter(FAMILIES[f][1] for f in BLIND6_FAMILIES) == {"pertinent": 2, "automated": 2}
    assert {FAMILIES[f][2] for f in BLIND6_FAMILIES} == {"blog"}  # a firm's news page, a site, a splog, a directory
    assert all(FAMILIES[f][0] == 3 for f in BLIND6_FAMILIES)
    order = [f for f in FAMILIES if f not in BLIND7_FAMILIES]  # round 7 (test_evalweb_blind7.py) comes after
    assert order[-4:] == ROUND6 and order[-5] == "doorway_site" and BLIND5_FAMILIES <= set(order[:-4])
    for seed in (SEED, HELDOUT_SEED, 31337):
        sources = [s for s in eval_sources(seed) if s.family not in BLIND7_FAMILIES]
        assert [s.family for s in sources[-12:]] == [f for f in ROUND6 for _ in range(3)]
        assert all(s.params["maker"] in MAKERS and s.seed for s in sources[-12:])
        labels = [lab for lab in eval_labels(seed) if lab["family"] not in BLIND7_FAMILIES]
        assert [lab["family"] for lab in labels[-12:]] == [s.family for s in sources[-12:]]
        assert [lab["verdict"] for lab in labels[-12:]] == [FAMILIES[s.family][1] for s in sources[-12:]]
        earlier = [s for s in sources if s.family not in BLIND6_FAMILIES]
        assert [s.family for s in sources[:len(earlier)]] == [s.family for s in earlier]
        assert sources[len(earlier) - 1].family == "doorway_site"


@pytest.mark.parametrize("seed", [SEED, HELDOUT_SEED])
def test_round_six_changes_nothing_drawn_or_rendered_before_it(monkeypatch, seed):
    """Drawn without round 6, the web is the same up to where round 6 begins, and renders the same
    (tests/evalrounds.py); round 7 comes after, apart."""
    assert_round_changes_nothing(monkeypatch, seed, BLIND6_FAMILIES, later=BLIND7_FAMILIES)


def test_the_makers_are_deterministic(web):
    sources, content = web
    for family in ROUND6:
        for src in _of(sources, family):
            make = MAKERS[src.params["maker"]]
            a, b = make(src, DuplicateGuard(0.15), content), make(src, DuplicateGuard(0.15), content)

            def posts(blog):
                return [(p.id, p.title, p.slug, p.when, p.modified, p.author, p.category, p.text, p.comments_open,
                         [(c.id, c.author, c.when, c.url, c.text, c.parent) for c in p.comments]) for p in blog.posts]
            assert isinstance(a, Blog) and posts(a) == posts(b) and a.blogroll == b.blogroll
            assert a.host == src.host


# -- the firm's client letter ------------------------------------------------------------------------------------
def test_the_client_letters_share_one_skeleton_the_web_s_market_figures_and_the_disclaimer(draw):
    """Each letter: the adviser's, the sections in the firm's order under its headings, the closing, the disclaimer
    word for word as the last paragraph; the market figures of the month the letter covers (the same CAC 40 close
    in every firm's letters of that month); a month or a quarter apart, on the day rule (the same minute when
    planned); links only to the firm, its own letters and the tax site; ordinary posts between; few comments."""
    sources, content = draw
    closes: dict[tuple[int, int], set[str]] = defaultdict(set)
    contact = extras = comments = posts_seen = 0
    mk = market_months()
    for s in _of(sources, "newsletter_archive_blog"):
        p, blog = s.params, content[s.host]
        letters = [x for x in blog.posts if x.category == p["category"]]
        others = [x for x in blog.posts if x.category != p["category"]]
        assert len(letters) == p["n_letters"]
        assert len(others) <= round(p["extra_share"] * len(letters))
        heads = [_heading(p, k, i) for i, k in enumerate(p["sections"], 1)]
        own = {permalink(s.platform, s.host, x) for x in letters}
        for x in letters:
            assert x.author == p["adviser"]
            assert x.paragraphs[-1] == p["disclaimer"] and x.text.count(p["disclaimer"]) == 1
            if p["greeting"]:
                assert x.paragraphs[0] == p["greeting"]
            at = [x.paragraphs.index(h) for h in heads]
            assert at == sorted(at), x.title
            assert any(para.startswith(p["closing"]) for para in x.paragraphs)
            # the figures of the month before publication (or the one before, for a late letter)
            y, m = x.when.year, x.when.month
            months = [((y * 12 + m - 2) // 12, (y * 12 + m - 2) % 12 + 1), ((y * 12 + m - 3) // 12, (y * 12 + m - 3) % 12 + 1)]
            hit = [ym for ym in months if f"{_num(mk[ym]['cac'])} points" in x.text or f"CAC 40 {_num(mk[ym]['cac'])}"
                   in x.text]
            assert hit, x.title
            closes[hit[0]].add(_num(mk[hit[0]]["cac"]))
            hosts = set(_hosts(x.paragraphs))
            assert hosts <= {urlsplit(p["firm_url"]).hostname, s.host}, hosts
            assert all(u in own for u in re.findall(r"https?://\S+", x.text) if urlsplit(u).hostname == s.host)
            contact += p["contact"] in x.text
        times = [x.when for x in letters]
        if p["scheduled"]:
            assert {(t.hour, t.minute) for t in times} == {p["hour"]}
        elif not p["nth"]:
            assert all(t.weekday() < 5 for t in times)
        if p["nth"]:
            on_rule = [t.weekday() == p["nth"][1] and (t.day - 1) // 7 == p["nth"][0] - 1 for t in times]
        else:
            on_rule = [p["day"] <= t.day <= p["day"] + p["jitter_days"] + 2 for t in times]
        assert sum(on_rule) >= 0.6 * len(times) - 1, (s.host, sum(on_rule), len(times))
        gaps = [(b - a).days for a, b in zip(times, times[1:])]
        if len(gaps) >= 3:
            lo, hi = (26, 36) if p["cadence"] == "monthly" else (80, 100)
            assert lo <= statistics.median(gaps) <= hi, (p["cadence"], statistics.median(gaps))
        for x in others:
            assert set(_hosts(x.paragraphs)) <= {urlsplit(p["firm_url"]).hostname, IMPOTS}
            assert x.author in {p["adviser"], p["colleague"], f"L'équipe {p['firm']}"}
            extras += 1
        for x in blog.posts:
            assert x.when <= NOW
            posts_seen += 1
            comments += len(x.comments)
            if p["closed"]:
                assert not x.comments and not x.comments_open
            for c in x.comments:
                assert x.when < c.when <= NOW and (not c.by_author or c.author == p["adviser"])
    assert all(len(v) == 1 for v in closes.values())  # one market: one close a month, whoever prints it
    assert contact >= 1 and comments <= 0.3 * posts_seen, (contact, comments, posts_seen)
    letters_all = sum(len([x for x in content[s.host].posts if x.category == s.params["category"]])
                      for s in _of(sources, "newsletter_archive_blog"))
    assert letters_all >= 10 and extras >= 1, (letters_all, extras)


# -- the association ---------------------------------------------------------------------------------------------
def test_the_association_has_volunteers_an_assembly_season_reprinted_warnings_and_quiet_summers(draw):
    """Several volunteer authors; each spring the assembly's notice (before the assembly, with its agenda) and often
    its minutes; the regulators' warnings reprinted word for word with credit and link days after; nothing in the
    summer holidays, quiet months, more posts around the assembly; links only to the official sites, the
    membership platform, the federation and the newsrooms; members' comments, some answered by the authors."""
    sources, content = draw
    events = {e.url: e for e in official_events()}
    multi = notices = reprints = answered = member_comments = 0
    season = elsewhere = 0.0
    for s in _of(sources, "association_site"):
        p, blog = s.params, content[s.host]
        names = {n for n, _, _ in p["authors"]}
        authors = Counter(x.author for x in blog.posts)
        assert set(authors) <= names
        multi += len(authors) >= 2
        assert len(blog.posts) >= 5, s.host
        allowed = set(OFFICIAL_HOSTS) | set(p["news"]) | ({HELLOASSO} if p["helloasso"] else set())
        if p["federation"]:
            allowed.add(f"www.federation-{p['federation'][1]}.test")
        for x in blog.posts:
            assert x.when <= NOW and not in_holidays(x.when.date())
            assert set(_hosts(x.paragraphs)) <= allowed, set(_hosts(x.paragraphs))
            if "convoqués en assemblée générale" in x.text:
                notices += 1
                assert "Ordre du jour" in x.text and "pouvoir" in x.text
            if x.category == "Alertes":
                reprints += 1
                quoted = QUOTED.findall(x.text)
                url = next(u for u in re.findall(r"https?://\S+", x.text) if urlsplit(u).hostname in OFFICIAL_HOSTS)
                ev = events[url]
                assert quoted == [ev.text] and ev.when < x.when.date() <= ev.when + timedelta(days=12)
                assert ev.ref.split("Communiqué de ", 1)[1].split(" du ", 1)[0] in x.text  # credited by name
            if not p["closed"]:
                assert x.comments_open
            for c in x.comments:
                assert x.when < c.when <= NOW
                if c.by_author:
                    answered += 1
                    assert c.author == x.author
                else:
                    member_comments += 1
                    assert c.author in p["members"] and c.url is None
            if x.comments:
                assert x.comments_open
        months = Counter((x.when.year, x.when.month) for x in blog.posts)
        first, last = min(months), max(months)
        span = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
        if span >= 12:
            assert len(months) < span  # quiet months
        for (y, m), n in months.items():
            if p["ag_month"] - 2 <= m <= p["ag_month"] + 1:
                season += n
            else:
                elsewhere += n
    assert multi >= 2 and notices >= 2 and reprints >= 1 and member_comments >= 3 and answered >= 1, \
        (multi, notices, reprints, member_comments, answered)
    assert season / 4 > elsewhere / 8  # a burst around the general assembly


# -- the forum digest splog ---------------------------------------------------------------------------------------
def test_the_digest_reposts_the_audit_s_forum_threads_daily_without_a_conversation(draw):
    """Every post is a thread of the origins' forums (its question, then answers by others), posted after the thread
    opened; most verbatim; credited at most by a bare mention, the forum's name or its link; posts on most days of
    its run, at the scheduler's minutes when it has some; ads only to the affiliate sites; one author, no comments."""
    sources, content = draw
    verbatim = total = 0
    for s in _of(sources, "forum_digest_splog"):
        p, blog = s.params, content[s.host]
        threads = {}
        for h in p["origins"]:
            forum = content[h]
            assert isinstance(forum, Forum)
            for t in forum.threads():
                threads[thread_url(forum.platform, h, t)] = (h, t)
        money = {urlsplit(u).hostname for u in p["money"]}
        assert len(blog.posts) >= 5, s.host
        for x in blog.posts:
            h, t = threads[x.origin]
            assert x.author == p["author"] and not x.comments and x.comments_open != p["closed"]
            assert x.when >= t.messages[0].when + timedelta(days=p["delay_days"][0]) - timedelta(minutes=1)
            q = " ".join(t.messages[0].text)
            words = set(q.split())
            verbatim += q in x.text or t.messages[0].text[0] in x.paragraphs
            assert len(words & set(x.text.split())) >= 0.5 * len(words), x.title
            answers = [m for m in t.messages[1:] if m.author != t.opener]
            assert any(m.text[0].split()[0] in x.text for m in answers)
            quoted = {urlsplit(u).hostname for m in t.messages for para in m.text
                      for u in re.findall(r"https?://\S+", para)}
            hosts = set(_hosts(x.paragraphs))
            assert hosts <= money | quoted | ({h} if p["credit"] == "link" else set()), hosts
            if p["credit"] == "none":
                assert not re.search(r"\bSource\b", x.text)
            if p["cron"]:
                assert x.when.hour * 60 + x.when.minute in p["cron"]
            total += 1
        days = sorted({x.when.date() for x in blog.posts})
        assert len(days) >= 0.5 * ((days[-1] - days[0]).days + 1), s.host
        per_day = Counter(x.when.date() for x in blog.posts)
        assert max(per_day.values()) <= p["per_day"][1]
    assert verbatim >= 0.4 * total, (verbatim, total)


# -- the SEO directory --------------------------------------------------------------------------------------------
def test_the_directory_lists_the_audit_s_seeds_among_invented_sites_in_batches(draw):
    """One listing per site (its link, deep links for the premium ones, the category, the keywords, a description
    of the directory's minimum length using them), the audit's sources among them (seeds only), the submission,
    exchange and partners pages, listings validated in batches, no comments."""
    sources, content = draw
    not_seeds = {s.host for s in sources if s.family in NOT_SEEDS or not s.seed}
    audit = {s.host for s in sources}
    for s in _of(sources, "seo_directory"):
        p, blog = s.params, content[s.host]
        pages = [x for x in blog.posts if x.category == "L'annuaire"]
        listings = [x for x in blog.posts if x.category != "L'annuaire"]
        assert sorted(x.title for x in pages) == sorted(t for t, _ in DIR_PAGES.values())
        partners = next(x for x in pages if x.title == DIR_PAGES["partners"][0])
        assert all(u in partners.text for u, _ in p["partners"])
        assert len(listings) == p["n_listings"]
        listed = []
        for x in listings:
            hosts = set(_hosts(x.paragraphs))
            assert len(hosts) == 1, (x.title, hosts)
            listed += hosts
            premium = "premium" in x.tags
            assert ("Liens utiles" in x.text) == premium
            kws = x.paragraphs[-1].removeprefix("Mots-clés : ").split(", ")
            assert x.paragraphs[-1].startswith("Mots-clés : ") and len(kws) == 5
            body = " ".join(x.paragraphs[:-3])
            assert sum(k in body for k in kws) >= 3, x.title
            assert len(body.split()) >= min(p["min_words"], 150) - 20, (x.title, len(body.split()))
            assert not x.comments and not x.comments_open and x.when <= NOW
        assert len(set(listed)) == len(listed)  # one listing per site
        mine = set(listed) & audit
        assert mine == {h for h, _ in p["targets"]} and len(mine) >= 8 and not mine & not_seeds
        days = Counter(x.when.date() for x in listings)
        assert len(days) <= len(listings) / 3, len(days)
        if p["spacing"] == "same_minute":
            assert len({x.when for x in listings}) <= len(days) + 1
        assert sum("premium" in x.tags for x in listings) <= max(3, 0.5 * len(listings))


# -- rendering ----------------------------------------------------------------------------------------------------
def test_every_round_six_source_renders_in_every_markup_of_its_kind(web):
    renders_in_every_markup(web, ROUND6, MAKERS)
