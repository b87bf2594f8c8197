"""Helpers shared by the family parsers: loading hostile HTML, text, links, caps."""
from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Iterable
from urllib.parse import parse_qs, urldefrag, urljoin, urlsplit, urlunsplit

import lxml.html
from lxml import etree
from lxml.cssselect import CSSSelector

from ecoaudit.urls import host_of

from . import fastcss

MAX_HTML_CHARS = 10_000_000  # beyond this a "page" is not a page; parse the head of it
MAX_FIELD_CHARS = 200_000
MAX_ITEMS = 2000  # comments, posts, links per list

# Text of these never reaches a reader.
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe",
                       "object", "embed", "canvas", "select", "option", "button", "head", "title"})
# Line breaks around these (HTML plus trafilatura's XML output tags).
BLOCK_TAGS = frozenset({
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "table", "tr", "thead", "tbody", "tfoot", "caption", "section",
    "article", "header", "footer", "aside", "nav", "main", "figure", "figcaption", "hr",
    "form", "address", "details", "summary", "center", "fieldset", "legend",
    # trafilatura XML
    "head", "list", "item", "quote", "row", "code", "lb",
})
CELL_TAGS = frozenset({"td", "th", "cell"})

# Share bars, related posts and ads that themes and plugins inject into the post body.
BOILERPLATE = (
    ".sharedaddy, .jp-relatedposts, .yarpp-related, .crp_related, .addtoany_share_save_container,"
    " .a2a_kit, .wpcnt, .adsbygoogle, .share-buttons, .social-share, .post-share, .related-posts,"
    " .wp-block-jetpack-sharing-buttons, .screen-reader-text, .sd-sharing-enabled, .postmetadata"
)

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_SURROGATE_RE = re.compile(r"[\ud800-\udfff]")
_META_CHARSET_RE = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_XML_ENCODING_RE = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)""", re.I)
_NEWLINES_RE = re.compile(r"[\r\n]+")
_WS_RE = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_PLATFORM_HOSTS = ("wordpress.org", "wordpress.com", "blogger.com", "dotclear.org", "dotclear.net",
                   "phpbb.com", "fluxbb.org", "gravatar.com", "feedburner.com", "w3.org")


# ---------------------------------------------------------------- loading

def decode_html(data: bytes) -> str:
    """Bytes to str: BOM, then <meta charset>/XML declaration, then utf-8, then cp1252."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                     (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace")
    # Real pages put scripts before their <meta charset>: look further than HTML5's 1024 bytes.
    head = data[:16384]
    m = _XML_ENCODING_RE.search(head) or _META_CHARSET_RE.search(head)
    if m:
        try:
            enc = codecs.lookup(m.group(1).decode("ascii")).name
        except (LookupError, UnicodeDecodeError):
            enc = None
        # A page declaring latin-1 is in practice cp1252 (browsers do the same).
        if enc in ("latin-1", "iso8859-1", "ascii"):
            enc = "cp1252"
        # utf-16 declared in an ASCII-readable head is a lie: fall through to the guess.
        if enc in ("cp1252", "iso8859-15") and _valid_multibyte_utf8(data):
            # Mislabelled: a template declares latin-1 while the database sends utf-8. Accented
            # latin-1 text is (almost) never valid utf-8, so valid utf-8 settles it.
            return data.decode("utf-8")
        if enc and not enc.startswith("utf-16") and enc != "utf-8":
            return data.decode(enc, errors="replace")
    return _utf8_or_cp1252(data)


def _valid_multibyte_utf8(data: bytes) -> bool:
    """True when the bytes are valid utf-8 and hold at least one non-ASCII character."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _utf8_or_cp1252(data: bytes) -> str:
    """utf-8, unless the bytes are mostly not: old French sites declare utf-8 and send latin-1."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    sample = text[:200_000]
    bad = sample.count("\ufffd")
    good = sum(1 for ch in sample if ch >= "\x80") - bad
    if good >= bad:  # valid multi-byte characters dominate: a few stray bytes in a utf-8 page
        return text
    return data.decode("cp1252", errors="replace")


