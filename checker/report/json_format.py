"""The JSON contract of `figcheck check` (version 1; see README, "JSON output")."""
from __future__ import annotations

import json

from . import summary_counts

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


def render(report, **_) -> str:
    data = {
        "version": VERSION,
        "documents": [document_json(d) for d in report.documents],
        "summary": summary_counts(report),
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
