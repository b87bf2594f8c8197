"""Blind families of the evaluation web, round 4: behaviours written by someone who had not read the rules.

Like `blindmakers.py`, `blindmakers2.py` and `blindmakers3.py`, these four families were designed from how the
real French wealth-management web behaves, without reading what the classifier measures (its rules, thresholds,
seeds, notes or figures), so that their figures are an honest held-out measurement
(`evaluation.BLIND_FAMILIES`). Two forums and two blogs, one of each label; each is a hard case:

- `automod_forum` (genuine, forum): a savers' community (as the personal-finance subreddits and the FIRE
  forums run them) whose moderation robot opens the recurring threads on the clock (the weekly questions
  thread, the monthly "what did you buy" thread, at the same minute, with the same body word for word) and
  answers a share of the newcomers' questions within a minute or two with one canned message pointing to the
  FAQ thread ("Je suis un robot..."); the members' conversation is ordinary: many accounts, quotes, thanks,
  human delays, most of it inside the robot's recurring threads;
- `seo_guide_blog` (genuine, blog): a personal-finance blogger who learnt SEO: evergreen guides with the year
  in the title, refreshed every January (title bumped, "Mise à jour" line, a modification date), a table of
  contents, a "Questions fréquentes" block on one pattern, the same affiliate disclosure word for word and
  tracked links to 2-5 brokers; but a person's voice (his own figures and anecdotes), readers who ask and an
  author who answers across the years, and personal posts between the guides;
- `scraped_forum` (automated, forum): a forum filled by a scraper: threads copied from genuine forums (of the
  audit) days to months after the originals, message by message, quotes and thanks included, the members'
  names kept or replaced by invented pseudonyms, the delays between messages kept (or every message stamped
  at the scrape), some messages lightly reworded, some threads cut short, a share carrying an "annonce" with
  a paying site's link; nobody of its own ever writes, apart from the admin's rules;
- `translated_blog` (automated, blog): a "personal blog" whose posts are machine translations of American
  personal-finance posts under a French persona: US realities in literal French (401(k), Roth IRA, score de
  crédit, dollars), calques ("Ligne de fond", "Faites vos devoirs"), published hours after the originals
  (American mornings: French afternoons and nights), uncredited or, seldom, "traduit de l'anglais"; some
  paragraphs given a French coat from the generic texts, a share of posts with an affiliate link, comments
  open and nearly empty.

`MAKERS[params["maker"]](src, guard, content)` makes a source's content (`content`: the sources made so far, by
host). Every draw comes from `rng_for(host, ...)`: deterministic.
"""
from __future__ import annotations

import math
from datetime import datetime, timedelta
from random import Random

from sectorweb import bank
from sectorweb.bank_topics import TOPICS
from sectorweb.blindmakers import _at, _cap, _make_forum, _tidy_blog, farm_text
from sectorweb.blindmakers2 import _unique
from sectorweb.content import (BOARDS, _Community, _comments, _forum_title, _number_comments, _number_posts,
                               _schedule, fresh_post, rng_for)
from sectorweb.dates import MOIS, NOW, fr_date
from sectorweb.families import make_slug, thread_url
from sectorweb.model import Blog, Comment, Forum, Message, Post, Thread
from sectorweb.sources import Source
from sectorweb.spin import DuplicateGuard, spin_sentence
from sectorweb.writer import Writer

# -- the community run with a moderation robot -------------------------------------------------------------
WEEKLY = ["Fil hebdomadaire : vos questions de la semaine du {d}", "Discussion hebdomadaire ({d}) : posez vos "
          "questions ici", "Questions de débutants : semaine du {d}"]
WEEKLY_BODY = ["Bienvenue dans le fil hebdomadaire ! Posez ici vos questions simples, même les plus basiques : "
               "livret, assurance-vie, PEA, premier investissement. Pensez à préciser votre âge, votre situation et "
               "votre horizon de placement. Avant de poster, un tour par la FAQ : {faq}",
               "Ce fil est ouvert automatiquement chaque semaine. Les questions courtes et les demandes d'avis "
               "personnels se posent ici plutôt que dans un nouveau sujet. Rappel : la FAQ du forum répond déjà à "
               "beaucoup de questions ({faq}). Bonne semaine à tous !"]
MONTHLY = ["Vos achats et ventes du mois de {mois} {an}", "Fil mensuel : qu'avez-vous investi en {mois} {an} ?",
           "Point mensuel de {mois} {an} : vos mouvements"]
MONTHLY_BODY = ["Comme chaque mois, partagez vos achats, ventes et versements du mois écoulé. Pas de conseil "
                "personnalisé ici, juste des retours d'expérience. Les fils des mois précédents sont archivés.",
                "Fil mensuel automatique. Dites-nous ce que vous avez acheté, vendu ou versé ce mois-ci, et pourquoi. "
                "Merci de rester courtois : chacun sa stratégie."]
