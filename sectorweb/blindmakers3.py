"""Blind families of the evaluation web, round 3: behaviours written by someone who had not read the rules.

Like `blindmakers.py` and `blindmakers2.py`, these four families were designed from how the real French
wealth-management web behaves, without reading what the classifier measures (its rules, thresholds, seeds,
notes or figures), so that their figures are an honest held-out measurement (`evaluation.BLIND_FAMILIES`).
Rounds 1 and 2 were mostly blogs; this round holds two newsrooms and two forums. Each is a hard case:

- `trade_newsroom` (genuine, kind "news"): a trade newsroom for wealth-management professionals (as the
  CGP trade press): every weekday morning the same market brief on one skeleton (same opening and closing
  words, the same lines with new figures, at nearly the same minute), many short dispatches a day in
  press-release French (appointments, fund launches, SCPI inflows, fund-euro rates), often credited to the
  firm's release and signed "La rédaction", a few long features by named journalists, a Friday recap
  linking the week's articles, a quieter summer; no comments;
- `migrated_forum` (genuine, forum): an old community forum moved from one engine to another: the years
  of messages before the move imported under one account ("Archives", "Import"...), each message opening
  with the same header naming its real author and date, some imports stamped with the night of the
  import (hundreds of messages in a few minutes), BBCode leftovers; then the admin's moving announcement,
  members re-registering under their old names, complaints about lost avatars, a few old threads revived,
  and a new life of ordinary threads;
- `ai_local_news` (automated, kind "news"): a "local newspaper" written by a machine under invented
  journalists (bios): articles paraphrased from real newsrooms' articles hours after them, uncredited, and
  long generic guides given a local angle, every day including weekends, at human-looking hours (or on a
  scheduler's quarter-hours), a share slipping a link to paying clients; no comments;
- `llm_qa_forum` (automated, forum): a "questions and answers" site filled by a language model: questions
  from one-time (or a recycled pool of) asker names published in batches, each answered within minutes
  or hours by one to four invented "experts" in fluent, polite, structured answers (numbered key points,
  "En résumé", a prudent disclaimer), some with a client's link; askers rarely come back, nobody
  disagrees or quotes.

`MAKERS[params["maker"]](src, guard, content)` makes a source's content (`content`: the sources made so
far, by host). Every draw comes from `rng_for(host, ...)`: deterministic. The two newsrooms carry
`params["days"] = 0`: `content.build_content` makes every source of the "news" markup with its own
newsroom first, and so finds no day to fill (their texts are written here, after every older source).
"""
from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from random import Random

from sectorweb import bank
from sectorweb.bank_topics import TOPICS
from sectorweb.blindmakers import _at, _cap, _make_forum, _tidy_blog, _tidy_threads, farm_text
from sectorweb.blindmakers2 import _unique
from sectorweb.content import BOARDS, _finish_forum, _number_posts, hash_name, news_post, rng_for
from sectorweb.dates import JOURS, NOW, TODAY, fr_date
from sectorweb.families import make_slug, permalink
from sectorweb.model import Blog, Board, Forum, Message, Post, Thread
from sectorweb.sources import Source
from sectorweb.spin import DuplicateGuard, spin, spin_sentence
from sectorweb.writer import Writer


def _num(x: float, digits: int = 2) -> str:
    return f"{x:,.{digits}f}".replace(",", " ").replace(".", ",")


def _news_blog(src: Source, author: str, posts: list[Post]) -> Blog:
    return Blog(src.host, src.platform, src.name, src.tagline, author, make_slug("wordpress", author, set()), posts,
                per_page=10, feed_items=src.params["rss_items"])


def _summer(day: date) -> bool:
    return (day.month, day.day) >= (7, 20) and (day.month, day.day) <= (8, 24)


# -- the trade newsroom ---------------------------------------------------------------------------------
BRIEF_OPENERS = ["Bonjour à tous. Voici l'essentiel des marchés ce {jour} {date}.",
                 "Bonjour. Les chiffres à retenir avant l'ouverture, ce {jour} {date}.",
                 "Voici votre point marchés du {jour} {date}. Bonne lecture.",
                 "Bonjour, et bienvenue dans votre rendez-vous du matin. Nous sommes le {jour} {date}."]
BRIEF_CLOSERS = ["Bonne journée à tous, et rendez-vous demain matin.",
                 "Bonne journée. Prochain point demain, même heure.",
                 "À demain pour un nouveau point marchés.", "Bonne journée et bonnes affaires."]
BRIEF_LINES = {"cac": "CAC 40 : {v} points ({d}) à la clôture d'hier.",
               "stoxx": "Euro Stoxx 50 : {v} points ({d}).",
               "oat": "OAT 10 ans : {v} %, {d} point de base sur la veille.",
               "bund": "Bund allemand 10 ans : {v} %.",
               "eur": "Euro/dollar : {v}.",
               "or": "Once d'or : {v} dollars ({d}).",
               "brent": "Baril de Brent : {v} dollars."}
BRIEF_AGENDA = ["publication de l'inflation américaine", "réunion de politique monétaire de la BCE",
                "chiffres de la collecte de l'assurance-vie de France Assureurs",
                "indice des prix à la consommation de l'Insee", "résultats trimestriels de {societe}",
                "chiffres du chômage aux États-Unis",
                "publication des taux de fonds euros de {assureur}", "audition du gouverneur de la Banque de France",
                "chiffres de la collecte des SCPI (ASPIM)", "séance du Sénat sur le projet de loi de finances"]
BRIEF_NEWS = "Dans l'actualité d'hier : {t}."
SUMMER_BRIEF = "{brief} prend ses quartiers d'été : retour le {d}. Bonnes vacances à tous nos lecteurs."
ROLES = [("directeur du développement", "directrice du développement"),
         ("directeur commercial", "directrice commerciale"), ("responsable des partenariats CGP",) * 2,
         ("directeur de la gestion privée", "directrice de la gestion privée"),
         ("directeur de l'ingénierie patrimoniale", "directrice de l'ingénierie patrimoniale"),
         ("président du directoire", "présidente du directoire"), ("responsable de la distribution externe",) * 2,
         ("directeur des investissements", "directrice des investissements"),
         ("directeur marketing", "directrice marketing")]
