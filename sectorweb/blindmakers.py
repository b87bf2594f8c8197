"""Blind families of the evaluation web: behaviours written by someone who had not read the rules.

The other families were written by the people who wrote the rules; these four were designed from how
the real French wealth-management web behaves, without looking at what the classifier measures, so that
their figures are an honest held-out measurement (`evaluation.BLIND_FAMILIES`). Each is a hard case:

- `cgp_answers_blog` (genuine): an independent advisor (CGP) whose blog closes most posts with his
  firm's pitch and link (every link out goes to the firm), whose readers ask questions in the comments
  and who answers nearly every one, at office hours, his name linking to the firm; posts in bursts
  around the tax deadlines, nothing in the summer holidays (answers wait for his return);
- `founder_forum` (genuine): an old forum whose founder opened most threads, mainly in its first
  years, and opens the same yearly threads every year at the same season; activity declines, old
  threads are bumped years later, long-time regulars answer across the years;
- `ghostwriter_farm` (automated): a content farm under several invented author names, long unique
  generic guides published in batches (a dozen in an afternoon, then weeks of nothing), links spread
  over a few comparison sites and its own older posts, no conversation;
- `shill_forum` (automated): a "help" forum where each question comes from a new one-post account and
  one "helpful member" answers nearly every thread, often recommending one brand with its link; a few
  other accounts confirm, askers thank him; many accounts, unique texts, human delays.

`MAKERS[params["maker"]](src, guard, content)` makes a source's content (`content`: the sources made so
far, by host, for their names and posts). Every draw comes from `rng_for(host, ...)`: deterministic.
"""
from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from random import Random

from sectorweb import bank
from sectorweb.bank_topics import TOPICS
from sectorweb.content import (BOARDS, _Community, _finish_forum, _forum_title, _number_comments, _number_posts,
                                   fresh_post, hash_name, rng_for)
from sectorweb.dates import NOW
from sectorweb.families import make_slug, permalink
from sectorweb.model import Blog, Board, Comment, Forum, Message, Post, Thread
from sectorweb.sources import Source
from sectorweb.spin import DuplicateGuard
from sectorweb.writer import RELATED, Writer


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _ctx(rng: Random, topic: str, when: datetime, **more) -> dict:
    return {"sujet": rng.choice(TOPICS[topic]["sujet"]), "an": when.year, "month": when.month, "date": when} | more


def _at(day: date, minutes: int) -> datetime:
    return datetime.combine(day, datetime.min.time()) + timedelta(minutes=minutes)


def _minute(t: datetime) -> datetime:
    """Times to the minute, as the other makers draw them (truncated: never after NOW, order kept)."""
    return t.replace(second=0, microsecond=0)


def _tidy_blog(blog: Blog) -> None:
    for post in blog.posts:
        post.when = _minute(post.when)
        for c in post.comments:
            c.when = _minute(c.when)


def _tidy_threads(threads: list[tuple[int, Thread]]) -> None:
    for _, t in threads:
        for m in t.messages:
            m.when = _minute(m.when)


def _make_forum(src: Source, accounts: list[str], threads: list[tuple[int, Thread]]) -> Forum:
    """A forum of `threads` (board index, thread) whose first account is the administrator; user ids in the
    order of `accounts` (the order they registered in), times to the minute, ids by date."""
    _tidy_threads(threads)
    boards = [Board(i + 1, *BOARDS[i][:2], threads=[t for b, t in threads if b == i]) for i in range(len(BOARDS))]
    users, uid = {}, 1
    for name in accounts:
        uid += 1 + hash_name(name) % 3  # deleted and spam accounts leave gaps
        users[name] = uid
    forum = Forum(src.host, src.platform, src.name, src.tagline, [b for b in boards if b.threads], users,
                  admins={accounts[0]})
    _finish_forum(forum)
    return forum


# -- the advisor who answers his readers ------------------------------------------------------------
# Readers' questions: a situation, then the question (the reader's own words; slots make them unique).
CGP_QUESTIONS = [
    "[Bonjour|Bonjour {auteur}], [merci pour cet article|article très clair, merci]. [Nous avons|J'ai] {age} ans "
    "et {montant} [sur des livrets|sur un vieux PEL|sur le compte courant|sur un contrat ouvert en {annee}]. {Q} ?",
    "[Bonjour,|Bonsoir,] [question peut-être naïve|petite question pratique] : {q} ? [Je suis|Nous sommes] "
    "[à {ville}|en région {ville}], [salarié|retraités|à mon compte], [TMI à {tmi}|tranche à {tmi}].",
    "[Merci|Merci beaucoup] pour [ces explications|ce billet]. [Ma mère|Mon père|Ma belle-mère] [a|vient d'avoir] "
    "{age_r} ans et [nous nous posons la question|la question se pose pour nous aussi] : {q} ?",
    "[Bonjour {auteur},|Bonjour,] [je vous lis depuis {annee}|je suis votre blog depuis longtemps] et [je me permets|"
    "j'ose] une question [sur mon cas|un peu personnelle] : {q} ? [Merci d'avance !|Merci par avance pour votre avis.]",
    "[Et dans le cas|Et pour le cas] d'un couple [pacsé|marié sous le régime de la communauté] avec [deux enfants|"
    "un enfant d'une première union], {q} ? [Votre article n'en parle pas|Je n'ai pas trouvé la réponse ailleurs].",
]
CGP_ANSWER_OPEN = ["Bonjour {prenom},", "Merci pour votre question, {prenom}.", "{prenom}, [bonne question|question "
                   "que l'on me pose souvent au cabinet] !", "Bonjour {prenom}, [merci pour votre message|merci de "
                   "votre fidélité].", "[Bonsoir|Bonjour] {prenom}, [c'est une situation fréquente|je comprends "
                   "l'hésitation]."]
