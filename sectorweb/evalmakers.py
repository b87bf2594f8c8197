"""The evaluation web's own behaviours (issue 10), beside the makers of `content.py`.

`build_eval_content(sources)` lets `content.build_content` make every source whose maker it knows,
then makes the others here and applies the touches a source asks for in `params["touch"]`:

- `stock_comments`: a share of readers' comments become the short stock texts every reader writes
  ("Merci pour cet article !"), the same under many genuine blogs;
- `thank_by_name`: on a genuine forum, replies greet or thank the thread's opener by name, and the
  opener thanks whoever answered;
- `scheduled`: a genuine blogger whose posts come out on a planner (regular gaps, as a timer's);
- `affiliate`: a genuine blogger's referral link to one broker under many posts;
- `cite_friends`: a blogger citing his friends' blogs in a share of his posts (the circle also lists
  them in its blogroll, and nobody else links to it);
- `cite_news`: a columnist pointing to the newspaper article his column reacts to;
- `agency_wires` (newsrooms with `params["wire_share"]`): outlets subscribed to one news agency, a share
  of whose articles are its dispatches, credited "(AFP)", which the other subscribers print word for word
  minutes to hours later;
- makers `link_network` (sites whose posts and sidebars link to a changing subset of the network's
  sites, texts unique), `timer_blog` (posts on a timer, every outgoing link to one commercial site),
  `single_post` (one page, one post), `regular_forum` (a handful of accounts answering threads at
  regular delays) and `trio_forum` (three accounts writing every message of 40-50 threads).

Nothing here is read by the classifier. Every draw comes from `rng_for(host, ...)`: deterministic.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from random import Random

from sectorweb import bank
from sectorweb.bank_topics import TOPICS
from sectorweb.content import (BOARDS, _finish_forum, _number_comments, _number_posts, _schedule,
                                   build_content, rng_for)
from sectorweb.dates import NOW
from sectorweb.families import make_slug, permalink
from sectorweb.model import Blog, Board, Comment, Forum, Message, Post, Thread
from sectorweb.sources import Source
from sectorweb.spin import DuplicateGuard
from sectorweb.writer import Writer

# What readers write under any article, on any blog (short: a person writes these twice by chance).
STOCK_COMMENTS = ["Merci pour cet article !", "Très intéressant, merci", "Super article", "Merci pour le partage",
                  "Merci pour cet article", "Très intéressant, merci !", "Super article !", "Merci pour le partage.",
                  "Article très clair, merci.", "Bravo et merci !", "Très utile, merci.", "Merci, très instructif !",
                  "Top, merci !", "Merci beaucoup pour ces explications."]
# How a post points the reader elsewhere (a network or a timer blog varies the wording, as spinners do).
LEADS = ["À lire aussi : {u}", "Sur le même sujet : {u}", "Pour aller plus loin, voir {u}", "Voir également {u}",
         "Un point complet ici : {u}", "Nous en parlions déjà : {u}", "Plus d'informations sur {u}",
         "Lire la suite du dossier : {u}", "Comparer les offres : {u}", "Source et détails : {u}"]
# How a blogger slips in a referral link (the blog earns a little from it; the text is still the person's).
REFERRALS = ["J'utilise ce courtier depuis trois ans, avec mon lien de parrainage : {u}",
             "Si vous voulez ouvrir un compte, mon code parrain vous offre les frais : {u}",
             "(Lien affilié, il ne vous coûte rien et soutient le blog : {u})",
             "Pour info, c'est le contrat que j'ai choisi : {u}"]
# How friends cite each other, and how a columnist names the article he reacts to.
FRIEND_CITES = ["{n} en parlait aussi la semaine dernière, son billet vaut le détour : {u}",
                "Je vous renvoie au blog de {n}, qui a testé la même chose : {u}",
                "Merci à {n} pour la discussion qui m'a donné l'idée de ce billet ({u}).",
                "{n} n'est pas tout à fait d'accord avec moi, et ses arguments sont sur son blog : {u}"]
NEWS_CITES = ["L'article qui a fait réagir mes clients cette semaine : {u}",
              "Le sujet a été traité dans la presse ({u}) ; voici ce qu'il faut en retenir en pratique.",
              "Comme le rapportait la presse économique ({u}), la règle change.",
              "Point de départ de cette chronique : {u}"]
PAGES = ["offre", "simulation", "devis", "contact", "rendez-vous", "comparatif", "guide", "tarifs"]


def build_eval_content(sources: list[Source]) -> dict[str, Blog | Forum]:
    """Content of every source of an evaluation web, keyed by host."""
    from sectorweb import (blindmakers, blindmakers2, blindmakers3, blindmakers4, blindmakers5, blindmakers6,
                           blindmakers7)
    from sectorweb.families import use_url_schemes

    use_url_schemes(sources)  # this web's permalinks, whichever web was built last in this process
    content = build_content(sources=list(sources))  # skips the makers it does not know
    guard = DuplicateGuard(0.15)  # the generated texts here stay distinct from one another
    members = [s for s in sources if s.params.get("maker") == "link_network"]
    for net in sorted({s.params["network_id"] for s in members}):
        content |= link_network([s for s in members if s.params["network_id"] == net], guard)
    for src in sources:
        maker = src.params.get("maker")
        if maker == "timer_blog":
            content[src.host] = timer_blog(src, guard)
        elif maker == "single_post":
            content[src.host] = single_post(src, guard)
        elif maker == "regular_forum":
            content[src.host] = regular_forum(src)
        elif maker == "trio_forum":
            content[src.host] = trio_forum(src)
        elif maker in blindmakers.MAKERS:  # the blind families (evaluation.BLIND_FAMILIES)
            content[src.host] = blindmakers.MAKERS[maker](src, guard, content)
        elif maker in blindmakers2.MAKERS:  # the blind families of round 2 (evaluation.BLIND2_FAMILIES)
            content[src.host] = blindmakers2.MAKERS[maker](src, guard, content)
        elif maker in blindmakers3.MAKERS:  # the blind families of round 3 (evaluation.BLIND3_FAMILIES)
            content[src.host] = blindmakers3.MAKERS[maker](src, guard, content)
        elif maker in blindmakers4.MAKERS:  # the blind families of round 4 (evaluation.BLIND4_FAMILIES)
            content[src.host] = blindmakers4.MAKERS[maker](src, guard, content)
        elif maker in blindmakers5.MAKERS:  # the blind families of round 5 (evaluation.BLIND5_FAMILIES)
            content[src.host] = blindmakers5.MAKERS[maker](src, guard, content)
    for src in sources:
        for touch in src.params.get("touch", ()):
            TOUCHES[touch](src, content[src.host])
    agency_wires([s for s in sources if s.params.get("wire_share")], content)
    for src in sources:  # the blind families of round 6 (evaluation.BLIND6_FAMILIES), last: they copy, cite and list
        maker = src.params.get("maker")  # the others as the web shows them (touched, wired), and touch none of them
        if maker in blindmakers6.MAKERS:
            content[src.host] = blindmakers6.MAKERS[maker](src, guard, content)
    for src in sources:  # round 7 (evaluation.BLIND7_FAMILIES), after round 6: they copy the web as it is shown
        maker = src.params.get("maker")
        if maker in blindmakers7.MAKERS:
            content[src.host] = blindmakers7.MAKERS[maker](src, guard, content)
    return content


def agency_wires(subscribers: list[Source], content: dict[str, Blog | Forum]) -> None:
    """params["wire_share"] of each subscriber's own articles become the agency's dispatches ("PARIS (AFP) -"
    or "(avec AFP)"), which every other subscriber prints too, 5 minutes to 3 hours later."""
    printed: dict[str, list[Post]] = {s.host: [] for s in subscribers}
    for src in subscribers:
        rng = rng_for(src.host, "wire")
        for post in content[src.host].posts:
            if rng.random() >= src.params["wire_share"]:
                continue
            if rng.random() < 0.7:
                post.paragraphs[0] = f"{rng.choice(['PARIS', 'LYON', 'BRUXELLES', 'FRANCFORT'])} (AFP) - " \
                                     + post.paragraphs[0]
            else:
                post.paragraphs[-1] += " (avec AFP)"
            origin = permalink(src.platform, src.host, post)
            for other in subscribers:
                when = post.when + timedelta(minutes=rng.randint(5, 180))
                if other is src or when > NOW:
                    continue
                copy = Post(0, post.title, "", when, post.author, list(post.paragraphs), category=post.category)
                copy.origin = origin
                printed[other.host].append(copy)
    for src in subscribers:
        blog = content[src.host]
        taken = {p.slug for p in blog.posts}
        for copy in printed[src.host]:
            copy.slug = make_slug(src.platform, copy.title, taken)
        blog.posts += printed[src.host]
        _number_posts(blog, rng_for(src.host, "wire-ids"), start=1000)


# -- touches on content.py's sources -------------------------------------------------------------
def stock_comments(src: Source, blog: Blog) -> None:
    """params["stock_share"] of the readers' comments become a short stock text."""
    rng = rng_for(src.host, "stock")
    for post in blog.posts:
        for c in post.comments:
            if not c.by_author and rng.random() < src.params["stock_share"]:
                c.text = [rng.choice(STOCK_COMMENTS)]


