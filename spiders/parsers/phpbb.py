"""phpBB: index, boards (viewforum), topics (viewtopic).

Topics in prosilver and its descendants (div.post#pN) are read post block by post block; the table
layouts of phpBB 3.0's subsilver2 and phpBB 2's subSilver, where a post's author, date and message sit
in separate table rows with no element of their own around them, are read post anchor by post anchor
(`_table_posts`). Either way a message's author is the one written in that message's own part of the
page, never the topic starter named in the page header.
"""
from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urlsplit

from .dates import parse_date
from .links import links_in
from .maintext import listing_text
from .model import ForumPost, Navigation, ParsedPage
from .names import site_name
from .page import Page
from .posts import fill_thread
from .pubdates import date_of
from .selection import css, first, first_attr, has_class, inside, meta
from .text import inline_text, node_text, norm_ws
from .urls import abs_url, uniq

# Session ids and search highlights make one page look like many.
DROP_PARAMS = ("sid", "hilit", "view")
DEFAULT_PER_PAGE = 10  # phpBB's posts_per_page out of the box
QUOTES = "blockquote, div.quotecontent"
# Where each post of a table layout starts: its author cell. subsilver2 (phpBB 3.0):
# <a name="pN"></a><b class="postauthor">; subSilver (phpBB 2): <span class="name"><a name="N"></a><b>.
TABLE_AUTHORS = "b.postauthor, span.name"
TABLE_LAYOUT = "b.postauthor, span.name > a[name]"
# Index and board rows of the same styles: subsilver2 forumlist_body.html `a.forumlink`, viewforum_body.html
# `a.topictitle`; subSilver (phpBB 2) index_body.tpl `a.forumlink`, viewforum_body.tpl `a.topictitle`.
TABLE_LISTING = "a.forumlink[href*='viewforum.php'], a.topictitle[href*='viewtopic.php']"
# Links that act on a board or topic (mark read, watch, print, post, bookmark): not pages to crawl.
ACTION_PARAMS = frozenset({"mark", "mode", "action", "watch", "unwatch", "hash", "bookmark", "e", "uid"})


def _script(url: str) -> str:
    return urlsplit(url).path.rsplit("/", 1)[-1].lower()


def _classify(page: Page, nodes) -> tuple[list[str], list[str]]:
    """(boards, threads) among links: viewforum pages and viewtopic?t= pages, session ids dropped."""
    boards, threads = [], []
    for node in nodes:
        href = node.get("href") or ""
        if "view=unread" in href or "view=next" in href or "view=previous" in href:
            continue
        url = page.url_(href)
        if not url:
            continue
        url = _strip(url)
        script, query = _script(url), parse_qs(urlsplit(url).query)
        if ACTION_PARAMS & set(query):
            continue
        if script == "viewforum.php" and "f" in query:
            boards.append(url)
        elif script == "viewtopic.php" and "t" in query:
            threads.append(url)
    return uniq(boards), uniq(threads)


def _strip(url: str) -> str:
    return abs_url(url, url, DROP_PARAMS) or url


def _section(page: Page) -> str:
    classes = page.body_classes()
    # Extensions add section-* classes of their own; SEO mods append the page path.
    for section in ("viewtopic", "viewforum", "index"):
        if any(c == "section-" + section or c.startswith(f"section-{section}/") for c in classes):
            return section
    script = _script(page.url)
    if script.endswith(".php"):
        return script[:-4]
    if first(page.tree, "div.post .postbody") is not None or _table_layout(page):
        return "viewtopic"
    if first(page.tree, "ul.topiclist.topics, a.topictitle") is not None:
        return "viewforum"
    return "index" if first(page.tree, "ul.topiclist.forums, a.forumlink") is not None else ""


