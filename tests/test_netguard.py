"""The crawl never reaches loopback, private, link-local or reserved addresses unless told to.

Unit tests of the address classification, the middleware and the resolver, then whole crawls
(subprocess, `spiders.launch.run_crawl`) against a local server that is both a forward proxy
and an origin server, like the demo's.
"""
from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
from scrapy import Request
from scrapy.exceptions import CannotResolveHostError
from twisted.internet import defer
from twisted.internet.error import DNSLookupError
from twisted.python.failure import Failure

from ecoaudit.urls import is_crawlable, is_private_host, literal_ip
from spiders import netguard
from spiders.errors import error_slug
from spiders.job import CrawlJob
from spiders.launch import run_crawl
from spiders.netguard import (GuardedResolver, NetGuardMiddleware, PrivateAddressLookupError,
                              PrivateAddressRefused, allowed_addresses)
from spiders.settings import crawl_settings
from tests.test_archive import rows

BLOCKED = [
    "127.0.0.1", "127.8.9.10", "0.0.0.0", "0", "10.0.0.1", "172.16.5.4", "192.168.1.1", "100.64.0.1",
    "169.254.169.254", "224.0.0.251", "240.0.0.1", "255.255.255.255", "192.0.2.1",
    "2130706433", "0x7f000001", "0x7f.1", "0177.0.0.1", "127.1", "0x0a.0.0.1",  # inet_aton forms
    "::1", "[::1]", "::", "::ffff:127.0.0.1", "[::ffff:7f00:1]", "::ffff:169.254.169.254", "fe80::1",
    "fe80::1%25eth0", "fc00::1", "fd12:3456::1", "ff02::1", "2002:7f00:1::", "64:ff9b::a9fe:a9fe",
    "localhost", "LOCALHOST.", "foo.localhost", "ip6-localhost", "ip6-loopback", "localhost.localdomain",
    "metadata.google.internal",
]
PUBLIC = ["8.8.8.8", "93.184.216.34", "2606:4700::1111", "[2001:4860:4860::8888]", "::ffff:8.8.8.8",
          "example.com", "www.a.test", "cafe.be", "0xdead.be", "1e100.net", "localhost.example.com",
          "mylocalhost.fr", "2002:808:808::"]


# -- classification --------------------------------------------------------------------------

@pytest.mark.parametrize("host", BLOCKED)
def test_blocked_hosts(host):
    assert is_private_host(host), host


@pytest.mark.parametrize("host", PUBLIC)
def test_public_hosts(host):
    assert not is_private_host(host), host


def test_loose_ipv4_forms_are_read_as_resolvers_read_them():
    assert str(literal_ip("2130706433")) == str(literal_ip("0x7f.1")) == "127.0.0.1"
    assert str(literal_ip("0177.0.0.1")) == "127.0.0.1" and literal_ip("cafe.be") is None


def test_is_crawlable_refuses_private_hosts_unless_allowed():
    for url in ["http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:8080/", "http://localhost/",
                "http://[::1]/", "http://2130706433/", "http://0x7f.1/", "http://[::ffff:127.0.0.1]/"]:
        assert not is_crawlable(url), url
        assert is_crawlable(url, allow_private=True), url
    assert is_crawlable("http://8.8.8.8/") and is_crawlable("http://a.test/")


# -- middleware ------------------------------------------------------------------------------

def test_middleware_refuses_private_hosts_with_a_private_address_row():
    mw = NetGuardMiddleware(allow_private=False)
    for url in ["http://127.0.0.1:8000/secret", "http://localhost:8000/", "http://169.254.169.254/latest/",
                "http://[::ffff:127.0.0.1]/", "http://2130706433/", "https://a.localhost/"]:
        req = Request(url, meta={"proxy": "http://127.0.0.1:3128"})  # proxied or not, refused
        with pytest.raises(PrivateAddressRefused) as exc:
            mw.process_request(req)
        slug, status, message = error_slug(Failure(exc.value))
        assert (slug, status) == ("private_address", None) and "private address" in message
    assert mw.process_request(Request("http://www.a.test/")) is None
    with pytest.raises(PrivateAddressRefused):  # a redirect to file:///etc/passwd reads nothing
        mw.process_request(Request("file:///etc/passwd"))
    assert NetGuardMiddleware(allow_private=True).process_request(Request("http://127.0.0.1/")) is None


