"""Turn a Scrapy/Twisted failure into an error slug: errors are data, not crashes.

Scrapy 2.19's download handlers wrap Twisted's exceptions in their own
(`CannotResolveHostError` for `DNSLookupError`, ...), keeping the original as
`__cause__`: both families are mapped, so the slugs stay the documented ones.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (
    ConnectionLost,
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from . import netguard
from .wallguard import HostWalled

# (slug, exception classes), first match wins.
SLUGS = (
    ("private_address", (netguard.PrivateAddressRefused, netguard.PrivateAddressLookupError)),
    ("walled", (HostWalled,)),
    ("dns_error", (DNSLookupError, CannotResolveHostError)),
    ("timeout", (TimeoutError, TCPTimedOutError, DownloadTimeoutError)),
    ("connection_refused", (ConnectionRefusedError, DownloadConnectionRefusedError)),
)
# Scrapy cancels a download whose size passes DOWNLOAD_MAXSIZE: announced (Content-Length), with
# "... larger than download max size (N) ..."; received while streaming, with no message at all
# (http11.py cancels its own Deferred). A cancellation that says something else is not that.
MAXSIZE_MARKERS = ("max size", "maxsize")


def _chain(exc):
    """The exception and the ones it was raised from (Scrapy's wrappers keep Twisted's as the cause)."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__  # `raise ... from`: not __context__, which may be unrelated


def error_slug(failure) -> tuple[str, int | None, str]:
    """(slug, status code or None, one-line message) for a request's failure."""
    exc = failure.value
    msg = " ".join(str(exc).split())[:300]
    if failure.check(HttpError):
        status = exc.response.status
        return f"http_{status}", status, f"HTTP {status}"
    causes = list(_chain(exc))
    request = getattr(failure, "request", None)
    if request is not None and any(isinstance(c, (DNSLookupError, CannotResolveHostError)) for c in causes):
        why = netguard.refusal(urlsplit(request.url).hostname or "")
        if why:  # the resolver refused every address of the name (see spiders/netguard.py)
            return "private_address", None, why
    for slug, classes in SLUGS:  # the most telling slug wins wherever it is in the chain
        for cause in causes:
            if isinstance(cause, classes):
                return slug, None, msg or " ".join(str(cause).split())[:300]
    if any(isinstance(c, DownloadCancelledError) for c in causes):
        too_large = not msg or any(m in msg.lower() for m in MAXSIZE_MARKERS)
        if too_large:
            return "too_large", None, msg or "download cancelled: larger than the maximum response size"
        return "cancelled", None, msg
    if failure.check(ResponseNeverReceived, ConnectionLost, ResponseFailed, DownloadFailedError,
                     ResponseDataLossError):
        if "maxsize" in msg.lower() or "cancel" in msg.lower():
            return "too_large", None, msg
        return "connection_lost", None, msg
    if failure.check(IgnoreRequest):
        if "robots.txt" in msg:
            return "robots_disallowed", None, msg
        return "ignored", None, msg
    return type(exc).__name__.lower(), None, msg
