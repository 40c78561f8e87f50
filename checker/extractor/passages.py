"""Passages not in English, and the numerals in them.

News quotes tweets, speeches and documents in their own language beside an English translation
("Rescatar Bankia: 7.000 millones de euros" / "Bailing out Bankia: 7 billion euros"). Read as English,
such a passage gives false claims ("1,2 millones" is not 2 of anything). So a paragraph written in
another script, or one whose words are mostly another language's function words, is kept from the
English readers; its numerals are claims of their own (`foreign`), read as written: no unit, no
scale word, a separator followed by groups of exactly three digits a thousands separator ("7.000",
"14,000"), any other the decimal mark ("1,2", "35.7").
"""
from __future__ import annotations

import re
import unicodedata

from ..lang.languages import ENGLISH_FUNCTION_WORDS, FUNCTION_WORDS, OTHER_SCRIPTS
from .relations.common import PARAGRAPH_BREAK

_WORD = re.compile(r"[^\W\d_]+")
_NON_ASCII_LETTER = re.compile(r"[^\x00-\x7f]")
_LETTER = re.compile(r"[^\W\d_]")
# A numeral: digits with "." "," or a no-break space between groups, or groups of three set apart by
# spaces ("1 200"); none glued to a Latin letter ("@user78", "M5T") on either side.
NUMERAL = re.compile(r"(?<![A-Za-z\d.,])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![.,]?\d)|\d+(?:[.,\u00a0\u202f]\d+)*)"
                     r"(?![A-Za-z\d])")
_SEPARATOR = re.compile(r"[.,\u00a0\u202f ]")
_PERCENT = re.compile(r"\s?[%％]")
MIN_FUNCTION_WORDS = 3
_ALL_FUNCTION_WORDS = frozenset().union(*FUNCTION_WORDS.values())


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: text between blank lines, without the surrounding white space."""
    out, start = [], 0
    for m in (*PARAGRAPH_BREAK.finditer(text), None):
        end = m.start() if m else len(text)
        chunk = text[start:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append((start + lead, start + len(chunk.rstrip())))
        if m:
            start = m.end()
    return out


def in_other_script(passage: str) -> bool:
    """Most letters from a script English is not written in (Han, Arabic, Cyrillic ...)."""
    other = sum(1 for c in _NON_ASCII_LETTER.findall(passage)
                if c.isalpha() and unicodedata.name(c, "").split(" ", 1)[0] in OTHER_SCRIPTS)
    return other > 0 and other * 2 > len(_LETTER.findall(passage))


def in_other_language(passage: str) -> bool:
    if not passage.isascii() and in_other_script(passage):
        return True
    words = _WORD.findall(passage.lower())
    english = sum(map(ENGLISH_FUNCTION_WORDS.__contains__, words))

    def foreign(n: int) -> bool:
        return n >= MIN_FUNCTION_WORDS and n > 2 * english

    # Cheap tests first: all other languages' words together, then each language's; names last.
    if not foreign(sum(map(_ALL_FUNCTION_WORDS.__contains__, words))):
        return False
    counts = [sum(map(vocabulary.__contains__, words)) for vocabulary in FUNCTION_WORDS.values()]
    if not foreign(max(counts)):
        return False
    found = _WORD.findall(passage)
    inside = [w for k, w in enumerate(words) if _in_name(found, words, k)]
    return foreign(max(n - sum(map(vocabulary.__contains__, inside))
                       for n, vocabulary in zip(counts, FUNCTION_WORDS.values())))


def _in_name(found: list[str], words: list[str], k: int) -> bool:
    """A function word between capitalised words, past any other function words, is part of a name:
    "Caisse Nationale du Batiment et des Travaux Publics"."""
    def capitalised(step: int) -> bool:
        j = k + step
        while 0 <= j < len(words) and words[j] in _ALL_FUNCTION_WORDS:
            j += step
        return 0 <= j < len(words) and found[j][0].isupper()

    return words[k] in _ALL_FUNCTION_WORDS and capitalised(-1) and capitalised(1)


def foreign_passages(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs (`spans`, from `paragraphs`) in another language."""
    return [(s, e) for s, e in spans if in_other_language(text[s:e])]


def numeral_value(numeral: str) -> float | None:
    """A numeral's value by the reading above; None where the separators allow no one reading."""
    digits = "".join(str(unicodedata.decimal(c)) if c.isdigit() else c for c in numeral)
    groups = _SEPARATOR.split(digits)
    seps = _SEPARATOR.findall(digits)
    if not seps:
        return float(digits)
    if all(len(g) == 3 for g in groups[1:]) and len(set(seps)) == 1:
        return float("".join(groups))
    *whole, fraction = groups
    if len(set(seps[:-1])) <= 1 and seps[-1] not in seps[:-1] and all(len(g) == 3 for g in whole[1:]):
        return float(f"{''.join(whole)}.{fraction}")
    return None


def foreign_rows(text: str, passages: list[tuple[int, int]], skip=()) -> list[dict]:
    """One claim per numeral of each passage (a percent where a % sign follows)."""
    rows = []
    for s, e in passages:
        for m in NUMERAL.finditer(text, s, e):
            if any(a <= m.start() < b for a, b in skip):
                continue
            value = numeral_value(m.group())
            if value is None:
                continue
            percent = _PERCENT.match(text, m.end())
            rows.append({"start": m.start(), "end": percent.end() if percent else m.end(),
                         "kind": "percent" if percent else "count", "value": value, "low": value,
                         "high": value, "unit": "percent" if percent else None, "foreign": True})
    return rows
