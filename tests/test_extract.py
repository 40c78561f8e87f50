"""Extraction in general: numerals, kinds, units, qualifiers, nouns, places, dates, not-figures."""
from __future__ import annotations

import math

import pytest

from helpers import claims_of, one


@pytest.mark.parametrize("text, surface, value", [
    ("Officials counted 1,234,567 votes.", "1,234,567", 1234567),
    ("The tank holds 3.75 litres.", "3.75 litres", 3.75),
    ("Twenty-seven players were injured.", "Twenty-seven", 27),
    ("They built one hundred and five houses.", "one hundred and five", 105),
    ("She bought a dozen eggs.", "a dozen", 12),
    ("Some half a million people marched.", "Some half a million", 500000),
    ("The city has 1.2 million residents.", "1.2 million", 1.2e6),
    ("Four thousand people attended.", "Four thousand", 4000),
])
def test_numerals(text, surface, value):
    assert one(text, surface)["value"] == pytest.approx(value)


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The deal is worth $4.48 billion.", "$4.48 billion", 4.48e9, "USD"),
    ("It earned $1.762bn last year.", "$1.762bn", 1.762e9, "USD"),
    ("Damage reached 900m euros.", "900m euros", 9e8, "EUR"),
    ("A penalty of 6.5 million Australian dollars was set.", "6.5 million Australian dollars", 6.5e6, "AUD"),
    ("Profits fell to £12 million.", "£12 million", 1.2e7, "GBP"),
    ("The fee was €40.", "€40", 40, "EUR"),
    ("Net income was 40 mln dlrs.", "40 mln dlrs", 4e7, "USD"),
])
def test_money(text, surface, value, unit):
    row = one(text, surface)
    assert (row["kind"], row["unit"]) == ("money", unit)
    assert row["value"] == pytest.approx(value)


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Turnout was 62% this year.", "62%", 62, "percent"),
    ("Prices rose 3.5 percent.", "3.5 percent", 3.5, "percent"),
    ("Support fell 4 percentage points.", "4 percentage points", 4, "percentage_point"),
])
def test_percentages(text, surface, value, unit):
    row = one(text, surface)
    assert (row["kind"], row["unit"], row["value"]) == ("percent", unit, value)


def test_precision_sets_the_interval_of_a_percentage():
    row = one("Turnout was 62% this year.", "62%")
    assert (row["low"], row["high"]) == (61.5, 62.5)


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The river peaked at 7.8 metres on Monday.", "7.8 metres", 7.8, "meter"),
    ("The race is 14.5-kilometre long.", "14.5-kilometre", 14.5, "kilometer"),
    ("Winds reached 120 km/h overnight.", "120 km/h", 120, "kilometer / hour"),
    ("It weighs 40 kg in all.", "40 kg", 40, "kilogram"),
    ("Temperatures hit 41C in the shade.", "41C", 41, "degree_Celsius"),
])
def test_quantities_with_pint_units(text, surface, value, unit):
    row = one(text, surface)
    assert (row["kind"], row["unit"], row["value"]) == ("quantity", unit, value)
    from checker.extractor.units import registry
    registry().parse_units(unit) if "/" not in unit else registry()(unit)


@pytest.mark.parametrize("text, surface, low, high", [
    ("At least 62 people were hurt.", "At least 62", 62, None),
    ("More than 300 homes were damaged.", "More than 300", 300, None),
    ("Up to 40 trucks crossed.", "Up to 40", None, 40),
    ("Fewer than 10 remain.", "Fewer than 10", None, 10),
    ("About 4,300 people left.", "About 4,300", 4200, 4400),
    ("Nearly 9,000 fled.", "Nearly 9,000", 8000, 9000),
])
def test_qualifiers_give_intervals(text, surface, low, high):
    row = one(text, surface)
    assert row["qualifier"] == surface.rsplit(" ", 1)[0].lower()
    assert (None if math.isnan(row["low"]) else row["low"]) == low
    assert (None if math.isnan(row["high"]) else row["high"]) == high


def test_vague_counts_have_bounds():
    row = one("Hundreds of protesters gathered.", "Hundreds of")
    assert (row["kind"], row["noun"], row["qualifier"]) == ("count", "protester", "vague")
    assert (row["low"], row["high"]) == (100, 1000)   # an order of magnitude, ends included


@pytest.mark.parametrize("text, surface, noun", [
    ("Police made three separate sets of arrests.", "three", "arrest"),
    ("The storm killed 12 people.", "12", "person"),
    ("Eight of the injured were children; 14 casualties in all.", "14", "casualty"),
    ("Rebels fired 66 rockets at the base.", "66", "rocket"),
    ("The army has 900 soldiers in the north and 2,500 in the south.", "2,500", "soldier"),
])
def test_counted_nouns(text, surface, noun):
    assert one(text, surface)["noun"] == noun


