"""Links of a page: absolute URLs of anchors, of an element's links, of link widgets and rel links."""
from __future__ import annotations

from typing import Iterable

from .page import Page
from .selection import css, within_any
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


def rel_links(page: Page, *rels: str) -> list[str]:
    """<link>/<a> with rel=next/prev..."""
    want = set(rels)
    nodes = [n for n in page.tree.iter("link", "a")
             if want & set((n.get("rel") or "").lower().split())]
    return hrefs(page, nodes)
