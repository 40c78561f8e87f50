"""The README's sample output is what the commands print: run them and compare, so it cannot drift."""
from __future__ import annotations

import re

from conftest import ROOT, SEED, SEED_RULES

README = (ROOT / "README.md").read_text()


def _block_after(heading_words: str) -> list[str]:
    at = README.index(heading_words)
    start = README.index("```\n", at) + 4
    return README[start:README.index("```\n", start)].rstrip("\n").split("\n")


def test_the_check_sample_is_a_real_run(run, tmp_path, monkeypatch):
    block = _block_after("The seed with \"west of Baghdad on Tuesday\" changed")
    command = block[0]
    assert command == (f"$ figcheck check copy.txt --published 2023-11-22 --rules "
                       f"{SEED_RULES.relative_to(ROOT)}")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "copy.txt").write_text(SEED.read_text().replace("west of Baghdad on Tuesday",
                                                                "west of Baghdad on Thursday"))
    code, out, _ = run("check", "copy.txt", "--published", "2023-11-22", "--rules", SEED_RULES)
    assert code == 1 and out.rstrip("\n").split("\n") == block[1:]


def test_the_extract_sample_is_the_first_rows_of_a_real_run(run, monkeypatch):
    block = _block_after("`figcheck extract seeds/ain-al-asad-2023-11-22.txt` prints")
    monkeypatch.chdir(ROOT)
    code, out, _ = run("extract", "seeds/ain-al-asad-2023-11-22.txt")
    assert code == 0 and out.split("\n")[:len(block)] == block


def test_the_summary_counts_quoted_in_prose_match_a_run(run):
    code, out, _ = run("check", SEED)
    quoted = re.search(r"1 document, 19 claims \((\d+) checked by a rule\)", README).group(1)
    assert f"({quoted} checked by a rule)" in out
