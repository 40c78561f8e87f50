"""Relations a sentence states between its figures, recorded on the figure that states them.

    7.8 metres (25.6 feet)                    25.6 feet:  conversion of 7.8 metres
    peaked at 7.8 metres, 2.1 metres above    2.1 metres: difference, 7.8 - 5.7
      the threshold of 5.7 metres
    rises to 48m from 40m, an increase of 20% 20%:        increase, 48 over 40
    412 million, or 22% of the total          22%:        share, 412 million of the total
    in 2013, twelve years ago                 12 years:   elapsed from 2013 to publication
    voted 9 to 4, with all 13 members         9 and 4:    tally parts of 13 (link, not relation)

`left` and `right` hold the claim ids the relation is about (see the schema); rules do the arithmetic.
Only the wording is read here, within one sentence, and only when the figures' kinds fit. Patterns
that `match` at an offset have no `^` (it would not anchor there); those run on a gap string do.
"""
from __future__ import annotations

import re

from ..qualifiers import bounded
from ..windows import lowered_document
from . import (age, anaphora, anniversary, clock_gap, date_span, enumeration, index_move, interval, ranking,
               remainder, same_day, timezone)
from .common import fits as _fits

AMOUNT = ("count", "money", "quantity")
# A "sentence" with more figures than this is a table or a list, not prose that relates its figures;
# the pair searches below are quadratic in it, so it is left alone.
MAX_FIGURES = 60

_CONVERSION_OPEN = re.compile(r"^\s*[(\[]\s*$")
_CONVERSION_CLOSE = re.compile(r"\s*(?:[)\]]|,\s*or\b)")
_MORE = r"above|over|ahead\s+of|more\s+than|higher\s+than|longer\s+than|larger\s+than|bigger\s+than|" \
        r"taller\s+than|heavier\s+than|clear\s+of|up\s+on"
_LESS = r"below|under|behind|less\s+than|fewer\s+than|lower\s+than|short\s+of|shorter\s+than|" \
        r"smaller\s+than|lighter\s+than|down\s+on"
# The figure's noun may stand before the cue ("9 goals ahead of"), a conjunction may not ("up one
# dlr but below"); after the cue, one clause up to the reference figure, or a relative clause
# ("ahead of the runner-up, who scored 22").
# "31 seconds faster than": a smaller time, but a larger speed.
_DIFFERENCE = re.compile(
    rf"^\s*(?:(?!(?:but|and|or|while|yet|as|still)\b)[a-z]+\s+){{0,2}}?"
    rf"(?:(?P<more>{_MORE})|(?P<less>{_LESS})|(?P<faster>faster\s+than|quicker\s+than)|(?P<slower>slower\s+than))\b"
    rf"[^.;!?\d,]{{0,60}}(?:,\s*(?:who|which|whose)\b[^.;!?\d,]{{0,30}})?$", re.IGNORECASE)
_UP = r"up|rose|rise|rises|risen|rising|increased?|increases|increasing|climbed|climbs?|jumped|jumps?|" \
      r"gained|gains?|grew|grows|grown|growth|surged|soared|advanced|higher|added"
_DOWN = r"down|fell|falls?|fallen|falling|decreased?|decreases|declined?|declines|dropped|drops?|" \
        r"slipped|slid|plunged|shrank|shrunk|cut|cuts|lost|lower|reduced|reduction|slump(?:ed)?"
