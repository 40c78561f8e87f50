"""Dates, weekdays, years and durations, resolved against the publication date.

Resolution follows wire practice: in a past-tense statement "on Friday" is the most recent Friday on
or before publication (the publication day included), in a future-tense one the next Friday; a
month and day without a year go to the nearest year in the direction the tense implies. Without a
publication date, relative expressions stay unresolved (`date` is null) and are never guessed.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re


MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS.update({"sept": 9})
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}

_MONTH_NAME = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
               r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
_MONTH = _MONTH_NAME + r"(?:\.|\b)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:|\.\d|,\d{3})"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)(?![\d%])"
_LEAD = rf"(?:{_WEEKDAY},?\s+(?:the\s+)?)?"

ISO_RE = re.compile(r"(?<![\w-])(?P<year>\d{4})-(?P<mo>\d{2})-(?P<dd>\d{2})(?![\w-])")
MDY_RE = re.compile(rf"\b{_LEAD}{_MONTH}\s*{_DAY}\b(?:,?\s+{_YEAR})?")
DMY_RE = re.compile(rf"\b{_LEAD}{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?")
MY_RE = re.compile(rf"\b(?:(?P<part>early|mid|late)[-\s]+)?{_MONTH},?\s+{_YEAR}\b")
MONTH_ONLY_RE = re.compile(
    rf"\b(?:(?P<part>early|mid|late)[-\s]+|(?P<prep>in|since|until|by|from|last|next|this|through)\s+)"
    rf"{_MONTH_NAME}\b")
WEEKDAY_RE = re.compile(rf"\b(?:(?P<rel>last|next|this|on|since|until|by|from)\s+)?{_WEEKDAY}(?:['’]s)?\b")
DECADE_RE = re.compile(r"\b(?:the\s+)?(?P<decade>1[5-9]\d0|20\d0)['’]?s\b")
# Not "1800 UTC", "0300 GMT hrs": a four-digit clock time before a time zone is no year.
YEAR_RE = re.compile(rf"(?<![\w$€£¥.,/:\-\u2212+]){_YEAR}(?![\w]|[.,]\d|-\d\d-|\s*(?:UTC|GMT|Z\b|hrs\b|hours\b|"
                     rf"local\s+time|EST|EDT|CET|BST))")
YEAR_RANGE_RE = re.compile(r"(?<![\w-])(?P<y1>1[5-9]\d\d|20\d\d)[-–/](?P<y2>\d\d)(?![\w-])")
RELATIVE_RE = re.compile(r"\b(?P<rel>yesterday|today|tomorrow)\b", re.IGNORECASE)
# "year-long", "decade-long", "month-long": a duration of one unit, with no numeral.
LONG_RE = re.compile(r"\b(?P<unit>year|decade|month|week|day|century|hour|night)-long\b", re.IGNORECASE)

FUTURE_RE = re.compile(
    r"\b(?:will|shall|won['’]t|would|could|might|should|(?:is|are|was|were)\s+(?:expected|scheduled|"
    r"due|set|planned|going|likely|poised)\s+(?:to|for|on)|plans?\s+to|planned\s+to|intends?\s+to|"
    r"scheduled|planned|aims?\s+to|hopes?\s+to|expects?|forecasts?|projected|predicted|upcoming|next)\b|['’]ll\b",
    re.IGNORECASE)
PRESENT_RE = re.compile(r"\b(?:is|are|am|says|say|has|have)\b", re.IGNORECASE)
PAST_RE = re.compile(r"\b(?:was|were|had|did|said|told|began|ended|announced|reported|\w+ed)\b",
                     re.IGNORECASE)
_DEADLINE_BEFORE = re.compile(
    r"\b(?:by|through|thru|until|till|before|due|to|from|starting|effective|expires?|expiring|"
    r"matures?|maturing|ending|at|for|deadline|scheduled|planned)(?:\s+(?:on|in|the|of|midnight))?\s+$",
    re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:\"“”()\u2014]|\s[-\u2013]\s")

PRECEDES_YEAR = {"in", "since", "by", "from", "of", "until", "till", "before", "after", "during",
                 "between", "and", "to", "the", "through", "early", "late", "mid", "around", "year",
                 "fiscal", "summer", "winter", "spring", "autumn", "fall", "election", "season"}


def tense(sentence: str, offset: int | None = None) -> str | None:
    """past, present or future: the tense of the clause around `offset` (else the sentence).

    None when nothing marks a tense (a caption, a list); dates there resolve to the nearest day.
    """
    if offset is not None:
        starts = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, offset)]
        end = _CLAUSE_BREAK.search(sentence, offset)
        clause = sentence[starts[-1] if starts else 0:end.start() if end else len(sentence)]
        found = _tense_of(clause)
        if found:
            return found
    return _tense_of(sentence)


def _tense_of(text: str) -> str | None:
    if FUTURE_RE.search(text):
        return "future"
    if PAST_RE.search(text):
        return "past"
    if PRESENT_RE.search(text):
        return "present"
    return None


def resolve_weekday(weekday: int, published: dt.date, direction: str, strict: bool = False) -> dt.date:
    if direction == "future":
        ahead = (weekday - published.weekday()) % 7
        return published + dt.timedelta(days=ahead or (7 if strict else 0))
    back = (published.weekday() - weekday) % 7
    return published - dt.timedelta(days=back or (7 if strict else 0))


def resolve_month_day(month: int, day: int, published: dt.date, direction: str) -> dt.date | None:
    """The year that puts month/day nearest to publication in the tense's direction (present: either)."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if direction == "future":
        candidates = [d for d in candidates if d >= published]
    elif direction == "past":
        candidates = [d for d in candidates if d <= published]
    return min(candidates, key=lambda d: abs((d - published).days), default=None)


