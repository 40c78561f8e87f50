"""Configuration files, inline suppression and baselines: what CI gating stands on."""
from __future__ import annotations

import json
import os

import pytest

from conftest import ROOT

BAD_WEEKDAY = "Rain began on Friday, April 12, officials said."
ARTICLE = f"date 2025-04-17\n{BAD_WEEKDAY}\n"
OVER = "Officials said 25 of the 20 provinces were flooded."


@pytest.fixture
def project(tmp_path):
    """A folder of articles with a nested sub-folder, to find configuration upward from."""
    (tmp_path / "news" / "2025").mkdir(parents=True)
    article = tmp_path / "news" / "2025" / "rain.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    return tmp_path, article


def test_yaml_config_found_upward_changes_severity_and_fail_level(run, project):
    root, article = project
    (root / ".figcheck.yaml").write_text("severity: {weekday-matches-date: warning}\n", encoding="utf-8")
    code, out, _ = run("check", article)
    assert code == 0 and "warning weekday-matches-date" in out
    (root / ".figcheck.yaml").write_text("severity: {weekday-matches-date: warning}\nfail-on: warning\n")
    assert run("check", article)[0] == 1
    assert run("check", article, "--fail-on", "never")[0] == 0  # the command line wins


def test_pyproject_section_disables_rules(run, project):
    root, article = project
    (root / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.figcheck]\n'
                                         'disable = ["weekday-matches-date"]\n', encoding="utf-8")
    code, out, _ = run("check", article)
    assert code == 0 and "0 findings" in out


def test_nearest_config_wins(run, project):
    root, article = project
    (root / "pyproject.toml").write_text('[tool.figcheck]\ndisable = ["weekday-matches-date"]\n')
    (root / "news" / ".figcheck.yaml").write_text("fail-on: error\n")
    assert run("check", article)[0] == 1


def test_config_rule_files_are_relative_to_it_and_formats_apply(run, project):
    root, article = project
    (root / "house.yaml").write_text("rules:\n  - {id: house.over, kind: subset, description: d}\n")
    (root / ".figcheck.yaml").write_text("rules: [house.yaml]\ndefault-rules: false\n"
                                         "format: [text, 'json:out.json']\n")
    article.write_text(f"date 2025-04-17\n{BAD_WEEKDAY} {OVER}\n")
    code, out, _ = run("check", article)
    assert code == 1 and "house.over" in out and "weekday-matches-date" not in out
    # a relative FILE in the configuration's `format` is relative to the configuration file
    assert json.loads((root / "out.json").read_text())["summary"]["findings"] == 1


def test_explicit_config(run, project, write):
    _, article = project
    cfg = write("strict.yaml", "disable: [weekday-matches-date]\n")
    assert run("check", article, "--config", cfg)[0] == 0
    code, _, err = run("check", article, "--config", "missing.yaml")
    assert code == 2 and "missing.yaml: no such configuration file" in err


@pytest.mark.parametrize("text, expected", [
    ("fail_on: error\n", ".figcheck.yaml:1:1: unknown setting 'fail_on'; did you mean 'fail-on'?"),
    ("severity: {weekday-matches-date: loud}\n", ".figcheck.yaml:1:1: unknown severity for"),
    ("disable: [weekday-matches-dates]\n", ".figcheck.yaml:1:1: unknown rule id 'weekday-matches-dates'; "
                                           "did you mean 'weekday-matches-date'?"),
    ("fail-on: [\n", ".figcheck.yaml:2:1: invalid YAML"),
    ("- just a list\n", ".figcheck.yaml: a figcheck configuration is a mapping"),
])
def test_bad_yaml_config_is_a_located_error(run, project, text, expected):
    root, article = project
    (root / ".figcheck.yaml").write_text(text, encoding="utf-8")
    code, out, err = run("check", article)
    assert code == 2 and not out and "Traceback" not in err
    assert err.count("\n") == 1 and expected in err


def test_bad_pyproject_key_points_at_its_line(run, project):
    root, article = project
    (root / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.figcheck]\nfail-on = "error"\n'
                                         'formats = ["text"]\n')
    code, _, err = run("check", article)
    assert code == 2 and "pyproject.toml:6:1: unknown setting 'formats'; did you mean 'format'?" in err


