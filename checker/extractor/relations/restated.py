"""The same fact stated in two sentences: "76 per cent say they trust the service to give reliable
advice" ... "The majority (76 per cent) said they trusted the service to give reliable advice"; "move
the waste off the island by the end of 2002" ... "before the end of 2002". The later figure gets
relation `restates` and `left`, the earlier one; the rule checks that the two can be one value.

Two figures are taken for one fact when they are of one sort (kind, unit, counted noun) in different
sentences and the words around each (up to eight content words either side, within its clause,
lemmatised) are mostly the same words: at least three shared in the same order, carrying 70% of the
weight of the smaller frame, a word weighing less the more sentences of the article use it (the two
sentences must share three words as written, a cheap test first). What sets facts apart vetoes the
pairing: a year with no role word or after a determiner (it names a thing: "the 2020 election"), a
different role ("from 28.3%" is not "to 19.3%"), a word of occurrence ("the second quake", "a further
cut"), a figure introducing a new thing ("a 5.3-magnitude quake"), different names beside each,
different dates in the two sentences, or a parallel structure (two sentences whose other numbers all
differ report two things, as market wraps do for two indices).
"""
from __future__ import annotations

import functools
import math
import re
from typing import NamedTuple

from ...lang import alt
from ...lang.languages import ENGLISH_FUNCTION_WORDS
from ...lang.restatement import DISTINCT_ROLES, GENERAL, HEDGES, OCCURRENCE, ROLES
from ...numerals import significant_digits
from .. import lexicon
from ..windows import lowered_document
from ..passages import NUMERAL

WINDOW_WORDS = 8
MIN_SHARED = 3
MIN_WEIGHT = 0.7
MAX_EARLIER = 200      # earlier figures of one sort compared with each figure, at most
RESTATED = ("count", "money", "percent", "quantity", "ordinal", "date")
# Relations whose figure is one end or the size of a change, or another figure in other units: its
# frame is the change's or the converted figure's, not its own.
_NOT_OWN_FRAME = {"increase", "decrease", "from-to", "difference", "conversion"}

_STOP = ENGLISH_FUNCTION_WORDS | GENERAL
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CLAUSE_BREAK = re.compile(r"[;:\"“”]|\s[-–—]\s|,\s*(?:but|while|whereas|and)\b")
_ROLE = re.compile(rf"\b({alt(ROLES)})\s+(?:(?:{alt(HEDGES)})\s+)*$", re.IGNORECASE)
_INTRODUCED = re.compile(r"\b(?:a|an|another)\s+$", re.IGNORECASE)
_DETERMINED = re.compile(r"\b(?:the|its|their|his|her|this|that|our)\s+$", re.IGNORECASE)


class _Word(NamedTuple):
    surface: str
    lemmas: frozenset[str]


class _Frame:
    __slots__ = ("words", "bag", "names", "role", "occurrence", "introduced", "determined")

    def __init__(self, text: str, row: dict, sentence: tuple[int, int]):
        left, right = text[sentence[0]:row["start"]], text[row["end"]:sentence[1]]
        breaks = list(_CLAUSE_BREAK.finditer(left))
        left = left[breaks[-1].end():] if breaks else left
        after = _CLAUSE_BREAK.search(right)
        right = right[:after.start()] if after else right
        before_words, after_words = _WORD.findall(left), _WORD.findall(right)
        near = before_words[-WINDOW_WORDS:] + after_words[:WINDOW_WORDS]
        opening = _WORD.match(text, sentence[0])
        self.words = [_Word(w.lower(), lexicon.lemmas(w)) for w in near if w.lower() not in _STOP and len(w) > 1]
        self.bag = frozenset().union(*(w.lemmas for w in self.words))
        self.names = {w for w in near if w[0].isupper() and w.lower() not in _STOP
                      and not (opening and w == opening.group() and text.startswith(w, sentence[0]))}
        role = _ROLE.search(left)
        self.role = role.group(1).lower() if role else None
        self.occurrence = {w.lower() for w in before_words + after_words} & OCCURRENCE
        self.introduced = bool(_INTRODUCED.search(text, max(0, row["start"] - 12), row["start"]))
        self.determined = bool(_DETERMINED.search(text, max(0, row["start"] - 12), row["start"]))


def _eligible(row: dict) -> bool:
    if row["kind"] not in RESTATED or row.get("foreign") or row.get("whole") or row.get("link") \
            or row.get("relation") in _NOT_OWN_FRAME:
        return False
    if row["kind"] == "date":
        return row.get("grain") == "year" and isinstance(row.get("date"), str)
    # A bare count says too little of what it counts ("two of the authors", "Democracy 2.0").
    return row.get("value") is not None and (row["kind"] != "count" or bool(row.get("noun")))


def _sort(row: dict) -> tuple:
    noun = row.get("noun") if row["kind"] in ("count", "money") else None
    return row["kind"], row.get("unit"), noun


def _stated(row: dict) -> float:
    return float(row["date"][:4]) if row["kind"] == "date" else row["value"]


