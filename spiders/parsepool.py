"""Parse pages in worker processes without ever blocking, or slowing, the crawl's event loop.

Workers are plain subprocesses (`python -m spiders.parsepool`): a fresh interpreter that
imports the parsers and nothing of the crawl (multiprocessing's spawn would import the
crawl's main module, Scrapy and Twisted, in every worker). Each reads tasks on its stdin and
answers on its stdout, as length-prefixed pickles. The reactor writes a task without
blocking (what the pipe does not take at once is buffered and written when the pipe
drains, `loop.add_writer`) and reads results when they arrive (`loop.add_reader`): no
thread in the crawl process, so parsing costs the reactor a pickle and an unpickle per
page. (`concurrent.futures.ProcessPoolExecutor` blocks the submitting thread on a full
wake-up pipe; `multiprocessing.Pool` runs three threads in the crawl process that take the
GIL from the reactor: measured, a tenth of its time.)

Tasks wait in the crawl process, highest priority first, and each worker holds at most
DEPTH of them: a home page or a feed (which reveal what to fetch) never queues behind a
pile of posts. Workers run at a lower priority (`os.nice`): on a machine with few cores
the reactor gets the CPU whenever it has responses to handle or requests to send, and
parsing takes the rest. A worker that dies fails its pending tasks (the spider records
them as parse errors) and is replaced.
"""
from __future__ import annotations

import asyncio
import heapq
import itertools
import os
import pickle
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path

from .parsers import parse_page

HEADER = struct.Struct("<Q")  # length of the pickled frame that follows
READ_CHUNK = 1 << 20
WORKER_NICE = 10
DEPTH = 2  # tasks in a worker's hands: one parsing, one waiting in its pipe


class WorkerDied(RuntimeError):
    """The worker process parsing this task exited before answering."""


def _serve(tasks_fd: int, results_fd: int) -> None:
    """A worker: read (id, function, args) frames, answer (id, error, result) frames, until EOF."""
    inbox = os.fdopen(tasks_fd, "rb")
    while True:
        head = inbox.read(HEADER.size)
        if len(head) < HEADER.size:
            return  # the crawl closed the pipe (or died): stop
        (n,) = HEADER.unpack(head)
        task_id, fn, args = pickle.loads(inbox.read(n))
        try:
            out = (task_id, None, fn(*args))
        except Exception as e:  # raised again in the crawl: the caller decides what it means
            out = (task_id, _portable(e), None)
        try:
            data = pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as e:  # a result that cannot travel
            data = pickle.dumps((task_id, RuntimeError(f"{type(e).__name__}: {e}"), None))
        view = memoryview(HEADER.pack(len(data)) + data)
        while view:
            view = view[os.write(results_fd, view):]


def _start(nice: int, pairs: list[tuple[int, int]]) -> None:
    """`python -m spiders.parsepool NICE TASKS:RESULTS,...`: import the parsers once, warm them
    up, then fork one worker per pipe pair (a fresh single-threaded interpreter: nothing of the
    crawl is inherited) and wait for them. One start-up for all workers: without bytecode
    caches an interpreter importing the parsers costs most of a CPU second."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the crawl, which closes our pipes
    if nice:
        try:
            os.nice(nice)
        except OSError:
            pass
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # stray print()s go to the crawl's stderr
    parse_page("http://warm-up.invalid/", b"<html><head><title>t</title></head><body><p>x</p></body></html>")
    children = []
    for i, (tasks_fd, results_fd) in enumerate(pairs):
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                for j, fds in enumerate(pairs):
                    if j != i:
                        os.close(fds[0])
                        os.close(fds[1])
                _serve(tasks_fd, results_fd)
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        children.append(pid)
    for fds in pairs:
        os.close(fds[0])
        os.close(fds[1])
    for pid in children:
        os.waitpid(pid, 0)


def _portable(error: Exception) -> Exception:
    """The exception itself if it survives pickling, else a RuntimeError saying what it was."""
    try:
        pickle.loads(pickle.dumps(error))
        return error
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {error}")


class _Worker:
    """One worker: the crawl's ends of its two pipes, and the process that started it."""

    def __init__(self, index: int, starter: subprocess.Popen, tasks_fd: int, results_fd: int):
        self.name = f"parse worker {index}"
        self.starter = starter
        self.tasks_fd = tasks_fd
        self.results_fd = results_fd
        self.pending: set[int] = set()
        self.outbuf = bytearray()
        self.inbuf = bytearray()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.closed = False

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            os.close(self.tasks_fd)  # EOF: the worker returns
            os.close(self.results_fd)


def _start_workers(indices: list[int], nice: int) -> list[_Worker]:
    """Start `python -m spiders.parsepool` (a fresh interpreter that imports the parsers only:
    not the crawl, not Scrapy, no reactor), which forks one worker per index."""
    root = str(Path(__file__).resolve().parent.parent)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    theirs, ours = [], []
    for _ in indices:
        tasks_r, tasks_w = os.pipe()
        results_r, results_w = os.pipe()
        theirs.append((tasks_r, results_w))
        ours.append((tasks_w, results_r))
    cmd = [sys.executable, *subprocess._args_from_interpreter_flags(), "-m", "spiders.parsepool",
           str(nice), ",".join(f"{t}:{r}" for t, r in theirs)]
    try:
        starter = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, env=env, cwd=root,
                                   pass_fds=[fd for pair in theirs for fd in pair])
    finally:
        for pair in theirs:
            os.close(pair[0])
            os.close(pair[1])
    return [_Worker(i, starter, t, r) for i, (t, r) in zip(indices, ours)]


