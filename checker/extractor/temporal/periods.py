"""Parts of a year: quarters ("the third quarter", "Q3 2024", "third-quarter"), halves, seasons
("spring", "the winter of 2006-07") and fiscal years ("fiscal 2024", "FY2024"), which stay fiscal:
their calendar depends on the organisation, so they carry no calendar date."""
from __future__ import annotations

import re

from . import calendar as cal
from .base import STEPS, YEAR, Context, date_row, direction, span_row, words

_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}
_OF_YEAR = (rf"(?:\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?P<yrel>this|last|next)\s+year|the\s+(?P<yrel2>current|"
            rf"previous|same|last|following)\s+year|(?:fiscal|financial)\s+(?P<fyear>{YEAR})))?")
QUARTER_RE = words(
    rf"\b(?:(?P<the>the\s+)?(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)(?P<hyph>[\s-])"
    rf"(?P<unit>quarter|half)(?!ly){_OF_YEAR}"
    rf"|(?:(?P<the2>the\s+)?(?P<rel>this|last|next|current|previous|latest|past|coming|preceding)\s+)"
    rf"(?P<unit2>quarter)\b(?!ly|\s+(?:of\s+)?(?:a|an|the)\b|\s+(?:century|mile|point|percent|inch))"
    rf"|\bQ(?P<qn>[1-4])(?:\s*(?P<qyear>{YEAR})|\s*['’](?P<qyy>\d\d))?"
    rf"|\b(?P<qyear2>{YEAR})\s*Q(?P<qn2>[1-4])|\bH(?P<hn>[12])\s*(?P<hyear>{YEAR}))\b")
FISCAL_RE = words(rf"\b(?:(?:fiscal|financial)(?:\s+year)?\s+(?P<year>{YEAR})(?:[-/](?P<yy>\d\d))?"
                  r"|FY\s?['’]?(?P<fy>\d{4}|\d\d)(?![\d-]))\b")
SEASON_RE = re.compile(
    rf"\b(?:(?P<rel>(?i:this|last|next|the\s+coming|the\s+past))\s+|(?P<the>(?i:the)\s+))?"
    rf"(?P<part>(?i:early|late|mid)[-\s])?(?P<season>(?i:spring|summer|autumn|winter)|Fall|fall(?=\s+of\b|\s+\d))"
    rf"(?:\s+(?:of\s+)?(?P<year>{YEAR})(?:[-/](?P<yy>\d\d))?)?\b")


FISCAL_WORD = re.compile(r"fiscal|financial|fy")
# A superset is enough for a trigger ("q1" inside a word only widens a window); a leading "\b" would
# be tried at every offset.
QUARTER_WORD = re.compile(r"[qh](?:uarter|alf|[1-4])")
SEASON_WORD = re.compile(r"spring|summer|autumn|fall|winter")


def find(ctx: Context):
    for m in ctx.finditer(FISCAL_RE, FISCAL_WORD):
        raw = m.group("year") or m.group("fy")
        year = int(raw) if len(raw) == 4 else 2000 + int(raw)
        if m.group("yy"):
            year = year // 100 * 100 + int(m.group("yy"))   # "fiscal 2023-24" is FY2024
        yield date_row(m.start(), m.end(), None, "fiscal-year", ctx.tense(m.start()), timex=f"FY{year}")
    for m in ctx.finditer(QUARTER_RE, QUARTER_WORD):
        row = _quarter(ctx, m)
        if row:
            yield row
    for m in ctx.finditer(SEASON_RE, SEASON_WORD):
        row = _season(ctx, m)
        if row:
            yield row


def _quarter(ctx: Context, m: re.Match) -> dict | None:
    published = ctx.published
    start = m.start()
    if m.group("the") and m.group("hyph") == "-":
        start = m.start("ord")   # "the third-quarter results": "the" belongs to "results"
    unit = (m.group("unit") or m.group("unit2") or "quarter").lower()
    if m.group("fyear"):
        return date_row(start, m.end(), None, "fiscal-year", ctx.tense(start),
                        timex=f"FY{m.group('fyear')}-{'Q' if unit == 'quarter' else 'H'}{_ORD[m.group('ord').lower()]}")
    year = m.group("year") or m.group("qyear") or m.group("qyear2") or m.group("hyear")
    if m.group("qyy"):
        year = 2000 + int(m.group("qyy"))
    number = _ORD.get((m.group("ord") or "").lower()) or int(m.group("qn") or m.group("qn2") or m.group("hn") or 0)
    if m.group("hn"):
        unit = "half"
    if number and unit == "half" and number > 2:
        return None
    spans = cal.quarter_span if unit == "quarter" else cal.half_span
    code = "Q" if unit == "quarter" else "H"
    tense = ctx.tense(start)
    if year:
        year = int(year)
    elif published is None:
        return date_row(start, m.end(), None, unit, tense)
    elif m.group("yrel") or m.group("yrel2"):
        rel = (m.group("yrel") or m.group("yrel2")).lower()
        year = published.year + STEPS[rel]
    elif number:
        year = cal.pick_year(lambda y: spans(y, number), published, tense)
    else:   # "last quarter", "this quarter", "next quarter"
        rel = m.group("rel").lower()
        step = {"present": 0, "future": 1}.get(direction(ctx, start, rel), -1)
        current = (published.month - 1) // 3 + 1
        index = published.year * 4 + current - 1 + step
        year, number = index // 4, index % 4 + 1
    first, last = spans(year, number)
    return span_row(start, m.end(), first, last, unit, tense, f"{year}-{code}{number}", month_grain=True)


def _season(ctx: Context, m: re.Match) -> dict | None:
    season = m.group("season").lower()
    published = ctx.published
    explicit = m.group("year")
    start = m.start()
    # A bare season word ("spring" as a noun, "winter storms") counts only as a time phrase.
    capital = m.group("season")[0].isupper() and not re.search(r"(?:^|[.!?\n]\s*)$", ctx.text[max(0, start - 3):start])
    if not (explicit or m.group("rel") or capital
            or re.search(r"\b(?:in|during|by|until|since|over|through|of|this|last|next)\s+$",
                         ctx.text[max(0, start - 12):start], re.IGNORECASE)):
        return None
    tense = ctx.tense(start)
    code = cal.SEASONS[season][0]
    if explicit:
        year = int(explicit)
        if m.group("yy") and season != "winter":
            return None
    elif published is None:
        return date_row(start, m.end(), None, "season", tense)
    else:
        rel = (m.group("rel") or "").lower().replace("the ", "")
        year = cal.pick_year(lambda y: cal.season_span(y, season), published, direction(ctx, start, rel))
        if rel in ("last", "past") and cal.season_span(year, season)[1] >= published:
            year -= 1
        elif rel in ("next", "coming") and cal.season_span(year, season)[0] <= published:
            year += 1
    first, last = cal.season_span(year, season)
    return span_row(start, m.end(), first, last, "season", tense, f"{year}-{code}", month_grain=True)
