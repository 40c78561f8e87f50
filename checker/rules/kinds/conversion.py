"""conversion: a unit conversion in parentheses agrees with the figure it converts.

"7.8 metres (25.6 feet)": pint converts each end of 7.8 metres' interval (7.75 to 7.85) into feet;
the stated 25.6 feet (25.55 to 25.65) must overlap it. Any pair of units pint can convert works.
"""
from __future__ import annotations

from . import Param, RelationKind, bounds, fmt_interval, register


def convert(interval: tuple[float, float], source: str, target: str) -> tuple[float, float] | None:
    from ...extractor.units import registry

    ureg = registry()
    try:
        ends = sorted(ureg.Quantity(x, source).to(target).magnitude for x in interval)
    except Exception:  # noqa: BLE001 - units pint cannot relate: nothing to check
        return None
    return ends[0], ends[1]


def symbol(unit: str) -> str:
    from ...extractor.units import registry

    return f"{registry().Unit(unit):~P}"


@register
class Conversion(RelationKind):
    name = "conversion"
    summary = "a converted figure in parentheses agrees with the original (through pint)"
    relations = ("conversion",)
    params = {"select": Param("selector", default={"relation": "conversion"}, help="which conversions")}
    fields = ("stated", "expected", "original", "original_value", "unit")
    message = "{original} is {expected} {unit}, not {stated}"

    def expected(self, row, left, right, ctx):
        if not isinstance(left["unit"], str) or not isinstance(row["unit"], str):
            return None
        converted = convert(bounds(left), left["unit"], row["unit"])
        if converted is None:
            return None
        return converted, {"original": left["text"], "original_value": fmt_interval(*bounds(left)),
                           "unit": symbol(row["unit"])}
