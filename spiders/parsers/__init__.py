"""Parse stage: pure functions from (url, html) to ParsedPage, one module per platform family.

    detect_platform(url, html) -> "wordpress" | "blogger" | "dotclear" | "news" | "phpbb" | "fluxbb"
        | "discourse" | "xenforo" | "invision" | "vbulletin" | "stackexchange" | "smf" | "mybb"
        | "nodebb" | "vanilla" | "bbpress" | "wpforo" | "forumactif" | "reddit" | "flarum" | "overblog"
        | "canalblog" | "skyrock" | "hautetfort" | "spip" | "drupal" | "joomla" | "typepad" | "hugo"
        | "jekyll" | "ghost" | "medium" | "substack" | "generic"
    parse_page(url, html, platform=None, now=None) -> ParsedPage

The markup each family reads is described in docs/markup-families.md.
"""
from __future__ import annotations

import logging
import re
from datetime import datetime

from . import (blogger, comment_services, comments, dotclear, fluxbb, forums, generic, maintext, news, phpbb, threads,
               wordpress)
from .caps import MAX_FIELD_CHARS, MAX_ITEMS
from .discovery import feed_links, sitemap_links
from .jsonld import FORUM_TYPES, NEWS_TYPES, json_ld, ld_types, paywalled
from .language import detect_language
from .links import message_links
from .model import Comment, ForumPost, Navigation, ParsedPage
from .names import clean_author, html_title, site_name
from .page import Page
from .pagetype import teasers
from .pubdates import update_only
from .selection import first, inside, meta
from .text import norm_ws
from .urls import site_host, text_urls, uniq

MAX_URL_CHARS = 4000  # longer "URLs" are data: URIs gone wrong or tracking blobs
__all__ = ["detect_platform", "parse_page", "ParsedPage", "Comment", "ForumPost", "Navigation", "PLATFORMS"]

log = logging.getLogger(__name__)

PARSERS = {
    "wordpress": lambda page: _wordpress(page),
    "blogger": blogger.parse,
    "dotclear": dotclear.parse,
    "news": news.parse,
    "phpbb": phpbb.parse,
    "fluxbb": fluxbb.parse,
    # Other forum engines share one table-driven extractor (forums.FAMILIES).
    "discourse": forums.parser("discourse"),
    "xenforo": forums.parser("xenforo"),
    "invision": forums.parser("invision"),
    "vbulletin": forums.parser("vbulletin"),
    "stackexchange": forums.parser("stackexchange"),
    "smf": forums.parser("smf"),
    "mybb": forums.parser("mybb"),
    "nodebb": forums.parser("nodebb"),
    "kunena": forums.parser("kunena"),
    "vanilla": forums.parser("vanilla"),
    "bbpress": forums.parser("bbpress"),
    "wpforo": lambda page: _wpforo(page),
    "forumactif": lambda page: _forumactif(page),
    # Engines read by threads.py (known markup), whose other pages the generic path reads.
    "reddit": lambda page: _thread_or_generic(page, "reddit"),
    "flarum": lambda page: _thread_or_generic(page, "flarum"),
    # French hosted blog platforms: their markup varies by theme, the generic path reads it.
    **{name: generic.parse for name in ("overblog", "canalblog", "skyrock", "hautetfort")},
    # Engines without a module: the generic path judges their pages by content (pagetype.py);
    # newsroom CMSs' stories with NewsArticle metadata go to the news reader.
    **{name: (lambda page: _cms(page)) for name in ("spip", "drupal", "joomla")},
    **{name: (lambda page: _thread_or_generic(page, None))
       for name in ("typepad", "hugo", "jekyll", "ghost", "medium", "substack")},
    "generic": lambda page: _thread_or_generic(page, None),
}
PLATFORMS = tuple(PARSERS)
# CMSs whose sites run a forum extension on some of their pages (Joomla's Kunena, Drupal's forum modules): the
# crawl passes the platform of a site's home, and a forum page of such a site is read by its forum's family
FORUM_HOSTS = frozenset({"joomla", "drupal"})
# name -> (host suffix, needle in generator meta or asset URLs)
HOSTED_BLOGS = {
    "overblog": (".over-blog.com", "over-blog"),
    "canalblog": (".canalblog.com", "canalblog"),
    "skyrock": (".skyrock.com", "skyrock"),
    "hautetfort": (".hautetfort.com", "hautetfort"),
}
# name -> (needle in generator meta, host suffixes, needles in asset URLs); the cheap marks of
# engines read by the generic path (SPIP, Drupal and Joomla sites are blogs, newsrooms or neither).
ENGINES = {
    "spip": ("spip", (), ("spip.php?page=backend", "/squelettes-dist/", "/squelettes/", "/prive/javascript/")),
    "drupal": ("drupal", (), ("/sites/default/files/", "/core/misc/drupal", "/misc/drupal.js", "/core/themes/")),
    "joomla": ("joomla", (), ("/media/jui/", "/media/system/js/", "/media/templates/site/", "/templates/cassiopeia/")),
    "typepad": ("typepad", (".typepad.com", ".typepad.fr"), ("static.typepad.com",)),
    "hugo": ("hugo", (), ()),
    "jekyll": ("jekyll", (), ()),
    "ghost": ("ghost", (), ("/ghost/api/", "ghost-portal")),
    "medium": ("medium", ("medium.com",), ("cdn-client.medium.com", "miro.medium.com")),
    "substack": ("substack", (".substack.com",), ("substackcdn.com",)),
}
KINDS = {"wordpress": "blog", "blogger": "blog", "dotclear": "blog", "news": "news",
         **{name: "blog" for name in HOSTED_BLOGS},
         # Hugo and Jekyll build blogs and documentation alike: their kind comes from the page.
         **{name: "blog" for name in ("typepad", "ghost", "medium", "substack")},
         "phpbb": "forum", "fluxbb": "forum", "reddit": "forum", "flarum": "forum",
         **{name: "forum" for name in PARSERS if name in forums.PLATFORMS}}
