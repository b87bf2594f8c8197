"""The blind families of round 7 (`sectorweb/blindmakers7.py`, `evaluation.BLIND7_FAMILIES`): registered last, on
streams of their own, reported with the blind ones, each carrying the behaviour its note claims (checked on the
draws of SEED, HELDOUT_SEED and 31337), deterministic, and rendered by every markup of its kind."""
from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from datetime import timedelta
from urllib.parse import urlsplit

import pytest

from sectorweb.blindmakers5 import OFFICIAL_HOSTS, official_events
from sectorweb.blindmakers7 import (AI_FAQ_HEADS, CHAPTER_HEADS, LISTEN_HEADS, MAKERS, SOLVED_MARKS, STOCK_SITES,
                                    _address, in_open_hours, on_break)
from sectorweb.dates import NOW
from sectorweb.evaluation import (BLIND6_FAMILIES, BLIND7_FAMILIES, BLIND_FAMILIES, FAMILIES, HELDOUT_SEED, NOT_SEEDS,
                                  NOTES, OWN_STREAM_FAMILIES, SEED, eval_labels, eval_sources)
from sectorweb.families import permalink
from sectorweb.model import Blog, Forum
from sectorweb.spin import DuplicateGuard

from tests.evalrounds import assert_round_changes_nothing
from tests.test_evalweb_blind import renders_in_every_markup
from tests.test_evalweb import _of  # the draws come from conftest's `web` fixture, and `draw` from round 4's tests
from tests.test_evalweb_blind4 import _hosts, _messages, draw  # noqa: F401 (a fixture)

ROUND7 = ["brand_community_forum", "podcast_notes_blog", "ai_persona_blog", "scam_funnel_site"]
PLATFORM_HOSTS = {"podcasts.apple.com", "open.spotify.com", "www.deezer.com", "www.youtube.com", "podcastaddict.com",
                  "music.amazon.fr"}
OFFICIAL_LINK_HOSTS = {"www.info-retraite.fr", "www.service-public.fr", "www.amf-france.org", "www.impots.gouv.fr",
                       "www.lafinancepourtous.com"}
FUNNEL_HOSTS = {"chat.whatsapp.com", "t.me"}


def test_round_seven_is_registered_last_blind_and_on_its_own_streams():
    assert BLIND7_FAMILIES == set(ROUND7)
    assert BLIND7_FAMILIES <= BLIND_FAMILIES and BLIND7_FAMILIES <= OWN_STREAM_FAMILIES
    assert not BLIND7_FAMILIES & NOT_SEEDS
    assert all(NOTES[f].startswith("blind (round 7), hard case: ") for f in BLIND7_FAMILIES)
    assert Counter(FAMILIES[f][1] for f in BLIND7_FAMILIES) == {"pertinent": 2, "automated": 2}
    assert {(FAMILIES[f][1], FAMILIES[f][2]) for f in BLIND7_FAMILIES} == {
        ("pertinent", "forum"), ("pertinent", "blog"), ("automated", "blog")}
    assert all(FAMILIES[f][0] == 3 for f in BLIND7_FAMILIES)
    order = list(FAMILIES)
    assert order[-4:] == ROUND7 and order[-5] == "seo_directory" and BLIND6_FAMILIES <= set(order[:-4])
    for seed in (SEED, HELDOUT_SEED, 31337):
        sources = eval_sources(seed)
        assert [s.family for s in sources[-12:]] == [f for f in ROUND7 for _ in range(3)]
        assert all(s.params["maker"] in MAKERS and s.seed for s in sources[-12:])
        labels = eval_labels(seed)
        assert [lab["family"] for lab in labels[-12:]] == [s.family for s in sources[-12:]]
        assert [lab["verdict"] for lab in labels[-12:]] == [FAMILIES[s.family][1] for s in sources[-12:]]
        earlier = [s for s in sources if s.family not in BLIND7_FAMILIES]
        assert [s.family for s in sources[:len(earlier)]] == [s.family for s in earlier]
        assert sources[len(earlier) - 1].family == "seo_directory"


@pytest.mark.parametrize("seed", [SEED, HELDOUT_SEED])
def test_round_seven_changes_nothing_drawn_or_rendered_before_it(monkeypatch, seed):
    """Drawn without round 7, the web is the same up to where round 7 begins, and renders the same
    (tests/evalrounds.py)."""
    assert_round_changes_nothing(monkeypatch, seed, BLIND7_FAMILIES)


