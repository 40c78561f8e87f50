"""Figures in the forms news writes them: ranges, counted phrases, directions, rates, units and
currencies, spelled fractions, compound measures and the numbers that are not figures.
Every sentence here is written for these tests."""
from __future__ import annotations

import math

import pytest

from checker.extractor import numbers as num
from checker.extractor.nouns import head_noun
from helpers import claims_of, one


def ends(row):
    return tuple(None if isinstance(v, float) and math.isnan(v) else v for v in (row["low"], row["high"]))


# --- ranges -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, low, high, kind, unit", [
    ("Gusts of 40 to 55 miles per hour hit the coast.", "40 to 55 miles per hour", 40, 55, "quantity", "mile / hour"),
    ("The ferry needs 3-4 hours.", "3-4 hours", 3, 4, "duration", "hour"),
    ("Tickets cost between $15 and $25 each.", "$15 and $25", 15, 25, "money", "USD"),
    ("Rents are expected to rise 2 to 3 percent next year.", "2 to 3 percent", 2, 3, "percent", "percent"),
    ("Margins of 2% to 3% are normal.", "2% to 3%", 2, 3, "percent", "percent"),
    ("Between 300 and 400 volunteers signed up.", "300 and 400", 300, 400, "count", None),
    ("The bridge will cost $2 to $3 billion.", "$2 to $3 billion", 2e9, 3e9, "money", "USD"),
    ("Some two to three thousand fans waited outside.", "Some two to three thousand", 2000, 3000, "count", None),
    ("Crews worked in temperatures of 5 to 8 degrees Celsius.", "5 to 8 degrees Celsius", 5, 8, "quantity",
     "degree_Celsius"),
])
def test_ranges_are_one_figure_with_both_ends(text, surface, low, high, kind, unit):
    row = one(text, surface)
    assert (row["kind"], row["qualifier"], ends(row)) == (kind, "range", (low, high))
    assert math.isnan(row["value"])
    if unit:
        assert row["unit"] == unit


@pytest.mark.parametrize("text, figures", [
    ("Sales rose from 120 units to 150 units.", {"120", "150"}),                # a change: old and new
    ("Prices rose 2% to 3% in May.", {"2%", "3%"}),                              # a change and the level
    ("Exports were up 5 cents to $3.10 a bushel.", {"5 cents", "$3.10"}),       # a change and a level
    ("The board voted 7-2 to approve it.", {"7", "2"}),                          # a tally
    ("Prices fell 4% to $80.", {"4%", "$80"}),                                   # different sorts
])
def test_not_ranges(text, figures):
    claims = claims_of(text)
    assert set(claims[claims["kind"] != "date"]["text"]) == figures


@pytest.mark.parametrize("text", [
    "The home side won 3-1 on Saturday.", "Parts meet standard ISO 9001-2 in full.",
])
def test_scores_and_codes_are_not_counts(text):
    claims = claims_of(text)
    assert claims[claims["kind"] == "count"].empty, claims[["text", "kind"]]


def test_a_day_range_is_not_a_count():
    claims = claims_of("The fair runs Aug. 12-16 in the park.")
    assert claims[claims["kind"] == "count"].empty


