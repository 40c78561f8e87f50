"""A span stated for a run of dates: "president, 1987–2017; for 37 years"; "mayor from 1994 to 2002,
eight years in all"; "chaired the board (1998–2006) for eight years". Runs that meet ("prime minister,
1980–1987; then president, 1987–2017; for 37 years") are one run, 1980 to 2017. The span, standing
right after the run (in apposition, or with "for"), is recorded as `elapsed` from the run's first date
(`left`) to its last (`right`)."""
from __future__ import annotations

import re

from ...lang import alt
from ...lang.sequence import BETWEEN, RANGE_WORDS

_RANGE = re.compile(rf"\s*(?:[-–—]|(?:{alt(RANGE_WORDS)})\b)\s*", re.IGNORECASE)
_AND = re.compile(r"\s*and\s*", re.IGNORECASE)
_BETWEEN = re.compile(rf"\b{BETWEEN}\s+$", re.IGNORECASE)
# Between one run and the next that starts where it ended: "; then as president, "
_CHAIN = re.compile(r"[^.!?\d]{0,60}", re.IGNORECASE)
# Between the run and its span: apposition or "for", nothing that starts another moment.
_SPAN_GAP = re.compile(r"\s*\)?\s*[,;:–—-]?\s*(?:for\s+)?(?:a\s+(?:total|span|period|term|tenure)\s+of\s+)?",
                       re.IGNORECASE)
# ... and the span ends its clause: in "1994 to 2002; for five years he then lived abroad" it opens one.
_SPAN_END = re.compile(r"\s*(?:in\s+(?:all|total|office|power|charge))?\s*(?:[.,;:)!?]|$)", re.IGNORECASE)
_UNITS = {"year", "decade", "month", "week", "day"}


def _dated(row: dict) -> bool:
    return row["kind"] == "date" and bool(row.get("date")) and not row.get("date_end")


def _runs(text: str, dates: list[dict]) -> list[tuple[dict, dict]]:
    runs = []
    for a, b in zip(dates, dates[1:]):
        joined = _RANGE.fullmatch(text, a["end"], b["start"]) or \
            _AND.fullmatch(text, a["end"], b["start"]) and _BETWEEN.search(text, max(0, a["start"] - 12), a["start"])
        if a.get("grain") == b.get("grain") and joined and a["date"] < b["date"]:
            if runs and runs[-1][1]["date"] == a["date"] and runs[-1][1] is not a \
                    and _CHAIN.fullmatch(text, runs[-1][1]["end"], a["start"]):
                runs[-1] = (runs[-1][0], b)          # "1980–1987; then ..., 1987–2017"
            else:
                runs.append((a, b))
    return runs


def find(text: str, sent: list[dict], rows: list[dict], sentence: tuple[int, int]) -> None:
    dates = [r for r in sent if _dated(r)]
    if len(dates) < 2:
        return
    for first, last in _runs(text, dates):
        after = [r for r in sent if r["start"] >= last["end"]]
        if not after:
            continue
        span = after[0]
        if span["kind"] != "duration" or span.get("unit") not in _UNITS or span.get("relation") \
                or span.get("noun") == "age" or not _SPAN_GAP.fullmatch(text, last["end"], span["start"]) \
                or not _SPAN_END.match(text, span["end"]):
            continue
        span.update(relation="elapsed", left=first["claim"], right=last["claim"])