def test_settings_register_the_guard_and_drop_unused_extensions(tmp_path):
    s = crawl_settings(CrawlJob(seeds=["http://a.test/"], items_dir=str(tmp_path)))
    mws = s["DOWNLOADER_MIDDLEWARES"]
    assert mws["spiders.netguard.NetGuardMiddleware"] < 50  # before offsite and robots.txt
    assert s["TWISTED_DNS_RESOLVER"] == "spiders.netguard.GuardedResolver"
    assert s["ECOAUDIT_ALLOW_PRIVATE_ADDRESSES"] is False
    assert s["EXTENSIONS"]["scrapy.extensions.remote_control.RemoteControl"] is None
    assert s["EXTENSIONS"]["scrapy.extensions.telnet.TelnetConsole"] is None
    assert "scrapy.extensions.closespider.CloseSpider" not in s["EXTENSIONS"]  # CLOSESPIDER_TIMEOUT
    assert s["REMOTE_CONTROL_ENABLED"] is False
    s = crawl_settings(CrawlJob(seeds=["http://a.test/"], items_dir=str(tmp_path), allow_private_addresses=True))
    assert s["ECOAUDIT_ALLOW_PRIVATE_ADDRESSES"] is True


# -- resolver --------------------------------------------------------------------------------

class _Reactor:
    """Enough of a reactor for GuardedResolver with lookups run inline."""

    def callLater(self, *a, **kw):  # noqa: N802 (Twisted's naming)
        class _Call:
            def cancel(self):
                pass

            def active(self):
                return False
        return _Call()


def resolver(monkeypatch, answers, allow_private=False, trusted=frozenset()):
    """A GuardedResolver without cache whose system lookup returns `answers` one after the other."""
    answers = list(answers)
    calls = []

    def fake_getaddrinfo(name, port, family=0, type=0, *a):
        calls.append(name)
        addrs = answers.pop(0)
        if isinstance(addrs, Exception):
            raise addrs
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, 0)) for a in addrs]

    monkeypatch.setattr(netguard.socket, "getaddrinfo", fake_getaddrinfo)
    monkeypatch.setattr(netguard.dnscache, "limit", netguard.dnscache.limit)  # restored afterwards
    r = GuardedResolver(_Reactor(), cache_size=0, timeout=0, allow_private=allow_private, trusted=trusted)
    monkeypatch.setattr(r, "_in_thread", lambda fn, *args: defer.maybeDeferred(fn, *args))
    return r, calls


def result_of(d):
    out = []
    d.addBoth(out.append)
    assert out, "the lookup should have completed inline"
    return out[0]


def test_resolver_checks_the_connection_own_lookup(monkeypatch):
    """DNS rebinding: the name answers a public address, then 127.0.0.1. Each connection's own
    lookup is checked, so the second connection fails instead of reaching this machine."""
    r, calls = resolver(monkeypatch, [["93.184.216.34"], ["127.0.0.1"]])
    assert result_of(r.getHostByName("rebind.example")) == "93.184.216.34"
    failure = result_of(r.getHostByName("rebind.example"))
    assert isinstance(failure, Failure) and failure.check(PrivateAddressLookupError)
    assert calls == ["rebind.example", "rebind.example"]
    # Scrapy's handler wraps DNS failures in CannotResolveHostError; the slug follows the cause.
    try:
        try:
            failure.raiseException()
        except DNSLookupError as e:
            raise CannotResolveHostError(str(e)) from e
    except CannotResolveHostError as wrapped:
        assert error_slug(Failure(wrapped))[0] == "private_address"


def test_resolver_keeps_public_addresses_and_drops_blocked_ones(monkeypatch):
    r, _ = resolver(monkeypatch, [["10.0.0.7", "93.184.216.34"], ["169.254.169.254", "127.0.0.1"],
                                  socket.gaierror(-2, "Name or service not known")])
    assert result_of(r.getHostByName("mixed.example")) == "93.184.216.34"
    assert result_of(r.getHostByName("metadata.example")).check(PrivateAddressLookupError)
    unknown = result_of(r.getHostByName("nothing.invalid"))
    assert unknown.check(DNSLookupError) and not unknown.check(PrivateAddressLookupError)
    assert error_slug(unknown)[0] == "dns_error"


def test_resolver_allows_proxy_hosts_and_everything_when_told(monkeypatch):
    r, calls = resolver(monkeypatch, [], trusted=frozenset({"proxy.corp"}))
    monkeypatch.setattr(netguard.CachingThreadedResolver, "getHostByName",
                        lambda self, name, timeout=(): defer.succeed("10.1.2.3"))
    assert result_of(r.getHostByName("proxy.corp")) == "10.1.2.3" and calls == []
    r.allow_private = True
    assert result_of(r.getHostByName("anything.example")) == "10.1.2.3"


