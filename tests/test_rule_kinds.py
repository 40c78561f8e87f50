"""Rule kinds and the rule language: shipped fixtures, the fixture meta-test, the JSON Schema of rule
files, the expression parser, and `rules test` / `rules explain` / `rules schema`."""
from __future__ import annotations

import json

import pytest
import yaml

from checker.resources import default_rule_files
from checker.rules import fixtures, json_schema, loader
from checker.rules.kinds import REGISTRY
from checker.rules.kinds.expression import ExpressionError, evaluate, parse, possible
from conftest import ROOT

SHIPPED_FIXTURES = [fixtures.fixture_file(f) for f in default_rule_files()]


def _outcomes():
    for path in SHIPPED_FIXTURES:
        for outcome in fixtures.run(path):
            yield pytest.param(outcome, id=f"{path.stem}:{outcome.case.line}:{outcome.case.rule}:{outcome.case.expect}")


@pytest.mark.parametrize("outcome", list(_outcomes()))
def test_shipped_rule_fixture(outcome):
    assert outcome.ok, str(outcome)


def test_every_shipped_rule_has_a_passing_and_a_failing_case():
    for rule_file in default_rule_files():
        fixture = fixtures.fixture_file(rule_file)
        assert fixture.is_file(), f"{rule_file} has no fixtures at {fixture}"
        _, cases = fixtures.load(fixture)
        for rule in loader.load([rule_file]):
            kinds = {c.expect for c in cases if c.rule == rule.id}
            assert kinds == {"pass", "fail"}, f"{rule.id} in {rule_file} lacks a {({'pass', 'fail'} - kinds)} case"


def test_every_kind_is_documented_and_used_by_a_shipped_or_seed_rule():
    docs = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    used = {r.kind for r in loader.load([*default_rule_files(), *sorted((ROOT / "seeds").glob("*.rules.yaml"))])}
    for name in REGISTRY:
        assert f"\n## {name}\n" in docs, f"docs/rules.md has no section for kind {name!r}"
        assert name in used, f"no shipped rule uses kind {name!r}"


def test_rules_schema_file_is_in_step_with_the_loader():
    assert (ROOT / "schemas" / "rules.schema.json").read_text(encoding="utf-8") == json_schema.to_json()


def _validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "schemas" / "rules.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("path", [*default_rule_files(), *sorted((ROOT / "seeds").glob("*.rules.yaml"))],
                         ids=lambda p: p.name)
def test_shipped_rule_files_validate_against_the_schema(path):
    assert not list(_validator().iter_errors(yaml.safe_load(path.read_text(encoding="utf-8"))))


@pytest.mark.parametrize("rule", [
    {"id": "x", "kind": "total", "description": "d", "selct": {"kind": "count"}},
    {"id": "x", "kind": "totals", "description": "d"},
    {"id": "x", "kind": "total", "description": "d", "select": {"knd": "count"}},
    {"id": "x", "kind": "expression", "description": "d", "let": {"a": {"kind": "count"}}},
    {"id": "X y", "kind": "weekday", "description": "d"},
    {"id": "x", "kind": "weekday", "description": "d", "severity": "fatal"},
])
def test_schema_and_loader_both_refuse_a_bad_rule(write, rule):
    assert list(_validator().iter_errors({"rules": [rule]}))
    path = write("bad.yaml", yaml.safe_dump({"rules": [rule]}))
    with pytest.raises(Exception) as info:
        loader.load([path])
    assert type(info.value).__name__ == "RuleFileError"


@pytest.mark.parametrize("text, env, expected", [
    ("p == 3 * w + d", {"p": (90, 90), "w": (28, 28), "d": (6, 6)}, True),
    ("p == 3 * w + d", {"p": (94, 94), "w": (28, 28), "d": (6, 6)}, False),
    ("h * s == pop", {"h": (2.25e6, 2.35e6), "s": (2.35, 2.45), "pop": (5.615e6, 5.625e6)}, True),
    ("h * s == pop", {"h": (2.25e6, 2.35e6), "s": (3.35, 3.45), "pop": (5.615e6, 5.625e6)}, False),
    ("a - (b - c) <= 2", {"a": (5, 5), "b": (4, 4), "c": (1, 1)}, True),
    ("a / b > 10", {"a": (5, 5), "b": (-1, 1)}, True),   # a divisor that may be 0: anything goes
    ("-a < 0", {"a": (1, 2)}, True),
])
def test_expression_intervals(text, env, expected):
    op, left, right = parse(text)
    assert possible(op, evaluate(left, env), evaluate(right, env)) is expected


