"""Chunks of documents checked in worker processes, results kept in input order.

Each worker builds its own RuleSet once (rule files are re-read there, already validated by the
parent). At most two chunks per worker are in flight, so a corpus streams through in flat memory.
A run of a single chunk (up to 64 documents) never starts a pool: process start-up would cost more
than it saves.
"""
from __future__ import annotations

import itertools
import os
from collections import deque
from typing import Iterable, Iterator

_RULES = None


def _init(files, sidecars, disable, severity) -> None:
    global _RULES
    from .pipeline import RuleSet

    _RULES = RuleSet(files, sidecars=sidecars, disable=disable, severity=severity)


def _work(chunk):
    from .pipeline import check_chunk

    return check_chunk(chunk, _RULES)


def workers(jobs: int) -> int:
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def map_chunks(chunks: Iterable[list], rules, jobs: int) -> Iterator[list]:
    from .pipeline import check_chunk

    chunks = iter(chunks)
    head = list(itertools.islice(chunks, 2))
    n = workers(jobs)
    if n == 1 or len(head) < 2:
        for chunk in itertools.chain(head, chunks):
            yield check_chunk(chunk, rules)
        return
    from concurrent.futures import ProcessPoolExecutor

    args = (rules.files, rules.sidecars, sorted(rules.disable), rules.severity)
    with ProcessPoolExecutor(max_workers=n, initializer=_init, initargs=args) as pool:
        pending: deque = deque()
        for chunk in itertools.chain(head, chunks):
            pending.append(pool.submit(_work, chunk))
            if len(pending) >= 2 * n:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
