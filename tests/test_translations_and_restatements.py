"""Passages in another language and their English translations; facts restated in the same words."""
from __future__ import annotations

import pytest

from checker import check, extract
from checker.extractor.passages import foreign_passages, in_other_language, numeral_value, paragraphs
from helpers import relation_of


def messages(text: str, published: str = "2025-04-17") -> list[str]:
    return [f.message for d in check(text, published=published).documents for f in d.findings]


@pytest.mark.parametrize("passage", [
    "El gobierno anunció que la obra costará 3.400 millones de pesos y que estará lista en 2027.",
    "Le ministre a déclaré que les travaux dureront trois ans et coûteront 2,5 milliards d'euros.",
    "Die Stadt hat im Jahr 2024 mehr als 1.200 neue Wohnungen gebaut, sagte der Bürgermeister.",
    "市政府表示，新医院将于2026年开放，共有1200张病床。",
    "Правительство сообщило, что в 2025 году построено 300 школ.",
])
def test_passages_in_other_languages_are_told_from_english(passage):
    assert in_other_language(passage)


@pytest.mark.parametrize("passage", [
    "The government said the works would cost 3.4 billion pesos and be ready in 2027.",
    "Officials at the Banco de la Nación and the Caisse des Dépôts et Consignations met on Monday.",
    "Smith 12, Jones 9, Baptiste 7",   # a results line: no function words of any language
    "El Niño brought 40% more rain to the coast than in a normal year, the agency said.",
])
def test_english_passages_with_foreign_names_stay_english(passage):
    assert not in_other_language(passage)


@pytest.mark.parametrize("numeral, value", [
    ("7.000", 7000), ("1,2", 1.2), ("14,000", 14000), ("35.7", 35.7), ("1.234.567", 1234567),
    ("1.234,5", 1234.5), ("1 200", 1200), ("٣٥", 35), ("2012", 2012),
])
def test_a_numeral_in_another_language_is_read_as_written(numeral, value):
    assert numeral_value(numeral) == value


def test_a_numeral_with_no_single_reading_is_not_read():
    assert numeral_value("1.2.3") is None


ORIGINAL = "La alcaldía destinó 4.250 millones de pesos a las escuelas y el 12,5% irá a zonas rurales."
TRANSLATION = "The mayor's office set aside 4.25 billion pesos for schools, and 12.5% will go to rural areas."


def test_figures_of_a_foreign_passage_are_claims_of_their_own_not_english_misreadings():
    claims = extract(f"{ORIGINAL}\n\n{TRANSLATION}", published="2025-04-17")
    foreign = claims[claims["foreign"]]
    assert list(foreign["text"]) == ["4.250", "12,5%"]
    assert list(foreign["value"]) == [4250, 12.5] and list(foreign["kind"]) == ["count", "percent"]
    assert not claims[~claims["foreign"]]["text"].str.contains("millones").any()


def test_a_translation_is_tied_to_its_original_figure_by_figure():
    text = f"{ORIGINAL}\n\n{TRANSLATION}"
    assert relation_of(text, "4.25 billion pesos")[:2] == ("translation", "4.250")
    assert relation_of(text, "12.5%")[:2] == ("translation", "12,5%")
    assert messages(text) == []


def test_a_translation_that_changes_a_figure_is_a_finding_at_the_figure():
    text = f"{ORIGINAL}\n\n{TRANSLATION.replace('4.25', '4.75')}"
    [message] = messages(text)
    assert message.startswith("4.75 billion pesos translates 4.250") and "475" in message and "425" in message


@pytest.mark.parametrize("english", [
    "The mayor's office set aside 4.25 billion pesos for schools (about $250 million), and 12.5% will go "
    "to rural areas.",                                    # a translator's gloss in parentheses
    "Turnout was 61% in 2019 and 58% in 2023, the commission said.",   # another paragraph altogether
])
def test_glosses_and_unrelated_paragraphs_are_not_translations(english):
    assert messages(f"{ORIGINAL}\n\n{english}") == []


def test_only_paragraphs_are_foreign_passages():
    text = f"An English lead paragraph about the budget, with 3 figures and 2 more.\n\n{ORIGINAL}\n\n{TRANSLATION}"
    [(start, end)] = foreign_passages(text, paragraphs(text))
    assert text[start:end] == ORIGINAL


# Restated facts: the same words around the same figure, in another sentence.
TENANTS = ("Some 64 per cent of tenants said they would renew their lease if rents stayed flat. The survey ran "
           "for a month. As the housing board put it, 64 per cent of tenants would renew the lease if rents "
           "stayed flat.")


def test_a_fact_restated_in_the_same_words_is_tied_to_its_first_statement():
    claims = extract(TENANTS, published="2025-04-17")
    first = claims[claims["text"] == "Some 64 per cent"].iloc[0]
    later = claims[claims["text"] == "64 per cent"].iloc[0]
    assert later["relation"] == "restates" and later["left"] == first["claim"]
    assert messages(TENANTS) == []


def test_a_restated_fact_with_another_value_is_a_finding():
    text = TENANTS.replace("64 per cent of tenants would", "59 per cent of tenants would")
    [message] = messages(text)
    assert message.startswith("59 per cent restates Some 64 per cent")


@pytest.mark.parametrize("text", [
    # parallel statements: other figures in the two sentences differ
    "Exports rose 4.1% to 2.3 billion dollars in March. Imports rose 6.2% to 2.9 billion dollars in March.",
    # two ends of one change
    "The share of smokers fell from 24% in 2010 to 16% in 2020. Smokers had been 24% of adults in 2010.",
    # a word of occurrence: another thing of the same sort
    "The first ward reported a turnout of 48% among registered voters. The second ward reported a turnout "
    "of 52% among registered voters.",
    # years naming things, not facts
    "She ran in the 2016 presidential election as an independent. She ran in the 2020 presidential election "
    "as an independent.",
    # different dates in the two sentences
    "The bridge carried 41,000 vehicles a day in 2019. The bridge carried 44,000 vehicles a day in 2023.",
])
def test_look_alike_facts_are_not_restatements(text):
    assert messages(text) == []