ECOLES = ["l'ESSEC", "l'université Paris-Dauphine", "l'EDHEC", "l'IAE de Lyon", "Sciences Po", "NEOMA", "l'ESCP",
          "l'université de Clermont-Ferrand (DU de gestion de patrimoine)"]
THEMES = ["les infrastructures européennes", "la santé", "les petites capitalisations françaises", "le private equity",
          "la transition énergétique", "les obligations datées {an2}", "l'immobilier logistique", "la dette privée"]
DISPATCHES = {
    "nomination": (["{societe} : {person} nommé{e} {role}", "{person} rejoint {societe} comme {role}",
                    "Mouvement : {person} prend la tête du développement chez {societe}"],
                   ["{societe} [annonce|a annoncé] la nomination de {person} au poste de {role}.",
                    "{Il} [succède à|remplace] {person2}, [qui fait valoir ses droits à la retraite|appelé{e2} à "
                    "d'autres fonctions au sein du groupe].",
                    "Diplômé{e} de {ecole}, {person} a débuté sa carrière chez {societe2} en {annee}.",
                    "{Il} [aura pour mission|sera chargé{e}] de [développer le réseau de conseillers partenaires|"
                    "renforcer la présence du groupe auprès des CGP]."]),
    "lancement": (["{societe} lance un fonds sur {theme}",
                   "{societe} enrichit sa gamme avec un fonds investi dans {theme}",
                   "Nouveau fonds : {societe} mise sur {theme}"],
                  ["{societe} [annonce le lancement d'un|lance un] [fonds|support en unités de compte] investi dans "
                   "{theme}.", "Le fonds est [accessible|référencé] [en assurance-vie et en PER|auprès des conseillers "
                   "partenaires] [dès|à partir de] {petit} de versement.",
                   "Les frais de gestion s'élèvent à {frais} par an.",
                   "« [Ce lancement répond|Ce fonds répond] à une demande forte de nos partenaires », "
                   "[indique|précise] {person}, {role}."]),
    "collecte": (["SCPI : {scpi} collecte {milliards} sur le trimestre", "{scpi} affiche un taux de distribution de "
                  "{taux}", "Collecte : {scpi} [poursuit sa croissance|ralentit]"],
                 ["La SCPI {scpi}, gérée par {societe}, [a collecté|annonce une collecte de] {milliards} [au cours du "
                  "trimestre|depuis le début de l'année].", "Son taux de distribution [atteint|s'établit à] {taux} "
                  "[sur l'exercice|en rythme annuel].", "[Le délai de jouissance reste fixé|Le délai de jouissance "
                  "est ramené] à {nb} mois.", "[La société de gestion a par ailleurs acquis|Elle a acquis] un "
                  "[immeuble de bureaux|entrepôt|ensemble de commerces] à {ville} pour {montant}."]),
    "fonds_euros": (["Fonds euros : {assureur} sert {taux} pour {an}", "Rendement {an} : {assureur} annonce {taux} "
                     "sur son fonds euros"],
                    ["{assureur_cap} [a dévoilé|annonce] le taux servi [en {an}|au titre de {an}] sur son fonds en "
                     "euros : {taux} [net de frais de gestion|avant prélèvements sociaux].",
                     "[Un bonus de {bonus} est accordé|Une bonification de {bonus} est accordée] "
                     "[aux contrats investis à plus de 30 % en unités de compte|sous conditions d'investissement "
                     "en unités de compte].",
                     "[Le taux était de {taux2} l'an dernier|L'an dernier, il était de {taux2}]."]),
    "rachat": (["{societe} rachète le cabinet {cabinet}", "Consolidation : {societe} met la main sur {cabinet}",
                "{societe} prend une participation majoritaire dans {cabinet}"],
               ["{societe} [annonce l'acquisition|a finalisé le rachat] du cabinet {cabinet}, installé à {ville} "
                "[depuis {annee}|de longue date].", "Le cabinet [conseille|accompagne] [environ|plus de] {nb}00 "
                "clients [pour|et gère] {milliards} [d'encours|d'actifs].",
                "[Le montant de l'opération n'a pas été communiqué|Les termes financiers n'ont pas été dévoilés]."]),
    "regulation": (["L'AMF met en garde contre de faux placements en {sujet}", "Arnaques : l'AMF ajoute {nb} sites à "
                    "sa liste noire", "L'ACPR rappelle les règles de {sujet}"],
                   ["[Le régulateur|L'autorité] [met en garde|alerte] [les épargnants|le public] contre "
                    "[des offres|des sites] "
                    "[proposant|promettant] [des rendements|un rendement] de {promesse} [sans risque|garantis].",
                    "[{nb} nouveaux sites ont été ajoutés à|{nb} nouvelles adresses rejoignent] la liste noire "
                    "[publiée ce {jour}|ce {jour}].", "[Le régulateur rappelle|Elle rappelle] qu'aucun placement "
                    "[ne peut offrir|n'offre] un rendement élevé sans risque."]),
}
RELEASE_CREDITS = ["(Communiqué)", "Source : communiqué {de_societe}.", "(D'après un communiqué {de_societe})"]
CABINETS = ["Lemoine Patrimoine", "Arvor Conseil", "Patrimoine & Famille", "Cap Horizon Gestion",
            "Duval Finance", "Sorel Conseil", "Alpes Patrimoine", "Océane Conseil", "Garonne Gestion Privée"]
RECAP_TITLE = "[L'hebdo|La semaine] du {d} : [les {n} articles à retenir|ce qu'il fallait lire]"


