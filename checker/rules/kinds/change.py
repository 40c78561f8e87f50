"""change: a stated change agrees with the old and new figures.

- Percent: "up 4.5% from last year's 1.76 billion" (to 1.84 billion): (1.84 - 1.76) / 1.76 must be
  4.5% within every figure's precision. A fall is (old - new) / old. A change in percentage points
  between two percentages is their difference; a percent change between two percentages is left
  alone, since news uses it for both relative and point changes.
- Multiples: "doubled to 48 from 20": a k-fold word covers the ratios that round to k (doubled is
  1.5 to 2.5 times; halved is 0.4 to 0.67 times, the inverse).
- Direction alone: "rose to 48 from 40", "fell from 40 to 48": the new figure must lie on the
  stated side of the old one.
"""
from __future__ import annotations

from . import INF, Param, RelationKind, bounds, fmt_interval, register


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
    summary = "a change (rose 12% to A from B, doubled, fell to A from B) agrees with A and B"
    relations = ("increase", "decrease", "multiple")
    params = {"select": Param("selector", default={"relation": ["increase", "decrease", "multiple"]},
                              help="which changes")}
    fields = ("stated", "expected", "new", "old", "direction")
    message = "from {old} to {new} is a change of {expected}, but the text says {direction} {stated}"

    def expected(self, row, left, right, ctx):
        rising = row["relation"] != "decrease"
        old = bounds(right)
        if left is None:  # direction alone: the row is the new figure
            new = bounds(row)
            values = {"new": row["text"], "old": right["text"], "direction": "it rose to" if rising else "it fell to",
                      "expected": fmt_interval(new[0] - old[1], new[1] - old[0])}
            return ((old[0], INF) if rising else (-INF, old[1])), values
        new = bounds(left)
        values = {"new": left["text"], "old": right["text"], "direction": "up" if rising else "down"}
        if row["relation"] == "multiple":
            if old[0] <= 0:
                return None
            values.update(direction="it", expected=f"{new[0] / old[1]:.2f} to {new[1] / old[0]:.2f} times")
            return (new[0] / old[1], new[1] / old[0]), values
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
