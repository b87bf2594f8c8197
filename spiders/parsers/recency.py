"""What a sitemap's order says of its pages' age, when its dates say nothing.

A crawl has a budget per source; it must buy the newest pages. A sitemap without lastmod (or with one
date on every entry: the day it was generated) lists its pages in the engine's order, often oldest first
(Question2Answer, phpBB and SPIP by id). The addresses themselves are the only hint left."""
from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

# A shared lastmod is no date of the pages when it covers this share of a sitemap of at least
# SHARED_LASTMOD_MIN entries (static generators and some plugins stamp every entry with the build time).
SHARED_LASTMOD_SHARE = 0.9
SHARED_LASTMOD_MIN = 5
# The addresses' hint (a date, or an id at one place) is used when it covers this share of them.
HINT_COVERAGE = 0.8

_PATH_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?=[/._-]|$)")
_DIGITS = re.compile(r"\d+")


def split_dated(entries: list[tuple[str, str | None]]) -> tuple[list[tuple[str, str | None]], list[str]]:
    """(entries whose lastmod dates them, newest first; the other addresses, newest first by their address).

    A lastmod dates an entry unless it is missing or is the one value that nearly all of a sitemap's
    entries share."""
    counts = Counter(d for _, d in entries if d)
    shared = None
    if len(entries) >= SHARED_LASTMOD_MIN and counts:
        value, n = counts.most_common(1)[0]
        if n >= SHARED_LASTMOD_SHARE * len(entries):
            shared = value
    dated = [(u, d) for u, d in entries if d and d != shared]
    dated.sort(key=lambda e: e[1], reverse=True)
    undated = [u for u, d in entries if not d or d == shared]
    return dated, newest_first(undated)


def newest_first(urls: list[str]) -> list[str]:
    """`urls` newest first by what their addresses say: the date most of them hold (`/2024/05/titre`),
    else the id most of them hold at one place (`/123/titre`, `?t=123`, `titre.123/`, `article123`), which
    engines number in order; in their own order when neither covers most of them."""
    if len(urls) < 2:
        return list(urls)
    dates = [_path_date(u) for u in urls]
    if sum(d is not None for d in dates) >= HINT_COVERAGE * len(urls):
        return _by(urls, dates)
    ids = _ids(urls)
    if ids is not None:
        return _by(urls, ids)
    return list(urls)


def _by(urls: list[str], keys: list) -> list[str]:
    """Largest key first, stable; addresses without one last, in their order."""
    keyed = sorted((i for i, k in enumerate(keys) if k is not None), key=lambda i: keys[i], reverse=True)
    return [urls[i] for i in keyed] + [u for u, k in zip(urls, keys) if k is None]


def _path_date(url: str) -> tuple[int, int, int] | None:
    m = _PATH_DATE.search(urlsplit(url).path)
    return (int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)) if m else None


def _ids(urls: list[str]) -> list[int | None] | None:
    """Per address, its id: the number at one place of the addresses (the first or the last number of
    path and query, between the same kinds of characters), when most of them hold distinct numbers there;
    else None. Distinct at one place: an id names one page; a number in titles ("5 conseils", "2024")
    repeats and sits between words."""
    runs = [list(_DIGITS.finditer(_local(u))) for u in urls]
    best = None
    for pick in (0, -1):
        found = [(r[pick], _context(r[pick])) if r else None for r in runs]
        contexts = Counter(c for f in found if f for c in [f[1]])
        if not contexts:
            continue
        usual = contexts.most_common(1)[0][0]
        values = [int(f[0].group()) if f and f[1] == usual else None for f in found]
        distinct = len({v for v in values if v is not None})
        if distinct >= HINT_COVERAGE * len(urls) and (best is None or distinct > best[0]):
            best = (distinct, values)
    return best[1] if best else None


def _context(m: re.Match) -> tuple[str, str]:
    """The characters on either side of a number, letters as one kind (`article12`, `t12`)."""
    text = m.string
    before = text[m.start() - 1] if m.start() else "^"
    after = text[m.end()] if m.end() < len(text) else "$"
    return ("a" if before.isalpha() else before), ("a" if after.isalpha() else after)


def _local(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")