# --- what is counted ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, noun, phrase", [
    ("About 40 part-time nurses quit.", "About 40", "nurse", "part-time nurse"),
    ("Seventy local farmers earn less now.", "Seventy", "farmer", "local farmer"),   # a verb ends the phrase
    # partitive, superlative: the phrase keeps what bounds the superlative
    ("It is one of the busiest ports in Asia.", "one", "port", "busy port asia"),
    ("The whale is one of the largest animals to ever swim.", "one", "animal", "large animal swim"),
    ("She is one of the most patient and careful surgeons, he said.", "one", "surgeon",
     "patient careful surgeon"),                                                # adjectives joined
    ("He is one of the oldest men in the village.", "one", "man", "old man village"),
    ("Two managers quit, and six other clerks left.", "six", "clerk", "other clerk"),
    ("They hired five more nurses.", "five", "nurse", "nurse"),
    ("Daily trade eased to 52,410 lots.", "52,410", "lot", "lot"),           # a container as the head
    ("The flats have two-, three- and four-bedroom layouts.", "two-", "bedroom", "bedroom"),
    ("Two Texas state courts upheld it.", "Two", "court", "texas state court"),     # a place in -s is no plural
    ("It was the second best year seen by the firm.", "second", "year", "good year"),  # a participle ends the scope  # a suspended hyphen
    ("Only the top four teams go through.", "four", "team", "top team"),  # a ranking word before
    ("She sold a record 41 paintings.", "41", "painting", "record painting"),
    ("About 90 Ford and Fiat vans were recalled.", "About 90", "van", "ford fiat van"),  # names joined
    ("The maker shipped about 8000 Series 5 tractors.", "about 8000", "tractor", "series 5 tractor"),  # a number in a name
    ("Three of Ms Lee's colleagues spoke.", "Three", "colleague", "ms lee colleague"),
    ("About 90 people nationwide applied.", "About 90", "person", "people"),
    ("The firm runs 250 charging points.", "250", "point", "charging point"),                 # a verb form is no kind
    ("The 45 fishermen returned.", "45", "fisherman", "fisherman"),
    ("It came from a 12 page document.", "12", "page", "page"),              # a singular head: a modifier
    ("It has a 3 cylinder engine.", "3", "cylinder", "cylinder"),
    ("Two police officers were hurt.", "Two", "officer", "police officer"),   # a plural head is counted
    ("One police officer was hurt.", "One", "officer", "police officer"),     # one: the head is singular
])
def test_counted_noun_and_phrase(text, surface, noun, phrase):
    row = one(text, surface)
    assert (row["noun"], row["phrase"]) == (noun, phrase)


@pytest.mark.parametrize("text, surface, value, unit", [
    ("It was a 35 basis point cut.", "35 basis point", 35.0, "basis_point"),
    ("Spreads widened by 40bp on Monday.", "40bp", 40.0, "basis_point"),
    ("The bank cut rates by 25 basis points.", "25 basis points", 25.0, "basis_point"),
    ("a 50-basis-point rise", "50-basis-point", 50.0, "basis_point"),
    ("The rate rose to 5-1/2 percent.", "5-1/2 percent", 5.5, "percent"),
])
def test_basis_points_and_mixed_numbers_are_percent_figures(text, surface, value, unit):
    row = one(text, surface)
    assert (row["kind"], row["value"], row["unit"]) == ("percent", value, unit)


def test_phrase_follows_ellipsis():
    claims = claims_of("The airline flew 300 new pilots in May and 120 in June.")
    row = claims[claims["text"] == "120"].iloc[0]
    assert (row["noun"], row["phrase"]) == ("pilot", "new pilot")


# --- directions and rates -----------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, direction", [
    ("Shares in the miner rose 4.2% on Monday.", "4.2%", "up"),
    ("The index was down 0.8 percent by noon.", "0.8 percent", "down"),
    ("Output slumped by 12,000 barrels.", "12,000 barrels", "down"),
    ("Traders saw a 6 percent drop overnight.", "6 percent", "down"),
    ("Close: Nikkei +1.1%, Hang Seng -0.4%.", "+1.1%", "up"),
    ("Close: Nikkei +1.1%, Hang Seng -0.4%.", "-0.4%", "down"),
    ("Wages climbed about 3% last year.", "about 3%", "up"),
    ("The index shed 85 points, or 1.3%.", "1.3%", "down"),                     # the change restated
    ("Employment grew by 125,600 jobs or 2.2 per cent.", "2.2 per cent", "up"),
    ("Acme was down 1.4%, Globex by 0.9% at noon.", "0.9%", "down"),    # the verb left out
])
def test_direction_of_change(text, surface, direction):
    assert one(text, surface)["direction"] == direction


@pytest.mark.parametrize("text, surface", [
    ("The keeper gave up 3 goals.", "3"),     # "up" of a phrasal verb
    ("Rent made up 35% of costs.", "35%"),
])
def test_no_direction(text, surface):
    assert not isinstance(one(text, surface)["direction"], str)


