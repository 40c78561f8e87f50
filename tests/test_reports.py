"""Every output format on the seed (clean) and on a planted inconsistency; SARIF against the schema."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from checker.report.github_format import annotation, escape_data, escape_property
from conftest import ROOT, SEED, SEED_RULES
from helpers import needed

PLANTED = ("date 2025-04-17\nRain began on Friday, April 12, officials said.\n"
           "Of the 40 homes, 25 were flooded; 14% of 1,000 people left.\n")
SARIF_SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-2.1.0.json"
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture
def planted(write):
    return write("planted.txt", PLANTED)


def render(run, fmt, *paths, extra=()):
    code, out, err = run("check", *paths, "--format", fmt, *extra)
    assert not err or fmt == "github", err
    return code, out


def test_text_groups_and_summarises(run, planted):
    code, out = render(run, "text", planted, SEED)
    assert code == 1
    assert out.index(str(planted)) < out.index("2 documents")
    assert "1 finding (1 error," in out.splitlines()[-1]


def sarif_of(run, *paths):
    code, out = render(run, "sarif", *paths)
    return code, json.loads(out)


@pytest.mark.parametrize("which", ["seed", "planted"])
def test_sarif_validates_against_the_official_schema(run, planted, which):
    jsonschema = pytest.importorskip("jsonschema")
    needed(str(SARIF_SCHEMA), SARIF_SCHEMA.is_file())
    _, sarif = sarif_of(run, SEED if which == "seed" else planted)
    jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))


def test_sarif_results_locate_the_figure_and_carry_fingerprints(run, planted):
    code, sarif = sarif_of(run, planted)
    assert code == 1 and sarif["version"] == "2.1.0"
    [run_] = sarif["runs"]
    assert run_["columnKind"] == "unicodeCodePoints"
    rules = run_["tool"]["driver"]["rules"]
    assert {"weekday-matches-date", "parts-add-up-to-total"} <= {r["id"] for r in rules}
    assert all(r["help"]["text"] and r["shortDescription"]["text"] for r in rules)
    [result] = run_["results"]
    assert result["ruleId"] == "weekday-matches-date" and result["level"] == "error"
    assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (2, 15, 31)
    assert region["snippet"]["text"] == "Friday, April 12"
    assert len(result["partialFingerprints"]["figcheck/v1"]) == 16


def test_sarif_fingerprint_survives_edits_elsewhere(run, write):
    first = sarif_of(run, write("a.txt", PLANTED))[1]["runs"][0]["results"][0]
    moved = sarif_of(run, write("a.txt", PLANTED.replace("Rain", "\n\nHeavy rain")))[1]["runs"][0]["results"][0]
    assert first["locations"] != moved["locations"]
    assert first["partialFingerprints"] == moved["partialFingerprints"]


def test_sarif_reports_unreadable_documents(run, write, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"binary\x00\x01")
    code, out = render(run, "sarif", bad, SEED)
    notes = json.loads(out)["runs"][0]["invocations"][0]
    assert code == 2 and not notes["executionSuccessful"] and "bad.txt" in notes["toolExecutionNotifications"][0]["message"]["text"]


def junit_of(run, *args):
    code, out = render(run, "junit", *args)
    return code, ET.fromstring(out)


def test_junit_one_case_per_document_and_rule(run, planted):
    code, root = junit_of(run, planted, SEED, "--rules", SEED_RULES)
    assert code == 1
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [str(planted), str(SEED)]
    planted_cases = {c.get("name"): c for c in suites[0].findall("testcase")}
    assert "weekday-matches-date" in planted_cases and "ain-al-asad.first-public-retaliation-in-iraq" in planted_cases
    failure = planted_cases["weekday-matches-date"].find("failure")
    assert failure is not None and "2:15" in failure.text
    assert root.get("failures") == "1" and suites[1].get("failures") == "0"


def test_junit_failures_follow_the_fail_level(run, write):
    rules = write("w.yaml", "rules:\n  - {id: w, kind: weekday, severity: warning, description: d}\n")
    article = write("a.txt", PLANTED)
    _, root = junit_of(run, article, "--no-default-rules", "--rules", rules)
    case = root.find("testsuite/testcase")
    assert case.find("failure") is None and "Friday" in case.find("system-out").text
    _, root = junit_of(run, article, "--no-default-rules", "--rules", rules, "--fail-on", "warning")
    assert root.find("testsuite/testcase/failure") is not None


def test_github_escaping():
    assert escape_data("62% up\nnext") == "62%25 up%0Anext"
    assert escape_property("a,b:c%") == "a%2Cb%3Ac%25"


def test_github_annotations_and_step_summary(run, planted, tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, out = render(run, "github", planted)
    assert code == 1
    [line] = out.splitlines()
    assert line.startswith(f"::error file={escape_property(str(planted))},line=2,col=15,endLine=2,endColumn=31,")
    assert "title=figcheck weekday-matches-date::Friday does not match" in line
    table = summary.read_text()
    assert "| Where | Severity | Rule | Message |" in table and "weekday-matches-date" in table


def test_github_annotation_escapes_a_message_with_figures():
    class F:
        rule, severity, path, line, column, end_line, end_column = "r", "warning", "a,b.txt", 1, 2, 1, 5
        message = "2,500: 62% of 4,000\nis 2,480"
    assert annotation(F) == ("::warning file=a%2Cb.txt,line=1,col=2,endLine=1,endColumn=5,title=figcheck r::"
                             "2,500: 62%25 of 4,000%0Ais 2,480")


def test_html_report_holds_claims_findings_and_table(run, planted):
    code, page = render(run, "html", planted)
    assert code == 1 and page.startswith("<!DOCTYPE html>")
    assert 'class="claim kind-date flagged"' in page and 'class="claim kind-percent"' in page
    assert 'href="#d0-f0"' in page and 'id="d0-f0"' in page
    assert "Claims table" in page and "weekday-matches-date" in page
    assert "<script" not in page and "http://" not in page.replace("http://www.w3.org", "")


def test_html_report_renders_in_headless_chromium(run, planted, tmp_path):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    needed("chromium", browser is not None)
    page = tmp_path / "report.html"
    assert run("check", planted, SEED, "--rules", SEED_RULES, "--format", f"html:{page}")[0] == 1
    flags = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120).stdout
    assert dom.count('<mark id="d1-') >= 19  # every seed claim highlighted, as the browser parsed it
    assert 'class="claim kind-date flagged"' in dom and 'class="finding sev-error"' in dom
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "html-report.png"
    shot.unlink(missing_ok=True)
    subprocess.run([*flags, f"--screenshot={shot}", "--window-size=1200,1400", page.as_uri()],
                   capture_output=True, timeout=120)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_several_formats_in_one_run(run, planted, tmp_path):
    sarif, junit = tmp_path / "r.sarif", tmp_path / "r.xml"
    code, out, _ = run("check", planted, "--format", "text", "--format", f"sarif:{sarif}",
                       "--format", f"junit:{junit}")
    assert code == 1 and "weekday-matches-date" in out
    assert json.loads(sarif.read_text())["runs"][0]["results"]
    assert ET.parse(junit).getroot().get("failures") == "1"


def test_two_formats_on_stdout_is_a_usage_error(run, planted):
    code, _, err = run("check", planted, "--format", "text", "--format", "json")
    assert code == 2 and "FORMAT:FILE" in err


def test_unknown_format_is_a_usage_error(run, planted):
    code, _, err = run("check", planted, "--format", "pdf")
    assert code == 2 and "'pdf'" in err


def test_github_format_is_silent_on_the_clean_seed(run, tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, out = render(run, "github", SEED, extra=("--rules", SEED_RULES))
    assert code == 0 and out == ""
    assert "0 findings" in summary.read_text()


def test_the_text_report_shows_a_window_of_a_long_line_with_the_figure_underlined(run, write):
    filler = "word " * 200
    path = write("long.txt", f"date 2025-04-17\n{filler}Rain began on Friday, April 12, {filler}\n")
    code, out, _ = run("check", path)
    source, marks = out.splitlines()[1:3]
    assert code == 1 and len(source) < 4 + 3 + 60 + 30 + 60 + 3 + 1
    assert source.startswith("    ...") and source.endswith("...")
    start = marks.index("^")
    assert source[start:start + marks.count("^")] == "Friday, April 12"


def test_the_text_report_escapes_control_characters(run, write):
    path = write("esc.txt", "date 2025-04-17\n\x1b[2J\x1b]0;pwned\x07Rain began on Friday, April 12.\n")
    code, out, _ = run("check", path)
    assert code == 1 and "\x1b" not in out and "\x07" not in out and "\\x1b" in out


def test_streamed_json_is_json_dumps_of_the_whole():
    import json as json_module

    from checker.report.spool import Spool, dump, placeholder

    items = [{"a": "line\u2028sep\x85 and \ud800", "n": [1, {"b": None}]}, {}, {"c": "\n\t"}]
    spool = Spool()
    for item in items:
        spool.append(item)
    whole = {"version": 1, "documents": items, "summary": {"x": 1}}
    streamed = "".join(dump({"version": 1, "documents": placeholder("documents"), "summary": {"x": 1}},
                            {"documents": spool}))
    assert streamed == json_module.dumps(whole, indent=2, ensure_ascii=False)
    assert "".join(dump({"d": placeholder("d")}, {"d": []})) == json_module.dumps({"d": []}, indent=2)


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit", "github", "html"])
def test_a_streamed_run_keeps_no_result_and_reports_the_same(fmt, tmp_path):
    from checker import documents, pipeline
    from checker.report import render, writer
    from checker.resources import default_rule_files

    (tmp_path / "a.txt").write_text("date 2025-04-17\nRain began on Friday, April 12.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"bad\x00")
    (tmp_path / "c.txt").write_text("date 2025-04-17\nRain began on Saturday, April 12.\n", encoding="utf-8")
    rules = pipeline.RuleSet(default_rule_files())

    def items():
        return documents.load_items(list(documents.expand([tmp_path])), None)
    kept = pipeline.check(items(), rules, keep_claims=fmt == "html")
    w = writer(fmt, fail_on="error")
    streamed = pipeline.check(items(), rules, keep_claims=fmt == "html", on_result=w.add)
    assert streamed.documents == [] and streamed.totals == kept.totals
    assert streamed.totals.documents == 3 and streamed.totals.errors == 1 and streamed.totals.failed_documents == 1
    assert "".join(w.chunks(streamed)) == render(kept, fmt, fail_on="error")


def test_html_findings_and_claims_point_at_the_figures_line_in_the_file(run, write, monkeypatch):
    page = ("<!doctype html>\n<html>\n<head>\n<meta name=\"date\" content=\"2025-04-17\">\n"
            "<title>Rain on Friday, April 12</title>\n</head>\n<body>\n<article>\n<h1>Storm</h1>\n"
            "<p>The <b>river</b> rose for two days.</p>\n"
            "<p>Rain began   on Friday, April 12,&nbsp;officials said, and 40 homes flooded.</p>\n"
            "</article>\n</body>\n</html>\n")
    path = write("storm.html", page)
    lines = page.split("\n")
    line = 11
    column = lines[line - 1].index("Friday") + 1
    code, sarif = sarif_of(run, path)
    [result] = sarif["runs"][0]["results"]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert code == 1 and (region["startLine"], region["startColumn"]) == (line, column)
    code, out, _ = run("check", path, "--format", "json")
    [finding] = json.loads(out)["documents"][0]["findings"]
    assert (finding["line"], finding["column"]) == (line, column)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    code, out, _ = run("check", path, "--format", "github")
    assert f"line={line},col={column}," in out
    code, out, _ = run("extract", path, "--format", "json")
    homes = next(c for c in json.loads(out) if c["text"] == "40")
    assert (homes["line"], homes["column"]) == (line, lines[line - 1].index("40 homes") + 1)


def test_the_html_report_opens_with_its_findings_index_and_can_leave_clean_articles_out(run, write, planted):
    clean = write("clean.txt", "date 2025-04-17\nRain began on Saturday, April 12.\n")
    code, out, _ = run("check", clean, planted, "--format", "html")
    index, first_document = out.index('id="findings-index"'), out.index('<h2 id="d0">')
    assert code == 1 and index < first_document and "Findings (1)" in out
    assert '<a href="#d1-f0">2:15</a>' in out and "<code>weekday-matches-date</code>" in out
    assert str(clean) in out
    code, out, _ = run("check", clean, planted, "--format", "html", "--skip-clean")
    assert str(clean) not in out and "1 document with no finding left out" in out
    assert '<a href="#d0-f0">2:15</a>' in out


def test_a_signed_market_move_is_shown_with_its_sign(run, write):
    path = write("index.txt", "date 2024-05-01\nThe index fell 74.15 points, or -2.70 percent, to 2,725.16.\n")
    code, out, _ = run("check", path)
    assert "is -2.65%, not -2.70 percent" in out
