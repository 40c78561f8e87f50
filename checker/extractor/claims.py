"""Assemble the claim rows of one document: dates first, then figures, then what links them."""
from __future__ import annotations

import bisect
import re

from ..documents import Document
from ..lang.people import KINDS_OF_PEOPLE, PEOPLE
from . import lexicon, nouns, passages, temporal
from .directions import mark_directions
from .figures import find_figures, rate_at
from .ranges import join_ranges, share_units, suspended_hyphens
from .relations import find_after_directions, find_relations, restated, translation

PLACED = {"count", "ordinal", "money", "quantity", "percent"}
# Words that open a sentence about the parts of the previous sentence's total.
PARTS_OPENER = re.compile(r"\s*[\"“]?Of\s+(?:those|these|them|the\s+total|this\s+total|whom|which)\b")
# "Of the 40 delegates, Trump secured 39"; "Among the 54 signatories, only 27 ..."; "Out of 190 people
# on board, 18 died": an opener that names its whole; the parts follow its comma.
WHOLE_OPENER = re.compile(r"\s*[\"“]?(?:Of|Among(?:st)?|Out\s+of)\s+(?:(?:the|its|their|his|her|our|these|those|all|"
                          r"[A-Z][\w.&-]*(?:'s|’s)|the\s+\w+(?:'s|’s))\s+)?(?=[\d$€£¥])")
# Cues that the parts that follow make up the whole (their sum is the whole); not "units, each consisting
# of one share and one warrant", which describes one of them.
OF_WHICH = re.compile(r"^(?:\s*,\s*(?:of\s+which|of\s+whom)\b|[^.;]{0,40}?(?<!\beach\s)(?<!\bper\s)\b(?:comprising|comprised\s+of|made\s+up\s+of|"
                      r"consisting\s+of|split\s+(?:between|among|into)|divided\s+(?:between|among|into)|"
                      r"broken\s+down\s+(?:as|into))\b)[^.;,]{0,40}$", re.IGNORECASE)
INCLUDING = re.compile(r"^[^.;]{0,40}?\b(?:including|among\s+them|among\s+whom)\b[^.;,]{0,30}$",
                       re.IGNORECASE)
# "41 people, 29 in Velmar and 12 in villages": a total, then its parts by place, in apposition.
APPOSED_PARTS = re.compile(r"^(?:\s+[\w'’-]+){0,4}\s*,\s*$")
LOCATIVE = re.compile(r"\s+(?:in|at|from|across|on)\s+", re.IGNORECASE)
REST = re.compile(r"\b(?:the\s+rest|others?|remaining|remainder|elsewhere)\b", re.IGNORECASE)
# "14 of the 31", "39 of the state's 40": the determiner may be a possessive
OF_THE = re.compile(r"^\s+of\s+(?:the|its|their|his|her|our|all)\s+(?P<owner>[\w.-]+['’]s?\s+)?$", re.IGNORECASE)
# Between two listed parts: a short stretch ending in "and" or a comma, with no "-ing" clause ("killed
# 5, injuring 3"; an "-ing" word inside a part's noun phrase, "two worshiping areas", is no clause).
ENUM_GAP = re.compile(r"^(?![^.;:]*(?:,|\band|\bor)\s+\w+ing\b)[^.;:]{0,60}(?:,|\band|\bor)\s*$")


class Spans:
    """Character positions already claimed by an earlier, more specific reading."""

    def __init__(self, size: int, skip=()):
        self.mask = bytearray(size)
        for s, e in skip:
            self.mark(s, e)

    def __call__(self, start: int, end: int) -> bool:
        return any(self.mask[start:end])

    def mark(self, start: int, end: int) -> None:
        self.mask[start:end] = b"\x01" * (end - start)


