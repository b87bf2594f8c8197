"""Page types judged by content (spiders/parsers/pagetype.py), one case per engine and URL scheme.

The fixtures follow the engines' real templates (each names its template in a comment at its top):
SPIP squelettes-dist, Drupal Olivero, Joomla Cassiopeia, WordPress Twenty Twenty-One / Twenty Ten /
Twenty Twenty-Four under themes that print no body classes, Hugo PaperMod, Jekyll minima, Typepad,
Canalblog, Substack, Medium and an in-house newsroom CMS. Posts are recognised at every address the engines give them (`/?p=123`,
`spip.php?article12`, SPIP's propres URLs, `/node/42`, Joomla's plain URLs, `titre_1234.html`),
and addresses are only hints: a listing at a post-like address stays a listing.
"""
import re
from pathlib import Path

import pytest

from ecoaudit.urls import is_crawlable, normalize
from spiders.parsers import detect_platform, parse_page
from spiders.parsers.common import Page
from spiders.parsers.pagetype import is_home, judge, names_content

HTML = Path(__file__).parent / "fixtures" / "html"
SPIP = "https://epargne-territoires.example"
DRUPAL = "https://www.patrimoine-conseil.example"
JOOMLA = "https://cabinet-arnaud.example"
WP = "https://julien-patrimoine.example"
HUGO = "https://carnet-epargne.example"
JEKYLL = "https://notes-epargnant.example"
NEWS = "https://www.gazette-piemont.example"
CANALBLOG = "http://bourse-patrimoine.canalblog.com"

# (fixture, url, platform, page type)
CASES = [
    # SPIP: every URL scheme of the same article (page, html, plain "page=" form, propres).
    ("spip/article.html", SPIP + "/spip.php?article12", "spip", "article"),
    ("spip/article.html", SPIP + "/article12.html", "spip", "article"),
    ("spip/article.html", SPIP + "/spip.php?page=article&id_article=12", "spip", "article"),
    ("spip/article.html", SPIP + "/Assurance-vie-les-fonds-euros-en-2025", "spip", "article"),
    ("spip/sommaire.html", SPIP + "/", "spip", "home"),
    ("spip/sommaire.html", SPIP + "/?lang=fr", "spip", "home"),
    ("spip/sommaire.html", SPIP + "/spip.php", "spip", "home"),
    ("spip/rubrique.html", SPIP + "/spip.php?rubrique1", "spip", "listing"),
    ("spip/rubrique.html", SPIP + "/-Epargne-", "spip", "listing"),
    ("spip/rubrique.html", SPIP + "/spip.php?article99", "spip", "listing"),  # the address is a hint only
    # Drupal (Olivero): path aliases and /node/N; the front page view of teasers.
    ("drupal/node.html", DRUPAL + "/epargne/assurance-vie-fonds-euros-2025", "drupal", "article"),
    ("drupal/node.html", DRUPAL + "/node/42", "drupal", "article"),
    ("drupal/frontpage.html", DRUPAL + "/", "drupal", "home"),
    ("drupal/frontpage.html", DRUPAL + "/node", "drupal", "listing"),
    # Joomla (Cassiopeia): plain and SEF URLs; a category blog.
    ("joomla/article.html", JOOMLA + "/index.php?option=com_content&view=article&id=12&catid=8&Itemid=101",
     "joomla", "article"),
    ("joomla/article.html", JOOMLA + "/index.php/actualites/12-le-per-individuel-deux-ans-apres", "joomla", "article"),
    ("joomla/blog.html", JOOMLA + "/index.php/actualites", "joomla", "listing"),
    # WordPress without body classes: every permalink structure.
    ("wordpress/bare-theme-post.html", WP + "/?p=123", "wordpress", "article"),
    ("wordpress/bare-theme-post.html", WP + "/index.php/2025/03/04/transmettre/", "wordpress", "article"),
    ("wordpress/bare-theme-post.html", WP + "/archives/123", "wordpress", "article"),
    ("wordpress/bare-theme-post.html", WP + "/succession/transmettre-avant-70-ans/", "wordpress", "article"),
    ("wordpress/bare-theme-post.html", WP + "/transmettre-avant-70-ans.html", "wordpress", "article"),
    ("wordpress/bare-theme-archive.html", WP + "/?cat=3", "wordpress", "listing"),
    ("wordpress/bare-theme-archive.html", WP + "/?cat=3&paged=2", "wordpress", "listing"),
    ("wordpress/bare-theme-archive.html", WP + "/succession-2/", "wordpress", "listing"),
    ("wordpress/home.html", WP + "/", "wordpress", "home"),
    # Static site generators.
    ("hugo/papermod-single.html", HUGO + "/posts/premier-bilan-patrimonial/", "hugo", "article"),
    ("hugo/papermod-list.html", HUGO + "/posts/", "hugo", "listing"),
    ("jekyll/minima-post.html", JEKYLL + "/2025/03/04/versements-programmes.html", "jekyll", "article"),
    ("jekyll/minima-home.html", JEKYLL + "/", "jekyll", "home"),
    ("jekyll/minima-home.html", JEKYLL + "/blog/", "jekyll", "listing"),
    # Hosted platforms. Canalblog's teasers carry no class that says so: found by structure.
    ("hosted/canalblog.html", CANALBLOG + "/archives/2025/03/04/41204587.html", "canalblog", "article"),
    ("hosted/canalblog-home.html", CANALBLOG + "/", "canalblog", "home"),
    ("hosted/canalblog-home.html", CANALBLOG + "/archives/p10-10.html", "canalblog", "listing"),
    ("typepad/post.html", "https://carnet-bernard.typepad.fr/blog/2025/03/scpi-que-je-nacheterai-plus.html",
     "typepad", "article"),
    ("substack/post.html", "https://lettrepatrimoniale.substack.com/p/pourquoi-jai-quitte-ma-banque-privee",
     "substack", "article"),
    ("medium/post.html", "https://medium.com/@yanisb/ce-que-ma-appris-mon-premier-investissement-locatif-3f2a9c1d7e4b",
     "medium", "article"),
    # A newsroom CMS without article metadata: /rubrique/sous-rubrique/titre_1234.html, and the same
    # story at an address that says nothing.
    ("news/cms-article.html", NEWS + "/economie/patrimoine/donations-repartent_1234.html", "generic", "article"),
    ("news/cms-article.html", NEWS + "/economie/patrimoine/donations-repartent", "generic", "article"),
    ("news/cms-rubrique.html", NEWS + "/economie/patrimoine/", "generic", "listing"),
]


