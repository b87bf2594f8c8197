"""Assemble French posts, comments and forum messages from the banks, with a seeded Random."""
from __future__ import annotations

import re
import zlib
from datetime import datetime
from functools import lru_cache
from random import Random

from sectorweb import bank
from sectorweb.bank_topics import TOPICS
from sectorweb.dates import JOURS, MOIS, fr_date

_ALT = re.compile(r"\[([^\[\]]*)\]")
_SLOT = re.compile(r"\{(\w+)\}")
_MARK = "\x01"  # marks an inserted noun phrase so "de le PER" can become "du PER"
_ELISION = re.compile(r"\b([Qq]u|[Ll]orsqu|[Pp]uisqu)e (?=[aeiouéèêàâîô])|\b([Dd])e (?=une?\b)")
_CONTRACT = [
    (re.compile(r"\b([Dd])e \x01les "), r"\1es "),
    (re.compile(r"\b([Dd])e \x01le "), r"\1u "),
    (re.compile(r"\b([Àà]) \x01les "), lambda m: ("A" if m.group(1) == "À" else "a") + "ux "),
    (re.compile(r"\b([Àà]) \x01le "), lambda m: ("A" if m.group(1) == "À" else "a") + "u "),
]

# Topics that naturally share a post (a post on PER often mentions retirement, and so on).
RELATED = {
    "assurance_vie": ["succession", "per", "livret"], "per": ["retraite", "assurance_vie", "defisc"],
    "scpi": ["locatif", "ifi", "assurance_vie"], "locatif": ["credit", "defisc", "scpi"],
    "defisc": ["locatif", "per", "ifi"], "succession": ["assurance_vie", "ifi", "retraite"],
    "bourse": ["assurance_vie", "per", "livret"], "livret": ["bourse", "assurance_vie", "credit"],
    "credit": ["locatif", "livret", "defisc"], "ifi": ["succession", "scpi", "defisc"],
    "retraite": ["per", "succession", "assurance_vie"],
}


@lru_cache(maxsize=None)
def _compile(template: str) -> tuple[tuple[int, object], ...]:
    """Template -> parts: (0, literal) | (1, alternatives) | (2, slot name). Cached: fill runs ~20k times."""
    parts: list[tuple[int, object]] = []
    pos = 0
    for m in re.finditer(r"\[([^\[\]]*)\]|\{(\w+)\}", template):
        if m.start() > pos:
            parts.append((0, template[pos:m.start()]))
        parts.append((1, tuple(m.group(1).split("|"))) if m.group(1) is not None else (2, m.group(2)))
        pos = m.end()
    if pos < len(template):
        parts.append((0, template[pos:]))
    return tuple(parts)