_MICRODATA_POSTS = ("schema.org/DiscussionForumPosting", "schema.org/Comment", "schema.org/Answer")


# What a forum's pages say of themselves, in their address or their classes and ids (wpForo's wpforo-*,
# Asgaros's asgarosforum, a theme's div.forum-post, Simple:Press's spForum...): the words a WordPress
# page must show before its structure is read for a thread. In classes, not "topic" (themes' topic tags)
# nor "thread" (WordPress's comments, wpDiscuz, Disqus and the Threads network's share icons say it).
_DISCUSSION = re.compile(r"forum|topic|thread|discussion|sujet|communaut|community|question", re.I)
_FORUM_CLASS = re.compile(r"forum|discussion|sujet", re.I)


def _forum_marks(page: Page) -> bool:
    """A class or id of the page names a forum (menu items' classes left out)."""
    return any(_FORUM_CLASS.search(token) and not token.startswith("menu-item")
               for value in page.tree.xpath("//@class | //@id") if _FORUM_CLASS.search(value)
               for token in value.split())


def _wordpress(page: Page) -> ParsedPage:
    """A WordPress page; a forum thread when a post or page without comments holds a discussion by
    content (`_reads_as_thread`): forum plugins and themes other than bbPress (a forum archive's
    div.forum-post blocks, each with its member and date) print a thread inside a WordPress page."""
    parsed = wordpress.parse(page)
    if parsed.page_type not in ("article", "other") or parsed.comments or page.is_root() is not False:
        return parsed
    if not (_DISCUSSION.search(page.path) or _forum_marks(page)):
        return parsed  # reading structure costs a WordPress page half its parse: only where a forum may be
    thread = threads.parse(page, None)
    if thread is None or _article_with_comments(page, thread) or not _reads_as_thread(page, thread):
        return parsed
    return thread


