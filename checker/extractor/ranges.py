"""Ranges: "12 to 18 miles per hour", "5-10W", "between $35,000 and $70,000", "six to seven thousand".

Two neighbouring figures joined by "to", a dash, or "between ... and" become one figure whose low
and high are the two ends, with the second's kind and unit ("2 to 2.5 degrees Celsius" is a range
of temperatures). Ends must rise: "voted 9 to 4" and "won 2-2" are tallies and scores. "fell from
208 pounds to 193" is a change, not a range, and stays two figures for the change rules.
"""
from __future__ import annotations

import math
import re

from .directions import CHANGE_BEFORE, CHANGE_VERB
from .numbers import AMBIGUOUS_SCALES, SCALE_SUFFIXES
from .nouns import head_noun
from .relations import TALLY_BEFORE

_GAP = re.compile(r"^\s*(?:to|-|–|—|and)\s*$", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_SCALE = re.compile(rf"(?:(?<=\d)[\s-]?|\s)(?P<scale>{'|'.join(sorted(SCALE_SUFFIXES, key=len, reverse=True))})\b",
                    re.IGNORECASE)


def _scale_only_of(text: str, b: dict, a: dict) -> float:
    """The scale word `b` carries and `a` does not ("six to seven thousand"); 1.0 if none. A bare
    "m" or "mm" only scales money: "14.0 mm" is millimetres."""
    scale = _SCALE.search(text, b["start"], b["end"])
    if not scale or _SCALE.search(text, a["start"], a["end"]):
        return 1.0
    word = scale.group("scale").lower()
    return 1.0 if word in AMBIGUOUS_SCALES and b["kind"] != "money" else SCALE_SUFFIXES[word]


JOINABLE = {"count", "money", "percent", "quantity", "duration"}


def join_ranges(text: str, rows: list[dict]) -> list[dict]:
    """`rows` (sorted by start) with each range's two figures replaced by one."""
    out: list[dict] = []
    for row in rows:
        prev = out[-1] if out else None
        joined = _join(text, prev, row) if prev is not None else None
        if joined is not None:
            out[-1] = joined
        elif prev is not None and _score(text, prev, row):
            out.pop()        # "beat Charlton 2-1", "ISO 3888-2": a score or a code, not two counts
        elif prev is not None and _day_range_end(text, prev, row):
            continue         # "Oct. 18-22": the last day of a date range, not a count
        else:
            out.append(row)
    return out


_HYPHEN = re.compile(r"[-–]")


def _day_range_end(text: str, a: dict, b: dict) -> bool:
    return (a["kind"] == "date" and a.get("grain") == "day" and b["kind"] == "count" and b.get("qualifier") is None
            and _HYPHEN.fullmatch(text, a["end"], b["start"]) is not None and 1 <= b["value"] <= 31)


def _score(text: str, a: dict, b: dict) -> bool:
    return (a["kind"] == b["kind"] == "count" and a.get("qualifier") is None
            and _HYPHEN.fullmatch(text, a["end"], b["start"]) is not None
            and not TALLY_BEFORE.search(text, max(0, a["start"] - 30), a["start"]))


def _join(text: str, a: dict, b: dict) -> dict | None:
    if a["kind"] not in JOINABLE or b["kind"] not in JOINABLE or a.get("qualifier") in ("vague", "range"):
        return None
    gap = text[a["end"]:b["start"]]
    if not _GAP.match(gap):
        return None
    if not (a["kind"] == "count" and a.get("unit") is None or
            a["kind"] == b["kind"] and a.get("unit") == b.get("unit")):
        return None      # "rose 6.5% to 164p": different sorts of figure
    low, high = a["value"], b["value"]
    if not (isinstance(low, float) and isinstance(high, float)) or math.isnan(low) or math.isnan(high):
        return None
    factor = _scale_only_of(text, b, a)
    if low * factor <= high:   # "six to seven thousand", "$71 to $74 billion"
        low *= factor
    if not low < high:
        return None
    # The wording before the first figure last: it is the dearest test.
    before = text[max(0, a["start"] - 60):a["start"]]
    if gap.strip().lower() == "and" and not _BETWEEN.search(before):
        return None
    if _FROM.search(before) and CHANGE_VERB.search(before) or a.get("unit") and CHANGE_BEFORE.search(before.lower()):
        return None      # "rose from 4.8 to 5.1 percent", "up 10 cents to $2.24": a change and a level
    joined = dict(b)
    joined.update(start=a["start"], value=math.nan, low=low, high=high, qualifier="range")
    return joined


_SHARED_GAP = re.compile(r"^\s*(?:or|to|and|-|–)\s*$", re.IGNORECASE)
SHARED = {"money", "percent", "quantity"}


def share_units(text: str, rows: list[dict]) -> None:
    """ "about 8 or $9", "from 3.6 to 3.4 percent", "2 and 3 percent": a bare number before a
    figure with a unit, not a range, is in that unit (and its scale: "5 to 4 million dollars").
    And after one: "from 180 pounds to 172", "from 31 mpg city to 34 on the highway"."""
    for a, b in zip(rows, rows[1:]):
        if _from_measure_to_number(text, a, b):
            _take_unit(b, a)
            continue
        if a["kind"] != "count" or a.get("unit") is not None or b["kind"] not in SHARED \
                or b.get("qualifier") == "range" or not _SHARED_GAP.match(text[a["end"]:b["start"]]):
            continue
        value = a["value"]
        if not isinstance(value, float) or math.isnan(value) or not isinstance(b["value"], float) \
                or math.isnan(b["value"]) or b["value"] == 0:
            continue
        factor = _scale_only_of(text, b, a)
        if not 0.1 <= value * factor / b["value"] <= 10:
            continue     # "from 500 to 4 million": not one scale
        _take_unit(a, b, factor)


_SUSPENDED_GAP = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or|to|&)\s*$")


