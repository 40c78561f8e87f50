"""Numeric figures that are not dates: counts, money, percentages, quantities, durations, ordinals.

Each candidate numeral is read with its context: a hedge before it, a currency sign before it, and
after it a scale, a percent sign, a currency word or a unit; what is left is a count of the noun
that follows.
"""
from __future__ import annotations

import math
import re

from ..lang import ages
from ..lang import alt as _alt
from . import lexicon
from . import numbers as num
from . import units
from .nouns import lemma
from .qualifiers import AT_LEAST, AVERAGE, bounded, interval, qualifier_before
from .windows import digit_spans, lowered_document, near, near_digits, union, within

_PREV_WORD = re.compile(r"(\S+)\s+$")
# Capitalised words that commonly stand before an amount, so the amount is not a designation.
NOT_DESIGNATORS = {
    "at", "about", "some", "over", "nearly", "the", "in", "on", "by", "of", "and", "only", "just",
    "all", "with", "almost", "around", "roughly", "up", "more", "fewer", "less", "than", "to",
    "from", "for", "another", "those", "these", "its", "their", "his", "her", "our", "but", "after",
    "before", "since", "until", "between", "while", "when", "as", "approximately", "an", "a",
    "estimated", "under", "below", "above", "exactly", "least", "most", "total",
    "i", "we", "they", "he", "she", "it", "there", "here", "said", "says", "killing", "killed",
}
MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.",
               "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."}
DESIGNATORS = {"no.", "nos.", "number", "#", "no"}
PRONOUN_ONE = re.compile(r"\b(?:the|this|that|any|no|every|each|which|someone|anyone)\s+(?:same\s+|right\s+|wrong\s+)?$",
                         re.IGNORECASE)
SCALE_RE = re.compile(r"(?P<sep>[\s-]?)(?P<scale>(?:hundred\s+)?(?:thousand|millions?|billions?|trillion)|"
                      r"hundred|lakh|crore|mln|bln|bn|mn|mil|tn|trn|tln|mm|m|b|k)\b", re.IGNORECASE)
VAGUE_RE = num.scanner(
    "dshtmbDSHTMB",
    r"\b(?P<v>dozens|scores|hundreds|thousands|tens\s+of\s+thousands|hundreds\s+of\s+thousands|"
    r"millions|tens\s+of\s+millions|billions)\s+of\b", re.IGNORECASE)
# An order of magnitude each, ends included: "hundreds of people" is 100 to 1,000. Looser than the
# strict plural (at least 200), because news uses these words loosely and a checker must not flag that.
VAGUE = {"dozens": (12, 120), "scores": (20, 200), "hundreds": (100, 1000),
         "thousands": (1e3, 1e4), "tens of thousands": (1e4, 1e5),
         "hundreds of thousands": (1e5, 1e6), "millions": (1e6, 1e7),
         "tens of millions": (1e7, 1e8), "billions": (1e9, 1e10)}
FRACTION_RE = re.compile(
    rf"\b(?:(?P<n>{num.trie(['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'])})[\s-]"
    rf"(?P<d>{num.trie(num.FRACTIONS)})\b(?=\s+of\b)|(?P<n2>two|three|four|five|seven|nine)-"
    rf"(?P<d2>thirds|quarters|fifths|sixths|eighths|tenths)\b|(?P<half>half)(?=\s+(?:of\s+)?the\b)|"
    rf"(?P<hedged>half)\b(?![-\w]|\s+(?:an?|hundred|thousand|million|billion|trillion|dozen)\b))",
    re.IGNORECASE)
# "three quarters of a million": the fraction of a scale is a figure of its own.
OF_A_SCALE_RE = re.compile(r"\s+of\s+an?\s+(?P<s>hundred|thousand|million|billion|trillion|dozen)\b", re.IGNORECASE)
# "the third", "its 21st", "Kenya's first": an ordinal after a determiner or a possessive. The ordinal
# is found first (in the lower-cased text) and the words before it checked, which is far cheaper
# than trying every word start.
_ORDINAL_STARTS = "".join(sorted({w[0] for w in num.ORDINALS}))
ORDINAL_RE = num.scanner(_ORDINAL_STARTS + "0-9", rf"\b(?P<ord>{num.trie(num.ORDINALS)}|\d+(?:st|nd|rd|th))(?:-ever)?\b")
ORDINAL_BEFORE_RE = re.compile(r"\b(?:the|its|their|his|her|our|this|whose|[A-Za-z]+['’]s?)\s+(?:own\s+|very\s+)?$",
                               re.IGNORECASE)
AGE_RE = re.compile(r"[A-Z][\w'’-]+,\s+$")
AGE_CUE_RE = re.compile(rf"\b(?:{_alt(ages.AGE_CUES)})\s+$", re.IGNORECASE)
# "Conyers, the former Dean of the House, was 90." / "He was 95.": a name (or he, she), perhaps an
# apposition, an age verb, the number, then the clause ends.
AGE_STATED_RE = re.compile(rf"(?:\b(?P<pronoun>{_alt(ages.PRONOUNS)})|(?P<name>\b[A-Z][\w'’-]+)(?:\s*,[^,.;:!?]{{1,80}},)?)"
                           rf"\s+(?:{_alt(ages.AGE_VERBS)})\s+$", re.IGNORECASE)
