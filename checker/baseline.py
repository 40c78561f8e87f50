"""`--baseline FILE`: an earlier JSON report whose findings are known and accepted, so CI fails only
on new ones. Findings match on (document id, fingerprint); the fingerprint holds the rule and the
figures' texts, not their positions, so edits elsewhere in an article keep a match."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from .errors import InputError
from .files import read_regular

MAX_BASELINE_BYTES = 256 * 1024 * 1024


def load(path: str) -> Counter:
    try:
        raw = read_regular(Path(path), MAX_BASELINE_BYTES)
        if len(raw) > MAX_BASELINE_BYTES:
            raise InputError(message=f"baseline is over the {MAX_BASELINE_BYTES // 2**20} MiB limit", path=path)
        data = json.loads(raw.decode("utf-8"))
    except OSError as e:
        raise InputError(message=f"cannot read baseline: {e.strerror or e}", path=path) from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError, ValueError) as e:
        raise InputError(message=f"baseline is not a figcheck JSON report ({e})", path=path) from None
    if not isinstance(data, dict) or data.get("version") != 1 or not isinstance(data.get("documents"), list):
        raise InputError(message="baseline is not a figcheck JSON report (version 1)", path=path)
    known: Counter = Counter()
    for n, doc in enumerate(data["documents"], 1):
        findings = doc.get("findings") if isinstance(doc, dict) else None
        if not isinstance(findings, list) or not all(isinstance(f, dict) and isinstance(f.get("fingerprint"), str)
                                                     for f in findings):
            raise InputError(message=f"baseline is not a figcheck JSON report (document {n} has no list of "
                             "findings with fingerprints)", path=path)
        for f in findings:
            known[(doc.get("id") or doc.get("path"), f["fingerprint"])] += 1
    return known


def apply(doc_id: str, findings: list, known: Counter) -> tuple[list, int]:
    """Findings not in the baseline; each baseline entry absorbs one finding."""
    kept, absorbed = [], 0
    for f in findings:
        key = (doc_id, f.fingerprint)
        if known[key] > 0:
            known[key] -= 1
            absorbed += 1
        else:
            kept.append(f)
    return kept, absorbed
