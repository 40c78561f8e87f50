"""conversion: a unit conversion in parentheses agrees with the figure it converts.

"7.8 metres (25.6 feet)": pint converts each end of 7.8 metres' interval (7.75 to 7.85) into feet;
the stated 25.6 feet (25.55 to 25.65) must overlap it. Any pair of units pint can convert works.

Conversions are rounded by convention, often to a step of 5 or 10 ("30 mph (45 km/h)", "2300 miles
(3700 km)"), so the converted figure, ending in 5 or in zeros, is read as rounded to that step (at
most a fifth of its value): "45" is 42.5 to 47.5, "3700" is 3650 to 3750, "100" is 95 to 105,
"25.6" stays 25.55 to 25.65. Which side is the converted one is not said, so both readings are
tried. A range converts end by end ("60-80 mph (95-130 km/h)"), and a shared bound is compared on
its numbers ("over 100 mph (161 km/h)").
"""
from __future__ import annotations

import re

from . import Param, RelationKind, bounds, filled, fmt_interval, overlap, register


def convert(interval: tuple[float, float], source: str, target: str) -> tuple[float, float] | None:
    from ...extractor.units import registry

    ureg = registry()
    try:
        ends = sorted(ureg.Quantity(x, source).to(target).magnitude for x in interval)
    except Exception:  # noqa: BLE001 - units pint cannot relate: nothing to check
        return None
    return ends[0], ends[1]


# pint's abbreviations a reader would not know ("15.7 a" is 15.7 years)
_READABLE = {"a": "years", "d": "days", "h": "hours", "min": "minutes", "month": "months", "week": "weeks"}


def symbol(unit: str) -> str:
    from ...extractor.units import registry

    short = f"{registry().Unit(unit):~P}"
    return _READABLE.get(short, short)


_NUMERAL = re.compile(r"\d[\d,]*(?:\.(\d+))?")
# Hedges that bound a figure and its conversion alike ("over 100 mph (161 km/h)"): the numbers are
# compared as stated, since the open interval of each would always overlap the other's.
_BOUNDS = {"over", "more than", "at least", "under", "less than", "up to", "nearly", "almost", "below",
           "above", "just over", "just under", "at most", "fewer than", "as many as", "as much as"}


def _end(value: float, width: float, rounded: bool) -> tuple[float, float]:
    """One stated number: +-half its last digit; `rounded`, a final 5 or trailing zeros read as the
    step a conversion was rounded to, up to a fifth of the value (so "100" is 95 to 105, never 50 to
    150, and "3700" is 3650 to 3750)."""
    step = 1
    units = round(value / width) if width else 0
    if rounded and units:
        for candidate in (5, 10, 50, 100, 500, 1000, 5000, 10000):
            if units % candidate == 0 and candidate * width <= abs(value) / 5:
                step = candidate
    half = step * width / 2
    return value - half, value + half


def _width(row) -> float:
    m = _NUMERAL.search(row["text"])
    return 10.0 ** -len(m.group(1)) if m and m.group(1) else 1.0


def ends(row, rounded: bool) -> list[tuple[float, float]]:
    """The figure as intervals to compare: one, or each end of a range ("60-80 mph")."""
    q = row["qualifier"] if isinstance(row["qualifier"], str) else ""
    width = _width(row)
    if q == "range" and filled(row["low"]) and filled(row["high"]):
        return [_end(row["low"], width, rounded), _end(row["high"], width, rounded)]
    if q in _BOUNDS and filled(row["value"]):
        return [_end(row["value"], width, rounded)]
    if q:
        return [bounds(row)]
    low, high = bounds(row)
    if not filled(row["value"]) or not 0 < high - low < float("inf"):
        return [(low, high)]
    return [_end(row["value"], high - low, rounded)]


def rounding(row) -> tuple[float, float]:
    """The figure's interval, with a final 5 or trailing zeros read as the rounding step."""
    found = ends(row, True)
    return found[0][0], found[-1][1]


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

    def agrees(self, expected, stated):
        return False   # expected() has compared end by end already, and returns only a disagreement

    def expected(self, row, left, right, ctx):
        """Either figure may be the converted one, rounded from the other as stated: the pair agrees
        when one reading fits. A range agrees end by end."""
        if not isinstance(left["unit"], str) or not isinstance(row["unit"], str):
            return None
        pairs = []
        for left_rounded in (False, True):
            source, target = ends(left, left_rounded), ends(row, not left_rounded)
            if len(source) != len(target):
                source, target = [(source[0][0], source[-1][1])], [(target[0][0], target[-1][1])]
            converted = [convert(end, left["unit"], row["unit"]) for end in source]
            if any(c is None for c in converted):
                return None
            if all(overlap(c, t) for c, t in zip(converted, target)):
                return None
            pairs.append(converted)
        shown = pairs[0]   # the original as stated, converted
        m = _NUMERAL.search(row["text"])
        places = (len(m.group(1)) if m and m.group(1) else 0) + 1   # one digit past the stated figure's
        text = " and ".join(f"{lo:,.{places}f}" if f"{lo:,.{places}f}" == f"{hi:,.{places}f}" else
                            f"{lo:,.{places}f} to {hi:,.{places}f}" for lo, hi in shown)
        return (shown[0][0], shown[-1][1]), {"original": left["text"], "original_value": fmt_interval(*bounds(left)),
                                             "unit": symbol(row["unit"]), "expected": text}
