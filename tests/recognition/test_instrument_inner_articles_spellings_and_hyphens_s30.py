"""Instruments, session 30 (sentences written for these tests): a head after "a" inside another
name's complement is a word of that name, no document of its own; "Compacts" is a plural head;
a name written "Programme" and "Program" in one text is one document; the part of a hyphenated
compound after its hyphen ("Co-operation") does not make a title-case headline sentence case."""
import pytest


@pytest.mark.parametrize("text,names", [
    # an article inside the complement: one name, the inner head no document of its own
    ("The ministers reaffirmed the 2005 Agreement on a Framework for Dialogue and Trust Building Measures.",
     ["Agreement on a Framework for Dialogue and Trust Building Measures"]),
    ("Kelvara adopted the Oru Declaration on a Strategy for Coastal Peace.",
     ["Oru Declaration on a Strategy for Coastal Peace"]),
    # "the" before an inner head still names a document inside another (FACTS.md)
    ("They ratified the Protocol to the Oru Fisheries Treaty.", ["Protocol to the Oru Fisheries Treaty", "Oru Fisheries Treaty"]),
    # a name after "a" outside any other name keeps its own words
    ("Kelvara signed the Oru Convention and a Memorandum of Understanding on Fisheries Cooperation.",
     ["Oru Convention", "Memorandum of Understanding on Fisheries Cooperation"]),
])
def test_inner_heads_after_an_article(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


def test_plural_compacts_is_a_head(extract_text):
    found = extract_text("The presidents reaffirmed their commitment to the Compacts of Free Navigation.").instruments
    assert [(i.name, i.kind) for i in found] == [("Compacts of Free Navigation", "other")]


def test_programme_and_program_are_one_name(extract_text):
    text = ("The ministry held a workshop on the Kelvara Coordinated Program of Economic and Social Policies "
            "(KCPESP) 2017-2024. Officials heard of the aims of the Kelvara Coordinated Programme.")
    found = extract_text(text).instruments
    assert [(i.name, i.start, i.end) for i in found] == [
        ("Kelvara Coordinated Program of Economic and Social Policies", "2017", "2024")]


def test_two_programmes_in_two_spellings_stay_two(extract_text):
    found = extract_text("The Kelvara Development Programme and the Oru Development Program were launched.").instruments
    assert sorted(i.name for i in found) == ["Kelvara Development Programme", "Oru Development Program"]


@pytest.mark.parametrize("text,names", [
    # a title-case headline whose hyphenated word has a lowercase part: still title case, no name
    ("Mayors Of Dormund And Kelvara Sign 'Co-operation And Friendship' Agreement\n\n"
     "DORMUND - The mayors of Dormund and Kelvara signed a co-operation and friendship agreement on Saturday.", []),
    # the body's own capitals still name the document
    ("Kelvara And Oru Sign Co-operation Agreement On Fisheries\n\n"
     "The two countries signed the Co-operation Agreement on Fisheries on Friday.",
     ["Co-operation Agreement on Fisheries"]),
    # a headline with a lowercase word of its own is sentence case: its capitals are names'
    ("Kelvara and Oru sign the Dormund Fisheries Agreement\n\nThe two countries met on Friday.",
     ["Dormund Fisheries Agreement"]),
])
def test_hyphen_parts_in_title_case_headlines(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)
