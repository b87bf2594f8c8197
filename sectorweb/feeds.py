"""XML documents: RSS 2.0, Atom 1.0, sitemaps. Callers pass already-escaped fragments where noted."""
from __future__ import annotations

from html import escape


def x(text: str) -> str:
    return escape(text, quote=False)


def urlset(entries: list[tuple[str, str | None]]) -> str:
    """Sitemap urlset from (loc, lastmod) pairs."""
    rows = "".join(f"<url><loc>{x(loc)}</loc>" + (f"<lastmod>{lm}</lastmod>" if lm else "") + "</url>\n"
                   for loc, lm in entries)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + rows + "</urlset>\n")


def sitemapindex(locs: list[str], stylesheet: str | None = None) -> str:
    pi = f'<?xml-stylesheet type="text/xsl" href="{x(stylesheet)}" ?>\n' if stylesheet else ""
    rows = "".join(f"<sitemap><loc>{x(loc)}</loc></sitemap>\n" for loc in locs)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + pi +
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + rows + "</sitemapindex>\n")
