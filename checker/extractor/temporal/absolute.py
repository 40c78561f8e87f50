"""Dates written out: "November 21, 2023", "21 November", "Oct. 17", "2023-11-21", "March 2024",
"in April", "the 1990s", "the '70s", "in 2014", "'82", "2022-23"."""
from __future__ import annotations

import datetime as dt
import re

from . import calendar as cal
from .. import units
from ..numbers import scanner
from ..windows import near_digits
from .base import STEPS, YEAR, Context, date_row

_MONTH_NAME = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
               r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
_MONTH = _MONTH_NAME + r"(?:\.|\b)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:|\.\d|,\d{3})"
_YEAR = rf"(?P<year>{YEAR})"
# A weekday leads its date on the same line ("Friday\nSeptember 18" is a headline, then a dateline).
_LEAD = rf"(?:{_WEEKDAY},?[ \t]+(?:the[ \t]+)?)?"

# With a machine timestamp's time and zone, if any ("2021-03-04T08:15:02.125Z"): one claim, not
# a date and three numbers.
ISO_RE = scanner("0-9", r"(?<![\w-])(?P<year>\d{4})-(?P<mo>\d{2})-(?P<dd>\d{2})"
                        r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\w-])")
MDY_RE = re.compile(rf"\b{_LEAD}{_MONTH}\s*{_DAY}\b(?:,?\s+{_YEAR})?")
DMY_RE = re.compile(rf"\b{_LEAD}{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?")
MY_RE = re.compile(rf"\b(?:(?P<part>early|mid|late)[-\s]+)?{_MONTH},?\s+(?:of\s+)?{_YEAR}\b")
# A month alone: a full name ("In April", "their January sales"), or any name after a word that
# makes it a time ("since Oct"). "May" alone is too often the verb or a name.
MONTH_ONLY_RE = re.compile(
    rf"\b(?:(?P<part>early|mid|late)[-\s]+|(?P<prep>(?i:in|since|until|by|from|last|next|this|through|"
    rf"between|and|to|of|after|before|during|as\s+of))\s+)?{_MONTH_NAME}\b(?!['’]s\b)")
# Month names are capitalised in every pattern here: the trigger scans the text as written.
MONTH_WORD = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
DECADE_WORD = re.compile(r"0['’]?s\b")
OF_RELATIVE_YEAR = re.compile(r"\s+of\s+(this|last|next)\s+year\b", re.IGNORECASE)
DECADE_RE = re.compile(r"\b(?:the\s+)?(?P<decade>1[5-9]\d0|20\d0)['’]?s\b")
SHORT_DECADE_RE = re.compile(r"\b(?i:the|and|or|early|late|mid)[\s-]+(?P<at>['’]?(?P<d>[2-9]0)['’]?s)\b")
# Not "1800 UTC", "0300 GMT hrs": a four-digit clock time before a time zone is no year.
# "2019-2020": the second year follows a hyphen, which otherwise marks a code or a negative.
# "2021s worst month": a possessive whose apostrophe was lost (a decade ends in 0: "the 1990s").
YEAR_RE = scanner("12", rf"(?:(?<![\w$€£¥.,/:\-\u2212+])|(?<=(?<![\w.,-])(?:1[5-9]|20)\d\d[-–])){_YEAR}(?:(?<!0)(?=s\b)|(?![\w]|[.,]\d|-\d\d-|\s*(?:UTC|GMT|Z\b|hrs\b|hours\b|"
                     rf"local\s+time|EST|EDT|CET|BST)))")
# Years with an era: "A.D. 900", "AD 79", "79 AD", "300 BC", "44 B.C.", "200 BCE", "1200 CE".
_ERA = r"(?:A\.D\.|AD|C\.E\.|CE)"
ERA_RE = scanner("ACBE0-9", rf"\b{_ERA}\s+(?P<y>\d{{1,4}})\b"
                            rf"|\b(?P<y2>\d{{1,4}})\s+(?:{_ERA}|(?P<bc>B\.C\.(?:E\.)?|BCE?))(?!\w)")
_ERA_AND = re.compile(r"\s+(?:and|to|-|–)\s+(?P<y>\d{1,4})\b(?!\.\d|[\d,%])(?!\s+(?:people|[a-z]+s)\b)")
SHORT_YEAR_RE = scanner("'’", r"(?<![\w'’])['’](?P<yy>\d\d)\b(?!['’]?s\b|\s*(?:%|percent))")
YEAR_RANGE_RE = scanner("12", r"(?<![\w-])(?P<y1>1[5-9]\d\d|20\d\d)[-–/](?P<y2>\d\d)(?![\w-])")

PRECEDES_YEAR = {"in", "since", "by", "from", "of", "until", "till", "before", "after", "during",
                 "between", "and", "to", "the", "through", "early", "late", "mid", "around", "year",
                 "fiscal", "summer", "winter", "spring", "autumn", "fall", "election", "season"}
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_PREV_WORD = re.compile(r"([A-Za-z]+)[\s,]*$")