CGP_CAVEATS = [
    "Sans connaître l'ensemble de votre situation, je ne peux pas aller plus loin ici : ce n'est pas un conseil "
    "personnalisé.",
    "[Tout dépend|Cela dépend] [de votre tranche marginale d'imposition|de votre situation familiale|de votre horizon "
    "de placement] [et de vos autres revenus|et de vos projets à {duree}].",
    "[Je vous conseille|Le mieux est] d'en parler [à votre notaire|à votre expert-comptable] avant de [signer|décider] "
    "quoi que ce soit.",
    "[Méfiez-vous|Attention] [des simulations trop optimistes|des frais d'entrée] [que l'on vous présentera|en agence].",
    "[Faites|Demandez] [le calcul|une simulation] avec et sans [l'option|ce dispositif] : [l'écart|la différence] est "
    "[souvent|parfois] plus faible qu'on ne le croit.",
]
CGP_INVITES = ["Si vous le souhaitez, nous pouvons regarder votre dossier ensemble : le premier rendez-vous est offert.",
               "Pour une étude de votre situation, vous pouvez me joindre par le formulaire du cabinet.",
               "[Passez|N'hésitez pas à passer] au cabinet [si vous êtes|quand vous serez] de passage à {ville}, "
               "[on en parlera|nous en discuterons] de vive voix."]
CGP_ACKS = ["Merci {prenom} pour ce témoignage !", "Merci {prenom}, [c'est exactement|c'est tout à fait] ça.",
            "[Merci pour votre retour|Merci de votre fidélité], {prenom}.", "{prenom}, [bien vu|très juste] : "
            "[c'est un point que j'aurais dû préciser|je complète l'article dans ce sens]."]
CGP_FOLLOWUPS = ["Merci [beaucoup|infiniment] pour cette réponse [détaillée|rapide|claire], {auteur} !",
                 "[Merci|Merci {auteur}], [j'y vois plus clair|c'est beaucoup plus clair]. [Je vais|Nous allons] "
                 "[en parler à notre banquier|refaire nos calculs|attendre la fin de l'année].",
                 "Merci pour la réponse. [Je vous contacterai|Je prendrai rendez-vous] [à la rentrée|en janvier] "
                 "[alors|dans ce cas].",
                 "[Top|Super], merci ! [Vous êtes un des rares à répondre|C'est rare de voir un professionnel "
                 "répondre] [aux commentaires|aussi vite]."]
CGP_BACK = "[De retour de congés|Je rentre de vacances], [désolé pour le délai|pardon pour la réponse tardive]."
CGP_PITCHES = [
    "Vous vous posez la même question ? Le cabinet {firm} vous reçoit à {city} [ou en visioconférence|et à domicile] : "
    "{url}rendez-vous/",
    "{firm}, conseil en gestion de patrimoine à {city}. [Premier rendez-vous offert|Bilan patrimonial offert] : {url}",
    "[Pour une étude de votre situation|Pour aller plus loin sur votre cas], contactez le cabinet : {url}contact/",
    "[Cet article ne constitue pas un conseil personnalisé.|Article informatif, qui ne constitue pas un conseil en "
    "investissement.] {firm}, conseiller en investissements financiers [membre d'une association agréée par l'AMF|"
    "enregistré à l'ORIAS] : {url}",
    "[Retrouvez|Découvrez] [l'accompagnement|les services] du cabinet {firm} [sur notre site|en ligne] : {url}",
]
TAX_SEASONS = ((4, 10, 6, 10), (11, 15, 12, 31))  # the income tax return, and the year's-end (PER, gifts, IFI)
HOLIDAYS = ((7, 14, 8, 25), (12, 23, 12, 31), (1, 1, 1, 2))


def _in(day: date, windows) -> bool:
    return any((m1, d1) <= (day.month, day.day) <= (m2, d2) for m1, d1, m2, d2 in windows)


def in_holidays(day: date) -> bool:
    return _in(day, HOLIDAYS)


def in_tax_season(day: date) -> bool:
    return _in(day, TAX_SEASONS)


def _after_holidays(day: date) -> date:
    while in_holidays(day):
        day += timedelta(days=1)
    return day


def seasonal_schedule(rng: Random, n: int, per_month: float, last: datetime, boost: float,
                      holidays: bool) -> list[datetime]:
    """n publication times ending at `last` (about per_month a month): days drawn without replacement,
    weighted `boost` times in the tax seasons, less at weekends, none in the holidays (if `holidays`)."""
    while holidays and in_holidays(last.date()):  # back before the break
        last -= timedelta(days=1)
    span = max(2 * n + 10, round(n / per_month * 30.4))
    days = [last.date() - timedelta(days=k) for k in range(1, span)]
    weights = [(boost if in_tax_season(d) else 1.0) * (0.5 if d.weekday() >= 5 else 1.0)
               * (0.0 if holidays and in_holidays(d) else 1.0) for d in days]
    keyed = sorted(((rng.random() ** (1 / w), d) for d, w in zip(days, weights) if w), reverse=True)
    times = [last]
    for _, d in keyed[:n - 1]:
        slot = rng.choice([(6 * 60 + 30, 8 * 60 + 30), (12 * 60, 14 * 60), (20 * 60, 23 * 60), (9 * 60, 19 * 60)])
        times.append(_at(d, rng.randrange(*slot)))
    return sorted(times)


