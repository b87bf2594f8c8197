"""What the entry points of a source say of its pages, to re-crawl sites that send no validators.

Dynamic blogs and forums rarely send ETag / Last-Modified, so a re-crawl cannot ask "changed
since?"; it infers it from what it reads anyway (spiders/audit.py, `recrawl_state` of raw_fetches):

- a listing page (home, category, archive, board, any page with navigation) is summed up as a
  *row token* per child link (post, thread, listing): a hash of the text of the smallest block
  around the link that holds no other child (a board's row with its reply count and last post, an
  excerpt with its comment count, a sidebar entry), view counters left out; the page's
  *fingerprint* hashes all of them with the set of children. Same fingerprint as last run: its
  children are unchanged; otherwise a child whose row token (with a number in it) is unchanged is.
- a feed entry: its date (updated / pubDate) and comment count (slash:comments, thr:total);
- a comments feed: per post, how many of its comments it lists and the newest one's date;
- a sitemap: each URL's lastmod.

`recheck_due` spreads the re-check of pages no signal speaks for over `every` runs.

Pure functions (picklable, no Scrapy): they run in the parse pool beside the parsers.
"""
from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

from ecoaudit.urls import normalize

FORUM_PAGE_PARAMS = ("start", "p", "page")
# A view counter changes at every visit: left out of row tokens ("1 234 vues", "Views: 1K", class="views").
_NUM = r"\d[\d\s.,\u00a0\u202f]*[kKmM]?"
_VIEW_WORDS = r"(?:views?|vues?|lectures?|affichages?|aufrufe|visualizzazioni|visite|visitas|visualizaciones|hits)"
VIEWS_RE = re.compile(rf"{_NUM}\s*{_VIEW_WORDS}\b|\b{_VIEW_WORDS}\s*:?\s*{_NUM}", re.I)
VIEW_CLASS_RE = re.compile(r"(?:^|[\s_-])views?(?:$|[\s_-]|count)", re.I)
MAX_ROW_CHARS = 4000


def digest(text: str, n: int = 12) -> str:
    return hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()[:n]


@lru_cache(maxsize=65536)
def thread_key(url: str) -> str:
    """A forum thread's (or listing's) first-page URL: its pagination removed, query parameters
    `FORUM_PAGE_PARAMS` and path-style `/page-2`, `/page/2` (XenForo, Discourse, WordPress-like).
    The rest of the query is kept as written, keys without a value too (vBulletin 4's
    `showthread.php?12345-titre`, SPIP's `spip.php?article12`), so that distinct threads never share a key."""
    parts = urlsplit(url)
    query = "&".join(q for q in parts.query.split("&") if q and q.split("=", 1)[0] not in FORUM_PAGE_PARAMS)
    path = parts.path
    for marker in ("/page-", "/page/"):
        if marker in path:
            path = path[: path.rindex(marker)] + ("/" if path.endswith("/") else "")
    return urlunsplit((parts.scheme, parts.netloc, path, query, ""))


# A child's identity for row-finding: pagination of one thread or listing counts as one.
group_key = thread_key


def _tail(path: str) -> str:
    """The last segment of a URL path, lower-cased and unquoted ("" for a site's root)."""
    return unquote(path.rstrip("/").rsplit("/", 1)[-1]).lower()


def _row_text(el) -> str:
    """The visible text of a row, view counters and scripts left out."""
    out: list[str] = []

    def walk(node):
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in ("script", "style", "noscript", "template"):
            if node.tail:
                out.append(node.tail)
            return
        cls = " ".join(filter(None, (node.get("class"), node.get("id")))) if tag else ""
        if not (cls and VIEW_CLASS_RE.search(cls)):
            if tag and node.text:
                out.append(node.text)
            for child in node:
                walk(child)
        if node.tail and node is not el:
            out.append(node.tail)

    walk(el)
    text = " ".join(" ".join(out).split())[:MAX_ROW_CHARS]
    return VIEWS_RE.sub(" ", text)


