"""The blind families of round 5 (`sectorweb/blindmakers5.py`, `evaluation.BLIND5_FAMILIES`): registered last, on
streams of their own, reported with the blind ones, each carrying the behaviour its note claims (checked on the
draws of SEED, HELDOUT_SEED and 31337), deterministic, and rendered by every markup of its kind."""
from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from datetime import timedelta
from urllib.parse import urlsplit

from sectorweb.blindmakers5 import (ASKER_DISAGREE, CLIENTS, MAKERS, OFFICIAL, OFFICIAL_HOSTS, OFFTOPIC, SERVICES,
                                    droits_ligne_directe, ifi, official_events, official_texts, prelevement_990I,
                                    usufruit)
from sectorweb.dates import NOW
from sectorweb.evaluation import (BLIND4_FAMILIES, BLIND5_FAMILIES, BLIND6_FAMILIES, BLIND7_FAMILIES, BLIND_FAMILIES, FAMILIES,
                                  HELDOUT_SEED, NOT_SEEDS, NOTES, OWN_STREAM_FAMILIES, SEED, eval_labels, eval_sources)
from sectorweb.families import permalink
from sectorweb.model import Blog
from sectorweb.spin import DuplicateGuard, jaccard, shingles

from tests.test_evalweb_blind import renders_in_every_markup
from tests.test_evalweb import _of  # the draws come from conftest's `web` fixture, and `draw` from round 4's tests
from tests.test_evalweb_blind4 import _hosts, _messages, draw  # noqa: F401 (a fixture)

ROUND5 = ["legal_watch_blog", "expert_qa_forum", "guest_post_farm", "doorway_site"]
QUOTED = re.compile(r"« (.+?) »")


def _official_quotes(text: str) -> list[list]:
    """The passages of official texts quoted word for word in `text` (whole, or their first sentences), each as the
    list of the texts it may come from (the authorities repeat some warnings word for word)."""
    texts = official_texts()
    out = []
    for seg in QUOTED.findall(text):
        hits = [o for o in texts if o.text == seg or (len(seg.split()) >= 12 and o.text.startswith(seg))]
        if hits:
            out.append(hits)
    return out


def _quoted_words(text: str) -> int:
    return sum(len(seg.split()) for seg in QUOTED.findall(text))


def test_round_five_is_registered_last_blind_and_on_its_own_streams():
    assert BLIND5_FAMILIES == set(ROUND5)
    assert BLIND5_FAMILIES <= BLIND_FAMILIES and BLIND5_FAMILIES <= OWN_STREAM_FAMILIES
    assert not BLIND5_FAMILIES & NOT_SEEDS
    assert all(NOTES[f].startswith("blind (round 5), hard case: ") for f in BLIND5_FAMILIES)
    assert Counter(FAMILIES[f][1] for f in BLIND5_FAMILIES) == {"pertinent": 2, "automated": 2}
    assert {(FAMILIES[f][1], FAMILIES[f][2]) for f in BLIND5_FAMILIES} == {
        ("pertinent", "blog"), ("pertinent", "forum"), ("automated", "blog")}
    assert all(FAMILIES[f][0] == 3 for f in BLIND5_FAMILIES)
    later = BLIND6_FAMILIES | BLIND7_FAMILIES  # rounds 6 and 7 (test_evalweb_blind6.py, _blind7.py) come after
    order = [f for f in FAMILIES if f not in later]
    assert order[-4:] == ROUND5 and order[-5] == "translated_blog"
    for seed in (SEED, HELDOUT_SEED, 31337):
        sources = [s for s in eval_sources(seed) if s.family not in later]
        assert [s.family for s in sources[-12:]] == [f for f in ROUND5 for _ in range(3)]
        assert all(s.params["maker"] in MAKERS and s.seed for s in sources[-12:])
        labels = [lab for lab in eval_labels(seed) if lab["family"] not in later]
        assert [lab["family"] for lab in labels[-12:]] == [s.family for s in sources[-12:]]
        assert [lab["verdict"] for lab in labels[-12:]] == [FAMILIES[s.family][1] for s in sources[-12:]]
        # on streams of their own: the sources drawn before them are those drawn without them
        earlier = [s for s in sources if s.family not in BLIND5_FAMILIES]
        assert [s.family for s in sources[:len(earlier)]] == [s.family for s in earlier]
        assert sources[len(earlier) - 1].family == "translated_blog" and BLIND4_FAMILIES <= {s.family for s in earlier}


