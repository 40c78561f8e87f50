"""Human-readable findings: `path:line:col: severity rule message`, the line, the figure underlined."""
from __future__ import annotations

import os

from typing import Iterator

from . import summary_line
from .spool import Spool

COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
RESET, BOLD = "\033[0m", "\033[1m"


def use_colour(stream) -> bool:
    return stream is not None and stream.isatty() and "NO_COLOR" not in os.environ


def printable(text: str) -> str:
    """Control characters shown as escapes: an article's text never moves the terminal's cursor, sets
    its colours or starts a line a CI runner would obey ("::set-output" at a line's start)."""
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)


def inert(line: str) -> str:
    """A line the GitHub runner would obey as a workflow command ("::set-output", "::add-mask::" or
    the older "##[" form, from an article's line or a file name) with its second character escaped:
    text is the default format, so a CI log shows reports raw."""
    stripped = line.lstrip()
    if not stripped.startswith(("::", "##[")):
        return line
    at = len(line) - len(stripped) + 1
    return f"{line[:at]}\\x{ord(line[at]):02x}{line[at + 1:]}"


def _underline(doc, start: int, end: int) -> list[str]:
    w = doc.window(start, end)
    before, marked, after = (printable(part.expandtabs(1)) for part in (w.before, w.marked, w.after))
    before = ("..." if w.more_before else "") + before
    after = after + ("..." if w.more_after else "")
    return [f"    {before}{marked}{after}", "    " + " " * len(before) + "^" * len(marked)]


class Writer:
    def __init__(self, colour: bool = False, **_):
        self.colour = colour
        self.lines = Spool()   # each document's lines, as one piece

    def add(self, d) -> None:
        out = []
        if d.error:
            out.append(printable(f"{d.error}" if d.error.startswith(d.path) else f"{d.path}: {d.error}"))
        for f in [] if d.error else d.findings:
            sev = f"{COLOURS[f.severity]}{f.severity}{RESET}" if self.colour else f.severity
            where = f"{f.path}:{f.line}:{f.column}" if d.doc.record_line is None else \
                f"{f.path}:{f.line}:{f.column} [{f.doc}]"
            out.append(f"{BOLD if self.colour else ''}{printable(where)}{RESET if self.colour else ''}: {sev} "
                       f"{f.rule} {printable(f.message)}")
            out.extend(_underline(d.doc, f.start, f.end))
        if out:
            self.lines.append("".join(inert(line) + "\n" for line in out))

    def chunks(self, report) -> Iterator[str]:
        yield from self.lines
        yield inert(summary_line(report)) + "\n"