@pytest.mark.parametrize("text, surface, kind, unit", [
    ("It comes with a 13- or 15-inch screen.", "13-", "quantity", "inch"),
    ("Bake it for 20 to 30min.", "20 to 30min", "duration", "minute"),     # a glued "min"
    ("They face 10- to 12-year terms.", "10- to 12-year", "duration", "year"),    # one range
])
def test_a_hanging_number_takes_the_next_unit(text, surface, kind, unit):
    row = one(text, surface)
    assert (row["kind"], row["unit"]) == (kind, unit)


def test_a_level_reached_has_no_direction():
    claims = claims_of("Profit rose 8% to $40 million.")
    level = claims[claims["text"] == "$40 million"].iloc[0]
    assert not isinstance(level["direction"], str)


@pytest.mark.parametrize("text, surface, per", [
    ("Rent is $1,900 a month.", "$1,900", "month"),
    ("Crude traded at $78 per barrel.", "$78", "barrel"),
    ("The plant makes 40,000 tonnes a year.", "40,000 tonnes", "year"),
    ("The glacier loses 150 gigatonnes annually.", "150 gigatonnes", "year"),
    ("Prices grew 4% a year.", "4%", "year"),
    ("The heart beat 180 times a minute.", "180", "minute"),
    ("Office space leases at $35 per square foot.", "$35", "square foot"),
])
def test_rates(text, surface, per):
    assert one(text, surface)["per"] == per


# --- units and currencies -----------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, value, unit", [
    ("The chip runs at 3.2GHz.", "3.2GHz", 3.2, "gigahertz"),
    ("The battery holds 5000 mAh.", "5000 mAh", 5000, "milliampere_hour"),
    ("The coating is 40 μm thick.", "40 μm", 40, "micrometer"),
    ("The engine makes 400 Nm of torque.", "400 Nm", 400, "newton * meter"),
    ("Chips at 5 nm are coming.", "5 nm", 5, "nanometer"),
    ("The flat has 85 sq m of floor space.", "85 sq m", 85, "meter ** 2"),
    ("Lead reached 20 ppb in one school.", "20 ppb", 20, "ppb"),
    ("The hybrid gets 52 mpg.", "52 mpg", 52, "mile / gallon"),
    ("It was 95 degrees F at noon.", "95 degrees F", 95, "degree_Fahrenheit"),
    ("The torque is 310 lb-ft.", "310 lb-ft", 310, "foot_pound"),
    ("The engine gives 310 pound-feet of torque.", "310 pound-feet", 310, "pound_foot"),    # the name as written
    ("The V8 makes 500bhp.", "500bhp", 500, "brake_horsepower"),
    ("The sun's mass is 1.99×10−30 kilograms in that typo.", "1.99×10−30 kilograms", 1.99e-30, "kilogram"),
])
def test_units(text, surface, value, unit):
    row = one(text, surface)
    assert row["unit"] == unit and row["value"] == pytest.approx(value)
    from checker.extractor.units import registry
    registry()(unit)   # pint reads every unit name the extractor writes


@pytest.mark.parametrize("text, figures", [
    ("Tickets cost between 40 dollars and 50.", {"40 dollars", "50"}),     # a range, not cents
    ("Prices rose to $40 and 50.", {"$40", "50"}),                            # a sign: two amounts
    ("He paid 15 dollars and 50 others paid more.", {"15 dollars", "50"}),    # things counted follow
    ("Fees were rmb 30 usd 45 in June.", {"usd 45"}),                       # a currency before each
])
def test_bare_numbers_after_money_that_are_not_cents(text, figures):
    assert figures <= set(claims_of(text)["text"]), claims_of(text)[["text", "value"]]


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Debt hit $US45 billion.", "$US45 billion", 45e9, "USD"),
    ("The bid was US $3.50 a share.", "US $3.50", 3.5, "USD"),
    ("Sales reached HK $2.1 billion.", "HK $2.1 billion", 2.1e9, "HKD"),
    ("A meal costs RM25 here.", "RM25", 25, "MYR"),
    ("The yacht sold for USD12m.", "USD12m", 12e6, "USD"),
    ("A laptop for 900€ is cheap.", "900€", 900, "EUR"),
    ("He earned 3.4 million Danish crowns.", "3.4 million Danish crowns", 3.4e6, "DKK"),
    ("Shares closed at 215 pence.", "215 pence", 2.15, "GBP"),
    ("Losses reached 80 million pounds.", "80 million pounds", 80e6, "GBP"),
    ("It cost twelve dollars and fifty cents.", "twelve dollars and fifty cents", 12.5, "USD"),
    ("The fine was 40 lakh rupees.", "40 lakh rupees", 4e6, "INR"),
    ("A ticket is 22 dollars and 75.", "22 dollars and 75", 22.75, "USD"),           # cents, written bare
    ("The toll rises to 19 USD 40.", "19 USD 40", 19.4, "USD"),
    ("Lunch came to eleven dollars sixty five.", "eleven dollars sixty five", 11.65, "USD"),
    ("Losses exceeded 30 MUSD.", "30 MUSD", 30e6, "USD"),                         # millions of a currency
    ("Revenue was about MAUD 60.", "about MAUD 60", 60e6, "AUD"),
    ("It pays a 12-cent dividend.", "12-cent", 0.12, "USD"),
])
def test_currencies(text, surface, value, unit):
    row = one(text, surface)
    assert (row["kind"], row["unit"]) == ("money", unit) and row["value"] == pytest.approx(value)


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The label sold 4.1m records.", "4.1m", 4.1e6, None),              # things counted: million
    ("It streamed to 12m of its subscribers.", "12m", 12e6, None),
    ("She won the 100m final.", "100m", 100, "meter"),                 # a singular noun: metres
    ("The tower is 30m high.", "30m", 30, "meter"),
])
def test_m_is_million_before_counted_things(text, surface, value, unit):
    row = one(text, surface)
    assert row["value"] == pytest.approx(value)
    assert (row["unit"] if isinstance(row["unit"], str) else None) == unit


def test_a_price_in_cents_is_money_in_the_currency():
    row = one("Coffee futures rose 3 cents.", "3 cents")
    assert (row["unit"], row["value"]) == ("USD", pytest.approx(0.03))


# --- numerals ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    ("Two thirds of the members voted.", "Two thirds", 2 / 3),
    ("The pit is seven and a half metres deep.", "seven and a half metres", 7.5),
    ("He owes four and a quarter million.", "four and a quarter million", 4.25e6),
    ("Some half million households lost power.", "Some half million", 5e5),
    ("The reading was minus twelve.", "minus twelve", -12),
    ("The probe logged negative two hundred and six.", "negative two hundred and six", -206),
    ("The crowd was put at one million two hundred and thirty-four thousand five hundred and sixty-seven.",
     "one million two hundred and thirty-four thousand five hundred and sixty-seven", 1234567),
    ("The ratio was one point five.", "one point five", 1.5),
    ("Add 1/2 cup of milk.", "1/2 cup", 0.5),
    ("The path is 12 1/2 miles long.", "12 1/2 miles", 12.5),
    ("Use ¾ cup of flour.", "¾ cup", 0.75),
    ("The club sold three dozen shirts.", "three dozen", 36),
    ("Its rating is .875 this season.", ".875", 0.875),
    ("Night fell to minus-40 degrees.", "minus-40 degrees", -40),
    ("There are 4 hundred seats.", "4 hundred", 400),
    ("A 2.5×10^6 volt spark.", "2.5×10^6 volt", 2.5e6),
])
def test_numerals(text, surface, value):
    assert one(text, surface)["value"] == pytest.approx(value)


