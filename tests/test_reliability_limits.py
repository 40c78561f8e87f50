"""Reliability II, items 12-21: bounded work per document and rule, exit 2 for every bad value a user
wrote, and reports that stay well-formed whatever an id, a path or an article holds."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET

import pytest

from conftest import SEED

ARTICLE = "date 2025-04-17\nRain began on Friday, April 12.\n"   # April 12, 2025 was a Saturday


# 12: an element with a huge number of attributes (lxml checks them pairwise)
def test_an_element_with_200000_attributes_is_read_in_bounded_time(check_json, tmp_path):
    from checker import documents

    attributes = " ".join(f'a{i}="x"' for i in range(200_000))
    (tmp_path / "a.html").write_text(f"<html><body><p {attributes}>Rain began on Friday, April 12, 2025."
                                     "</p></body></html>", encoding="utf-8")
    code, out, err = check_json(tmp_path / "a.html", "--published", "2025-04-17")
    assert code == 1 and out["documents"][0]["findings"], err
    # what lxml is given: the element without its 200,000 attributes (unbounded, it takes minutes)
    html = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert "<p>Rain began" in documents._bounded_markup(html)
    kept = documents._bounded_markup('<p class="x">a</p>' * 3000)
    assert kept.count('class="x"') == 3000   # ordinary markup is left alone


def test_an_impossible_meta_date_is_an_error_not_mended(run, tmp_path):
    path = tmp_path / "a.html"
    path.write_text('<html><head><meta name="date" content="2023-02-30"></head><body><article><p>'
                    "Rain began on Friday, April 12, and went on for 40 days.</p></article></body></html>",
                    encoding="utf-8")
    code, out, err = run("check", path)
    assert code == 2 and "'2023-02-30' is not a date on the calendar" in out + err


# 13: --scheduler at a port that accepts and never answers
@pytest.fixture
def silent_port():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    held = []
    stop = threading.Event()

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                pass
    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    server.close()


def test_a_scheduler_that_never_answers_is_exit_2(tmp_path, silent_port):
    pytest.importorskip("distributed")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "checker", "check", str(tmp_path / "a.txt"), "--engine", "dask",
                           "--scheduler", f"tcp://127.0.0.1:{silent_port}"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2 and "no Dask handshake" in done.stderr and "Traceback" not in done.stderr


def test_a_cluster_without_workers_is_exit_2(monkeypatch):
    pytest.importorskip("distributed")
    from checker import parallel
    from checker.errors import FigcheckError

    class NoWorkers:
        def __init__(self, *a, **k):
            self.closed = False

        def wait_for_workers(self, n, timeout):
            raise TimeoutError("none")

        def close(self):
            self.closed = True

    monkeypatch.setattr("distributed.Client", NoWorkers)
    with pytest.raises(FigcheckError, match="has no workers"):
        list(parallel.map_chunks_dask(iter([[]]), None, "tcp://127.0.0.1:1"))


# 16: quadratic rules are bounded per document, with a warning
@pytest.mark.parametrize("rule", [
    "kind: compare\n    left: {kind: count}\n    right: {kind: count}\n    relation: less",
    "kind: ordinal\n    ordinal: {kind: count}\n    earlier: {kind: count}",
])
def test_a_rule_over_the_pair_limit_warns_instead_of_running(check_json, tmp_path, rule):
    from checker.rules.engine import MAX_PAIRS

    n = int(MAX_PAIRS ** 0.5) + 20
    (tmp_path / "a.txt").write_text("\n\n".join(f"Team {i} had {i + 1} fans." for i in range(n)), encoding="utf-8")
    (tmp_path / "r.yaml").write_text(f"rules:\n  - id: wide\n    description: d\n    {rule}\n", encoding="utf-8")
    code, out, _ = check_json(tmp_path / "a.txt", "--rules", tmp_path / "r.yaml", "--no-default-rules",
                              "--fail-on", "warning")
    findings = out["documents"][0]["findings"]
    assert code == 1 and len(findings) == 1 and findings[0]["severity"] == "warning"
    assert "not checked in this document" in findings[0]["message"]
    assert findings[0]["evidence"]["pairs"] > MAX_PAIRS


def test_a_rule_within_the_pair_limit_runs(check_json, tmp_path):
    (tmp_path / "a.txt").write_text("Team A had 30 fans.\n\nTeam B had 20 fans.\n", encoding="utf-8")
    (tmp_path / "r.yaml").write_text("rules:\n  - id: wide\n    description: d\n    kind: compare\n"
                                     "    left: {kind: count, value: {min: 25}}\n    right: {kind: count}\n"
                                     "    relation: less\n", encoding="utf-8")
    code, out, _ = check_json(tmp_path / "a.txt", "--rules", tmp_path / "r.yaml", "--no-default-rules")
    assert code == 1 and "is not less" in out["documents"][0]["findings"][0]["message"]


# 18: the parent keeps windows, not texts
def test_a_report_of_findings_keeps_windows_not_texts():
    from checker.documents import Excerpt, from_text
    from checker.pipeline import RuleSet, check
    from checker.resources import default_rule_files

    text = "date 2025-04-17\n" + "Filler words here. " * 5000 + "\nRain began on Friday, April 12.\n"
    doc = from_text(text, "a.txt")
    report = check([doc], RuleSet(default_rule_files()), keep_claims=False)
    kept = report.documents[0].doc
    assert isinstance(kept, Excerpt) and not hasattr(kept, "text")
    f = report.documents[0].findings[0]
    assert kept.window(f.start, f.end) == doc.window(f.start, f.end)
    assert kept.snippet(f.start, f.end) == "Friday, April 12"
    assert len(json.dumps([list(w) for w in kept.windows.values()])) < 1000


# 20: values YAML reads but Python cannot hold are the file's error (exit 2), at their line
@pytest.mark.parametrize("value, problem", [
    ("2023-02-30", "day is out of range"), ("0000-01-01", "year 0 is out of range"),
    ("9" * 5000, "4300 digits"), ("[" * 200 + "]" * 200, "nested over 64 levels"),
])
def test_unreadable_yaml_values_are_exit_2_at_their_line(run, tmp_path, value, problem):
    rules = tmp_path / "r.yaml"
    rules.write_text(f"rules:\n  - id: x\n    kind: weekday\n    description: d\n    select: {{date: {value}}}\n",
                     encoding="utf-8")
    code, _, err = run("rules", "lint", rules)
    assert code == 2 and "r.yaml:5:" in err and problem in err and "Traceback" not in err
    config = tmp_path / "c.yaml"
    config.write_text(f"fail-on: error\ndisable: {value}\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code, _, err = run("check", tmp_path / "a.txt", "--config", config)
    assert code == 2 and "c.yaml:2:" in err and problem in err
    article = tmp_path / "a.md"
    article.write_text(f"---\ntitle: t\ndate: {value}\n---\nRain began on Friday, April 12.\n", encoding="utf-8")
    code, out, err = run("check", article)
    assert code == 2 and "a.md:3:" in out + err and problem in out + err


def test_unreadable_fixture_values_are_exit_2(run, tmp_path):
    (tmp_path / "r.yaml").write_text("rules:\n  - id: x\n    kind: weekday\n    description: d\n", encoding="utf-8")
    fixtures = tmp_path / "t.yaml"
    fixtures.write_text("rules: [r.yaml]\npublished: 2023-02-30\ntests:\n  - rule: x\n    pass: [a]\n",
                        encoding="utf-8")
    code, _, err = run("rules", "test", fixtures)
    assert code == 2 and "t.yaml:2:" in err and "day is out of range" in err


@pytest.mark.parametrize("expect, problem", [
    ("(" * 100 + "wins" + ")" * 100, "nested over 32 levels"),
    ("+".join(["wins"] * 300), "over 500 characters"),
    ("-" * 100 + "wins", "nested over 32 levels"),
])
def test_over_long_expressions_are_exit_2(run, tmp_path, expect, problem):
    rules = tmp_path / "r.yaml"
    rules.write_text("rules:\n  - id: x\n    kind: expression\n    description: d\n    let:\n"
                     "      wins: {kind: count}\n      points: {kind: count}\n"
                     f"    expect: points == {expect}\n", encoding="utf-8")
    code, _, err = run("rules", "lint", rules)
    assert code == 2 and "r.yaml:8" in err and problem in err and "Traceback" not in err


@pytest.mark.parametrize("toml, problem", [
    ("[tool]\nfigcheck = 5\n", "must be a table of settings"),
    ('tool.figcheck = "never"\n', "must be a table of settings"),
    ("# figcheck settings\n[tool.figcheck\n", "invalid TOML"),
])
def test_a_bad_pyproject_section_is_exit_2(run, tmp_path, toml, problem):
    (tmp_path / "pyproject.toml").write_text(toml, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code, _, err = run("check", tmp_path / "a.txt")
    assert code == 2 and "pyproject.toml" in err and problem in err


def test_an_unreadable_pyproject_on_the_search_path_is_exit_2(run, tmp_path, monkeypatch):
    from checker import config

    (tmp_path / "pyproject.toml").write_text("[tool.figcheck]\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")

    def denied(path, limit):   # as root (CI) chmod 000 cannot make it unreadable
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(config, "read_regular", denied)
    code, _, err = run("check", tmp_path / "a.txt")
    assert code == 2 and "pyproject.toml: cannot read: Permission denied" in err


def test_a_pyproject_that_only_mentions_figcheck_is_not_a_configuration(run, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\ndependencies = ["figcheck"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert run("check", tmp_path / "a.txt")[0] == 1


@pytest.mark.parametrize("baseline", [
    '{"version": 1, "documents": [{"findings": 5}]}',
    '{"version": 1, "documents": [{"findings": [{"rule": "x"}]}]}',
    '{"version": 1, "documents": ["x"]}',
])
def test_a_malformed_baseline_is_exit_2(run, tmp_path, baseline):
    (tmp_path / "b.json").write_text(baseline, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code, _, err = run("check", tmp_path / "a.txt", "--baseline", tmp_path / "b.json")
    assert code == 2 and "b.json: baseline is not a figcheck JSON report" in err


# 21: every report well-formed whatever ids, paths and articles hold
def jsonl_with(tmp_path, doc_id: str, text: str = "Rain began on Friday, April 12, 2025."):
    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps({"id": doc_id, "text": text, "published": "2025-04-17"}) + "\n", encoding="utf-8")
    return path


def test_junit_stays_well_formed_with_control_characters(run, tmp_path):
    path = jsonl_with(tmp_path, "a\x1b[31m\x07b")
    code, out, _ = run("check", path, "--format", "junit")
    root = ET.fromstring(out)
    assert code == 1 and root.find("testsuite").get("name") == "a\\x1b[31m\\x07b"


def test_text_lines_a_ci_runner_would_obey_are_escaped(run, tmp_path):
    path = jsonl_with(tmp_path, "x", "::set-output name=x::y Rain began on Friday, April 12, 2025.")
    code, out, _ = run("check", path, "--format", "text")
    lines = out.splitlines()
    assert code == 1 and not any(line.lstrip().startswith(("::", "##[")) for line in lines)
    assert any("\\x3aset-output" in line for line in lines)


def test_the_step_summary_holds_backticks_and_stays_under_githubs_limit():
    from checker.findings import Finding
    from checker.pipeline import DocumentResult, Report
    from checker.report.github_format import MAX_SUMMARY_BYTES, _code, step_summary

    assert _code("a`b``c") == "```a`b``c```" and _code("`x") == "`` `x ``"
    findings = [Finding(rule="r", severity="error", message="m\r\n| x" * 50, doc="d", path=f"p`{i}.txt",
                        start=0, end=1, line=1, column=1, claims=[]) for i in range(20_000)]
    text = step_summary(Report([DocumentResult(path="p", id="d", findings=findings)]))
    assert len(text.encode()) <= MAX_SUMMARY_BYTES and "more rows, left out" in text
    assert "\r" not in text and "`` p`1.txt:1:1 ``" not in text and "``p`1.txt:1:1``" in text


@pytest.mark.parametrize("path, uri", [
    ("a b/c#d%.txt", "a%20b/c%23d%25.txt"), ("c:d.txt", "c%3Ad.txt"), ("plain/x.txt", "plain/x.txt"),
])
def test_sarif_uris_are_percent_encoded(path, uri):
    from checker.report.sarif_format import artifact_uri

    assert artifact_uri(path) == uri
    assert artifact_uri("/tmp/a b.txt") == "file:///tmp/a%20b.txt"


def test_csv_cells_a_spreadsheet_would_run_are_neutralised(run, tmp_path):
    path = jsonl_with(tmp_path, "=HYPERLINK(\"http://x\")", "Sales fell -5% to @SUM 40 units.")
    code, out, _ = run("extract", path, "--format", "csv")
    assert code == 0 and "'=HYPERLINK" in out and ",=HYPERLINK" not in out
    from checker.claims_output import spreadsheet_safe
    assert spreadsheet_safe("-5%") == "-5%" and spreadsheet_safe("+1,200") == "+1,200"
    assert spreadsheet_safe("-2+3+cmd|' /C calc'!A0").startswith("'") and spreadsheet_safe("@x") == "'@x"


def test_temp_files_of_a_killed_run_are_removed_by_the_next(run, tmp_path):
    from checker.files import STALE_TEMP_SECONDS, TEMP_PREFIX

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    stale = tmp_path / f"{TEMP_PREFIX}{dead}-abc123.tmp"
    fresh = tmp_path / f"{TEMP_PREFIX}{dead}-def456.tmp"
    mine = tmp_path / f"{TEMP_PREFIX}{os.getpid()}-ghi789.tmp"
    for leftover in (stale, fresh, mine):
        leftover.write_text("partial", encoding="utf-8")
    old = time.time() - STALE_TEMP_SECONDS - 60
    os.utime(stale, (old, old))
    os.utime(mine, (old, old))
    run("check", SEED, "--format", f"json:{tmp_path / 'r.json'}")
    assert not stale.exists() and fresh.exists() and mine.exists() and (tmp_path / "r.json").exists()


# Acceptance: a batch of 1,000 with one of each bad kind mixed in, on every engine
def bad_batch(root):
    """990 good articles (one finding each) and one of each kind of bad document."""
    folder = root / "news"
    folder.mkdir()
    for i in range(990):
        (folder / f"good-{i:03}.txt").write_text(ARTICLE, encoding="utf-8")
    bad = {
        "binary.txt": b"Rain\x00fell",
        "latin1.txt": "Caf\xe9 closed on Friday, April 12.".encode("latin-1"),
        "alias.md": b"---\na: &x [1]\nb: [*x, *x]\n---\nRain.\n",
        "bad-date.md": b"---\ndate: 2023-02-30\n---\nRain.\n",
        "deep.md": b"---\nx: " + b"[" * 200 + b"]" * 200 + b"\n---\nRain.\n",
        "meta.html": b'<html><head><meta name="date" content="2023-02-30"></head><body><article><p>'
                     b"Rain began on Friday, April 12, and went on for 40 days and nights.</p></article></body></html>",
        "sidecar.txt": ARTICLE.encode(),
        "sidecar.rules.yaml": b"rules: [{id: x, kind: nope, description: d}]\n",
        "feed.jsonl": (json.dumps({"id": "feed-good", "text": ARTICLE.split("\n", 1)[1], "published": "2025-04-17"})
                       + "\n{not json\n" + '{"id": "huge", "n": ' + "9" * 5000 + ', "text": "x"}\n'
                       + json.dumps({"id": "year-10000", "text": "It will rain next year.", "published": "9999-12-31"})
                       + "\n" + json.dumps({"id": "no-text"}) + "\n").encode(),
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    (root / "outside.txt").write_text(ARTICLE, encoding="utf-8")
    os.symlink(root / "outside.txt", folder / "link.txt")
    os.mkfifo(folder / "pipe.txt")
    errors = ["binary.txt", "latin1.txt", "alias.md", "bad-date.md", "deep.md", "meta.html", "sidecar.txt",
              "link.txt", "pipe.txt", "feed.jsonl:2", "feed.jsonl:3", "feed.jsonl:4", "feed.jsonl:5"]
    return folder, errors


@pytest.mark.parametrize("engine", [[], ["--jobs", "2"], ["--engine", "dask"]], ids=["serial", "jobs-2", "dask"])
def test_a_batch_of_1000_with_every_bad_kind_keeps_every_good_result(tmp_path, engine):
    if engine[-1:] == ["dask"]:
        pytest.importorskip("distributed")
    folder, errors = bad_batch(tmp_path)
    done = subprocess.run([sys.executable, "-m", "checker", "check", str(folder), *engine, "--format", "text",
                           "--format", f"json:{tmp_path / 'r.json'}"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 3, done.stderr[-2000:]   # the year-10000 record is an internal error: exit 3
    assert "Traceback" not in done.stdout + done.stderr
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    good = [d for d in report["documents"] if not d["error"]]
    assert len(good) == 991 and all(len(d["findings"]) == 1 for d in good)   # 990 files and feed-good
    error_lines = [line for line in done.stdout.splitlines() if not line.startswith((" ", str(folder / "good-")))
                   and "feed.jsonl:1:" not in line and line.startswith(str(folder))]
    assert len(error_lines) == len(errors), "\n".join(error_lines)
    for name in errors:
        assert sum(line.startswith((f"{folder / name}:", f"{folder / name} [")) for line in error_lines) == 1, name


# 19: a full standard output or a closed pipe is a clean exit 2
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_standard_output_is_exit_2():
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "checker", "check", str(SEED), "--format", "json"],
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert done.returncode == 2 and "cannot write to standard output: No space left" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_closed_pipe_is_exit_2():
    process = subprocess.Popen([sys.executable, "-m", "checker", "check", str(SEED), "--format", "json"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    process.stdout.close()   # the reader went away before the report
    err = process.stderr.read()
    assert process.wait(timeout=120) == 2 and "standard output was closed" in err and "Traceback" not in err


def test_o_with_every_format_in_its_own_file_is_a_usage_error(run, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code, _, err = run("check", tmp_path / "a.txt", "--format", f"json:{tmp_path / 'r.json'}", "-o", tmp_path / "x")
    assert code == 2 and "has no report to take" in err and not (tmp_path / "x").exists()


# (Not under test_files_security.py's 30-second watchdog: revalidating 600 documents one by one
# takes longer than that on a loaded machine, and the alarm then lands inside pandera.)
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_document_whose_claims_fail_the_schema_loses_only_itself(check_json, tmp_path, jobs):
    good = {"text": "Rain began on Friday, April 12, 2025.", "published": "2025-04-17"}
    lines = [dict(good, id=f"d{i}") for i in range(600)]
    lines.insert(300, {"id": "bad", "text": "The plant opens next year.", "published": "9999-12-31"})   # year 10000
    path = tmp_path / "batch.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    code, out, err = check_json(path, "--jobs", jobs)
    docs = {d["id"]: d for d in out["documents"]}
    assert code == 3 and "Traceback" not in err and "SchemaErrors" not in err
    assert "claims schema" in docs["bad"]["error"]
    assert sum(len(d["findings"]) == 1 for d in docs.values()) == 600
