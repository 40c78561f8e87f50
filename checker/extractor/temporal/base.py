"""What every temporal finder shares: the context it resolves against and how it writes a row.

A date row holds the ISO `date` of its first day at its grain, `date_end` for a period that is not
one ISO unit (a quarter, a week, "2022-23"), and `timex`, the TIMEX3 value of the whole expression
("2009-Q3", "FY2024", "2008-W50", "P3Y", "2009-06-01T12:00Z") for rules and benchmarks.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable

from ..windows import lowered_document, near

YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d%])"


@dataclass
class Context:
    text: str
    published: dt.date | None
    tense: Callable[[int], str | None]   # the tense of the clause at an offset

    def __post_init__(self):
        self.lower = lowered_document(self.text)
        self._windows: dict = {}

    def finditer(self, regex: re.Pattern, trigger: re.Pattern, reach: int = 60, cased: bool = False):
        """`regex.finditer(text)`, run only near the words it cannot match without.

        Case-insensitive patterns that open with optional words are slow to try at every offset;
        a case-sensitive scan of the lowercased text for a required word (`trigger`) is fast, and
        the full pattern then runs within `reach` characters of each hit (windows merged). A `cased`
        trigger scans the text as written (month names, which the patterns capitalise). Several
        finders share a trigger: its windows are found once per document.
        """
        key = (trigger.pattern, reach, cased)   # a pattern's string hashes once; the pattern itself, on every lookup
        if key not in self._windows:
            self._windows[key] = list(near(trigger, self.text if cased else self.lower, reach))
        for start, end in self._windows[key]:
            yield from regex.finditer(self.text, start, end)


def date_row(start: int, end: int, date: str | None, grain: str, tense: str | None, **extra) -> dict:
    row = {"kind": "date", "start": start, "end": end, "date": date, "grain": grain, "tense": tense}
    row.update(extra)
    return row


def span_row(start: int, end: int, first: dt.date, last: dt.date, grain: str, tense: str | None,
             timex: str | None, *, month_grain: bool = False) -> dict:
    """A period as its first and last day (or month, when it is made of whole months)."""
    if month_grain:
        date, date_end = first.isoformat()[:7], last.isoformat()[:7]
    else:
        date, date_end = first.isoformat(), last.isoformat()
    return date_row(start, end, date, grain, tense, date_end=date_end, timex=timex)


def direction(ctx: Context, start: int, rel: str | None) -> str | None:
    """The way a relative word points ("last", "next"), else the clause's tense."""
    rel = (rel or "").lower()
    if rel in ("next", "coming", "following"):
        return "future"
    if rel in ("last", "past", "previous", "preceding", "latest"):
        return "past"
    if rel in ("this", "current"):
        return "present"
    return ctx.tense(start)


# How many units a relative word moves from the publication's own year, month or week.
STEPS = {"this": 0, "current": 0, "same": 0, "next": 1, "following": 1, "coming": 1,
         "last": -1, "previous": -1, "preceding": -1}


def words(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)