MEN_IN_E = {"Philippe", "Christophe", "Stéphane", "Guillaume", "Antoine", "Jérôme", "Dominique"}
WOMEN = {"Agnès", "Inès", "Camille", "Dominique"}


def _person(rng: Random) -> tuple[str, bool]:
    """A name and whether it is a woman's (from the first name, as a newsroom would write it)."""
    first = rng.choice(bank.FIRST_NAMES)
    fem = first in WOMEN or (first[-1] in "ea" and first not in MEN_IN_E)
    return f"{first} {rng.choice(bank.LAST_NAMES)}", fem


def trade_newsroom(src: Source, guard: DuplicateGuard, content: dict) -> Blog:
    """Weekday market briefs on one skeleton (params["brief_share"] of weekdays at params["brief_hour"], jitter
    params["brief_jitter"] minutes), params["dispatches"] short dispatches a weekday (params["weekend"] a
    weekend day), params["release_share"] of them credited to a press release, features on
    params["features"] of weekdays, a Friday recap (params["weekly"]), a summer slowdown (params["summer"])."""
    p = src.params
    rng = rng_for(src.host, "trade")
    w = Writer(rng)
    opener, closer = rng.choice(BRIEF_OPENERS), rng.choice(BRIEF_CLOSERS)
    lines = ["cac"] + rng.sample(["stoxx", "oat", "bund", "eur", "or", "brent"], rng.randint(2, 5))
    level = {"cac": rng.uniform(7200, 8200), "stoxx": rng.uniform(4700, 5400), "oat": rng.uniform(2.7, 3.5),
             "bund": rng.uniform(2.2, 2.9), "eur": rng.uniform(1.05, 1.18), "or": rng.uniform(2300, 3300),
             "brent": rng.uniform(60, 90)}
    posts, taken, titles = [], set(), set()
    news_of_day: dict[date, list[Post]] = {}
    briefs: list[tuple[Post, date]] = []
    recaps: list[tuple[Post, date]] = []
    topics = list(TOPICS)
    for back in range(p["span_days"] - 1, -1, -1):
        day = TODAY - timedelta(days=back)
        weekday = day.weekday() < 5
        summer = p["summer"] and _summer(day)
        moves = {k: rng.gauss(0, 0.9) for k in level}  # the markets move every day, brief or not
        for k, m in moves.items():
            level[k] *= 1 + m / (100 if k not in ("oat", "bund") else 40)
        if weekday and not summer and rng.random() < p["brief_share"]:
            when = _at(day, p["brief_hour"] * 60 + rng.randint(0, p["brief_jitter"]))
            if when <= NOW:
                ctx = {"jour": JOURS[day.weekday()], "date": fr_date(day, first=True)}
                paras = [opener.format(**ctx)]
                for k in lines:
                    d = moves[k]
                    v = _num(level[k], 0 if k in ("cac", "stoxx", "or") else 2 if k != "eur" else 4)
                    dd = (f"{d:+.2f} %" if k not in ("oat", "bund") else f"{round(d * 3):+d}").replace(".", ",")
                    paras.append(BRIEF_LINES[k].format(v=v, d=dd))
                agenda = rng.sample(BRIEF_AGENDA, rng.randint(1, 3))
                paras.append("À suivre aujourd'hui : " + "; ".join(w.fill(a) for a in agenda) + ".")
                paras.append(closer)
                title = f"{p['brief']} du {JOURS[day.weekday()]} {fr_date(day, first=True)}"
                post = Post(0, title, make_slug("news", title, taken), when, p["brief_by"], paras, category="Marchés",
                            comments_open=False)
                posts.append(post)
                briefs.append((post, day))
        if weekday and p["summer"] and (day.month, day.day) == (7, 20) and day <= NOW.date():
            back_day = date(day.year, 8, 25)
            title = f"{p['brief']} : pause estivale"
            posts.append(Post(0, title, make_slug("news", title, taken), _at(day, p["brief_hour"] * 60 + 5),
                              p["brief_by"], [SUMMER_BRIEF.format(brief=p["brief"], d=fr_date(back_day))],
                              category="Marchés", comments_open=False))
        lo, hi = p["dispatches"] if weekday else p["weekend"]
        n = rng.randint(lo, hi)
        if summer:
            n = n // 2
        minutes = sorted(rng.sample(range(7 * 60 + 30, 19 * 60 + 30), n))
        for m in minutes:
            when = _at(day, m)
            if when > NOW:
                continue
            post = _dispatch(rng, w, p, when, taken, titles)
            posts.append(post)
            news_of_day.setdefault(day, []).append(post)
        if weekday and rng.random() < p["features"]:
            when = _at(day, rng.randrange(10 * 60, 18 * 60))
            if when <= NOW:
                post = news_post(w, rng, {"authors": p["journalists"]}, topics, when, titles, taken, guard)
                topic = next((t for t in topics if TOPICS[t]["category"] == post.category), topics[0])
                if rng.random() < 0.6:  # a long feature: a second angle on a related subject
                    post.paragraphs += w.news_article(rng.choice(topics), when)[1][1:]
                post.tags = rng.sample(TOPICS[topic]["sujet"], 2)
                posts.append(post)
                news_of_day.setdefault(day, []).append(post)
        if p["weekly"] and day.weekday() == 4 and not summer:
            when = _at(day, rng.randrange(12 * 60, 17 * 60))
            week = [x for d in (day - timedelta(days=i) for i in range(5)) for x in news_of_day.get(d, [])]
            if when <= NOW and len(week) >= 3:
                title = _unique(w.fill(RECAP_TITLE, {"n": min(len(week), 8), "d": fr_date(day, first=True)}), titles)
                post = Post(0, title, make_slug("news", title, taken), when, "La rédaction",
                            ["Les articles de la semaine que vous ne pouviez pas manquer :"], category="L'hebdo",
                            comments_open=False)
                post.links = [("", x.title) for x in rng.sample(week, min(len(week), 8))]  # urls once numbered
                posts.append(post)
                recaps.append((post, day))
    blog = _news_blog(src, "La rédaction", posts)
    _tidy_blog(blog)
    _number_posts(blog, rng, start=1000)
    by_title = {x.title: x for x in blog.posts}
    for post, _day in recaps:  # the ids are known: the recap links the week's articles
        picked = [by_title[t] for _, t in post.links]
        post.links = []
        post.paragraphs += [f"{x.title} : {permalink(src.platform, src.host, x)}" for x in picked]
        post.paragraphs.append("Bon week-end à tous.")
    for post, day in briefs:  # and the brief names yesterday's news, linked
        prev = [x for d in (day - timedelta(days=i) for i in (1, 2, 3)) for x in news_of_day.get(d, [])][:3]
        if prev and rng.random() < p["brief_links"]:
            post.paragraphs.insert(len(post.paragraphs) - 1, BRIEF_NEWS.format(
                t=" ; ".join(f"{x.title} ({permalink(src.platform, src.host, x)})" for x in prev)))
    return blog


