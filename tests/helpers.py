"""Helpers the extraction tests share: claims of a sentence, and the one claim with a given text."""
from __future__ import annotations

import checker


def claims_of(text, published="2024-05-20"):
    return checker.extract(text + "\n", published=published)


def one(text, surface, published="2024-05-20"):
    claims = claims_of(text, published)
    rows = claims[claims["text"] == surface]
    assert len(rows) == 1, claims[["text", "kind", "value", "unit"]]
    return rows.iloc[0]