def decode_markup(html: str | bytes | None) -> str:
    """Markup as str, size-capped, not yet cleaned."""
    if html is None:
        return ""
    if isinstance(html, (bytes, bytearray, memoryview)):
        html = decode_html(bytes(html[: MAX_HTML_CHARS * 2]))
    return html[:MAX_HTML_CHARS]


def clean_markup(html: str | bytes | None) -> str:
    """Decoded, control-character-free, size-capped markup (what lxml will accept)."""
    return _SURROGATE_RE.sub("\ufffd", _CONTROL_RE.sub("", decode_markup(html)))


_TAG_RE = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9-]*[\s/>]|!doctype|!--)", re.I)


def looks_like_html(text: str) -> bool:
    """False for binary garbage or plain text served as a page: no tag, or control characters
    and undecodable bytes beyond what any real page holds. Call on decoded, uncleaned text."""
    if not _TAG_RE.search(text[:65536]):
        return False
    sample = text[:8192]
    noise = len(_CONTROL_RE.findall(sample)) + sample.count("\ufffd")
    return noise <= max(len(sample) * 0.03, 10)


_END_TAG_RE = re.compile(r"</(?:body|html)\s*>", re.I)


def drop_stray_end_tags(markup: str) -> str:
    """Markup without its </body> and </html> end tags when it has more than one of them.

    Templates that include a whole page into another leave a </body></html> in the middle;
    browsers ignore it and show what follows, libxml2 drops everything after it (the post body).
    """
    if len(_END_TAG_RE.findall(markup, 0, len(markup))) <= 2:
        return markup
    return _END_TAG_RE.sub("", markup)


def parse_tree(markup: str):
    """The lxml document for cleaned markup, or None when there is nothing to parse."""
    if not markup.strip():
        return None
    # Feeding bytes with a fixed encoding sidesteps lxml's refusal of str with an XML declaration.
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True,
                                  no_network=True)
    try:
        root = lxml.html.document_fromstring(markup.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError, TypeError):
        return None
    if root is None or not isinstance(root.tag, str):
        return None
    return root


# Containers of consent managers (OneTrust, Didomi, Cookiebot, Usercentrics, Quantcast, Sourcepoint,
# TrustArc, Axeptio, tarteaucitron, Complianz, iubenda, Borlabs, CookieYes, GDPR Cookie Compliance,
# Osano's cookieconsent, Google Funding Choices). Their dialogs hold hundreds of words of legal text
# that no page is about: counted as page text, they made a 10-post thread look like 5% of its page.
_CONSENT_IDS = ("onetrust-consent-sdk", "onetrust-banner-sdk", "onetrust-pc-sdk", "didomi-host", "didomi-popup",
                "CybotCookiebotDialog", "usercentrics-root", "qc-cmp2-container", "truste-consent-track",
                "truste-consent-content", "consent_blackbar", "axeptio_overlay", "axeptio_main_button",
                "tarteaucitronRoot", "tarteaucitronAlertBig", "cmplz-cookiebanner-container", "iubenda-cs-banner",
                "BorlabsCookie", "moove_gdpr_cookie_modal", "moove_gdpr_cookie_info_bar", "cookie-law-info-bar",
                "cliSettingsPopup", "gdpr-cookie-consent-bar", "cookiescript_injected")
# Consent managers known by a class only (the others' containers have one of the ids above).
_CONSENT_CLASSES = ("cky-consent-container", "cky-modal", "cc-window", "fc-consent-root")
# Elements with an id, or a class holding one of those names: one cheap pass (a test of every id
# in XPath cost ~7 ms a page); exact id and class tokens are checked in Python.
_CONSENT_XPATH = etree.XPath("//*[@id or " + " or ".join(f"contains(@class, '{c}')" for c in
                                                         ("cky-", "cc-window", "fc-consent-root")) + "]")