def thank_by_name(src: Source, forum: Forum) -> None:
    """params["by_name"] of the replies name the opener; the opener's later messages thank the last helper."""
    rng = rng_for(src.host, "names")
    for t in forum.threads():
        opener = t.opener
        for prev, m in zip(t.messages, t.messages[1:]):
            if rng.random() >= src.params["by_name"]:
                continue
            if m.author != opener:
                head = rng.choice(["Bonjour {o},", "Salut {o},", "Merci {o} pour ta question.", "@{o} :",
                                   "{o}, je suis passé par là.", "Bonsoir {o},"]).format(o=opener)
            elif prev.author != opener:
                head = rng.choice(["Merci {p} !", "Merci {p} pour ta réponse.", "Merci beaucoup {p}.",
                                   "Ok {p}, merci."]).format(p=prev.author)
            else:
                continue
            body = re.sub(r"^(Bonjour|Salut|Hello|Bonsoir),\s*", "", m.text[0])
            if head.endswith(","):  # the sentence goes on after the greeting
                body = body[:1].lower() + body[1:]
            m.text = [f"{head} {body}"] + m.text[1:]


def scheduled(src: Source, blog: Blog) -> None:
    """A person who schedules posts (WordPress's planner): every params["every_days"] days at
    params["hour"], up to the last post; each post keeps its comments, moved with it (those that
    would fall after NOW are dropped). Nothing else may link to these posts: their dates change."""
    p = src.params
    last = blog.posts[-1].when.replace(hour=p["hour"], minute=0)
    for k, post in enumerate(reversed(blog.posts)):  # posts are sorted by date: the order stays
        delta = last - timedelta(days=k * p["every_days"]) - post.when
        post.when += delta
        for c in post.comments:
            c.when += delta
        post.comments = [c for c in post.comments if c.when <= NOW]


