"""Reporters: one module per output format, each with `render(report, **options) -> str`."""
from __future__ import annotations

import importlib

FORMATS = ("text", "json")


def render(report, fmt: str, **options) -> str:
    module = importlib.import_module(f"{__name__}.{fmt}_format")
    return module.render(report, **options)
