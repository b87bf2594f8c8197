"""Parse pages in other processes without ever blocking the crawl's event loop.

`concurrent.futures.ProcessPoolExecutor` writes to its manager's wake-up pipe from the
submitting thread, which blocks the reactor when the pipe is full (measured: seconds per
crawl). `multiprocessing.Pool.apply_async` only appends to an in-process queue that a
feeder thread drains, so submitting costs the event loop nothing.
"""
from __future__ import annotations

import asyncio
from multiprocessing import get_context

from .parsers import parse_page


class ParsePool:
    """`await pool.parse(url, body, platform, now)` -> ParsedPage, computed in a worker process."""

    def __init__(self, workers: int):
        # spawn: workers must not inherit a running reactor or event loop
        self._pool = get_context("spawn").Pool(workers)

    async def parse(self, *args):
        loop = asyncio.get_running_loop()
        future = loop.create_future()

        def done(result):
            loop.call_soon_threadsafe(_settle, future, result, None)

        def failed(error):
            loop.call_soon_threadsafe(_settle, future, None, error)

        self._pool.apply_async(parse_page, args, callback=done, error_callback=failed)
        return await future

    def close(self) -> None:
        self._pool.terminate()
        self._pool.join()


def _settle(future, result, error) -> None:
    if future.cancelled():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)
