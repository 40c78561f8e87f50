"""Properties that hold for any input (hypothesis), and the fuzzer's kept crash inputs replayed."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import check, extract
from checker.extractor import figures, numbers
from checker.extractor.temporal import absolute
from checker.extractor.windows import lowered, near_digits, within
from conftest import ROOT

sys.path.insert(0, str(ROOT / "fuzz"))
import targets  # noqa: E402

# Text that looks like news often enough to exercise the extractor: figures, units, dates, hedges.
PIECES = st.sampled_from([
    "12", "2,500", "1.2 million", "$4.48 billion", "62%", "at least", "about", "nearly", "Friday", "April 12",
    "Nov. 21, 2023", "2013", "ago", "years", "metres", "(", ")", ",", ".", " of which ", " of them ", "rose",
    "fell", "to", "from", "or", "the total", "a quarter", "doubled", "2:02:15", "\u2212", "\u00a0", "٣", "１",
    "people", "in Velmar", "since", "after", "before", "first", "\n", "\n\n", "<!-- figcheck: ignore -->", "e400",
])
NEWSISH = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=40).map(" ".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(NEWSISH)
def test_extraction_never_raises_and_spans_match(text):
    claims = extract(text, published="2025-04-17")
    for row in claims.itertuples():
        assert text[row.start:row.end] == row.text
        assert row.low != row.low or row.high != row.high or row.low <= row.high


@SETTINGS
@given(st.text(max_size=300))
def test_extraction_on_arbitrary_unicode(text):
    claims = extract(text)
    assert all(text[r.start:r.end] == r.text for r in claims.itertuples())


# Figures the scanning windows must hold whole: signs, phone numbers, eras, zones, exponents, runs of words.
NUMERALISH = st.lists(st.one_of(PIECES, st.sampled_from([
    "+44 (20) 7946 0958", "A.D. 79", "300 BC", "1800 GMT", "1800   local time", "3.5e10", "2.5 x 10^8", "'82",
    "2019-20", "2021-03-04T08:15:02Z", "12:30:05", "1.1^23", "negative", "minus", "a", "an", "hundred",
    "twenty-one", "and", "point", "thirds", "-", "  ", "half", "the", "in", "out of", "every", "one in 40",
    "21st", "the third", "a quarter of", "Seventh"])), max_size=40).map(" ".join)
WINDOWED_BY_DIGITS = [figures.PHONE_RE, figures.SCI_RE, figures.POWER_RE, figures.CLOCK_RE, numbers.DIGITS_RE,
                      absolute.ISO_RE, absolute.ERA_RE, absolute.YEAR_RANGE_RE, absolute.YEAR_RE,
                      absolute.SHORT_YEAR_RE]


@SETTINGS
@given(NUMERALISH)
def test_patterns_run_near_what_they_need_find_what_a_full_scan_finds(text):
    full = lambda regex: [m.span() for m in regex.finditer(text)]  # noqa: E731
    for regex in WINDOWED_BY_DIGITS:
        assert [m.span() for m in near_digits(regex, text)] == full(regex), regex.pattern[:60]
    lower = lowered(text)
    words, numerals = figures.numeral_spans(lower, text)
    for regex in (numbers.WORDS_RE, figures.FRACTION_RE):
        assert [m.span() for m in within(regex, text, words)] == full(regex), regex.pattern[:60]
    for regex in (figures.ONE_IN_RE, figures.ORDINAL_RE):
        assert [m.span() for m in within(regex, lower, numerals)] == [m.span() for m in regex.finditer(lower)]


@SETTINGS
@given(NEWSISH)
def test_checking_is_deterministic(text):
    first = check(text, published="2025-04-17").findings_frame()
    second = check(text, published="2025-04-17").findings_frame()
    assert first.equals(second)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400), st.sampled_from(targets.SUFFIXES))
def test_loaders_refuse_or_read_any_bytes(data, suffix):
    targets.document(data, suffix)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_rule_loader_refuses_or_reads_any_bytes(data):
    targets.rules(data)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=200), st.sampled_from(targets.CONFIG_NAMES))
def test_configurations_are_refused_or_used_never_crash(data, name):
    targets.config(data, name)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(min_size=1, max_size=60))
def test_any_file_name_gives_well_formed_reports(data):
    targets.file_name(data)


REGRESSIONS = sorted((ROOT / "tests" / "fuzz_regressions").glob("*.bin"))


@pytest.mark.parametrize("path", REGRESSIONS, ids=lambda p: p.name)
def test_fuzz_regressions(path: Path):
    data = path.read_bytes()
    if path.name.startswith("rules"):
        targets.rules(data)
    elif path.name.startswith("config"):
        targets.config(data, path.name[len("config"):].rsplit("-", 1)[0])
    elif path.name.startswith("name"):
        targets.file_name(data)
    else:
        targets.document(data, "." + path.name.split(".")[1].split("-")[0])
