"""Error slugs on the installed Scrapy, and gzipped sitemaps, by real crawls of a local web."""
from __future__ import annotations

import gzip
import time

import pytest
from scrapy import Request
from scrapy.exceptions import (CannotResolveHostError, DownloadCancelledError, DownloadConnectionRefusedError,
                               DownloadTimeoutError, IgnoreRequest)
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TimeoutError
from twisted.python.failure import Failure

from ecoaudit.urls import is_crawlable
from spiders.errors import error_slug
from spiders.parsers.feeds import _gunzip, parse_robots_sitemaps, parse_sitemap
from tests.test_netguard import LocalWeb, crawl, html, use_proxy


def failed(exc: Exception, cause: Exception | None = None) -> Failure:
    """A Failure as Scrapy's handlers raise it: `exc` raised from `cause` (wrap_twisted_exceptions)."""
    try:
        if cause is None:
            raise exc
        try:
            raise cause
        except type(cause) as e:
            raise exc from e
    except Exception:
        return Failure()


@pytest.mark.parametrize("failure, slug", [
    (failed(CannotResolveHostError("DNS lookup failed: x.invalid"), DNSLookupError("x.invalid")), "dns_error"),
    (failed(DNSLookupError("x.invalid")), "dns_error"),
    (failed(DownloadTimeoutError("Getting http://a.test/ took longer than 1.0 seconds.")), "timeout"),
    (failed(TimeoutError()), "timeout"),
    (failed(DownloadCancelledError("Expected to receive 9 bytes which is larger than download max size (1) "
                                   "in request <GET http://a.test/>.")), "too_large"),
    (failed(DownloadCancelledError("Received 70000 bytes which is larger than download max size (50000) "
                                   "in request <GET http://a.test/>.")), "too_large"),
    (failed(DownloadCancelledError("")), "too_large"),  # streamed past the maximum: no message
    (failed(DownloadCancelledError("Cancelled by the engine")), "cancelled"),
    (failed(DownloadConnectionRefusedError("Connection was refused"), ConnectionRefusedError()),
     "connection_refused"),
    (failed(IgnoreRequest("Forbidden by robots.txt")), "robots_disallowed"),
])
def test_slugs_of_scrapy_exceptions(failure, slug):
    assert error_slug(failure)[0] == slug


def test_http_error_slug():
    resp = Response("http://a.test/x", status=503, request=Request("http://a.test/x"))
    assert error_slug(failed(HttpError(resp, "Ignoring non-200 response")))[:2] == ("http_503", 503)


# -- real failures ---------------------------------------------------------------------------

MAX_BYTES = 50_000


def _hang(handler):
    handler.server_web.stopping.wait(30)  # never answers while the crawl runs


