"""The demo web after NOW: its timeline continued day by day, for incremental re-crawl tests.

`extend(content, guard, days)` adds what the sources publish from NOW to the end of day TODAY + days:
new posts on the genuine blogs (at their own cadence) and their comments, late comments on recent
posts, newsroom articles and their syndicated copies (1-6 h later), spun copies, the high-cadence
blog's templated posts, spam comments, forum replies and new threads. `at(content, when)` is the
web as it stands at `when` (what `build_site(days_later=n)` renders, at NOW + n days).

Rules that keep the existing content untouched and the timeline consistent:
- nothing here draws from the RNG streams that made the content up to NOW: each day of each host,
  and each post given late comments, has its own stream (`rng_for(host, "later:...")`);
- every new item is dated after NOW, and never before the day that generated it, so the content
  up to a moment does not depend on how many days were generated;
- ids (posts, comments, threads, messages) continue the existing numbering in time order, once
  everything is generated.
The hostile blog, the one-page blog and the bad hosts do not change.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from random import Random

from sectorweb import bank
from sectorweb.bank_topics import TOPICS
from sectorweb.content import (BOARDS, _Community, _forum_title, build_content, fresh_post, hash_name, new_guard,
                               news_post, rng_for)
from sectorweb.dates import NOW, TODAY
from sectorweb.families import make_slug, permalink
from sectorweb.model import Blog, Comment, Forum, Message, Post, Thread
from sectorweb.sources import BY_HOST, SOURCES, Source
from sectorweb.spin import DuplicateGuard, spin, spin_sentence
from sectorweb.writer import Writer

GENUINE = ("genuine_blog", "expert_comments_closed", "discovered_genuine")  # blogs that keep publishing
LATE_DAYS = 12  # posts younger than this at NOW may still get comments afterwards
SPUN_RATE = 0.12  # a spun copy on about one day in eight
FAKE_THREAD_RATE = 0.15
SPAM_RATE = 0.6


def _at(day: date, minutes: int) -> datetime:
    return datetime.combine(day, datetime.min.time()) + timedelta(minutes=minutes)


def _day_rng(host: str, day: date) -> Random:
    return rng_for(host, f"later:{day.isoformat()}")


# -- blogs ---------------------------------------------------------------------------------------
def _topic_of(post: Post, topics: list[str]) -> str:
    return next((t for t in topics if TOPICS[t]["category"] == post.category), topics[0])


def _add_comments(rng: Random, post: Post, topic: str, p: dict, people: _Community, parents: dict,
                  n: int, start: datetime) -> None:
    """n readers' comments after `start` (and the author's answers), as `content._comments` writes them."""
    w = Writer(rng)
    people.rng = rng
    out: list[Comment] = []
    t = start
    for _ in range(n):
        t += timedelta(minutes=rng.randrange(20, 60 * 40))
        name, url = people.pick()
        text = w.comment(topic, t)
        c = Comment(0, name, t, [text], url=url)
        out.append(c)
        if "?" in text and rng.random() < p.get("reply_rate", 0):
            rt = t + timedelta(minutes=rng.randrange(45, 60 * 30))
            r = Comment(0, post.author, rt, [w.author_reply(topic, rt, name)], by_author=True)
            parents[id(r)] = c
            out.append(r)
        elif rng.random() < 0.15:  # a reader answers another reader
            readers = [x for x in post.comments + out[:-1] if not x.by_author]
            if readers:
                parents[id(c)] = rng.choice(readers)
    out.sort(key=lambda c: c.when)
    post.comments.extend(out)


def _late_comments(src: Source, blog: Blog, people: _Community, parents: dict) -> None:
    """Recent posts keep getting a few comments after NOW."""
    p = src.params
    if not p.get("comments", (0, 0))[1]:
        return
    for post in list(blog.posts):
        age = (NOW - post.when).days
        if age > LATE_DAYS or not post.comments_open:
            continue
        rng = rng_for(src.host, f"later:late:{post.slug}")
        n = rng.randint(0, 3 if age <= 4 else 1)
        if n:
            start = max([NOW] + [c.when for c in post.comments])
            _add_comments(rng, post, _topic_of(post, p["topics"]), p, people, parents, n, start)


def _blog_day(src: Source, blog: Blog, day: date, guard: DuplicateGuard, people: _Community, parents: dict) -> None:
    """A new post on about per_month/30 days, written like the others, and its comments."""
    p = src.params
    rng = _day_rng(src.host, day)
    if rng.random() >= p["per_month"] / 30.4:
        return
    when = _at(day, rng.randrange(7 * 60, 23 * 60))
    if when <= NOW:
        return
    w = Writer(rng)
    topic = rng.choice(p["topics"])
    taken = {q.slug for q in blog.posts}
    title, paras = fresh_post(w, guard, topic, p["voice"], when, p.get("size", (160, 380)), src.platform, taken)
    post = Post(0, title, make_slug(src.platform, title, taken), when, p["author"], paras,
                category=TOPICS[topic]["category"], comments_open=not p.get("closed", False))
    post.tags = rng.sample(TOPICS[topic]["sujet"], 2)
    blog.posts.append(post)
    lo, hi = p.get("comments", (0, 0))
    if hi:
        crng = rng_for(src.host, f"later:comments:{post.slug}")
        _add_comments(crng, post, topic, p, people, parents, crng.randint(lo, hi), when)


def _news_day(src: Source, blog: Blog, day: date, guard: DuplicateGuard) -> None:
    """The newsroom's articles of the day (TODAY: those after NOW), as `content.newsroom` writes them."""
    p = src.params
    rng = _day_rng(src.host, day)
    w = Writer(rng)
    topics = list(TOPICS)
    titles = {q.title for q in blog.posts}
    taken = {q.slug for q in blog.posts}
    lo, hi = p["weekday"] if day.weekday() < 5 else p["weekend"]
    for m in sorted(rng.sample(range(6 * 60 + 30, 21 * 60 + 30), rng.randint(lo, hi))):
        when = _at(day, m)
        if when <= NOW:
            continue
        blog.posts.append(news_post(w, rng, p, topics, when, titles, taken, guard))


