"""WordPress: theme markup (hentry articles, entry-content) and wp_list_comments() output."""
from __future__ import annotations

import re

from .article import fuller_ld_body
from .boilerplate import BOILERPLATE, inner_boilerplate
from .bylines import plain_byline
from .closed import closed_notice
from .links import blogroll_links, hrefs, links_in, rel_links
from .maintext import extract_main, listing_text, published
from .model import Comment, Navigation, ParsedPage
from .names import first_person, html_title, meta_author, site_name, strip_label
from .page import Page
from .pagetype import PAGE_AS_POST, VERY_LONG_TEXT, judge, names_content
from .pubdates import checked_date, date_of
from .selection import css, first, first_of, has_class, meta, own, own_first, within_any
from .text import inline_text, node_text
from .urls import uniq

ARTICLES = "article.type-post, article.hentry, article.post, div.hentry, div.type-post, article[id^='post-']"
CONTENT = (".entry-content", ".post-content", ".elementor-widget-theme-post-content", ".entry", ".post-entry",
           ".article-content", ".single-content")
MIN_CONTENT = 300  # below this, a theme builder probably hid the body somewhere else
CHECK_CONTENT = 2000  # below this, the container may be an excerpt or a block: trafilatura checks
COMMENTS_AREA = "#comments, .comments-area, .comment-list, .commentlist, .wp-block-comments"
BLOGROLL = ".widget_links, ul.blogroll, .wp-block-links, #linkcat-2"
SIDEBARS = "#secondary, #sidebar, .sidebar, .widget-area, aside.widget, .widget"
ARCHIVE_WIDGETS = (".widget_archive a, .widget_categories a, .widget_tag_cloud a, .wp-block-archives a,"
                   " .wp-block-categories a, .wp-block-tag-cloud a, .cat-links a, .tags-links a")
RECENT_WIDGETS = ".widget_recent_entries a, .wp-block-latest-posts a"
PAGINATION = (".pagination a, .nav-links a, .navigation a, a.page-numbers, .wp-pagenavi a,"
              " .comment-navigation a, .comments-pagination a")
LISTING_CLASSES = {"archive", "category", "tag", "date", "author", "search", "blog", "paged", "search-results"}


def _comment_nodes(root) -> list:
    """One node per comment. Some themes wrap an article.comment in the li.comment: a node
    is a reply only when a list (ol/ul.children) separates it from the enclosing comment. wpDiscuz
    (WpdiscuzWalker) nests a reply's div.wpd-comment straight in its parent's, with no list between."""
    # Block themes (Twenty Twenty-Two to Twenty Twenty-Five) list them in ol.wp-block-comment-template.
    found = [n for n in css(root, ".comment-list .comment, .commentlist .comment, ol.comments .comment,"
                                  " #comments li.comment, #comments div.comment, .wp-block-comment-template .comment,"
                                  " .wpd-thread-list .wpd-comment")
             if n.tag in ("li", "div", "article")]
    chosen = set(found)
    kept = []
    for node in found:
        parent = node.getparent()
        while parent is not None and parent not in chosen and parent.tag not in ("ol", "ul"):
            parent = parent.getparent()
        if parent is not None and parent in chosen and not has_class(node, "wpd-comment"):
            continue  # the inner half of a wrapped comment
        kept.append(node)
    return kept


def _name(fn) -> str | None:
    """A commenter's name: the link's text, else the element's own text without the <span> label that
    Twenty Twelve's early versions put inside `cite.fn` ("Name <span>Auteur de l'article</span>")."""
    if fn is None:
        return None
    link = fn if fn.tag == "a" else first(fn, "a[href]")
    if link is not None:
        return inline_text(link) or inline_text(fn) or None
    if (fn.text or "").strip():
        return inline_text(fn, [c for c in fn if c.tag == "span"]) or None
    return inline_text(fn) or None