def extract_rows(doc: Document) -> list[dict]:
    text = doc.text
    spans = doc.sentences
    starts = [s for s, _ in spans]

    def sentence_of(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    tenses: dict[int, str] = {}

    def clause_tense(offset: int) -> str | None:
        if offset not in tenses:
            s, e = spans[sentence_of(offset)] if spans else (0, len(text))
            # A window around the date: its clause is local, and a "sentence" of a megabyte (a
            # list with no full stops) would make every date rescan all of it.
            s, e = max(s, offset - TENSE_WINDOW), min(e, offset + TENSE_WINDOW)
            tenses[offset] = temporal.tense(text[s:e], offset - s)
        return tenses[offset]

    paragraphs = passages.paragraphs(text)
    foreign = passages.foreign_passages(text, paragraphs)
    taken = Spans(len(text), (*doc.skip, *foreign))
    rows = temporal.find_dates(text, clause_tense, doc.published, taken)
    rows += find_figures(text, taken)
    rows.sort(key=lambda r: r["start"])
    suspended_hyphens(text, rows)
    rows = _without_names_in_phrases(text, join_ranges(text, rows))
    share_units(text, rows)
    temporal.finish(text, rows, sentence_of, doc.published)
    for i, row in enumerate(rows):
        row["claim"] = f"c{i + 1}"
        row["sentence"] = sentence_of(row["start"])
        row["text"] = text[row["start"]:row["end"]]
    _nouns(text, rows)
    _links(text, rows, spans)
    _fill_ellipsis(rows)
    find_relations(text, rows, spans)
    mark_directions(text, rows, spans)
    find_after_directions(text, rows, spans)
    _places(text, rows, spans)
    restated.find_in_document(text, rows, spans)    # last: it leaves alone what other relations took
    if foreign:
        rows = _with_foreign(text, rows, passages.foreign_rows(text, foreign, doc.skip), sentence_of)
        translation.find_in_document(text, rows, paragraphs, foreign)
    return rows


_IDS = ("whole", "group", "left", "right")


def _with_foreign(text: str, rows: list[dict], foreign: list[dict], sentence_of) -> list[dict]:
    """The English readings and the numerals of other-language passages in one list in text order,
    claim ids renumbered (and every reference to them)."""
    merged = sorted((*rows, *foreign), key=lambda r: r["start"])
    renamed = {r["claim"]: f"c{i + 1}" for i, r in enumerate(merged) if "claim" in r}
    for i, row in enumerate(merged):
        row["claim"] = f"c{i + 1}"
        row.setdefault("sentence", sentence_of(row["start"]))
        row.setdefault("text", text[row["start"]:row["end"]])
        for key in _IDS:
            if isinstance(row.get(key), str):
                row[key] = renamed[row[key]]
    return merged


_PLAIN_GAP = re.compile(r"[ A-Za-z-]{1,30}")


def _modifiers_only(gap: str) -> bool:
    """Only adjectives between two numbers: "two new 737 Max jets" (not "one of 4", "lasts 33")."""
    words = gap.split()
    return bool(words) and bool(_PLAIN_GAP.fullmatch(gap)) and all("ADJ" in lexicon.parts(w) for w in words)


def _without_names_in_phrases(text: str, rows: list[dict]) -> list[dict]:
    """Drops a bare number inside the noun phrase of the count before it: "two new 737 Max jets"
    counts jets; 737 is part of their name."""
    out: list[dict] = []
    for row in rows:
        prev = out[-1] if out else None
        if prev is not None and prev["kind"] == row["kind"] == "count" and prev.get("noun_at") is not None \
                and row.get("unit") is None and not row.get("qualifier") and text[row["start"]].isdigit() \
                and prev["noun_at"] <= row["start"] and _modifiers_only(text[prev["end"]:row["start"]]) \
                and nouns.head_noun(text, prev["noun_at"])[3] > row["end"]:
            continue
        out.append(row)
    return out


def _nouns(text: str, rows: list[dict]) -> None:
    for i, row in enumerate(rows):
        at = row.pop("noun_at", None)
        if at is None:
            if row.get("unit") in ("percent", "fraction"):     # a share: of what group
                row["noun"], row["phrase"] = nouns.share_of(text, row["end"], row["unit"] == "fraction")
            continue
        value = row.get("value")
        noun, how, phrase, end = nouns.head_noun(text, at, isinstance(value, float) and value > 1)
        before = nouns.noun_before(text, row["start"])
        row["noun"] = before or noun
        row["phrase"] = before or nouns.with_rank(text, row["start"], phrase)
        row["per"] = row.get("per") or rate_at(text, end)     # "78,000 times a minute"
        if how == "pronoun":
            whole = _previous(rows, i, lambda r: r["kind"] in ("count", "money", "quantity"))
            if whole is not None:
                row.update(whole=whole["claim"], link="partitive", noun=whole.get("noun"),
                           phrase=whole.get("phrase"))


TENSE_WINDOW = 400
LOOKBACK = 8  # figures to look back for an antecedent; unbounded, a table-like line is quadratic


def _previous(rows, i, pred, same_sentence_only=False):
    for j in range(i - 1, max(-1, i - 1 - LOOKBACK), -1):
        if same_sentence_only and rows[j]["sentence"] != rows[i]["sentence"]:
            return None
        if rows[i]["sentence"] - rows[j]["sentence"] > 1:
            return None
        if pred(rows[j]):
            return rows[j]
    return None


def _links(text: str, rows: list[dict], spans) -> None:
    """Parts and wholes: "14 of the 31 goals", "X, of which A and B", "Of those, A and B"."""
    for i, row in enumerate(rows):
        if row["kind"] not in ("count", "money", "quantity") or row.get("whole"):
            continue
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        gap = text[row["end"]:nxt["start"]] if nxt and nxt["sentence"] == row["sentence"] else ""
        of_next = bool(gap) and OF_THE.match(gap)
        if of_next and row["kind"] == "count" and nxt["kind"] in ("money", "quantity") and row.get("noun") is None \
                and row.get("unit") is None and isinstance(row["value"], float) and isinstance(nxt["value"], float) \
                and row["value"] < nxt["value"]:
            row.update(kind=nxt["kind"], unit=nxt["unit"])     # "40 million of the 200 million rupees"
        if of_next and nxt["kind"] == row["kind"]:
            noun = nxt.get("noun") if of_next.group("owner") else row.get("noun") or nxt.get("noun")
            row.update(whole=nxt["claim"], link="partitive", noun=noun)
            continue
        link = None
        if OF_WHICH.match(gap):
            link = "of-which"
        elif INCLUDING.match(gap):
            link = "including"
        elif gap and row["kind"] == nxt["kind"] == "count" and row.get("noun") and nxt.get("noun") is None \
                and APPOSED_PARTS.match(gap) and LOCATIVE.match(text, nxt["end"]):
            # Counts only, the parts elliptical ("29 in Velmar"): a list of amounts each with its
            # own noun ("17 dlrs cash, four dlrs in stock") is not a total and its parts.
            end = spans[row["sentence"]][1] if spans else len(text)
            link = "including" if REST.search(text, nxt["end"], end) else "of-which"
        elif gap and row["kind"] == nxt["kind"] == "count" and row.get("noun") in PEOPLE \
                and nxt.get("noun") in KINDS_OF_PEOPLE and nxt.get("noun") != row.get("noun") and APPOSED_PARTS.match(gap):
            link = "of-which"     # "20 bodies had been recovered, eleven women and nine men"
        if link and row["kind"] in ("money", "quantity"):
            _share_unit(rows, i + 1, row)
        if link:
            _mark_parts(text, rows, i + 1, row, link)
    for i, (start, end) in enumerate(spans):
        opener = PARTS_OPENER.match(text, start) or WHOLE_OPENER.match(text, start)
        if not opener:
            continue
        comma = text.find(",", opener.end(), end)
        in_sentence = [k for k, r in enumerate(rows) if r["sentence"] == i
                       and r["kind"] in ("count", "money", "quantity")]
        # "Of the total of 66.7 mln dlrs, 50 mln ... and 16.7 mln": the whole is in the opener.
        inside = [k for k in in_sentence if comma >= 0 and rows[k]["start"] < comma]
        parts = [k for k in in_sentence if k not in inside]
        if not parts or rows[parts[0]].get("whole"):
            continue
        kind = rows[parts[0]]["kind"]
        if inside:
            whole = rows[inside[-1]] if rows[inside[-1]]["kind"] == kind else None
        elif opener.re is WHOLE_OPENER:
            whole = None   # its whole was to be in the opener
        else:
            whole = next((r for r in reversed(rows[:parts[0]]) if r["sentence"] == i - 1
                          and r["kind"] == kind), None)
        if whole is not None:
            _mark_parts(text, rows, parts[0], whole, "of-those")


_SCALED = re.compile(r"(?i)\b(?:thousand|million|billion|trillion|mln|bln|bn|m)\b")


def _share_unit(rows: list[dict], first: int, whole: dict) -> None:
    """ "310 million euros, of which 190 million go to homes and 120 million to roads": bare parts of a
    measured whole are in its unit (after a scaled part, a word that may be a verb, "go", is no counted
    noun)."""
    k = first
    while k < len(rows) and rows[k]["sentence"] == whole["sentence"] and rows[k]["kind"] == "count" \
            and not rows[k].get("unit") and (rows[k].get("noun") is None or _SCALED.search(rows[k]["text"])
                                             and "VERB" in lexicon.parts(rows[k]["noun"])):
        rows[k].update(kind=whole["kind"], unit=whole["unit"], noun=whole.get("noun"), phrase=None)
        k += 1


def _mark_parts(text: str, rows: list[dict], first: int, whole: dict, link: str) -> None:
    """The enumeration that starts at rows[first]: same kind and unit as the whole, same sentence,
    short gaps, and no other counted noun."""
    sentence = rows[first]["sentence"]

    # After a cue that says so ("143 buildings including 70 schools, 40 houses ..."), parts may name
    # kinds of the whole's noun; otherwise a part with another noun ends the list.
    subtypes = link in ("including", "of-which") and rows[first].get("noun") not in (None, whole.get("noun"))

    def fits(r: dict) -> bool:
        return (r["kind"] == whole["kind"] and r.get("unit") == whole.get("unit")
                and r["sentence"] == sentence and not r.get("relation")
                and (subtypes or r.get("noun") is None or whole.get("noun") is None or r["noun"] == whole["noun"]))

    k = first
    while k < len(rows) and fits(rows[k]):
        if k > first and not ENUM_GAP.match(text[rows[k - 1]["end"]:rows[k]["start"]]):
            break
        rows[k].update(whole=whole["claim"], link=link, group=rows[first]["claim"])
        k += 1


def _fill_ellipsis(rows: list[dict]) -> None:
    """ "900 troops in Syria and 2,500 in Iraq": the second figure counts troops too."""
    by_id = {r["claim"]: r for r in rows}
    for i, row in enumerate(rows):
        if row["kind"] != "count" or row.get("noun"):
            continue
        source = by_id[row["whole"]] if row.get("whole") else None
        if source is None or not source.get("noun"):
            source = _previous(rows, i, lambda r: r["kind"] == "count" and r.get("noun"), same_sentence_only=True)
        if source is not None:
            row.update(noun=source["noun"], phrase=source.get("phrase"))


_CLAUSE_END = re.compile(r"[;:,()\"“”]|\s[-–—]\s")


def _places(text: str, rows: list[dict], spans) -> None:
    for i, row in enumerate(rows):
        if row["kind"] not in PLACED:
            row.setdefault("place", [])   # a relation may have placed it (a local clock time)
            continue
        row["place"] = []
        stop = spans[row["sentence"]][1] if spans else len(text)
        if i + 1 < len(rows):
            stop = min(stop, rows[i + 1]["start"])
        m = _CLAUSE_END.search(text, row["end"], stop)
        if m:
            stop = m.start()
        row["place"] = nouns.places_in(text, row["end"], stop)
