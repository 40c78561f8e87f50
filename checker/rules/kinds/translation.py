"""translation: a figure in an English translation keeps the digits of the original it translates.

"Rescatar Bankia: 7.000 millones de euros" translated "Bailing out Bankia: 9 billion euros": scale
words differ between languages ("7.000 millones" is "7 billion", "11465 millones" is "11.465
billion"), so the significant digits are compared, leading and trailing zeros aside: 7 and 9 differ.
Which paragraphs translate which, and which figure answers which, is found by extraction (relation
`translation`)."""
from __future__ import annotations

from ...numerals import significant_digits
from . import Param, RelationKind, register


def _digits(row) -> float:
    return float(significant_digits(str(row["text"])))


@register
class Translation(RelationKind):
    name = "translation"
    summary = "a figure in a translation has the digits of the original's figure"
    relations = ("translation",)
    params = {"select": Param("selector", default={"relation": "translation"}, help="translated figures")}
    fields = ("stated", "digits", "original", "expected")
    message = "{stated} translates {original}, but its digits {digits} are not the original's {expected}"

    def stated(self, row):
        d = _digits(row)
        return d, d

    def expected(self, row, left, right, ctx):
        if left is None:
            return None
        d = _digits(left)
        return (d, d), {"original": left["text"], "expected": significant_digits(str(left["text"])),
                        "digits": significant_digits(str(row["text"]))}
