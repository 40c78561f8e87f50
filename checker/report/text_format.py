"""Human-readable findings: `path:line:col: severity rule message`, the line, the figure underlined."""
from __future__ import annotations

import os

from . import summary_line

COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
RESET, BOLD = "\033[0m", "\033[1m"


def use_colour(stream) -> bool:
    return stream is not None and stream.isatty() and "NO_COLOR" not in os.environ


def _underline(doc, start: int, end: int) -> list[str]:
    line, line_start = doc.line_text(start)
    col = start - line_start
    width = max(1, min(end, line_start + len(line)) - start)
    shown = line.expandtabs(1)
    return [f"    {shown}", "    " + " " * col + "^" * width]


def render(report, colour: bool = False, **_) -> str:
    out: list[str] = []
    for d in report.documents:
        if d.error:
            out.append(f"{d.error}" if d.error.startswith(d.path) else f"{d.path}: {d.error}")
            continue
        for f in d.findings:
            sev = f"{COLOURS[f.severity]}{f.severity}{RESET}" if colour else f.severity
            where = f"{f.path}:{f.line}:{f.column}" if d.doc.record_line is None else \
                f"{f.path}:{f.line}:{f.column} [{f.doc}]"
            out.append(f"{BOLD if colour else ''}{where}{RESET if colour else ''}: {sev} {f.rule} {f.message}")
            out.extend(_underline(d.doc, f.start, f.end))
    out.append(summary_line(report))
    return "\n".join(out) + "\n"
