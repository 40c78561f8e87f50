"""Durations as time expressions: "year-long", "decades-long", "for a week", "several years",
"the past two weeks", and "three years ago" (a date, counted back from publication).

Numbered durations ("seven years", "36 hours") are read by the figure reader; `finish` gives them
their TIMEX3 value and widens them to the words that frame them.
"""
from __future__ import annotations

import datetime as dt
import math
import re

from . import calendar as cal
from .base import words

def _unit_group(name: str = "unit") -> str:
    return rf"(?P<{name}>year|decade|month|week|day|century|hour|night|minute)"


_UNIT = _unit_group()
# "year-long", "decade-long", "month-long": a duration of one unit, with no numeral.
LONG_RE = words(rf"\b(?:{_UNIT}(?P<plural>s)?-long|single-{_unit_group('single')})\b")
# One unit, with no numeral, after a word that makes it a span: "for a week", "in over a year".
ONE_RE = words(rf"\b(?:for|over|in|within|than|about|nearly|almost|after|lasted|took|spent|past|last)\s+"
               rf"(?P<span>(?:a|an|one)\s+(?:full\s+|whole\s+|entire\s+)?{_UNIT})\b(?!\s*(?:-|old|ago|earlier|later))")
# "a decade later, in 2008": one unit between two dates the text names (with no date after it, "a year
# earlier" is itself a date: see relative.py).
ONE_APART_RE = words(rf"\b(?:a|an|one)\s+{_UNIT}(?=\s+(?:later|earlier),?\s+(?:in|on|at\s+the)\s+\d)")
# "a week ago", "the past decade": one unit counted back, or the span up to publication.
ONE_BACK_RE = words(rf"\b(?:(?:a|an|one)\s+{_UNIT}(?=\s+ago\b)|the\s+(?:past|next|coming)\s+{_unit_group('unit2')}\b)")
# "several years", "a few days", "in years", "for decades", "recent years", "over the years".
VAGUE_RE = words(r"\b(?:(?P<how>several|a\s+few|many|some|recent|the\s+past\s+few|the\s+last\s+few)\s+|"
                 r"(?P<prep>in|for|over|within)\s+(?:the\s+)?)(?P<unit>years|decades|months|weeks|days|hours|minutes)\b"
                 r"(?!\s+(?:of|old|ago|earlier|later|before|after|to|since)\b|-)")
FRAMED_RE = words(r"\b(?:the\s+|its\s+|their\s+)?(?:past|last|next|previous|coming|first|final|remaining|"
                  r"following|preceding)\s+$")
AGO_RE = words(r"\s+ago\b")
# "two days later", "a week earlier": counted from the day last named.
LATER_RE = words(r"\s+(?P<way>later|earlier|afterwards|before)\b(?=\s*[,.;:]|\s+(?:on|in|at|the|he|she|it|they|we)\b)")
CODES = {"year": ("Y", 1), "decade": ("Y", 10), "century": ("Y", 100), "month": ("M", 1), "week": ("W", 1),
         "fortnight": ("W", 2), "day": ("D", 1), "night": ("D", 1)}
CLOCK_CODES = {"hour": "H", "minute": "M", "second": "S"}


LONG_WORD = re.compile(r"-long|single-")
UNIT_WORD = re.compile(r"year|decade|month|week|day|centur|hour|night|minute")
# The three patterns below end at the unit word and start at most about 20 characters before it
# ("almost one entire year", "the last few days"): a narrower window than the default 60 does.
UNIT_REACH = 40


def find(ctx):
    for m in ctx.finditer(LONG_RE, LONG_WORD, 20):
        unit = _unit(m.group("unit") or m.group("single"))
        if m.group("plural"):
            yield _vague(m.start(), m.end(), unit)
        else:
            yield _one(m.start(), m.end(), unit)
    for m in ctx.finditer(ONE_RE, UNIT_WORD, UNIT_REACH):
        yield _one(m.start("span"), m.end(), _unit(m.group("unit")))
    for m in ctx.finditer(ONE_APART_RE, UNIT_WORD, UNIT_REACH):
        yield _one(m.start(), m.end(), _unit(m.group("unit")))
    for m in ctx.finditer(ONE_BACK_RE, UNIT_WORD, UNIT_REACH):
        yield _one(m.start(), m.end(), _unit(m.group("unit") or m.group("unit2")))
    for m in ctx.finditer(VAGUE_RE, UNIT_WORD, UNIT_REACH):
        start = m.start() if m.group("how") else m.start("unit")
        yield _vague(start, m.end(), _unit(m.group("unit").rstrip("s")))


