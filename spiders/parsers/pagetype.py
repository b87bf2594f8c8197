"""Page type from what a page holds: a post, a listing of posts, a site's home, or other.

A page is a post because of what it holds, not because of its address: engines publish posts at
`/?p=123`, `spip.php?article12`, `/rubrique/titre_1234.html` or `/Titre-de-l-article`, and listings
at addresses just as varied. `judge()` scores the evidence each way and says why:

- post: schema.org article markup (JSON-LD or microdata) or OpenGraph `og:type=article` /
  `article:published_time`; one hAtom `hentry` / one `<article>` holding the text; `rel=bookmark` to
  the page itself; WordPress's `rel=shortlink`; a comment section or comment form; a title with a
  date next to it; a long main text; a post-like address (a hint only).
- listing: several teasers (repeated items each linking to a distinct post of the site), several
  dated headings, repeated article microdata; a listing-like address (a hint only).
- home: the site's root (`/`, `/index.php`, `/?lang=fr`), unless its query names a content item
  (`/?p=123`, `/?page_id=2`, `/spip.php?article12`, `/index.php?option=com_content&view=article`).

Shared by the blog and news parsers (generic, wordpress, news, dotclear, blogger) where their
engine's own marks (body classes) do not decide. Engine templates it was written against are
cited in docs/markup-families.md ("Page types by content").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

from .dates import parse_date
from .jsonld import ARTICLE_TYPES, FORUM_TYPES, json_ld, ld_types
from .maintext import MAX_ELEMENTS, plain_main, size_of
from .page import Page
from .selection import css, first, inside, meta, within_any
from .text import inline_text, node_text
from .urls import abs_url, site_host

POST_MIN = 3.0  # points of post evidence that make a post
LISTING_MIN = 3.0  # points of listing evidence that make a listing
MIN_BODY = 500  # characters of main text under a dated title: a story, not a caption
LONG_TEXT = 1000  # characters of main text: a page that says something at length
VERY_LONG_TEXT = 3000
TEASER_CHARS = 600  # a teaser's text counts up to this: a title and an excerpt
TEASER_SHARE = 0.5  # a listing's main text is mostly its teasers; an article's related posts are a side
WHOLE_SHARE = 0.8  # one or two teasers holding this share of the main text are the page's whole content

# Query keys that leave a root address the site's home (language, tracking, display switches).
NEUTRAL_KEYS = frozenset({"lang", "l", "hl", "locale", "language", "lng", "ref", "from", "src", "amp",
                          "preview", "v", "theme", "mobile"})
# Query keys that name one content item: WordPress (p, page_id, attachment_id), SPIP (id_article,
# id_breve), Joomla (id with option=com_content), Drupal (q=node/12), Dotclear/PluXml (post).
CONTENT_KEYS = frozenset({"p", "page_id", "attachment_id", "post", "postid", "post_id", "id_article",
                          "id_breve", "article", "story", "nid", "item", "itemid", "news", "newsid"})
_CONTENT_BARE = re.compile(r"^(?:article|breve|post|billet)\d+$", re.I)  # SPIP `?article12`, PluXml `?article3`
# SPIP's `spip.php?page=<squelette>` serves a template by name (plan, recherche, backend, contact...):
# only `page=article` / `page=breve` show a post.
_SPIP_TEMPLATE = re.compile(r"/spip\.php$", re.I)

# Address hints (path + "?" + query). Posts: WordPress date and /archives/N permalinks (also behind
# /index.php/), SPIP (spip.php?article12, /article12.html, page=article), news CMSs (titre_1234.html,
# titre-1234.html, 1234-titre.html), Blogger/Overblog/Canalblog (/2025/03/slug.html), Drupal
# (/node/12), Joomla (view=article), Substack (/p/slug), Medium (/@user/slug-1a2b3c4d5e6f), Ghost
# and Hugo (/posts/slug/, /blog/slug/).
_POST_URL = re.compile(
    r"/\d{4}/\d{2}/(?:\d{2}/)?[^/?]+(?:\.html?|/)?(?:\?|$)|/archives/\d+(?:\.html)?/?(?:\?|$)|"
    r"[?&](?:p|page_id|id_article|id_breve)=\d+|spip\.php\?(?:article|breve)\d+|[?&]page=(?:article|breve)\b|"
    r"/(?:article|breve)\d+(?:\.html)?(?:\?|$)|/[^/?]+[_-]\d{3,}\.s?html?(?:\?|$)|/\d{3,}-[^/?]+\.s?html?(?:\?|$)|"
    r"[/?]article\d+/[^/?&]+$|"  # PluXml, with URL rewriting or without: /article12/titre, index.php?article12/titre
    r"/node/\d+/?(?:\?|$)|[?&]view=article\b|/p/[^/?]+/?(?:\?|$)|/@[^/]+/[^/?]+-[0-9a-f]{8,12}/?(?:\?|$)|"
    r"/(?:posts?|blog|billets?|articles?|actualites?|news)/[^/?]{8,}/?(?:\?|$)", re.I)
# Listings: pagination, categories, tags, authors, archives, SPIP rubriques (spip.php?rubrique3,
# /-Rubrique-/, page=rubrique), Blogger labels and searches, Drupal taxonomy, Joomla category views.
_LISTING_URL = re.compile(
    r"/page/\d+/?(?:\?|$)|[?&](?:paged|page|start|debut_articles|debut_\w+|pg)=\d+|"
    r"/(?:category|categorie|categories|tag|tags|etiquette|label|author|auteur|theme|rubrique|archives?)/|"
    r"spip\.php\?(?:rubrique|mot|auteur)\d+|[?&]id_rubrique=\d+|[?&]page=(?:rubrique|mot|auteur)\b|"
    r"/rubrique\d+(?:\.html)?(?:\?|$)|/-[^/?]+-/?(?:\?|$)|/(?:19|20)\d{2}(?:/\d{2})?/?(?:\?|$)|"
    r"[?&](?:cat|tag|m)=|/taxonomy/term/\d+|[?&]view=(?:category|featured)\b|/search/", re.I)

# Teasers: repeated items of a listing. hAtom entries (WordPress, SPIP's `li.hentry`), <article>s,
# Drupal teasers and views rows, Joomla blog items, Blogger/Dotclear posts, Hugo/Jekyll list items.
# Each group is tried alone (a wrapper of one group must not swallow the items of another).
TEASERS = ("article", ".hentry, .h-entry", ".post, .post-preview, .post-entry, .post-item, .entry",
           ".blog-item, .item, .card", ".node--view-mode-teaser, .node-teaser, .views-row",
           ".teaser, .news-item, .ob-post", ".qa-q-list-item", "li")
# A comment section or form: WordPress (#respond, #comments), SPIP (formulaire_forum, #forum),
# Drupal (comment-wrapper, #comments), Joomla (JComments, Komento), Disqus, Blogger, Dotclear.
COMMENT_MARKS = ("#respond, #commentform, form.comment-form, #comments, .comments, .comment-list, .commentlist,"
                 " .comments-area, #disqus_thread, .formulaire_forum, #forum, .forum-titre, ul.forums,"
                 " .comment-wrapper, section.comments, #jc, #komento, #comment-form, .fb-comments, .wp-block-comments,"
                 " .comment-section, #reactions")
DATE_NODES = ("time, abbr.published, .published, .dt-published, .date, .post-date, .entry-date, .info-publi,"
              " [itemprop='datePublished'], .post-meta, .post-info, .byline, .article-info, .submitted,"
              " .node__meta, .meta, .entry-meta, .date-header, .timestamp")
_TEASER_LINK = ("h1 a[href], h2 a[href], h3 a[href], h4 a[href], .entry-title a[href], a[rel~='bookmark'],"
                " .qa-q-item-title a[href]")
# Not the page's own content. Not `.menu`: SPIP's lists of articles are `div.menu.menu_articles`.
_ASIDE = ("nav, footer, aside, .aside, #sidebar, .sidebar, #secondary, .widget, .widget-area, [role='navigation'],"
          " #nav, .nav, .navbar, .navigation, .breadcrumb, .breadcrumbs")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_ARTICLE_ITEMTYPE = re.compile(r"schema\.org/(" + "|".join(sorted(ARTICLE_TYPES, key=len, reverse=True)) + r")\b")


@dataclass
class Judgement:
    """The page type, the points each way and the evidence, one short phrase per point taken."""

    page_type: str
    post: float = 0.0
    listing: float = 0.0
    evidence: list[str] = field(default_factory=list)
    dated: bool = False  # the page shows (or declares) when it was published
    chars: int = 0  # characters of main text


def _query(url: str) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(url).query, keep_blank_values=True)


def names_content(url: str) -> bool:
    """True when the address's query names one content item (`?p=12`, `?article12`, view=article)."""
    params = _query(url)
    keys = {k.lower() for k, _ in params}
    if keys & CONTENT_KEYS or any(_CONTENT_BARE.match(k) and not v for k, v in params):
        return True
    values = dict((k.lower(), v.lower()) for k, v in params)
    if values.get("view") == "article" or values.get("page") in ("article", "breve"):
        return True
    return bool(re.match(r"^node/\d+$", values.get("q", "")))


