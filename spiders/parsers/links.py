"""Links of a page: absolute URLs of anchors, of an element's links, of link widgets and rel links."""
from __future__ import annotations

import re
from typing import Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .page import Page
from .selection import css, first, within_any
from .text import inline_text
from .urls import abs_url, is_platform_link, site_host, uniq


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


def blogroll_links(page: Page, explicit: str, sidebars: str, exclude: Iterable = ()) -> list[str]:
    """Links of link widgets (`explicit`, all kept) then other-site links of sidebars.

    Sidebar links to the site itself are categories and archives, and credits go to the
    platform: neither says whom the blog reads. Lists under a heading that names a blogroll count as
    sidebars whatever their place and classes (`worded_blogrolls`).
    """
    excluded = list(exclude)
    out: list[str] = []
    for box in css(page.tree, explicit) if explicit else []:
        if not within_any(box, excluded):
            out.extend(links_in(page, box))
    own_host = site_host(page.url)
    worded = worded_blogrolls(page)
    for box in (css(page.tree, sidebars) if sidebars else []) + worded:
        # a list titled "Liens" in a sidebar block inside the part left out counts; share buttons and social
        # profiles in a <nav> or <aside> there say nothing of whom the blog reads
        if within_any(box, excluded) and not (box in worded and side_block(box, excluded)):
            continue
        for url in links_in(page, box):
            if site_host(url) != own_host and not is_platform_link(url):
                out.append(url)
    return uniq(out)


_SIDE = re.compile(r"sidebar|region--side|complementary", re.I)


def side_block(box, excluded: list) -> bool:
    """`box` sits in a sidebar block the theme put inside the element left out (Drupal's Olivero puts its
    `region--sidebar` in `<main>`, beside the content): an `aside`, a `nav` or an element named a sidebar
    between them, and no `article` (a post's own aside is the post's)."""
    for el in [box, *box.iterancestors()]:
        if el in excluded or el.tag == "article":
            return False
        if el.tag in ("aside", "nav") or _SIDE.search((el.get("class") or "") + " " + (el.get("id") or "")
                                                    + " " + (el.get("role") or "")):
            return True
    return False


def rel_links(page: Page, *rels: str) -> list[str]:
    """<link>/<a> with rel=next/prev..."""
    want = set(rels)
    nodes = [n for n in page.tree.iter("link", "a")
             if want & set((n.get("rel") or "").lower().split())]
    return hrefs(page, nodes)


# Headings of a blogroll in the words of French and English bloggers; the list after it is one, whatever
# its classes and wherever the theme put it (Canalblog's right bar, a static site's footer).
# A network's members list each other under "Nos partenaires" / "Notre réseau" in a footer of no class.
BLOGROLL_HEADING = re.compile(
    r"^\W*(?:blogroll|blog ?roll|liens?(?:\s+(?:amis|utiles|favoris|partenaires))?|links|friends|"
    r"(?:nos\s+|our\s+)?(?:partenaires|partners)|(?:notre|le)\s+r[ée]seau|our\s+network|nos\s+autres\s+(?:sites|blogs)|"
    r"(?:sites?|blogs?)\s+du\s+r[ée]seau|(?:(?:sites?|blogs?)\s+)?[àa]\s+d[ée]couvrir(?:\s+aussi)?|"
    r"(?:mes\s+|nos\s+)?(?:blogs?|sites?)\s+(?:amis?|favoris|pr[ée]f[ée]r[ée]s|partenaires|que\s+je\s+lis|[àa]\s+suivre)|"
    r"(?:mes|nos)\s+(?:blogs?|sites?|liens)|(?:blogs?|sites?)\s+(?:I|we)\s+read)\W*$", re.I)
_HEADINGS = ("h2", "h3", "h4", "h5", "h6", "strong", "b", "p")  # p: a hand-made footer's "<p>Partenaires</p><ul>"


