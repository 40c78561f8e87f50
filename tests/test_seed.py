"""The seed article: every expected claim, none of the not-claims, and its rules."""
from __future__ import annotations

from pathlib import Path

import yaml
import pytest

import checker
from conftest import ROOT, SEED, SEED_RULES

SPEC = yaml.safe_load((ROOT / "tests" / "fixtures" / "seed.expected.yaml").read_text())
TEXT = SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def claims():
    return checker.extract(Path(SEED))


def locate(surface, after=None):
    pos = TEXT.index(after) + len(after) if after else 0
    start = TEXT.index(surface, pos)
    return start, start + len(surface)


@pytest.mark.parametrize("exp", SPEC["claims"], ids=lambda e: f"{e['surface']}@{e.get('after', '')}")
def test_expected_claim(claims, exp):
    start, end = locate(exp["surface"], exp.get("after"))
    hits = claims[(claims["start"] < end) & (claims["end"] > start)]
    assert len(hits) == 1, hits
    row = hits.iloc[0]
    assert row["kind"] == exp["kind"]
    assert TEXT[row["start"]:row["end"]] == row["text"]
    if "date" in exp:
        assert row["date"] == str(exp["date"])
    if "value" in exp:
        assert row["value"] == exp["value"]
    if "low" in exp:
        assert row["low"] == exp["low"] and row["high"] != row["high"]  # open upper end (NaN)
    for key in ("noun", "unit", "grain"):
        if key in exp:
            assert row[key] == exp[key]
    if "place" in exp:
        assert sorted(row["place"]) == sorted(exp["place"])


def test_nothing_else_is_extracted(claims):
    assert len(claims) == len(SPEC["claims"])


@pytest.mark.parametrize("surface", SPEC["not_claims"])
def test_not_claims(claims, surface):
    start, end = locate(surface)
    assert claims[(claims["start"] < end) & (claims["end"] > start)].empty


def test_publication_date_from_dateline(claims):
    report = checker.check(SEED)
    assert report.documents[0].published.isoformat() == "2023-11-22"


def test_seed_is_clean(run):
    code, out, _ = run("check", SEED)
    assert code == 0, out
    assert "0 findings" in out


@pytest.mark.parametrize("find, replace, rule", [
    ("three separate sets of strikes in Syria", "three separate sets of strikes in Iraq",
     "ain-al-asad.first-public-retaliation-in-iraq"),
    ("west of Baghdad on Tuesday", "west of Baghdad on Thursday",
     "ain-al-asad.response-same-day-as-militant-killed"),
    ("The attacks began on Oct. 17", "The attacks began on Nov. 22", "ain-al-asad.retaliation-after-attacks-began"),
])
def test_seed_mutations_are_flagged(check_json, write, find, replace, rule):
    assert find in TEXT
    copy = write("copy.txt", TEXT.replace(find, replace, 1))
    code, out, _ = check_json(copy, "--published", "2023-11-22", "--rules", SEED_RULES)
    assert code == 1
    findings = out["documents"][0]["findings"]
    start = TEXT.index(find)
    claims = checker.extract(Path(copy))
    changed = set(claims[(claims["start"] < start + len(replace)) & (claims["end"] > start)]["claim"])
    assert changed, "the mutation touches a figure"
    # the finding involves the changed figure (and marks it or the figure it contradicts)
    assert any(f["rule"] == rule and changed & set(f["claims"]) for f in findings), findings
