"""Claims frames as table, JSON (a list of rows), JSON Lines, CSV or Parquet."""
from __future__ import annotations

import json
import math
import re

import pandas as pd

from .files import OutputTarget
from .frames import records_of
from .report.text_format import printable
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
    return table(frame)


# The table a reader scans: the claim id findings cite, where the figure is, the figure as written,
# and what it was read as; each document's path once, as a heading; empty cells empty.
TABLE_COLUMNS = ("claim", "at", "text", "kind", "value", "allows", "unit", "noun", "place", "date", "grain",
                 "qualifier", "relation")


def _number(x) -> str:
    if x is None or isinstance(x, float) and math.isnan(x):
        return ""
    if math.isinf(x):
        return "open"
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.6g}"


def _cell(value) -> str:
    return "" if value is None or value is pd.NA or isinstance(value, float) and math.isnan(value) else str(value)


def _table_row(row: dict) -> dict:
    low, high, value = row["low"], row["high"], row["value"]
    exact = _number(low) == _number(value) == _number(high)
    allows = "" if exact or (_number(low) == _number(high) == "") else f"{_number(low) or 'open'} to {_number(high) or 'open'}"
    return {"claim": row["claim"], "at": f"{row['line']}:{row['column']}", "text": printable(row["text"]),
            "kind": row["kind"], "value": _number(value), "allows": allows, "unit": _cell(row["unit"]),
            "noun": _cell(row["noun"]), "place": _cell(row["place"]), "date": _cell(row["date"]),
            "grain": _cell(row["grain"]), "qualifier": _cell(row["qualifier"]), "relation": _cell(row["relation"])}


def table(frame: pd.DataFrame) -> str:
    if not len(frame):
        return "no claims\n"
    out = []
    for doc, rows in frame.groupby("doc", sort=False):
        shown = [_table_row(r) for r in records_of(rows)]
        columns = [c for c in TABLE_COLUMNS if c in ("claim", "at", "text", "kind") or any(r[c] for r in shown)]
        widths = {c: max(len(c), *(len(r[c]) for r in shown)) for c in columns}

        def line(cells: dict) -> str:
            return "  ".join(cells[c].rjust(widths[c]) if c == "value" else cells[c].ljust(widths[c])
                             for c in columns).rstrip()
        lines = [line({c: c for c in columns}), *(line(r) for r in shown)]
        out.append(f"{doc} ({len(shown)} claim{'s' if len(shown) != 1 else ''})\n" + "\n".join(lines) + "\n")
    return "\n".join(out)


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