def _thread_or_generic(page: Page, engine: str | None) -> ParsedPage:
    """A discussion page of an engine without a family module: its posts when threads.py finds
    them (known markup, schema.org microdata, then structure), else the generic (trafilatura) path.
    A forum engine's markup, forum JSON-LD, post microdata or a thread address says the page is a
    discussion; any other page below the root is one only when it holds one by content
    (`_reads_as_thread`): a custom forum's thread at /forum/retraite/racheter-88 or /sujet/88."""
    hinted = engine is not None
    if engine is None:
        types: set[str] = set()
        for obj in json_ld(page.tree):
            types |= ld_types(obj)
        markup = any(needle in page.markup for needle in _MICRODATA_POSTS)
        if page.is_root() is not False and not types & FORUM_TYPES:
            return generic.parse(page)
        hinted = markup or generic.forum_like(page, types)
    parsed = threads.parse(page, engine)
    if parsed is None or (engine is None and _article_with_comments(page, parsed)):
        return generic.parse(page)
    if not hinted and not threads.declared_thread(page) and not _reads_as_thread(page, parsed):
        return generic.parse(page)  # (a QAPage's question is a thread however short, answered or not)
    return parsed


def _by_structure(page: Page, parsed: ParsedPage) -> ParsedPage | None:
    """The thread threads.py reads by structure on a page of a table-read engine (`parsed`) whose template its
    table missed, under that engine's name and navigation; None when it finds none."""
    found = threads.parse(page, None)
    if found is not None:
        found.platform, found.nav = parsed.platform, parsed.nav
    return found


def _forumactif(page: Page) -> ParsedPage:
    """A Forumactif page by its template version's markup (forums.FAMILIES), else, at a thread's address, by
    structure (threads.py): forums rewrite their templates, and AwesomeBB's is not read from its own."""
    parsed = forums.parse(page, "forumactif")
    own = forums.thread_of("forumactif", page.url)
    found = None if parsed.page_type == "forum_thread" or own is None else _by_structure(page, parsed)
    if found is None:
        return parsed
    offset = forums.page_offset(page, forums.FAMILIES["forumactif"])
    for post in found.posts:
        post.position += offset
    found.thread_url = own
    return found


def _wpforo(page: Page) -> ParsedPage:
    """A wpForo page by its themes' markup (forums.FAMILIES), else, when it holds a thread by content
    (`_reads_as_thread`), by structure: a theme of its own may rename every class."""
    parsed = forums.parse(page, "wpforo")
    found = _by_structure(page, parsed) if parsed.page_type == "other" else None
    return found if found is not None and _reads_as_thread(page, found) else parsed


MIN_AUTHORS = 2  # a thread nobody answered is no evidence of a forum without an address that says so


def _reads_as_thread(page: Page, parsed: ParsedPage) -> bool:
    """A page with no address nor markup of a forum is a thread when its messages (nearly) all carry an
    author and a date, at least two members write them (or each sits beside its member's figures,
    `threads.member_columns`), they are not a listing's teasers (each linking to a post of its own), and they
    hold most of the page's main text (comments under an article of its own, however short, do not)."""
    posts = parsed.posts
    signed = [p for p in posts if p.author and p.published]
    bodies = page._cache.get("structural_bodies") or []
    if len(posts) < 2 or len(signed) < 0.8 * len(posts):
        return False
    if len({p.author.lower() for p in signed}) < MIN_AUTHORS and not threads.member_columns(bodies):
        return False
    items = teasers(page)  # one item wrapping every message is the page's own <article>, not a listing
    in_teasers = sum(1 for b in bodies if any(inside(b, t) or inside(t, b) for t in items))
    if len(items) >= 2 and in_teasers >= 0.5 * max(len(bodies), 1):
        return False  # the "messages" are a listing's teasers, each linking to a post of its own
    # A post above its comments, even a short one, is an article: most of the page's main text is
    # then outside the messages (its word triples are not theirs).
    main = _triples(generic.extract_main(page).text)
    # the messages' whole blocks: a board's signatures are the thread's words, though not the posters'
    said = _triples(" \n".join([f"{p.author} {p.date_text or ''} {p.text}" for p in posts]
                               + [" ".join(b.itertext()) for b in bodies]))
    return bool(main) and len(main & said) >= THREAD_SHARE_OF_MAIN * len(main)


THREAD_SHARE_OF_MAIN = 0.5
_WORD = re.compile(r"\w+")


def _triples(text: str) -> set:
    words = _WORD.findall(text.lower())
    return set(zip(words, words[1:], words[2:]))


ARTICLE_WORDS = 150  # an article above comments holds at least this many words of its own


