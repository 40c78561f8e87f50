"""Rule authors' friction: a fixture file given as rules, configuration problems all at once, a
configuration that disables an article's own rule, and `rules list` of an article."""
from __future__ import annotations

import shutil

from conftest import ROOT, SEED, SEED_RULES


def test_a_fixture_file_given_as_rules_says_to_run_rules_test(run):
    fixtures = ROOT / "rules" / "tests" / "default.yaml"
    code, _, err = run("check", SEED, "--rules", fixtures)
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "rule fixture file" in err and f"figcheck rules test {fixtures}" in err


def test_every_configuration_problem_comes_in_one_report(run, tmp_path):
    config = tmp_path / ".figcheck.yaml"
    config.write_text("disable: [no-such-rule]\nseverity: {weekday-matches-date: loud}\nfail-on: sometimes\n")
    article = tmp_path / "a.txt"
    article.write_text("It rained on Friday, April 12, 2024.\n")
    code, _, err = run("check", article)
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 3
    assert any(f"{config}:1:1: unknown rule id 'no-such-rule'" in line for line in lines)
    assert any("'loud'" in line for line in lines) and any("'sometimes'" in line for line in lines)


def test_a_configuration_may_disable_and_list_an_articles_own_rules(run, tmp_path):
    article = tmp_path / "seed.txt"
    article.write_text(SEED.read_text().replace("west of Baghdad on Tuesday", "west of Baghdad on Thursday"))
    shutil.copy(SEED_RULES, tmp_path / "seed.rules.yaml")
    own = "ain-al-asad.response-same-day-as-caption"
    (tmp_path / ".figcheck.yaml").write_text(f"disable: [{own}]\n")
    code, out, err = run("check", article, "--format", "json")
    assert code == 1 and err == ""
    assert own not in out and "ain-al-asad.response-same-day-as-militant-killed" in out
    code, out, _ = run("rules", "list", article)
    ids = [line.split("\t")[0] for line in out.splitlines()]
    assert "ain-al-asad.first-public-retaliation-in-iraq" in ids and own not in ids
    assert "weekday-matches-date" in ids
    code, out, _ = run("rules", "list")
    assert "ain-al-asad.first-public-retaliation-in-iraq" not in out   # no article: the run's rules only
