"""Spans between two dates across sentences: "In 1998, she ran for the state Senate. A decade later, in
2008, she won"; "In 1984, Ferraro was the nominee. Eight years earlier, at the 1972 convention, ...".
A span in years followed by "later" or "earlier" and by a year of its own sentence is tied (`elapsed`)
to that year and to the year last named before it (in its sentence or the two before), earlier first."""
from __future__ import annotations

import re

from ...lang.spans import EARLIER, LATER

_WAY = re.compile(r"\s+(?:(?P<later>" + "|".join(LATER) + r")|(?P<earlier>" + "|".join(EARLIER) + r"))\b",
                  re.IGNORECASE)
REACH = 60        # characters from the span to its own date
SENTENCES_BACK = 2
MAX_BACK = 500     # rows looked back at, at most: a "sentence" may be a table of thousands


def _year(row: dict) -> bool:
    """Years only: "a year later" after a day's date is a loose "about then" more often than a count."""
    return row["kind"] == "date" and bool(row.get("date")) and row.get("grain") == "year"


def _back(rows: list[dict], k: int, first_sentence: int):
    """The rows before rows[k], nearest first, back to `first_sentence` (never the whole document)."""
    for r in reversed(rows[max(0, k - MAX_BACK):k]):
        if r["sentence"] < first_sentence:
            return
        yield r


def find_in_document(text: str, rows: list[dict], spans) -> None:
    for k, row in enumerate(rows):
        if row["kind"] != "duration" or row.get("relation") or row.get("noun") == "age" \
                or row.get("unit") not in ("year", "decade"):
            continue
        way = _WAY.match(text, row["end"])
        if not way:
            continue
        own = next((r for r in rows[k + 1:] if r["sentence"] == row["sentence"] and r["start"] - row["end"] <= REACH
                    and _year(r)), None)
        if own is None:
            continue
        ref = next((r for r in _back(rows, k, row["sentence"] - SENTENCES_BACK) if _year(r) and not r.get("relation")),
                   None)
        if ref is None:
            continue
        first, last = (ref, own) if way.group("later") else (own, ref)
        row.update(relation="elapsed", left=first["claim"], right=last["claim"])
