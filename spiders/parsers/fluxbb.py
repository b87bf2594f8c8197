"""FluxBB 1.4/1.5 (and PunBB 1.2, its ancestor): div.pun pages, blockpost messages; PunBB 1.3/1.4
(punbb/punbb viewtopic.php): div.brd-page pages, div.post messages (`_brd_posts`)."""
from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from .dates import parse_date
from .links import links_in
from .maintext import listing_text
from .model import ForumPost, Navigation, ParsedPage
from .names import site_name
from .page import Page
from .phpbb import split_quotes
from .posts import fill_thread
from .selection import css, first, has_class
from .text import inline_text
from .urls import uniq

DEFAULT_PER_PAGE = 25  # FluxBB's disp_posts_default


def _script(url: str) -> str:
    return urlsplit(url).path.rsplit("/", 1)[-1].lower()


# PunBB 1.3-1.4's rewritten URL schemes (include/url/*/forum_urls.php): topic/9/, topic/9/slug/, topic9.html,
# topic9-slug.html, and their pages (topic/9/page/2/, topic9-p2.html); forums the same with "forum".
_REWRITTEN = re.compile(r"/(topic|forum)(?:/\d+(?:/[^/?#]*)?(?:/page/\d+)?/?|\d+(?:-[^/?#]*)?\.html)$")


def _classify(page: Page, nodes) -> tuple[list[str], list[str]]:
    """(boards, threads): viewforum?id= and viewtopic?id= links, or PunBB's rewritten ones (pid= links point
    into a thread)."""
    boards, threads = [], []
    for node in nodes:
        url = page.url_(node.get("href"))
        if not url:
            continue
        script, query = _script(url), parse_qs(urlsplit(url).query)
        if "action" in query:
            continue
        rewritten = _REWRITTEN.search(urlsplit(url).path)
        if (script == "viewforum.php" and "id" in query) or (rewritten and rewritten.group(1) == "forum"):
            boards.append(url)
        elif (script == "viewtopic.php" and "id" in query) or (rewritten and rewritten.group(1) == "topic"):
            threads.append(url)
    return uniq(boards), uniq(threads)


# PunBB 1.3+: <div id="brd-viewtopic" class="brd-page ...">; its posts' heads hold the byline.
BRD_TOPIC = "div.brd-page .post .posthead .post-byline"


def _section(page: Page) -> str:
    pun = first(page.tree, "div.pun[id^='pun'], div[id^='pun']")
    if pun is not None and pun.get("id", "").startswith("pun"):
        return pun.get("id")[3:]
    brd = first(page.tree, "div.brd-page[id^='brd-']")
    if brd is not None:
        return brd.get("id")[4:]
    script = _script(page.url)
    return script[:-4] if script.endswith(".php") else ""


def _brd_posts(page: Page, offset: int) -> list[ForumPost]:
    """PunBB 1.3/1.4: div.post > div.posthead#pN (h3: span.post-num, span.post-byline "Réponse de <a>X</a>",
    a.permalink = the date) and div.postbody (div.post-author li.username, div.entry-content with
    p.lastedit and div.sig-content). The author is the post's own li.username, else its byline's name."""
    out = []
    for node in css(page.tree, "div.main-content div.post, div.brd-page div.post")[:2000]:
        head = first(node, "div.posthead")
        msg = first(node, "div.entry-content")
        if head is None or msg is None:
            continue
        who = first(node, ".post-author li.username")
        if who is None:
            who = first(head, ".post-byline a, .post-byline strong")
        number = re.search(r"\d+", inline_text(first(head, ".post-num")))
        raw = inline_text(first(head, ".post-link a, .post-link")) or None
        quotes = [q for q in css(msg, "div.quotebox")
                  if not any(has_class(a, "quotebox") for a in q.iterancestors())]
        drop = css(msg, "p.lastedit") + css(msg, "div.sig-content")
        text, quoted = split_quotes(msg, quotes, "cite", drop)
        out.append(ForumPost(
            author=inline_text(who) or None, published=parse_date(raw, now=page.now) if raw else None,
            published_raw=raw, text=text, quoted=quoted,
            position=int(number.group()) if number else offset + len(out) + 1,
            post_id=(head.get("id") or "").lstrip("p") or None, links=links_in(page, msg, quotes + drop)))
    return out


def _posts(page: Page) -> list[ForumPost]:
    page_no = page.query.get("p", ["1"])[0]
    offset = (int(page_no) - 1) * DEFAULT_PER_PAGE if page_no.isdigit() and int(page_no) > 1 else 0
    if first(page.tree, BRD_TOPIC) is not None:
        return _brd_posts(page, offset)
    out = []
    for node in css(page.tree, "div.blockpost")[:2000]:
        head = first(node, "h2")
        number = first(head, ".conr")
        shown = re.search(r"\d+", inline_text(number)) if number is not None else None
        stamp = first(head, "a")
        raw = inline_text(stamp) or None
        msg = next((m for m in css(node, "div.postmsg") if not has_class(m, "postsignature")), None)
        quotes = [q for q in css(msg, "div.quotebox")
                  if not any(has_class(a, "quotebox") for a in q.iterancestors())] if msg is not None else []
        edits = css(msg, "p.postedit")
        text, quoted = split_quotes(msg, quotes, "cite", edits)
        drop = quotes + edits
        post_id = (node.get("id") or "").lstrip("p") or None
        out.append(ForumPost(
            author=inline_text(first(node, ".postleft dt")) or None,
            published=parse_date(raw, now=page.now) if raw else None, published_raw=raw,
            text=text, quoted=quoted,
            position=int(shown.group()) if shown else offset + len(out) + 1,
            post_id=post_id, links=links_in(page, msg, drop)))
    return out


def parse(page: Page) -> ParsedPage:
    """ParsedPage of a FluxBB page."""
    tree = page.tree
    section = _section(page)
    parsed = ParsedPage(url=page.url, platform="fluxbb", kind="forum")
    parsed.site_name = site_name(page, "#brdtitle h1")
    crumbs = css(tree, ".crumbs a")
    boards, threads = _classify(page, css(tree, ".tcl a, .pagelink a, .pagestext a, h3 a") + crumbs
                                + [n for n in tree.iter("link") if (n.get("rel") or "") in ("next", "prev")])
    if section == "viewtopic":
        parsed.page_type = "forum_thread"
        last = css(tree, ".crumbs li strong a, .crumbs li:last-child a")
        parsed.title = (inline_text(last[-1]) if last else None) or inline_text(first(tree, "h1.main-title")) or None
        own = _classify(page, last[-1:])[1] if last else []
        parsed.thread_url = own[0] if own else None
        fill_thread(parsed, _posts(page))
    elif section in ("index", "viewforum"):
        parsed.page_type = "listing"
        if section == "viewforum":
            last = css(tree, ".crumbs li strong a, .crumbs li:last-child a")
            parsed.title = (inline_text(last[-1]) if last else None) or None
        parsed.text = listing_text(css(tree, ".blocktable tbody tr"), ".icon")
    else:
        parsed.page_type = "other"
    parsed.nav = Navigation(boards=boards, threads=threads)
    return parsed
