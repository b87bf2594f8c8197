"""Blind families of the evaluation web, round 2: behaviours written by someone who had not read the rules.

Like `blindmakers.py`, these four families were designed from how the real French wealth-management web
behaves, without reading what the classifier measures (its rules, thresholds, notes or figures), so that
their figures are an honest held-out measurement (`evaluation.BLIND_FAMILIES`). Each is a hard case:

- `portfolio_diary_blog` (genuine): a private investor's "bilan patrimonial du mois" (the FIRE bloggers'
  monthly report): one post a month at the start of the month on the same skeleton (same title pattern,
  same section lines with new figures, the same disclaimer word for word, a link to last month's report),
  a few free essays between, months skipped or late; a small circle of loyal readers share their own
  figures under each report and the author answers some of them in the evening;
- `investment_club_forum` (genuine): the private forum of an investment club (5-18 members): every
  month the president posts the agenda and the secretary the minutes of the meeting (a fixed template),
  members propose stocks and vote in one-word messages ("Pour.", "+1", "Merci pour le CR !", the same
  words month after month); a handful of accounts write everything, at a monthly rhythm, no meeting in
  August; now and then a real debate, members leave and join;
- `expired_domain_blog` (automated): a domain bought after it expired: the old owner's genuine archive
  (posts, readers' comments, his answers) kept as it was, then years of silence, then new long unique
  guides under another name, at a human-looking irregular pace, each slipping contextual links to sold
  clients (4-15 commercial sites, some outside the sector), comments closed or never written; some old
  posts edited years later to insert a client's link;
- `review_site` (automated): a "reviews and rankings" site of brokers and advisory firms: each review
  post has a rating, pros and cons, a generic body and a tracked link to the sponsor (reviews of the
  competitors recommend the sponsor as "our alternative"), rankings put the sponsor first; under the
  posts, customer reviews from many distinct one-time names, unique texts, mostly glowing for the
  sponsor, arriving in campaigns (a dozen in two days, then nothing), some answered by the site's team.

`MAKERS[params["maker"]](src, guard, content)` makes a source's content (`content`: the sources made so
far, by host). Every draw comes from `rng_for(host, ...)`: deterministic.
"""
from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from random import Random

from sectorweb import bank
from sectorweb.bank_topics import TOPICS
from sectorweb.blindmakers import _at, _cap, _minute, _tidy_blog, _tidy_threads, farm_text
from sectorweb.content import (_Community, _comments, _finish_forum, _forum_title, _number_comments, _number_posts,
                               _schedule, fresh_post, hash_name, rng_for)
from sectorweb.dates import JOURS, MOIS, NOW, fr_date
from sectorweb.families import make_slug, permalink
from sectorweb.model import Blog, Board, Comment, Forum, Message, Post, Thread
from sectorweb.sources import Source
from sectorweb.spin import DuplicateGuard
from sectorweb.writer import Writer, fmt_int


def _eur(x: float) -> str:
    return fmt_int(int(round(x))) + " €"


def _pct(x: float) -> str:
    return (f"{x:+.1f}" if x else "0,0").replace(".", ",") + " %"


def _month_back(year: int, month: int, k: int) -> tuple[int, int]:
    m = year * 12 + (month - 1) - k
    return m // 12, m % 12 + 1


def _evening(day: date, rng: Random) -> datetime:
    """When a person with a day job writes: the evening, or a weekend morning."""
    if day.weekday() >= 5 and rng.random() < 0.5:
        return _at(day, rng.randrange(8 * 60, 12 * 60))
    return _at(day, rng.randrange(19 * 60, 23 * 60 + 30))


def _blog(src: Source, author: str, posts: list[Post], content: dict) -> Blog:
    return Blog(src.host, src.platform, src.name, src.tagline, author, make_slug("wordpress", author, set()), posts,
                blogroll=[(f"http://{h}/", content[h].name) for h in src.params.get("blogroll", []) if h in content])


# -- the private investor's monthly report ---------------------------------------------------------------
REPORT_TITLES = ["Bilan patrimonial {de_mois} {an}", "Point mensuel n°{k} : {mois} {an}",
                 "Mes revenus passifs {de_mois} {an}", "Suivi du portefeuille : {mois} {an}",
                 "Reporting {mois} {an} : où en est le patrimoine ?", "Objectif rente : bilan {de_mois} {an}"]
REPORT_INTROS = [
    "[Comme chaque mois|Nouveau mois, nouveau bilan], voici [le point|mon point] sur [mon patrimoine|nos finances] "
    "à fin {mois}.",
    "[Le mois {de_mois} est terminé|{mois_cap} s'achève], [place au|voici le] bilan [habituel|mensuel].",
    "[Avec un peu de retard|Un peu en retard ce mois-ci], voici le bilan {de_mois}. [Le travail|La famille] "
    "[m'a pas mal occupé|a pris le dessus].",
    "[Bonjour à tous|Salut à tous] ! [On se retrouve|Je vous retrouve] pour le bilan {de_mois}.",
]
LIFE = ["[Mois chargé au boulot|Gros mois au travail], [peu de temps pour suivre les marchés|je n'ai presque rien "
        "regardé].", "[Les enfants ont repris l'école|Rentrée scolaire], [et le budget fournitures a piqué|donc "
        "dépenses exceptionnelles ce mois-ci].", "[Quelques jours de vacances|Une semaine en Bretagne] [en famille|"
        "chez les beaux-parents], [ça fait du bien|déconnexion totale].", "[La voiture a lâché|Réparation de la "
        "chaudière] : [{petit} imprévus|{petit} de dépenses surprises], le fonds d'urgence a servi.",
        "[Rien de spécial|Mois calme] côté vie perso.", "[J'ai enfin|Nous avons enfin] [renégocié l'assurance "
        "emprunteur|fait le tri dans nos abonnements], [{petit} d'économie par an|petite victoire]."]
