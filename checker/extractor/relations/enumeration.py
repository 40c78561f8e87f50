"""Counts against the items listed for them: "three countries: France, Spain and Italy", "five
candidates — Ruiz, Okafor, Lind, Baptiste and Mora", "Two Democratic Representatives, Collin Peterson
and Jeff Van Drew, opposed ...", "the nine provinces holding polls on Sunday are ...". The count gets
relation `enumeration` and `listed`, the number of items; a list after "including" or "such as", or
before "among them", is a `partial-enumeration` (the count may be larger). Only a closed list counts: items set
apart by commas with "and" (or "or") before the last, every item a name (capitalised)."""
from __future__ import annotations

import re

from ...lang import alt as _alt
from ...lang.lists import LIST_OPENERS, NAME_PARTICLES, PARTIAL_OPENERS
from ..temporal.calendar import WEEKDAYS


_WORD = r"[A-Z][\w.'’-]*"
_WEEKDAY = "|".join(day.capitalize() for day in WEEKDAYS)
_NAME = rf"{_WORD}(?:\s+(?:(?:{_alt(NAME_PARTICLES)})\s+)?{_WORD})*"
# The count's own words: its noun phrase, capitalised words first ("seven Reserve Banks"), then lower
# case ones ("provinces holding polls on Sunday"; a weekday or month may stand there); then the opener.
_OPENING = re.compile(rf"(?P<words>(?:\s+[A-Z][\w'’-]*){{0,3}}(?:\s+(?:[a-z][\w'’-]*|{_WEEKDAY})){{0,6}}?)"
                      rf"\s*,?\s*(?P<opener>{_alt(o for o in LIST_OPENERS if o.strip())}|,)\s*(?=[A-Z])")
# After a bare comma the count's words are its noun alone: "the 10 principles of free speech, Evidence
# and Reason says" is no list of principles.
_PREPOSITION = re.compile(r"\b(?:of|in|at|from|for|to|on|with|by|about|across|around)\b")
_ITEMS = re.compile(rf"(?P<items>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|or)\s+{_NAME})(?P<end>\s*(?:[.;:)—–]|,|$|\s+[a-z]))")
_MORE_UNLISTED = re.compile(r"\s*,?\s*(?:among\s+(?:them|others)|and\s+others|and\s+more|etc\b|\.\.\.|…)", re.IGNORECASE)
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


def find(text: str, sent: list[dict], rows: list[dict], sentence: tuple[int, int]) -> None:
    if not any(r["kind"] == "count" for r in sent):
        return
    for k, row in enumerate(sent):
        if row["kind"] != "count" or row.get("relation") or row.get("whole") or row.get("qualifier") \
                or not row.get("noun") or not (2 <= (row.get("value") or 0) <= 30):
            continue
        opening = _OPENING.match(text, row["end"], sentence[1])
        if not opening or opening.group("opener") == "," and _PREPOSITION.search(opening.group("words")):
            continue
        start = opening.end()
        nxt = next((r["start"] for r in sent[k + 1:] if r["start"] >= start), sentence[1])
        items = _ITEMS.match(text, start, sentence[1])
        if not items or items.end("items") > nxt:
            continue
        names = [n for n in _ITEM_SPLIT.split(items.group("items")) if n]
        if len(names) < 2:
            continue
        partial = opening.group("opener").lower() in PARTIAL_OPENERS or _MORE_UNLISTED.match(text, items.end("items"))
        row.update(relation="partial-enumeration" if partial else "enumeration", listed=float(len(names)))
