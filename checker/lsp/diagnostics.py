"""Findings -> LSP diagnostics, and the quick fixes offered on them.

A finding is a diagnostic at its span (the CLI's line:col), with each figure as related information.
A figure of it in another sentence (a restatement three paragraphs on, a date in the caption) gets its
own diagnostic too, pointing at the others, so the editor underlines every figure involved.
"""
from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from ..findings import Finding
from ..suppressions import block_start, directive, paragraph_start
from .checks import Checked

SOURCE = "figcheck"
SEVERITY = {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning,
            "info": types.DiagnosticSeverity.Information}
EXPLAIN_COMMAND = "figcheck.explainRule"


def rule_link(rule) -> str | None:
    """The rule's definition (file and line) as a URI an editor opens, when it is a file."""
    if rule is None or not rule.source or not Path(rule.source).is_file():
        return None
    return f"{Path(rule.source).resolve().as_uri()}#L{rule.line}"


def _figures(checked: Checked, finding: Finding) -> list[tuple[str, types.Range, int]]:
    """(figure as written, range in the editor, sentence) of each claim of a finding, in text order."""
    rows = [checked.by_id[claim] for claim in finding.claims if claim in checked.by_id]
    out = [(row["text"], checked.index.range(*checked.source_span(row["start"], row["end"])), row["sentence"])
           for row in rows]
    return sorted(out, key=lambda figure: (figure[1].start.line, figure[1].start.character))


def _diagnostic(checked: Checked, finding: Finding, rng: types.Range, related: list,
                role: str = "finding") -> types.Diagnostic:
    link = rule_link(checked.rules.get(finding.rule))
    return types.Diagnostic(
        range=rng, severity=SEVERITY[finding.severity], code=finding.rule, source=SOURCE,
        message=finding.message,
        code_description=types.CodeDescription(href=link) if link else None,
        related_information=[types.DiagnosticRelatedInformation(
            location=types.Location(uri=checked.uri, range=r), message=f"{text!r}: a figure of this finding")
            for text, r in related] or None,
        data={"rule": finding.rule, "fingerprint": finding.fingerprint, "role": role})


def of_finding(checked: Checked, finding: Finding) -> list[types.Diagnostic]:
    """The finding at its span (where the CLI reports it), and each of its figures in another sentence
    (a restatement three paragraphs on, a date in the caption) marked too; each points at the others."""
    span = checked.source_span(finding.start, finding.end)
    whole = checked.index.range(*span)
    figures = _figures(checked, finding)
    here = {sentence for _, rng, sentence in figures if _within(rng, whole)}
    elsewhere = [rng for _, rng, sentence in figures if sentence not in here and not _within(rng, whole)]
    related = [(text, rng) for text, rng, _ in figures]
    out = [_diagnostic(checked, finding, whole, related)]
    out += [_diagnostic(checked, finding, rng, [f for f in related if f[1] is not rng], "figure") for rng in elsewhere]
    return out


def _within(inner: types.Range, outer: types.Range) -> bool:
    def key(p: types.Position) -> tuple[int, int]:
        return p.line, p.character
    return key(outer.start) <= key(inner.start) and key(inner.end) <= key(outer.end)


def _at_start(checked: Checked, message: str, severity=types.DiagnosticSeverity.Error, line: int | None = None,
              column: int | None = None) -> types.Diagnostic:
    at = types.Position(line=max(0, (line or 1) - 1), character=max(0, (column or 1) - 1))
    return types.Diagnostic(range=types.Range(start=at, end=at), severity=severity, source=SOURCE,
                            message=message)


def of_checked(checked: Checked) -> list[types.Diagnostic]:
    """Every diagnostic of one check: findings, or why the document could not be checked."""
    if checked.error is not None:
        e = checked.error
        if e.path == checked.name:   # the article itself (its front matter, its date): at its line
            return [_at_start(checked, e.message, line=e.line, column=e.column)]
        return [_at_start(checked, f"not checked: {p}") for p in e.problems]
    out = [d for f in checked.findings for d in of_finding(checked, f)]
    out += [_at_start(checked, w.split(": ", 1)[-1], types.DiagnosticSeverity.Warning) for w in checked.warnings]
    return out


def actions(checked: Checked, diagnostics: list[types.Diagnostic]) -> list[types.CodeAction | types.Command]:
    """For each figcheck diagnostic: a directive that suppresses its rule in the paragraph, and the
    rule's explanation."""
    fmt = checked.fmt
    out, seen = [], set()
    for diag in diagnostics:
        data = diag.data if isinstance(diag.data, dict) else {}
        rule = data.get("rule") or (diag.code if diag.source == SOURCE else None)
        if not rule or rule in seen:
            continue
        seen.add(rule)
        offset = checked.index.offset(diag.range.start)
        at = block_start(checked.text, offset) if fmt == "html" else paragraph_start(checked.text, offset)
        text = directive([rule], fmt) + ("" if fmt == "html" else "\n\n")
        where = checked.index.position(at)
        edit = types.WorkspaceEdit(changes={checked.uri: [
            types.TextEdit(range=types.Range(start=where, end=where), new_text=text)]})
        out.append(types.CodeAction(title=f"Ignore {rule} in this paragraph", kind=types.CodeActionKind.QuickFix,
                                    diagnostics=[diag], edit=edit))
        # A bare Command, not a CodeAction holding one: clients tell the two apart by the shape of
        # `command`, and some (lsprotocol's own) read a CodeAction with a command as a Command.
        out.append(types.Command(title=f"Explain rule {rule}", command=EXPLAIN_COMMAND, arguments=[checked.uri, rule]))
    return out
