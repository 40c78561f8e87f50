"""subset: a part counted within a whole ("14 of them", "8 of the 20 provinces") cannot exceed it."""
from __future__ import annotations

from . import Hit, Param, RuleKind, bounds, fmt_interval, register


@register
class Subset(RuleKind):
    name = "subset"
    needs = ("whole",)
    summary = "a single part of a whole is not larger than the whole"
    params = {"select": Param("selector", default={"link": "partitive"}, help="which parts to check")}
    fields = ("part", "whole", "part_value", "whole_value")
    message = "{part} ({part_value}) is more than the whole it is part of, {whole} ({whole_value})"

    def run(self, rule, ctx):
        for label, row in rule.select("select", ctx):
            whole_label = ctx.label_of(row["whole"])
            if whole_label is None:
                continue
            whole = ctx.row(whole_label)
            ctx.checked([label, whole_label])
            plo, phi = bounds(row)
            wlo, whi = bounds(whole)
            if plo > whi:
                yield Hit([label, whole_label], int(row["start"]), int(row["end"]),
                          {"part": row["text"], "whole": whole["text"],
                           "part_value": fmt_interval(plo, phi), "whole_value": fmt_interval(wlo, whi)},
                          {"part": [plo, phi], "whole": [wlo, whi]})