def find(ctx: Context):
    text, published = ctx.text, ctx.published
    for m in near_digits(ISO_RE, text):
        try:
            date = dt.date(int(m.group("year")), int(m.group("mo")), int(m.group("dd")))
        except ValueError:
            continue
        yield date_row(m.start(), m.end(), date.isoformat(), "day", ctx.tense(m.start()))
    for regex in (MDY_RE, DMY_RE):
        for m in ctx.finditer(regex, MONTH_WORD, cased=True):
            row = _day_row(m, published, ctx.tense(m.start()))
            if row:
                yield row
    for m in ctx.finditer(MY_RE, MONTH_WORD, cased=True):
        yield date_row(m.start(), m.end(), f"{m.group('year')}-{cal.month_of(m.group('month')):02d}", "month",
                       ctx.tense(m.start()))
    for m in ctx.finditer(MONTH_ONLY_RE, MONTH_WORD, cased=True):
        name = m.group("month")
        prep = (m.group("prep") or "").lower()
        if not (m.group("part") or prep) and name.lower() not in cal.BARE_MONTHS:
            continue
        start = m.start("month") if prep else m.start()
        t = "future" if prep == "next" else "past" if prep == "last" else ctx.tense(m.start())
        date = None
        of_year = OF_RELATIVE_YEAR.match(text, m.end())
        if published is not None:
            month = cal.month_of(name)
            year = cal.pick_year(lambda y: cal.month_span(y, month), published, t)
            if of_year:   # "October of next year": the year is its own expression
                year = published.year + STEPS[of_year.group(1).lower()]
            date = f"{year}-{month:02d}"
        yield date_row(start, m.end(), date, "month", t)
    for m in ctx.finditer(DECADE_RE, DECADE_WORD, 12):
        yield date_row(m.start("decade"), m.end(), m.group("decade"), "decade", ctx.tense(m.start()))
    for m in ctx.finditer(SHORT_DECADE_RE, DECADE_WORD, 12):
        yield date_row(m.start("at"), m.end("at"), f"19{m.group('d')}", "decade", ctx.tense(m.start()))
    for m in near_digits(ERA_RE, text):
        yield from _era_years(ctx, m)
    for m in near_digits(YEAR_RANGE_RE, text):
        y1 = int(m.group("y1"))
        y2 = y1 // 100 * 100 + int(m.group("y2"))
        if y2 == y1 + 1:
            yield date_row(m.start(), m.end(), str(y1), "year", ctx.tense(m.start()), date_end=str(y2),
                           timex=f"{y1}/{y2}")
    for m in near_digits(YEAR_RE, text):
        if _is_year(text, m):
            yield date_row(m.start(), m.end(), m.group("year"), "year", ctx.tense(m.start()))
    for m in near_digits(SHORT_YEAR_RE, text):
        prev = _PREV_WORD.search(text[max(0, m.start() - 20):m.start()])
        if prev and (prev.group(1).lower() in PRECEDES_YEAR or prev.group(1).lower().rstrip(".") in cal.MONTHS):
            yy = int(m.group("yy"))
            now = (published or dt.date.today()).year
            year = 2000 + yy if 2000 + yy <= now + 10 else 1900 + yy
            yield date_row(m.start(), m.end(), str(year), "year", ctx.tense(m.start()))


def _era_years(ctx: Context, m: re.Match):
    """ "A.D. 900 and 1150", "79 AD", "300 BC": years with their era (before Christ: no ISO date)."""
    before_christ = bool(m.group("bc"))
    number = m.group("y") or m.group("y2")
    yield _era_row(ctx, m.start(), m.end(), int(number), before_christ)
    more = _ERA_AND.match(ctx.text, m.end())
    if more and m.group("y"):    # the era written once, before the first: "A.D. 900 and 1150"
        yield _era_row(ctx, more.start("y"), more.end("y"), int(more.group("y")), before_christ)


def _era_row(ctx: Context, start: int, end: int, year: int, before_christ: bool) -> dict:
    date = None if before_christ or not 0 < year < 10000 else f"{year:04d}"
    return date_row(start, end, date, "year", ctx.tense(start))


def _day_row(m: re.Match, published: dt.date | None, clause_tense: str | None) -> dict | None:
    month, day = cal.month_of(m.group("month")), int(m.group("day"))
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
        resolved = cal.resolve_month_day(month, day, published, clause_tense)
        if weekday and resolved and resolved.weekday() != cal.WEEKDAYS[weekday.lower()]:
            resolved = cal.near_match(month, day, cal.WEEKDAYS[weekday.lower()], published) or resolved
        date = resolved.isoformat() if resolved else None
    return date_row(m.start(), m.end(), date, "day", clause_tense, weekday=weekday)


def _is_year(text: str, m: re.Match) -> bool:
    """A four-digit number is a year unless a plural noun or unit follows it ("1500 troops"), or it
    ends a range from a number that is no year ("from 400 to 2000 staff")."""
    if _measure_follows(text, m.end()) or _from_number(text, m.start()):
        return False     # "the 1450 sq m store", "2000 - 2400 calories"
    prev = _PREV_WORD.search(text[max(0, m.start() - 20):m.start()])
    if prev and prev.group(1).lower() in PRECEDES_YEAR:
        return True
    nxt = _NEXT_WORD.match(text, m.end())
    if nxt:
        word = nxt.group(1)
        if word.islower() and len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            return False
        if word.lower() in ("people", "men", "women", "children"):   # units are read above
            return False
    return True


_TO_NUMBER = re.compile(r"\s*(?:-|–|to)\s*(?P<n>\d[\d,]*)")


_NUMBER_TO = re.compile(r"(?<![\w.,])(?P<n>\d[\d,]*)\s*(?:-|–|to|and)\s*$")


def _from_number(text: str, start: int) -> bool:
    before = _NUMBER_TO.search(text, max(0, start - 16), start)
    return bool(before) and not re.fullmatch(YEAR, before.group("n"))


def _measure_follows(text: str, end: int) -> bool:
    """A unit or a percent sign follows, or a range to a number that is no year ("2000 to 2500")."""
    to = _TO_NUMBER.match(text, end)
    if to:   # "2000 to 2400 calories" is a range of numbers; "from 2008 to 2012", "2009 to 31 mpg" start at years
        n = to.group("n").replace(",", "")
        return len(n) >= 4 and not re.fullmatch(YEAR, n)
    return units.measure_follows(text, end)
