"""chronology: dates in the order the text tells.

- `against: publication` (the default): an event told in the past tense cannot be dated after the
  article was published.
- `against: order`: order words between two dates of a sentence ("on Nov. 21, after the attack on
  Oct. 17"; "from Monday until Thursday") must match the calendar. After means on or after, before
  means on or before; each date covers every day of its grain.
"""
from __future__ import annotations

from . import Hit, Param, RuleKind, date_bounds, register


@register
class Chronology(RuleKind):
    name = "chronology"
    needs = ("date",)
    summary = "past-tense dates are not after publication; dates joined by after/before/since keep that order"
    params = {"select": Param("selector", default={"kind": "date", "tense": "past"},
                              help="date claims to check"),
              "against": Param("choice", default="publication", choices=("publication", "order"),
                               help="check the dates against publication, or the order words between them")}
    fields = ("text", "date", "published", "order", "other", "other_date")
    message = "{text} resolves to {date}, after the publication date {published}, in a past-tense statement"

    def run(self, rule, ctx):
        rows = [(label, row) for label, row in rule.select("select", ctx) if isinstance(row["date"], str)]
        if rule.params["against"] == "order":
            yield from self._order(rows, ctx)
            return
        published = ctx.doc.published
        if published is None:
            return
        ctx.checked([label for label, _ in rows])
        for label, row in rows:
            first, _ = date_bounds(row["date"], row["grain"], row["date_end"])
            if first > published:
                yield Hit([label], int(row["start"]), int(row["end"]),
                          self._values(row, published=published.isoformat()),
                          {"date": row["date"], "published": published.isoformat()})

    @staticmethod
    def _values(row, **extra) -> dict:
        values = {"text": row["text"], "date": row["date"], "published": "", "order": "", "other": "",
                  "other_date": ""}
        values.update(extra)
        return values

    def _order(self, rows, ctx):
        for label, row in rows:
            other_label = ctx.label_of(row["right"]) if row["relation"] in ("after", "before") else None
            if other_label is None:
                continue
            other = ctx.row(other_label)
            if not isinstance(other["date"], str):
                continue
            ctx.checked([label, other_label])
            first, last = date_bounds(row["date"], row["grain"], row["date_end"])
            ofirst, olast = date_bounds(other["date"], other["grain"], other["date_end"])
            wrong = last < ofirst if row["relation"] == "after" else first > olast
            if wrong:
                yield Hit([label, other_label], int(row["start"]), int(other["end"]),
                          self._values(row, order=row["relation"], other=other["text"], other_date=other["date"]),
                          {"date": row["date"], "order": row["relation"], "other_date": other["date"]})