_CONSENT_ID_SET = frozenset(_CONSENT_IDS)
_CONSENT_CLASS_SET = frozenset(_CONSENT_CLASSES)


def _is_consent(node) -> bool:
    ident = node.get("id") or ""
    if ident in _CONSENT_ID_SET or ident.startswith("sp_message_container"):
        return True
    return not _CONSENT_CLASS_SET.isdisjoint((node.get("class") or "").split())


def drop_consent_dialogs(tree) -> int:
    """Remove cookie-consent dialogs and banners from a parsed page (their text is never the page's);
    how many containers were removed."""
    found = [n for n in _CONSENT_XPATH(tree) if n.tag not in ("html", "body") and _is_consent(n)]
    found = [n for n in found if not any(a in found for a in n.iterancestors())]
    for node in found:
        node.drop_tree()  # lxml.html: the text that followed the dialog stays in place
    return len(found)


@dataclass
class Page:
    """One page being parsed: its URL, cleaned markup, tree and base URL for links."""

    url: str
    markup: str
    tree: object  # lxml HtmlElement (the <html> root)
    base: str = ""
    now: datetime | None = None
    _cache: dict = field(default_factory=dict)

    @classmethod
    def load(cls, url: str, html, now: datetime | None = None) -> "Page":
        raw = decode_markup(html)
        markup = drop_stray_end_tags(_SURROGATE_RE.sub("\ufffd", _CONTROL_RE.sub("", raw)))
        tree = parse_tree(markup) if looks_like_html(raw) else None
        page = cls(url=url or "", markup=markup, tree=tree, base=url or "", now=now)
        if tree is not None:
            drop_consent_dialogs(tree)  # before the index: it assumes a tree nothing mutates
            fastcss.register(tree)
            href = first_attr(tree, "head base[href]", "href")
            if href:
                page.base = abs_url(url, href) or page.base
        return page

    def url_(self, href: str | None) -> str | None:
        """An href of this page made absolute (None for non-web links)."""
        return abs_url(self.base, href)

    @property
    def path(self) -> str:
        return urlsplit(self.url).path or "/"

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.url).query)

    def is_root(self) -> bool:
        """True for a site's front page URL (`/`, `/index.php`, `/index.html`) without a query."""
        parts = urlsplit(self.url)
        return parts.path in ("", "/", "/index.php", "/index.html", "/index.htm") and not parts.query

    def body_classes(self) -> set[str]:
        if "body_classes" not in self._cache:
            body = first(self.tree, "body")
            self._cache["body_classes"] = set((body.get("class") or "").split()) if body is not None else set()
        return self._cache["body_classes"]

    def body_id(self) -> str:
        body = first(self.tree, "body")
        return (body.get("id") or "") if body is not None else ""


# ---------------------------------------------------------------- selection

@lru_cache(maxsize=512)
def _selector(css_expr: str) -> CSSSelector:
    return CSSSelector(css_expr)


def css(el, expr: str) -> list:
    """Elements below `el` matching a CSS selector, in document order (like querySelectorAll:
    `el` itself is not a candidate; empty list on a None element)."""
    if el is None:
        return []
    chains = fastcss.compile_selector(expr)
    if chains is not None:
        try:
            idx = fastcss.index_for(el)
            if idx is not None:
                return idx.select(el, chains)
        except Exception:  # pragma: no cover - the index is a shortcut, never a new failure
            pass
    return [n for n in _selector(expr)(el) if n is not el]


def first(el, expr: str):
    if el is None:
        return None
    chains = fastcss.compile_selector(expr)
    if chains is not None:
        try:
            idx = fastcss.index_for(el)
            if idx is not None:
                found = idx.select(el, chains, only_first=True)
                return found[0] if found else None
        except Exception:  # pragma: no cover - the index is a shortcut, never a new failure
            pass
    found = [n for n in _selector(expr)(el) if n is not el]
    return found[0] if found else None