def fmt_int(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def fmt_rate(x: float) -> str:
    return f"{x:.2f}".replace(".", ",").rstrip("0").rstrip(",") + " %"


def words(text: str) -> int:
    return len(text.split())


class Writer:
    """Fills templates for one source; `ctx` carries the post's year and subject."""

    def __init__(self, rng: Random):
        self.rng = rng

    # -- templates ---------------------------------------------------------------------------
    def fill(self, template: str, ctx: dict | None = None) -> str:
        ctx = ctx or {}
        choice = self.rng.choice
        out = []
        for kind, value in _compile(template):
            if kind == 0:
                out.append(value)
            elif kind == 1:
                out.append(choice(value))
            else:
                out.append(self._slot(value, ctx))
        text = "".join(out)
        # Alternatives may hold slots: fill those too, in order.
        if "{" in text:
            text = _SLOT.sub(lambda m: self._slot(m.group(1), ctx), text)
        if _MARK in text:
            for pattern, repl in _CONTRACT:
                text = pattern.sub(repl, text)
            text = text.replace(_MARK, "")
        text = _ELISION.sub(lambda m: (m.group(1) or m.group(2)) + "'", text)
        text = " ".join(text.split()).replace(" ,", ",").replace(",,", ",").replace(" .", ".")
        return text[:1].upper() + text[1:] if text else text

    def _slot(self, name: str, ctx: dict) -> str:
        r = self.rng
        year = ctx.get("an", 2026)
        if name in ctx:
            value = str(ctx[name])
            return _MARK + value if name in ("sujet",) else value
        if name == "sujet_cap":
            s = str(ctx.get("sujet", "l'épargne"))
            return s[:1].upper() + s[1:]
        simple = {
            "montant": lambda: fmt_int(r.randrange(3, 300) * 1000) + " €",
            "montant2": lambda: fmt_int(r.randrange(2, 150) * 500) + " €",
            "gros": lambda: fmt_int(r.randrange(120, 1500) * 1000) + " €",
            "petit": lambda: fmt_int(r.randrange(5, 95) * 10) + " €",
            "petit2": lambda: fmt_int(r.randrange(5, 95) * 10) + " €",
            "loyer": lambda: fmt_int(r.randrange(38, 145) * 10) + " €",
            "loyerm2": lambda: f"{r.randrange(100, 300) / 10:.1f}".replace(".", ",") + " €",
            "revenu": lambda: fmt_int(r.randrange(18, 80) * 100) + " €",
            "milliards": lambda: f"{r.randrange(3, 60) / 10:.1f}".replace(".", ",") + " milliards d'euros",
            "mensu": lambda: fmt_int(r.randrange(600, 3000)) + " €",
            "m2": lambda: fmt_int(r.randrange(1800, 6500, 10)),
            "taux": lambda: fmt_rate(r.randrange(150, 850) / 100),
            "taux2": lambda: fmt_rate(r.randrange(150, 850) / 100),
            "tauxbas": lambda: fmt_rate(r.randrange(50, 400) / 100),
            "taux2b": lambda: fmt_rate(r.randrange(200, 480) / 100),
            "courtage": lambda: f"{r.randrange(2, 16)} €",
            "fraisbas": lambda: fmt_rate(r.randrange(20, 60) / 100),
            "frais": lambda: fmt_rate(r.randrange(50, 250) / 100),
            "pct": lambda: f"{r.randrange(5, 60)} %",
            "tmi": lambda: r.choice(["11 %", "30 %", "41 %", "45 %"]),
            "abattement": lambda: r.choice(["4 600 €", "9 200 €"]),
            "duree": lambda: f"{r.randrange(2, 25)} ans",
            "age": lambda: str(r.randrange(25, 82)),
            "age_r": lambda: str(r.randrange(60, 68)),
            "annee": lambda: str(year - r.randrange(1, 9)),
            "an": lambda: str(year),
            "an2": lambda: str(year + 1),
            "mois": lambda: MOIS[ctx["month"] - 1] if "month" in ctx else r.choice(MOIS),
            "mois2": lambda: MOIS[ctx["month"] % 12] if "month" in ctx else r.choice(MOIS),
            "jour": lambda: JOURS[ctx["weekday"]] if "weekday" in ctx else r.choice(JOURS[:5]),
            "ville": lambda: r.choice(bank.CITIES),
            "ville2": lambda: r.choice(bank.CITIES),
            "rue": lambda: r.choice(bank.STREETS),
            "typo": lambda: r.choice(["studio", "T2", "T3", "deux-pièces", "trois-pièces"]),
            "surface": lambda: f"{r.randrange(16, 95)} m²",
            "nb": lambda: str(r.randrange(2, 12)),
            "ordinal": lambda: r.choice(["premier", "deuxième", "troisième", "quatrième"]),
            "indice": lambda: fmt_int(r.randrange(6800, 8400)),
            "assureur": lambda: r.choice(bank.ASSUREURS),
            "scpi": lambda: r.choice(bank.SCPIS),
            "organisme": lambda: r.choice(bank.ORGANISMES),
            "organisme_cap": lambda: (lambda s: s[:1].upper() + s[1:])(r.choice(bank.ORGANISMES)),
            "metier": lambda: r.choice(bank.METIERS),
            "societe": lambda: r.choice(bank.SOCIETES),
            "expert": lambda: f"{r.choice(bank.FIRST_NAMES)} {r.choice(bank.LAST_NAMES)}",
            "prenom": lambda: r.choice(bank.FIRST_NAMES),
            "datefr": lambda: fr_date(ctx["date"]) if "date" in ctx else str(year),
        }
        if name in simple:
            return simple[name]()
        raise KeyError(f"unknown slot {name!r}")

    # -- blog posts and news articles --------------------------------------------------------
    def _ctx(self, topic: str, when: datetime, news: bool = False) -> dict:
        sujets = TOPICS[topic]["sujet"]
        if news:  # headlines speak of the market, not of "un contrat"
            sujets = [s for s in sujets if not s.startswith(("un ", "une "))]
        return {"sujet": self.rng.choice(sujets), "an": when.year, "month": when.month,
                "weekday": when.weekday(), "date": when}

    def _body(self, topic: str, ctx: dict, budget: int) -> list[str]:
        """Topic sentences (plus a few from a related topic) until the word budget is spent."""
        r = self.rng
        pool = list(TOPICS[topic]["s"])
        r.shuffle(pool)
        extra = list(TOPICS[r.choice(RELATED[topic])]["s"])
        r.shuffle(extra)
        for tpl in extra[:3]:
            pool.insert(r.randrange(1, len(pool)), tpl)
        out, used = [], 0
        for tpl in pool:
            s = self.fill(tpl, ctx)
            if used + words(s) > budget:
                if used >= budget * 0.6:
                    break
                continue
            if out and r.random() < 0.12:
                t = self.fill(r.choice(bank.TRANSITIONS))
                s = f"{t} {s}" if t.endswith(".") else f"{t} {s[:1].lower()}{s[1:]}"
            out.append(s)
            used += words(s)
        return out

    def _paragraphs(self, first: list[str], body: list[str], last: list[str]) -> list[str]:
        r = self.rng
        paras, cur = [], list(first)
        for s in body:
            cur.append(s)
            if len(cur) >= r.randint(2, 4):
                paras.append(" ".join(cur))
                cur = []
        if cur:
            paras.append(" ".join(cur))
        if last:
            paras.append(" ".join(last))
        return paras

    def blog_post(self, topic: str, voice: str, when: datetime, size=(160, 380)) -> tuple[str, list[str]]:
        return self._sized(lambda: self._blog_post(topic, voice, when, size))

    def news_article(self, topic: str, when: datetime, size=(130, 330)) -> tuple[str, list[str]]:
        return self._sized(lambda: self._news_article(topic, when, size))

    @staticmethod
    def _sized(make, lo: int = 120, hi: int = 400) -> tuple[str, list[str]]:
        """Retry until the body has lo..hi words (the spec for every post)."""
        for _ in range(30):
            title, paras = make()
            if lo <= sum(map(words, paras)) <= hi:
                break
        return title, paras

    def _blog_post(self, topic: str, voice: str, when: datetime, size) -> tuple[str, list[str]]:
        r = self.rng
        ctx = self._ctx(topic, when)
        title = self.fill(r.choice(TOPICS[topic]["titles"]), ctx)
        target = r.randint(*size)
        intro = self.fill(r.choice(bank.VOICES[voice]["intro"]), ctx)
        outro = [self.fill(r.choice(bank.VOICES[voice]["outro"]), ctx)] if r.random() < 0.8 else []
        budget = min(target, 395) - words(intro) - sum(map(words, outro))
        body = self._body(topic, ctx, budget)
        return title, self._paragraphs([intro], body, outro)

    def _news_article(self, topic: str, when: datetime, size) -> tuple[str, list[str]]:
        r = self.rng
        ctx = self._ctx(topic, when, news=True)
        titles = bank.NEWS["titles"] if r.random() < 0.5 else TOPICS[topic]["titles"]
        title = self.fill(r.choice(titles), ctx)
        lead = self.fill(r.choice(bank.NEWS["lead"]), ctx)
        quote = self.fill(r.choice(bank.NEWS["quote"]), ctx)
        close = [self.fill(r.choice(bank.NEWS["close"]), ctx)] if r.random() < 0.6 else []
        budget = min(r.randint(*size), 395) - words(lead) - words(quote) - sum(map(words, close))
        body = self._body(topic, ctx, budget)
        cut = r.randrange(1, max(2, len(body)))
        return title, self._paragraphs([lead], body[:cut] + [quote] + body[cut:], close)

    def sentence(self, topic: str, when: datetime) -> str:
        return self.fill(self.rng.choice(TOPICS[topic]["s"]), self._ctx(topic, when))

    def sentences(self, topic: str, when: datetime, k: int) -> list[str]:
        ctx = self._ctx(topic, when)
        return [self.fill(t, ctx) for t in self.rng.sample(TOPICS[topic]["s"], k)]

    def question(self, topic: str, when: datetime) -> str:
        """A question in lower case without its mark, to be embedded in a template."""
        q = self.fill(self.rng.choice(TOPICS[topic]["q"]), self._ctx(topic, when)).rstrip(" ?")
        return q[:1].lower() + q[1:]

    # -- comments ----------------------------------------------------------------------------
    def comment(self, topic: str, when: datetime) -> str:
        r = self.rng
        kind = r.choices(["thanks", "question", "story"], weights=[3, 4, 4])[0]
        ctx = self._ctx(topic, when)
        s = self.sentence(topic, when)
        ctx |= {"sentence": s, "sentence_lc": s[:1].lower() + s[1:], "question": self.question(topic, when)}
        return _with_brand(self.fill(r.choice(bank.COMMENTS[kind]), ctx))

    def is_question(self, text: str) -> bool:
        return "?" in text

    def author_reply(self, topic: str, when: datetime, to_name: str) -> str:
        ctx = self._ctx(topic, when) | {"sentence": self.sentence(topic, when), "prenom": to_name.split()[0]}
        return self.fill(self.rng.choice(bank.COMMENTS["reply"]), ctx)

    # -- forums ------------------------------------------------------------------------------
    def forum_question(self, topic: str, when: datetime) -> list[str]:
        r = self.rng
        ctx = self._ctx(topic, when) | {"question": self.question(topic, when)}
        paras = [self.fill(r.choice(bank.FORUM["open"]), ctx) + " " + self.fill(r.choice(bank.FORUM["situation"]), ctx)]
        if r.random() < 0.6:
            paras.append(self.sentence(topic, when))
        paras.append(self.fill(r.choice(bank.FORUM["ask"]), ctx))
        return paras

    def forum_reply(self, topic: str, when: datetime, prev: str) -> list[str]:
        r = self.rng
        ctx = self._ctx(topic, when) | {"prev": prev}
        opener = self.fill(r.choice(bank.FORUM["reply_open"]), ctx)
        body = self.sentences(topic, when, r.choice([1, 1, 2, 2, 3]))
        close = self.fill(r.choice(bank.FORUM["reply_close"]), ctx)
        first = (opener + " " + body[0][:1].lower() + body[0][1:]) if opener and not opener.endswith(".") else body[0]
        paras = ([opener] if opener.endswith(".") else []) + [first] + body[1:]
        paras[-1] = _with_brand(paras[-1])
        return [p for p in paras + [close] if p]

    def forum_thanks(self, when: datetime) -> list[str]:
        r = self.rng
        return [self.fill(r.choice(bank.FORUM["thanks"]), {"decision": r.choice(bank.FORUM["decision"]), "an": when.year})]


def _with_brand(text: str, every: int = 8) -> str:
    """About one text in `every` gets a reader's aside naming a firm (hash-chosen: the RNG's draws,
    hence the rest of the web, stay as they were)."""
    h = zlib.crc32(text.encode("utf-8"))
    if h % every:
        return text
    return f"{text} {bank.BRAND_ASIDES[(h // every) % len(bank.BRAND_ASIDES)]}"
