"""A journey told by its verb ("will visit A and B", "visited A and B") or by a plural head
("official visits to A and B") or a singular one ("a state visit to A and B", ANNOTATORS.md 3, both
readings of read-s27 every time) to two places joined by "and" is one visit to each (FACTS.md: the
items of an "and" are separate events; ``EventRecognizer._split_destinations``), also past the
first place's bracketed acronym ("the United Arab Emirates (UAE) and India"); a list of three or
more places stays one journey; a
place joined by "and" after the destination's date, with a date of its own, is a next stop
("a visit to A on 3 May, and B on 5 May"; ``EventRecognizer._dated_next_stop``).
Sentences written for these tests, with made-up people."""
import pytest

SPLIT = [
    ("Trade Minister Ana Poe will visit Chile and Mexico to promote trade, from 13 to 17 March.",
     {"visit to Chile", "visit to Mexico"}),
    ("Before his tour of the region, Envoy Ben Ula visited Laos and Cambodia.",
     {"visit to Laos", "visit to Cambodia"}),
    ("Premier Ana Poe left Suva on Wednesday morning for visits to Australia and New Zealand.",
     {"visits to Australia", "visits to New Zealand"}),
    ("Her official visits to Australia and New Zealand from March 5-11 were a success.",
     {"official visits to Australia", "official visits to New Zealand"}),
    ("Envoy Ben Ula will discuss trade during his state visit to Chile and Peru on 4 May.",
     {"state visit to Chile", "state visit to Peru"}),
    ("Minister Ana Poe will promote farming during a trade mission to the United Arab Emirates (UAE) and India "
     "from Feb. 23 to March 3.", {"trade mission to the United Arab Emirates", "trade mission to India"}),
]

NEXT_STOP = [
    ("Envoy Ben Ula will also pay a visit to Agra and Jaipur in Rajasthan on November 19-20, and Kolkata on November 21-22.",
     {("visit to Agra", "11-19"), ("visit to Kolkata", "11-21")}),
    ("The envoy will also pay a visit to Agra and Jaipur, Rajasthan on 19-20 November and Kolkata, West Bengal on November 21-22.",
     {("visit to Agra", "11-19"), ("visit to Kolkata", "11-21")}),
]

NO_STOP = [
    # what follows the date is another thing done, not a place
    "Envoy Ben Ula will pay a visit to Agra on 19 November and meet officials on 20 November.",
    # a place with no date of its own
    "Envoy Ben Ula will pay a visit to Agra on 19 November and Kolkata later.",
]

ONE = [
    # a list of three places: one journey
    ("Premier Ana Poe will visit Chile, Peru and Mexico from Monday 19 to Wednesday 21 June.",
     "visit to Chile, Peru and Mexico"),
]


@pytest.mark.parametrize("text,names", SPLIT)
def test_journey_to_two_places_is_two_visits(extract_text, text, names):
    found = {e.name for e in extract_text(text).events}
    assert names <= found, found


@pytest.mark.parametrize("text,name", ONE)
def test_journey_stays_one(extract_text, text, name):
    found = [e.name for e in extract_text(text).events]
    assert len(found) == 1 and found[0].startswith(name), found


@pytest.mark.parametrize("text,events", NEXT_STOP)
def test_dated_next_stop_is_a_visit(extract_text, text, events):
    found = {(e.name, (e.start or "")[-5:]) for e in extract_text(text).events}
    assert events <= found, found


@pytest.mark.parametrize("text", NO_STOP)
def test_no_next_stop(extract_text, text):
    found = [e.name for e in extract_text(text).events]
    assert found == ["visit to Agra"], found
