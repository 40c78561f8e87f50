"""The relation families with a module of their own (checker/extractor/relations/): each ties the
figures of a relation however a newspaper words it, and leaves the look-alikes alone."""
from __future__ import annotations

import pytest

from checker import check, extract
from checker.lang import zones
from helpers import relation_of


def messages(text: str, published: str = "2025-04-17") -> list[str]:
    return [f.message for d in check(text, published=published).documents for f in d.findings]


@pytest.mark.parametrize("text, figure, local", [
    ("The ferry left Cebu at 6:15 a.m. local time (2215 UTC).", "2215 UTC)", "6:15 a.m."),
    ("Polls close at 7:30 p.m. EDT (2330 GMT) in Ohio.", "2330 GMT)", "7:30 p.m. EDT"),
    ("The launch is set for 21:10 GMT (6:10 p.m. local time).", "21:10 GMT", "6:10 p.m."),
    ("Voting ended at 11 p.m. EDT, or 0300 GMT.", "0300 GMT", "11 p.m. EDT"),
])
def test_a_clock_time_restated_in_another_zone_is_tied_to_the_local_one(text, figure, local):
    assert relation_of(text, figure)[:2] == ("timezone", local)


@pytest.mark.parametrize("text, span, start, end", [
    ("The ferry sailed at 9:10 a.m. and docked at 11:40 a.m., two and a half hours later.",
     "two and a half hours", "9:10 a.m.", "11:40 a.m."),
    ("The last vote was counted at 2:30 the next day, four hours after the booths shut at 22:30.",
     "four hours", "22:30", "2:30"),
    ("Results came in at 9 p.m., 14 hours after voting began at 7 a.m.", "14 hours", "7 a.m.", "9 p.m."),
    ("Voting had begun at 7 a.m., 14 hours before the first results at 9 p.m.", "14 hours", "7 a.m.", "9 p.m."),
    ("The talks ended at 6 p.m.; the strike had started at 8 a.m., ten hours earlier.", "ten hours",
     "8 a.m.", "6 p.m."),
])
def test_a_span_between_two_clock_times_is_tied_to_them_in_time_order(text, span, start, end):
    assert relation_of(text, span) == ("clock-gap", start, end)


@pytest.mark.parametrize("text, span", [
    ("Police arrived at 9 a.m.; at 10 a.m. the suspect fled, and three hours later he was caught.", "three hours"),
    ("The shop opens at 9 a.m. and closes at 5 p.m., and staff take a two hours break.", "two hours"),
    ("Polls close at 7:30 p.m. EDT (2330 GMT), two hours after the rally.", "two hours"),
])
def test_a_span_that_starts_a_new_moment_is_not_a_clock_gap(text, span):
    assert relation_of(text, span)[0] != "clock-gap"


def test_a_clock_gap_past_midnight_and_a_wrong_one():
    assert not messages("The blaze broke out at 23:15 and was contained at 02:35, three hours later.")
    assert messages("The blaze broke out at 23:15 and was contained at 02:35, five hours later.") == [
        "from 23:15 to 02:35 is 3 hours, but the text says five hours"]


@pytest.mark.parametrize("text, span, first, last", [
    ("Okoye served as deputy, 1991–1996; then as director, 1996–2010; for 19 years.", "19 years", "1991", "2010"),
    ("She was mayor from 1994 to 2002, eight years in all.", "eight years", "1994", "2002"),
    ("The judge sat on the bench (1998–2006) for eight years.", "eight years", "1998", "2006"),
    ("Between 2001 and 2005, a span of four years, the index doubled.", "four years", "2001", "2005"),
])
def test_a_span_stated_for_a_run_of_dates_runs_from_its_first_to_its_last(text, span, first, last):
    assert relation_of(text, span) == ("elapsed", first, last)


@pytest.mark.parametrize("text, span", [
    ("He was governor from 1994 to 2002; for five years he then lived abroad.", "five years"),
    ("He won in 2001 and 2005; for three years he sulked.", "three years"),
    ("From 2001 to 2005 prices rose, then fell for two years.", "two years"),
])
def test_a_span_that_opens_another_statement_is_not_the_runs(text, span):
    assert relation_of(text, span)[0] != "elapsed"


def test_the_place_a_local_time_is_checked_against_comes_from_its_sentence_or_the_opening():
    text = ("Rescuers reached the village near Davao in the Philippines on Monday.\n\n"
            "The tremor struck at 7:37 p.m. local time (1337 UTC).")
    assert any("Philippines is at UTC+8" in m for m in messages(text))
    # a place named only in a later paragraph says nothing of where the clock is
    later = ("The flight started at 8:17 a.m. local time (0517 UTC) in Sangatte.\n\n"
             "It ended near Dover, England.")
    assert not any("England" in m for m in messages(later))