def first_of(el, *exprs: str):
    """First match of the first selector that matches: selectors in order of preference.

    (Never chain elements with `or`: an lxml element without children is falsy.)
    """
    for expr in exprs:
        node = first(el, expr)
        if node is not None:
            return node
    return None


def first_attr(el, expr: str, attr: str) -> str | None:
    for node in css(el, expr):
        value = node.get(attr)
        if value and value.strip():
            return value.strip()
    return None


def meta(tree, *names: str) -> str | None:
    """Content of the first <meta name=|property=|itemprop=> among `names`."""
    for name in names:
        for node in tree.iter("meta"):
            key = node.get("property") or node.get("name") or node.get("itemprop")
            if key and key.lower() == name.lower():
                value = (node.get("content") or "").strip()
                if value:
                    return value
    return None


def inside(node, ancestor) -> bool:
    """True when `node` is `ancestor` or below it."""
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False


def within_any(node, ancestors: Iterable) -> bool:
    anc = list(ancestors)
    return any(inside(node, a) for a in anc)


def own(el, expr: str, is_boundary) -> list:
    """Matches of `expr` under `el` not lying inside a nested element for which `is_boundary` is true.

    Comments nest replies inside their parent: this keeps a comment's own parts.
    """
    out = []
    for node in css(el, expr):
        parent = node
        mine = True
        while parent is not None and parent is not el:
            if parent is not node and is_boundary(parent):
                mine = False
                break
            parent = parent.getparent()
        if mine and node is not el:
            out.append(node)
    return out


def own_first(el, expr: str, is_boundary):
    found = own(el, expr, is_boundary)
    return found[0] if found else None


def has_class(el, name: str) -> bool:
    return el is not None and name in (el.get("class") or "").split()


# ---------------------------------------------------------------- text

def norm_ws(text: str | None) -> str:
    """Whitespace of one line collapsed."""
    if not text:
        return ""
    return _WS_RE.sub(" ", text.replace("\n", " ")).strip()


def node_text(el, exclude: Iterable = (), limit: int = MAX_FIELD_CHARS) -> str:
    """Readable text of an element: one line per block, whitespace normalised, scripts skipped.

    Source line breaks are spaces (as in a browser) except inside <pre>. Iterative walk, so
    hostile nesting depth cannot exhaust the stack; `exclude` drops subtrees.
    """
    if el is None:
        return ""
    excluded = set(exclude)
    parts: list[str] = []
    append = parts.append
    size = 0
    newlines = _NEWLINES_RE.sub
    block_tags, cell_tags, skip_tags = BLOCK_TAGS, CELL_TAGS, SKIP_TAGS
    stack = [(el, False, False)]
    pop, push = stack.pop, stack.append
    while stack:
        node, leaving, pre = pop()
        tag = node.tag
        if not isinstance(tag, str):
            tag = None
        if leaving:
            if tag in block_tags:
                append("\n")
            elif tag in cell_tags:
                append(" ")
            if node is not el:
                tail = node.tail
                if tail:
                    append(tail if pre or ("\n" not in tail and "\r" not in tail) else newlines(" ", tail))
                    size += len(tail)
            continue
        if tag is None or tag in skip_tags or node in excluded or node.get("hidden") is not None:
            if tag in block_tags and tag != "head":
                append("\n")  # a left-out quote still separates what surrounds it
            if node is not el:
                tail = node.tail
                if tail:
                    append(tail if pre or ("\n" not in tail and "\r" not in tail) else newlines(" ", tail))
                    size += len(tail)
            continue
        if tag == "br" or tag in block_tags:
            append("\n")
        inner_pre = pre or tag == "pre" or tag == "textarea"
        text = node.text
        if text:
            append(text if inner_pre or ("\n" not in text and "\r" not in text) else newlines(" ", text))
            size += len(text)
        if size > limit * 2:
            break
        # The tail of a node belongs to its parent's context (pre or not).
        push((node, True, pre))
        if len(node):
            stack.extend([(child, False, inner_pre) for child in reversed(node)])
    return clean_text("".join(parts), limit)


