"""The command line: exit codes, the JSON contract, extract formats, rule commands."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from checker import schema
from conftest import ROOT, SEED, SEED_RULES

BAD_WEEKDAY = "date 2025-04-17\nRain began on Friday, April 12, officials said.\n"


def test_clean_article_exits_0(run, write):
    code, out, err = run("check", write("a.txt", "date 2025-04-17\nRain began on Saturday, April 12.\n"))
    assert code == 0 and "0 findings" in out and not err


def test_finding_exits_1_and_shows_the_figure(run, write):
    path = write("a.txt", BAD_WEEKDAY)
    code, out, _ = run("check", path)
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith(f"{path}:2:15: error weekday-matches-date ")
    assert lines[1] == "    Rain began on Friday, April 12, officials said."
    assert lines[2] == "    " + " " * 14 + "^" * len("Friday, April 12")
    assert "1 finding (1 error," in lines[-1]


@pytest.mark.parametrize("fail_on, code", [("error", 1), ("warning", 1), ("never", 0)])
def test_fail_on(run, write, fail_on, code):
    assert run("check", write("a.txt", BAD_WEEKDAY), "--fail-on", fail_on)[0] == code


def test_fail_on_respects_severity(run, write):
    rules = write("w.yaml", "rules:\n  - {id: w, kind: weekday, severity: warning, description: d}\n")
    article = write("a.txt", BAD_WEEKDAY)
    assert run("check", article, "--no-default-rules", "--rules", rules)[0] == 0
    assert run("check", article, "--no-default-rules", "--rules", rules, "--fail-on", "warning")[0] == 1


def test_json_contract(check_json, write):
    path = write("a.txt", BAD_WEEKDAY)
    code, out, _ = check_json(path)
    assert code == 1
    assert out["version"] == 1
    assert set(out["summary"]) >= {"documents", "findings", "errors", "warnings"}
    assert out["summary"]["documents"] == 1 and out["summary"]["errors"] == 1
    [doc] = out["documents"]
    assert {"path", "published", "claims", "findings", "error"} <= set(doc)
    assert doc["published"] == "2025-04-17" and doc["error"] is None and doc["claims"] == 1
    [f] = doc["findings"]
    assert {"rule", "severity", "message", "start", "end", "line", "column", "claims"} <= set(f)
    text = path.read_text()
    assert text[f["start"]:f["end"]] == "Friday, April 12"
    assert (f["line"], f["column"]) == (2, 15) and f["claims"] == ["c1"]


def test_bad_input_exits_2_with_one_line_and_keeps_other_results(check_json, write, tmp_path):
    good = write("good.txt", BAD_WEEKDAY)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00bad")
    missing = tmp_path / "missing.txt"
    code, out, err = check_json(good, bad, missing)
    assert code == 2
    docs = {d["path"]: d for d in out["documents"]}
    assert docs[str(good)]["findings"] and docs[str(good)]["error"] is None
    assert str(missing) in docs[str(missing)]["error"]
    assert "Traceback" not in err


def test_bad_rule_file_exits_2_naming_file_and_line(run, write):
    rules = write("r.yaml", "rules:\n  - id: x\n    kind: weekdays\n    description: d\n")
    code, out, err = run("check", SEED, "--rules", rules)
    assert code == 2 and out == ""
    assert err.strip() == f"figcheck: error: {rules}:3:5: unknown rule kind 'weekdays'; did you mean 'weekday'?"


def test_usage_error_exits_2(run):
    assert run("check", SEED, "--published", "22/11/2023")[0] == 2
    assert run("check")[0] == 2


def test_internal_error_exits_3_not_1(run, write, monkeypatch):
    from checker import pipeline

    def broken(_doc):
        raise RuntimeError("boom")
    monkeypatch.setattr(pipeline, "document_rows", broken)
    code, out, err = run("check", write("a.txt", "Five cats."))
    assert code == 3 and "internal error" in out + err


def test_schema_failure_is_internal(run, write, monkeypatch):
    from checker import pipeline

    def bad_rows(doc):
        return [{"doc": doc.id, "claim": "x1", "start": 5, "end": 1, "line": 1, "column": 1, "text": "?",
                 "sentence": 0, "kind": "nonsense", "place": []}]
    monkeypatch.setattr(pipeline, "document_rows", bad_rows)
    assert run("check", write("a.txt", "Five cats."))[0] == 3


def test_output_file(run, write, tmp_path):
    target = tmp_path / "report.json"
    code, out, _ = run("check", write("a.txt", BAD_WEEKDAY), "--format", "json", "-o", target)
    assert code == 1 and out == ""
    assert json.loads(target.read_text())["summary"]["findings"] == 1


def test_extract_json_rows_have_the_schema_columns(run):
    code, out, _ = run("extract", SEED, "--format", "json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 19
    assert all(list(r) == schema.COLUMNS for r in rows)
    assert next(r for r in rows if r["text"] == "66")["place"] == ["Iraq", "Syria"]


@pytest.mark.parametrize("fmt", ["table", "jsonl", "csv"])
def test_extract_other_formats(run, fmt):
    code, out, _ = run("extract", SEED, "--format", fmt)
    assert code == 0
    if fmt == "jsonl":
        assert len(out.splitlines()) == 19
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert len(rows) == 19 and rows[0]["text"] == "November 21, 2023"
    else:
        assert "At least 62" in out


def test_the_claims_table_has_a_readers_shape(run, write):
    path = write("a.txt", "It cost $337,000, about 12% more than the 1.2 million euros of 2019.\n")
    code, out, _ = run("extract", path, SEED)
    lines = out.splitlines()
    assert lines[0] == f"{path} (4 claims)" and out.count(str(path)) == 1   # the path once, as a heading
    assert lines[1].split() == ["claim", "at", "text", "kind", "value", "allows", "unit", "date", "grain", "qualifier"]
    assert lines[2].split()[:5] == ["c1", "1:9", "$337,000", "money", "337,000"]
    assert "1,200,000" in out and "11 to 13" in out and "NaN" not in out and "e+05" not in out
    assert f"{SEED} (19 claims)" in out


def test_sidecar_rules_apply_to_their_article(run, tmp_path):
    text = SEED.read_text().replace("west of Baghdad on Tuesday", "west of Baghdad on Thursday")
    (tmp_path / "story.txt").write_text(text)
    assert run("check", tmp_path / "story.txt")[0] == 0
    (tmp_path / "story.rules.yaml").write_text(SEED_RULES.read_text())
    assert run("check", tmp_path / "story.txt")[0] == 1


def test_rules_list(run):
    code, out, _ = run("rules", "list", "--rules", SEED_RULES)
    assert code == 0
    ids = [line.split("\t")[0] for line in out.splitlines()]
    assert "weekday-matches-date" in ids and "ain-al-asad.first-public-retaliation-in-iraq" in ids
    assert all(len(line.split("\t")) == 5 for line in out.splitlines())


def test_rules_lint(run, write):
    assert run("rules", "lint", SEED_RULES, ROOT / "rules" / "default.yaml")[0] == 0
    bad = write("bad.yaml", "rules:\n  - id: a\n    kind: total\n    description: d\n    selekt: {}\n")
    code, _, err = run("rules", "lint", bad)
    assert code == 2 and f"{bad}:5:5:" in err and "did you mean 'select'" in err


def test_schema_file_is_in_step_with_the_code():
    assert (ROOT / "schemas" / "claims.schema.yaml").read_text() == schema.to_yaml()


def test_python_dash_m_and_help_without_pandas():
    out = subprocess.run([sys.executable, "-c",
                          "import sys; from checker.cli import main; main(['--help']);"
                          "print('pandas' in sys.modules)"], capture_output=True, text=True)
    assert "Usage" in out.stdout and out.stdout.strip().endswith("False")
    mod = subprocess.run([sys.executable, "-m", "checker", "check", str(SEED)], capture_output=True, text=True)
    assert mod.returncode == 0


def test_a_single_article_check_imports_no_distributed_engine():
    # pandera's class-based schemas import every dataframe library installed (dask.dataframe: 0.8 s);
    # the test extra installs dask, so this fails if the schema goes back to a DataFrameModel.
    pytest.importorskip("dask")
    out = subprocess.run([sys.executable, "-c",
                          f"import sys; from checker.cli import main; code = main(['check', {str(SEED)!r}]);"
                          "print(code, sorted(m for m in sys.modules if m.startswith('dask')))"],
                         capture_output=True, text=True)
    assert out.stdout.strip().endswith("0 []"), out.stdout[-300:] + out.stderr[-300:]


def test_a_crash_while_loading_one_document_keeps_the_others(check_json, write, monkeypatch):
    from checker import documents

    real = documents.from_markdown

    def broken(text, path, published=None):
        if path.endswith("broken.md"):
            raise RuntimeError("boom")
        return real(text, path, published)
    monkeypatch.setitem(documents.READERS, "markdown", broken)
    good = write("good.md", BAD_WEEKDAY)
    code, out, err = check_json(write("broken.md", "Five cats."), good)
    assert code == 3 and "Traceback" not in err
    docs = {d["path"]: d for d in out["documents"]}
    assert "internal error while loading" in docs[str(good).replace("good", "broken")]["error"]
    assert docs[str(good)]["findings"]


@pytest.mark.parametrize("tty, ci, shown", [(True, None, True), (False, None, False), (True, "true", False)])
def test_progress_only_on_a_terminal_outside_ci(monkeypatch, tty, ci, shown):
    from checker.cli import Progress

    class Stream(io.StringIO):
        def isatty(self):
            return tty
    if ci:
        monkeypatch.setenv("CI", ci)
    else:
        monkeypatch.delenv("CI", raising=False)
    stream = Stream()
    progress = Progress(stream)
    progress(64)
    progress.close()
    assert ("64 documents checked" in stream.getvalue()) is shown


def test_worker_processes_give_the_same_report_in_the_same_order(run, tmp_path):
    lines = [json.dumps({"id": f"d{i}", "published": "2025-04-17",
                         "text": f"Rain began on {'Friday' if i % 7 == 0 else 'Saturday'}, April 12. "
                                 f"It killed {i} people, {i + 1} of them children."}) for i in range(150)]
    lines.insert(70, "not json")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(lines) + "\n")
    one = run("check", corpus, "--format", "json", "--jobs", "1")
    two = run("check", corpus, "--format", "json", "--jobs", "2")
    assert one[0] == two[0] == 2
    a, b = json.loads(one[1]), json.loads(two[1])
    assert a == b and a["summary"]["documents"] == 151 and a["summary"]["findings"] > 40


def test_extract_parquet_streams_the_claims_table(run, tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{i}", "text": f"It killed {i} people in Velmar on "
                                                                   "Friday."}) + "\n" for i in range(1, 140)))
    target = tmp_path / "claims.parquet"
    assert run("extract", corpus, "--format", "parquet", "-o", target)[0] == 0
    table = pd.read_parquet(target)
    code, out, _ = run("extract", corpus, "--format", "json")
    rows = json.loads(out)
    assert list(table.columns) == schema.COLUMNS and len(table) == len(rows) == 2 * 139
    assert list(table["place"].iloc[0]) == ["Velmar"] and table["value"].iloc[0] == 1.0
    code, _, err = run("extract", corpus, "--format", "parquet")
    assert code == 2 and "give -o FILE" in err


def test_dask_engine_on_a_local_cluster_equals_the_local_run(run, tmp_path):
    distributed = pytest.importorskip("distributed")
    lines = [json.dumps({"id": f"d{i}", "published": "2025-04-17",
                         "text": f"Rain began on {'Friday' if i % 5 == 0 else 'Saturday'}, April 12. "
                                 f"It killed {i} people, {i + 2} of them children."}) for i in range(140)]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(lines) + "\n")
    local = run("check", corpus, "--format", "json", "--jobs", "1")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        remote = run("check", corpus, "--format", "json", "--engine", "dask", "--scheduler",
                     cluster.scheduler_address)
    assert local[0] == remote[0] == 1
    assert json.loads(local[1]) == json.loads(remote[1])


def test_scheduler_without_dask_engine_is_a_usage_error(run, write):
    code, _, err = run("check", write("a.txt", "Five cats."), "--scheduler", "tcp://127.0.0.1:1")
    assert code == 2 and "--scheduler goes with --engine dask" in err


def test_counts_in_messages_agree_in_number(run, tmp_path):
    rules = tmp_path / "one.yaml"
    rules.write_text("rules:\n  - id: w\n    kind: weekday\n    description: d\n", encoding="utf-8")
    code, out, _ = run("rules", "lint", rules)
    assert code == 0 and out.strip() == "1 file, 1 rule, no problems"
