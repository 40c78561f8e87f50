"""The claims frame: the one contract between extraction and rules (pandera, validated lazily).

`schemas/claims.schema.yaml` is this model written out by pandera (`figcheck schema`), for rule
authors; a test keeps the two in step.
"""
from __future__ import annotations

import pandas as pd

# Text columns use Python string storage whether or not the optional pyarrow is installed, so the
# schema (and `schemas/claims.schema.yaml`) and the behaviour never depend on an optional package.
# Set before pandera builds its dtypes.
pd.set_option("mode.string_storage", "python")

import pandera.pandas as pa  # noqa: E402
from pandera.typing import Series  # noqa: E402


KINDS = ["count", "quantity", "money", "percent", "ratio", "date", "duration", "ordinal"]
GRAINS = ["minute", "day", "weekday", "week", "weekend", "month", "quarter", "season", "half", "year",
          "fiscal-year", "decade"]
TENSES = ["past", "present", "future"]
DIRECTIONS = ["up", "down"]
LINKS = ["partitive", "of-which", "of-those", "including", "tally", "breakdown"]
RELATIONS = ["conversion", "difference", "increase", "decrease", "from-to", "multiple", "share", "elapsed",
             "after", "before"]
COLUMNS = ["doc", "claim", "start", "end", "line", "column", "text", "sentence", "kind", "value",
           "low", "high", "unit", "noun", "phrase", "per", "direction", "place", "date", "date_end", "grain",
           "weekday", "tense", "timex", "qualifier", "whole", "group", "link", "relation", "left", "right"]
ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
TIMEX = r"^(?:P|PT)(?:[\d.]+|X)[YMWDHS]$|^FY\d{4}(?:-[QH]\d)?$|^\d{3,4}[-\dA-Z:+/]*$"


class Claims(pa.DataFrameModel):
    """One row per numeric claim of a document."""

    doc: Series[str] = pa.Field(description="document id: the path, or a JSONL record's id")
    claim: Series[str] = pa.Field(str_matches=r"^c\d+$", description="claim id within the document")
    start: Series[int] = pa.Field(ge=0, description="character offset of the figure's first character")
    end: Series[int] = pa.Field(ge=1, description="character offset just after the figure")
    line: Series[int] = pa.Field(ge=1, description="1-based line in the source file")
    column: Series[int] = pa.Field(ge=1, description="1-based column in the source file")
    text: Series[str] = pa.Field(description="the figure as written: document text[start:end]")
    sentence: Series[int] = pa.Field(ge=0, description="0-based index of the sentence holding it")
    kind: Series[str] = pa.Field(isin=KINDS, description="what sort of figure it is")
    value: Series[float] = pa.Field(nullable=True, description="the stated value, scaled (1.2 million -> 1200000)")
    low: Series[float] = pa.Field(nullable=True, description="lowest value the wording allows; null: open")
    high: Series[float] = pa.Field(nullable=True, description="highest value the wording allows; null: open")
    unit: Series[str] = pa.Field(nullable=True, description="pint unit, ISO 4217 code, percent, fraction")
    noun: Series[str] = pa.Field(nullable=True, description="what is counted or measured, singular lemma")
    phrase: Series[str] = pa.Field(nullable=True,
                                   description="the counted noun with its modifiers, lemmatised: different boss")
    per: Series[str] = pa.Field(nullable=True, description="what a rate is per: $3,500 a month -> month")
    direction: Series[str] = pa.Field(nullable=True, isin=DIRECTIONS,
                                      description="up or down: the figure is the size of a rise or a fall")
    place: Series[object] = pa.Field(description="list of places the text attaches to the figure")
    date: Series[str] = pa.Field(nullable=True, str_matches=ISO_DATE, description="resolved date (ISO, to its grain)")
    date_end: Series[str] = pa.Field(nullable=True, str_matches=ISO_DATE, description="end of a stated period")
    grain: Series[str] = pa.Field(nullable=True, isin=GRAINS, description="precision of the date")
    weekday: Series[str] = pa.Field(nullable=True, description="weekday name as stated")
    tense: Series[str] = pa.Field(nullable=True, isin=TENSES, description="tense of the clause of a date")
    timex: Series[str] = pa.Field(nullable=True, str_matches=TIMEX,
                                  description="TIMEX3 value of a date or duration: 2009-Q3, FY2024, P3Y, 2009-06-01T12:00Z")
    qualifier: Series[str] = pa.Field(nullable=True, description="hedge or bound: at least, about, vague...")
    whole: Series[str] = pa.Field(nullable=True, description="claim id of the whole this figure is part of")
    group: Series[str] = pa.Field(nullable=True, description="claim id of the first part of its enumeration")
    link: Series[str] = pa.Field(nullable=True, isin=LINKS, description="how the part is tied to its whole")
    relation: Series[str] = pa.Field(nullable=True, isin=RELATIONS,
                                     description="what this figure states about others (see left, right)")
    left: Series[str] = pa.Field(nullable=True, str_matches=r"^c\d+$",
                                 description="first figure of the relation: converted, new, larger, part, start")
    right: Series[str] = pa.Field(nullable=True, str_matches=r"^c\d+$",
                                  description="second figure: old, smaller, whole, end (null: publication)")

    class Config:
        strict = True
        coerce = True
        ordered = True

    @pa.dataframe_check
    def span_is_forward(cls, df: pd.DataFrame) -> Series[bool]:
        return df["end"] > df["start"]

    @pa.dataframe_check
    def interval_is_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return ~(df["low"] > df["high"])

    @pa.check("place", element_wise=True)
    def place_is_list(cls, value) -> bool:
        return isinstance(value, list) and all(isinstance(p, str) for p in value)


def empty_frame() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series([], dtype="object") for c in COLUMNS})


def to_frame(rows: list[dict]) -> pd.DataFrame:
    """Rows to a frame in schema order (columns missing from a row are null), validated."""
    frame = pd.DataFrame.from_records(rows, columns=COLUMNS) if rows else empty_frame()
    if "place" in frame and len(frame):
        frame["place"] = [p if isinstance(p, list) else [] for p in frame["place"]]
    return Claims.validate(frame, lazy=True)


def to_yaml() -> str:
    import warnings

    with warnings.catch_warnings():
        # The three custom checks are not serializable; the YAML documents columns and types.
        warnings.simplefilter("ignore", UserWarning)
        return Claims.to_schema().to_yaml()
