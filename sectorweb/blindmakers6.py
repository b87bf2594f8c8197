"""Blind families of the evaluation web, round 6: behaviours written by someone who had not read the rules.

Like the five rounds before (`blindmakers.py` ... `blindmakers5.py`), these four families were designed from how the
real French wealth-management web behaves, without reading what the classifier measures (its rules, thresholds,
seeds, notes or figures), so that their figures are an honest held-out measurement (`evaluation.BLIND_FAMILIES`).
Two genuine and two automated sites, all four blogs by their engine (a firm's news page, an association's site, a
splog, a directory: each is a WordPress, SPIP or Joomla install of posts and categories); each is a hard case:

- `newsletter_archive_blog` (genuine): a wealth-management firm (CGP) publishes its monthly or quarterly client
  letter as posts: the same sections every issue in the same order ("Marchés", "Fiscalité", "Notre conviction"...),
  the same opening and closing words, the same legal disclaimer word for word (ORIAS number, CIF association), the
  month's market figures (one series for the whole web: the CAC 40 closes at the same level in every firm's letter,
  `market_months()`), on a fixed day of the month (or the n-th weekday), by the same adviser, often on WordPress's
  planner (the same minute every time); comments closed or nearly none; a link to the firm's contact page; between
  letters, a few ordinary posts (the tax return's deadlines, the year-end PER payments, a conference, the summer
  closing, a new colleague);
- `association_site` (genuine): an association of individual investors, savers or retirees (défense des épargnants,
  porteurs de parts de SCPI, club d'actionnaires individuels, retraités): several volunteer authors (the president,
  the secretary, the treasurer, a webmaster who posts for the others), the general assembly's notice, reminder and
  minutes every spring (a burst), the membership call in January, meetings' notices, reports of its actions, its
  own press releases, the regulators' warnings reprinted word for word with credit and link (the same AMF/ACPR texts
  the lawyers of round 5 quote: `blindmakers5.official_events()`), nothing in the summer, quiet months; a few
  members' comments, some answered;
- `forum_digest_splog` (automated): a blog whose "articles" are the audit's forums' threads turned into posts: the
  question and its best answers pasted or lightly reworded, uncredited or with a bare "Source : forum", one to
  several posts every day at the scheduler's minutes, days to months after the thread; no conversation of its own;
  an ad or an affiliate link under most posts;
- `seo_directory` (automated): a web directory ("annuaire") of finance and wealth-management sites: one listing
  page per submitted site (a keyword-rich description from the submitter's spintax, the link, the category, the
  keywords), premium (paid) listings with deep links, the "soumettre un site", "échange de liens" and "sites
  partenaires" pages, listings validated in batches (one minute, a drip, an hour) days to months apart, no
  conversation; a share of the listings are the audit's own sources (seeds only: the directory changes nobody's
  way into the audit).

`MAKERS[params["maker"]](src, guard, content)` makes a source's content (`content`: the sources made so far, by
host). Every draw comes from `rng_for(host, ...)` (and the market figures from a fixed stream): deterministic. No
maker here changes another source's content (the digest copies the forums' texts, never their objects).
"""
from __future__ import annotations

import math
import re
import zlib
from datetime import date, datetime, timedelta
from functools import lru_cache
from random import Random

from sectorweb import bank
from sectorweb.bank_topics import TOPICS
from sectorweb.blindmakers import _at, _cap, _tidy_blog, in_holidays, office_time
from sectorweb.blindmakers2 import _unique
from sectorweb.blindmakers5 import _own_text, official_events
from sectorweb.content import _number_comments, _number_posts, rng_for
from sectorweb.dates import MOIS, NOW, fr_date
from sectorweb.families import make_slug, permalink, thread_url
from sectorweb.model import Blog, Comment, Forum, Post
from sectorweb.sources import Source
from sectorweb.spin import DuplicateGuard, spin_sentence
from sectorweb.writer import Writer, fmt_int

IMPOTS = "www.impots.gouv.fr"
# The bank's women's first names (titles and roles agree with them).
WOMEN = {"Sophie", "Nathalie", "Isabelle", "Claire", "Élodie", "Valérie", "Sandrine", "Aurélie", "Céline", "Émilie",
         "Camille", "Hélène", "Fatima", "Sylvie", "Martine", "Anne", "Delphine", "Chantal", "Léa", "Agnès", "Nadia",
         "Catherine", "Brigitte", "Lucie", "Patricia", "Josiane", "Virginie", "Monique", "Inès"}
ADVISER_TITLES = (["associé fondateur", "gérant du cabinet", "conseiller en gestion de patrimoine", "président"],
                  ["associée fondatrice", "gérante du cabinet", "conseillère en gestion de patrimoine", "présidente"])
HELLOASSO = "www.helloasso.com"


def _num(x: float, digits: int = 2) -> str:
    """French number: `7 612,35`."""
    return f"{x:,.{digits}f}".replace(",", " ").replace(".", ",")


def _signed(x: float) -> str:
    """A change in percent: `+1,8 %`, `-0,4 %`."""
    return f"{'+' if x >= 0 else '-'}{_num(abs(x) * 100, 1)} %"


def _rate(x: float) -> str:
    """A rate in percent: `3 %`, `2,4 %`, `-0,5 %`."""
    return _num(x, 2).rstrip("0").rstrip(",") + " %"


def _de(word: str) -> str:
    """`de mai`, `d'avril`."""
    return f"d'{word}" if word[:1].lower() in "aeiouyéèâêîôh" else f"de {word}"


def _month_back(y: int, m: int, k: int = 1) -> tuple[int, int]:
    n = y * 12 + m - 1 - k
    return n // 12, n % 12 + 1


# -- the markets: one series for the whole web ------------------------------------------------------------------
_LIVRET_A = [((2016, 1), 0.75), ((2020, 2), 0.5), ((2022, 2), 1.0), ((2022, 8), 2.0), ((2023, 2), 3.0),
             ((2025, 2), 2.4), ((2025, 8), 1.7), ((2026, 2), 1.5)]
_BCE = [((2016, 1), -0.4), ((2019, 9), -0.5), ((2022, 7), 0.0), ((2022, 9), 0.75), ((2022, 11), 1.5), ((2023, 1), 2.0),
        ((2023, 3), 2.5), ((2023, 5), 3.25), ((2023, 6), 3.5), ((2023, 8), 3.75), ((2023, 9), 4.0), ((2024, 6), 3.75),
        ((2024, 9), 3.5), ((2024, 10), 3.25), ((2024, 12), 3.0), ((2025, 1), 2.75), ((2025, 3), 2.5),
        ((2025, 4), 2.25), ((2025, 6), 2.0)]
_INFLATION = {2016: 0.3, 2017: 1.2, 2018: 1.9, 2019: 1.1, 2020: 0.4, 2021: 1.8, 2022: 5.6, 2023: 4.6, 2024: 2.0,
              2025: 1.0, 2026: 1.1, 2027: 1.2}
_OAT = {2016: 0.4, 2017: 0.8, 2018: 0.7, 2019: 0.1, 2020: -0.2, 2021: 0.1, 2022: 1.9, 2023: 3.0, 2024: 3.0,
        2025: 3.3, 2026: 3.4, 2027: 3.4}
FONDS_EUROS = {2016: 1.9, 2017: 1.8, 2018: 1.8, 2019: 1.45, 2020: 1.3, 2021: 1.3, 2022: 2.0, 2023: 2.6, 2024: 2.6,
               2025: 2.5}
# Year-end closes the monthly series is bridged to (CAC 40, Euro Stoxx 50, S&P 500); the current year is left free.
_YEAR_END = {2016: (4862, 3291, 2239), 2017: (5313, 3504, 2674), 2018: (4731, 3001, 2507), 2019: (5978, 3745, 3231),
             2020: (5551, 3553, 3756), 2021: (7153, 4298, 4766), 2022: (6474, 3794, 3840), 2023: (7543, 4522, 4770),
             2024: (7381, 4896, 5882), 2025: (8150, 5650, 6750)}
_SHOCKS = {(2018, 12): -0.06, (2020, 2): -0.08, (2020, 3): -0.17, (2020, 4): 0.04, (2020, 11): 0.2,
           (2022, 2): -0.05, (2022, 6): -0.08, (2022, 9): -0.06, (2025, 4): -0.05}


def _step(table, y: int, m: int) -> float:
    v = table[0][1]
    for (ty, tm), x in table:
        if (ty, tm) <= (y, m):
            v = x
    return v


def _yearly(table: dict, y: int, m: int) -> float:
    """A yearly anchor table read at mid-month, linearly between the mid-years."""
    t = y + (m - 0.5) / 12 - 0.5
    y0 = math.floor(t)
    a, b = table.get(y0, table[min(table)]), table.get(y0 + 1, table[max(table)])
    return a + (b - a) * (t - y0)


@lru_cache(maxsize=1)
def market_months() -> dict[tuple[int, int], dict]:
    """End-of-month figures from December 2016 to NOW's month, one series for the whole web (the CAC 40 closes at
    the same level in every firm's letter): CAC 40, Euro Stoxx 50, S&P 500 (points; each year's random monthly path
    bridged to its real year-end close), euro/dollar, OAT 10 ans, Livret A, the ECB's deposit rate and the
    year-on-year inflation (percent)."""
    rng = Random("blind6:markets")
    out: dict[tuple[int, int], dict] = {}
    level = [float(x) for x in _YEAR_END[2016]]
    eur = 1.05
    path: dict[tuple[int, int], list[float]] = {(2016, 12): list(level)}
    for y in range(2017, NOW.year + 1):
        months = 12 if y < NOW.year else NOW.month
        steps = []
        for m in range(1, months + 1):
            g = rng.gauss(0, 1)
            shock = _SHOCKS.get((y, m), 0.0)
            steps.append([0.004 + 0.035 * g + shock + 0.01 * rng.gauss(0, 1),
                          0.004 + 0.035 * g + shock + 0.008 * rng.gauss(0, 1),
                          0.007 + 0.03 * g + 0.8 * shock + 0.015 * rng.gauss(0, 1)])
        if y in _YEAR_END:  # bridge: spread the gap to the real close over the year's months
            for i in range(3):
                gap = math.log(_YEAR_END[y][i] / level[i]) - sum(st[i] for st in steps)
                for st in steps:
                    st[i] += gap / len(steps)
        for m, st in enumerate(steps, 1):
            level = [x * math.exp(r) for x, r in zip(level, st)]
            path[(y, m)] = list(level)
    for (y, m), (cac, sx5e, spx) in sorted(path.items()):
        eur = min(1.24, max(0.96, eur + 0.014 * rng.gauss(0, 1)))
        out[(y, m)] = {"cac": round(cac, 2), "sx5e": round(sx5e, 2), "spx": round(spx, 2), "eur": round(eur, 4),
                       "oat": round(_yearly(_OAT, y, m) + 0.12 * rng.gauss(0, 1), 2),
                       "infl": round(max(-0.5, _yearly(_INFLATION, y, m) + 0.15 * rng.gauss(0, 1)), 1),
                       "livret": _step(_LIVRET_A, y, m), "bce": _step(_BCE, y, m)}
    return out


