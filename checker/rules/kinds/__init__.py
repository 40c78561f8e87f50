"""Rule kinds: one module each, registered by name. A kind declares its parameters, the
placeholders its messages may use, and a `run(rule, ctx)` that yields Hits."""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any, Iterator

from ...frames import filled  # noqa: F401 - the kinds import it from here

INF = math.inf


@dataclass(frozen=True)
class Param:
    type: str                      # selector | selectors | choice | columns | flag | expression
    required: bool = False
    default: Any = None
    choices: tuple[str, ...] = ()
    help: str = ""
    unless: str = ""               # a required param may be left out when this one is given


@dataclass
class Hit:
    """One inconsistency: the claims involved (frame labels), the span to mark, message values."""
    claims: list
    start: int
    end: int
    values: dict
    evidence: dict = field(default_factory=dict)


class RuleKind:
    name = ""
    summary = ""
    # Columns that must be filled in some claim for the kind to find anything; the engine skips the
    # rule otherwise, which spares most articles the cost of its selectors.
    needs: tuple[str, ...] = ()
    params: dict[str, Param] = {}
    fields: tuple[str, ...] = ()
    message = ""
    # Selections that may pick nothing in a consistent article (the kind then has nothing to object
    # to); any other selection picking nothing means the rule checks nothing there.
    may_be_empty: tuple[str, ...] = ()

    def run(self, rule, ctx) -> Iterator[Hit]:  # pragma: no cover - interface
        raise NotImplementedError

    def rule_fields(self, params: dict) -> tuple[str, ...]:
        """Placeholders a rule's own parameters add to `fields` (expression: its `let` names)."""
        return ()

    def validate(self, params: dict, selectors: dict) -> list[tuple[str, str]]:
        """Problems across parameters, as (key, message), found when the rule file is loaded."""
        return []


REGISTRY: dict[str, RuleKind] = {}


def register(cls):
    REGISTRY[cls.name] = cls()
    return cls


# --- helpers the kinds share ---------------------------------------------------------------------

def bounds(row) -> tuple[float, float]:
    """A figure's interval; a missing end is open, a figure with neither end is its value."""
    low, high, value = row["low"], row["high"], row["value"]
    if not filled(low) and not filled(high):
        return (value, value) if filled(value) else (-INF, INF)
    return (low if filled(low) else -INF, high if filled(high) else INF)


def date_bounds(date: str, grain: str | None = None, end: str | None = None) -> tuple[dt.date, dt.date]:
    """First and last day of an ISO date of any grain (YYYY, YYYY-MM, YYYY-MM-DD), or of the period
    from `date` to `end` (a quarter, a week, "2022-23")."""
    if isinstance(end, str):
        return _bounds(date, grain)[0], _bounds(end, grain)[1]
    return _bounds(date, grain)


def _bounds(date: str, grain: str | None) -> tuple[dt.date, dt.date]:
    parts = [int(p) for p in date.split("-")]
    if grain == "decade" and len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0] + 9, 12, 31)
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        nxt = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    day = dt.date(*parts)
    return day, day


_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def fmt(x: float) -> str:
    """A value as a reader writes it: 1,250 and 0.25; 1.2 million where that is exact to four
    significant digits; never "-0"."""
    if x in (INF, -INF):
        return "unbounded"
    x = float(x) + 0.0   # -0.0 + 0.0 is 0.0: a change of "-0" is a change of 0
    for scale, word in _SCALES:
        if abs(x) >= scale and float(f"{x / scale:.4g}") * scale == x:
            return f"{x / scale:.4g} {word}"
    return f"{x:,.0f}" if x.is_integer() else f"{x:,.6g}"


def fmt_interval(lo: float, hi: float) -> str:
    if lo == hi:
        return fmt(lo)
    if hi == INF:
        return f"at least {fmt(lo)}"
    if lo == -INF:
        return f"at most {fmt(hi)}"
    return f"{fmt(lo)} to {fmt(hi)}"


def span_of(rows) -> tuple[int, int]:
    return int(min(r["start"] for r in rows)), int(max(r["end"] for r in rows))


def overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


class RelationKind(RuleKind):
    """A kind that checks figures carrying a `relation` (set by extraction) against the figures
    in `left` and `right`. Subclasses give `expected(row, left, right, ctx)`: the interval the
    row's figure must overlap and the message values, or None when the check does not apply."""

    relations: tuple[str, ...] = ()
    needs = ("relation",)

    def agrees(self, expected: tuple[float, float], stated: tuple[float, float]) -> bool:
        return overlap(expected, stated)

    def span(self, row, left, right) -> tuple[int, int]:
        """What a finding marks: the figure that states the relation (a kind whose figures are all
        equally suspect marks them all)."""
        return int(row["start"]), int(row["end"])

    def stated(self, row) -> tuple[float, float]:
        return bounds(row)

    def run(self, rule, ctx):
        if not any(r["relation"] in self.relations for r in ctx.records):
            return
        for label, row in rule.select("select", ctx):
            if row["relation"] not in self.relations:
                continue
            ends = [ctx.label_of(row[k]) if isinstance(row[k], str) else None for k in ("left", "right")]
            if any(isinstance(row[k], str) and end is None for k, end in zip(("left", "right"), ends)):
                continue
            labels = [end for end in ends if end is not None]
            left, right = (ctx.row(end) if end is not None else None for end in ends)
            result = self.expected(row, left, right, ctx)
            if result is None:
                continue
            ctx.checked([label, *labels])
            expected, values = result
            stated = self.stated(row)
            if self.agrees(expected, stated):
                continue
            values = {"stated": row["text"], "expected": fmt_interval(*expected), **values}
            start, end = self.span(row, left, right)
            yield Hit([label, *labels], start, end, values,
                      {"stated": [stated[0], stated[1]], "expected": [expected[0], expected[1]]})


from . import (breakdown, change, chronology, clock_gap, compare, conversion, difference, elapsed,  # noqa: E402,F401
               enumeration, expression, index_move, ordinal, ranking, restatement, share, subset, timezone, total,
               restated, same_day, translation,
               weekday)  # (registration)
