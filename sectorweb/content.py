"""Make the content of every source (posts, comments, threads) from `sources.SOURCES`.

Genuine texts go through a `DuplicateGuard` so no two genuine posts are near-duplicates;
automated sources are then derived from them (verbatim copies, spun copies) or from templates.
"""
from __future__ import annotations

from contextvars import ContextVar
from datetime import datetime, timedelta
from random import Random

from sectorweb import bank
from sectorweb.bank_topics import TOPICS
from sectorweb.dates import NOW, TODAY
from sectorweb.families import make_slug, permalink
from sectorweb.model import Blog, Board, Comment, Forum, Message, Post, Thread
from sectorweb.sources import BY_HOST, SOURCES, Source
from sectorweb.spin import DuplicateGuard, spin_sentence, spin
from sectorweb.writer import Writer

SEED = 20261031
# The sources being built, by host: the demo's, or another generated web's (see `build_content`).
_BY_HOST: ContextVar[dict[str, Source]] = ContextVar("demo_sources", default=BY_HOST)


def by_host() -> dict[str, Source]:
    return _BY_HOST.get()


def rng_for(host: str, salt: str = "") -> Random:
    # String seeds are hashed with SHA-512 by Random: stable across runs and PYTHONHASHSEED.
    return Random(f"{SEED}:{host}:{salt}")


def _slug_author(name: str) -> str:
    return make_slug("wordpress", name, set())


def _new_blog(src: Source, author: str, posts: list[Post], **kw) -> Blog:
    return Blog(src.host, src.platform, src.name, src.tagline, author, _slug_author(author), posts,
                blogroll=[(f"http://{h}/", by_host()[h].name) for h in src.params.get("blogroll", [])], **kw)


def _schedule(rng: Random, n: int, per_month: float, last: datetime) -> list[datetime]:
    """n irregular publication times ending at `last`, about per_month a month, at human hours."""
    gaps = [rng.expovariate(1.0) for _ in range(n - 1)]
    scale = (n - 1) / per_month * 30.4 / sum(gaps)  # so the whole span matches the cadence
    times, day = [last], last.date()
    for g in gaps:
        day -= timedelta(days=max(1, round(g * scale)))
        times.append(datetime.combine(day, datetime.min.time()) + timedelta(minutes=rng.randrange(7 * 60, 23 * 60)))
    return sorted(times)


class _Community:
    """A blog's readers: a few regulars comment often (Zipf weights), some sign with their own site."""

    def __init__(self, rng: Random, sites: list[str], size: int = 28, first_signing: int = 3):
        firsts = rng.sample(bank.FIRST_NAMES, size)
        self.names = [f if rng.random() < 0.4 else f"{f} {rng.choice(bank.LAST_NAMES)[0]}." for f in firsts]
        self.weights = [1 / (i + 1) for i in range(size)]
        # the regulars (the first names) sign with no site, unless the readers are bloggers themselves
        self.urls = {self.names[i + first_signing]: f"http://{h}/" for i, h in enumerate(sites[:size - first_signing])}
        self.rng = rng

    def pick(self) -> tuple[str, str | None]:
        name = self.rng.choices(self.names, self.weights)[0]
        return name, self.urls.get(name)


def _comments(rng: Random, w: Writer, post: Post, topic: str, p: dict, people: _Community,
              parents: dict[int, Comment]) -> list[Comment]:
    """Readers' comments (and the author's answers to questions); `parents` maps id(reply) -> comment."""
    lo, hi = p.get("comments", (0, 0))
    n = rng.randint(lo, hi) if hi else 0
    out: list[Comment] = []
    t = post.when
    for _ in range(n):
        t += timedelta(minutes=rng.randrange(20, 60 * 40))
        if t > NOW:
            break
        name, url = people.pick()
        text = w.comment(topic, t)
        if p.get("personal_comments"):  # other webs: readers add a word of their own (larger webs would
            text += " " + w.sentence(topic, t)  # otherwise repeat the bank's stock comments verbatim)
        c = Comment(0, name, t, [text], url=url)
        out.append(c)
        if "?" in text and rng.random() < p.get("reply_rate", 0):
            rt = t + timedelta(minutes=rng.randrange(45, 60 * 30))
            if rt <= NOW:
                r = Comment(0, post.author, rt, [w.author_reply(topic, rt, name)], by_author=True)
                parents[id(r)] = c
                out.append(r)
        elif len(out) > 1 and rng.random() < 0.15:  # a reader answers another reader
            target = rng.choice([x for x in out[:-1] if not x.by_author])
            parents[id(c)] = target
    out.sort(key=lambda c: c.when)
    return out


