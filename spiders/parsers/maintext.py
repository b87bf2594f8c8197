"""The main text of a page and what sits around it: trafilatura for the text, metadata and
htmldate for the date, engine bylines and headings. Shared by the generic path (generic.py) and the
family parsers (wordpress, blogger, dotclear, news, forums...), below all of them: it imports none of them."""
from __future__ import annotations

import re
from copy import deepcopy
from urllib.parse import urlsplit

import lxml.html

from .boilerplate import BOILERPLATE
from .caps import MAX_FIELD_CHARS
from .consent import drop_consent_dialogs
from .links import links_in
from .names import strip_label
from .page import Page
from .pubdates import date_of, labelled_update, meta_published
from .selection import css, first, first_of, inside
from .text import clean_text, inline_text, node_text, norm_ws
from .urls import uniq

SIDEBARS = "aside, #sidebar, .sidebar, #secondary, .widget-area, .widget, #rightbar, #leftbar"  # Canalblog: #rightbar
BLOGROLL = ".widget_links, .blogroll, #blogroll, .widget.LinkList, .widget.BlogList"
_COMMENTS = "#comments, .comments, .comment, .comment-wrapper, section.comments"  # readers' words, not the post's


class Main:
    """What trafilatura found: main text and its links, plus its metadata guesses.

    `author` and `date` come from trafilatura's metadata extraction (htmldate's extensive date
    search among others), which costs more than the text itself: it runs when first read.
    """

    __slots__ = ("text", "links", "title", "_author", "_date", "_meta")

    def __init__(self, text: str = "", links: list[str] | None = None, title: str | None = None,
                 author: str | None = None, date: str | None = None, meta=None):
        self.text = text
        self.links = [] if links is None else links
        self.title = title
        self._author, self._date, self._meta = author, date, meta

    def _load(self) -> None:
        meta, self._meta = self._meta, None
        if meta is not None:
            self._author, self._date = meta()

    @property
    def author(self) -> str | None:
        self._load()
        return self._author

    @property
    def date(self) -> str | None:
        self._load()
        return self._date


# trafilatura's time grows faster than linearly with the number of elements: a hostile
# 5 MB page would take minutes. Past these sizes, its fallbacks are skipped, then itself.
FAST_ELEMENTS = 12_000
MAX_ELEMENTS = 40_000
NOT_CONTENT = ("nav, header, footer, aside, form, .sidebar, #sidebar, #comments, .comments,"
               " .menu, .breadcrumb, .breadcrumbs, [role='navigation'], [role='banner'], [role='contentinfo']")


def size_of(page: Page) -> int:
    """Number of elements of the page (cached): the cost driver of full-page extractors."""
    if "size" not in page._cache:
        page._cache["size"] = sum(1 for _ in page.tree.iter()) if page.tree is not None else 0
    return page._cache["size"]


def plain_main(page: Page) -> Main:
    """Cheap main text: the <main>/<article> (else body) without navigation, sidebars and forms."""
    node = first_of(page.tree, "main", "[role='main']", "article", "#content", "body")
    if node is None:
        return Main()
    drop = css(node, NOT_CONTENT + ", " + BOILERPLATE)
    return Main(text=node_text(node, drop), links=links_in(page, node, drop),
                title=inline_text(first(page.tree, "h1")) or None)


MIN_MAIN = 250  # characters: below this, trafilatura missed the body; ask for recall


def _xml_text(body) -> str:
    """Text of trafilatura's XML output (its own text output re-decodes escaped markup)."""
    if body is None:
        return ""
    for node in body.iter("head"):  # trafilatura's headings, not an HTML <head>
        node.tag = "h3"
    return node_text(body)


_DATE_PARAMS = {"extensive_search": True, "original_date": True}


def _title_of(tree) -> str | None:
    """The title trafilatura's metadata extraction gives (`extract_metadata(...).title`), without
    the rest of that extraction: <meta> tags, JSON-LD, then the page's headings and <title>."""
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_title
    from trafilatura.settings import Document

    doc = examine_meta(tree)
    try:
        doc = extract_meta_json(tree, doc)
    except Exception:  # as trafilatura does: bugs in its JSON-LD reader
        pass
    title = doc.title or extract_title(tree)
    out = Document()
    out.title = title
    out.clean_and_trim()
    return out.title


