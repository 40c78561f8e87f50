"""The claims frame: the one contract between extraction and rules (pandera, validated lazily).

`schemas/claims.schema.yaml` is this schema written out by pandera (`figcheck schema`), for rule
authors; a test keeps the two in step.
"""
from __future__ import annotations

import pandas as pd

# Text columns use Python string storage whether or not the optional pyarrow is installed, so the
# schema (and `schemas/claims.schema.yaml`) and the behaviour never depend on an optional package.
# Set before pandera builds its dtypes.
pd.set_option("mode.string_storage", "python")

import pandera.pandas as pa  # noqa: E402
from pandera.errors import SchemaErrors  # noqa: E402,F401 - for callers: pandera only through this module

from . import vocabulary  # noqa: E402


# the vocabularies, as lists (pandera's isin and its YAML want lists)
KINDS, GRAINS, TENSES, DIRECTIONS, LINKS, RELATIONS = (list(v) for v in (
    vocabulary.KINDS, vocabulary.GRAINS, vocabulary.TENSES, vocabulary.DIRECTIONS, vocabulary.LINKS,
    vocabulary.RELATIONS))
COLUMNS = ["doc", "claim", "start", "end", "line", "column", "text", "sentence", "kind", "value",
           "low", "high", "unit", "noun", "phrase", "per", "direction", "place", "date", "date_end", "grain",
           "weekday", "tense", "timex", "qualifier", "whole", "group", "link", "relation", "left", "right", "listed",
           "foreign"]
ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
TIMEX = r"^(?:P|PT)(?:[\d.]+|X)[YMWDHS]$|^FY\d{4}(?:-[QH]\d)?$|^\d{3,4}[-\dA-Z:+/]*$"


def _ids(description: str, nullable: bool = True) -> pa.Column:
    return pa.Column(str, pa.Check.str_matches(r"^c\d+$"), nullable=nullable, description=description)


def _place_is_list(value) -> bool:
    return isinstance(value, list) and all(isinstance(p, str) for p in value)


# pandera's object API, not a DataFrameModel: building a model's schema imports every dataframe
# library pandera supports that is installed (dask.dataframe alone costs 0.8 s), and a single-article
# check is what CI runs thousands of times.
Claims = pa.DataFrameSchema(
    {
        "doc": pa.Column(str, description="document id: the path, or a JSONL record's id"),
        "claim": _ids("claim id within the document", nullable=False),
        "start": pa.Column(int, pa.Check.ge(0), description="character offset of the figure's first character"),
        "end": pa.Column(int, pa.Check.ge(1), description="character offset just after the figure"),
        "line": pa.Column(int, pa.Check.ge(1), description="1-based line in the source file"),
        "column": pa.Column(int, pa.Check.ge(1), description="1-based column in the source file"),
        "text": pa.Column(str, description="the figure as written: document text[start:end]"),
        "sentence": pa.Column(int, pa.Check.ge(0), description="0-based index of the sentence holding it"),
        "kind": pa.Column(str, pa.Check.isin(KINDS), description="what sort of figure it is"),
        "value": pa.Column(float, nullable=True, description="the stated value, scaled (1.2 million -> 1200000)"),
        "low": pa.Column(float, nullable=True, description="lowest value the wording allows; null: open"),
        "high": pa.Column(float, nullable=True, description="highest value the wording allows; null: open"),
        "unit": pa.Column(str, nullable=True, description="pint unit, ISO 4217 code, percent, fraction"),
        "noun": pa.Column(str, nullable=True, description="what is counted or measured, singular lemma"),
        "phrase": pa.Column(str, nullable=True,
                            description="the counted noun with its modifiers, lemmatised: different boss"),
        "per": pa.Column(str, nullable=True, description="what a rate is per: $3,500 a month -> month"),
        "direction": pa.Column(str, pa.Check.isin(DIRECTIONS), nullable=True,
                               description="up or down: the figure is the size of a rise or a fall"),
        "place": pa.Column(object, pa.Check(_place_is_list, element_wise=True, name="place_is_list"),
                           description="list of places the text attaches to the figure"),
        "date": pa.Column(str, pa.Check.str_matches(ISO_DATE), nullable=True,
                          description="resolved date (ISO, to its grain)"),
        "date_end": pa.Column(str, pa.Check.str_matches(ISO_DATE), nullable=True,
                              description="end of a stated period"),
        "grain": pa.Column(str, pa.Check.isin(GRAINS), nullable=True, description="precision of the date"),
        "weekday": pa.Column(str, nullable=True, description="weekday name as stated"),
        "tense": pa.Column(str, pa.Check.isin(TENSES), nullable=True, description="tense of the clause of a date"),
        "timex": pa.Column(str, pa.Check.str_matches(TIMEX), nullable=True,
                           description="TIMEX3 value of a date or duration: 2009-Q3, FY2024, P3Y, 2009-06-01T12:00Z"),
        "qualifier": pa.Column(str, nullable=True, description="hedge or bound: at least, about, vague..."),
        "whole": pa.Column(str, nullable=True, description="claim id of the whole this figure is part of"),
        "group": pa.Column(str, nullable=True, description="claim id of the first part of its enumeration"),
        "link": pa.Column(str, pa.Check.isin(LINKS), nullable=True, description="how the part is tied to its whole"),
        "relation": pa.Column(str, pa.Check.isin(RELATIONS), nullable=True,
                              description="what this figure states about others (see left, right)"),
        "left": _ids("first figure of the relation: converted, new, larger, part, start"),
        "right": _ids("second figure: old, smaller, whole, end (null: publication)"),
        "listed": pa.Column(float, pa.Check.ge(0), nullable=True,
                            description="how many items the text lists for this count (relation enumeration)"),
        "foreign": pa.Column(bool, description="in a passage not in English: a numeral read as written, no unit or scale"),
    },
    checks=[pa.Check(lambda df: df["end"] > df["start"], name="span_is_forward"),
            pa.Check(lambda df: ~(df["low"] > df["high"]), name="interval_is_ordered")],
    strict=True, coerce=True, ordered=True, name="Claims", description="One row per numeric claim of a document.")


def empty_frame() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series([], dtype="object") for c in COLUMNS})


def to_frame(rows: list[dict]) -> pd.DataFrame:
    """Rows to a frame in schema order (columns missing from a row are null), validated."""
    frame = pd.DataFrame.from_records(rows, columns=COLUMNS) if rows else empty_frame()
    if "place" in frame and len(frame):
        frame["place"] = [p if isinstance(p, list) else [] for p in frame["place"]]
        frame["foreign"] = [f is True for f in frame["foreign"]]
    return Claims.validate(frame, lazy=True)


def to_yaml() -> str:
    import warnings

    with warnings.catch_warnings():
        # The three custom checks are not serializable; the YAML documents columns and types.
        warnings.simplefilter("ignore", UserWarning)
        return Claims.to_yaml()
