"""Venue precision rules of session 16 on sentences written for these tests: a place in a clause
that a modal of possibility governs ("could come into X", "so that others can hold their
conferences in X") tells what may happen, no venue. A place of a journey dated a month or more
before the article's publication ("during her visit to X on April 1-3", published in May) was
dropped as an earlier journey recalled until session 29; the events keep that journey with its
place as venue (both readings of read-s29 list such places), so the venues list it too.
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
    # published 2022-05-16: a journey that ended six weeks before, recalled, keeps its place (session 29)
    ("The two leaders recalled their talks during her official visit to Togo on April 1-3.", "2022-05-16",
     [("Togo", None, "TG")]),
    ("He thanked the President for the welcome during his state visit to the Gambia in this March.", "2022-09-20",
     [("Gambia", None, "GM")]),
    # a journey of the days just before publication
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


def test_an_earlier_journeys_place_is_its_events_venue(extract_text):
    """The event kept for a journey recalled has a venue; that venue is in the venues list."""
    record = extract_text("The ministers reviewed the directives agreed during President Mensah's visit to Togo "
                          "in March this year.", published="2022-05-16")
    venues = {(v.name, v.country) for v in record.venues}
    assert [(e.venue.country) for e in record.events if e.venue is not None] == ["TG"]
    assert ("Togo", "TG") in venues
