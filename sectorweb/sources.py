"""The sources of the demo web.

Each `Source` says what the host is (its label, see `labels.py`) and how its content is made
(`params`, read by `content.py`, and by `later.py` for what it publishes after NOW).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

@dataclass(frozen=True)
class Source:
    host: str
    kind: str  # blog | forum | news | other
    platform: str  # wordpress | blogger | dotclear | news | phpbb | fluxbb | none
    verdict: str  # pertinent | automated | undecided
    family: str
    seed: bool
    note: str
    name: str = ""
    tagline: str = ""
    seed_url: str | None = None  # the URL given in the seed list when it is not the home page
    params: dict = field(default_factory=dict, hash=False, compare=False)

    @property
    def home(self) -> str:
        return f"http://{self.host}/"


def _blog(host, platform, family, verdict, name, tagline, note, seed=True, **params) -> Source:
    return Source(host, "blog", platform, verdict, family, seed, note, name, tagline, params=params)


GENUINE_BLOGROLL = ["www.patrimoine-conseils.test", "www.bien-placer-son-argent.test", "www.retraite-au-soleil.test",
                    "mesfinancesperso.blogspot.test", "fire-a-deux.blogspot.test", "www.chroniques-fiscales.test",
                    "www.investir-pierre-locative.test", "forum.entraide-patrimoine.test"]

SOURCES: list[Source] = [
    # ---- pertinent -------------------------------------------------------------------------
    _blog("www.patrimoine-conseils.test", "wordpress", "genuine_blog", "pertinent",
          "Patrimoine Conseils", "Le blog d'un conseiller en gestion de patrimoine indépendant",
          "CGP expert; active comments; author answers (bypostauthor); seed given without www. (301)",
          voice="expert", author="Marc Lefèvre", n_posts=34, per_month=4.0, last=datetime(2026, 10, 27, 8, 40),
          comments=(2, 14), reply_rate=0.75,
          topics=["assurance_vie", "per", "succession", "scpi", "ifi", "defisc", "bourse"],
          blogroll=["www.bien-placer-son-argent.test", "www.chroniques-fiscales.test", "fire-a-deux.blogspot.test",
                    "forum.entraide-patrimoine.test", "www.fiscaliste-avocat-blog.test"],
          commenter_sites=["petits-placements-tranquilles.blogspot.test", "fire-a-deux.blogspot.test",
                           "mesfinancesperso.blogspot.test"]),
    _blog("www.bien-placer-son-argent.test", "wordpress", "genuine_blog", "pertinent",
          "Bien placer son argent", "Conseils indépendants pour investir sans se faire plumer",
          "investment-advice blog; regular readers comment",
          voice="conseil", author="Thomas Girard", n_posts=30, per_month=3.0, last=datetime(2026, 10, 19, 7, 30),
          comments=(0, 9), reply_rate=0.5,
          topics=["bourse", "assurance_vie", "livret", "per", "scpi", "credit"],
          blogroll=["www.patrimoine-conseils.test", "mesfinancesperso.blogspot.test", "www.actu-placements.test",
                    "www.investir-pierre-locative.test"],
          commenter_sites=["mesfinancesperso.blogspot.test", "www.carnet-epargnant.test"]),
    _blog("www.retraite-au-soleil.test", "wordpress", "genuine_blog", "pertinent",
          "Retraite au soleil", "Un jeune retraité raconte ses finances, sans langue de bois",
          "retiree sharing experience; friendly comments",
          voice="retraite", author="Jean-Pierre Roux", n_posts=24, per_month=2.2, last=datetime(2026, 9, 28, 16, 5),
          comments=(1, 8), reply_rate=0.6,
          topics=["retraite", "succession", "assurance_vie", "livret", "per"],
          blogroll=["www.patrimoine-conseils.test", "www.carnet-epargnant.test", "fire-a-deux.blogspot.test"],
          commenter_sites=["www.carnet-epargnant.test"]),
    _blog("mesfinancesperso.blogspot.test", "blogger", "genuine_blog", "pertinent",
          "Mes finances perso", "Un trentenaire apprend à gérer son argent",
          "personal-finance experience on Blogger",
          voice="perso", author="Julien", n_posts=26, per_month=2.5, last=datetime(2026, 10, 11, 21, 15),
          comments=(0, 7), reply_rate=0.6,
          topics=["bourse", "livret", "credit", "assurance_vie", "per"],
          blogroll=["www.bien-placer-son-argent.test", "fire-a-deux.blogspot.test",
                    "petits-placements-tranquilles.blogspot.test"],
          commenter_sites=["fire-a-deux.blogspot.test"]),
    _blog("fire-a-deux.blogspot.test", "blogger", "genuine_blog", "pertinent",
          "FIRE à deux", "Julie et Max visent l'indépendance financière avant 45 ans",
          "couple's FIRE savings diary on Blogger",
          voice="fire", author="Julie et Max", n_posts=28, per_month=3.5, last=datetime(2026, 10, 30, 20, 45),
          comments=(1, 10), reply_rate=0.65,
          topics=["bourse", "livret", "locatif", "assurance_vie", "retraite"],
          blogroll=["mesfinancesperso.blogspot.test", "www.retraite-au-soleil.test",
                    "petits-placements-tranquilles.blogspot.test", "forum.entraide-patrimoine.test"],
          commenter_sites=["mesfinancesperso.blogspot.test"]),
    _blog("www.chroniques-fiscales.test", "dotclear", "genuine_blog", "pertinent",
          "Chroniques fiscales", "Actualité fiscale et patrimoniale, par une notaire",
          "tax news by a notary on Dotclear",
          voice="notaire", author="Hélène Carpentier", n_posts=26, per_month=2.5, last=datetime(2026, 10, 23, 11, 0),
          comments=(0, 6), reply_rate=0.7,
          topics=["succession", "ifi", "defisc", "per", "assurance_vie"],
          blogroll=["www.patrimoine-conseils.test", "www.fiscaliste-avocat-blog.test", "www.carnet-epargnant.test"],
          commenter_sites=[]),
    _blog("www.investir-pierre-locative.test", "dotclear", "genuine_blog", "pertinent",
          "Investir dans la pierre locative", "Carnet d'un investisseur immobilier, chiffres réels à l'appui",
          "real-estate investor on Dotclear",
          voice="immo", author="Yannick", n_posts=30, per_month=3.0, last=datetime(2026, 10, 14, 22, 10),
          comments=(1, 9), reply_rate=0.55,
          topics=["locatif", "credit", "defisc", "scpi"],
          blogroll=["www.bien-placer-son-argent.test", "forum.entraide-patrimoine.test", "fire-a-deux.blogspot.test"],
          commenter_sites=["fire-a-deux.blogspot.test"]),
    Source("forum.entraide-patrimoine.test", "forum", "phpbb", "pertinent", "genuine_forum", True,
           "busy genuine phpBB forum: many authors, quotes, paginated threads",
           "Entraide Patrimoine", "Le forum des épargnants qui s'entraident",
           params=dict(n_threads=32, boards=4, replies_per_day=(2, 6), thread_every=5)),
    Source("www.forum-des-epargnants.test", "forum", "fluxbb", "pertinent", "genuine_forum", True,
           "small genuine FluxBB forum; recent dates written Aujourd'hui/Hier",
           "Forum des épargnants", "Discussions entre particuliers sur l'épargne et la retraite",
           params=dict(n_threads=12, replies_per_day=(0, 3), thread_every=6)),
    Source("www.lequotidien-patrimoine.test", "news", "news", "pertinent", "busy_news", True,
           "busy genuine newsroom (~5 articles a day for 3 months); no comments",
           "Le Quotidien du Patrimoine", "L'actualité de votre argent, chaque jour",
           params=dict(days=92, weekday=(4, 7), weekend=(2, 3), rss_items=100,
                       authors=["Claire Dubois", "Mehdi Haddad", "Sandrine Morel", "Antoine Picard", "Léa Nguyen"])),
    Source("www.actu-placements.test", "news", "news", "pertinent", "genuine_news", True,
           "small genuine financial news site (~1 article a day)",
           "Actu Placements", "L'information financière des particuliers",
           params=dict(days=100, weekday=(1, 2), weekend=(0, 1), rss_items=30,
                       authors=["Olivier Masson", "Camille Fontaine"])),
    _blog("www.fiscaliste-avocat-blog.test", "wordpress", "expert_comments_closed", "pertinent",
          "Le blog du fiscaliste", "Analyses de droit fiscal patrimonial, par une avocate",
          "genuine expert (tax lawyer): long original posts, comments closed everywhere",
          voice="avocat", author="Catherine Mercier", n_posts=28, per_month=3.0, last=datetime(2026, 10, 29, 9, 0),
          comments=(0, 0), closed=True, size=(300, 395),
          topics=["ifi", "succession", "defisc", "per", "assurance_vie"],
          blogroll=["www.chroniques-fiscales.test", "www.patrimoine-conseils.test"]),
    # ---- automated -------------------------------------------------------------------------
    _blog("www.actu-patrimoine-direct.test", "wordpress", "syndicated", "automated",
          "Actu Patrimoine Direct", "Toute l'actu patrimoine en direct",
          "news splog: both newsrooms' articles pasted from RSS 1-6 h later, with a Source line",
          origins=["www.lequotidien-patrimoine.test", "www.actu-placements.test"], days=30, credit=True,
          blogroll=["www.astuces-epargne-malin.test", "www.meilleur-placement-ville.test"]),
    _blog("flash-infos-bourse.blogspot.test", "blogger", "syndicated", "automated",
          "Flash Infos Bourse", "Les infos bourse et patrimoine en continu",
          "news splog on Blogger: both newsrooms' articles verbatim without credit, 1-6 h later",
          origins=["www.lequotidien-patrimoine.test", "www.actu-placements.test"], days=24, credit=False,
          blogroll=[]),
    _blog("www.astuces-epargne-malin.test", "wordpress", "spun", "automated",
          "Astuces Épargne Malin", "Les meilleures astuces pour votre épargne",
          "spun copies of two genuine WordPress blogs",
          origins=["www.patrimoine-conseils.test", "www.bien-placer-son-argent.test"], n_posts=26,
          blogroll=["www.actu-patrimoine-direct.test", "www.conseils-placements-pro.test"]),
    _blog("www.conseils-placements-pro.test", "dotclear", "spun", "automated",
          "Conseils Placements Pro", "Conseils en placements pour tous",
          "spun copies of genuine blogs (retiree, notary, real-estate) on Dotclear",
          origins=["www.retraite-au-soleil.test", "www.chroniques-fiscales.test", "www.investir-pierre-locative.test"],
          n_posts=24, blogroll=["www.astuces-epargne-malin.test"]),
    _blog("www.meilleur-placement-ville.test", "wordpress", "high_cadence", "automated",
          "Meilleur Placement Ville", "Le meilleur placement dans votre ville",
          "templated posts, 10-20 a day at machine-regular times; city/figures swapped",
          days=20, per_day=(10, 20), blogroll=[]),
    _blog("www.bien-investir-facile.test", "wordpress", "spam_comments", "automated",
          "Bien investir facile", "Investir facilement et simplement",
          "thin content; URL-signed spam comments repeated across blogs",
          n_posts=12, per_month=3.0, last=datetime(2026, 10, 2, 10, 0), voice="conseil", author="admin", size=(120, 150),
          topics=["assurance_vie", "livret", "bourse", "credit"], spam=(4, 12),
          blogroll=["www.immo-rendement-max.test", "argent-malin-facile.blogspot.test"]),
    _blog("argent-malin-facile.blogspot.test", "blogger", "spam_comments", "automated",
          "Argent malin facile", "Gagner plus, dépenser moins",
          "thin content on Blogger; the same URL-signed spam comments",
          n_posts=11, per_month=2.5, last=datetime(2026, 9, 21, 14, 0), voice="perso", author="Kevin", size=(120, 150),
          topics=["livret", "credit", "bourse"], spam=(4, 11),
          spam_sites=["www.immo-rendement-max.test"], blogroll=["www.bien-investir-facile.test"]),
    Source("forum.defiscalisation-experts.test", "forum", "phpbb", "automated", "fake_forum", True,
           "fake phpBB: admin opens and answers his own threads every 2 h; promotional links",
           "Défiscalisation Experts", "Le forum n°1 de la défiscalisation",
           params=dict(admin="admin", puppets=["Julien75", "invest_pro"], marque="SCPI Rendement Plus",
                       url="http://www.scpi-rendement-plus.test/", n_threads=12, gap_hours=2)),
    Source("www.forum-scpi-rendement.test", "forum", "fluxbb", "automated", "fake_forum", True,
           "fake FluxBB: 'Modérateur' writes most replies at +90 min; Crawl-delay: 1",
           "Forum SCPI Rendement", "Tout sur les SCPI à haut rendement",
           params=dict(admin="Modérateur", puppets=["Sandrine_invest", "Paul.D"], marque="Placement Garanti 10",
                       url="http://www.placement-garanti-10.test/", n_threads=9, gap_hours=1.5, crawl_delay=1)),
    _blog("www.cabinet-durand-patrimoine.test", "wordpress", "one_page", "automated",
          "Cabinet Durand Patrimoine", "Conseil en gestion de patrimoine à Angers",
          "near-empty blog: one self-promotional post", blogroll=[]),
    # ---- discovered (not seeds) ------------------------------------------------------------
    _blog("www.carnet-epargnant.test", "dotclear", "discovered_genuine", "pertinent",
          "Le carnet d'un épargnant", "Notes d'un épargnant ordinaire",
          "linked from genuine blogrolls and commenters; not a seed", seed=False,
          voice="perso", author="Pascal", n_posts=20, per_month=2.0, last=datetime(2026, 8, 30, 19, 20),
          comments=(0, 6), reply_rate=0.5, topics=["livret", "assurance_vie", "bourse", "retraite"],
          blogroll=["www.retraite-au-soleil.test", "www.chroniques-fiscales.test", "www.epargne-en-famille.test"],
          commenter_sites=[]),
    _blog("petits-placements-tranquilles.blogspot.test", "blogger", "discovered_genuine", "pertinent",
          "Petits placements tranquilles", "Une retraitée et ses placements prudents",
          "linked from blogrolls and a commenter's URL; not a seed", seed=False,
          voice="retraite", author="Monique", n_posts=20, per_month=2.0, last=datetime(2026, 10, 5, 15, 30),
          comments=(0, 6), reply_rate=0.5, topics=["livret", "assurance_vie", "retraite", "succession"],
          blogroll=["www.retraite-au-soleil.test", "fire-a-deux.blogspot.test", "www.epargne-en-famille.test"],
          commenter_sites=[]),
    # Two hops from the seeds: only discovered blogs link to it. A default audit (discover_depth = 1)
    # lists it as a prospect; `crawl.prospect_top` crawls it on the next run.
    _blog("www.epargne-en-famille.test", "wordpress", "second_hop_genuine", "pertinent",
          "Épargne en famille", "Épargner et transmettre entre générations",
          "two hops from the seeds, linked only from discovered blogs (a prospect); not a seed", seed=False,
          maker="discovered_genuine", voice="perso", author="Hélène", n_posts=16, per_month=1.5,
          last=datetime(2026, 9, 20, 18, 0), comments=(0, 5), reply_rate=0.5,
          topics=["succession", "assurance_vie", "livret", "retraite"],
          blogroll=["www.carnet-epargnant.test"], commenter_sites=[]),
    _blog("www.immo-rendement-max.test", "wordpress", "discovered_splog", "automated",
          "Immo Rendement Max", "Rendement maximum pour votre investissement",
          "spun copies of the real-estate blog; linked from spam blogs only; not a seed", seed=False,
          origins=["www.investir-pierre-locative.test"], n_posts=18,
          blogroll=["www.bien-investir-facile.test", "www.meilleur-placement-ville.test"]),
    # ---- bad inputs --------------------------------------------------------------------------
    Source("www.patrimoine-en-panne.test", "other", "none", "undecided", "error_500", True,
           "answers 500 on every path, robots.txt included"),
    Source("www.guide-patrimoine-pdf.test", "other", "none", "undecided", "non_html", True,
           "home page is application/pdf"),
    Source("www.blog-disparu.test", "other", "none", "undecided", "unreachable", True,
           "unknown to the server: the proxy answers 502"),
    _blog("www.blog-piege.test", "wordpress", "hostile", "undecided",
          "Le blog piège <script>alert(1)</script>", "=HYPERLINK(\"http://evil.test\",\"x\") ordinaire... en apparence",
          "genuine-looking blog whose titles, author and comments carry XSS / CSV-injection strings",
          voice="conseil", author="Paul <script>alert(1)</script>", n_posts=8, per_month=2.0,
          last=datetime(2026, 10, 20, 12, 0), comments=(2, 6), reply_rate=0.3,
          topics=["assurance_vie", "scpi", "bourse", "livret"], blogroll=["www.patrimoine-conseils.test"]),
]

BY_HOST = {s.host: s for s in SOURCES}
# The one seed given without "www.": the server answers it with a 301 to the www host.
BARE_REDIRECTS = {"patrimoine-conseils.test": "www.patrimoine-conseils.test"}
SEED_URLS = {"www.patrimoine-conseils.test": "http://patrimoine-conseils.test/"}
