"""The claims frame's closed vocabularies: the values its categorical columns may hold.

One place, importing neither pandas nor pandera, so the schema (which checks the frame), the
selectors (which check rule files: `kind: cuont` is an error with a did-you-mean, not a selector
that quietly picks nothing), the JSON Schema of rule files, the rule kinds and editors' completion
all read the same lists.
"""
from __future__ import annotations

KINDS = ("count", "quantity", "money", "percent", "ratio", "date", "duration", "ordinal")
GRAINS = ("minute", "day", "weekday", "week", "weekend", "month", "quarter", "season", "half", "year",
          "fiscal-year", "decade")
TENSES = ("past", "present", "future")
DIRECTIONS = ("up", "down")
LINKS = ("partitive", "of-which", "of-those", "including", "tally", "breakdown")
RELATIONS = ("conversion", "difference", "increase", "decrease", "from-to", "multiple", "share", "elapsed",
             "timezone", "clock-gap", "index-move", "enumeration", "partial-enumeration", "rank", "after",
             "before", "translation", "restates", "same-day")

# Selector keys whose values must come from a vocabulary (`noun`, `unit`, `qualifier`, `weekday` are
# open: they hold words as the article writes them).
CLOSED = {"kind": KINDS, "grain": GRAINS, "tense": TENSES, "direction": DIRECTIONS, "link": LINKS,
          "relation": RELATIONS}
