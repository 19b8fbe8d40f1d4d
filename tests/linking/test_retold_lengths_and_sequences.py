"""Journeys of one story told with the same length are one (unless another country or another
first day sets them apart); described occasions told in one sequence by "followed by" share the
place told after the last. Sentences written for these tests."""
import pytest


def test_journeys_told_with_the_same_length_are_one(extract_text):
    text = ("President Ana Lopez on May 15, 2023, started a three-day state visit to the Andean state of Peru. Lopez "
            "was given the highest award of Peru during his three-day visit to the Andean country.")
    events = extract_text(text).events
    assert len(events) == 1 and len(events[0].mentions) == 2
    assert events[0].start == "2023-05-15"


@pytest.mark.parametrize("text", [
    # other countries
    "President Ana Lopez on May 15 started a three-day visit to Peru. On June 20 he began a three-day visit to Chile.",
    # other lengths
    "President Ana Lopez on May 15 started a three-day visit to Peru. On June 20 she began a two-day visit to Peru.",
])
def test_journeys_set_apart_stay_two(extract_text, text):
    assert len([e for e in extract_text(text).events if "visit" in e.name]) == 2


def test_occasions_in_one_sequence_share_the_place_after_the_last(extract_text):
    text = ("The leaders spoke after a bilateral meeting with President Tomas Vidal followed by signing of two "
            "accords at the Blue House in Lusaka.")
    events = extract_text(text).events
    assert len(events) == 2 and all(e.venue is not None and e.venue.city == "Lusaka" for e in events)


def test_a_named_event_after_followed_by_lends_no_place(extract_text):
    text = ("The leaders held a bilateral meeting with President Tomas Vidal on Monday, followed by the 5th Andean "
            "Summit in Lusaka.")
    meeting = next(e for e in extract_text(text).events if e.name.startswith("bilateral meeting"))
    assert meeting.venue is None or meeting.venue.city != "Lusaka"
