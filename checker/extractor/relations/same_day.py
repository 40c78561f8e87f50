"""One day named twice side by side: "tomorrow, May 18", "yesterday (May 16)", "today on March 3",
"tonight — Friday, June 7". The explicit date is tied (`same-day`) to the relative day word beside it,
which was resolved from the publication date; the rule checks that the two are one day. A date that
goes on into a list or a span ("yesterday, May 16 and May 17", "today, June 6 to June 9") is left
alone, and so is a date that states its own weekday ("today, Tuesday May 1": the weekday pins the
day, and the day word counts from a quoted source's day). In the pair the date takes the day word's tense (one time named twice) and, written without a
year, the day word's year."""
from __future__ import annotations

import re

from ..temporal.calendar import DAY_OFFSETS

# Between the day word and the date: a comma, an opening parenthesis or a dash, or "on", at most.
_JOIN = re.compile(r"\s*(?:,|\(|[–—]|-{1,2})?\s*(?:on\s+)?", re.IGNORECASE)
# A date that goes on into a list or a span of days is not the day word's day alone.
# ("and", "or"; or "to", "until", a dash before another day: "June 6 – June 9", "June 6 to 9", not the
# dash closing an aside, "tonight — June 6 — at the harbour").
_LIST_AFTER = re.compile(r"\s*,?\s*(?:(?:and|or)\s|(?:to|through|until|till|[–—-])\s*(?:\d|[A-Z][a-z]+\.?\s+\d))")
MAX_GAP = 6
_YEAR = re.compile(r"\d{4}")


def find(text: str, sent: list[dict], rows: list[dict], span: tuple[int, int]) -> None:
    for a, b in zip(sent, sent[1:]):
        if a["kind"] != "date" or b["kind"] != "date" or b.get("relation") or b.get("grain") != "day":
            continue
        if a["text"].lower() not in DAY_OFFSETS or not isinstance(a.get("date"), str):
            continue
        gap = text[a["end"]:b["start"]]
        if not gap.strip() or len(gap) > MAX_GAP or not _JOIN.fullmatch(gap):
            continue
        if _LIST_AFTER.match(text, b["end"]):
            continue
        if b.get("weekday"):
            # "today, Tuesday May 1" in a post of May 2: a date pinned by its own weekday is the day
            # meant; the day word counts from a quoted or translated source's day, not the post's
            continue
        b.update(relation="same-day", left=a["claim"])
        if a.get("tense"):
            b["tense"] = a["tense"]   # one time named twice: "tomorrow" is future whatever "said" says
        if isinstance(b.get("date"), str) and not _YEAR.search(b["text"]) and b["date"][4:] == a["date"][4:]:
            # "tomorrow, May 18": a date written without its year is the year of the day beside it
            # (the clause's tense may have put it a year back)
            if b.get("timex") == b["date"]:
                b["timex"] = a["date"]
            b["date"] = a["date"]