def test_round_five_changes_nothing_drawn_or_rendered_before_it(monkeypatch):
    """Drawn without round 5 (its families taken out of the registry), the web is the same up to where round 5
    begins: same hosts, markups, families and behaviours, and every earlier source renders byte for byte the
    same pages (the round's makers run last, on their own random streams, and touch no other source)."""
    import sectorweb.evaluation as evaluation
    from sectorweb.evalmakers import build_eval_content
    from sectorweb.families import use_url_schemes
    from sectorweb.site import RENDERERS

    def drawn(sources):
        return [(s.host, s.platform, s.family, s.seed, repr(sorted(s.params.items()))) for s in sources]

    with_round = eval_sources(SEED)
    monkeypatch.setattr(evaluation, "FAMILIES", {f: v for f, v in FAMILIES.items()
                                                 if f not in BLIND5_FAMILIES | BLIND6_FAMILIES | BLIND7_FAMILIES})
    evaluation.eval_sources.cache_clear()
    try:
        without = evaluation.eval_sources(SEED)
    finally:
        evaluation.eval_sources.cache_clear()
    with_round = [s for s in with_round if s.family not in BLIND6_FAMILIES | BLIND7_FAMILIES]  # rounds 6-7 after
    assert len(without) == len(with_round) - 12 and drawn(without) == drawn(with_round[:len(without)])
    rendered = []
    for sources in (list(without), list(with_round)):
        use_url_schemes(sources)
        content = build_eval_content(sources)
        rendered.append({s.host: RENDERERS[s.platform].render(content[s.host], NOW, None)[0] for s in without})
    use_url_schemes(list(with_round))
    assert rendered[0].keys() == rendered[1].keys()
    assert all(rendered[0][h] == rendered[1][h] for h in rendered[0])


def test_the_makers_are_deterministic(web):
    sources, content = web
    for family in ROUND5:
        for src in _of(sources, family):
            make = MAKERS[src.params["maker"]]
            a, b = make(src, DuplicateGuard(0.15), content), make(src, DuplicateGuard(0.15), content)
            if isinstance(a, Blog):
                def posts(blog):
                    return [(p.id, p.title, p.slug, p.when, p.modified, p.author, p.category, p.text,
                             p.comments_open, [(c.author, c.when, c.url, c.text) for c in p.comments])
                            for p in blog.posts]
                assert posts(a) == posts(b)
            else:
                assert [(t.id, t.title) for t in a.threads()] == [(t.id, t.title) for t in b.threads()]
                assert [(m.id, m.author, m.when, m.text, m.signature) for m in _messages(a)] == \
                       [(m.id, m.author, m.when, m.text, m.signature) for m in _messages(b)]
            assert a.host == src.host


# -- the official texts ----------------------------------------------------------------------------------------
def test_the_official_texts_and_the_worked_cases_use_the_law_s_figures():
    """One timeline of dated texts for the whole web (fixed, in the past, on working days), every text with a URL
    on an official host; the worked cases' scales are the law's."""
    events = official_events()
    assert events == official_events() and len(events) >= 100
    assert all(e.when <= NOW.date() and e.when.weekday() < 5 for e in events)
    assert {e.kind for e in events} == {"cass", "bofip", "amf", "rm"}
    assert len({e.url for e in events}) == len(events)
    assert all(urlsplit(o.url).hostname in OFFICIAL_HOSTS for o in official_texts())
    assert "152 500 €" in OFFICIAL["cgi-990I"].text and "30 500 €" in OFFICIAL["cgi-757B"].text
    assert prelevement_990I(152_500) == 0 and prelevement_990I(252_500) == 20_000
    assert prelevement_990I(1_052_500) == 140_000 + 0.3125 * 200_000
    assert droits_ligne_directe(0) == 0 and round(droits_ligne_directe(100_000)) == 18_194
    assert usufruit(20) == 90 and usufruit(65) == 40 and usufruit(95) == 10
    assert ifi(1_300_000) == 0 and round(ifi(2_000_000)) == 7_400


