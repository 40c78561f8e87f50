"""Sentence spans: breaks at . ! ? before a capital, digit or quote, and at line breaks.

Abbreviations ("Oct.", "U.S.", "Mr.") and initials do not end a sentence.
"""
from __future__ import annotations

import re

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "no", "nos", "vs", "inc", "corp", "co", "ltd", "gen", "col", "lt",
    "sgt", "gov", "sen", "rep", "jr", "sr", "mt", "ft", "approx", "est", "fig", "vol", "ave",
    "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "dept", "univ", "assn", "bros", "e.g",
    "i.e", "etc", "a.m", "p.m",
}
# A run of . ! ? with closing quotes or brackets before a capital or a digit, or a run of line breaks.
# One character class comes first so that the engine can skip to those characters (four times
# faster than a pattern opening with a repeat).
_BREAK = re.compile(r"[.!?\n](?:(?<=\n)\n*|(?<=[.!?])[.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9]))")
_LAST_WORD = re.compile(r"([\w.]+)$")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")


def split(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in _BREAK.finditer(text):
        if m.group().startswith("."):
            word = _LAST_WORD.search(text[max(0, m.start() - 12):m.start()])
            w = word.group(1).lower() if word else ""
            if w in ABBREVIATIONS or _INITIALS.fullmatch(w):
                continue
        end = m.end()
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans
