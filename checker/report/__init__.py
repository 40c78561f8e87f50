"""Reporters: one module per output format, each with a `Writer`.

A Writer takes each document's result as it arrives (`add`), keeps its part of the report on disk
(see spool.py), and gives the whole report in pieces at the end (`chunks(report)`, where `report`
carries the run's totals and rules): a run over a corpus holds no document's result longer than it
takes to add it. `render(report, fmt)` is the same over a finished Report, as one string.

Options every reporter may use: `colour` (text), `fail_on` (the run's fail level: JUnit marks
findings at or above it as failures).
"""
from __future__ import annotations

import importlib

FORMATS = ("text", "json", "sarif", "junit", "github", "html")


def writer(fmt: str, **options):
    return importlib.import_module(f"{__name__}.{fmt}_format").Writer(**options)


def render(report, fmt: str, **options) -> str:
    return render_with(writer(fmt, **options), report)


def render_with(w, report) -> str:
    for d in report.documents:
        w.add(d)
    return "".join(w.chunks(report))


def tool_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("figcheck")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


def summary_counts(report) -> dict:
    """The run's totals, shared by every reporter's summary."""
    t = report.totals
    return {
        "documents": t.documents, "claims": t.claims, "claims_checked": t.claims_checked,
        "findings": t.errors + t.warnings + t.infos, "errors": t.errors, "warnings": t.warnings,
        "infos": t.infos, "failed_documents": t.failed_documents, "suppressed": t.suppressed,
        "baselined": t.baselined,
    }


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 or word == "info" else f"{n} {word}s"


def summary_line(report) -> str:
    """`2 documents, 24 claims, 1 finding (1 error, 0 warnings, 0 info), 0 unreadable[; 3 suppressed]`"""
    c = summary_counts(report)
    line = (f"{plural(c['documents'], 'document')}, {plural(c['claims'], 'claim')} "
            f"({c['claims_checked']} checked by a rule), "
            f"{plural(c['findings'], 'finding')} ({plural(c['errors'], 'error')}, "
            f"{plural(c['warnings'], 'warning')}, {plural(c['infos'], 'info')}), "
            f"{c['failed_documents']} unreadable")
    hidden = [f"{c[k]} {k}" for k in ("suppressed", "baselined") if c[k]]
    return line + (f"; {', '.join(hidden)}" if hidden else "")
