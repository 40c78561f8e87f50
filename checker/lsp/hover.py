"""What a hover shows on a figure: how figcheck read it, the rules that tested it, its findings.

This is where an editor sees a misreading ("2024" read as a count, a date resolved to the wrong week)
before it turns into a false alarm, so every field the claims frame holds for the figure is shown.
"""
from __future__ import annotations

from lsprotocol import types

from ..frames import filled
from .checks import Checked

# Claim fields shown, in this order, with the label a reader knows them by.
FIELDS = (("value", "value"), ("unit", "unit"), ("per", "per"),
          ("noun", "noun"), ("phrase", "counted"), ("place", "place"), ("date", "date"),
          ("date_end", "until"), ("grain", "precision"), ("weekday", "weekday"), ("timex", "TIMEX3"),
          ("tense", "tense"), ("qualifier", "qualifier"), ("direction", "direction"),
          ("relation", "relation"), ("whole", "part of"), ("group", "listed with"), ("link", "tied by"),
          ("listed", "items listed"))


def _shown(value) -> str:
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.6g}"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


def _interval(claim: dict) -> str:
    """The values the wording allows ("about 40", "at least 62", "40 to 45"), when not just the value."""
    low, high, value = claim.get("low"), claim.get("high"), claim.get("value")
    if not (filled(low) or filled(high)) or (low == value == high):
        return ""
    return f"{_shown(low) if filled(low) else 'open'} to {_shown(high) if filled(high) else 'open'}"


def _escaped(text: str) -> str:
    """Markdown's active characters in article text shown as themselves."""
    return "".join("\\" + c if c in "\\`*_[]<>|" else c for c in text)


def hover_text(checked: Checked, claim: dict) -> str:
    lines = [f"**{_escaped(claim['text'])}**: {claim['kind']} (`{claim['claim']}`)", ""]
    rows = []
    for column, label in FIELDS:
        value = claim.get(column)
        if not filled(value) or value is False:
            continue
        shown = _shown(value)
        if column in ("whole", "group") and value in checked.by_id:
            shown = f"{value} ({checked.by_id[value]['text']})"
        rows.append(f"- {label}: {_escaped(shown)}")
    interval = _interval(claim)
    if interval:
        rows.insert(1 if filled(claim.get("value")) else 0, f"- allows: {interval}")
    if claim.get("foreign"):
        rows.append("- language: not English, read as written")
    if rows:
        lines += [*rows, ""]   # a list, not a table: clients that show hovers raw still read it
    tested = checked.tested.get(claim["claim"], ())
    lines.append("Tested by: " + (", ".join(f"`{r}`" for r in tested) if tested else "no rule"))
    for f in checked.findings:
        if claim["claim"] in f.claims:
            lines += ["", f"**{f.severity}** `{f.rule}`: {_escaped(f.message)}"]
            rule = checked.rules.get(f.rule)
            if rule is not None and rule.description:
                lines.append(f"_{_escaped(rule.description)}_")
    return "\n".join(lines)


def hover(checked: Checked, position: types.Position) -> types.Hover | None:
    claim = checked.claim_at(checked.index.offset(position))
    if claim is None:
        return None
    span = checked.source_span(claim["start"], claim["end"])
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=hover_text(checked, claim)),
                       range=checked.index.range(*span))