CLAUSE_ENDS_RE = re.compile(r"\s*(?:[.;!?]|,\s+(?:and|but|when|after|before|while)\b|$)|\s+when\b")
OLD_RE = re.compile(r"[-\s]old\b")
TIME_UNITS_FOR_DURATION = set(units.TIME.values())
PHONE_RE = num.scanner("+(0-9", r"(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b")
# "2.22 dlrs a share", "$7 an ounce", "5% a year", "800,000 barrels a day": a rate, per a unit.
RATE_RE = re.compile(r"[\s-]+(?:(?:a|an|per|every|each)[\s-]+(?P<per>share|ounce|barrel|tonne|ton|head|hour|"
                     r"day|week|month|year|annum|gallon|litre|liter|kilo|kilogram|kg|pound|lb|unit|person|capita|night|"
                     r"bushel|minute|second|gram|square\s+(?:foot|feet|metre|meter|mile)|sq\s+ft|sq\s+m|mmbtu|"
                     r"kilowatt[\s-]hour|kwh|mile|kilometre|kilometer|km)|(?P<annually>annually))\b"
                     r"(?!\s+(?:earlier|ago|before|later|after|previously|prior|on|from))", re.IGNORECASE)
PER_WORDS = {"annum": "year", "feet": "foot", "sq ft": "square foot", "kwh": "kilowatt hour", "kg": "kilogram",
             "lb": "pound", "km": "kilometre", "sq m": "square metre", "liter": "litre", "meter": "metre",
             "kilometer": "kilometre", "capita": "person", "kilo": "kilogram"}
# k-fold change words: each covers the ratios that round to k ("doubled" is 1.5 to 2.5 times).
MULTIPLES = {"doubled": (2.0, 1.5, 2.5), "tripled": (3.0, 2.5, 3.5), "trebled": (3.0, 2.5, 3.5),
             "quadrupled": (4.0, 3.5, 4.5), "halved": (0.5, 0.4, 2 / 3)}
# "one in five adults", "One out of four Danes": a share as a ratio of two counts. Matched on the
# lower-cased text (as ORDINAL_RE): a case-sensitive scan runs faster than an IGNORECASE one.
_SMALL = (rf"(?:{num.trie(num.TENS)})(?:[\s-](?:{num.trie(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'])})\b)?|"
          rf"{num.trie(num.UNITS)}|\d{{1,3}}")
ONE_IN_RE = num.scanner(
    "otfsen0-9",
    rf"\b(?P<n>{_SMALL})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<d>(?:{_SMALL}|a)(?:\s+(?:hundreds?|thousand|million))?|"
    rf"\d{{1,3}}(?:,\d{{3}})+)\b(?!\s*(?:%|per\s?cent|years?|months?|days?|weeks?))")
MULTIPLE_RE = num.scanner("dtqhDTQH", rf"\b(?:{'|'.join(MULTIPLES)})\b", re.IGNORECASE)
MAX_FIGURE = 1e100
AND_A_HALF_RE = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)
# Words between a count and its time unit that keep it a duration: "six straight days".
TIME_ADJECTIVE_RE = re.compile(r"\s+(?:straight|consecutive|successive|trading|business|working|full|calendar|"
                               r"more|further|additional|long)(?=\s+(?:years?|months?|weeks?|days?|hours?|"
                               r"minutes?)\b)", re.IGNORECASE)
# A minus sign that starts a figure, not a hyphen or dash between words or numbers.
_SIGN = r"(?:(?<![\w.\-\u2212])(?P<sign>[-\u2212]))?"
# Scientific notation: "3.5e10" is a figure; "1e400" overflows a float and is no claim at all.
SCI_RE = num.scanner(
    "-\u22120-9", rf"{_SIGN}(?<![\w.])(?P<m>\d+(?:\.(?P<d>\d+))?)(?:[eE]|\s?[×x]\s?10\^?)(?P<e>[+\-\u2212]?\d{{1,6}})"
    r"(?!\w|\.\d)")
# Powers: "1.1^23", "2.5^-1" (signs before the exponent multiply: "^--23" is "^23").
POWER_RE = num.scanner(
    "-\u22120-9", rf"{_SIGN}(?<![\w.^])(?P<b>\d+(?:\.\d+)?)\^(?P<es>[-+\u2212]{{0,3}})(?P<e>\d{{1,3}})(?![\w^]|\.\d)")
# "1/2 pound", "1⁄16 of a gallon": a fraction in digits, with a denominator that measures use (not "9/11").
# A whole number may come first: "12 1/2 miles", "2½ cups".
VULGAR = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5,
          "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8}
_VULGAR = "".join(VULGAR)
SLASH_FRACTION_RE = num.scanner(
    "-\u22120-9" + _VULGAR,
    # "12 1/2 miles"; "5-1/2 percent" as rates are quoted in finance (hyphenated only before a percentage)
    rf"{_SIGN}(?<![\w/.,])(?:(?P<whole>\d{{1,3}})(?:\s+|-(?=\d{{1,2}}[/⁄]\d{{1,3}}\s?(?:%|(?:per\s?cent|percent|pct)\b))"
    rf"|(?=[{_VULGAR}])))?"
    r"(?:(?P<n>\d{1,2})\s?[/⁄](?P<d>2|3|4|5|8|10|16|32|64|100|128)(?![\w/.,]|\.\d)|"
    rf"(?P<vulgar>[{_VULGAR}]))")
# Race and clock durations: "2:02:15", "1:59:40.2" (hours:minutes:seconds).
CLOCK_RE = num.scanner("0-9", r"(?<![\d:.])(\d{1,2}):([0-5]\d):([0-5]\d)(?:\.(\d{1,3}))?(?![\d:])")
# Bounded repeats: an unbounded "\S+@" rescans a long run of letters from every start (quadratic).
LINK_RE = re.compile(r"(?:https?://|www\.)\S+")
# An e-mail address, read outwards from its "@" (rare): a pattern that could start at any letter
# would be tried at every offset of the text.
EMAIL_USER_RE = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}$")
EMAIL_HOST_RE = re.compile(r"@[\w-]{1,63}(?:\.[\w-]{1,63})+")