def office_time(when: datetime, rng: Random, holidays: bool = True) -> tuple[datetime, bool]:
    """The next moment the advisor is at his desk after `when` (weekdays 8:00-19:30, some Saturday mornings,
    not in the holidays if he takes them); True when the answer waited for the holidays to end."""
    back = False
    t = when
    for _ in range(30):
        d = t.date()
        if holidays and in_holidays(d):
            back, t = True, _at(_after_holidays(d), rng.randrange(8 * 60, 10 * 60))
            continue
        if d.weekday() == 6 or (d.weekday() == 5 and (t.hour >= 12 or rng.random() < 0.7)):
            t = _at(d + timedelta(days=7 - d.weekday()), rng.randrange(8 * 60, 10 * 60))  # Monday morning
            continue
        if t.hour < 8:
            t = _at(d, rng.randrange(8 * 60, 9 * 60 + 30))
        elif t.hour * 60 + t.minute > 19 * 60 + 30:
            t = _at(d + timedelta(days=1), rng.randrange(7 * 60 + 30, 9 * 60 + 30))
            continue
        break
    return t, back


def cgp_answers_blog(src: Source, guard: DuplicateGuard, content: dict) -> Blog:
    """An advisor's blog: original posts closed by the firm's pitch (params["pitch_share"]) linking the firm,
    readers' questions (params["question_share"] of their comments) answered (params["answer_rate"]) at office
    hours, the author's name linked to the firm (params["sign_url"]); bursts in the tax seasons, summer off."""
    p = src.params
    rng = rng_for(src.host, "cgp")
    w = Writer(rng)
    people = _Community(rng, [], size=rng.randint(20, 40))
    first = p["author"].split()[0]
    ctx0 = {"firm": p["firm"], "city": p["city"], "url": p["firm_url"]}
    posts, taken, parents = [], set(), {}
    for when in seasonal_schedule(rng, p["n_posts"], p["per_month"], p["last"], p["tax_boost"], p["holidays"]):
        topic = rng.choice(p["topics"])
        title, paras = fresh_post(w, guard, topic, p["voice"], when, p["size"], src.platform, taken)
        if rng.random() < p["pitch_share"]:
            paras.append(w.fill(rng.choice(CGP_PITCHES), ctx0))
        post = Post(0, title, make_slug(src.platform, title, taken), when, p["author"], paras,
                    category=TOPICS[topic]["category"])
        post.tags = rng.sample(TOPICS[topic]["sujet"], 2)
        post.comments = _cgp_comments(rng, w, post, topic, p, people, parents, first)
        posts.append(post)
    blog = Blog(src.host, src.platform, src.name, src.tagline, p["author"], make_slug("wordpress", p["author"], set()),
                posts, blogroll=[(f"http://{h}/", content[h].name) for h in p.get("blogroll", []) if h in content])
    _tidy_blog(blog)
    _number_posts(blog, rng)
    _number_comments(blog, parents)
    return blog


def _cgp_comments(rng: Random, w: Writer, post: Post, topic: str, p: dict, people: _Community, parents: dict,
                  first: str) -> list[Comment]:
    out: list[Comment] = []
    n = rng.randint(*p["comments"]) if rng.random() < p["commented"] else 0
    t = post.when
    for _ in range(n):
        t += timedelta(minutes=rng.lognormvariate(math.log(600), 1.3))  # hours to weeks after the post
        if t > NOW:
            break
        name, _url = people.pick()
        if t.hour < 7:  # readers sleep: a night draw moves to the morning
            t = t.replace(hour=rng.randint(7, 9))
        q = w.question(topic, t)
        ctx = _ctx(rng, topic, t, auteur=first, q=q, Q=_cap(q))
        if rng.random() < p["question_share"]:
            text = w.fill(rng.choice(CGP_QUESTIONS), ctx)
        else:  # a thanks or a story: the reader's own experience, never a question here
            text = w.fill(rng.choice(bank.COMMENTS[rng.choice(["thanks", "story"])]),
                          ctx | {"sentence_lc": (s := w.sentence(topic, t))[:1].lower() + s[1:], "sentence": s})
            text += " " + w.sentence(topic, t)
        c = Comment(0, name, t, [text])
        out.append(c)
        is_question = "?" in text
        if rng.random() >= (p["answer_rate"] if is_question else p["ack_rate"]):
            continue
        when, back = office_time(c.when + timedelta(minutes=rng.lognormvariate(math.log(240), 1.0)), rng,
                                 p["holidays"])
        if when > NOW:
            continue
        who = {"prenom": name.split()[0], "ville": p["city"]}
        if is_question:
            head, body = w.fill(rng.choice(CGP_ANSWER_OPEN), who), " ".join(w.sentences(topic, when, rng.randint(1, 3)))
            if head.endswith(","):  # the sentence goes on after the greeting
                body = body[:1].lower() + body[1:]
            paras = [f"{head} {body}"]
            if rng.random() < 0.6:
                paras.append(w.fill(rng.choice(CGP_CAVEATS)))
            if rng.random() < p["invite_share"]:
                paras.append(w.fill(rng.choice(CGP_INVITES), who))
        else:
            paras = [w.fill(rng.choice(CGP_ACKS), who)]
        if back:
            paras[0] = w.fill(CGP_BACK) + " " + paras[0]
        r = Comment(0, p["author"], when, paras, url=p["firm_url"] if p["sign_url"] else None, by_author=True)
        parents[id(r)] = c
        out.append(r)
        if is_question and rng.random() < p["followup_share"]:
            ft = when + timedelta(minutes=rng.lognormvariate(math.log(300), 1.2))
            if ft <= NOW:
                f = Comment(0, name, ft, [w.fill(rng.choice(CGP_FOLLOWUPS), {"auteur": first})])
                parents[id(f)] = r
                out.append(f)
    out.sort(key=lambda c: c.when)
    return out