@pytest.mark.parametrize("fixture, url, platform, page_type", CASES, ids=[f"{c[0]}@{c[1].split('.example')[-1][:40]}"
                                                                         for c in CASES])
def test_page_type_by_content(fixture, url, platform, page_type):
    html = (HTML / fixture).read_bytes()
    assert detect_platform(url, html) == platform
    parsed = parse_page(url, html)
    assert (parsed.platform, parsed.page_type) == (platform, page_type)
    if page_type == "article":
        assert parsed.published and parsed.published.startswith("2025-03-04")
        assert len(parsed.text) >= 200


# (fixture, url, post links the listing must give the crawler)
NAV = [
    ("spip/sommaire.html", SPIP + "/", [SPIP + "/spip.php?article12", SPIP + "/spip.php?article11",
                                        SPIP + "/spip.php?article10"]),
    ("spip/rubrique.html", SPIP + "/spip.php?rubrique1", [SPIP + "/-Assurance-vie-les-fonds-euros-en-2025-",
                                                          SPIP + "/Livret-A-ce-qui-change-au-1er-fevrier",
                                                          SPIP + "/PEA-ou-assurance-vie-pour-un-premier-placement"]),
    ("drupal/frontpage.html", DRUPAL + "/", [DRUPAL + "/epargne/assurance-vie-fonds-euros-2025",
                                             DRUPAL + "/epargne/livret-a-fevrier", DRUPAL + "/node/38"]),
    ("joomla/blog.html", JOOMLA + "/index.php/actualites",
     [JOOMLA + "/index.php/actualites/12-le-per-individuel-deux-ans-apres",
      JOOMLA + "/index.php/actualites/11-livret-a-fevrier",
      JOOMLA + "/index.php?option=com_content&view=article&id=10&catid=8&Itemid=101"]),
    ("wordpress/bare-theme-archive.html", WP + "/?cat=3", [WP + "/?p=123", WP + "/?p=118", WP + "/?p=101"]),
    ("hugo/papermod-list.html", HUGO + "/posts/", [HUGO + "/posts/premier-bilan-patrimonial/",
                                                   HUGO + "/posts/ouvrir-un-pea/", HUGO + "/posts/budget-janvier/"]),
    ("jekyll/minima-home.html", JEKYLL + "/", [JEKYLL + "/2025/03/04/versements-programmes.html",
                                               JEKYLL + "/2025/02/02/frais-assurance-vie.html",
                                               JEKYLL + "/2025/01/05/objectifs-2025.html"]),
    ("hosted/canalblog-home.html", CANALBLOG + "/", [CANALBLOG + "/archives/2025/03/04/41204587.html",
                                                     CANALBLOG + "/archives/2025/02/20/41198812.html",
                                                     CANALBLOG + "/archives/2025/02/02/41190035.html"]),
    ("news/cms-rubrique.html", NEWS + "/economie/patrimoine/",
     [NEWS + "/economie/patrimoine/donations-repartent_1234.html",
      NEWS + "/economie/patrimoine/le-livret-a-baisse_1201.html",
      NEWS + "/economie/patrimoine/immobilier-prix-pau_1188.html"]),
]


