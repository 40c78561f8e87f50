"""Numerals as written in news: digits with separators and decimals, number words, scales, fractions."""
from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALE_WORDS = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
               "lakh": 1e5, "crore": 1e7}
WORD_VALUES = {**UNITS, **TENS, **SCALE_WORDS, "dozen": 12}

# Scales written after digits: "1.2 million", "$1.762bn", "3tn", "900m euros", "40 mln dlrs".
SCALE_SUFFIXES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "billions": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
    "trn": 1e12, "tln": 1e12, "hundred": 100, "mil": 1e6, "lakh": 1e5, "crore": 1e7, "mm": 1e6,
}
# Bare one-letter scales are only read as scales right after a number glued to money or "m euros".
AMBIGUOUS_SCALES = {"m", "b", "k", "mm"}

FRACTIONS = {"half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4,
             "quarters": 1 / 4, "fifth": 1 / 5, "fifths": 1 / 5, "sixth": 1 / 6, "sixths": 1 / 6,
             "eighth": 1 / 8, "eighths": 1 / 8, "tenth": 1 / 10, "tenths": 1 / 10, "fourth": 1 / 4,
             "fourths": 1 / 4}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}


def trie(words) -> str:
    """An alternation of `words` as a prefix tree ("t(?:en|w(?:o|elve))"): the regex engine tries
    one branch per letter instead of every word at every offset (several times faster)."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict) -> str:
    ends = "" in node
    alts = [re.escape(ch) + _branches(child) for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if ends:
        return ("(?:" + body + ")?") if len(alts) == 1 and len(body) > 1 else body + "?"
    return body


def scanner(chars: str, pattern: str, flags: int = 0) -> re.Pattern:
    """A full-text pattern behind a one-character lookahead on `chars`, the characters it can start
    with: the engine then skips most offsets before it tries costly lookbehinds and alternations
    (the scans of the corpus run 2 to 7 times faster). The pattern is grouped so that the lookahead
    gates every one of its alternatives, not only the first."""
    return re.compile(f"(?=[{chars}])(?:{pattern})", flags)


# Denominators of spelled fractions ("two thirds", "three fifths", "a hundredth", "three twenty-firsts"):
# the ordinals from "third" up, singular or plural, and "half"/"quarter". "First" and "second" are
# denominators only inside a compound ("a twenty-first"); alone they are ordinals and a unit of time.
DENOMINATORS = {
    **{w: v for w, v in ORDINALS.items() if v > 2}, **{w + "s": v for w, v in ORDINALS.items() if v > 2},
    "half": 2, "halves": 2, "quarter": 4, "quarters": 4, "fourths": 4, "thousandth": 1e3, "thousandths": 1e3,
    "millionth": 1e6, "millionths": 1e6, "billionth": 1e9, "billionths": 1e9, "trillionth": 1e12,
    "trillionths": 1e12}
COMPOUND_ORDINALS = {"first": 1, "firsts": 1, "second": 2, "seconds": 2,
                     **{w: v for w, v in DENOMINATORS.items() if v < 10}}
ZEROS = {"nought", "naught"}
SIGNS = {"negative": -1, "minus": -1}

_NUM_WORD = trie(WORD_VALUES.keys() | ZEROS | {"dozens"})
_DEN_WORD = trie(DENOMINATORS.keys() | COMPOUND_ORDINALS.keys())
_TENS_WORD = trie(TENS)
# "twenty-seven", "one hundred and five", "a dozen", "two million", "two thirds", "five and a half",
# "a fifth", "a twenty-first", "four hundred point zero six", "negative ten": a run of number words,
# parsed by parse_words.
WORDS_RE = scanner(
    "abcdefhlmnoqstzABCDEFHLMNOQSTZ",
    rf"\b(?:(?:negative|minus)\s+)?(?:(?:a|an)\s+(?=(?:hundred|thousand|million|billion|dozen|{_DEN_WORD})\b|"
    rf"(?:{_TENS_WORD})[\s-](?:{_DEN_WORD})\b))?"
    rf"(?:{_NUM_WORD}|{_DEN_WORD})(?=\W|$)(?:(?:[\s-]+(?:and\s+(?:a\s+|an\s+)?)?|\s+and\s+(?:a\s+|an\s+)?)"
    rf"(?:point[\s-]+)?(?:{_NUM_WORD}|{_DEN_WORD})(?=\W|$)){{0,15}}", re.IGNORECASE)
# At most 16 words: no number is longer, and a bounded run keeps the reader linear on a megabyte of
# "one two one two" (figures.py shortens a run that does not parse, one word at a time).
# A number word at a word start, in lower-cased text: WORDS_RE and the patterns of spelled fractions,
# ordinals and shares run only near these (a case-insensitive pattern tried at every letter costs
# about twice this scan and the windows together). A window reaches WORD_REACH characters either
# side: more than a run's opening "negative an", its joins, or the "of the" after a fraction.
WORD_TRIGGER = re.compile(rf"\b(?:{_NUM_WORD}|{_DEN_WORD})")
WORD_REACH = 30
HALF_SCALE_RE = re.compile(r"\bhalf\s+a\s+(million|billion|trillion|dozen)\b", re.IGNORECASE)

# Digits: thousands separators (comma, thin or no-break space; plain spaces in three groups or more,
# "1 414 021 100"; Indian lakh groups, "12,34,567.89"), decimals, a sign; in a list, "22,24,26".
# Not part of a word or designation (AC-130, COVID-19, G7), a clock time or a version string.
DIGITS_RE = scanner(
    "-+\u2212\\d.",
    r"(?:(?<=\$US)|(?<=\$A)|(?<=\$NZ)|(?<=\bRM)|(?<=\bPS)|(?<=\bsub-)|(?<=\bminus-)|(?<=\b[A-Z]{3})(?<=USD|EUR|GBP|AUD|CAD|"
    r"JPY|CNY|CHF|INR|NZD|HKD|SGD)|(?<![\w/.:\u2212+])(?<![^\d\s]-))"
    r"(?P<sign>[-+\u2212])?"
    r"(?P<num>\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:\x20\d{3}){2,}(?![\d,.]?\d)|"
    r"\d{1,3}(?:(?:,|\u202f|\u00a0|\u2009)\d{3})+(?!\d)|\d+|(?=\.\d))(?P<dec>\.\d+)?"
    r"(?![\d]|\.\d|,(?!\d\d(?:,\d|\b))\d|:\d|(?:st|nd|rd|th)\b)")


def parse_digits(num: str, dec: str | None = None, sign: str | None = None) -> float:
    value = float(re.sub(r"[,\u202f\u00a0\u2009 ]", "", num) + (dec or ""))
    return -value if sign in ("-", "\u2212") else value


def decimals(num: str, dec: str | None) -> int:
    """Places after the decimal point; negative for round integers ("4,300" -> -2)."""
    if dec:
        return len(dec) - 1
    digits = re.sub(r"\D", "", num)
    stripped = digits.rstrip("0")
    return -(len(digits) - len(stripped)) if stripped else 0


def parse_words(text: str) -> float | None:
    """Value of a run of number words, or None when it is not a well-formed number.

    "twenty-seven" 27, "two thirds" 0.667, "five and a half" 5.5, "7 million and a half" reads the
    half of the million, "half million" 500,000, "four hundred point zero six" 400.06, "minus ten" -10.
    """
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w]
    sign = 1
    if words and words[0] in SIGNS:
        sign, words = SIGNS[words[0]], words[1:]
    value = _number(words)
    return None if value is None else sign * value


def _number(words: list[str]) -> float | None:
    if "point" in words:
        i = words.index("point")
        whole, decimals = _integer(words[:i]) if i else 0.0, _decimal_digits(words[i + 1:])
        return None if whole is None or decimals is None else whole + float("0." + decimals)
    if len(words) > 1 and words[-1] in ("million", "billion", "trillion") and _denominator(words[:-1]):
        scale = SCALE_WORDS[words[-1]]
        cut = _last_and(words[:-1])
        head = _integer(words[:cut]) if cut > 0 else None
        if head is not None and head >= scale:    # "two billion and a half million"
            part = _number(words[cut + 1:-1])
            return None if part is None else head + part * scale
        part = _number(words[:-1])                # "seven and a half million", "three quarters billion"
        return None if part is None else part * scale
    if _denominator(words):
        return _fraction(words)
    return _integer(words)


def _last_and(words: list[str]) -> int:
    return max((k for k, w in enumerate(words) if w == "and"), default=-1)


def _denominator(words: list[str]) -> tuple[float, int] | None:
    """The denominator that ends a run and how many words it takes: "fifths" (5, 1), "twenty-first"
    (21, 2); "thirty fifths" is 35ths unless "and" joins "thirty" to a number before it."""
    last = words[-1] if words else ""
    if len(words) > 1 and words[-2] in TENS and last in COMPOUND_ORDINALS and (len(words) < 3 or words[-3] != "and"):
        return TENS[words[-2]] + COMPOUND_ORDINALS[last], 2
    return (DENOMINATORS[last], 1) if last in DENOMINATORS else None


def _fraction(words: list[str]) -> float | None:
    """ "a half", "three fifths", "five and a half", "7 million and a half" (half a million),
    "two hundred and three quarters" (200.75), "one hundred and forty-one fifths" (141/5: after
    "and", only a proper fraction is the fractional part of a mixed number)."""
    denominator, size = _denominator(words)
    body = words[:-size]
    cut = _last_and(body)
    # A singular denominator takes one: "a fifth", "one twenty-fifth"; "two hundredth" and
    # "two hundred thirty fifth" are ordinals.
    if not words[-1].endswith("s") and words[-1] not in ("half", "quarter") and \
            body[cut + 1:] not in (["a"], ["an"], ["one"]):
        return None
    if cut > 0:
        head, numerator = _integer(body[:cut]), _integer(body[cut + 1:] or ["one"])
        if head is not None and numerator is not None and 0 < numerator < denominator:
            scale = SCALE_WORDS.get(body[cut - 1], 1)
            return head + numerator / denominator * (scale if scale >= 1e3 else 1)
    if size == 2 and not body:      # "twenty fifths": twenty of them
        return TENS[words[0]] / COMPOUND_ORDINALS[words[1]] if words[1] in DENOMINATORS else None
    if not body and words[-1] in ("half", "quarter"):
        return 1 / denominator      # "half million", "quarter million"
    if not body or body == ["and"]:
        return None                 # "twenty-first", "fifth": an ordinal, no fraction
    numerator = _integer(body)
    return None if not numerator else numerator / denominator


def _decimal_digits(words: list[str]) -> str | None:
    digits = [UNITS.get(w, 0 if w in ZEROS else None) for w in words]
    if words and all(d is not None and d < 10 for d in digits):
        return "".join(str(d) for d in digits)        # "point zero three"
    value = _integer(words)                            # "point seventy-one"
    return None if value is None or not float(value).is_integer() else str(int(value))


def _integer(words: list[str]) -> float | None:
    words = [w for w in words if w != "and"]
    if words and words[0] in ("a", "an"):
        words[0] = "one"
    total, current, previous = 0.0, 0.0, None
    for w in words:
        if w in UNITS or w in TENS or w in ZEROS:
            v = UNITS.get(w, TENS.get(w, 0))
            # "twenty five" is fine, "five twenty" or "three four" is not a single number.
            if previous and current % 100 and (current % 10 or v >= 10):
                return None
            current += v
        elif w in ("dozen", "dozens"):
            # "two dozen", "four hundred and five dozens": the dozens are what follows the hundreds.
            current = current - current % 100 + (current % 100 or 1) * 12
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in SCALE_WORDS:
            if not current and total and previous in SCALE_WORDS:
                total *= SCALE_WORDS[w]    # "three lakh crore", "a thousand million"
            else:
                total += (current or 1) * SCALE_WORDS[w]
            current = 0
        else:
            return None
        previous = w
    return total + current if previous else None


def word_precision(value: float) -> int:
    """Spelled-out numbers are exact at their smallest stated unit; fractions ("a half", "one
    hundred and three quarters") to their decimals, three at most for thirds."""
    if not float(value).is_integer():
        digits = f"{abs(value):.15f}".rstrip("0").split(".")[1]
        return min(len(digits), len(digits) - len(digits.lstrip("0")) + 3)   # "a trillionth": 1e-12
    v = int(value)
    exp = 0
    while v and v % 10 == 0:
        v //= 10
        exp += 1
    return -exp
