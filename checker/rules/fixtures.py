"""Rule fixtures: passing and failing example texts for rules, run by `figcheck rules test`.

    # rules/tests/default.yaml  (fixtures for rules/default.yaml)
    rules: [../default.yaml]         # rule files, relative to this file (default: the shipped pack)
    published: 2025-04-17            # publication date of every case unless a case gives one
    tests:
      - rule: weekday-matches-date
        pass: ["Rain began on Saturday, April 12."]
        fail:
          - text: Rain began on Friday, April 12.
            at: Friday, April 12     # the finding must mark this text (optional)

A pass case must give no finding of the rule; a fail case at least one (marking `at`, if given).
Each case runs the named rule alone, so one rule's fixtures never depend on another's.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from .problems import Problems
from .yamlfile import Located, read

FILE_KEYS = ("rules", "published", "tests")
TEST_KEYS = ("rule", "pass", "fail", "published")
CASE_KEYS = ("text", "at", "published")


@dataclass
class Case:
    rule: str
    expect: str          # pass | fail
    text: str
    at: str | None
    published: dt.date | None
    source: str
    line: int
    column: int = 1


@dataclass
class Outcome:
    case: Case
    ok: bool
    detail: str

    def __str__(self) -> str:
        c = self.case
        return f"{c.source}:{c.line}:{c.column}: {c.rule}: expected to {c.expect}: {self.detail}"


def fixture_file(rule_file: Path) -> Path:
    """Where a rule file's fixtures live: `tests/<stem>.yaml` beside it."""
    return rule_file.parent / "tests" / f"{rule_file.stem}.yaml"


def _date(value, problems, node, key):
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        problems.add(f"{key} must be a date (YYYY-MM-DD)", node, key)
        return None


def _cases(test: Located, expect: str, published, problems: Problems, source: str) -> list[Case]:
    items = test.get(expect) or []
    if not isinstance(items, list):
        problems.add(f"{expect} must be a list of texts", test, expect)
        return []
    out = []
    marks = getattr(items, "marks", None) or [test.marks.get(expect, (test.line, 1))] * len(items)
    for item, (line, column) in zip(items, marks):
        if isinstance(item, str):
            out.append(Case(test["rule"], expect, item, None, published, source, line, column))
            continue
        if not isinstance(item, Located) or not isinstance(item.get("text"), str):
            problems.add(f"each {expect} case is a text, or a mapping with 'text'", test, expect)
            continue
        for key in item:
            if key not in CASE_KEYS:
                problems.unknown(key, CASE_KEYS, item, key, what="case key")
        at = item.get("at")
        if at is not None and (not isinstance(at, str) or at not in item["text"]):
            problems.add("at must be a piece of the case's text", item, "at")
        out.append(Case(test["rule"], expect, item["text"], at,
                        _date(item.get("published"), problems, item, "published") or published,
                        source, item.line, item.column))
    return out


def load(path: Path) -> tuple[list[Path], list[Case]]:
    """Rule files and cases of one fixture file; a RuleFileError carries every problem in it."""
    from ..resources import default_rule_files

    source = str(path)
    data = read(path)
    problems = Problems(source)
    if not isinstance(data, Located) or not isinstance(data.get("tests"), list):
        problems.add("a fixture file is a mapping with a list under 'tests:'", data if isinstance(data, Located) else None)
        problems.raise_if_any()
    for key in data:
        if key not in FILE_KEYS:
            problems.unknown(key, FILE_KEYS, data, key, what="top-level key")
    rules = data.get("rules")
    names = rules if isinstance(rules, list) else [rules] if isinstance(rules, str) else []
    files = [path.parent / n for n in names] if rules is not None else default_rule_files()
    published = _date(data.get("published"), problems, data, "published")
    cases: list[Case] = []
    for test in data["tests"]:
        if not isinstance(test, Located) or not isinstance(test.get("rule"), str):
            problems.add("each test is a mapping with 'rule' (a rule id)", test if isinstance(test, Located) else data)
            continue
        for key in test:
            if key not in TEST_KEYS:
                problems.unknown(key, TEST_KEYS, test, key, what="test key")
        when = _date(test.get("published"), problems, test, "published") or published
        cases += _cases(test, "pass", when, problems, source) + _cases(test, "fail", when, problems, source)
    problems.raise_if_any()
    return files, cases


def run_case(rule, case: Case) -> Outcome:
    from ..documents import from_text
    from ..pipeline import extract_chunk
    from . import engine

    doc = from_text(case.text, f"{case.source}:{case.line}", published=case.published)
    result = extract_chunk([doc])[0]
    if result.error:
        return Outcome(case, False, result.error)
    findings, _ = engine.run([rule], result.claims, doc)
    if case.expect == "pass":
        return Outcome(case, not findings, "; ".join(f.message for f in findings) or "no finding")
    if not findings:
        from .trace import trace

        why = trace(rule, doc, result.records)   # the rows extract_chunk made for the rules
        lines = []
        for name, picked in why.picks.items():
            lines += [f"{name}: picked {len(picked)}", *(f"  {miss}" for miss in why.misses.get(name, []))]
        lines += why.notes
        return Outcome(case, False, f"no finding in {case.text!r}: {why.why_none()}"
                       + "".join(f"\n    {line}" for line in lines))
    if case.at is not None:
        at = case.text.index(case.at)
        marked = [f for f in findings if f.start < at + len(case.at) and at < f.end]
        if not marked:
            shown = ", ".join(repr(case.text[f.start:f.end]) for f in findings)
            return Outcome(case, False, f"the finding marks {shown}, not {case.at!r}")
    return Outcome(case, True, findings[0].message)


def run(path: Path) -> list[Outcome]:
    """Every case of a fixture file, each against its rule alone."""
    from . import loader

    files, cases = load(path)
    rules = {r.id: r for r in loader.load(files)}
    problems = Problems(str(path))
    for case in cases:
        if case.rule not in rules:
            problems.unknown(case.rule, rules, SimpleNamespace(line=case.line, column=None), None, what="rule id")
    problems.raise_if_any()
    return [run_case(rules[c.rule], c) for c in cases]