def clean_text(text: str | None, limit: int = MAX_FIELD_CHARS) -> str:
    """Lines whitespace-normalised, empty lines dropped, capped."""
    if not text:
        return ""
    # _WS_RE never matches a newline: one substitution over all lines is the same as one per line.
    lines = (line.strip() for line in _WS_RE.sub(" ", text).split("\n"))
    return "\n".join(line for line in lines if line)[:limit]


def inline_text(el, exclude: Iterable = ()) -> str:
    """Text of an element on one line (names, titles)."""
    return norm_ws(node_text(el, exclude, limit=2000))[:1000] or ""



# ---------------------------------------------------------------- URLs and links

_DROP_SCHEMES = ("javascript:", "mailto:", "tel:", "data:", "about:", "file:", "ftp:", "sms:", "skype:")


_TEXT_URL_RE = re.compile(r"\bhttps?://[^\s<>\"'()\[\]{}]+", re.I)


def text_urls(text: str | None, limit: int = 50) -> list[str]:
    """http(s) URLs written as plain text ("visit https://x.example/go!"), trailing punctuation off."""
    out = []
    for m in _TEXT_URL_RE.finditer(text or ""):
        url = abs_url(None, m.group().rstrip(".,;:!?»…"))
        if url:
            out.append(url)
            if len(out) >= limit:
                break
    return out


def abs_url(base: str | None, href: str | None, drop_params: Iterable[str] = ()) -> str | None:
    """Absolute http(s) URL for an href, fragment dropped; None for other schemes or garbage.

    lxml already decoded entities in attributes; a leftover literal `&amp;` is a theme's
    double escaping, which browsers would not undo but which never names a different page.
    """
    if not href:
        return None
    if href[0] == "#" and "\n" not in href:  # same-page fragment ("#", "#top", "#comments")
        return None
    if drop_params and not isinstance(drop_params, tuple):
        drop_params = tuple(drop_params)
    return _abs_url(base, href, drop_params)


@lru_cache(maxsize=16384)
def _abs_url(base: str | None, href: str, drop_params: tuple) -> str | None:
    # Pages link the same URLs over and over (menus, widgets, the same base): cached.
    href = re.sub(r"[\n\r\t]", "", href).strip().replace("&amp;", "&")
    if not href or href.startswith("#") or href.lower().startswith(_DROP_SCHEMES):
        return None
    href = href.replace(" ", "%20")
    try:
        url = urldefrag(urljoin(base or "", href))[0]
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    if drop_params and parts.query:
        # Split by hand: re-encoding the query would alter the kept parameters.
        drop = set(drop_params)
        kept = [p for p in parts.query.split("&") if p and p.split("=", 1)[0] not in drop]
        url = urlunsplit(parts._replace(query="&".join(kept)))
    return url


def uniq(items: Iterable[str | None], limit: int = MAX_ITEMS) -> list[str]:
    """Non-empty items, first occurrence kept, order kept."""
    seen: set[str] = set()
    out = []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
            if len(out) >= limit:
                break
    return out


def hrefs(page: Page, nodes: Iterable, drop_params: Iterable[str] = ()) -> list[str]:
    """Absolute URLs of the given <a>/<link> nodes."""
    return uniq(abs_url(page.base, n.get("href"), drop_params) for n in nodes)


def links_in(page: Page, el, exclude: Iterable = ()) -> list[str]:
    """Absolute URLs of links inside an element, links inside `exclude` subtrees left out."""
    if el is None:
        return []
    excluded = list(exclude)
    anchors = [a for a in el.iter("a", "area")
               if not (excluded and within_any(a, excluded))]
    return hrefs(page, anchors)


