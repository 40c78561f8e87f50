"""Calendar arithmetic for resolving dates: month and weekday names, periods (quarters, seasons,
ISO weeks) as first and last day, and picking the year a period without one belongs to."""
from __future__ import annotations

import calendar
import datetime as dt

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS.update({"sept": 9})
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
# Full month names that can stand alone as a month ("In April"); "May" alone is too often the verb.
BARE_MONTHS = {m.lower() for m in calendar.month_name if m} - {"may"}
DAY_OFFSETS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
# TIMEX3 season codes, northern meteorological seasons (first month, months long).
SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "fall": ("FA", 9), "winter": ("WI", 12)}

Span = tuple[dt.date, dt.date]


def month_of(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def month_span(year: int, month: int, months: int = 1) -> Span:
    first = dt.date(year, month, 1)
    last_month = month + months - 1
    end_year, end_month = year + (last_month - 1) // 12, (last_month - 1) % 12 + 1
    return first, dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])


def quarter_span(year: int, quarter: int) -> Span:
    return month_span(year, 3 * quarter - 2, 3)


def half_span(year: int, half: int) -> Span:
    return month_span(year, 6 * half - 5, 6)


def season_span(year: int, season: str) -> Span:
    return month_span(year, SEASONS[season][1], 3)


def week_span(day: dt.date) -> Span:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def week_label(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def pick_year(span_of, published: dt.date, direction: str | None) -> int:
    """The year whose period `span_of(year)` a statement means when it gives none.

    Past (and untensed): the latest one begun by publication. Future: the earliest one not yet
    over. Present: the one holding publication, else the nearest either way.
    """
    years = (published.year - 1, published.year, published.year + 1)
    spans = {y: span_of(y) for y in years}
    if direction == "future":
        return next(y for y in years if spans[y][1] >= published)
    if direction == "present":   # the one holding publication, else the nearest either way
        return min(years, key=lambda y: max((spans[y][0] - published).days, (published - spans[y][1]).days, 0))
    return max(y for y in years if spans[y][0] <= published)


def resolve_weekday(weekday: int, published: dt.date, direction: str, strict: bool = False) -> dt.date:
    if direction == "future":
        ahead = (weekday - published.weekday()) % 7
        return published + dt.timedelta(days=ahead or (7 if strict else 0))
    back = (published.weekday() - weekday) % 7
    return published - dt.timedelta(days=back or (7 if strict else 0))


def resolve_month_day(month: int, day: int, published: dt.date, direction: str | None) -> dt.date | None:
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


def near_match(month: int, day: int, weekday: int, published: dt.date) -> dt.date | None:
    """A stated weekday settles the year when its date lies within a week of publication."""
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if abs((date - published).days) <= 7 and date.weekday() == weekday:
            return date
    return None


def shift_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1
