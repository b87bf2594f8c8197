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

A task may take `timeout` seconds of a worker's time, counted from when the worker can start
it (the answer to the task before it, or the worker's first frame, its pid): past that the
worker is killed (SIGKILL: a parse stuck in C code reads no signal handler), the task fails
with ParseTimeout, what waited behind it in the worker's pipe goes back to the queue, and a new
worker takes its place. One timer per worker, on the event loop (`loop.call_later`): no thread.

No worker outlives the crawl: close() kills the busy ones and reaps the rest, and on Linux the
starter and each worker ask the kernel to kill them when their parent dies (PR_SET_PDEATHSIG),
so a crawl killed with SIGKILL leaves no orphan parsing on.
"""
from __future__ import annotations

import asyncio
import atexit
import heapq
import itertools
import os
import pickle
import signal
import struct
import subprocess
import sys
import time
import weakref
from pathlib import Path

from .parsers import parse_page

HEADER = struct.Struct("<Q")  # length of the pickled frame that follows
READ_CHUNK = 1 << 20
WORKER_NICE = 10
DEPTH = 2  # tasks in a worker's hands: one parsing, one waiting in its pipe
READY = -1  # task id of a worker's first frame, which carries its pid
PR_SET_PDEATHSIG = 1  # linux/prctl.h


class WorkerDied(RuntimeError):
    """The worker process parsing this task exited before answering."""


class ParseTimeout(RuntimeError):
    """The task took longer than the pool's timeout: its worker was killed."""

    def __init__(self, seconds: float, worker: str = "parse worker"):
        super().__init__(f"{worker} killed after {seconds:g} s on one task")
        self.seconds = seconds


def _die_with_parent(parent: int) -> None:
    """Be killed when `parent` exits, however it exits (Linux; elsewhere only the check below)."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except Exception:  # no libc prctl: close() and EOF on the pipes still stop us
            pass
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(0)


def _write_frame(fd: int, data: bytes) -> None:
    view = memoryview(HEADER.pack(len(data)) + data)
    while view:
        view = view[os.write(fd, view):]


def _serve(tasks_fd: int, results_fd: int) -> None:
    """A worker: say its pid, then read (id, function, args) frames and answer (id, error,
    result) frames until EOF."""
    _write_frame(results_fd, pickle.dumps((READY, None, os.getpid())))
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
        _write_frame(results_fd, data)


def _start(parent: int, nice: int, pairs: list[tuple[int, int]]) -> None:
    """`python -m spiders.parsepool PARENT NICE TASKS:RESULTS,...`: import the parsers once, warm them
    up, then fork one worker per pipe pair (a fresh single-threaded interpreter: nothing of the
    crawl is inherited) and wait for them. One start-up for all workers: without bytecode
    caches an interpreter importing the parsers costs most of a CPU second."""
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the crawl, which closes our pipes
    if nice:
        try:
            os.nice(nice)
        except OSError:
            pass
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # stray print()s go to the crawl's stderr
    parse_page("http://warm-up.invalid/", b"<html><head><title>t</title></head><body><p>x</p></body></html>")
    children = []
    me = os.getpid()
    for i, (tasks_fd, results_fd) in enumerate(pairs):
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                _die_with_parent(me)
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
        self.pid: int | None = None  # known from the worker's first frame
        self.pending: dict[int, tuple] = {}  # task id -> (-priority, function, args), in pipe order
        self.timer: asyncio.TimerHandle | None = None  # the deadline of the task at the head
        self.timed: int | None = None  # the task that timer is for
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
    not the crawl, not Scrapy, no reactor), which forks one worker per index.

    It starts in the folder that holds this `spiders` package (the repository root, or site-packages
    when installed): that folder exists, and `-m` then cannot pick up another `spiders` from the
    user's working folder. Only a source checkout also puts it on PYTHONPATH."""
    root = str(Path(__file__).resolve().parent.parent)
    env = dict(os.environ)
    if os.path.isfile(os.path.join(root, "pyproject.toml")):  # a source checkout (or an editable install)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    theirs, ours = [], []
    for _ in indices:
        tasks_r, tasks_w = os.pipe()
        results_r, results_w = os.pipe()
        theirs.append((tasks_r, results_w))
        ours.append((tasks_w, results_r))
    cmd = [sys.executable, *subprocess._args_from_interpreter_flags(), "-m", "spiders.parsepool",
           str(os.getpid()), str(nice), ",".join(f"{t}:{r}" for t, r in theirs)]
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
    `await pool.run(fn, *args)` for any module-level function (feeds, sitemaps). With
    `timeout`, a task that holds its worker longer raises ParseTimeout."""

    def __init__(self, workers: int, nice: int = WORKER_NICE, timeout: float | None = None):
        self._nice = nice
        self._timeout = timeout
        self._count = itertools.count()
        self._workers = _start_workers(list(range(workers)), nice)
        self._starters = list({id(w.starter): w.starter for w in self._workers}.values())
        self._futures: dict[int, asyncio.Future] = {}
        self._queue: list[tuple] = []  # (-priority, task id, function, args), not yet sent
        self._closed = False
        self.timeouts = 0  # tasks failed with ParseTimeout
        _POOLS.add(self)

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
        while self._queue and not self._closed:
            worker = min(self._workers, key=lambda w: len(w.pending))
            if len(worker.pending) >= DEPTH:
                return
            prio, task_id, fn, args = heapq.heappop(self._queue)
            future = self._futures.get(task_id)
            if future is None or future.done():  # cancelled while queued
                self._futures.pop(task_id, None)
                continue
            if worker.loop is not loop:
                self._attach(worker, loop)
            data = pickle.dumps((task_id, fn, args), protocol=pickle.HIGHEST_PROTOCOL)
            worker.pending[task_id] = (prio, fn, args)
            self._arm(worker)
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
        self._disarm(worker)
        if worker.loop is not None and not worker.loop.is_closed():
            worker.loop.remove_reader(worker.results_fd)
            worker.loop.remove_writer(worker.tasks_fd)
        worker.loop = None

    def _arm(self, worker: _Worker) -> None:
        """Start the clock of the task at the head of the worker's pipe, once the worker can
        work on it (it said its pid, and answered everything sent before)."""
        head = next(iter(worker.pending), None)
        if head == worker.timed:
            return  # that task's clock already runs (or nothing to time)
        self._disarm(worker)
        if (self._timeout is None or head is None or worker.pid is None or worker.loop is None
                or worker.loop.is_closed()):
            return
        worker.timed = head
        worker.timer = worker.loop.call_later(self._timeout, self._expired, worker, head)

    def _disarm(self, worker: _Worker) -> None:
        if worker.timer is not None:
            worker.timer.cancel()
        worker.timer = worker.timed = None

    def _expired(self, worker: _Worker, task_id: int) -> None:
        """The worker spent the timeout on one task: kill it, fail that task, re-queue the rest."""
        worker.timer = worker.timed = None
        self._readable(worker)  # its answer may be waiting in the pipe, unread
        if worker.closed or next(iter(worker.pending), None) != task_id:
            return
        try:
            os.kill(worker.pid, signal.SIGKILL)
        except OSError:  # already gone: its EOF would have said so
            pass
        self.timeouts += 1
        self._retire(worker, ParseTimeout(self._timeout, worker.name))

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
            if task_id == READY:
                worker.pid = result
                continue
            worker.pending.pop(task_id, None)
            future = self._futures.pop(task_id, None)
            if future is None or future.done():
                continue
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(result)
        if pos:
            del buf[:pos]
            self._arm(worker)  # the next task in its pipe starts now
            self._dispatch(worker.loop)

    def _died(self, worker: _Worker) -> None:
        """The worker exited: fail the task it was on, and replace it."""
        self._retire(worker, WorkerDied(f"{worker.name} exited"))

    def _retire(self, worker: _Worker, error: Exception) -> None:
        """Fail the task at the head of the worker's pipe with `error`, queue again those behind
        it (never started: the worker takes them in order), put a new worker in its place."""
        loop = worker.loop
        self._detach(worker)
        for i, (task_id, (prio, fn, args)) in enumerate(worker.pending.items()):
            future = self._futures.get(task_id)
            if future is None or future.done():
                self._futures.pop(task_id, None)
            elif i == 0:
                del self._futures[task_id]
                future.set_exception(error)
            else:
                heapq.heappush(self._queue, (prio, task_id, fn, args))
        worker.pending.clear()
        worker.close()  # its starter reaps it (never waited for here: the reactor runs on)
        if not self._closed:
            index = self._workers.index(worker)
            self._workers[index] = new = _start_workers([index], self._nice)[0]
            self._starters = [s for s in self._starters if s.poll() is None] + [new.starter]
            if loop is not None and not loop.is_closed():
                loop.call_soon(self._dispatch, loop)

    def close(self) -> None:
        """Stop the workers: kill those on a task (nobody awaits it any more), let the idle ones
        read EOF, reap them and their starters; kill whatever is still there after a moment."""
        if self._closed:
            return
        self._closed = True
        for worker in self._workers:
            self._detach(worker)
            if worker.pending and worker.pid is not None:
                _kill(worker.pid)
        for worker in self._workers:
            worker.close()
        deadline = time.monotonic() + 2
        for starter in self._starters:
            try:  # a starter returns once all its workers have
                starter.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:  # a worker stuck (its pid unknown): stop it all
                for worker in self._workers:
                    if worker.starter is starter and worker.pid is not None:
                        _kill(worker.pid)
                starter.kill()  # on Linux its workers die with it (PR_SET_PDEATHSIG)
                try:
                    starter.wait(5)
                except subprocess.TimeoutExpired:
                    pass
        for future in self._futures.values():
            if not future.done():
                future.cancel()
        self._futures.clear()
        self._queue.clear()


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass


_POOLS: "weakref.WeakSet[ParsePool]" = weakref.WeakSet()


@atexit.register
def _close_pools() -> None:
    """A crawl that exits without closing its pool (an exception) leaves no worker behind."""
    for pool in list(_POOLS):
        pool.close()


if __name__ == "__main__":
    _start(int(sys.argv[1]), int(sys.argv[2]),
           [tuple(map(int, pair.split(":"))) for pair in sys.argv[3].split(",")])