def _number_comments(blog: Blog, parents: dict[int, Comment] | None = None, first: int = 2) -> None:
    """Comment ids grow with time blog-wide; then replies point at their parent's id."""
    allc = sorted((c for p in blog.posts for c in p.comments), key=lambda c: c.when)
    for i, c in enumerate(allc):
        c.id = first + i
    for c in allc:
        parent = (parents or {}).get(id(c))
        c.parent = parent.id if parent else None


def _number_posts(blog: Blog, rng: Random, start: int = 5) -> None:
    pid = start
    for p in sorted(blog.posts, key=lambda p: p.when):
        pid += rng.randrange(1, 4)  # drafts and revisions eat ids, as on a real install
        p.id = pid
    blog.posts.sort(key=lambda p: p.when)


def fresh_post(w: Writer, guard: DuplicateGuard | None, topic: str, voice: str, when: datetime,
               size: tuple[int, int], platform: str, taken: set[str]) -> tuple[str, list[str]]:
    """A blog post (title, paragraphs) whose slug is free among `taken` and whose text the guard accepts
    (the last of 40 tries otherwise), added to the guard."""
    for _attempt in range(40):
        title, paras = w.blog_post(topic, voice, when, size)
        text = "\n".join(paras)
        if make_slug(platform, title, set(taken)) == make_slug(platform, title, set()) and (
                guard is None or guard.accepts(text)):
            break
    if guard is not None:
        guard.add(text)
    return title, paras


# -- genuine blogs and newsrooms -----------------------------------------------------------------
def genuine_blog(src: Source, guard: DuplicateGuard | None) -> Blog:
    p = src.params
    rng = rng_for(src.host)
    w = Writer(rng)
    people = _Community(rng, p.get("commenter_sites", []), first_signing=0 if p.get("bloggers_read") else 3)
    posts, taken, parents = [], set(), {}
    for when in _schedule(rng, p["n_posts"], p["per_month"], p["last"]):
        topic = rng.choice(p["topics"])
        title, paras = fresh_post(w, guard, topic, p["voice"], when, p.get("size", (160, 380)), src.platform, taken)
        post = Post(0, title, make_slug(src.platform, title, taken), when, p["author"], paras,
                    category=TOPICS[topic]["category"], comments_open=not p.get("closed", False))
        post.tags = rng.sample(TOPICS[topic]["sujet"], 2)
        post.comments = _comments(rng, w, post, topic, p, people, parents)
        posts.append(post)
    blog = _new_blog(src, p["author"], posts)
    _number_posts(blog, rng)
    _number_comments(blog, parents)
    return blog


def news_post(w: Writer, rng: Random, p: dict, topics: list[str], when: datetime, titles: set[str],
              taken: set[str], guard: DuplicateGuard) -> Post:
    """One newsroom article at `when`: a title not used before and a text the guard accepts (up to 40
    tries), recorded in `titles` and the guard."""
    topic = rng.choice(topics)
    for _attempt in range(40):
        title, paras = w.news_article(topic, when)
        if title not in titles and guard.accepts("\n".join(paras)):
            break
    titles.add(title)
    guard.add("\n".join(paras))
    return Post(0, title, make_slug("news", title, taken), when, rng.choice(p["authors"]), paras,
                category=TOPICS[topic]["category"], comments_open=False)


