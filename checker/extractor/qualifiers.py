"""Hedges and bounds before a figure ("at least 62", "about 4,300") and the interval they give.

A figure's own precision sets its interval: "62%" is 61.5 to 62.5 (half a unit of the last stated
digit); a plain count such as "66 attacks" is exact. Hedges like "about" widen to one unit of the
last significant digit ("about 9,000" is 8,000 to 10,000); bounds open one side.
"""
from __future__ import annotations

import re

from .numbers import trie
from .windows import lowered_document

AT_LEAST = {"at least", "more than", "over", "above", "upwards of", "in excess of", "no fewer than",
            "no less than", "a minimum of", "exceeding", "greater than"}
AT_MOST = {"up to", "fewer than", "less than", "under", "below", "at most", "no more than", "sub-",
           "a maximum of", "as many as", "as much as", "not more than"}
JUST_BELOW = {"nearly", "almost", "just under", "close to", "just shy of"}
JUST_ABOVE = {"just over", "just above", "slightly more than"}
APPROX = {"about", "around", "roughly", "approximately", "some", "an estimated", "estimated",
          "circa", "~", "more or less", "an approximate", "approx."}

# Not a hedge: the figure is a mean ("an average of 2.4 people each"), kept at its own precision.
AVERAGE = {"an average of", "average of", "on average", "averaging", "averaged", "averages", "a mean of",
           "an average"}

# A prefix tree: tried at every offset of a window before each figure, a flat alternation of
# forty phrases is the slow part of reading a qualifier. Searched in the lower-cased text, as a
# case-sensitive search runs several times faster than an IGNORECASE one.
QUALIFIER_RE = re.compile(
    rf"(?:^|(?<=[\s(\"“]))(?P<q>{trie(AT_LEAST | AT_MOST | JUST_BELOW | JUST_ABOVE | APPROX | AVERAGE)})\s*$")


def qualifier_before(text: str, pos: int) -> re.Match | None:
    """A hedge or bound ending right before `pos` (its group "q" in lower case)."""
    return QUALIFIER_RE.search(lowered_document(text), max(0, pos - 30), pos)


def interval(value: float, places: int, round_places: int, qualifier: str | None,
             exact: bool) -> tuple[float | None, float | None]:
    """(low, high) of a stated figure; None is an open end.

    `places` is the precision as written (decimals; negative only through a scale word, "310
    million" is -6); `round_places` also counts trailing zeros ("9,000" is -3) and sets how far a
    hedge reaches. `exact` figures (plain counts) carry no rounding of their own.
    """
    half = 0.0 if exact else 0.5 * 10 ** (-places)
    unit = 10.0 ** (-min(places, round_places))
    q = (qualifier or "").lower()
    if not q or q in AVERAGE:
        return value - half, value + half
    return bounded(q, value, value - unit, value + unit) or (value - unit, value + unit)


def bounded(qualifier: str | None, value: float, below: float | None, above: float | None
            ) -> tuple[float | None, float | None] | None:
    """What a bound word makes of a figure whose reach is `below` to `above`: "at least" opens the
    top, "at most" the bottom, "nearly" ends at the value, "just over" starts there. None when the
    qualifier is no bound (a hedge, an average, nothing)."""
    q = (qualifier or "").lower()
    if q in AT_LEAST:
        return value, None
    if q in AT_MOST:
        return None, value
    if q in JUST_BELOW:
        return below, value
    if q in JUST_ABOVE:
        return value, above
    return None
