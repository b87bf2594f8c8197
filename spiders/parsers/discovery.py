"""Feed and sitemap discovery: the feeds and sitemaps a page declares or links to."""
from __future__ import annotations

import re
from typing import Iterable

from .links import hrefs
from .page import Page


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
