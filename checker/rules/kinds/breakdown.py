"""breakdown: shares of one whole, listed together, cannot add up to more than all of it.

"Ruiz won 52% of the vote, Okafor 45% and Lind 6%": 52 + 45 + 6 = 103 (101.5 to 104.5 at the
figures' precision), more than 100%. The list may leave some out, so less than 100 is fine.
Extraction marks such lists (link `breakdown`) only in sentences that say what the shares are of.
"""
from __future__ import annotations

from . import Hit, Param, RuleKind, bounds, fmt_interval, register, rows_of, span_of


@register
class Breakdown(RuleKind):
    name = "breakdown"
    needs = ("group",)
    summary = "percentages listed as shares of one whole add up to at most 100%"
    params = {"select": Param("selector", default={"link": "breakdown"}, help="which listed shares")}
    fields = ("parts", "sum")
    message = "{parts} = {sum}%, more than the whole (100%)"

    def run(self, rule, ctx):
        rows = rule.select("select", ctx)
        for _, group in rows[rows["group"].notna()].groupby("group", sort=False):
            if len(group) < 2:
                continue
            ctx.checked(group.index)
            lo = sum(bounds(r)[0] for _, r in rows_of(group))
            hi = sum(bounds(r)[1] for _, r in rows_of(group))
            if lo <= 100:
                continue
            parts = [r for _, r in rows_of(group)]
            start, end = span_of(parts)
            yield Hit(list(group.index), start, end,
                      {"parts": " + ".join(r["text"] for r in parts), "sum": fmt_interval(lo, hi)},
                      {"parts": [r["text"] for r in parts], "sum": [lo, hi], "must_be": "at most 100"})