def newsroom(src: Source, guard: DuplicateGuard) -> Blog:
    p = src.params
    rng = rng_for(src.host)
    w = Writer(rng)
    posts, taken, titles = [], set(), set()
    topics = list(TOPICS)
    for back in range(p["days"] - 1, -1, -1):
        day = TODAY - timedelta(days=back)
        lo, hi = p["weekday"] if day.weekday() < 5 else p["weekend"]
        minutes = sorted(rng.sample(range(6 * 60 + 30, 21 * 60 + 30), rng.randint(lo, hi)))
        for m in minutes:
            when = datetime.combine(day, datetime.min.time()) + timedelta(minutes=m)
            if when > NOW:
                continue
            posts.append(news_post(w, rng, p, topics, when, titles, taken, guard))
    blog = _new_blog(src, src.name, posts, per_page=10, feed_items=p["rss_items"])
    _number_posts(blog, rng, start=1000)
    return blog


def _poison(blog: Blog, rng: Random) -> None:
    """The hostile blog: payloads in titles, author name, commenter names and comment texts."""
    h = bank.HOSTILE
    titles = [f"Assurance-vie {h[0]} : le guide", f"{h[1]} Les SCPI en {blog.posts[1].when.year}",
              f"{h[2]}", f"{h[3]} : la commande qui rapporte", f"Livret A {h[4]} : le calcul"]
    taken: set[str] = set()
    for post, title in zip(blog.posts, titles):
        post.title = title
    for post in blog.posts:
        post.slug = make_slug("wordpress", post.title, taken)
    for i, c in enumerate(c for p in blog.posts for c in p.comments if not c.by_author):
        if i % 2 == 0:
            c.author = h[(i // 2) % len(h)]
        if i % 3 == 0:
            c.text.append(f"{h[(i + 2) % len(h)]} {rng.choice(['Merci !', 'Bien vu.', 'À suivre.'])}")


# -- automated blogs ---------------------------------------------------------------------------
def syndicated(src: Source, content: dict) -> Blog:
    """News articles pasted verbatim 1-6 hours after the original (the splog polls the RSS): whole, or
    the feed's excerpt when params["excerpt"] = (fewest, most) words, cut off with "[…]"; with
    params["keep_date"], under the feed item's own date (as feed-to-post plugins can)."""
    p = src.params
    rng = rng_for(src.host)
    start = NOW - timedelta(days=p["days"])
    posts, taken = [], set()
    for host in p["origins"]:
        origin = content[host]
        for o in origin.posts:
            if o.when < start or (not p["credit"] and rng.random() < 0.1):
                continue
            when = o.when + timedelta(minutes=rng.randrange(60, 360))
            if p.get("keep_date"):
                when = o.when
            if when > NOW:
                continue
            url = permalink(by_host()[host].platform, host, o)
            paragraphs = list(o.paragraphs)
            if p.get("excerpt"):
                words = " ".join(paragraphs).split()
                paragraphs = [" ".join(words[:rng.randint(*p["excerpt"])]) + " […]"]
            post = Post(0, o.title, "", when, "admin", paragraphs, category=o.category)
            post.source = (origin.name, url) if p["credit"] else None
            post.origin = url
            posts.append(post)
    posts.sort(key=lambda x: x.when)
    for post in posts:
        post.slug = make_slug(src.platform, post.title, taken)
    blog = _new_blog(src, "admin", posts, per_page=10)
    _number_posts(blog, rng, start=40)
    return blog


def press_review(src: Source, guard: DuplicateGuard, content: dict) -> Blog:
    """A genuine blog commenting the news: each post quotes (and credits) a paragraph of a news article
    published before it, then gives the author's own view (params: as a genuine blog, plus quotes_from)."""
    blog = genuine_blog(src, guard)
    rng = rng_for(src.host, "press")
    for post in blog.posts:
        pool = [(h, o) for h in src.params["quotes_from"] for o in content[h].posts if o.when < post.when]
        if not pool:
            continue
        host, o = rng.choice(pool)
        quote = max(o.paragraphs, key=len)
        post.paragraphs.insert(1, f"« {quote} » ({content[host].name})")
        post.links.append((permalink(by_host()[host].platform, host, o), o.title))
    return blog


def spun(src: Source, content: dict) -> Blog:
    """Other blogs' posts, synonym-swapped and shuffled, republished days or weeks later."""
    p = src.params
    rng = rng_for(src.host)
    pool = [(h, o) for h in p["origins"] for o in content[h].posts]
    picked = sorted(rng.sample(pool, min(p["n_posts"], len(pool))), key=lambda ho: ho[1].when)
    posts, taken = [], set()
    author = "Rédaction"
    for host, o in picked:
        when = min(o.when + timedelta(days=rng.uniform(2, 45)), NOW - timedelta(hours=rng.randrange(1, 48)))
        title = spin_sentence(o.title, rng, 0.9, 0.0)
        post = Post(0, title, make_slug(src.platform, title, taken), when, author,
                    spin(o.paragraphs, rng, *p.get("spin_range", (0.28, 0.5))),
                    category=o.category)
        post.origin = permalink(by_host()[host].platform, host, o)
        if rng.random() < 0.2:  # "few comments": a stray generic one
            post.comments = [Comment(0, rng.choice(bank.FIRST_NAMES), when + timedelta(hours=rng.randrange(2, 90)),
                                     [rng.choice(["Merci pour l'article.", "Intéressant !", "Très utile, merci."])])]
            post.comments = [c for c in post.comments if c.when <= NOW]
        posts.append(post)
    blog = _new_blog(src, author, posts)
    _number_posts(blog, rng)
    _number_comments(blog)
    return blog


def high_cadence(src: Source) -> Blog:
    """One template, city and figures swapped, published at exact intervals all day long."""
    p = src.params
    rng = rng_for(src.host)
    w = Writer(rng)
    posts, taken = [], set()
    for back in range(p["days"] - 1, -1, -1):
        day = TODAY - timedelta(days=back)
        n = rng.randint(*p["per_day"])
        step = (24 * 60) // n
        for k in range(n):
            when = datetime.combine(day, datetime.min.time()) + timedelta(minutes=5 + k * step)
            if when > NOW:
                break
            ctx = {"ville": rng.choice(bank.CITIES), "an": when.year}
            title = w.fill(rng.choice(bank.HIGH_CADENCE["titles"]), ctx)
            lines = [w.fill(t, ctx) for t in bank.HIGH_CADENCE["body"]]
            paras = [" ".join(lines[i:i + 3]) for i in range(0, len(lines), 3)]
            posts.append(Post(0, title, make_slug(src.platform, title, taken), when, "admin", paras,
                              category="Placements par ville", comments_open=False))
    blog = _new_blog(src, "admin", posts, per_page=10)
    _number_posts(blog, rng)
    return blog


def spam_blog(src: Source) -> Blog:
    """Thin posts under which the same URL-signed spam comments pile up."""
    p = src.params
    blog = genuine_blog(src, None)
    rng = rng_for(src.host, "spam")
    signers = list(bank.SPAMMERS) + [(by_host()[h].name, f"http://{h}/") for h in p.get("spam_sites", [])]
    signed = p.get("signed", True)  # False: a comment farm's generic praise, no URL (other webs)
    for post in blog.posts:
        post.paragraphs.append(rng.choice(bank.SPAM_BLOG_PLUGS))
        t = post.when
        for _ in range(rng.randint(*p["spam"])):
            t += timedelta(minutes=rng.randrange(30, 60 * 72))
            if t > NOW:
                break
            name, url = rng.choice(signers)
            if not signed:
                post.comments.append(Comment(0, rng.choice(bank.FIRST_NAMES), t,
                                             [rng.choice(bank.UNSIGNED_SPAM_COMMENTS)]))
                continue
            text = next((s for s in bank.SPAM_COMMENTS if url.rstrip("/") in s), rng.choice(bank.SPAM_COMMENTS))
            post.comments.append(Comment(0, name, t, [text], url=url))
        post.comments.sort(key=lambda c: c.when)
    _number_comments(blog)
    return blog


def one_page(src: Source) -> Blog:
    """One self-promotional page. params (other webs): firm, city, when; the demo's firm otherwise."""
    p = src.params
    firm, city = p.get("firm", "Durand"), p.get("city", "Angers")
    when = p.get("when", datetime(2026, 3, 12, 10, 0))
    title = f"Cabinet {firm} Patrimoine : votre conseiller à {city}"
    paras = [t.replace("Durand", firm).replace("Angers", city) for t in bank.ONE_PAGE_POST]
    post = Post(14, title, make_slug(src.platform, title, set()), when, f"Cabinet {firm}", paras,
                category="Non classé", comments_open=False)
    return _new_blog(src, f"Cabinet {firm}", [post])


def self_promo(src: Source, guard: DuplicateGuard) -> Blog:
    """An advisory firm's blog: original posts, each closed by a sales pitch; comments closed.

    params: as a genuine blog, plus firm and city (the pitch names them)."""
    p = src.params
    blog = genuine_blog(src, guard)
    rng = rng_for(src.host, "promo")
    firm, city = p["firm"], p["city"]
    for post in blog.posts:
        post.comments, post.comments_open = [], False
        pitch = rng.sample(bank.ONE_PAGE_POST[3:], 2)
        post.paragraphs += [t.replace("Durand", firm).replace("Angers", city) for t in pitch]
    return blog


# -- forums ------------------------------------------------------------------------------------
def _forum_title(w: Writer, topic: str, when: datetime, taken: set[str]) -> str:
    for _ in range(30):
        q = w.question(topic, when)
        title = w.fill(w.rng.choice(["{q} ?", "[Besoin d'avis|Avis] : {q} ?", "{sujet_cap} : {q} ?",
                                      "[Débutant|Question de débutant] : {q} ?"]),
                       {"q": q, "sujet": w.rng.choice(TOPICS[topic]["sujet"])})
        if title not in taken:
            break
    taken.add(title)
    return title


def _finish_forum(forum: Forum) -> None:
    """Thread and message ids grow with time, as the database would number them."""
    threads = sorted(forum.threads(), key=lambda t: t.messages[0].when)
    for i, t in enumerate(threads):
        t.id = 3 + i * 2 if forum.platform == "phpbb" else 1 + i
    msgs = sorted((m for t in threads for m in t.messages), key=lambda m: m.when)
    for i, m in enumerate(msgs):
        m.id = 40 + i * 3 if forum.platform == "phpbb" else 10 + i
    for b in forum.boards:
        b.threads.sort(key=lambda t: t.messages[-1].when, reverse=True)


BOARDS = [
    ("Épargne et assurance-vie", "Livrets, fonds euros, contrats d'assurance-vie, PER.", ["assurance_vie", "livret", "per"]),
    ("Immobilier et SCPI", "Investissement locatif, SCPI, crédit, défiscalisation immobilière.",
     ["locatif", "scpi", "credit", "defisc"]),
    ("Bourse, PEA et ETF", "Actions, ETF, PEA, compte-titres : partagez vos stratégies.", ["bourse"]),
    ("Fiscalité, retraite et transmission", "IFI, succession, donation, préparation de la retraite.",
     ["ifi", "succession", "retraite", "defisc"]),
]


DEMO_LINK_BLOGS = ("www.patrimoine-conseils.test", "www.investir-pierre-locative.test")


def genuine_forum(src: Source, content: dict) -> Forum:
    p = src.params
    rng = rng_for(src.host)
    w = Writer(rng)
    small = src.platform == "fluxbb"
    names = rng.sample(bank.PSEUDOS, 22 if small else 44)
    weights = [1 / (i + 2) ** 0.7 for i in range(len(names))]
    users, uid = {}, 1
    for n in names:
        uid += rng.randrange(1, 5)  # deleted and spam accounts leave gaps in user ids
        users[n] = uid
    nb = 3 if small else p["boards"]
    boards = [Board(i + 1 if small else i + 2, *BOARDS[i][:2], threads=[]) for i in range(nb)]
    blog_links = [(h, o) for h in p.get("link_blogs", DEMO_LINK_BLOGS) for o in content[h].posts[-8:]]
    taken: set[str] = set()
    moderator_share = p.get("moderator_share", 0)  # other webs: an admin (names[0]) who answers a lot
    # other webs: busy members (after the admin) who sign with their blog's address
    own_sig = {names[1 + j]: f"Mon blog : http://{h}/" for j, h in enumerate(p.get("member_sites", []))}
    for k in range(p["n_threads"]):
        bi = rng.choices(range(nb), [5, 4, 3, 2][:nb])[0]
        topic = rng.choice(BOARDS[bi][2])
        start = NOW - timedelta(minutes=rng.randrange(60 * 30, 60 * 24 * (240 if small else 700)))
        if small and k < 2:  # recent activity, so FluxBB writes "Aujourd'hui" / "Hier"
            start = NOW - timedelta(hours=rng.randrange(22, 34))
        opener = rng.choices(names, weights)[0]
        msgs = [Message(0, opener, start, w.forum_question(topic, start))]
        n_rep = rng.choice([2, 3, 4, 5, 6, 8, 9, 12, 14]) if not (k % 7 == 3) else rng.randint(15, 25)
        if small:
            n_rep = min(n_rep, 18)
        t = start
        for _ in range(n_rep):
            t += timedelta(minutes=rng.randrange(7, 60 * (12 if small and k < 2 else 30)))
            if t > NOW:
                break
            prev = msgs[-1]
            if moderator_share and prev.author != names[0] and rng.random() < moderator_share:
                author, text = names[0], w.forum_reply(topic, t, prev.author)
            elif prev.author == opener or rng.random() > 0.15:
                author = rng.choices([n for n in names if n != prev.author],
                                     [wt for n, wt in zip(names, weights) if n != prev.author])[0]
                text = w.forum_reply(topic, t, prev.author)
            else:
                author, text = opener, w.forum_thanks(t)
            quote = None
            if len(msgs) > 1 and rng.random() < 0.3:
                q = rng.choice(msgs)
                quote = (q.author, q.text[0].split(". ")[0].rstrip(".") + ".")
            if rng.random() < 0.05:
                h, o = rng.choice(blog_links)
                text.append(f"J'avais lu un bon article là-dessus : {permalink(by_host()[h].platform, h, o)}")
            sig = rng.choice(bank.FORUM["signature"]) if hash_name(author) % 4 == 0 else None
            sig = own_sig.get(author, sig)  # drawn first all the same: the forum's other draws stay as they were
            msgs.append(Message(0, author, t, text, quote=quote, signature=sig))
        th = Thread(0, _forum_title(w, topic, start, taken), msgs, views=rng.randrange(40, 4000))
        boards[bi].threads.append(th)
    forum = Forum(src.host, src.platform, src.name, src.tagline, boards, users, admins={names[0]},
                  posts_per_page=15 if small else 10, topics_per_page=5 if small else 10)
    _finish_forum(forum)
    return forum


def hash_name(name: str) -> int:
    return sum(map(ord, name))  # stable (unlike hash()) so signatures are deterministic


def fake_forum(src: Source) -> Forum:
    """Few accounts; the admin opens threads and answers himself at machine-regular intervals."""
    p = src.params
    rng = rng_for(src.host)
    w = Writer(rng)
    admin, puppets = p["admin"], p["puppets"]
    users = {admin: 2} | {n: 48 + i for i, n in enumerate(puppets)}
    small = src.platform == "fluxbb"
    boards = [Board(1 if small else 2, "Placements", "Les meilleurs placements du moment.", []),
              Board(2 if small else 3, "Défiscalisation", "Réduisez vos impôts légalement.", [])]
    gap = timedelta(hours=p["gap_hours"])
    taken: set[str] = set()
    ctx0 = {"marque": p["marque"], "url": p["url"]}
    for k in range(p["n_threads"]):
        start = datetime.combine(TODAY - timedelta(days=rng.randrange(3, 200)), datetime.min.time()) + \
            timedelta(hours=rng.choice([9, 10, 14, 18]))
        opener = admin if k % 6 else puppets[k % len(puppets)]
        ctx = ctx0 | {"an": start.year}
        for _ in range(20):
            title = w.fill(rng.choice(bank.FAKE_FORUM["titles"]), ctx)
            if title not in taken:
                break
        taken.add(title)
        role = "admin" if opener == admin else "puppet"
        msgs = [Message(0, opener, start, [w.fill(rng.choice(bank.FAKE_FORUM[role]), ctx)])]
        for i in range(1, rng.randint(3, 8)):
            when = start + i * gap
            if when > NOW:
                break
            author = opener if rng.random() < 0.7 else rng.choice([admin] + puppets)
            role = "admin" if author == admin else "puppet"
            msgs.append(Message(0, author, when, [w.fill(rng.choice(bank.FAKE_FORUM[role]), ctx)]))
        boards[k % 2].threads.append(Thread(0, title, msgs, views=rng.randrange(5, 90)))
    forum = Forum(src.host, src.platform, src.name, src.tagline, boards, users, admins={admin},
                  crawl_delay=p.get("crawl_delay"))
    _finish_forum(forum)
    return forum


# -- everything ----------------------------------------------------------------------------------
def build_content(*, sources: list[Source] | None = None,
                  guard: DuplicateGuard | None = None) -> dict[str, Blog | Forum]:
    """Content of every served source up to NOW, keyed by host (error, PDF and unknown hosts have none).

    sources: another web's sources (default: the demo's `SOURCES`). guard: the duplicate guard the
    texts are written against (a new one by default). The demo's timeline after NOW is
    `later.build_timeline(days_later)`, which continues this content with the same guard."""
    guard = new_guard() if guard is None else guard
    if sources is not None:
        token = _BY_HOST.set({s.host: s for s in sources})
        try:
            return _build(sources, guard)
        finally:
            _BY_HOST.reset(token)
    return _build(SOURCES, guard)


def new_guard() -> DuplicateGuard:
    """The duplicate guard of a web's texts (spun copies and templates must not repeat each other)."""
    return DuplicateGuard(0.15)


def _maker(src: Source) -> str:
    """Which generator makes a source: its family, unless another web names one (params["maker"])."""
    return src.params.get("maker", src.family)


def _build(sources: list[Source], guard: DuplicateGuard) -> dict[str, Blog | Forum]:
    out: dict[str, Blog | Forum] = {}
    for src in sources:  # genuine first: the copies are made from them
        f = _maker(src)
        if f in ("genuine_blog", "expert_comments_closed", "discovered_genuine", "hostile"):
            out[src.host] = genuine_blog(src, guard)
            if f == "hostile":
                _poison(out[src.host], rng_for(src.host, "poison"))
        elif src.platform == "news" or f == "newsroom":
            out[src.host] = newsroom(src, guard)
    for src in sources:
        f = _maker(src)
        if f == "genuine_forum":
            out[src.host] = genuine_forum(src, out)
        elif f == "fake_forum":
            out[src.host] = fake_forum(src)
        elif f == "syndicated":
            out[src.host] = syndicated(src, out)
        elif f in ("spun", "discovered_splog"):
            out[src.host] = spun(src, out)
        elif f == "high_cadence":
            out[src.host] = high_cadence(src)
        elif f == "spam_comments":
            out[src.host] = spam_blog(src)
        elif f == "one_page":
            out[src.host] = one_page(src)
        elif f == "self_promo":
            out[src.host] = self_promo(src, guard)
        elif f == "press_review":
            out[src.host] = press_review(src, guard, out)
    return out
