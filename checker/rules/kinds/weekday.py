"""weekday: a weekday name must match the explicit date it modifies ("on Sunday, Aug. 29")."""
from __future__ import annotations

import calendar
import datetime as dt

from . import Hit, Param, RuleKind, register


@register
class Weekday(RuleKind):
    name = "weekday"
    needs = ("weekday",)
    summary = "a stated weekday agrees with the calendar date it is attached to"
    params = {"select": Param("selector", default={"kind": "date"},
                              help="date claims to check (those with both a weekday and a day)")}
    fields = ("weekday", "date", "actual", "text")
    message = "{weekday} does not match {date}, which is a {actual}"

    def run(self, rule, ctx):
        rows = [(label, row) for label, row in rule.select("select", ctx)
                if isinstance(row["weekday"], str) and row["grain"] == "day" and isinstance(row["date"], str)]
        ctx.checked([label for label, _ in rows])
        for label, row in rows:
            actual = calendar.day_name[dt.date.fromisoformat(row["date"]).weekday()]
            if actual.lower() != row["weekday"].lower():
                yield Hit([label], int(row["start"]), int(row["end"]),
                          {"weekday": row["weekday"], "date": row["date"], "actual": actual,
                           "text": row["text"]},
                          {"stated": row["weekday"], "calendar": actual, "date": row["date"]})
