"""breakdown: shares of one whole, listed together, cannot add up to more than all of it.

"Ruiz won 52% of the vote, Okafor 45% and Lind 6%": 52 + 45 + 6 = 103 (101.5 to 104.5 at the
figures' precision), more than 100%. The list may leave some out, so less than 100 is fine.
Extraction marks such lists (link `breakdown`) only in sentences that say what the shares are of.
"""
from __future__ import annotations

from . import Hit, Param, RuleKind, bounds, filled, fmt_interval, register, span_of


@register
class Breakdown(RuleKind):
    name = "breakdown"
    needs = ("group",)
    summary = "percentages listed as shares of one whole add up to at most 100%"
    params = {"select": Param("selector", default={"link": "breakdown"}, help="which listed shares")}
    fields = ("parts", "sum")
    message = "{parts} = {sum}%, more than the whole (100%)"

    def run(self, rule, ctx):
        groups: dict = {}
        for label, row in rule.select("select", ctx):
            if filled(row["group"]):
                groups.setdefault(row["group"], []).append((label, row))
        for group in groups.values():
            if len(group) < 2:
                continue
            labels, parts = [label for label, _ in group], [row for _, row in group]
            ctx.checked(labels)
            lo = sum(bounds(r)[0] for r in parts)
            hi = sum(bounds(r)[1] for r in parts)
            if lo <= 100:
                continue
            start, end = span_of(parts)
            yield Hit(labels, start, end,
                      {"parts": " + ".join(r["text"] for r in parts), "sum": fmt_interval(lo, hi)},
                      {"parts": [r["text"] for r in parts], "sum": [lo, hi], "must_be": "at most 100"})