def page_state(url: str, body, children: list[str]) -> dict:
    """{"fp": fingerprint, "rows": {child URL: row token}} of an HTML page for its child links
    (normalised URLs). A row token ends with "#" when its row shows a number (a count, a date)."""
    from lxml import html as lhtml

    want = set(children)
    if not want:
        return {"fp": digest(""), "rows": {}}
    data = body if isinstance(body, (bytes, bytearray)) else str(body or "").encode("utf-8", "replace")
    try:
        tree = lhtml.document_fromstring(bytes(data))
    except Exception:  # (lxml.etree.ParserError, ValueError): an empty or hostile body
        return {}
    base = url
    for b in tree.iter("base"):
        if b.get("href"):
            base = urljoin(url, b.get("href"))
            break
    cache: dict[str, str | None] = {}

    def norm(href: str | None) -> str | None:
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return None
        if href not in cache:
            try:
                cache[href] = normalize(urljoin(base, href))
            except ValueError:
                cache[href] = None
        return cache[href]

    # normalize() is the costly part: only links whose last path segment is a child's are normalised
    tails = {_tail(urlsplit(c).path) for c in want}
    links = []
    for a in tree.iter("a"):
        href = a.get("href")
        if not href:
            continue
        tail = _tail(href.split("#", 1)[0].split("?", 1)[0])
        if tail not in tails and tail not in ("", ".", ".."):  # "?page=2", "./": resolved below
            continue
        key = norm(href)
        if key in want:
            links.append((a, key))
    # Which children each element holds (two distinct are enough to know it is not a row).
    holds: dict = {}
    for a, key in links:
        g = group_key(key)
        el = a
        while el is not None:
            s = holds.setdefault(el, set())
            if g in s or len(s) > 1:
                break
            s.add(g)
            el = el.getparent()
    pieces: dict[str, list[str]] = {}
    seen_rows: dict = {}
    for a, key in links:
        g = group_key(key)
        row = a
        parent = row.getparent()
        while parent is not None and holds.get(parent) == {g} and parent.tag not in ("body", "html"):
            row = parent
            parent = row.getparent()
        if row not in seen_rows:
            hrefs = sorted({k for k in map(norm, (x.get("href") for x in row.iter("a"))) if k}
                           if row.tag != "a" else [key])
            seen_rows[row] = (_row_text(row), " ".join(hrefs))
        pieces.setdefault(key, []).append(seen_rows[row])
    rows = {}
    for key, parts in pieces.items():
        joined = "\n--\n".join(sorted(f"{text}\n{hrefs}" for text, hrefs in parts))
        counted = any(re.search(r"\d", text) for text, _ in parts)
        rows[key] = digest(joined) + ("#" if counted else "")
    fp = digest(json.dumps(sorted(rows.items())))
    return {"fp": fp, "rows": rows}


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def feed_state(url: str, body) -> dict:
    """{"entries": {post URL: "date|comments"}} of an RSS / Atom feed: each entry's updated (or
    published) date and, where the feed gives it, its comment count (slash:comments, thr:total,
    an Atom replies link's thr:count). Comment count empty when the feed does not say."""
    from lxml import etree

    data = body if isinstance(body, (bytes, bytearray)) else str(body or "").encode("utf-8", "replace")
    try:
        parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
        root = etree.fromstring(bytes(data).lstrip(), parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        return {}
    if root is None:
        return {}
    entries: dict[str, str] = {}
    for el in root.iter():
        if _local(el.tag) not in ("item", "entry"):
            continue
        link = date = comments = None
        for child in el:
            name = _local(child.tag)
            text = (child.text or "").strip()
            if name == "link":
                rel = child.get("rel", "alternate")
                if child.get("href") and rel == "alternate" and link is None:
                    link = child.get("href")
                elif text and link is None:
                    link = text
                if rel == "replies":
                    for k, v in child.attrib.items():
                        if _local(k) == "count" and v.strip().isdigit():
                            comments = v.strip()
            elif name in ("updated", "modified") and text:
                date = text
            elif name in ("pubdate", "published", "issued", "date") and text and date is None:
                date = text
            elif name in ("comments", "total") and text.isdigit() and child.tag != "comments":
                comments = text  # slash:comments, thr:total (RSS <comments> is a URL)
        if not link:
            continue
        try:
            key = normalize(urljoin(url, link))
        except ValueError:
            continue
        entries[key] = f"{date or ''}|{comments or ''}"
    return {"entries": entries}


def comment_feed_state(entries: list[dict]) -> dict:
    """{"entries": {post URL: "count|newest"}} of a comments feed (parse_feed's entries: each
    comment's link is its post's URL with a #fragment)."""
    out: dict[str, list] = {}
    for e in entries:
        if not e.get("url"):
            continue
        key = normalize(e["url"])
        n, newest = out.get(key, [0, ""])
        when = e.get("published") or e.get("published_raw") or ""
        out[key] = [n + 1, max(newest, when)]
    return {"entries": {k: f"{n}|{w}" for k, (n, w) in out.items()}}


def sitemap_state(entries: list[tuple[str, str | None]], children: list[str]) -> dict:
    """{"fp": ..., "entries": {URL: lastmod}} of a sitemap (children: a sitemap index's sitemaps)."""
    rows = {normalize(u): (d or "") for u, d in entries}
    kids = sorted(normalize(u) for u in children)
    return {"fp": digest(json.dumps([sorted(rows.items()), kids])), "entries": rows}


def compare_entries(old: dict | None, new: dict, need_count: bool = False) -> tuple[set[str], set[str]]:
    """(unchanged, changed) URLs between two feed / sitemap states. An entry is unchanged when its
    token is the same and says something (a date; with need_count, a comment count too)."""
    same, changed = set(), set()
    if not old:
        return same, changed
    before = old.get("entries") or {}
    for key, token in (new.get("entries") or {}).items():
        if key not in before:
            continue
        if before[key] != token:
            changed.add(key)
        else:
            date, _, count = token.partition("|")
            if date and (count or not need_count):
                same.add(key)
    return same, changed


def compare_pages(old: dict | None, new: dict) -> tuple[bool, set[str], set[str]]:
    """(fingerprint unchanged, unchanged children, changed children) between two page states."""
    if not old or not new or "fp" not in old or "fp" not in new:
        return False, set(), set()
    if old["fp"] == new["fp"]:
        return True, set(new.get("rows") or {}), set()
    same, changed = set(), set()
    before = old.get("rows") or {}
    for key, token in (new.get("rows") or {}).items():
        if key not in before:
            continue
        if before[key] != token:
            changed.add(key)
        elif token.endswith("#"):  # a row that shows a count or a date, still the same
            same.add(key)
    return False, same, changed


def recheck_due(url: str, run_round: int, every: int) -> bool:
    """Whether `url` is re-checked in run number `run_round` though nothing says it changed:
    over any `every` consecutive runs, exactly once (deterministic: a hash of the URL picks the run)."""
    if every <= 1:
        return True
    h = int(hashlib.sha1(url.encode("utf-8", "replace")).hexdigest()[:8], 16)
    return (h + run_round) % every == 0


def dumps(state: dict | None) -> str | None:
    return json.dumps(state, separators=(",", ":"), sort_keys=True) if state else None


def loads(value) -> dict | None:
    if not value:
        return None
    if isinstance(value, dict):
        return value
    try:
        out = json.loads(value)
    except (TypeError, ValueError):
        return None
    return out if isinstance(out, dict) else None