BOT_REPLIES = [
    "Bonjour {o}, merci pour votre message. Votre question semble concerner un cas personnel : avez-vous lu la FAQ "
    "du forum ({faq}) ? Pour une réponse utile, précisez votre âge, vos revenus, votre épargne et votre horizon. "
    "Je suis un robot, cette action a été effectuée automatiquement. Contactez la modération en cas de question.",
    "Bonjour {o}. Les questions de débutants ont leur fil hebdomadaire, et la plupart des réponses sont dans la FAQ : "
    "{faq}. Votre sujet reste ouvert, mais il pourrait être déplacé. Je suis un robot, cette action a été effectuée "
    "automatiquement.",
    "Rappel automatique : ce forum ne donne pas de conseil en investissement personnalisé. Consultez la FAQ ({faq}) "
    "et indiquez votre situation complète. Je suis un robot, merci de ne pas répondre à ce message.",
]
FAQ_TITLE = "FAQ du forum : lire avant de poster"
FAQ_BODY = ["Cette FAQ rassemble les réponses aux questions les plus fréquentes. Elle est mise à jour par l'équipe de "
            "modération.", "1. Par quoi commencer ? Une épargne de précaution sur livrets, puis un horizon et un "
            "objectif avant tout placement.", "2. Assurance-vie ou PEA ? Les deux ne s'opposent pas : l'un pour la "
            "souplesse et la transmission, l'autre pour les actions sur le long terme.", "3. Faut-il un conseiller ? "
            "Le forum ne remplace pas un professionnel : méfiez-vous de quiconque vous contacte en message privé."]
MEMBER_IN_RECURRING = ["[Ma question de la semaine|Question rapide|Petite question pour le fil] : {q} ?",
                       "[Ce mois-ci|En {mois}] : [versement de {montant2} sur le PEA|achat de parts d'ETF World|"
                       "rien, j'attends|renfort sur {scpi}|versement programmé habituel]. [Et vous ?|Rien de fou.]",
                       "{s}"]


def _awake(rng: Random, t: datetime) -> datetime:
    """People sleep: a member's message drawn between 1:00 and 6:59 moves to the morning (robots do not sleep)."""
    return t.replace(hour=rng.randint(7, 9)) if 1 <= t.hour < 7 else t


def automod_forum(src: Source, guard: DuplicateGuard, content: dict) -> Forum:
    """A community over params["span_days"]: the robot params["bot"] opens the weekly thread (params["weekly"],
    on weekday params["weekday"] at params["bot_hour"]:params["bot_minute"]) and the monthly one (params["monthly"])
    on the clock, and answers params["bot_share"] of the members' new threads within params["bot_delay"] minutes
    with a canned message pointing to the FAQ; params["members"] members talk, quote (params["quote_share"]) and
    thank; params["inside_share"] of their messages go inside the robot's threads."""
    p = src.params
    rng = rng_for(src.host, "automod")
    w = Writer(rng)
    admin, bot = p["admin"], p["bot"]
    start = NOW - timedelta(days=p["span_days"])
    names = rng.sample([x for x in bank.PSEUDOS if x != admin], p["members"])
    weights = [1 / (i + 1) ** 0.9 for i in range(len(names))]

    def member(besides: set[str]) -> str:
        pool = [(n, wt) for n, wt in zip(names, weights) if n not in besides]
        return rng.choices([n for n, _ in pool], [wt for _, wt in pool])[0]

    def talk(msgs: list[Message], topic: str, n: int, pace: float, opener: str) -> None:
        t = msgs[-1].when
        for _ in range(n):
            t = _awake(rng, t + timedelta(minutes=rng.lognormvariate(math.log(pace), 1.2)))
            if t > NOW:
                break
            prev = msgs[-1].author
            if opener not in (bot, prev) and len(msgs) > 2 and rng.random() < 0.15:
                author, text = opener, w.forum_thanks(t)
            else:
                author = member({prev, bot})
                text = w.forum_reply(topic, t, prev if prev != bot else opener)
            quote = None
            if len(msgs) > 1 and rng.random() < p["quote_share"]:
                q = rng.choice([m for m in msgs if m.author != bot] or msgs)
                quote = (q.author, q.text[0].split(". ")[0].rstrip(".") + ".")
            msgs.append(Message(0, author, t, text, quote=quote))

    threads: list[tuple[int, Thread]] = []
    faq = Thread(0, FAQ_TITLE, [Message(0, admin, start - timedelta(days=rng.randint(30, 600)), list(FAQ_BODY))],
                 views=rng.randrange(3000, 40000))
    threads.append((0, faq))
    recurring: list[tuple[datetime, str, list[str], str]] = []
    day = start.date()
    while day <= NOW.date():
        when = _at(day, p["bot_hour"] * 60 + p["bot_minute"])
        if p["weekly"] and day.weekday() == p["weekday"] and when <= NOW:
            recurring.append((when, WEEKLY[p["weekly_title"]], [WEEKLY_BODY[p["weekly_body"]]], "weekly"))
        if p["monthly"] and day.day == 1 and when <= NOW:
            recurring.append((when, MONTHLY[p["monthly_title"]], [MONTHLY_BODY[p["monthly_body"]]], "monthly"))
        day += timedelta(days=1)
    for when, title_t, body, kind in recurring:
        title = w.fill(title_t.replace("{d}", fr_date(when.date())), {"mois": MOIS[when.month - 1], "an": when.year})
        msgs = [Message(0, bot, when, list(body))]
        bi = 0 if kind == "weekly" else 2
        t = when
        for _ in range(rng.randint(*p["inside"])):
            t = _awake(rng, t + timedelta(minutes=rng.lognormvariate(math.log(500), 1.1)))
            if t > NOW:
                break
            topic = rng.choice(rng.choice(BOARDS)[2])
            author = member({msgs[-1].author})
            if kind == "monthly" or rng.random() < 0.6:
                tpl = MEMBER_IN_RECURRING[1] if kind == "monthly" else MEMBER_IN_RECURRING[0]
                text = [w.fill(tpl, {"q": w.question(topic, t), "mois": MOIS[when.month - 1]})]
                if rng.random() < 0.5:
                    text.append(w.sentence(topic, t))
            else:
                text = w.forum_reply(topic, t, msgs[-1].author if msgs[-1].author != bot else author)
            quote = None
            if len(msgs) > 2 and rng.random() < p["quote_share"]:
                q = rng.choice(msgs[1:])
                quote = (q.author, q.text[0].split(". ")[0].rstrip(".") + ".")
            msgs.append(Message(0, author, t, text, quote=quote))
        threads.append((bi, Thread(0, title, msgs, views=rng.randrange(200, 6000))))
    taken = {t.title for _, t in threads}
    for _ in range(p["n_threads"]):
        bi = rng.choices(range(len(BOARDS)), [5, 4, 3, 3])[0]
        topic = rng.choice(BOARDS[bi][2])
        when = start + timedelta(seconds=(NOW - start).total_seconds() * rng.random())
        when = min(when.replace(hour=rng.choice([7, 9, 12, 13, 18, 20, 21, 22, 23])), NOW - timedelta(hours=2))
        opener = member(set())
        msgs = [Message(0, opener, when, w.forum_question(topic, when))]
        if rng.random() < p["bot_share"]:
            bt = when + timedelta(seconds=rng.uniform(20, 60 * p["bot_delay"]))
            msgs.append(Message(0, bot, bt, [BOT_REPLIES[rng.choice(p["bot_texts"])].replace("{o}", opener)]))
        talk(msgs, topic, rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 10, 14]), rng.choice([60, 240, 600]), opener)
        threads.append((bi, Thread(0, _forum_title(w, topic, when, taken), msgs, views=rng.randrange(30, 3000))))
    forum = _make_forum(src, [admin, bot] + names, threads)
    forum.admins = {admin}
    link = thread_url(src.platform, src.host, faq, forum)
    for th in forum.threads():
        for m in th.messages:
            m.text = [x.replace("{faq}", link) for x in m.text]
    return forum


