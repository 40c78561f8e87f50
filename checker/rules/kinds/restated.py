"""restated: a fact stated again in another sentence, in mostly the same words, keeps its value.

"76 per cent say they trust the helpline" ... "71 per cent said they trusted the helpline": which
figures restate which is found by extraction (relation `restates`, see
`checker/extractor/relations/restated.py`); here each figure's interval, from its stated precision and
hedges ("over 35 million" is 35 million or more), must overlap the other's. Years compare as years."""
from __future__ import annotations

from . import Param, RelationKind, bounds, filled, register


def _interval(row) -> tuple[float, float]:
    if row["kind"] == "date" and filled(row["date"]):
        year = float(str(row["date"])[:4])
        return year, year
    return bounds(row)


@register
class Restated(RelationKind):
    name = "restated"
    summary = "a fact restated in another sentence in the same words keeps a compatible value"
    relations = ("restates",)
    params = {"select": Param("selector", default={"relation": "restates"}, help="restated figures")}
    fields = ("stated", "original", "expected")
    message = "{stated} restates {original} (the same words around both), but the two values cannot both hold"

    def stated(self, row):
        return _interval(row)

    def expected(self, row, left, right, ctx):
        if left is None:
            return None
        return _interval(left), {"original": left["text"]}
