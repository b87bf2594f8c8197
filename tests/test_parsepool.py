"""The parse pool: results as the function gives them, errors raised in the caller, no hang."""
from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from spiders.parsepool import ParsePool, WorkerDied
from spiders.parsers import parse_page
from spiders.parsers.feeds import parse_feed

HTML = Path(__file__).parent / "fixtures" / "html"
FEEDS = Path(__file__).parent / "fixtures" / "feeds"


def _fail(message: str):
    raise ValueError(message)


class _Odd(Exception):
    def __init__(self, a, b):  # cannot be rebuilt by pickle
        super().__init__(f"{a}/{b}")


def _odd():
    raise _Odd(1, 2)


def _pid_and_nice(_):
    return os.getpid(), os.nice(0)


def _big(n: int) -> bytes:
    return b"x" * n


@pytest.fixture(scope="module")
def pool():
    p = ParsePool(2)
    yield p
    p.close()


def test_pages_parse_as_inline(pool):
    pages = [(f"https://example.org/{p.name}", p.read_bytes()) for p in sorted(HTML.rglob("*.html"))][:12]
    feed = (FEEDS / "wordpress-rss.xml").read_bytes()

    async def go():
        parsed = await asyncio.gather(*(pool.parse(u, b, None, None, priority=i % 3)
                                        for i, (u, b) in enumerate(pages)))
        entries = await pool.run(parse_feed, "https://example.org/feed/", feed, priority=90)
        return parsed, entries

    parsed, entries = asyncio.run(go())
    assert len(parsed) == 12
    assert parsed == [parse_page(u, b, None, None) for u, b in pages]
    assert entries == parse_feed("https://example.org/feed/", feed)


def test_errors_reach_the_caller(pool):
    async def go():
        with pytest.raises(ValueError, match="broken"):
            await pool.run(_fail, "broken")
        with pytest.raises(RuntimeError, match="_Odd: 1/2"):
            await pool.run(_odd)
        return await pool.run(_big, 3_000_000)  # bigger than a pipe: read in pieces

    assert asyncio.run(go()) == b"x" * 3_000_000


def test_workers_run_below_the_crawl_and_are_used(pool):
    async def go():
        return await asyncio.gather(*(pool.run(_pid_and_nice, i) for i in range(20)))

    results = asyncio.run(go())
    assert {pid for pid, _ in results} - {os.getpid()}
    assert all(nice >= os.nice(0) + 1 for _, nice in results)


def test_a_dead_worker_fails_its_tasks_and_is_replaced():
    p = ParsePool(1)
    try:
        async def go():
            with pytest.raises(WorkerDied):
                await p.run(os._exit, 3)
            return await p.run(_big, 10)

        assert asyncio.run(go()) == b"x" * 10
    finally:
        p.close()
