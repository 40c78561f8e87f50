"""difference: a stated gap agrees with the figures it lies between.

"peaked at 7.8 metres ... 2.1 metres above the threshold of 5.7 metres": 7.8 - 5.7 must be 2.1
within the figures' precision (interval subtraction). Units are converted through pint, so
"2 feet above the 1.5-metre mark" works too; "below", "behind", "short of" reverse the order.
"""
from __future__ import annotations

from . import Param, RelationKind, bounds, register, span_of
from .conversion import convert


@register
class Difference(RelationKind):
    name = "difference"
    summary = "a stated difference (above, ahead of, below, behind ...) equals larger minus smaller"
    relations = ("difference",)
    params = {"select": Param("selector", default={"relation": "difference"}, help="which differences")}
    fields = ("stated", "expected", "larger", "smaller")
    message = "{larger} - {smaller} = {expected}, but the text says {stated}"

    def span(self, row, left, right):
        """Three figures stated together: any of them may be the wrong one, so the finding covers all."""
        return span_of([r for r in (row, left, right) if r is not None])

    def expected(self, row, left, right, ctx):
        big, small = bounds(left), bounds(right)
        if row["kind"] in ("quantity", "duration"):
            big = convert(big, left["unit"], row["unit"])
            small = convert(small, right["unit"], row["unit"])
            if big is None or small is None:
                return None
        return (big[0] - small[1], big[1] - small[0]), {"larger": left["text"], "smaller": right["text"]}