@pytest.mark.parametrize("text, surface, value", [
    ("A fifth said they would move.", "A fifth", 0.2),                       # a verb follows: a share
    ("Three quarters of staff stayed.", "Three quarters", 0.75),
    ("The race ended at a half hour.", "a half hour", 0.5),
    ("The vote took a hundredth of a second.", "a hundredth", 0.01),
    ("It rose by one twenty-fifth.", "one twenty-fifth", 1 / 25),            # compound denominators
    ("The share fell to three twenty-firsts.", "three twenty-firsts", 3 / 21),
    ("The stake is two hundred and three quarters.", "two hundred and three quarters", 200.75),
    ("The tally was one hundred and forty-one fifths.", "one hundred and forty-one fifths", 141 / 5),
    ("He owes six billion and three quarters.", "six billion and three quarters", 6.75e9),
    ("It will cost two billion and a half million.", "two billion and a half million", 2.0005e9),
    ("The plan costs three lakh crore.", "three lakh crore", 3e12),
    ("The farm sold four hundred and five dozens.", "four hundred and five dozens", 460),
    ("The region has 7 million and a half residents.", "7 million and a half", 7.5e6),
    ("The city counted 6 thousand 2 hundred and 14 homes.", "6 thousand 2 hundred and 14", 6214),
    ("They ordered 3 dozen eggs.", "3 dozen", 36),
    ("The probability is one over three.", "one over three", 1 / 3),
    ("The result was 2000 over 3.", "over 3", 3),                          # "2000" before "over" is a year
    ("The odds are 1 in twenty-one.", "1 in twenty-one", 1 / 21),
    ("Three out of six hundred units failed.", "Three out of six hundred", 0.005),
    ("Nearly three quarters of a million people voted.", "Nearly three quarters of a million", 0.75e6),
    ("More than half staff stayed.", "More than half", 0.5),
    ("The growth factor was 1.1^23.", "1.1^23", 1.1 ** 23),
    ("The reading was -2.5^-1.", "-2.5^-1", -0.4),
    ("The constant is -127.32e13.", "-127.32e13", -1.2732e15),
    ("A slope of -4/5 is steep.", "-4/5", -0.8),
    ("The country counts 2 318 407 500 votes.", "2 318 407 500", 2318407500),   # grouped by spaces
    ("The loan is 12,34,567.89 rupees.", "12,34,567.89 rupees", 1234567.89),  # lakh grouping
    ("Revenue reached 1.2b this year.", "1.2b", 1.2e9),
    ("The target is US$ 1MM.", "US$ 1MM", 1e6),
    ("Estimates run to 10 tln.", "10 tln", 1e13),
])
def test_more_numerals(text, surface, value):
    assert one(text, surface)["value"] == pytest.approx(value)


@pytest.mark.parametrize("text, figures", [
    ("The exercises 22,24,26 are due.", {"22", "24", "26"}),        # a list, not thousands
    ("Rows one two three were empty.", {"one", "two", "three"}),     # no single number reads
])
def test_runs_of_numbers_are_each_read(text, figures):
    assert figures <= set(claims_of(text)["text"])


@pytest.mark.parametrize("text", [
    "He won a second term.", "It was a third term bid.", "They scored three quarters in a row.",
    "It was a fifth consecutive year.", "The twenty-first century began.", "The twenty-fifth anniversary came.",
    "He is a half-brother.", "She placed two hundredth.",
])
def test_ordinals_and_periods_are_not_fractions(text):
    claims = claims_of(text)
    assert claims[claims["kind"].isin(["count", "ratio"])].empty, claims[["text", "kind", "value"]]


@pytest.mark.parametrize("text, surface", [
    ("He won 3 over 2 years.", "3"),              # "over" before a unit is "more than"
    ("Rates rose to 5 over 3 days.", "5"),
])
def test_over_before_a_measure_is_no_quotient(text, surface):
    assert one(text, surface)["kind"] == "count"


def test_capital_g_after_a_number_is_no_gram():
    claims = claims_of("Carriers sell 5G phones and a 5g sachet.")
    assert list(claims["unit"].fillna("")) == ["", "gram"]


@pytest.mark.parametrize("text, surface, low, high", [
    ("The birds can fly more than 80 kilometres (50 miles).", "50 miles", 50, None),
    ("It makes just under 402 hp (300 kW) at peak.", "300 kW", 299.5, 300),
    ("Chips of sub-7 nanometre size ship now.", "sub-7 nanometre", None, 7),
])
def test_a_bound_carries_into_its_restatement(text, surface, low, high):
    assert ends(one(text, surface)) == (low, high)


def test_averaged_is_an_average():
    assert one("He averaged 7.3 points a game.", "averaged 7.3")["qualifier"] == "average"


