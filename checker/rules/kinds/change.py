"""change: a stated change agrees with the old and new figures.

- Percent: "up 4.5% from last year's 1.76 billion" (to 1.84 billion): (1.84 - 1.76) / 1.76 must be
  4.5% within every figure's precision. A fall is (old - new) / old. A change in percentage points
  (or basis points) between two percentages is their difference; a change "in percent" between two
  percentages may be either, since news uses it for both, and must be one of the two.
- Multiples: "doubled to 48 from 20": a k-fold word covers the ratios that round to k (doubled is
  1.5 to 2.5 times; halved is 0.4 to 0.67 times, the inverse).
- Direction alone: "rose to 48 from 40", "fell from 40 to 48": the new figure must lie on the
  stated side of the old one.
"""
from __future__ import annotations

from . import INF, Param, RelationKind, bounds, fmt_interval, register, span_of


def relative_change(new: tuple[float, float], old: tuple[float, float], rising: bool):
    if old[0] <= 0:
        return None
    lo = (new[0] - old[1]) / old[1] if new[0] - old[1] >= 0 else (new[0] - old[1]) / old[0]
    hi = (new[1] - old[0]) / old[0] if new[1] - old[0] >= 0 else (new[1] - old[0]) / old[1]
    lo, hi = lo * 100, hi * 100
    return (lo, hi) if rising else (-hi, -lo)


def described(rise: tuple[float, float], shown) -> str:
    """A change as the figures make it, rise positive: "a rise of 11.2% to 13.8%", "a fall of 0.2
    points", or "a change of -0.1 to 0.3 points" when it may go either way. Never a "fall of -12%"."""
    lo, hi = rise
    if lo >= 0:
        return f"a rise of {shown(lo, hi)}"
    if hi <= 0:
        return f"a fall of {shown(-hi, -lo)}"
    return f"a change of {shown(lo, hi)}"


def _percent(lo: float, hi: float) -> str:
    return f"{lo:.1f}%" if f"{lo:.1f}" == f"{hi:.1f}" else f"{lo:.1f}% to {hi:.1f}%"


@register
class Change(RelationKind):
    name = "change"
    summary = "a change (rose 12% to A from B, doubled, fell to A from B) agrees with A and B"
    relations = ("increase", "decrease", "multiple")
    params = {"select": Param("selector", default={"relation": ["increase", "decrease", "multiple"]},
                              help="which changes")}
    fields = ("stated", "expected", "new", "old", "direction")
    message = "from {old} to {new} is {expected}, but the text says {direction} {stated}"

    def span(self, row, left, right):
        """Three figures stated together: any of them may be the wrong one, so the finding covers all."""
        return span_of([r for r in (row, left, right) if r is not None])

    def expected(self, row, left, right, ctx):
        rising = row["relation"] != "decrease"
        old = bounds(right)
        if left is None:  # direction alone: the row is the new figure
            new = bounds(row)
            values = {"new": row["text"], "old": right["text"], "direction": "it rose to" if rising else "it fell to",
                      "expected": described((new[0] - old[1], new[1] - old[0]), fmt_interval)}
            return ((old[0], INF) if rising else (-INF, old[1])), values
        new = bounds(left)
        values = {"new": left["text"], "old": right["text"], "direction": "up" if rising else "down"}
        if row["relation"] == "multiple":
            if old[0] <= 0:
                return None
            values.update(direction="it", expected=f"{new[0] / old[1]:.2f} to {new[1] / old[0]:.2f} times the old")
            return (new[0] / old[1], new[1] / old[0]), values
        if left["kind"] == "percent":
            scale = {"percentage_point": 1.0, "basis_point": 100.0, "percent": 1.0}.get(row["unit"])
            if scale is None:
                return None
            diff = (new[0] - old[1], new[1] - old[0])
            points = tuple(x * scale for x in (diff if rising else (-diff[1], -diff[0])))
            unit = {"percentage_point": " points", "basis_point": " basis points", "percent": " points"}[row["unit"]]
            values["expected"] = described((diff[0] * scale, diff[1] * scale),
                                           lambda lo, hi: f"{fmt_interval(lo, hi)}{unit}")
            if row["unit"] != "percent":
                return points, values
            # "fell 9 per cent from 28.3 per cent to 19.3 per cent": news writes "per cent" for both
            # a point change and a relative one, so either reading may hold.
            relative = relative_change(new, old, rising)
            stated = bounds(row)
            if relative is not None and relative[0] <= stated[1] and stated[0] <= relative[1]:
                return relative, values
            if relative is not None:
                values["expected"] += f" (or {described(relative_change(new, old, True), _percent)} relative)"
            return points, values
        change = relative_change(new, old, rising)
        if change is None:
            return None
        values["expected"] = described(relative_change(new, old, True), _percent)
        return change, values
