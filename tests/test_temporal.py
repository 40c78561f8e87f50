"""Temporal expressions: every form the dates issue names, resolved against publication with tense.

Publication is Wednesday 2023-11-22 unless a case says otherwise. Sentences are written for these
tests; none comes from a benchmark.
"""
from __future__ import annotations

import pandas as pd
import pytest

import checker

WEDNESDAY = "2023-11-22"


def row_of(text: str, surface: str, published: str = WEDNESDAY) -> dict:
    claims = checker.extract(text + "\n", published=published)
    rows = claims[claims["text"] == surface].to_dict("records")
    assert len(rows) == 1, claims[["text", "kind", "date", "timex"]].to_string()
    return rows[0]


@pytest.mark.parametrize("text, surface, date, grain, timex", [
    ("The mine flooded on Oct. 17.", "Oct. 17", "2023-10-17", "day", "2023-10-17"),
    ("The pact was sealed on November 14, 2023.", "November 14, 2023", "2023-11-14", "day", "2023-11-14"),
    ("The deal was signed on 21 November 2023.", "21 November 2023", "2023-11-21", "day", "2023-11-21"),
    ("The log entry reads 2023-11-21 in full.", "2023-11-21", "2023-11-21", "day", "2023-11-21"),
    ("The ferry sailed on Nov 21st.", "Nov 21st", "2023-11-21", "day", "2023-11-21"),
    ("Fighting eased in mid-October.", "mid-October", "2023-10", "month", "2023-10"),
    ("The siege ended in late February 1944.", "late February 1944", "1944-02", "month", "1944-02"),
    ("The plant opens in March 2024.", "March 2024", "2024-03", "month", "2024-03"),
    ("In April, the council voted.", "April", "2023-04", "month", "2023-04"),
    ("Prices were low in the 1990s.", "1990s", "1990", "decade", "199"),
    ("Cars of the '70s were boxy.", "'70s", "1970", "decade", "197"),
    ("The index is at its lowest since '82.", "'82", "1982", "year", "1982"),
    ("Sales fell in the second quarter.", "the second quarter", "2023-04", "quarter", "2023-Q2"),
    ("Output rose in Q3 2024.", "Q3 2024", "2024-07", "quarter", "2024-Q3"),
    ("Our third-quarter results were strong.", "third-quarter", "2023-07", "quarter", "2023-Q3"),
    ("Losses narrowed in the first half of 2022.", "the first half of 2022", "2022-01", "half", "2022-H1"),
    ("Snow fell all through the winter of 2006-07.", "the winter of 2006-07", "2006-12", "season", "2006-WI"),
    ("The insurer lost money in fiscal 2024.", "fiscal 2024", None, "fiscal-year", "FY2024"),
    ("The FY2023 accounts were late.", "FY2023", None, "fiscal-year", "FY2023"),
    ("Her 2022-23 budget was trimmed.", "2022-23", "2022", "year", "2022/2023"),
    ("Output rose in 2019-2020.", "2020", "2020", "year", "2020"),      # a year after a year and a hyphen
    ("The fort was built in 79 AD.", "79 AD", "0079", "year", "0079"),     # years with an era
    ("Walls rose between A.D. 900 and 1150.", "1150", "1150", "year", "1150"),
])
def test_absolute_forms(text, surface, date, grain, timex):
    row = row_of(text, surface)
    assert (row["kind"], row["date"] if isinstance(row["date"], str) else None, row["grain"], row["timex"]) == \
        ("date", date, grain, timex)


def test_periods_keep_both_ends():
    quarter = row_of("Sales fell in the second quarter.", "the second quarter")
    assert (quarter["date"], quarter["date_end"]) == ("2023-04", "2023-06")
    season = row_of("Snow fell all through the winter of 2006-07.", "the winter of 2006-07")
    assert (season["date"], season["date_end"]) == ("2006-12", "2007-02")
    week = row_of("Markets fell sharply last week.", "last week")
    assert (week["date"], week["date_end"], week["timex"]) == ("2023-11-13", "2023-11-19", "2023-W46")