def not_a_post(url: str) -> bool:
    """True for SPIP template pages other than a post's: `spip.php?page=plan`, `?page=recherche`..."""
    if not _SPIP_TEMPLATE.search(urlsplit(url).path):
        return False
    value = dict((k.lower(), v.lower()) for k, v in _query(url)).get("page", "")
    return bool(value) and value not in ("article", "breve") and not names_content(url)


def is_home(page: Page) -> bool:
    """The site's root: `/`, `/index.php`, `/spip.php`, with no query or only neutral keys."""
    parts = urlsplit(page.url)
    if parts.path not in ("", "/", "/index.php", "/index.html", "/index.htm", "/spip.php"):
        return False
    if names_content(page.url):
        return False
    # Blogger's mobile switch (?m=1) too; WordPress's ?m=202503 is a month's archive.
    return all(k.lower() in NEUTRAL_KEYS or (k.lower() == "m" and v in ("0", "1")) for k, v in _query(page.url))


def _same_page(page: Page, href: str | None) -> bool:
    url = abs_url(page.base, href)
    if not url:
        return False
    here, there = urlsplit(page.url), urlsplit(url)
    return (site_host(page.url) == site_host(url) and here.path.rstrip("/") == there.path.rstrip("/")
            and here.query == there.query)


def _article_types(page: Page) -> tuple[set[str], list]:
    """(JSON-LD types of the page, elements with article microdata)."""
    types: set[str] = set()
    for obj in json_ld(page.tree):
        types |= ld_types(obj)
    micro = [el for el in page.tree.iter() if isinstance(el.tag, str) and el.get("itemtype")
             and _ARTICLE_ITEMTYPE.search(el.get("itemtype"))]
    return types, micro


