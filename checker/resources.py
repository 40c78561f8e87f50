"""Where the shipped rule pack and schemas are: inside the wheel, or at the top of a source tree."""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """`rules` or `schemas`: the wheel's copy when installed, else the repository's folder."""
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def default_rule_files() -> list[Path]:
    return sorted(data_dir("rules").glob("*.yaml"))


def rule_files(extra=(), defaults: bool = True) -> list[Path]:
    """The files a run loads: the default pack (unless switched off), then the named ones."""
    return (default_rule_files() if defaults else []) + [Path(p) for p in extra]
