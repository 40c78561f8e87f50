"""Fuzz targets: raw bytes in, and the only acceptable failures are figcheck's own clear errors.

`document(data, suffix)` loads the bytes as an article of that kind, extracts and checks it: a
document may be refused (InputError), never crash (an internal error). `rules(data)` loads the
bytes as a rule file: it may be refused (RuleFileError), never crash; a file that loads is run.
`config(data, name)` runs the CLI under the bytes as a `.figcheck.yaml` or `pyproject.toml`, and
`file_name(data)` over an article whose file name is the bytes, writing every report format: each
exits 0, 1 or 2, never 3, and every report file written parses.
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from checker import cli, documents, pipeline
from checker.errors import DocumentCrash, RuleFileError
from checker.resources import default_rule_files
from checker.rules import loader

SUFFIXES = (".txt", ".md", ".html", ".jsonl")
CONFIG_NAMES = (".figcheck.yaml", "pyproject.toml")
ARTICLE = "date 2025-04-17\nRain began on Friday, April 12. It killed 12 people, 5 of them in Velmar.\n"
_DEFAULT_RULES = None


class Crash(AssertionError):
    """figcheck failed in a way a user should never see."""


def _default_rules():
    global _DEFAULT_RULES
    if _DEFAULT_RULES is None:
        _DEFAULT_RULES = pipeline.RuleSet(default_rule_files(), sidecars=False)
    return _DEFAULT_RULES


def document(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"article{suffix}"
        path.write_bytes(data)
        items = list(documents.load_file(path))
        for item in items:
            if isinstance(item, DocumentCrash):
                raise Crash(f"loader crashed: {item}")
        report = pipeline.check(items, _default_rules())
        for result in report.documents:
            if result.internal:
                raise Crash(result.error)
            if result.claims is not None:
                text = result.doc.text
                for row in result.claims.itertuples():
                    if text[row.start:row.end] != row.text:
                        raise Crash(f"claim {row.claim} text {row.text!r} is not text[{row.start}:{row.end}]")


def rules(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "rules.yaml"
        path.write_bytes(data)
        try:
            loaded = loader.load([path])
        except RuleFileError:
            return
        doc = documents.from_text("date 2025-04-17\nRain began on Friday, April 12. It killed 12 people, "
                                  "5 of them in Velmar, up 20% from 10 a year earlier.\n", "probe.txt")
        ruleset = pipeline.RuleSet([path], sidecars=False)
        assert [r.id for r in ruleset.rules] == [r.id for r in loaded]
        for result in pipeline.check([doc], ruleset).documents:
            if result.internal or result.error:
                raise Crash(result.error)


def _cli(args: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = cli.main(args)
    if code not in (0, 1, 2) or "Traceback" in out.getvalue() or "internal error" in out.getvalue():
        raise Crash(f"exit {code}: {out.getvalue()[-400:]}")
    return code, out.getvalue()


def config(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / name).write_bytes(data)
        (Path(tmp) / "a.txt").write_text(ARTICLE, encoding="utf-8")
        _cli(["check", str(Path(tmp) / "a.txt")])


def file_name(data: bytes) -> None:
    """An article named by the bytes (made a legal name: no '/' or NUL, at most 200 bytes)."""
    raw = data.replace(b"/", b"_").replace(b"\0", b"_")[:200] or b"_"
    name = os.fsdecode(raw if raw not in (b".", b"..") else b"_") + ".txt"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        (folder / name).write_text(ARTICLE, encoding="utf-8")
        reports = {fmt: Path(tmp) / f"report.{fmt}" for fmt in ("json", "sarif", "junit", "html", "github", "text")}
        _cli(["check", str(folder), *(a for fmt, path in reports.items() for a in ("--format", f"{fmt}:{path}"))])
        json.loads(reports["json"].read_text(encoding="utf-8"))
        json.loads(reports["sarif"].read_text(encoding="utf-8"))
        ET.fromstring(reports["junit"].read_bytes())
        _cli(["check", str(folder), "--format", "text"])