REPORT_LINES = [  # the skeleton: one line per section, the same words every month, new figures
    "Patrimoine net : {net} ({delta} sur le mois).",
    "Épargne du mois : {saved}, soit un taux d'épargne de {rate}.",
    "Dividendes et loyers perçus : {income}.",
    "Répartition : {bourse} en bourse (PEA et compte-titres), {av} en assurance-vie, {immo} en immobilier "
    "et SCPI, le reste en livrets.",
    "Objectif : {goal} de revenus passifs par mois, atteint à {reach}.",
]
MOVES = ["Mouvements : achat de {nb} parts d'ETF World dans le PEA.", "Mouvements : versement de {montant2} sur "
         "l'assurance-vie.", "Mouvements : renforcement sur {scpi}.", "Mouvements : aucun, j'ai laissé "
         "[courir|faire le temps].", "Mouvements : vente de la ligne {societe}, [déception|objectif atteint]."]
DISCLAIMERS = ["Je ne suis pas conseiller financier : ce bilan raconte mon parcours, ce n'est pas une recommandation.",
               "Rappel : ces chiffres sont les miens, pas un conseil. Chaque situation est différente.",
               "Ceci n'est pas un conseil en investissement, faites vos propres recherches."]
OUTROS = ["Et vous, comment s'est passé votre mois {de_mois} ?", "Rendez-vous le mois prochain ! Et de votre côté ?",
          "À vos claviers : partagez vos chiffres en commentaire !"]
PREV_LINK = ["Le bilan du mois dernier : {u}", "Pour comparer, le bilan précédent : {u}"]
SKIPPED = "Pas de bilan le mois dernier, [vacances obligent|faute de temps] : ce bilan couvre [les deux mois|" \
          "deux mois]."
READER_REPORT = [
    "[Bravo pour la régularité|Chapeau pour la régularité], {auteur} ! [De mon côté|Chez nous], {saved} "
    "[d'épargne|mis de côté] ce mois-ci.",
    "[Belle progression|Joli mois] ! [Tu vises|Vous visez] toujours {goal} par mois ?",
    "[Merci pour la transparence|Merci de partager tes chiffres], [ça motive|ça me pousse à faire mes comptes]. "
    "[Question|Petite question] : {q} ?",
    "[Toujours un plaisir de lire ces bilans|Je lis tes bilans chaque mois]. [Moi aussi|De mon côté], "
    "[j'ai renforcé mon PEA|j'ai versé sur mon PER|pas de mouvement] ce mois-ci.",
    "{income} de dividendes, [pas mal|joli] ! [Je suis à|J'en suis à] {petit} [par mois|seulement], "
    "[ça viendra|patience].",
    "[Le taux d'épargne est impressionnant|{rate} d'épargne, respect]. [Comment tu fais avec les enfants|"
    "Tu comptes les remboursements de crédit dedans] ?",
]
AUTHOR_REPORT = ["Merci {prenom} ! [Bravo à toi aussi|Belle régularité aussi de ton côté].",
                 "[Oui|Toujours], {prenom}, [même si|mais] [ça prendra du temps|l'objectif recule un peu chaque "
                 "année].",
                 "{prenom}, [bonne question|je n'y avais pas pensé]. {sentence}",
                 "[Merci pour ton message|Merci de suivre ces bilans], {prenom}. {sentence}"]


