"""Relations extraction ties figures together (conversion, difference, change, share, elapsed,
tallies, listed shares), and leaves alone the look-alikes that real news is full of."""
from __future__ import annotations

import os

import pytest
import yaml

from checker import extract
from conftest import ROOT
from helpers import relation_of


@pytest.mark.parametrize("text, figure, expected", [
    ("The river peaked at 7.8 metres (25.6 feet) on Monday.", "25.6 feet", ("conversion", "7.8 metres", None)),
    ("Highs reached 41C (106F) in the city.", "106F", ("conversion", "41C", None)),
    ("The river peaked at 7.8 metres (25.6 feet), 2.1 metres above the warning level of 5.7 metres.",
     "2.1 metres", ("difference", "7.8 metres", "5.7 metres")),
    ("The stock closed at 40 dollars, 5 dollars below its peak of 45 dollars.",
     "5 dollars", ("difference", "45 dollars", "40 dollars")),
    ("Exports rose 12% to 56 million dollars from 50 million dollars.", "12%",
     ("increase", "56 million dollars", "50 million dollars")),
    ("The budget grew to 1.84 billion dollars, up 4.5% from 1.76 billion dollars.", "4.5%",
     ("increase", "1.84 billion dollars", "1.76 billion dollars")),
    ("Imports were down 2.1 pct at 11.10 billion dlrs from 11.34 billion dlrs.", "2.1 pct",
     ("decrease", "11.10 billion dlrs", "11.34 billion dlrs")),
    # a price per share is not the company's earnings: the change pairs the two amounts
    ("Earnings were 2,008,000 dlrs, or 2.22 dlrs a share, up 11 pct from 1,811,000 dlrs a year earlier.",
     "11 pct", ("increase", "2,008,000 dlrs", "1,811,000 dlrs")),
    ("Police will receive 412 million dollars, or 22% of the total of 1.84 billion dollars.", "22%",
     ("share", "412 million dollars", "1.84 billion dollars")),
    ("The town has 12,000 people. About 3,000 people, or a quarter of the total, live by the river.",
     "a quarter", ("share", "About 3,000", "12,000")),
    ("The last flood, in 2013, twelve years ago, displaced 9,000 people.", "twelve years ago",
     ("elapsed", "2013", None)),
    ("It is their first title since 1998, a wait of 27 years.", "27 years", ("elapsed", "1998", None)),
    ("The strike came on April 6, 2025, a day after the attack on April 5, 2025.", "April 6, 2025",
     ("after", None, "April 5, 2025")),
    ("Sales fell from 40 million dollars to 38 million dollars.", "38 million dollars",
     ("decrease", None, "40 million dollars")),
    # no direction word (a noun "gain" is none): the pair is recorded for readers, not checked
    ("A revision put February's gain to 236,000 from a reported 337,000.", "236,000",
     ("from-to", None, "337,000")),
    ("The coin went from $1,220 at noon to $1,180 at 6pm.", "$1,180", ("from-to", None, "$1,220")),
    ("Inflation will ease from 3.2 percent to 3.1 percent next year.", "3.1 percent", ("from-to", None, "3.2 percent")),
    ("Output rose from 2.1 percent to 2.6 percent in 2021.", "2.6 percent", ("increase", None, "2.1 percent")),
    ("His weight fell from 180 pounds to 172 by spring.", "172", ("decrease", None, "180 pounds")),
    ("Rooms range from 300 sq ft up to 650 sq ft.", "up to 650 sq ft", ("from-to", None, "300 sq ft")),
    ("Profits doubled to 41 million dollars from 20 million dollars.", "doubled",
     ("multiple", "41 million dollars", "20 million dollars")),
    ("She won in 2:00:35, 34 seconds faster than the record of 2:01:09.", "34 seconds",
     ("difference", "2:01:09", "2:00:35")),
    ("Marsh, 27, born in 1997, scored twice.", "27", ("elapsed", "1997", None)),
    ("She took office in 2021 and is now in her fourth year, after four years in office.", "four years",
     ("elapsed", "2021", None)),
])
def test_relations(text, figure, expected):
    assert relation_of(text, figure) == expected


@pytest.mark.parametrize("text, figure", [
    # "compared with" names another period's figure, not the base of the change
    ("Kit exports rose 31.3 pct to 154,711, compared with 146,610 in April.", "31.3 pct"),
    # the old figure belongs to another clause
    ("Output fell 4.0 pct to 94,400 tonnes, while imports rose to 182,900 tonnes from 174,500 tonnes.",
     "4.0 pct"),
    # "more than last year" names no figure; the next figure is another quantity
    ("It plans to sell 5.35 mln tonnes, or 150,000 tonnes more than last year, with 1.5 mln tonnes for export.",
     "150,000 tonnes"),
    # "up one dlr but below a high of ..." is two statements
    ("Gold traded at 423.60 dlrs, up one dlr but below a session high of 425.20 dlrs.", "one dlr"),
    # "the total drop" is not the article's total
    ("A 13,000 decline accounted for nearly half of the total drop in jobs, against 164,000 overall.",
     "nearly half"),
    # a range of percentages that are not shares of one whole
    ("Prices rose 60%, 50% and 40% in three years.", "50%"),
    # two statements joined by "and", and a new clause after a comma, carry no order between dates
    ("He was chief executive since 1983 and chairman since 1984.", "1983"),
    ("Strikes that began on January 19 over cuts by 1990, could resume any time before May 7.", "1990"),
    # "at" after "from" in another clause is no pair
    ("It is a step down from last year's 88, though that was scored at 91 points.", "91"),
    # exchange rates are quoted either way round
    ("The yen rose to 161 from 221 against the dollar.", "161"),
])
def test_look_alikes_are_not_relations(text, figure):
    assert relation_of(text, figure)[0] is None