def site_host(url: str | None) -> str:
    """The host without `www.`: tells a site's own links from links to other sites."""
    return _site_host(url or "")


@lru_cache(maxsize=16384)
def _site_host(url: str) -> str:
    host = host_of(url)
    return host[4:] if host.startswith("www.") else host


def is_platform_link(url: str) -> bool:
    host = site_host(url)
    return any(host == h or host.endswith("." + h) for h in _PLATFORM_HOSTS)


def blogroll_links(page: Page, explicit: str, sidebars: str, exclude: Iterable = ()) -> list[str]:
    """Links of link widgets (`explicit`, all kept) then other-site links of sidebars.

    Sidebar links to the site itself are categories and archives, and credits go to the
    platform: neither says whom the blog reads.
    """
    excluded = list(exclude)
    out: list[str] = []
    for box in css(page.tree, explicit) if explicit else []:
        if not within_any(box, excluded):
            out.extend(links_in(page, box))
    own_host = site_host(page.url)
    for box in css(page.tree, sidebars) if sidebars else []:
        if within_any(box, excluded):
            continue
        for url in links_in(page, box):
            if site_host(url) != own_host and not is_platform_link(url):
                out.append(url)
    return uniq(out)


def feed_links(page: Page, drop_params: Iterable[str] = ()) -> list[str]:
    """Feeds declared by <link rel=alternate type=rss/atom>."""
    nodes = []
    for link in page.tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        typ = (link.get("type") or "").lower()
        if "alternate" in rel and ("rss" in typ or "atom" in typ or "rdf" in typ or "feed+json" in typ):
            nodes.append(link)
    return hrefs(page, nodes, drop_params)


def sitemap_links(page: Page) -> list[str]:
    nodes = [n for n in page.tree.iter("link") if "sitemap" in (n.get("rel") or "").lower().split()]
    nodes += [a for a in page.tree.iter("a")
              if re.search(r"sitemap[\w-]*\.xml(\.gz)?$", (a.get("href") or "").split("?")[0], re.I)]
    return hrefs(page, nodes)


def rel_links(page: Page, *rels: str) -> list[str]:
    """<link>/<a> with rel=next/prev..."""
    want = set(rels)
    nodes = [n for n in page.tree.iter("link", "a")
             if want & set((n.get("rel") or "").lower().split())]
    return hrefs(page, nodes)


# ---------------------------------------------------------------- metadata

def json_ld(tree) -> list[dict]:
    """Every JSON-LD object of the page, @graph flattened; unparsable blocks skipped."""
    out: list[dict] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").lower().strip() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        if not raw or len(raw) > 1_000_000:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = [data]
        while stack and len(out) < 200:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                out.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(reversed(item["@graph"]))
    return out


