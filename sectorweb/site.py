"""The whole demo web rendered once: `build_site()` -> `Site` (pages by (host, path?query) and lookup rules).

`build_site(days_later=7)` renders the same web a week later (for incremental re-crawl tests), and
`new_since(old, new)` lists the posts, articles and threads a re-crawl of `new` must find.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from importlib.util import find_spec
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from sectorweb.dates import NOW
from sectorweb.families import (BLIND_SETS, blind_module, blogger, canalblog, discourse, dotclear, fluxbb, forumactif, hugo, joomla, mybb, news, newscms, overblog,
                                    permalink, phpbb, phpbb_subsilver2, smf, spip, thread_url, use_url_schemes, vbulletin, wordpress,
                                    wordpress_classic, xenforo)
from sectorweb.families.common import HTML, TEXT, Page, page, redirect
from sectorweb.later import at, build_timeline
from sectorweb.model import Blog, Forum
from sectorweb.sources import BARE_REDIRECTS, SOURCES

RENDERERS = {"wordpress": wordpress, "blogger": blogger, "dotclear": dotclear, "news": news,
             "phpbb": phpbb, "fluxbb": fluxbb, "overblog": overblog,
             # more markups per engine, from the engines' real templates (families.MARKUPS)
             "wordpress_classic": wordpress_classic, "spip": spip, "newscms": newscms,
             "phpbb_subsilver2": phpbb_subsilver2, "discourse": discourse, "vbulletin": vbulletin, "xenforo": xenforo,
             "mybb": mybb, "smf": smf, "canalblog": canalblog, "hugo": hugo, "forumactif": forumactif,
             "joomla": joomla}
# The markups written blind (families.BLIND_MARKUPS): in no draw of the main evaluation, see markup_set="blind".
RENDERERS.update({name: blind_module(name) for table in BLIND_SETS.values() for ms in table.values() for name in ms
                  if find_spec(f"sectorweb.families.{name}")})  # (round 5's are being written)

# A tiny but well-formed one-page PDF (the "home page" of the non-HTML host).
PDF = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
4 0 obj << /Length 58 >> stream
BT /F1 18 Tf 72 770 Td (Guide du patrimoine 2026) Tj ET
endstream endobj
5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
xref
0 6
0000000000 65535 f 
0000000009 00000 n 
0000000058 00000 n 
0000000115 00000 n 
0000000241 00000 n 
0000000349 00000 n 
trailer << /Size 6 /Root 1 0 R >>
startxref
419
%%EOF
"""

ERROR_500 = Page(500, HTML, b"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>500 Internal Server Error</title></head>"
                 b"<body><h1>Internal Server Error</h1><p>The server encountered an internal error and was unable to complete your request.</p></body></html>\n",
                 {})
NOT_FOUND = Page(404, HTML, b"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>404 Not Found</title></head>"
                 b"<body><h1>Not Found</h1><p>The requested URL was not found on this server.</p></body></html>\n", {})
UNKNOWN_HOST = Page(502, "text/plain; charset=utf-8", b"unknown host\n", {})


def _canon(target: str) -> str:
    """path?query with the query decoded and sorted: how a real app sees a request."""
    parts = urlsplit(target)
    path = unquote(parts.path) or "/"
    if not parts.query:
        return path
    return path + "?" + urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))


def norm_host(host: str) -> str:
    host = host.strip().lower().rstrip(".")
    return host[:-3] if host.endswith(":80") else host


@dataclass
class Site:
    """Every answer of the demo web. `pages[(host, path_and_query)] = (status, content_type, body, headers)`."""

    pages: dict[tuple[str, str], Page]
    hosts: list[str]  # hosts the server answers for (redirecting and failing hosts included)
    content: dict[str, Blog | Forum] = field(repr=False)
    not_found: dict[str, Page] = field(repr=False)
    host_redirects: dict[str, str] = field(default_factory=dict)
    error_hosts: set[str] = field(default_factory=set)
    ignored_params: dict[str, set[str]] = field(default_factory=dict)
    now: datetime = NOW  # the demo web's "current" local time (the HTTP Date header, "Aujourd'hui")

    def __post_init__(self):
        self._canonical = {(h, _canon(t)): (h, t) for (h, t) in self.pages}
        self._hostset = set(self.hosts)

    def lookup(self, host: str, target: str) -> Page:
        """The answer to `GET target` on `host`; target is path?query as sent (no fragment)."""
        host = norm_host(host)
        target = target or "/"
        if host in self.host_redirects:
            return redirect(f"http://{self.host_redirects[host]}{target}")
        if host not in self._hostset:
            return UNKNOWN_HOST
        if host in self.error_hosts:
            return ERROR_500
        hit = self.pages.get((host, target))
        if hit is not None:
            return hit
        key = self._canonical.get((host, _canon(target)))
        if key is not None:
            return self.pages[key]
        parts = urlsplit(target)
        if parts.query and self.ignored_params.get(host):
            kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                    if k not in self.ignored_params[host]]
            stripped = parts.path + ("?" + urlencode(kept) if kept else "")
            key = self._canonical.get((host, _canon(stripped)))
            if key is not None:
                return self.pages[key]
        if not parts.query and not parts.path.endswith("/") and (host, parts.path + "/") in self.pages:
            return redirect(f"http://{host}{parts.path}/")  # as a web server does for a directory
        return self.not_found.get(host, NOT_FOUND)