def portfolio_diary_blog(src: Source, guard: DuplicateGuard, content: dict) -> Blog:
    """Monthly reports on one skeleton (params["n_reports"], the day of month in params["report_day"], some
    skipped or late) and free essays between them (params["essay_share"]); loyal readers comment the
    reports (params["commented"], params["comments"]), the author answers params["reply_rate"] of them."""
    p = src.params
    rng = rng_for(src.host, "diary")
    w = Writer(rng)
    people = _Community(rng, [], size=p["readers"])
    title_t, disclaimer = p["title"], rng.choice(DISCLAIMERS)
    net, goal = p["start_net"], p["goal"]
    yield_ = rng.uniform(0.0006, 0.0025)  # dividends and rents, a month, of the net worth
    split = [rng.randint(30, 50), rng.randint(15, 30), rng.randint(5, 30)]  # bourse, assurance-vie, immobilier
    posts, taken, parents, reports = [], set(), {}, []
    year, month = _month_back(NOW.year, NOW.month, p["stopped_months"])
    skipped = False
    k = 0
    months = [_month_back(year, month, i) for i in range(p["n_reports"] - 1, -1, -1)]
    for y, m in months:
        ry, rm = _month_back(y, m, 1)  # the report on month rm, published early in month m
        saved = net * rng.uniform(0.004, 0.02) + rng.uniform(300, 1500)
        delta = rng.gauss(0.6, 2.2)
        net = net * (1 + delta / 100) + saved
        income = net * yield_ * rng.uniform(0.5, 1.6)  # lumpy: dividends come in spring
        split = [max(3, x + rng.choice([-1, 0, 0, 0, 1])) for x in split]
        if rng.random() < p["skip_share"] and k:  # no report this month: the next one covers two
            skipped = True
            continue
        k += 1
        day = rng.randint(*p["report_day"]) + (rng.randint(4, 14) if rng.random() < p["late_share"] else 0)
        when = _evening(date(y, m, min(day, 28)), rng)
        if when > NOW:
            continue
        de_mois = ("d'" if MOIS[rm - 1][0] in "aeiou" else "de ") + MOIS[rm - 1]
        ctx = {"mois": MOIS[rm - 1], "mois_cap": _cap(MOIS[rm - 1]), "de_mois": de_mois, "an": ry, "k": k,
               "month": rm, "date": when,
               "net": _eur(net), "delta": _pct(delta), "saved": _eur(saved), "rate": f"{rng.randint(12, 55)} %",
               "income": _eur(income), "goal": _eur(goal), "reach": f"{min(99, round(income / goal * 100))} %",
               "bourse": f"{split[0]} %", "av": f"{split[1]} %", "immo": f"{split[2]} %"}
        paras = [w.fill(rng.choice(REPORT_INTROS), ctx)]
        if skipped:
            paras.append(w.fill(SKIPPED))
        if rng.random() < 0.6:
            paras[-1] += " " + w.fill(rng.choice(LIFE))
        paras += [w.fill(line, ctx) for line in REPORT_LINES] + [w.fill(rng.choice(MOVES), ctx)]
        paras.append(" ".join(w.sentences(rng.choice(p["topics"]), when, rng.randint(1, 3))))  # this month's thought
        paras += [disclaimer, w.fill(rng.choice(OUTROS), ctx)]
        skipped = False
        title = w.fill(title_t, ctx)
        post = Post(0, title, make_slug(src.platform, title, taken), when, p["author"], paras, category="Bilans")
        post.tags = ["bilan mensuel", "indépendance financière"]
        post.comments = _report_comments(rng, w, post, ctx, p, people, parents)
        posts.append(post)
        reports.append(post)
        for _ in range(rng.randint(0, 2)):  # the free essays of the month, if any
            if rng.random() >= p["essay_share"]:
                continue
            ew = when + timedelta(days=rng.uniform(3, 27))
            ew = _evening(ew.date(), rng)
            if ew > NOW:
                continue
            topic = rng.choice(p["topics"])
            etitle, eparas = fresh_post(w, guard, topic, p["voice"], ew, p["size"], src.platform, taken)
            essay = Post(0, etitle, make_slug(src.platform, etitle, taken), ew, p["author"], eparas,
                         category=TOPICS[topic]["category"])
            essay.tags = rng.sample(TOPICS[topic]["sujet"], 2)
            essay.comments = _comments(rng, w, essay, topic, p | {"comments": (0, p["comments"][1]),
                                                                   "personal_comments": True}, people, parents)
            posts.append(essay)
    blog = _blog(src, p["author"], posts, content)
    _tidy_blog(blog)
    _number_posts(blog, rng)
    _number_comments(blog, parents)
    for prev, post in zip(reports, reports[1:]):  # ids known: the link to last month's report
        if rng.random() < p["prev_link_share"]:
            u = permalink(src.platform, src.host, prev)
            post.paragraphs.insert(len(post.paragraphs) - 2, w.fill(rng.choice(PREV_LINK), {"u": u}))
    return blog


def _report_comments(rng: Random, w: Writer, post: Post, ctx: dict, p: dict, people: _Community,
                     parents: dict) -> list[Comment]:
    out: list[Comment] = []
    if rng.random() >= p["commented"]:
        return out
    t = post.when
    for _ in range(rng.randint(*p["comments"])):
        t += timedelta(minutes=rng.lognormvariate(math.log(500), 1.3))
        if t > NOW:
            break
        name, _url = people.pick()
        topic = rng.choice(p["topics"])
        cctx = ctx | {"auteur": p["author"].split()[0], "q": w.question(topic, t),
                      "saved": _eur(rng.uniform(150, 3000)),
                      "goal": _eur(rng.choice([1000, 1500, 2000, 3000]))}
        text = w.fill(rng.choice(READER_REPORT), cctx)
        if rng.random() < 0.3:
            text += " " + w.sentence(topic, t)
        c = Comment(0, name, _minute(t), [text])
        out.append(c)
        if rng.random() < p["reply_rate"]:
            rt = _evening((t + timedelta(hours=rng.uniform(2, 70))).date(), rng)
            if t < rt <= NOW:
                r = Comment(0, post.author, rt, [w.fill(rng.choice(AUTHOR_REPORT), {
                    "prenom": name.split()[0], "sentence": w.sentence(topic, rt)})], by_author=True)
                parents[id(r)] = c
                out.append(r)
    out.sort(key=lambda c: c.when)
    return out


# -- the investment club's forum --------------------------------------------------------------------------
CLUB_BOARDS = [("Réunions et comptes rendus", "Ordres du jour, comptes rendus, votes du club."),
               ("Propositions d'investissement", "Vos idées de valeurs, analyses et votes."),
               ("Discussions libres", "Marchés, fiscalité du club, tout le reste.")]
AGENDA = ["Réunion du {datefr} : ordre du jour", "Ordre du jour, réunion de {mois} {an}",
          "Prochaine réunion ({datefr}) : ordre du jour"]
