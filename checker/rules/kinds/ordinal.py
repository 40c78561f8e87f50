"""ordinal: "the first/second/third X" against the earlier X that the article counts.

The rule names what counts as an earlier X (`earlier`), optionally requiring the same noun or
place as the ordinal (`same`). An Nth X leaves room for N - 1 earlier ones; counting N or more
contradicts it.
"""
from __future__ import annotations

from . import Hit, Param, RuleKind, bounds, fmt, register

SAME = ("noun", "place")


@register
class Ordinal(RuleKind):
    name = "ordinal"
    summary = "an Nth event leaves room for N - 1 earlier ones the article counts"
    params = {
        "ordinal": Param("selector", default={"kind": "ordinal"}, help="the ordinal claims"),
        "earlier": Param("selector", required=True, help="counts of earlier events of the same sort"),
        "same": Param("columns", default=[], choices=SAME,
                      help="columns the earlier counts must share with the ordinal"),
    }
    fields = ("ordinal", "count", "earlier", "room")
    may_be_empty = ("earlier",)   # "the first X" with no earlier X counted is the consistent case
    message = "'{ordinal}' leaves room for {room} earlier, but the article counts {count} ({earlier})"

    def run(self, rule, ctx):
        earlier_all = rule.select("earlier", ctx)
        same = rule.params.get("same") or []
        ordinals = rule.select("ordinal", ctx)
        if not ctx.affordable(rule, [ordinals, earlier_all]):
            return
        for label, row in ordinals:
            places = set(row["place"])
            earlier = [(other, r) for other, r in earlier_all if other != label
                       and ("noun" not in same or r["noun"] == row["noun"])
                       and ("place" not in same or places & set(r["place"]))]
            if not earlier:
                continue
            labels, texts = [other for other, _ in earlier], [r["text"] for _, r in earlier]
            ctx.checked([label, *labels])
            counted = sum(bounds(r)[0] for _, r in earlier)
            room = row["value"] - 1
            if counted > room:
                yield Hit([label, *labels], int(row["start"]), int(row["end"]),
                          {"ordinal": row["text"], "count": fmt(counted), "room": fmt(room),
                           "earlier": ", ".join(texts)},
                          {"ordinal": row["value"], "earlier_count": counted, "earlier": texts})