def _about_elsewhere(page: Page, item) -> bool:
    """True when an article microdata item names its own URL and it is another page than this one (and
    than its canonical): a teaser of that post (a Canalblog month archive holding one post), not the post.
    The URLs of items nested in it (its author's profile) are not its own."""
    for el in item.iter():
        if not isinstance(el.tag, str) or el.get("itemprop") != "url" or _nested_item(el, item):
            continue
        url = abs_url(page.base, el.get("content") or el.get("href"))
        canonical = first(page.tree, "link[rel='canonical']")
        here = [page.url] + ([abs_url(page.base, canonical.get("href"))] if canonical is not None else [])
        return bool(url) and not any(_same_address(h, url) for h in here if h)
    return False


def _nested_item(el, item) -> bool:
    """True when `el` belongs to an item nested inside `item` (itemscope between them, or its own)."""
    node = el
    while node is not None and node is not item:
        if node.get("itemscope") is not None:
            return True
        node = node.getparent()
    return False


def _same_address(a: str, b: str) -> bool:
    """Same site and path; a query only one side has (Blogger's ?m=1, a tracking tail) changes nothing."""
    here, there = urlsplit(a), urlsplit(b)
    return (site_host(a) == site_host(b) and here.path.rstrip("/") == there.path.rstrip("/")
            and not (here.query and there.query and here.query != there.query))


