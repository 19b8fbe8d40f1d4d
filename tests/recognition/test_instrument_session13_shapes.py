"""Instrument shapes seen on fresh press (session 13), on sentences written for these tests:
title-case phrases in brackets inside a law's name, a clause after a name's colon."""
import pytest


@pytest.mark.parametrize("text,names", [
    # a bracketed phrase of several words inside the name, and two brackets in a row
    ("The assembly debated the Coastal Fisheries (Licensing of Vessels) Act on Monday.",
     ["Coastal Fisheries (Licensing of Vessels) Act"]),
    ("Senators passed the High Court (Number of Benches) (Amendment) Bill after a long debate.",
     ["High Court (Number of Benches) (Amendment) Bill"]),
    ("The list holds the Stamp Duty (Amendment and Validation) Bill and the Forestry Bill.",
     ["Stamp Duty (Amendment and Validation) Bill", "Forestry Bill"]),
    ("Officials are drafting the Statutes (Amendment, Repeal and Consolidation) Bill for the session.",
     ["Statutes (Amendment, Repeal and Consolidation) Bill"]),
    # one capitalised word in brackets, as before
    ("The Senate passed the Penal Code (Amendment) Act on Monday.", ["Penal Code (Amendment) Act"]),
])
def test_a_title_case_bracket_is_a_word_of_the_name(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


@pytest.mark.parametrize("text,names", [
    # an acronym or a number in brackets is no part of the name
    ("The Free Trade Agreement (FTA) was signed alongside the Labour Code (No. 12) today.",
     ["Free Trade Agreement"]),
])
def test_an_acronym_or_number_in_brackets_stays_out(extract_text, text, names):
    assert [i.name for i in extract_text(text).instruments][:1] == names


@pytest.mark.parametrize("text,name", [
    ("Fisheries Cooperation Agreement between the two governments: This agreement sets the rules for boats.",
     "Fisheries Cooperation Agreement"),
    ("Memorandum of Understanding on Cooperation in the Field of Sport: This MoU, signed by the two ministers, covers coaching.",
     "Memorandum of Understanding on Cooperation in the Field of Sport"),
    ("The Agreement on Trade in Services: It covers banking and transport.", "Agreement on Trade in Services"),
])
def test_a_clause_after_the_colon_is_no_subtitle(extract_text, text, name):
    assert [i.name for i in extract_text(text).instruments] == [name]


def test_a_title_case_subtitle_after_the_colon_stays(extract_text):
    text = "The leaders adopted the Apia Declaration on the Ocean 2050: Our Common Home at the summit."
    assert [i.name for i in extract_text(text).instruments] == ["Apia Declaration on the Ocean 2050: Our Common Home"]
