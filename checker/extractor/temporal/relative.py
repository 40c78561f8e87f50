"""Dates named relative to publication: "on Tuesday", "Monday's attack", "next Thursday",
"yesterday", "this morning", "last year", "earlier this month", "this week", "the weekend",
"the previous year", "the end of this year"."""
from __future__ import annotations

import datetime as dt
import re

from . import calendar as cal
from .base import STEPS, Context, date_row, direction, span_row, words

_DAYPART = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
DAYPARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
WEEKDAY_RE = re.compile(
    rf"\b(?:(?P<rel>(?i:last|next|this|on|since|until|till|by|from))\s+)?"
    rf"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:(?=['’]s\b)|{_DAYPART}\b)")
PERIOD_WORD = re.compile(r"year|month|week")
SAME_WORD = re.compile(r"same")
WEEKDAY_WORD = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day")
DAY_WORD = re.compile(r"yesterday|today|tomorrow|tonight|this (?:morning|afternoon|evening)")
NAMED_DAY = re.compile(r"\b(?:Black|Cyber|Good|Super|Bloody|Ash|Easter|Holy|Maundy|Palm|Whit|Shrove|Boxing|"
                       r"Giving|Mad|Manic|Blue|Patriots?|Memorial|Labou?r|Victory|Remembrance)\s+$")
DAY_RE = words(rf"\b(?:(?P<rel>yesterday|today|tomorrow|tonight)|this\s+(?P<this>morning|afternoon|evening))"
               rf"(?(rel){_DAYPART})\b")
# "earlier this month", "last year", "the previous year", "the end of this year", "the same
# period last year"; the frame words ("the end of") belong to the expression.
_FRAME = r"(?:(?:the\s+)?(?:very\s+)?(?:end|start|beginning|middle|rest|remainder|close|course)\s+of\s+)?"
PERIOD_RE = words(
    rf"\b{_FRAME}(?:(?P<side>earlier|later)\s+)?(?P<rel>this|last|next|the\s+(?:current|previous|"
    rf"preceding|following|coming|last))\s+(?P<unit>year|month|week(?:end)?)\b(?!-(?:long|old|end|on)\b|['’]s\s+\d)"
    rf"|\b{_FRAME}the\s+(?P<unit2>year|month|week)\s+(?P<rel2>previous|before|earlier)\b"
    rf"|\b(?:(?:over|during|at)\s+)(?P<weekend>the\s+weekend)\b"
    rf"|\b(?:the\s+)?(?:very\s+)?(?:end|start|beginning|middle|close)\s+of\s+the\s+(?P<unit3>year)\b")
SAME_PERIOD_RE = words(r"\bthe\s+same\s+(?P<unit>period|month|quarter|time)\s+(?:of\s+)?(?:(?:the\s+)?last\s+year|"
                       r"a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?the\s+previous\s+year)\b")


def find(ctx: Context):
    text, published = ctx.text, ctx.published
    for m in ctx.finditer(SAME_PERIOD_RE, SAME_WORD):
        yield date_row(m.start(), m.end(), None, "year", "past", anchor="same")
    for m in ctx.finditer(PERIOD_RE, PERIOD_WORD):
        yield _period(ctx, m)
    for m in ctx.finditer(WEEKDAY_RE, WEEKDAY_WORD, 20):
        if NAMED_DAY.search(text, max(0, m.start() - 12), m.start("weekday")):
            continue   # "Black Monday", "Good Friday": the name of a day, not a day of this week
        t = ctx.tense(m.start())
        rel = (m.group("rel") or "").lower()
        way = "future" if rel in ("next", "until", "till", "by") else "past" if rel == "last" else (t or "past")
        date = None
        if published is not None:
            date = cal.resolve_weekday(cal.WEEKDAYS[m.group("weekday").lower()], published, way,
                                       strict=rel in ("last", "next")).isoformat()
        timex = f"{date}T{DAYPARTS[m.group('part').lower()]}" if date and m.group("part") else None
        start = m.start() if rel in ("last", "next", "this") else m.start("weekday")
        t = {"next": "future", "last": "past"}.get(rel, t)
        yield date_row(start, m.end(), date, "weekday", t, weekday=m.group("weekday"), timex=timex)
    for m in ctx.finditer(DAY_RE, DAY_WORD, 20):
        rel = (m.group("rel") or "today").lower()
        offset = cal.DAY_OFFSETS[rel]
        part = (m.group("part") or m.group("this") or ("night" if rel == "tonight" else "")).lower()
        date = (published + dt.timedelta(days=offset)).isoformat() if published else None
        timex = f"{date}T{DAYPARTS[part]}" if date and part else None
        yield date_row(m.start(), m.end(), date, "day", ("past", "present", "future")[offset + 1], timex=timex)


def _period(ctx: Context, m: re.Match) -> dict:
    start, published = m.start(), ctx.published
    if m.group("weekend"):
        return _weekend(ctx, m.start("weekend"), m.end(), None)
    unit = (m.group("unit") or m.group("unit2") or m.group("unit3")).lower()
    rel = (m.group("rel") or m.group("rel2") or "this").lower().replace("the ", "")
    rel = {"before": "previous", "earlier": "previous"}.get(rel, rel)
    if unit == "weekend":
        return _weekend(ctx, start, m.end(), None if rel in ("this", "current") else direction(ctx, start, rel))
    step = STEPS[rel]
    if unit == "year" and step < 0 and rel != "last":   # "the year before": before the year just named
        return date_row(start, m.end(), None, "year", "past", anchor="year")
    tense = {1: "future", -1: "past"}.get(step) or ctx.tense(start)
    if published is None:
        return date_row(start, m.end(), None, unit, tense)
    if unit == "year":
        return date_row(start, m.end(), str(published.year + step), "year", tense)
    if unit == "month":
        year, month = cal.shift_months(published, step)
        return date_row(start, m.end(), f"{year}-{month:02d}", "month", tense)
    first, last = cal.week_span(published + dt.timedelta(weeks=step))
    return span_row(start, m.end(), first, last, "week", tense, cal.week_label(first))


def _weekend(ctx: Context, start: int, end: int, way: str | None) -> dict:
    published = ctx.published
    tense = ctx.tense(start)
    if published is None:
        return date_row(start, end, None, "weekend", tense)
    way = way or tense or "past"
    saturday = cal.resolve_weekday(5, published, way)
    sunday = saturday + dt.timedelta(days=1)
    return span_row(start, end, saturday, sunday, "weekend", tense, cal.week_label(saturday) + "-WE")