# A street address: "10 Downing Street", "7 W 54th St", "412 Elm Grove Avenue", "30-32 Harbour
# Road", "14 Rue Cler"; and a postal code named as one ("the 10023 ZIP code", "zip code 60614").
_STREET = r"(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Terrace|Highway|Hwy|Parkway|Pkwy)"
ADDRESS_RE = num.scanner("0-9ZzPp", rf"(?<![\w$€£¥.,/-])\d{{1,5}}(?:[-–]\d{{1,5}})?\s+(?:[NSEW]\.?\s+)?"
                                  rf"(?:(?:[A-Z][\w'’-]*|\d{{1,3}}(?:st|nd|rd|th))\s+){{1,3}}{_STREET}\b\.?"
                                  rf"|(?<![\w$€£¥.,/-])\d{{1,5}}\s+(?:Ave|Avenue|Rue|Via|Calle|Boulevard)\s+[A-Z][\w'’-]*"
                                  rf"|\b\d{{5}}(?:-\d{{4}})?\s+(?i:zip|postal)\s+(?i:code)\b"
                                  rf"|\b(?i:zip|postal)\s+(?i:code)\s+\d{{5}}(?:-\d{{4}})?\b")


def _not_figures(text: str):
    """Phone numbers, street addresses, postal codes, links and e-mail addresses: (start, end) of each."""
    for m in near_digits(PHONE_RE, text):
        yield m.span()
    for m in ADDRESS_RE.finditer(text):
        yield m.span()
    for m in LINK_RE.finditer(text):
        yield m.span()
    at = text.find("@")
    while at != -1:
        user, host = EMAIL_USER_RE.search(text, max(0, at - 64), at), EMAIL_HOST_RE.match(text, at)
        if user and host:
            yield user.start(), host.end()
        at = text.find("@", at + 1)


# The fractions news uses in words; a fraction word stands for the values nearer to it than to its
# neighbours here ("a quarter" is 0.225 to 0.275), a hedge ("about a third") reaches the neighbours.
COMMON_FRACTIONS = sorted({k / d for d in (2, 3, 4, 5, 10) for k in range(0, d + 1)})


def fraction_interval(value: float, qualifier: str | None) -> tuple[float | None, float | None]:
    below = max((f for f in COMMON_FRACTIONS if f < value - 1e-9), default=0.0)
    above = min((f for f in COMMON_FRACTIONS if f > value + 1e-9), default=1.0)
    q = (qualifier or "").lower()
    if q and q not in AVERAGE:
        return bounded(q, value, below, above) or (below, above)
    return (value + below) / 2, (value + above) / 2


def designation(text: str, start: int, numtext: str) -> bool:
    """Boeing 737, Section 427, S&P 500, iPhone 11, No. 5: a number naming a thing."""
    prev = _PREV_WORD.search(text, max(0, start - 30), start)
    if not prev:
        return False
    word = prev.group(1)
    if word.lower() in DESIGNATORS:
        return True
    if "," in numtext or "." in numtext:
        return False
    bare = word.strip("\"“(")
    if bare.lower() in NOT_DESIGNATORS or bare.lower() in MONTH_WORDS:
        return False
    return bool(re.fullmatch(r"[A-Z][\w&'’/-]*|[a-z]+[A-Z][\w-]*", bare)) and not bare.endswith("'s")


def _candidates(text: str, lower: str, words: tuple):
    """(start, end, value, places, spelled, text) for every numeral, in digits or words (`words`:
    the stretches near number words)."""
    for m in near_digits(num.DIGITS_RE, text):
        yield (m.start(), m.end(), num.parse_digits(m.group("num"), m.group("dec"), m.group("sign")),
               num.decimals(m.group("num"), m.group("dec")), False, m.group("num") + (m.group("dec") or ""))
    for m in _gated(num.HALF_SCALE_RE, text, lower):
        value = 0.5 * (num.SCALE_WORDS.get(m.group(1).lower()) or 12)
        yield m.start(), m.end(), value, num.word_precision(value), True, m.group()
    for m in within(num.WORDS_RE, text, words):
        yield from _word_numbers(text, m.start(), m.group())


def _word_numbers(text: str, start: int, run: str):
    """The numbers in a run of number words, longest first from the left: "one point" at one point
    is "one"; "three-nought-four", read digit by digit, is three numbers."""
    while run:
        words, value = run, num.parse_words(run)
        while value is None and re.search(r"[\s-]", words.strip()):
            words = re.sub(r"(?:\s+and)?[\s-]+\S*$", "", words)
            value = num.parse_words(words)
        if value is not None and words.lower() not in ("half", "quarter", "a", "an") \
                and not _ordinal_not_fraction(text, start + len(words), words) \
                and not _ORDINAL_REST.match(run, len(words)):
            yield start, start + len(words), value, num.word_precision(value), True, words
        rest = re.match(r"[\s-]+(?:and\s+)?", run[len(words):])
        if not rest:
            return
        start, run = start + len(words) + rest.end(), run[len(words) + rest.end():]


# "twenty-first", "two hundredth": the start of an ordinal, not a number.
_ORDINAL_REST = re.compile(rf"(?<=ty)-(?:{'|'.join(num.COMPOUND_ORDINALS)})\b|"
                           rf"\s+(?:{'|'.join(w for w in num.ORDINALS if w not in ('first', 'second'))})\b",
                           re.IGNORECASE)
