from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "ain-al-asad-2023-11-22.txt"
SEED_RULES = ROOT / "seeds" / "ain-al-asad-2023-11-22.rules.yaml"


@pytest.fixture
def run(capsys):
    """Run the CLI in-process: (exit code, stdout, stderr)."""
    def _run(*args):
        code = main([str(a) for a in args])
        out = capsys.readouterr()
        return code, out.out, out.err
    return _run


@pytest.fixture
def check_json(run):
    def _check(*args):
        code, out, err = run("check", *args, "--format", "json")
        return code, json.loads(out), err
    return _check


@pytest.fixture
def write(tmp_path):
    def _write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path
    return _write
