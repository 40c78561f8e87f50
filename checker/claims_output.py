"""Claims frames as table, JSON (a list of rows), JSON Lines or CSV."""
from __future__ import annotations

import json
import math

import pandas as pd

from .schema import COLUMNS


def records(frames: list[pd.DataFrame]) -> list[dict]:
    out = []
    for frame in frames:
        for row in frame.to_dict("records"):
            out.append({k: (None if isinstance(v, float) and math.isnan(v) or v is pd.NA else v)
                        for k, v in row.items()})
    return out


def render_claims(frames: list[pd.DataFrame], fmt: str) -> str:
    if fmt in ("json", "jsonl"):
        rows = records(frames)
        if fmt == "json":
            return json.dumps(rows, indent=1, ensure_ascii=False) + "\n"
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=COLUMNS)
    frame = frame.assign(place=frame["place"].map(lambda ps: "; ".join(ps) if isinstance(ps, list) else ""))
    if fmt == "csv":
        return frame.to_csv(index=False)
    shown = ["doc", "line", "column", "text", "kind", "value", "low", "high", "unit", "noun", "place",
             "date", "grain", "qualifier"]
    with pd.option_context("display.width", 200, "display.max_rows", None, "display.max_columns", None):
        return frame[shown].to_string(index=False) + "\n" if len(frame) else "no claims\n"