# After "a fifth" or "three quarters", a noun or adjective makes the word an ordinal or a period
# ("a third term", "three quarters in a row"); "of", a scale, a unit, a verb or the end keep the
# fraction ("a third of voters", "a half hour", "about a third said").
_FRACTION_GOES_ON = re.compile(r"\s*(?:$|[^\w\s-]|(?:of|and|or|thousand|million|billion|trillion|percent)\b)",
                               re.IGNORECASE)


def _spelled_fraction(words: str) -> bool:
    last = re.split(r"[\s-]+", words.lower())[-1]
    return last in num.DENOMINATORS or last in num.COMPOUND_ORDINALS


# "aged 12 of them", "at age 5 months" are no ages; "aged 5 to 11" is a range, read as one
_NOUN_AFTER_RE = re.compile(r"\s+(?:of\b|[a-z]+s\b)|\s*(?:to|-|–|and|or)\s*\d")


def _age_stated(text: str, start: int, end: int) -> bool:
    """ "He was 95.", "Hagan, North Carolina's first female Senator, was 66.": a person's age."""
    if not CLAUSE_ENDS_RE.match(text, end):
        return False
    m = AGE_STATED_RE.search(text, max(0, start - 120), start)
    if not m:
        return False
    name = m.group("name")
    # A name, not a common word capitalised at a sentence's start ("Inflation was 9.")
    return bool(m.group("pronoun")) or bool(name) and not lexicon.parts(name.lower())


def _ordinal_not_fraction(text: str, end: int, words: str) -> bool:
    parts = re.split(r"[\s-]+", words.lower())
    first, last = parts[0], parts[-1]
    if not _spelled_fraction(words) or (first not in ("a", "an") and last not in ("quarters", "halves")):
        return False
    if _FRACTION_GOES_ON.match(text, end) or _measured(text, end) or units.UNIT_RE.match(text, end):
        return False
    follower = _NEXT_WORD.match(text, end)
    return not (follower and "VERB" in lexicon.parts(follower.group(1))
                and lexicon.only_verb_or_adverb(follower.group(1)))


def _scale(text: str, end: int, spelled: bool, money: bool, decimal: bool = False):
    m = SCALE_RE.match(text, end)
    if not m or spelled:
        return None
    word = m.group("scale").lower()
    if word == "mm":     # "US$ 1MM" is a million in finance; "5mm" is millimetres
        return m if money and m.group("scale") == "MM" and not m.group("sep") else None
    if word in ("b", "k") and decimal and not m.group("sep"):
        return m         # "1.2b", "2.5k": no unit is written so
    if word in num.AMBIGUOUS_SCALES:
        # "900m euros", "$5m", "3.2m people": a glued letter; never "5 m" (metres).
        glued_k = word == "k" and not _RUN_AFTER.match(text, m.end())  # "25k", not "a 5K run"
        if m.group("sep") or not (money or glued_k or m.group("scale") == "M"
                                  or units.CURRENCY_WORD_RE.match(text, m.end()) or _counted_follows(text, m.end())):
            return None
    return m


_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w'’-]*)")
_RUN_AFTER = re.compile(r"\s+(?:runs?|races?)\b")
_OTHER_AFTER = re.compile(r"\s+(?:another|other)\b")


def _counted_follows(text: str, pos: int) -> bool:
    """ "35m of its devices", "1.9m combined digital and vinyl copies": things counted follow, so
    "m" is million."""
    coordinated = False
    for _ in range(6):
        m = _NEXT_WORD.match(text, pos)
        if not m:
            return False
        word = m.group(1)
        if word.lower() == "of":
            return True
        if lemma(word) != word.lower():
            return True            # a plural noun
        if lexicon.parts(word) & {"NOUN", "ADJ"} == {"NOUN"}:
            # "a 100m sprint": a singular noun, so metres; joined to another modifier ("digital and vinyl
            # copies"), it modifies the plural noun after it
            after = _NEXT_WORD.match(text, m.end())
            return coordinated and bool(after) and lemma(after.group(1)) != after.group(1).lower()
        coordinated = word.lower() in ("and", "or")
        pos = m.end()
    return False


# Strings without which a pattern cannot match: a document lacking all of them skips the pattern's
# scan (a substring test runs at memory speed, a regex scan does not).
NEEDS = {
    VAGUE_RE: ("dozens", "scores", "hundreds", "thousands", "millions", "billions"),
    MULTIPLE_RE: tuple(MULTIPLES),
    POWER_RE: ("^",),
    SLASH_FRACTION_RE: ("/", "⁄", *VULGAR),
    CLOCK_RE: (":",),
    num.HALF_SCALE_RE: ("half",),
}


def _gated(regex: re.Pattern, text: str, lower: str, digits: bool = False):
    if not any(n in lower for n in NEEDS[regex]):
        return ()
    return near_digits(regex, text) if digits else regex.finditer(text)


def numeral_spans(lower: str, text: str) -> tuple[tuple, tuple]:
    """The stretches near number words ("two", "third", "half"), and those near any numeral (number
    words and digits): the patterns that need one run only there, not at every offset."""
    words = tuple(near(num.WORD_TRIGGER, lower, num.WORD_REACH))
    return words, tuple(union(words, digit_spans(text)))