def _syndicate(src: Source, blog: Blog, content: dict) -> None:
    """Copies of the articles published after NOW (or just before, but not copied yet), 1-6 h after them."""
    p = src.params
    have = {q.origin for q in blog.posts}
    new = []
    for host in p["origins"]:
        origin = content[host]
        for o in origin.posts:
            if o.when <= NOW - timedelta(hours=6):
                continue
            url = permalink("news", host, o)
            if url in have:
                continue
            rng = rng_for(src.host, f"later:copy:{url}")
            if not p["credit"] and rng.random() < 0.1:
                continue
            earliest = max(60, int((NOW - o.when).total_seconds() // 60) + 1)
            if earliest >= 360:
                continue
            post = Post(0, o.title, "", o.when + timedelta(minutes=rng.randrange(earliest, 360)), "admin",
                        list(o.paragraphs), category=o.category)
            post.source = (origin.name, url) if p["credit"] else None
            post.origin = url
            new.append(post)
    new.sort(key=lambda x: x.when)
    taken = {q.slug for q in blog.posts}
    for post in new:
        post.slug = make_slug(src.platform, post.title, taken)
    blog.posts.extend(new)


def _spun_day(src: Source, blog: Blog, day: date, content: dict) -> None:
    """Now and then, a spun copy of an origin post at least two days old that was not copied yet."""
    p = src.params
    rng = _day_rng(src.host, day)
    if rng.random() >= SPUN_RATE:
        return
    when = _at(day, rng.randrange(8 * 60, 22 * 60))
    if when <= NOW:
        return
    have = {q.origin for q in blog.posts}
    cutoff = _at(day, 0) - timedelta(days=2)
    pool = [(h, o) for h in p["origins"] for o in content[h].posts
            if o.when <= cutoff and permalink(BY_HOST[h].platform, h, o) not in have]
    if not pool:
        return
    host, o = rng.choice(pool)
    title = spin_sentence(o.title, rng, 0.9, 0.0)
    post = Post(0, title, make_slug(src.platform, title, {q.slug for q in blog.posts}), when, "Rédaction",
                spin(o.paragraphs, rng), category=o.category)
    post.origin = permalink(BY_HOST[host].platform, host, o)
    if rng.random() < 0.2:
        post.comments = [Comment(0, rng.choice(bank.FIRST_NAMES), when + timedelta(hours=rng.randrange(2, 90)),
                                 [rng.choice(["Merci pour l'article.", "Intéressant !", "Très utile, merci."])])]
    blog.posts.append(post)


def _cadence_day(src: Source, blog: Blog, day: date) -> None:
    """The templated posts of the day at exact intervals (TODAY: the slots left after NOW)."""
    p = src.params
    rng = _day_rng(src.host, day)
    w = Writer(rng)
    if day == TODAY:  # today's step is already set by the posts before NOW
        today = [q.when for q in blog.posts if q.when.date() == TODAY]
        step = int((today[1] - today[0]).total_seconds() // 60)
        n = next((k for k in range(p["per_day"][0], p["per_day"][1] + 1) if (24 * 60) // k == step), (24 * 60) // step)
    else:
        n = rng.randint(*p["per_day"])
        step = (24 * 60) // n
    taken = {q.slug for q in blog.posts}
    for k in range(n):
        when = _at(day, 5 + k * step)
        if when <= NOW:
            continue
        ctx = {"ville": rng.choice(bank.CITIES), "an": when.year}
        title = w.fill(rng.choice(bank.HIGH_CADENCE["titles"]), ctx)
        lines = [w.fill(t, ctx) for t in bank.HIGH_CADENCE["body"]]
        paras = [" ".join(lines[i:i + 3]) for i in range(0, len(lines), 3)]
        blog.posts.append(Post(0, title, make_slug(src.platform, title, taken), when, "admin", paras,
                               category="Placements par ville", comments_open=False))


def _spam_day(src: Source, blog: Blog, day: date) -> None:
    """The spam keeps coming under the last posts (the spam blogs themselves publish nothing new)."""
    rng = _day_rng(src.host, day)
    if rng.random() >= SPAM_RATE:
        return
    when = _at(day, rng.randrange(0, 24 * 60))
    if when <= NOW:
        return
    signers = list(bank.SPAMMERS) + [(BY_HOST[h].name, f"http://{h}/") for h in src.params.get("spam_sites", [])]
    post = rng.choice([q for q in blog.posts if q.when <= NOW][-3:])
    name, url = rng.choice(signers)
    text = next((s for s in bank.SPAM_COMMENTS if url.rstrip("/") in s), rng.choice(bank.SPAM_COMMENTS))
    post.comments.append(Comment(0, name, when, [text], url=url))


# -- forums --------------------------------------------------------------------------------------
class _Members:
    """A genuine forum's members and posting weights, as `content.genuine_forum` drew them."""

    def __init__(self, src: Source):
        rng = rng_for(src.host)  # replays genuine_forum's first draw
        self.names = rng.sample(bank.PSEUDOS, 22 if src.platform == "fluxbb" else 44)
        self.weights = [1 / (i + 2) ** 0.7 for i in range(len(self.names))]

    def pick(self, rng: Random, besides: str | None = None) -> str:
        pairs = [(n, w) for n, w in zip(self.names, self.weights) if n != besides]
        return rng.choices([n for n, _ in pairs], [w for _, w in pairs])[0]


def _forum_day(src: Source, forum: Forum, d: int, day: date, members: _Members, topics: dict, content: dict) -> None:
    """A few replies, mostly in recently active threads; a new thread every `thread_every` days."""
    p = src.params
    rng = _day_rng(src.host, day)
    w = Writer(rng)
    events = []
    every = p["thread_every"]
    if d >= 1 and (d + 2) % every == 0:
        events.append((_at(day, rng.randrange(8 * 60, 22 * 60)), "thread"))
    lo, hi = p["replies_per_day"]
    events += [(_at(day, rng.randrange(7 * 60, 24 * 60)), "reply") for _ in range(rng.randint(lo, hi))]
    board_of = {id(t): i for i, b in enumerate(forum.boards) for t in b.threads}
    for t, kind in sorted(events):
        if t <= NOW:
            continue
        if kind == "thread":
            bi = rng.choices(range(len(forum.boards)), [5, 4, 3, 2][:len(forum.boards)])[0]
            topic = rng.choice(BOARDS[bi][2])
            opener = members.pick(rng)
            taken = {th.title for th in forum.threads()}
            th = Thread(0, _forum_title(w, topic, t, taken), [Message(0, opener, t, w.forum_question(topic, t))],
                        views=rng.randrange(5, 60))
            forum.boards[bi].threads.append(th)
            board_of[id(th)] = bi
            topics[id(th)] = topic
            continue
        live = [th for th in forum.threads() if th.messages[-1].when < t - timedelta(minutes=5)]
        idle = [max(1.0, (t - x.messages[-1].when).total_seconds() / 86400) for x in live]  # days, at least 1
        th = rng.choices(live, [1 / i ** 0.8 for i in idle])[0]  # recently active threads, mostly
        topic = topics.get(id(th)) or rng.choice(BOARDS[board_of[id(th)]][2])
        prev, opener = th.messages[-1], th.opener
        if prev.author == opener or rng.random() > 0.15:
            author, text = members.pick(rng, besides=prev.author), w.forum_reply(topic, t, prev.author)
        else:
            author, text = opener, w.forum_thanks(t)
        quote = None
        if len(th.messages) > 1 and rng.random() < 0.3:
            q = rng.choice(th.messages)
            quote = (q.author, q.text[0].split(". ")[0].rstrip(".") + ".")
        if rng.random() < 0.05:
            links = [(h, o) for h in ("www.patrimoine-conseils.test", "www.investir-pierre-locative.test")
                     for o in [o for o in content[h].posts if o.when < t][-8:]]
            h, o = rng.choice(links)
            text.append(f"J'avais lu un bon article là-dessus : {permalink(BY_HOST[h].platform, h, o)}")
        sig = rng.choice(bank.FORUM["signature"]) if hash_name(author) % 4 == 0 else None
        th.messages.append(Message(0, author, t, text, quote=quote, signature=sig))


def _fake_forum_day(src: Source, forum: Forum, day: date) -> None:
    """Now and then the admin opens another thread and answers it at his regular interval."""
    p = src.params
    rng = _day_rng(src.host, day)
    if rng.random() >= FAKE_THREAD_RATE:
        return
    start = _at(day, 60 * rng.choice([9, 10, 14, 18]))
    if start <= NOW:
        return
    w = Writer(rng)
    admin, puppets = p["admin"], p["puppets"]
    k = len(forum.threads())
    opener = admin if k % 6 else puppets[k % len(puppets)]
    ctx = {"marque": p["marque"], "url": p["url"], "an": start.year}
    taken = {t.title for t in forum.threads()}
    for _ in range(20):
        title = w.fill(rng.choice(bank.FAKE_FORUM["titles"]), ctx)
        if title not in taken:
            break
    role = "admin" if opener == admin else "puppet"
    msgs = [Message(0, opener, start, [w.fill(rng.choice(bank.FAKE_FORUM[role]), ctx)])]
    for i in range(1, rng.randint(3, 8)):
        author = opener if rng.random() < 0.7 else rng.choice([admin] + puppets)
        role = "admin" if author == admin else "puppet"
        msgs.append(Message(0, author, start + i * timedelta(hours=p["gap_hours"]),
                            [w.fill(rng.choice(bank.FAKE_FORUM[role]), ctx)]))
    forum.boards[k % 2].threads.append(Thread(0, title, msgs, views=rng.randrange(5, 90)))


# -- numbering -----------------------------------------------------------------------------------
def _number_blog(blog: Blog, parents: dict) -> None:
    blog.posts.sort(key=lambda p: p.when)
    new = [p for p in blog.posts if p.when > NOW]
    if new:
        rng = rng_for(blog.host, "later:ids")
        pid = max((p.id for p in blog.posts if p.when <= NOW), default=0)
        for p in new:
            pid += rng.randrange(1, 4)
            p.id = pid
    for p in blog.posts:
        p.comments.sort(key=lambda c: c.when)
    comments = sorted((c for p in blog.posts for c in p.comments if c.when > NOW), key=lambda c: c.when)
    cid = max((c.id for p in blog.posts for c in p.comments if c.when <= NOW), default=1)
    for c in comments:
        cid += 1
        c.id = cid
    for c in comments:
        if id(c) in parents:
            c.parent = parents[id(c)].id


def _number_forum(forum: Forum) -> None:
    """Continue `content._finish_forum`'s numbering in time order."""
    phpbb = forum.platform == "phpbb"
    threads = forum.threads()
    new = sorted((t for t in threads if t.messages[0].when > NOW), key=lambda t: t.messages[0].when)
    for i, t in enumerate(new, len(threads) - len(new)):
        t.id = 3 + i * 2 if phpbb else 1 + i
    msgs = [m for t in threads for m in t.messages]
    new_msgs = sorted((m for m in msgs if m.when > NOW), key=lambda m: m.when)
    for i, m in enumerate(new_msgs, len(msgs) - len(new_msgs)):
        m.id = 40 + i * 3 if phpbb else 10 + i


# -- entry points --------------------------------------------------------------------------------
def build_timeline(days_later: int = 0, sources: list[Source] | None = None) -> dict[str, Blog | Forum]:
    """Content of every served source, keyed by host (error, PDF and unknown hosts have none).

    sources: another web's sources (default: the demo's `SOURCES`); only the demo has a later timeline.

    days_later > 0: the timeline continues to the end of day TODAY + days_later (`extend`); items dated
    after NOW are added to the same objects, so use `at(content, when)` for the web at a given moment."""
    if sources is not None and days_later:
        raise ValueError("days_later is only defined for the demo web")
    guard = new_guard()
    content = build_content(sources=sources, guard=guard)
    if days_later:
        extend(content, guard, days_later)
    return content


def extend(content: dict[str, Blog | Forum], guard: DuplicateGuard, days: int) -> None:
    """Add, in place, what the sources publish after NOW until the end of day TODAY + days."""
    parents: dict[int, Comment] = {}
    people = {s.host: _Community(rng_for(s.host), s.params.get("commenter_sites", []))  # replays genuine_blog's draws
              for s in SOURCES if s.family in GENUINE}
    for s in SOURCES:
        if s.family in GENUINE:
            _late_comments(s, content[s.host], people[s.host], parents)
    members = {s.host: _Members(s) for s in SOURCES if s.family == "genuine_forum"}
    topics: dict[int, str] = {}
    for d in range(days + 1):
        day = TODAY + timedelta(days=d)
        for s in SOURCES:  # genuine first (in the guard's order): the copies and the forums read them
            if s.family in GENUINE:
                _blog_day(s, content[s.host], day, guard, people[s.host], parents)
            elif s.platform == "news":
                _news_day(s, content[s.host], day, guard)
        for s in SOURCES:
            if s.family in ("spun", "discovered_splog"):
                _spun_day(s, content[s.host], day, content)
            elif s.family == "high_cadence":
                _cadence_day(s, content[s.host], day)
            elif s.family == "spam_comments":
                _spam_day(s, content[s.host], day)
            elif s.family == "genuine_forum":
                _forum_day(s, content[s.host], d, day, members[s.host], topics, content)
            elif s.family == "fake_forum":
                _fake_forum_day(s, content[s.host], day)
    for s in SOURCES:
        if s.family == "syndicated":
            _syndicate(s, content[s.host], content)
    for c in content.values():
        if isinstance(c, Blog):
            _number_blog(c, parents)
        else:
            _number_forum(c)


def at(content: dict[str, Blog | Forum], when: datetime) -> dict[str, Blog | Forum]:
    """The content as it stands at `when`: later posts, comments, threads and messages left out.

    Unchanged objects are shared with `content`; the others are shallow copies (nothing is mutated)."""
    out: dict[str, Blog | Forum] = {}
    for host, c in content.items():
        if isinstance(c, Blog):
            posts = []
            for p in c.posts:
                if p.when > when:
                    continue
                if p.comments and p.comments[-1].when > when:
                    p = replace(p, comments=[x for x in p.comments if x.when <= when])
                posts.append(p)
            out[host] = replace(c, posts=posts)
        else:
            boards = []
            for b in c.boards:
                threads = []
                for t in b.threads:
                    if t.messages[0].when > when:
                        continue
                    if t.messages[-1].when > when:
                        t = replace(t, messages=[m for m in t.messages if m.when <= when])
                    threads.append(t)
                threads.sort(key=lambda t: t.messages[-1].when, reverse=True)  # stable: ties keep their order
                boards.append(replace(b, threads=threads))
            out[host] = replace(c, boards=boards)
    return out
