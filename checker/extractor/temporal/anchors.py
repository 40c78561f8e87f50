"""Expressions whose date is another date of the text: "to end the day" (the day last reported),
a clock time with no day named, "the day before", "the previous year", "the same month a year
ago". Each takes the nearest fitting date before it (a clock time also the day named right after
it); with none, publication where that is the natural reading, else nothing."""
from __future__ import annotations

import datetime as dt
import re

from .base import date_row, words

THE_DAY_RE = words(r"\b(?:end(?:ed|ing|s)?|finish(?:ed|ing|es)?|for|in|during|on)\s+(?P<day>the\s+(?:same\s+)?day)\b"
                   r"(?!\s+(?:before|after|of|when|that|to|in\s+which))")
SHIFT_RE = words(r"\b(?P<span>the\s+(?:day|night)\s+(?P<dir>before|after)|the\s+(?P<dir2>previous|next|following)\s+day)"
                 r"(?=\s*[,.;:]|\s*$)")
DAY = re.compile(r"\d{4}-\d\d-\d\d$")
RIGHT_AFTER = re.compile(r"\s*,?\s*(?:on\s+)?$")


THE_DAY_WORD = re.compile(r"the (?:same )?(?:day|night)|the (?:previous|next|following) day")


def find(ctx):
    for m in ctx.finditer(THE_DAY_RE, THE_DAY_WORD):
        yield date_row(m.start("day"), m.end(), None, "day", ctx.tense(m.start()), anchor="day")
    for m in ctx.finditer(SHIFT_RE, THE_DAY_WORD):
        way = (m.group("dir") or m.group("dir2")).lower()
        yield date_row(m.start(), m.end(), None, "day", ctx.tense(m.start()), anchor="shift",
                       shift=-1 if way in ("before", "previous") else 1)


def resolve(text: str, rows: list[dict], sentence_of, published: dt.date | None) -> None:
    """Dates for anchored rows (rows sorted by start)."""
    days = [r for r in rows if r["kind"] == "date" and not r.get("anchor") and r.get("grain") in ("day", "weekday")
            and DAY.match(r.get("date") or "")]
    for i, row in enumerate(rows):
        anchor = row.pop("anchor", None)
        if anchor is None:
            continue
        shift = row.pop("shift", 0)
        if anchor == "year":
            _previous_year(row, rows[:i], sentence_of, published)
            continue
        if anchor == "same":
            _same_period(row, rows[:i], sentence_of, published)
            continue
        before = [r for r in days if r["start"] < row["start"]]
        here = sentence_of(row["start"])
        day = source = None
        if anchor == "clock":
            after = next((r for r in days if r["start"] >= row["end"]), None)
            if after is not None and RIGHT_AFTER.match(text[row["end"]:after["start"]]):
                day, source = after["date"], after
            elif before and here - sentence_of(before[-1]["start"]) <= 1:
                day, source = before[-1]["date"], before[-1]
            elif published is not None:
                day = published.isoformat()
        elif before and (anchor == "day" or here - sentence_of(before[-1]["start"]) <= 1):
            day, source = before[-1]["date"], before[-1]
        elif anchor == "day" and published is not None:
            day = published.isoformat()
        if day is not None:
            row["date"] = (dt.date.fromisoformat(day) + dt.timedelta(days=shift)).isoformat()
        if source is not None:
            row["tense"] = source.get("tense")   # told relative to that date, not to publication


def _named_before(row: dict, earlier: list[dict], grains: tuple, sentence_of) -> dict | None:
    """The last date of one of `grains` named before `row`, in its sentence or the one before."""
    here = sentence_of(row["start"])
    return next((r for r in reversed(earlier) if r["kind"] == "date" and r.get("grain") in grains
                 and r.get("date") and here - sentence_of(r["start"]) <= 1), None)


def _previous_year(row: dict, earlier: list[dict], sentence_of, published: dt.date | None) -> None:
    """"the previous year": the year before the last year named nearby, else before publication."""
    named = _named_before(row, earlier, ("year",), sentence_of)
    if named is not None:
        row["date"] = str(int(named["date"][:4]) - 1)
    elif published is not None:
        row["date"] = str(published.year - 1)


def _same_period(row: dict, earlier: list[dict], sentence_of, published: dt.date | None) -> None:
    """"the same month a year ago": the month (or quarter) just named, one year back."""
    named = _named_before(row, earlier, ("month", "quarter"), sentence_of)
    if named is not None:
        year = int(named["date"][:4]) - 1
        row["grain"] = named["grain"]
        row["date"] = f"{year}{named['date'][4:]}"
        if named.get("date_end"):
            row["date_end"] = f"{year}{named['date_end'][4:]}"
        if named.get("timex"):
            row["timex"] = f"{year}{named['timex'][4:]}"
    elif published is not None:
        row["date"] = str(published.year - 1)
