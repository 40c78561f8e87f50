"""Temporal expressions: dates, weekdays, periods, times of day and durations, resolved against
the publication date.

Resolution follows wire practice: in a past-tense statement "on Friday" is the most recent Friday on
or before publication (the publication day included), in a future-tense one the next Friday; a
month and day without a year go to the nearest year in the direction the tense implies. Without a
publication date, relative expressions stay unresolved (`date` is null) and are never guessed.

Finders run from the most specific reading to the least, and a span read once is not read again:
a time with its day, parts of a year, relative periods, written-out dates, weekdays, then durations.
"""
from __future__ import annotations

import datetime as dt
import re

from . import absolute, anchors, clock, durations, periods, relative
from .base import Context
from ...lang.terms import TERM_NOUNS
from .tense import DEADLINE_BEFORE, tense

TERM_AFTER = re.compile(r",?\s+(?:" + "|".join(TERM_NOUNS) + r")\b")

SINCE = re.compile(r"\b[Ss]ince\s+$")

__all__ = ["find_dates", "finish", "tense"]

FINDERS = (clock.find, periods.find, absolute.find, relative.find, anchors.find, durations.find)


def find_dates(text: str, clause_tense, published: dt.date | None, taken) -> list[dict]:
    """Date and duration claims; `taken(start, end)` says whether a span is used up.

    `clause_tense(offset)` gives the tense of the clause at an offset.
    """
    ctx = Context(text, published, clause_tense)
    rows: list[dict] = []
    for finder in FINDERS:
        for row in finder(ctx):
            if row["kind"] == "date" and (DEADLINE_BEFORE.search(ctx.lower, max(0, row["start"] - 30), row["start"])
                                          or TERM_AFTER.match(ctx.lower, row["end"])):
                # "by", "until", "due", "from": a bound or schedule; "the June 1997 tap", "a July 1, 1988,
                # date": the term of an instrument or a plan. Neither is an event that happened.
                row["tense"] = "future"
            if not taken(row["start"], row["end"]):
                rows.append(row)
                taken.mark(row["start"], row["end"])
    return rows


def finish(text: str, rows: list[dict], sentence_of, published: dt.date | None) -> None:
    """Once every figure is read (rows sorted by start): anchored dates, and TIMEX3 values."""
    for row in rows:
        if row["kind"] == "duration":
            durations.finish(text, row, published)
    anchors.resolve(text, rows, sentence_of, published)
    for row in rows:
        if row["kind"] == "duration" and row.get("grain") == "day" and not row.get("timex"):
            row["timex"] = row.get("date")   # "two days later", once anchored
        if row["kind"] != "date":
            continue
        if SINCE.search(text, max(0, row["start"] - 8), row["start"]):
            row["qualifier"] = "since"   # an open interval from the date to publication
        if "clock" in row:
            row["timex"] = clock.timex(row)
        elif not row.get("timex") and row.get("date"):
            row["timex"] = row["date"][:3] if row["grain"] == "decade" else row["date"]