# -- the founder's forum ------------------------------------------------------------------------------
# The threads the founder opens every year at the same season: (month, day, board, topic, title, body).
YEARLY = {
    "fonds_euros": (1, 24, 0, "assurance_vie", "Taux des fonds euros {prev} : partagez vos rendements",
                    "Comme chaque année, je vous propose de regrouper ici les taux servis pour {prev} par vos contrats. "
                    "[Indiquez|Précisez] l'assureur, le contrat et le taux net de frais, je mettrai à jour le premier "
                    "message [au fil des annonces|régulièrement]."),
    "declaration": (4, 15, 3, "ifi", "Déclaration des revenus {an} : le fil des questions",
                    "La campagne de déclaration {an} est ouverte. [Comme les années précédentes|Comme d'habitude], "
                    "posez ici vos questions sur les cases [2TR, 6NS et compagnie|des revenus de placement et du PER], "
                    "[on essaiera d'y répondre ensemble|les habitués vous répondront]."),
    "per_fin_annee": (11, 20, 3, "per", "Versements PER et dons avant le 31 décembre {an} : vos stratégies",
                      "[La fin d'année approche|Décembre arrive vite] : qui verse sur son PER cette année, et combien ? "
                      "[Partagez|Racontez] vos calculs, [sans oublier|en précisant] votre tranche marginale."),
    "scpi_bilan": (2, 10, 1, "scpi", "Bilan {prev} de vos SCPI : taux de distribution et déceptions",
                   "[Nouveau fil annuel|Le fil annuel est ouvert] : quel taux de distribution vos SCPI ont-elles versé "
                   "en {prev} ? [Les baisses de prix de part sont aussi les bienvenues|Bonnes et mauvaises nouvelles "
                   "bienvenues]."),
}
YEARLY_REPLIES = {
    "fonds_euros": "[{assureur}|Mon contrat chez {assureur}] : {taux} net en {prev}, [contre|après] {taux2} l'année "
                   "d'avant. [Correct|Un peu déçu|Pas mal du tout|Je m'attendais à mieux].",
    "declaration": "[Question|Petite question] : [les intérêts|les versements PER|les revenus fonciers] [se déclarent-ils|"
                   "vont-ils] [case 2TR|case 6NS|en 4BE] [quand on|si l'on] a {age} ans et {montant} [de placements|"
                   "sur un contrat] ?",
    "per_fin_annee": "[Ce sera|Cette année] {montant2} [pour moi|pour nous], tranche à {tmi}. [Comme chaque année|"
                     "Comme l'an dernier], [je verse en deux fois|j'attends le dernier moment|c'est fait dès novembre].",
    "scpi_bilan": "{scpi} : {taux} [distribué|de distribution] en {prev}, [prix de part stable|prix de part en baisse de "
                  "{pct}|revalorisation bienvenue]. [Je garde|Je renforce|Je m'interroge].",
}
FOUNDER_OPEN = ["[Je lance|J'ouvre] [un sujet|une discussion] sur {sujet} : {question} ? [Vos avis m'intéressent|"
                "Partagez vos expériences].",
                "[Pour alimenter le forum|Pour démarrer cette rubrique], [une question|une discussion] [simple|de "
                "fond] : {question} ? [Chacun son expérience|Tous les avis sont bienvenus].",
                "[Suite à|Après] [plusieurs messages privés|vos nombreuses questions], [je crée|j'ouvre] ce fil : "
                "{question} ?"]
NECRO = ["[Je remonte ce sujet|Désolé de déterrer ce fil] de {old}, [la question se pose toujours|les règles ont "
         "changé depuis] :", "[Petit up|Je relance] [de ce vieux sujet|ce fil de {old}] : [en {an}|aujourd'hui],",
         "[Je suis tombé sur ce sujet|Je découvre ce fil] de {old} [en cherchant|via une recherche], [et|alors] "
         "[une mise à jour|un retour d'expérience] :"]
FOUNDER_NECRO = ["[Merci de remonter le sujet|Bonne idée d'avoir remonté ce fil], [les chiffres ont bien changé|"
                 "beaucoup de choses ont changé] depuis {old}.", "[Depuis {old}|En {old}], [on n'avait pas ce recul|"
                 "la règle était différente] : [merci pour la mise à jour|bien vu]."]