@pytest.mark.parametrize("fixture, url, posts", NAV, ids=[c[0] for c in NAV])
def test_listings_lead_to_their_posts(fixture, url, posts):
    """The crawler follows nav.articles: each listing's posts are there, and survive normalisation."""
    parsed = parse_page(url, (HTML / fixture).read_bytes())
    for post in posts:
        assert post in parsed.nav.articles, post
        assert is_crawlable(post), post
        assert normalize(post) == normalize(normalize(post))
    assert len({normalize(p) for p in posts}) == len(posts)  # distinct pages stay distinct


PAGER = [
    # Canalblog: a bare "Articles plus anciens" link, no rel, no pagination class.
    ("hosted/canalblog-home.html", CANALBLOG + "/", CANALBLOG + "/archives/p10-10.html"),
    # Hugo PaperMod: nav.pagination > a.next.
    ("hugo/papermod-list.html", HUGO + "/posts/", HUGO + "/posts/page/2/"),
]


@pytest.mark.parametrize("fixture, url, older", PAGER, ids=[c[0] for c in PAGER])
def test_listings_lead_to_their_older_pages(fixture, url, older):
    """The crawler follows nav.pages to reach posts beyond the first page (Canalblog has no sitemap)."""
    assert older in parse_page(url, (HTML / fixture).read_bytes()).nav.pages


def test_a_worded_pager_counts_on_lists_only():
    """"Page suivante" names a list's next page; on a post, "Billet suivant" is the next post (an article
    link, not a list page); a long title that says "suivant" is no pager; another site's "next" neither."""
    from spiders.parsers.links import pager_links
    from spiders.parsers.page import Page

    body = (f'<p><a href="{HUGO}/page/3/">« Page suivante</a> <a href="{HUGO}/2025/x/">Billet suivant</a>'
            f' <a href="{HUGO}/2025/y/">Le taux suivant du livret A sera connu en juillet prochain</a>'
            f' <a href="http://ailleurs.example/page/2/">Older posts</a></p>')
    page = Page.load(HUGO + "/page/2/", f"<html><body>{body}</body></html>")
    assert pager_links(page) == [HUGO + "/page/3/", HUGO + "/2025/x/"]
    assert pager_links(page, worded=False) == []