AGENDA_BODY = ["[Bonsoir à tous|Bonjour à tous], la réunion aura lieu [chez {host}|au café habituel|en visio] le "
               "{datefr} à 20 h 30. Ordre du jour : 1) point sur le portefeuille, 2) [propositions d'achat|"
               "arbitrages], "
               "3) [questions diverses|cotisations]. [Pensez à prévenir si vous êtes absents|Merci de confirmer "
               "votre présence].",
               "Rappel : réunion le {datefr}. [Au programme|À l'ordre du jour] : [valorisation|bilan du mois], "
               "[vos propositions|les idées de chacun] (postez-les ici avant), [questions diverses|le point "
               "trésorerie]."]
CR_TITLES = ["CR réunion du {datefr}", "Compte rendu de la réunion du {datefr}", "Compte rendu : {mois} {an}"]
CR_LINES = ["Présents : {present} ({k} membres sur {n}).{excuses}",
            "Valorisation du portefeuille au {datefr} : {valo} ({perf} depuis le 1er janvier).",
            "Trésorerie disponible après cotisations : {cash}.",
            "{decision}",
            "Prochaine réunion : le {next}."]
DECISIONS = ["Décision : achat de {nb} titres {societe} (pour : {yes}, contre : {no}, abstention : {abst}).",
             "Décision : vente de la ligne {societe} (pour : {yes}, contre : {no}).",
             "Pas de décision ce mois-ci, la proposition {societe} est reportée (pour : {yes}, contre : {no}).",
             "Décision : renforcement de {societe} (unanimité)."]
ACKS = ["Merci pour le CR !", "Merci pour le compte rendu.", "+1", "Rien à ajouter.", "Merci, bien reçu.",
        "Merci !", "Merci {sec}."]
VOTES = ["Pour.", "Pour", "+1", "Pour, mais pas plus de 5 % du portefeuille.", "Contre, [valorisation trop élevée|"
         "trop de dette|secteur trop cyclique] à mon goût.", "Abstention, je ne connais pas assez.",
         "Pour. [Bonne analyse|Bien vu] {who}.", "Contre.", "Excusé {jour}, je vote pour par procuration."]
PROPOSALS = ["Proposition : {societe}", "Idée d'achat : {societe}", "{societe} : je propose qu'on regarde"]
PROPOSAL_BODY = "[Je propose|Je vous propose] {societe} [pour la prochaine réunion|pour {jour}]. {analysis} " \
                "[Qu'en pensez-vous ?|Vos avis ?]"
STOCKS = ["Air Liquide", "TotalEnergies", "Schneider", "Vinci", "Sanofi", "L'Oréal", "Michelin", "Legrand",
          "Capgemini", "Bouygues", "Orange", "Danone", "Thales", "Eiffage", "Rubis", "Nexans", "Sopra Steria",
          "Bureau Veritas", "Publicis", "Ipsen", "Seb", "Spie", "Dassault Systèmes", "Saint-Gobain"]


def _nth_weekday(y: int, m: int, weekday: int, nth: int) -> date:
    d = date(y, m, 1)
    d += timedelta(days=(weekday - d.weekday()) % 7)
    return d + timedelta(days=7 * (nth - 1))