def _dispatch(rng: Random, w: Writer, p: dict, when: datetime, taken: set[str], titles: set[str]) -> Post:
    kind = rng.choices(list(DISPATCHES), [5, 3, 3, 2, 2, 2])[0]
    heads, body = DISPATCHES[kind]
    person, fem = _person(rng)
    person2, fem2 = _person(rng)
    role = rng.choice(ROLES)[fem]
    firm = rng.choice(p["firms"])
    assureur = rng.choice(bank.ASSUREURS)
    rate = rng.randrange(180, 420) / 100
    ctx = {"an": when.year, "month": when.month, "weekday": when.weekday(), "date": when, "societe": firm,
           "societe2": rng.choice([f for f in p["firms"] if f != firm]), "person": person, "person2": person2,
           "e": "e" if fem else "", "e2": "e" if fem2 else "", "Il": "Elle" if fem else "Il", "role": role,
           "ecole": rng.choice(ECOLES), "theme": rng.choice(THEMES).replace("{an2}", str(when.year + 1)),
           "cabinet": rng.choice(CABINETS), "assureur": assureur, "assureur_cap": _cap(assureur),
           "sujet": rng.choice(["crypto-actifs", "placements atypiques", "forex", "vin", "SCPI", "livrets boostés"]),
           "taux": _num(rate) + " %", "taux2": _num(rate + rng.choice([-0.4, -0.2, -0.1, 0.1, 0.25])) + " %",
           "bonus": rng.choice(["0,5 %", "0,8 %", "1 %", "1,5 %"]), "nb": str(rng.randrange(3, 15)),
           "milliards": f"{rng.randrange(5, 400)} millions d'euros", "scpi": rng.choice(bank.SCPIS),
           "promesse": f"{rng.randrange(8, 25)} %", "montant": f"{rng.randrange(4, 90)} millions d'euros",
           "de_societe": ("d'" if firm[0] in "AEIOUÉ" else "de ") + firm}
    for _ in range(12):  # a title of its own: another draw of the template's alternatives
        title = w.fill(rng.choice(heads), ctx)
        if title not in titles:
            break
    title = _unique(title, titles)
    lo, hi = p["dispatch_len"]
    target = rng.randint(lo, hi)
    paras, words = [], 0
    for s in body:
        if words >= target and len(paras) >= 2:
            break
        s = w.fill(s, ctx)
        paras.append(s)
        words += len(s.split())
    release = rng.random() < p["release_share"]
    if release:
        paras.append(w.fill(rng.choice(RELEASE_CREDITS), ctx))
    author = "La rédaction" if rng.random() < p["desk_share"] else rng.choice(p["journalists"])
    category = {"nomination": "Nominations", "lancement": "Produits", "collecte": "SCPI",
                "fonds_euros": "Assurance-vie", "rachat": "Cabinets", "regulation": "Réglementation"}[kind]
    return Post(0, title, make_slug("news", title, taken), when, author, paras, category=category, comments_open=False)


# -- the forum that moved house --------------------------------------------------------------------------
IMPORT_HEADERS = ["Message d'origine de {a}, le {d} :", "[b]{a}[/b] a écrit le {d} :", "Posté par {a} le {d}",
                  "-- Auteur : {a} -- Date : {d} --"]
BBCODE = ["[quote]", "[/quote]", "[img]smilies/icon_wink.gif[/img]", ":D", "[url]lien mort[/url]",
          "[color=red][/color]", "[size=9][/size]"]
MOVE_TEXT = ["Bonjour à tous, après {n} ans sur {old}, le forum déménage enfin sur un outil plus moderne.",
             "Tous les anciens messages ont été importés sous le compte « {imp} » : le nom de l'auteur d'origine et la "
             "date figurent en tête de chaque message.", "Les comptes, eux, n'ont pas pu être repris : "
             "réinscrivez-vous avec votre ancien pseudo, je le rattacherai à la main si besoin.",
             "Merci à tous pour votre patience, et bonne installation !"]
MOVE_REPLIES = ["[Bravo|Chapeau] pour le travail, [ça a dû être long|quel boulot] ! [Je retrouve mon pseudo|Réinscrit "
                "sous mon ancien pseudo], [tout va bien|tout marche].", "[Dommage pour les avatars|Les avatars ont "
                "disparu], mais [l'essentiel est là|les messages sont là, c'est le principal].", "[Les messages privés|"
                "Nos MP] [ont été perdus|sont passés où] ? [J'avais des échanges importants|Pas grave sinon].",
                "[Enfin|Il était temps] ! [L'ancien forum|{old}] [était devenu impossible sur téléphone|affichait des "
                "pubs partout].", "[Petit souci|Un bug] : [les liens vers les anciens sujets|les citations] "
                "[ne marchent plus|s'affichent bizarrement] [dans les messages importés|sur les vieux fils].",
                "[Content de vous retrouver|Ravi de retrouver tout le monde] ici. [On garde les bonnes habitudes|"
                "Longue vie au forum] !"]
