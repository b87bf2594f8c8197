"""The evaluation web: a larger, generated sector web with labels, to measure classification (issue 4).

The demo web (`ecoaudit.demo`) is hand-written and the rule thresholds were calibrated on it. This web
is drawn at random (fixed seed) from families of sources, each with its parameters spread over a range,
plus hard cases that no single signal separates:

- a genuine newsroom on WordPress (publishes 4-7 articles a day: cadence alone says "farm"),
- quiet genuine blogs (few posts, few or no comments: thinness alone says "splog"),
- genuine experts with comments closed, a genuine prolific blogger,
- small genuine forums (few members), fake forums with many puppet accounts,
- an advisory firm's self-promotional blog (original text, but every post is a sales pitch),
- splogs with and without a credit line, spun copies of one to three blogs, spam-comment blogs.

Blog families rotate over WordPress, Blogger, Dotclear and Overblog (the last has no parser module:
the generic path reads it, its comments found by structure), so every family meets the generic path.

`eval_sources()` lists the sources, `eval_labels()` the ground truth (same columns as the demo's
labels.csv), `eval_seeds()` the seed list (discovered sources are not seeds), `build_eval_site()` renders
it for `DemoServer(site=...)`. Nothing here is read by the classifier.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from functools import lru_cache
from random import Random

from ecoaudit.demo.bank import PSEUDOS
from ecoaudit.demo.bank_topics import TOPICS
from ecoaudit.demo.dates import NOW
from ecoaudit.demo.sources import Source

# The development web (looked at while building the rules) and a held-out one (same families, other
# draws), measured only once the rules are frozen, to show what the development figures are worth.
SEED = 20261126
HELDOUT_SEED = 4242
TOPIC_NAMES = list(TOPICS)
VOICES = ["expert", "conseil", "retraite", "perso", "fire", "notaire", "immo", "avocat"]
BLOG_PLATFORMS = ["wordpress", "blogger", "dotclear", "overblog"]
STEMS = ["epargne", "rente", "capital", "placement", "retraite", "fiscalite", "pierre", "bourse", "patrimoine",
         "budget", "tresor", "avenir", "finance", "liberte", "revenu", "heritage", "credit", "immo", "portefeuille",
         "dividende", "livret", "succession", "investir", "argent"]
TAILS = ["sereine", "malin", "pratique", "au-quotidien", "et-moi", "en-famille", "pas-a-pas", "durable", "avisee",
         "simple", "du-sud", "de-l-ouest", "pour-tous", "positive", "libre", "futee", "en-clair", "a-la-loupe"]
CITIES = ["Lyon", "Nantes", "Lille", "Rennes", "Tours", "Dijon", "Metz", "Brest", "Pau", "Nîmes", "Caen", "Reims"]
FIRMS = ["Martin", "Bernard", "Petit", "Robert", "Richard", "Moreau", "Laurent", "Simon", "Michel", "Garnier"]
AUTHORS = ["Claire", "Nicolas", "Sophie", "Laurent", "Isabelle", "Franck", "Nathalie", "Olivier", "Céline",
           "Stéphane", "Aurélie", "Damien", "Émilie", "Vincent", "Karine", "Mathieu", "Sylvie", "Rémi",
           "Valérie", "Cédric", "Agnès", "Hugo", "Manon", "Bruno"]

# family -> (count, verdict, kind); the order is the order of generation.
FAMILIES: dict[str, tuple[int, str, str]] = {
    "genuine_blog": (26, "pertinent", "blog"),
    "quiet_blog": (8, "pertinent", "blog"),
    "prolific_blog": (3, "pertinent", "blog"),
    "expert_comments_closed": (5, "pertinent", "blog"),
    "genuine_news": (4, "pertinent", "news"),
    "busy_news": (2, "pertinent", "news"),
    "newsroom_wordpress": (2, "pertinent", "news"),
    "press_review": (4, "pertinent", "blog"),
    "genuine_forum": (6, "pertinent", "forum"),
    "small_forum": (3, "pertinent", "forum"),
    "moderated_forum": (3, "pertinent", "forum"),
    "discovered_genuine": (4, "pertinent", "blog"),
    "syndicated": (7, "automated", "blog"),
    "spun": (7, "automated", "blog"),
    "heavy_spun": (4, "automated", "blog"),
    "high_cadence": (4, "automated", "blog"),
    "spam_comments": (6, "automated", "blog"),
    "spam_unsigned": (3, "automated", "blog"),
    "fake_forum": (4, "automated", "forum"),
    "fake_forum_puppets": (3, "automated", "forum"),
    "one_page": (5, "automated", "blog"),
    "self_promo": (4, "automated", "blog"),
    "discovered_splog": (3, "automated", "blog"),
}
NOTES = {
    "genuine_blog": "genuine blog: original posts, readers comment, the author often answers",
    "quiet_blog": "hard case: genuine but quiet blog (few posts, few or no comments)",
    "prolific_blog": "hard case: genuine blogger posting 12-20 times a month, with comments",
    "expert_comments_closed": "hard case: genuine expert, long original posts, comments closed",
    "genuine_news": "genuine news site (1-2 articles a day)",
    "busy_news": "genuine busy newsroom (4-7 articles a day)",
    "newsroom_wordpress": "hard case: genuine busy newsroom built on WordPress (cadence of a farm)",
    "genuine_forum": "genuine forum: many members, quotes, replies from others",
    "press_review": "hard case: genuine blog quoting (and crediting) a paragraph of a news article in each post",
    "moderated_forum": "hard case: genuine forum whose moderator writes a large share of the replies",
    "heavy_spun": "hard case: spun copies rewritten harder (5-shingle Jaccard 0.12-0.25 with the original)",
    "spam_unsigned": "hard case: thin blog under a comment farm's generic praise, no URL, repeated across blogs",
    "small_forum": "hard case: small genuine forum (few threads, few members)",
    "discovered_genuine": "genuine blog linked from others; not a seed",
    "syndicated": "splog: news articles pasted from RSS hours later (with or without a credit line)",
    "spun": "spun copies of one to three genuine blogs",
    "high_cadence": "templated posts many times a day at regular times",
    "spam_comments": "thin blog under URL-signed spam comments repeated across blogs",
    "fake_forum": "fake forum: the admin opens and answers his own threads at regular intervals",
    "fake_forum_puppets": "hard case: fake forum spread over several puppet accounts",
    "one_page": "near-empty site: one self-promotional page",
    "self_promo": "hard case: advisory firm's blog, original text but every post is a sales pitch",
    "discovered_splog": "spun copies, linked from splogs only; not a seed",
}
PLATFORM_OF_KIND = {"news": "news"}


class _Names:
    """Unique, plausible host names and site names."""

    def __init__(self, rng: Random):
        self.rng, self.taken = rng, set()

    def host(self, platform: str, kind: str) -> tuple[str, str]:
        for _ in range(1000):
            stem, tail = self.rng.choice(STEMS), self.rng.choice(TAILS)
            slug = f"{stem}-{tail}"
            if platform == "blogger":
                host = f"{slug}.blogspot.test"
            elif kind == "forum":
                host = f"forum.{slug}.test"
            else:
                host = f"www.{slug}.test"
            if slug not in self.taken:  # one slug, one site: no www./forum. pair on one domain
                self.taken.add(slug)
                return host, slug.replace("-", " ").capitalize()
        raise RuntimeError("out of host names")


def _last(rng: Random, days: int = 60) -> datetime:
    return NOW - timedelta(days=rng.randrange(0, days), hours=rng.randrange(1, 12))


def _blog_params(rng: Random, **over) -> dict:
    p = dict(voice=rng.choice(VOICES), author=rng.choice(AUTHORS), n_posts=rng.randint(10, 36),
             per_month=round(rng.uniform(1.5, 6.0), 1), last=_last(rng),
             comments=(rng.randint(0, 2), rng.randint(4, 14)), reply_rate=round(rng.uniform(0.2, 0.8), 2),
             topics=rng.sample(TOPIC_NAMES, rng.randint(3, 6)), blogroll=[], commenter_sites=[],
             personal_comments=True)
    p.update(over)
    return p


@lru_cache(maxsize=2)
def eval_sources(seed: int = SEED) -> tuple[Source, ...]:
    """Every source of the evaluation web drawn with `seed` (deterministic)."""
    rng = Random(seed)
    names = _Names(rng)
    made: dict[str, list[Source]] = {f: [] for f in FAMILIES}

    def add(family: str, platform: str, params: dict, seed: bool = True, maker: str | None = None) -> Source:
        count, verdict, kind = FAMILIES[family]
        host, name = names.host(platform, kind)
        if maker:
            params["maker"] = maker
        src = Source(host, kind, platform, verdict, family, seed, NOTES[family], name.title(),
                     f"{name} : le site de {params.get('author', 'la rédaction')}", params=params)
        made[family].append(src)
        return src

    for f, (family, (count, _, _)) in enumerate(FAMILIES.items()):
        for i in range(count):
            plat = BLOG_PLATFORMS[(i + f) % len(BLOG_PLATFORMS)]  # every family on every platform it can be
            if family in ("genuine_blog", "discovered_genuine"):
                add(family, plat, _blog_params(rng), seed=family == "genuine_blog", maker="genuine_blog")
            elif family == "quiet_blog":
                add(family, plat, _blog_params(rng, n_posts=rng.randint(4, 8), per_month=round(rng.uniform(0.5, 1.5), 1),
                                               comments=(0, rng.choice([0, 1, 2])), reply_rate=0.5),
                    maker="genuine_blog")
            elif family == "prolific_blog":
                add(family, plat, _blog_params(rng, n_posts=rng.randint(40, 60), per_month=rng.randint(12, 20),
                                               comments=(0, rng.randint(3, 6))), maker="genuine_blog")
            elif family == "expert_comments_closed":
                add(family, plat, _blog_params(rng, voice=rng.choice(["avocat", "notaire", "expert"]), comments=(0, 0),
                                               closed=True, size=(300, 395)), maker="genuine_blog")
            elif family in ("genuine_news", "busy_news", "newsroom_wordpress"):
                busy = family != "genuine_news"
                params = dict(days=rng.randint(50, 90) if busy else rng.randint(60, 120),
                              weekday=(4, 7) if busy else (1, 2), weekend=(1, 3) if busy else (0, 1),
                              rss_items=rng.choice([30, 50, 100]),
                              authors=rng.sample(AUTHORS, rng.randint(2, 5)))
                add(family, "wordpress" if family == "newsroom_wordpress" else "news", params, maker="newsroom")
            elif family in ("genuine_forum", "small_forum", "moderated_forum"):
                small = family == "small_forum"
                add(family, "fluxbb" if small or i % 2 else "phpbb",
                    dict(n_threads=rng.randint(6, 10) if small else rng.randint(14, 30), boards=rng.randint(2, 4),
                         link_blogs=[s.host for s in rng.sample(made["genuine_blog"], 2)],
                         moderator_share=round(rng.uniform(0.35, 0.5), 2) if family == "moderated_forum" else 0),
                    maker="genuine_forum")
            elif family == "press_review":
                news = made["genuine_news"] + made["busy_news"] + made["newsroom_wordpress"]
                add(family, plat, _blog_params(rng, quotes_from=[s.host for s in rng.sample(news, 2)]))
            elif family == "syndicated":
                news = made["genuine_news"] + made["busy_news"] + made["newsroom_wordpress"]
                add(family, plat, dict(origins=[s.host for s in rng.sample(news, rng.randint(1, 2))],
                                       days=rng.randint(10, 30), credit=rng.random() < 0.5, blogroll=[]))
            elif family in ("spun", "discovered_splog", "heavy_spun"):
                pool = made["genuine_blog"] + made["prolific_blog"]
                params = dict(origins=[s.host for s in rng.sample(pool, rng.randint(1, 3))],
                              n_posts=rng.randint(8, 26), blogroll=[])
                if family == "heavy_spun":
                    params["spin_range"] = (0.12, 0.25)
                add(family, plat, params, seed=family != "discovered_splog", maker="spun")
            elif family == "high_cadence":
                lo = rng.randint(3, 10)
                add(family, plat, dict(days=rng.randint(10, 25), per_day=(lo, lo + rng.randint(2, 10)), blogroll=[]))
            elif family in ("spam_comments", "spam_unsigned"):
                add(family, plat, _blog_params(rng, author=rng.choice(["admin", "Kevin", "Redac"]),
                                               n_posts=rng.randint(8, 16), size=(120, 150), comments=(0, 0),
                                               spam=(rng.randint(2, 5), rng.randint(6, 12)),
                                               signed=family == "spam_comments"),
                    maker="spam_comments")
            elif family in ("fake_forum", "fake_forum_puppets"):
                many = family == "fake_forum_puppets"
                puppets = rng.sample(PSEUDOS, rng.randint(4, 7) if many else rng.randint(1, 3))
                firm = rng.choice(FIRMS)
                add(family, "phpbb" if i % 2 == 0 else "fluxbb",
                    dict(admin=rng.choice(["admin", "Modérateur", "Webmaster"]), puppets=puppets,
                         marque=f"Placements {firm}", url=f"http://www.placements-{firm.lower()}.test/",
                         n_threads=rng.randint(8, 16), gap_hours=rng.choice([1, 1.5, 2, 3])),
                    maker="fake_forum")
            elif family == "one_page":
                add(family, plat, dict(firm=rng.choice(FIRMS), city=rng.choice(CITIES),
                                       when=_last(rng, 300), blogroll=[]))
            elif family == "self_promo":
                add(family, "wordpress", _blog_params(rng, firm=rng.choice(FIRMS), city=rng.choice(CITIES),
                                                      comments=(0, 0), closed=True, n_posts=rng.randint(8, 20)))

    _wire(rng, made)
    return tuple(s for family in FAMILIES for s in made[family])


def _wire(rng: Random, made: dict[str, list[Source]]) -> None:
    """Links between sources: blogrolls and commenter sites among genuine blogs (so the discovered
    genuine ones are found), splogs linking each other and the discovered splogs, spam signed with
    the discovered splogs' URLs."""
    genuine = (made["genuine_blog"] + made["quiet_blog"] + made["prolific_blog"] + made["expert_comments_closed"]
               + made["press_review"])
    hidden = made["discovered_genuine"]
    for i, src in enumerate(genuine):
        others = [s.host for s in genuine if s is not src]
        roll = rng.sample(others, rng.randint(0, 4))
        if hidden and i % 5 == 0:
            roll.append(hidden[(i // 5) % len(hidden)].host)
        src.params["blogroll"] = roll
        if "commenter_sites" in src.params and hidden and i % 7 == 0:
            src.params["commenter_sites"] = [hidden[(i // 7) % len(hidden)].host]
    splogs = (made["syndicated"] + made["spun"] + made["heavy_spun"] + made["high_cadence"] + made["spam_comments"]
              + made["spam_unsigned"])
    dark = made["discovered_splog"]
    for i, src in enumerate(splogs):
        roll = rng.sample([s.host for s in splogs if s is not src], 2)
        if dark and i % 3 == 0:
            roll.append(dark[(i // 3) % len(dark)].host)
        src.params["blogroll"] = roll
    for i, src in enumerate(made["spam_comments"]):
        if dark:
            src.params["spam_sites"] = [dark[i % len(dark)].host]


def eval_labels(seed: int = SEED) -> list[dict]:
    """Ground truth, one dict per host, with the demo labels' columns (strings)."""
    return [{"host": s.host, "source": s.home, "kind": s.kind, "platform": s.platform, "verdict": s.verdict,
             "family": s.family, "seed": "true" if s.seed else "false", "note": s.note}
            for s in eval_sources(seed)]


def eval_seeds(seed: int = SEED) -> list[str]:
    return [s.home for s in eval_sources(seed) if s.seed]


def build_eval_site(seed: int = SEED):
    """Render the evaluation web (a `Site` for `DemoServer(site=...)`)."""
    from ecoaudit.demo.site import build_site

    return build_site(sources=list(eval_sources(seed)), bare_redirects={})


def eval_audit(workspace, run_id: str | None = None, seed: int = SEED):
    """Serve the evaluation web on 127.0.0.1 and run a whole audit of its seeds in `workspace`."""
    from ecoaudit.demo_audit import serve_and_audit

    return serve_and_audit(workspace, build_eval_site(seed), eval_seeds(seed), run_id)
