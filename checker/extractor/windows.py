"""Stretches of a text worth a costly pattern: around the hits of a cheap one, merged when they touch.

A case-insensitive pattern with a long alternation costs a try at every offset; most of a text
cannot match it. Scanning for a word it cannot match without is many times cheaper, and the
pattern then runs only near those words.
"""
from __future__ import annotations

import functools
import heapq
import re
from typing import Iterable, Iterator

_WORD_END = re.compile(r"\w*")
_DIGITS = re.compile(r"\d+")
# How far a pattern that needs a digit reaches beyond its digits: a sign, the "+(" of a phone number,
# "A.D. " before a year, a time zone after one ("1800 local time"), the exponent of "3.5 x 10^8".
DIGIT_REACH = 30


def lowered(text: str) -> str:
    """`text` in lower case with every character at its own offset, so that a hit in it is a hit in
    `text` ("İ" lowers to two characters: it is kept as it is)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@functools.lru_cache(maxsize=4)
def lowered_document(text: str) -> str:
    """`lowered(text)` of a whole document, kept for the last few: every stage of its extraction
    asks for it (a cache of pieces of text, such as sentences, would push documents out)."""
    return lowered(text)


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


@functools.lru_cache(maxsize=4)
def digit_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Stretches of `text` within DIGIT_REACH characters of a digit, merged: about a seventh of news
    text. Found once per text (the figures and the dates of one document share them)."""
    return tuple(near(_DIGITS, text, DIGIT_REACH))


def union(*spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Sorted lists of stretches as one sorted list, overlapping ones merged."""
    return merged(heapq.merge(*spans), 0, 0)


def within(regex: re.Pattern, text: str, spans: Iterable[tuple[int, int]]) -> Iterator[re.Match]:
    """`regex.finditer(text)` for a pattern that cannot match outside `spans`."""
    for start, end in spans:
        yield from regex.finditer(text, start, end)


def near_digits(regex: re.Pattern, text: str) -> Iterator[re.Match]:
    """`regex.finditer(text)` for a pattern none of whose matches lacks a digit: the digits are found
    by a scan several times cheaper than trying such a pattern at every offset."""
    return within(regex, text, digit_spans(text))
