"""Editions joined by "and" before one plural name are one event each; a body named after a
word of time is a sitting of it. Sentences written for these tests."""
import pytest


def _events(extract_text, text):
    return [(e.name, e.ordinal) for e in extract_text(text).events]


@pytest.mark.parametrize("text,expected", [
    ("The premier flew to Manila on Monday for the 12th and 13th Coral Triangle Summits.",
     [("12th Coral Triangle Summit", 12), ("13th Coral Triangle Summit", 13)]),
    # three editions
    ("Officials prepared the 3rd and 4th and 5th Andean Ministerial Meetings in Quito.",
     [("3rd Andean Ministerial Meeting", 3), ("4th Andean Ministerial Meeting", 4),
      ("5th Andean Ministerial Meeting", 5)]),
])
def test_editions_joined_by_and_are_one_event_each(extract_text, text, expected):
    assert _events(extract_text, text) == expected


def test_plural_short_form_of_the_editions_is_no_event_of_its_own(extract_text):
    text = ("Leaders gather in Apia on 3 May for the 7th and 8th Pacific Ocean Summits. Besides the Pacific "
            "Ocean Summits, the premier will attend the Blue Economy Forum.")
    names = [name for name, _ in _events(extract_text, text)]
    assert names == ["7th Pacific Ocean Summit", "8th Pacific Ocean Summit", "Blue Economy Forum"]


def test_one_edition_with_a_plural_head_stays_one(extract_text):
    text = "The 9th Mekong Water Ministers Meetings opened in Vientiane on Tuesday."
    assert [o for _, o in _events(extract_text, text)] == [9]


@pytest.mark.parametrize("text,name", [
    ("The two envoys spoke by phone on Friday, ahead of the Nordic Council in Helsinki.", "Nordic Council"),
    ("She met her Polish counterpart on Tuesday, prior to the EU General Affairs Council in Luxembourg.",
     "EU General Affairs Council"),
    ("Ministers will review the budget before the Andean Council on Monday.", "Andean Council"),
])
def test_body_after_a_word_of_time_is_a_sitting(extract_text, text, name):
    assert name in [n for n, _ in _events(extract_text, text)]


@pytest.mark.parametrize("text,word", [
    # the body acting, not sitting
    ("The tariff rose after the Andean Council approved the new rules.", "Andean Council"),
    ("Trade grew before the Joint Commission's report was published in Lima.", "Joint Commission"),
])
def test_body_acting_after_a_word_of_time_is_no_sitting(extract_text, text, word):
    assert not any(word in n for n, _ in _events(extract_text, text))


@pytest.mark.parametrize("text, names", [
    # a headline's event and another told in the story with the same head, no word shared: two
    ("ANDEAN Consultative Meeting on a Regional Ports Committee\n"
     "The meeting discussed the goals of the proposed committee.\n"
     "The First RPC Meeting will be convened in the first quarter of 2026.",
     {"ANDEAN Consultative Meeting on a Regional Ports Committee", "First RPC Meeting"}),
    # a word shared: the headline tells the story's event
    ("Peru hosts AU Ministerial Committee Meeting\n"
     "LIMA, June 2 -- The African Ministerial Committee Meeting opened in Lima on Monday.",
     {"African Ministerial Committee Meeting"}),
])
def test_a_headline_event_and_the_same_head_in_the_story(extract_text, text, names):
    assert {e.name for e in extract_text(text).events} == names


def test_related_meetings_are_several(extract_text):
    text = ("The minister attended the Central Committee meeting for the 9th Andean Ports Meeting and its "
            "related meetings held yesterday at the Civic Hall in Quito.")
    assert "meetings" not in [e.name for e in extract_text(text).events]


@pytest.mark.parametrize("text, name", [
    ("The Speaker spoke before the opening of a week-long Spring session of the Andean Parliament in Quito.",
     "week-long Spring session of the Andean Parliament"),
    ("Delegates met at a two-day Autumn session of the Andean Council in Lima on Monday.",
     "two-day Autumn session of the Andean Council"),
])
def test_a_length_before_capitals_opens_the_description(extract_text, text, name):
    assert name in [e.name for e in extract_text(text).events]
