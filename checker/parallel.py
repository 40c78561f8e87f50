"""Chunks of documents checked in worker processes or on a Dask cluster, results in input order.

Local pool: each worker builds its own RuleSet once (rule files are re-read there, already
validated by the parent). A run of a single chunk (see `pipeline.chunks`) never starts a pool: process
start-up would cost more than it saves.

Dask (`--engine dask`): the parent's RuleSet is sent to every worker once (cloudpickle), each chunk
is a task running the same `check_chunk` (extraction, one pandera validation, rules). Workers need
figcheck installed; per-article `.rules.yaml` files must be readable at the same path there.

Either way a few chunks per worker (four locally, two on Dask) are in flight, so a corpus streams
through in flat memory.
"""
from __future__ import annotations

import itertools
import os
import threading
from collections import deque
from typing import Iterable, Iterator

_RULES = None


def _die_with_parent() -> None:
    """Linux: the kernel sends this worker SIGTERM when its parent dies, however it dies (SIGKILL, a
    caller's timeout), so no worker outlives the run."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGTERM))   # PR_SET_PDEATHSIG = 1
    except (OSError, AttributeError):
        pass   # not Linux: the pool's own shutdown is all there is


def _init(files, sidecars, disable, severity) -> None:
    global _RULES
    from .rules.ruleset import RuleSet

    _die_with_parent()
    _RULES = RuleSet(files, sidecars=sidecars, disable=disable, severity=severity)


def _work(chunk, keep_claims):
    from .pipeline import check_chunk

    return check_chunk(chunk, _RULES, keep_claims)


def workers(jobs: int) -> int:
    """Worker processes for `--jobs`: 0 is one per core, and more than the cores is capped at them
    (24 workers on 2 cores only share the same two)."""
    cores = os.cpu_count() or 1
    return min(jobs, cores) if jobs > 0 else cores


def map_chunks(chunks: Iterable[list], rules, jobs: int, keep_claims: bool = True) -> Iterator[list]:
    from .pipeline import check_chunk

    chunks = iter(chunks)
    head = list(itertools.islice(chunks, 2))
    n = workers(jobs)
    if n == 1 or len(head) < 2:
        for chunk in itertools.chain(head, chunks):
            yield check_chunk(chunk, rules, keep_claims)
        return
    from concurrent.futures import ProcessPoolExecutor

    args = (rules.files, rules.sidecars, sorted(rules.disable), rules.severity)
    with ProcessPoolExecutor(max_workers=n, initializer=_init, initargs=args) as pool:
        pending: deque = deque()
        for chunk in itertools.chain(head, chunks):
            pending.append(pool.submit(_work, chunk, keep_claims))
            if len(pending) >= 4 * n:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


CONNECT_SECONDS = 10


def _connect(client_class, scheduler: str):
    """A Client for `scheduler`, or TimeoutError. Dask's own timeout covers the TCP connect but not
    the handshake: a port that accepts and never answers (a web server) would hang forever, so the
    connection is made in a daemon thread that is abandoned after the deadline."""
    outcome: dict = {}

    def connect():
        try:
            outcome["client"] = client_class(scheduler, timeout=f"{CONNECT_SECONDS}s")
        except BaseException as e:  # noqa: BLE001 - handed to the caller's thread
            outcome["error"] = e

    thread = threading.Thread(target=connect, name="figcheck-dask-connect", daemon=True)
    thread.start()
    thread.join(CONNECT_SECONDS + 2)
    if thread.is_alive():
        raise TimeoutError(f"no Dask handshake within {CONNECT_SECONDS} s (is it a Dask scheduler?)")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["client"]


def map_chunks_dask(chunks: Iterable[list], rules, scheduler: str | None, keep_claims: bool = True
                    ) -> Iterator[list]:
    """The same chunks, checked on a Dask cluster at `scheduler` (None: a local cluster)."""
    from .errors import FigcheckError

    try:
        from distributed import Client
    except ImportError:
        raise FigcheckError("--engine dask needs dask.distributed: pip install 'figcheck[dask]'") from None
    from .pipeline import check_chunk

    try:
        client = _connect(Client, scheduler) if scheduler else Client(processes=True, dashboard_address=None)
    except (OSError, TimeoutError, ValueError) as e:
        raise FigcheckError(f"cannot reach the Dask scheduler {scheduler!r}: {e}") from None
    try:
        try:
            client.wait_for_workers(1, timeout=CONNECT_SECONDS)
        except TimeoutError:
            raise FigcheckError(f"the Dask cluster at {scheduler!r} has no workers "
                                f"(none joined in {CONNECT_SECONDS} s)") from None
        in_flight = 2 * max(1, len(client.scheduler_info().get("workers", {})))
        shared_rules = client.scatter(rules, broadcast=True)
        pending: deque = deque()
        for chunk in chunks:
            pending.append(client.submit(check_chunk, chunk, shared_rules, keep_claims, pure=False))
            if len(pending) >= in_flight:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        client.close()