# -- the blogger who learnt SEO ---------------------------------------------------------------------------------
GUIDE_TITLES = ["Meilleure assurance-vie {an} : mon comparatif et mon avis", "Ouvrir un PEA en {an} : le guide complet",
                "Quel livret choisir en {an} ? Mon classement", "Investir en SCPI en {an} : mon guide (et mes erreurs)",
                "Meilleur courtier en bourse {an} : comparatif honnête", "PER en {an} : faut-il en ouvrir un ?",
                "Investir en ETF en {an} : le guide pour débuter", "Crédit immobilier {an} : comment obtenir le "
                "meilleur taux ?", "Préparer sa retraite en {an} : ma méthode pas à pas",
                "Déclarer ses placements en {an} : le guide des cases"]
GUIDE_TOPICS = ["assurance_vie", "bourse", "livret", "scpi", "bourse", "per", "bourse", "credit", "retraite", "ifi"]
UPDATE_LINES = ["Mise à jour du {d} : [taux|frais|chiffres] actualisés pour {an}, [nouveau comparatif|section FAQ "
                "complétée|nouvelles offres ajoutées].", "Article mis à jour le {d} ([données|offres] {an}).",
                "[Mis à jour|Actualisé] le {d} : [les taux {an} sont dans le tableau|ajout des nouveautés {an}]."]
DISCLOSURES = ["Transparence : cet article contient des liens affiliés. Si vous ouvrez un compte par leur biais, je "
               "touche une petite commission, sans surcoût pour vous. Cela ne change pas mon avis.",
               "Cet article contient des liens partenaires : ils financent le blog sans rien vous coûter. Je ne "
               "recommande que ce que j'utilise moi-même.",
               "Certains liens de cet article sont affiliés (ils me rapportent une petite commission). Mon avis reste "
               "indépendant."]
TOC_HEAD = "Sommaire : "
FAQ_HEAD = ["Questions fréquentes", "FAQ", "Vos questions fréquentes"]
PERSONAL = ["[Chez moi|De mon côté|Pour ma part], j'ai [ouvert|souscrit] [ce type de contrat|mon premier contrat] en "
            "{annee}, [après des mois d'hésitation|sur les conseils d'un collègue|un peu par hasard].",
            "[Je vous donne mes chiffres|Mes chiffres, pour être transparent] : {montant} [placés|investis] [à ce jour|"
            "aujourd'hui], [versement programmé de {petit} par mois|un versement chaque mois, quoi qu'il arrive].",
            "[Erreur de débutant que j'ai faite|Ce que j'aurais aimé savoir] : [j'ai payé des frais d'entrée pendant "
            "deux ans|j'ai vendu au pire moment en {annee}|j'ai trop attendu pour commencer].",
            "[Ma femme|Mon compagnon|Ma sœur] [me demande souvent|m'a demandé récemment] [pourquoi|comment] je [fais|"
            "gère] ça : [voici ma réponse|c'est l'occasion de l'écrire]."]