def test_proxy_hosts_come_from_the_environment(monkeypatch):
    for k in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"):
        monkeypatch.delenv(k, raising=False)
    monkeypatch.setenv("http_proxy", "http://user:pw@Proxy.Corp:3128")
    monkeypatch.setenv("https_proxy", "localhost:8080")
    assert netguard.proxy_hosts() >= {"proxy.corp", "localhost"}


def test_allowed_addresses():
    assert allowed_addresses("x", ["93.184.216.34", "127.0.0.1"]) == ["93.184.216.34"]
    with pytest.raises(PrivateAddressLookupError):
        allowed_addresses("x", ["127.0.0.1", "0.0.0.0"])


# -- a local web: proxy and origin server on 127.0.0.1 ---------------------------------------

SECRET = "TOP-SECRET-INTERNAL-TEXT"


def html(body: str, title: str = "Page") -> tuple[int, dict, bytes]:
    doc = f"<!doctype html><html lang='fr'><head><title>{title}</title></head><body>{body}</body></html>"
    return 200, {"Content-Type": "text/html; charset=utf-8"}, doc.encode()


class LocalWeb:
    """Pages by (host, path) on 127.0.0.1:port, answered in proxy form (GET http://host/path) and
    in origin form (Host header). A value is (status, headers, body) or a callable(handler)."""

    def __init__(self, pages: dict | None = None):
        self.pages = dict(pages or {})
        self.stopping = threading.Event()
        self.requests: list[tuple[str, str]] = []
        web = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802
                target = self.path
                if target.lower().startswith("http://"):
                    parts = urlsplit(target)
                    host, path = parts.hostname or "", parts.path or "/"
                else:
                    host, path = (self.headers.get("Host") or "").rsplit(":", 1)[0].strip("[]"), target
                web.requests.append((host, path))
                page = web.pages.get((host, path)) or web.pages.get(("*", path))
                if callable(page):
                    return page(self)
                status, headers, body = page or (404, {"Content-Type": "text/plain"}, b"not found")
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request, client_address):
                pass

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.proxy_url = f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def crawl(tmp_path, seeds, name="crawl", timeout=90, **kw) -> dict[str, list[dict]]:
    """Run a small real crawl (subprocess) and return its rows by table."""
    job = CrawlJob(seeds=seeds, items_dir=str(tmp_path / name / "items"), log_file=str(tmp_path / name / "crawl.log"),
                   delay_seconds=0, autothrottle=False, timeout_seconds=kw.pop("timeout_seconds", 5),
                   retry_times=0, max_run_seconds=kw.pop("max_run_seconds", 45), **kw)
    result = run_crawl(job, tmp_path / name / "job.json", timeout=timeout)
    return {t: rows(result.items_dir, t) for t in ("pages", "errors", "fetches", "entries")}


def use_proxy(monkeypatch, proxy_url: str | None, no_proxy: str = "localhost,127.0.0.1,::1"):
    """The crawl subprocess's proxy environment (as `ecoaudit demo` sets it), or no proxy at all."""
    for k in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "no_proxy", "NO_PROXY",
              "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(k, raising=False)
    if proxy_url:
        for k in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"):
            monkeypatch.setenv(k, proxy_url)
        monkeypatch.setenv("no_proxy", no_proxy)
        monkeypatch.setenv("NO_PROXY", no_proxy)


