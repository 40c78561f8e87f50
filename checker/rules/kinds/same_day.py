"""same-day: a relative day word and the date set beside it are one day.

"tomorrow, May 18" in an article published on May 17: "tomorrow" resolves to May 18 from the
publication date, and the date beside it must be that day ("tomorrow on May 17" is not). Extraction
ties the pair (relation `same-day`, `left` the day word; see
`checker/extractor/relations/same_day.py`). Without a publication date the day word has no date and
the pair is not checked."""
from __future__ import annotations

import datetime as dt

from . import Hit, Param, RuleKind, register, span_of


@register
class SameDay(RuleKind):
    name = "same-day"
    needs = ("relation",)
    summary = "a relative day word (today, tomorrow, yesterday) and the date beside it are one day"
    params = {"select": Param("selector", default={"relation": "same-day"}, help="which pairs")}
    fields = ("word", "word_date", "stated", "stated_date")
    message = "{word} is {word_date} (from the publication date), but the date beside it, {stated}, is {stated_date}"

    def run(self, rule, ctx):
        for label, row in rule.select("select", ctx):
            other = ctx.label_of(row.get("left")) if row.get("relation") == "same-day" else None
            if other is None:
                continue
            word = ctx.row(other)
            if not (isinstance(word["date"], str) and isinstance(row["date"], str)):
                continue
            ctx.checked([label, other])
            if word["date"] == row["date"]:
                continue
            start, end = span_of([word, row])
            written = dt.date.fromisoformat(word["date"]).strftime("%A, %B %d, %Y").replace(" 0", " ")
            yield Hit([label, other], start, end,
                      {"word": word["text"], "word_date": written, "stated": row["text"], "stated_date": row["date"]},
                      {"word": word["text"], "word_date": word["date"], "stated_date": row["date"]})
