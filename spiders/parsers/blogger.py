"""Blogger (blogspot): classic and layout templates, threaded and legacy comment blocks."""
from __future__ import annotations

import re

from .boilerplate import BOILERPLATE
from .closed import closed_notice
from .dates import parse_date
from .links import blogroll_links, hrefs, links_in, rel_links
from .maintext import extract_main, listing_text
from .model import Comment, Navigation, ParsedPage
from .names import first_person, meta_author, site_name, strip_label
from .page import Page
from .pagetype import is_home, judge
from .pubdates import date_of
from .selection import css, first, has_class, meta, own_first
from .text import inline_text, node_text
from .urls import uniq

POSTS = "div.post.hentry, article.post, div.post-outer > div.post, div.post"
BLOGROLL = ".widget.LinkList, .widget.BlogList"
SIDEBARS = "#sidebar-wrapper, .sidebar, .sidebar-container, .column-right-inner, .column-left-inner, aside"
_POST_URL = re.compile(r"/\d{4}/\d{2}/[^/]+\.html$")


def _is_comment(el) -> bool:
    return el.tag == "li" and has_class(el, "comment")


def _threaded(page: Page, box) -> list[Comment]:
    out = []
    for node in css(box, "li.comment"):
        cite = own_first(node, "cite.user, .comment-header cite", _is_comment)
        link = first(cite, "a[href]") if cite is not None else None
        when = own_first(node, ".datetime a, .datetime, .comment-timestamp a", _is_comment)
        iso, raw = date_of(when, page.now)
        body = own_first(node, ".comment-content", _is_comment)
        out.append(Comment(
            author=inline_text(cite) or None,
            author_url=page.url_(link.get("href")) if link is not None else None,
            published=iso, published_raw=raw, text=node_text(body), links=links_in(page, body),
            position=len(out) + 1,
            by_post_author=(cite is not None and has_class(cite, "blog-author")) or None))
    return out


def _legacy(page: Page, box) -> list[Comment]:
    """<dl id="comments-block">: dt.comment-author, dd.comment-body, dd.comment-footer."""
    out = []
    for dt in css(box, "dt.comment-author"):
        links = [a for a in dt.iter("a") if a.get("href")]
        link = links[-1] if links else None
        author = inline_text(link) if link is not None else re.sub(
            r"\s*(a dit|said)\W*$", "", inline_text(dt), flags=re.I)
        body = footer = None
        sib = dt.getnext()
        while sib is not None and sib.tag == "dd":
            if has_class(sib, "comment-body"):
                body = sib
            elif has_class(sib, "comment-footer"):
                footer = sib
            sib = sib.getnext()
        iso, raw = date_of(first(footer, ".comment-timestamp a, a") if footer is not None else None, page.now)
        out.append(Comment(
            author=author or None, author_url=page.url_(link.get("href")) if link is not None else None,
            published=iso, published_raw=raw, text=node_text(body), links=links_in(page, body),
            position=len(out) + 1))
    return out


def _page_type(page: Page, posts: list) -> str:
    bc = page.body_classes()
    if "error-view" in bc:
        return "other"
    if _POST_URL.search(page.path) or "item-view" in bc:
        return "article"
    if re.match(r"^/p/[^/]+\.html$", page.path) or "static-view" in bc:
        return "other"
    if is_home(page):
        return "home"
    if page.path.startswith("/search") or re.match(r"^/\d{4}(/\d{2})?/?$", page.path) or len(posts) >= 2:
        return "listing"
    if len(posts) == 1 and first(posts[0], ".post-title a") is None:
        return "article"
    return judge(page).page_type  # custom domains, themes without view classes


def parse(page: Page) -> ParsedPage:
    """ParsedPage of a Blogger page."""
    tree = page.tree
    posts = [p for p in css(tree, POSTS) if not any(has_class(a, "post") for a in p.iterancestors())]
    parsed = ParsedPage(url=page.url, platform="blogger", kind="blog")
    parsed.page_type = _page_type(page, posts)
    parsed.site_name = site_name(page, ".Header h1, #header h1, h1.title")
    nav = Navigation()
    main_nodes = list(posts)

    if parsed.page_type == "article":
        post = posts[0] if posts else tree
        parsed.title = inline_text(first(post, ".post-title")) or meta(tree, "og:title") or None
        who = first(post, ".post-author .fn, .post-author a, .post-author-name, .post-author")
        parsed.author = first_person(page, lambda: strip_label(inline_text(who), "Publié par", "Posted by", "Par", "By"),
                                     lambda: meta_author(page))
        when = first(post, "abbr.published, time.published, .post-timestamp time, .published,"
                           " [itemprop='datePublished']")
        parsed.published, parsed.published_raw = date_of(when, page.now)
        if not parsed.published:
            # Classic templates: the day in the date header, the time in the footer.
            raw = " ".join(filter(None, (inline_text(first(tree, ".date-header")),
                                         inline_text(first(post, ".post-timestamp")))))
            parsed.published, parsed.published_raw = parse_date(raw, now=page.now), raw or None
        body = first(post, ".post-body, .entry-content")
        if body is not None:
            drop = css(body, BOILERPLATE)
            parsed.text = node_text(body, drop)
            parsed.links = links_in(page, body, drop)
            main_nodes = [body]
        else:
            main = extract_main(page)
            parsed.text, parsed.links = main.text, main.links
        box = first(tree, "div.comments, #comments")
        if box is not None:
            parsed.comments = _threaded(page, box) or _legacy(page, box)
        if box is None or closed_notice(page, ".comment-footer, #comments p, .comments p", exclude=main_nodes):
            parsed.comments_open = False
        else:
            parsed.comments_open = True
        nav.articles = hrefs(page, css(tree, "a.blog-pager-older-link, a.blog-pager-newer-link"))
        nav.pages = hrefs(page, css(tree, ".post-labels a, .BlogArchive a.post-count-link"))
    else:
        parsed.title = meta(tree, "og:title") or None
        nav.articles = uniq(
            [page.url_(a.get("href")) for p in posts for a in css(p, ".post-title a")[:1]]
            + hrefs(page, css(tree, ".BlogArchive ul.posts a, .PopularPosts .item-title a")))
        nav.pages = uniq(hrefs(page, css(tree, "a.blog-pager-older-link, a.blog-pager-newer-link,"
                                               " .BlogArchive a.post-count-link, .widget.Label a"))
                         + rel_links(page, "next", "prev"))
        if parsed.page_type in ("home", "listing"):
            parsed.text = listing_text(posts, ".post-footer, .post-header")
    parsed.blogroll = blogroll_links(page, BLOGROLL, SIDEBARS, exclude=main_nodes + css(tree, ".blog-posts"))
    parsed.nav = nav
    return parsed