def _author_date(page: Page):
    """(author, date) as trafilatura's metadata extraction finds them on an untouched tree of the
    page (parsed when first read)."""
    def run() -> tuple[str | None, str | None]:
        from trafilatura.metadata import extract_metadata
        from trafilatura.utils import load_html
        try:
            tree = load_html(page.markup)
            if tree is None:
                return None, None
            doc = extract_metadata(tree, page.url or None, dict(_DATE_PARAMS), False, set())
        except Exception:  # metadata extraction on hostile markup
            return None, None
        return norm_ws(doc.author or "") or None, doc.date or None
    return run


# HTML5 says a page has one <main> (or one element of role main) and that an <article> is a
# self-contained composition: when a page has exactly one of these, its main text is inside.
SCOPES = ("main", "[role='main']", "article")
MIN_SCOPE = 500  # characters of text: a smaller container is a hero banner or a wrapper, not the body
MIN_SCOPE_SHARE = 0.4  # trafilatura keeping less of the container than this: the body is elsewhere


def content_scope(page: Page):
    """The page's one <main>, else its one role=main element, else its one <article> (None when
    none is unique or the one there holds too little text to be the body)."""
    if "scope" not in page._cache:
        page._cache["scope"] = _content_scope(page)
    return page._cache["scope"]


def _content_scope(page: Page):
    for expr in SCOPES:
        nodes = css(page.tree, expr)
        if len(nodes) == 1:
            if len(node_text(nodes[0], limit=MIN_SCOPE)) >= MIN_SCOPE:
                return nodes[0]
            return None
        if nodes:
            return None
    return None


def _streamed(page: Page, scope) -> bool:
    """True when React's streaming rendering left placeholders in the container (<template id="B:0">)
    whose content was sent later, at the end of the body (<div hidden id="S:0">), for a script to move."""
    return any((t.get("id") or "").startswith("B:") for t in scope.iter("template"))


def _scoped_tree(node):
    """A document holding a copy of `node` alone (trafilatura copies what it is given once more)."""
    root = lxml.html.Element("html")
    body = lxml.html.Element("body")
    root.append(body)
    node = deepcopy(node)
    node.tail = None
    body.append(node)
    return root


def _bare(source, url: str | None, precision: bool, comments: bool, size: int, metadata: bool):
    """trafilatura's document for `source` (markup or tree): its balanced mode (or precision mode),
    then recall mode when that keeps (almost) nothing; None when it finds nothing."""
    from trafilatura import bare_extraction

    doc = None
    for mode in (("precision" if precision else "balanced"), "recall"):
        try:
            doc = bare_extraction(
                source, url=url, favor_precision=mode == "precision", fast=size > FAST_ELEMENTS,
                # include_links changes what trafilatura keeps (measured: word-F1 0.929 -> 0.895
                # on WCXB's generic articles): the links are found apart, in main_links().
                favor_recall=mode == "recall", include_comments=comments, include_links=False,
                include_tables=True, include_images=False, with_metadata=metadata, deduplicate=False,
                date_extraction_params=dict(_DATE_PARAMS),
            )
        except Exception:  # trafilatura on hostile markup: fall back rather than fail the page
            doc = None
        if doc is not None and len(getattr(doc, "text", "") or "") >= MIN_MAIN:
            break
    return doc


def _doc_text(doc, comments: bool) -> str:
    text = _xml_text(getattr(doc, "body", None)) or clean_text(doc.text or "")
    if comments:
        extra = _xml_text(getattr(doc, "commentsbody", None))
        text = (text + "\n" + extra).strip() if extra else text
    return text