@pytest.mark.parametrize("text, surface, date", [
    ("The board met on Tuesday.", "Tuesday", "2023-11-21"),
    ("The board met on Wednesday.", "Wednesday", "2023-11-22"),   # publication day itself
    ("The strike will end on Friday.", "Friday", "2023-11-24"),
    ("Monday's flood closed two roads.", "Monday", "2023-11-20"),
    ("The hearing is set for next Monday.", "next Monday", "2023-11-27"),
    ("The minister resigned last Wednesday.", "last Wednesday", "2023-11-15"),
    ("The ministry said Friday that it will publish the audit.", "Friday", "2023-11-17"),  # the governing verb
    ("Markets will stay closed until Friday.", "Friday", "2023-11-24"),
    ("The rebels struck yesterday.", "yesterday", "2023-11-21"),
    ("The talks resume tomorrow.", "tomorrow", "2023-11-23"),
    ("Prices fell earlier this month.", "earlier this month", "2023-11"),
    ("Prices fell last month.", "last month", "2023-10"),
    ("Prices will fall next month.", "next month", "2023-12"),
    ("Exports grew last year.", "last year", "2022"),
    ("Exports will grow next year.", "next year", "2024"),
    ("Exports are growing this year.", "this year", "2023"),
    ("The plants close by the end of this year.", "the end of this year", "2023"),
    ("Three years ago, the bridge was closed.", "Three years ago", "2020"),
    ("The quake hit a week ago.", "a week ago", "2023-11-15"),
])
def test_relative_dates(text, surface, date):
    assert row_of(text, surface)["date"] == date


@pytest.mark.parametrize("text, surface", [
    ("The city was founded 2,500 years ago.", "2,500 years ago"),       # before year 1
    ("It formed 9,000,000 days ago.", "9,000,000 days ago"),             # before the first date
])
def test_ago_before_the_calendar_has_no_date(text, surface):
    row = row_of(text, surface)
    assert row["kind"] == "duration" and not isinstance(row["date"], str)


@pytest.mark.parametrize("text, published, surface, date", [
    # A month and day with no year go to the nearest year in the tense's direction, across New Year.
    ("The ship docked on Dec. 30.", "2024-01-02", "Dec. 30", "2023-12-30"),
    ("The ship will dock on Jan. 3.", "2023-12-30", "Jan. 3", "2024-01-03"),
    ("The ship docked on Jan. 3.", "2023-12-30", "Jan. 3", "2023-01-03"),
    ("Voting will end on Friday.", "2023-12-30", "Friday", "2024-01-05"),
    ("The union wants its members paid by early June.", "2009-05-14", "early June", "2009-06"),
    ("The storm struck on Sunday.", "2024-01-01", "Sunday", "2023-12-31"),
])
def test_year_boundaries_and_tense(text, published, surface, date):
    assert row_of(text, surface, published)["date"] == date


@pytest.mark.parametrize("text, surface, date", [
    ("Rain fell on Nov. 3. Two days later, the river burst.", "Two days later", "2023-11-05"),
    ("He landed on Nov. 3. He had flown out the day before.", "the day before", "2023-11-02"),
    ("Stocks fell on Monday. The index ended the day down 2%.", "the day", "2023-11-20"),
    ("Costs were $5 billion in 2021, $1 billion more than the year before.", "the year before", "2020"),
    ("Sales rose 4% in October compared with the same month a year ago.", "the same month a year ago", "2022-10"),
])
def test_dates_anchored_on_the_text(text, surface, date):
    assert row_of(text, surface)["date"] == date


def test_since_is_an_open_interval_to_publication():
    row = row_of("Rents have risen since 2003.", "2003")
    assert (row["date"], row["qualifier"]) == ("2003", "since")


def test_ranges_keep_both_ends():
    claims = checker.extract("Prices rose from 2016 to 2023, and between March and May.\n", published=WEDNESDAY)
    dates = claims[claims["kind"] == "date"]
    assert list(dates["date"]) == ["2016", "2023", "2023-03", "2023-05"]


