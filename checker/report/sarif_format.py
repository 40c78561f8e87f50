"""SARIF 2.1.0 for code-scanning dashboards (GitHub accepts it with `upload-sarif`).

Columns count Unicode code points (`columnKind`), as Python indexes text. Fingerprints are the
findings' own (rule and figure texts, no positions), so an alert survives edits elsewhere.
"""
from __future__ import annotations

import os
import re
import urllib.parse
from pathlib import Path

from typing import Iterator

from . import tool_version
from .spool import Spool, dump, placeholder

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
INFO_URI = "https://pypi.org/project/figcheck/"


def artifact_uri(path: str) -> str:
    """A URI reference (RFC 3986) for a path: percent-encoded (spaces, '#', '%', a ':' that would
    read as a scheme), absolute paths as file:// URIs; bytes that are not UTF-8 keep their value."""
    p = Path(path)
    text = p.resolve().as_posix() if p.is_absolute() else p.as_posix()
    try:
        raw = os.fsencode(text)
    except UnicodeEncodeError:   # a lone surrogate from JSONL text: its escape, as elsewhere
        raw = text.encode("utf-8", "backslashreplace")
    quoted = urllib.parse.quote_from_bytes(raw, safe="/")
    return f"file://{quoted}" if p.is_absolute() else quoted


def rule_json(rule) -> dict:
    return {
        "id": rule.id,
        "name": "".join(w.capitalize() for w in rule.id.replace(".", "-").replace("_", "-").split("-")),
        "shortDescription": {"text": re.split(r"(?<=[.!?])\s+(?=[A-Z])", rule.description)[0]},
        "fullDescription": {"text": rule.description},
        "help": {"text": f"{rule.description}\nRule kind: {rule.kind}. Defined in {rule.source}:{rule.line}.",
                 "markdown": f"{rule.description}\n\nRule kind: `{rule.kind}`."},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"kind": rule.kind},
    }


def result_json(f, rule_index: dict, snippet: str) -> dict:
    region = {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line or f.line,
              "endColumn": f.end_column or f.column + 1, "snippet": {"text": snippet}}
    out = {
        "ruleId": f.rule,
        "level": LEVELS[f.severity],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(f.path)},
                                            "region": region}}],
        "partialFingerprints": {"figcheck/v1": f.fingerprint},
        "properties": {"document": f.doc, "claims": f.claims, "evidence": f.evidence},
    }
    if f.rule in rule_index:
        out["ruleIndex"] = rule_index[f.rule]
    return out


class Writer:
    def __init__(self, **_):
        self.results, self.notes = Spool(), Spool()

    def add(self, d) -> None:
        if d.error:
            self.notes.append({"level": "error", "message": {"text": d.error},
                               "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(d.path)}}}]})
        for f in d.findings:
            self.results.append(result_json(f, {}, d.doc.snippet(f.start, f.end)))

    def chunks(self, report) -> Iterator[str]:
        rules = [report.rules[k] for k in sorted(report.rules)]
        index = {r.id: i for i, r in enumerate(rules)}   # known only at the end: sidecar rules join late

        def indexed():
            for result in self.results:
                if result["ruleId"] in index:
                    result["ruleIndex"] = index[result["ruleId"]]
                yield result
        run = {
            "tool": {"driver": {"name": "figcheck", "version": tool_version(), "informationUri": INFO_URI,
                                "rules": [rule_json(r) for r in rules]}},
            "columnKind": "unicodeCodePoints",
            "invocations": [{"executionSuccessful": not self.notes.count,
                             "toolExecutionNotifications": placeholder("notes")}],
            "results": placeholder("results"),
        }
        yield from dump({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]},
                        {"notes": self.notes, "results": indexed()})
        yield "\n"