def extract_main(page: Page, precision: bool = False, comments: bool = False) -> Main:
    """trafilatura on the page: its balanced mode (or precision mode), then recall mode when that
    keeps (almost) nothing. `comments` keeps the page's comment threads (forum-like pages, whose
    "comments" are the discussion itself). Very large pages get the cheap `plain_main` instead.

    When the page has one content container (`content_scope`), trafilatura reads that container
    alone: what lies outside (related posts, newsletter boxes, footers) cannot leak in, and a
    smaller tree is cheaper. When it keeps too little of the container, the whole page is read.
    The page's markup is only parsed again (for trafilatura's metadata: author, date) when read.
    """
    size = size_of(page)
    if size > MAX_ELEMENTS:
        return plain_main(page)
    try:
        from trafilatura.utils import load_html
    except ImportError:  # pragma: no cover - trafilatura is a dependency
        return plain_main(page)
    # Without a URL, trafilatura takes the page's canonical one from its metadata: keep that path.
    lazy = bool(page.url)
    doc = None
    if lazy:
        scope = content_scope(page)
        if scope is not None and not _streamed(page, scope):
            doc = _bare(_scoped_tree(scope), page.url, precision, comments, size, False)
            if doc is not None and len(_doc_text(doc, comments)) < MIN_SCOPE_SHARE * len(node_text(scope)):
                doc = None
        if doc is None:
            try:
                tree = load_html(page.markup)
            except Exception:
                tree = None
            if tree is None:  # what bare_extraction would have found: nothing
                return plain_main(page)
            drop_consent_dialogs(tree)
            doc = _bare(tree, page.url, precision, comments, size, False)
    else:
        doc = _bare(page.markup, None, precision, comments, size, True)
    if doc is None:
        return plain_main(page)
    text = _doc_text(doc, comments)
    if lazy:
        try:
            title = norm_ws(_title_of(page.tree) or "") or None
        except Exception:
            title = None
    else:
        title = norm_ws(doc.title or "") or None
    # trafilatura keeps the <h1> in the body; the title is a field of its own.
    if title and text.split("\n", 1)[0].strip() == title:
        text = text.split("\n", 1)[1] if "\n" in text else ""
    links = main_links(page, text)
    if lazy:
        return Main(text=text[:MAX_FIELD_CHARS], links=links, title=title, meta=_author_date(page))
    return Main(text=text[:MAX_FIELD_CHARS], links=links, title=title,
                author=norm_ws(doc.author or "") or None, date=doc.date or None)


_LINK_SCOPE_DROP = "nav, header, footer, aside, form, [role='navigation'], .sidebar, #sidebar, .menu"


def main_links(page: Page, text: str) -> list[str]:
    """Links of the main text: anchors whose enclosing block reads as a passage of `text`."""
    if not text or page.tree is None:
        return []
    flat = norm_ws(text.replace("\n", " "))
    out = []
    found: dict = {}  # block -> its text reads in `text` (many anchors share a block)
    for a in page.tree.iter("a"):
        href = a.get("href")
        if not href:
            continue
        block = a.getparent()
        while block is not None and block.tag not in _BLOCKS:
            block = block.getparent()
        if block is None:
            anchor = inline_text(a)
            probe = anchor[:80] if len(anchor) >= 20 else ""
            ok = bool(probe) and probe in flat
        else:
            ok = found.get(block)
            if ok is None:
                context = inline_text(block)
                probe = context[:80] if len(context) >= 20 else ""
                ok = found[block] = bool(probe) and probe in flat
            if ok:
                anchor = inline_text(a)
        if ok and (not anchor or anchor in flat):
            out.append(page.url_(href))
    return uniq(out)


_BLOCKS = frozenset(("p", "li", "td", "dd", "blockquote", "h2", "h3", "h4", "div", "article", "body"))


def _htmldate(page: Page, extensive: bool = True) -> str | None:
    if size_of(page) > MAX_ELEMENTS:
        return None
    try:
        from htmldate import find_date
        found = find_date(page.tree, extensive_search=extensive, original_date=True)
    except Exception:  # htmldate on hostile markup
        return None
    return None if found and extensive and _year_only(page, found) else found


