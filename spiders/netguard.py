"""Keep the crawl off addresses it must not reach: this machine, private networks, metadata services.

A crawled page can link (or redirect) anywhere, including http://127.0.0.1:PORT/ or
http://169.254.169.254/ (a cloud worker's metadata service). Unless the job sets
`allow_private_addresses`, two layers refuse such requests; each refusal is an error row
with slug `private_address` (spiders/errors.py), never a crash:

- `NetGuardMiddleware` (downloader middleware, before robots.txt and every other one, so
  redirects are checked too) refuses host names that *are* blocked addresses, in any form
  (0x7f.1, 2130706433, [::ffff:127.0.0.1]...), and local names (localhost, *.localhost,
  *.internal...). It applies with or without a proxy; through a proxy the proxy resolves
  the target, so only literals and names can be checked there.
- `GuardedResolver` (TWISTED_DNS_RESOLVER) checks what a name resolves to, in the very
  lookup whose answer the connection uses: a DNS answer that changes between a check and
  the connection (DNS rebinding) cannot get through. Public addresses are kept, blocked
  ones dropped; the lookup fails when none is left. The configured proxies' hosts are the
  user's choice, not crawled addresses: they are resolved without the check (an IP-literal
  proxy such as the demo's 127.0.0.1 is never resolved at all).
"""
from __future__ import annotations

import socket
import urllib.request
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest
from scrapy.resolver import CachingThreadedResolver, dnscache
from twisted.internet import defer, threads
from twisted.internet.error import DNSLookupError
from twisted.internet.interfaces import IResolverSimple
from zope.interface import implementer

from ecoaudit.urls import is_blocked_ip, is_private_host, literal_ip

SETTING = "ECOAUDIT_ALLOW_PRIVATE_ADDRESSES"


class PrivateAddressRefused(IgnoreRequest):
    """The request's host is a local name or a blocked address: not fetched."""


class PrivateAddressLookupError(DNSLookupError):
    """Every address a name resolved to is blocked."""


def proxy_hosts() -> frozenset[str]:
    """Host names of the proxies the environment configures (http_proxy, https_proxy...)."""
    hosts = set()
    for scheme, url in urllib.request.getproxies().items():
        if scheme == "no" or not url:
            continue
        try:
            host = urlsplit(url if "://" in url else "http://" + url).hostname
        except ValueError:
            continue
        if host:
            hosts.add(host.lower().rstrip("."))
    return frozenset(hosts)


# Names whose last lookup the resolver refused -> why. Twisted's HostnameEndpoint (what the
# HTTP/1.1 handler connects with) turns any failed lookup into a plain "no results" DNSLookupError,
# so the refusal's own exception does not reach the errback: error_slug looks the name up here.
REFUSED: dict[str, str] = {}
MAX_REFUSED = 10_000


def refusal(host: str) -> str | None:
    """Why the resolver refused `host` on its last lookup, or None."""
    return REFUSED.get((host or "").lower().rstrip("."))


def allowed_addresses(name: str, addresses: list[str]) -> list[str]:
    """The addresses of `name` the crawl may connect to; PrivateAddressLookupError if none is."""
    allowed = []
    for addr in addresses:
        ip = literal_ip(addr)
        if ip is not None and not is_blocked_ip(ip):
            allowed.append(addr)
    key = name.lower().rstrip(".")
    if addresses and not allowed:
        message = f"private address refused: {name} resolves to {', '.join(addresses[:4])}"
        if len(REFUSED) < MAX_REFUSED:
            REFUSED[key] = message
        raise PrivateAddressLookupError(name, message)
    REFUSED.pop(key, None)  # the name's answer changed: its next failure is its own
    return allowed


def lookup_ipv4(name: str) -> list[str]:
    """Every IPv4 address of `name` (the HTTP/1.1 handler connects over IPv4 only)."""
    try:
        infos = socket.getaddrinfo(name, None, socket.AF_INET, socket.SOCK_STREAM)
    except (OSError, UnicodeError) as e:
        raise DNSLookupError(name, str(e)) from None
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not addresses:
        raise DNSLookupError(name, "no IPv4 address")
    return addresses


class NetGuardMiddleware:
    """Refuse requests to local names and blocked address literals (redirects included)."""

    def __init__(self, allow_private: bool = False):
        self.allow_private = allow_private

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.getbool(SETTING))

    def process_request(self, request):
        try:
            parts = urlsplit(request.url)
            host = parts.hostname or ""
        except ValueError:
            return None  # the download handler refuses it with its own error
        if parts.scheme not in ("http", "https"):  # a redirect to file:// would read this machine
            raise PrivateAddressRefused(f"scheme not allowed: {parts.scheme}")
        if self.allow_private:
            return None
        if is_private_host(host):
            raise PrivateAddressRefused(f"private address refused: {host}")
        return None


@implementer(IResolverSimple)
class GuardedResolver(CachingThreadedResolver):
    """Scrapy's caching resolver, minus the addresses the crawl must not reach."""

    def __init__(self, reactor, cache_size: int, timeout: float, allow_private: bool = False,
                 trusted: frozenset[str] = frozenset()):
        super().__init__(reactor, cache_size, timeout)
        self.allow_private = allow_private
        self.trusted = trusted

    @classmethod
    def from_crawler(cls, crawler, reactor):
        s = crawler.settings
        return cls(reactor, s.getint("DNSCACHE_SIZE") if s.getbool("DNSCACHE_ENABLED") else 0,
                   s.getfloat("DNS_TIMEOUT"), allow_private=s.getbool(SETTING),
                   trusted=proxy_hosts())

    def _in_thread(self, fn, *args):
        """Run a blocking lookup off the reactor (tests run it inline)."""
        return threads.deferToThreadPool(self.reactor, self.reactor.getThreadPool(), fn, *args)

    def getHostByName(self, name: str, timeout=()):
        bare = name.lower().rstrip(".")
        if self.allow_private or bare in self.trusted:
            return super().getHostByName(name, timeout)
        if literal_ip(name) is not None:  # an address already: nothing to look up
            try:
                return defer.succeed(allowed_addresses(name, [name])[0])
            except DNSLookupError as e:
                return defer.fail(e)
        if name in dnscache:  # only allowed addresses are cached by this path; check anyway
            try:
                return defer.succeed(allowed_addresses(name, [dnscache[name]])[0])
            except DNSLookupError as e:
                return defer.fail(e)

        def first_allowed(addresses: list[str]) -> str:
            addr = allowed_addresses(name, addresses)[0]
            if dnscache.limit:
                dnscache[name] = addr
            return addr

        def timed_out(failure):
            failure.trap(defer.TimeoutError)
            raise DNSLookupError(name, f"no answer in {self.timeout}s")

        d = self._in_thread(lookup_ipv4, name)
        d.addCallback(first_allowed)
        if self.timeout:
            d.addTimeout(self.timeout, self.reactor)
            d.addErrback(timed_out)
        return d