def founder_forum(src: Source, guard: DuplicateGuard, content: dict) -> Forum:
    """A forum founded params["years"] ago: its founder opened params["founder_share"] of the threads (most in
    its first years: params["founder_early"] steeper than the members') and opens params["yearly"] threads every
    year at the same date; members come and go (params["regulars"] stay), activity declines (params["decline"]),
    old threads get bumped years later (params["necro_share"])."""
    p = src.params
    rng = rng_for(src.host, "founder")
    w = Writer(rng)
    founder = p["founder"]
    start = NOW - timedelta(days=365 * p["years"] + rng.randrange(0, 300))
    span = (NOW - start).total_seconds()
    members = []  # (name, joined, left)
    for i, name in enumerate(rng.sample([x for x in bank.PSEUDOS if x != founder], p["members"])):
        if i < p["regulars"]:  # long-time regulars, from the first months to this day (or nearly)
            joined = start + timedelta(days=rng.uniform(10, 200))
            left = NOW if rng.random() < 0.8 else NOW - timedelta(days=rng.uniform(30, 300))
        else:
            joined = start + timedelta(seconds=span * rng.random() ** p["decline"])
            left = min(NOW, joined + timedelta(days=rng.lognormvariate(math.log(300), 0.8)))
        members.append((name, joined, left))
    members.sort(key=lambda m: m[1])
    weight = {name: 1 / (i + 1) ** 0.8 for i, (name, *_) in
              enumerate(sorted(members, key=lambda m: -(m[2] - m[1]).total_seconds()))}
    sig = {name: rng.choice(bank.FORUM["signature"]) for name, *_ in members if hash_name(name) % 4 == 0}
    blog_posts = [(h, o) for h in p.get("link_blogs", []) if h in content for o in content[h].posts]

    def active(t: datetime, besides: set[str]) -> str | None:
        pool = [m for m, j, left in members if j <= t <= left and m not in besides]
        return rng.choices(pool, [weight[m] for m in pool])[0] if pool else None

    def msg(author: str, t: datetime, text: list[str], quote=None) -> Message:
        s = sig.get(author) if author != founder else (p["founder_sig"] or None)
        return Message(0, author, t, text, quote=quote, signature=s)

    def replies(msgs: list[Message], topic: str, n: int, t: datetime, opener: str, pace: float) -> datetime:
        for _ in range(n):
            t += timedelta(minutes=rng.lognormvariate(math.log(pace), 1.3))
            if t > NOW:
                break
            prev = msgs[-1].author
            if prev != founder and rng.random() < p["founder_reply_share"]:
                author, text = founder, w.forum_reply(topic, t, prev)
            elif opener != founder and prev != opener and len(msgs) > 1 and rng.random() < 0.15:
                author, text = opener, w.forum_thanks(t)
            else:
                author = active(t, {prev})
                if author is None:
                    continue
                text = w.forum_reply(topic, t, prev)
            quote = None
            if len(msgs) > 1 and rng.random() < p["quote_share"]:
                q = rng.choice(msgs)
                quote = (q.author, q.text[0].split(". ")[0].rstrip(".") + ".")
            if blog_posts and rng.random() < 0.04:
                pool = [(h, o) for h, o in blog_posts if o.when < t]
                if pool:
                    h, o = rng.choice(pool)
                    text.append(f"{rng.choice(['Un billet', 'Un article'])} utile là-dessus : "
                                f"{permalink(content[h].platform, h, o)}")
            msgs.append(msg(author, t, text, quote))
        return t

    threads, taken = [], set()
    # the yearly threads, every year since the forum's second year, at the same season
    for key in p["yearly"]:
        month, day, bi, topic, title_t, body_t = YEARLY[key]
        for year in range(start.year + 1, NOW.year + 1):
            when = datetime(year, month, day, rng.choice([8, 9, 12, 21]), rng.randrange(60)) + \
                timedelta(days=rng.randint(-3, 3))
            if when <= start or when > NOW - timedelta(days=1):
                continue
            ctx = {"an": year, "prev": year - 1}
            title = w.fill(title_t, ctx)
            taken.add(title)
            msgs = [msg(founder, when, [w.fill(body_t, ctx)])]
            t = when
            for _ in range(rng.randint(3, 16)):
                t += timedelta(minutes=rng.lognormvariate(math.log(1500), 1.2))
                if t > NOW:
                    break
                author = active(t, {msgs[-1].author})
                if author is None:
                    continue
                text = [w.fill(YEARLY_REPLIES[key], ctx | {"age": rng.randrange(28, 80)})]
                if rng.random() < 0.4:
                    text.append(w.sentence(topic, t))
                msgs.append(msg(author, t, text))
                if rng.random() < 0.12:
                    t += timedelta(hours=rng.uniform(2, 48))
                    if t <= NOW:
                        msgs.append(msg(founder, t, [rng.choice(["Merci, tableau mis à jour.", "Merci à tous, "
                                                                 "premier message complété.", "Ajouté, merci !"])]))
            threads.append((bi, Thread(0, title, msgs, views=rng.randrange(300, 5000))))
    # the ordinary threads: the founder's (early), the members' (spread, declining)
    for k in range(p["n_threads"]):
        bi = rng.choices(range(len(BOARDS)), [5, 4, 3, 3])[0]
        topic = rng.choice(BOARDS[bi][2])
        if rng.random() < p["founder_share"]:
            when = start + timedelta(seconds=span * rng.random() ** (p["decline"] + p["founder_early"]),
                                     days=rng.uniform(1, 20))
            opener = founder
        else:
            when = start + timedelta(seconds=span * rng.random() ** p["decline"])
            opener = active(when, set()) or founder
        when = min(when.replace(hour=rng.choice([7, 9, 12, 13, 18, 20, 21, 22]), minute=rng.randrange(60)),
                   NOW - timedelta(hours=3))
        if opener == founder and rng.random() < 0.5:  # a guide written to seed the forum
            title, paras = w.blog_post(topic, "conseil", when, (140, 260))
            paras = paras[:-1] if len(paras) > 2 else paras  # no blog sign-off on a forum
            title = "[" + rng.choice(["Guide", "Fiche", "À lire"]) + "] " + title
        else:
            if opener == founder:
                paras = [w.fill(rng.choice(FOUNDER_OPEN), _ctx(rng, topic, when, question=w.question(topic, when)))]
            else:
                paras = w.forum_question(topic, when)
            title = _forum_title(w, topic, when, set(taken))
        if title in taken:
            title = f"{title} ({when.year})"
        taken.add(title)
        msgs = [msg(opener, when, paras)]
        n = rng.choice([0, 0, 1, 1, 2, 2, 3, 4, 5, 6, 8, 11, 15])
        t = replies(msgs, topic, n, when, opener, rng.choice([90, 300, 900]))
        if NOW - t > timedelta(days=365) and rng.random() < p["necro_share"]:
            t = t + timedelta(days=rng.uniform(300, max(301, (NOW - t).days - 1)))
            author = active(t, set())
            if author is not None and t <= NOW:
                head = w.fill(rng.choice(NECRO), {"old": when.year, "an": t.year})
                s = w.sentence(topic, t)
                msgs.append(msg(author, t, [head + " " + s[:1].lower() + s[1:]]))
                if rng.random() < 0.5:
                    ft = t + timedelta(hours=rng.uniform(1, 40))
                    if ft <= NOW:
                        msgs.append(msg(founder, ft, [w.fill(rng.choice(FOUNDER_NECRO), {"old": when.year}),
                                                      w.sentence(topic, ft)]))
                replies(msgs, topic, rng.randint(0, 3), msgs[-1].when, opener, 600)
        age = (NOW - when).days / 365
        threads.append((bi, Thread(0, title, msgs, views=rng.randrange(40, 400) * (1 + int(age)))))
    forum = _make_forum(src, [founder] + [m for m, *_ in members], threads)
    forum.posts_per_page, forum.topics_per_page = 15, 20
    return forum