# -- the lawyer's or notary's legal watch -----------------------------------------------------------------------
def test_the_legal_watch_quotes_the_official_texts_others_quote_and_comments_them(draw):
    """Every post quotes official texts word for word (most at length) and, but for the round-ups, adds the author's
    own words; the dated texts are quoted within a month of their publication; the same passages appear on the other
    legal watches, the experts' forum or the magazines; links go to the official sites (on every post), the firm and
    the audit's newsrooms only; a person's rhythm; few comments, peers among them."""
    sources, content = draw
    quoted_by: dict[str, set[str]] = defaultdict(set)
    for s in sources:
        site = content[s.host]
        texts = [p.text for p in site.posts] if isinstance(site, Blog) else [" ".join(m.text) for m in _messages(site)]
        for text in texts:
            for hits in _official_quotes(text):
                quoted_by[hits[0].text].add(s.host)
    legal = _of(sources, "legal_watch_blog")
    shared = cases = comments = peers = answers = posts_seen = 0
    for s in legal:
        p, blog = s.params, content[s.host]
        firm = urlsplit(p["firm_url"]).hostname
        assert {x.author for x in blog.posts} == {p["author"]}
        for x in blog.posts:
            quotes = _official_quotes(x.text)
            assert quotes, (s.host, x.title)
            assert _quoted_words(x.text) >= 25, x.title
            hosts = set(_hosts(x.paragraphs))
            assert hosts & OFFICIAL_HOSTS, x.title
            assert hosts <= OFFICIAL_HOSTS | {firm} | set(p["news"]), hosts
            for hits in quotes:
                if hits[0].when is not None:  # a dated text: quoted within a month of its publication
                    assert any(o.when <= x.when.date() <= o.when + timedelta(days=31) for o in hits), x.title
            if x.category != "Veille":
                own = len(x.text.split()) - _quoted_words(x.text)
                assert own >= 60, (x.title, own)
            assert 7 <= x.when.hour <= 23 and x.when <= NOW
            cases += any(para.startswith(("Cas pratique", "Exemple")) for para in x.paragraphs)
            comments += len(x.comments)
            assert not x.comments or x.comments_open
            for c in x.comments:
                assert x.when < c.when <= NOW
                if c.by_author:
                    answers += 1
                    assert c.author == p["author"] and c.url == p["firm_url"]
                else:
                    peers += c.url is not None
            posts_seen += 1
        shared += sum(len(quoted_by[hits[0].text] - {s.host}) > 0 for x in blog.posts
                      for hits in _official_quotes(x.text))
        if p["closed"]:
            assert not any(x.comments_open or x.comments for x in blog.posts)
        times = [x.when for x in blog.posts]
        assert len(set(times)) == len(times)
        gaps = {(b - a).days for a, b in zip(times, times[1:])}
        assert len(gaps) >= 2 or len(times) < 5  # a person's rhythm, not a timer's
    assert shared >= 5 and cases >= 5, (shared, cases)
    assert comments <= 4 * posts_seen  # few: a lawyer's readers seldom write
    assert (peers >= 1 and answers >= 1) or comments < 8, (comments, peers, answers)
    # the other families quote the same law: the experts and the magazines share passages with the lawyers
    others = {h for s in sources if s.family in ("expert_qa_forum", "guest_post_farm") for h in [s.host]}
    lawyers = {s.host for s in legal}
    assert any(hs & lawyers and hs & others for hs in quoted_by.values())
    assert any(len(hs & lawyers) >= 2 for hs in quoted_by.values())