def market_context(y: int, m: int, months: int = 1) -> dict:
    """The figures a letter covering the `months` months ending with (y, m) prints (values and changes)."""
    mk = market_months()
    now = mk[(y, m)]
    before = mk.get(_month_back(y, m, months), now)
    dec = mk.get((y - 1, 12), mk[min(mk)])
    ctx = {k: _num(now[k]) for k in ("cac", "sx5e", "spx")}
    ctx |= {f"{k}_m": _signed(now[k] / before[k] - 1) for k in ("cac", "sx5e", "spx")}
    ctx |= {f"{k}_y": _signed(now[k] / dec[k] - 1) for k in ("cac", "sx5e", "spx")}
    ctx |= {"eur": _num(now["eur"], 4), "oat": _rate(now["oat"]), "infl": _rate(now["infl"]),
            "livret": _rate(now["livret"]), "bce": _rate(now["bce"]), "trend": now["cac"] / before["cac"] - 1,
            "livret_old": _rate(before["livret"]), "livret_moved": before["livret"] != now["livret"],
            "fe": _rate(FONDS_EUROS.get(y - 1, 2.5)), "an_fe": y - 1}
    return ctx


# -- the firm's client letter ---------------------------------------------------------------------------------------
HEADINGS = {"marches": ["Marchés", "Les marchés financiers", "Point marchés", "Marchés : le mois en bref"],
            "taux": ["Taux et épargne", "Épargne réglementée et taux", "Côté taux"],
            "fiscalite": ["Fiscalité", "Actualité fiscale", "L'actualité fiscale et juridique"],
            "immobilier": ["Immobilier et SCPI", "Pierre-papier", "Immobilier"],
            "conviction": ["Notre conviction", "Le mot du gérant", "Notre regard", "L'édito"],
            "chiffre": ["Le chiffre du mois", "Le chiffre à retenir"],
            "agenda": ["Agenda", "À retenir", "Les dates à retenir"]}
HEADING_STYLES = ["{h}", "■ {h}", "{i}. {h}", "{H}", "— {h} —"]
LETTER_TITLES = {"monthly": ["La Lettre patrimoniale – {Mois} {an}", "Lettre d'information n° {no} – {mois} {an}",
                             "{firm} Infos n° {no} : {mois} {an}", "Point marchés et patrimoine – {mois_c} {an_c}"],
                 "quarterly": ["Lettre trimestrielle – {q} trimestre {an_q}", "La Lettre de {saison} {an}",
                               "{firm} Infos n° {no} – {q} trimestre {an_q}"]}
GREETINGS = ["Chers clients, chers amis,", "Madame, Monsieur,", "Chère cliente, cher client,", "Bonjour à toutes et à tous,"]
LETTER_INTROS = ["[Voici|Nous avons le plaisir de vous adresser] notre lettre n° {no}. [Au sommaire|Au programme] : "
                 "[les marchés, la fiscalité et notre conviction du moment|l'essentiel de l'actualité financière et "
                 "patrimoniale].",
                 "[Comme à chaque numéro|Comme à chaque parution], [retrouvez|voici] [notre point sur les marchés|"
                 "l'essentiel de l'actualité] et [nos convictions|notre regard de gérant].",
                 "[La période écoulée|{periode_cap} qui s'achève] [en quelques chiffres|en bref] : [voici|place à] [notre "
                 "lecture des marchés|le point sur vos placements] et [les rendez-vous fiscaux à venir|l'actualité "
                 "patrimoniale]."]
CLOSINGS = ["Toute l'équipe du cabinet reste à votre disposition.",
            "Nous restons à votre écoute pour faire le point sur votre situation.",
            "N'hésitez pas à nous contacter pour en parler.",
            "Bonne lecture, et à très bientôt au cabinet."]
CONTACT_LINES = ["[Prendre rendez-vous|Prenez rendez-vous] : {u}", "Pour nous joindre : {u}",
                 "[Un bilan|Un point sur votre situation] ? {u}"]
PREV_LINES = ["[Relire|Retrouvez] notre lettre précédente : {u}", "La lettre du mois dernier : {u}"]
LETTER_DISCLAIMERS = [
    "Document à caractère informatif, non contractuel et ne constituant pas un conseil en investissement. Les "
    "performances passées ne préjugent pas des performances futures. {firm}, conseiller en investissements financiers "
    "(CIF) membre de {asso}, association agréée par l'AMF, immatriculé à l'ORIAS sous le n° {orias}.",
    "Les informations contenues dans cette lettre sont données à titre indicatif et ne sauraient engager la "
    "responsabilité du cabinet. Tout investissement comporte un risque de perte en capital. {firm} – SARL au capital de "
    "{capital} € – ORIAS n° {orias} (www.orias.fr) – CIF adhérent de {asso} – courtier en assurance.",
    "Cette lettre ne constitue ni une offre ni une sollicitation d'achat ou de vente. Les chiffres cités ont trait aux "
    "périodes écoulées ; les performances passées ne sont pas un indicateur fiable des performances futures. {firm}, "
    "ORIAS {orias}, membre de {asso}.",
]
CIF_ASSOCIATIONS = ["l'ANACOFI-CIF", "la CNCGP", "la CNCEF Patrimoine", "la Compagnie des CGPI"]
MARKET_LINES = [
    ["CAC 40 : {cac} points ({cac_m} sur {periode}, {cac_y} depuis le 1er janvier)", "Euro Stoxx 50 : {sx5e} points "
     "({sx5e_m})", "S&P 500 : {spx} points ({spx_m})", "OAT 10 ans : {oat} – euro/dollar : {eur}"],
    ["Le CAC 40 a terminé {periode_fin} à {cac} points, soit {cac_m} sur {periode} et {cac_y} depuis le début de "
     "l'année. L'Euro Stoxx 50 a fini à {sx5e} points ({sx5e_m}), tandis que le S&P 500 américain s'établissait à "
     "{spx} points ({spx_m}). Le rendement de l'OAT à 10 ans ressortait à {oat} en fin de période."],
    ["Indices au {fin} : CAC 40 {cac} ({cac_m}) | Euro Stoxx 50 {sx5e} ({sx5e_m}) | S&P 500 {spx} ({spx_m}) | OAT 10 "
     "ans {oat} | EUR/USD {eur}"],
]
TREND = {"up": ["[Les marchés actions ont poursuivi leur progression|Période favorable pour les actions], [portés "
                "par|soutenus par] [la détente des taux|des résultats d'entreprises solides|l'espoir d'une baisse des "
                "taux directeurs|le recul de l'inflation].",
                "[Belle séance de rattrapage|Nette hausse] des [actions européennes|indices], [malgré|en dépit de] "
                "[un contexte géopolitique tendu|la prudence des banques centrales]."],
         "down": ["[Période difficile|Repli] pour les actions, [pénalisées par|sur fond de] [la remontée des taux|"
                  "tensions géopolitiques|craintes sur la croissance chinoise|la hausse du pétrole].",
                  "[Les marchés ont reculé|Les indices ont cédé du terrain], [dans un climat d'aversion au risque|"
                  "l'inquiétude sur la croissance reprenant le dessus]."],
         "flat": ["[Les marchés ont fait du surplace|Période sans grande tendance], [les investisseurs attendant|dans "
                  "l'attente] [les décisions de la BCE|les publications de résultats|les chiffres de l'inflation]."]}
RATE_LINES = ["Livret A : {livret} – inflation sur un an : {infl} – taux de dépôt de la BCE : {bce}.",
              "Le Livret A rapporte {livret}, pour une inflation de {infl} sur un an ; le taux de dépôt de la BCE "
              "s'établit à {bce}."]
LIVRET_MOVE = "Le taux du Livret A est passé de {livret_old} à {livret} au 1er {mois_move}."
FISCAL_LEADS = {
    1: "Les prélèvements à la source de l'année démarrent : vérifiez le taux appliqué sur votre premier bulletin.",
    2: "Les relevés fiscaux (IFU) arrivent : gardez-les pour la déclaration du printemps.",
    3: "La campagne de déclaration des revenus approche : rassemblez dès maintenant vos justificatifs.",
    4: "La déclaration des revenus de l'an passé est ouverte en ligne depuis la mi-avril.",
    5: "Dernières semaines pour la déclaration de revenus et, le cas échéant, celle de l'IFI.",
    6: "Les dates limites de déclaration en ligne tombent en ce début de mois selon les départements.",
    7: "Les premiers avis d'imposition arrivent fin juillet : prenez le temps de les vérifier.",
    8: "Les avis d'imposition sont disponibles dans votre espace particulier.",
    9: "Le solde de l'impôt sur le revenu est prélevé en septembre ; la taxe foncière suit en octobre.",
    10: "Le projet de loi de finances est en discussion : nous suivrons pour vous les mesures patrimoniales.",
    11: "Dernière ligne droite pour les versements sur le PER et les donations de fin d'année.",
    12: "Avant le 31 décembre : versements PER, dons aux associations, arbitrages de moins-values.",
}
FISCAL_TOPICS = {1: ["retraite", "per"], 2: ["assurance_vie", "bourse"], 3: ["defisc", "ifi"], 4: ["defisc", "ifi"],
                 5: ["ifi", "defisc"], 6: ["succession", "assurance_vie"], 7: ["succession", "locatif"],
                 8: ["locatif", "assurance_vie"], 9: ["locatif", "succession"], 10: ["defisc", "ifi"],
                 11: ["per", "succession"], 12: ["per", "defisc"]}
AGENDA = {
    1: ["1er janvier : revalorisation des pensions de base", "Janvier : réception des relevés annuels de vos contrats"],
    2: ["1er février : révision du taux du Livret A", "Mi-février : envoi des imprimés fiscaux uniques (IFU)"],
    3: ["Mars : assemblées générales des SCPI, votez par correspondance", "Fin mars : relevés des SCPI"],
    4: ["Mi-avril : ouverture de la déclaration de revenus en ligne", "Avril-juin : saison des assemblées générales"],
    5: ["Fin mai : premières dates limites de déclaration en ligne", "Déclaration IFI : avec la déclaration de revenus"],
    6: ["Début juin : dates limites pour les départements 20 à 976", "30 juin : clôture des comptes annuels"],
    7: ["Fin juillet : premiers avis d'imposition", "1er août : révision du taux du Livret A"],
    8: ["Fin août : avis d'imposition disponibles en ligne", "Rentrée : vérifiez votre taux de prélèvement"],
    9: ["15 septembre : solde de l'impôt sur le revenu et de l'IFI", "Fin septembre : avis de taxe foncière"],
    10: ["15 octobre : paiement de la taxe foncière (20 octobre en ligne)", "Octobre : projet de loi de finances"],
    11: ["15 novembre : taxe d'habitation des résidences secondaires", "Novembre : derniers arbitrages de l'année"],
    12: ["31 décembre : date limite des versements PER", "31 décembre : dons aux associations et donations"],
}
CHIFFRES = [("{livret}", "le taux du Livret A"), ("{infl}", "l'inflation sur un an"),
            ("{fe}", "le rendement moyen des fonds euros en {an_fe}"),
            ("152 500 €", "l'abattement par bénéficiaire sur les capitaux décès des versements avant 70 ans"),
            ("100 000 €", "l'abattement par enfant et par parent, renouvelable tous les quinze ans"),
            ("30 %", "le prélèvement forfaitaire unique (12,8 % d'impôt et 17,2 % de prélèvements sociaux)"),
            ("1 300 000 €", "le seuil de patrimoine immobilier net au-delà duquel l'IFI est dû"),
            ("{cac_y}", "la performance du CAC 40 depuis le 1er janvier"), ("{oat}", "le rendement de l'OAT à 10 ans")]