AFFILIATE_LEADS = ["[J'utilise|J'ai choisi] {b} [depuis {annee}|pour mon contrat principal] : {u}",
                   "[Mon avis détaillé|Le lien] pour [ouvrir un compte|découvrir l'offre] chez {b} : {u}",
                   "[Offre du moment|Bonus de bienvenue] chez {b} [avec mon lien|via ce lien] : {u}"]
PERSONAL_TITLES = ["Pourquoi j'ai [arrêté|repris] [le blog|d'investir] pendant [six mois|un an]",
                   "Mes [erreurs|leçons] après [cinq|huit|dix] ans d'investissement",
                   "[Bilan|Retour] sur mon année {an}", "[Merci|Un petit mot] à mes lecteurs"]


def seo_guide_blog(src: Source, guard: DuplicateGuard, content: dict) -> Blog:
    """params["n_posts"] posts (params["guide_share"] of them evergreen guides with the year in the title,
    refreshed every January since they were written: params["refresh_share"] of them), a table of contents
    (params["toc_share"]), a FAQ block (params["faq_share"]), the disclosure params["disclosure"] and a tracked
    link to one of params["brokers"] (params["affiliate_share"]); personal paragraphs everywhere; readers comment
    (params["comments"]) and the author answers their questions (params["reply_rate"])."""
    p = src.params
    rng = rng_for(src.host, "seo")
    w = Writer(rng)
    people = _Community(rng, [], size=rng.randint(20, 40))
    posts, taken, titles, parents = [], set(), set(), {}
    guides = rng.sample(range(len(GUIDE_TITLES)), len(GUIDE_TITLES))
    for when in _schedule(rng, p["n_posts"], p["per_month"], p["last"]):
        guide = guides and rng.random() < p["guide_share"]
        if guide:
            g = guides.pop()
            topic = GUIDE_TOPICS[g]
            _, paras = fresh_post(w, guard, topic, p["voice"], when, p["size"], src.platform, taken)
            title = w.fill(GUIDE_TITLES[g], {"an": when.year})
        else:
            topic = rng.choice(p["topics"])
            title, paras = fresh_post(w, guard, topic, p["voice"], when, p["size"], src.platform, taken)
            if rng.random() < 0.25:
                title = w.fill(rng.choice(PERSONAL_TITLES), {"an": when.year - (when.month < 3)})
        title = _unique(title, titles)
        ctx = {"an": when.year, "month": when.month, "date": when}
        paras.insert(rng.randrange(1, len(paras) + 1), w.fill(rng.choice(PERSONAL), ctx))
        post = Post(0, title, make_slug(src.platform, title, taken), when, p["author"], paras,
                    category=TOPICS[topic]["category"])
        post.tags = rng.sample(TOPICS[topic]["sujet"], 2)
        if guide:
            head = []
            if rng.random() < p["disclosure_share"]:
                head.append(p["disclosure"])
            if rng.random() < p["toc_share"]:
                parts = [rng.choice(TOPICS[topic]["sujet"]) for _ in range(3)]
                head.append(TOC_HEAD + " ; ".join(f"{i + 1}. {_cap(x)}" for i, x in enumerate(dict.fromkeys(parts)))
                            + f" ; {len(set(parts)) + 1}. {rng.choice(FAQ_HEAD)}")
            post.paragraphs[1:1] = head
            if rng.random() < p["faq_share"]:
                post.paragraphs.append(rng.choice(FAQ_HEAD))
                for _ in range(rng.randint(2, 4)):
                    post.paragraphs.append(f"{_cap(w.question(topic, when))} ? {w.sentence(topic, when)}")
            if rng.random() < p["affiliate_share"]:
                b, u = rng.choice(p["brokers"])
                post.paragraphs.insert(len(post.paragraphs) - 1, w.fill(rng.choice(AFFILIATE_LEADS), {"b": b, "u": u}))
            refreshed = rng.random() < p["refresh_share"]
            year = when.year + 1
            while refreshed and datetime(year, 1, 2, 9) <= NOW:
                mod = datetime(year, 1, rng.randint(2, 28), rng.randint(7, 22), rng.randrange(60))
                if mod > NOW:
                    break
                post.modified = mod
                year += 1
            if post.modified:
                post.title = _unique(w.fill(GUIDE_TITLES[g], {"an": post.modified.year}), titles)
                post.paragraphs.insert(0, w.fill(rng.choice(UPDATE_LINES), {"d": fr_date(post.modified.date()),
                                                                           "an": post.modified.year}))
        post.comments = _comments(rng, w, post, topic, p, people, parents)
        posts.append(post)
    blog = Blog(src.host, src.platform, src.name, src.tagline, p["author"], make_slug("wordpress", p["author"], set()),
                posts, blogroll=[(f"http://{h}/", content[h].name) for h in p.get("blogroll", []) if h in content])
    _tidy_blog(blog)
    for post in blog.posts:
        if post.modified:
            post.modified = post.modified.replace(second=0, microsecond=0)
    _number_posts(blog, rng)
    _number_comments(blog, parents)
    return blog


