"""ranking: a figure ranked below another in a contest is not better than it.

"won with 25.7% ... came in second with 24.4%": the second share is at most the winner's. For times
("posted a time of 2:05:45 ... followed by Debela, 2:05:46") a lower place is a longer time. Ties hold.
Intervals keep each figure's precision."""
from __future__ import annotations

from . import Param, RelationKind, bounds, register, span_of

INF = float("inf")


@register
class Ranking(RelationKind):
    name = "ranking"
    summary = "a figure ranked below another (second place, followed by) is not better than it"
    relations = ("rank",)
    params = {"select": Param("selector", default={"relation": "rank"}, help="ranked figures")}
    fields = ("stated", "expected", "above", "order")
    message = "{stated} is placed below {above}, so it should be {order} {above}"

    def span(self, row, left, right):
        return span_of([r for r in (row, left) if r is not None])

    def expected(self, row, left, right, ctx):
        if left is None:
            return None
        low, high = bounds(left)
        longer = row["kind"] == "duration"     # a race time: the lower place is slower
        values = {"above": left["text"], "order": "at least" if longer else "at most"}
        return ((low, INF) if longer else (-INF, high)), values