def secret_web(port: int) -> dict:
    links = (f"<a href='http://127.0.0.1:{port}/secret'>a</a> <a href='http://localhost:{port}/secret'>b</a> "
             "<a href='http://169.254.169.254/latest/meta-data/'>c</a> <p>Un blog public sur le patrimoine.</p>")
    secret = html(f"<p>{SECRET}</p>", "Internal")
    return {
        ("site.test", "/"): html(links, "Site public"),
        ("site.test", "/robots.txt"): (200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"),
        ("jump.test", "/"): (302, {"Location": f"http://127.0.0.1:{port}/via-redirect"}, b""),
        **{(h, p): secret for h in ("127.0.0.1", "localhost", "169.254.169.254")
           for p in ("/", "/secret", "/via-redirect", "/latest/meta-data/")},
    }


def test_whole_crawl_refuses_private_links_and_redirects(tmp_path, monkeypatch):
    """Through a proxy on 127.0.0.1 (as the demo crawls), with the default config: links and a
    redirect to private addresses are error rows `private_address`, never fetched. Scrapy's
    remote-control extension writes no token file in the user's folders."""
    home, state = tmp_path / "home", tmp_path / "state"
    home.mkdir(), state.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    with LocalWeb() as web:
        web.pages.update(secret_web(web.port))
        use_proxy(monkeypatch, web.proxy_url)
        out = crawl(tmp_path, ["http://site.test/", "http://jump.test/"])
        requested = list(web.requests)
    assert [p["url"] for p in out["pages"] if "site.test" in p["url"]] == ["http://site.test/"]
    refused = {e["url"]: e["error"] for e in out["errors"]}
    assert refused == {f"http://127.0.0.1:{web.port}/": "private_address",
                       f"http://localhost:{web.port}/": "private_address",
                       "http://169.254.169.254/": "private_address",
                       f"http://127.0.0.1:{web.port}/via-redirect": "private_address"}, out["errors"]
    assert SECRET not in repr(out)
    assert not [r for r in requested if r[0] != "site.test" and r[0] != "jump.test"], requested
    assert list(home.rglob("*")) == [] and list(state.rglob("*")) == []  # no token file, no state


def test_whole_crawl_fetches_private_addresses_when_allowed(tmp_path, monkeypatch):
    with LocalWeb() as web:
        web.pages.update(secret_web(web.port))
        use_proxy(monkeypatch, web.proxy_url)
        out = crawl(tmp_path, ["http://site.test/", "http://jump.test/"], allow_private_addresses=True)
    assert not [e for e in out["errors"] if e["error"] == "private_address"], out["errors"]
    fetched = {p["url"] for p in out["pages"] if SECRET in (p["text"] or "")}
    # (jump.test's home lands on 127.0.0.1, which then is a known source: its home may not be asked)
    assert fetched >= {f"http://localhost:{web.port}/", "http://169.254.169.254/",
                       f"http://127.0.0.1:{web.port}/via-redirect"}, fetched


def test_whole_crawl_through_a_proxy_named_localhost(tmp_path, monkeypatch):
    """The proxy is the user's configuration: a proxy on a name that resolves to 127.0.0.1 is used
    (the resolver trusts it) while crawled names are still checked."""
    with LocalWeb() as web:
        web.pages.update(secret_web(web.port))
        use_proxy(monkeypatch, f"http://localhost:{web.port}")
        out = crawl(tmp_path, ["http://site.test/"], discover=False)
    assert [p["url"] for p in out["pages"]] == ["http://site.test/"], out


def _hostname_on_loopback() -> str | None:
    """This machine's name when it resolves to a blocked address, as it usually does (/etc/hosts)."""
    name = socket.gethostname()
    try:
        addr = socket.gethostbyname(name)
    except OSError:
        return None
    if is_private_host(name) or not is_private_host(addr) or not addr.startswith("127."):
        return None
    return name


def test_whole_crawl_refuses_names_resolving_to_private_addresses(tmp_path, monkeypatch):
    """Without a proxy, a plain name (not a literal, not localhost) that resolves to 127.0.0.1 is
    refused by the resolver, in the lookup the connection uses."""
    name = _hostname_on_loopback()
    if name is None:
        pytest.skip("this machine's name does not resolve to a loopback address")
    with LocalWeb() as web:
        web.pages[("*", "/")] = html(f"<p>{SECRET}</p>")
        web.pages[("*", "/robots.txt")] = (200, {"Content-Type": "text/plain"}, b"User-agent: *\n")
        use_proxy(monkeypatch, None)
        out = crawl(tmp_path, [f"http://{name}:{web.port}/"], name="default")
        assert [e["error"] for e in out["errors"]] == ["private_address"], out["errors"]
        assert SECRET not in repr(out) and web.requests == []
        out = crawl(tmp_path, [f"http://{name}:{web.port}/"], name="allowed", allow_private_addresses=True)
        assert [p["url"] for p in out["pages"]] == [f"http://{name}:{web.port}/"] and not out["errors"]


def test_a_refused_lookup_is_a_private_address_row_even_without_its_exception():
    """Twisted's HostnameEndpoint reports any failed lookup as "no results": the slug comes from
    the resolver's record of the names it refused."""
    with pytest.raises(PrivateAddressLookupError):
        allowed_addresses("intranet.example", ["10.0.0.8"])
    failure = Failure(CannotResolveHostError("DNS lookup failed: no results for hostname lookup: intranet.example."))
    failure.request = Request("http://intranet.example:8080/")
    assert error_slug(failure)[:2] == ("private_address", None)
    assert allowed_addresses("intranet.example", ["93.184.216.34"])  # the answer changed: forgotten
    assert error_slug(failure)[0] == "dns_error"
