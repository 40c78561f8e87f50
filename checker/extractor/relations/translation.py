"""A passage in another language beside its English translation: the translation restates the
original's figures in order ("Rescatar Bankia: 7.000 millones de euros" / "Bailing out Bankia: 7
billion euros"). The English figure gets relation `translation`, its `left` the original's numeral;
the rule compares their significant digits (scale words differ between languages: "7.000 millones"
is "7 billion").

A paragraph in another language is paired with the English paragraph after it, else the one before,
when both give the same number of numerals and all but a few of them (at most one in three, and at
least one) carry the same digits: that agreement is what says one paragraph translates the other. A
lone numeral on each side pairs only with the paragraph after, and when the two are of a like length.
Numbers in parentheses and list markers are left out of the alignment."""
from __future__ import annotations

import bisect
import re

from ...numerals import significant_digits
from ..passages import NUMERAL

MIN_LENGTH_RATIO = 0.5


_PARENTHESES = re.compile(r"\([^()]*\)")
# A numbered list's marker at the start of a paragraph ("1. ...", "২) ...") numbers, it counts nothing.
_LIST_MARKER = re.compile(r"\d{1,2}\s*[.)]\s")


def _numerals(text: str, span: tuple[int, int]) -> list[tuple[int, str]]:
    """The numerals of a paragraph that a translation carries over: not a list marker, and not in
    parentheses (where translators add their own glosses: "10 billion won (about $8.75 million)")."""
    glosses = [m.span() for m in _PARENTHESES.finditer(text, *span)]
    marker = _LIST_MARKER.match(text, span[0])
    return [(m.start(), significant_digits(m.group())) for m in NUMERAL.finditer(text, *span)
            if not any(s <= m.start() < e for s, e in glosses) and not (marker and m.start() == span[0])]


def _aligned(text: str, original: tuple[int, int], english: tuple[int, int]) -> list[tuple[int, int]] | None:
    a, b = _numerals(text, original), _numerals(text, english)
    if not a or len(a) != len(b) or (len(a) == 1 and english[0] < original[0]):
        return None
    differing = sum(x[1] != y[1] for x, y in zip(a, b))
    if differing > max(1, len(a) // 3):
        return None
    if differing == len(a):
        sizes = sorted((original[1] - original[0], english[1] - english[0]))
        if sizes[0] < MIN_LENGTH_RATIO * sizes[1]:
            return None
    return [(x[0], y[0]) for x, y in zip(a, b)]


def find_in_document(text: str, rows: list[dict], spans: list[tuple[int, int]],
                     foreign: list[tuple[int, int]]) -> None:
    """`spans`: the document's paragraphs; `foreign`: those of them in another language."""
    if not foreign:
        return
    index = {span: i for i, span in enumerate(spans)}
    other = set(foreign)
    starting = {r["start"]: r for r in rows}
    starts = [r["start"] for r in rows]
    for span in foreign:
        i = index.get(span)
        if i is None:
            continue
        for j in (i + 1, i - 1):
            if 0 <= j < len(spans) and spans[j] not in other:
                pairs = _aligned(text, span, spans[j])
                if pairs:
                    _record(text, rows, starts, starting, pairs)
                    break


def _record(text: str, rows: list[dict], starts: list[int], starting: dict, pairs: list[tuple[int, int]]) -> None:
    for original_at, english_at in pairs:
        original = starting.get(original_at)
        k = bisect.bisect_right(starts, english_at) - 1
        english = rows[k] if k >= 0 and english_at < rows[k]["end"] and not rows[k].get("foreign") else None
        # The English figure must be that one numeral ("March 5, 2009" holds two) and state nothing else.
        if original is None or english is None or english.get("relation") \
                or len(NUMERAL.findall(text, english["start"], english["end"])) != 1:
            continue
        english.update(relation="translation", left=original["claim"])
