"""Bounds on what one request may cost the service: body size, time to send it, time to check it,
and how many checks may wait. Past a bound the client gets a clean error; the service goes on."""
from __future__ import annotations

import asyncio
import collections
import threading
from concurrent.futures import Future
from dataclasses import dataclass

from ..documents import MAX_ARTICLE_BYTES
from .requests import RequestError

RULE_ROOM = 1024 * 1024   # JSON quoting and rule texts beside the article
MAX_BATCH = 32            # waiting checks taken together into one chunk


@dataclass
class Limits:
    max_body: int = MAX_ARTICLE_BYTES + RULE_ROOM
    read_timeout: float = 10.0   # seconds for a client to send its whole body
    budget: float = 30.0         # seconds from a check's admission to its answer
    queue: int = 16              # checks that may wait while one runs


async def read_body(request, limits: Limits) -> bytes:
    """The body, refused with 413 past `max_body` (before reading, when Content-Length says so) and
    with 408 when it takes over `read_timeout` to arrive (a slow client holds no check slot)."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise RequestError(400, "Content-Length is not a number")
        if int(declared) > limits.max_body:
            raise RequestError(413, f"body of {int(declared):,} bytes is over the {limits.max_body:,}-byte limit")
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limits.read_timeout
    stream, parts, size = request.stream().__aiter__(), [], 0
    while True:
        try:
            part = await asyncio.wait_for(stream.__anext__(), max(deadline - loop.time(), 0))
        except StopAsyncIteration:
            break
        except asyncio.TimeoutError:
            raise RequestError(408, f"the body did not arrive within {limits.read_timeout:g} s") from None
        size += len(part)
        if size > limits.max_body:
            raise RequestError(413, f"body is over the {limits.max_body:,}-byte limit")
        parts.append(part)
    return b"".join(parts)


@dataclass
class Job:
    future: Future
    fn: object            # fn(*args), or with `batch`, batch(list of args[0]) -> list of answers
    args: tuple
    batch: object = None


class CheckQueue:
    """Checks run one at a time in one worker thread: they are CPU-bound, so more threads would only
    share one interpreter, and the event loop stays free for other requests. Checks that wait are
    taken together (up to MAX_BATCH) by `batch`, so a busy service validates once for many. At most
    `queue` wait; past that a request gets 503. A check past its budget is answered with 503; if it
    has started it runs on, holding its place, so an overloaded service refuses work instead of
    piling it up."""

    def __init__(self, limits: Limits):
        self.limits = limits
        self.jobs: collections.deque[Job | None] = collections.deque()
        self.ready = threading.Condition()
        self.admitted = 0
        self.worker = threading.Thread(target=self._work, name="figcheck-check", daemon=True)
        self.worker.start()

    def _next(self) -> list[Job] | None:
        with self.ready:
            while not self.jobs:
                self.ready.wait()
            first = self.jobs.popleft()
            if first is None:
                return None
            group = [first]
            while first.batch and self.jobs and self.jobs[0] is not None and len(group) < MAX_BATCH \
                    and self.jobs[0].batch == first.batch:
                group.append(self.jobs.popleft())
        return [job for job in group if job.future.set_running_or_notify_cancel()]

    def _work(self) -> None:
        while (group := self._next()) is not None:
            try:
                if group and group[0].batch:
                    answers = group[0].batch([job.args[0] for job in group])
                else:
                    answers = [group[0].fn(*group[0].args)] if group else []
            except BaseException as e:  # noqa: BLE001 - handed to every waiting request, never lost
                for job in group:
                    job.future.set_exception(e)
                continue
            for job, answer in zip(group, answers):
                if isinstance(answer, Exception):
                    job.future.set_exception(answer)
                else:
                    job.future.set_result(answer)

    def _release(self, _future) -> None:
        self.admitted -= 1

    def _release_from(self, loop, future) -> None:
        try:
            loop.call_soon_threadsafe(self._release, future)
        except RuntimeError:   # the loop has closed: the service is shutting down
            pass

    async def run(self, fn, *args, batch=None):
        """fn(*args) in the worker; with `batch`, batch([args[0], ...]) for this and waiting jobs."""
        if self.admitted > self.limits.queue:
            raise RequestError(503, f"busy: {self.admitted} checks are running or waiting; try again shortly")
        loop = asyncio.get_running_loop()
        self.admitted += 1
        job = Job(Future(), fn, args, batch)
        job.future.add_done_callback(lambda f: self._release_from(loop, f))
        with self.ready:
            self.jobs.append(job)
            self.ready.notify()
        try:
            return await asyncio.wait_for(asyncio.wrap_future(job.future), self.limits.budget)
        except asyncio.TimeoutError:
            raise RequestError(503, f"the check took over the {self.limits.budget:g} s budget") from None

    def close(self) -> None:
        with self.ready:
            self.jobs.append(None)
            self.ready.notify()
