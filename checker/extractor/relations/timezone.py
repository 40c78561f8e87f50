"""Clock times in two zones: "7:37 p.m. local time (1137 UTC)", "05:10 local time (21:10 GMT on
Monday)", "11 p.m. EDT, or 0300 GMT", "1500 UTC (6 p.m. local time)". The figure that names UTC (or
the other zone) is recorded as a `timezone` relation of the local one (`left`), and the local figure
gets the places whose clocks the tz database knows that its sentence (or else the article's opening
paragraph) names, so the rule can compare the stated gap with the real offset there on that day."""
from __future__ import annotations

import re

from ...lang.zones import place_pattern
from .common import PARAGRAPH_BREAK

# Between the two readings: "local time", a day word, then an opening bracket or ", or".
_GAP = re.compile(r"^\s*(?:local(?:\s+time)?|time|hrs?|hours)?\s*(?:[a-z]+\s+)?(?:[({\[]|,?\s*or|/|,)\s*$",
                  re.IGNORECASE)
_LOCAL = re.compile(r"^\s*local\b", re.IGNORECASE)
MAX_PLACES = 6


def is_clock(row: dict) -> bool:
    return row["kind"] == "date" and row.get("grain") == "minute" and "T" in (row.get("timex") or "")


def zone(row: dict) -> str:
    """The zone a clock time's timex carries ("Z", "+08:00"), or ""."""
    m = re.search(r"(Z|[+-]\d\d:\d\d)$", row.get("timex") or "")
    return m.group(1) if m else ""


def find(text: str, sent: list[dict], rows: list[dict], sentence: tuple[int, int]) -> None:
    if sum(r.get("grain") == "minute" for r in sent) < 2:
        return
    for a, b in zip(sent, sent[1:]):
        if not (is_clock(a) and is_clock(b)) or a.get("relation") or b.get("relation"):
            continue
        gap = text[a["end"]:b["start"]]
        if not _GAP.match(gap):
            continue
        local_first = bool(_LOCAL.match(gap)) or not zone(a) or zone(b) == "Z"
        local, other = (a, b) if local_first else (b, a)
        if not zone(other):
            continue
        other.update(relation="timezone", left=local["claim"])
        local["place"] = _places_for(text, local, sentence)


def _places_for(text: str, row: dict, sentence: tuple[int, int]) -> list[str]:
    """Places the tz database knows in the figure's sentence; failing that, in the article's opening
    paragraph (dateline and lede name where the story is). A place elsewhere in the article is as
    likely to be where the story is not ("about halfway to Dover, England")."""
    found: list[str] = []
    pattern = place_pattern()
    for start, end in (sentence, (0, _opening_end(text))):
        for m in pattern.finditer(text, start, end):
            if m.group() not in found:
                found.append(m.group())
        if found:
            break
    return found[:MAX_PLACES]


def _opening_end(text: str) -> int:
    """The end of the first paragraph with more than a dateline in it."""
    pos = 0
    for m in PARAGRAPH_BREAK.finditer(text):
        if len(text[pos:m.start()].strip()) > 60:
            return m.start()
        pos = m.end()
    return len(text)
