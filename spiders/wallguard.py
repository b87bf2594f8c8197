"""Stop asking a host that refuses the crawler (an anti-bot wall, a rate limit).

Cloudflare or a web application firewall answers 403 (or 401, 429) to every request once it has
decided the client is a bot. Asking for the rest of the site's queued pages then costs one request
(and the per-host delay) each, and is impolite. After `ECOAUDIT_MAX_REFUSALS_IN_ROW` refusals in a
row from one host, with no page served in between, the host's remaining requests are dropped as
`HostWalled` errors (slug `walled`): the error rows keep saying what was not read, and the SQL reads
the source as crawl_incomplete (sql/seeds/refusal_errors.csv), never as a one-page blog.
"""
from __future__ import annotations

from scrapy.exceptions import IgnoreRequest

from ecoaudit.urls import host_of

SETTING = "ECOAUDIT_MAX_REFUSALS_IN_ROW"
REFUSALS = frozenset({401, 403, 429})  # 5xx: a failing server, retried by Scrapy, not a wall


class HostWalled(IgnoreRequest):
    """The host refused the crawler too many times in a row: its request is not sent."""


class WallGuardMiddleware:
    """Downloader middleware: count each host's refusals in a row; drop its requests past the limit."""

    def __init__(self, max_in_row: int):
        self.max_in_row = max_in_row
        self.in_row: dict[str, int] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.getint(SETTING, 0))

    def process_request(self, request):
        if self.max_in_row and self.in_row.get(host_of(request.url), 0) >= self.max_in_row:
            raise HostWalled(f"not asked: the host refused {self.max_in_row} requests in a row")
        return None

    def process_response(self, request, response):
        host = host_of(request.url)
        if response.status in REFUSALS:
            self.in_row[host] = self.in_row.get(host, 0) + 1
        elif response.status < 400:
            self.in_row.pop(host, None)
        return response