def cite_friends(src: Source, blog: Blog) -> None:
    """A blogger citing a friend's blog (params["friends"]: host, first name) in params["cite_share"] of the posts."""
    rng = rng_for(src.host, "friends")
    for post in blog.posts:
        if rng.random() < src.params["cite_share"]:
            host, name = rng.choice(src.params["friends"])
            post.paragraphs.append(rng.choice(FRIEND_CITES).format(n=name, u=f"http://{host}/"))


def cite_news(src: Source, blog: Blog) -> None:
    """A columnist pointing to the newspaper (params["news"]) whose article prompted the column."""
    rng = rng_for(src.host, "news")
    for post in blog.posts:
        if rng.random() < src.params["cite_share"]:
            post.paragraphs.insert(1, rng.choice(NEWS_CITES).format(u=f"http://{src.params['news']}/"))


def affiliate(src: Source, blog: Blog) -> None:
    """A genuine blogger's referral link to one broker (params["affiliate"]) closing a share of the posts."""
    rng = rng_for(src.host, "affiliate")
    for post in blog.posts:
        if rng.random() < src.params["affiliate_share"]:
            post.paragraphs.append(rng.choice(REFERRALS).format(u=src.params["affiliate"]))


INTRO_TITLES = ["Présentation de {n}", "[Présentation] {n}, {age} ans", "Bonjour à tous !", "Je me présente : {n}",
                "Nouveau membre", "Nouvelle sur le forum", "Hello tout le monde", "Présentation", "Salut à tous",
                "Petite présentation", "Présentation - {n} de {ville}", "Bonjour tout le monde"]
INTRO_TEXTS = ["Bonjour à tous, je m'appelle {p}, {age} ans, {job} à {ville}. Je lis le forum depuis quelques mois, "
               "surtout les sujets sur {sujet}, et je me suis enfin inscrit{e}.",
               "Bonjour, {p}, {age} ans, {job}. Nous venons d'hériter et je voudrais comprendre avant de signer quoi que "
               "ce soit. Merci d'avance pour vos conseils !",
               "Salut ! {job}, {age} ans, du côté de {ville}. Débutant{e} complet{e} en {sujet}, je viens apprendre.",
               "Hello, je suis {p}. J'ai découvert le forum en cherchant des infos sur {sujet}. Au plaisir d'échanger.",
               "Bonjour, {age} ans, {job} près de {ville}, deux enfants. Je prépare la retraite et {sujet} m'intéresse."]
