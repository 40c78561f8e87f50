"""Declarative claim selectors compiled to tests on rows (never eval, never DataFrame.query).

    {kind: count, noun: [strike, response], place: Iraq, context: {contains: "so far"}}

Every key narrows the selection; a list means any of its values. Text is matched literally.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Callable

from ..frames import filled
from ..vocabulary import CLOSED
from .problems import Problems

VALUE_COLUMNS = ("kind", "noun", "unit", "qualifier", "grain", "tense", "weekday", "link", "relation", "direction")
TEXT_OPS = ("equals", "contains", "starts", "ends")
KEYS = VALUE_COLUMNS + ("place", "value", "date", "text", "context", "has")
HAS_COLUMNS = ("value", "low", "high", "unit", "noun", "date", "weekday", "qualifier", "whole", "group",
               "relation", "left", "right")
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass
class Selector:
    tests: list[Callable[[dict, Any], bool]]
    source: dict
    kinds: frozenset | None = None    # the `kind:` values, lower case, if the selector names any

    def select(self, ctx) -> list[tuple]:
        """(label, row) pairs of the context's claims that pass every test. Rows are plain dicts:
        an article has tens of claims, and pandas on frames that small costs more than the checks."""
        tests = self.tests
        pairs = ctx.pairs if self.kinds is None else ctx.pairs_of(self.kinds)
        return [pair for pair in pairs if all(test(pair[1], ctx) for test in tests)]


def _as_list(value) -> list:
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _text_test(spec, text_of: Callable):
    if isinstance(spec, str):
        spec = {"equals": spec}
    (op, literal), = spec.items()
    literal = literal.lower()
    compare = {"equals": str.__eq__, "contains": str.__contains__, "starts": str.startswith,
               "ends": str.endswith}[op]
    return lambda row, ctx: compare(text_of(row, ctx).lower(), literal)


def _check_text_spec(spec, problems: Problems, node, key) -> bool:
    if isinstance(spec, str):
        return True
    if isinstance(spec, dict) and len(spec) == 1:
        (op, literal), = spec.items()
        if op in TEXT_OPS and isinstance(literal, str):
            return True
        if op not in TEXT_OPS:
            problems.unknown(op, TEXT_OPS, spec, op, what="text match")
            return False
    problems.add(f"{key}: give a text, or one of {', '.join(TEXT_OPS)} with a text", node, key)
    return False


def compile_selector(node, problems: Problems, where: str = "select") -> Selector | None:
    """A Selector, or None after adding every problem found to `problems`."""
    if not isinstance(node, dict):
        problems.add(f"{where} must be a mapping of column: value", None, None)
        return None
    tests = []
    kinds = None
    ok = True
    for key, spec in node.items():
        if key not in KEYS:
            problems.unknown(key, KEYS, node, key, what=f"{where} key")
            ok = False
            continue
        if key in VALUE_COLUMNS:
            values = _as_list(spec)
            if not all(isinstance(v, str) for v in values) or not values:
                problems.add(f"{where}.{key} takes a text or a list of texts", node, key)
                ok = False
                continue
            unknown = [v for v in values if key in CLOSED and v.lower() not in CLOSED[key]]
            for value in unknown:   # else a selector that can never match, and says nothing
                problems.unknown(value, CLOSED[key], node, key, what=f"{where}.{key} value")
            if unknown:
                ok = False
                continue
            wanted = frozenset(v.lower() for v in values)
            if key == "kind":
                kinds = wanted    # kinds are lower case in the claims frame: an index, not a test
                continue
            tests.append(lambda row, ctx, k=key, vs=wanted: isinstance(row[k], str) and row[k].lower() in vs)
        elif key == "place":
            wanted = {str(v).lower() for v in _as_list(spec)}
            tests.append(lambda row, ctx, w=wanted: any(p.lower() in w for p in row["place"]))
        elif key == "has":
            cols = _as_list(spec)
            bad = [x for x in cols if x not in HAS_COLUMNS]
            if bad:
                problems.unknown(str(bad[0]), HAS_COLUMNS, node, key, what="column")
                ok = False
                continue
            tests.append(lambda row, ctx, cs=cols: all(filled(row[c]) for c in cs))
        elif key in ("value", "date"):
            rng = _range(spec, problems, node, key, float if key == "value" else _iso, where)
            if rng is None:
                ok = False
                continue
            tests.append(_range_test(key, *rng))
        elif key in ("text", "context"):
            if not _check_text_spec(spec, problems, node, key):
                ok = False
                continue
            text_of = (lambda row, ctx: str(row["text"])) if key == "text" else \
                (lambda row, ctx: ctx.sentence_text(row["sentence"]))
            tests.append(_text_test(spec, text_of))
    return Selector(tests, dict(node), kinds) if ok else None


def _range_test(column: str, lo, hi):
    if column == "value":
        return lambda row, ctx: filled(row["value"]) and lo <= row["value"] <= hi
    # ISO dates compare as text; "~" sorts after every digit, so "2023" includes "2023-11-21".
    return lambda row, ctx: isinstance(row["date"], str) and lo <= row["date"] <= hi + "~"


def _iso(value) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    if not _ISO.match(text):
        raise ValueError(text)
    return text


def _range(spec, problems, node, key, convert, where):
    try:
        if isinstance(spec, dict):
            unknown = set(spec) - {"min", "max", "from", "to"}
            if unknown:
                problems.add(f"{where}.{key}: unknown bound {sorted(unknown)[0]!r} (use min/max or from/to)",
                             node, key)
                return None
            lo = spec.get("min", spec.get("from"))
            hi = spec.get("max", spec.get("to"))
            lo = convert(lo) if lo is not None else (float("-inf") if convert is float else "0000")
            hi = convert(hi) if hi is not None else (float("inf") if convert is float else "9999")
            return lo, hi
        v = convert(spec)
        return v, v
    except (TypeError, ValueError):
        kind = "a number" if convert is float else "an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"
        problems.add(f"{where}.{key} takes {kind}, or a mapping with bounds", node, key)
        return None
