"""A finding: evidence for an editor (the figures, where they are, the arithmetic)."""
from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field

SEVERITIES = ("info", "warning", "error")


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


@dataclass
class Finding:
    rule: str
    severity: str
    message: str
    doc: str
    path: str
    start: int
    end: int
    line: int
    column: int
    claims: list[str]
    evidence: dict = field(default_factory=dict)
    fingerprint: str = ""
    end_line: int = 0
    end_column: int = 0
    texts: list[str] = field(default_factory=list)  # the claims' figures as written, beside their ids

    def to_json(self) -> dict:
        return {k: v for k, v in asdict(self).items() if k not in ("doc", "path")}


def fingerprint(rule_id: str, texts: list[str]) -> str:
    """Stable across edits elsewhere in the article: the rule and the figures' texts, no positions."""
    norm = "|".join(re.sub(r"\s+", " ", t.strip().lower()) for t in texts)
    return hashlib.sha256(f"{rule_id}|{norm}".encode()).hexdigest()[:16]
