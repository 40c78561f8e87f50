"""Helpers the extraction tests share: claims of a sentence, and the one claim with a given text."""
from __future__ import annotations

import os

import pytest

import checker


def claims_of(text, published="2024-05-20"):
    return checker.extract(text + "\n", published=published)


def relation_of(text: str, figure: str, published: str = "2025-04-17") -> tuple:
    """(relation, left's text, right's text) of the one claim written `figure`."""
    claims = checker.extract(text, published=published)
    by_id = dict(zip(claims["claim"], claims["text"]))
    [row] = claims[claims["text"] == figure].to_dict("records")
    rel = row["relation"] if isinstance(row["relation"], str) else None
    return rel, by_id.get(row["left"]), by_id.get(row["right"])


def one(text, surface, published="2024-05-20"):
    claims = claims_of(text, published)
    rows = claims[claims["text"] == surface]
    assert len(rows) == 1, claims[["text", "kind", "value", "unit"]]
    return rows.iloc[0]


def example_texts(shared):
    """(name, published, text) of every text of ../shared/examples: each article and each of its
    planted mutations."""
    import yaml

    folder = shared / "examples"
    needed(str(folder), folder.is_dir())
    for path in sorted(folder.glob("*.yaml")):
        spec = yaml.safe_load(path.read_text())
        texts = [spec["text"], *(spec["text"].replace(m["find"], m["replace"]) for m in spec["mutations"])]
        yield from ((f"{path.stem}-{n}", str(spec["published"]), text) for n, text in enumerate(texts))


def needed(path_or_tool: str, present: bool):
    """Skip without an optional resource, except in CI (FIGCHECK_CI=1), where its absence fails."""
    if not present:
        if os.environ.get("FIGCHECK_CI"):
            pytest.fail(f"{path_or_tool} is required in CI")
        pytest.skip(f"{path_or_tool} not available")