def _cms(page: Page) -> ParsedPage:
    """A page of a general CMS (SPIP, Drupal, Joomla): a newsroom story when its metadata says so."""
    types: set[str] = set()
    for obj in json_ld(page.tree):
        types |= ld_types(obj)
    return news.parse(page) if types & NEWS_TYPES else _thread_or_generic(page, None)


def _engine(page: Page, generator: str, assets: str) -> str | None:
    """SPIP, Drupal, Joomla, Typepad, Hugo, Jekyll, Ghost, Medium, Substack from their generator
    meta, host or assets; SPIP also from its body classes (page_article, page_sommaire...)."""
    host = site_host(page.url)
    for name, (needle, hosts, asset_needles) in ENGINES.items():
        if (needle in generator or any(host == h.lstrip(".") or host.endswith("." + h.lstrip(".")) for h in hosts)
                or any(a in assets for a in asset_needles)):
            return name
    if any(c.startswith("page_") for c in page.body_classes()) and "spip.php" in page.markup:
        return "spip"
    if "data-drupal-selector" in page.markup or "drupal-settings-json" in page.markup:
        return "drupal"
    return None


def _article_with_comments(page: Page, parsed: ParsedPage) -> bool:
    """True when the "posts" found by structure all sit in the page's comment section under an
    article of its own (a blog at /post/slug with a long comment thread): the page is that article."""
    bodies = page._cache.get("structural_bodies") or []
    sections = comments.regions(page)
    if not bodies or not sections:
        return False
    order = {el: i for i, el in enumerate(page.tree.iter())}

    def under(section) -> bool:
        # every body in the section, but the article's own parts above it (Drupal's body and tags fields
        # are `div.field` like its comments' bodies)
        inner = [b for b in bodies if inside(b, section)]
        return bool(inner) and all(b in inner or order[b] < order[section] for b in bodies)

    if not any(under(section) for section in sections):
        return False
    main = generic.extract_main(page).text
    opening = " ".join(main.split()[:12])
    return len(main.split()) >= ARTICLE_WORDS and not any(opening in (p.text or "") for p in parsed.posts[:3])


def _head_assets(page: Page) -> str:
    """src/href of the page's stylesheets, scripts and <link>s, lowercased, one per line."""
    urls = [n.get("href") or "" for n in page.tree.iter("link")]
    urls += [n.get("src") or "" for n in page.tree.iter("script")]
    return "\n".join(urls).lower()