def worded_blogrolls(page: Page) -> list:
    """The element after each heading that names a blogroll ("Liens", "Blogs amis", "Sites I read")."""
    out = []
    for h in page.tree.iter(*_HEADINGS):
        text = inline_text(h)
        if len(text) > 40 or not BLOGROLL_HEADING.match(text):
            continue
        nxt = _past_description(_next_element(h))
        parent = h.getparent()
        if nxt is None and parent is not None and parent.tag in ("header", "hgroup", "div") \
                and all(c is h or _description(c) for c in parent if isinstance(c.tag, str)):
            # a page titled "Liens" (PluXml's static page: header > h2, then the list); a block theme's
            # group of the heading and a line about it, then its navigation block (Twenty Twenty-Four)
            nxt = _past_description(_next_element(parent))
        if nxt is not None and (nxt.tag in ("ul", "ol", "div", "p", "dl") or nxt.tag == "nav" and _lists_sites(page, nxt)):
            out.append(nxt)
    return out


def _lists_sites(page: Page, nav) -> bool:
    """A navigation block under a "Liens" heading is a blogroll when most of its links go to other sites
    (Twenty Twenty-Four's); a footer menu titled "Links" lists the site's own pages."""
    urls = links_in(page, nav)
    own = site_host(page.url)
    return bool(urls) and 2 * sum(site_host(u) != own for u in urls) > len(urls)


MAX_DESCRIPTION = 200  # characters: "Des liens que j'ai trouvés utiles", not a paragraph of the text


def _description(el) -> bool:
    """A short paragraph without links: a line that says what the list below is."""
    return el.tag == "p" and first(el, "a[href]") is None and len(inline_text(el)) <= MAX_DESCRIPTION


def _past_description(el):
    while el is not None and _description(el):
        el = _next_element(el)
    return el


def _next_element(el):
    nxt = el.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    return nxt


# Pagination blocks of the engines read by the generic path (Beautiful Hugo's ul.pager, Canalblog's
# div.pager, WP-PageNavi), and links that name another page of the list in words only: Canalblog's
# "Articles plus anciens" carries no rel and no class, many hand-made themes neither.
PAGER = ".pagination a, .nav-links a, .pager a, .pagenav a, .page-nav a, .paging a, .wp-pagenavi a"
_OTHER_PAGE = re.compile(
    r"^\W*(?:(?:articles?|billets?|messages?|posts?|entr[ée]es?|notes?|page)\s+)?"
    r"(?:plus\s+(?:anciens?|anciennes?|r[ée]cents?|r[ée]centes?)|pr[ée]c[ée]dente?s?|suivante?s?|"
    r"older|newer|next|previous)(?:\s+(?:articles?|billets?|posts?|entries|page|messages?))?\W*$", re.I)
MAX_PAGER_TEXT = 40  # characters: "Articles plus anciens »", never a post title that happens to say "suivant"


def pager_links(page: Page, worded: bool = True) -> list[str]:
    """Links to a list's other pages: rel=next/prev, pagination blocks and (`worded`) same-site links
    whose whole text says "older posts" / "page suivante". Pass worded=False on a post, whose
    "Billet suivant" is the next post, not the next page of a list."""
    nodes = css(page.tree, PAGER)
    if worded:
        own = site_host(page.url)
        for a in page.tree.iter("a"):
            text = inline_text(a)
            if len(text) > MAX_PAGER_TEXT or site_host(abs_url(page.base, a.get("href")) or page.url) != own:
                continue
            # "Page suivante", or a page number whose address numbers a page: "<a href='?page=2'>2</a>", not a
            # message's counter whose fragment names it by the number of its address (vBulletin 5's "#3" to
            # `?p=351#post351`: `p` is the post there, and every counter of a thread read as a page of it)
            href = a.get("href") or ""
            if _OTHER_PAGE.match(text) or (_NUMBER.match(text) and _PAGE_URL.search(href) and not _names_message(href)):
                nodes.append(a)
    return uniq(rel_links(page, "next", "prev") + hrefs(page, nodes))


_NUMBER = re.compile(r"^\W*\d{1,4}\W*$")
# The usual ways an address numbers a list's pages: ?page=2, ?p=2, ?start=20, SPIP's ?debut_articles=10,
# /page/2, /page-2.html, /p2
_PAGE_URL = re.compile(r"[?&](?:page|p|pg|start|offset|debut\w*)=\d+|/page/?\d+|[/-]p(?:age)?-?\d+(?:\.html?)?/?(?:$|[?#])",
                       re.I)
