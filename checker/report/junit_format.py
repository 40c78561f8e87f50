"""JUnit XML for CI test dashboards: a suite per document, a test case per rule that ran on it.

Findings at or above the run's fail level are failures; lower ones are kept in the case's
system-out, so the dashboard's red matches the exit code. An unreadable document is an error case.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from typing import Iterator

from ..findings import SEVERITIES, severity_rank
from .spool import Spool


# Characters XML 1.0 cannot hold at all, even as references: an id, path or message holding one
# would make the whole report unreadable to the CI server.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_safe(root: ET.Element) -> None:
    def clean(text):
        return _NOT_XML.sub(lambda m: repr(m.group())[1:-1], text) if isinstance(text, str) else text
    for node in root.iter():
        node.text = clean(node.text)
        node.attrib = {key: clean(value) for key, value in node.attrib.items()}


def _finding_text(f) -> str:
    return f"{f.path}:{f.line}:{f.column}: {f.severity} {f.rule} {f.message}"


def _suite(d, fail_rank: int) -> ET.Element:
    suite = ET.Element("testsuite", name=d.id)
    failures = errors = 0
    if d.error:
        case = ET.SubElement(suite, "testcase", classname=d.id, name="load", file=d.path)
        ET.SubElement(case, "error", message=d.error, type="input").text = d.error
        errors += 1
    by_rule: dict[str, list] = {r: [] for r in d.rules_run}
    for f in d.findings:
        by_rule.setdefault(f.rule, []).append(f)
    for rule_id, found in by_rule.items():
        case = ET.SubElement(suite, "testcase", classname=d.id, name=rule_id, file=d.path)
        failing = [f for f in found if severity_rank(f.severity) >= fail_rank]
        if failing:
            failures += 1
            ET.SubElement(case, "failure", message=failing[0].message, type=failing[0].severity).text = \
                "\n".join(_finding_text(f) for f in failing)
        rest = [f for f in found if f not in failing]
        if rest:
            ET.SubElement(case, "system-out").text = "\n".join(_finding_text(f) for f in rest)
    suite.set("tests", str(len(suite)))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    return suite


class Writer:
    def __init__(self, fail_on: str = "error", **_):
        self.fail_rank = severity_rank(fail_on) if fail_on in SEVERITIES else len(SEVERITIES)
        self.suites = Spool()
        self.totals = {"tests": 0, "failures": 0, "errors": 0}

    def add(self, d) -> None:
        suite = _suite(d, self.fail_rank)
        for key in self.totals:
            self.totals[key] += int(suite.get(key))
        _xml_safe(suite)
        ET.indent(suite, level=1)   # as ET.indent of the whole tree would place it
        self.suites.append(ET.tostring(suite, encoding="unicode"))

    def chunks(self, report) -> Iterator[str]:
        root = ET.Element("testsuites", name="figcheck", **{k: str(v) for k, v in self.totals.items()})
        empty = ET.tostring(root, encoding="unicode")
        yield '<?xml version="1.0" encoding="UTF-8"?>\n'
        if not self.suites.count:
            yield empty + "\n"
            return
        yield empty[:-len(" />")] + ">"
        for suite in self.suites:
            yield "\n  " + suite
        yield "\n</testsuites>\n"