def investment_club_forum(src: Source, guard: DuplicateGuard, content: dict) -> Forum:
    """A club of params["members"] accounts meeting on the params["nth"] params["weekday"] of each month (none
    in August, some others cancelled) for params["months"] months: the president's agenda (params["agenda_share"]),
    the secretary's minutes on one template, one-word acks and votes from the members, proposals with an
    analysis (params["proposals"] a month), free threads (params["free_threads"]); members come and go."""
    p = src.params
    rng = rng_for(src.host, "club")
    w = Writer(rng)
    president, secretary = p["accounts"][0], p["accounts"][1]
    start = NOW - timedelta(days=30.4 * p["months"])
    roster = []  # (name, joined, left): founders from the start, others join; a few leave
    for i, name in enumerate(p["accounts"]):
        later = timedelta(days=rng.uniform(60, max(61, 30.4 * p["months"] - 30)))
        joined = start if i < p["founders"] else start + later
        left = NOW if i < 2 or rng.random() > p["turnover"] else joined + timedelta(days=rng.uniform(200, 900))
        roster.append((name, joined, min(left, NOW)))
    chatty = {name: rng.uniform(0.3, 1.0) * (2.5 if name in (president, secretary) else 1.0) for name, *_ in roster}

    def present(t: datetime) -> list[str]:
        return [n for n, j, left in roster if j <= t <= left]

    def reply_time(t: datetime, hours: float) -> datetime:
        t = t + timedelta(hours=rng.lognormvariate(math.log(hours), 1.0))
        if 1 <= t.hour < 7:  # asleep: read in the morning
            t = t.replace(hour=rng.randint(7, 8))
        return t

    threads: list[tuple[int, Thread]] = []
    taken: set[str] = set()
    y, m = start.year, start.month
    meetings = []
    while (y, m) <= (NOW.year, NOW.month):
        if m != 8 and rng.random() >= p["cancel_share"]:
            meetings.append(datetime.combine(_nth_weekday(y, m, p["weekday"], p["nth"]), datetime.min.time())
                            + timedelta(hours=20, minutes=30))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    meetings = [t for t in meetings if start <= t]
    for i, meet in enumerate(meetings):
        here = present(meet)
        if len(here) < 3:
            continue
        ctx = {"datefr": fr_date(meet), "mois": MOIS[meet.month - 1], "an": meet.year, "host": rng.choice(here)}
        # the agenda, a few days before, and the proposals with their votes
        if rng.random() < p["agenda_share"]:
            at = _evening((meet - timedelta(days=rng.randint(3, 9))).date(), rng)
            if at <= NOW:
                msgs = [Message(0, president, at, [w.fill(rng.choice(AGENDA_BODY), ctx)])]
                t = at
                for _ in range(rng.randint(0, 4)):
                    t = reply_time(t, 10)
                    who = rng.choice([n for n in here if n != msgs[-1].author] or here)
                    if t > min(meet, NOW):
                        break
                    text = rng.choice(["Présent.", "Présent !", "Excusé, désolé.", "Je serai en retard.",
                                       "Présent, j'apporte les chiffres.", "Ok pour moi."])
                    msgs.append(Message(0, who, t, [text]))
                threads.append((0, Thread(0, _unique(w.fill(rng.choice(AGENDA), ctx), taken), msgs,
                                          views=rng.randrange(8, 60))))
        for _ in range(rng.choice(p["proposals"])):
            author = rng.choice(here)
            at = _evening((meet - timedelta(days=rng.randint(1, 12))).date(), rng)
            if at > NOW:
                continue
            stock = rng.choice(STOCKS)
            analysis = " ".join(w.sentences("bourse", at, rng.randint(1, 3)))
            msgs = [Message(0, author, at, [w.fill(PROPOSAL_BODY, {"societe": stock, "analysis": analysis,
                                                                   "jour": JOURS[p["weekday"]]})])]
            t = at
            for voter in rng.sample(here, rng.randint(1, len(here))):
                if voter == author:
                    continue
                t = reply_time(t, 8)
                if t > NOW:
                    break
                if rng.random() < p["debate_share"]:  # a real argument, not a vote
                    text = w.forum_reply("bourse", t, msgs[-1].author)
                    quote = (msgs[-1].author, msgs[-1].text[0].split(". ")[0].rstrip(".") + ".") \
                        if rng.random() < 0.4 else None
                    msgs.append(Message(0, voter, t, text, quote=quote))
                else:
                    msgs.append(Message(0, voter, t, [w.fill(rng.choice(VOTES), {"who": author,
                                                                                  "jour": JOURS[p["weekday"]]})]))
            threads.append((1, Thread(0, _unique(w.fill(rng.choice(PROPOSALS), {"societe": stock}), taken), msgs,
                                      views=rng.randrange(10, 90))))
        # the minutes, one to five days after, on the same template every month
        ct = _evening((meet + timedelta(days=rng.randint(0, 5))).date(), rng)
        if ct > NOW or rng.random() < p["cr_missing"]:
            continue
        came = [n for n in here if rng.random() < 0.8] or here[:3]
        away = [n for n in here if n not in came]
        nxt = meetings[i + 1] if i + 1 < len(meetings) else meet + timedelta(days=28)
        perf = rng.gauss(3, 8)
        yes = rng.randint(1, len(came))
        cctx = ctx | {"present": ", ".join(came), "k": len(came), "n": len(here),
                      "excuses": f" Excusés : {', '.join(away)}." if away else "",
                      "valo": _eur(p["capital"] * (1 + perf / 100) * (1 + i / 40)), "perf": _pct(perf),
                      "cash": _eur(rng.uniform(200, 4000)), "next": fr_date(nxt), "societe": rng.choice(STOCKS),
                      "yes": yes, "no": len(came) - yes, "abst": rng.randint(0, 1)}
        cctx["decision"] = w.fill(rng.choice(DECISIONS), cctx)
        writer = secretary if secretary in came and rng.random() < 0.85 else rng.choice(came)
        body = [w.fill(line, cctx) for line in CR_LINES]
        if rng.random() < 0.4:
            body.insert(3, w.sentence("bourse", ct))
        msgs = [Message(0, writer, ct, body)]
        t = ct
        for who in rng.sample(came, min(len(came), rng.randint(0, p["acks"]))):
            if who == writer:
                continue
            t = reply_time(t, 14)
            if t > NOW:
                break
            if rng.random() < 0.15:
                text = [rng.choice(["Petite correction : j'étais bien présent !", "Attention, le cours d'achat était "
                                    "un peu plus bas.", "Je crois qu'on avait dit abstention pour moi."])]
            else:
                text = [w.fill(rng.choice(ACKS), {"sec": writer})]
            msgs.append(Message(0, who, t, text))
        threads.append((0, Thread(0, _unique(w.fill(rng.choice(CR_TITLES), cctx), taken), msgs,
                                  views=rng.randrange(10, 80))))
    # free threads: market chat among the members, at any time
    for _ in range(p["free_threads"]):
        when = start + timedelta(days=rng.uniform(5, max(6, (NOW - start).days - 1)))
        here = present(when)
        if len(here) < 2:
            continue
        when = _evening(when.date(), rng)
        if when > NOW:
            continue
        topic = rng.choice(["bourse", "bourse", "per", "assurance_vie", "ifi"])
        opener = rng.choices(here, [chatty[n] for n in here])[0]
        msgs = [Message(0, opener, when, w.forum_question(topic, when))]
        t = when
        for _ in range(rng.choice([0, 1, 2, 3, 4, 6, 9])):
            t = reply_time(t, 6)
            if t > NOW:
                break
            pool = [n for n in present(t) if n != msgs[-1].author]
            if not pool:
                break
            who = rng.choices(pool, [chatty[n] for n in pool])[0]
            msgs.append(Message(0, who, t, w.forum_reply(topic, t, msgs[-1].author)))
        threads.append((2, Thread(0, _forum_title(w, topic, when, taken), msgs,
                                  views=rng.randrange(10, 120))))
    _tidy_threads(threads)
    boards = [Board(i + 1, *CLUB_BOARDS[i], threads=[t for b, t in threads if b == i]) for i in range(len(CLUB_BOARDS))]
    users, uid = {}, 1
    for name, *_ in roster:
        uid += 1 + hash_name(name) % 2
        users[name] = uid
    forum = Forum(src.host, src.platform, src.name, src.tagline, [b for b in boards if b.threads], users,
                  admins={president})
    _finish_forum(forum)
    forum.posts_per_page, forum.topics_per_page = 20, 25
    return forum