def _stream(handler):
    """A body without Content-Length, larger than the crawl's maximum."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Connection", "close")
    handler.end_headers()
    handler.close_connection = True
    try:
        for _ in range(40):
            handler.wfile.write(b"<p>" + b"x" * 10_000 + b"</p>")
            handler.wfile.flush()
            time.sleep(0.01)
    except OSError:  # the crawler hung up: that is the point
        pass


def _gz(xml: str) -> tuple[int, dict, bytes]:
    return 200, {"Content-Type": "application/x-gzip"}, gzip.compress(xml.encode())


POST = "http://gz.test/2025/03/04/un-article-de-fond/"
SITEMAP_INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>http://gz.test/post-sitemap.xml.gz</loc><lastmod>2025-03-04</lastmod></sitemap>
</sitemapindex>"""
POST_SITEMAP = f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>{POST}</loc><lastmod>2025-03-04T10:00:00+00:00</lastmod></url>
</urlset>"""


def local_web() -> LocalWeb:
    web = LocalWeb({
        ("big.test", "/"): html("<p>" + "x" * (MAX_BYTES * 3) + "</p>"),
        ("stream.test", "/"): _stream,
        ("hang.test", "/"): _hang,
        ("gz.test", "/"): html("<h1>Un blog</h1><p>Le blog sans lien vers ses billets.</p>", "Un blog"),
        ("gz.test", "/robots.txt"): (200, {"Content-Type": "text/plain"},
                                     b"User-agent: *\nSitemap: http://gz.test/sitemap_index.xml.gz\n"),
        ("gz.test", "/sitemap_index.xml.gz"): _gz(SITEMAP_INDEX),
        ("gz.test", "/post-sitemap.xml.gz"): _gz(POST_SITEMAP),
        ("gz.test", "/2025/03/04/un-article-de-fond/"): html(
            "<article><h1>Un article de fond</h1><time datetime='2025-03-04T10:00:00+00:00'>4 mars 2025</time>"
            "<p>" + "Le patrimoine se transmet. " * 40 + "</p></article>", "Un article de fond"),
    })
    web.httpd.RequestHandlerClass.server_web = web
    return web


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """One crawl through a proxy on 127.0.0.1 (default config): too large, streamed too large, never
    answering, unresolvable (`.invalid`, not proxied: it never resolves, no internet needed), and a
    blog whose sitemaps are gzipped."""
    tmp = tmp_path_factory.mktemp("crawl-errors")
    mp = pytest.MonkeyPatch()
    try:
        with local_web() as web:
            use_proxy(mp, web.proxy_url, no_proxy="localhost,127.0.0.1,::1,invalid")
            out = crawl(tmp, ["http://big.test/", "http://stream.test/", "http://hang.test/",
                              "http://nothing.invalid/", "http://gz.test/"],
                        obey_robots=False, timeout_seconds=2, max_response_bytes=MAX_BYTES, discover=False)
            out["requested"] = list(web.requests)
    finally:
        mp.undo()
    return out


def test_real_failures_get_the_documented_slugs(crawled):
    slugs = {e["url"]: e["error"] for e in crawled["errors"]}
    assert slugs.get("http://big.test/") == "too_large", crawled["errors"]
    assert slugs.get("http://stream.test/") == "too_large", crawled["errors"]
    assert slugs.get("http://hang.test/") == "timeout", crawled["errors"]
    assert slugs.get("http://nothing.invalid/") == "dns_error", crawled["errors"]
    assert ("nothing.invalid", "/") not in crawled["requested"]  # resolved here, not by the proxy


def test_gzipped_sitemaps_from_robots_txt_are_fetched_and_read(crawled):
    kinds = {f["url"]: f["kind"] for f in crawled["fetches"]}
    assert kinds.get("http://gz.test/sitemap_index.xml.gz") == "sitemap", kinds
    assert kinds.get("http://gz.test/post-sitemap.xml.gz") == "sitemap", kinds  # child of the index
    entries = [e for e in crawled["entries"] if e["origin"] == "sitemap"]
    assert [(e["url"], e["origin_url"]) for e in entries] == [(POST, "http://gz.test/post-sitemap.xml.gz")]
    assert entries[0]["published"].startswith("2025-03-04")
    assert POST in {p["url"] for p in crawled["pages"]}
    assert not [e for e in crawled["errors"] if "gz.test" in e["url"]], crawled["errors"]


# -- gzipped sitemaps, offline ---------------------------------------------------------------

def test_gz_sitemaps_pass_the_url_filter():
    sitemaps = parse_robots_sitemaps("Sitemap: /sitemap_index.xml.gz\nSitemap: https://a.test/sitemap1.gz\n",
                                     base_url="https://a.test/robots.txt")
    assert sitemaps == ["https://a.test/sitemap_index.xml.gz", "https://a.test/sitemap1.gz"]
    assert all(is_crawlable(u) for u in sitemaps)
    assert not is_crawlable("https://a.test/files/backup.tar.gz") and not is_crawlable("https://a.test/x.gz")


def test_gzipped_sitemap_parses_and_inflation_is_bounded():
    pages, children = parse_sitemap("http://gz.test/post-sitemap.xml.gz", gzip.compress(POST_SITEMAP.encode()))
    assert [u for u, _ in pages] == [POST] and children == []
    _, children = parse_sitemap("http://gz.test/s.xml.gz", gzip.compress(SITEMAP_INDEX.encode()))
    assert children == ["http://gz.test/post-sitemap.xml.gz"]
    bomb = gzip.compress(b"<urlset>" + b" " * 20_000_000)  # ~20 kB that inflate to 20 MB
    assert len(_gunzip(bomb, limit=1_000_000)) == 1_000_000
    two = gzip.compress(b"<urlset>") + gzip.compress(b"</urlset>")  # multi-member files exist
    assert _gunzip(two) == b"<urlset></urlset>"
    data = gzip.compress(POST_SITEMAP.encode())
    assert _gunzip(data[: len(data) // 2]).startswith(b"<?xml")  # truncated: what it held
    assert _gunzip(b"<urlset/>") == b"<urlset/>"
