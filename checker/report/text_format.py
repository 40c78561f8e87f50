"""Human-readable findings: `path:line:col: severity rule message`, the line, the figure underlined."""
from __future__ import annotations

import os

from . import summary_line

COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
RESET, BOLD = "\033[0m", "\033[1m"


def use_colour(stream) -> bool:
    return stream is not None and stream.isatty() and "NO_COLOR" not in os.environ


# In news a paragraph is one line: show a window of it around the figure, so the report stays
# readable and its size bounded (a 160 KB one-line article with thousands of findings).
WINDOW = 60
MAX_MARK = 120


def printable(text: str) -> str:
    """Control characters shown as escapes: an article's text never moves the terminal's cursor, sets
    its colours or starts a line a CI runner would obey ("::set-output" at a line's start)."""
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)


def _underline(doc, start: int, end: int) -> list[str]:
    line, line_start = doc.line_text(start)
    col = start - line_start
    width = max(1, min(end, line_start + len(line), start + MAX_MARK) - start)
    left, right = max(0, col - WINDOW), min(len(line), col + width + WINDOW)
    before, marked, after = (printable(line[left:col].expandtabs(1)), printable(line[col:col + width].expandtabs(1)),
                             printable(line[col + width:right].expandtabs(1)))
    before = ("..." if left else "") + before
    after = after + ("..." if right < len(line) else "")
    return [f"    {before}{marked}{after}", "    " + " " * len(before) + "^" * len(marked)]


def render(report, colour: bool = False, **_) -> str:
    out: list[str] = []
    for d in report.documents:
        if d.error:
            out.append(printable(f"{d.error}" if d.error.startswith(d.path) else f"{d.path}: {d.error}"))
            continue
        for f in d.findings:
            sev = f"{COLOURS[f.severity]}{f.severity}{RESET}" if colour else f.severity
            where = f"{f.path}:{f.line}:{f.column}" if d.doc.record_line is None else \
                f"{f.path}:{f.line}:{f.column} [{f.doc}]"
            out.append(f"{BOLD if colour else ''}{printable(where)}{RESET if colour else ''}: {sev} {f.rule} "
                       f"{printable(f.message)}")
            out.extend(_underline(d.doc, f.start, f.end))
    out.append(summary_line(report))
    return "\n".join(out) + "\n"