@pytest.mark.parametrize("text, column", [
    ("a + b", 6), ("a == (b", 8), ("a == b +", 9), ("__import__('os') == 1", 12), ("a == b; c", 7),
])
def test_expression_parse_errors_name_the_column(text, column):
    with pytest.raises(ExpressionError) as info:
        parse(text)
    assert info.value.column + 1 == column


def test_expression_rule_load_errors(run, write):
    rules = write("r.yaml", "rules:\n  - id: x\n    kind: expression\n    description: d\n"
                            "    let: {a: {kind: count}}\n    expect: a == b + 1\n")
    code, out, err = run("rules", "lint", rules)
    assert code == 2 and f"{rules}:6:5: expect: 'b' is not a name under 'let'" in err


def test_rules_test_command_reports_failing_cases_and_exit_codes(run, write, tmp_path):
    (tmp_path / "house.yaml").write_text("rules:\n  - {id: w, kind: weekday, description: d}\n")
    good = write("good.yaml", "rules: [house.yaml]\npublished: 2025-04-17\ntests:\n  - rule: w\n"
                              "    pass: ['Rain began on Saturday, April 12.']\n"
                              "    fail: ['Rain began on Friday, April 12.']\n")
    assert run("rules", "test", good)[0] == 0
    wrong = write("wrong.yaml", "rules: [house.yaml]\npublished: 2025-04-17\ntests:\n  - rule: w\n"
                                "    pass: ['Rain began on Friday, April 12.']\n")
    code, out, _ = run("rules", "test", wrong)
    assert code == 1 and f"FAILED {wrong}:5:12: w: expected to pass: Friday does not match" in out
    bad = write("bad.yaml", "rules: [house.yaml]\ntests:\n  - rule: v\n    pass: [x]\n")
    code, _, err = run("rules", "test", bad)
    assert code == 2 and f"{bad}:4: unknown rule id 'v' (expected one of: w)" in err


def test_rules_test_defaults_to_the_shipped_fixtures(run):
    code, out, _ = run("rules", "test")
    assert code == 0 and f"in {len(SHIPPED_FIXTURES)} files, 0 failed" in out


def test_rules_explain(run):
    code, out, _ = run("rules", "explain", "share-matches")
    assert code == 0
    assert out.startswith("share-matches (error), defined at ")
    assert "kind: share" in out and "example:" in out and "finding: 412 million dollars of" in out
    code, _, err = run("rules", "explain", "share-matchs")
    assert code == 2 and "did you mean 'share-matches'?" in err


def test_rules_explain_shows_selectors_written_as_mappings(run):
    from conftest import SEED_RULES
    from checker.rules import loader

    for rule in loader.load([SEED_RULES]):
        code, out, err = run("rules", "explain", rule.id, "--rules", SEED_RULES)
        assert code == 0, err
    assert "contains: responded" in out   # the last seed rule's `context: {contains: ...}`


def test_rules_schema_command_prints_the_file(run):
    code, out, _ = run("rules", "schema")
    assert code == 0 and out == (ROOT / "schemas" / "rules.schema.json").read_text(encoding="utf-8")


def test_coverage_is_reported(check_json, write):
    code, out, _ = check_json(write("a.txt", "date 2025-04-17\nRain began on Saturday, April 12. "
                                             "It killed 12 people.\n"))
    assert code == 0
    assert out["summary"]["claims"] == 2 and out["summary"]["claims_checked"] == 1
    assert out["documents"][0]["claims_checked"] == 1


@pytest.mark.parametrize("pick, findings", [("largest", 1), ("first", 0)])
def test_expression_pick_largest_passes_over_claims_without_a_value(write, pick, findings):
    # "Dozens of" has no value, only bounds (12 to 120): `largest` picks the 40, which is under 50.
    rules = write("r.yaml", "rules:\n  - id: x\n    kind: expression\n    description: d\n"
                            f"    let: {{a: {{kind: count}}}}\n    pick: {pick}\n    expect: a >= 50\n")
    import checker

    report = checker.check("Dozens of people came and 40 stayed.\n", rules=[rules], defaults=False)
    assert len(report.findings) == findings
