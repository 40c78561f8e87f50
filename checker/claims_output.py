"""Claims frames as table, JSON (a list of rows), JSON Lines, CSV or Parquet."""
from __future__ import annotations

import json
import math
import re

import pandas as pd

from .files import OutputTarget
from .frames import records_of
from .schema import COLUMNS


def records(frames: list[pd.DataFrame], rows: list[list[dict]] | None = None) -> list[dict]:
    """JSON-ready rows (NaN as None); `rows`, when given, are the frames' rows as dicts already."""
    out = []
    for doc_rows in rows if rows is not None else map(records_of, frames):
        for row in doc_rows:
            out.append({k: (None if isinstance(v, float) and math.isnan(v) or v is pd.NA else v)
                        for k, v in row.items()})
    return out


def render_claims(frames: list[pd.DataFrame], fmt: str, rows: list[list[dict]] | None = None) -> str:
    if fmt in ("json", "jsonl"):
        rows = records(frames, rows)
        if fmt == "json":
            return json.dumps(rows, indent=1, ensure_ascii=False) + "\n"
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=COLUMNS)
    frame = frame.assign(place=frame["place"].map(lambda ps: "; ".join(ps) if isinstance(ps, list) else ""))
    if fmt == "csv":
        return frame.map(spreadsheet_safe).to_csv(index=False)
    shown = ["doc", "line", "column", "text", "kind", "value", "low", "high", "unit", "noun", "place",
             "date", "grain", "timex", "qualifier"]
    with pd.option_context("display.width", 200, "display.max_rows", None, "display.max_columns", None):
        return frame[shown].to_string(index=False) + "\n" if len(frame) else "no claims\n"


# A cell a spreadsheet would run as a formula (a document id "=HYPERLINK(...)", an article's "@SUM")
# gets a leading apostrophe, the usual neutraliser (OWASP, "CSV injection"); a signed number stays.
_FORMULA_START = re.compile(r"[=+\-@\t\r]")
_SIGNED_NUMBER = re.compile(r"[+\-][\d.,]+%?")


def spreadsheet_safe(value):
    if isinstance(value, str) and _FORMULA_START.match(value) and not _SIGNED_NUMBER.fullmatch(value):
        return "'" + value
    return value


INT_COLUMNS = {"start", "end", "line", "column", "sentence"}
FLOAT_COLUMNS = {"value", "low", "high", "listed"}
BOOL_COLUMNS = {"foreign"}


class ParquetSink:
    """Claims appended to one Parquet file with a fixed schema, replaced atomically on close."""

    def __init__(self, target: str):
        from .errors import FigcheckError

        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise FigcheckError("Parquet output needs pyarrow: pip install 'figcheck[parquet]'") from None
        fields = [pa.field(c, pa.int64() if c in INT_COLUMNS else pa.float64() if c in FLOAT_COLUMNS
                           else pa.bool_() if c in BOOL_COLUMNS else pa.list_(pa.string()) if c == "place"
                           else pa.string()) for c in COLUMNS]
        self.schema, self.pa = pa.schema(fields), pa
        self.target = OutputTarget(target)
        if self.target.direct():
            raise FigcheckError("Parquet is written to a regular file (it is replaced atomically), not a "
                                "device or FIFO", path=target)
        self.atomic = self.target.atomic()
        self.tmp = self.atomic.__enter__()
        self.writer = pq.ParquetWriter(self.tmp, self.schema)
        self.done = False

    def write(self, frames: list[pd.DataFrame]) -> None:
        frame = pd.concat(frames, ignore_index=True) if frames else None
        if frame is not None and len(frame):
            self.writer.write_table(self.pa.Table.from_pandas(frame[COLUMNS], schema=self.schema,
                                                              preserve_index=False))

    def close(self) -> None:
        self.writer.close()
        self.atomic.__exit__(None, None, None)
        self.done = True

    def abort(self) -> None:
        if not self.done:
            self.writer.close()
            self.atomic.__exit__(RuntimeError, None, None)
