"""The tense of the clause around a date, which decides which way an unanchored date resolves."""
from __future__ import annotations

import functools
import re

from ..numbers import trie
from ..windows import lowered

# Word lists as prefix trees (numbers.trie): the engine tries one branch per letter, not every word
# at every word start. Phrases come first, so "planned to" still wins over "planned". The markers
# are matched on the lower-cased sentence without IGNORECASE, which runs two to three times faster.
_FUTURE_PHRASES = (r"(?:is|are|was|were)\s+(?:expected|scheduled|due|set|planned|going|likely|poised)\s+(?:to|for|on)|"
                   r"plans?\s+to|planned\s+to|intends?\s+to|aims?\s+to|hopes?\s+to|to\s+be|may\s+(?:be|not|also)")
_FUTURE_WORDS = trie("will shall won't won’t would could might should scheduled planned expect expects forecast "
                     "forecasts projected predicted upcoming next must".split())
FUTURE_RE = re.compile(rf"\b(?:{_FUTURE_PHRASES}|{_FUTURE_WORDS})\b|['’]ll\b")
# Past forms: irregular verbs and auxiliaries are sure; a regular "-ed" word may be an adjective
# ("so-called", "preferred shares"), so it decides only when nothing surer marks the clause.
_PAST_SURE = """was were had did said told began rose fell grew sank lost won made took gave came went saw left paid
sold bought held kept led met ran spent stood struck brought became broke chose drove flew fought found got knew
shook shot spoke stole threw wrote hit slid shrank swung sought sent built felt heard meant thought taught caught woke
ago yesterday last""".split()
PAST_SURE_RE = re.compile(rf"\b{trie(_PAST_SURE)}\b")
PAST_ED_RE = re.compile(r"\b(?!(?:shed|need|feed|speed|seed|proceed|exceed|succeed|red|bed|hundred|indeed|sacred)\b)"
                        r"\w+ed\b")
PAST_RE = re.compile(f"{PAST_SURE_RE.pattern}|{PAST_ED_RE.pattern}", re.IGNORECASE)
FUTURE_IN_PAST_RE = re.compile(r"\b(?:(?:was|were)\s+(?:expected|scheduled|due|set|planned|going|likely|poised)"
                               r"\s+(?:to|for|on)|would)\b")
PRESENT_RE = re.compile(rf"\b{trie('is are am says say has have'.split())}\b")
# A bound or a schedule ("by", "until", "due", "from") looks forward whatever the verb's tense
# (searched in the lower-cased text).
DEADLINE_BEFORE = re.compile(
    r"\b(?:by|through|thru|until|till|before|due|to|from|starting|effective|expires?|expiring|"
    r"matures?|maturing|ending|at|for|deadline|scheduled|planned|as\s+of|record)(?:\s+(?:on|in|the|of|midnight))?\s+$")
# A bound word before a date in a clause with no past verb looks forward: "to cut jobs by June".
BOUND_BEFORE = re.compile(r"\b(?:by|until|till|due|starting|effective|deadline)\s+(?:on\s+|in\s+|the\s+|"
                          r"early\s+|mid-?\s*|late\s+)?$", re.IGNORECASE)
# Verbs that report a statement say nothing of the tense of what it states.
REPORTING = re.compile(rf"\b{trie('said told announced reported stated added noted warned explained wrote confirmed revealed disclosed'.split())}\b",
                       re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[,;:\"“”()\u2014]|\s[-\u2013]\s|\bthat\b")


def tense(sentence: str, offset: int | None = None) -> str | None:
    """past, present or future: the tense of the verb that governs the text at `offset`.

    The nearest marker before the date in its clause comes first ("announced Friday that it will"
    is past; "followed a ruling ... until the court sits on May 7" is present), then the first
    after it, then the rest of the sentence. Future seen from the past ("was expected to", "would")
    and a bound in a past clause ("had fallen by March") read as present: the nearest date either
    way. None when nothing marks a tense (a caption, a list); dates there go to the nearest day.
    """
    if offset is not None:
        starts = [m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, offset)]
        start = starts[-1] if starts else 0
        end = CLAUSE_BREAK.search(sentence, offset)
        stop = end.start() if end else len(sentence)
        before, after = _marker(sentence, start, offset, last=True), _marker(sentence, offset, stop)
        if BOUND_BEFORE.search(sentence, max(0, offset - 20), offset):
            if "past" in (before, after) or PAST_RE.search(REPORTING.sub("", sentence[:offset])):
                return "present"
            return "future"
        found = before or after or _marker(sentence, offset, len(sentence)) or \
            _marker(sentence, 0, offset, last=True)
        if found:
            return found
    return _marker(sentence, 0, len(sentence))


# "will be held", "may be signed": a participle after "be" takes its tense from the auxiliary.
_PARTICIPLE_AFTER = re.compile(r"\b(?:be|been|being)\s+$", re.IGNORECASE)
# At one position, a future phrase ("was expected to") outranks the past word it starts with.
_MARKERS = (("present", FUTURE_IN_PAST_RE, 3), ("future", FUTURE_RE, 2), ("past", PAST_SURE_RE, 1),
            ("present", PRESENT_RE, 0))
_WEAK_MARKERS = (("past", PAST_ED_RE, 1),)


def _marker(text: str, lo: int, hi: int, last: bool = False) -> str | None:
    """The tense of the first (or last) word in text[lo:hi] that marks one; "-ed" words only failing others."""
    return _scan(_hits(text, False), lo, hi, last) or _scan(_hits(text, True), lo, hi, last)


# Keyed by a flag, not by the tuple of markers: hashing compiled patterns hashes their whole code.
@functools.lru_cache(maxsize=512)
def _hits(text: str, weak: bool) -> list:
    """Every marker in `text` (the weak "-ed" ones if `weak`), found once: the dates of one sentence
    ask about its parts many times (and the weak markers are only looked for when the others fail).
    Each entry is (start, end, rank, tense), in text order per marker; a past form after "be" is
    no marker."""
    hits = []
    low = lowered(text)
    for name, regex, rank in _WEAK_MARKERS if weak else _MARKERS:
        hits += [(m.start(), m.end(), rank, name) for m in regex.finditer(low)
                 if not (name == "past" and _PARTICIPLE_AFTER.search(text, max(0, m.start() - 8), m.start()))]
    return hits


def _scan(hits: list, lo: int, hi: int, last: bool) -> str | None:
    # Reading back, the marker that ends last wins ("is planned for" over its "planned"); reading
    # on, the one that starts first; at one position, the higher rank. Per marker, only its last
    # (or first) hit within the span competes, as when each pattern was searched on its own.
    best: dict[tuple, tuple] = {}
    for start, end, rank, name in hits:   # in text order for each marker
        if lo <= start and end <= hi:
            if last:
                best[rank, name] = (end, rank, name)
            else:
                best.setdefault((rank, name), (-start, rank, name))
    return max(best.values())[2] if best else None
