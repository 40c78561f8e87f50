"""clock-gap: a span stated between two clock times of a sentence equals the time between them.

"left at 9:10 a.m. and landed at 11:40 a.m., two and a half hours later": 11:40 - 9:10 is 2.5 hours.
"cast at 2:30 the next day, four hours after the polls closed at 22:30": a later time that reads
earlier on the clock is past midnight (4 hours, not -20). The clocks count to the minute; a whole
number of hours or minutes may be rounded or completed ("three hours later" for 3 h 20 min holds,
"four hours" does not); a fractional one ("two and a half hours") keeps its own precision.
"""
from __future__ import annotations

import datetime as dt

from . import Param, RelationKind, register, span_of
from .elapsed import whole_units
from .timezone import clock_reading

MINUTES = {"hour": 60.0, "minute": 1.0}


@register
class ClockGap(RelationKind):
    name = "clock-gap"
    summary = "a span between two clock times (N hours later, N minutes before) equals their difference"
    relations = ("clock-gap",)
    params = {"select": Param("selector", default={"relation": "clock-gap"}, help="which spans")}
    fields = ("stated", "expected", "start", "end", "unit")
    message = "from {start} to {end} is {expected} {unit}, but the text says {stated}"

    def span(self, row, left, right):
        """Three figures stated together: any of them may be the wrong one."""
        return span_of([r for r in (row, left, right) if r is not None])

    def expected(self, row, left, right, ctx):
        start, end = clock_reading(left), clock_reading(right)
        if start is None or end is None or row["unit"] not in MINUTES:
            return None
        minutes = (dt.datetime.combine(end[0], dt.time()) - dt.datetime.combine(start[0], dt.time())
                   ).total_seconds() / 60 + end[1] - start[1]
        if minutes < 0 and start[0] == end[0]:
            minutes += 24 * 60   # no day named: the later time is past midnight
        if minutes < 0:
            return None
        units = minutes / MINUTES[row["unit"]]
        low, high = float(row["low"]), float(row["high"])
        span = whole_units(units, units) if low == high and low.is_integer() else (units, units)
        return span, {"start": left["text"], "end": right["text"], "unit": f"{row['unit']}s"}
