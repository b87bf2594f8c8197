"""Newsrooms: JSON-LD NewsArticle metadata, byline/headline markup, news lists."""
from __future__ import annotations

from . import comments
from .article import fuller_ld_body
from .boilerplate import BOILERPLATE, inner_boilerplate
from .jsonld import ARTICLE_TYPES, json_ld, ld_name, ld_types
from .links import blogroll_links, hrefs, links_in, rel_links
from .maintext import extract_main, listing_text, published
from .model import Navigation, ParsedPage
from .names import first_person, meta_author, strip_label
from .page import Page
from .pagetype import is_home, judge, teaser_links
from .pubdates import checked_date, date_of
from .selection import css, first, first_of, meta
from .text import inline_text, node_text, norm_ws
from .urls import uniq

BODY = ".article-body, [itemprop='articleBody'], .article-content, .story-body, .article__body"
LIST_LINKS = ("ul.news-list a.news-link, .news-item a.news-link, .news-list li a, article h2 a,"
              " article h3 a, .teaser a")
SIDEBARS = "aside.sidebar, #sidebar, .sidebar, .partners"
DROP = BOILERPLATE + ", aside, .related, .read-also, .newsletter, .paywall"


def _outermost(nodes: list) -> list:
    """Nodes not inside another of them (document order kept)."""
    chosen = set(nodes)
    return [n for n in nodes if not any(a in chosen for a in n.iterancestors())]


def article_ld(page: Page) -> dict:
    """The page's JSON-LD article object (NewsArticle & co), or {}."""
    for obj in json_ld(page.tree):
        if ld_types(obj) & ARTICLE_TYPES:
            return obj
    return {}


def parse(page: Page) -> ParsedPage:
    """ParsedPage of a newsroom page."""
    tree = page.tree
    ld = article_ld(page)
    art = first_of(tree, "article.news-article", "article")
    parsed = ParsedPage(url=page.url, platform="news", kind="news")
    is_article = (first(tree, "article.news-article") is not None or bool(ld)
                  or (meta(tree, "og:type") or "").lower() == "article")
    if is_home(page):
        parsed.page_type = "home"
    elif is_article:
        parsed.page_type = "article"
    elif css(tree, "ul.news-list, .news-item") or len(css(tree, "article")) >= 3:
        parsed.page_type = "listing"
    else:  # newsroom CMSs without article metadata: a dated story under its title, teasers...
        parsed.page_type = judge(page).page_type
    nav = Navigation()

    if parsed.page_type == "article":
        scope = art if art is not None else tree
        headline = ld.get("headline") if isinstance(ld.get("headline"), str) else None
        parsed.title = (inline_text(first(scope, "h1.headline, h1")) or norm_ws(headline or "")
                        or meta(tree, "og:title") or None)
        parsed.author = first_person(
            page, lambda: strip_label(inline_text(first(scope, ".byline .author, .author, [rel~='author']")), "par", "by"),
            lambda: ld_name(ld.get("author")), lambda: meta_author(page))
        found = checked_date(page, date_of(first(scope, ".byline time, time[datetime]"), page.now))
        # a byline written as text ("Personal finance January 27, 2025"): the generic reading finds it
        parsed.published, parsed.published_raw = found if found[0] else published(page, scope)
        # Newsroom templates split a long story into several body blocks around ads and product
        # cards (Condé Nast's article__body, Arc's article-body chunks): read them all, in order.
        bodies = _outermost(css(scope, BODY))
        if bodies:
            texts, links = [], []
            for body in bodies:
                drop = css(body, DROP) + inner_boilerplate(body)
                texts.append(node_text(body, drop))
                links += links_in(page, body, drop)
            parsed.text = "\n".join(t for t in texts if t)
            parsed.links = uniq(links)
        else:
            main = extract_main(page)
            parsed.text, parsed.links = main.text, main.links
            parsed.title = parsed.title or main.title
        parsed.text = fuller_ld_body(page, parsed.text) or parsed.text
        # Readers' comments under a story (Drupal's comment field, SPIP's forum): found by structure.
        parsed.comments = comments.comments(page, art, parsed.text)
        nav.articles = [u for u in hrefs(page, css(tree, LIST_LINKS + ", .related a"))
                        if u not in parsed.links]
    else:
        parsed.title = meta(tree, "og:title") or inline_text(first(tree, "h1")) or None
        items = css(tree, "li.news-item") or css(tree, "article")
        parsed.text = listing_text(items)
        # Newsroom CMSs' own teaser markup (cards, rows): pagetype's teasers find them by structure.
        nav.articles = uniq(hrefs(page, css(tree, LIST_LINKS)) + teaser_links(page))
    nav.pages = uniq(rel_links(page, "next", "prev") + hrefs(page, css(tree, ".pagination a, nav.pager a")))
    parsed.nav = nav
    parsed.blogroll = blogroll_links(page, "", SIDEBARS, exclude=[art] if art is not None else [])
    return parsed
