"""Venue precision rules of session 16 on sentences written for these tests: a place in a clause
that a modal of possibility governs ("could come into X", "so that others can hold their
conferences in X") tells what may happen, no venue; a place of a journey dated a month or more
before the article's publication ("during her visit to X on April 1-3", published in May) is an
earlier journey recalled.
A row is (text, [(name, city, country), ...]): the venues expected, in order; a row with an
empty list is a negative."""
import pytest

CASES = [
    # a modal of possibility before the trigger in its clause: what may happen
    ("During the summit in Lima, the minister met investors that could come into Togo.", [("Lima", "Lima", "PE")]),
    # negative: "will" tells what happens
    ("During the summit in Lima, the minister met investors that will come into Togo.",
     [("Lima", "Lima", "PE"), ("Togo", None, "TG")]),
    ("We will run the forum well so that we can attract other agencies to hold their conferences in Ghana in future.",
     []),
    ("The minister said the delegates might meet in Suva during the summit season.", []),
    ("The minister said the delegates will meet in Suva during the summit season.", [("Suva", "Suva", "FJ")]),
    # negative: a comma or a form of "be" between the modal and the trigger keeps the place
    ("The summit, which could draw forty leaders, will be held in Lima next month.", [("Lima", "Lima", "PE")]),
    ("The talks could be held in Suva next month.", [("Suva", "Suva", "FJ")]),
    # negative: a capitalised "Can" is a name's ("Can Tho"), no modal
    ("Delegates from Can Tho met for the summit in Hanoi on Monday.", [("Hanoi", "Hanoi", "VN")]),
]


@pytest.mark.parametrize("text,want", CASES)
def test_possible_places_and_earlier_journeys(extract_text, text, want):
    assert [(v.name, v.city, v.country) for v in extract_text(text).venues] == want


EARLIER_JOURNEYS = [
    # published 2022-05-16: a journey that ended six weeks before is recalled, no venue
    ("The two leaders recalled their talks during her official visit to Togo on April 1-3.", "2022-05-16", []),
    ("He thanked the President for the welcome during his state visit to the Gambia in this March.", "2022-09-20",
     []),
    # negative: a journey of the days just before publication is the article's own
    ("The minister paid an official visit to Togo on May 12-14.", "2022-05-16", [("Togo", None, "TG")]),
    # negative: a journey to come
    ("The minister will pay an official visit to Togo on June 20-22.", "2022-05-16", [("Togo", None, "TG")]),
    # negative: an earlier date with no noun of journey before the place (an event held there)
    ("The summit was held in Lima on April 1-3, the ministry said on Monday.", "2022-05-16",
     [("Lima", "Lima", "PE")]),
]


@pytest.mark.parametrize("text,published,want", EARLIER_JOURNEYS)
def test_earlier_journeys(extract_text, text, published, want):
    assert [(v.name, v.city, v.country) for v in extract_text(text, published=published).venues] == want