def suspended_hyphens(text: str, rows: list[dict]) -> None:
    """ "a 13- or 15-inch screen", "two-, three- and four-bedroom flats": a number left hanging on a
    hyphen takes the unit, or the counted noun, of the next compound; from the last one back."""
    for a, b in zip(reversed(rows[:-1]), reversed(rows[1:])):
        if a["kind"] != "count" or a.get("unit") is not None or a.get("qualifier"):
            continue
        end = a["end"] if text[a["end"] - 1] == "-" else a["end"] + 1 if text.startswith("-", a["end"]) else None
        if end is None or not _SUSPENDED_GAP.match(text, end, b["start"]):
            continue
        if b["kind"] in SHARED or b["kind"] == "duration":
            _take_unit(a, b)
        elif b["kind"] == "count" and b.get("noun_at") is not None and "-" in (text[b["end"] - 1], text[b["end"]:b["end"] + 1]):
            a["noun_at"] = b["noun_at"]
        else:
            continue
        a["end"] = end


def _take_unit(bare: dict, measure: dict, factor: float = 1.0) -> None:
    """`bare` (a number with no unit) becomes a figure in `measure`'s kind and unit, scaled by `factor`."""
    value, low, high = bare["value"], bare["low"], bare["high"]
    if low == high == value and value.is_integer():
        low, high = value - 0.5, value + 0.5       # a whole number is as round as the figure's unit
    bare.update(kind=measure["kind"], unit=measure.get("unit"), value=value * factor,
                low=None if low is None else low * factor, high=None if high is None else high * factor)
    bare.pop("noun_at", None)


_TO_GAP = re.compile(r"(?:\s+[a-z]+){0,2}\s+to\s+$")


def _from_measure_to_number(text: str, a: dict, b: dict) -> bool:
    """a measure after "from", then "to" and a bare number of the same scale with nothing counted."""
    if a["kind"] not in SHARED or b["kind"] != "count" or b.get("unit") is not None \
            or not _TO_GAP.match(text, a["end"], b["start"]) \
            or not _FROM.search(text, max(0, a["start"] - 6), a["start"]):
        return False
    if not (isinstance(a["value"], float) and isinstance(b["value"], float)) or not a["value"] or b["value"] != b["value"]:
        return False
    return 0.1 <= b["value"] / a["value"] <= 10 and head_noun(text, b["end"])[1] is None
