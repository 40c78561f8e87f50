"""Fuzz targets: raw bytes in, and the only acceptable failures are figcheck's own clear errors.

`document(data, suffix)` loads the bytes as an article of that kind, extracts and checks it: a
document may be refused (InputError), never crash (an internal error). `rules(data)` loads the
bytes as a rule file: it may be refused (RuleFileError), never crash; a file that loads is run.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from checker import documents, pipeline
from checker.errors import DocumentCrash, RuleFileError
from checker.resources import default_rule_files
from checker.rules import loader

SUFFIXES = (".txt", ".md", ".html", ".jsonl")
_DEFAULT_RULES = None


class Crash(AssertionError):
    """figcheck failed in a way a user should never see."""


def _default_rules():
    global _DEFAULT_RULES
    if _DEFAULT_RULES is None:
        _DEFAULT_RULES = pipeline.RuleSet(default_rule_files(), sidecars=False)
    return _DEFAULT_RULES


def document(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"article{suffix}"
        path.write_bytes(data)
        items = list(documents.load_file(path))
        for item in items:
            if isinstance(item, DocumentCrash):
                raise Crash(f"loader crashed: {item}")
        report = pipeline.check(items, _default_rules())
        for result in report.documents:
            if result.internal:
                raise Crash(result.error)
            if result.claims is not None:
                text = result.doc.text
                for row in result.claims.itertuples():
                    if text[row.start:row.end] != row.text:
                        raise Crash(f"claim {row.claim} text {row.text!r} is not text[{row.start}:{row.end}]")


def rules(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "rules.yaml"
        path.write_bytes(data)
        try:
            loaded = loader.load([path])
        except RuleFileError:
            return
        doc = documents.from_text("date 2025-04-17\nRain began on Friday, April 12. It killed 12 people, "
                                  "5 of them in Velmar, up 20% from 10 a year earlier.\n", "probe.txt")
        ruleset = pipeline.RuleSet([path], sidecars=False)
        assert [r.id for r in ruleset.rules] == [r.id for r in loaded]
        for result in pipeline.check([doc], ruleset).documents:
            if result.internal or result.error:
                raise Crash(result.error)
