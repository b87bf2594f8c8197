"""spiders.parsers.feeds: RSS/Atom entries, sitemaps, robots.txt."""
import gzip
from pathlib import Path

from spiders.parsers.feeds import parse_feed, parse_robots_sitemaps, parse_sitemap

FEEDS = Path(__file__).parent / "fixtures" / "feeds"


def _read(name: str) -> bytes:
    return (FEEDS / name).read_bytes()


def test_wordpress_rss():
    entries = parse_feed("https://patrimoine-et-vous.fr/feed/", _read("wordpress-rss.xml"))
    assert entries == [
        {
            "url": "https://patrimoine-et-vous.fr/2025/03/04/assurance-vie-2025/",
            "thread": None,
            "title": "Assurance-vie : ce qui change en 2025",
            "published": "2025-03-04T08:12:00+00:00",
            "published_raw": "Tue, 04 Mar 2025 08:12:00 +0000",
            "summary": "Les fonds en euros remontent, les unités de compte se diversifient… Continuer la lecture",
        },
        {
            # relative <link> resolved against the feed URL; entity in CDATA decoded once
            "url": "https://patrimoine-et-vous.fr/2025/02/20/scpi-rendement/",
            "thread": None,
            "title": "SCPI : le rendement tient-il encore ?",
            "published": "2025-02-20T17:30:00+00:00",
            "published_raw": "Thu, 20 Feb 2025 17:30:00 +0000",
            "summary": "Après deux années difficiles…",
        },
    ]  # the entry without a link is skipped


def test_blogger_atom():
    entries = parse_feed("https://epargne-sereine.blogspot.com/feeds/posts/default", _read("blogger-atom.xml"))
    assert [e["url"] for e in entries] == [
        "https://epargne-sereine.blogspot.com/2025/03/livret-a-taux.html",  # rel=alternate, not replies/self
        "https://epargne-sereine.blogspot.com/2025/03/pea-ou-cto.html",
    ]
    assert entries[0]["published"] == "2025-03-04T09:12:00+01:00"
    assert entries[0]["published_raw"] == "2025-03-04T09:12:00.000+01:00"
    assert entries[0]["summary"] == "Le taux du Livret A passe à 2,4 %.\nQue faire ?"
    assert entries[1]["summary"] == "Deux enveloppes, deux fiscalités."


def test_feed_garbage():
    assert parse_feed("https://x.fr/feed", b"") == []
    assert parse_feed("https://x.fr/feed", b"\x00\xff garbage <<<") == []
    assert parse_feed("https://x.fr/feed", None) == []
    # a body that looks like a URL is content, never fetched
    assert parse_feed("https://x.fr/feed", "https://example.com/feed.xml") == []


def test_sitemap_index():
    pages, children = parse_sitemap("https://patrimoine-et-vous.fr/wp-sitemap.xml", _read("wp-sitemap.xml"))
    assert pages == []
    assert children == [
        "https://patrimoine-et-vous.fr/wp-sitemap-posts-post-1.xml",
        "https://patrimoine-et-vous.fr/wp-sitemap-posts-page-1.xml",
        "https://patrimoine-et-vous.fr/wp-sitemap-taxonomies-category-1.xml",
        "https://patrimoine-et-vous.fr/wp-sitemap-users-1.xml",
    ]


def test_sitemap_urlset():
    pages, children = parse_sitemap("https://patrimoine-et-vous.fr/wp-sitemap-posts-post-1.xml",
                                    _read("wp-sitemap-posts-post-1.xml"))
    assert children == []
    assert pages == [
        ("https://patrimoine-et-vous.fr/2025/03/04/assurance-vie-2025/", "2025-03-04T09:15:00+01:00"),
        ("https://patrimoine-et-vous.fr/2025/02/20/scpi-rendement/", "2025-02-20"),
        ("https://patrimoine-et-vous.fr/2025/01/15/per-deduction/", None),
    ]


def test_sitemap_tolerance():
    # no namespace, broken tail, relative loc, gzip
    body = b"<urlset><url><loc>/a.html</loc><lastmod>2025-03-04</lastmod></url><url><loc>https://x.fr/b</loc></url><url><loc>"
    assert parse_sitemap("https://x.fr/sitemap.xml", body) == (
        [("https://x.fr/a.html", "2025-03-04"), ("https://x.fr/b", None)], [])
    assert parse_sitemap("https://x.fr/sitemap.xml.gz", gzip.compress(body))[0][0] == ("https://x.fr/a.html", "2025-03-04")
    assert parse_sitemap("https://x.fr/sitemap.txt", "https://x.fr/a\nhttps://x.fr/b\n") == (
        [("https://x.fr/a", None), ("https://x.fr/b", None)], [])
    assert parse_sitemap("https://x.fr/sitemap.xml", b"\x00\x01 garbage") == ([], [])
    assert parse_sitemap("https://x.fr/sitemap.xml", b"") == ([], [])
    assert parse_sitemap("https://x.fr/sitemap.xml", b"<html><body>404</body></html>") == ([], [])


def test_robots_sitemaps():
    robots = ("User-agent: *\nDisallow: /memberlist.php\nDisallow: /search.php\n\n"
              "Sitemap: https://forum.example/sitemap.xml\nsitemap:https://forum.example/s2.xml\n"
              "Sitemap: /relative.xml\n# Sitemap: https://commented.example/\n")
    assert parse_robots_sitemaps(robots) == ["https://forum.example/sitemap.xml", "https://forum.example/s2.xml"]
    assert parse_robots_sitemaps(robots.encode(), base_url="https://forum.example/robots.txt") == [
        "https://forum.example/sitemap.xml", "https://forum.example/s2.xml", "https://forum.example/relative.xml"]
    assert parse_robots_sitemaps(b"") == []


def test_an_entry_linking_one_message_names_its_thread():
    """Question2Answer's activity feed links each answer; phpBB's feed each post. The fragment, dropped from
    the entry's address, said which: the entry keeps what it says of the thread."""
    body = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>
      <item><title>a</title><link>https://qa.example/12/titre?show=34#a34</link></item>
      <item><title>b</title><link>https://qa.example/post36.html#p36</link></item>
      <item><title>c</title><link>https://qa.example/12/titre</link></item>
      <item><title>d</title><link>https://qa.example/2025/05/billet/#comments</link></item>
      <item><title>e</title><link>https://qa.example/?p=12#more-40</link></item>
      <item><title>f</title><link>https://qa.example/viewtopic.php?t=5&amp;p=34#p34</link></item>
      <item><title>g</title><link>https://qa.example/viewtopic.php?p=35#p35</link></item>
      <item><title>h</title><link>https://qa.example/?qa=581&amp;qa_1=titre&amp;show=583#a583</link></item>
    </channel></rss>"""
    got = [(e["url"], e["thread"]) for e in parse_feed("https://qa.example/feed", body)]
    assert got == [("https://qa.example/12/titre?show=34", "https://qa.example/12/titre"),
                   ("https://qa.example/post36.html", ""),  # a message, its thread unknown
                   ("https://qa.example/12/titre", None),
                   ("https://qa.example/2025/05/billet/", None),
                   ("https://qa.example/?p=12", None),  # the fragment's number is not the address's
                   ("https://qa.example/viewtopic.php?t=5&p=34", "https://qa.example/viewtopic.php?t=5"),
                   ("https://qa.example/viewtopic.php?p=35", ""),  # a bare script names no thread
                   ("https://qa.example/?qa=581&qa_1=titre&show=583", "https://qa.example/?qa=581&qa_1=titre")]