# -- the questions-and-answers forum with its experts ------------------------------------------------------------
def test_the_expert_forum_answers_most_questions_at_human_delays_and_askers_come_back(draw):
    """One or two experts (by name and signature) answer most questions, not within minutes, mostly at office hours;
    askers come back in the thread (details, disagreement, thanks); most askers ask once; links only from experts,
    to their firm's site."""
    sources, content = draw
    back = disagree = quoted = linked = 0
    answered_all = threads_all = 0
    for s in _of(sources, "expert_qa_forum"):
        p, forum = s.params, content[s.host]
        experts = {e["name"]: e for e in p["experts"]}
        assert 1 <= len(experts) <= 2 and forum.admins == {p["admin"]}
        questions = [t for t in forum.threads() if t.opener != p["admin"]]
        assert len(questions) >= 10, s.host
        answered, delays, office = 0, [], []
        for t in questions:
            assert t.opener not in experts and t.opener not in p["members"]
            assert all(a.when < b.when for a, b in zip(t.messages, t.messages[1:])), t.title
            first = next((m for m in t.messages if m.author in experts), None)
            if first is None:
                continue
            answered += 1
            delays.append((first.when - t.messages[0].when).total_seconds() / 3600)
            after = t.messages[t.messages.index(first) + 1:]
            back += any(m.author == t.opener for m in after)
            for m in after:
                if m.author == t.opener:
                    disagree += any(_fits(m.text[0], tpl) for tpl in ASKER_DISAGREE)
        for m in _messages(forum):
            assert m.when <= NOW
            hosts = set(_hosts(m.text))
            if m.author in experts:
                e = experts[m.author]
                assert m.signature == e["signature"]
                office.append(m.when.weekday() < 5 and 8 <= m.when.hour < 20)
                assert hosts <= {urlsplit(e["url"]).hostname}, hosts
                linked += bool(hosts)
                quoted += bool(_official_quotes(" ".join(m.text)))
            else:
                assert not hosts, (m.author, m.text)
                assert not 1 <= m.when.hour < 7  # people sleep
        assert answered >= 0.4 * len(questions), (s.host, answered, len(questions))
        assert sum(d < 0.25 for d in delays) <= 0.1 * len(delays)  # not a robot's minutes
        assert 0.5 <= statistics.median(delays) <= 24 * 7, statistics.median(delays)
        assert sum(office) >= 0.5 * len(office)
        openers = Counter(t.opener for t in questions)
        assert sum(n == 1 for n in openers.values()) >= 0.6 * len(openers)
        answered_all += answered
        threads_all += len(questions)
    assert answered_all >= 0.55 * threads_all
    assert back >= 5 and disagree >= 1 and quoted >= 1 and linked >= 1, (back, disagree, quoted, linked)


def _fits(text: str, template: str) -> bool:
    """Whether `text` starts as the template's first alternative group allows (a loose match of a filled template)."""
    m = re.match(r"\[([^\]]*)\]", template)
    heads = m.group(1).split("|") if m else [template.split(" ")[0]]
    return any(text.startswith(h[:1].upper() + h[1:]) for h in heads if h)


