"""Loading articles: formats, publication dates, offsets that point into the file as written."""
from __future__ import annotations

from pathlib import Path

import datetime as dt
import json

import pytest

import checker
from checker import documents
from checker.errors import InputError


def load_one(path, published=None):
    items = list(documents.load([str(path)], published))
    assert len(items) == 1
    return items[0]


def test_text_dateline_sets_published_and_is_not_a_claim(write):
    path = write("a.txt", "date 2024-03-05\nOfficials said 12 people died on Monday.\n")
    doc = load_one(path)
    assert doc.published == dt.date(2024, 3, 5)
    claims = checker.extract(Path(path))
    assert list(claims["text"]) == ["12", "Monday"]
    assert claims.iloc[1]["date"] == "2024-03-04"
    assert (claims.iloc[0]["line"], claims.iloc[0]["column"]) == (2, 16)


def test_cli_published_overrides_metadata(write):
    path = write("a.txt", "date 2024-03-05\nIt happened on Monday.\n")
    assert load_one(path, dt.date(2024, 3, 20)).published == dt.date(2024, 3, 20)


def test_no_publication_date_leaves_relative_dates_unresolved(write):
    claims = checker.extract(Path(write("a.txt", "The minister resigned on Tuesday after 3 days.\n")))
    tuesday = claims[claims["text"] == "Tuesday"].iloc[0]
    assert tuesday["date"] is None or tuesday["date"] != tuesday["date"]
    assert tuesday["grain"] == "weekday"


def test_markdown_front_matter_offsets_refer_to_the_file(write):
    text = "---\ntitle: Floods\ndate: 2025-04-17\n---\n# Floods\n\nSome 40 homes were flooded.\n"
    path = write("a.md", text)
    doc = load_one(path)
    assert doc.published == dt.date(2025, 4, 17)
    claims = checker.extract(Path(path))
    row = claims.iloc[0]
    assert text[row["start"]:row["end"]] == row["text"] == "Some 40"
    assert (row["line"], row["column"]) == (7, 1)


def test_markdown_bad_front_matter_is_located(write):
    path = write("a.md", "---\ndate: [2025\n---\nText 5 times.\n")
    err = load_one(path)
    assert isinstance(err, InputError) and "front matter" in str(err) and str(path) in str(err)


def test_html_main_text_and_meta_date(write):
    html = """<html><head><meta property="article:published_time" content="2023-11-22T10:00:00Z">
    <script>var count = 999;</script></head><body><nav>Menu item 77</nav><article><h1>Strikes</h1>
    <p>The United States has 900 troops in Syria and 2,500 in Iraq on an advise and assist mission,
    officials said on Tuesday, adding that the figures have not changed this year.</p>
    <p>Three officials spoke on condition of anonymity because they were not authorised to talk.</p>
    </article></body></html>"""
    path = write("a.html", html)
    doc = load_one(path)
    assert doc.published == dt.date(2023, 11, 22)
    assert "999" not in doc.text and "900 troops" in doc.text
    claims = checker.extract(Path(path))
    assert set(claims["text"]) >= {"900", "2,500", "Tuesday"}
    assert claims[claims["text"] == "Tuesday"].iloc[0]["date"] == "2023-11-21"


def test_jsonl_keeps_good_lines_and_reports_bad_ones(write):
    lines = [json.dumps({"id": "a", "text": "Police counted 5 cars.", "published": "2024-01-02"}),
             "{not json",
             json.dumps({"id": "b", "text": "It cost $3 million."})]
    items = list(documents.load([str(write("c.jsonl", "\n".join(lines)))]))
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "Document"]
    assert items[1].line == 2 and "c.jsonl:2" in str(items[1])
    assert items[0].id == "a" and items[0].published == dt.date(2024, 1, 2)
    claims = checker.extract(items[::2])
    assert list(claims["doc"]) == ["a", "b"]


@pytest.mark.parametrize("data, message", [
    (b"\x00\x01binary", "binary"),
    (b"caf\xe9 5 people", "not UTF-8"),
])
def test_unreadable_files_give_one_clear_error(tmp_path, data, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    err = load_one(path)
    assert isinstance(err, InputError) and message in str(err) and str(path) in str(err)


def test_utf16_with_bom_and_crlf(tmp_path):
    path = tmp_path / "w.txt"
    path.write_bytes("Line one.\r\nIt rose 5% on Friday.\r\n".encode("utf-16"))
    claims = checker.extract(Path(path))
    five = claims[claims["text"] == "5%"].iloc[0]
    assert (five["line"], five["column"]) == (2, 9)


def test_missing_path_and_empty_glob(tmp_path):
    items = list(documents.load([str(tmp_path / "nope.txt"), str(tmp_path / "*.md")]))
    assert all(isinstance(i, InputError) for i in items) and len(items) == 2


def test_directory_is_walked_for_articles(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text("Five cats.")
    (tmp_path / "b.txt").write_text("Six dogs.")
    (tmp_path / "notes.yaml").write_text("x: 1")
    assert [d.path for d in documents.load([str(tmp_path)])] == [str(tmp_path / "b.txt"),
                                                               str(tmp_path / "sub" / "a.md")]


def test_sidecar_rules_are_found(write):
    article = write("story.txt", "Text.")
    rules = write("story.rules.yaml", "rules: []\n")
    assert load_one(article).rules_file == rules