# -- the scraper's forum ------------------------------------------------------------------------------------------
SCRAPER_RULES = ["Bienvenue sur le forum ! [Merci de rester courtois|Respectez les autres membres], [pas de "
                 "publicité|pas de démarchage]. [Bonne lecture à tous|Bonnes discussions]."]
SCRAPER_ADS = ["[Annonce|Publicité] : [comparez les offres|trouvez le meilleur placement] [en quelques clics|"
               "gratuitement] sur {u}", "[Sponsorisé|Annonce partenaire] — [simulation gratuite|bilan patrimonial "
               "offert] : {u}", "[À lire aussi|Découvrez aussi] [notre partenaire|ce comparatif] : {u}"]
SCRAPER_PREFIX = ["[Résolu] ", "", "Question : ", "[Discussion] "]


def _fake_pseudo(rng: Random, taken: set[str]) -> str:
    for _ in range(50):
        name = rng.choice([f"{rng.choice(bank.FIRST_NAMES).lower()}{rng.randrange(10, 999)}",
                           f"user{rng.randrange(1000, 99999)}", f"{rng.choice(bank.LAST_NAMES).lower()}_"
                           f"{rng.choice(bank.FIRST_NAMES)[0].lower()}", f"Membre{rng.randrange(100, 9999)}"])
        if name not in taken:
            break
    taken.add(name)
    return name


def scraped_forum(src: Source, guard: DuplicateGuard, content: dict) -> Forum:
    """Threads of params["origins"] (params["copy_share"] of them, at most params["max_threads"]) copied
    params["delay_days"] days after they opened, delays between messages kept (params["keep_times"]) or every
    message stamped at the scrape; names replaced by invented ones (params["rename"]); params["spin_share"] of the
    messages lightly reworded; threads cut to params["max_messages"]; params["ad_share"] of the threads carry an
    ad for params["money"]; the admin's rules thread only."""
    p = src.params
    rng = rng_for(src.host, "scraper")
    threads: list[tuple[int, Thread]] = []
    pool = []
    for h in p["origins"]:
        forum = content.get(h)
        if not isinstance(forum, Forum):
            continue
        for b in forum.boards:
            bi = next((i for i, x in enumerate(BOARDS) if x[0] == b.name), None)
            for t in b.threads:
                pool.append((bi, t))
    pool.sort(key=lambda x: (x[1].messages[0].when, x[1].title))
    rng.shuffle(pool)
    chosen = pool[:min(p["max_threads"], max(3, round(len(pool) * p["copy_share"])))]
    taken_names = {p["admin"]}
    names: dict[str, str] = {}
    first = min((t.messages[0].when for _, t in chosen), default=NOW - timedelta(days=30))
    rules = Thread(0, "Règles du forum", [Message(0, p["admin"], first - timedelta(days=rng.randint(1, 20)),
                                                   [Writer(rng).fill(SCRAPER_RULES[0])])], views=rng.randrange(50, 900))
    threads.append((0, rules))
    titles = {rules.title}
    for bi, t in chosen:
        scrape = t.messages[0].when + timedelta(days=rng.uniform(*p["delay_days"]))
        scrape = scrape.replace(hour=rng.choice(p["scrape_hours"]), minute=rng.randrange(60))
        if scrape - t.messages[0].when < timedelta(days=p["delay_days"][0]):  # the scraper's run is the next one
            scrape += timedelta(days=1)
        if scrape > NOW:
            continue
        keep = rng.random() < p["keep_times"]
        offset = scrape - t.messages[0].when
        msgs: list[Message] = []
        for m in t.messages[:rng.randint(*p["max_messages"])]:
            stamp = msgs[-1].when if msgs else scrape
            when = m.when + offset if keep else stamp + timedelta(seconds=rng.uniform(2, 40) * bool(msgs))
            if when > NOW:
                break
            author = m.author
            if p["rename"]:
                author = names.setdefault(m.author, _fake_pseudo(rng, taken_names))
            text = [spin_sentence(x, rng, 0.6, 0.03) if rng.random() < p["spin_share"] else x for x in m.text]
            quote = None
            if m.quote and p["keep_quotes"]:
                qa = m.quote[0]
                quote = (names.get(qa, qa) if p["rename"] else qa, m.quote[1])
            msgs.append(Message(0, author, when, text, quote=quote))
        if not msgs:
            continue
        if rng.random() < p["ad_share"]:
            u = f"{rng.choice(p['money'])}{rng.choice(['comparatif', 'simulation', 'offre', 'guide'])}/"
            ad = Writer(rng).fill(rng.choice(SCRAPER_ADS), {"u": u})
            if p["ad_mode"] == "message" and len(msgs) > 1:
                msgs.insert(1, Message(0, p["ad_account"], msgs[0].when + timedelta(seconds=30), [ad]))
            else:
                msgs[0].text = msgs[0].text + [ad]
        title = _unique(rng.choice(SCRAPER_PREFIX) + t.title if rng.random() < p["retitle"] else t.title, titles)
        threads.append((bi if bi is not None else rng.randrange(len(BOARDS)),
                        Thread(0, title, msgs, views=rng.randrange(5, 400))))
    accounts = [p["admin"], p["ad_account"]] + list(dict.fromkeys(m.author for _, t in threads for m in t.messages))
    forum = _make_forum(src, list(dict.fromkeys(accounts)), threads)
    if not any(m.author == p["ad_account"] for th in forum.threads() for m in th.messages):
        forum.users.pop(p["ad_account"], None)
    return forum