# The cue patterns of changes are lower case, searched in the lower-cased text (case-sensitive
# searches of long alternations run several times faster than IGNORECASE ones).
_CHANGE = re.compile(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\s+(?:of\s+|by\s+)?(?:an?\s+)?(?:some\s+)?$")
# "a reduction in the discount rate by 25 basis points", "an increase in its stake of 3%": the change
# noun, what changed, then the amount.
_CHANGE_IN = re.compile(r"\b(?:(?:(?P<up>increase|rise|gain|jump|hike)|(?P<down>reduction|decrease|cut|fall|drop|decline))"
                        r"\s+(?:in|to)\s+|(?:(?P<up_verb>raised|increased|lifted|hiked|boosted)|"
                        r"(?P<down_verb>cut|lowered|reduced|trimmed|slashed))\s+)(?:[a-z'’-]+\s+){1,4}(?:by|of)\s+"
                        r"(?:some\s+|about\s+)?$")
# Only "from" names the base of a change; "compared with" often names another period's figure
# ("rose 31.3 pct [year on year] to 154,711, compared with 146,610 in April").
_STATED_CHANGE = re.compile(
    r"\b(?:an?\s+(?:net\s+)?)(?:(?P<up>gain|rise|increase|jump|improvement)|(?P<down>saving|drop|fall|decrease|"
    r"decline|reduction|cut|loss))\s+of\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$")
# Verbs only for a bare direction ("February's gain to 236,000" names a gain, it does not say one).
_DIRECTION = re.compile(r"\b(?:(?P<up>rose|risen|climbed|jumped|increased|grew|surged|soared|advanced|gained|"
                        r"went\s+up|was\s+up|were\s+up)|(?P<down>fell|fallen|dropped|declined|decreased|slipped|slid|"
                        r"plunged|shrank|tumbled|went\s+down|was\s+down|were\s+down))\s+(?:[a-z]+\s+){0,1}$")
# Exchange rates are often quoted the other way round ("the yen rose to 161 from 221 to the dollar").
_EXCHANGE_QUOTE = re.compile(r"\b(?:to|against|per)\s+the\s+(?:u\.?s\.?\s+)?(?:dollar|currency|euro|yen|pound|"
                             r"mark|franc)\b|\bvalue\s+of\s+the\b|\bexchange\s+rate\b")
_FROM = re.compile(r"\bfrom\s+(?:[\w'’]+\s+){0,3}$", re.IGNORECASE)
_TO = re.compile(r"\b(?:to|at)\s+(?:[\w'’]+\s+){0,2}$", re.IGNORECASE)
_UP_TO = re.compile(r"up\s+to\b", re.IGNORECASE)     # "from 450 sq ft up to 900 sq ft": the bound is the figure's
_TO_WORD = re.compile(r"\bto\s+(?:[\w'’]+\s+){0,2}$", re.IGNORECASE)
# A change, its old and its new figure stand in one clause: "fell 4.0 pct to 94,400 tonnes, while
# foreign production rose to 182,900 tonnes from 174,500" pairs nothing across "while".
_CLAUSE_BREAK = re.compile(r";|,\s*(?:while|whereas|but|and)\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)
_OR_SHARE = re.compile(r"^\s*(?:[a-z]+\s*)?,\s*or\s*$", re.IGNORECASE)
_OF_TOTAL = re.compile(r"\s+of\s+(?:the|all|its|their)\s+(?:[a-z]+\s+)?total\b(?!\s+[a-z])", re.IGNORECASE)
_OF_NEXT = re.compile(r"^\s+of\s+(?:(?:the|all|its|their)\s+)?(?:(?:[a-z]+\s+)?total\s+of\s+)?$", re.IGNORECASE)
_TOTAL_THEN_FIGURE = re.compile(r"^\s+of\s+(?:the|all|its|their)\s+(?:[a-z]+\s+)?total\s*,\s*(?:or\s+)?$",
                                re.IGNORECASE)
_MAKES_UP = re.compile(r"\b(?:accounts?\s+for|accounted\s+for|makes?\s+up|made\s+up|represents?|represented|"
                       r"comprises?|comprised|constitutes?|constituted)\s+$", re.IGNORECASE)
_SINCE_TO_DURATION = re.compile(r"^\s*,\s*(?:a|an|the)\s+(?:[a-z]+\s+){1,2}of\s+$", re.IGNORECASE)
_DURATION_TO_SINCE = re.compile(r"^\s+(?:[a-z]+\s+){0,3}since\s+$", re.IGNORECASE)
_TENURE = re.compile(r"\s+(?:in\s+office|in\s+power|at\s+the\s+helm|in\s+charge|in\s+the\s+job|"
                     r"in\s+the\s+post|in\s+post|on\s+the\s+throne)\b", re.IGNORECASE)
_TOOK_OFFICE = re.compile(r"\b(?:took\s+office|came\s+to\s+power|took\s+power|was\s+elected|elected|"
                          r"appointed|took\s+over|took\s+charge|sworn\s+in|acceded)\s+(?:in\s+|on\s+)?$",
                          re.IGNORECASE)
_BORN = re.compile(r"\bborn\s+(?:in\s+|on\s+)?$", re.IGNORECASE)
_BEGAN = re.compile(r"\b(?:since|began\s+on|begun\s+on|started\s+on|starting\s+on|first\s+\w+\s+on|"
                    r"detected\s+on|reported\s+on|erupted\s+on|broke\s+out\s+on)\s+$", re.IGNORECASE)
_TOOK = re.compile(r"\b(?:took|lasted|spanned|spent)\s+(?:about\s+|nearly\s+|almost\s+|some\s+)?$", re.IGNORECASE)
_TO_THE_DAY = re.compile(r"\s+to\s+the\s+day\b", re.IGNORECASE)
TALLY_BEFORE = re.compile(r"\b(?:voted|vote\s+of|votes?\s+(?:was|were)|by\s+a\s+(?:vote|margin)\s+of|"
                           r"split|ruled)\s+$", re.IGNORECASE)
_TALLY_GAP = re.compile(r"^\s*(?:to|-|–)\s*$")
_SHARE_WORDS = re.compile(r"\bof\s+(?:the\s+)?(?:votes?|ballots|total|respondents|those\s+(?:surveyed|polled|asked)|"
                          r"the\s+market|market\s+share)\b|\bshares?\s+of\b|\bvote\s+shares?\b",
                          re.IGNORECASE)
_LIST_GAP = re.compile(r"^(?:\s*(?:of\s+the\s+vote|for\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*|[A-Z][\w.'’-]*"
                       r"(?:\s+[A-Z][\w.'’-]*)*)?\s*(?:,|,?\s+and|,?\s+while|;)\s+(?:[A-Z][\w.'’-]*"
                       r"(?:\s+[A-Z][\w.'’-]*)*\s+)?(?:(?:won|took|got|had|received|polled|with)\s+)?)$")
# "came on Nov. 21, after the attack on Oct. 17": order words between two dates of one sentence.
# One clause: no conjunction ("since 1983 and its chairman since 1984" is two statements) and no
# comma, except one opening an apposition of time ("on Tuesday, a day after the attack on Monday").
_ORDER = re.compile(r"^(?:,\s*(?=(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|several|some|just|"
                    r"shortly|only|barely|soon|days?|weeks?|months?|years?|hours?|after|before|until|since|following|\d+)\b))?"
                    r"(?:(?!\b(?:and|but|or|though|although|while|whereas|which|who)\b)[^,.;!?]){0,50}?"
                    r"\b(?:(?P<after>after|since|following)|(?P<before>before|until|till|prior\s+to|ahead\s+of))\b"
                    r"(?:(?!\b(?:and|but|or)\b)[^.;!?,]){0,40}$", re.IGNORECASE)
MEMBERS = {"member", "senator", "lawmaker", "judge", "justice", "juror", "delegate", "councillor",
           "councilor", "legislator", "director", "representative", "mp", "commissioner", "minister",
           "voter", "shareholder", "seat"}


# Relation families with a module of their own, run in this order after the ones above: within a
# sentence, then across the article.
FAMILIES = (timezone.find, enumeration.find, clock_gap.find, date_span.find, same_day.find)
DOCUMENT_FAMILIES = (enumeration.find_in_document, age.find_in_document, interval.find_in_document, remainder.find_in_document,
                     anaphora.find_in_document, ranking.find_in_document,
                     anniversary.find_in_document)
AFTER_DIRECTIONS = (index_move.find,)


def _free(row: dict) -> bool:
    """Not itself a part of a whole, a conversion, or another relation's statement."""
    return not row.get("whole") and not row.get("relation")


def find_relations(text: str, rows: list[dict], spans) -> None:
    by_sentence: dict[int, list[int]] = {}
    for i, row in enumerate(rows):
        by_sentence.setdefault(row["sentence"], []).append(i)
    for sentence, members in by_sentence.items():
        if len(members) > MAX_FIGURES:
            continue
        sent = [rows[i] for i in members]
        start = spans[sentence][0] if spans else 0
        _weekday_appositions(text, sent)
        _restated_bounds(text, sent)
        _conversions(text, sent)
        _tallies(text, sent)
        _breakdowns(text, sent, start)
        _shares(text, sent, rows)
        _changes(text, lowered_document(text), sent, start)
        _differences(text, sent)
        _elapsed(text, sent)
        _order(text, sent)
        for family in FAMILIES:
            family(text, sent, rows, spans[sentence] if spans else (0, len(text)))
    for family in DOCUMENT_FAMILIES:
        family(text, rows, spans)


def find_after_directions(text: str, rows: list[dict], spans) -> None:
    """Families that read the direction of a move (marked after the relations above)."""
    by_sentence: dict[int, list[dict]] = {}
    for row in rows:
        by_sentence.setdefault(row["sentence"], []).append(row)
    for sentence, sent in by_sentence.items():
        if len(sent) <= MAX_FIGURES and any(r["kind"] == "percent" for r in sent):
            for family in AFTER_DIRECTIONS:
                family(text, sent, rows, spans[sentence] if spans else (0, len(text)))


def _gap(text: str, a: dict, b: dict) -> str:
    return text[a["end"]:b["start"]]


# Parentheses only: a comma list ("after Super Tuesday, yesterday and on Wednesday") joins
# different days.
_APPOSITION = re.compile(r"^\s*\(\s*$")


def _weekday_appositions(text: str, sent: list[dict]) -> None:
    """ "yesterday (Tuesday)", "on Tuesday (Nov. 21)", "Nov. 21 (Tuesday)": a bare weekday set beside
    a day's date names that day's weekday, as "Tuesday, Nov. 21" does, so the weekday rule checks it."""
    for a, b in zip(sent, sent[1:]):
        if a["kind"] != "date" or b["kind"] != "date" or not _APPOSITION.match(_gap(text, a, b)):
            continue
        pair = {a.get("grain"): a, b.get("grain"): b}
        day, bare = pair.get("day"), pair.get("weekday")
        if day is not None and bare is not None and not day.get("weekday") and day.get("date"):
            day["weekday"] = bare["weekday"]


_PAREN_OPEN = re.compile(r"\s*\(")
_IN_PARENS = re.compile(r"[^()]{0,80}\)")


def _restated_bounds(text: str, sent: list[dict]) -> None:
    """ "just under 402 hp (300 kW / 408 PS)", "more than 4 million crowns (US $0.6 million)": the
    figures in parentheses right after a hedged or bounded figure restate it, hedge included."""
    for k, a in enumerate(sent):
        q = (a.get("qualifier") or "").lower()
        opened = _PAREN_OPEN.match(text, a["end"]) if q and q not in ("range", "vague", "average") else None
        closed = opened and _IN_PARENS.match(text, opened.end())
        if not closed:
            continue
        for b in sent[k + 1:]:
            if b["start"] >= closed.end():
                break
            if b.get("qualifier") or b["kind"] not in (a["kind"], "count") or b["kind"] in ("date", "ordinal"):
                continue
            b["qualifier"] = q
            ends = bounded(q, b["value"], b["low"], b["high"])
            if ends:
                b["low"], b["high"] = ends


def _conversions(text: str, sent: list[dict]) -> None:
    for a, b in zip(sent, sent[1:]):
        if a["kind"] in ("quantity", "duration") and b["kind"] == a["kind"] and a.get("unit") != b.get("unit") \
                and _CONVERSION_OPEN.match(_gap(text, a, b)) and _CONVERSION_CLOSE.match(text, b["end"]) \
                and not b.get("relation"):
            b.update(relation="conversion", left=a["claim"])


def _tallies(text: str, sent: list[dict]) -> None:
    for k, (a, b) in enumerate(zip(sent, sent[1:])):
        if a["kind"] == b["kind"] == "count" and _TALLY_GAP.match(_gap(text, a, b)) \
                and TALLY_BEFORE.search(text, max(0, a["start"] - 30), a["start"]):
            whole = next((r for r in sent if r is not a and r is not b and r["kind"] == "count"
                          and (r.get("noun") in MEMBERS
                               or re.search(r"\ball\s+$", text[max(0, r["start"] - 5):r["start"]]))), None)
            if whole is not None:
                for part in (a, b):
                    part.update(whole=whole["claim"], link="tally", group=a["claim"])


def _breakdowns(text: str, sent: list[dict], sent_start: int) -> None:
    """Shares of one whole listed together ("Ruiz won 52% of the vote, Okafor 45% and Lind 5%"):
    a run of percentages in a sentence that says what they are shares of."""
    shares = [r for r in sent if r["kind"] == "percent" and r.get("unit") == "percent" and not r.get("relation")]
    if len(shares) < 2:
        return
    end = max(r["end"] for r in sent)
    if not _SHARE_WORDS.search(text, sent_start, end + 40):
        return
    run = [shares[0]]
    for r in shares[1:]:
        if _LIST_GAP.match(_gap(text, run[-1], r)):
            run.append(r)
            continue
        _mark_breakdown(run)
        run = [r]
    _mark_breakdown(run)


def _mark_breakdown(run: list[dict]) -> None:
    if len(run) >= 2:
        for r in run:
            r.update(link="breakdown", group=run[0]["claim"])


def _total_of(part: dict, rows: list[dict]) -> dict | None:
    """"the total": the article's first figure of the same sort that is larger than the part."""
    for r in rows:
        if r is not part and r["kind"] == part["kind"] and r.get("unit") == part.get("unit") \
                and (r.get("noun") is None or part.get("noun") is None or r["noun"] == part["noun"]) \
                and _free(r) and r["low"] is not None and part["high"] is not None and r["low"] > part["high"]:
            return r
    return None


def _shares(text: str, sent: list[dict], rows: list[dict]) -> None:
    for k, row in enumerate(sent):
        if not (row["kind"] == "percent" and row.get("unit") == "percent" or row.get("unit") == "fraction"):
            continue
        prev = sent[k - 1] if k else None
        nxt = sent[k + 1] if k + 1 < len(sent) else None
        part = whole = None
        if nxt is not None and nxt["kind"] in AMOUNT and _TOTAL_THEN_FIGURE.match(_gap(text, row, nxt)):
            part = nxt                                     # "18% of the total, about 1.01 million"
        elif prev is not None and prev["kind"] in AMOUNT and (
                _OR_SHARE.match(_gap(text, prev, row))     # "412 million dollars, or 22% of ..."
                or _MAKES_UP.search(text, max(prev["end"], row["start"] - 30), row["start"])):
            part = prev                                    # "1.4 million accounts for a quarter of ..."
            if k >= 2 and sent[k - 2].get("whole") == prev["claim"] and sent[k - 2].get("link") == "partitive":
                part, whole = sent[k - 2], prev            # "14 of the 20 provinces, or 70%"
        if part is None:
            continue
        if whole is None and nxt is not None and nxt is not part and _OF_NEXT.match(_gap(text, row, nxt)) \
                and _fits(part, nxt):
            whole = nxt
        elif whole is None and _OF_TOTAL.match(text, row["end"]):
            whole = _total_of(part, rows)
        if whole is not None and not row.get("relation"):
            row.update(relation="share", left=part["claim"], right=whole["claim"])


def _pair(text: str, sent: list[dict], sent_start: int, anchor: dict) -> tuple[dict, dict] | None:
    """(new, old) for a change stated at `anchor`: old is "from B", new is "to A" (or "at A"), else
    the nearest earlier figure of the same sort; all in the anchor's clause."""
    # "up 8% from a year ago": a point in time, not an amount that changed
    others = [r for r in sent if r is not anchor and r["kind"] in AMOUNT + ("percent", "duration")
              and not r.get("ago") and not _CLAUSE_BREAK.search(text, min(r["end"], anchor["end"]), max(r["start"], anchor["start"]))]
    old = next((r for r in others if _FROM.search(text, max(sent_start, r["start"] - 40), r["start"])), None)
    if old is None:
        return None
    new = next((r for r in others if r is not old and _fits(r, old)
                and _TO.search(text, max(sent_start, r["start"] - 25), r["start"])), None)
    if new is None:
        before = [r for r in others if r["start"] < anchor["start"] and r is not old and _fits(r, old) and _free(r)]
        new = before[-1] if before else None
    return (new, old) if new is not None and _fits(new, old) else None


def _changes(text: str, lower: str, sent: list[dict], sent_start: int) -> None:
    """Percent changes, multiples ("doubled"), stated gains and savings, and bare directions."""
    for row in sent:
        if row.get("relation"):
            continue
        window = max(sent_start, row["start"] - 30)
        if row["kind"] == "percent":
            cue = _CHANGE.search(lower, window, row["start"]) or _CHANGE_IN.search(lower, max(sent_start, row["start"] - 60),
                                                                                   row["start"])
            pair = cue and _pair(text, sent, sent_start, row)
            # A change between two percentages needs its new level said with "to": the nearest earlier
            # percentage is as often another month's change ("rose 5.1 pct and December's 1.5 pct").
            if pair and pair[0]["kind"] == "percent" and not _TO.search(text, max(sent_start, pair[0]["start"] - 25),
                                                                         pair[0]["start"]):
                pair = None
            if pair:
                up = cue.group("up") or (cue.re is _CHANGE_IN and cue.group("up_verb"))
                row.update(relation="increase" if up else "decrease", left=pair[0]["claim"], right=pair[1]["claim"])
        elif row.get("unit") == "multiple":
            pair = _pair(text, sent, sent_start, row)
            if pair:
                row.update(relation="multiple", left=pair[0]["claim"], right=pair[1]["claim"])
        elif row["kind"] in AMOUNT + ("duration",) and (cue := _STATED_CHANGE.search(lower, window, row["start"])):
            pair = _pair(text, sent, sent_start, row)
            if pair and _fits(row, pair[0]):
                new, old = pair
                larger, smaller = (new, old) if cue.group("up") else (old, new)
                row.update(relation="difference", left=larger["claim"], right=smaller["claim"])
    _directions(text, lower, sent, sent_start)


def _directions(text: str, lower: str, sent: list[dict], sent_start: int) -> None:
    """ "rose to A from B", "fell from B to A": A is the new figure, and must have moved that way.
    With no direction word the pair is still recorded, as `from-to`, which no rule checks ("narrowed
    to A from B", "from B at noon to A")."""
    if any(r.get("relation") in ("increase", "decrease", "multiple") for r in sent):
        return  # a stated change already ties the pair, and its check covers the direction
    if _EXCHANGE_QUOTE.search(lower, sent_start, sent[-1]["end"] + 40):
        return
    before = lambda r: text[max(sent_start, r["start"] - 25):r["start"]]  # noqa: E731
    for k, a in enumerate(sent):
        if a["kind"] not in AMOUNT + ("percent",) or a.get("relation"):
            continue
        if _FROM.search(before(a)):
            first_is_new, cue_of_b = False, _TO
        elif _TO.search(before(a)):
            first_is_new, cue_of_b = True, _FROM
        else:
            continue
        # The next amount, past dates and times ("from $1,220 at noon to $1,180").
        b = next((r for r in sent[k + 1:] if r["kind"] in AMOUNT + ("percent",)), None)
        if b is None or not _fits(a, b) or b.get("relation") \
                or not (cue_of_b.search(before(b)) or cue_of_b is _TO and _UP_TO.match(b["text"])) \
                or _CLAUSE_BREAK.search(text, a["end"], b["start"]):
            continue
        new, old = (a, b) if first_is_new else (b, a)
        cue = _DIRECTION.search(lower, max(sent_start, a["start"] - 30), a["start"])
        if cue:
            new.update(relation="increase" if cue.group("up") else "decrease", right=old["claim"])
        elif _TO_WORD.search(before(new)) or _UP_TO.match(new["text"]):   # "from 212, ... ranked at 202": no pair
            new.update(relation="from-to", right=old["claim"])


_RANGE_END = re.compile(r"\s*(?:to|or|and|[-–—])\s*", re.IGNORECASE)


def _differences(text: str, sent: list[dict]) -> None:
    for k, row in enumerate(sent[:-1]):
        if row["kind"] not in AMOUNT + ("duration",) or row.get("relation") or row.get("whole"):
            continue
        ref = sent[k + 1]
        cue = _DIFFERENCE.match(_gap(text, row, ref))
        if not cue or not _fits(row, ref):
            continue
        earlier = [r for r in sent[:k] if _fits(r, row) and _free(r)]
        if not earlier:
            continue
        subject = earlier[-1]
        if _RANGE_END.fullmatch(_gap(text, subject, row)):
            continue     # "rise 500,000 to two mln barrels above the 234 mln": a range's other end
        more = cue.group("more") or (cue.group("faster") if row["kind"] != "duration" else cue.group("slower"))
        larger, smaller = (subject, ref) if more else (ref, subject)
        row.update(relation="difference", left=larger["claim"], right=smaller["claim"])


def _order(text: str, sent: list[dict]) -> None:
    # Only neighbours: a figure between two dates usually belongs to a clause of its own.
    for a, b in zip(sent, sent[1:]):
        if a["kind"] != "date" or b["kind"] != "date" or not a.get("date") or not b.get("date"):
            continue
        cue = _ORDER.match(_gap(text, a, b))
        if cue and not a.get("relation"):
            a.update(relation="after" if cue.group("after") else "before", right=b["claim"])


def _date_after(text: str, sent: list[dict], cue: re.Pattern) -> dict | None:
    """The sentence's first resolved date right after `cue` ("born in 1997", "began on Aug. 1")."""
    return next((r for r in sent if r["kind"] == "date" and r.get("date")
                 and cue.search(text, max(0, r["start"] - 30), r["start"])), None)


def _elapsed(text: str, sent: list[dict]) -> None:
    for k, row in enumerate(sent):
        if row["kind"] != "duration" or row.get("relation"):
            continue
        prev = sent[k - 1] if k else None
        nxt = sent[k + 1] if k + 1 < len(sent) else None
        start = end = None
        if row.get("noun") == "age":
            # "Marsh, 27, born in 1997"; "the 42-day-old outbreak, which began on Aug. 1"
            start = _date_after(text, sent, _BORN if row.get("unit") == "year" else _BEGAN)
        elif row.get("ago"):
            if prev is not None and prev["kind"] == "date" and re.fullmatch(r"\s*,?\s*", _gap(text, prev, row)):
                start = prev                                # "in 2013, twelve years ago"
            elif nxt is not None and nxt["kind"] == "date" and \
                    re.fullmatch(r"\s*,?\s*(?:in|on)?\s*", _gap(text, row, nxt), re.IGNORECASE):
                start = nxt                                 # "twelve years ago, in 2013"
        elif prev is not None and prev["kind"] == "date" and prev.get("qualifier") == "since" \
                and _SINCE_TO_DURATION.match(_gap(text, prev, row)):
            start = prev                                    # "since 1998, a wait of 26 years"
        elif nxt is not None and nxt["kind"] == "date" and _DURATION_TO_SINCE.match(_gap(text, row, nxt)):
            start = nxt                                     # "for 26 years since 1998"
        elif _TENURE.match(text, row["end"]):
            start = _date_after(text, sent, _TOOK_OFFICE)   # "took office in 2021 ... four years in office"
        elif _TOOK.search(text, max(0, row["start"] - 25), row["start"]):
            dates = [r for r in sent if r["kind"] == "date" and r.get("date")]
            if len(dates) == 2:                             # "begun in 2016, took seven years ... in 2023"
                start, end = dates
        if _TO_THE_DAY.match(text, row["end"]) and start is None:
            start = next((r for r in sent if r["kind"] == "date" and r.get("grain") == "day"), None)
        if start is not None and start.get("date"):
            row.update(relation="elapsed", left=start["claim"], right=end["claim"] if end else None)
            if _TO_THE_DAY.match(text, row["end"]):
                row["qualifier"] = "to the day"