WELCOMES = ["Bienvenue parmi nous {n} !", "Bienvenue {n}, n'hésite pas à poser tes questions dans les forums.",
            "Bienvenue sur le forum {n} :)", "Salut {n} et bienvenue !", "Bienvenue {n}. Pense à lire la charte.",
            "Bonjour {n}, bienvenue ! Tu trouveras beaucoup de sujets sur {sujet} dans la partie dédiée.",
            "Bienvenue à toi {n}, et bonne lecture."]
INTRO_THANKS = ["Merci pour l'accueil !", "Merci {w} !", "Merci à vous, à bientôt sur le forum.", "Merci beaucoup {w} :)"]
JOBS = ["infirmière", "ingénieur", "commerçant", "professeur des écoles", "artisan", "comptable", "retraité",
        "cadre dans l'industrie", "kiné", "agriculteur", "fonctionnaire", "chef de projet"]
INTRO_SUBJECTS = ["l'assurance-vie", "les SCPI", "le PEA", "la succession", "le PER", "l'immobilier locatif",
                  "la bourse", "la défiscalisation"]


def welcome_board(src: Source, forum: Forum) -> None:
    """A presentation board: params["introductions"] newcomers introduce themselves; the admin welcomes each
    one (another member too in params["welcome_others"] of the threads) and the newcomer thanks them."""
    p = src.params
    rng = rng_for(src.host, "welcome")
    admin = sorted(forum.admins)[0]
    members = [m for m in forum.users if m != admin]
    uid = max(forum.users.values())
    threads = []
    for k in range(p["introductions"]):
        first = rng.choice(bank.FIRST_NAMES)
        for _ in range(50):  # a pseudonym of the kind people pick, new to this forum
            n = rng.choice(["{f}{d}", "{f}_{c}", "{l}{d}", "{f}.{i}", "{l}.{c}", "{l}_{c}{d}"]).format(
                f=first, l=first.lower(), d=rng.randint(2, 99), i=rng.choice("BDGLMPRT"),
                c=rng.choice(["69", "44", "59", "35", "37", "21", "64", "14", "57"]))
            if n not in forum.users:
                break
        uid += rng.randrange(1, 4)
        forum.users[n] = uid
        ctx = {"n": n, "p": rng.choice(bank.FIRST_NAMES), "age": rng.randint(24, 71), "job": rng.choice(JOBS),
               "ville": rng.choice(["Lyon", "Nantes", "Lille", "Rennes", "Tours", "Dijon", "Pau", "Caen", "Metz"]),
               "sujet": rng.choice(INTRO_SUBJECTS), "e": rng.choice(["", "e"])}
        start = NOW - timedelta(minutes=rng.randrange(60 * 24, 60 * 24 * 400))
        msgs = [Message(0, n, start, [rng.choice(INTRO_TEXTS).format(**ctx)])]
        t = start + timedelta(minutes=rng.randrange(10, 60 * 14))
        greeters = [admin] + ([rng.choice(members)] if rng.random() < p["welcome_others"] else [])
        for g in greeters:
            if t > NOW:
                break
            msgs.append(Message(0, g, t, [rng.choice(WELCOMES).format(**ctx)]))
            t += timedelta(minutes=rng.randrange(20, 60 * 20))
        if t <= NOW and len(msgs) > 1 and rng.random() < 0.7:
            msgs.append(Message(0, n, t, [rng.choice(INTRO_THANKS).format(w=msgs[-1].author)]))
        threads.append(Thread(0, rng.choice(INTRO_TITLES).format(**ctx), msgs, views=rng.randrange(15, 300)))
    board_id = max(b.id for b in forum.boards) + 1
    forum.boards.append(Board(board_id, "Présentations", "Nouveaux membres : présentez-vous !", threads,
                              category="Vie du forum"))
    _finish_forum(forum)


TOUCHES = {"stock_comments": stock_comments, "thank_by_name": thank_by_name, "scheduled": scheduled,
           "affiliate": affiliate, "cite_friends": cite_friends, "cite_news": cite_news,
           "welcome_board": welcome_board}