def comments(page: Page, scope=None) -> list[Comment]:
    """Comments of a wp_list_comments() list (html5 and older markup), replies in page order.

    Pingbacks and trackbacks (class pingback/trackback, not comment) are left out: they are
    links, not people speaking.
    """
    nodes = _comment_nodes(scope if scope is not None else page.tree)
    kept = set(nodes)

    def boundary(el) -> bool:
        return el in kept or has_class(el, "children")

    out = []
    for node in nodes[:2000]:
        # The name's own element first: Twenty Twelve's <cite> also holds a "Post author" label.
        fn = next((n for expr in (".fn, .comment-author-name, .comment-name, .wp-block-comment-author-name,"
                                  " .wpd-comment-author", ".comment-author cite") for n in own(node, expr, boundary)),
                  None)
        author = _name(fn)
        if fn is None:
            box = own_first(node, ".comment-author", boundary)
            author = inline_text(box, css(box, ".says, .comment-metadata, .comment-meta, time")) or None
            fn = box
        link = None
        if fn is not None:
            link = fn if fn.tag == "a" else first(fn, "a[href]")
        if link is None:
            link = own_first(node, ".comment-author a.url", boundary)
        when = own_first(node, ".comment-metadata time, .comment-meta time, .wp-block-comment-date time,"
                               " time[datetime]", boundary)
        iso, raw = date_of(when, page.now)
        if not iso:
            # wpDiscuz shows "il y a 2 ans" and keeps the date in the title: "14 mars 2023 16 h 02 min"
            when = own_first(node, ".comment-metadata a, .commentmetadata a, .comment-meta a,"
                                   " .comment-date, .comment-time, .wpd-comment-date", boundary)
            iso, raw = date_of(when, page.now)
        body = own_first(node, ".comment-content, .comment-text, .comment-entry, .wp-block-comment-content,"
                               " .wpd-comment-text", boundary)
        drop = own(node, ".children, .reply, .comment-reply-link, .comment-reply, .wp-block-comment-reply-link",
                   boundary)
        if body is None:
            # Old themes put the text straight into .comment-body next to the meta blocks.
            body = own_first(node, ".comment-body", boundary)
            body = node if body is None else body
            drop += own(node, ".comment-author, .comment-meta, .commentmetadata, .comment-metadata,"
                              " .comment-awaiting-moderation, footer", boundary)
        drop += [n for n in node.iter() if n is not node and boundary(n)]
        drop += css(body, ".jetpack-comment-likes-widget-wrapper, .comment-likes")
        out.append(Comment(
            author=author, author_url=page.url_(link.get("href")) if link is not None else None,
            published=iso, published_raw=raw, text=node_text(body, drop),
            links=links_in(page, body, drop), position=len(out) + 1,
            by_post_author=has_class(node, "bypostauthor") or None,  # comment_class() for the post's author
        ))
    return out


def _main_article(page: Page, articles: list):
    """The post itself: article#post-N for body class postid-N, else the first article."""
    for cls in page.body_classes():
        if cls.startswith(("postid-", "page-id-")) and cls.split("-")[-1].isdigit():
            node = first(page.tree, f"#post-{cls.split('-')[-1]}")
            if node is not None:
                return node
    return articles[0] if articles else first_of(page.tree, "main, #main, #content", "body")


def _body(page: Page, scope, area) -> tuple[str, list[str], list]:
    """(text, links, nodes) of the post body; trafilatura when no known container holds it."""
    content = None
    for expr in CONTENT:
        found = [n for n in css(scope, expr) if not within_any(n, area)]
        if found:
            content = found[0]
            break
    text, links, nodes = "", [], []
    if content is not None:
        drop = css(content, BOILERPLATE) + css(content, COMMENTS_AREA) + inner_boilerplate(content)
        text, links, nodes = node_text(content, drop), links_in(page, content, drop), [content]
    if len(text) < CHECK_CONTENT:
        # A short container is either a short post or a piece of a page builder's layout.
        main = extract_main(page)
        if len(main.text) > max(3 * len(text), MIN_CONTENT):
            return main.text, main.links, nodes
    return text, links, nodes


def _page_type(page: Page, articles: list) -> str:
    bc = page.body_classes()
    if "error404" in bc:
        return "other"
    if "single" in bc or "single-post" in bc:
        return "article"
    if "home" in bc and "paged" not in bc and not names_content(page.url):
        return "home"
    if "attachment" in bc:
        return "other"
    if "page" in bc:
        # A static page (about, contact) is not a post, unless it reads as one: sites that publish
        # their articles as pages show them dated, or write at length under article metadata.
        judged = judge(page)
        reads_as_post = judged.dated or (judged.chars >= VERY_LONG_TEXT and judged.post >= PAGE_AS_POST)
        return "article" if judged.page_type == "article" and reads_as_post else "other"
    if bc & LISTING_CLASSES:
        return "listing"
    # Themes that strip WordPress's body classes, default permalinks (/?p=123): judge the content.
    judged = judge(page).page_type
    if judged != "other":
        return judged
    if len(articles) == 1 and first(articles[0], "h1") is not None:
        return "article"
    if re.search(r"/\d{4}/\d{2}/\d{2}/[^/]+/?$", page.path) and len(articles) <= 1:
        return "article"
    return "listing" if len(articles) >= 2 else "other"


BYLINE = (".byline .author .fn, .byline .author a, .byline a, .author.vcard .fn, .author.vcard a, a[rel~='author'],"
          " .entry-author-name, .post-author-name, .author-name")
POST_DATES = ("time.entry-date.published, time.published", ".posted-on time, time.entry-date", "abbr.published, .entry-date",
              ".postmetadata small, .postmetadata")


