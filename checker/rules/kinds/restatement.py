"""restatement: the same quantity stated twice with values that cannot both be true.

Two figures of the same kind and unit that count the same noun in the same place ("killed 12
people in Velmar" ... "the 14 people who died in Velmar"), neither a part, a relation or a hedge
bound, in sentences that name no differing dates, whose intervals do not overlap. Figures told
about different days are different quantities, so a sentence with its own date keeps its figure
apart.
"""
from __future__ import annotations

from . import Hit, Param, RuleKind, bounds, filled, fmt_interval, overlap, register


@register
class Restatement(RuleKind):
    name = "restatement"
    needs = ("noun",)
    summary = "a quantity restated later (same noun and place) keeps a compatible value"
    params = {"select": Param("selector", default={"kind": ["count", "money", "quantity"]},
                              help="which figures may be restated")}
    fields = ("first", "second", "first_value", "second_value", "noun", "place")
    message = "{second} ({second_value}) restates {first} ({first_value}) for {noun} in {place}"

    def run(self, rule, ctx):
        rows = [(label, row) for label, row in rule.select("select", ctx)
                if filled(row["noun"]) and row["place"] and not any(
                    filled(row[c]) for c in ("whole", "relation", "link", "qualifier"))]
        if len(rows) < 2:
            return
        dates: dict = {}
        for r in ctx.records:
            if r["kind"] == "date" and isinstance(r["date"], str):
                dates[r["sentence"]] = dates.get(r["sentence"], frozenset()) | {r["date"]}
        seen: dict = {}
        for label, row in rows:
            key = (row["kind"], row["unit"] if isinstance(row["unit"], str) else "", row["noun"],
                   tuple(sorted(row["place"])), dates.get(row["sentence"], frozenset()))
            if key in seen:
                first_label, first = seen[key]
                ctx.checked([first_label, label])
                if first["sentence"] != row["sentence"] and not overlap(bounds(first), bounds(row)):
                    yield Hit([first_label, label], int(row["start"]), int(row["end"]),
                              {"first": first["text"], "second": row["text"],
                               "first_value": fmt_interval(*bounds(first)),
                               "second_value": fmt_interval(*bounds(row)),
                               "noun": row["noun"], "place": ", ".join(row["place"])},
                              {"first": list(bounds(first)), "second": list(bounds(row))})
                continue
            seen[key] = (label, row)
