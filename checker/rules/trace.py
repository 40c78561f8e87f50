"""`figcheck rules trace RULE FILE`: what one rule did in one article, for the rule author.

For each of the rule's selections (select, left, right, each `let` name, ...): the claims it picked,
each with its figure, place in the text and the columns that decided. When a selection picked
nothing: each of its keys alone, how many claims it lets through and, for a key that lets none
through, the values that column holds in this article ("place 'Davao del Sur' matched none; places
here: 'Davao de', ..."), and the claims that fail on one key only (the near misses). Then the claims
the rule tested, its findings, and when there are none, why: a selection was empty, or every test
passed. A kind may add its own lines (`RuleKind.trace`: expression says how many claims each name
picked per scope, and what `pick` does with them).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..frames import filled
from . import engine
from .kinds import REGISTRY
from .problems import Problems
from .selectors import compile_selector

MAX_LISTED = 12      # claims or values listed per line of a trace
SHOWN = ("kind", "value", "unit", "noun", "place", "date", "grain", "tense", "qualifier", "relation", "link")


@dataclass
class Trace:
    """A rule's run on one document, as data (tests read it; `text()` is what the command prints)."""
    rule: object
    doc: object
    claims: list
    picks: dict = field(default_factory=dict)        # selection name -> [(label, row)]
    misses: dict = field(default_factory=dict)       # selection name -> [line, ...] when it picked none
    tested: list = field(default_factory=list)       # claim ids the rule tested
    findings: list = field(default_factory=list)
    notes: list = field(default_factory=list)        # the kind's own lines

    def text(self) -> str:
        rule, doc = self.rule, self.doc
        out = [f"rule {rule.id} ({rule.kind}, {rule.severity}), defined at {rule.source}:{rule.line}",
               f"article {doc.where}: {len(self.claims)} claims, published "
               f"{doc.published.isoformat() if doc.published else 'unknown (relative dates unresolved)'}", ""]
        for name, picked in self.picks.items():
            out.append(f"{name}: {_source(rule.selectors[name].source)}")
            if picked:
                out.append(f"  picked {len(picked)}: " + "; ".join(_claim(doc, row) for _, row in picked[:MAX_LISTED])
                           + (" ..." if len(picked) > MAX_LISTED else ""))
            else:
                out.append("  picked nothing")
                out.extend(f"  {line}" for line in self.misses.get(name, []))
        out.append("")
        out.extend(self.notes)
        text_of = {row["claim"]: row["text"] for row in self.claims}
        out.append(f"tested {len(self.tested)} claim(s)" + (": " + ", ".join(
            f"{c} {text_of[c]!r}" for c in self.tested[:MAX_LISTED]) if self.tested else ""))
        if self.findings:
            out.append(f"{len(self.findings)} finding(s):")
            out.extend(f"  {f.line}:{f.column}: {f.message}" for f in self.findings)
        else:
            out.append("no finding: " + self.why_none())
        return "\n".join(out) + "\n"

    def why_none(self) -> str:
        empty = [name for name, picked in self.picks.items() if not picked]
        if empty and set(empty) <= set(REGISTRY[self.rule.kind].may_be_empty):
            return (f"{', '.join(empty)} picked nothing, which for kind {self.rule.kind!r} is the consistent "
                    "case (nothing counted against it)")
        if empty:
            return f"{', '.join(empty)} picked nothing, so there was nothing to compare"
        if not self.tested:
            return "every selection picked claims, but the kind found no set of them to test (see above)"
        return "every claim tested was consistent with the others"


def _source(spec) -> str:
    def shown(value):
        if isinstance(value, dict):
            return "{" + ", ".join(f"{k}: {shown(v)}" for k, v in value.items()) + "}"
        if isinstance(value, (list, tuple)):
            return "[" + ", ".join(shown(v) for v in value) + "]"
        return str(value)
    return shown(spec)


def _claim(doc, row) -> str:
    line, column = doc.position(int(row["start"]))
    decided = ", ".join(f"{k} {_value(row[k])}" for k in SHOWN if k in row and filled(row[k]) and k != "kind")
    return f"{row['claim']} {row['text']!r} at {line}:{column} ({row['kind']}{', ' + decided if decided else ''})"


def _value(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return f"{value:,.0f}"
    if isinstance(value, (list, tuple)):
        return "/".join(str(v) for v in value)
    return str(value)


def _one_key(key: str, spec):
    problems = Problems("trace")
    return compile_selector({key: spec}, problems)


def near_misses(selector, ctx: engine.Context) -> list[str]:
    """Why a selection picked nothing: each key's reach alone, the values an empty key could have
    matched, and the claims that fail on one key only."""
    keys = {key: _one_key(key, spec) for key, spec in selector.source.items()}
    passing = {key: {row["claim"] for _, row in sel.select(ctx)} for key, sel in keys.items() if sel}
    lines = []
    for key, spec in selector.source.items():
        count = len(passing.get(key, ()))
        line = f"{key} {_source(spec)!s}: {count} of {len(ctx.records)} claims alone"
        if count == 0:
            line += "; " + _values_here(key, ctx.records)
        lines.append(line)
    if len(keys) > 1:
        close = []
        for row in ctx.records:
            failed = [key for key in keys if row["claim"] not in passing.get(key, ())]
            if len(failed) == 1:
                column = failed[0] if failed[0] in row else "text"
                close.append(f"{row['claim']} {row['text']!r} (fails {failed[0]} only: it has "
                             f"{_value(row.get(column)) if filled(row.get(column)) else 'none'})")
        if close:
            lines.append("near misses: " + "; ".join(close[:MAX_LISTED]))
    return lines


def _values_here(key: str, records: list) -> str:
    if key in ("text", "context"):
        return "figures here: " + ", ".join(repr(r["text"]) for r in records[:MAX_LISTED])
    column = "kind" if key == "has" else key
    values = []
    for row in records:
        cell = row.get(column)
        for value in (cell if isinstance(cell, (list, tuple)) else [cell]):
            if filled(value) and _value(value) not in values:
                values.append(_value(value))
    if not values:
        return f"no claim here has a {column}"
    plural = {"place": "places", "kind": "kinds", "noun": "nouns", "date": "dates", "value": "values"}.get(column, f"{column} values")
    return f"{plural} here: " + ", ".join(repr(v) for v in values[:MAX_LISTED]) + (" ..." if len(values) > MAX_LISTED else "")


def trace(rule, doc, records: list) -> Trace:
    """What `rule` selected, tested and found in `doc`, whose claims are `records` (rows as dicts)."""
    ctx = engine.Context(doc, None, records)
    result = Trace(rule, doc, records)
    for name, selector in rule.selectors.items():
        result.picks[name] = selector.select(ctx)
        if not result.picks[name]:
            result.misses[name] = near_misses(selector, ctx)
    kind = REGISTRY[rule.kind]
    missing = [column for column in kind.needs if not any(filled(row.get(column)) for row in records)]
    if missing:   # the engine skips the rule here without running it
        result.notes.append(f"not run: kind {kind.name!r} needs a claim with {', '.join(missing)}; none here")
    elif hasattr(kind, "trace"):
        result.notes.extend(kind.trace(rule, ctx, result.picks))
    result.findings, tested = engine.run([rule], None, doc, records)
    result.tested = list(tested)
    return result
