"""Which way a figure moves: "rose 0.3%", "shares were up 3.7 per cent", "a 3 percent drop", "+0.8%".

A figure stated as the size of a rise or a fall gets `direction` up or down. Only the words right
next to it count, so "rose 45% in 2021 to 2.8 million" marks the 45%, not the level reached.
"""
from __future__ import annotations

import re

from .windows import lowered_document

_UP = r"up|rose|rise|rises|risen|rising|increased?|increases|increasing|climbed|climbs?|climbing|jumped|jumps?|" \
      r"jumping|gained|gains?|gaining|grew|grows?|grown|growing|surged?|surges|surging|soared|soars?|soaring|" \
      r"advanced|advances?|advancing|added|rallied|rall(?:y|ies)|spiked|rebounded|widened|" \
      r"higher|raised|boosted|expanded|accelerated|leapt|leaped|hiked|inched\s+up|edged\s+up|ticked\s+up|" \
      r"trending\s+up|went\s+up|moved\s+up|shot\s+up"
_DOWN = r"down|fell|falls?|fallen|falling|decreased?|decreases|decreasing|declined?|declines|declining|dropped|" \
        r"drops?|dropping|slipped|slips?|slid|slides?|sliding|plunged|plunges?|plunging|plummeted|plummets?|" \
        r"plummeting|tumbled|tumbles?|tumbling|sank|sinks?|sunk|shrank|shrinks?|shrunk|shed|sheds|lost|loses?|" \
        r"losing|lower|lowered|cut|cuts|reduced|slumped|slumps?|eased|eases?|dipped|dips?|retreated|narrowed|" \
        r"contracted|skidded|slowed|edged\s+down|inched\s+down|ticked\s+down|went\s+down|moved\s+down"
CHANGE_VERB = re.compile(rf"\b(?:{_UP}|{_DOWN})\b", re.IGNORECASE)
# The verb, then at most two words ("(12480.15 up 41.20 points)" reads the same way; "up to" is a bound,
# already part of the figure) such as "by", "a further", "nearly" (a hedge is part of the figure).
CHANGE_BEFORE = re.compile(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\s+(?:(?:by|a|an|another|further|just|only|"
                     rf"some|slightly|sharply|marginally|modestly|steeply|roughly|[a-z]+ly)\s+){{0,2}}$")
# A change named after the figure: "a 3 percent drop", "a 25 basis point improvement", "34.4% higher".
_AFTER = re.compile(r"\s*(?:(?P<up>rise|increase|gain|jump|improvement|growth|hike|surge|rally|higher)|(?P<down>drop|fall|decline|decrease|loss|cut|reduction|slump|plunge|slide|"
                    r"lower|contraction))\b")
# The same change in other terms, after the figure's noun: "points, or", "jobs or", "(".
_RESTATED = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s*(?:,?\s*or|\()\s*$")
# The verb left out in a list: "was down 1.4%, Globex by 0.9%".
_LISTED = re.compile(r"\s*,\s*(?:[A-Z][\w&.'’-]*\s+){1,3}by\s+$")
KINDS = {"percent", "money", "quantity", "count", "ratio", "duration"}
# "gave up 3 goals", "made up 35%", "racked up 30 points": "up" of a phrasal verb is no rise.
PHRASAL_UP = re.compile(r"\b(?:give|gave|given|gives|giving|rack|racked|racks|racking|pick|picked|picks|picking|"
                        r"make|made|makes|making|take|took|taken|takes|taking|set|sets|setting|sign|signed|"
                        r"signs|signing|show|showed|shows|showing|put|puts|putting|serve|served|serves|serving|"
                        r"cough|coughed|sum|summed|snap|snapped|scoop|scooped|use|used|uses|using|line|lined|"
                        r"look|looked|mop|mopped|tot|totted|chalk|chalked|clock|clocked)\s+$")


def mark_directions(text: str, rows: list[dict], spans) -> None:
    # The cue patterns are lower case and run on the lower-cased text: a case-sensitive search of a
    # long alternation runs several times faster than an IGNORECASE one. _LISTED reads capitals.
    lower = lowered_document(text)
    for row in rows:
        if row["kind"] not in KINDS or (row["kind"] == "count" and row.get("qualifier") in ("vague", "range")):
            continue
        sentence_start = spans[row["sentence"]][0] if spans else 0
        before = CHANGE_BEFORE.search(lower, max(sentence_start, row["start"] - 40), row["start"])
        if before and before.group("up") == "up" \
                and PHRASAL_UP.search(lower, max(sentence_start, before.start() - 12), before.start()):
            before = None
        after = _AFTER.match(lower, row["end"], min(len(text), row["end"] + 20)) if not before else None
        cue = before or after
        if cue:
            row["direction"] = "up" if cue.group("up") else "down"
        elif row["text"].lstrip("(")[:1] == "+":
            row["direction"] = "up"
        elif row["kind"] == "percent" and row["text"][:1] in "-\u2212":
            row["direction"] = "down"
    for a, b in zip(rows, rows[1:]):
        if a.get("direction") and not b.get("direction") and b["kind"] in KINDS and a["sentence"] == b["sentence"] \
                and (_RESTATED.match(lower, a["end"], b["start"]) or _LISTED.match(text, a["end"], b["start"])):
            b["direction"] = a["direction"]    # "shed 85 points, or 1.3%": one change, twice stated
