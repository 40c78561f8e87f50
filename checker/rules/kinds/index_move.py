"""index-move: a market move's percent follows from its points and the level reached.

"fell 3.1%, or 412 points, to 12,870": the earlier level is 12,870 + 412 = 13,282, and 412 / 13,282 is
3.10%. A rise subtracts the points instead. Each figure keeps its stated precision: the percent must
overlap the interval that the points' and level's intervals allow. With no direction stated on either,
both readings are tried."""
from __future__ import annotations

from . import Param, RelationKind, bounds, fmt, register, span_of


def percent_range(points: tuple[float, float], level: tuple[float, float], down: bool) -> tuple[float, float]:
    if down:   # earlier = level + points; the share grows with points and shrinks with level
        return 100 * points[0] / (level[1] + points[0]), 100 * points[1] / (level[0] + points[1])
    low_base, high_base = level[0] - points[1], level[1] - points[0]
    if low_base <= 0:
        return float("-inf"), float("inf")
    return 100 * points[0] / high_base, 100 * points[1] / low_base


@register
class IndexMove(RelationKind):
    name = "index-move"
    summary = "a market move's percent agrees with its points and the level reached"
    relations = ("index-move",)
    params = {"select": Param("selector", default={"relation": "index-move"}, help="which moves")}
    fields = ("stated", "expected", "points", "level", "previous", "way")
    message = "{points} points {way} to {level} (from {previous}) is {expected}%, not {stated}"

    def span(self, row, left, right):
        """Any of the three figures may be the wrong one: the finding covers them all."""
        return span_of([r for r in (row, left, right) if r is not None])

    def expected(self, row, left, right, ctx):
        if left is None or right is None:
            return None
        points, level = bounds(left), bounds(right)
        if not all(abs(x) < float("inf") for x in (*points, *level)):
            return None
        direction = row["direction"] if isinstance(row["direction"], str) else left["direction"]
        ways = [direction == "down"] if isinstance(direction, str) else [True, False]
        stated = bounds(row)
        if stated[1] < 0:   # "down 74.15 points or -2.64%": the sign restates the direction
            stated = (-stated[1], -stated[0])
        ranges = [(down, percent_range(points, level, down)) for down in ways]
        for down, (lo, hi) in ranges:
            if lo <= stated[1] and stated[0] <= hi:
                return (lo, hi) if bounds(row)[1] >= 0 else (-hi, -lo), {}
        down, (lo, hi) = ranges[0]
        if bounds(row)[1] < 0:
            lo, hi = -hi, -lo
        previous = left["value"] + right["value"] if down else right["value"] - left["value"]
        # Shown at the precision of the percent as stated ("2.99" -> two decimals).
        places = len(str(row["text"]).split(".")[1].rstrip("% percntPERCNT")) if "." in str(row["text"]) else 1
        return (lo, hi), {"points": left["text"], "level": right["text"], "previous": fmt(round(previous, 2)),
                          "way": "down" if down else "up",
                            # signed as the stated percent is: "-2.65%, not -2.64%", never "2.65%, not -2.64%"
                            "expected": f"{(lo + hi) / 2 + 0.0:.{places}f}"}