def _page_cache(module, before: Blog | Forum, current: Blog | Forum, now: datetime) -> dict[str, Page]:
    """The item pages (posts, articles, thread pages) that show the same thing as at NOW, as rendered at NOW.

    The demo web behaves as if every site had a page cache filled at NOW and purged for an item's page
    when the item changes (a comment, a reply, a date that FluxBB now writes differently): a page whose
    item did not change answers exactly as before (body, ETag, Last-Modified), though its sidebar would
    now list newer posts. Listings, feeds and sitemaps are always fresh."""
    shown = {path: what for path, what, _ in module.item_pages(current, now)}
    missing = object()
    return {path: make() for path, what, make in module.item_pages(before, NOW) if shown.get(path, missing) == what}


def build_site(days_later: int = 0, sources: list | None = None, bare_redirects: dict | None = None,
               content: dict | None = None) -> Site:
    """Generate and render the whole demo web (deterministic; ~2 s), as it stands `days_later` days after NOW.

    days_later=0 is the demo web of the labels and the tests. Later, the sources have published more
    (see `later.py`); everything older keeps its URL, and pages whose item did not change are served
    byte-identical (see `_page_cache`)."""
    if days_later < 0:
        raise ValueError("days_later must be >= 0")
    if sources is None:
        sources, bare_redirects = SOURCES, BARE_REDIRECTS
    use_url_schemes(sources)  # before the content: its cross-links are permalinks
    if content is None:  # another web may bring its content, made by its own makers (evalweb)
        content = build_timeline(days_later, None if sources is SOURCES else sources)
    now = NOW + timedelta(days=days_later)
    before = None
    if days_later:
        before, content = at(content, NOW), at(content, now)
    pages: dict[tuple[str, str], Page] = {}
    not_found: dict[str, Page] = {}
    ignored: dict[str, set[str]] = {}
    hosts: list[str] = []
    errors: set[str] = set()
    bare_redirects = bare_redirects or {}
    for src in sources:
        if src.family == "unreachable":
            continue
        hosts.append(src.host)
        if src.family == "error_500":
            errors.add(src.host)
        elif src.family == "non_html":
            pages[(src.host, "/")] = page(PDF, "application/pdf")
            pages[(src.host, "/robots.txt")] = page("User-agent: *\nDisallow:\n", TEXT)
        else:
            module = RENDERERS[src.platform]
            keep = _page_cache(module, before[src.host], content[src.host], now) if before else None
            rendered, missing = module.render(content[src.host], now, keep)
            if before and hasattr(module, "still_answers"):  # URLs of the earlier web the platform still answers
                for path, pg in module.still_answers(before[src.host], content[src.host], now).items():
                    rendered.setdefault(path, pg)
            for path, pg in rendered.items():
                pages[(src.host, path)] = pg
            not_found[src.host] = missing
            ignored[src.host] = set(module.IGNORED_PARAMS)
    for bare, target in bare_redirects.items():
        hosts.append(bare)
        pages[(bare, "/")] = redirect(f"http://{target}/")
    return Site(pages, hosts, content, not_found, dict(bare_redirects), errors, ignored, now)


def _items(host: str, c: Blog | Forum | None) -> dict[str, object]:
    """URL of each post, article or thread -> what changes when it gets comments or replies."""
    if isinstance(c, Blog):
        return {permalink(c.platform, host, p): (len(p.comments), p.modified) for p in c.posts}
    if isinstance(c, Forum):
        return {thread_url(c.platform, host, t): len(t.messages) for t in c.threads()}
    return {}


def new_since(old: Site, new: Site, changed: bool = True) -> dict[str, list[str]]:
    """URLs of the posts, articles and forum threads that appeared between two builds of the demo web,
    and (changed=True) of those that got new comments or replies, by host (hosts with none left out):
    what an incremental re-crawl of `new` must find. Threads are given by their first page's URL."""
    out: dict[str, list[str]] = {}
    for host, c in new.content.items():
        before = _items(host, old.content.get(host))
        urls = sorted(u for u, v in _items(host, c).items() if u not in before or (changed and before[u] != v))
        if urls:
            out[host] = urls
    return out