def test_tzdata_places_come_from_the_package_and_keep_daylight_saving():
    assert zones.places()["Philippines"] == ("Asia/Manila",)
    assert "Norfolk" not in zones.places()   # an island zone, not the English county
    import datetime as dt
    assert zones.offsets_at(zones.places()["Ireland"], dt.datetime(2019, 10, 2, 18)) == {60}
    assert zones.offsets_at(zones.places()["Ireland"], dt.datetime(2019, 12, 2, 18)) == {0}


@pytest.mark.parametrize("text, figure", [
    ("The Kospi fell 1.9%, or 143.2 points, to 7,402.6.", "1.9%"),
    ("The index lost 22.41 points, or 0.9 percent, to close at 2,511.08.", "0.9 percent"),
    ("Copper slid by 310 points (3.6%) to 8,290.", "3.6%"),
    ("The index's 96.5-point drop left it at 4,825.5, a 1.96 percent decline.", "1.96 percent"),
    ("The index rose in value by 8.04%, which is 392.50 points, to above the 5000 mark at 5272.50.", "8.04%"),
])
def test_a_market_move_is_tied_to_its_points_and_level(text, figure):
    assert relation_of(text, figure)[0] == "index-move"


def test_a_level_belongs_to_the_nearest_move():
    text = "It had a drop of 9% or 998.50 points, before going back up to close with a loss of 3.30% or 347.80 points to a level of 10,520."
    assert relation_of(text, "9%")[0] is None
    assert relation_of(text, "3.30%") == ("index-move", "347.80", "10,520")


@pytest.mark.parametrize("text, figure, listed, relation", [
    ("The league has three founding clubs: Harlow, Tamsworth and Briggate.", "three", 3, "enumeration"),
    ("Two ministers, Anna Sorel and Piet de Vries, resigned.", "Two", 2, "enumeration"),
    ("It approved requests of eleven Federal Reserve Banks -- Boston, New York, Richmond and Dallas.", "eleven", 4,
     "enumeration"),
    ("The band has five albums, including Tidewater and Glass Harbour.", "five", 2, "partial-enumeration"),
    ("Six airlines, Aerolink, SkyBridge and Nordair among them, cut flights.", "Six", 3, "partial-enumeration"),
])
def test_a_count_gets_the_number_of_names_listed_for_it(text, figure, listed, relation):
    claims = extract(text)
    row = claims[claims["text"] == figure].iloc[0]
    assert (row["relation"], row["listed"]) == (relation, listed)


@pytest.mark.parametrize("text", [
    "Speakers included three former presidents Jimmy Carter, Bill Clinton, and Obama.",   # no opener
    "Discussing the 10 principles of free speech, Evidence and Reason says it is fine.",  # a phrase, then names
    "Hilton will build six hotels this year in the Chicago, New England and Texas areas.",
    "The team sampled six separate catacombs including sites at Abydos, Saqqara, and Tuna el-Gebel.",
])
def test_names_that_are_not_the_counted_items_are_no_list(text):
    assert not extract(text)["relation"].isin(["enumeration", "partial-enumeration"]).any()


def test_an_age_is_tied_to_the_birth_date_of_the_person_named():
    text = "The painter Ilse Varga died on Monday at the age of 86.\n\nVarga was born in Szeged in 1936."
    assert relation_of(text, "86") == ("elapsed", "1936", "Monday")
    assert any("but the text says 86" in m for m in messages(text))


def test_an_age_at_another_time_is_not_counted_to_publication():
    text = "Her father died when she was one. Vanderbilt was born in 1924."
    assert relation_of(text, "one")[0] is None


@pytest.mark.parametrize("text, ok", [
    ("In 1984, she was the nominee. Twelve years earlier, at the 1972 convention, she spoke.", True),
    ("In 1984, she was the nominee. Eight years earlier, at the 1972 convention, she spoke.", False),
    ("She ran in 1998. A decade later, in 2008, she won.", True),
    ("She ran in 1998. Twelve years later, in 2008, she won.", False),
])
def test_a_span_between_two_years_across_sentences(text, ok):
    assert (not messages(text)) == ok


@pytest.mark.parametrize("text, ok", [
    ("The state's 41 delegates were shared: Ruiz won 14, followed by Lind, with 12. Okafor earned 8 delegates, "
     "Mora took 6, and Baptiste the remaining 1.", True),
    ("The state's 41 delegates were shared: Ruiz won 14, followed by Lind, with 12. Okafor earned 8 delegates, "
     "Mora took 5, and Baptiste the remaining 1.", False),
    # "Lind 12" is not read as a figure: with a part unread the sum would be partial, so nothing is said
    ("The state's 41 delegates were shared: Ruiz won 14, Lind 12. Okafor earned 8 delegates, Mora took 5, and "
     "Baptiste the remaining 1.", True),
    ("Of the territory's six delegates, Ruiz secured four. Lind earned the other two delegates.", True),
    ("A total of at least 1,991 delegates are needed. Of the territory's six delegates, Ruiz secured four. "
     "Lind earned the other two delegates.", True),
])
def test_parts_closed_by_the_remaining_add_up(text, ok):
    assert (not messages(text)) == ok