# -- the magazine that sells sponsored articles -------------------------------------------------------------------
def test_the_guest_post_farm_sells_links_to_many_trades_under_ever_new_bylines(draw):
    """Each post by another byline (or the newsroom), 1-3 links to paying sites and nothing else, sites of many
    trades shared with the other magazines; bursts; unique texts; comments closed or empty; the sponsored mark on a
    minority of posts."""
    sources, content = draw
    clients = {urlsplit(f"http://www.{stem}.test/").hostname: trade for trade, stem, _ in CLIENTS}
    bought: dict[str, set[str]] = defaultdict(set)
    trades: set[str] = set()
    for s in _of(sources, "guest_post_farm"):
        p, blog = s.params, content[s.host]
        own = {urlsplit(f"http://www.{stem}.test/").hostname for stem in p["clients"]}
        posts = [x for x in blog.posts if x.category != "Le magazine"]
        assert len(posts) == p["n_posts"]
        bylines = [x.author for x in posts if x.author != p["author"]]
        assert len(set(bylines)) >= 0.8 * len(bylines), s.host
        for x in posts:
            hosts = _hosts(x.paragraphs)
            assert 1 <= len(hosts) <= p["links"][1] and set(hosts) <= own, (x.title, hosts)
            trades |= {clients[h] for h in hosts}
            for h in hosts:
                bought[h].add(s.host)
            assert not x.comments and (x.comments_open != p["closed"])
            assert x.category in p["rubrics"]
        marked = sum(p["mark"] in x.paragraphs for x in posts)
        assert marked <= max(3, 0.45 * len(posts)) and (marked == 0 or p["mark_share"] > 0)
        times = sorted(x.when for x in posts)
        near = [any(abs((a - b).total_seconds()) <= 4 * 86400 for b in times if b is not a) for a in times]
        assert sum(near) >= 0.8 * len(times)  # in bursts
        if len(times) > p["burst"][1] + 1:  # several bursts, days to weeks apart
            assert max((b - a).days for a, b in zip(times, times[1:])) >= p["pause_days"][0] - p["burst_days"] - 1
        sh = [shingles(x.text) for x in posts]
        assert all(jaccard(sh[i], sh[j]) < 0.3 for i in range(len(sh)) for j in range(i + 1, len(sh)))
    assert len(trades) >= 4 and trades - {"assurance", "credit", "immobilier", "placement"}, trades
    assert any(len(farms) >= 2 for farms in bought.values())  # the same clients buy on several magazines
    assert set(OFFTOPIC) <= {"voyage", "maison", "auto", "sante", "hightech", "jeux", "business", "mode"}


# -- the doorway pages ------------------------------------------------------------------------------------------
def test_the_doorway_pages_are_one_template_per_town_in_batches_linking_the_contact_page(draw):
    """A page per town and service from one template (town and figures swapped: pages much alike), published in
    batches, each linking the contact page (and only the firm and its own pages); a few ordinary posts; no
    comments."""
    sources, content = draw
    for s in _of(sources, "doorway_site"):
        p, blog = s.params, content[s.host]
        contact = urlsplit(p["contact"]).hostname
        pages = [x for x in blog.posts if x.category == p["category"] and x.category != "Actualités"]
        others = [x for x in blog.posts if x not in pages]
        assert len(pages) == p["n_pages"] >= 20 and len(others) <= p["blog_posts"] <= 8
        towns = Counter()
        for x in pages:
            town = min((t for t in p["towns"] if t in x.title), key=x.title.index)  # the town comes first
            towns[town] += 1
            assert any(x.title.startswith(sv) for sv in SERVICES) or p["firm"] in x.title
            assert p["contact"] in x.text and town in x.paragraphs[0]
            assert set(_hosts(x.paragraphs)) <= {contact, s.host}
        assert max(towns.values()) <= len(p["services"])
        for x in blog.posts:
            assert not x.comments and not x.comments_open and x.when <= NOW
        sh = [shingles(x.text) for x in pages[::3]]
        alike = [jaccard(a, b) for a, b in zip(sh, sh[1:])]
        assert statistics.mean(alike) >= 0.15, statistics.mean(alike)
        days = Counter(x.when.date() for x in pages)
        assert len(days) <= len(pages) / 3, len(days)  # batches, not a page a day
        if p["spacing"] == "same_minute":
            assert len({x.when for x in pages}) <= len(days) + 1
        if p["siblings"]:
            urls = {permalink(s.platform, s.host, x) for x in pages}
            assert sum(any(u in x.text for u in urls) for x in pages) >= 0.9 * len(pages)
        if any(x.modified for x in pages):
            assert len({x.modified for x in pages}) == 1 and all(x.modified > x.when for x in pages)


# -- rendering -----------------------------------------------------------------------------------------------------
def test_every_round_five_source_renders_in_every_markup_of_its_kind(web):
    renders_in_every_markup(web, ROUND5, MAKERS)
