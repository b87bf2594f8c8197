"""spiders.parsers.detect_platform and parse_page's kind/page_type per family."""
from pathlib import Path

import pytest

from spiders.parsers import detect_platform, parse_page

HTML = Path(__file__).parent / "fixtures" / "html"

CASES = [
    # fixture, url, platform, kind, page_type
    ("wordpress/home.html", "https://patrimoine-et-vous.fr/", "wordpress", "blog", "home"),
    ("wordpress/post.html", "https://patrimoine-et-vous.fr/2025/03/04/assurance-vie-2025/", "wordpress", "blog", "article"),
    ("wordpress/post-closed.html", "http://blog-epargnant.example/2012/05/14/defiscalisation/", "wordpress", "blog", "article"),
    ("blogger/home.html", "https://epargne-sereine.blogspot.com/", "blogger", "blog", "home"),
    ("blogger/home.html", "https://epargne-sereine.blogspot.com/search?updated-max=2025-03-10T09:00:00%2B01:00&max-results=10", "blogger", "blog", "listing"),
    ("blogger/post.html", "https://epargne-sereine.blogspot.com/2025/03/livret-a-taux.html", "blogger", "blog", "article"),
    ("dotclear/home.html", "https://carnet-rentier.example/", "dotclear", "blog", "home"),
    ("dotclear/post.html", "https://carnet-rentier.example/post/2025/03/04/Credit-immobilier-les-taux-reculent", "dotclear", "blog", "article"),
    ("dotclear/post-closed.html", "https://carnet-rentier.example/post/2025/03/10/PER", "dotclear", "blog", "article"),
    ("news/listing.html", "https://journal-epargne.example/actualites/", "news", "news", "listing"),
    ("news/article.html", "https://journal-epargne.example/actualites/2025/03/04/bourse-cac40-record.html", "news", "news", "article"),
    ("phpbb/index.html", "https://forum-patrimoine.example/index.php", "phpbb", "forum", "listing"),
    ("phpbb/viewforum.html", "https://forum-patrimoine.example/viewforum.php?f=2", "phpbb", "forum", "listing"),
    ("phpbb/viewtopic.html", "https://forum-patrimoine.example/viewtopic.php?t=15", "phpbb", "forum", "forum_thread"),
    ("fluxbb/index.html", "https://cercle-epargnants.example/forum/index.php", "fluxbb", "forum", "listing"),
    ("fluxbb/viewforum.html", "https://cercle-epargnants.example/forum/viewforum.php?id=2", "fluxbb", "forum", "listing"),
    ("fluxbb/viewtopic-page2.html", "https://cercle-epargnants.example/forum/viewtopic.php?id=5&p=2", "fluxbb", "forum", "forum_thread"),
    # A Hugo site (generator meta): read by the generic path under its own name.
    ("generic/article.html", "https://gestion-privee.example/blog/scpi-credit/", "hugo", "blog", "article"),
    ("generic/blog-list.html", "https://gestion-privee.example/blog/", "hugo", None, "listing"),
    # Jekyll's minima theme says BlogPosting in microdata on its posts only; its home says nothing.
    ("jekyll/minima-post.html", "https://notes-epargnant.example/2025/03/04/versements-programmes.html", "jekyll",
     "blog", "article"),
    ("jekyll/minima-home.html", "https://notes-epargnant.example/", "jekyll", None, "home"),
]


@pytest.mark.parametrize("fixture, url, platform, kind, page_type", CASES)
def test_fixture_detection(fixture, url, platform, kind, page_type):
    html = (HTML / fixture).read_bytes()
    assert detect_platform(url, html) == platform
    parsed = parse_page(url, html)
    assert (parsed.platform, parsed.kind, parsed.page_type) == (platform, kind, page_type)


@pytest.mark.parametrize("html, platform", [
    # generator meta wins
    ('<html><head><meta name="generator" content="WordPress 6.6.2"></head><body></body></html>', "wordpress"),
    ('<html><head><meta content="blogger" name="generator"></head><body></body></html>', "blogger"),
    ('<html><head><meta name="generator" content="Dotclear 2.31"></head><body></body></html>', "dotclear"),
    # WordPress without generator (hidden by a security plugin): its assets give it away
    ('<html><head><link rel="stylesheet" href="/wp-content/themes/astra/style.css"></head><body></body></html>', "wordpress"),
    ('<html><head><link rel="https://api.w.org/" href="/wp-json/"></head><body></body></html>', "wordpress"),
    # Blogger on a custom domain
    ('<html><head><link rel="alternate" type="application/atom+xml" href="https://blog.example.fr/feeds/posts/default"></head>'
     '<body><div class="blog-posts hfeed"></div></body></html>', "blogger"),
    ('<html><body class="dc-archive"><div id="page"></div></body></html>', "dotclear"),
    ('<html><body id="phpbb" class="nojs notouch section-index ltr"></body></html>', "phpbb"),
    # subsilver2 / old phpBB: no body id, but the credit and the markup
    ('<html><body><a class="topictitle" href="viewtopic.php?t=1">x</a>'
     '<p>Powered by <a href="https://www.phpbb.com/">phpBB</a></p></body></html>', "phpbb"),
    ('<html><body><div id="punviewtopic" class="pun"></div></body></html>', "fluxbb"),
    ('<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},'
     '{"@type":"NewsArticle","headline":"x"}]}</script></head><body></body></html>', "news"),
    ('<html><head><meta property="og:type" content="article"></head><body><article><h1 class="headline">T</h1>'
     '<p class="byline">Par X</p></article></body></html>', "news"),
    # og:type article alone is every blog's: not enough for news
    ('<html><head><meta property="og:type" content="article"></head><body><article><h1>T</h1></article></body></html>', "generic"),
    # a link to a wp-content image of another site in the text is not WordPress
    ('<html><body><p><a href="https://other.example/wp-content/uploads/x.jpg">img</a></p></body></html>', "generic"),
    ("", "generic"),
])
def test_markup_detection(html, platform):
    assert detect_platform("https://example.fr/page", html) == platform


def test_blogspot_host():
    assert detect_platform("https://x.blogspot.com/2025/03/a.html", "<html><body><p>x</p></body></html>") == "blogger"


def test_forced_platform():
    html = (HTML / "wordpress" / "post.html").read_bytes()
    parsed = parse_page("https://patrimoine-et-vous.fr/2025/03/04/assurance-vie-2025/", html, platform="generic")
    assert parsed.platform == "generic"
    assert parsed.title == "Assurance-vie : ce qui change en 2025"


def test_french_hosted_blog_platforms():
    from spiders.parsers import detect_platform, parse_page

    page = ("<html lang='fr'><head><title>Mon blog</title>{head}</head><body><article><h1>Assurance-vie</h1>"
            "<p>" + "Un long billet sur l'assurance-vie et la fiscalité des rachats. " * 20 + "</p></article></body></html>")
    assert detect_platform("http://mon-patrimoine.over-blog.com/2025/03/x.html", page.format(head="")) == "overblog"
    assert detect_platform("http://epargne.canalblog.com/archives/2025/03/04/1.html", page.format(head="")) == "canalblog"
    assert detect_platform("https://finances.skyrock.com/1.html", page.format(head="")) == "skyrock"
    custom = page.format(head="<meta name='generator' content='Over-blog'>")
    assert detect_platform("https://www.mon-domaine.fr/article-1.html", custom) == "overblog"
    parsed = parse_page("http://mon-patrimoine.over-blog.com/2025/03/x.html", page.format(head=""))
    assert parsed.platform == "overblog" and parsed.kind == "blog" and "assurance-vie" in parsed.text