# The same parts of an address, to drop: what is left names the list itself (listing_key)
_PAGE_PARAM = re.compile(r"page|p|pg|start|offset|limitstart|debut\w*", re.I)
_PAGE_PATH = re.compile(r"/page/?\d+/?$|[/-]p(?:age)?-?\d+(?:\.html?)?/?$", re.I)


def listing_key(url: str) -> tuple:
    """The list an address shows a page of: host, path and query without the page number
    ("/?start=20" and "/" are one list; "/category/scpi/page/2" and "/category/scpi" another)."""
    parts = urlsplit(url)
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _PAGE_PARAM.fullmatch(k))
    path = _PAGE_PATH.sub("", parts.path).rstrip("/")
    return parts.netloc.lower().removeprefix("www."), path.removesuffix("/index.php"), tuple(query)


def page_number(url: str) -> int:
    """The page number (or offset) an address gives its list: 2 for "/page/2/", 20 for "?start=20", 0 for
    none. Only comparable between pages of one list."""
    m = _PAGE_URL.search(url)
    return int(re.search(r"\d+", m.group()[1:]).group()) if m else 0


def continues(listing_url: str, link: str) -> bool:
    """True when `link` is another page of the list `listing_url` is a page of: the home's pager,
    not a category or a monthly archive. Read in order, a list's pages run from newest to oldest."""
    return bool(_PAGE_URL.search(link)) and listing_key(link) == listing_key(listing_url)


# Links to a member's profile (engines' own conventions: /u/x, /user/x, /members/x, wpForo's /participant/x,
# memberlist.php..., and in a query: Question2Answer's ?qa=user&qa_1=x and ?qa=users, SMF's ?action=profile).
PROFILE = re.compile(r"/(?:u|user|users|member|members|membres?|utilisateurs?|participants?|profile|profiles|profil"
                     r"|people|author|authors|auteurs?|~)/[^/?#]+"
                     r"|memberlist\.php|member\.php|profile\.php|showuser=|/@[\w.-]+|[?&;]u=\d"
                     r"|[?&;](?:qa|action|mode|page|view)=(?:users?|members?|profile|profil|viewprofile)(?=[&;#]|$)", re.I)
# Regions of a page that are no list's content (a board's topics, a home's sections).
_NOT_CONTENT = "header, nav, footer, aside, form, [role='navigation'], [role='banner'], [role='contentinfo']"
# Links no audit needs: accounts, search, files.
_NOT_PAGE = re.compile(r"log-?in|log-?out|sign-?(?:in|up)|register|connexion|d[ée]connexion|inscription|search"
                       r"|recherche|[./](?:jpe?g|png|gif|webp|svg|pdf|zip|css|js|xml|rss|atom)(?:$|\?)", re.I)
MAX_CONTENT_LINKS = 100


def content_links(page: Page) -> list[str]:
    """Same-site links of the page's content (no header, menu, footer, sidebar or form), at most
    MAX_CONTENT_LINKS: what a list of no known markup links to (a custom forum's boards and topics,
    a table of topics, a home's sections), for pages whose teasers and pagination say nothing."""
    own = site_host(page.url)
    drop = css(page.tree, _NOT_CONTENT)
    here = abs_url(page.base, page.url)
    out: list[str] = []
    for a in page.tree.iter("a"):
        href = a.get("href")
        if not href or href.startswith("#") or (drop and within_any(a, drop)):
            continue
        url = abs_url(page.base, href)
        if url and url != here and site_host(url) == own and not _NOT_PAGE.search(url) and not PROFILE.search(url):
            out.append(url)
    return uniq(out)[:MAX_CONTENT_LINKS]


_MESSAGE_FRAGMENT = re.compile(r"[A-Za-z_-]{0,8}(\d+)")
MESSAGE_ROW_MAX_LINKS = 12  # a topic list's row: title, pages, author, board, last post; a whole list has more


