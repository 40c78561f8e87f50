"""`figcheck rules trace`: what a rule selected, tested and found in one article, and why not; the same
explanation in `rules test`; and the warning for an article's own rule that checks nothing there."""
from __future__ import annotations

import textwrap

from conftest import SEED

ARTICLE = textwrap.dedent("""\
    date 2024-03-10
    Floods in the hill district killed 12 people on Friday, officials said. In the valley, 7 people died.
    The region recorded 19 deaths in total this week.
    """)
RULES = textwrap.dedent("""\
    rules:
      - id: hill-at-most-total
        kind: compare
        description: Deaths in one district cannot exceed the region's total.
        left: {kind: count, noun: person, place: Highland}
        right: {kind: count, noun: death}
        relation: at-most
      - id: districts-add-up
        kind: expression
        description: The districts' deaths add up to the total.
        let:
          district: {kind: count, noun: person}
          total: {kind: count, noun: death}
        expect: total == district
        scope: document
      - id: total-at-least-hill
        kind: compare
        description: The total is at least the hill district's deaths.
        left: {kind: count, noun: death}
        right: {kind: count, noun: person, context: {contains: hill}}
        relation: at-least
    """)


def _article(tmp_path, rules=RULES):
    path = tmp_path / "floods.txt"
    path.write_text(ARTICLE)
    (tmp_path / "floods.rules.yaml").write_text(rules)
    return path


def test_a_selection_that_picks_nothing_shows_each_keys_reach_and_the_near_misses(run, tmp_path):
    code, out, _ = run("rules", "trace", "hill-at-most-total", _article(tmp_path))
    assert code == 0
    assert "left: {kind: count, noun: person, place: Highland}\n  picked nothing" in out
    assert "  noun person: 2 of 5 claims alone" in out
    assert "  place Highland: 0 of 5 claims alone; no claim here has a place" in out
    assert "near misses: c1 '12' (fails place only: it has none); c3 '7' (fails place only: it has none)" in out
    assert "right: {kind: count, noun: death}\n  picked 1: c4 '19' at 3:21 (count, value 19, noun death" in out
    assert out.rstrip().endswith("no finding: left picked nothing, so there was nothing to compare")


def test_an_expression_says_what_pick_did_in_each_scope(run, tmp_path):
    code, out, _ = run("rules", "trace", "districts-add-up", _article(tmp_path))
    assert "let.district: {kind: count, noun: person}\n  picked 2:" in out
    assert "document scope: district 2, total 1 -> skipped: a name picked several (pick: only)" in out
    assert "tested 0 claim(s)" in out


def test_a_rule_that_tests_and_passes_and_one_that_finds(run, tmp_path):
    code, out, _ = run("rules", "trace", "total-at-least-hill", _article(tmp_path))
    assert "tested 2 claim(s): c4 '19', c1 '12'" in out
    assert "no finding: every claim tested was consistent with the others" in out
    article = _article(tmp_path, RULES)
    article.write_text(ARTICLE.replace("recorded 19", "recorded 9"))
    code, out, _ = run("rules", "trace", "total-at-least-hill", article)
    assert "1 finding(s):\n  3:21: " in out


def test_an_unknown_rule_id_gets_a_did_you_mean(run, tmp_path):
    code, _, err = run("rules", "trace", "hill-at-most-totl", _article(tmp_path))
    assert code == 2 and "did you mean 'hill-at-most-total'?" in err


def _fixtures(tmp_path, fail: str):
    """A fixture file for RULES whose hill-at-most-total rule must fail on `fail` (YAML, indented)."""
    (tmp_path / "floods.yaml").write_text(RULES)
    (tmp_path / "tests").mkdir()
    fixtures = tmp_path / "tests" / "floods.yaml"
    fixtures.write_text("rules: [../floods.yaml]\npublished: 2024-03-10\ntests:\n  - rule: hill-at-most-total\n"
                        "    fail:" + fail)
    return fixtures


def test_rules_test_explains_a_failing_case_with_the_trace(run, tmp_path):
    fixtures = _fixtures(tmp_path, ' ["In the hill district 30 people died on Friday. The region recorded 19 deaths in total."]\n')
    code, out, _ = run("rules", "test", fixtures)
    assert code == 1
    assert "no finding in" in out and "left picked nothing, so there was nothing to compare" in out
    assert "\n    left: picked 0\n      kind count:" in out and "place Highland: 0 of" in out


def test_an_articles_own_rule_that_checks_nothing_is_a_warning_off_with_quiet(run, tmp_path):
    article = _article(tmp_path)
    code, _, err = run("check", article)
    assert code == 0
    warned = [line for line in err.splitlines() if "of its own rule file tested nothing" in line]
    assert len(warned) == 2 and "hill-at-most-total" in warned[0] and "districts-add-up" in warned[1]
    assert f"figcheck rules trace hill-at-most-total {article}" in warned[0]
    code, _, err = run("check", "--quiet", article)
    assert code == 0 and err == ""


def test_the_seeds_rules_check_something_so_the_seed_gets_no_warning(run):
    # its ordinal rule picks no earlier strikes in Iraq: the consistent case, not a dead rule
    code, _, err = run("check", SEED)
    assert code == 0 and "warning" not in err


def test_a_failing_fixture_case_is_located_at_its_own_line_and_column(run, tmp_path):
    fixtures = _fixtures(tmp_path, '\n      - "In the hill district 30 people died."\n'
                                   '      - text: "The region recorded 19 deaths."\n')
    code, out, _ = run("rules", "test", fixtures)
    failed = [line for line in out.splitlines() if line.startswith("FAILED")]
    assert failed[0].startswith(f"FAILED {fixtures}:6:9: hill-at-most-total")
    assert failed[1].startswith(f"FAILED {fixtures}:7:9: hill-at-most-total")