def ld_types(obj: dict) -> set[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return {t}
    if isinstance(t, list):
        return {x for x in t if isinstance(x, str)}
    return set()


def ld_name(value) -> str | None:
    """A schema.org author/publisher value (str, dict or list of them) as one name."""
    if isinstance(value, str):
        return norm_ws(value) or None
    if isinstance(value, dict):
        name = value.get("name")
        return norm_ws(name) if isinstance(name, str) and name.strip() else None
    if isinstance(value, list):
        names = [n for n in (ld_name(v) for v in value[:10]) if n]
        return ", ".join(names) or None
    return None


def site_name(page: Page, markup: str | None = None) -> str | None:
    """og:site_name / application-name, else the text of the platform's `markup` (CSS)."""
    name = meta(page.tree, "og:site_name", "application-name")
    if not name and markup:
        name = inline_text(first(page.tree, markup))
    return norm_ws(name)[:300] or None if name else None


def html_title(page: Page) -> str | None:
    node = first(page.tree, "title")
    return inline_text_raw(node) or None


def inline_text_raw(node) -> str:
    """<title> text (node_text skips <title> as non-body)."""
    if node is None:
        return ""
    return norm_ws("".join(node.itertext()))[:1000]


# ---------------------------------------------------------------- language

_FR = frozenset("le la les des est et une un du pour dans que qui sur pas avec au aux ce cette sont nous"
                " vous il elle mais ou par plus".split())
_EN = frozenset("the and of to is in that for with on are this it be as was at by from have not you".split())
_WORD_RE = re.compile(r"[a-zà-ÿ']+")


def detect_language(tree, text: str | None) -> str | None:
    """<html lang> (or content-language / og:locale), else a French/English stopword count."""
    if tree is not None:
        lang = tree.get("lang") or tree.get("xml:lang") or meta(tree, "og:locale")
        if not lang:
            for node in tree.iter("meta"):
                if (node.get("http-equiv") or "").lower() == "content-language":
                    lang = node.get("content")
                    break
        if lang:
            code = re.split(r"[-_,; ]", lang.strip().lower())[0]
            if re.fullmatch(r"[a-z]{2,3}", code):
                return code
    if not text:
        return None
    words = _WORD_RE.findall(text[:20000].lower())
    fr = sum(w in _FR for w in words)
    en = sum(w in _EN for w in words)
    if max(fr, en) < 3:
        return None
    return "fr" if fr >= en else "en"


# ---------------------------------------------------------------- comments

_CLOSED_RE = re.compile(
    r"commentaires?\b[^.]{0,40}\b(?:ferm[ée]s?|d[ée]sactiv[ée]s?)|comments?\s+(?:are\s+|is\s+)?closed"
    r"|commenting\s+(?:is\s+)?closed|comments\s+(?:are\s+)?disabled", re.I)


def says_closed(text: str | None) -> bool:
    return bool(text) and len(text) < 300 and bool(_CLOSED_RE.search(text))


def closed_notice(page: Page, candidates: str, exclude: Iterable = ()) -> bool:
    """True when a short notice among `candidates` says comments are closed."""
    excluded = list(exclude)
    for node in css(page.tree, candidates):
        if excluded and within_any(node, excluded):
            continue
        if says_closed(inline_text(node)):
            return True
    return False



# ---------------------------------------------------------------- dates and metadata

def date_of(node, now: datetime | None = None) -> tuple[str | None, str | None]:
    """(ISO, raw) of a date node: its datetime/title/content attribute, else its text.

    raw is the string that was parsed, so a wrong date can be traced to its source.
    """
    from .dates import parse_date

    if node is None:
        return None, None
    for attr in ("datetime", "title", "content"):
        value = (node.get(attr) or "").strip()
        if value:
            iso = parse_date(value, now=now)
            if iso:
                return iso, value[:200]
    text = inline_text(node)
    if not text:
        return None, None
    return parse_date(text, now=now), text[:200]


_PUBLISHED_META = ("article:published_time", "og:article:published_time", "datePublished",
                   "dc.date.issued", "dcterms.created", "dc.date", "date", "pubdate", "publish-date",
                   "sailthru.date", "parsely-pub-date")


def meta_published(page: Page) -> tuple[str | None, str | None]:
    """(ISO, raw) from <meta> publication dates, then JSON-LD datePublished."""
    from .dates import parse_date

    raw = meta(page.tree, *_PUBLISHED_META)
    if raw and parse_date(raw, now=page.now):
        return parse_date(raw, now=page.now), raw[:200]
    for obj in json_ld(page.tree):
        value = obj.get("datePublished") or obj.get("dateCreated")
        if isinstance(value, str) and parse_date(value):
            return parse_date(value), value[:200]
    return None, None


def meta_author(page: Page) -> str | None:
    """Author from <meta name=author>, JSON-LD (article objects first), rel=author."""
    value = meta(page.tree, "author", "article:author", "dc.creator", "parsely-author", "sailthru.author")
    if value and not re.match(r"https?://", value):
        return norm_ws(value)[:300]
    for obj in json_ld(page.tree):
        if ld_types(obj) & ARTICLE_TYPES and obj.get("author"):
            name = ld_name(obj.get("author"))
            if name:
                return name[:300]
    node = first(page.tree, "a[rel~='author'], [itemprop='author'] [itemprop='name'], [itemprop='author']")
    name = inline_text(node)
    return name[:300] if name else None


ARTICLE_TYPES = frozenset({
    "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "Report", "TechArticle",
    "ScholarlyArticle", "LiveBlogPosting", "SocialMediaPosting", "Posting",
})
NEWS_TYPES = frozenset({"NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
                        "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle"})
FORUM_TYPES = frozenset({"DiscussionForumPosting", "QAPage", "Question"})


def strip_label(text: str, *labels: str) -> str:
    """Text without a leading label such as "Publié par" / "Par" / "Posted by"."""
    text = norm_ws(text)
    for label in labels:
        if text.lower().startswith(label.lower()):
            return text[len(label):].strip(" :,-\u00bb")
    return text


def fill_thread(parsed, posts: list) -> None:
    """A forum thread page: its posts, the opener's author and date, the text of all posts in order."""
    parsed.posts = posts
    if posts and posts[0].position == 1:
        parsed.author, parsed.published = posts[0].author, posts[0].published
        parsed.published_raw = posts[0].published_raw
    parsed.text = "\n\n".join(p.text for p in posts if p.text)
    parsed.links = uniq(u for p in posts for u in p.links)


# ---------------------------------------------------------------- boilerplate inside a body container

# What themes, plugins and CMS templates put inside the post body without being the post: named
# by their class or id words (related-posts, share-bar, author-box, newsletter-signup, ad-slot...).
_BOILER_WORD_RE = re.compile(
    r"(?:^|[-_])(?:related|share|sharing|sharedaddy|social|newsletter|subscribe|subscription|signup"
    r"|author|authors|advert|advertisement|ads?|promo|popular|recirc|recirculation|jp-relatedposts"
    r"|yarpp|donate|donation|republish|respond|modal|popup|paywall|restricted|toc|rating|ratings)(?:$|[-_])",
    re.I)

_BOILER_TAGS = frozenset({"aside", "form", "nav", "textarea"})
_BOILER_BLOCKS = frozenset({"div", "section", "ul", "footer", "header", "figure", "span"})
MAX_BOILER_SHARE = 0.5  # a "related" wrapper holding half of the body is the body's wrapper


def inner_boilerplate(container, text_len: int | None = None) -> list:
    """Outermost elements inside `container` that are not its text: asides, forms, navigation, and
    blocks whose class or id names a share bar, related posts, an author box, a newsletter form,
    an ad, a comment form, a modal, a paywall box, a table of contents or a rating widget (never
    "widget": page builders name their content blocks so). A match holding more than half of the
    container's text is kept (a wrapper)."""
    if container is None:
        return []
    total = text_len if text_len is not None else len(node_text(container))
    out: list = []
    skip_below = None
    for node in container.iterdescendants():
        if skip_below is not None:
            if inside(node, skip_below):
                continue
            skip_below = None
        tag = node.tag
        if not isinstance(tag, str):
            continue
        hit = tag in _BOILER_TAGS
        if not hit and tag in _BOILER_BLOCKS:  # not headings or paragraphs: their ids are their words
            names = (node.get("class") or "") + " " + (node.get("id") or "")
            if names.strip():
                hit = any(_BOILER_WORD_RE.search(word) for word in names.split())
        # (A <form> may wrap a whole ASP.NET page; a <textarea> is never the text of the body.)
        if hit and (tag == "textarea" or total <= 0
                    or len(node_text(node, limit=total)) <= MAX_BOILER_SHARE * total):
            out.append(node)
            skip_below = node
    return out