# -- the machine-translated blog -----------------------------------------------------------------------------------
TR_TITLES = ["{n} façons de [hacker|booster|maximiser|faire exploser] [votre épargne|votre budget|votre valeur nette] "
             "[cette année|en {an}|avant {age2} ans]",
             "Comment [j'ai remboursé|nous avons remboursé|j'ai éliminé] {usd} de dette en {k} mois",
             "Pourquoi vous devriez arrêter de {habit} [dès maintenant|aujourd'hui|cette année]",
             "La vérité sur [le 401(k)|le Roth IRA|le score de crédit|les fonds indiciels|le FIRE|les REIT] que "
             "[personne ne vous dit|votre banquier ne vous dira pas|j'aurais aimé savoir plus tôt]",
             "{n} erreurs d'argent que [les milléniaux|les gens intelligents|les débutants|les couples] [font|font "
             "encore] [en {an}|à {age2} ans|sans le savoir]",
             "[Comment|Voici comment] [construire la richesse|devenir millionnaire|prendre sa retraite tôt] avec "
             "[un salaire moyen|{usd} par an|un seul revenu]",
             "Est-ce que [louer|acheter] [une maison|un condo|une voiture neuve] est vraiment [un bon investissement|de "
             "l'argent jeté] [en {an}|à {age2} ans] ?",
             "Le guide ultime pour [investir dans des fonds indiciels|commencer à investir|construire un fonds "
             "d'urgence|négocier votre salaire] [en {an}|pour les débutants|étape par étape]",
             "{n} habitudes des gens [financièrement libres|riches|qui prennent leur retraite tôt]",
             "Devriez-vous [rembourser votre prêt étudiant|investir|acheter une maison|maximiser votre 401(k)] "
             "[d'abord|en premier] ?",
             "J'ai [suivi|testé] [le défi sans dépense|la règle 50/30/20|le budget à base zéro] pendant {k} [mois|"
             "semaines] : voici ce qui est arrivé",
             "{n} [side hustles|revenus secondaires] qui [paient vraiment|rapportent plus de {usd_small} par mois]"]
TR_HABITS = ["acheter du café tous les jours", "payer des frais de découvert", "ignorer votre score de crédit",
             "louer votre voiture", "garder votre argent en espèces", "vérifier votre portefeuille chaque jour",
             "prêter de l'argent à votre famille", "payer le minimum sur votre carte de crédit"]