def _year_only(page: Page, found: str) -> bool:
    """True for a 1 January that only a year stands behind: htmldate's last resorts (the footer's
    copyright year, a lone year in the text) answer YYYY-01-01. On undated pages (guides, landing
    pages) that made dozens of posts share one day, a burst nobody posted. A 1 January that the
    page's markup states (metadata, <time>, URL) is found again without the text search."""
    return found[5:10] == "01-01" and "T" not in found and _htmldate(page, extensive=False) != found[:10]


# hAtom's machine-readable dates (microformats: the title of abbr.published / .dtstart is an ISO date);
# SPIP's article.html writes `<abbr class="published" title="2025-03-04T09:12:00Z">mardi 4 mars 2025</abbr>`.
MACHINE_DATES = "abbr.published[title], .published[title], abbr.dtstart[title], .dtstart[title]"


def machine_date(page: Page, scope=None) -> tuple[str | None, str | None]:
    """(ISO, raw) of the post's hAtom machine date: the first in `scope`, else the page's one date of
    that kind outside comments and sidebars (several distinct ones belong to a list)."""
    if scope is not None:
        nodes = css(scope, MACHINE_DATES)[:1]
    else:
        nodes = post_nodes(page, MACHINE_DATES)
        if len({n.get("title") for n in nodes}) != 1:
            return None, None
    for node in nodes[:1]:
        iso, raw = date_of(node, page.now)
        if iso:
            return iso, raw
    return None, None


def post_nodes(page: Page, expr: str, scope=None) -> list:
    """The nodes matching `expr` (within `scope`, else the page) outside the comments and the sidebars."""
    drop = css(page.tree, _COMMENTS + ", " + SIDEBARS)
    return [n for n in css(scope if scope is not None else page.tree, expr) if not any(inside(n, d) for d in drop)]


QUOTATION_NODES = "blockquote, q"
MAX_QUOTATIONS = 50


def quotations(page: Page) -> list[str]:
    """The passages an article marks as someone else's words (`<blockquote>`, `<q>`, an embedded post), outside
    its comments and sidebars: the outermost ones, in page order, at most MAX_QUOTATIONS. A lawyer quotes the
    law word for word as every other lawyer does: the near-duplicate models pair no posts on such passages
    alone (int_post_words.quoted_shingles)."""
    out: list[str] = []
    kept: list = []
    for node in post_nodes(page, QUOTATION_NODES):
        if any(inside(node, k) for k in kept):
            continue
        kept.append(node)
        passage = norm_ws(node_text(node))
        if passage:
            out.append(passage[:MAX_FIELD_CHARS])
        if len(out) >= MAX_QUOTATIONS:
            break
    return uniq(out)


# A post's date node, in its scope: the usual classes
DATE_NODES = "time, .published, .entry-date, .post-date, .date, .field--name-created"  # <time> without datetime: Elementor
# ... else, under the title in the title's own block, an element whose class names a date (Newsup's
# span.mg-blog-date beside the h1, Eklablog's span.article_info_date), never an update's: anywhere else on
# the page such nodes date related posts, comments and last updates (WCXB: 10 pages lost their day)
TITLE_DATE_NODES = ", ".join(f"{tag}[class*='date']:not([class*='updat']):not([class*='modif'])"
                             for tag in ("time", "span", "div", "p"))
_UPDATE_WORDS = re.compile(r"\b(?:updated?|mis\s+[àa]\s+jour|modifi[ée]|reviewed|révisé)\b", re.I)


def _title_block_dates(page: Page) -> list:
    """Date nodes (DATE_NODES, TITLE_DATE_NODES) under the <h1>, within its parent or grandparent (the block of the
    title and its byline), outside comments and sidebars, not naming an update."""
    h1 = first(page.tree, "h1")
    block = h1
    for _ in range(2):
        block = block.getparent() if block is not None else None
        if block is None or block.tag in ("body", "html"):
            return []
        nodes = [n for n in _after_title(page, post_nodes(page, DATE_NODES + ", " + TITLE_DATE_NODES, block))
                 if not _UPDATE_WORDS.search(inline_text(n) or "")]
        if nodes:
            return nodes
    return []


