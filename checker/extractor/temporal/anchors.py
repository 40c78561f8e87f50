"""Expressions whose date is another date of the text: "to end the day", a clock time with no day
named, "the day before", "two days later". Each takes the day last named before it in the same or
the previous sentence; with none, publication (a clock time) or nothing."""
from __future__ import annotations

import datetime as dt
import re

from .base import date_row, words

THE_DAY_RE = words(r"\b(?:end(?:ed|ing|s)?|finish(?:ed|ing|es)?|for|in|during|on)\s+(?P<day>the\s+(?:same\s+)?day)\b"
                   r"(?!\s+(?:before|after|of|when|that|to|in\s+which))")
SHIFT_RE = words(r"\b(?P<span>the\s+(?:day|night)\s+(?P<dir>before|after)|the\s+(?P<dir2>previous|next|following)\s+day)\b")


def find(ctx):
    for m in THE_DAY_RE.finditer(ctx.text):
        yield date_row(m.start("day"), m.end(), None, "day", ctx.tense(m.start()), anchor="day")
    for m in SHIFT_RE.finditer(ctx.text):
        way = (m.group("dir") or m.group("dir2")).lower()
        yield date_row(m.start(), m.end(), None, "day", ctx.tense(m.start()), anchor="day",
                       shift=-1 if way in ("before", "previous") else 1)


def resolve(rows: list[dict], sentence_of, published: dt.date | None) -> None:
    """Dates for anchored rows, from the nearest day named before them (rows sorted by start)."""
    last_day: tuple[int, str] | None = None
    for row in rows:
        if row.get("anchor"):
            shift = row.pop("shift", 0)
            anchor = row.pop("anchor")
            day = None
            if last_day and sentence_of(row["start"]) - last_day[0] <= 1:
                day = dt.date.fromisoformat(last_day[1])
            elif published is not None and (anchor == "day" and not shift and "clock" in row or not shift):
                day = published
            if day is not None:
                row["date"] = (day + dt.timedelta(days=shift)).isoformat()
        elif row["kind"] == "date" and row.get("grain") in ("day", "weekday") and re.fullmatch(
                r"\d{4}-\d\d-\d\d", row.get("date") or ""):
            last_day = (sentence_of(row["start"]), row["date"])
