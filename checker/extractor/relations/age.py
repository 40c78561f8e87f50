"""Ages against birth dates across an article: "Stevens ... died yesterday at the age of 99" and, three
paragraphs on, "Stevens was born in 1920". An age is tied (`elapsed`, from the birth date `left` to the
nearest date of its own sentence `right`, or to publication when the sentence is about now or a death) to a birth date whose sentence names the same
person; an age said of "he" or "she" with no name, or the article's first age, to the article's only
birth date. Within one
sentence ("Marsh, 27, born in 1997") the sentence-level reading already ties them."""
from __future__ import annotations

import re

from ...lang import alt
from ...lang.ages import BIRTH_CUES, NOW_CUES
from .. import lexicon

_BORN = re.compile(rf"\b(?:{alt(BIRTH_CUES)})\s+(?:[^.;:!?\d]{{0,60}}?\b(?:in|on)\s+)?$", re.IGNORECASE)
_NOW = re.compile(rf"\b(?:{alt(NOW_CUES)})\b", re.IGNORECASE)
_THEN = re.compile(r"\b(?:when|while|as|after|before|until|by\s+the\s+time)\s+(?:he|she|[A-Z][\w'’-]+)\s+"
                   r"(?:was|were|turned)\s+$", re.IGNORECASE)
_WAS = re.compile(r"(?:\b(?:he|she)|[A-Z][\w'’-]+,?)\s+was\s+$", re.IGNORECASE)   # "He was 95." (at death)
REACH = 300
_NAME = re.compile(r"\b[A-Z][a-z][\w'’-]+")


def _names(text: str) -> set[str]:
    """Capitalised words that are no common English word: the people a sentence names."""
    return {w for w in _NAME.findall(text) if not lexicon.parts(w.lower())}


def find_in_document(text: str, rows: list[dict], spans) -> None:
    if not spans:
        return
    births = [r for r in rows if r["kind"] == "date" and r.get("date") and r.get("grain") in ("year", "month", "day")
              and _BORN.search(text, max(0, r["start"] - 80), r["start"])]
    if not births:
        return
    named = [(b, _names(text[slice(*spans[b["sentence"]])])) for b in births]
    first_age = True
    for row in rows:
        if row["kind"] != "duration" or row.get("noun") != "age" or row.get("relation"):
            continue
        subject, first_age = first_age, False   # an obituary gives its subject's age first
        s, e = spans[row["sentence"]]   # the sentence, within reach of the age (a "sentence" may be a table)
        sentence = text[max(s, row["start"] - REACH):min(e, row["end"] + REACH)]
        names = _names(sentence)
        birth = next((b for b, people in named if b["sentence"] != row["sentence"] and names & people), None)
        if birth is None and (not names or subject) and len(births) == 1 and births[0]["sentence"] != row["sentence"]:
            birth = births[0]
        if birth is None:
            continue
        dated = [r for r in rows if r["sentence"] == row["sentence"] and r["kind"] == "date" and r.get("date")
                 and r is not birth]
        event = min(dated, key=lambda r: abs(r["start"] - row["start"])) if dated else None
        before = text[max(0, row["start"] - 40):row["start"]]
        if _THEN.search(before) or event is None and not (_NOW.search(sentence) or _WAS.search(before)):
            continue   # "when she was ten", "at the age of ten, she ...": an age at another, undated time
        row.update(relation="elapsed", left=birth["claim"], right=event["claim"] if event else None)