@pytest.mark.parametrize("text, surface, kind, unit, value", [
    ("A pass costs about 6 or $7.", "about 6", "money", "USD", 6),
    ("Inflation will ease from 3.6 to 3.4 percent.", "3.6", "percent", "percent", 3.6),   # falling: no range
    ("Sales fell from 5 to 4 million dollars.", "5", "money", "USD", 5e6),             # the scale too
    ("Clearance grew from 11.5 to 12.0 mm.", "11.5", "quantity", "millimeter", 11.5),       # "mm" is no million here
    # after "from" a measure, "to" a bare number in the same unit
    ("His weight fell from 180 pounds to 172 by spring.", "172", "quantity", "pound", 172),
    ("Mileage improved from 31 mpg city to 34 on the highway.", "34", "quantity", "mile / gallon", 34),
])
def test_a_bare_number_shares_the_next_figures_unit(text, surface, kind, unit, value):
    row = one(text, surface)
    assert (row["kind"], row["unit"], row["value"]) == (kind, unit, pytest.approx(value))


def test_a_counted_number_after_from_to_keeps_its_noun():
    row = one("The index fell from 3% to 40 companies.", "40")
    assert (row["kind"], row["noun"]) == ("count", "company")


def test_a_shared_unit_needs_one_scale():
    row = one("Sales rose from 500 to 4 million dollars in a decade.", "500")   # not 500 million dollars
    assert (row["kind"], row["value"]) == ("count", 500)


def test_a_modifier_ends_where_its_last_word_does():
    text = "They filed 12 of the page document a day."
    noun, _, phrase, end = head_noun(text, text.index("12") + 2, many=True)
    assert (noun, phrase, text[:end]) == ("page", "page", "They filed 12 of the page")


@pytest.mark.parametrize("text, surface, noun", [
    ("The closer (1.2 WAR) was traded.", "1.2 WAR", "win"),
    ("She threw for 240 yards and 3 TDs.", "3 TDs", "touchdown"),
])
def test_box_score_totals(text, surface, noun):
    assert one(text, surface)["noun"] == noun


def test_war_in_lower_case_is_a_word():
    assert one("They fought 2 wars.", "2")["noun"] == "war"


@pytest.mark.parametrize("text, surface, noun, phrase", [
    ("One out of four Danes cycle to work.", "One out of four", "dane", "dane"),
    ("Half the cabins are booked.", "Half", "cabin", "cabin"),
    ("A third of the national population lives in the south.", "A third", "population", "national population"),
    ("One fifth of the US workforce is unionised.", "One fifth", "workforce", "us workforce"),
    ("About 40% of the staff quit.", "About 40%", "staff", "staff"),
])
def test_the_group_a_share_is_of(text, surface, noun, phrase):
    row = one(text, surface)
    assert (row["noun"], row["phrase"]) == (noun, phrase)


@pytest.mark.parametrize("text, surface", [
    ("The firm sold 6 pct notes due 2031.", "6 pct"),            # the rate of the notes, not a share of them
    ("Japan faces 100 pct tariffs on chips.", "100 pct"),
    ("He holds 40% stakes in two firms.", "40%"),
])
def test_a_percentage_names_no_group_without_of(text, surface):
    assert not isinstance(one(text, surface)["noun"], str)


def test_a_ratio_names_the_group_after_it():
    assert one("One in six clinics closed early.", "One in six")["noun"] == "clinic"


def test_a_share_of_a_stated_figure_leaves_the_noun_to_it():
    row = one("Almost half of the combined 2.1M print and online readers are women.", "Almost half")
    assert not isinstance(row["noun"], str)


@pytest.mark.parametrize("text, surface, per", [
    ("The 4 billion rupees ($48 million) a year fishing trade.", "4 billion rupees", "year"),
    ("The 4 billion rupees ($48 million) a year fishing trade.", "$48 million", "year"),
    ("The bid of C$9 (US$6.60) per share was accepted.", "C$9", "share"),
])
def test_a_rate_after_a_conversion_in_parentheses(text, surface, per):
    assert one(text, surface)["per"] == per


@pytest.mark.parametrize("text, surface, value", [
    ("The bonus was worth up to PS1.4m in all.", "up to PS1.4m", 1.4e6),     # "£" folded to ASCII
    ("The fine was HK$98,000 (PS9,800) in the end.", "PS9,800", 9800),
])
def test_pounds_folded_to_ascii(text, surface, value):
    row = one(text, surface)
    assert (row["kind"], row["unit"], row["value"]) == ("money", "GBP", pytest.approx(value))