# -- the content farm ------------------------------------------------------------------------------
FARM_TITLES = [
    "{sujet_cap} : [le guide complet|tout ce qu'il faut savoir|le guide pratique] [en {an}|pour {an}|pour bien débuter]",
    "[5|6|7|8|10] [conseils|erreurs à éviter|astuces|questions à se poser] [pour bien choisir|avant de souscrire|"
    "pour optimiser] {sujet}",
    "[Comment|Pourquoi] [bien choisir|investir dans|optimiser|comprendre] {sujet} [en {an}|aujourd'hui|sans se tromper] ?",
    "{sujet_cap} : [avantages et inconvénients|avantages, risques et fiscalité|fonctionnement, frais et fiscalité]",
    "{sujet_cap} [en {an}|cette année] : [est-ce toujours intéressant|faut-il encore y croire|que faut-il en penser] ?",
]
FARM_INTROS = [
    "[Vous vous posez des questions sur|Vous vous interrogez sur|Vous envisagez] {sujet} ? [Dans cet article|Dans ce "
    "guide], [nous faisons le point sur|nous vous expliquons|nous passons en revue] [tout ce qu'il faut savoir|"
    "l'essentiel|les points clés] [pour prendre la bonne décision|avant de vous lancer|en {an}].",
    "{sujet_cap} [est un sujet|reste une question] [qui suscite|qui soulève] [de nombreuses interrogations|beaucoup "
    "de questions] [chez les épargnants|chez les particuliers|chez les Français]. [Décryptage|Explications|Le point "
    "complet].",
    "[En {an}|Aujourd'hui|Cette année], {sujet} [fait partie des|compte parmi les] sujets [les plus recherchés|les "
    "plus discutés] [par les Français|par les épargnants]. [Mais|Pourtant,] [comment s'y retrouver|que faut-il "
    "vraiment savoir] ?",
]
FARM_OUTROS = [
    "[En conclusion|En résumé|Pour conclure], {sujet} [peut être|constitue] [une solution intéressante|un levier "
    "efficace] [à condition de|pour peu que l'on prenne le temps de] [bien comparer les offres|définir ses objectifs|"
    "se faire accompagner].",
    "[Vous l'aurez compris|Comme nous l'avons vu], [chaque situation est unique|il n'existe pas de solution "
    "universelle] : [n'hésitez pas à|pensez à] [comparer les offres|faire appel à un professionnel] [avant de vous "
    "engager|avant de prendre une décision].",
    "[Avant de vous décider|Avant toute décision], [prenez le temps de|pensez à] [comparer|étudier] [plusieurs offres|"
    "les frais et les conditions] : [c'est la clé|c'est le meilleur moyen] [d'un placement réussi|d'éviter les "
    "mauvaises surprises].",
]
FARM_LEADS = ["[Comparez|Comparer] les offres du moment [gratuitement|en quelques clics] sur {u}",
              "[Pour trouver|Pour dénicher] [le meilleur contrat|la meilleure offre], [utilisez|passez par] un "
              "comparateur en ligne comme {u}", "[Simulez|Estimez] votre projet [gratuitement|sans engagement] : {u}",
              "[Notre partenaire|Un comparateur indépendant] [propose|met à disposition] un [classement|comparatif] "
              "[à jour|mis à jour chaque mois] : {u}"]
FARM_SEE_ALSO = ["[À lire aussi|Lire aussi|Découvrez aussi] : {u}", "[Pour compléter|Pour aller plus loin], [consultez|"
                 "lisez] notre [article|dossier] {u}"]
FARM_BIOS = ["{name} écrit sur [les finances personnelles|l'épargne et la fiscalité|les placements] depuis {nb} ans.",
             "{name} [vulgarise|décrypte] [l'actualité patrimoniale|les placements] pour [nos lecteurs|le blog] "
             "[depuis {annee}|depuis plusieurs années].",
             "[À propos de l'auteur|L'auteur] : {name}, [ancien de la banque privée|formation en finance], [rédige|signe] "
             "[nos guides|nos dossiers] [épargne et retraite|patrimoine]."]
FARM_PAGES = ["comparatif", "simulateur", "classement", "meilleur-contrat", "offres", "guide"]


# What a stray visitor leaves under a farm's guide (nobody answers).
FARM_STRAY = ["Merci pour ce guide très complet !", "Très clair, merci.", "Merci pour ces infos.", "Article utile, merci !",
              "Super guide, merci beaucoup.", "Merci, c'est bien expliqué."]


def farm_text(w: Writer, guard: DuplicateGuard, topic: str, voice: str, when: datetime, length: int
              ) -> tuple[str, list[str]]:
    """A title and about `length` words of text no earlier text of the web is close to (up to 30 tries): a post's
    body, then, for long guides, a second body on a related topic (as padded guides drift)."""
    for _attempt in range(30):
        title, paras = w.blog_post(topic, voice, when, (min(length, 395) - 40, min(length, 395)))
        if length > 420:
            extra = max(120, min(length - 400, 355))
            paras += w.blog_post(w.rng.choice(RELATED[topic]), voice, when, (extra, extra + 40))[1][1:-1]
        if guard.accepts("\n".join(paras)):
            break
    guard.add("\n".join(paras))
    return title, paras