def _near_match(month: int, day: int, weekday: int, published: dt.date) -> dt.date | None:
    """A stated weekday settles the year when its date lies within a week of publication."""
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if abs((date - published).days) <= 7 and date.weekday() == weekday:
            return date
    return None


def month_of(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _row(m: re.Match, start: int | None = None, **kw) -> dict:
    row = {"kind": "date", "start": m.start() if start is None else start, "end": m.end()}
    row.update(kw)
    return row


def _day_row(m: re.Match, published: dt.date | None, clause_tense: str) -> dict | None:
    month, day = month_of(m.group("month")), int(m.group("day"))
    if not 1 <= day <= 31:
        return None
    weekday = m.group("weekday")
    year = m.group("year")
    date = None
    if year:
        try:
            date = dt.date(int(year), month, day).isoformat()
        except ValueError:
            return None
    elif published is not None:
        resolved = resolve_month_day(month, day, published, clause_tense)
        if weekday and resolved and resolved.weekday() != WEEKDAYS[weekday.lower()]:
            resolved = _near_match(month, day, WEEKDAYS[weekday.lower()], published) or resolved
        date = resolved.isoformat() if resolved else None
    return _row(m, date=date, grain="day", weekday=weekday, tense=clause_tense)


def find_dates(text: str, clause_tense, published: dt.date | None, taken) -> list[dict]:
    """Date and adjectival-duration claims; `taken(start, end)` says whether a span is used up.

    `clause_tense(offset)` gives the tense of the clause at an offset.
    """
    rows: list[dict] = []

    def keep(row: dict | None) -> None:
        if row and row["kind"] == "date" and _DEADLINE_BEFORE.search(text, max(0, row["start"] - 30), row["start"]):
            row["tense"] = "future"   # "by", "until", "due", "from": a bound or schedule, not an event
        if row and not taken(row["start"], row["end"]):
            rows.append(row)
            taken.mark(row["start"], row["end"])

    for m in ISO_RE.finditer(text):
        try:
            date = dt.date(int(m.group("year")), int(m.group("mo")), int(m.group("dd")))
        except ValueError:
            continue
        keep(_row(m, date=date.isoformat(), grain="day", tense=clause_tense(m.start())))
    for regex in (MDY_RE, DMY_RE):
        for m in regex.finditer(text):
            keep(_day_row(m, published, clause_tense(m.start())))
    for m in MY_RE.finditer(text):
        keep(_row(m, date=f"{m.group('year')}-{month_of(m.group('month')):02d}", grain="month",
                  tense=clause_tense(m.start())))
    for m in MONTH_ONLY_RE.finditer(text):
        t = clause_tense(m.start())
        date = None
        if published is not None:
            month = month_of(m.group("month"))
            year = published.year
            if t == "future" and month < published.month:
                year += 1
            elif t != "future" and month > published.month:
                year -= 1
            date = f"{year}-{month:02d}"
        keep(_row(m, start=m.start("month") if m.group("prep") else m.start(), date=date,
                  grain="month", tense=t))
    for m in WEEKDAY_RE.finditer(text):
        t = clause_tense(m.start())
        rel = (m.group("rel") or "").lower()
        direction = "future" if rel == "next" else "past" if rel == "last" else (t or "past")
        date = None
        if published is not None:
            date = resolve_weekday(WEEKDAYS[m.group("weekday").lower()], published, direction,
                                   strict=rel in ("last", "next")).isoformat()
        keep(_row(m, start=m.start("weekday"), date=date, grain="weekday",
                  weekday=m.group("weekday"), tense=t))
    for m in RELATIVE_RE.finditer(text):
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group("rel").lower()]
        date = (published + dt.timedelta(days=offset)).isoformat() if published else None
        keep(_row(m, date=date, grain="day", tense=("past", "present", "future")[offset + 1]))
    for m in DECADE_RE.finditer(text):
        keep(_row(m, start=m.start("decade"), date=m.group("decade"), grain="decade",
                  tense=clause_tense(m.start())))
    for m in YEAR_RANGE_RE.finditer(text):
        y1 = int(m.group("y1"))
        y2 = y1 // 100 * 100 + int(m.group("y2"))
        if y2 == y1 + 1:
            keep(_row(m, date=str(y1), grain="year", tense=clause_tense(m.start()),
                      date_end=str(y2)))
    for m in YEAR_RE.finditer(text):
        if _is_year(text, m):
            keep(_row(m, date=m.group("year"), grain="year", tense=clause_tense(m.start())))
    for m in LONG_RE.finditer(text):
        keep({"kind": "duration", "start": m.start(), "end": m.end(), "value": 1.0, "low": 1.0, "high": 1.0,
              "unit": m.group("unit").lower().replace("night", "day"), "noun": None})
    return rows


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_PREV_WORD = re.compile(r"([A-Za-z]+)[\s,]*$")


def _is_year(text: str, m: re.Match) -> bool:
    """A four-digit number is a year unless a plural noun or unit follows it ("1500 troops")."""
    prev = _PREV_WORD.search(text[max(0, m.start() - 20):m.start()])
    if prev and prev.group(1).lower() in PRECEDES_YEAR:
        return True
    nxt = _NEXT_WORD.match(text, m.end())
    if nxt:
        word = nxt.group(1)
        if word.islower() and len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            return False
        if word.lower() in ("people", "men", "women", "children", "feet", "km", "kg", "tonnes",
                            "percent", "metres", "meters", "miles"):
            return False
    return True