@pytest.mark.parametrize("text, surface, kind, value", [
    ("The album sold 1.9m combined digital and vinyl copies.", "1.9m", "count", 1.9e6),   # things counted follow
    ("The firm has 12m of its meters in homes.", "12m", "count", 12e6),
    ("He won the 100m sprint.", "100m", "quantity", 100),                          # a singular noun: metres
    ("A 3.5m fence stands.", "3.5m", "quantity", 3.5),
])
def test_a_glued_m_is_million_or_metres(text, surface, kind, value):
    row = one(text, surface)
    assert (row["kind"], row["value"]) == (kind, pytest.approx(value))


def test_a_part_takes_the_unit_of_its_whole():
    row = one("She has raised 40 million of the 200 million rupees she needs.", "40 million")
    assert (row["kind"], row["unit"], row["link"]) == ("money", "INR", "partitive")


def test_a_percentage_before_a_noun_is_no_part_of_its_phrase():
    row = one("It sold 300 mln dlrs of bonds and 300 mln 10 pct capital bonds.", "300 mln")
    assert "pct" not in str(row["phrase"])


def test_a_measure_before_the_noun_modifies_it():
    assert one("They filled two million 500ml cans of soda.", "two million")["noun"] == "can"


def test_a_number_inside_a_counted_name_is_no_figure():
    claims = claims_of("The carrier leased three new 320 Neo planes.")
    assert list(claims["text"]) == ["three"] and claims["noun"].iloc[0] == "plane"


@pytest.mark.parametrize("text", [
    "The party was held at 412 Elm Grove Avenue last night.",
    "A spokesman for 10 Downing Street declined to comment.",
    "Flats at 7 W 54th St sold quickly.",
    "Offices at 30-32 Harbour Road were sold.",
    "The gallery at 14 Rue Cler reopened.",
    "Prices in the 10023 ZIP code fell.",
    "Homes in zip code 60614 sold fast.",
    "Homes in postal code 60614 sold fast.",
])
def test_street_addresses_and_postal_codes_are_no_figures(text):
    claims = claims_of(text)
    assert claims[claims["kind"] != "date"].empty, claims[["text", "kind"]]


def test_a_scanner_lookahead_gates_every_alternative():
    # Grouped: without the group, only the first alternative would wait for a digit.
    assert num.scanner("0-9", r"\d+|x").findall("ax 12") == ["12"]


def test_a_street_word_alone_leaves_the_count():
    assert one("They sold 5 Street Fighter games.", "5")["noun"] == "game"


def test_a_machine_timestamp_is_one_date():
    claims = claims_of("Updated 2021-03-04T08:15:02.125Z by the desk.")
    assert list(claims["text"]) == ["2021-03-04T08:15:02.125Z"] and claims["kind"].iloc[0] == "date"


def test_a_year_whose_apostrophe_was_lost():
    row = one("Energy, 2021s worst sector, fell 2%.", "2021")
    assert row["kind"] == "date" and row["date"] == "2021"


def test_a_console_name_is_no_money():
    claims = claims_of("He bought a PS5 and a PS4 Pro.")
    assert claims[claims["kind"] != "date"].empty, claims[["text", "kind"]]


def test_box_score_rates_count_per_game():
    row = one("Top scorer: F Ada Okoro (18.6 ppg, 9.1 rpg).", "18.6 ppg")
    assert (row["noun"], row["per"]) == ("point", "game")


def test_a_box_score_rate_after_a_name_is_no_age():
    row = one("Forward Ibekwe, 21 ppg, led the side.", "21 ppg")
    assert (row["kind"], row["noun"]) == ("count", "point")


def test_millions_of_a_currency_keep_their_precision_either_side():
    before, after = one("Revenue was MAUD 60.", "MAUD 60"), one("Revenue was 60 MAUD.", "60 MAUD")
    assert ends(before) == ends(after) == (59.5e6, 60.5e6)


def test_a_capital_that_lowers_to_two_letters_moves_no_figure():
    row = one("İ" * 60 + " said half the voters stayed.", "half")
    assert row["kind"] == "ratio"


