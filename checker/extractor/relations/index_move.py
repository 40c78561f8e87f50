"""Market moves stated three ways: "fell 3.1%, or 412 points, to 12,870", "lost 54.15 points, or 4%, to
1299.59", "fell by 252.01 points (2.90%) to 8,439.24", "The Dow's 344.65-point fall left the index at
11,188.23, a 2.99 percent decrease". The percent is recorded as an `index-move` relation of the points
(`left`) and the level reached (`right`): the rule checks points / (level -+ points) against it.
Runs after directions are marked, so the move's direction is on its figures."""
from __future__ import annotations

import re

# Before the level reached: "to", "at", "closing at", "reaching a level of", "to a value of".
_LEVEL_CUE = re.compile(r"\b(?:to|at|of)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
# "a 344.65-point fall", "the 280-point drop": the points are a move, said by a noun.
_MOVE_NOUN = re.compile(r"[\s-]*(?:points?\s+|(?<=-point)\s+)?(?:fall|drop|decline|slide|plunge|loss|rise|gain|jump|"
                        r"climb|advance|rally|tumble)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|,\s*(?:while|whereas|but|and|as)\b|\bwhile\b|\bwhereas\b|\.\s", re.IGNORECASE)


def _points(row: dict) -> bool:
    return row["kind"] == "count" and row.get("noun") == "point" and row.get("qualifier") in (None, "")


def find(text: str, sent: list[dict], rows: list[dict], sentence: tuple[int, int]) -> None:
    for p in sent:
        if p["kind"] != "percent" or p.get("unit") != "percent" or p.get("relation") or not p.get("direction"):
            continue
        same = [r for r in sent if r is not p and _points(r)
                and not _CLAUSE_BREAK.search(text, min(r["end"], p["end"]), max(r["start"], p["start"]))]
        moves = [r for r in same if r.get("direction") or _MOVE_NOUN.match(text, r["end"])]
        if not moves:
            continue
        move = min(moves, key=lambda r: abs(r["start"] - p["start"]))
        levels = [r for r in same if r is not move and not r.get("direction") and r.get("relation") is None
                  and _LEVEL_CUE.search(text, max(sentence[0], r["start"] - 30), r["start"])
                  and r.get("value") is not None and move.get("value") is not None and r["value"] > move["value"]]
        if len(levels) == 1:
            p.update(relation="index-move", left=move["claim"], right=levels[0]["claim"])