def find_figures(text: str, taken) -> list[dict]:
    rows: list[dict] = []
    for start, end in _not_figures(text):
        taken.mark(start, end)
    lower = lowered_document(text)
    words, numerals = numeral_spans(lower, text)
    for m in _gated(VAGUE_RE, text, lower):
        if taken(m.start(), m.end()):
            continue
        low, high = VAGUE[re.sub(r"\s+", " ", m.group("v").lower())]
        rows.append({"kind": "count", "start": m.start(), "end": m.end(), "value": math.nan,
                     "low": float(low), "high": float(high), "qualifier": "vague", "noun_at": m.end()})
        taken.mark(m.start(), m.end())
    for m in within(FRACTION_RE, text, words):   # every match holds a fraction word
        if taken(m.start(), m.end()):
            continue
        q = qualifier_before(text, m.start())
        if m.group("hedged") and not q:
            continue     # a bare "half" is a word ("half the size" is read above), "more than half" a share
        if m.group("half") or m.group("hedged"):
            value = 0.5
        else:
            n = num.parse_words(m.group("n") or m.group("n2")) or 1
            value = n * num.FRACTIONS[(m.group("d") or m.group("d2")).lower()]
        row = {"kind": "ratio", "start": m.start(), "end": m.end(), "value": value, "unit": "fraction"}
        if q:
            row.update(qualifier=q.group("q").lower(), start=q.start("q"))
        row["low"], row["high"] = fraction_interval(value, row.get("qualifier"))
        of_scale = OF_A_SCALE_RE.match(text, m.end())
        if of_scale:     # "three quarters of a million": a count, as round as its fraction
            scale = num.SCALE_WORDS.get(of_scale.group("s").lower(), 12)
            row.update(kind="count", unit=None, value=value * scale, end=of_scale.end(), noun_at=of_scale.end(),
                       low=row["low"] * scale, high=row["high"] * scale)
        rows.append(row)
        taken.mark(row["start"], row["end"])
    for m in within(ONE_IN_RE, lower, numerals):
        n, d = _count_in(m.group("n")), _count_in(m.group("d"))
        if taken(m.start(), m.end()) or not n or not d or n >= d:
            continue
        rows.append({"kind": "ratio", "start": m.start(), "end": m.end(), "value": n / d, "low": n / d,
                     "high": n / d, "unit": "fraction"})
        taken.mark(m.start(), m.end())
    for m in _gated(MULTIPLE_RE, text, lower):
        value, low, high = MULTIPLES[m.group().lower()]
        row = {"kind": "ratio", "start": m.start(), "end": m.end(), "value": value, "low": low, "high": high,
               "unit": "multiple"}
        q = qualifier_before(text, m.start())
        if q and q.group("q").lower() in AT_LEAST:
            row.update(qualifier=q.group("q").lower(), start=q.start("q"), low=value, high=None)
        rows.append(row)
        taken.mark(row["start"], row["end"])
    for m in near_digits(SCI_RE, text):
        if taken(m.start(), m.end()):
            continue
        taken.mark(m.start(), m.end())
        exponent = int(m.group("e").replace("\u2212", "-"))
        value = _signed(m, float(m.group("m")) * 10.0 ** exponent if abs(exponent) < 300 else math.inf)
        if math.isfinite(value) and value != 0:
            places = len(m.group("d") or "") - exponent
            row = _read_figure(text, m.start(), m.end(), value, places, False, m.group())   # "1.99×10−30 kg"
            if row:
                rows.append(row)
    for m in _gated(POWER_RE, text, lower, digits=True):
        if taken(m.start(), m.end()):
            continue
        taken.mark(m.start(), m.end())
        exponent = int(m.group("e")) * (-1) ** len(re.sub(r"\+", "", m.group("es")))
        try:
            value = _signed(m, float(m.group("b")) ** exponent)
        except (OverflowError, ZeroDivisionError):
            continue   # "10^400" is no figure a float holds
        rows.append({"kind": "count", "start": m.start(), "end": m.end(), "value": value, "low": value,
                     "high": value, "noun_at": m.end()})
    for m in _gated(SLASH_FRACTION_RE, text, lower):
        n, d = (int(m.group("n")), int(m.group("d"))) if m.group("n") else (VULGAR[m.group("vulgar")], 1)
        if taken(m.start(), m.end()) or not 0 < n < d:
            continue
        value = _signed(m, int(m.group("whole") or 0) + n / d)
        row = _read_figure(text, m.start(), m.end(), value, 3, False, m.group())
        if row:
            row["low"] = row["high"] = row["value"]     # a fraction is exact as written
            rows.append(row)
            taken.mark(row["start"], row["end"])
    for m in _gated(CLOCK_RE, text, lower, digits=True):
        if taken(m.start(), m.end()):
            continue
        h, mnt, sec, frac = m.groups()
        value = int(h) * 3600 + int(mnt) * 60 + int(sec) + (float(f"0.{frac}") if frac else 0.0)
        half = 0.5 * 10 ** -(len(frac) if frac else 0)
        rows.append({"kind": "duration", "start": m.start(), "end": m.end(), "value": value,
                     "low": value - half, "high": value + half, "unit": "second"})
        taken.mark(m.start(), m.end())
    candidates = sorted(_candidates(text, lower, words), key=lambda c: c[0])
    for i, (start, end, value, places, spelled, numtext) in enumerate(candidates):
        if taken(start, end):
            continue
        ratio = _over(text, candidates[i], candidates[i + 1:i + 3])
        if ratio:
            rows.append(ratio)
            taken.mark(ratio["start"], ratio["end"])
            continue
        row = _read_figure(text, start, end, value, places, spelled, numtext)
        if row:
            rows.append(row)
            taken.mark(row["start"], row["end"])
    for m in within(ORDINAL_RE, lower, numerals):
        if taken(m.start("ord"), m.end("ord")) or not ORDINAL_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            continue
        word = m.group("ord").lower()
        value = num.ORDINALS.get(word) or float(re.match(r"\d+", word).group())
        rows.append({"kind": "ordinal", "start": m.start("ord"), "end": m.end(), "value": float(value),
                     "low": float(value), "high": float(value), "noun_at": m.end()})
        taken.mark(m.start("ord"), m.end())
    return rows