def _unit(word: str) -> str:
    return {"night": "day"}.get(word.lower(), word.lower())


def _one(start: int, end: int, unit: str) -> dict:
    return {"kind": "duration", "start": start, "end": end, "value": 1.0, "low": 1.0, "high": 1.0, "unit": unit,
            "noun": None}


def _vague(start: int, end: int, unit: str) -> dict:
    # Plural with no numeral: at least two of the unit, no upper bound stated.
    return {"kind": "duration", "start": start, "end": end, "value": math.nan, "low": 2.0, "high": None,
            "unit": unit, "noun": None, "qualifier": "vague"}


def code(value: float | None, unit: str) -> str | None:
    """TIMEX3 duration value: P3Y, P10Y for a decade, PT36H, PXY when no number is stated."""
    if unit in CLOCK_CODES:
        prefix, letter, factor = "PT", CLOCK_CODES[unit], 1
    elif unit in CODES:
        prefix, (letter, factor) = "P", CODES[unit]
    else:
        return None
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return f"{prefix}X{letter}"
    if value < 0:
        return None   # "-15 minutes" is a change or an offset, not a span
    n = f"{value * factor:.6f}".rstrip("0").rstrip(".")   # never exponent notation: P1200000Y
    return f"{prefix}{n}{letter}"


def finish(text: str, row: dict, published: dt.date | None) -> None:
    """A duration's frame words and TIMEX3 value; "N units ago" becomes the date it points to."""
    if row.get("unit") not in CODES and row.get("unit") not in CLOCK_CODES:
        return
    if row.get("noun") == "age":   # "42-day-old" is a time expression; "Okoro, 24" is an age only
        if not text[row["start"]:row["end"]].isdigit():
            row["timex"] = code(row.get("value"), row["unit"])
        return
    framed = FRAMED_RE.search(text, max(0, row["start"] - 25), row["start"])
    if framed:
        row["start"] = framed.start()
    ago = AGO_RE.match(text, row["end"])
    value = row.get("value")
    if ago and value is not None and not math.isnan(value):
        row["end"] = ago.end()
        row["ago"] = True
        if published is not None:
            row["date"], row["grain"] = _back(published, value, row["unit"])
            row["timex"] = row["date"]
            return
    later = LATER_RE.match(text, row["end"])
    days = {"day": 1, "week": 7, "night": 1}.get(row["unit"])
    if later and days and value is not None and not math.isnan(value) and float(value).is_integer():
        row["end"] = later.end()
        sign = -1 if later.group("way").lower() in ("earlier", "before") else 1
        row.update(anchor="shift", shift=sign * int(value) * days, grain="day")
        return
    row["timex"] = code(value, row["unit"])


def _back(published: dt.date, value: float, unit: str) -> tuple[str | None, str | None]:
    n = int(value) if float(value).is_integer() else None
    if n is None:
        return None, None
    if unit in CLOCK_CODES:   # "three hours ago": the publication day
        return published.isoformat(), "day"
    letter, factor = CODES[unit]
    # Before year 1 ("2,500 years ago") there is no ISO date to give: the duration stays, undated.
    if letter == "Y":
        year = published.year - n * factor
        return (f"{year:04d}", "year" if factor == 1 else "decade") if year >= 1 else (None, None)
    if letter == "M":
        year, month = cal.shift_months(published, -n)
        return (f"{year:04d}-{month:02d}", "month") if year >= 1 else (None, None)
    days = n * factor * (7 if letter == "W" else 1)
    try:
        return (published - dt.timedelta(days=days)).isoformat(), "day"
    except OverflowError:
        return None, None
