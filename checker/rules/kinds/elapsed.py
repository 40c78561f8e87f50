"""elapsed: a stated span of time agrees with the dates it runs between.

"in 2013, twelve years ago", "since 1998, a wait of 26 years", "took office in 2021 ... her four
years in office", "Marsh, 27, born in 1997", "the 42-day-old outbreak, which began on Aug. 1": the
span from the date (every day its grain covers) to the publication date. "Begun in 2016, it took
seven years and opened in 2023": the span between the two dates. "Ten years to the day since Nov.
21, 2013" holds only on the anniversary.
A whole number of years may count completed or rounded years, so "four years" from 2021 to
February 2025 (3.1 to 4.1 years) holds, and "six years" does not. Days, weeks and months compare
the same way in their own unit.
"""
from __future__ import annotations

import math

from . import Param, RelationKind, bounds, date_bounds, register

DAYS = {"decade": 3652.425, "year": 365.2425, "month": 30.436875, "week": 7.0, "day": 1.0}


def whole_units(lo: float, hi: float) -> tuple[float, float]:
    """The whole numbers a span of lo..hi units may be called: completed, or rounded."""
    return float(min(math.floor(lo), round(lo))), float(max(math.floor(hi), round(hi)))


def anniversary(start, end) -> tuple[float, float]:
    """Whole years from `start` to `end`, exact on the anniversary, else strictly between two counts."""
    years = end.year - start.year - ((end.month, end.day) < (start.month, start.day))
    if (end.month, end.day) == (start.month, start.day):
        return float(years), float(years)
    return years + 0.001, years + 0.999


@register
class Elapsed(RelationKind):
    name = "elapsed"
    summary = "a span (N years ago, since D, N years in office) agrees with the dates"
    relations = ("elapsed",)
    params = {"select": Param("selector", default={"relation": "elapsed"}, help="which spans")}
    fields = ("stated", "expected", "start", "end", "unit")
    message = "from {start} to {end} is {expected} {unit}, but the text says {stated}"

    def expected(self, row, left, right, ctx):
        unit = row["unit"]
        if unit not in DAYS or not isinstance(left["date"], str):
            return None
        first, last = date_bounds(left["date"], left["grain"], left["date_end"])
        if right is not None and isinstance(right["date"], str):
            end_first, end_last = date_bounds(right["date"], right["grain"], right["date_end"])
            end_text = right["text"]
        elif ctx.doc.published is not None:
            end_first = end_last = ctx.doc.published
            end_text = f"publication ({ctx.doc.published.isoformat()})"
        else:
            return None
        lo = (end_first - last).days / DAYS[unit]
        hi = (end_last - first).days / DAYS[unit]
        if hi < 0:
            return None
        stated = bounds(row)
        values = {"start": left["text"], "end": end_text, "unit": f"{unit}s"}
        if row["qualifier"] == "to the day" and first == last and end_first == end_last:
            return anniversary(first, end_first), values
        if row["noun"] == "age" and unit == "year":
            # an age counts completed years: from a birth year alone, one of two ages
            return (float(math.floor(lo + 1e-9)), float(math.floor(hi + 1e-9))), values
        span = whole_units(lo, hi) if stated[0] == stated[1] and float(stated[0]).is_integer() else (lo, hi)
        return span, values
