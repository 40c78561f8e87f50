"""total: enumerated parts against the total they belong to.

Extraction ties parts to their whole ("X, of which A and B"; "Of those, A and B"; "X, including A
and B"). "of which" lists the whole, so the parts must add up to it; the others list some of it,
so the parts must not exceed it. Sums are of intervals, so each figure keeps its precision.
"""
from __future__ import annotations

from . import Hit, INF, Param, RuleKind, bounds, filled, fmt_interval, register, span_of

EXHAUSTIVE = {"of-which"}


@register
class Total(RuleKind):
    name = "total"
    needs = ("group",)
    summary = "parts listed for a total add up to it (of which) or stay within it (of those, including)"
    params = {"select": Param("selector", default={"kind": ["count", "money", "quantity"]},
                              help="which totals to check")}
    fields = ("parts", "sum", "total", "relation")
    message = "{parts} = {sum}, but the total is {total}"

    def run(self, rule, ctx):
        wholes = {row["claim"] for _, row in rule.select("select", ctx)}
        groups: dict = {}
        for label, row in ctx.pairs:
            if filled(row["group"]) and row["whole"] in wholes:
                groups.setdefault((row["whole"], row["group"]), []).append((label, row))
        for (whole_id, _), group in groups.items():
            whole_label = ctx.label_of(whole_id)
            whole = ctx.row(whole_label)
            labels, rows = [label for label, _ in group], [row for _, row in group]
            ctx.checked([whole_label, *labels])
            lo = sum(bounds(r)[0] for r in rows)
            hi = sum(bounds(r)[1] for r in rows)
            wlo, whi = bounds(whole)
            exhaustive = rows[0]["link"] in EXHAUSTIVE and len(rows) > 1
            too_many = lo > whi
            too_few = exhaustive and hi < wlo
            if not (too_many or too_few) or lo == -INF:
                continue
            marked = rows + ([whole] if whole["sentence"] == rows[0]["sentence"] else [])
            start, end = span_of(marked)
            shown = " + ".join(r["text"] for r in rows)
            yield Hit([whole_label, *labels], start, end,
                      {"parts": shown, "sum": fmt_interval(lo, hi), "total": whole["text"] if wlo == whi else f"{whole['text']} ({fmt_interval(wlo, whi)})",
                       "relation": "equal" if exhaustive else "at most"},
                      {"parts": [r["text"] for r in rows], "sum": [lo, hi], "total": [wlo, whi],
                       "must_be": "equal" if exhaustive else "at most"})