def _unique(title: str, taken: set[str]) -> str:
    base, k = title, 2
    while title in taken:
        title, k = f"{base} ({k})", k + 1
    taken.add(title)
    return title


# -- the expired domain -----------------------------------------------------------------------------------
CLIENT_LEADS = [
    "[Pour|Afin de] {need}, [certains passent par|il peut être utile de consulter] [un spécialiste|une plateforme "
    "dédiée] comme {u}",
    "[Bon à savoir|À noter] : [des acteurs comme|des services tels que] {u} [proposent|permettent] de {need}.",
    "[Si vous cherchez à|Pour qui souhaite] {need}, {u} [peut être une piste|mérite le détour].",
    "[Plusieurs lecteurs nous ont demandé comment|Beaucoup se demandent comment] {need} : [voir par exemple|un "
    "exemple ici] {u}",
]
NEEDS = {"credit": "comparer les offres de crédit immobilier", "rachat": "regrouper ses crédits",
         "assurance": "réduire le coût de son assurance emprunteur", "scpi": "acheter des parts de SCPI en ligne",
         "per": "simuler l'économie d'impôt d'un PER", "travaux": "financer des travaux de rénovation",
         "crypto": "investir dans les cryptomonnaies", "mutuelle": "trouver une mutuelle senior",
         "demenagement": "préparer un déménagement", "or": "acheter de l'or physique"}


def expired_domain_blog(src: Source, guard: DuplicateGuard, content: dict) -> Blog:
    """The old owner's archive (params["old_n"] posts ending params["gap_days"] before the revival, readers'
    comments and his answers), then params["new_n"] unique long guides by params["new_author"] from
    the revival, each linking params["link_share"] of the time to sold clients (params["clients"]);
    params["insert_old"] of the old posts edited to carry a client's link."""
    p = src.params
    rng = rng_for(src.host, "expired")
    w = Writer(rng)
    times = _schedule(rng, p["new_n"], p["new_per_month"], p["new_last"])
    revival = times[0] - timedelta(days=rng.uniform(5, 60))  # bought, installed, then the first guide
    old_last = revival - timedelta(days=p["gap_days"])
    people = _Community(rng, [], size=rng.randint(8, 28))
    posts, taken, parents = [], set(), {}
    for when in _schedule(rng, p["old_n"], p["old_per_month"], old_last):
        topic = rng.choice(p["old_topics"])
        title, paras = fresh_post(w, guard, topic, p["old_voice"], when, p["old_size"], src.platform, taken)
        post = Post(0, title, make_slug(src.platform, title, taken), when, p["old_author"], paras,
                    category=TOPICS[topic]["category"])
        post.tags = rng.sample(TOPICS[topic]["sujet"], 2)
        post.comments = _comments(rng, w, post, topic, {"comments": p["old_comments"], "personal_comments": True,
                                                        "reply_rate": p["old_reply_rate"]}, people, parents)
        posts.append(post)
    old = {id(post) for post in posts}
    for when in times:
        topic = rng.choice(p["new_topics"])
        title, paras = farm_text(w, guard, topic, p["new_voice"], when, rng.randint(*p["new_length"]))
        post = Post(0, title, make_slug(src.platform, title, taken), when, p["new_author"], paras,
                    category=TOPICS[topic]["category"], comments_open=not p["closed"])
        post.tags = rng.sample(TOPICS[topic]["sujet"], 2)
        posts.append(post)
    blog = _blog(src, p["new_author"], posts, content)
    _tidy_blog(blog)
    _number_posts(blog, rng)
    _number_comments(blog, parents)

    def plant(post: Post) -> None:
        kind, url = rng.choice(p["clients"])
        lead = w.fill(rng.choice(CLIENT_LEADS), {"need": NEEDS[kind], "u": url})
        post.paragraphs.insert(rng.randrange(1, max(2, len(post.paragraphs))), lead)

    for post in blog.posts:
        if id(post) in old:
            if rng.random() < p["insert_old"]:
                plant(post)
                post.modified = _minute(revival + timedelta(days=rng.uniform(0, max(1, (NOW - revival).days))))
            continue
        if rng.random() < p["link_share"]:
            for _ in range(rng.randint(*p["links_per_post"])):
                plant(post)
    return blog


# -- the review site --------------------------------------------------------------------------------------
REVIEW_TITLES = ["Avis {marque} {an} : notre test complet", "{marque} : avis clients, frais et services",
                 "{marque} avis : arnaque ou fiable ?", "Notre avis sur {marque} après {nb} mois de test",
                 "{marque} : faut-il lui faire confiance en {an} ?"]