ADMIN_FIX = ["[Merci|Merci pour le signalement], {n}. [Les MP n'ont pas pu être importés, désolé|Je regarde ça ce "
             "week-end].", "[Oui|Exact], {n} : [les anciens liens ne sont pas redirigés|les citations sont devenues du "
             "texte], [je n'ai pas trouvé mieux|c'est une limite de l'import].", "[C'est fait|Voilà], {n}, [ton ancien "
             "profil est rattaché|ton pseudo est réservé]."]
BUMPS = ["Je remonte ce [sujet|vieux sujet] [de {annee}|importé de l'ancien forum] : [la situation a changé|les règles "
         "ont changé depuis].", "[Déterrage|Petit déterrage] [assumé|volontaire] : {s}", "[Dix ans après|Des années "
         "après], [le sujet est toujours d'actualité|je retombe sur ce fil]."]


def _old_pseudos(rng: Random, n: int) -> list[str]:
    out: list[str] = []
    pool = list(bank.PSEUDOS)
    while len(out) < n:
        base = rng.choice(pool)
        name = base if base not in out and rng.random() < 0.5 else f"{base}{rng.randrange(2, 99)}"
        if name not in out:
            out.append(name)
    return out


def migrated_forum(src: Source, guard: DuplicateGuard, content: dict) -> Forum:
    """params["old_threads"] threads of params["old_years"] years before the move (params["migrated_days"] ago),
    imported under params["import_account"] with a header naming the author (params["dates_kept"] of the threads
    keep their dates, the others carry the import night's); the admin's announcement, returning members
    (params["returners"] of the old ones), newcomers, params["new_threads"] new threads, old threads bumped
    (params["bumps"])."""
    p = src.params
    rng = rng_for(src.host, "migrated")
    w = Writer(rng)
    admin, imp = p["admin"], p["import_account"]
    move = _at(TODAY - timedelta(days=p["migrated_days"]), rng.randrange(21 * 60, 23 * 60))
    born = move - timedelta(days=round(p["old_years"] * 365))
    old = [admin] + _old_pseudos(rng, p["old_members"])
    old = list(dict.fromkeys(old))
    weights = [1 / (i + 1) ** 0.8 for i in range(len(old))]
    header = IMPORT_HEADERS[p["header"]]
    boards_n = len(BOARDS)
    threads: list[tuple[int, Thread]] = []
    taken: set[str] = set()
    import_clock = move + timedelta(minutes=30)
    old_threads: list[tuple[int, Thread, str]] = []
    for k in range(p["old_threads"]):
        bi = rng.randrange(boards_n)
        topic = rng.choice(BOARDS[bi][2])
        start = born + timedelta(minutes=rng.randrange(0, max(60, int((move - born).total_seconds() // 60) - 600)))
        opener = rng.choices(old, weights)[0]
        raw = [(opener, start, w.forum_question(topic, start))]
        t = start
        for _ in range(rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 11, 15])):
            t += timedelta(minutes=rng.lognormvariate(math.log(300), 1.4))
            if t >= move:
                break
            prev = raw[-1][0]
            if prev != opener and rng.random() < 0.2:
                raw.append((opener, t, w.forum_thanks(t)))
                continue
            author = rng.choices([a for a in old if a != prev], [x for a, x in zip(old, weights) if a != prev])[0]
            text = w.forum_reply(topic, t, prev)
            if rng.random() < p["quote_share"]:  # the old quotes survive as text
                q = rng.choice(raw)
                text.insert(0, f"{q[0]} a écrit : « {q[2][0].split('. ')[0].rstrip('.')}. »")
            raw.append((author, t, text))
        keep = rng.random() < p["dates_kept"]
        msgs = []
        for author, when, text in raw:
            body = [header.format(a=author, d=f"{fr_date(when)} à {when:%H:%M}")] + list(text)
            if rng.random() < p["artifacts"]:
                body[-1] += " " + rng.choice(BBCODE)
            if keep:
                stamp = when
            else:
                import_clock += timedelta(seconds=rng.randint(1, 9))
                stamp = import_clock
            msgs.append(Message(0, imp, stamp, body))
        title = _unique(_title(w, topic, start, taken), taken)
        if p["archive_prefix"]:
            title = "[Archive] " + title
        th = Thread(0, title, msgs, views=rng.randrange(100, 6000))
        threads.append((bi + 1, th))
        old_threads.append((bi, th, topic, start.year))
    # the new house: the announcement, returning members, newcomers
    returners = [a for a in old[1:] if rng.random() < p["returners"]] or [old[1]]
    newcomers = _old_pseudos(rng, p["newcomers"] + len(old))
    newcomers = [n for n in newcomers if n not in old][:p["newcomers"]]
    members = returners + newcomers
    mweights = [1 / (i + 1) ** 0.6 for i in range(len(members))]
    ann = [Message(0, admin, move + timedelta(hours=rng.uniform(2, 20)), [w.fill(x, {"n": round(p["old_years"]),
           "old": p["old_engine"], "imp": imp}) for x in MOVE_TEXT])]
    t = ann[0].when
    for _ in range(rng.randint(2, 6 + len(returners) // 2)):
        t += timedelta(minutes=rng.lognormvariate(math.log(240), 1.2))
        if t > NOW:
            break
        author = rng.choice(returners)
        text = w.fill(rng.choice(MOVE_REPLIES), {"old": p["old_engine"]})
        ann.append(Message(0, author, t, [text]))
        if ("?" in text or "bug" in text.lower() or "souci" in text.lower()) and rng.random() < 0.8:
            t += timedelta(minutes=rng.lognormvariate(math.log(180), 1.0))
            if t <= NOW:
                ann.append(Message(0, admin, t, [w.fill(rng.choice(ADMIN_FIX), {"n": author})]))
    threads.append((0, Thread(0, rng.choice(["Bienvenue sur le nouveau forum !", "Le forum a déménagé : mode d'emploi",
                                             "Migration du forum : à lire"]), ann, views=rng.randrange(300, 3000))))
    span = max(1, (NOW - ann[0].when).total_seconds() / 60 - 120)
    for k in range(p["new_threads"]):
        bi = rng.randrange(boards_n)
        topic = rng.choice(BOARDS[bi][2])
        frac = rng.random() ** p["decline"]  # the new life fades (decline > 1) or grows (< 1)
        start = ann[0].when + timedelta(minutes=60 + frac * span)
        opener = rng.choices(members, mweights)[0]
        msgs = [Message(0, opener, start, w.forum_question(topic, start))]
        t = start
        for _ in range(rng.choice([0, 1, 2, 3, 4, 5, 7, 9])):
            t += timedelta(minutes=rng.lognormvariate(math.log(200), 1.3))
            if t > NOW:
                break
            prev = msgs[-1].author
            if prev != opener and rng.random() < 0.2:
                msgs.append(Message(0, opener, t, w.forum_thanks(t)))
                continue
            pool = [a for a in members + [admin] if a != prev]
            author = rng.choices(pool, [1.0 if a != admin else 0.4 for a in pool])[0]
            quote = None
            if rng.random() < p["quote_share"]:
                q = rng.choice(msgs)
                quote = (q.author, q.text[0].split(". ")[0].rstrip(".") + ".")
            msgs.append(Message(0, author, t, w.forum_reply(topic, t, prev), quote=quote))
        threads.append((bi + 1, Thread(0, _unique(_title(w, topic, start, taken), taken), msgs,
                                       views=rng.randrange(20, 1500))))
    for bi, th, topic, year in old_threads:  # some old threads come back to life
        if rng.random() >= p["bumps"]:
            continue
        t = ann[0].when + timedelta(days=rng.uniform(1, max(2, (NOW - ann[0].when).days)))
        for i in range(rng.randint(1, 3)):
            if t > NOW:
                break
            author = rng.choice([a for a in members if not th.messages[-1].author == a] or members)
            text = w.forum_reply(topic, t, th.messages[-1].author)
            if i == 0:
                text.insert(0, w.fill(rng.choice(BUMPS), {"an": t.year, "annee": year, "s": w.sentence(topic, t)}))
            th.messages.append(Message(0, author, t, text))
            t += timedelta(minutes=rng.lognormvariate(math.log(400), 1.2))
    _tidy_threads(threads)
    boards = [Board(1, "Annonces et vie du forum", "Fonctionnement du forum, nouveautés, questions techniques.",
                    [t for b, t in threads if b == 0], category="Vie du forum")]
    boards += [Board(i + 2, *BOARDS[i][:2], threads=[t for b, t in threads if b == i + 1]) for i in range(boards_n)]
    users, uid = {}, 1
    for name in [admin, imp] + members:
        if name in users:
            continue
        uid += 1 + hash_name(name) % 3
        users[name] = uid
    forum = Forum(src.host, src.platform, src.name, src.tagline, [b for b in boards if b.threads], users,
                  admins={admin})
    _finish_forum(forum)
    return forum


def _title(w: Writer, topic: str, when: datetime, taken: set[str]) -> str:
    for _ in range(30):
        q = w.question(topic, when)
        title = w.fill(w.rng.choice(["{q} ?", "[Besoin d'avis|Avis] : {q} ?", "{sujet_cap} : {q} ?", "{Q} ?"]),
                       {"q": q, "Q": _cap(q), "sujet": w.rng.choice(TOPICS[topic]["sujet"])})
        if title not in taken:
            break
    return title


# -- the machine-written local newspaper ------------------------------------------------------------------
LOCAL_TITLES = ["{t} : ce que cela change pour les habitants de {ville}", "{ville} : {t_lc}",
                "Investir à {ville} : {t_lc}", "{t}, le point à {ville}", "Épargnants de {ville} : {t_lc}"]
LOCAL_INTROS = ["À {ville} [aussi|comme ailleurs], [la question se pose|le sujet intéresse de nombreux ménages].",
                "[Dans la région de {ville}|Pour les habitants de {ville}], [les conséquences sont concrètes|le sujet "
                "n'a rien d'abstrait]."]
AI_BIOS = ["{name} est journaliste à la rédaction depuis {annee}. [Passionné{e} d'économie locale|Spécialiste des "
           "finances personnelles], [{il} couvre l'actualité patrimoniale de la région|{il} décrypte chaque semaine "
           "l'actualité de l'épargne].",
           "[Par|Article rédigé par] {name}, [rédact{rice} en chef adjoint{e}|journaliste "
           "économie], [diplômé{e} en journalisme|ancien{ne} de la presse quotidienne régionale]."]
AI_LEADS = ["[Pour comparer les offres|Pour trouver la meilleure offre], [rendez-vous sur|consultez] {u}",
            "[Nos lecteurs peuvent|Les épargnants peuvent] [simuler leur situation|obtenir un bilan gratuit] sur {u}",
            "[À lire aussi chez notre partenaire|Notre partenaire] : {u}"]
AI_PAGES = ["comparatif", "simulation", "bilan-gratuit", "offre", "guide", "devis"]


def ai_local_news(src: Source, guard: DuplicateGuard, content: dict) -> Blog:
    """params["per_day"] articles a day over params["span_days"] (params["weekend"] of it at weekends), between
    params["hours"], params["round_share"] of them on a scheduler's quarter-hour; params["rewrite_share"] of them
    paraphrased (params["spin_range"]) from params["origins"]' articles 1-30 hours old, uncredited, the others
    generic guides (params["local_share"] with a local angle); authors among params["journalists"] (bios:
    params["bios"]); params["money_share"] link to params["money"]."""
    p = src.params
    rng = rng_for(src.host, "ailocal")
    w = Writer(rng)
    city = p["city"]
    pool = sorted(((o, h) for h in p["origins"] if h in content for o in content[h].posts), key=lambda x: x[0].when)
    used: set[int] = set()
    posts, taken, titles = [], set(), set()
    fem = {j: rng.random() < 0.5 for j in p["journalists"]}
    bios = {}
    for j in p["journalists"]:
        e = "e" if fem[j] else ""
        bios[j] = w.fill(rng.choice(AI_BIOS), {"name": j, "e": e, "il": "elle" if fem[j] else "il",
                                               "rice": "rice" if fem[j] else "eur", "ne": "ne" if fem[j] else "",
                                               "an": NOW.year})
    for back in range(p["span_days"] - 1, -1, -1):
        day = TODAY - timedelta(days=back)
        n = rng.randint(*p["per_day"])
        if day.weekday() >= 5:
            n = round(n * p["weekend"])
        h0, h1 = p["hours"]
        for m in sorted(rng.sample(range(h0 * 60, h1 * 60), n)):
            if rng.random() < p["round_share"]:
                m -= m % 15
            when = _at(day, m)
            if when > NOW:
                continue
            fresh = [(o, h) for o, h in pool if id(o) not in used
                     and timedelta(hours=1) <= when - o.when <= timedelta(hours=30)]
            if fresh and rng.random() < p["rewrite_share"]:
                o, h = rng.choice(fresh)
                used.add(id(o))
                title = _unique(spin_sentence(o.title, rng, 0.9, 0.0), titles)
                topic = next((t for t in TOPICS if TOPICS[t]["category"] == o.category), rng.choice(p["topics"]))
                quote = [x for x in o.paragraphs[1:] if "«" in x][:1]
                body = w.news_article(topic, when)[1][1:]
                cut = len(body) // 2
                paras = spin(o.paragraphs[:1], rng, *p["spin_range"]) + body[:cut] + quote + body[cut:]
                if rng.random() < 0.3:
                    paras.insert(1, w.fill(rng.choice(LOCAL_INTROS), {"ville": city}))
                post = Post(0, title, make_slug("news", title, taken), when, rng.choice(p["journalists"]), paras,
                            category=o.category, comments_open=not p["closed"])
                post.origin = permalink(content[h].platform, h, o)
            else:
                topic = rng.choice(p["topics"])
                title, paras = farm_text(w, guard, topic, rng.choice(["expert", "conseil"]), when,
                                         rng.randint(*p["length"]))
                category = TOPICS[topic]["category"]
                if rng.random() < p["local_share"]:
                    title = w.fill(rng.choice(LOCAL_TITLES), {"t": title, "t_lc": title[:1].lower() + title[1:],
                                                              "ville": city})
                    paras.insert(1, w.fill(rng.choice(LOCAL_INTROS), {"ville": city}))
                    category = f"{city} et sa région"
                title = _unique(title, titles)
                post = Post(0, title, make_slug("news", title, taken), when, rng.choice(p["journalists"]), paras,
                            category=category, comments_open=not p["closed"])
                post.tags = rng.sample(TOPICS[topic]["sujet"], 2)
            if p["bios"]:
                post.paragraphs.append(bios[post.author])
            if rng.random() < p["money_share"]:
                u = f"{rng.choice(p['money'])}{rng.choice(AI_PAGES)}/"
                post.paragraphs.insert(rng.randrange(1, len(post.paragraphs)), w.fill(rng.choice(AI_LEADS), {"u": u}))
            posts.append(post)
    blog = _news_blog(src, "La rédaction", posts)
    _tidy_blog(blog)
    _number_posts(blog, rng, start=1000)
    return blog


# -- the machine-written questions-and-answers site ---------------------------------------------------------
QA_ASK = ["Bonjour, je souhaiterais savoir {q} ? Merci d'avance pour vos réponses.",
          "Bonjour à tous, {q} ? [J'ai|Nous avons] {age} ans et {montant} [d'épargne|à placer].",
          "{Q} ? [Merci pour votre aide|Toute aide est la bienvenue].",
          "[Question|Petite question] : {q} ? [Je n'ai pas trouvé de réponse claire|Les avis divergent sur internet]."]
QA_OPEN = ["Bonjour {a}, excellente question !", "Bonjour, c'est une question [fréquente|que beaucoup se posent].",
           "Bonne question ! Voici les éléments essentiels à connaître.", "Bonjour {a}, pour vous répondre "
           "précisément, plusieurs éléments entrent en jeu.", "Bonjour, [je vais essayer de|permettez-moi de] vous "
           "apporter un éclairage [complet|clair] sur ce point."]
QA_LIST = ["Voici les points clés à retenir :", "Plusieurs éléments sont à prendre en compte :",
           "Voici ce qu'il faut savoir :"]
QA_SUMMARY = ["En résumé, {s}", "Pour résumer, {s}", "En conclusion, {s}"]
QA_CLOSE = ["N'hésitez pas à consulter un conseiller en gestion de patrimoine pour une analyse adaptée à votre "
            "situation.", "Chaque situation étant unique, [un professionnel pourra|seul un professionnel peut] "
            "[affiner cette analyse|vous conseiller précisément].", "J'espère que cela vous aide !",
            "[Bonne continuation dans votre projet|Bonne réflexion] !"]
QA_PERSONA = ["Pour ma part, j'ai accompagné de nombreux clients dans cette situation.", "Dans ma pratique, c'est "
              "[souvent|presque toujours] la solution la plus adaptée.", "Pour l'avoir vécu moi-même, je confirme."]
QA_LEADS = ["Pour comparer les offres : {u}", "Vous pouvez faire une simulation gratuite ici : {u}",
            "Un guide complet sur ce sujet : {u}"]
QA_THANKS = ["Merci beaucoup pour cette réponse très complète !", "Merci, c'est très clair.",
             "Merci {a} pour ces explications."]
QA_RULES = ["Bienvenue sur [notre plateforme|notre espace] de questions-réponses [dédiée au patrimoine|sur "
            "l'épargne et le patrimoine]. [Posez vos questions|Posez votre question], [nos experts|notre communauté "
            "d'experts] vous répondent [rapidement|sous 24 heures]."]


def llm_qa_forum(src: Source, guard: DuplicateGuard, content: dict) -> Forum:
    """params["n_questions"] questions over params["span_days"], published in batches of params["batch"] within
    params["batch_spread"] minutes; askers fresh (params["askers"] = 0) or from a recycled pool; each answered by
    params["answers"] of params["experts"], params["delay_min"] minutes apart; params["structure_share"] of the
    answers numbered, params["persona_share"] with a personal touch, params["money_share"] with a link to
    params["money"]; askers thank in params["thanks_share"] of the threads."""
    p = src.params
    rng = rng_for(src.host, "qa")
    w = Writer(rng)
    admin, experts = p["admin"], p["experts"]
    start = NOW - timedelta(days=p["span_days"])
    taken_names = {admin, *experts}
    pool: list[str] = []

    def new_name() -> str:
        for _ in range(50):
            name = rng.choice([f"{rng.choice(bank.FIRST_NAMES)} {rng.choice(bank.LAST_NAMES)[0]}.",
                               f"{rng.choice(bank.FIRST_NAMES)}{rng.randrange(10, 99)}",
                               f"{rng.choice(bank.FIRST_NAMES)}_{rng.choice(bank.CITIES)}".replace(" ", "")])
            if name not in taken_names:
                break
        taken_names.add(name)
        return name

    if p["askers"]:
        pool = [new_name() for _ in range(p["askers"])]
    askers: list[str] = []
    rules = Thread(0, rng.choice(["Comment fonctionne le site ?", "Bienvenue : posez vos questions", "À lire avant de "
                                  "poser une question"]), [Message(0, admin, start, [w.fill(QA_RULES[0])])],
                   views=rng.randrange(200, 2000))
    threads = [(0, rules)]
    taken: set[str] = set()
    times: list[datetime] = []
    while len(times) < p["n_questions"]:
        t0 = start + timedelta(days=rng.uniform(0.5, p["span_days"]))
        t0 = t0.replace(hour=rng.choice(p["batch_hours"]), minute=rng.randrange(60))
        k = min(rng.randint(*p["batch"]), p["n_questions"] - len(times))
        times += [t0 + timedelta(minutes=rng.uniform(0, p["batch_spread"])) for _ in range(k)]
    for when in sorted(times):
        if when > NOW - timedelta(minutes=30):
            continue
        asker = rng.choice(pool) if pool else new_name()
        askers.append(asker)
        bi = rng.randrange(len(BOARDS))
        topic = rng.choice(BOARDS[bi][2])
        for _ in range(20):  # the farm's questions are near one another; a title of its own all the same
            q = w.question(topic, when)
            if _cap(q) + " ?" not in taken:
                break
            topic = rng.choice(BOARDS[bi][2])
        ctx = {"q": q, "Q": _cap(q), "an": when.year, "month": when.month, "date": when}
        if rng.random() < 0.5:
            ask = w.fill(rng.choice(QA_ASK), ctx)
        else:  # in a person's words: greeting, situation, then the question
            ask = " ".join([w.fill(rng.choice(bank.FORUM["open"]), ctx),
                            w.fill(rng.choice(bank.FORUM["situation"]), ctx), _cap(q) + " ?"])
        msgs = [Message(0, asker, when, [ask])]
        t = when
        answering = rng.sample(experts, min(len(experts), rng.randint(*p["answers"])))
        for expert in answering:
            t += timedelta(minutes=rng.uniform(*p["delay_min"]))
            if t > NOW:
                break
            msgs.append(Message(0, expert, t, _answer(rng, w, p, topic, t, asker)))
        if len(msgs) > 1 and rng.random() < p["thanks_share"]:
            t += timedelta(minutes=rng.lognormvariate(math.log(300), 1.0))
            if t <= NOW:
                msgs.append(Message(0, asker, t, [w.fill(rng.choice(QA_THANKS), {"a": msgs[1].author})]))
        title = _unique(_cap(q) + " ?", taken)
        threads.append((bi, Thread(0, title, msgs, views=rng.randrange(30, 5000))))
    return _make_forum(src, [admin, *experts, *dict.fromkeys(askers)], threads)


def _answer(rng: Random, w: Writer, p: dict, topic: str, when: datetime, asker: str) -> list[str]:
    paras = [w.fill(rng.choice(QA_OPEN), {"a": asker.split()[0]})]
    if rng.random() < p["persona_share"]:
        paras[0] += " " + rng.choice(QA_PERSONA)
    k = rng.randint(3, 5)
    sentences = w.sentences(topic, when, k)
    if rng.random() < p["structure_share"]:
        paras.append(rng.choice(QA_LIST))
        paras += [f"{i + 1}. {s}" for i, s in enumerate(sentences)]
    else:
        paras.append(" ".join(sentences))
    s = w.sentence(topic, when)
    paras.append(w.fill(rng.choice(QA_SUMMARY), {"s": s[:1].lower() + s[1:]}))
    if rng.random() < p["money_share"]:
        paras.append(w.fill(rng.choice(QA_LEADS), {"u": f"{rng.choice(p['money'])}{rng.choice(AI_PAGES)}/"}))
    paras.append(w.fill(rng.choice(QA_CLOSE)))
    return paras


MAKERS = {"trade_newsroom": trade_newsroom, "migrated_forum": migrated_forum, "ai_local_news": ai_local_news,
          "llm_qa_forum": llm_qa_forum}