def _post_header(title, art):
    """The header that holds the post's title when the theme prints it outside the post's <article>
    (`header.entry-header` before it): its byline and date are the post's. None otherwise, and never
    the site's own header."""
    if title is None or within_any(title, [art]):
        return None
    for el in title.iterancestors():
        if el.tag in ("main", "body", "article") or art in el.iterdescendants():
            return None
        if el.tag == "header" or has_class(el, "entry-header"):
            return None if has_class(el, "site-header") or el.get("id") == "masthead" else el
    return None


def _outermost(nodes: list) -> list:
    return [n for n in nodes if not any(a is not n and a in nodes for a in n.iterancestors())]


def parse(page: Page) -> ParsedPage:
    """ParsedPage of a WordPress page."""
    tree = page.tree
    area = css(tree, COMMENTS_AREA)
    articles = _outermost([a for a in css(tree, ARTICLES) if not within_any(a, area)])
    parsed = ParsedPage(url=page.url, platform="wordpress", kind="blog")
    parsed.page_type = _page_type(page, articles)
    parsed.site_name = site_name(page, ".site-title, #site-title, #header h1, #headerimg h1")
    nav = Navigation()
    main_nodes = list(articles)

    if parsed.page_type == "article":
        art = _main_article(page, articles)
        # Old themes (Kubrick) title a single post with a bare <h2>, but a title printed outside the article
        # comes first (block themes' own group, Newspack's full-width header): an <h2> there is the text's.
        title = next((t for t in (first_of(art, ".entry-title", ".post-title", "h1"),
                                  first(tree, "h1.wp-block-post-title, h1.entry-title"), first(art, "h2"), first(tree, "h1"))
                      if t is not None), None)
        parsed.title = inline_text(title) or meta(tree, "og:title") or None
        # Newspack (and other themes with a full-width title) print the post's header before its <article>
        heads = [art] + [h for h in [_post_header(title, art)] if h is not None]
        byline = next((b for h in heads if (b := own_first(h, BYLINE, lambda el: within_any(el, area))) is not None), None)
        if byline is None:  # block themes' post-meta group sits beside the title, outside <main>
            byline = first(tree, ".wp-block-post-author-name a, .wp-block-post-author-name")
        # last, a byline in markup no theme reader knows (page builders: Elementor's author box, Bricks)
        parsed.author = first_person(page, lambda: strip_label(inline_text(byline), "par", "by"),
                                     lambda: meta_author(page), lambda: plain_byline(page))
        when = next((w for h in heads if (w := first_of(h, *POST_DATES)) is not None), None)
        found = date_of(when, page.now)
        parsed.published, parsed.published_raw = checked_date(page, found) if found[0] else published(page, art)
        parsed.text, parsed.links, main_nodes = _body(page, art, area)
        parsed.text = fuller_ld_body(page, parsed.text) or parsed.text
        parsed.comments = comments(page)
        if closed_notice(page, "p.no-comments, .comments-closed, p.nocomments, .nocomments, #comments p,"
                               " .comments-area p", exclude=main_nodes):
            parsed.comments_open = False
        elif first(tree, "#respond, #commentform, form.comment-form") is not None:
            parsed.comments_open = True
        nav.articles = hrefs(page, css(tree, ".post-navigation a, .nav-previous a, .nav-next a, "
                                             "nav.navigation.post-navigation a"))
        nav.pages = hrefs(page, css(tree, ".comment-navigation a, .comments-pagination a")
                          + css(tree, ARCHIVE_WIDGETS))
    else:
        if parsed.page_type == "home":
            parsed.title = meta(tree, "og:title") or html_title(page)
        else:
            title = first_of(tree, "h1.page-title, .archive-title, .page-title", "main h1")
            parsed.title = inline_text(title) or None
        # A static front page (Settings > Reading) is a page: body classes "home page page-id-N".
        static_front = parsed.page_type == "home" and "page" in page.body_classes()
        if parsed.page_type in ("listing", "home") and articles and not static_front:
            parsed.text = listing_text(articles, ".entry-footer, .entry-meta")
            nav.articles = uniq(
                [page.url_(a.get("href")) for art in articles
                 for a in css(art, ".entry-title a, a[rel~='bookmark']")[:1]]
                + hrefs(page, css(tree, RECENT_WIDGETS)))
        else:
            parsed.text, parsed.links, main_nodes = _body(page, tree, area)
        nav.pages = uniq(hrefs(page, css(tree, PAGINATION)) + rel_links(page, "next", "prev")
                         + hrefs(page, css(tree, ARCHIVE_WIDGETS)))
    parsed.blogroll = blogroll_links(page, BLOGROLL, SIDEBARS, exclude=main_nodes)
    parsed.nav = nav
    return parsed
