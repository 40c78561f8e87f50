"""Counts against the items listed for them: "three countries: France, Spain and Italy", "five
candidates — Ruiz, Okafor, Lind, Baptiste and Mora", "Two Democratic Representatives, Collin Peterson
and Jeff Van Drew, opposed ...", "the nine provinces holding polls on Sunday are ...". The count gets
relation `enumeration` and `listed`, the number of items; a list after "including" or "such as", or
before "among them", is a `partial-enumeration` (the count may be larger). Only a closed list counts: items set
apart by commas with "and" (or "or") before the last, every item a name (capitalised)."""
from __future__ import annotations

import functools
import re

from ...lang import alt as _alt
from ...lang.lists import LIST_OPENERS, NAME_PARTICLES, PARTIAL_OPENERS
from ..temporal.calendar import WEEKDAYS
from .common import PARAGRAPH_BREAK


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


# A count named in one sentence and its items listed in a later one: "seven Reserve Banks" ... "the
# Federal Reserve Banks of New York, Cleveland, Atlanta, ... and San Francisco"; "six counties on the
# coast" ... "applied to County Galway, County Mayo, ... and County Limerick". The later list is the
# count's when it follows the count's own noun and "of" ("Banks of ...", "the counties of ...") or
# every item carries that noun as part of its name; only within the three paragraphs after, and only when no
# other count of that noun stands between.
PARAGRAPHS_ON = 4   # the count's paragraph and the three after it
MAX_REACH = 3000   # characters after the count searched for its list, at most


def _noun_forms(noun: str) -> str:
    """The noun singular or plural, as a pattern ("county" -> "count(?:y|ies)")."""
    return re.escape(noun[:-1]) + "(?:y|ies)" if noun.endswith("y") else re.escape(noun) + "(?:s|es)?"


@functools.lru_cache(maxsize=1024)
def _noun_patterns(noun: str) -> tuple[re.Pattern, re.Pattern]:
    forms = _noun_forms(noun)
    # "of" only: "in" and "at" name where the things are ("nine offices in Texas and Oklahoma").
    return re.compile(rf"\b(?i:{forms})\s+of\s+(?=[A-Z])"), re.compile(rf"\b{forms[0].upper()}{forms[1:]}\b")


def _later_list(text: str, noun: str, start: int, end: int):
    after_noun, named = _noun_patterns(noun)
    for m in after_noun.finditer(text, start, end):
        items = _ITEMS.match(text, m.end(), end)
        if items:
            return items
    for items in _ITEMS.finditer(text, start, end):
        names = [n for n in _ITEM_SPLIT.split(items.group("items")) if n]
        if len(names) >= 2 and all(named.search(n) for n in names):
            return items
    return None


def find_in_document(text: str, rows: list[dict], spans) -> None:
    for k, row in enumerate(rows):
        if row["kind"] != "count" or row.get("relation") or row.get("whole") or row.get("qualifier") \
                or not row.get("noun") or not (2 <= (row.get("value") or 0) <= 30) or not row["noun"].isalpha():
            continue
        # From the next sentence on: a list in the count's own sentence is the sentence family's.
        start = spans[row["sentence"]][1] if spans else row["end"]
        end = min(len(text), start + MAX_REACH)
        breaks = list(PARAGRAPH_BREAK.finditer(text, row["end"], end))
        if len(breaks) >= PARAGRAPHS_ON:
            end = breaks[PARAGRAPHS_ON - 1].start()
        rival = next((r["start"] for r in rows[k + 1:] if r["start"] >= end or
                      (r["kind"] == "count" and r.get("noun") == row["noun"])), end)
        items = _later_list(text, row["noun"], start, min(end, rival)) if start < min(end, rival) else None
        if items is None:
            continue
        names = [n for n in _ITEM_SPLIT.split(items.group("items")) if n]
        partial = _MORE_UNLISTED.match(text, items.end("items"))
        row.update(relation="partial-enumeration" if partial else "enumeration", listed=float(len(names)))
