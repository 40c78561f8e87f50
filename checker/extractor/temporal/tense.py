"""The tense of the clause around a date, which decides which way an unanchored date resolves."""
from __future__ import annotations

import re

FUTURE_RE = re.compile(
    r"\b(?:will|shall|won['’]t|would|could|might|should|(?:is|are|was|were)\s+(?:expected|scheduled|"
    r"due|set|planned|going|likely|poised)\s+(?:to|for|on)|plans?\s+to|planned\s+to|intends?\s+to|"
    r"scheduled|planned|aims?\s+to|hopes?\s+to|expects?|forecasts?|projected|predicted|upcoming|next|"
    r"to\s+be|may\s+(?:be|not|also)|must)\b|['’]ll\b",
    re.IGNORECASE)
PRESENT_RE = re.compile(r"\b(?:is|are|am|says|say|has|have)\b", re.IGNORECASE)
# Regular past forms, and the irregular ones news uses most.
PAST_RE = re.compile(r"\b(?:was|were|had|did|said|told|began|ended|announced|reported|\w+ed|rose|fell|grew|"
                     r"sank|lost|won|made|took|gave|came|went|saw|left|paid|sold|bought|held|kept|led|met|"
                     r"ran|spent|stood|struck|brought|became|broke|chose|drove|flew|fought|found|got|knew|"
                     r"shook|shot|spoke|stole|threw|wrote|hit|slid|shrank|swung|sought|sent|spoke|built|"
                     r"felt|heard|meant|thought|taught|caught|won|woke|ago|yesterday|last)\b", re.IGNORECASE)
# A bound or a schedule ("by", "until", "due", "from") looks forward whatever the verb's tense.
DEADLINE_BEFORE = re.compile(
    r"\b(?:by|through|thru|until|till|before|due|to|from|starting|effective|expires?|expiring|"
    r"matures?|maturing|ending|at|for|deadline|scheduled|planned)(?:\s+(?:on|in|the|of|midnight))?\s+$",
    re.IGNORECASE)
# A bound word before a date in a clause with no past verb looks forward: "to cut jobs by June".
BOUND_BEFORE = re.compile(r"\b(?:by|until|till|due|starting|effective|deadline)\s+(?:on\s+|in\s+|the\s+|"
                          r"early\s+|mid-?\s*|late\s+)?$", re.IGNORECASE)
# Verbs that report a statement say nothing of the tense of what it states.
REPORTING = re.compile(r"\b(?:said|told|announced|reported|stated|added|noted|warned|explained|wrote|"
                       r"confirmed|revealed|disclosed)\b", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[,;:\"“”()\u2014]|\s[-\u2013]\s|\bthat\b")


def tense(sentence: str, offset: int | None = None) -> str | None:
    """past, present or future: the tense of the verb that governs the text at `offset`.

    The clause's words before the date come first ("announced Friday that it will" is past), then
    those after it, then the whole sentence. None when nothing marks a tense (a caption, a list);
    dates there resolve to the nearest day.
    """
    if offset is not None:
        starts = [m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, offset)]
        start = starts[-1] if starts else 0
        end = CLAUSE_BREAK.search(sentence, offset)
        stop = end.start() if end else len(sentence)
        before, after = _tense_of(sentence[start:offset]), _tense_of(sentence[offset:stop])
        if BOUND_BEFORE.search(sentence, max(0, offset - 20), offset) and "past" not in (before, after) \
                and not PAST_RE.search(REPORTING.sub("", sentence[:offset])):
            return "future"
        found = before or after or _first_tense(sentence[offset:]) or _tense_of(sentence[:offset])
        if found:
            return found
    return _tense_of(sentence)


def _first_tense(text: str) -> str | None:
    """The tense of the first verb that marks one, reading on from a date."""
    found = [(m.start(), name) for name, regex in (("future", FUTURE_RE), ("past", PAST_RE),
                                                   ("present", PRESENT_RE))
             if (m := regex.search(text))]
    return min(found)[1] if found else None


def _tense_of(text: str) -> str | None:
    if FUTURE_RE.search(text):
        return "future"
    if PAST_RE.search(text):
        return "past"
    if PRESENT_RE.search(text):
        return "present"
    return None
