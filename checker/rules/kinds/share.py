"""share: a percentage or fraction of a whole agrees with the part and the whole.

"412 million dollars, or 22% of the total" (1.84 billion): 412 / 1840 must be 22% (21.5 to 22.5).
"1.4 million accounts for a quarter of the national total" (5.62 million): a quarter means the
values nearer to 1/4 than to the next common fraction (0.225 to 0.275), "about a quarter" reaches
those fractions. "The total" is the article's first larger figure of the same sort.
"""
from __future__ import annotations

from . import Param, RelationKind, bounds, register


@register
class Share(RelationKind):
    name = "share"
    summary = "a share (X, or P% of Y; a quarter of Y) agrees with the part and the whole"
    relations = ("share",)
    params = {"select": Param("selector", default={"relation": "share"}, help="which shares")}
    fields = ("stated", "expected", "part", "whole")
    message = "{part} of {whole} is {expected}, but the text says {stated}"

    def expected(self, row, left, right, ctx):
        part, whole = bounds(left), bounds(right)
        if whole[0] <= 0 or part[0] < 0:
            return None
        scale = 100.0 if row["unit"] == "percent" else 1.0
        ratio = (part[0] / whole[1] * scale, part[1] / whole[0] * scale)
        values = {"part": left["text"], "whole": right["text"]}
        values["expected"] = f"{ratio[0]:.1f}% to {ratio[1]:.1f}%" if scale == 100.0 else \
            f"{ratio[0]:.3f} to {ratio[1]:.3f}"
        return ratio, values
