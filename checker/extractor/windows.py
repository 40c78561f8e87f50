"""Stretches of a text worth a costly pattern: around the hits of a cheap one, merged when they touch.

A case-insensitive pattern with a long alternation costs a try at every offset; most of a text
cannot match it. Scanning for a word it cannot match without is many times cheaper, and the
pattern then runs only near those words.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

_WORD_END = re.compile(r"\w*")


def lowered(text: str) -> str:
    """`text` in lower case with every character at its own offset, so that a hit in it is a hit in
    `text` ("İ" lowers to two characters: it is kept as it is)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def merged(spans: Iterable[tuple[int, int]], before: int, after: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each span widened by `before` and `after`, overlapping ones merged, in order."""
    start = end = -1
    for lo, hi in spans:
        lo, hi = max(0, lo - before), hi + after
        if lo <= end:
            end = max(end, hi)
            continue
        if end > 0:
            yield start, end
        start, end = lo, hi
    if end > 0:
        yield start, end


def near(trigger: re.Pattern, text: str, reach: int) -> Iterator[tuple[int, int]]:
    """Stretches of `text` within `reach` characters of each hit of `trigger`, merged; each ends at
    the end of a word, so a pattern run up to there sees a word boundary where the text has one."""
    hits = ((hit.start(), _WORD_END.match(text, hit.end() + reach).end()) for hit in trigger.finditer(text))
    return merged(hits, reach, 0)
