"""GitHub Actions workflow commands (`::error file=...::message`) and a step-summary table.

GitHub shows only a few annotations per step, so the CLI also appends `step_summary()` to
$GITHUB_STEP_SUMMARY. Escaping follows the runner's rules: data escapes %, CR and LF; property
values also escape ':' and ',' (figures such as "62%" and "2,500" hold them).
"""
from __future__ import annotations

import re
from typing import Iterator

from . import render_with, summary_line
from .spool import Spool

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(f) -> str:
    props = {"file": f.path, "line": f.line, "col": f.column, "endLine": f.end_line or f.line,
             "endColumn": f.end_column or f.column, "title": f"figcheck {f.rule}"}
    joined = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
    return f"::{COMMANDS[f.severity]} {joined}::{escape_data(f.message)}"


# GitHub refuses a step summary over 1 MiB (and shows none of it): stop adding rows well before.
MAX_SUMMARY_BYTES = 1000 * 1024


def _cell(text: str) -> str:
    """Text safe in one cell of a Markdown table: no line breaks, no cell-ending pipes."""
    return re.sub(r"[\r\n\x00-\x1f]+", " ", text).replace("|", "\\|")


def _code(text: str) -> str:
    """A code span around any text: the fence is one backtick longer than the longest run inside,
    so a backtick in a path cannot end it early (CommonMark, "Code spans")."""
    text = _cell(text)
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


class Writer:
    """Annotations (findings, then unreadable documents) and the step summary's rows, which stop at
    GitHub's limit: what is kept stays bounded however long the run."""

    def __init__(self, **_):
        self.annotations, self.unreadable = Spool(), Spool()
        self.rows: list[str] = []
        self.error_rows: list[str] = []
        self.row_bytes = 0
        self.left_out = 0

    def add(self, d) -> None:
        for f in d.findings:
            self.annotations.append(annotation(f))
            self._row(self.rows, f"| {_code(f'{f.path}:{f.line}:{f.column}')} | {f.severity} | {_code(f.rule)} "
                                 f"| {_cell(f.message)} |")
        if d.error:
            self.unreadable.append(f"::error file={escape_property(d.path)},title=figcheck::{escape_data(d.error)}")
            self._row(self.error_rows, f"| {_code(d.path)} | error | (load) | {_cell(d.error)} |")

    def _row(self, rows: list[str], row: str) -> None:
        size = len(row.encode("utf-8", "backslashreplace")) + 1
        if self.left_out or self.row_bytes + size > MAX_SUMMARY_BYTES - 4096:   # room for the header
            self.left_out += 1
            return
        self.row_bytes += size
        rows.append(row)

    def chunks(self, report) -> Iterator[str]:
        for line in self.annotations:
            yield line + "\n"
        for line in self.unreadable:
            yield line + "\n"

    def step_summary(self, report) -> str:
        """A Markdown table of every finding, for the job's summary page, within GitHub's size limit."""
        lines = ["## figcheck", "", summary_line(report) + ".", ""]
        rows = self.rows + self.error_rows
        if rows or self.left_out:
            lines += ["| Where | Severity | Rule | Message |", "|---|---|---|---|", *rows]
        if self.left_out:
            lines += ["", f"... and {self.left_out:,} more rows, left out to stay within GitHub's 1 MiB "
                      "summary limit: see the report files."]
        return "\n".join(lines) + "\n"



def step_summary(report) -> str:
    w = Writer()
    render_with(w, report)
    return w.step_summary(report)