def test_the_makers_are_deterministic(web):
    sources, content = web
    for family in ROUND7:
        for src in _of(sources, family):
            make = MAKERS[src.params["maker"]]
            a, b = make(src, DuplicateGuard(0.15), content), make(src, DuplicateGuard(0.15), content)
            if isinstance(a, Blog):
                def posts(blog):
                    return [(p.id, p.title, p.slug, p.when, p.modified, p.author, p.category, p.text, p.comments_open,
                             [(c.id, c.author, c.when, c.url, c.text, c.parent) for c in p.comments])
                            for p in blog.posts]
                assert posts(a) == posts(b) and a.blogroll == b.blogroll
            else:
                assert isinstance(a, Forum) and a.admins == b.admins and a.users == b.users
                assert [(t.id, t.title) for t in a.threads()] == [(t.id, t.title) for t in b.threads()]
                assert [(m.id, m.author, m.when, m.text, m.signature) for m in _messages(a)] == \
                       [(m.id, m.author, m.when, m.text, m.signature) for m in _messages(b)]
            assert a.host == src.host


# -- the brand's customer community ------------------------------------------------------------------------------
def test_the_community_s_staff_answer_most_customers_at_office_hours_with_their_own_greeting_and_sign_off(draw):
    """Staff accounts (the forum's admins) write at the service's hours only, each message closed by the member's own
    sign-off and, outside the announcements, opened by the member's own greeting naming the customer; they answer most
    customers' threads, reuse canned answers word for word across threads and link only the firm's FAQ; customers
    mostly ask once; solved threads are marked in the title and were answered by the staff; power members (never
    staff) answer too, evenings and weekends included; the announcements are the staff's."""
    sources, content = draw
    customer = answered = solved = power_msgs = power_off_hours = faq_links = 0
    openers: Counter = Counter()
    for s in _of(sources, "brand_community_forum"):
        p, forum = s.params, content[s.host]
        staff = {x["name"]: x for x in p["staff"]}
        power = {x["name"] for x in p["power"]}
        assert forum.admins and forum.admins <= set(staff) and not power & forum.admins
        assert set(forum.users) >= {m.author for m in _messages(forum)}
        faq_host = urlsplit(p["faq_base"]).hostname
        announce = next(b for b in forum.boards if b.name == "Annonces de l'équipe")
        assert all(t.opener in staff for t in announce.threads)
        repeated: dict[str, set[int]] = defaultdict(set)
        site_customer = 0
        for b in forum.boards:
            for t in b.threads:
                times = [m.when for m in t.messages]
                assert times == sorted(times) and times[-1] <= NOW
                assert set(_hosts([para for m in t.messages for para in m.text])) <= {faq_host}
                for m in t.messages:
                    if m.author in staff:
                        x = staff[m.author]
                        assert in_open_hours(p, m.when), (m.author, m.when)
                        assert m.text[-1] == x["sign"]
                        if b is not announce:
                            assert m.text[0] == x["greet"].replace("{a}", _address(x, t.opener)), m.text[0]
                            for para in m.text[1:-1]:
                                repeated[para].add(t.id)
                        faq_links += sum(u.startswith(p["faq_base"]) for para in m.text
                                         for u in re.findall(r"https?://\S+", para))
                    elif m.author in power:
                        power_msgs += 1
                        power_off_hours += m.when.weekday() >= 5 or m.when.hour >= 19
                if b is announce or t.opener in staff:
                    continue
                customer += 1
                site_customer += 1
                openers[(s.host, t.opener)] += 1
                by_staff = any(m.author in staff for m in t.messages)
                answered += by_staff
                marks = [mk for mk in SOLVED_MARKS if t.title.startswith(mk)]
                assert marks in ([], [SOLVED_MARKS[p["solved_mark"]]])
                if marks:
                    solved += 1
                    assert by_staff
        assert site_customer >= 15, s.host
        assert any(len(v) >= 2 for v in repeated.values()), s.host  # a canned answer, word for word
    assert answered >= 0.5 * customer, (answered, customer)
    assert sum(v == 1 for v in openers.values()) >= 0.6 * len(openers)
    assert solved >= 3 and faq_links >= 3 and power_msgs >= 5 and power_off_hours >= 1, \
        (solved, faq_links, power_msgs, power_off_hours)


# -- the podcast's show notes ------------------------------------------------------------------------------------
_NUMBER = {0: r"#(\d+) – ", 1: r"Épisode (\d+) : ", 2: r"Ép\. (\d+) \| ", 4: r"\(épisode (\d+)\)$"}