class ParsePool:
    """`await pool.parse(url, body, platform, now)` -> ParsedPage, computed in a worker process;
    `await pool.run(fn, *args)` for any module-level function (feeds, sitemaps)."""

    def __init__(self, workers: int, nice: int = WORKER_NICE):
        self._nice = nice
        self._count = itertools.count()
        self._workers = _start_workers(list(range(workers)), nice)
        self._futures: dict[int, asyncio.Future] = {}
        self._queue: list[tuple] = []  # (-priority, task id, function, args), not yet sent
        self._closed = False

    async def parse(self, *args, priority: int = 0):
        return await self.run(parse_page, *args, priority=priority)

    async def run(self, fn, *args, priority: int = 0):
        """fn(*args) in a worker; tasks of higher priority are sent first."""
        if self._closed:
            raise RuntimeError("parse pool closed")
        loop = asyncio.get_running_loop()
        task_id = next(self._count)
        future = loop.create_future()
        self._futures[task_id] = future
        heapq.heappush(self._queue, (-priority, task_id, fn, args))
        self._dispatch(loop)
        return await future

    def _dispatch(self, loop) -> None:
        """Send queued tasks to the least busy workers, DEPTH at most in each one's hands."""
        while self._queue:
            worker = min(self._workers, key=lambda w: len(w.pending))
            if len(worker.pending) >= DEPTH:
                return
            _, task_id, fn, args = heapq.heappop(self._queue)
            future = self._futures.get(task_id)
            if future is None or future.done():  # cancelled while queued
                self._futures.pop(task_id, None)
                continue
            if worker.loop is not loop:
                self._attach(worker, loop)
            data = pickle.dumps((task_id, fn, args), protocol=pickle.HIGHEST_PROTOCOL)
            worker.pending.add(task_id)
            self._send(worker, HEADER.pack(len(data)) + data)

    # -- event-loop side ---------------------------------------------------------------

    def _attach(self, worker: _Worker, loop) -> None:
        if worker.loop is not None:  # another loop (tests run several): start afresh
            self._detach(worker)
        worker.loop = loop
        os.set_blocking(worker.tasks_fd, False)
        os.set_blocking(worker.results_fd, False)
        loop.add_reader(worker.results_fd, self._readable, worker)

    def _detach(self, worker: _Worker) -> None:
        if worker.loop is not None and not worker.loop.is_closed():
            worker.loop.remove_reader(worker.results_fd)
            worker.loop.remove_writer(worker.tasks_fd)
        worker.loop = None

    def _send(self, worker: _Worker, data: bytes) -> None:
        if worker.outbuf:  # the pipe is full: queue behind what waits
            worker.outbuf += data
            return
        try:
            n = os.write(worker.tasks_fd, data)
        except BlockingIOError:
            n = 0
        except OSError:
            self._died(worker)
            return
        if n < len(data):
            worker.outbuf += memoryview(data)[n:]
            worker.loop.add_writer(worker.tasks_fd, self._writable, worker)

    def _writable(self, worker: _Worker) -> None:
        try:
            n = os.write(worker.tasks_fd, worker.outbuf)
        except BlockingIOError:
            return
        except OSError:
            self._died(worker)
            return
        del worker.outbuf[:n]
        if not worker.outbuf:
            worker.loop.remove_writer(worker.tasks_fd)

    def _readable(self, worker: _Worker) -> None:
        try:
            chunk = os.read(worker.results_fd, READ_CHUNK)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if not chunk:
            self._died(worker)
            return
        buf = worker.inbuf
        buf += chunk
        pos = 0
        while len(buf) - pos >= HEADER.size:
            (n,) = HEADER.unpack_from(buf, pos)
            end = pos + HEADER.size + n
            if len(buf) < end:
                break
            task_id, error, result = pickle.loads(buf[pos + HEADER.size:end])
            pos = end
            worker.pending.discard(task_id)
            future = self._futures.pop(task_id, None)
            if future is None or future.done():
                continue
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(result)
        if pos:
            del buf[:pos]
            self._dispatch(worker.loop)

    def _died(self, worker: _Worker) -> None:
        """Fail the worker's pending tasks and put a new worker in its place."""
        loop = worker.loop
        self._detach(worker)
        for task_id in worker.pending:
            future = self._futures.pop(task_id, None)
            if future is not None and not future.done():
                future.set_exception(WorkerDied(f"{worker.name} exited"))
        worker.pending.clear()
        worker.close()  # its starter reaps it (never waited for here: the reactor runs on)
        if not self._closed:
            index = self._workers.index(worker)
            self._workers[index] = _start_workers([index], self._nice)[0]
            if loop is not None:
                loop.call_soon(self._dispatch, loop)

    def close(self) -> None:
        """Stop the workers (they finish the page in hand) and reap them."""
        if self._closed:
            return
        self._closed = True
        for worker in self._workers:
            self._detach(worker)
        for worker in self._workers:
            worker.close()
        deadline = time.monotonic() + 5
        for starter in {id(w.starter): w.starter for w in self._workers}.values():
            try:  # a starter returns once all its workers have (they finish the page in hand)
                starter.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:  # a worker stuck on a page: stop waiting for it
                starter.kill()
                starter.wait(5)
        for future in self._futures.values():
            if not future.done():
                future.cancel()
        self._futures.clear()
        self._queue.clear()


if __name__ == "__main__":
    _start(int(sys.argv[1]), [tuple(map(int, pair.split(":"))) for pair in sys.argv[2].split(",")])
