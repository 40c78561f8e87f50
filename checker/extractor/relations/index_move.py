"""Market moves stated three ways: "fell 3.1%, or 412 points, to 12,870", "lost 54.15 points, or 4%, to
1299.59", "fell by 252.01 points (2.90%) to 8,439.24", "The Dow's 344.65-point fall left the index at
11,188.23, a 2.99 percent decrease". The percent is recorded as an `index-move` relation of the points
(`left`) and the level reached (`right`): the rule checks points / (level -+ points) against it.
Runs after directions are marked, so the move's direction is on its figures."""
from __future__ import annotations

import re

from ...lang import alt
from ...lang.anaphora import FALL_VERBS, RISE_VERBS

# Before the level reached: "to", "at", "closing at", "reaching a level of", "to a value of".
_LEVEL_CUE = re.compile(r"\b(?:to|at|of)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
# "a 344.65-point fall", "the 280-point drop": the points are a move, said by a noun.
_MOVE_NOUN = re.compile(r"[\s-]*(?:points?\s+|(?<=-point)\s+)?(?:fall|drop|decline|slide|plunge|loss|rise|gain|jump|"
                        r"climb|advance|rally|tumble)\b", re.IGNORECASE)
# "a loss of 3.30% or 347.80 points": a move said by its noun before the percent.
_MOVE_BEFORE = re.compile(r"\b(?:loss|drop|fall|decline|slide|gain|rise|increase|jump|climb|advance)\s+of\s+"
                          r"(?:about\s+|some\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
# The percent and the points stated as one move: "3.30% or 347.80 points", "0.16% (16.03 points)".
_RESTATED = re.compile(r"^\s*(?:points?\s*)?(?:,?\s*or\b|\(|,\s*which\s+is\b)\s*$", re.IGNORECASE)
_VERB_BEFORE = re.compile(rf"\b(?:(?P<up>{alt((*RISE_VERBS, 'gained', 'up'))})|(?P<down>{alt((*FALL_VERBS, 'lost', 'down'))}))"
                          r"\b[^.;,]{0,25}$", re.IGNORECASE)
# The level may stand in the next clause of the same subject ("up 0.16%, but stayed ... at 4605.22").
_LEVEL_BREAK = re.compile(r";|,\s*(?:while|whereas)\b|\bwhile\b|\bwhereas\b|\.\s", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|,\s*(?:while|whereas|but|and|as)\b|\bwhile\b|\bwhereas\b|\.\s", re.IGNORECASE)


def _points(row: dict) -> bool:
    return row["kind"] == "count" and row.get("noun") == "point" and row.get("qualifier") in (None, "")


def _level(row: dict) -> bool:
    """An index level: a plain count of points (or named for a "mark") that is no move."""
    return row["kind"] == "count" and row.get("noun") in (None, "point", "mark", "level") \
        and row.get("qualifier") in (None, "") and not row.get("direction") and row.get("relation") is None


def find(text: str, sent: list[dict], rows: list[dict], sentence: tuple[int, int]) -> None:
    claimed: dict[str, tuple] = {}   # level -> (distance, percent, points, the verb that said the move)
    for p in sent:
        if p["kind"] != "percent" or p.get("unit") != "percent" or p.get("relation"):
            continue
        verb = None if p.get("direction") else _VERB_BEFORE.search(text, max(sentence[0], p["start"] - 40), p["start"])
        if not (p.get("direction") or verb or _MOVE_BEFORE.search(text, max(sentence[0], p["start"] - 25), p["start"])):
            continue
        same = [r for r in sent if r is not p and r["kind"] == "count"
                and not _CLAUSE_BREAK.search(text, min(r["end"], p["end"]), max(r["start"], p["start"]))]
        moves = [r for r in same if _points(r) and (r.get("direction") or _MOVE_NOUN.match(text, r["end"])
                                                     or _RESTATED.match(text[min(r["end"], p["end"]):max(r["start"], p["start"])]))]
        if not moves:
            continue
        move = min(moves, key=lambda r: abs(r["start"] - p["start"]))
        levels = [r for r in sent if r is not move and r is not p and _level(r)
                  and not _LEVEL_BREAK.search(text, min(r["end"], p["end"]), max(r["start"], p["start"]))
                  and _LEVEL_CUE.search(text, max(sentence[0], r["start"] - 30), r["start"])
                  and r.get("value") is not None and move.get("value") is not None and r["value"] > move["value"]]
        if levels:
            # "to above the 5000 mark at 5272.50": the last level named is the one reached
            level = levels[-1]
            distance = abs(level["start"] - p["start"])
            if level["claim"] not in claimed or distance < claimed[level["claim"]][0]:
                claimed[level["claim"]] = (distance, p, move, verb)
    # A level belongs to the nearest move: "a drop of 9% ..., before ... a loss of 3.30% ... to 10,520"
    for level_id, (_, p, move, verb) in claimed.items():
        p.update(relation="index-move", left=move["claim"], right=level_id)
        if verb:   # "rose in value by 8.04%": the percent is the size of a rise
            p["direction"] = "up" if verb.group("up") else "down"
