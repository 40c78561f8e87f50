"""Figures ranked within a contest: "Sanders won with 25.7% of the vote. Buttigieg came in second with
24.4%"; "Cherono posted a time of 2:05:45. He was followed closely by Debela, 2:05:46, and Mengstu,
2:05:48". Each ranked figure is tied (`rank`, `left`) to the figure ranked just above it in the same
paragraph, of the same kind and unit; the rule checks the order (a smaller share, a longer time)."""
from __future__ import annotations

import re

from ...lang import alt
from ...lang.ranks import FOLLOWED, PLACE_VERBS, PLACES, WINNER_VERBS
from .common import PARAGRAPH_BREAK, fits as _fits

_TAIL = r"[^.;:!?]{0,60}?\b(?:with|in|at|on|of)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$"
_WINNER = re.compile(rf"\b(?:{alt(WINNER_VERBS)})\b{_TAIL}", re.IGNORECASE)
_PLACE = re.compile(rf"\b(?:{alt(PLACE_VERBS)})\s+(?:in\s+)?(?P<place>{alt(PLACES)})(?:\s+place)?\b{_TAIL}",
                    re.IGNORECASE)
_FOLLOWED = re.compile(rf"\b(?:{alt(FOLLOWED)})\b", re.IGNORECASE)
RANKED = ("percent", "count", "duration", "money", "quantity")
FOLLOW_REACH = 200   # characters back from a figure to "followed by" ("followed by A, 2:05:46, and B, 2:05:48")


# The words without which neither pattern can match: a substring test of a short window is far cheaper
# than the two regex searches it spares most figures.
_KEYS = ("won", "win", "top", "led", "first", "came", "finish", "place", "ended", "coming", "was", "took")


def _rank(text: str, row: dict, start: int) -> int | None:
    before = max(start, row["start"] - 90)
    window = text[before:row["start"]].lower()
    if not any(k in window for k in _KEYS):
        return None
    place = _PLACE.search(text, before, row["start"])
    if place:
        return PLACES[place.group("place").lower()]
    return 1 if _WINNER.search(text, before, row["start"]) else None


def find_in_document(text: str, rows: list[dict], spans) -> None:
    if not spans or not any(r["kind"] in RANKED for r in rows):
        return
    ranked: list[tuple[int, dict]] = []
    for k, row in enumerate(rows):
        if row["kind"] not in RANKED or row.get("relation") or row.get("whole") or row.get("direction"):
            continue
        sentence_start = spans[row["sentence"]][0]
        rank = _rank(text, row, sentence_start)
        if rank is None:
            # in a list after "followed by": one place below the figure ranked last before it
            # bounded: in a one-"sentence" table of thousands of figures a scan from the sentence start
            # for each figure would be quadratic
            follow = _FOLLOWED.search(text, max(sentence_start, row["start"] - FOLLOW_REACH), row["start"])
            prev = _same_paragraph(text, ranked, row)
            if follow and prev is not None:
                rank = prev[0] + 1
        if rank is not None:
            ranked.append((rank, row))
    for i, (rank, row) in enumerate(ranked):
        above = [(r, x) for r, x in ranked[:i] if r < rank and _fits(x, row)
                 and not PARAGRAPH_BREAK.search(text, x["end"], row["start"])]
        if above:
            row.update(relation="rank", left=max(above, key=lambda p: (p[0], p[1]["start"]))[1]["claim"])


def _same_paragraph(text: str, ranked: list, row: dict):
    for rank, other in reversed(ranked):
        if _fits(other, row) and not PARAGRAPH_BREAK.search(text, other["end"], row["start"]):
            return rank, other
    return None
