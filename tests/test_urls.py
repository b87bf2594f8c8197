from ecoaudit.urls import home_of, host_of, is_crawlable, normalize


def test_normalize_drops_traps_and_fragments():
    assert normalize("http://WWW.Blog.test:80/a/?replytocom=12&b=2#frag") == "http://www.blog.test/a/?b=2"
    assert normalize("http://f.test/viewtopic.php?t=15&start=10&sid=abc") == "http://f.test/viewtopic.php?start=10&t=15"
    assert normalize("http://x.test/post?utm_source=nl&utm_medium=mail") == "http://x.test/post"


def test_hosts_and_homes():
    assert host_of("http://WWW.A.test:8080/x") == "www.a.test"
    assert home_of("http://WWW.Blog.test:80/a/b") == "http://www.blog.test/"
    assert is_crawlable("http://a.test/page") and not is_crawlable("http://a.test/doc.PDF")
    assert not is_crawlable("mailto:x@a.test") and not is_crawlable("javascript:alert(1)")


def test_traps_are_not_crawlable():
    for url in ["http://a.test/wp-login.php?redirect_to=x", "http://a.test/?s=assurance",
                "http://a.test/events/?tribe-bar-date=2031-01-01", "http://a.test/cat/?orderby=price&filter=1",
                "http://f.test/ucp.php?mode=register", "http://f.test/search.php?keywords=pea",
                "http://a.test/a/b/a/b/a/b/a/b/", "http://a.test/x?" + "&".join(f"p{i}=1" for i in range(6)),
                "http://a.test/" + "x" * 600]:
        assert not is_crawlable(url), url
    for url in ["http://f.test/viewtopic.php?t=15&start=10", "http://a.test/2025/03/04/slug/",
                "http://a.test/page/2/", "http://f.test/viewforum.php?id=1&p=2"]:
        assert is_crawlable(url), url