TR_SENTENCES = [
    "Si votre employeur offre un match sur votre 401(k), vous devriez absolument en profiter, [c'est de l'argent "
    "gratuit|c'est littéralement de l'argent gratuit sur la table].",
    "Un Roth IRA vous permet de faire croître votre argent libre d'impôt, ce qui est un [énorme|massif] avantage "
    "[à long terme|sur le long terme|quand vous prenez votre retraite].",
    "Votre score de crédit est [l'un des nombres les plus importants|le nombre le plus important] de votre vie "
    "financière, [que vous le vouliez ou non|croyez-le ou non].",
    "Selon une enquête [récente|de la Réserve fédérale], {pct} des Américains ne pourraient pas couvrir une dépense "
    "d'urgence de {usd_small} [sans emprunter|sans vendre quelque chose].",
    "La règle [générale|du pouce] est d'avoir entre [trois et six|six et douze] mois de dépenses dans un fonds "
    "d'urgence, [gardé dans un compte séparé|loin de votre compte courant].",
    "Payez-vous d'abord vous-même : automatisez vos contributions le jour de votre chèque de paie[.|, avant même de "
    "voir l'argent.]",
    "Les fonds indiciels à faible coût ont battu [la plupart|environ {pct}] des gestionnaires actifs sur [le long "
    "terme|une période de quinze ans].",
    "Faites vos devoirs avant d'investir dans quoi que ce soit que vous ne comprenez pas[.|, surtout si un ami vous "
    "le recommande.]",
    "Ne mettez pas tous vos œufs dans le même panier, c'est [la base|le b.a.-ba] de la diversification.",
    "Si vous avez une dette de carte de crédit à {k}0 % d'intérêt, la rembourser est le [meilleur|seul] "
    "investissement [garanti|sans risque] [que vous ferez jamais|que vous pouvez faire].",
    "J'ai commencé avec seulement {usd_small} sur mon compte de courtage, et [cela a changé ma vie|je n'ai jamais "
    "regardé en arrière].",
    "Le S&P 500 a historiquement retourné [environ 10 %|autour de 7 % après inflation] par an[.|, en moyenne sur "
    "plusieurs décennies.]",
    "Votre maison n'est pas un actif, c'est un passif, [du moins selon certains experts|comme le dit Robert "
    "Kiyosaki].",
    "Le pouvoir des intérêts composés est [la huitième merveille du monde|quelque chose de magique], comme [le "
    "disait Einstein|on l'attribue à Einstein].",
    "Beaucoup de gens dépensent plus qu'ils ne gagnent sans même s'en rendre compte [à la fin du mois|jusqu'à ce "
    "qu'il soit trop tard].",
    "Avec un budget à base zéro, chaque dollar reçoit un travail à faire[.|, même les dollars que vous épargnez.]",
    "Si vous êtes dans une tranche d'imposition élevée, un compte traditionnel peut faire plus de sens [qu'un Roth|"
    "pour vous].",
    "Prenez un moment pour regarder vos relevés bancaires des [trois|six] derniers mois[.|, ligne par ligne.]",
    "Les frais de gestion de {frais} peuvent sembler petits, mais ils mangent une grosse part de vos retours "
    "[sur trente ans|avec le temps].",
    "Vous n'avez pas besoin d'être riche pour commencer à investir, vous devez commencer pour devenir riche.",
    "Annulez les abonnements que vous n'utilisez pas : [la moyenne des gens|l'Américain moyen] paie pour {k} "
    "services oubliés.",
    "Un conseiller fiduciaire est légalement tenu d'agir dans votre meilleur intérêt[.|, ce qui n'est pas le cas de "
    "tous les conseillers.]",
    "Le marché du logement dans la plupart des grandes villes est devenu hors de portée pour les acheteurs d'une "
    "première maison.",
    "Au moment d'écrire ces lignes, les comptes d'épargne à haut rendement paient autour de {pct2} APY.",
    "Mon mari et moi avons [payé|remboursé] notre hypothèque en {k} ans en [vivant sur un seul revenu|faisant des "
    "paiements supplémentaires chaque mois].",
    "Un HSA est [un compte à triple avantage fiscal|le compte le plus sous-estimé] : contributions déductibles, "
    "croissance et retraits libres d'impôt.",
    "Si votre entreprise offre un ESPP avec un rabais de 15 %, c'est [une évidence|un rendement garanti] de "
    "[participer|vous inscrire].",
    "Le FIRE, c'est [l'indépendance financière|Financial Independence, Retire Early] : épargner {pct} de vos revenus "
    "et vivre de la règle des 4 %.",
    "Nous avons utilisé la méthode de la boule de neige pour [payer|éliminer] nos dettes, de la plus petite à la plus "
    "grande.",
    "[Votre valeur nette|Votre patrimoine net] n'est pas votre valeur en tant que personne, mais c'est un bon "
    "[tableau de bord|indicateur] de [vos progrès|votre santé financière].",
    "Les prêts étudiants [fédéraux|privés] [peuvent être refinancés|ne disparaissent pas avec la faillite], "
    "[faites attention|lisez les petits caractères].",
    "Une voiture neuve perd environ {pct} de sa valeur [dans la première année|dès qu'elle quitte le concessionnaire].",
    "J'ai négocié mon salaire et obtenu {usd_small} de plus par mois, [simplement en demandant|en une seule "
    "conversation].",
    "Le marché va monter et descendre, mais le temps dans le marché bat le timing du marché.",
    "Si vous avez {age2} ans et rien d'épargné pour la retraite, [ne paniquez pas|il n'est pas trop tard], mais "
    "[commencez aujourd'hui|chaque mois compte].",
    "Un side hustle [comme le dog-sitting|comme la livraison|en ligne] m'a rapporté {usd_small} le mois dernier.",
    "La Sécurité sociale ne suffira probablement pas à couvrir [vos dépenses|votre style de vie] à la retraite.",
    "Les cartes de crédit avec des [récompenses|cashback] sont géniales, [à condition de payer|seulement si vous payez] le "
    "solde en entier chaque mois.",
    "Un CD de {k} mois [peut être|est parfois] une bonne place pour l'argent dont vous aurez besoin [bientôt|l'an "
    "prochain].",
    "[Suivez|Trackez] chaque dépense pendant un mois : [vous serez surpris|les résultats vont vous choquer].",
]
# What gives the translation away: American realities, and calques of American English.
US_MARKERS = ("401(k)", "Roth IRA", "$", "APY", "S&P 500", "score de crédit", "Américain", "fonds d'urgence", "HSA",
              "ESPP", "dollar", "hypothèque", "Sécurité sociale", "carte de crédit", "prêt étudiant", "prêts étudiants",
              "CD de", "side hustle", "fiduciaire", "condo", "chèque de paie", "FIRE", "fonds indiciels", "Kiyosaki",
              "Ligne de fond", "Le résultat final", "plus de sens", "Faites vos devoirs", "Payez-vous d'abord",
              "première maison", "Faites-moi savoir", "Trackez", "hacker", "valeur nette", "construire la richesse",
              "retours", "la moyenne des gens")
TR_OPEN = ["[Soyons honnêtes|Parlons franchement] : [l'argent est un sujet stressant|personne ne nous a appris à gérer "
           "l'argent à l'école].", "Il y a quelques années, j'étais [fauché|endetté jusqu'au cou] et je ne savais pas "
           "par où commencer.", "[Vous êtes-vous déjà demandé|Vous êtes-vous jamais demandé] où passe votre argent "
           "chaque mois ?"]
