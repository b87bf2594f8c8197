"""Any other site: trafilatura for the main text (maintext.py), page metadata and htmldate for the rest."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from . import comments, wordpress
from .article import fuller_ld_body
from .bylines import plain_byline
from .closed import closed_notice
from .jsonld import FORUM_TYPES, NEWS_TYPES, json_ld, ld_types, microdata_types
from .links import BLOGROLL_HEADING, blogroll_links, content_links, hrefs, links_in, pager_links
from .names import first_person, html_title, metadata_readers, strip_label
from .page import Page
from .selection import css, first, inside, meta
from .text import inline_text, node_text, norm_ws
from .urls import is_platform_link, site_host, uniq
# The main-text helpers lived here; they are maintext's now (imported from here by older callers).
from .maintext import (BLOGROLL, MAX_ELEMENTS, SIDEBARS, UNVERIFIED, Main, _entry_heading,  # noqa: F401
                       _permalink_heading, article_parts, byline_author, content_scope, extract_main, listing_text,
                       plain_main, published, size_of)
from .model import Navigation, ParsedPage
from .pagetype import is_home, judge, teaser_links, teasers, title_heading

# The post's own element, where its date is read (outside it, dates are the sidebars'): <article>, or Joomla's
# item page (components/com_content/tmpl/article/default.php: `div.com-content-article.item-page`; Joomla 3
# `div.item-page`), which prints its info block's `dd.published > time[datetime]` with the time of day.
ARTICLE_SCOPE = "article, div.item-page, div.com-content-article"


def _post_scope(page: Page):
    """The post's container: its <article>, widened to hold the page's <h1> where the theme prints the title, the
    byline and the date in a header beside the article (Newsup's div.mg-header, then article.page-content-single);
    never the whole page."""
    scope = first(page.tree, ARTICLE_SCOPE)
    h1 = first(page.tree, "h1")
    if scope is None or h1 is None or inside(h1, scope):
        return scope
    wider = scope.getparent()
    while wider is not None and wider.tag not in ("body", "html") and not inside(h1, wider):
        wider = wider.getparent()
    return wider if wider is not None and wider.tag not in ("body", "html") else scope


def _page_type(page: Page, main: Main, types: set[str]) -> str:
    """Judged on what the page holds (pagetype.judge): metadata, teasers, title and date, comments."""
    if types & FORUM_TYPES and not is_home(page):
        return "forum_thread"
    return judge(page, main.text).page_type


# Thread addresses of forum engines and link aggregators (/t/slug/12, /threads/x.12/, showthread.php?t=,
# /comments/id/, /topic/12-x/, /discussion/12/): their "comments" are the discussion itself.
_THREAD_PATH = re.compile(r"/(?:t|threads?|topics?|comments|discussions?|questions|d|s|post|story)/[^/]+|"
                          r"/boards?/[^/]+/\d+(?:[/?#]|$)|"
                          r"(?:showthread|viewtopic|showtopic)\.php|[?&](?:topic|t)=\d", re.I)


def forum_like(page: Page, types: set[str]) -> bool:
    """A discussion page of an engine without a family module: forum JSON-LD or a thread address."""
    parts = urlsplit(page.url)
    return bool(types & FORUM_TYPES) or bool(_THREAD_PATH.search(parts.path + "?" + parts.query))


_TITLE_SEP = re.compile(r"\s+[-–—|:»·]{1,2}\s+$")


def _without_site_name(page: Page, title: str) -> str:
    """A post's og:title without the site's name that engines append to it: "Title | Site" where
    og:site_name is "Site"; Canalblog's "Post title - Blog name", the blog's name being its <h1>,
    linked to the blog's home."""
    if not title:
        return title
    h1 = first(page.tree, "h1")
    home = first(h1, "a[href]") if h1 is not None else None
    # the <h1> is the blog's name when it links to the blog's home (else it is the post's own title)
    blog = (inline_text(h1) if home is not None and urlsplit(page.url_(home.get("href")) or "").path in ("", "/")
            else "")
    for name in (meta(page.tree, "og:site_name"), blog):
        name = norm_ws(name or "")
        if name and name != title and title.endswith(name):
            head = title[:-len(name)]
            m = _TITLE_SEP.search(head)
            if m and head[:m.start()].strip():
                return head[:m.start()].strip()
    return title


_FORM_PARTS = "form, label, input, textarea, select, button"
_BYLINE_LABELS = ("publié par ", "publiée par ", "écrit par ", "rédigé par ", "posted by ", "written by ", "par ", "by ")


def _without_header(page: Page, text: str) -> str:
    """The post's text without the lines of the `<header>` that holds its <h2> title (PluXml: title, "Rédigé par
    admin", "Classé dans : Bourse"), which the extractor keeps above a short post: a pasted excerpt must
    compare as the excerpt it is."""
    heading = title_heading(page)
    head = next(heading.iterancestors("header"), None) if heading is not None else None
    if head is None:
        return text
    shown = norm_ws(node_text(head))  # the extractor breaks its lines elsewhere: a line found in it is its
    lines = text.split("\n")
    top = 0
    while top < len(lines) and (not norm_ws(lines[top]) or norm_ws(lines[top]) in shown):
        top += 1  # the header's lines open the text; a short line further down ("Bourse") stays
    return "\n".join(lines[top:]) if top < len(lines) else text


def titled_blogroll(page: Page) -> list[str]:
    """Other sites' links on a page titled as a blogroll ("Liens", "Blogs amis": PluXml's static page,
    a Ghost page): the block under its title is the list, the page's menus and sidebars aside."""
    heading = title_heading(page)
    if heading is None:
        heading = first(page.tree, "h1")
    if heading is None or not BLOGROLL_HEADING.match(inline_text(heading)):
        return []
    box = next((a for a in heading.iterancestors("article", "main", "section")), None)
    if box is None:
        return []
    own = site_host(page.url)
    drop = css(box, "nav, aside, footer, form")
    return [u for u in links_in(page, box, drop) if site_host(u) != own and not is_platform_link(u)]


def _shown(page: Page, name: str | None) -> str | None:
    """`name` (the author trafilatura's metadata found) unless the page writes it in a form or a sidebar
    only: a comment form's "Nom ou pseudo" label is no author, nor a widget's byline."""
    body = first(page.tree, "body")
    if name:  # trafilatura keeps the byline's label: "Par Sophie" is Sophie, who answers as "Sophie"
        name = strip_label(name, *_BYLINE_LABELS)
    if not name or body is None:
        return name or None
    key = norm_ws(name).lower()
    # nor is a name written only in a sidebar (a widget's "latest posts by Marc Petit")
    asides = css(body, _FORM_PARTS + ", " + SIDEBARS)
    if not any(key in norm_ws(node_text(f)).lower() for f in asides):
        return name
    visible = node_text(body, asides, limit=len(page.markup))
    return name if key in norm_ws(visible).lower() else None


def parse(page: Page) -> ParsedPage:
    """ParsedPage of a page of no known platform."""
    types: set[str] = set()
    for obj in json_ld(page.tree):
        types |= ld_types(obj)
    main = extract_main(page, comments=forum_like(page, types))
    parsed = ParsedPage(url=page.url, platform="generic")
    parsed.page_type = _page_type(page, main, types)
    # Pages that use WordPress-style comment lists without announcing WordPress; else comments
    # found by structure in the page's comment section (Overblog, Canalblog, Skyrock, unknown engines).
    if first(page.tree, ".comment-list, .commentlist, .wpd-thread-list") is not None:  # wpDiscuz: WordPress's
        parsed.comments = wordpress.comments(page)
    if parsed.page_type in ("article", "other") and not any(c.author for c in parsed.comments):
        # no list, or a list named as WordPress names its own but none of whose comments WordPress's reader
        # could sign (Substack's div.comment-list of tables): read by structure, if that finds as many
        found = comments.comments(page, content_scope(page), main.text)
        if len(found) >= len(parsed.comments):
            parsed.comments = found
        if parsed.comments and parsed.page_type == "other":
            parsed.page_type = "article"  # a short text with people answering under it is a post
    if parsed.page_type == "article" and not parsed.comments:
        if closed_notice(page, "p, [class*='comment'], [id*='comment'], [class*='closed']"):
            parsed.comments_open = False  # "Les commentaires sont fermés": silence is not a lack of readers
        elif first(page.tree, "form textarea") is not None:
            parsed.comments_open = True
    # What the page says its site is, in JSON-LD or microdata: a Hugo, Jekyll or custom-CMS blog says
    # it only there, on its posts (the source's kind is decided in SQL from the home and the posts).
    said = types | microdata_types(page.tree)
    if said & NEWS_TYPES:
        parsed.kind = "news"
    elif "BlogPosting" in said:
        parsed.kind = "blog"
    elif said & FORUM_TYPES:
        parsed.kind = "forum"
    parsed.title = (_without_site_name(page, norm_ws(meta(page.tree, "og:title") or "")) or _permalink_heading(page)
                    or (_entry_heading(page) if parsed.page_type == "article" else None)
                    or (inline_text(title_heading(page)) or None if parsed.page_type == "article" else None) or main.title
                    or inline_text(first(page.tree, "h1")) or html_title(page))
    if parsed.page_type in ("article", "forum_thread"):
        parsed.author = first_person(page, *metadata_readers(page), lambda: byline_author(page),
                                     lambda: _shown(page, main.author),
                                     lambda: plain_byline(page) if parsed.page_type == "article" else None)
        parsed.published, parsed.published_raw = published(page, _post_scope(page), main)
    parsed.text = main.text
    parsed.links = main.links
    if parsed.page_type == "article":
        parts = article_parts(page)
        if parts is not None:
            parsed.text, parsed.links = parts
        parsed.text = fuller_ld_body(page, parsed.text) or parsed.text
        parsed.text = _without_header(page, parsed.text)
    items = css(page.tree, "article")
    if parsed.page_type in ("listing", "home") and len(items) < 2:
        items = teasers(page)
    if parsed.page_type in ("listing", "home") and len(items) >= 2:
        # A list of teasers: trafilatura keeps excerpts without their titles.
        parsed.text, parsed.links = listing_text(items), []
    parsed.blogroll = blogroll_links(page, BLOGROLL, SIDEBARS, exclude=css(page.tree, "main, article"))
    if parsed.page_type == "other":
        parsed.blogroll = uniq(parsed.blogroll + titled_blogroll(page))
    parsed.nav = Navigation(
        # Teasers' links too: engines whose teasers carry no bookmark/entry-title mark (SPIP's
        # li.hentry > strong > a, Drupal views rows, Joomla blog items, Hugo and Jekyll lists).
        # "other" pages too: a section holding one or two posts is too small to be called a
        # listing, but its posts must be reached.
        articles=uniq(hrefs(page, css(page.tree, "a[rel~='bookmark'], .entry-title a, .post-title a"))
                      + teaser_links(page))
        if parsed.page_type in ("listing", "home", "other") else [],
        pages=pager_links(page, worded=parsed.page_type not in ("article", "forum_thread")),
    )
    if parsed.page_type in ("listing", "home", "other") and not parsed.nav.articles:
        # No teaser nor bookmark says where the posts are (a custom forum's table of topics): the
        # content's own links, last in the crawl's order.
        parsed.nav.pages = uniq(parsed.nav.pages + content_links(page))
    return parsed