OVER_RE = re.compile(r"\s+over\s+", re.IGNORECASE)
CLAUSE_END_RE = re.compile(r"\s*(?:$|[.,;:!?)])")


def _over(text: str, first: tuple, following: list[tuple]) -> dict | None:
    """ "one over three", "2000 over 3": a quotient, when the divisor ends the clause (in "1 over 3
    years" or "won 3 over 2 rivals", "over" is "more than")."""
    for second in following:
        if OVER_RE.fullmatch(text, first[1], second[0]) and CLAUSE_END_RE.match(text, second[1]) and second[2]:
            value = first[2] / second[2]
            return {"kind": "ratio", "start": first[0], "end": second[1], "value": value, "low": value,
                    "high": value, "unit": "fraction"}
    return None


def _signed(m: re.Match, value: float) -> float:
    return -value if m.group("sign") else value


def _count_in(text: str) -> float | None:
    """ "five hundreds" (of "three out of six hundreds"), "twenty-one", "1,000"."""
    return num.parse_words(re.sub(r"(?i)hundreds", "hundred", text)) or _int(text)


def _int(text: str) -> int | None:
    digits = text.replace(",", "")
    return int(digits) if digits.isdigit() else None


# A conversion in parentheses between a figure and its rate, or the end of one after the figure:
# "4 billion rupees ($48 million) a year" is a rate for both amounts.
_PARENTHESIS = re.compile(r"\s*\([^()]{1,40}\)|\s*\)")


def rate_at(text: str, end: int) -> str | None:
    """What a figure ending at `end` is a rate per ("a month", "per square foot", "annually")."""
    m = RATE_RE.match(text, end)
    if not m:
        aside = _PARENTHESIS.match(text, end)
        m = aside and RATE_RE.match(text, aside.end())
    if not m:
        return None
    if m.group("annually"):
        return "year"
    per = re.sub(r"[\s-]+", " ", m.group("per").lower())
    return PER_WORDS.get(per) or " ".join(PER_WORDS.get(w, w) for w in per.split())


def _measured(text: str, end: int) -> bool:
    """A percent sign, a scale, a currency or a unit follows: a figure, whatever word stands before."""
    return bool(units.measure_follows(text, end) or _scale(text, end, False, False)
                or units.CURRENCY_WORD_RE.match(text, end))


# The smaller unit that may follow a figure, and its share of the larger one.
SUBUNITS = {"foot": (r"in\.?|inch|inches|\"|″", 1 / 12), "pound": (r"ounces?|oz", 1 / 16),
            "year": (r"months?", 1 / 12),   # "15 years, 8 months", "two years and three months"
            "USD": (r"cents?", 1 / 100), "EUR": (r"cents?", 1 / 100), "GBP": (r"pence|p", 1 / 100)}
_SUBUNIT_NUMBER = re.compile(r"(?:,?\s+and|,)?\s+(?P<n>\d{1,2}(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s*(?P<u>[^\s\d.,;:()\[\]]+)",
                             re.IGNORECASE)


