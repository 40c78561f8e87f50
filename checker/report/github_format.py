"""GitHub Actions workflow commands (`::error file=...::message`) and a step-summary table.

GitHub shows only a few annotations per step, so the CLI also appends `step_summary()` to
$GITHUB_STEP_SUMMARY. Escaping follows the runner's rules: data escapes %, CR and LF; property
values also escape ':' and ',' (figures such as "62%" and "2,500" hold them).
"""
from __future__ import annotations

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


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def step_summary(report) -> str:
    """A Markdown table of every finding, for the job's summary page."""
    lines = ["## figcheck", "", summary_line(report) + ".", ""]
    unreadable = [d for d in report.documents if d.error]
    if report.findings or unreadable:
        lines += ["| Where | Severity | Rule | Message |", "|---|---|---|---|"]
        lines += [f"| `{_cell(f.path)}:{f.line}:{f.column}` | {f.severity} | `{f.rule}` | {_cell(f.message)} |"
                  for f in report.findings]
        lines += [f"| `{_cell(d.path)}` | error | (load) | {_cell(d.error)} |" for d in unreadable]
    return "\n".join(lines) + "\n"
