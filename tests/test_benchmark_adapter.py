"""The extraction benchmark writes claims in NewsQuant's format; these check that translation on
claims of sentences written here (the benchmark data itself is never read by the tests)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from helpers import claims_of

_SPEC = importlib.util.spec_from_file_location(
    "extraction_benchmark", Path(__file__).resolve().parent.parent / "benchmarks" / "extraction.py")
bench = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(bench)


def predictions(text):
    return [q for _, q in bench.quantities(claims_of(text).to_dict("records"))]


@pytest.mark.parametrize("unit, words", [
    ("mile ** 2", "square mile"), ("kilometer / hour", "kilometer per hour"), ("oil_barrel / day", "barrel per day"),
    ("degree_Celsius", "celsius"), ("newton * meter", "newton  meter"),
])
def test_pint_units_in_words(unit, words):
    assert bench.unit_words(unit) == words


@pytest.mark.parametrize("text, value, unit, change", [
    ("Rent is $1,900 a month.", 1900, "dollar per month", "="),
    ("The 54-year-old spoke.", 54, "year of age", "="),
    ("About 40 part-time nurses quit.", 40, "part-time nurse", "~"),
    ("Gusts of 40 to 55 miles per hour hit.", [40, 55], "mile per hour", "="),
    ("Coffee futures rose 3 cents.", 3, "cent", "up"),
    ("Shares in the miner rose 4.2% on Monday.", 4.2, "percentage", "up"),
    ("He earned 3.4 million Danish crowns.", 3.4e6, "danish krone", "="),
    ("It spun 180 times a minute.", 180, "count per minute", "="),
    # a hedge before a range, and the verb "averaged", are approximate; "an average of" is exact
    ("Hikers burn about 3000 - 3500 calories.", [3000, 3500], "calorie", "~"),
    ("She averaged 11.8 points.", 11.8, "point", "~"),
    ("Loans ran an average of 45 days.", 45, "day", "="),
    # NewsQuant writes "from A to B" as one range, "to B from A" as two figures
    ("His weight fell from 180 pounds to 172 by spring.", [180, 172], "pound", "="),
    ("The firm went from 400 to 2000 staff.", [400, 2000], "staff", "="),
])
def test_predictions(text, value, unit, change):
    (q,) = predictions(text)
    assert (q["value"], q["unit"], q["change"]) == (pytest.approx(value), unit, change)


def test_to_b_from_a_stays_two_figures():
    assert [q["value"] for q in predictions("Sales rose to $4.12 billion from $3.95 billion.")] == \
        [pytest.approx(4.12e9), pytest.approx(3.95e9)]


def test_an_article_counting_one_time_unit_is_left_out():
    assert predictions("The bridge has stood for a century.") == []
