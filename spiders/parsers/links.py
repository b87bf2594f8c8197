"""Links of a page: absolute URLs of anchors, of an element's links, of link widgets and rel links."""
from __future__ import annotations

import re
from typing import Iterable

from .page import Page
from .selection import css, within_any
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
    for box in (css(page.tree, sidebars) if sidebars else []) + worded_blogrolls(page):
        if within_any(box, excluded):
            continue
        for url in links_in(page, box):
            if site_host(url) != own_host and not is_platform_link(url):
                out.append(url)
    return uniq(out)


def rel_links(page: Page, *rels: str) -> list[str]:
    """<link>/<a> with rel=next/prev..."""
    want = set(rels)
    nodes = [n for n in page.tree.iter("link", "a")
             if want & set((n.get("rel") or "").lower().split())]
    return hrefs(page, nodes)


# Headings of a blogroll in the words of French and English bloggers; the list after it is one, whatever
# its classes and wherever the theme put it (Canalblog's right bar, a static site's footer).
_BLOGROLL_HEADING = re.compile(
    r"^\W*(?:blogroll|blog ?roll|liens?(?:\s+(?:amis|utiles|favoris))?|links|friends|"
    r"(?:mes\s+|nos\s+)?(?:blogs?|sites?)\s+(?:amis?|favoris|pr[ée]f[ée]r[ée]s|partenaires|que\s+je\s+lis|[àa]\s+suivre)|"
    r"(?:mes|nos)\s+(?:blogs?|sites?|liens)|(?:blogs?|sites?)\s+(?:I|we)\s+read)\W*$", re.I)
_HEADINGS = ("h2", "h3", "h4", "h5", "h6", "strong", "b")


def worded_blogrolls(page: Page) -> list:
    """The element after each heading that names a blogroll ("Liens", "Blogs amis", "Sites I read")."""
    out = []
    for h in page.tree.iter(*_HEADINGS):
        text = inline_text(h)
        if len(text) > 40 or not _BLOGROLL_HEADING.match(text):
            continue
        nxt = h.getnext()
        while nxt is not None and not isinstance(nxt.tag, str):
            nxt = nxt.getnext()
        if nxt is not None and nxt.tag in ("ul", "ol", "div", "p", "dl"):
            out.append(nxt)
    return out


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
        nodes += [a for a in page.tree.iter("a")
                  if len(text := inline_text(a)) <= MAX_PAGER_TEXT and _OTHER_PAGE.match(text)
                  and site_host(abs_url(page.base, a.get("href")) or page.url) == own]
    return uniq(rel_links(page, "next", "prev") + hrefs(page, nodes))
