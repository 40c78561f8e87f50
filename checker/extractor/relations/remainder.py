"""A whole split into parts that the text closes with "the remaining", "the other", "the last": "the
state's 41 pledged delegates: Buttigieg secured the most, at 14, followed by Sanders, with 12. Warren
earned 8 delegates, Biden earned 6, and Klobuchar earned the remaining 1"; "39 of the state's 40
delegates. Weld secured the remaining 1". The closing word says the parts are all of the whole, so
the counts from the whole to it (same kind and noun, in the same or the next few sentences) become its
parts, `of-which`: they must add up to it."""
from __future__ import annotations

import re

from ...lang import alt
from ...lang.parts import REMAINDER
from .common import PARAGRAPH_BREAK, fits

_CLOSES = re.compile(rf"\b(?:{alt(REMAINDER)})\s+$", re.IGNORECASE)
SENTENCES_BACK = 3
MAX_BACK = 500     # rows looked back at, at most: a "sentence" may be a table of thousands


_NUMBER = re.compile(r"(?<![\w.,])\d[\d,.]*")


def _unread_number(text: str, start: int, end: int, rows: list[dict]) -> bool:
    spans = [(r["start"], r["end"]) for r in rows if r["end"] > start and r["start"] < end]
    return any(not any(s <= m.start() < e for s, e in spans) for m in _NUMBER.finditer(text, start, end))


def find_in_document(text: str, rows: list[dict], spans) -> None:
    for k, last in enumerate(rows):
        if last["kind"] != "count" or last.get("relation") or last.get("value") is None \
                or not _CLOSES.search(text, max(0, last["start"] - 25), last["start"]):
            continue
        # Parts are shared out within one paragraph.
        window = [r for r in rows[max(0, k - MAX_BACK):k] if last["sentence"] - SENTENCES_BACK <= r["sentence"]
                  and not PARAGRAPH_BREAK.search(text, r["end"], last["start"])]
        # A bounded count ("at least 1,991 delegates are needed") is no whole being shared out.
        wholes = [i for i, r in enumerate(window) if fits(r, last) and not r.get("relation") and not r.get("qualifier")
                  and (r.get("whole") is None) and (r.get("value") or 0) > last["value"]]
        if not wholes:
            continue
        w = max(wholes, key=lambda i: window[i]["value"])   # the whole is larger than any of its parts
        whole = window[w]
        between = window[w + 1:]
        before = [r for r in window[:w] if r.get("whole") == whole["claim"]]   # "39 of the state's 40"
        parts = before + [r for r in between if fits(r, whole) and not r.get("relation") and r.get("value") is not None
                          and r["value"] < whole["value"] and r.get("whole") in (None, whole["claim"])
                          and not r.get("qualifier")]
        # Every amount of that kind between the whole and the closing word must be a part, and every
        # number there must have been read ("Lind 12" in a list of names is not): else the sum is partial.
        if not parts or any(r["kind"] == whole["kind"] and r not in parts and not r.get("qualifier") for r in between) \
                or _unread_number(text, whole["end"], last["start"], rows):
            continue
        for r in (*parts, last):
            r.update(whole=whole["claim"], link="of-which", group=parts[0]["claim"])
