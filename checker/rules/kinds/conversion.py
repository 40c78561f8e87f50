"""conversion: a unit conversion in parentheses agrees with the figure it converts.

"7.8 metres (25.6 feet)": pint converts each end of 7.8 metres' interval (7.75 to 7.85) into feet;
the stated 25.6 feet (25.55 to 25.65) must overlap it. Any pair of units pint can convert works.

Conversions are rounded by convention, often to a step of 5 or 10 ("30 mph (45 km/h)", "2300 miles
(3700 km)"), so here a figure ending in 5 or in zeros is read as rounded to that step: "45" is 42.5
to 47.5, "3700" is 3650 to 3750, "25.6" stays 25.55 to 25.65.
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


def rounding(row) -> tuple[float, float]:
    """The figure's interval, with a final 5 or trailing zeros read as the rounding step."""
    low, high = bounds(row)
    value = row["value"]
    width = high - low
    if isinstance(row["qualifier"], str) or not 0 < width < float("inf"):
        return low, high
    units = round(value / width)
    step = 1
    for candidate in (5, 10, 50, 100, 500, 1000, 5000, 10000):
        if units and units % candidate == 0:
            step = candidate
    half = step * width / 2
    return value - half, value + half


@register
class Conversion(RelationKind):
    name = "conversion"
    summary = "a converted figure in parentheses agrees with the original (through pint)"
    relations = ("conversion",)
    params = {"select": Param("selector", default={"relation": "conversion"}, help="which conversions")}
    fields = ("stated", "expected", "original", "original_value", "unit")
    message = "{original} is {expected} {unit}, not {stated}"

    def stated(self, row):
        return rounding(row)

    def expected(self, row, left, right, ctx):
        if not isinstance(left["unit"], str) or not isinstance(row["unit"], str):
            return None
        converted = convert(rounding(left), left["unit"], row["unit"])
        if converted is None:
            return None
        return converted, {"original": left["text"], "original_value": fmt_interval(*bounds(left)),
                           "unit": symbol(row["unit"])}