SAISONS = {1: "l'hiver", 4: "printemps", 7: "l'été", 10: "l'automne"}
QUARTERS = {1: "4e", 4: "1er", 7: "2e", 10: "3e"}  # the quarter a letter published in that month covers
# The ordinary posts between letters: (kind, first and last (month, day) of its season, titles).
EXTRAS = [
    ("declaration", (4, 10), (5, 25), ["Déclaration de revenus {an} : le calendrier", "Impôt sur le revenu : les dates "
                                       "limites de déclaration {an}", "Déclarer ses revenus en {an} : ce qui change"]),
    ("ifi", (5, 2), (6, 5), ["IFI {an} : ce qu'il faut déclarer", "Impôt sur la fortune immobilière : les points de "
                             "vigilance {an}"]),
    ("fonciere", (9, 20), (10, 12), ["Taxe foncière {an} : échéances et recours", "Taxe foncière : vérifiez votre avis "
                                     "{an}"]),
    ("per", (11, 10), (12, 18), ["PER : il vous reste jusqu'au 31 décembre pour verser", "Versements PER {an} : faites "
                                 "le calcul avant la fin de l'année"]),
    ("fonds_euros", (1, 20), (2, 28), ["Rendement des fonds euros {an_prev} : notre analyse", "Fonds euros : les taux "
                                       "{an_prev} sont tombés"]),
    ("voeux", (1, 2), (1, 12), ["Meilleurs vœux pour {an}", "Toute l'équipe vous souhaite une belle année {an}"]),
    ("closure", (7, 1), (7, 12), ["Fermeture estivale du cabinet ({an})", "Horaires d'été {an} du cabinet"]),
    ("event", (1, 15), (12, 10), ["Conférence : {sujet}, le {jour_event}", "Petit-déjeuner patrimonial du {jour_event}",
                                  "Webinaire : {sujet}", "Réunion d'information à {city} : {sujet}"]),
    ("team", (1, 10), (12, 15), ["Bienvenue à {new}", "Le cabinet s'agrandit : bienvenue à {new}",
                                 "{new} rejoint l'équipe"]),
]
EXTRA_BODIES = {
    "declaration": ["La déclaration des revenus {an_prev} est ouverte en ligne. Les dates limites dépendent de votre "
                    "département : [fin mai|le {d1}] pour les départements 01 à 19, [début juin|le {d2}] pour les "
                    "départements 20 à 54 et [le {d3}|mi-juin] pour les départements 55 à 976."],
    "ifi": ["Si votre patrimoine immobilier net dépasse 1 300 000 € au 1er janvier, il doit être déclaré avec vos "
            "revenus, dans les annexes prévues à cet effet."],
    "fonciere": ["L'avis de taxe foncière est disponible dans votre espace particulier. [Le paiement|La date limite de "
                 "paiement] intervient à la mi-octobre, quelques jours plus tard en ligne."],
    "per": ["Les versements effectués sur un plan d'épargne retraite avant le 31 décembre sont déductibles des revenus "
            "de l'année, dans la limite de votre plafond."],
    "fonds_euros": ["Les assureurs ont publié les taux servis en {an_prev} : la moyenne ressort autour de {fe}, "
                    "[avec de fortes disparités|avec des écarts importants] d'un contrat à l'autre."],
    "voeux": ["[Toute l'équipe du cabinet|L'ensemble de l'équipe] vous présente ses meilleurs vœux pour {an}. [Merci "
              "pour votre confiance|Merci de votre fidélité] [renouvelée|cette année encore]."],
    "closure": ["Le cabinet sera fermé du {d1} au {d2} inclus. [En cas d'urgence|Pour toute urgence], [laissez-nous un "
                "message|écrivez-nous] : nous vous répondrons dès notre retour."],
    "event": ["[Nous vous invitons|Le cabinet vous invite] [à une conférence|à une réunion d'information] sur {sujet}, "
              "le {jour_event} [à {heure}|en fin de journée] [dans nos locaux de {city}|à {city}]. [Entrée libre sur "
              "inscription|Places limitées, inscription obligatoire]."],
    "team": ["Nous avons le plaisir d'accueillir {new}, [qui rejoint le cabinet|nouveau conseiller du cabinet] "
             "[après {duree} en banque privée|après une expérience en gestion de fortune]."],
}


def _letter_slots(rng: Random, p: dict) -> list[tuple[int, int, int, datetime]]:
    """The issues, newest first from NOW's month back: (year, month of publication, months covered, when); on the
    day rule (params["day"], or the params["nth"] weekday), params["late_share"] of them days late, params["skip_share"]
    skipped, the summer skipped or merged (params["summer"]); quarterly letters in January, April, July and October."""
    monthly = p["cadence"] == "monthly"
    y, m = NOW.year, NOW.month
    out: list[tuple[int, int, int, datetime]] = []
    guard = 0
    while len(out) < p["n_letters"] and guard < 1000:
        guard += 1
        if monthly or m in (1, 4, 7, 10):
            covered = 3 if not monthly else 1
            skip = rng.random() < p["skip_share"]
            if monthly and m == 8 and p["summer"] in ("skip", "merge"):  # merged: July's letter is "juillet-août"
                skip = True
            if not skip:
                when = _letter_day(rng, p, y, m)
                if rng.random() < p["late_share"]:  # a busy month: rescheduled days later, never at the weekend
                    when += timedelta(days=rng.randint(3, 12))
                    while when.weekday() >= 5 and not p["scheduled"]:
                        when += timedelta(days=1)
                if when <= NOW:
                    out.append((y, m, covered, when))
        y, m = _month_back(y, m)
    return out


def _letter_day(rng: Random, p: dict, y: int, m: int) -> datetime:
    if p["nth"]:
        nth, wd = p["nth"]
        d = date(y, m, 1)
        d += timedelta(days=(wd - d.weekday()) % 7 + 7 * (nth - 1))
    else:
        d = date(y, m, min(28, p["day"] + rng.randint(0, p["jitter_days"])))
        if not p["scheduled"]:
            while d.weekday() >= 5:
                d += timedelta(days=1)
    if p["scheduled"]:
        return _at(d, p["hour"][0] * 60 + p["hour"][1])
    return _at(d, rng.randrange(8 * 60 + 30, 19 * 60))


def _heading(p: dict, key: str, i: int) -> str:
    h = p["headings"][key]
    return HEADING_STYLES[p["heading_style"]].format(h=h, H=h.upper(), i=i)


def newsletter_archive_blog(src: Source, guard: DuplicateGuard, content: dict) -> Blog:
    """params["n_letters"] issues (`_letter_slots`) on one skeleton: the greeting, the sections params["sections"] in
    that order under the firm's headings, the closing, the contact link (params["contact_share"]), the link to the
    previous issue (params["prev_share"]), the disclaimer params["disclaimer"] word for word; the market figures of
    `market_months()`; params["extra_share"] ordinary posts per letter between them (`EXTRAS`); comments closed
    (params["closed"]) or on params["commented"] of the posts, answered (params["reply_rate"])."""
    p = src.params
    rng = rng_for(src.host, "lettre")
    w = Writer(rng)
    slots = sorted(_letter_slots(rng, p), key=lambda s: s[3])
    posts, taken, titles, parents = [], set(), set(), {}
    letters: list[Post] = []
    for k, (y, m, covered, when) in enumerate(slots):
        no = p["first_no"] + k
        cy, cm = _month_back(y, m)
        ctx = market_context(cy, cm, covered) | {
            "firm": p["firm"], "no": no, "mois": MOIS[m - 1], "Mois": _cap(MOIS[m - 1]), "an": y,
            "mois_c": MOIS[cm - 1], "mois_c_cap": _cap(MOIS[cm - 1]), "an_c": cy, "q": QUARTERS.get(m, "1er"),
            "an_q": cy, "saison": SAISONS.get(m, "l'hiver"), "fin": fr_date(_month_end(cy, cm)),
            "periode": "le mois" if covered == 1 else "le trimestre",
            "periode_fin": f"le mois {_de(MOIS[cm - 1])}" if covered == 1 else f"le {QUARTERS.get(m, '1er')} trimestre",
            "periode_cap": "Le mois" if covered == 1 else "Le trimestre",
            "mois_move": MOIS[cm - 1]}
        if p["cadence"] == "monthly" and m == 7 and p["summer"] == "merge":
            ctx |= {"mois": "juillet-août", "Mois": "Juillet-août"}
        title = _unique(w.fill(LETTER_TITLES[p["cadence"]][p["title"]], ctx), titles)
        paras = ([p["greeting"]] if p["greeting"] else []) + [w.fill(LETTER_INTROS[p["intro"]], ctx)]
        for i, key in enumerate(p["sections"], 1):
            paras.append(_heading(p, key, i))
            paras += _section(rng, w, guard, p, key, ctx, when, m)
        paras.append(p["closing"] + f" {p['adviser']}, {p['adviser_title']}.")
        if letters and rng.random() < p["prev_share"]:  # the previous issue's permalink, once the ids are known
            paras.append(w.fill(rng.choice(PREV_LINES), {"u": f"\x00{len(letters) - 1}\x00"}))
        if rng.random() < p["contact_share"]:
            paras.append(w.fill(CONTACT_LINES[p["contact_line"]], {"u": p["contact"]}))
        paras.append(p["disclaimer"])
        post = Post(0, title, make_slug(src.platform, title, taken), when, p["adviser"], paras,
                    category=p["category"], comments_open=not p["closed"])
        post.tags = ["lettre", f"{MOIS[m - 1]} {y}"]
        letters.append(post)
        posts.append(post)
    first = slots[0][3] if slots else NOW - timedelta(days=365)
    n_extra = round(len(slots) * p["extra_share"])
    for _ in range(n_extra):
        post = _extra_post(rng, w, guard, p, first, titles, taken, src.platform)
        if post is not None:
            posts.append(post)
    for post in posts:
        if post.comments_open and rng.random() < p["commented"]:
            post.comments = _client_comments(rng, w, p, post, parents)
    blog = Blog(src.host, src.platform, src.name, src.tagline, p["adviser"], make_slug("wordpress", p["adviser"], set()),
                posts)
    _tidy_blog(blog)
    _number_posts(blog, rng)
    urls = [permalink(src.platform, src.host, x) for x in letters]
    for x in letters:
        x.paragraphs = [re.sub("\x00(\\d+)\x00", lambda mt: urls[int(mt.group(1))], para) for para in x.paragraphs]
    _number_comments(blog, parents)
    return blog