def _detect(page: Page) -> str:
    tree = page.tree
    if tree is None:
        return "generic"
    # Plugins add generator tags of their own (Elementor, WooCommerce...): read them all.
    generator = " ".join((n.get("content") or "") for n in tree.iter("meta")
                         if (n.get("name") or "").lower() == "generator").lower()
    if first(tree, forums.BBPRESS) is not None:  # a WordPress site's forum (bbPress): its pages are a forum's
        return "bbpress"
    if first(tree, forums.WPFORO) is not None:  # a WordPress site's forum (wpForo)
        return "wpforo"
    if forums.is_forumactif(page):  # before phpBB's marks: its phpBB-like versions print none of phpBB's links
        return "forumactif"
    for name, needle in (("wordpress", "wordpress"), ("blogger", "blogger"), ("dotclear", "dotclear"),
                         ("phpbb", "phpbb"), ("fluxbb", "fluxbb"), ("fluxbb", "punbb")):
        if needle in generator:
            return name
    host = site_host(page.url)
    assets = _head_assets(page)
    for name, (suffix, needle) in HOSTED_BLOGS.items():
        if host.endswith(suffix) or needle in generator or needle in assets:
            return name
    classes = page.body_classes()
    if page.body_id() == "phpbb" or first(tree, "#phpbb") is not None:
        return "phpbb"
    if first(tree, "div.pun[id^='pun']") is not None:
        return "fluxbb"
    if first(tree, "div#brd-wrap div.brd-page[id^='brd-']") is not None:  # PunBB 1.3-1.4 (main.tpl): its boards too
        return "fluxbb"
    engine = forums.detect(page)
    if engine:
        return forums.FAMILIES[engine].name
    engine = threads.detect(page)
    if engine:
        return engine
    if (first(tree, "div.post .postbody div.content, div.post div.postbody div.content") is not None
            and first(tree, "a[href*='viewtopic.php'], a[href*='memberlist.php']") is not None):
        return "phpbb"  # phpBB styles that drop the body id and the credit line
    if any(c.startswith("dc-") for c in classes):
        return "dotclear"
    engine = _engine(page, generator, assets)
    if engine:
        return engine
    if ("api.w.org" in assets or "/wp-content/" in assets or "/wp-includes/" in assets
            or first(tree, "link[rel='https://api.w.org/']") is not None):
        return "wordpress"
    if ("blogger.com/static" in assets or "/feeds/posts/default" in assets
            or site_host(page.url).endswith(".blogspot.com")
            or first(tree, "div.blog-posts.hfeed, div.widget.Blog") is not None):
        return "blogger"
    credits = [a.get("href") or "" for a in tree.iter("a")]
    if (any("phpbb.com" in h for h in credits)
            and first(tree, "div.postbody, ul.topiclist, a.topictitle") is not None):
        return "phpbb"
    if (any(re.search(r"(fluxbb|punbb)\.(org|informer)", h) for h in credits)
            and first(tree, "div.pun") is not None):
        return "fluxbb"
    if ("/feed/atom" in assets and "/feed/rss2" in assets) or (
            re.search(r"/post/\d{4}/\d{2}/\d{2}/", page.url) and first(tree, "p.post-info") is not None):
        return "dotclear"
    types: set[str] = set()
    for obj in json_ld(tree):
        types |= ld_types(obj)
    if types & NEWS_TYPES or first(tree, "ul.news-list, article.news-article") is not None:
        return "news"
    # og:type article alone is every blog's; with a newsroom byline and no comments, a newsroom.
    if ((meta(tree, "og:type") or "").lower() == "article" and first(tree, ".byline, h1.headline") is not None
            and first(tree, "#comments, .comments, .comment-list") is None):
        return "news"
    return "generic"


def detect_platform(url: str, html) -> str:
    """Platform family of a page: generator meta, body ids/classes, assets, markup, URL patterns."""
    try:
        return _detect(Page.load(url, html))
    except Exception:  # hostile input: "no idea" is an answer
        log.debug("platform detection failed for %s", url, exc_info=True)
        return "generic"


def _finish(parsed: ParsedPage, page: Page, platform: str) -> ParsedPage:
    """Fields every family shares, then caps so that no page can blow up a row."""
    parsed.platform = platform
    if parsed.page_type == "article":  # a thread's author is its opener's account name, kept as written
        parsed.author = clean_author(parsed.author)
    if platform in KINDS and parsed.kind != "forum":  # a blog engine's page may hold a forum's thread
        parsed.kind = KINDS[platform]
    if page.tree is not None:
        if parsed.page_type == "article" and not parsed.comments:
            parsed.comments_hosted_by = comment_services.comment_service(page)
        if parsed.page_type == "article":
            parsed.paywalled = paywalled(page.tree)
            parsed.quotations = maintext.quotations(page)
        if parsed.page_type == "article" and update_only(page, parsed.published, parsed.published_raw):
            # the day it was last edited is no publication date: undated (published_raw keeps what was read)
            for post in parsed.posts:
                if post.published == parsed.published:
                    post.published = None
            parsed.published = None
        parsed.site_name = parsed.site_name or site_name(page)
        parsed.title = parsed.title or html_title(page)
        drop = phpbb.DROP_PARAMS if platform == "phpbb" else ()
        parsed.nav.feeds = uniq(parsed.nav.feeds + feed_links(page, drop))
        parsed.nav.sitemaps = uniq(parsed.nav.sitemaps + sitemap_links(page))
        _fold_message_links(parsed.nav, page)
        if parsed.page_type == "forum_thread" and parsed.posts:
            parsed.signature_links = forums.signature_links(page)
    parsed.language = parsed.language or detect_language(page.tree, parsed.text)
    return cap_page(parsed)


