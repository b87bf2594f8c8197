"""Feeds (RSS/Atom via feedparser), XML sitemaps and the Sitemap: lines of robots.txt."""
from __future__ import annotations

import io
import re
import zlib

import feedparser
from lxml import etree

from .caps import MAX_ITEMS
from .dates import parse_date
from .links import message_address
from .loading import clean_markup, parse_tree
from .text import clean_text, node_text
from .urls import abs_url, uniq

MAX_FEED_BYTES = 20_000_000
MAX_UNZIPPED_BYTES = 50 * 1024 * 1024  # the sitemap protocol's limit for one uncompressed file
MAX_SITEMAP_URLS = 50_000  # the sitemap protocol's own limit per file
MAX_SUMMARY_CHARS = 5_000


def _as_bytes(body) -> bytes:
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode("utf-8", "replace")
    return bytes(body)


def _gunzip(data: bytes, limit: int = MAX_UNZIPPED_BYTES) -> bytes:
    """Sitemaps are often served as .xml.gz files without Content-Encoding (so Scrapy's
    HttpCompressionMiddleware leaves them be): undo the gzip here, at most `limit` bytes out
    (a small file can inflate to gigabytes). A truncated or corrupt file gives what it held."""
    if not data.startswith(b"\x1f\x8b"):
        return data
    out = bytearray()
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    rest = data
    try:
        while rest and len(out) < limit:
            out += inflater.decompress(rest, limit - len(out))
            rest = inflater.unconsumed_tail
            if inflater.eof:  # another gzip member may follow
                rest = inflater.unused_data
                if not rest.startswith(b"\x1f\x8b"):
                    break
                inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    except zlib.error:
        pass
    return bytes(out)


def _summary_text(value: str | None, is_html: bool = True) -> str | None:
    if not value:
        return None
    if not is_html:
        return clean_text(value, MAX_SUMMARY_CHARS) or None
    # The fragment is wrapped so that a summary without any tag still parses as HTML.
    tree = parse_tree("<div>" + clean_markup(value) + "</div>")
    if tree is None:
        return None
    return node_text(tree, limit=MAX_SUMMARY_CHARS) or None


def parse_feed(url: str, body) -> list[dict]:
    """Entries of an RSS or Atom feed: dicts with url, title, published (ISO), published_raw, summary, and
    thread: for a link to one message of a thread (`?show=34#a34`), what `links.message_address` says, else None.

    Entry links are made absolute against the feed URL (fragment dropped); entries without a link are skipped.
    Garbage gives an empty list.
    """
    data = _gunzip(_as_bytes(body)[:MAX_FEED_BYTES])
    if not data.strip():
        return []
    try:
        # A file object: feedparser would fetch a str or bytes that looks like a URL.
        parsed = feedparser.parse(io.BytesIO(data), response_headers={"content-location": url or ""})
    except Exception:  # feedparser is lenient, but a hostile body must not stop a crawl
        return []
    out = []
    for entry in parsed.get("entries", [])[:MAX_ITEMS]:
        link = entry.get("link")
        if not link:
            for alt in entry.get("links", []):
                if alt.get("rel", "alternate") == "alternate" and alt.get("href"):
                    link = alt["href"]
                    break
        href, link = link, abs_url(url, link)
        if not link:
            continue
        thread = message_address(link + "#" + href.rsplit("#", 1)[1]) if "#" in href else None
        raw = entry.get("published") or entry.get("updated") or entry.get("created")
        summary, detail = entry.get("summary"), entry.get("summary_detail") or {}
        if not summary and entry.get("content"):
            summary, detail = entry["content"][0].get("value"), entry["content"][0]
        title = clean_text(entry.get("title") or "", 1000) or None
        out.append({
            "url": link,
            "thread": thread,
            "title": " ".join(title.split()) if title else None,
            "published": parse_date(raw) if raw else None,
            "published_raw": raw or None,
            "summary": _summary_text(summary, "html" in (detail.get("type") or "text/html")),
        })
    return out


def _local(tag) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def _child_text(el, name: str) -> str | None:
    for child in el:
        if _local(child.tag) == name:
            text = "".join(child.itertext()).strip()
            return text or None
    return None


# Sitemaps of single-message views: WordPress lists bbPress's replies (a public post type) in its core sitemap
# (wp-sitemap-posts-reply-1.xml, ?sitemap-subtype=reply without pretty links) and SEO plugins in
# reply-sitemap.xml (Yoast, Rank Math, AIOSEO). Each reply is a page of one message that its topic's page
# also holds, newest first: fetched, they spent up to 85% of a bbPress forum's crawl budget.
_MESSAGE_SITEMAP = re.compile(r"wp-sitemap-posts-reply-\d+\.xml|[?&]sitemap-subtype=reply(?:&|$)|/reply-sitemap\d*\.xml",
                              re.I)


def message_sitemap(url: str) -> bool:
    """Whether a sitemap lists a forum's single-message views (bbPress's replies), not its threads."""
    return bool(_MESSAGE_SITEMAP.search(url or ""))


def parse_sitemap(url: str, body) -> tuple[list[tuple[str, str | None]], list[str]]:
    """(page URLs with their lastmod as ISO, child sitemap URLs) of a sitemap or sitemap index.

    Namespaces are ignored (sites get them wrong), broken XML is read as far as it goes,
    gzip is undone, and a plain-text sitemap (one URL per line) is accepted.
    """
    data = _gunzip(_as_bytes(body)[:MAX_FEED_BYTES])
    if not data.strip():
        return [], []
    pages: list[tuple[str, str | None]] = []
    children: list[str] = []
    root = None
    try:
        parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True,
                                 huge_tree=False, remove_comments=True)
        root = etree.fromstring(data.lstrip(), parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        root = None
    if root is not None:
        seen: set[str] = set()
        for el in root.iter():
            name = _local(el.tag)
            if name not in ("url", "sitemap"):
                continue
            loc = abs_url(url, _child_text(el, "loc"))
            if not loc or loc in seen:
                continue
            seen.add(loc)
            if name == "sitemap":
                children.append(loc)
            else:
                lastmod = _child_text(el, "lastmod")
                pages.append((loc, parse_date(lastmod) if lastmod else None))
            if len(pages) + len(children) >= MAX_SITEMAP_URLS:
                break
    if not pages and not children and (root is None or _local(root.tag) not in ("urlset", "sitemapindex")):
        text = data.decode("utf-8", "replace")
        if "<" not in text[:200]:
            urls = uniq((abs_url(url, line.strip()) for line in text.splitlines()
                         if re.match(r"https?://", line.strip())), MAX_SITEMAP_URLS)
            pages = [(u, None) for u in urls]
    return pages, children


def parse_robots_sitemaps(body, base_url: str | None = None) -> list[str]:
    """URLs of the `Sitemap:` lines of a robots.txt (relative ones resolved against `base_url`)."""
    text = body.decode("utf-8", "replace") if isinstance(body, (bytes, bytearray)) else (body or "")
    found = []
    for line in text[:2_000_000].splitlines():
        m = re.match(r"\s*site-?map\s*:\s*(\S+)", line, re.I)
        if m:
            found.append(abs_url(base_url, m.group(1)) if base_url else
                         (m.group(1) if re.match(r"https?://", m.group(1), re.I) else None))
    return uniq(found)
