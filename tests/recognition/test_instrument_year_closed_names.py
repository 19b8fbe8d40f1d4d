"""A year right after an instrument's head closes its name: an "and" after it opens another
phrase, never a word of the name ("Vision 2041 and X by 2047"). Sentences and names are made up."""
import pytest

from newsfacts.api import make_doc


def _names(nlp, text):
    doc = nlp(make_doc(nlp, text, id="t", published="2026-03-04"))
    return [i.name for i in doc._.newsfacts.instruments]


@pytest.mark.parametrize("text, name", [
    ("She said both sides would follow Vision 2041 and Amrit Kaal by 2047.", "Vision 2041"),
    ("The ministers signed the Framework Agreement 2024 and Trade Protocol on Monday.", "Framework Agreement 2024"),
    ("The bank backs Blueprint 2045 and Green Growth Targets in the region.", "Blueprint 2045"),
])
def test_a_year_after_the_head_ends_the_name_before_and(nlp, text, name):
    names = _names(nlp, text)
    assert name in names
    assert not any(n.startswith(name + " and") for n in names)


@pytest.mark.parametrize("text, name", [
    # a period after the head is no closing year
    ("They adopted the Work Plan 2026-2030 and the Declaration on Oceans.", "Work Plan"),
    # "and" inside a name without a year stays in it
    ("They signed the Treaty of Friendship and Cooperation in Hanoi.", "Treaty of Friendship and Cooperation"),
])
def test_names_without_a_closing_year_keep_their_words(nlp, text, name):
    assert name in _names(nlp, text)


@pytest.mark.parametrize("text, name", [
    # a state's or an alliance's doctrine is a document named by its "Concept"
    ("Both ministers stressed their joint outlook on the alliance's New Strategic Concept.", "New Strategic Concept"),
    ("The ministry adopted a new Foreign Policy Concept in March.", "Foreign Policy Concept"),
    # a lowercase word owned by a possessive in the complement is a word of the name, and the
    # complement goes on after it
    ("The priorities are defined in the Concept of Ruritania's chairmanship in the Commonwealth, the minister said.",
     "Concept of Ruritania's chairmanship in the Commonwealth"),
])
def test_concepts_and_owned_words(nlp, text, name):
    assert name in _names(nlp, text)


def test_a_capitalised_word_after_concept_names_no_concept(nlp):
    assert _names(nlp, "The Concept Note was circulated to the delegations on Monday.") == []


def test_a_name_never_ends_on_a_possessive(nlp):
    names = _names(nlp, "They signed the Memorandum of Understanding on Kenya's participation in the Expo.")
    assert not any(n.endswith("'s") for n in names)


def test_a_place_in_the_possessive_after_in_owns_no_word_of_the_name(nlp):
    assert "Coastal Roads Programme" in _names(nlp, "The funds support the Coastal Roads Programme in Fiji's northern islands.")