def test_content_addresses_survive_normalisation():
    """Keys without a value name SPIP and Dotclear pages: normalisation keeps them (courlan drops them)."""
    assert normalize(SPIP + "/spip.php?article12") == SPIP + "/spip.php?article12"
    assert normalize(SPIP + "/spip.php?article12&utm_source=x#forum") == SPIP + "/spip.php?article12"
    assert normalize(SPIP + "/?article12&lang=fr") == SPIP + "/?article12&lang=fr"
    dotclear = "http://d.example/index.php?post/2025/03/04/Slug"
    assert normalize(dotclear) == dotclear
    assert normalize(WP + "/?p=123") == WP + "/?p=123"
    assert normalize(SPIP + "/spip.php?article12") != normalize(SPIP + "/spip.php?article11")
    # Joomla's plain article URL has five keys and a view: content, not a trap.
    assert is_crawlable(JOOMLA + "/index.php?option=com_content&view=article&id=12&catid=8&Itemid=101")
    assert not is_crawlable(JOOMLA + "/index.php?option=com_events&view=calendar&month=3")


def test_roots_and_content_queries():
    assert names_content(WP + "/?p=123") and names_content(WP + "/?page_id=2") and names_content(SPIP + "/?article12")
    assert names_content(JOOMLA + "/index.php?option=com_content&view=article&id=12")
    assert not names_content(SPIP + "/?lang=fr") and not names_content(WP + "/?cat=3")
    home = (HTML / "spip/sommaire.html").read_bytes()
    assert is_home(Page.load(SPIP + "/?lang=fr", home)) and is_home(Page.load("https://b.example/?m=1", home))
    for url in (WP + "/?p=123", WP + "/?page_id=2", SPIP + "/spip.php?article12", SPIP + "/?article12",
                WP + "/index.php?p=5"):
        assert not is_home(Page.load(url, home)), url


def test_a_root_with_a_content_query_is_read_for_what_it_holds():
    """The home page's markup at /?p=123 (a theme that renders the post in its home layout) is a post
    only if the page holds one: here the WordPress post at /?p=123 is an article, not the home."""
    parsed = parse_page(WP + "/?p=123", (HTML / "wordpress/bare-theme-post.html").read_bytes())
    assert parsed.page_type == "article" and len(parsed.comments) == 1
    assert parsed.title == "Transmettre son patrimoine avant 70 ans"


def test_judgement_says_why():
    page = Page.load(SPIP + "/Assurance-vie-les-fonds-euros-en-2025", (HTML / "spip/article.html").read_bytes())
    verdict = judge(page)
    assert verdict.page_type == "article" and verdict.dated
    assert any("comment" in e for e in verdict.evidence) and any("date" in e for e in verdict.evidence)
    assert not any("address" in e for e in verdict.evidence)  # propres URLs give no hint: content alone


def test_the_crawl_follows_spip_articles_from_the_home_and_types_them(tmp_path):
    """A SPIP home links its articles as spip.php?articleN: the spider requests each one (not
    `spip.php`, the front page, three times) and records the article page as an article."""
    import asyncio

    from scrapy.http import Request

    from spiders.items import PageItem
    from tests.test_spider import collect, response, spider, split, started

    sp = spider([SPIP + "/"], tmp_path, max_pages_per_source=10)
    (req,) = asyncio.run(started(sp))
    out = split(collect(sp.parse_home(response(SPIP + "/", (HTML / "spip/sommaire.html").read_bytes(), request=req))))
    assert out[PageItem][0].page_type == "home" and out[PageItem][0].platform == "spip"
    followed = {r.url for r in out[Request] if r.callback == sp.parse_any}
    assert {SPIP + "/spip.php?article12", SPIP + "/spip.php?article11", SPIP + "/spip.php?article10"} <= followed
    article = next(r for r in out[Request] if r.url == SPIP + "/spip.php?article12")
    res = response(article.url, (HTML / "spip/article.html").read_bytes(), request=article)
    (page,) = split(collect(sp.parse_any(res)))[PageItem]
    assert (page.url, page.page_type, page.published[:10]) == (SPIP + "/spip.php?article12", "article", "2025-03-04")


def test_post_title_where_the_h1_is_the_blogs_name():
    """Typepad (Movable Type markup): the <h1> links to the blog's home, the post's title is its
    h3.entry-header, which links nowhere."""
    url = "https://carnet-bernard.typepad.fr/blog/2025/03/scpi-que-je-nacheterai-plus.html"
    parsed = parse_page(url, (HTML / "typepad/post.html").read_bytes())
    assert parsed.title == "La SCPI que je n'achèterai plus"
    assert len(parsed.comments) == 1 and parsed.comments[0].text.startswith("Même mésaventure")