def test_vote_tally_and_listed_shares():
    claims = extract("The council voted 9 to 4 in favour, with all 13 members present. "
                     "Ruiz won 52% of the vote, Okafor 45% and Lind 3%.", published="2025-04-17")
    rows = claims.set_index("text")
    assert list(rows.loc[["9", "4"], "link"]) == ["tally", "tally"]
    assert rows.loc["9", "whole"] == rows.loc["13", "claim"]
    assert list(rows.loc[["52%", "45%", "3%"], "link"]) == ["breakdown"] * 3


def test_fraction_words_carry_their_precision():
    claims = extract("A quarter of the 12 towns flooded; about a third of the farms did too.")
    rows = claims.set_index("text")
    assert (rows.loc["A quarter", "low"], rows.loc["A quarter", "high"]) == pytest.approx((0.225, 0.275))
    assert (rows.loc["about a third", "low"], rows.loc["about a third", "high"]) == pytest.approx((0.3, 0.4))


def test_clock_times_before_a_time_zone_are_not_years():
    claims = extract("The attack began shortly before 19:00 local time (1800 UTC) on Saturday.",
                     published="2020-06-21")
    assert "1800" not in set(claims.loc[claims["kind"] == "date", "text"])


def test_rounded_counts_keep_their_precision():
    rows = extract("The census counted 2.3 million households and 66 attacks.").set_index("text")
    assert (rows.loc["2.3 million", "low"], rows.loc["2.3 million", "high"]) == (2.25e6, 2.35e6)
    assert rows.loc["66", "low"] == rows.loc["66", "high"] == 66


# --- the shared example articles: clean text gives no error; every mutation is flagged at the figure

EXAMPLES = ROOT.parent / "shared" / "examples"


def _example_cases():
    if not EXAMPLES.is_dir():
        return [pytest.param(None, None, None, id="examples-missing")]
    cases = []
    for path in sorted(EXAMPLES.glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        cases.append(pytest.param(spec, None, path.stem, id=f"{path.stem}-clean"))
        cases += [pytest.param(spec, m, path.stem, id=f"{path.stem}-{m['id']}") for m in spec["mutations"]]
    return cases


@pytest.mark.parametrize("spec, mutation, name", _example_cases())
def test_shared_examples(check_json, write, spec, mutation, name):
    if spec is None:
        if os.environ.get("FIGCHECK_CI"):
            pytest.fail(f"{EXAMPLES} is required in CI")
        pytest.skip("../shared/examples not available")
    text = spec["text"]
    if mutation:
        assert text.count(mutation["find"]) == 1
        text = text.replace(mutation["find"], mutation["replace"])
    article = write(f"{name}.txt", text)
    _, out, _ = check_json(article, "--published", str(spec["published"]))
    findings = [f for f in out["documents"][0]["findings"] if f["severity"] in ("error", "warning")]
    if mutation is None:
        assert findings == []
        return
    at = text.index(mutation["replace"])
    span = (at, at + len(mutation["replace"]))
    assert any(f["start"] < span[1] and span[0] < f["end"] for f in findings), findings


def test_apposed_parts_by_place_and_their_look_alikes():
    rows = extract("The storm killed 41 people, 29 in Velmar and 12 in nearby villages.").set_index("text")
    assert list(rows.loc[["29", "12"], "link"]) == ["of-which", "of-which"]
    rest = extract("It killed 12 people, 5 in Velmar and 4 in Arden, and the rest elsewhere.")
    assert set(rest.loc[rest["text"].isin(["5", "4"]), "link"]) == {"including"}
    for text in ("He offered 17 dlrs cash, four dlrs in preferred stock and one dlr in common stock.",
                 "Rain reached 83 mm in Cordoba, 41 in Santa Fe, 50 in Entre Rios and 95 in Corrientes.",
                 "It seeks 100 mln dlrs in damages, 300 mln dlrs in additional damages."):
        assert extract(text)["link"].isna().all(), text


@pytest.mark.parametrize("text, figure", [
    ("Analysts expect stocks to rise 500,000 to two mln barrels above the 234 mln reported.", "two"),
    ("Estimates put the gap at 3 or 4 metres above the 20-metre mark.", "4 metres"),
])
def test_the_other_end_of_a_range_is_no_subject_of_a_difference(text, figure):
    assert relation_of(text, figure)[0] is None


@pytest.mark.parametrize("text", ["Out of 190 people on board, 18 died.", "Of the 190 people on board, 18 were killed."])
def test_a_verb_after_a_count_is_not_its_noun_and_the_part_is_tied(text):
    claims = extract(text, published="2025-04-17")
    part = claims[claims["text"] == "18"].iloc[0]
    assert part["noun"] == "person" and part["link"] == "of-those"