def _month_end(y: int, m: int) -> date:
    return (date(y + m // 12, m % 12 + 1, 1)) - timedelta(days=1)


def _section(rng: Random, w: Writer, guard: DuplicateGuard, p: dict, key: str, ctx: dict, when: datetime,
             m: int) -> list[str]:
    if key == "marches":
        lines = [w.fill(x, ctx) for x in MARKET_LINES[p["market_style"]]]
        trend = "up" if ctx["trend"] > 0.01 else "down" if ctx["trend"] < -0.01 else "flat"
        return lines + [w.fill(rng.choice(TREND[trend])) + " " + w.sentence("bourse", when)]
    if key == "taux":
        out = [w.fill(RATE_LINES[p["rate_style"]], ctx)]
        if ctx["livret_moved"]:
            out.append(w.fill(LIVRET_MOVE, ctx))
        return out
    if key == "fiscalite":
        topic = rng.choice(FISCAL_TOPICS[m])
        return [FISCAL_LEADS[m] + " " + " ".join(w.sentences(topic, when, 2))]
    if key == "immobilier":
        return [" ".join(w.sentences(rng.choice(["scpi", "locatif", "credit"]), when, 2))]
    if key == "conviction":
        return _own_text(w, guard, rng.choice(p["topics"]), when, rng.randint(*p["conviction_words"]))
    if key == "chiffre":
        fig, what = rng.choice(CHIFFRES)
        return [w.fill(f"{fig} : {what}.", ctx) + " " + w.sentence(rng.choice(p["topics"]), when)]
    if key == "agenda":
        return [" ; ".join(AGENDA[m]) + "."]
    raise ValueError(key)


def _extra_post(rng: Random, w: Writer, guard: DuplicateGuard, p: dict, first: datetime, titles: set[str],
                taken: set[str], platform: str) -> Post | None:
    """An ordinary post of the firm between two letters: a deadline in its season, an event, the team."""
    kind, (m1, d1), (m2, d2), tpls = rng.choice(EXTRAS)
    years = list(range(first.year, NOW.year + 1))
    y = rng.choice(years)
    lo, hi = date(y, m1, d1), date(y, m2, d2)
    day = lo + timedelta(days=rng.randrange((hi - lo).days + 1))
    while day.weekday() >= 5:
        day += timedelta(days=1)
    when = _at(day, rng.randrange(8 * 60 + 30, 18 * 60 + 30))
    ev = day + timedelta(days=rng.randint(8, 30))
    while ev.weekday() == 6:
        ev += timedelta(days=1)
    if when <= first or when > NOW or (kind in ("event", "team") and (in_holidays(day) or in_holidays(ev))):
        return None
    topic = rng.choice(p["topics"])
    ctx = {"an": y, "an_prev": y - 1, "sujet": rng.choice(TOPICS[topic]["sujet"]), "jour_event": fr_date(ev),
           "city": p["city"], "new": f"{rng.choice(bank.FIRST_NAMES)} {rng.choice(bank.LAST_NAMES)}",
           "heure": rng.choice(["18 h 30", "9 h", "12 h 30", "19 h"]), "fe": _rate(FONDS_EUROS.get(y - 1, 2.5)),
           "d1": fr_date(date(y, 5, rng.randint(20, 23))), "d2": fr_date(date(y, 5, rng.randint(27, 30))),
           "d3": fr_date(date(y, 6, rng.randint(3, 6))), "duree": f"{rng.randint(5, 20)} ans"}
    if kind == "closure":
        start = date(y, 8, rng.randint(1, 8))
        ctx |= {"d1": fr_date(start), "d2": fr_date(start + timedelta(days=rng.randint(13, 21)))}
    title = w.fill(rng.choice(tpls), ctx)
    if title in titles:  # the same season's post twice: once is enough
        return None
    titles.add(title)
    paras = [w.fill(rng.choice(EXTRA_BODIES[kind]), ctx)]
    if kind in ("declaration", "ifi", "fonciere", "per", "fonds_euros", "event"):
        paras += _own_text(w, guard, {"declaration": "defisc", "ifi": "ifi", "fonciere": "locatif", "per": "per",
                                      "fonds_euros": "assurance_vie"}.get(kind, topic), when, rng.randint(50, 140))
    if kind in ("declaration", "ifi", "fonciere") and rng.random() < 0.5:
        paras.append(f"Le site officiel : https://{IMPOTS}/portail/particulier")
    if kind in ("event", "declaration", "per", "ifi") or rng.random() < 0.5:
        paras.append(w.fill(CONTACT_LINES[p["contact_line"]], {"u": p["contact"]}))
    author = p["adviser"] if not p["colleague"] or rng.random() < 0.6 else \
        rng.choice([p["colleague"], f"L'équipe {p['firm']}"])
    post = Post(0, title, make_slug(platform, title, taken), when, author, paras,
                category={"event": "Événements", "team": "Le cabinet", "voeux": "Le cabinet",
                          "closure": "Le cabinet"}.get(kind, "Fiscalité"), comments_open=not p["closed"])
    post.tags = [kind]
    return post


CLIENT_COMMENTS = ["Merci pour cette lettre, toujours aussi claire.", "Merci {a} pour ce point très utile.",
                   "[Bonjour,|Bonjour {a},] {q} ? [Merci.|Merci d'avance.]", "Toujours un plaisir de vous lire. {s}"]
ADVISER_REPLIES = ["Merci {c} ! [À bientôt au cabinet.|Au plaisir de vous revoir.]", "Bonjour {c}, [bonne question|"
                   "question fréquente] : [le plus simple est d'en parler de vive voix|appelez-nous, nous regarderons "
                   "votre cas]."]


def _client_comments(rng: Random, w: Writer, p: dict, post: Post, parents: dict) -> list[Comment]:
    out: list[Comment] = []
    t = post.when
    for _ in range(rng.choice([1, 1, 1, 2])):
        t = t + timedelta(hours=rng.uniform(3, 24 * 12))
        t = t.replace(hour=rng.randint(8, 22)) if t.hour < 7 else t
        if t > NOW:
            break
        topic = rng.choice(p["topics"])
        name = rng.choice([rng.choice(bank.FIRST_NAMES), f"{rng.choice(bank.FIRST_NAMES)} {rng.choice(bank.LAST_NAMES)[0]}."])
        c = Comment(0, name, t, [w.fill(rng.choice(CLIENT_COMMENTS), {"a": p["adviser"].split()[0], "q": w.question(
            topic, t), "s": w.sentence(topic, t)})])
        out.append(c)
        if rng.random() < p["reply_rate"]:
            rt, _ = office_time(t + timedelta(hours=rng.uniform(1, 48)), rng)
            if rt <= NOW:
                r = Comment(0, p["adviser"], rt, [w.fill(rng.choice(ADVISER_REPLIES), {"c": name.split()[0]})],
                            by_author=True)
                parents[id(r)] = c
                out.append(r)
                t = rt
    out.sort(key=lambda c: c.when)
    return out


# -- the association of savers, shareholders or retirees -------------------------------------------------------------
ASSOCIATION_KINDS = {
    "epargnants": {"topics": ["assurance_vie", "per", "livret", "retraite"],
                   "actions": ["Frais des contrats d'assurance-vie : notre courrier à l'ACPR",
                               "Contrats en déshérence : l'association interpelle {assureur}",
                               "Rencontre avec la direction de {assureur}",
                               "Audition de l'association à l'Assemblée nationale sur l'épargne retraite",
                               "Notre contribution à la consultation publique de l'AMF",
                               "Rendement des fonds euros : nous demandons plus de transparence",
                               "Action collective contre {assureur} : point d'étape"]},
    "scpi": {"topics": ["scpi", "locatif", "ifi"],
             "actions": ["SCPI {scpi} : l'association demande une assemblée extraordinaire",
                         "Baisse du prix de part de la SCPI {scpi} : notre position",
                         "Rencontre avec la société de gestion de la SCPI {scpi}",
                         "Délais de retrait des parts : notre courrier à l'AMF",
                         "Nos candidats au conseil de surveillance de la SCPI {scpi}",
                         "Résolutions des AG de SCPI : nos consignes de vote"]},
    "actionnaires": {"topics": ["bourse", "livret", "assurance_vie"],
                     "actions": ["Nous étions à l'assemblée générale {de_societe}",
                                 "Nos questions écrites à l'AG {de_societe}",
                                 "Visite du site {de_societe} à {ville}",
                                 "Dividendes : notre lettre au président {de_societe}",
                                 "Rencontre avec les dirigeants {de_societe}",
                                 "Actionnariat individuel : nos propositions aux parlementaires"]},
    "retraites": {"topics": ["retraite", "succession", "assurance_vie"],
                  "actions": ["Revalorisation des pensions au 1er janvier : notre analyse",
                              "Rencontre avec la caisse de retraite complémentaire",
                              "CSG des retraités : notre courrier aux parlementaires",
                              "Pensions de réversion : l'association mobilisée",
                              "Notre délégation reçue au ministère", "Dépendance : nos propositions"]},
}
AG_TITLES = ["Assemblée générale {an} : convocation", "Convocation à l'assemblée générale ordinaire du {d}",
             "AG du {d} : ordre du jour"]
AG_BODY = ("Les membres de l'association {acr} sont convoqués en assemblée générale ordinaire le {jour} {d} à {heure}, "
           "{lieu}. Ordre du jour : 1. rapport moral du président ; 2. rapport financier et approbation des comptes de "
           "l'exercice {an_prev} ; 3. quitus au trésorier ; 4. montant de la cotisation {an_next} ; 5. renouvellement "
           "du tiers sortant du conseil d'administration ; 6. questions diverses.")
AG_PROXY = ("Les membres ne pouvant être présents peuvent se faire représenter par un autre membre au moyen du pouvoir "
            "joint (un membre ne peut détenir plus de {k} pouvoirs). Seuls les membres à jour de leur cotisation {an} "
            "prennent part aux votes.")
AG_EXTRAS = ["L'assemblée sera suivie d'une conférence de {expert} sur {sujet}, puis du verre de l'amitié.",
             "[Les candidatures au conseil d'administration|Les candidatures] sont à adresser au secrétariat avant le "
             "{d_cand}.", "Un covoiturage est organisé [depuis la gare|depuis {ville}] : signalez-vous."]
AG_REMINDERS = ["Rappel : assemblée générale le {jour} {d}", "AG de {jour} : pensez à votre pouvoir",
                "Dernier rappel avant l'assemblée générale"]
AG_REMINDER_BODY = ["[Nous vous rappelons|Petit rappel :] [que l'assemblée générale se tient|l'assemblée générale a "
                    "lieu] le {jour} {d} à {heure}, {lieu}. [Si vous ne pouvez pas venir|En cas d'empêchement], [pensez "
                    "à envoyer votre pouvoir|confiez votre pouvoir à un membre présent]."]
CR_TITLES = ["Compte rendu de l'assemblée générale du {d}", "AG {an} : le compte rendu", "Assemblée générale {an} : "
             "compte rendu et résultats des votes"]
CR_LINES = ["L'assemblée générale s'est tenue le {d} [en présence de|avec] {present} membres présents ou représentés "
            "sur {n} à jour de cotisation ; le quorum étant atteint, elle a pu valablement délibérer.",
            "Rapport financier : {recettes} € de recettes, {depenses} € de dépenses, soit un résultat de {resultat} €. "
            "Les comptes sont approuvés [à l'unanimité|à l'unanimité moins {abst} abstentions] et quitus est donné au "
            "trésorier.", "La cotisation {an_next} est [maintenue|fixée] à {cotis} €.",
            "Le conseil d'administration [renouvelé|élu] a reconduit {president} à la présidence."]
COTIS_TITLES = ["Cotisation {an} : merci de renouveler votre adhésion", "Adhésion {an}", "Appel à cotisation {an}"]
COTIS_BODY = ["[Chers adhérents|Chers membres], [l'année {an} commence|une nouvelle année commence] : [pensez à "
              "renouveler|merci de renouveler] votre adhésion ({cotis} € par personne, {cotis2} € pour un couple). "
              "[Votre cotisation est notre seule ressource|Sans vos cotisations, nous ne pouvons pas agir] : [elle "
              "finance|elle nous permet de financer] [nos actions|nos recours et nos frais de fonctionnement]."]
COTIS_PAY = ["Règlement en ligne : {u}", "Adhésion et paiement sécurisé en ligne : {u}",
             "Par chèque à l'ordre de l'association, adressé au trésorier."]
MEETING_TITLES = ["Réunion d'information du {d} à {ville} : {sujet}", "Prochaine permanence : {d}",
                  "Réunion mensuelle du {d}", "Conférence-débat le {d} : {sujet}"]
MEETING_BODY = ["[Notre prochaine réunion|La prochaine réunion d'information] aura lieu le {jour} {d} à {heure}, {lieu}. "
                "[Au programme|Thème retenu] : {sujet}. [Entrée libre, ouverte aux non-adhérents|Réservée aux adhérents, "
                "inscription auprès du secrétariat]."]
PRESS_TITLES = ["Communiqué de presse du {d} : {subject}", "Communiqué du {d} : {subject}"]
PRESS_HEAD = "{ville}, le {d} – L'association {acr} ({name}) {verb} {subject_lc}."
PRESS_VERBS = ["dénonce", "conteste", "alerte sur", "demande des explications sur", "fait connaître sa position sur"]
PRESS_SUBJECTS = {"epargnants": ["la baisse des rendements des fonds euros", "les frais des contrats bancaires",
                                 "le projet de réforme de l'épargne retraite", "les arnaques aux faux livrets"],
                  "scpi": ["la suspension des retraits de parts", "la baisse des valeurs de reconstitution",
                           "les commissions des sociétés de gestion", "le manque d'information des associés"],
                  "actionnaires": ["le recul du vote des actionnaires individuels", "la politique de dividende",
                                   "la dématérialisation des assemblées générales", "les rémunérations des dirigeants"],
                  "retraites": ["la sous-revalorisation des pensions", "la hausse de la CSG des retraités",
                                "la fermeture des accueils physiques", "le reste à charge en EHPAD"]}
PRESS_CONTACT = "Contact presse : {who}, {role}."
REPRINT_TITLES = ["Mise en garde de {who} : {theme}", "Arnaques : {who} alerte sur {theme}",
                  "Vigilance : {theme} (communiqué de {who})"]
REPRINT_LEADS = ["Nous relayons ci-dessous le communiqué publié le {d} par {who} :",
                 "[Communiqué|Mise en garde] de {who} du {d}, [à diffuser largement|à lire attentivement] :"]
REPRINT_ENDS = ["Source : {who}, {u}", "Source : communiqué de {who} du {d} – {u}"]
REPRINT_ADVICE = ["[Soyez vigilants|Restez vigilants] : [en cas de doute|avant tout placement], [contactez-nous|"
                  "vérifiez les listes noires de l'AMF].", "[Plusieurs adhérents nous ont signalé|Nous avons reçu] "
                  "[des démarchages de ce type|des appels de ce genre] [ces dernières semaines|récemment]."]
NEWS_MENTION = ["[L'association dans la presse|On parle de nous] : {u}", "[À lire|Lire aussi] [dans la presse|l'article "
                "consacré à notre action] : {u}"]
MEMBER_COMMENTS = {
    "ag": ["Je ne pourrai pas être présent, j'envoie mon pouvoir à {m}.", "Sera-t-il possible de voter par "
           "correspondance ?", "Y aura-t-il une visioconférence pour ceux qui habitent loin ?", "Merci au bureau pour "
           "l'organisation, à {jour} !"],
    "cr": ["Merci pour ce compte rendu très complet.", "Bravo au bureau pour le travail accompli cette année.",
           "Dommage de ne pas avoir pu venir, merci pour ce résumé."],
    "action": ["Bravo, il faut continuer à mettre la pression.", "Merci pour votre action. {s}",
               "Je suis concerné aussi : {q} ?", "Enfin quelqu'un qui défend les petits épargnants !"],
    "other": ["Merci pour l'information.", "Merci, je transmets autour de moi.", "{Q} ?",
              "J'ai reçu ce genre d'appel la semaine dernière, merci de prévenir."],
}
BUREAU_REPLIES = ["Merci {c} !", "Bonjour {c}, [oui|c'est prévu], [nous vous tiendrons informé|les détails suivent "
                  "par courriel].", "Merci {c}, [c'est noté|bien reçu].", "Bonjour {c}, [le mieux est d'écrire au "
                  "secrétariat|écrivez-nous, nous regarderons votre cas]."]
LIEUX = ["salle des fêtes de {ville}", "maison des associations de {ville}", "salle municipale, rue des {rue}, {ville}",
         "au siège de l'association, {ville}", "à l'hôtel de ville de {ville}"]


def acronym(name: str) -> str:
    """The association's initials, as it signs: "Association de défense des épargnants de l'Ouest" -> "ADEO"."""
    stop = {"de", "des", "du", "la", "le", "les", "et", "en", "aux", "au", "pour"}
    words = [x.split("'")[-1] for x in name.replace("-", " ").split()]
    return "".join(x[0].upper() for x in words if x and x.lower() not in stop and x[0].isalpha())


def _volunteer_time(rng: Random, day: date, habit: str) -> datetime:
    """When a volunteer posts: a retiree in the daytime any day, an employee in the evening or at the weekend."""
    if habit == "day" or (day.weekday() >= 5 and rng.random() < 0.6):
        return _at(day, rng.randrange(9 * 60, 18 * 60))
    return _at(day, rng.randrange(19 * 60, 23 * 60))


def association_site(src: Source, guard: DuplicateGuard, content: dict) -> Blog:
    """An association's site over params["years"] years: each spring the general assembly (params["ag_month"]):
    notice, reminder (params["reminder_share"]), minutes (params["cr_share"]); the membership call each January
    (params["cotis_share"]); params["meetings"] meetings' notices a year; params["actions"] reports of its actions a
    year; params["press"] press releases a year; params["reprint_share"] of the AMF/ACPR warnings reprinted with
    credit; nothing in the summer holidays; authors by role (params["authors"]), the webmaster posting for the others
    (params["main_share"]); members' comments on params["commented"] of the posts, answered (params["reply_rate"])."""
    p = src.params
    rng = rng_for(src.host, "asso")
    w = Writer(rng)
    kind = ASSOCIATION_KINDS[p["kind"]]
    start = (NOW - timedelta(days=round(365 * p["years"]))).date()
    roles = {r: (n, habit) for n, r, habit in p["authors"]}
    main = p["authors"][0]
    plan: list[tuple[date, str, str, dict]] = []  # (day, kind, role, extra)

    def add(day: date, what: str, role: str, **extra) -> None:
        if start <= day <= NOW.date() and not in_holidays(day):
            plan.append((day, what, role if role in roles else main[1], extra))

    for y in range(start.year, NOW.year + 1):
        if rng.random() < p["cotis_share"]:
            add(date(y, 1, rng.randint(3, 25)), "cotis", "trésorier")
        ag = _nth_weekday(y, p["ag_month"], p["ag_weekday"], p["ag_nth"])
        heure = p["ag_hour"]
        if not rng.random() < p["ag_skip"]:
            add(ag - timedelta(days=rng.randint(21, 40)), "ag", "secrétaire", ag=ag, heure=heure)
            if rng.random() < p["reminder_share"]:
                add(ag - timedelta(days=rng.randint(2, 9)), "reminder", "secrétaire", ag=ag, heure=heure)
            if rng.random() < p["cr_share"]:
                add(ag + timedelta(days=rng.randint(3, 35)), "cr", "secrétaire", ag=ag)
        for _ in range(rng.randint(*p["meetings"])):
            d = date(y, rng.choice([1, 2, 3, 5, 6, 9, 10, 11, 12]), rng.randint(1, 28))
            if not in_holidays(d):
                add(d - timedelta(days=rng.randint(5, 20)), "meeting", "délégué", meet=d)
        for _ in range(rng.randint(*p["actions"])):
            add(date(y, 1, 1) + timedelta(days=rng.randrange(365)), "action", "président")
        for _ in range(rng.randint(*p["press"])):
            add(date(y, 1, 1) + timedelta(days=rng.randrange(365)), "press", "président")
    for ev in official_events():
        if ev.kind == "amf" and ev.when >= start and rng.random() < p["reprint_share"]:
            add(ev.when + timedelta(days=rng.randint(1, 12)), "reprint", "webmestre", ev=ev)
    plan.sort(key=lambda x: (x[0], x[1]))
    news = [(h, o) for h in p.get("news", []) if h in content for o in content[h].posts]
    members = p["members"]
    federation = (f"http://www.federation-{p['federation'][1]}.test/", p["federation"][0]) if p["federation"] else None
    posts, taken, titles, parents = [], set(), set(), {}
    for day, what, role, extra in plan:
        author, habit = roles[role] if rng.random() >= p["main_share"] else (main[0], main[2])
        when = _volunteer_time(rng, day, habit)
        if when > NOW:
            continue
        y = day.year
        ctx = {"acr": p["acronym"], "name": p["name"], "an": y, "an_prev": y - 1, "an_next": y + 1,
               "ville": p["city"], "cotis": p["cotisation"], "cotis2": p["cotisation"] * 2 - 5,
               "sujet": rng.choice(TOPICS[rng.choice(kind["topics"])]["sujet"]), "rue": rng.choice(bank.STREETS),
               "expert": f"{rng.choice(['Me', 'M.', 'Mme'])} {rng.choice(bank.LAST_NAMES)}",
               "assureur": rng.choice(bank.ASSUREURS), "scpi": rng.choice(bank.SCPIS),
               "societe": rng.choice(bank.SOCIETES if p["kind"] != "actionnaires" else ACTIONS_CAC)}
        ctx["lieu"] = p["lieu"].format(ville=p["city"], rue=ctx["rue"])
        ctx["de_societe"] = _de(ctx["societe"])
        topic = rng.choice(kind["topics"])
        category, tags = "Vie de l'association", [what]
        if what in ("ag", "reminder", "cr"):
            ag = extra["ag"]
            ctx |= {"d": fr_date(ag, first=True), "jour": _jour(ag), "heure": extra.get("heure", "14 h 30"),
                    "k": rng.randint(2, 5), "d_cand": fr_date(ag - timedelta(days=rng.randint(7, 15)), first=True)}
            if what == "ag":
                title = w.fill(rng.choice(AG_TITLES), ctx)
                paras = [w.fill(AG_BODY, ctx), w.fill(AG_PROXY, ctx)] + [w.fill(x, ctx) for x in
                                                                          rng.sample(AG_EXTRAS, rng.randint(0, 2))]
            elif what == "reminder":
                title = w.fill(rng.choice(AG_REMINDERS), ctx)
                paras = [w.fill(rng.choice(AG_REMINDER_BODY), ctx)]
            else:
                n = p["size"] + rng.randint(-p["size"] // 10, p["size"] // 10)
                rec = p["cotisation"] * n + rng.randrange(0, 3000)
                dep = round(rec * rng.uniform(0.7, 1.15))
                ctx |= {"present": fmt_int(round(n * rng.uniform(0.12, 0.45))), "n": fmt_int(n),
                        "recettes": fmt_int(rec), "depenses": fmt_int(dep), "resultat": fmt_int(rec - dep)
                        if rec >= dep else "-" + fmt_int(dep - rec), "abst": rng.randint(1, 6),
                        "president": roles.get("président", main)[0]}
                title = w.fill(rng.choice(CR_TITLES), ctx)
                paras = [w.fill(x, ctx) for x in CR_LINES[:2]]
                paras.insert(1, "Rapport moral : " + " ".join(_own_text(w, guard, topic, when, rng.randint(60, 150))))
                paras += [w.fill(x, ctx) for x in CR_LINES[2:]]
        elif what == "cotis":
            title = w.fill(rng.choice(COTIS_TITLES), ctx)
            paras = [w.fill(rng.choice(COTIS_BODY), ctx)]
            pay = rng.choice(COTIS_PAY if p["helloasso"] else COTIS_PAY[2:])
            paras.append(w.fill(pay, {"u": p["helloasso"] + f"adhesion-{y}"} if p["helloasso"] else {}))
        elif what == "meeting":
            d = extra["meet"]
            ctx |= {"d": fr_date(d, first=True), "jour": _jour(d), "heure": rng.choice(["14 h 30", "18 h", "18 h 30",
                                                                                         "10 h", "20 h"])}
            title = w.fill(rng.choice(MEETING_TITLES), ctx)
            paras = [w.fill(MEETING_BODY[0], ctx)]
            category = "Réunions"
        elif what == "action":
            title = w.fill(rng.choice(kind["actions"]), ctx)
            if title in titles:  # the same action again: its follow-up
                title = f"{title} (suite)" if f"{title} (suite)" not in titles else f"{title} : point {y}"
            bureau, pu = rng.choice([("le président a été reçu", "a pu"), ("deux membres du bureau ont été reçus",
                                     "ont pu"), ("une délégation de l'association a été reçue", "a pu")])
            ctx |= {"d": fr_date(day - timedelta(days=rng.randint(2, 25)), first=True), "bureau": bureau, "pu": pu}
            paras = [w.fill(rng.choice(ACTION_LEADS), ctx)] + _own_text(w, guard, topic, when, rng.randint(*p["words"]))
            paras.append(w.fill(rng.choice(ACTION_ENDS), ctx))
            category = "Nos actions"
        elif what == "press":
            subject = rng.choice(PRESS_SUBJECTS[p["kind"]])
            ctx |= {"d": fr_date(day, first=True), "subject": subject, "subject_lc": subject,
                    "verb": rng.choice(PRESS_VERBS)}
            title = w.fill(rng.choice(PRESS_TITLES), {"subject": subject, "d": ctx["d"]})
            paras = [w.fill(PRESS_HEAD, ctx)] + _own_text(w, guard, topic, when, rng.randint(*p["words"]))
            who = roles.get("président", main)
            role = ("présidente" if who[0].split()[0] in WOMEN else "président") if "président" in roles else \
                "membre du bureau"
            paras.append(w.fill(PRESS_CONTACT, {"who": who[0], "role": role}))
            category = "Communiqués"
        else:  # reprint
            ev = extra["ev"]
            who = ev.ref.split("Communiqué de ", 1)[1].split(" du ", 1)[0]  # "l'AMF", "l'ACPR", "l'AMF et l'ACPR"
            ctx |= {"who": who, "theme": ev.theme, "d": fr_date(ev.when, first=True), "u": ev.url}
            title = w.fill(rng.choice(REPRINT_TITLES), ctx)
            paras = [w.fill(rng.choice(REPRINT_LEADS), ctx), f"« {ev.text} »", w.fill(rng.choice(REPRINT_ENDS), ctx)]
            if rng.random() < 0.6:
                paras.append(w.fill(rng.choice(REPRINT_ADVICE)))
            category, tags = "Alertes", ["arnaques", "AMF"]
        if news and what in ("action", "press") and rng.random() < p["news_share"]:
            pool = [(h, o) for h, o in news if o.when < when]
            if pool:
                h, o = rng.choice(pool[-40:])
                paras.append(w.fill(rng.choice(NEWS_MENTION), {"u": permalink(content[h].platform, h, o)}))
        if federation and what in ("action", "cr") and rng.random() < 0.3:
            paras.append(f"L'association est membre de la {federation[1]} : {federation[0]}")
        title = _unique(title, titles)
        post = Post(0, title, make_slug(src.platform, title, taken), when, author, paras, category=category,
                    comments_open=not p["closed"])
        post.tags = tags
        if post.comments_open and rng.random() < p["commented"]:
            post.comments = _member_comments(rng, w, p, post, what, topic, members, parents, author)
        posts.append(post)
    blog = Blog(src.host, src.platform, src.name, src.tagline, main[0], make_slug("wordpress", main[0], set()), posts,
                blogroll=[federation] if federation else [])
    _tidy_blog(blog)
    _number_posts(blog, rng)
    _number_comments(blog, parents)
    return blog


ACTION_LEADS = ["Le {d}, {bureau} [pour évoquer ce dossier|sur ce dossier] et {pu} [exposer la position de "
                "l'association|défendre les demandes de nos adhérents].",
                "Nous avons adressé le {d} un courrier [recommandé|circonstancié] [pour faire valoir|afin de rappeler] "
                "[les droits de nos adhérents|notre position]. [En voici l'essentiel.|Voici nos arguments.]",
                "[Vous avez été nombreux|Plusieurs adhérents ont été nombreux] à [nous alerter|nous écrire] [sur ce "
                "sujet|à ce propos] [ces dernières semaines|depuis le début de l'année]. [Voici où nous en "
                "sommes.|Le point sur notre action.]"]
ACTION_ENDS = ["[Nous vous tiendrons informés des suites.|Nous reviendrons vers vous dès que nous aurons une "
               "réponse.]", "[Vos témoignages nous sont précieux|N'hésitez pas à nous transmettre votre cas] : [ils "
               "appuient notre démarche|écrivez au secrétariat].", "[Le bureau|Le conseil d'administration] "
               "[remercie|salue] [les adhérents mobilisés|tous ceux qui nous ont aidés]."]
ACTIONS_CAC = ["TotalEnergies", "Air Liquide", "Michelin", "Vinci", "Sanofi", "L'Oréal", "Engie", "Orange", "Danone",
               "Saint-Gobain", "BNP Paribas", "Legrand", "Bouygues", "Schneider Electric"]
_JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def _jour(d: date) -> str:
    return _JOURS[d.weekday()]


def _nth_weekday(y: int, m: int, weekday: int, nth: int) -> date:
    d = date(y, m, 1)
    return d + timedelta(days=(weekday - d.weekday()) % 7 + 7 * (nth - 1))


def _member_comments(rng: Random, w: Writer, p: dict, post: Post, what: str, topic: str, members: list[str],
                     parents: dict, author: str) -> list[Comment]:
    table = MEMBER_COMMENTS["ag" if what in ("ag", "reminder") else "cr" if what == "cr" else
                            "action" if what in ("action", "press") else "other"]
    out: list[Comment] = []
    t = post.when
    for _ in range(rng.randint(1, p["max_comments"])):
        t += timedelta(hours=rng.lognormvariate(math.log(20), 1.1))
        if t.hour < 7:
            t = t.replace(hour=rng.randint(8, 11))
        if t > NOW:
            break
        name = rng.choice(members)
        q = w.question(topic, t)
        c = Comment(0, name, t, [w.fill(rng.choice(table), {"m": rng.choice(members).split()[0], "jour": _JOURS[
                                                             p["ag_weekday"]],
                                                             "s": w.sentence(topic, t), "q": q, "Q": _cap(q)})])
        out.append(c)
        if rng.random() < p["reply_rate"]:
            rt = t + timedelta(hours=rng.uniform(2, 72))
            if rt.hour < 8:
                rt = rt.replace(hour=rng.randint(9, 12))
            if rt <= NOW:
                r = Comment(0, author, rt, [w.fill(rng.choice(BUREAU_REPLIES), {"c": name.split()[0]})],
                            by_author=True)
                parents[id(r)] = c
                out.append(r)
    out.sort(key=lambda c: c.when)
    return out


# -- the forum digest splog ------------------------------------------------------------------------------------------
DIGEST_TITLES = ["{t}", "{t}", "{t} – réponses et conseils", "[Question] {t}", "{t} : ce qu'en pensent les internautes",
                 "{t} (réponse)"]
DIGEST_INTROS = ["Question posée sur un forum :", "Un internaute demande :", "La question :", "Question :", ""]
DIGEST_ANSWERS = ["Meilleure réponse :", "Réponse :", "Réponse n°{k} :", "Voici ce qu'on lui a répondu :",
                  "Réponse d'un membre :"]
DIGEST_OUTROS = ["Et vous, qu'en pensez-vous ?", "Vous avez une question similaire ? Consultez nos autres articles.",
                 "Cet article vous a aidé ? Partagez-le !", ""]
DIGEST_CREDITS = {"none": [""], "bare": ["Source : forum", "Source : internet", "Source : forum de discussion",
                                         "(source : forum)"],
                  "named": ["Source : {forum}", "Discussion trouvée sur {forum}"], "link": ["Source : {u}"]}
DIGEST_ADS = ["[Comparez|Comparer] les meilleurs contrats [en quelques clics|gratuitement] : {u}",
              "[Publicité|Annonce] – [simulation gratuite|devis gratuit et sans engagement] : {u}",
              "[Notre partenaire|Notre sélection du moment] : {u}", "[Bon plan|Offre du moment] : {u}"]
DIGEST_CATEGORIES = {"Épargne et assurance-vie": "Épargne", "Immobilier et SCPI": "Immobilier",
                     "Bourse, PEA et ETF": "Bourse", "Fiscalité, retraite et transmission": "Impôts et retraite"}


def _thread_pool(p: dict, content: dict) -> list[tuple[str, str, object, str]]:
    """(origin host, board name, thread, forum name) of every copyable thread of the origins: a question answered by
    someone else than the asker at least params["min_replies"] times."""
    pool = []
    for h in p["origins"]:
        forum = content.get(h)
        if not isinstance(forum, Forum):
            continue
        for b in forum.boards:
            for t in b.threads:
                others = [m for m in t.messages[1:] if m.author != t.opener]
                opening = " ".join(t.messages[0].text)
                if len(others) >= p["min_replies"] and t.messages[0].author not in forum.admins \
                        and "http" not in opening:  # the robots' and the admins' notices are no questions
                    pool.append((h, b.name, t, forum.name))
    pool.sort(key=lambda x: (x[2].messages[0].when, x[0], x[2].title))
    return pool


def _digest_slots(rng: Random, p: dict) -> list[datetime]:
    """Every day of the last params["span_days"] days but params["skip_share"] of them (the cron failed), a number of
    posts in params["per_day"], at the scheduler's minutes (params["cron"]) or anywhere in params["hours"]."""
    out = []
    last = p["last"].date()
    for back in range(p["span_days"] - 1, -1, -1):
        day = last - timedelta(days=back)
        if rng.random() < p["skip_share"]:
            continue
        n = rng.randint(*p["per_day"])
        if p["cron"]:
            minutes = sorted(p["cron"])[:n]
        else:
            minutes = sorted(rng.sample(range(p["hours"][0] * 60, p["hours"][1] * 60), n))
        out += [_at(day, m) for m in minutes if _at(day, m) <= NOW]
    return out


def forum_digest_splog(src: Source, guard: DuplicateGuard, content: dict) -> Blog:
    """A post per slot of `_digest_slots`, each a thread of the origins' forums (`_thread_pool`) opened at least
    params["delay_days"][0] days before: its title (params["retitle"]), the question, params["answers"] of its
    replies (the longest, by others than the asker), names dropped (or kept: params["keep_names"]), params["rewrite_share"]
    of the posts lightly reworded, the credit params["credit"], an ad for params["money"] under params["ad_share"] of
    them; comments closed or empty; nothing of its own."""
    p = src.params
    rng = rng_for(src.host, "digest")
    w = Writer(rng)
    pool = _thread_pool(p, content)
    used: set[int] = set()
    posts, taken, titles = [], set(), set()
    answered = [min(m.when for m in t.messages[1:] if m.author != t.opener) for _, _, t, _ in pool]
    slots = _digest_slots(rng, p)
    slots = slots[len(slots) - min(len(slots), len(pool)):]  # the splog began when its sources could feed it daily
    for when in slots:
        age = timedelta(days=rng.uniform(*p["delay_days"]))
        ready = [i for i, (_, _, t, _) in enumerate(pool) if i not in used and t.messages[0].when <= when - age
                 and answered[i] <= when]
        if not ready:
            continue
        i = rng.choice(ready[-p["window"]:]) if p["window"] else rng.choice(ready)
        used.add(i)
        host, board, t, forum_name = pool[i]
        reword = rng.random() < p["rewrite_share"]

        def copy(text: str) -> str:
            return spin_sentence(text, rng, 0.45, 0.005) if reword else text

        title = _unique(w.fill(rng.choice(DIGEST_TITLES[:2] if not p["retitle"] else DIGEST_TITLES), {"t": t.title}),
                        titles)
        question = [copy(x) for x in t.messages[0].text]
        intro = w.fill(p["intro"]) if p["intro"] else ""
        paras = ([intro] if intro else []) + question
        replies = [m for m in t.messages[1:] if m.author != t.opener and m.when <= when]
        best = sorted(replies, key=lambda m: -len(" ".join(m.text)))[:rng.randint(*p["answers"])]
        best.sort(key=lambda m: m.when)
        for k, m in enumerate(best, 1):
            head = w.fill(p["answer_head"], {"k": k})
            if p["keep_names"]:
                head = w.fill("[Réponse de|Réponse n°{k}, par|Avis de] {a} :", {"k": k, "a": m.author})
            paras.append(head)
            paras += [copy(x) for x in m.text]
        if p["outro"]:
            paras.append(p["outro"])
        credit = rng.choice(DIGEST_CREDITS[p["credit"]])
        if credit:
            paras.append(w.fill(credit, {"forum": forum_name, "u": thread_url(content[host].platform, host, t)}))
        if p["money"] and rng.random() < p["ad_share"]:
            ad = w.fill(rng.choice(DIGEST_ADS), {"u": rng.choice(p["money"])})
            paras.insert(min(len(paras), rng.choice([1, len(paras) // 2, len(paras)])), ad)
        post = Post(0, title, make_slug(src.platform, title, taken), when, p["author"], paras,
                    category=DIGEST_CATEGORIES.get(board, "Questions diverses"), comments_open=not p["closed"])
        post.tags = rng.sample(TOPICS[_board_topic(board, rng)]["sujet"], 2)
        post.origin = thread_url(content[host].platform, host, t)
        posts.append(post)
    blog = Blog(src.host, src.platform, src.name, src.tagline, p["author"], make_slug("wordpress", p["author"], set()),
                posts, per_page=10)
    _tidy_blog(blog)
    _number_posts(blog, rng)
    return blog


def _board_topic(board: str, rng: Random) -> str:
    return {"Épargne et assurance-vie": "assurance_vie", "Immobilier et SCPI": "scpi", "Bourse, PEA et ETF": "bourse",
            "Fiscalité, retraite et transmission": "succession"}.get(board, rng.choice(["livret", "per", "credit"]))


# -- the SEO directory -------------------------------------------------------------------------------------------------
DIR_CATEGORIES = {
    "Assurance-vie": ["assurance-vie", "contrat d'assurance-vie", "fonds euros", "unités de compte", "épargne"],
    "Banque et épargne": ["banque en ligne", "livret d'épargne", "compte épargne", "épargne", "taux"],
    "Bourse et trading": ["bourse", "trading", "PEA", "ETF", "actions", "investissement en bourse"],
    "Crédit et rachat de crédit": ["crédit immobilier", "rachat de crédit", "prêt", "courtier en crédit", "taux"],
    "Défiscalisation": ["défiscalisation", "réduction d'impôt", "loi Pinel", "déficit foncier", "optimisation fiscale"],
    "Gestion de patrimoine": ["gestion de patrimoine", "conseiller en gestion de patrimoine", "CGP", "bilan "
                              "patrimonial", "patrimoine"],
    "Immobilier": ["investissement immobilier", "immobilier locatif", "LMNP", "rendement locatif", "immobilier"],
    "Retraite": ["retraite", "PER", "plan d'épargne retraite", "complément de retraite", "préparer sa retraite"],
    "SCPI": ["SCPI", "pierre-papier", "parts de SCPI", "rendement SCPI", "société civile de placement immobilier"],
    "Succession et transmission": ["succession", "donation", "transmission de patrimoine", "notaire", "héritage"],
    "Blogs finance": ["blog finance", "finances personnelles", "argent", "épargne", "investissement"],
    "Forums et communautés": ["forum", "entraide", "forum épargne", "questions-réponses", "communauté"],
    "Actualité financière": ["actualité financière", "actualité économique", "marchés financiers", "finance", "news"],
    "Crypto-monnaies": ["crypto-monnaies", "bitcoin", "blockchain", "crypto", "investir en crypto"],
}
TOPIC_CATEGORY = {"assurance_vie": "Assurance-vie", "livret": "Banque et épargne", "bourse": "Bourse et trading",
                  "credit": "Crédit et rachat de crédit", "defisc": "Défiscalisation", "ifi": "Gestion de patrimoine",
                  "locatif": "Immobilier", "retraite": "Retraite", "per": "Retraite", "scpi": "SCPI",
                  "succession": "Succession et transmission"}
# The submitters' spintax: every listing of a directory is one of these, its slots filled (the site's name, its
# category's keywords); "[a|b]" are spun.
DIR_DESCRIPTIONS = [
    ["{name} est [un site|un blog|un portail|une plateforme] [dédié à la thématique|consacré au thème] « {kw1} ». [Vous "
     "y trouverez|On y trouve] [de nombreux|des] [conseils|articles|guides] [pratiques|complets|détaillés] [sur les "
     "sujets suivants|autour des thèmes suivants] : {kw2}, {kw3} et {kw4}.",
     "[Que vous soyez débutant ou investisseur averti|Débutant ou expert], {name} vous [accompagne|guide] [dans vos "
     "projets|dans vos choix] : {kw1}, {kw2}, [mais aussi|et même] {kw5}.",
     "[Le site|Le blog] [propose|met à disposition] [également|aussi] [des comparatifs|des simulateurs|des dossiers] "
     "et [des actualités|des informations] [régulièrement mises à jour|actualisées]. [Une référence|Un "
     "incontournable|Une adresse à retenir] [en matière de|pour tout ce qui touche à la thématique] « {kw1} »."],
    ["[Vous cherchez|Vous recherchez] [des informations|des conseils] [fiables|de qualité] [en matière de|sur le "
     "thème] « {kw1} » ? [Rendez-vous sur|Découvrez|Visitez] {name}, [le site de référence|une référence] [pour tous "
     "ceux qui s'y intéressent|pour les particuliers comme pour les professionnels].",
     "{name} [traite de|aborde|couvre] [tous les sujets liés à la thématique|l'ensemble des questions sur le thème] "
     "« {kw1} » : {kw3}, {kw4}, {kw5}. [Les articles|Les contenus] [sont rédigés par|proviennent de] [passionnés|"
     "experts|professionnels] [et|qui] [s'adressent à tous|restent accessibles à tous].",
     "[N'hésitez pas à|Pensez à] [consulter|parcourir] [les rubriques|les dossiers] de {name} [pour|afin d'] [en "
     "savoir plus|aller plus loin] : {kw2}, {kw3}."],
    ["[Site de référence|Portail incontournable|Blog spécialisé] [sur le thème|dans le domaine] « {kw1} », {name} "
     "[regroupe|rassemble|propose] [toute l'information|des informations fiables] [sur|concernant] les [sujets|"
     "thèmes] suivants : {kw2} et {kw3}.",
     "[Grâce à|Avec] {name}, [apprenez à|découvrez comment] [faire les bons choix|y voir clair] [et profitez de|en "
     "profitant de] [conseils d'experts|guides pratiques|comparatifs détaillés] [en matière de|sur le thème] « {kw4} ».",
     "[Actualités, guides et conseils|Dossiers, conseils et actualités] : [tout est réuni|tout est là] [pour vous "
     "aider|pour vous accompagner] [dans vos projets|au quotidien] ({kw5}, {kw1})."],
]
# The sentences a submitter adds to reach the directory's minimum length (each once per listing).
DIR_PADS = [
    "[Spécialiste|Expert] [reconnu|incontournable] [du domaine|du secteur], {name} [répond à vos questions|vous aide "
    "à y voir clair] : {kw2} ? {kw3} ? {kw4} ?",
    "[Les informations publiées|Les contenus] sur {name} [sont mis à jour|sont actualisés] [régulièrement|chaque "
    "semaine] [par une équipe de passionnés|par des spécialistes].",
    "[Inscrivez-vous à la newsletter|Abonnez-vous à la lettre d'information] de {name} [pour ne rien manquer|pour "
    "recevoir] [des dernières actualités|des meilleurs conseils] sur le thème « {kw1} ».",
    "[Pourquoi choisir|Pourquoi faire confiance à] {name} ? [Pour son expertise|Pour la qualité de ses contenus], "
    "[son indépendance|son sérieux] et [sa clarté|sa pédagogie].",
    "[Découvrez aussi|Consultez également] [les rubriques|les guides] : {kw2}, {kw3}, {kw5}.",
    "{name} [s'adresse|est destiné] [aux particuliers|aux épargnants et aux investisseurs] et [aux professionnels|aux "
    "familles] [souhaitant|qui veulent] [en savoir plus|s'informer] sur le thème « {kw2} ».",
    "[Une équipe|Un service] [réactive et disponible|de qualité, à votre écoute,] [pour répondre à vos questions|pour "
    "vous conseiller] [sur vos projets|au quotidien] : {kw4}, {kw5}.",
    "[Simulateurs|Outils de calcul], [comparatifs|classements] et [fiches pratiques|guides téléchargeables] : {name} "
    "[met à votre disposition|propose] [tous les outils|l'essentiel] [pour bien choisir|pour décider sereinement].",
    "[Mots-clés principaux|Thèmes principaux] du site : {kw1}, {kw2}, {kw3}, {kw4}, {kw5}.",
]
DIR_PREMIUM = ["Fiche premium – référencement prioritaire", "Site premium", "Lien sponsorisé", "Partenaire premium"]
DIR_DEEP = "Liens utiles : {links}"
DIR_PAGES = {
    "submit": ("Soumettre un site : conditions et tarifs",
               ["[L'inscription dans l'annuaire est gratuite|Le référencement dans notre annuaire est gratuit] [sous "
                "réserve|à condition] [d'un lien retour|de placer un lien retour vers l'annuaire] [sur la page d'accueil "
                "de votre site|visible sur votre site].",
                "La description doit être [unique|originale] et compter au moins {min} mots : [les descriptions "
                "copiées|le contenu dupliqué] [sont refusées|est refusé]. [Pas de site en construction|Les sites en "
                "construction ne sont pas acceptés], [pas de site pour adultes ni de jeux d'argent|ni de sites "
                "illégaux].",
                "[Validation sous {delai} semaines|Délai de validation : {delai} semaines] [environ|en moyenne]. "
                "[Fiche premium|Référencement express] ({prix} € HT) : validation sous 48 heures, [lien en dur sans "
                "nofollow|lien dofollow], [trois liens profonds|jusqu'à trois liens profonds] et [mise en avant sur la "
                "page d'accueil|présence dans les sites à la une]."]),
    "exchange": ("Échange de liens : nos conditions",
                 ["[Nous acceptons|L'annuaire accepte] les échanges de liens avec [des sites de thématique proche|des "
                  "sites finance, banque, assurance et immobilier].",
                  "[Placez d'abord notre lien|Votre site doit d'abord afficher notre lien] sur une page [indexée|"
                  "accessible] [de votre site|depuis votre page d'accueil], puis [contactez le webmaster|écrivez-nous "
                  "via le formulaire] [avec l'adresse de la page|en indiquant l'adresse de votre lien].",
                  "[Texte du lien|Ancre à utiliser] : « {anchor} » – adresse : http://{host}/"]),
    "partners": ("Nos sites partenaires", ["[Retrouvez|Voici] [nos partenaires|les sites amis de l'annuaire] :"]),
}
DIR_PARTNER_STEMS = ["annuaire", "annu", "referencement", "liens", "guide", "portail", "repertoire"]
DIR_PARTNER_TAILS = ["finance", "eco", "pro", "france", "web", "qualite", "gratuit", "seo", "plus", "net"]
DIR_OFF_SITES = [("Cabinet {last} Patrimoine", "Gestion de patrimoine", "cabinet-{l}-patrimoine"),
                 ("{last} Conseil", "Gestion de patrimoine", "{l}-conseil"),
                 ("Courtier {ville}", "Crédit et rachat de crédit", "courtier-credit-{v}"),
                 ("Rachat de crédit {ville}", "Crédit et rachat de crédit", "rachat-credit-{v}"),
                 ("SCPI {adj}", "SCPI", "scpi-{a}"), ("Le guide de la défiscalisation {adj}", "Défiscalisation",
                                                      "defiscalisation-{a}"),
                 ("Assurance-vie {adj}", "Assurance-vie", "assurance-vie-{a}"), ("Trading {adj}", "Bourse et trading",
                                                                                 "trading-{a}"),
                 ("Crypto {adj}", "Crypto-monnaies", "crypto-{a}"), ("Investir à {ville}", "Immobilier",
                                                                     "investir-{v}"),
                 ("Retraite {adj}", "Retraite", "retraite-{a}"), ("{last} Immobilier", "Immobilier", "{l}-immobilier"),
                 ("Notaire {ville}", "Succession et transmission", "notaire-{v}"),
                 ("Mon blog argent {adj}", "Blogs finance", "blog-argent-{a}")]
DIR_ADJ = ["facile", "malin", "expert", "pro", "direct", "plus", "online", "premium", "avenir", "zen", "futé", "360"]


def _dir_keywords(rng: Random, category: str) -> dict:
    kws = rng.sample(DIR_CATEGORIES[category], 5)
    return {f"kw{i + 1}": k for i, k in enumerate(kws)}


def _listing_times(rng: Random, p: dict, n: int) -> list[datetime]:
    """n validation times in batches of params["batch"] (params["spacing"]: one minute, a drip of params["drip_min"]
    minutes, an hour) params["pause_days"] apart, the last batch on params["last"]'s day."""
    sizes = []
    while sum(sizes) < n:
        sizes.append(rng.randint(*p["batch"]))
    sizes[-1] -= sum(sizes) - n
    stamps: list[datetime] = []
    day = p["last"].date()
    for size in reversed(sizes):
        start = _at(day, rng.randrange(p["hours"][0] * 60, p["hours"][1] * 60))
        if p["spacing"] == "same_minute":
            times = [start] * size
        elif p["spacing"] == "drip":
            times = [start + timedelta(minutes=p["drip_min"] * i) for i in range(size)]
        else:
            times = sorted(start + timedelta(minutes=rng.randrange(0, 60)) for _ in range(size))
        stamps = [min(t, NOW) for t in times] + stamps
        day -= timedelta(days=rng.randint(*p["pause_days"]))
    return stamps


def seo_directory(src: Source, guard: DuplicateGuard, content: dict) -> Blog:
    """params["n_listings"] listing pages, validated in batches (`_listing_times`): the audit's sources of
    params["targets"] and invented sites (`DIR_OFF_SITES`) in a shuffled queue, each page the submitter's spintax
    description (`DIR_DESCRIPTIONS`, one template per submitter) with its category's keywords, the link, the category
    and the keywords; params["premium_share"] of them premium (deep links, the mark); the submission, exchange and
    partners pages (params["partners"] partner directories); no comments."""
    p = src.params
    rng = rng_for(src.host, "annuaire")
    w = Writer(rng)
    audit = [(h, content[h].name, _target_category(content[h], kind, rng)) for h, kind in p["targets"] if h in content]
    off = []
    taken_hosts, taken_names = set(), {name for _, name, _ in audit}
    while len(audit) + len(off) < p["n_listings"]:
        name_t, cat, stem_t = rng.choice(DIR_OFF_SITES)
        last, ville, adj = rng.choice(bank.LAST_NAMES), rng.choice(bank.CITIES), rng.choice(DIR_ADJ)
        ctx = {"last": last, "ville": ville, "adj": adj, "l": _slug(last), "v": _slug(ville), "a": _slug(adj)}
        host = f"www.{stem_t.format(**ctx)}.test"
        if host in taken_hosts:
            host = f"www.{stem_t.format(**ctx)}{rng.randrange(2, 99)}.test"
        name = name_t.format(**ctx)
        if host in taken_hosts or name in taken_names:
            continue
        taken_hosts.add(host)
        taken_names.add(name)
        off.append((host, name, cat))
    queue = audit + off
    rng.shuffle(queue)
    queue = queue[:p["n_listings"]]
    times = _listing_times(rng, p, len(queue))
    posts, taken, titles = [], set(), set()
    first = min(times)
    for kind, (title, tpls) in DIR_PAGES.items():
        when = first - timedelta(days=rng.randint(1, 30), minutes=rng.randrange(600))
        ctx = {"min": p["min_words"], "delai": rng.randint(2, 8), "prix": p["price"], "anchor": src.name,
               "host": src.host}
        paras = [w.fill(x, ctx) for x in tpls]
        if kind == "partners":
            paras += [f"{n} : {u}" for u, n in p["partners"]]
        titles.add(title)
        posts.append(Post(0, title, make_slug(src.platform, title, taken), when, p["author"], paras,
                          category="L'annuaire", comments_open=False))
    for (host, name, cat), when in zip(queue, times):
        kws = _dir_keywords(rng, cat)
        tpl = DIR_DESCRIPTIONS[zlib.crc32(host.encode()) % len(DIR_DESCRIPTIONS)]  # the submitter's own spintax
        ctx = {"name": name} | kws
        paras = [w.fill(x, ctx) for x in tpl]
        pads = rng.sample(DIR_PADS, len(DIR_PADS))
        while pads and sum(len(x.split()) for x in paras) < p["min_words"]:
            paras.insert(rng.randint(1, len(paras)), w.fill(pads.pop(), ctx))
        url = f"http://{host}/"
        premium = rng.random() < p["premium_share"]
        paras.append(w.fill(rng.choice(["Site : {u}", "Adresse du site : {u}", "Visiter le site : {u}"]), {"u": url}))
        if premium:
            deep = [f"{url}{x}/" for x in rng.sample(["contact", "blog", "offres", "simulation", "a-propos", "services"],
                                                    rng.randint(1, 3))]
            paras.append(DIR_DEEP.format(links=" ; ".join(deep)))
            paras.insert(0, rng.choice(DIR_PREMIUM))
        paras.append(f"Catégorie : {cat}")
        paras.append("Mots-clés : " + ", ".join(kws[f"kw{i}"] for i in range(1, 6)))
        title = _unique(name if rng.random() < 0.6 else f"{name} : {kws['kw1']}", titles)
        post = Post(0, title, make_slug(src.platform, title, taken), when, p["author"], paras, category=cat,
                    comments_open=False)
        post.tags = [kws["kw1"], kws["kw2"]] + (["premium"] if premium else [])
        posts.append(post)
    premium_hosts = [(f"http://{h}/", n) for (h, n, _), x in zip(queue, posts[len(DIR_PAGES):]) if "premium" in x.tags]
    blog = Blog(src.host, src.platform, src.name, src.tagline, p["author"], make_slug("wordpress", p["author"], set()),
                posts, blogroll=premium_hosts[:6] + [(u, n) for u, n in p["partners"][:p["sidebar"]]], per_page=20)
    _tidy_blog(blog)
    _number_posts(blog, rng)
    return blog


def _slug(text: str) -> str:
    return make_slug("wordpress", text, set())


def _target_category(site, kind: str, rng: Random) -> str:
    if kind == "forum":
        return "Forums et communautés"
    if kind == "news":
        return "Actualité financière"
    cats = [x.category for x in getattr(site, "posts", [])]
    for topic, cat in TOPIC_CATEGORY.items():
        # sorted: a tie between two categories went to whichever the string hash put first (PYTHONHASHSEED)
        if cats and max(sorted(set(cats)), key=cats.count) == TOPICS[topic]["category"]:
            return cat
    return rng.choice(["Blogs finance", "Gestion de patrimoine", "Blogs finance"])


MAKERS = {"newsletter_archive_blog": newsletter_archive_blog, "association_site": association_site,
          "forum_digest_splog": forum_digest_splog, "seo_directory": seo_directory}
