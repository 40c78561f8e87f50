"""An anniversary and the event it marks: "commemorating the 30th anniversary of the first shuttle
launch" ... "On April 12, 1981, Space Shuttle Columbia lifted off ..., the first space shuttle
mission". The ordinal counts whole years from the event's date to the publication date; the event's
date is the one date of another sentence that names the event (two thirds of the event's content
words, and at least two, in that sentence). The ordinal gets relation `elapsed` (unit year), its
`left` that date, as "twelve years ago" does. Names alone do not identify the event (a common word
must be shared). One date in the anniversary's own sentence, later than the event's, is the day the
anniversary falls on ("commemorating the 30th anniversary of the first launch on April 12, 2011");
with more ("the 2007 start coincided with the 20th anniversary of his death in 1987") it is left
alone."""
from __future__ import annotations

import re

from ...lang.languages import ENGLISH_FUNCTION_WORDS
from .. import lexicon

_OF_EVENT = re.compile(r"\s+anniversa\w*\s+of\s+(?P<event>[^.;:!?,()]{3,80}?)(?=\s+(?:on|in|when|which|that|who|"
                       r"at|coincided|was|is|will|and)\b|[.;:!?,()]|$)", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")
_YEAR = re.compile(r"\b\d{4}\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
MIN_SHARE = 2 / 3
MIN_WORDS = 2


def _lemmas(words, common_only: bool = False) -> set[str]:
    out = set()
    for w in words:
        w = _POSSESSIVE.sub("", w)
        if w.lower() in ENGLISH_FUNCTION_WORDS or (common_only and w[0].isupper()):
            continue
        out.add(min(lexicon.lemmas(w), key=lambda lemma: (len(lemma), lemma)))
    return out


def find_in_document(text: str, rows: list[dict], spans) -> None:
    if not spans or not any(r["kind"] == "ordinal" for r in rows):
        return
    dated: dict[int, list[dict]] = {}
    for r in rows:
        # A date with its year written out ("On April 12, 1981"): "today" dates no past event.
        if r["kind"] == "date" and isinstance(r.get("date"), str) and r.get("grain") in ("day", "month", "year") \
                and _YEAR.search(r["text"]):
            dated.setdefault(r["sentence"], []).append(r)
    for row in rows:
        if row["kind"] != "ordinal" or row.get("relation") or not (1 <= (row.get("value") or 0) <= 500):
            continue
        m = _OF_EVENT.match(text, row["end"])
        if not m:
            continue
        words = _WORD.findall(m.group("event"))
        # The event is a noun phrase: it ends before a verb ("the bridge's opening drew crowds").
        verb = next((k for k, w in enumerate(words) if k and lexicon.only_verb_or_adverb(w)), len(words))
        event, common = _lemmas(words[:verb]), _lemmas(words[:verb], common_only=True)
        own = dated.get(row["sentence"], [])
        if len(event) < MIN_WORDS or not common or len(own) > 1:
            continue
        best, best_shared = None, 0
        for sentence, dates in dated.items():
            if sentence == row["sentence"] or len(dates) != 1:
                continue
            words_there = _lemmas(_WORD.findall(text, *spans[sentence]))
            shared = len(event & words_there)
            # Names say who took part, not which event: a common word must be shared too.
            if shared >= max(MIN_WORDS, MIN_SHARE * len(event)) and common & words_there and shared > best_shared:
                best, best_shared = dates[0], shared
        if best is None:
            continue
        # A date in the anniversary's own sentence, later than the event, is the day it falls on.
        right = own[0] if own and own[0]["date"][:4] > best["date"][:4] else None
        if own and right is None:
            continue
        row.update(relation="elapsed", left=best["claim"], right=right["claim"] if right else None, unit="year")