def _outside(nodes: list, drop: list) -> list:
    return [n for n in nodes if not within_any(n, drop)]


def _outermost(nodes: list) -> list:
    chosen = set(nodes)
    return [n for n in nodes if not any(a in chosen for a in n.iterancestors())]


def teasers(page: Page) -> list:
    """Repeated items that each link (by their first heading link, else their first link) to a
    distinct page of the site other than this one: a listing's teasers (comments and sidebars left out)."""
    if "teasers" not in page._cache:
        drop = css(page.tree, _ASIDE + ", header, " + COMMENT_MARKS)
        found = max((_linking(page, _outermost(_outside(css(page.tree, expr), drop))) for expr in TEASERS), key=len)
        if len(found) < 2:  # no teaser markup that names itself: by structure
            found = max(found, _linking(page, _heading_items(page, drop)), key=len)
        page._cache["teasers"] = found
    return page._cache["teasers"]


MAX_HEADINGS = 200
_NOT_TEASER_TAGS = frozenset({"tr", "td", "th", "tbody", "table", "h2", "h3", "h4"})
_CAROUSEL = re.compile(r"slide|swiper|carousel|slick|glide", re.I)
MAX_TEASER = 1500  # characters: a block found by structure that holds more is a section of a text


def _heading_items(page: Page, drop: list) -> list:
    """Teasers found by structure, whatever their classes (Canalblog's div.blogbody, Skyrock's,
    custom themes'): around each heading that links somewhere, the largest block holding no other
    such heading; the most frequent kind of block (tag and class) among them."""
    heads = [h for h in _outside(css(page.tree, "h2, h3, h4"), drop)
             if first(h, "a[href]") is not None][:MAX_HEADINGS]
    chosen = set(heads)
    kinds: dict[tuple, list] = {}
    for head in heads:
        item = head
        for block in head.iterancestors():
            if block.tag in ("body", "html", "main") or any(
                    other is not head and other in chosen for other in block.iter("h2", "h3", "h4")):
                break
            item = block
        if item.tag in _NOT_TEASER_TAGS or _CAROUSEL.search(item.get("class") or ""):
            continue  # table rows (product and data tables), carousel slides: not a list of posts
        if len(node_text(item, limit=MAX_TEASER + 1)) <= MAX_TEASER:  # longer: a section, not a teaser
            kinds.setdefault((item.tag, item.get("class") or ""), []).append(item)
    return max(kinds.values(), key=len, default=[])


def teaser_links(page: Page) -> list[str]:
    """The post each teaser links to, in page order."""
    return [url for item in teasers(page) if (url := _teaser_url(page, item))]


def _teaser_link(item):
    """An item's link to its post: its heading's link, inside the heading or around it (Medium's previews and
    Ghost's Casper cards: `a > h2`), else its first link (PaperMod's a.entry-link)."""
    link = first(item, _TEASER_LINK)
    if link is None:
        link = _link_around_heading(item)
    return link if link is not None else first(item, "a[href]")


def _link_around_heading(item):
    """The link that holds a heading of `item` (within it), or None."""
    for heading in css(item, "h1, h2, h3, h4"):
        for block in heading.iterancestors():
            if block is item:
                break
            if block.tag == "a" and block.get("href"):
                return block
    return None


