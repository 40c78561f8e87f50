"""Reporters: one module per output format, each with `render(report, **options) -> str`.

Options every reporter may use: `colour` (text), `fail_on` (the run's fail level: JUnit marks
findings at or above it as failures).
"""
from __future__ import annotations

import importlib

FORMATS = ("text", "json", "sarif", "junit", "github", "html")


def render(report, fmt: str, **options) -> str:
    module = importlib.import_module(f"{__name__}.{fmt}_format")
    return module.render(report, **options)


def tool_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("figcheck")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


def summary_counts(report) -> dict:
    """The run's totals, shared by every reporter's summary."""
    docs = report.documents
    return {
        "documents": len(docs),
        "claims": sum(d.n_claims for d in docs),
        "claims_checked": sum(d.checked for d in docs),
        "findings": len(report.findings),
        "errors": report.count("error"),
        "warnings": report.count("warning"),
        "infos": report.count("info"),
        "failed_documents": sum(d.error is not None for d in docs),
        "suppressed": sum(d.suppressed for d in docs),
        "baselined": sum(d.baselined for d in docs),
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
