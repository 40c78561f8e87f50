"""enumeration: a count agrees with the items listed for it.

"three countries: France, Spain and Italy" lists three; "five candidates — A, B, C and D" lists four,
one short. A list after "including" or before "among them" (`partial-enumeration`) may be shorter
than the count, never longer."""
from __future__ import annotations

from . import Hit, Param, RuleKind, bounds, filled, fmt, register


@register
class Enumeration(RuleKind):
    name = "enumeration"
    needs = ("listed",)
    summary = "a count agrees with the number of items listed for it"
    params = {"select": Param("selector", default={"kind": "count"}, help="counts with a list")}
    fields = ("stated", "listed", "noun", "must")
    message = "{stated} {noun}, but the text lists {listed}"

    def run(self, rule, ctx):
        for label, row in rule.select("select", ctx):
            if row["relation"] not in ("enumeration", "partial-enumeration") or not filled(row["listed"]):
                continue
            ctx.checked([label])
            low, high = bounds(row)
            listed = row["listed"]
            partial = row["relation"] == "partial-enumeration"
            if (partial and listed <= high) or (not partial and low <= listed <= high):
                continue
            yield Hit([label], int(row["start"]), int(row["end"]),
                      {"stated": row["text"], "listed": fmt(listed), "noun": row["noun"] if filled(row["noun"]) else "",
                       "must": "at most" if partial else "exactly"},
                      {"stated": [low, high], "listed": listed, "must_be": "at least the items" if partial else "the items"})