RANK_TITLES = ["Top {nb} des meilleurs {cat} en {an}", "Meilleur {cat1} {an} : notre classement",
               "Comparatif {an} des {cat} : qui choisir ?"]
CATS = [("conseillers en gestion de patrimoine en ligne", "conseiller en ligne"), ("contrats d'assurance-vie",
        "contrat d'assurance-vie"), ("plateformes de SCPI", "plateforme SCPI"), ("courtiers en bourse", "courtier"),
        ("PER individuels", "PER")]
PROS = ["frais d'entrée nuls", "conseiller dédié joignable", "interface claire", "large choix de supports",
        "souscription 100 % en ligne", "frais de gestion dans la moyenne basse", "bonne réactivité du service client"]
CONS = ["frais d'arbitrage", "peu de fonds ISR", "pas d'agence physique", "délai de versement parfois long",
        "ticket d'entrée élevé", "application perfectible"]
REVIEWS_GOOD = [
    "[Client depuis {annee}|Chez eux depuis {nb} ans], [très satisfait|rien à redire]. [Mon conseiller|Ma conseillère] "
    "[est réactif|répond toujours rapidement] et [de bon conseil|pédagogue].",
    "[Excellent accompagnement|Très bon suivi] pour [mon PER|ma succession|l'ouverture de mon assurance-vie]. "
    "[Je recommande|Je recommande vivement] !",
    "[Simple, rapide et efficace|Souscription rapide et claire]. [Les frais sont raisonnables|Aucun frais caché] "
    "[comparé à ma banque|par rapport à mon ancien contrat].",
    "[Après plusieurs comparaisons|Après avoir hésité longtemps], [j'ai choisi|nous avons choisi] {marque} [et|:] "
    "[aucun regret|c'était le bon choix]. {sentence}",
    "[Service au top|Équipe très professionnelle], [ils m'ont aidé|on m'a aidé] à [optimiser ma fiscalité|"
    "diversifier mon épargne] [sans jamais forcer la main|en prenant le temps d'expliquer].",
]
REVIEWS_BAD = [
    "[Déçu|Très déçu] : [frais élevés|service client injoignable] et [aucun suivi|conseils génériques]. "
    "[Je suis parti chez|Je suis passé chez] {sponsor}.",
    "[Attention|Méfiance] aux frais [d'arbitrage|de gestion]. [Je ne recommande pas|À éviter].",
    "[Bof|Moyen]. {sentence} [Ailleurs c'est mieux|Il y a mieux ailleurs].",
]
REVIEW_DETAILS = [
    "[J'avais|Nous avions] {montant} [à placer|sur un vieux contrat|qui dormaient sur un livret] et [on m'a proposé|"
    "ils m'ont orienté vers] [un PER|une gestion pilotée|des SCPI|un contrat en unités de compte|un mix fonds euros et "
    "ETF].",
    "[Premier rendez-vous|Premier échange] [en visio|par téléphone|à {ville}] [en {mois}|il y a {nb} semaines], "
    "[dossier bouclé|contrat ouvert] en [{nb} jours|une semaine|quelques jours].",
    "[À {age} ans|Retraité de {age} ans|Jeune cadre de {age} ans], [je cherchais|je voulais] [à préparer ma "
    "succession|à réduire mes impôts|un complément de revenus|à diversifier].",
    "[Rendement de {taux}|Performance de {taux}] [l'an dernier|sur mon contrat], [largement mieux que|bien au-dessus "
    "de] [ma banque|mon ancien contrat|mon livret].",
]
TEAM_ANSWERS = ["Merci {prenom} pour votre avis !", "Merci {prenom} pour ce retour détaillé.",
                "Merci pour votre témoignage, {prenom}.", "Bonjour {prenom}, merci d'avoir pris le temps de "
                "partager votre expérience."]
CTA = ["[Ouvrir un compte chez|Découvrir l'offre de|Demander un bilan gratuit chez] {marque} : {u}",
       "[Notre note|Verdict] : {note}/5. [Voir l'offre|Profiter de l'offre] {marque} : {u}"]
ALT = "[Notre alternative préférée|Notre recommandation] : {sponsor}, [mieux noté|moins cher] ({u})"