def _after_title(page: Page, nodes: list) -> list:
    """The nodes that follow the page's <h1> in document order: on a page with no <article> (Eklablog's
    div.module_contenu), the post's date is under its title, a header's or a teaser's is not."""
    h1 = first(page.tree, "h1")
    if h1 is None or not nodes:
        return []
    wanted = {id(n) for n in nodes}
    out, seen_title = [], False
    for el in page.tree.iter():
        if el is h1:
            seen_title = True
        elif seen_title and id(el) in wanted:
            out.append(el)
    return out


def published(page: Page, scope=None, main: Main | None = None) -> tuple[str | None, str | None]:
    """Best publication date: metadata, then a <time>/date node of the content, then htmldate; where
    these give the day only, an hAtom machine date holding the time of day is preferred."""
    iso, raw = meta_published(page)
    if not iso:
        # Outside the article, dates are those of sidebars and related posts. Drupal prints the
        # node's created field as plain text ("mar 04/03/2025 - 09:12") in its byline.
        # Without an article, the date under the title (not a related post's: WCXB's universityhealth.com)
        # A comment's date is a reader's, even where the theme puts the comments inside the post's element.
        nodes = (post_nodes(page, DATE_NODES, scope) or _title_block_dates(page)) if scope is not None \
            else _title_block_dates(page)
        for node in nodes:
            # "Updated: December 09, 2025", or a label before it: "Last updated <time>"
            if _UPDATE_WORDS.search(inline_text(node) or "") or labelled_update(node):
                continue
            iso, raw = date_of(node, page.now)
            if iso:
                if "T" not in iso:
                    iso, raw = _timed_line(page, node, iso[:10]) or (iso, raw)
                break
    if iso and "T" in iso:
        return iso, raw
    machine = machine_date(page, scope)
    if machine[0] and ("T" in machine[0] or not iso):
        return machine
    if not iso and main and main.date and not _year_only(page, main.date):  # trafilatura's date is htmldate's too
        iso = raw = main.date
    if not iso:
        iso = raw = _htmldate(page)
    if iso:
        return _timed_byline(page, scope, iso[:10]) or (iso, raw)
    return None, None


def _day_and_time(page: Page, text: str, day: str) -> tuple[str, str] | None:
    """(ISO, raw) when a short line `text` states `day` with its time of day."""
    from .dates import parse_date

    iso = parse_date(text, now=page.now)
    return (iso, text) if iso and "T" in iso and iso[:10] == day else None


def _timed_line(page: Page, node, day: str) -> tuple[str, str] | None:
    """(ISO, raw) of the short line around a date node that gives `day` with its time of day: Elementor's
    post-info prints the day and the time in sibling items ("août 6, 2026" then "13:32")."""
    for line in list(node.iterancestors())[:4]:
        text = inline_text(line)
        if not text or len(text) > 120:
            return None
        if found := _day_and_time(page, text, day):
            return found
    return None


# The post's own byline lines, where a theme that heads the post with its day writes the time ("Rédigé par
# Manon le 29 octobre 2024 à 8h52 dans Placements": Movable Type's and Typepad's entry footer under a
# `h2.date-header` of the day).
BYLINE_LINES = ".post-footers, .entry-footer, .post-footer, .postmetadata, .post-info, .entry-meta, .byline, .posted"


def _timed_byline(page: Page, scope, day: str) -> tuple[str, str] | None:
    """(ISO, raw) of the first short byline line of the post that states `day` with its time of day."""
    for node in post_nodes(page, BYLINE_LINES, scope):
        text = inline_text(node)
        if text and len(text) <= 200 and (found := _day_and_time(page, text, day)):
            return found
    return None