def test_the_podcast_posts_one_short_note_per_episode_on_its_weekday_with_a_season_break(draw):
    """Regular episodes numbered in order, on the show's weekday (most of them), a week or a fortnight apart (the
    median gap), at the platform's minute when it publishes on a schedule, never in the breaks; each note on the
    skeleton (the listening header and its platforms' links, chapters from 00:00 in order), short; by the host or the
    co-host; links only to the platforms, official sites, the guests' sites, the sponsor and the invited bloggers of
    the audit; listeners' comments, some answered by the hosts."""
    sources, content = draw
    audit = {s.host for s in sources}
    comments = answers = chapters = 0
    for s in _of(sources, "podcast_notes_blog"):
        p, blog = s.params, content[s.host]
        regular = [x for x in blog.posts if not {"hors-série", "pause"} & set(x.tags)]
        assert p["n_episodes"] - 1 <= len(regular) <= p["n_episodes"]
        days = [x.when.date() for x in regular]
        assert days == sorted(days)
        if p["title_style"] in _NUMBER:
            nums = [int(re.search(_NUMBER[p["title_style"]], x.title).group(1)) for x in regular]
            assert nums == list(range(p["first_no"], p["first_no"] + len(regular))), nums[:5]
        assert sum(d.weekday() == p["weekday"] for d in days) >= 0.6 * len(days)
        if len(days) >= 4:
            gap = statistics.median((b - a).days for a, b in zip(days, days[1:]))
            assert p["cadence"] - 3 <= gap <= 2 * p["cadence"] + 3, gap
        if p["publish_at"]:
            assert {(x.when.hour, x.when.minute) for x in regular} == {tuple(p["publish_at"])}
        assert not any(on_break(p, x.when.date()) for x in blog.posts)
        allowed = PLATFORM_HOSTS | OFFICIAL_LINK_HOSTS | {h for h, _ in p["bloggers"]}
        if p["sponsor"]:
            allowed.add(urlsplit(p["sponsor"][1]).hostname)
        words = []
        for x in regular:
            assert x.author in {p["host"], p["cohost"]} and x.when <= NOW
            head = x.paragraphs.index(LISTEN_HEADS[p["listen_head"]])
            links = x.paragraphs[head + 1:head + 1 + len(p["platforms"])]
            assert [line.split(" : ")[0] for line in links] == p["platforms"]
            assert {urlsplit(line.split(" : ", 1)[1]).hostname for line in links} <= PLATFORM_HOSTS
            hosts = set(_hosts(x.paragraphs))
            assert all(h in allowed or (h.endswith(".test") and h not in audit) for h in hosts), hosts
            if CHAPTER_HEADS[p["chapter_head"]] in x.paragraphs:
                chapters += 1
                at = x.paragraphs.index(CHAPTER_HEADS[p["chapter_head"]])
                assert x.paragraphs[at + 1] == "00:00 Introduction"
                marks = []
                for line in x.paragraphs[at + 1:]:
                    mt = re.match(r"(?:(\d+):)?(\d\d):(\d\d) ", line)
                    if not mt:
                        break
                    marks.append(int(mt.group(1) or 0) * 3600 + int(mt.group(2)) * 60 + int(mt.group(3)))
                assert marks == sorted(marks) and len(marks) >= 4
            words.append(len(x.text.split()))
            for c in x.comments:
                assert x.when < c.when <= NOW
                if c.by_author:
                    answers += 1
                    assert c.author in {p["host"], p["cohost"]}
                else:
                    comments += 1
                    assert c.author not in {p["host"], p["cohost"]} and c.url is None
        assert statistics.median(words) <= 450, statistics.median(words)
    assert comments >= 3 and answers >= 1 and chapters >= 10, (comments, answers, chapters)