def review_site(src: Source, guard: DuplicateGuard, content: dict) -> Blog:
    """Reviews of params["sponsors"] and params["brands"] (params["sponsor_share"] about a sponsor) and rankings
    (params["rank_share"]), each linking a sponsor with a tracking code; customer reviews in campaigns
    (params["reviews"] a post, params["campaign_share"] of them in bursts), answered by the team
    (params["team_answers"])."""
    p = src.params
    rng = rng_for(src.host, "reviews")
    w = Writer(rng)
    sponsors, brands = p["sponsors"], p["brands"]
    used_names: set[str] = set()
    posts, taken, slugs, parents = [], set(), set(), {}
    for when in _schedule(rng, p["n_posts"], p["per_month"], p["last"]):
        topic = rng.choice(p["topics"])
        title, paras = farm_text(w, guard, topic, p["voice"], when, rng.randint(*p["length"]))
        paras = paras[1:] if len(paras) > 2 else paras
        sponsor = rng.choice(sponsors)
        link = f"{sponsor[1]}?{p['tracking']}={rng.randrange(1000, 99999)}"
        ctx = {"an": when.year, "nb": rng.randint(3, 12), "sponsor": sponsor[0], "u": link}
        if rng.random() < p["rank_share"]:
            cat, cat1 = rng.choice(CATS)
            title = w.fill(rng.choice(RANK_TITLES), ctx | {"cat": cat, "cat1": cat1, "nb": rng.randint(3, 7)})
            others = [b for b in brands if b != sponsor[0]]
            ranked = [sponsor[0]] + rng.sample(others, min(len(others), rng.randint(2, 6)))
            notes = [rng.uniform(4.6, 4.9)] + sorted((rng.uniform(3.2, 4.5) for _ in ranked[1:]), reverse=True)
            lines = [f"{i + 1}. {b} : " + f"{x:.1f}".replace(".", ",") + "/5"
                     for i, (b, x) in enumerate(zip(ranked, notes))]
            paras = [f"Notre classement {when.year} :"] + lines + paras + [w.fill(rng.choice(CTA), ctx | {
                "marque": sponsor[0], "note": "4,8"})]
            about, good = sponsor[0], True
        else:
            about_sponsor = rng.random() < p["sponsor_share"]
            about = sponsor[0] if about_sponsor else rng.choice(brands)
            note = round(rng.uniform(4.4, 4.9) if about_sponsor else rng.uniform(2.6, 4.2), 1)
            title = w.fill(rng.choice(REVIEW_TITLES), ctx | {"marque": about})
            head = [f"Note : {str(note).replace('.', ',')}/5",
                    "Les plus : " + ", ".join(rng.sample(PROS, rng.randint(2, 4))) + ".",
                    "Les moins : " + ", ".join(rng.sample(CONS, rng.randint(1, 2 if about_sponsor else 4))) + "."]
            tail = [w.fill(rng.choice(CTA), ctx | {"marque": about, "note": str(note).replace('.', ',')})] \
                if about_sponsor else [w.fill(ALT, ctx)]
            paras = head + paras + tail
            good = about_sponsor
        title = _unique(title, taken)
        post = Post(0, title, make_slug(src.platform, title, slugs), when, p["author"], paras,
                    category=rng.choice(["Avis", "Comparatifs", "Guides"]), comments_open=True)
        post.tags = [about, "avis"]
        post.comments = _reviews(rng, w, post, topic, about, good, sponsor[0], p, used_names, parents)
        posts.append(post)
    blog = _blog(src, p["author"], posts, content)
    _tidy_blog(blog)
    _number_posts(blog, rng)
    _number_comments(blog, parents)
    return blog


def _reviews(rng: Random, w: Writer, post: Post, topic: str, about: str, good: bool, sponsor: str, p: dict,
             used: set[str], parents: dict) -> list[Comment]:
    n = rng.randint(*p["reviews"])
    times: list[datetime] = []
    while len(times) < n:  # campaigns: a batch in a day or two; stray ones otherwise
        if rng.random() < p["campaign_share"]:
            day = post.when + timedelta(days=rng.uniform(0.2, 120))
            for _ in range(min(n - len(times), rng.randint(4, 14))):
                times.append(day + timedelta(minutes=rng.uniform(0, 2 * 24 * 60)))
        else:
            times.append(post.when + timedelta(days=rng.lognormvariate(math.log(20), 1.2)))
    out: list[Comment] = []
    for t in sorted(times):
        if 0 <= t.hour < 7:
            t = t.replace(hour=rng.randint(7, 11))
        if t > NOW or t <= post.when:
            continue
        for _ in range(20):  # one-time reviewers: a fresh name each time, as a review platform shows them
            name = f"{rng.choice(bank.FIRST_NAMES)} {rng.choice(bank.LAST_NAMES)[0]}."
            if name not in used:
                break
        used.add(name)
        positive = rng.random() < (0.92 if good else 0.25)
        tpl = rng.choice(REVIEWS_GOOD if positive else REVIEWS_BAD[1:] if about == sponsor else REVIEWS_BAD)
        stars = rng.choice([5, 5, 5, 4]) if positive else rng.choice([1, 2, 2, 3])
        text = w.fill(tpl, {"marque": about, "sponsor": sponsor, "sentence": w.sentence(topic, t),
                            "an": t.year})
        if positive and rng.random() < 0.75:  # the detail that makes a written review look lived
            text += " " + w.fill(rng.choice(REVIEW_DETAILS), {"an": t.year})
        elif not positive and rng.random() < 0.5:
            text += " " + w.fill("[J'avais|Nous avions] {montant} chez eux [depuis {annee}|pendant {nb} ans|depuis "
                                 "l'ouverture].", {"an": t.year})
        c = Comment(0, name, _minute(t), [f"{'★' * stars}{'☆' * (5 - stars)} {text}"])
        out.append(c)
        if rng.random() < p["team_answers"]:
            at = t + timedelta(hours=rng.uniform(3, 72))
            if not 9 <= at.hour < 19:  # the team works office hours
                at = _at(at.date() + timedelta(days=at.hour >= 19), rng.randrange(9 * 60, 18 * 60))
            if at <= NOW:
                answer = w.fill(rng.choice(TEAM_ANSWERS), {"prenom": name.split()[0]})
                r = Comment(0, p["author"], _minute(at), [answer], by_author=True)
                parents[id(r)] = c
                out.append(r)
    out.sort(key=lambda c: c.when)
    return out


MAKERS = {"portfolio_diary": portfolio_diary_blog, "investment_club": investment_club_forum,
          "expired_domain": expired_domain_blog, "review_site": review_site}
