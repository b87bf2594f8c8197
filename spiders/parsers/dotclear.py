"""Dotclear 2: body classes dc-*, div.post, French post-info dates, <dl> comment lists."""
from __future__ import annotations

import re

from . import comments
from .boilerplate import BOILERPLATE
from .closed import closed_notice
from .dates import parse_date
from .links import blogroll_links, hrefs, links_in, rel_links
from .maintext import content_scope, extract_main, listing_text
from .model import Comment, Navigation, ParsedPage
from .names import site_name
from .page import Page
from .pagetype import judge
from .pubdates import date_of, meta_published
from .selection import css, first, has_class, meta
from .text import inline_text, node_text, norm_ws
from .urls import uniq

BLOGROLL = "#sidebar .links, div.widget.links, div.links, #blogroll, .blogroll"
SIDEBARS = "#sidebar, #blognav, #blogextra, .sidebar"
ARCHIVES = ("#sidebar .categories a, #sidebar .tags a, #sidebar .archives a, #blognav .categories a,"
            " .post-tags a, .post-info a[href*='/category/'], .post-tags-list a")
PAGINATION = "p.pagination a, .pagination a, #navlinks a, p.navlinks a, .navlinks a"
_BY = re.compile(r"^\s*(?:par|by|écrit par|posted by)\s+(.+?)(?:\s*,|\s+le\s|\s+-\s|$)", re.I)


def _page_type(page: Page, posts: list) -> str:
    bc = page.body_classes()
    if "dc-post" in bc:
        return "article"
    if bc & {"dc-page", "dc-404"}:
        return "other"
    if "dc-home" in bc:
        return "listing" if re.search(r"/page/\d+/?$", page.path) else "home"
    if any(c.startswith("dc-") for c in bc):
        return "listing"
    if re.search(r"/post/\d{4}/\d{2}/\d{2}/", page.url):
        return "article"
    judged = judge(page).page_type  # themes without dc-* classes, other URL schemes (?post/slug)
    if judged != "other":
        return judged
    return "listing" if len(posts) >= 2 or re.search(r"/(page|category|archive|tag)/", page.path) else "other"


def _comments(page: Page) -> list[Comment]:
    """Comments as Dotclear's template sets write them: `<dl>` pairs (Blowup, Berlin: dt "Le 04/03/2025, 10:12
    par X", dd the text) or list items (Ductile: `li.comment > p.comment-info` "De X - 04/03/2025, 10:12" and
    `div.comment-content`); a theme that writes neither is read by structure, as any engine's."""
    out = []
    for dt in css(page.tree, "#comments dl > dt, #comments dt"):
        dd = dt.getnext()
        out.append(_comment(page, dt, dd if dd is not None and dd.tag == "dd" else None, len(out) + 1, dt, False))
        if len(out) >= 2000:
            return out
    if not out:
        for item in css(page.tree, "#comments li.comment, #comments div.comment"):
            info = first(item, ".comment-info")
            if info is not None:
                out.append(_comment(page, info, first(item, ".comment-content"), len(out) + 1, item, True))
            if len(out) >= 2000:
                return out
    if not out and first(page.tree, "#comments") is not None:
        out = comments.comments(page, content_scope(page))
    return out


_PAR = re.compile(r"\s(?:par|by)\s", re.I)  # Blowup, Berlin: "Le 04/03/2025, 10:12 par X"
_INFO = re.compile(r"^(?:(?:de|par|by|from)\s+)?(.+?)\s+-\s+(.+)$", re.I)  # Ductile: "De X - 04/03/2025, 10:12"