def test_markdown_comment_suppresses_the_next_paragraph_only(run, write):
    text = (f"---\ndate: 2025-04-17\n---\n<!-- figcheck: ignore weekday-matches-date -->\n{BAD_WEEKDAY}\n\n"
            f"Later: {BAD_WEEKDAY}\n")
    code, out, _ = run("check", write("a.md", text))
    assert code == 1 and out.count("weekday-matches-date") == 1 and ":7:22:" in out
    assert "1 suppressed" in out.splitlines()[-1]


def test_suppression_names_only_its_rules(run, write):
    text = f"date 2025-04-17\n{BAD_WEEKDAY} {OVER} [figcheck: ignore part-within-whole]\n"
    code, out, _ = run("check", write("a.txt", text))
    assert code == 1 and "error weekday-matches-date" in out and "error part-within-whole" not in out


def test_ignore_file_and_bare_ignore(run, write):
    whole = f"date 2025-04-17\n<!-- figcheck: ignore-file -->\n{BAD_WEEKDAY}\n\n{OVER}\n"
    assert run("check", write("a.txt", whole))[0] == 0
    bare = f"date 2025-04-17\n[figcheck: ignore]\n{BAD_WEEKDAY} {OVER}\n"
    assert run("check", write("b.txt", bare))[0] == 0


def test_directive_text_is_not_a_claim(run, write):
    code, out, _ = run("extract", write("a.txt", "[figcheck: ignore rule-42]\nIt rained.\n"),
                       "--format", "json")
    assert json.loads(out) == []


def test_html_comment_suppresses_its_block(run, write):
    html = ("<html><head><meta property='article:published_time' content='2025-04-17'></head><body><article>"
            f"<p>Some introduction to the story, long enough to be kept as article text.</p>"
            f"<!-- figcheck: ignore weekday-matches-date --><p>{BAD_WEEKDAY}</p>"
            f"<p>A closing paragraph that is also long enough to be kept by the extractor.</p>"
            "</article></body></html>")
    code, out, _ = run("check", write("a.html", html))
    assert code == 0 and "1 suppressed" in out


def test_baseline_accepts_known_findings_and_fails_on_new_ones(run, write, tmp_path):
    article = write("a.txt", ARTICLE)
    baseline = tmp_path / "baseline.json"
    assert run("check", article, "--format", f"json:{baseline}")[0] == 1
    code, out, _ = run("check", article, "--baseline", baseline)
    assert code == 0 and "1 baselined" in out
    # Moving the figure elsewhere keeps the match; a new inconsistency fails again.
    article.write_text(f"date 2025-04-17\nIntro.\n\n{BAD_WEEKDAY}\n{OVER}\n", encoding="utf-8")
    code, out, _ = run("check", article, "--baseline", baseline)
    assert code == 1 and "part-within-whole" in out and "weekday-matches-date" not in out


@pytest.mark.parametrize("content, expected", [
    ("not json", "baseline is not a figcheck JSON report"),
    ('{"version": 9, "documents": []}', "baseline is not a figcheck JSON report (version 1)"),
])
def test_bad_baseline_is_an_input_error(run, write, content, expected):
    code, _, err = run("check", write("a.txt", ARTICLE), "--baseline", write("b.json", content))
    assert code == 2 and "b.json" in err and expected in err


def test_rules_list_applies_the_configuration(run, project, monkeypatch):
    root, _ = project
    (root / ".figcheck.yaml").write_text("disable: [part-within-whole]\nseverity: {weekday-matches-date: info}\n")
    monkeypatch.chdir(root)
    code, out, _ = run("rules", "list")
    assert code == 0 and "part-within-whole" not in out and "weekday-matches-date\tweekday\tinfo" in out


def test_pre_commit_hook_runs_the_installed_command():
    import tomllib

    import yaml

    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert hook["id"] == "figcheck" and hook["entry"].split()[0] in scripts
    assert hook["entry"].split()[1] == "check"
    # serial, so FORMAT:FILE reports are never overwritten by a parallel run; articles only
    assert hook["require_serial"] is True
    import re
    files = re.compile(hook["files"])
    assert files.search("news/a.md") and files.search("a.html") and files.search("feed.jsonl")
    assert not any(files.search(p) for p in (".figcheck.yaml", "house.rules.yaml", "rules/tests/x.yaml",
                                             ".figcheck-baseline.json"))