def message_links(page: Page, threads: Iterable[str] = ()) -> dict[str, str]:
    """Links to one message of a thread that the page also links whole, or is, each with that thread's address.
    The fragment names the message by the number its address holds (`#a34`, `#p34`, `#post34`, `#msg34`), and
    either
    - without the parameter holding that number the address is another link of the page, or the page
      (Question2Answer's `./12/titre?show=34#a34`, phpBB's `viewtopic.php?t=5&p=34#p34`), or
    - the small block around it (a topic list's row) links one of `threads` (PunBB's `post34.html#p34`,
      vBulletin's `showthread.php?p=34#post34`, phpBB's `viewtopic.php?p=34#p34` as "last post").
    Fetched, each reads its thread again (a third of a Question2Answer forum's crawl budget, two fifths of a
    PunBB forum's): the crawler follows the thread instead. An address also linked without a fragment is never
    one (WordPress's `?p=12#more-12` is the post the teaser's title links)."""
    anchors = [a for a in page.tree.iter("a") if a.get("href")]
    if not any("#" in a.get("href") for a in anchors):  # most pages: resolve nothing (this runs on every page)
        return {}
    bare = {abs_url(page.base, a.get("href")) for a in anchors if "#" not in a.get("href")}
    whole = bare | {abs_url(page.base, page.url)}
    threads = set(threads)
    root = abs_url(page.base, "/")
    candidates = []
    for a in anchors:
        href = a.get("href")
        if "#" not in href:
            continue
        url = abs_url(page.base, href)
        number = _message_number(href.rsplit("#", 1)[1], url) if url and url not in bare else None
        if number:
            candidates.append((a, url, number))
    threads -= {url for _, url, _ in candidates}  # a row of message links alone links no thread
    out: dict[str, str] = {}
    for a, url, number in candidates:
        thread = _without_number(url, number, whole, root) or _row_thread(a, page, threads)
        if thread and url not in out:
            out[url] = thread
    return out


def message_address(url: str) -> str | None:
    """For an address to one message of a thread (a feed's entry: `./12/titre?show=34#a34`, `post34.html#p34`),
    the thread's address: the address without the parameter holding the message's number, when what is left
    still names a page (`./12/titre`, `viewtopic.php?t=5`; not the root, nor a bare `viewtopic.php`), else ""
    (a message, its thread unknown); None for any other address."""
    if not url or "#" not in url:
        return None
    address, fragment = url.rsplit("#", 1)
    number = _message_number(fragment, address)
    if number is None:
        return None
    parts = urlsplit(url)
    params = parse_qsl(parts.query, keep_blank_values=True)
    for i, (_, value) in enumerate(params):
        if value == number:
            rest = params[:i] + params[i + 1:]
            if not rest and (parts.path.strip("/") == "" or _SCRIPT.search(parts.path)):
                return ""
            return urlunsplit(parts._replace(query=urlencode(rest), fragment=""))
    return ""


_SCRIPT = re.compile(r"\.(?:php\d?|aspx?|cgi|pl|jsp)$", re.I)


def _names_message(href: str) -> bool:
    """Whether a link's fragment names one message by a number its address holds (`?p=351#post351`)."""
    address, _, fragment = href.partition("#")
    return bool(fragment) and _message_number(fragment, address) is not None


def _message_number(fragment: str, address: str) -> str | None:
    """The number a fragment names a message by (`a34`, `p34`, `post34`), when its address holds it too."""
    m = _MESSAGE_FRAGMENT.fullmatch(fragment)
    return m.group(1) if m and re.search(rf"(?<!\d){m.group(1)}(?!\d)", address) else None


def _without_number(url: str, number: str, whole: set, root: str | None) -> str | None:
    """The address without its parameter equal to `number`, when it is one of `whole` (not the site's root)."""
    parts = urlsplit(url)
    params = parse_qsl(parts.query, keep_blank_values=True)
    for i, (_, value) in enumerate(params):
        if value == number:
            rest = abs_url(None, urlunsplit(parts._replace(query=urlencode(params[:i] + params[i + 1:]))))
            return rest if rest != root and rest in whole else None
    return None


def _row_thread(anchor, page: Page, threads: set) -> str | None:
    """The first of `threads` that the smallest block around `anchor` holding other links (at most
    MESSAGE_ROW_MAX_LINKS) links."""
    if not threads:
        return None
    node = anchor.getparent()
    for _ in range(6):
        if node is None:
            return None
        found = [x for x in node.iter("a") if x is not anchor and x.get("href")]
        if len(found) + 1 > MESSAGE_ROW_MAX_LINKS:
            return None
        linked = [u for x in found if (u := abs_url(page.base, x.get("href"))) in threads]
        if linked:
            return linked[0]
        node = node.getparent()
    return None
