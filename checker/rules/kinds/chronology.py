"""chronology: an event told in the past tense cannot be dated after the article was published."""
from __future__ import annotations

from . import Hit, Param, RuleKind, date_bounds, register


@register
class Chronology(RuleKind):
    name = "chronology"
    needs = ("date",)
    summary = "past-tense dates are not after the publication date"
    params = {"select": Param("selector", default={"kind": "date", "tense": "past"},
                              help="date claims that must lie on or before publication")}
    fields = ("text", "date", "published")
    message = "{text} resolves to {date}, after the publication date {published}, in a past-tense statement"

    def run(self, rule, ctx):
        published = ctx.doc.published
        if published is None:
            return
        rows = rule.select("select", ctx)
        rows = rows[rows["date"].notna()]
        ctx.checked(rows.index)
        for label, row in rows.iterrows():
            first, _ = date_bounds(row["date"], row["grain"])
            if first > published:
                yield Hit([label], int(row["start"]), int(row["end"]),
                          {"text": row["text"], "date": row["date"], "published": published.isoformat()},
                          {"date": row["date"], "published": published.isoformat()})
