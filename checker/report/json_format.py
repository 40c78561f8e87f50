"""The JSON contract of `figcheck check` (version 1; see README, "JSON output")."""
from __future__ import annotations

from typing import Iterator

from . import summary_counts
from .spool import Spool, dump, placeholder

VERSION = 1


def document_json(result) -> dict:
    return {
        "path": result.path,
        "id": result.id,
        "published": result.published.isoformat() if result.published else None,
        "claims": result.n_claims,
        "claims_checked": result.checked,
        "findings": [f.to_json() for f in result.findings],
        "error": result.error,
        "suppressed": result.suppressed,
        "baselined": result.baselined,
    }


class Writer:
    def __init__(self, **_):
        self.documents = Spool()

    def add(self, d) -> None:
        self.documents.append(document_json(d))

    def chunks(self, report) -> Iterator[str]:
        skeleton = {"version": VERSION, "documents": placeholder("documents"), "summary": summary_counts(report)}
        yield from dump(skeleton, {"documents": self.documents})
        yield "\n"

