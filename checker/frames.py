"""Plain-Python views of claims frames, for the stages that read rows one by one.

Kept apart from `schema.py` so that reading rows never imports pandera.
"""
from __future__ import annotations

import math


def records_of(frame) -> list[dict]:
    """The rows of a frame as plain dicts, built from one object array: `to_dict` and `iterrows`
    walk columns or build a Series per row, which costs more than most uses of a row."""
    columns = list(frame.columns)
    return [dict(zip(columns, values)) for values in frame.to_numpy(dtype=object).tolist()]


def filled(x) -> bool:
    """A cell that holds something: not None or NaN, not an empty list."""
    if isinstance(x, float):
        return not math.isnan(x)
    if isinstance(x, (list, tuple)):
        return bool(x)
    return x is not None