def _comment(page: Page, head, body, position: int, item, name_first: bool) -> Comment:
    """One comment from its header line (`head`: the name then the date, or the date then "par" and the
    name) and its text (`body`)."""
    number = first(head, "a.comment-number")
    named = [a for a in head.iter("a") if a is not number and a.get("href")]
    link = named[-1] if named else None
    label = inline_text(head, [number] if number is not None else [])
    parts = _PAR.split(label, maxsplit=1)
    m = _INFO.match(label) if name_first and len(parts) == 1 else None
    if m:  # the name, then the date
        author, raw = m.group(1).strip(), m.group(2).strip()
    else:  # the date, then "par" and the name
        author = parts[1].strip() if len(parts) == 2 else None
        raw = parts[0].strip() or None
    if link is not None:
        author = inline_text(link)
    return Comment(
        author=author or None, author_url=page.url_(link.get("href")) if link is not None else None,
        published=parse_date(raw, now=page.now) if raw else None, published_raw=raw,
        text=node_text(body), links=links_in(page, body), position=position,
        by_post_author=has_class(item, "me") or None)  # {{tpl:CommentIfMe}}: the blog's author


def parse(page: Page) -> ParsedPage:
    """ParsedPage of a Dotclear page."""
    tree = page.tree
    posts = [p for p in css(tree, "div.post, article.post")
             if not any("post" in (a.get("class") or "").split() for a in p.iterancestors())]
    parsed = ParsedPage(url=page.url, platform="dotclear", kind="blog")
    parsed.page_type = _page_type(page, posts)
    parsed.site_name = site_name(page, "#top h1, #header h1, .site-title")
    nav = Navigation()
    main_nodes = list(posts)

    if parsed.page_type == "article":
        post = posts[0] if posts else tree
        parsed.title = inline_text(first(post, ".post-title, h2, h1")) or meta(tree, "og:title") or None
        info = first(post, ".post-info")
        info_text = inline_text(info)
        m = _BY.match(info_text)
        parsed.author = norm_ws(m.group(1)) if m else None
        when = first(info, "time[datetime], abbr[title]") if info is not None else None
        parsed.published, parsed.published_raw = date_of(when, page.now)
        if not parsed.published and info_text:
            raw = info_text[m.end(1):].strip(" ,") if m else info_text
            raw = re.split(r"\s+-\s+", raw)[0]  # what follows " - " is the category
            parsed.published, parsed.published_raw = parse_date(raw, now=page.now), raw or None
        # themes that print the day only (Ductile's "%A %e %B %Y") keep the time in the head's
        # <meta name="date" content="{{tpl:EntryDate iso8601="1"}}"> of the same template
        stated, stated_raw = meta_published(page)
        if stated and "T" in stated and (not parsed.published or "T" not in parsed.published
                                         and stated_raw[:10] == parsed.published[:10]):
            parsed.published, parsed.published_raw = stated, stated_raw
        parts = [n for n in css(post, ".post-excerpt, .post-content") if n is not None]
        if parts:
            drop = [d for part in parts for d in css(part, BOILERPLATE)]
            parsed.text = "\n".join(t for t in (node_text(p, drop) for p in parts) if t)
            parsed.links = uniq(link for p in parts for link in links_in(page, p, drop))
            main_nodes = parts
        else:
            main = extract_main(page)
            parsed.text, parsed.links = main.text, main.links
        parsed.comments = _comments(page)
        if closed_notice(page, "#comments p, #comment-form p, #content p, #main p, p", exclude=main_nodes):
            parsed.comments_open = False
        elif first(tree, "#comment-form, form#comment_form, #pr") is not None:
            parsed.comments_open = True
        nav.articles = hrefs(page, css(tree, "#navlinks a, p.navlinks a, .post-navlinks a"))
        nav.pages = hrefs(page, css(tree, ARCHIVES))
    else:
        parsed.title = meta(tree, "og:title") or inline_text(first(tree, "#content-info h2, .content-info h2"))
        nav.articles = uniq(page.url_(a.get("href")) for p in posts for a in css(p, ".post-title a")[:1])
        nav.pages = uniq(hrefs(page, css(tree, PAGINATION)) + rel_links(page, "next", "prev")
                         + hrefs(page, css(tree, ARCHIVES)))
        if parsed.page_type in ("home", "listing"):
            parsed.text = listing_text(posts, ".read-it")
    parsed.blogroll = blogroll_links(page, BLOGROLL, SIDEBARS, exclude=main_nodes)
    parsed.nav = nav
    return parsed