def test_partitive_pronoun_takes_its_antecedent_and_links_to_it():
    claims = claims_of("Marsh scored 31 goals, 14 of them from penalties.")
    part = claims[claims["text"] == "14"].iloc[0]
    whole = claims[claims["text"] == "31"].iloc[0]
    assert part["noun"] == "goal" and part["whole"] == whole["claim"] and part["link"] == "partitive"


@pytest.mark.parametrize("text, surface, places", [
    ("Floods hit 40 towns in Bavaria and neighbouring Austria, officials said.", "40", ["Bavaria", "Austria"]),
    ("It was the first strike on Syrian soil in a year.", "first", ["Syria"]),
    ("The group has 300 fighters in the province of Idlib.", "300", ["Idlib"]),
])
def test_places(text, surface, places):
    assert one(text, surface)["place"] == places


@pytest.mark.parametrize("text", [
    "An AC-130 gunship circled.", "The F-16 crashed.", "COVID-19 spread.", "The G7 met.",
    "Under Section 427 of the code.", "He bought an iPhone 11 yesterday.", "The S&P 500 slipped at the open.",
    "Article 5 applies.", "A Boeing 737 landed.", "Call 555-123-4567 now.",
    "Version 3.11.7 was released.", "See https://example.com/2023/11/22/story-5.html for more.",
])
def test_not_figures(text):
    claims = claims_of(text)
    assert claims[claims["kind"] != "date"].empty, claims[["text", "kind"]]


@pytest.mark.parametrize("text, surface, date, grain", [
    ("It happened on November 21, 2023, officials said.", "November 21, 2023", "2023-11-21", "day"),
    ("Talks began on 21 November 2023.", "21 November 2023", "2023-11-21", "day"),
    ("Filed on 2023-11-21.", "2023-11-21", "2023-11-21", "day"),
    ("Prices rose in March 2024.", "March 2024", "2024-03", "month"),
    ("It was founded in 2014.", "2014", "2014", "year"),
    ("Rents rose through the 1990s.", "1990s", "1990", "decade"),
])
def test_dates(text, surface, date, grain):
    row = one(text, surface)
    assert (row["kind"], row["date"], row["grain"]) == ("date", date, grain)


@pytest.mark.parametrize("text, published, date", [
    ("The summit ended on Friday.", "2024-05-24", "2024-05-24"),   # a Friday: the day itself
    ("The summit ended on Friday.", "2024-05-20", "2024-05-17"),   # past: the most recent Friday
    ("The summit will open on Friday.", "2024-05-20", "2024-05-24"),  # future: the next one
    ("Talks ended on Dec. 30.", "2024-01-03", "2023-12-30"),        # across the year boundary
    ("Talks will resume on Jan. 4.", "2023-12-28", "2024-01-04"),
    ("He arrived yesterday.", "2024-03-01", "2024-02-29"),
])
def test_relative_dates_resolve_with_tense(text, published, date):
    claims = claims_of(text, published)
    assert claims[claims["kind"] == "date"].iloc[0]["date"] == date


def test_stated_weekday_is_kept_with_the_date():
    row = one("Rain began on Saturday, April 12, officials said.", "Saturday, April 12", "2025-04-17")
    assert (row["date"], row["weekday"]) == ("2025-04-12", "Saturday")


@pytest.mark.parametrize("text, surface, value, unit, noun", [
    ("It ended a year-long truce.", "year-long", 1, "year", None),
    ("A five-year plan was adopted.", "five-year", 5, "year", None),
    ("He served seven years in prison.", "seven years", 7, "year", None),
    ("The 54-year-old was arrested.", "54-year-old", 54, "year", "age"),
    ("Leo Marsh, 27, scored twice.", "27", 27, "year", "age"),
])
def test_durations_and_ages(text, surface, value, unit, noun):
    row = one(text, surface)
    assert (row["kind"], row["value"], row["unit"]) == ("duration", value, unit)
    if noun:
        assert row["noun"] == noun


def test_years_are_dates_never_counts():
    claims = claims_of("In 2019 the firm hired 1500 workers, up from 2018.")
    assert set(claims[claims["kind"] == "date"]["text"]) == {"2019", "2018"}
    assert claims[claims["text"] == "1500"].iloc[0]["kind"] == "count"


def test_ordinals_with_noun():
    row = one("It is the club's first title since 1998.", "first")
    assert (row["kind"], row["value"], row["noun"]) == ("ordinal", 1, "title")


def test_fractions():
    row = one("The capital accounts for a quarter of the total.", "a quarter")
    assert (row["kind"], row["value"]) == ("ratio", 0.25)
    assert one("Two-thirds of voters agreed.", "Two-thirds")["value"] == pytest.approx(2 / 3)


def test_offsets_always_match_the_surface():
    text = "On Tuesday, Oct. 3, about 1,200 people (roughly 40%) paid $5.5m, or €5 million, for 3 km."
    claims = claims_of(text)
    assert len(claims) >= 6
    for _, row in claims.iterrows():
        assert text[row["start"]:row["end"]] == row["text"]