def farm_times(rng: Random, p: dict) -> list[datetime]:
    """params["n_posts"] times in batches of params["burst"] posts (one minute, a drip, or a working day),
    separated by params["pause_days"] days of nothing, the last batch at params["last"]."""
    times: list[datetime] = []
    day = p["last"].date()
    first = True
    while len(times) < p["n_posts"]:
        rest = p["n_posts"] - len(times)
        k = min(rng.randint(*p["burst"]), max(2, p["n_posts"] // 3), rest)  # three batches or more
        k += rest - k == 1  # never a post alone
        start = p["last"] if first else _at(day, rng.randrange(6 * 60, 16 * 60))
        if p["spacing"] == "same_minute":
            batch = [start] * k
        elif p["spacing"] == "drip":
            batch = [start - timedelta(minutes=i * p["drip_min"]) for i in range(k)]
        else:  # spread over the working day
            batch = [start] + [_at(start.date(), rng.randrange(8 * 60, 18 * 60)) for _ in range(k - 1)]
        times += [min(t, NOW) for t in batch]
        first = False
        day -= timedelta(days=rng.randint(*p["pause_days"]))
    return sorted(times)


def ghostwriter_farm(src: Source, guard: DuplicateGuard, content: dict) -> Blog:
    """Long unique generic guides under invented author names (params["personas"]), published in batches,
    links to comparison sites (params["money"], params["money_share"] of posts) and own older posts
    (params["internal_share"]); comments open or closed, a stray stock thanks now and then, never answered."""
    p = src.params
    rng = rng_for(src.host, "farm")
    w = Writer(rng)
    bios = {name: w.fill(rng.choice(FARM_BIOS), {"name": name}) for name in p["personas"]}
    posts, titles, slugs = [], set(), set()
    for when in farm_times(rng, p):
        topic = rng.choice(p["topics"])
        title, paras = farm_text(w, guard, topic, p["voice"], when, rng.randint(*p["length"]))
        ctx = _ctx(rng, topic, when)
        for _ in range(10 if rng.random() < 0.7 or title in titles else 0):
            mine = w.fill(rng.choice(FARM_TITLES), ctx)
            if mine not in titles:
                title = mine
                break
        titles.add(title)
        paras = [w.fill(rng.choice(FARM_INTROS), ctx)] + paras[1:] + [w.fill(rng.choice(FARM_OUTROS), ctx)]
        author = rng.choice(p["personas"])
        if p["bios"]:
            paras.append(bios[author])
        post = Post(0, title, make_slug(src.platform, title, slugs), when, author, paras,
                    category=TOPICS[topic]["category"], comments_open=not p["closed"])
        post.tags = rng.sample(TOPICS[topic]["sujet"], 2)
        posts.append(post)
    blog = Blog(src.host, src.platform, src.name, src.tagline, p["author"], make_slug("wordpress", p["author"], set()),
                posts)
    _tidy_blog(blog)
    _number_posts(blog, rng)
    for i, post in enumerate(blog.posts):
        if rng.random() < p["money_share"]:
            u = f"{rng.choice(p['money'])}{rng.choice(FARM_PAGES)}/"
            post.paragraphs.insert(rng.randrange(1, len(post.paragraphs)), w.fill(rng.choice(FARM_LEADS), {"u": u}))
        older = [o for o in blog.posts[:i] if o.when < post.when]
        if older and rng.random() < p["internal_share"]:
            u = permalink(src.platform, src.host, rng.choice(older))
            post.paragraphs.insert(rng.randrange(1, len(post.paragraphs)), w.fill(rng.choice(FARM_SEE_ALSO), {"u": u}))
        if post.comments_open and rng.random() < p["stray"]:
            when = post.when + timedelta(days=rng.uniform(0.5, 60))
            if when <= NOW:
                post.comments.append(Comment(0, rng.choice(bank.FIRST_NAMES), _minute(when),
                                             [rng.choice(FARM_STRAY)]))
    _number_comments(blog)
    return blog


# -- the forum with a helpful shill ----------------------------------------------------------------------
SHILL_PLUGS = [
    "Pour ma part, j'ai fait faire un bilan chez {marque}, ils m'ont [bien aidé|fait gagner du temps] sur ce point : {url}",
    "[Si ça peut t'aider|Pour info], {marque} propose [une simulation gratuite|un bilan gratuit] [qui m'avait bien "
    "éclairé|assez complet] : {url}",
    "J'en avais parlé avec un conseiller de {marque} [l'an dernier|il y a quelques mois], [sérieux et pas insistant|de bon "
    "conseil]. [Leur site|Le lien] : {url}",
    "[Regarde|Jette un œil] du côté de {marque} ({url}), [leurs frais sont raisonnables|ils sont spécialisés là-dessus|"
    "ils m'ont évité une bêtise].",
    "[Perso|Moi] je suis [chez|client de] {marque} depuis {nb} ans, [aucun regret|rien à redire], [ils répondent vite|"
    "on a un vrai interlocuteur].",
]
SHILL_CONFIRM = ["+1 pour {marque}, [j'y suis depuis {annee}|ma sœur y est aussi] [et c'est sérieux|très contente].",
                 "[Je confirme|Pareil] pour {marque}, [bon accompagnement|ils m'ont bien conseillé] [sur mon PER|pour "
                 "ma succession|pour mes SCPI].",
                 "[Bon conseil|Très bon conseil] de {helper}, [c'est aussi|c'était aussi] [mon choix|ce que j'ai fait] "
                 "[en {annee}|l'an dernier]."]
SHILL_THANKS = ["Merci {helper} [pour ta réponse|pour le tuyau|pour ces précisions], je vais [regarder|contacter] "
                "{marque}.", "[Merci beaucoup|Super, merci] {helper} ! [Je vais demander la simulation|Je prends "
                "rendez-vous] [cette semaine|dès lundi].", "Merci {helper}, [c'est plus clair|j'y vois plus clair]. "
                "[Je regarde ça|Je vais creuser] [ce week-end|demain]."]
SHILL_RULES = ["Bienvenue sur le forum ! [Quelques règles|Les règles sont simples] : [pas de publicité|pas de "
               "démarchage], [restez courtois|respect de chacun], [une question par sujet|cherchez avant de poster]. "
               "[Bonne lecture|Bonnes discussions] à tous."]


def shill_forum(src: Source, guard: DuplicateGuard, content: dict) -> Forum:
    """Each thread opened by a fresh one-post account; params["helper"] answers params["answer_share"] of them
    (first, after a human delay), recommending params["marque"] in params["brand_share"] of his answers; a few
    params["confirmers"] agree; askers thank him (params["thanks_share"]); now and then an earlier asker
    answers another thread (params["extra_replies"])."""
    p = src.params
    rng = rng_for(src.host, "shill")
    w = Writer(rng)
    admin, helper, confirmers = p["admin"], p["helper"], p["confirmers"]
    ctx0 = {"marque": p["marque"], "url": p["url"], "helper": helper}
    start = NOW - timedelta(days=p["days"])
    helper_sig = (f"{rng.choice(['Épargnant depuis 20 ans', 'Ni banquier ni vendeur', 'Retraité curieux'])} "
                  f"– {rng.choice(['mon conseiller', 'mon cabinet', 'mes placements'])} : {p['url']}") \
        if p["signature"] else None
    askers, taken_names = [], {admin, helper, *confirmers}
    rules = Thread(0, rng.choice(["Règles du forum", "Bienvenue : à lire avant de poster", "Charte du forum"]),
                   [Message(0, admin, start, [w.fill(rng.choice(SHILL_RULES))])], views=rng.randrange(200, 900))
    threads = [(0, rules)]
    starts = sorted(start + timedelta(days=rng.uniform(1, p["days"] - 1)) for _ in range(p["n_threads"]))
    taken: set[str] = set()
    for when in starts:
        when = when.replace(hour=rng.choice([8, 10, 12, 13, 19, 20, 21, 22, 23]), minute=rng.randrange(60))
        if when > NOW - timedelta(hours=2):
            when = NOW - timedelta(hours=rng.uniform(2, 30))
        for _ in range(50):  # a new account, as the ones that post once: prénom + digits, pseudo-like
            name = rng.choice([f"{rng.choice(bank.FIRST_NAMES)}{rng.randrange(10, 99)}",
                               f"{rng.choice(bank.FIRST_NAMES).lower()}_{rng.choice(bank.CITIES).lower()}",
                               f"{rng.choice(bank.FIRST_NAMES)}.{rng.choice(bank.LAST_NAMES)[0]}"]).replace(" ", "")
            if name not in taken_names:
                break
        taken_names.add(name)
        askers.append(name)
        bi = rng.randrange(len(BOARDS))
        topic = rng.choice(BOARDS[bi][2])
        msgs = [Message(0, name, when, w.forum_question(topic, when))]
        t = when
        plugged = False
        if rng.random() < p["answer_share"]:
            t += timedelta(minutes=rng.lognormvariate(math.log(p["first_delay_min"]), 0.9))
            if t <= NOW:
                text = w.forum_reply(topic, t, name)
                if rng.random() < p["brand_share"]:
                    text.insert(len(text) - 1 if len(text) > 1 else 1, w.fill(rng.choice(SHILL_PLUGS), ctx0))
                    plugged = True
                msgs.append(Message(0, helper, t, text, signature=helper_sig))
        if confirmers and plugged and rng.random() < p["confirm_share"]:
            t += timedelta(minutes=rng.lognormvariate(math.log(240), 1.0))
            if t <= NOW:
                text = [w.fill(rng.choice(SHILL_CONFIRM), ctx0)]
                if rng.random() < 0.5:
                    text.append(w.sentence(topic, t))
                msgs.append(Message(0, rng.choice(confirmers), t, text))
        for _ in range(rng.randint(*p["extra_replies"])):  # an earlier asker lends a hand
            others = [a for a in askers[:-1] if a != msgs[-1].author]
            t += timedelta(minutes=rng.lognormvariate(math.log(600), 1.2))
            if not others or t > NOW:
                break
            msgs.append(Message(0, rng.choice(others), t, w.forum_reply(topic, t, msgs[-1].author)))
        if len(msgs) > 1 and rng.random() < p["thanks_share"]:
            t += timedelta(minutes=rng.lognormvariate(math.log(180), 1.0))
            if t <= NOW:
                thanks = rng.choice(SHILL_THANKS) if plugged else "Merci {helper} et merci à tous !"
                msgs.append(Message(0, name, t, [w.fill(thanks, ctx0)]))
        title = _forum_title(w, topic, when, taken)
        threads.append((bi, Thread(0, title, msgs, views=rng.randrange(15, 600))))
    return _make_forum(src, [admin, helper, *confirmers, *askers], threads)


MAKERS = {"cgp_answers": cgp_answers_blog, "founder_forum": founder_forum, "ghostwriter_farm": ghostwriter_farm,
          "shill_forum": shill_forum}
