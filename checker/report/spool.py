"""Report parts kept on disk until the report is assembled, and JSON written a list item at a time.

A corpus's report can be larger than the memory a run should take: reporters add each document's
part as its result arrives (the result is then dropped), and write the whole at the end in pieces.
"""
from __future__ import annotations

import json
import re
import tempfile
from typing import Iterable, Iterator


class Spool:
    """JSON values appended to an anonymous temp file (nothing is left behind, even on SIGKILL) and
    read back in order."""

    def __init__(self):
        self._fh = None
        self.count = 0

    def append(self, value) -> None:
        if self._fh is None:
            self._fh = tempfile.TemporaryFile("w+", encoding="utf-8")
        self._fh.write(json.dumps(value) + "\n")   # ASCII escapes: a lone surrogate survives the trip
        self.count += 1

    def __iter__(self) -> Iterator:
        if self._fh is None:
            return
        self._fh.flush()
        self._fh.seek(0)
        for line in self._fh:
            yield json.loads(line)
        self._fh.seek(0, 2)   # appending may go on after a read


def placeholder(name: str) -> str:
    """A value standing in a skeleton for a list that `dump` streams; control characters are refused
    in rule files and never written by figcheck, so it cannot collide with real data."""
    return f"\0{name}"


def dump(skeleton: dict, lists: dict[str, Iterable]) -> Iterator[str]:
    """`json.dumps(skeleton, indent=2, ensure_ascii=False)` with each placeholder replaced by the list
    streamed from `lists`: the same text as dumping the whole, in memory for one item at a time."""
    text = json.dumps(skeleton, indent=2, ensure_ascii=False)
    at = 0
    for m in re.finditer(r'"\\u0000(\w+)"', text):
        if m.group(1) not in lists:
            continue
        yield text[at:m.start()]
        line_start = text.rfind("\n", 0, m.start()) + 1
        indent = len(text[line_start:m.start()]) - len(text[line_start:m.start()].lstrip(" "))
        yield from _items(lists[m.group(1)], indent)
        at = m.end()
    yield text[at:]


def _items(items: Iterable, indent: int) -> Iterator[str]:
    pad, first = " " * (indent + 2), True
    for item in items:
        # only structural newlines are raw in JSON text (a "\u2028" inside a string is not one)
        yield ("[\n" if first else ",\n") + pad + json.dumps(item, indent=2, ensure_ascii=False).replace("\n", "\n" + pad)
        first = False
    yield "[]" if first else "\n" + " " * indent + "]"
