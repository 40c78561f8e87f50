"""compare: every claim of one selection stands in a relation to every claim of another.

Values compare as intervals (their stated precision and qualifiers), dates as the days their
grain covers; a relation is reported only when it cannot hold for any reading of the figures.
"""
from __future__ import annotations

from . import Hit, INF, Param, RuleKind, bounds, date_bounds, fmt_interval, register

RELATIONS = ("equal", "less", "at-most", "greater", "at-least", "same-day", "before",
             "on-or-before", "after", "on-or-after")
_DATE_ALIASES = {"same-day": "equal", "before": "less", "on-or-before": "at-most",
                 "after": "greater", "on-or-after": "at-least"}


def impossible(relation: str, left: tuple, right: tuple) -> bool:
    (llo, lhi), (rlo, rhi) = left, right
    return {"equal": lhi < rlo or llo > rhi, "less": llo >= rhi, "at-most": llo > rhi,
            "greater": lhi <= rlo, "at-least": lhi < rlo}[relation]


@register
class Compare(RuleKind):
    name = "compare"
    summary = "claims of one selection relate to claims of another (equal, less, before, ...)"
    params = {
        "left": Param("selector", required=True, help="the claims to check; findings mark these"),
        "right": Param("selector", required=True, unless="right_published",
                       help="the claims they relate to"),
        "right_published": Param("flag", help="compare with the publication date instead of claims"),
        "relation": Param("choice", required=True, choices=RELATIONS),
    }
    fields = ("left", "right", "relation", "left_value", "right_value")
    message = "{left} ({left_value}) is not {relation} {right} ({right_value})"

    def run(self, rule, ctx):
        relation = rule.params["relation"]
        on_dates = relation in _DATE_ALIASES or relation == "same-day"
        base = _DATE_ALIASES.get(relation, relation)
        lefts = rule.select("left", ctx)
        if rule.params.get("right_published"):
            if ctx.doc.published is None:
                return
            p = ctx.doc.published
            rights = [(None, "the publication date", (p, p), p.isoformat())]
        else:
            rights = [(label, row["text"], *_reading(row, on_dates))
                      for label, row in rule.select("right", ctx)]
        if not ctx.affordable(rule, [lefts, rights]):
            return
        for label, row in lefts:
            lb, ltext = _reading(row, on_dates)
            if lb is None:
                continue
            ctx.checked([label, *(r[0] for r in rights if r[0] is not None and r[2] is not None)])
            for rlabel, rtext, rb, rshow in rights:
                if rb is None or rlabel == label or not impossible(base, lb, rb):
                    continue
                claims = [label] + ([rlabel] if rlabel is not None else [])
                yield Hit(claims, int(row["start"]), int(row["end"]),
                          {"left": row["text"], "right": rtext, "relation": relation.replace("-", " "),
                           "left_value": ltext, "right_value": rshow},
                          {"relation": relation, "left": ltext, "right": rshow})


def _reading(row, on_dates):
    if on_dates:
        if not isinstance(row["date"], str):
            return None, None
        first, last = date_bounds(row["date"], row["grain"], row["date_end"])
        shown = row["date"] if first == last else f"{first} to {last}"
        return (first, last), shown
    lo, hi = bounds(row)
    if lo == -INF and hi == INF:
        return None, None
    return (lo, hi), fmt_interval(lo, hi)