# -- generated blogs -------------------------------------------------------------------------------
def _text(w: Writer, guard: DuplicateGuard, topic: str, voice: str, when: datetime, length: int,
          taken: set[str]) -> tuple[str, list[str]]:
    """A title not used on the site and about `length` words (60-900) of unique text."""
    for _attempt in range(30):
        title, paras = w.blog_post(topic, voice, when)
        if length > 400:  # long posts: a second body on a related subject
            paras += w.blog_post(w.rng.choice(list(TOPICS)), voice, when)[1][1:]
        elif length < 120:  # short posts: the first sentences only
            paras = [". ".join(" ".join(paras).split(". ")[:max(2, length // 20)]).rstrip(".") + "."]
        if title not in taken and guard.accepts("\n".join(paras)):
            break
    taken.add(title)
    guard.add("\n".join(paras))
    return title, paras


def _generated_blog(src: Source, guard: DuplicateGuard, times: list[datetime], author: str) -> Blog:
    """Posts at `times` with unique generated text (params: voice, topics, length range, closed)."""
    p = src.params
    rng = rng_for(src.host, "gen")
    w = Writer(rng)
    posts, titles, slugs = [], set(), set()
    for when in times:
        topic = rng.choice(p["topics"])
        title, paras = _text(w, guard, topic, p["voice"], when, rng.randint(*p["length"]), titles)
        posts.append(Post(0, title, make_slug(src.platform, title, slugs), when, author, paras,
                          category=TOPICS[topic]["category"], comments_open=not p.get("closed", True)))
        posts[-1].tags = rng.sample(TOPICS[topic]["sujet"], 2)
    blog = Blog(src.host, src.platform, src.name, src.tagline, author, make_slug("wordpress", author, set()), posts)
    _number_posts(blog, rng)
    return blog


def _cite(rng: Random, post: Post, url: str) -> None:
    """Put `url` in the post's text, in its own sentence, at a random paragraph (every markup autolinks it)."""
    lead = rng.choice(LEADS).format(u=url)
    k = rng.randrange(1, len(post.paragraphs) + 1)
    if rng.random() < 0.5:
        post.paragraphs.insert(k, lead)
    else:
        post.paragraphs[k - 1] += " " + lead


def link_network(members: list[Source], guard: DuplicateGuard) -> dict[str, Blog]:
    """A network whose every post links 1-3 other members (home or a post, drawn anew each time) and
    whose sidebars list a different subset of them; some posts also push a money site."""
    blogs = {}
    for src in members:
        p = src.params
        rng = rng_for(src.host, "when")
        times = _schedule(rng, p["n_posts"], p["per_month"], p["last"])
        blogs[src.host] = _generated_blog(src, guard, times, p["author"])
    names = {s.host: s.name for s in members}
    for src in members:
        p = src.params
        rng = rng_for(src.host, "links")
        others = [h for h in names if h != src.host]
        roll = rng.sample(others, min(len(others), rng.randint(*p["sidebar"])))
        blogs[src.host].blogroll = [(f"http://{h}/", names[h]) for h in roll]
        for post in blogs[src.host].posts:
            for h in rng.sample(others, min(len(others), rng.randint(*p["links_per_post"]))):
                pool = [o for o in blogs[h].posts if o.when <= post.when]
                post_url = pool and rng.random() < 0.6  # a post of the member, else its home page
                url = permalink(blogs[h].platform, h, rng.choice(pool)) if post_url else f"http://{h}/"
                _cite(rng, post, url)
            if p.get("money") and rng.random() < p["money_share"]:
                _cite(rng, post, f"{p['money']}{rng.choice(PAGES)}/")
    return blogs


def timer_blog(src: Source, guard: DuplicateGuard) -> Blog:
    """Posts every params["step_hours"] (plus or minus params["jitter_min"] minutes), unique text, and
    every outgoing link to one commercial site (params["money"])."""
    p = src.params
    rng = rng_for(src.host, "timer")
    step, jitter = timedelta(hours=p["step_hours"]), p["jitter_min"]
    times = [min(NOW, p["last"] - k * step + timedelta(minutes=rng.uniform(-jitter, jitter) if jitter else 0))
             for k in range(p["n_posts"])]
    blog = _generated_blog(src, guard, sorted(times), p["author"])
    for post in blog.posts:
        for _ in range(rng.randint(*p["links_per_post"])):
            _cite(rng, post, f"{p['money']}{rng.choice(PAGES)}/")
    return blog


def single_post(src: Source, guard: DuplicateGuard) -> Blog:
    """One page, one post (unique text); params["money"], when given, is linked from it."""
    p = src.params
    blog = _generated_blog(src, guard, [p["when"]], p["author"])
    rng = rng_for(src.host, "single")
    post = blog.posts[0]
    if p.get("money"):
        _cite(rng, post, p["money"])
    if not post.comments_open:
        return blog
    for _ in range(p["comments"]):  # a stray reader or two, as an abandoned page gets
        when = post.when + timedelta(days=rng.uniform(0.2, 40))
        if when <= NOW:
            post.comments.append(Comment(0, rng.choice(bank.FIRST_NAMES), when, [rng.choice(STOCK_COMMENTS)]))
    post.comments.sort(key=lambda c: c.when)
    _number_comments(blog)
    return blog


# -- generated forums --------------------------------------------------------------------------------
def _forum(src: Source, accounts: list[str], threads: list[tuple[int, Thread]], first_uid: int) -> Forum:
    nb = max(b for b, _ in threads) + 1
    boards = [Board(i + 1, *BOARDS[i][:2], threads=[t for b, t in threads if b == i]) for i in range(nb)]
    users = {a: first_uid + 3 * i for i, a in enumerate(accounts)}
    forum = Forum(src.host, src.platform, src.name, src.tagline, [b for b in boards if b.threads], users,
                  admins={accounts[0]})
    _finish_forum(forum)
    return forum


def _title(w: Writer, topic: str, when: datetime, taken: set[str]) -> str:
    for _ in range(30):
        title = w.question(topic, when)
        title = title[:1].upper() + title[1:] + " ?"
        if title not in taken:
            break
    taken.add(title)
    return title


def regular_forum(src: Source) -> Forum:
    """A handful of accounts (params["accounts"]) open threads and answer them at regular delays
    (params["gap_min"] minutes, relative jitter params["jitter"]); a share of messages push a brand."""
    p = src.params
    rng = rng_for(src.host, "regular")
    w = Writer(rng)
    accounts, gap = p["accounts"], p["gap_min"]
    ctx = {"marque": p["marque"], "url": p["url"]}
    threads, taken = [], set()
    for k in range(p["n_threads"]):
        bi = rng.randrange(len(BOARDS))
        topic = rng.choice(BOARDS[bi][2])
        start = NOW - timedelta(days=rng.uniform(1, p["days"]), minutes=rng.randrange(0, 600))
        author = accounts[k % len(accounts)]
        msgs = [Message(0, author, start, w.forum_question(topic, start))]
        t = start
        for i in range(rng.randint(*p["replies"])):
            t += timedelta(minutes=gap * max(0.2, 1 + rng.gauss(0, p["jitter"])))
            if t > NOW:
                break
            author = rng.choice([a for a in accounts if a != msgs[-1].author])
            text = w.forum_reply(topic, t, msgs[-1].author)
            if rng.random() < p["promo_share"]:
                text.append(w.fill(rng.choice(bank.FAKE_FORUM["puppet"]), ctx | {"an": t.year}))
            msgs.append(Message(0, author, t, text))
        threads.append((bi, Thread(0, _title(w, topic, start, taken), msgs, views=rng.randrange(5, 200))))
    return _forum(src, accounts, threads, 2)


def trio_forum(src: Source) -> Forum:
    """Three accounts write every message of params["n_threads"] threads, at human-looking delays."""
    p = src.params
    rng = rng_for(src.host, "trio")
    w = Writer(rng)
    trio = p["accounts"]
    threads, taken = [], set()
    for k in range(p["n_threads"]):
        bi = rng.randrange(len(BOARDS))
        topic = rng.choice(BOARDS[bi][2])
        start = NOW - timedelta(days=rng.uniform(1, p["days"]), minutes=rng.randrange(0, 900))
        msgs = [Message(0, rng.choice(trio), start, w.forum_question(topic, start))]
        t = start
        for _ in range(rng.randint(*p["replies"])):
            t += timedelta(minutes=rng.lognormvariate(5, 1.2))  # minutes to days, as people answer
            if t > NOW:
                break
            prev = msgs[-1].author
            author = rng.choice([a for a in trio if a != prev])
            text = (w.forum_thanks(t) if author == msgs[0].author and rng.random() < 0.5
                    else w.forum_reply(topic, t, prev))
            msgs.append(Message(0, author, t, text))
        threads.append((bi, Thread(0, _title(w, topic, start, taken), msgs, views=rng.randrange(20, 900))))
    return _forum(src, trio, threads, 5)