def _offset(page: Page, n_posts: int) -> int:
    """Posts before this page: start= of the URL or of the canonical link, else worked out
    from the pagination block (page number, other pages' start=, total message count)."""
    canonical = first_attr(page.tree, "link[rel='canonical']", "href") or ""
    for query in (page.query, parse_qs(urlsplit(canonical).query)):
        start = query.get("start")
        if start and start[0].isdigit():
            return int(start[0])
    block = first(page.tree, ".pagination")
    active = first(block, "li.active span, strong")
    current = int(inline_text(active)) if active is not None and inline_text(active).isdigit() else 1
    if current <= 1:
        return 0
    for a in css(page.tree, ".pagination a"):
        label = inline_text(a)
        offset = parse_qs(urlsplit(a.get("href") or "").query).get("start", [""])[0]
        if label.isdigit() and int(label) > 1 and offset.isdigit():
            return (current - 1) * (int(offset) // (int(label) - 1))
    # Last page reached from a p= link: the total count says how many came before.
    total = re.search(r"(\d[\d\s.\u202f]*)\s*(?:messages?|posts?|réponses?)", inline_text(block), re.I)
    if total and first(block, "li.next a, a[rel='next']") is None:
        count = int(re.sub(r"\D", "", total.group(1)))
        if count >= n_posts:
            return count - n_posts
    return (current - 1) * DEFAULT_PER_PAGE


def _top_quotes(content) -> list:
    quotes = css(content, QUOTES)
    return [q for q in quotes if not any(a in quotes for a in q.iterancestors())]


def split_quotes(content, quotes: list, cites: str, drop: list = ()) -> tuple[str, str]:
    """(own text, quoted text) of a post body whose top-level quotes are `quotes`.

    `cites` (CSS) are the "X a écrit" headers inside quotes; `drop` other nodes left out.
    """
    quoted = "\n\n".join(t for t in (node_text(q, css(q, cites)) for q in quotes) if t)
    return node_text(content, list(quotes) + list(drop)), quoted


def _post_nodes(page: Page) -> list:
    """div.post#pN of prosilver; for heavily reworked styles, the smallest block around each
    .postbody that also holds a profile (kept only if every post gets its own block)."""
    nodes = [n for n in css(page.tree, "div.post") if re.fullmatch(r"p_?\d+", n.get("id") or "")]
    if nodes:
        return nodes
    bodies = css(page.tree, "div.postbody")
    blocks = []
    for body in bodies[:2000]:
        block = body.getparent()
        while block is not None and first(block, "dl.postprofile") is None:
            block = block.getparent()
        if block is None:
            continue
        if block in blocks:
            return []
        blocks.append(block)
    return blocks


def _post_id(node) -> str | None:
    for candidate in [node] + css(node, "dl.postprofile[id], [id^='post_content']"):
        m = re.fullmatch(r"(?:p_?|profile|post_content)(\d+)", candidate.get("id") or "")
        if m:
            return m.group(1)
    return None


def _table_layout(page: Page) -> bool:
    """True for subsilver2 / subSilver topics: post author cells beside .postbody messages."""
    return first(page.tree, TABLE_LAYOUT) is not None and first(page.tree, ".postbody") is not None


SIGNATURE_RULE = re.compile(r"^\s*_{5,}")  # both table styles open a signature with "_________________"


def _table_date(nodes: list, now) -> tuple[str | None, str | None]:
    """(ISO, raw) of the first "Label: date" among the nodes between a post's author and its message:
    subsilver2's "<b>Posté :</b> Lun 03 Mar 2025 10:12", subSilver's span.postdetails "Posté le: ..."."""
    for el in nodes:
        if el.tag == "b" and (el.text or "").strip().endswith(":"):
            raw = norm_ws(el.tail or "")
        elif has_class(el, "postdetails"):
            raw = norm_ws(el.text or "")
        else:
            continue
        iso = parse_date(raw, now=now) if raw else None
        if iso:
            return iso, raw
    return None, None


def _table_posts(page: Page) -> list[ForumPost]:
    """Posts of the table layouts, in page order: each post is the stretch of the page from one
    author cell to the next; its message is the first .postbody of that stretch (the next ones are
    its signature or, in subSilver, the rest of a message a quote split)."""
    authors = set(css(page.tree, TABLE_AUTHORS))
    parts: list[dict] = []
    for el in page.tree.iter():
        if not isinstance(el.tag, str):
            continue
        if el in authors:
            parts.append({"who": el, "before": [], "bodies": []})
        elif parts and has_class(el, "postbody"):
            if not any(inside(el, b) for b in parts[-1]["bodies"]):
                parts[-1]["bodies"].append(el)
        elif parts and not parts[-1]["bodies"]:
            parts[-1]["before"].append(el)
    offset = _offset(page, len(parts))
    out = []
    for part in parts[:2000]:
        bodies = [b for b in part["bodies"] if not SIGNATURE_RULE.match(node_text(b))]
        if not bodies:
            continue
        who = part["who"]
        anchor = first(who, "a[name]")
        if anchor is None and who.getprevious() is not None and who.getprevious().tag == "a":
            anchor = who.getprevious()
        m = re.fullmatch(r"p?(\d+)", (anchor.get("name") or "") if anchor is not None else "")
        # subSilver closes span.postbody before a quote's table and opens a new one after it:
        # the message is then the cell holding its spans.
        content = bodies[0] if bodies[0].tag == "div" else bodies[0].getparent()
        signature = [b for b in css(content, ".postbody") if SIGNATURE_RULE.match(node_text(b))]
        quotes = _top_quotes(content) or [t for t in css(content, "table") if first(t, "td.quote") is not None]
        titles = css(content, "div.quotetitle") + css(content, "span.gensmall")
        text, quoted = split_quotes(content, quotes, "cite, span.genmed", titles + signature)
        iso, raw = _table_date(part["before"], page.now)
        out.append(ForumPost(
            author=inline_text(first(who, "b") if who.tag == "span" else who) or None, published=iso,
            published_raw=raw, text=text, quoted=quoted, position=offset + len(out) + 1,
            post_id=m.group(1) if m else None,
            links=[_strip(u) for u in links_in(page, content, quotes + signature)]))
    return out


_POST_AUTHOR = re.compile(r'"POST_AUTHOR"\s*:\s*("(?:[^"\\]|\\.)*")')


def _script_author(node) -> str | None:
    """The author a post's own script names (Tapatalk-hosted phpBB drops the profile block of a
    member's consecutive posts, keeping `var post_data_N = {"POST_AUTHOR": ...}` in each post)."""
    for script in node.iter("script"):
        m = _POST_AUTHOR.search(script.text or "")
        if m:
            try:
                return norm_ws(json.loads(m.group(1))) or None
            except ValueError:
                return None
    return None


def _posts(page: Page) -> list[ForumPost]:
    nodes = _post_nodes(page)
    if not nodes and _table_layout(page):
        return _table_posts(page)
    offset = _offset(page, min(len(nodes), 2000))
    out = []
    for node in nodes[:2000]:
        who = first(node, ".postprofile a.username, .postprofile a.username-coloured,"
                          " .postprofile span.username, .postprofile span.username-coloured,"
                          " p.author a.username, p.author strong")
        author_line = first(node, "p.author")
        when = first(author_line, "time") if author_line is not None else None
        iso, raw = date_of(when, page.now)
        if not iso and author_line is not None:
            # phpBB < 3.2: "par Name » mar. 4 mars 2025 10:12" as plain text.
            raw = norm_ws(inline_text(author_line).split("\u00bb")[-1]) or None
            iso = parse_date(raw, now=page.now)
        content = first(node, "div.content")
        quotes = _top_quotes(content) if content is not None else []
        # subsilver2 puts the "X a écrit" header beside the quote, not inside it
        titles = css(content, "div.quotetitle")
        text, quoted = split_quotes(content, quotes, "cite", titles)
        out.append(ForumPost(
            author=inline_text(who) or _script_author(node), published=iso, published_raw=raw, text=text,
            quoted=quoted, position=offset + len(out) + 1, post_id=_post_id(node),
            links=[_strip(u) for u in links_in(page, content, quotes)]))
    return out


def parse(page: Page) -> ParsedPage:
    """ParsedPage of a phpBB page."""
    tree = page.tree
    section = _section(page)
    parsed = ParsedPage(url=page.url, platform="phpbb", kind="forum")
    parsed.site_name = site_name(page, ".site-description h1, #site-description h1")
    # subsilver2 and subSilver: a.forumlink rows, pagination.html in td.gensmall (topic rows' "Aller à
    # la page" in p.gensmall), category headers in td.cat.
    links = css(tree, "a.forumtitle, a.subforum, a.topictitle, .pagination a, .topiclist a, #nav-breadcrumbs a,"
                      " .breadcrumbs a, .crumb a, h2 a, .forabg a, .forumbg a, a.nav, a.maintitle, a.forumlink,"
                      " .gensmall a, td.cat a, .nav a")
    links += [n for n in tree.iter("link") if (n.get("rel") or "") in ("next", "prev")]
    boards, threads = _classify(page, links)
    if section == "viewtopic":
        parsed.page_type = "forum_thread"
        title = first(tree, "h2.topic-title, h2 a[href*='viewtopic'], h2, a.maintitle")
        parsed.title = inline_text(title) or meta(tree, "og:title") or None
        # prosilver h2.topic-title; subsilver2 #pageheader h2 > a.titles; subSilver a.maintitle
        own = [u for u in _classify(page, css(tree, "h2.topic-title a, #pageheader h2 a, a.maintitle"))[1]]
        parsed.thread_url = own[0] if own else None
        fill_thread(parsed, _posts(page))
    elif section in ("index", "viewforum"):
        parsed.page_type = "listing"
        if section == "viewforum":
            parsed.title = inline_text(first(tree, "h2.forum-title, h2")) or None
        parsed.text = listing_text(css(tree, "ul.topiclist li.row"))
    else:
        parsed.page_type = "other"
    parsed.nav = Navigation(boards=boards, threads=threads)
    return parsed