# Drupal's byline: the node's author field (`field--name-uid`), printed by username.html.twig (an
# `a.username`, or a bare <span> for visitors who may not see profiles) in node.html.twig's meta block:
# Olivero `.node__meta > span.node__submitted-info`, Bartik/Classy `.node__submitted`, Drupal 7 `.submitted`.
# Joomla's info block (layouts/joomla/content/info_block/author.php, Joomla 3 to 5): `dl.article-info >
# dd.createdby` "Écrit par : <span>name</span>" (COM_CONTENT_WRITTEN_BY), the name linked when the author has a
# contact page.
BYLINES = (".node__meta .field--name-uid, .node__submitted .field--name-uid, .submitted .field--name-uid",
           ".node__meta .username, .node__submitted .username, .submitted .username, .node__author",
           ".article-info .createdby")
UNVERIFIED = re.compile(r"\s*\((?:non vérifié|not verified)\)$", re.I)  # Drupal's mark of anonymous names


def byline_author(page: Page) -> str | None:
    """The post's author from its engine's byline markup (Drupal), outside comments and sidebars."""
    for expr in BYLINES:
        for node in post_nodes(page, expr):
            name = UNVERIFIED.sub("", strip_label(inline_text(node), "écrit par", "written by", "par", "by"))
            if name:
                return name
    return None


# SPIP's article.html prints an article as its standfirst, text, "see online" link, postscript and notes,
# sibling blocks `div.chapo`, `div.texte`, `p.hyperlien`, `div.ps`, `div.notes`: all are the article's (without
# a <main>, trafilatura drops the chapo).
PARTS = ("chapo", "texte", "hyperlien", "ps", "notes")


def article_parts(page: Page) -> tuple[str, list[str]] | None:
    """(text, links) of an article written as SPIP's chapo + texte + ps blocks; None when the page
    has no single `.texte` with a `.chapo` or `.ps` beside it."""
    texts = post_nodes(page, ".texte")
    if len(texts) != 1 or texts[0].getparent() is None:
        return None
    parts = [n for n in texts[0].getparent()
             if isinstance(n.tag, str) and set(PARTS) & set((n.get("class") or "").split())]
    if len(parts) < 2:
        return None
    out, links = [], []
    for part in parts:
        skip = css(part, BOILERPLATE)
        out.append(node_text(part, skip))
        links += links_in(page, part, skip)
    return "\n".join(t for t in out if t)[:MAX_FIELD_CHARS], uniq(links)


def _permalink_heading(page: Page) -> str | None:
    """The heading that links to the page itself: a post's title where the <h1> is the blog's name
    (Canalblog, Dotclear and old Blogger themes)."""
    here = page.url.split("#", 1)[0]
    if not here:
        return None
    for a in css(page.tree, "h1 a[href], h2 a[href], h3 a[href]"):
        href = a.get("href") or ""
        if "#" not in href and page.url_(href) == here:  # "#respond": the reply form's "cancel" link
            return inline_text(a) or None
    return None


def _entry_heading(page: Page) -> str | None:
    """The post's own heading where the <h1> is the blog's name, linked to its home (Typepad's and
    Movable Type's h3.entry-header, old themes' h2.post-title): the one hAtom-style title of the page."""
    h1 = first(page.tree, "h1")
    home = first(h1, "a[href]") if h1 is not None else None
    if h1 is not None:  # the blog's name links to the blog's home, above this page (/ or /blog/)
        up = urlsplit(page.url_(home.get("href")) or "").path.rstrip("/") + "/" if home is not None else None
        if not up or up == page.path.rstrip("/") + "/" or not page.path.startswith(up):
            return None
    found = css(page.tree, ".entry-title, .entry-header, .post-title")
    found = [n for n in found if n.tag in ("h1", "h2", "h3", "h4")]
    return inline_text(found[0]) or None if len(found) == 1 else None


def listing_text(nodes, drop: str = "") -> str:
    """Text of a listing's items (titles and excerpts), one block per item; `drop` (CSS) left out."""
    expr = BOILERPLATE + (", " + drop if drop else "")
    texts = (node_text(n, css(n, expr)) for n in nodes)
    return "\n\n".join(t for t in texts if t)[:MAX_FIELD_CHARS]
