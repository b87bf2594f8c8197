"""spiders/wallguard.py: a host that keeps refusing the crawler is asked no more."""
from __future__ import annotations

import pytest
from scrapy import Request
from scrapy.http import Response
from twisted.python.failure import Failure

from spiders.errors import error_slug
from spiders.wallguard import HostWalled, WallGuardMiddleware


def _answer(mw: WallGuardMiddleware, url: str, status: int) -> None:
    mw.process_response(Request(url), Response(url, status=status))


def test_a_host_is_dropped_after_refusals_in_a_row_and_only_that_host():
    mw = WallGuardMiddleware(max_in_row=3)
    for i in range(3):
        assert mw.process_request(Request(f"https://mur.example/p{i}")) is None
        _answer(mw, f"https://mur.example/p{i}", 403 if i != 1 else 429)
    with pytest.raises(HostWalled):
        mw.process_request(Request("https://mur.example/p9"))
    assert mw.process_request(Request("https://ouvert.example/")) is None


def test_a_page_served_in_between_resets_the_count_and_server_errors_do_not_count():
    mw = WallGuardMiddleware(max_in_row=2)
    for status in (403, 200, 403, 503, 500):  # a flaky server is no wall: Scrapy retries it
        _answer(mw, "https://lent.example/x", status)
    assert mw.process_request(Request("https://lent.example/y")) is None
    _answer(mw, "https://lent.example/y", 401)
    with pytest.raises(HostWalled):
        mw.process_request(Request("https://lent.example/z"))


def test_zero_never_drops_and_the_error_slug_is_walled():
    mw = WallGuardMiddleware(max_in_row=0)
    for _ in range(10):
        _answer(mw, "https://mur.example/", 403)
    assert mw.process_request(Request("https://mur.example/")) is None
    try:
        raise HostWalled("not asked")
    except HostWalled:
        failure = Failure()
    assert error_slug(failure)[0] == "walled"