TR_CLOSE = ["Ligne de fond : [commencez petit, mais commencez maintenant|la constance bat le timing du marché].",
            "En fin de compte, [c'est votre argent et votre vie|le meilleur moment pour commencer était hier].",
            "Le résultat final ? [Plus de liberté|Moins de stress] et [plus d'options|une meilleure nuit de sommeil].",
            "Quelle est votre plus grande [lutte|difficulté] avec l'argent ? Faites-moi savoir dans les commentaires !"]
TR_CREDIT = "(Article traduit de l'anglais.)"
TR_LEADS = ["[Je recommande|J'utilise personnellement] [cette application|cet outil] pour [suivre mon budget|investir "
            "mes arrondis] : {u}", "[Obtenez|Recevez] [un bonus|une action gratuite] en vous inscrivant ici : {u}"]


def translated_blog(src: Source, guard: DuplicateGuard, content: dict) -> Blog:
    """params["n_posts"] machine translations of American posts under the persona params["author"], params["per_week"]
    a week at the hours of params["hours"] (American mornings), params["french_share"] of the paragraphs from French
    generic texts, the credit line on params["credit_share"] of the posts, a tracked link to params["money"] on
    params["money_share"] of them; comments open (params["closed"] aside), a stray one on params["stray"] of the
    posts, never answered."""
    p = src.params
    rng = rng_for(src.host, "translated")
    w = Writer(rng)
    times: list[datetime] = []
    t = p["last"].replace(hour=rng.choice(p["hours"]))
    t = t if t <= NOW else t - timedelta(days=1)
    while len(times) < p["n_posts"]:
        times.append(min(t, NOW))
        t -= timedelta(days=rng.expovariate(p["per_week"] / 7))
        t = t.replace(hour=rng.choice(p["hours"]), minute=rng.randrange(60))
    posts, taken, titles = [], set(), set()
    for when in sorted(times):
        ctx = {"an": when.year, "n": rng.choice([5, 7, 9, 10, 12, 15]), "k": rng.randint(2, 9),
               "usd": f"{rng.randrange(5, 95)} {rng.choice(['000', '500'])} $", "usd_small": f"{rng.randrange(1, 20) * 50} $",
               "habit": rng.choice(TR_HABITS), "age2": rng.choice([25, 30, 35, 40, 50]), "pct2": f"{rng.randrange(35, 55) / 10:.1f} %".replace(".", ",")}
        for _ in range(10):
            title = w.fill(rng.choice(TR_TITLES), ctx)
            if title not in titles:
                break
        title = _unique(title, titles)
        kept = None
        for _ in range(20):  # a translation of another post: little in common with the earlier ones
            sents = [w.fill(s, ctx) for s in rng.sample(TR_SENTENCES, rng.randint(*p["sentences"]))]
            text = " ".join(sents)
            if sum(k in text for k in US_MARKERS) >= 3:
                kept = kept or sents
                if guard.accepts(text):
                    kept = sents
                    break
        sents = kept or sents
        guard.add(" ".join(sents))  # (at least three tell-tale markers: 7 sentences or more hold them)
        paras = [w.fill(rng.choice(TR_OPEN))]
        while sents:
            k = rng.randint(2, 4)
            paras.append(" ".join(sents[:k]))
            sents = sents[k:]
        topic = rng.choice(p["topics"])
        if rng.random() < p["french_share"]:
            _, extra = farm_text(w, guard, topic, "conseil", when, rng.randint(150, 260))
            paras[2:2] = extra[1:-1][:2]
        paras.append(w.fill(rng.choice(TR_CLOSE)))
        if rng.random() < p["credit_share"]:
            paras.append(TR_CREDIT)
        if rng.random() < p["money_share"]:
            paras.insert(rng.randrange(2, len(paras)), w.fill(rng.choice(TR_LEADS), {"u": p["money"]}))
        post = Post(0, title, make_slug(src.platform, title, taken), when, p["author"], paras,
                    category=rng.choice(["Budget", "Investir", "Dette", "Mindset", "Retraite"]),
                    comments_open=not p["closed"])
        post.tags = rng.sample(["argent", "budget", "investir", "liberté financière", "épargne", "dette"], 2)
        if post.comments_open and rng.random() < p["stray"]:
            cw = post.when + timedelta(days=rng.uniform(0.2, 40))
            if cw <= NOW:
                post.comments.append(Comment(0, rng.choice(bank.FIRST_NAMES), cw,
                                             [rng.choice(["Merci pour l'article.", "Intéressant mais en France c'est "
                                                          "différent non ?", "C'est quoi un 401(k) ?",
                                                          "Très motivant, merci !"])]))
        posts.append(post)
    blog = Blog(src.host, src.platform, src.name, src.tagline, p["author"], make_slug("wordpress", p["author"], set()),
                posts)
    _tidy_blog(blog)
    _number_posts(blog, rng)
    _number_comments(blog)
    return blog


MAKERS = {"automod_forum": automod_forum, "seo_guide_blog": seo_guide_blog, "scraped_forum": scraped_forum,
          "translated_blog": translated_blog}
