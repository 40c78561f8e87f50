"""Times of day, with their time zone where stated: "18:00 UTC", "0800 GMT", "11:00 p.m. EDT",
"6:40 p.m. (GMT +8)", "12:00 UTC Monday". The `timex` holds the moment in ISO 8601 (Z for UTC,
else the zone's offset), so a rule can compare two renderings of the same moment; `date` is the
day, taken from a day named with the time, else the day last named in the sentence (see
anchors), else publication."""
from __future__ import annotations

import datetime as dt
import re

from ...lang.zones import ABBREVIATIONS
from . import calendar as cal
from .base import date_row

# A zone's first offset is the one its timex gets; rules read every offset it may mean.
ZONES = {name: offsets[0] for name, offsets in ABBREVIATIONS.items()}
_ZONE = (r"(?:\s*\(?\s*(?P<zone>" + "|".join(sorted((z.upper() for z in ZONES if z != "z"), key=len, reverse=True))
         + r"|Z\b)(?![A-Za-z])(?:\s*(?P<sign>[+\-\u2212])\s*(?P<off>\d{1,2})(?::?(?P<offm>\d\d))?)?(?:\s*\))?)")
_AMPM = r"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)"
_DAY_AFTER = (r"(?:,?\s+(?:on\s+)?(?:(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
              r"|(?P<rel>today|yesterday|tomorrow)))?")
_ZONE_WORD = r"\s*(?:hrs?\s+)?\(?\s*(?:UTC|GMT|EDT|EST|CDT|CST|MDT|MST|PDT|PST|BST|CET|CEST|EET|EEST|MSK|JST|KST|AEST|AEDT|HKT|SGT|Z\b)"
CLOCK_RE = re.compile(
    rf"(?<![\w:.$£€])(?:(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?![:\d])"
    rf"|(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?={_ZONE_WORD})"
    rf"|(?P<h12>1[0-2]|0?[1-9])(?=\s*[ap]\.?\s?m\b))(?:{_AMPM})?(?:\s*hrs?\b)?{_ZONE}?{_DAY_AFTER}(?![\w])")
CLOCK_WORD = re.compile(r"\d[:.]\d|\d\s*[ap]\.?\s?m\b|\d\s*(?:hrs?\s+)?\(?(?:utc|gmt|[ecmp][sd]t|bst|cet|eet|msk|"
                        r"jst|kst|aest|aedt|hkt|sgt|z\b)")
# A bare "16:08" is a time only after a word that introduces one (not a score, a verse, a ratio).
_TIME_CUE = re.compile(r"\b(?:at|by|until|till|from|before|after|around|about|since|as\s+of|to)\s+$",
                       re.IGNORECASE)


def find(ctx):
    text, published = ctx.text, ctx.published
    for m in ctx.finditer(CLOCK_RE, CLOCK_WORD, 20):
        hour = m.group("h") or m.group("hh") or m.group("h12")
        minute = m.group("m") or m.group("mm") or "00"
        ampm = (m.group("ampm") or "").lower()
        if m.group("h") and not (ampm or m.group("zone") or _TIME_CUE.search(text, max(0, m.start() - 10), m.start())):
            continue
        if m.group("h") and "." in text[m.start():m.end()] and not (ampm or m.group("zone")):
            continue   # "at 3.45" is a price or score far more often than a time
        h = int(hour) % 12 + (12 if ampm == "p" else 0) if ampm else int(hour)
        day = None
        if m.group("weekday") and published:
            way = ctx.tense(m.start()) or "past"
            day = cal.resolve_weekday(cal.WEEKDAYS[m.group("weekday").lower()], published, way)
        elif m.group("rel") and published:
            day = published + dt.timedelta(days=cal.DAY_OFFSETS[m.group("rel").lower()])
        row = date_row(m.start(), m.end(), day.isoformat() if day else None, "minute", ctx.tense(m.start()),
                       weekday=m.group("weekday"))
        row["clock"] = (h, int(minute), _offset(m))
        if not day:
            row["anchor"] = "clock"
        yield row


def _offset(m: re.Match) -> str:
    zone = (m.group("zone") or "").lower()
    if not zone:
        return ""
    hours = ZONES[zone]
    if m.group("off"):
        sign = -1 if m.group("sign") in ("-", "\u2212") else 1
        hours = sign * (int(m.group("off")) + int(m.group("offm") or 0) / 60)
    if hours == 0:
        return "Z"
    whole = int(abs(hours))
    return f"{'+' if hours > 0 else '-'}{whole:02d}:{round((abs(hours) - whole) * 60):02d}"


def timex(row: dict) -> str | None:
    """The moment in ISO 8601, once the row has its day; takes the private clock reading off the row."""
    h, minute, offset = row.pop("clock")
    return f"{row['date']}T{h:02d}:{minute:02d}{offset}" if row.get("date") else None