def _weights(sentences: list[set[str]]) -> dict[str, float]:
    """Inverse sentence frequency of each word (as written, lower case) in the article: cheap enough
    for every article, where lemmatising each of its words is not."""
    counts: dict[str, int] = {}
    for words in sentences:
        for word in words:
            counts[word] = counts.get(word, 0) + 1
    n = len(sentences)
    return {word: math.log((n + 1) / c) for word, c in counts.items()}


def _common(a: list, b: list) -> list:
    """The longest run of words the two frames share in the same order (lemmas matching)."""
    best = [[[] for _ in range(len(b) + 1)] for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            best[i + 1][j + 1] = best[i][j] + [x] if x.lemmas & y.lemmas \
                else max(best[i][j + 1], best[i + 1][j], key=len)
    return best[-1][-1]


def _overlap(a: _Frame, b: _Frame, weigh) -> float:
    """`weigh()` gives the article's word weights: computed only for frames that share enough words."""
    if sum(bool(w.lemmas & b.bag) for w in a.words) < MIN_SHARED:
        return 0.0      # too few words in common, in any order
    shared = _common(a.words, b.words)
    if len(shared) < MIN_SHARED:
        return 0.0
    weights = weigh()

    def weight(word: _Word) -> float:
        return weights.get(word.surface, math.log(2))

    whole = min(sum(map(weight, a.words)), sum(map(weight, b.words)))
    return sum(map(weight, shared)) / whole if whole else 0.0


def _vetoed(a: _Frame, b: _Frame, year: bool) -> bool:
    # A year with no role word before it, or after a determiner, names a thing ("the 2020
    # presidential election"): it states no fact.
    return (year and (a.role is None or b.role is None or a.determined or b.determined)) \
        or (a.role != b.role and (a.role in DISTINCT_ROLES or b.role in DISTINCT_ROLES)) \
        or a.occurrence != b.occurrence or a.introduced or b.introduced \
        or bool(a.names - b.names and b.names - a.names)


def find_in_document(text: str, rows: list[dict], spans) -> None:
    if not spans or len(rows) < 2:
        return
    dates: dict[int, set[str]] = {}
    for r in rows:
        if r["kind"] == "date" and isinstance(r.get("date"), str):
            dates.setdefault(r["sentence"], set()).add(r["date"])
    by_sort: dict[tuple, list[int]] = {}
    for i, r in enumerate(rows):
        if _eligible(r):
            by_sort.setdefault(_sort(r), []).append(i)
    if not any(len(members) > 1 for members in by_sort.values()):
        return
    lowered = lowered_document(text)
    sentences = [set(_WORD.findall(lowered, s, e)) - _STOP for s, e in spans]   # words as written
    @functools.cache   # the weights only when two frames share enough words
    def weigh() -> dict[str, float]:
        return _weights(sentences)

    frames: dict[int, _Frame] = {}

    def frame(i: int) -> _Frame:
        if i not in frames:
            frames[i] = _Frame(text, rows[i], spans[rows[i]["sentence"]])
        return frames[i]

    # Every pair in mostly the same words, vetoed or not: a vetoed pair still shows two sentences to be
    # parallel statements.
    matched: dict[tuple[int, int], list[tuple[float, int, int, bool]]] = {}
    for members in by_sort.values():
        for k, j in enumerate(members):
            b = rows[j]
            for i in members[max(0, k - MAX_EARLIER):k]:
                a = rows[i]
                # Sentences with too few words in common cannot hold frames that share enough.
                if a["sentence"] == b["sentence"] \
                        or len(sentences[a["sentence"]] & sentences[b["sentence"]]) < MIN_SHARED:
                    continue
                score = _overlap(frame(i), frame(j), weigh)
                if score >= MIN_WEIGHT:
                    da = dates.get(a["sentence"], set()) - {a.get("date")}
                    db = dates.get(b["sentence"], set()) - {b.get("date")}
                    vetoed = bool(da and db and da != db) or _vetoed(frame(i), frame(j), a["kind"] == "date")
                    matched.setdefault((a["sentence"], b["sentence"]), []).append((score, i, j, vetoed))
    numbers: dict[int, set[str]] = {}

    def others(row: dict) -> set[str]:
        """The numbers of the figure's sentence besides its own."""
        k = row["sentence"]
        if k not in numbers:
            numbers[k] = [(m.start(), significant_digits(m.group())) for m in NUMERAL.finditer(text, *spans[k])]
        return {d for at, d in numbers[k] if not row["start"] <= at < row["end"]}

    def parallel(a: dict, b: dict) -> bool:
        x, y = others(a), others(b)
        return bool(x and y and not x & y)

    pairs = [(score, i, j) for found in matched.values()
             if len(found) < 2 or not all(_stated(rows[i]) != _stated(rows[j]) for _, i, j, _ in found)
             for score, i, j, vetoed in found if not vetoed and not parallel(rows[i], rows[j])]
    for _, i, j in sorted(pairs, reverse=True):
        earlier, later = rows[i], rows[j]
        if not later.get("relation"):
            later.update(relation="restates", left=earlier["claim"])
        elif not earlier.get("relation"):
            earlier.update(relation="restates", left=later["claim"])
