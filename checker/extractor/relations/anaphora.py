"""Changes whose earlier figure is pointed back to: "IE accounted for 70 percent of the market in 2009;
this has dropped to approximately 56 percent today" (a fall to 56 from the 70 before "this"), and
"there were 170 suspected deaths in May ... That showed a 93% increase from 88 deaths in May 2019" (170
is the new figure, in the sentence before "That"). The antecedent is the last figure of the same sort
before the pointing word, in its sentence or the one before."""
from __future__ import annotations

import re

from ...lang import alt as _alt
from ...lang import anaphora as words
from .common import fits as _fits


_ANAPHOR = rf"(?:{_alt(words.ANAPHORS)})"
# "...; this has dropped to approximately 56 percent": pointing word, direction verb, "to", the figure.
_MOVED_TO = re.compile(rf"(?:^|[;,.]\s*|\band\s+|\bbut\s+)(?P<anaphor>{_ANAPHOR})\s+(?:[a-z]+\s+){{0,2}}?"
                       rf"(?:(?P<up>{_alt(words.RISE_VERBS)})|(?P<down>{_alt(words.FALL_VERBS)}))\s+to\s+"
                       rf"(?:about\s+|approximately\s+|around\s+|nearly\s+|almost\s+|some\s+|just\s+)?$", re.IGNORECASE)
# "That showed a 93% increase from ...": the sentence opens with the pointing word.
_OPENS = re.compile(rf"^\W*(?:{_ANAPHOR})\s+(?:{_alt(words.SHOWED_VERBS)})\s+(?:an?\s+)?$", re.IGNORECASE)
_CHANGE_NOUN = re.compile(rf"\s*(?:(?P<up>{_alt(words.CHANGE_NOUNS_UP)})|(?P<down>{_alt(words.CHANGE_NOUNS_DOWN)}))\s+from\s",
                          re.IGNORECASE)
AMOUNTS = ("count", "money", "quantity", "percent")
_LEVEL_AFTER = re.compile(r"\s+(?:up|down|higher|lower)\b", re.IGNORECASE)


def find_in_document(text: str, rows: list[dict], spans) -> None:
    if not spans:
        return
    for k, row in enumerate(rows):
        if row["kind"] not in AMOUNTS or row.get("relation"):
            continue
        start = spans[row["sentence"]][0]
        # cheap gate first: the figure follows "to" (a few qualifier words at most)
        moved = "to " in text[max(start, row["start"] - 22):row["start"]] \
            and _MOVED_TO.search(text, max(start, row["start"] - 80), row["start"])
        if moved and _LEVEL_AFTER.match(text, row["end"]):
            continue   # "climbed to 12 up": a move, not the level it reached
        if moved:
            point = moved.start("anaphor")
            old = _antecedent(rows, k, row, point, spans)
            if old is not None:
                row.update(relation="increase" if moved.group("up") else "decrease", right=old["claim"])
            continue
        if row["kind"] == "percent" and row["start"] - start < 40 and _OPENS.match(text[start:row["start"]]):
            cue = _CHANGE_NOUN.match(text, row["end"])
            if not cue:
                continue
            base = next((r for r in rows[k + 1:] if r["sentence"] == row["sentence"] and r["kind"] in AMOUNTS
                         and r["start"] <= cue.end() + 30), None)
            new = _antecedent(rows, k, base, start, spans) if base is not None else None
            if new is not None:
                row.update(relation="increase" if cue.group("up") else "decrease", left=new["claim"], right=base["claim"])


def _antecedent(rows: list[dict], k: int, like: dict, before: int, spans) -> dict | None:
    """The last figure of `like`'s sort that ends before `before`, in like's sentence or the one before."""
    for r in reversed(rows[:k]):
        if r["sentence"] < like["sentence"] - 1:
            return None
        if r["end"] <= before and r is not like and _fits(r, like) and not r.get("relation") \
                and not r.get("direction"):   # a level, not a move ("down 100")
            return r
    return None
