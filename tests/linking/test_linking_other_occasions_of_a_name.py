"""A name told again after "a", "an" or "another", dated in its own sentence at another time than
the first mention, is another occasion of the same name, not the first one told again.
Sentences written for these tests; published date of every case: Monday 2 June 2025."""
import pytest


@pytest.mark.parametrize("text,expected", [
    # a state visit announced, and another leader's state visit to the same country years before
    ("President Ana Lopez will pay a state visit to Indonesia from 8 to 10 June, the ministry said.\n\n"
     "President Ian Poe paid a state visit to Indonesia in 2019, the first by a Peruvian leader.",
     [("state visit to Indonesia", "2025-06-08"), ("state visit to Indonesia", "2019")]),
    # "another X" convened now, and "an X" held months before
    ("The Authority of Heads of State has convened another Extraordinary Summit of the Authority on the "
     "situation in Mali. The Summit will hold in Accra on 7 June 2025.\n\nThe Authority held an "
     "Extraordinary Summit on 16 September 2024 on the situation in Mali.",
     [("Extraordinary Summit of the Authority", "2025-06-07"), ("Extraordinary Summit", "2024-09-16")]),
])
def test_another_occasion_of_a_name(extract_text, text, expected):
    assert sorted((e.name, e.start) for e in extract_text(text).events) == sorted(expected)


@pytest.mark.parametrize("text,expected", [
    # told again with "the": one visit
    ("President Ana Lopez will pay a state visit to Indonesia from 8 to 10 June. The state visit to Indonesia "
     "will be her first in 2025.", [("state visit to Indonesia", "2025-06-08")]),
    # told again with "a" and no date of its own: one visit
    ("President Ana Lopez will pay a state visit to Indonesia from 8 to 10 June. It is a state visit to "
     "Indonesia that officials have prepared for months.", [("state visit to Indonesia", "2025-06-08")]),
])
def test_the_same_occasion_told_again(extract_text, text, expected):
    assert [(e.name, e.start) for e in extract_text(text).events] == expected


@pytest.mark.parametrize("text,name,country", [
    # talks told for the visit with a day of their own: where the visit is
    ("Prime Minister Ana Lopez will pay an official visit to China on 10 June.\n\nDuring the visit, she will "
     "hold delegation level talks with her Chinese counterpart Li Wei on 11 June.",
     "delegation level talks with her Chinese counterpart Li Wei", "CN"),
    # an owner's determiner and a duration before the journey's head; a building of their own
    ("President Ian Poe arrived in Hanoi on Sunday on a state visit to Vietnam.\n\nDuring his three-day visit, "
     "he will hold talks with President Tran Van Minh at the Presidential Palace.", "talks with President Tran Van Minh", "VN"),
])
def test_talks_during_the_visit_are_where_it_is(extract_text, text, name, country):
    events = [e for e in extract_text(text).events if e.name == name]
    assert len(events) == 1 and events[0].venue is not None and events[0].venue.country == country


@pytest.mark.parametrize("text", [
    # the visit has no place: the talks have none either, and do not count
    "Prime Minister Ana Lopez will pay an official visit next week.\n\nDuring the visit, she will hold talks "
    "with her counterpart Li Wei.",
    # a sentence about the talks, not opened by the journey
    "Prime Minister Ana Lopez will pay an official visit to China on 10 June.\n\nShe will later hold talks "
    "with her Chinese counterpart Li Wei.",
    # opened by the journey, but with no day or place of their own: a part of the visit, whose place
    # is not given for them (CONVENTIONS of the dev gold: sub-events inside a visit)
    "Prime Minister Ana Lopez will pay an official visit to China on 10 June.\n\nDuring the visit, she will "
    "hold delegation level talks with her Chinese counterpart Li Wei.",
    "President Ian Poe arrived in Hanoi on Sunday on a state visit to Vietnam.\n\nDuring his three-day visit, "
    "he will hold talks with President Tran Van Minh.",
    "The President of Chile will visit Peru on 4 June.\n\nDuring the visit, the two sides also discussed the "
    "deepening of the political dialogue between both countries, the ministry said.",
])
def test_no_talks_placed_by_a_visit(extract_text, text):
    assert not any(e.name.startswith(("talks", "delegation level talks", "political dialogue"))
                   for e in extract_text(text).events)


def test_the_journey_told_again_in_the_opening_phrase_is_no_other_event(extract_text):
    text = ("Foreign Minister Ana Lopez arrived in Nepal on Sunday. This is her first visit to Nepal. Since it is "
            "a formal goodwill visit, no agreement was made.\n\nDuring her visit, the minister also paid a courtesy "
            "call on Prime Minister Ian Poe on Monday.")
    names = [e.name for e in extract_text(text).events]
    assert "formal goodwill visit" not in names and "courtesy call on Prime Minister Ian Poe" in names, names