def _teaser_url(page: Page, item) -> str | None:
    link = _teaser_link(item)
    return abs_url(page.base, link.get("href")) if link is not None else None


def _titled(item) -> bool:
    """A teaser titled by its link: a heading link, an entry-title or rel=bookmark link, or a link
    that opens the item (SPIP's `li.hentry > strong > a`), not one met inside its text."""
    if first(item, _TEASER_LINK) is not None or _link_around_heading(item) is not None:
        return True
    link = first(item, "a[href]")
    if link is None:
        return False
    before = []  # text met before the link, in document order
    for node in item.iter():
        if node is link:
            break
        if isinstance(node.tag, str):
            before.append(node.text or "")
        if node is not item and not inside(link, node):  # an ancestor's tail comes after the link
            before.append(node.tail or "")
    return not "".join(before).strip()


def _linking(page: Page, items: list) -> list:
    """The items whose link leads to a distinct page of the site, other than this one."""
    host = site_host(page.url)
    seen, out = set(), []
    for item in items:
        link = _teaser_link(item)
        if item.tag == "li" and not _teaser_like(item, link):
            continue  # a bare list of links is a menu or an index, not teasers
        url = abs_url(page.base, link.get("href")) if link is not None else None
        if not url or site_host(url) != host or _same_page(page, url) or url.split("#")[0] in seen:
            continue
        seen.add(url.split("#")[0])
        out.append(item)
    return out


def _teaser_like(item, link) -> bool:
    """A list item that is more than a link: a heading, a date or an excerpt beside its link."""
    if link is None:
        return False
    if first(item, "h2, h3, h4, time, .date, .post-meta, .entry-content, .introduction") is not None:
        return True
    return len(node_text(item, limit=400)) >= len(inline_text(link)) + 40


def _dated(heading, others=()) -> bool:
    """True when a date sits next to the heading: in its container, within a few levels; dates
    inside `others` (teasers of other posts) are theirs."""
    box = heading.getparent()
    for _ in range(3):
        # A box holding other titles is a list (or the page): its dates are theirs.
        if box is None or len(css(box, "h1, h2, h3")) > 2:
            return False
        for node in css(box, DATE_NODES)[:20]:
            if node is heading or heading in node.iterancestors() or within_any(node, others):
                continue
            if node.get("datetime") or node.get("content") and _YEAR.search(node.get("content")):
                return True
            text = inline_text(node)[:200]
            if _YEAR.search(text) and parse_date(text):
                return True
        box = box.getparent()
    return False


def title_heading(page: Page, drop: list | None = None):
    """The one <h2> that is the page's own title: its text opens the page's <title> ("Titre - Site") and it
    links nowhere else (a teaser's title links to its post); None when there is none or several. Read once
    per page (the type, the title, the text and the blogroll ask); `drop`: the sidebars and comment
    sections, when the caller has them."""
    if "title_heading" not in page._cache:
        page._cache["title_heading"] = _title_heading(page, drop)
    return page._cache["title_heading"]


def _title_heading(page: Page, drop: list | None):
    node = first(page.tree, "title")
    title = " ".join("".join(node.itertext()).split()).lower() if node is not None else ""
    if not title:
        return None
    if drop is None:
        drop = css(page.tree, _ASIDE + ", " + COMMENT_MARKS)
    found = []
    for h in _outside(css(page.tree, "h2"), drop)[:30]:
        text = " ".join(inline_text(h).split()).lower()
        a = first(h, "a[href]")
        # a short heading ("Liens") must be the whole title before the site's name ("Liens - Mon blog")
        whole = title == text or title[len(text):].lstrip()[:1] in ("-", "|", "–", "—", ":", "»", "·")
        if text and title.startswith(text) and (len(text) >= 10 or whole) \
                and (a is None or _same_page(page, a.get("href"))):
            found.append(h)
    return found[0] if len(found) == 1 else None


