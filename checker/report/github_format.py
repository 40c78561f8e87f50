"""GitHub Actions workflow commands (`::error file=...::message`) and a step-summary table.

GitHub shows only a few annotations per step, so the CLI also appends `step_summary()` to
$GITHUB_STEP_SUMMARY. Escaping follows the runner's rules: data escapes %, CR and LF; property
values also escape ':' and ',' (figures such as "62%" and "2,500" hold them).
"""
from __future__ import annotations

import re

from . import summary_line

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


def render(report, **_) -> str:
    out = [annotation(f) for f in report.findings]
    out += [f"::error file={escape_property(d.path)},title=figcheck::{escape_data(d.error)}"
            for d in report.documents if d.error]
    return "".join(line + "\n" for line in out)


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


def step_summary(report) -> str:
    """A Markdown table of every finding, for the job's summary page, within GitHub's size limit."""
    head = ["## figcheck", "", summary_line(report) + ".", ""]
    unreadable = [d for d in report.documents if d.error]
    rows = [f"| {_code(f'{f.path}:{f.line}:{f.column}')} | {f.severity} | {_code(f.rule)} | {_cell(f.message)} |"
            for f in report.findings]
    rows += [f"| {_code(d.path)} | error | (load) | {_cell(d.error)} |" for d in unreadable]
    if not rows:
        return "\n".join(head) + "\n"
    lines = head + ["| Where | Severity | Rule | Message |", "|---|---|---|---|"]
    size = sum(len(line.encode("utf-8", "backslashreplace")) + 1 for line in lines)
    for n, row in enumerate(rows):
        size += len(row.encode("utf-8", "backslashreplace")) + 1
        if size > MAX_SUMMARY_BYTES:
            lines += ["", f"... and {len(rows) - n:,} more rows, left out to stay within GitHub's 1 MiB "
                      "summary limit: see the report files."]
            break
        lines.append(row)
    return "\n".join(lines) + "\n"