def test_wordpress_static_pages_are_posts_only_when_they_read_as_posts():
    """body.page is WordPress's static page: "À propos" stays other; a page that shows its date
    under its title with comments (sites publishing articles as pages) is an article."""
    post = (HTML / "wordpress/bare-theme-post.html").read_text(encoding="utf-8")
    as_page = post.replace("<body>", '<body class="page-template-default page page-id-123">')
    assert parse_page(WP + "/?page_id=123", as_page).page_type == "article"
    about = ('<html><head><meta name="generator" content="WordPress 6.6.2"></head>'
             '<body class="page-template-default page page-id-2"><main><article class="page type-page">'
             '<h1 class="entry-title">À propos</h1><div class="entry-content"><p>Je m\'appelle Julien, '
             'j\'ai 52 ans et j\'écris ici sur la transmission du patrimoine.</p></div></article></main>'
             '</body></html>')
    assert parse_page(WP + "/?page_id=2", about).page_type == "other"


def test_wordpress_block_theme_post():
    """Twenty Twenty-Four without body classes: no <article>, no hentry; the title, date and byline
    sit in groups outside <main>, the comments in ol.wp-block-comment-template."""
    url = "https://chroniques-rentier.example/notre-sci-familiale-cinq-ans-apres/"
    parsed = parse_page(url, (HTML / "wordpress/tt4-single.html").read_bytes())
    assert (parsed.platform, parsed.page_type) == ("wordpress", "article")
    assert (parsed.title, parsed.author, parsed.published[:10]) == ("Notre SCI familiale, cinq ans après", "Gilles",
                                                                    "2025-03-04")
    assert parsed.text.startswith("Il y a cinq ans") and "Mireille" not in parsed.text
    assert [(c.author, c.author_url, c.published[:16]) for c in parsed.comments] == [
        ("Mireille", "https://blog-de-mireille.example/", "2025-03-05T10:15")]
    assert parsed.comments[0].text.startswith("La répartition des séjours") and "Répondre" not in parsed.comments[0].text
    assert parsed.comments_open is True


def test_a_section_with_one_post_still_leads_to_it():
    """A SPIP rubrique holding one article is too small to be called a listing; its article is
    still given to the crawler."""
    html = (HTML / "spip/rubrique.html").read_text(encoding="utf-8")
    start = html.index('<li dir="ltr" class="hentry', html.index("Livret-A") - 200)
    html = html[:start] + html[html.index("</ul>", start):]
    parsed = parse_page(SPIP + "/spip.php?rubrique1", html)
    assert parsed.page_type in ("listing", "other")
    assert parsed.nav.articles == [SPIP + "/-Assurance-vie-les-fonds-euros-en-2025-"]


def test_a_language_root_is_the_home_unless_it_holds_a_post():
    """`/?lang=fr` is the home of a site with no post there; a post shown at `/?lang=fr` (a theme
    that puts the language switch on the post's address) is read for what it holds; `/` stays home."""
    post = (HTML / "wordpress/bare-theme-post.html").read_bytes()
    assert parse_page(WP + "/?lang=fr", post).page_type == "article"
    assert parse_page(WP + "/", post).page_type == "home"
    assert parse_page(SPIP + "/?lang=fr", (HTML / "spip/sommaire.html").read_bytes()).page_type == "home"