def _dated_headings(page: Page, drop: list, others=()) -> tuple[int, int]:
    """(dated <h1>s, dated <h2>/<h3> linking elsewhere) outside sidebars and comments; an <h1> is not
    dated by the teasers (`others`) below it (a Drupal taxonomy page holding one teaser)."""
    h1 = sum(1 for h in _outside(css(page.tree, "h1"), drop)
             if _dated(h, [o for o in others if not inside(h, o)]))
    linked = [h for h in _outside(css(page.tree, "h2, h3"), drop)
              if (a := first(h, "a[href]")) is not None and not _same_page(page, a.get("href"))]
    return h1, sum(1 for h in linked[:30] if _dated(h))


PAGE_AS_POST = 5.0  # post evidence (points) that makes a long static page an article

# Body classes by which engines mark a static page (about, contact, links) apart from their posts: Ghost's
# page.hbs (`page-template`; posts are `post-template`), PluXml's static mode (`mode-static`). WordPress's
# pages (which say `page-template` too, with `page-id-N`) are wordpress.py's. Not Drupal's basic page
# (`page-node-type-page`): sites publish dated articles as basic pages (WCXB's online.stanford.edu).
STATIC_PAGE_CLASSES = frozenset({"page-template", "mode-static"})


def judge(page: Page, main_text: str | None = None) -> Judgement:
    """Page type of `page` from its content; `main_text` is its extracted main text when known."""
    tree = page.tree
    if tree is None:
        return Judgement("other")
    types, micro = _article_types(page)
    if types & FORUM_TYPES:
        return Judgement("forum_thread", evidence=["forum schema.org type"])
    home = is_home(page)
    j = Judgement("other")

    def post(points: float, why: str) -> None:
        j.post += points
        j.evidence.append(f"post +{points:g}: {why}")

    def listing(points: float, why: str) -> None:
        j.listing += points
        j.evidence.append(f"listing +{points:g}: {why}")

    # Past trafilatura's size limit, each selector costs a second: metadata, text and address only.
    structure = size_of(page) <= MAX_ELEMENTS
    drop = css(tree, _ASIDE + ", " + COMMENT_MARKS) if structure else []
    items = teasers(page) if structure else []
    if main_text is None:  # the engine parsers judge before extracting: the cheap main text
        main_text = plain_main(page).text
    text = main_text
    j.chars = len(text)
    teaser_chars = sum(len(node_text(t, limit=TEASER_CHARS)) for t in items[:50])
    mostly_teasers = teaser_chars >= TEASER_SHARE * len(text)
    # One or two titled teasers of other posts, below a title of the page's own, holding its text:
    # a small section (a SPIP rubrique, a Drupal taxonomy term with one or two articles).
    h1s = css(tree, "h1") if structure else []
    lone = (0 < len(items) <= 2 and teaser_chars >= WHOLE_SHARE * len(text) and all(_titled(t) for t in items)
            and bool(h1s) and not any(within_any(h, items) for h in h1s))
    if types & ARTICLE_TYPES:
        post(3, "schema.org article in JSON-LD")
    if len(micro) == 1 and _about_elsewhere(page, micro[0]):
        listing(2, "one article microdata item about another page")
    elif len(micro) == 1:
        post(3, "schema.org article microdata")
    elif len(micro) >= 3:
        listing(2, f"{len(micro)} article microdata items")
    og = (meta(tree, "og:type") or "").lower()
    if og == "article":
        post(2, "og:type article")
    if meta(tree, "article:published_time", "og:article:published_time"):
        post(1, "article:published_time")
        j.dated = True
    hentries = _outermost(_outside(css(tree, ".hentry, .h-entry"), drop + (items if lone else []))) if structure else []
    if len(hentries) == 1 and first(hentries[0], ".entry-content, .e-content, .post-content, .post-body") is not None:
        post(1.5, "one hAtom entry with its content")
    articles = _outermost(_outside(css(tree, "article"), drop)) if structure else []
    if len(articles) == 1 and len(node_text(articles[0], limit=600)) >= 500:
        post(1.5, "one <article> holding the text")
    if structure and any(_same_page(page, a.get("href")) for a in css(tree, "a[rel~='bookmark']")):
        post(2, "rel=bookmark to itself")
    if first(tree, "link[rel='shortlink']") is not None:
        post(1.5, "rel=shortlink (singular WordPress view)")
    if (structure and _outside(css(tree, COMMENT_MARKS), css(tree, _ASIDE))
            and not (len(items) >= 3 and mostly_teasers)):
        post(2, "a comment section or form")
    h1_dated, h_dated = _dated_headings(page, drop, [t for t in items if _titled(t)]) if structure else (0, 0)
    if structure and h1_dated == 0:
        # themes that keep <h1> for the site's name title the post with an <h2> (PluXml's default theme)
        own = title_heading(page, drop)
        h1_dated = int(own is not None and _dated(own, [t for t in items if _titled(t) and not inside(own, t)]))
    shown_date = False
    if h1_dated == 1 or (first(tree, "h1") is None and h_dated == 0 and len(hentries) == 1
                         and _dated_title(hentries[0])):
        post(2, "a title with its date")
        j.dated = shown_date = True
        if len(text) >= MIN_BODY:
            post(1, "a main text under the dated title")
    if len(text) >= LONG_TEXT and not (len(items) >= 3 and mostly_teasers):
        post(1, f"{len(text)} characters of main text")
        if len(text) >= VERY_LONG_TEXT and len(css(tree, "h1")) == 1:
            post(1, "a long text under one <h1>")
    where = urlsplit(page.url)
    address = where.path + ("?" + where.query if where.query else "")
    if _POST_URL.search(address) or names_content(page.url):
        post(1, "post-like address")
    if len(items) >= 3:
        points = 3 if len(items) < 5 else 4 if len(items) < 10 else 5
        listing(points if mostly_teasers else 1, f"{len(items)} teasers linking to distinct posts")
    elif lone:
        listing(3, f"{len(items)} teaser{'s' if len(items) > 1 else ''} alone under the page's own title")
    elif len(items) == 2 and mostly_teasers:
        listing(1.5, "2 teasers")
    if h_dated >= 3:  # beside a long text of its own, they are related posts
        listing(2 if mostly_teasers else 1, f"{h_dated} dated headings linking elsewhere")
    if _LISTING_URL.search(address) and not names_content(page.url):
        listing(1.5, "listing-like address")
    template = not_a_post(page.url)
    if template:
        j.post = 0.0
        j.evidence.append("post 0: a SPIP template page other than a post's (spip.php?page=...)")
    posty = j.post >= POST_MIN and j.post > j.listing
    # The bare root is the home whatever it holds; a root with a query (`/?lang=fr`) unless a post wins.
    if home and (not where.query or not posty):
        j.page_type = "home"
    elif j.post >= POST_MIN and j.post >= j.listing:
        j.page_type = "article"
    elif j.listing >= LISTING_MIN:
        j.page_type = "listing"
    elif len(text) >= LONG_TEXT and j.post >= j.listing and not template:
        j.page_type = "article"  # a text at length and nothing that says list: read as a post
    static = STATIC_PAGE_CLASSES & page.body_classes()
    if (j.page_type == "article" and static and not any(c.startswith("page-id-") for c in page.body_classes())
            and not (shown_date or (j.chars >= VERY_LONG_TEXT and j.post >= PAGE_AS_POST))):
        # Ghost gives its pages a post's metadata (og:type article, an Article in JSON-LD): the engine's own
        # mark says "about", "contact", "links", unless the page reads as a post (as wordpress.py's pages)
        j.page_type = "other"
        j.evidence.append(f"other: the engine marks a static page (body class {min(static)}) that shows no date")
    return j


def _dated_title(entry) -> bool:
    heading = first(entry, ".entry-title, .post-title, h2, h3")
    return heading is not None and _dated(heading)