# "15 dollars and 50", "17 USD 25", "eleven dollars sixty five": after a currency written as a word
# or code (not "$40 and 50", which is two amounts), a bare number under 100 ending the clause is cents.
_BARE_CENTS = re.compile(r"(?:\s+and)?\s+(?P<n>\d\d|[a-z]+(?:[\s-][a-z]+)?)(?=\s*(?:$|[.,;:!?)]|\s+(?:more|less)\b))",
                         re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+(?:\S+\s+)?$", re.IGNORECASE)


def _subunit(text: str, end: int, row: dict, worded: bool) -> tuple[float, int] | None:
    sub = SUBUNITS.get(row.get("unit") or "")
    m = _SUBUNIT_NUMBER.match(text, end) if sub else None
    if m and re.fullmatch(sub[0], m.group("u"), re.IGNORECASE):
        amount, share, stop = _amount(m.group("n")), sub[1], m.end("u")
    else:
        m = _BARE_CENTS.match(text, end) if worded and row.get("kind") == "money" else None
        if not m or _BETWEEN.search(text, max(0, row["start"] - 20), row["start"]) \
                or units.CURRENCY_BEFORE_RE.search(text, max(0, row["start"] - 20), row["start"]):   # "rmb 30 usd 45"
            return None
        amount, share, stop = _amount(m.group("n")), 1 / 100, m.end()
    if amount is None or not 0 <= amount < 1 / share:
        return None
    return amount * share, stop


def _amount(n: str) -> float | None:
    return float(n) if n[0].isdigit() else num.parse_words(n)


def _accounting(text: str, start: int, end: int, spelled: bool) -> bool:
    """A number in parentheses is negative, as accounts write it, only beside money or a scale:
    "$(1.3) million", "(4,512) thousand dollars"; "(12 dollars)" and "(see 4)" are not."""
    if spelled or text[start - 1:start] != "(" or text[end:end + 1] != ")" or start < 1:
        return False
    return bool(units.CURRENCY_SYMBOL_RE.search(text, max(0, start - 7), start - 1)
                or _scale(text, end + 1, False, True) or units.CURRENCY_WORD_RE.match(text, end + 1))


# "PS4.5m", "PS9,800": "£" as ASCII folding writes it ("PS"), read only on an amount no console
# name has (a scale, a decimal, a thousands separator): "PS5" stays a PlayStation.
_ASCII_POUND = re.compile(r"(?<![\w$£])PS(?=\d[\d,]*(?:\.\d+)?(?:m|bn|k|mn)\b|\d{1,3}(?:,\d{3})+\b|\d+\.\d+)")
_CODE_PART = re.compile(r"\b[A-Z][\w&/]*\s\d+[-–]$")
_MINUS = re.compile(r"\bminus[\s-]$", re.IGNORECASE)


def _rate(text: str, end: int, row: dict) -> None:
    per = rate_at(text, end)
    if per:
        row["per"] = per
        if row["kind"] == "money":    # "2.22 dlrs a share" is a price, not an amount of dollars
            row["noun"] = f"per {per}"


# Sports box-score rates: a count per game.
PER_GAME = {"ppg": "point", "rpg": "rebound", "apg": "assist", "spg": "steal", "bpg": "block"}
PER_GAME_RE = re.compile(rf"\s+({'|'.join(PER_GAME)})\b", re.IGNORECASE)
# Box-score totals in capitals, which lower case would misread ("0.5 WAR" is no war).
BOX_SCORE = {"WAR": ("win", "win above replacement"), "TD": ("touchdown", "touchdown"),
             "TDs": ("touchdown", "touchdown"), "RBI": ("run", "run batted in"), "RBIs": ("run", "run batted in")}
BOX_SCORE_RE = re.compile(rf"\s+({'|'.join(BOX_SCORE)})\b")
DOZEN_RE = re.compile(r"[\s-]dozens?\b", re.IGNORECASE)
# "7 million and a half": the fraction is of the scale.
SCALE_FRACTION_RE = re.compile(r"\s+and\s+an?\s+(?P<f>half|quarter)\b", re.IGNORECASE)
# "6 thousand 2 hundred and 14": digits and scale words, each part smaller than the scale before it.
CONTINUED_RE = re.compile(r"(?:\s+and)?\s+(?P<n>\d{1,3}(?![\d,.])|[a-z]+(?:-[a-z]+)?)(?:\s+(?P<s>hundred)\b)?",
                          re.IGNORECASE)


def _after_scale(text: str, end: int, value: float, shift: int, places: int, round_places: int):
    """What may follow a figure's scale word: "and a half", or smaller parts ("3 hundred and 21")."""
    fraction = SCALE_FRACTION_RE.match(text, end)
    if fraction:
        return value + num.FRACTIONS[fraction.group("f").lower()] * 10 ** shift, fraction.end(), places + 1, \
            round_places + 1
    last = 10 ** shift
    while last in (100, 1000):
        more = CONTINUED_RE.match(text, end)
        part = more and (float(more.group("n")) if more.group("n")[0].isdigit() else num.parse_words(more.group("n")))
        if part is None or not float(part).is_integer():
            break
        step = 100 if more.group("s") else 1
        if not 0 <= part * step < last or (step == 1 and more.group("n")[0].isalpha() and part >= 100):
            break
        value, end, last = value + part * step, more.end(), step
        places = round_places = 0
    return value, end, places, round_places


def _millions(value: float, places: int, round_places: int) -> tuple[float, int, int]:
    """A figure stated in millions ("30 MUSD"): the value and its precision, six places up."""
    return value * 1e6, places - 6, round_places - 6


def _read_figure(text, start, end, value, places, spelled, numtext) -> dict | None:
    if spelled:
        low = numtext.lower()
        if low in ("one", "an", "a") and (PRONOUN_ONE.search(text, max(0, start - 18), start)
                                          or _OTHER_AFTER.match(text, end)):
            return None
        if numtext[0].isupper() and start > 0 and designation(text, start, "x"):
            return None   # Formula One, Air Force One
    elif _CODE_PART.search(text, max(0, start - 24), start):
        return None   # "ISO 9001-2": the second part of a code
    elif designation(text, start, numtext) and not _measured(text, end) \
            and not units.CURRENCY_SYMBOL_RE.search(text, max(0, start - 6), start):
        return None   # "Boeing 737" names a thing; "Okafor 45%", "Madness 2.4GHz", "USD 200" are figures
    ascii_pound = text[max(0, start - 2):start] == "PS"
    if ascii_pound and not _ASCII_POUND.match(text, start - 2):
        return None   # "PS5": a name
    row = {"start": start, "end": end, "value": value, "unit": None}
    minus = _MINUS.search(text, max(0, start - 6), start)
    if minus and value > 0:    # "minus-130 degrees", "minus 5 yards"
        value, row["start"] = -value, minus.start()
    lead = start
    if _accounting(text, start, end, spelled):   # "$(1.3) million", "(4,512) thousand dollars"
        value, lead, end, row["start"] = -value, start - 1, end + 1, start - 1
    cur = units.CURRENCY_SYMBOL_RE.search(text, max(0, lead - 6), lead)
    money = None
    if cur:
        symbol = cur.group().strip().lower()
        money = units.CURRENCY_SYMBOLS.get(symbol) or units.MILLIONS_OF[symbol]
        row["start"] = cur.start()
    elif ascii_pound and lead == start:
        money, row["start"] = "GBP", start - 2
    # Precision as written ("40%" is 39.5 to 40.5); trailing zeros only matter to hedges.
    round_places, places = places, max(places, 0)
    if cur and cur.group().strip().lower() in units.MILLIONS_OF:   # "MAUD 60": millions of Australian dollars
        value, places, round_places = _millions(value, places, round_places)
    half = AND_A_HALF_RE.match(text, end)
    if half:   # "two and a half years"
        value, places, round_places, end = value + 0.5, 1, 1, half.end()
    scale = _scale(text, end, spelled, bool(money), "." in numtext)
    if scale:
        shift = sum(round(math.log10(num.SCALE_SUFFIXES[w])) for w in scale.group("scale").lower().split())
        value *= 10 ** shift
        places, round_places = places - shift, round_places - shift
        end = scale.end()
        value, end, places, round_places = _after_scale(text, end, value, shift, places, round_places)
    dozen = DOZEN_RE.match(text, end) if not spelled else None
    if dozen:    # "3 dozen eggs"
        value, end = value * 12, dozen.end()
    if not math.isfinite(value) or abs(value) > MAX_FIGURE:
        return None  # a run of hundreds of digits is an identifier or noise, not a figure
    exact = False
    pct = units.PERCENT_RE.match(text, end)
    word_cur = units.CURRENCY_WORD_RE.match(text, end)
    unit = units.UNIT_RE.match(text, end)
    between = TIME_ADJECTIVE_RE.match(text, end)
    if between and not (pct or word_cur or money):   # "six straight days", "five trading days"
        unit = units.UNIT_RE.match(text, between.end())
    trailing = units.TRAILING_SIGN_RE.match(text, end) if not money else None
    if trailing:   # "10 €", "1,200€"
        money, end = units.TRAILING_SIGNS[trailing.group("sign")], trailing.end()
    elif not money and scale and unit and unit.group("unit").lower() in ("pounds", "pound"):
        money, end = "GBP", unit.end()   # "361 million pounds": sterling, not weight
    if money:
        row.update(kind="money", unit=money)
        if word_cur and word_cur.group("cur").lower() in units.CURRENCY_WORDS \
                and word_cur.group("cur").lower() not in units.CENTS:
            end = word_cur.end()   # "$5 million dollars", "US$ 40 billion"
        _rate(text, end, row)
    elif pct:
        word = pct.group().lower()
        row.update(kind="percent", unit="basis_point" if "basis" in word or "bp" in word
                   else "percentage_point" if "point" in word else "percent")
        end = pct.end()
        _rate(text, end, row)
    elif word_cur and not (word_cur.group("cur").lower() == "won" and not scale):
        cur_word = word_cur.group("cur").lower()
        nation = (word_cur.group("nation") or "").lower()
        code = units.DOLLAR_NATIONS.get(nation) if "dollar" in cur_word or "dlr" in cur_word else None
        if cur_word in units.CENTS:
            value, places, round_places = value / 100, places + 2, round_places + 2
        if cur_word in units.MILLIONS_OF:     # "30 MUSD", "48.5 MGBP"
            value, places, round_places = _millions(value, places, round_places)
        row.update(kind="money", unit=code or units.CURRENCY_WORDS.get(cur_word) or units.MILLIONS_OF[cur_word])
        end = word_cur.end()
        _rate(text, end, row)
    elif unit and units.unit_fits(unit.group("unit"), unit.group("sep")) \
            and not (unit.group("sep") and len(unit.group("unit")) == 1 and _counted_follows(text, unit.end())):
        surface = unit.group("unit").lower()
        pint_unit = units.CASED.get(unit.group("unit")) or units.TIME.get(surface) or units.PHYSICAL[surface]
        end = unit.end()
        if pint_unit in TIME_UNITS_FOR_DURATION:
            row.update(kind="duration", unit=pint_unit)
            exact = places >= 0 and float(value).is_integer()
            old = OLD_RE.match(text, end)
            if old:
                row["noun"] = "age"
                end = old.end()
        else:
            row.update(kind="quantity", unit=pint_unit)
        _rate(text, end, row)
    elif spelled and 0 < value < 1 and not scale and _spelled_fraction(numtext):
        row.update(kind="ratio", unit="fraction")     # "a fifth", "three quarters": a share
    else:
        # A plain whole count is exact; "5.62 million" or "2.4 people" is rounded as written.
        exact = float(value).is_integer() and places >= 0
        row.update(kind="count", noun_at=end)
        per_game = PER_GAME_RE.match(text, end)
        if per_game:     # "15.3 ppg": points per game, as box scores write it
            row.update(noun=PER_GAME[per_game.group(1).lower()], phrase=PER_GAME[per_game.group(1).lower()],
                       per="game")
            row.pop("noun_at")
            end = per_game.end()
        elif box := BOX_SCORE_RE.match(text, end):
            row["noun"], row["phrase"] = BOX_SCORE[box.group(1)]
            row.pop("noun_at")
            end = box.end()
        elif 0 < value < 120 and places >= 0 and (
                AGE_RE.search(text, max(0, start - 40), start) and text.startswith(",", end)
                or AGE_CUE_RE.search(text, max(0, start - 20), start) and not _NOUN_AFTER_RE.match(text, end)
                or _age_stated(text, start, end)):
            row.update(kind="duration", unit="year", noun="age")
            row.pop("noun_at")
    sub = _subunit(text, end, row, bool(word_cur) and end == word_cur.end() and float(value).is_integer())
    if sub:   # "6 feet 1 inch", "21 dollars and 30 cents": one figure in two units
        value, end = value + sub[0], sub[1]
        places = max(places, 2)
        round_places = max(round_places, 2)
    q = qualifier_before(text, row["start"])
    if q:
        word = q.group("q").lower()
        row["qualifier"] = "average" if word in AVERAGE else word
        row["start"] = q.start("q")
    row["value"] = value
    if row["kind"] == "ratio":
        row["low"], row["high"] = fraction_interval(value, row.get("qualifier"))
    else:
        row["low"], row["high"] = interval(value, places, round_places, row.get("qualifier"), exact)
    row["end"] = end
    return row
