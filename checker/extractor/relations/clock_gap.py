"""A span between two clock times of one sentence: "left at 9:10 a.m. and landed at 11:40 a.m., two
and a half hours later"; "the last ballot was cast at 2:30 the next day, four hours after the polls
closed at 22:30"; "the results came at 9 p.m., 14 hours after voting began at 7 a.m."; "voting had
begun at 7 a.m., 14 hours before the results at 9 p.m.". The span (hours or minutes, followed by a
word of sequence) is recorded as a `clock-gap` relation from the earlier clock (`left`) to the later
(`right`); the rule compares it with the time between them, past midnight when the later reads
earlier on the clock."""
from __future__ import annotations

import re

from ...lang import alt
from ...lang.sequence import EARLIER, LATER
from .timezone import is_clock, zone

_CUE = re.compile(rf"\s*(?:(?P<later>{alt(LATER)})|(?P<earlier>{alt(EARLIER)}))\b", re.IGNORECASE)
# The span stands in apposition to the clock just before it ("at 11:40 a.m., two and a half hours
# later"): in "at 10 a.m. he fled, and three hours later he was caught" it starts a new moment.
_APPOSITION = re.compile(r"\s*(?:local\s+time|the\s+(?:next|following)\s+(?:day|morning)|on\s+\w+day)?\s*,?\s*"
                         r"(?:(?:just|only|some|about|around|nearly|almost|roughly|more\s+than|less\s+than)\s+)?",
                         re.IGNORECASE)
# The clock a cue introduces ("14 hours after voting began at 7 a.m."): in the same clause.
_SAME_CLAUSE = re.compile(r"[^;:.!?()]{0,80}")
_UNITS = {"hour", "minute"}


def find(text: str, sent: list[dict], rows: list[dict], sentence: tuple[int, int]) -> None:
    # a sentence restating a time in another zone is the timezone family's
    clocks = [r for r in sent if is_clock(r)]
    if len(clocks) != 2 or len({zone(c) for c in clocks}) != 1 or any(r.get("relation") == "timezone" for r in sent):
        return
    for row in sent:
        if row["kind"] != "duration" or row.get("unit") not in _UNITS or row.get("relation"):
            continue
        cue = _CUE.match(text, row["end"])
        if not cue:
            continue
        before = [c for c in clocks if c["end"] <= row["start"]]
        if not before or not _APPOSITION.fullmatch(text, before[-1]["end"], row["start"]):
            continue
        after = [c for c in clocks if c["start"] >= cue.end()
                 and _SAME_CLAUSE.fullmatch(text, cue.end(), c["start"])]
        later = cue.group("later") is not None
        if len(before) == 2:
            start, end = before if later else before[::-1]   # "... at T1 ... at T2, N hours later"
        elif len(before) == 1 and len(after) == 1:
            start, end = (after[0], before[0]) if later else (before[0], after[0])   # "at T2, N hours after ... T1"
        else:
            continue
        row.update(relation="clock-gap", left=start["claim"], right=end["claim"])
        return