def test_one_article_item_about_another_page_is_a_teaser():
    """Canalblog's month archive holding one post: the one schema.org Article item names the post's own
    URL (itemprop=url), another page, so the archive is no post; the post page itself stays one."""
    post = HTML / "canalblog" / "post-comments.html"
    html = post.read_text(encoding="utf-8")
    start, end = html.index('<div id="div-gpt-ad'), html.index('<div id="rightbar">')
    archive = html[:start] + "</div></div>" + html[end:]  # the item alone: no comments, no form
    archive = re.sub(r'<link rel="canonical"[^>]*>|<meta property="og:url"[^>]*>', "", archive)  # the post's own
    archive = archive.replace("<h3>Livret A", '<h3><a href="http://finances-quotidien.canalblog.com/archives/2025/02/03/'
                                              '41180345.html">Livret A').replace("?</h3>", "?</a></h3>", 1)
    month = "http://finances-quotidien.canalblog.com/archives/2025/02/index.html"
    assert parse_page(month, archive).page_type != "article"
    permalink = "http://finances-quotidien.canalblog.com/archives/2025/02/03/41180345.html"
    assert parse_page(permalink, archive).page_type == "article"
    assert parse_page(permalink + "?m=1", archive).page_type == "article"  # a query on one side only


def test_an_article_item_is_judged_by_its_own_url_only():
    """The author's profile URL nested in the item is not the item's; a post crawled at another address
    than the one its item names is the same post when its canonical link names it."""
    post = (HTML / "canalblog" / "post-comments.html").read_text(encoding="utf-8")
    permalink = "http://finances-quotidien.canalblog.com/archives/2025/02/03/41180345.html"
    author = ('<div itemprop="author" itemscope itemtype="http://schema.org/Person">'
              '<a itemprop="url" href="http://finances-quotidien.canalblog.com/about">Claire M.</a></div>')
    nested = post.replace('<meta itemprop="interactionCount"', author + '\n<meta itemprop="interactionCount"', 1)
    assert nested.index('itemprop="url" href') < nested.index('itemprop="url" content')
    assert parse_page(permalink, nested).page_type == "article"
    assert parse_page("http://finances-quotidien.canalblog.com/41180345", post).page_type == "article"  # canonical


@pytest.mark.parametrize("fixture", ["joomla/article.html", "joomla/article-jcomments.html"])
def test_a_joomla_article_gives_its_author_time_and_jcomments(fixture):
    """Cassiopeia prints no <article>: the date with its time of day is the info block's `dd.published >
    time[datetime]` inside `div.item-page`, the author its `dd.createdby` ("Écrit par : name"). JComments
    (tpl_tree.php, a reply nested in its parent's item) prints the day only, and a homepage link when shown."""
    url = JOOMLA + "/index.php/actualites/12-le-per-individuel-deux-ans-apres"
    parsed = parse_page(url, (HTML / fixture).read_bytes())
    assert parsed.page_type == "article"
    assert parsed.published == "2025-03-04T09:12:00+01:00"
    assert parsed.author == "Arnaud Berthier"
    got = [(c.author, c.author_url, c.published, c.text.split()[0]) for c in parsed.comments]
    if fixture.endswith("jcomments.html"):
        assert got == [("Martine R.", None, "2025-03-04", "Merci"),
                       ("Arnaud Berthier", None, "2025-03-05", "Bonjour"),
                       ("Paul", "http://www.paul-epargne.test/", "2025-03-07", "Article")]
        assert "Répondre" not in " ".join(c.text for c in parsed.comments)
        assert "Martine" not in parsed.text  # the comments are not the article's text
    else:
        assert got == []


def test_teasers_whose_link_wraps_their_heading_are_a_listing():
    """Medium's previews and Ghost's Casper cards wrap the title in the link (`a > h2`), after the writer's
    avatar and name, which link off-site. Medium's yearly archive, each preview signed and dated, was read as
    a forum thread of its writers (forum_self_answered, forum_one_voice on a newsletter archive)."""
    from datetime import timedelta

    from sectorweb.dates import NOW
    from sectorweb.model import Post
    from tests.test_parsers_blind_markups import _blog, _pages, _parse

    posts = [Post(i, f"La lettre numéro {i}", f"la-lettre-numero-{i}", NOW - timedelta(days=40 * i),
                  "Élodie Rousseau" if i % 3 else "L'équipe Cèdre", ["Chère cliente, cher client. " * 12])
             for i in range(1, 9)]
    blog = _blog("medium", posts)
    archives = [path for path in _pages(blog) if re.fullmatch(r"/archive/\d{4}", path)]
    assert archives
    for path in archives:
        parsed = _parse(blog, path)
        assert (parsed.page_type, parsed.posts) == ("listing", []), path