@pytest.mark.parametrize("text, ok", [
    ("Coal made up 41 percent of the grid's power in 2015; that has fallen to about 18 percent now.", True),
    ("Coal made up 41 percent of the grid's power in 2015; that has fallen to about 48 percent now.", False),
    ("The clinic saw 312 patients in March. That was a 30% increase from 240 patients a year earlier.", True),
    ("The clinic saw 312 patients in March. That was a 40% increase from 240 patients a year earlier.", False),
    ("After going to down 100, it climbed to 12 up then three down.", True),   # moves, not levels
])
def test_a_change_pointed_back_to(text, ok):
    assert (not messages(text)) == ok


@pytest.mark.parametrize("text, ok", [
    ("Okafor won the race with 41.2% of the vote. Lind came in second with 38.9% of the vote.", True),
    ("Okafor won the race with 41.2% of the vote. Lind came in second with 43.9% of the vote.", False),
    ("Okafor won with 41.2% of the vote.\n\nIn the 2019 race, Lind came in second with 43.9% of the vote.", True),
    ("The winner, Adeyemi, posted a time of 2:08:31. She was followed by Kovac, 2:08:40, and Ruiz, 2:09:02.", True),
    ("The winner, Adeyemi, posted a time of 2:08:31. She was followed by Kovac, 2:08:40, and Ruiz, 2:08:22.", False),
    ("Okafor won 41.2% of the vote in 2019. Lind won 43.9% in 2023.", True),   # two winners, no ranking
])
def test_ranked_figures_keep_their_order(text, ok):
    assert (not messages(text)) == ok


BRIDGE = "The harbour bridge had its opening on May 2, 1985, after six years of building work."


@pytest.mark.parametrize("text", [
    f"The town held a parade for the 40th anniversary of the opening of the harbour bridge. {BRIDGE}",
    f"{BRIDGE} Yesterday's fireworks marked the 40th anniversary of the harbour bridge opening.",
    f"Forty years on: the 40th anniversary of the bridge's opening drew crowds. {BRIDGE}",
])
def test_an_anniversary_is_tied_to_the_date_of_the_event_it_marks(text):
    assert relation_of(text, "40th", published="2025-05-03")[:2] == ("elapsed", "May 2, 1985")


def test_an_anniversary_counts_years_to_publication():
    text = f"The town held a parade for the 35th anniversary of the opening of the harbour bridge. {BRIDGE}"
    assert any("35th" in m for m in messages(text, published="2025-05-03"))


@pytest.mark.parametrize("text, figure", [
    # the other sentence names another event (one word of four in common)
    (f"It was the 50th anniversary of the first manned space flight. {BRIDGE}", "50th"),
    # a relative date dates no past event
    ("Today the opening of the harbour bridge is 40 years old. The 40th anniversary of the opening of the "
     "harbour bridge is celebrated today.", "40th"),
])
def test_an_anniversary_of_an_undated_event_is_left_alone(text, figure):
    assert relation_of(text, figure, published="2025-05-03")[0] is None


@pytest.mark.parametrize("text, figure, word", [
    ("The council votes tomorrow, June 7, on the budget.", "June 7", "tomorrow"),
    ("The storm reached the coast yesterday (June 5), forecasters said.", "June 5", "yesterday"),
    ("Talks resume today on June 6 in Geneva.", "June 6", "today"),
    ("Fireworks start tonight — June 6 — at the harbour.", "June 6", "tonight"),
])
def test_a_day_word_and_the_date_beside_it_are_tied(text, figure, word):
    assert relation_of(text, figure, published="2024-06-06") == ("same-day", word, None)


@pytest.mark.parametrize("text, figure", [
    ("Voting ran yesterday, June 4 and June 5.", "June 4"),                 # a list of days
    ("Talks run today, June 6 to June 9, in Geneva.", "June 6"),            # a span
    ("It rained yesterday and on June 2 the river rose.", "June 2"),        # a clause apart
])
def test_a_date_going_on_into_a_list_or_a_span_is_not_tied(text, figure):
    assert relation_of(text, figure, published="2024-06-06")[0] is None


def test_the_date_beside_a_day_word_takes_its_tense_and_year():
    claims = extract("The vote is tomorrow, June 7, officials said.", published="2024-06-06")
    row = claims[claims["text"] == "June 7"].iloc[0]
    assert (row["date"], row["tense"]) == ("2024-06-07", "future")   # not a past June 7 of 2023


def test_a_date_pinned_by_its_own_weekday_is_not_tied_to_the_day_word():
    assert relation_of("They will march today, Tuesday May 1, organisers said.", "Tuesday May 1",
                       published="2012-05-02")[0] is None
