"""The bad-input table of docs/reliability.md, one test per row: each input gives correct results or
one clear error naming the file (and line), never a traceback."""
from __future__ import annotations

import pytest

from checker import documents, extract


def one_error_line(err: str, *needles: str) -> None:
    lines = [l for l in err.splitlines() if l.strip()]
    assert "Traceback" not in err
    assert len(lines) == 1 and all(n in lines[0] for n in needles), err


def test_empty_file(run, write):
    code, out, err = run("check", write("empty.txt", ""))
    assert code == 0 and "0 claims" in out and not err


@pytest.mark.parametrize("data, message", [
    (b"abc\x00def", "binary file (contains NUL bytes)"),
    (b"Rain fell \xc3\x28 today", "not UTF-8 text (invalid byte at offset 10)"),
    (b"\xff\xfeR\x00\x00\xd8", "invalid UTF-16 text"),
])
def test_undecodable_files(run, tmp_path, data, message):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    code, out, err = run("check", path)
    assert code == 2 and f"{path}: {message}" in out and "Traceback" not in out + err


def test_utf16_bom_and_windows_line_endings(check_json, tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("date 2025-04-17\r\nRain began on Friday, April 12.\r\n".encode("utf-16"))
    code, out, _ = check_json(path)
    [f] = out["documents"][0]["findings"]
    assert code == 1 and (f["line"], f["column"]) == (2, 15)


def test_an_article_over_the_size_limit_is_refused(run, write, monkeypatch):
    monkeypatch.setattr(documents, "MAX_ARTICLE_BYTES", 1000)
    path = write("big.txt", "It killed 12 people. " * 100)
    code, out, _ = run("check", path)
    assert code == 2 and f"{path}: article is 2,100 bytes, over the 0 MiB limit" in out


def test_a_long_single_line_is_read(write):
    claims = extract("word 12 people, " * 20000)
    assert len(claims) == 20000


@pytest.mark.parametrize("text, expected", [
    ("A number " + "9" * 100_000 + " long.", []),                      # not a figure, and no overflow
    ("Values of 1e400 and 3.5e10 were seen.", [("3.5e10", 3.5e10)]),  # overflow is no claim
    ("It fell to \u22125C, down \u22123.2%.", [("\u22125C", -5.0), ("\u22123.2%", -3.2)]),
    ("Some 2\u00a0500 and 3\u2009400 and 4\u202f300 people.", [("Some 2\u00a0500", 2500.0), ("3\u2009400", 3400.0),
                                                                 ("4\u202f300", 4300.0)]),
    ("The vote was \u0661\u0662\u0663 to \uff14\uff15.", [("\u0661\u0662\u0663", 123.0), ("\uff14\uff15", 45.0)]),
])
def test_hostile_numbers(text, expected):
    claims = extract(text)
    assert [(r.text, r.value) for r in claims.itertuples()] == expected


def test_html_with_scripts_broken_tags_and_external_entities(write, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET 999")
    html = (f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]><html><head><script>var n = 41;</script>'
            '</head><body><article><p>It killed 12 people &amp; injured 4 on Friday, April 12, officials said '
            'in a statement that ran long enough.<p>broken <b>tag &xxe; <img src="http://192.0.2.1/x.png">'
            '</article></body>')
    [doc] = list(documents.load([str(write("a.html", html))]))
    assert "12 people & injured 4" in doc.text
    assert "TOP SECRET" not in doc.text and "var n" not in doc.text


def test_jsonl_reports_each_bad_line_and_keeps_the_rest(check_json, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"text": "Rain began on Friday, April 12.", "published": "2025-04-17"}\n'
                     b'not json\n{"text": 5}\n' + b"[" * 100_000 + b"\n"
                     b'\xff\xfe bad bytes\n{"id": "ok", "text": "It killed 12 people."}\n')
    code, out, _ = check_json(path)
    by_line = {d["error"].split(":")[1] if d["error"] else d["id"]: d for d in out["documents"]}
    assert code == 2
    assert set(by_line) == {f"{path}:1", "2", "3", "4", "5", "ok"}
    assert by_line[f"{path}:1"]["findings"] and by_line["ok"]["claims"] == 1
    assert "nested too deeply" in by_line["4"]["error"] or "not valid JSON" in by_line["4"]["error"]


@pytest.mark.parametrize("text, needles", [
    ("rules:\n  - id: x\n    kind: weekday\n   description: d\n", ("r.yaml:4:", "invalid YAML")),
    ("rules:\n  - id: x\n    kind: weekdays\n    description: d\n", ("r.yaml:3:5", "did you mean 'weekday'")),
    ("rules:\n  - id: x\n    kind: weekday\n    descripton: d\n", ("r.yaml:", "missing 'description'")),
    ("rules:\n  - id: x\n    kind: subset\n    description: d\n    select: [1, 2]\n", ("r.yaml:", "select must be a mapping")),
    ("a: &a [1]\nb: *a\n", ("r.yaml:2:4", "aliases")),
    ("rules:\n  - id: x\n    kind: subset\n    description: d\n    select: {text: {regex: '(a+)+$'}}\n",
     ("r.yaml:", "unknown text match 'regex'")),
])
def test_bad_rule_files(run, write, text, needles):
    code, out, err = run("rules", "lint", write("r.yaml", text))
    assert code == 2 and not out
    assert "Traceback" not in err and any(all(n in line for n in needles) for line in err.splitlines()), err


def test_huge_rule_file_is_refused(run, tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text("rules: []\n" + "#" * (1024 * 1024))
    code, _, err = run("rules", "lint", path)
    assert code == 2 and "over the 1 MiB limit" in err


def test_rules_cannot_run_code_or_read_files(run, write, tmp_path):
    for text in ("rules: !!python/object/apply:os.system ['true']\n",
                 "rules:\n  - id: x\n    kind: expression\n    description: d\n    let: {a: {kind: count}}\n"
                 "    expect: __import__('os').system('true') == a\n",
                 "rules:\n  - id: x\n    kind: weekday\n    description: d\n    message: '{weekday.__class__}'\n"):
        code, _, err = run("rules", "lint", write("r.yaml", text))
        assert code == 2 and "Traceback" not in err, text
