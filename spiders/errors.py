"""Turn a Scrapy/Twisted failure into an error slug: errors are data, not crashes."""
from __future__ import annotations

from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (
    ConnectionLost,
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived


def error_slug(failure) -> tuple[str, int | None, str]:
    """(slug, status code or None, one-line message) for a request's failure."""
    exc = failure.value
    msg = " ".join(str(exc).split())[:300]
    if failure.check(HttpError):
        status = exc.response.status
        return f"http_{status}", status, f"HTTP {status}"
    if failure.check(DNSLookupError):
        return "dns_error", None, msg
    if failure.check(TimeoutError, TCPTimedOutError):
        return "timeout", None, msg
    if failure.check(ConnectionRefusedError):
        return "connection_refused", None, msg
    if failure.check(ResponseNeverReceived, ConnectionLost, ResponseFailed):
        if "maxsize" in msg.lower() or "cancel" in msg.lower():
            return "too_large", None, msg
        return "connection_lost", None, msg
    if failure.check(IgnoreRequest):
        if "robots.txt" in msg:
            return "robots_disallowed", None, msg
        return "ignored", None, msg
    return type(exc).__name__.lower(), None, msg
