"""change: a percent change agrees with the old and new figures.

"up 4.5% from last year's 1.76 billion dollars" (to 1.84 billion): (1.84 - 1.76) / 1.76 must be
4.5% within every figure's precision. A fall is (old - new) / old. A change in percentage points
between two percentages is their difference. A percent change between two percentages is left
alone: news uses it for both relative and point changes.
"""
from __future__ import annotations

from . import Param, RelationKind, bounds, register


def relative_change(new: tuple[float, float], old: tuple[float, float], rising: bool):
    if old[0] <= 0:
        return None
    lo = (new[0] - old[1]) / old[1] if new[0] - old[1] >= 0 else (new[0] - old[1]) / old[0]
    hi = (new[1] - old[0]) / old[0] if new[1] - old[0] >= 0 else (new[1] - old[0]) / old[1]
    lo, hi = lo * 100, hi * 100
    return (lo, hi) if rising else (-hi, -lo)


@register
class Change(RelationKind):
    name = "change"
    summary = "a percent change (rose 12% to A from B, an increase of 20%) agrees with A and B"
    relations = ("increase", "decrease")
    params = {"select": Param("selector", default={"relation": ["increase", "decrease"]},
                              help="which changes")}
    fields = ("stated", "expected", "new", "old", "direction")
    message = "from {old} to {new} is a change of {expected}, but the text says {direction} {stated}"

    def expected(self, row, left, right, ctx):
        rising = row["relation"] == "increase"
        new, old = bounds(left), bounds(right)
        values = {"new": left["text"], "old": right["text"], "direction": "up" if rising else "down"}
        if left["kind"] == "percent":
            if row["unit"] != "percentage_point":
                return None
            diff = (new[0] - old[1], new[1] - old[0])
            return (diff if rising else (-diff[1], -diff[0])), values
        change = relative_change(new, old, rising)
        if change is None:
            return None
        values["expected"] = f"{change[0]:.1f}% to {change[1]:.1f}%"
        return change, values