@pytest.mark.parametrize("text, surface, value, unit, timex", [
    ("The war lasted seven years.", "seven years", 7, "year", "P7Y"),
    ("The siege went on for 36 hours.", "36 hours", 36, "hour", "PT36H"),
    ("It took almost four and a half years.", "almost four and a half years", 4.5, "year", "P4.5Y"),
    ("Stocks fell for six straight days.", "six straight days", 6, "day", "P6D"),
    ("Rents have risen in the past two weeks.", "the past two weeks", 2, "week", "P2W"),
    ("The year-long truce ended.", "year-long", 1, "year", "P1Y"),
    ("A decade-long feud ended.", "decade-long", 1, "decade", "P10Y"),
    ("The 42-day-old strike goes on.", "42-day-old", 42, "day", "P42D"),
    ("They agreed a five-year plan.", "five-year", 5, "year", "P5Y"),
    ("The three-day visit ended.", "three-day", 3, "day", "P3D"),
    ("The pipeline was shut for a decade.", "a decade", 1, "decade", "P10Y"),
    ("The market had its worst single-day fall.", "single-day", 1, "day", "P1D"),
])
def test_durations(text, surface, value, unit, timex):
    row = row_of(text, surface)
    assert (row["kind"], row["value"], row["unit"], row["timex"]) == ("duration", value, unit, timex)


def test_vague_durations_have_no_number():
    row = row_of("The plant has struggled for several years.", "several years")
    assert (row["kind"], row["low"], row["timex"]) == ("duration", 2.0, "PXY")


@pytest.mark.parametrize("text, surface, timex", [
    ("The raid began at 11:00 p.m. EDT on Tuesday.", "11:00 p.m. EDT on Tuesday", "2023-11-21T23:00-04:00"),
    ("At 0300 UTC the ship sank.", "0300 UTC", "2023-11-22T03:00Z"),
    ("The firm filed for bankruptcy at 12:00 UTC Monday.", "12:00 UTC Monday", "2023-11-20T12:00Z"),
    ("The plane landed at 6:40 p.m. (GMT +8).", "6:40 p.m. (GMT +8)", "2023-11-22T18:40+08:00"),
    ("Apple held the event on Friday morning.", "Friday morning", "2023-11-17TMO"),
])
def test_times_of_day_and_zones(text, surface, timex):
    assert row_of(text, surface)["timex"] == timex


@pytest.mark.parametrize("text, not_a_date", [
    ("Tickets cost $27 each.", "27"),
    ("The airline grounded its 737s.", "737"),
    ("We may see rain.", "may"),
    ("We left early.", "We"),
    ("He ran 2 1/2 laps.", "2 1/2"),
    ("The verse is John 3:16.", "3:16"),
    ("Theresa May spoke.", "May"),
    ("The firm went from 400 to 2000 staff.", "2000"),     # the end of a range from a number that is no year
    ("The AD 300 and 4 people came.", "4"),
    ("Black Monday is remembered.", "Monday"),
    ("The spring water was cold.", "spring"),
])
def test_not_dates(text, not_a_date):
    claims = checker.extract(text + "\n", published=WEDNESDAY)
    dates = claims[claims["kind"] == "date"]
    assert not any(not_a_date in t for t in dates["text"]), dates[["text", "date"]].to_string()


def test_a_year_before_christ_has_no_iso_date():
    row = row_of("The city fell in 146 BC.", "146 BC")
    assert (row["kind"], row["grain"], isinstance(row["date"], str)) == ("date", "year", False)


def test_stated_weekday_is_kept_beside_a_date_it_contradicts():
    row = row_of("The summit opened on Wednesday, Nov. 21, 2023.", "Wednesday, Nov. 21, 2023")
    assert (row["date"], row["weekday"]) == ("2023-11-21", "Wednesday")


def test_without_publication_relative_dates_stay_unresolved():
    claims = checker.extract("The rebels struck on Tuesday and last year.\n")
    dates = claims[claims["kind"] == "date"]
    assert len(dates) == 2 and dates["date"].isna().all()


def test_negative_durations_have_no_timex():
    row = row_of("The clock was set -15 minutes off.", "-15 minutes")
    assert pd.isna(row["timex"])