def _fold_message_links(nav: Navigation, page: Page) -> None:
    """In the lists to follow, a link to one message of a thread the page links whole becomes that thread's
    address, in its place (the message link may be the only one a list picked: Question2Answer's teasers)."""
    if not (nav.articles or nav.pages or nav.boards or nav.threads):
        return
    folded = message_links(page, nav.threads + nav.articles)
    if folded:
        for name in ("articles", "pages", "boards", "threads"):
            setattr(nav, name, uniq(folded.get(u, u) for u in getattr(nav, name)))


def _short(value: str | None, limit: int = 1000) -> str | None:
    """A one-line field (title, author...): whitespace collapsed, capped, None when empty."""
    if not isinstance(value, str):
        return None
    return norm_ws(value)[:limit] or None


def cap_page(parsed: ParsedPage) -> ParsedPage:
    """Truncate every string and list of a ParsedPage to the configured limits."""
    parsed.title, parsed.author = _short(parsed.title), _short(parsed.author)
    parsed.site_name, parsed.published_raw = _short(parsed.site_name), _short(parsed.published_raw, 200)
    parsed.text = (parsed.text or "")[:MAX_FIELD_CHARS]
    parsed.comments = parsed.comments[:MAX_ITEMS]
    parsed.posts = parsed.posts[:MAX_ITEMS]
    for item in parsed.comments + parsed.posts:
        item.author, item.published_raw = _short(item.author), _short(item.published_raw, 200)
        item.text = (item.text or "")[:MAX_FIELD_CHARS]
        if isinstance(item, ForumPost):
            item.date_text = _short(item.date_text, 200)
        if isinstance(item, Comment):  # a URL written in a comment is a link to its reader (spam's mark)
            item.links = item.links + text_urls(item.text)
        item.links = uniq(u for u in item.links if len(u) <= MAX_URL_CHARS)
        if isinstance(item, Comment):
            item.author_url = item.author_url if item.author_url and len(item.author_url) <= MAX_URL_CHARS else None
        else:
            item.quoted = (item.quoted or "")[:MAX_FIELD_CHARS]
    if parsed.page_type == "article":  # so is a URL written in a post: WordPress and Markdown link none by themselves
        parsed.links = parsed.links + text_urls(parsed.text)
    parsed.links = uniq(u for u in parsed.links if len(u) <= MAX_URL_CHARS)
    parsed.blogroll = uniq(u for u in parsed.blogroll if len(u) <= MAX_URL_CHARS)
    parsed.signature_links = uniq(u for u in parsed.signature_links if len(u) <= MAX_URL_CHARS)[:MAX_ITEMS]
    nav = parsed.nav
    for name in ("articles", "pages", "boards", "threads", "feeds", "sitemaps"):
        setattr(nav, name, uniq(u for u in getattr(nav, name) if len(u) <= MAX_URL_CHARS))
    return parsed


def parse_page(url: str, html, platform: str | None = None, now: datetime | None = None) -> ParsedPage:
    """Everything extracted from one page; never raises.

    `html` is str or bytes (bytes decoded with the declared charset, else utf-8/cp1252).
    `platform` forces a family (else detected). `now` anchors relative dates such as
    "Hier 18:40" (default: the current time). A page that cannot be read at all comes back
    as page_type "other" with empty fields.
    """
    url = url or ""
    try:
        page = Page.load(url, html, now=now)
    except Exception:
        log.debug("could not load %s", url, exc_info=True)
        return ParsedPage(url=url)
    if page.tree is None:
        return ParsedPage(url=url)
    chosen = platform if platform in PARSERS else None
    try:
        if chosen in FORUM_HOSTS:  # the site's engine, from its home; its forum extension's pages are the forum's
            engine = forums.detect(page)
            chosen = forums.FAMILIES[engine].name if engine else chosen
        chosen = chosen or _detect(page)
    except Exception:
        chosen = "generic"
    for name in dict.fromkeys((chosen, "generic")):
        try:
            # The platform stays the detected one even when the generic parser did the work.
            return _finish(PARSERS[name](page), page, chosen)
        except Exception:  # a family parser tripping on odd markup: try the generic one
            log.debug("%s parser failed on %s", name, url, exc_info=True)
    return ParsedPage(url=url, platform=chosen)