# -- the LLM's persona blog ---------------------------------------------------------------------------------------
def test_the_persona_blog_posts_unique_listicles_daily_around_its_slots_with_generated_praise_answered(draw):
    """One to three posts a day, each within the jitter of a daily slot (no weekend when the blog skips them); texts
    unique to each other; the LLM's structure (numbered sections, FAQ); links only to the partner and the blog's
    own posts; stock-photo credits; comments from first names without URL, each asking a question, most answered by
    the persona."""
    sources, content = draw
    listicles = faqs = partner_links = credits = questions = answered = 0
    for s in _of(sources, "ai_persona_blog"):
        p, blog = s.params, content[s.host]
        posts = [x for x in blog.posts if x.category != "À propos"]
        assert len(posts) >= 10, s.host
        per_day = Counter(x.when.date() for x in posts)
        assert max(per_day.values()) <= p["per_day"][1]
        own = {permalink(s.platform, s.host, x) for x in posts}
        partner = urlsplit(p["partner_url"]).hostname
        guard = DuplicateGuard(0.35)
        for x in posts:
            minute = x.when.hour * 60 + x.when.minute
            assert min(abs(minute - slot) for slot in p["slots"]) <= p["jitter_min"] + 1, (x.when, p["slots"])
            if not p["weekends"]:
                assert x.when.weekday() < 5
            assert x.author == p["persona"] and x.when <= NOW
            assert guard.accepts(x.text), x.title
            guard.add(x.text)
            for u in re.findall(r"https?://\S+", x.text):
                host = urlsplit(u).hostname
                assert host in {partner, s.host}, u
                if host == s.host:
                    assert u in own
                partner_links += host == partner
            listicles += any(re.match(r"1\. ", para) for para in x.paragraphs)
            faqs += AI_FAQ_HEADS[p["faq_head"]].split(" {")[0].split(" : ")[0] in x.text
            cred = [para for para in x.paragraphs if re.match(r"(Crédit photo|Image|Photo|Illustration) : ", para)]
            assert all(any(site in para for site in p["stock_sites"]) for para in cred)
            assert all(site in STOCK_SITES for site in p["stock_sites"])
            credits += bool(cred)
            for c in x.comments:
                assert x.when < c.when <= NOW and c.url is None
                if c.by_author:
                    answered += 1
                    assert c.author == p["persona"] and c.parent is not None
                else:
                    questions += 1
                    assert "?" in c.text[0] and c.author != p["persona"]
    assert listicles >= 5 and faqs >= 5 and partner_links >= 3 and credits >= 5, (listicles, faqs, partner_links, credits)
    assert questions >= 10 and answered >= 0.5 * questions, (questions, answered)


# -- the investment-scam funnel -----------------------------------------------------------------------------------
def test_the_scam_funnel_posts_in_bursts_pushes_to_its_channels_and_recycles_testimonials(draw):
    """A site a few months old, its posts in bursts (nearly every post has another within three days); calls to the
    WhatsApp or Telegram group or the phone number; links only to those and to the regulators it copies; the
    newsrooms' paragraphs and the regulators' warnings copied word for word; no registration number of its own;
    testimonials from a small pool of texts, the same text under different names on different posts."""
    sources, content = draw
    warnings = {e.text for e in official_events() if e.kind == "amf"}
    copies = ctas = total = recycled = 0
    for s in _of(sources, "scam_funnel_site"):
        p, blog = s.params, content[s.host]
        posts = [x for x in blog.posts if x.category != "À propos"]
        assert posts and all(x.when <= NOW for x in blog.posts)
        times = sorted(x.when for x in posts)
        assert (times[-1] - min(x.when for x in blog.posts)).days <= 240
        if len(times) >= 2:
            near = sum(any(y is not t and abs(y - t) <= timedelta(days=3) for y in times) for t in times)
            assert near >= 0.9 * len(times), (near, len(times))
        news = {para for h in p["news"] for o in content[h].posts for para in o.paragraphs}
        under: dict[str, set[tuple[int, str]]] = defaultdict(set)
        for x in blog.posts:
            own_paras = [para for para in x.paragraphs if para not in news and para not in warnings]
            copies += len(own_paras) < len(x.paragraphs)
            assert set(_hosts(own_paras)) <= FUNNEL_HOSTS | OFFICIAL_HOSTS, set(_hosts(own_paras))
            assert not re.search(r"ORIAS\s*(n°|:)?\s*\d", " ".join(own_paras))
            contact = [p["whatsapp"], p["telegram"], p["phone"]]
            hit = any(c in para for para in own_paras for c in contact)
            ctas += hit
            total += 1
            for c in x.comments:
                assert x.when < c.when <= NOW
                if not c.by_author:
                    assert c.author in p["names"] and c.url is None
                    under[c.text[0]].add((x.id, c.author))
        assert len(under) <= p["pool"]
        recycled += sum(len({post for post, _ in v}) >= 2 and len({name for _, name in v}) >= 2 for v in under.values())
    assert ctas >= 0.6 * total and copies >= 1 and recycled >= 2, (ctas, total, copies, recycled)


# -- rendering ----------------------------------------------------------------------------------------------------
def test_every_round_seven_source_renders_in_every_markup_of_its_kind(web):
    renders_in_every_markup(web, ROUND7, MAKERS)