def test_wire_style_yen():
    row = one("The carmaker fell 2.15 percent to Y=4,610.", "Y=4,610")
    assert (row["kind"], row["unit"], row["value"]) == ("money", "JPY", 4610)


def test_feet_and_inches_are_one_length():
    row = one("The centre is 6 feet 9 inches tall.", "6 feet 9 inches")
    assert (row["unit"], row["value"]) == ("foot", pytest.approx(6.75))


@pytest.mark.parametrize("text, surface, value", [
    ("One in five adults smokes.", "One in five", 0.2),
    ("Three out of four voters agreed.", "Three out of four", 0.75),
])
def test_one_in_five_is_a_ratio(text, surface, value):
    row = one(text, surface)
    assert (row["kind"], row["unit"], row["value"]) == ("ratio", "fraction", pytest.approx(value))


def test_vague_counts_span_an_order_of_magnitude():
    assert ends(one("Thousands of people marched.", "Thousands of")) == (1e3, 1e4)
    assert ends(one("Dozens of shops shut.", "Dozens of")) == (12, 120)


# --- not figures and not years --------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Reusing the same one everywhere is risky.", "Pick the right one, he said."])
def test_one_as_a_pronoun_is_no_count(text):
    assert claims_of(text).empty


@pytest.mark.parametrize("text", [
    "The S&P/ASX 200 closed higher.", "She finished in 10th place.", "The A321 landed safely.",
    "He has played 3 Tests at 2-0.",
])
def test_more_not_figures(text):
    claims = claims_of(text)
    assert claims[claims["kind"].isin(["count", "quantity", "money", "percent"])]["value"].isin(
        [200.0, 10.0, 321.0, 2.0, 0.0]).sum() == 0, claims[["text", "kind"]]


@pytest.mark.parametrize("text, surface, kind", [
    ("The 1450 sq m store opened.", "1450 sq m", "quantity"),
    ("Adults need about 2000 - 2400 calories.", "about 2000 - 2400 calories", "quantity"),
    ("Prices rose in 2019 to 4.2 million.", "2019", "date"),
    ("Economy went from 24 mpg in 2009 to 31 mpg.", "2009", "date"),
])
def test_four_digits_before_a_unit_are_not_a_year(text, surface, kind):
    assert one(text, surface)["kind"] == kind


def test_a_capitalised_word_before_a_measure_is_no_designation():
    assert one("The Falcon 9.5GHz radio failed.", "9.5GHz")["unit"] == "gigahertz"
    assert one("The budget is USD 300 this year.", "USD 300")["kind"] == "money"


@pytest.mark.parametrize("text, surface, value", [
    ("Net income was $(2.4) million for the quarter.", "$(2.4) million", -2.4e6),
    ("The unit lost (3,150) thousand dollars.", "(3,150) thousand dollars", -3.15e6),
])
def test_accounting_parentheses_are_negative_beside_money(text, surface, value):
    row = one(text, surface)
    assert (row["kind"], row["value"]) == ("money", pytest.approx(value))


@pytest.mark.parametrize("text, surface, value", [
    ("The ticket (15 dollars) is refundable.", "15 dollars", 15),
    ("See note (7) for 30 staff.", "7", 7),
])
def test_parentheses_in_prose_are_not_negative(text, surface, value):
    assert one(text, surface)["value"] == value


@pytest.mark.parametrize("text, surface, kind, value, unit", [
    ("A 12,000-strong crowd sang.", "12,000", "count", 12000, None),
    ("The 30-day-old strike goes on.", "30-day-old", "duration", 30, "day"),
    ("She ran the course in 2:11:40.", "2:11:40", "duration", 7900, "second"),
    ("Output tripled after the merger.", "tripled", "ratio", 3, "multiple"),
    ("Reserves reached 1.2tn yuan.", "1.2tn yuan", "money", 1.2e12, "CNY"),
])
def test_compound_adjectives_clock_durations_and_multiples(text, surface, kind, value, unit):
    row = one(text, surface)
    assert (row["kind"], row["value"]) == (kind, pytest.approx(value))
    assert (row["unit"] if isinstance(row["unit"], str) else None) == unit