def test_the_hook_under_pre_commit_keeps_every_file_in_one_report(tmp_path):
    """pre-commit itself runs the shipped hook (as a local hook with the manifest's own settings, so
    no environment is built) over many articles with a SARIF file: every article's result is in it.
    Without require_serial pre-commit would start a process per core and the last one's SARIF file
    would replace the others'."""
    import shutil
    import subprocess
    import sys

    import yaml

    if shutil.which("git") is None:
        pytest.skip("needs git")
    pytest.importorskip("pre_commit")
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    repo = tmp_path / "newsroom"
    (repo / "news").mkdir(parents=True)
    for i in range(40):   # enough for pre-commit to split the files between processes when allowed to
        (repo / "news" / f"story-{i:02}.md").write_text(
            "---\ndate: 2025-04-17\n---\nRain began on Friday, April 12, in the valley.\n", encoding="utf-8")
    (repo / "README.md").write_text("Not an article: 12 April was a Friday.\n", encoding="utf-8")
    local = {**hook, "language": "system", "entry": f"{sys.executable} -m checker check",
             "args": ["--format", "sarif:figcheck.sarif"]}
    (repo / ".pre-commit-config.yaml").write_text(
        yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]}), encoding="utf-8")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_CONFIG_GLOBAL": "/dev/null",
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org"}
    env.pop("PRE_COMMIT_NO_CONCURRENCY", None)
    for command in (["git", "init", "-q"], ["git", "add", "."]):
        subprocess.run(command, cwd=repo, check=True, env=env)
    done = subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files"], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stdout + done.stderr   # the hook failed: findings
    sarif = json.loads((repo / "figcheck.sarif").read_text(encoding="utf-8"))
    flagged = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]}
    assert flagged == {f"news/story-{i:02}.md" for i in range(40)}


def test_documented_github_workflow_command_works(run, project, tmp_path, monkeypatch):
    import shlex

    import yaml

    workflow = yaml.safe_load((ROOT / "docs" / "ci" / "figcheck.yml").read_text())
    [command] = [s["run"] for s in workflow["jobs"]["check"]["steps"]
                 if str(s.get("run", "")).startswith("figcheck ")]
    root, _ = project
    (root / "articles").mkdir()
    (root / "articles" / "a.md").write_text(f"---\ndate: 2025-04-17\n---\n{BAD_WEEKDAY}\n")
    monkeypatch.chdir(root)
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(root / "summary.md"))
    code, out, _ = run(*shlex.split(command)[1:])
    assert code == 1 and out.startswith("::error file=articles/a.md,line=4,col=15")
    assert (root / "figcheck.sarif").is_file() and (root / "figcheck.html").is_file()
    assert "weekday-matches-date" in (root / "summary.md").read_text()


def test_a_run_with_every_report_in_a_file_says_what_it_found(run, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, err = run("check", tmp_path / "a.txt", "--format", f"json:{tmp_path / 'r.json'}")
    assert code == 1 and out == "" and "figcheck: 1 document, " in err and "1 finding (1 error" in err


def test_the_findings_frame_of_a_clean_report_has_its_columns():
    import checker

    clean = checker.check("Rain began on Saturday, April 12, 2025.", published="2025-04-17")
    frame = clean.findings_frame()
    assert len(frame) == 0 and {"rule", "severity", "message", "line", "doc"} <= set(frame.columns)
    assert len(frame[frame.severity == "error"]) == 0


def test_a_run_says_once_when_documents_lack_the_date_their_dates_need(run, tmp_path):
    (tmp_path / "a.txt").write_text("Rain fell on Tuesday and will fall next year.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The river rose on Friday.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("date 2025-04-17\nRain fell on Tuesday.\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text("No dates here: 12 people.\n", encoding="utf-8")
    code, _, err = run("check", tmp_path)
    assert code == 0 and err.count("no publication date") == 1
    assert "figcheck: 2 documents have no publication date" in err and "--published YYYY-MM-DD" in err
    code, _, err = run("check", tmp_path, "--published", "2025-04-17")
    assert "no publication date" not in err


def test_a_suppression_naming_no_rule_is_a_warning_with_a_suggestion(run, tmp_path):
    article = tmp_path / "a.md"
    article.write_text("---\ndate: 2025-04-17\n---\n<!-- figcheck: ignore weekday-matches -->\n"
                       f"{BAD_WEEKDAY}\n\n<!-- figcheck: ignore weekday-matches-date -->\n{BAD_WEEKDAY}\n",
                       encoding="utf-8")
    code, out, err = run("check", article)
    assert code == 1 and "1 suppressed" in out   # the known id still works; the typo silences nothing
    assert err.count("figcheck: warning:") == 1
    assert "names 'weekday-matches', which is not a rule of this run; did you mean 'weekday-matches-date'?" in err
