"""Which of the places of a sentence is an event's, by the sentence's structure (session 19), on
sentences written for these tests: the place an event's head governs by "in" or "at" is its own,
even before a verb of saying ("at the opening of the X in Abuja said"); a place another event's
head governs, told before the mention, is that event's ("en route to the X Dialogue in Singapore,
she held meetings here"). Published date of every case: Monday 2 June 2025."""
import pytest


def _venue(event):
    return None if event.venue is None else (event.venue.city, event.venue.country)


#: (text, event name, venue as (city, country) or None)
CASES = [
    pytest.param(
        "The chair of the commission in his speech at the opening of the 12th Ordinary Session of the Regional "
        "Council of Ministers in Lima said the programmes would be redesigned.",
        "12th Ordinary Session of the Regional Council of Ministers", ("Lima", "PE"),
        id="the place the event's head governs stays its own before a verb of saying"),
    pytest.param(
        "The 12th Ordinary Session of the Regional Council of Ministers in Lima, the chair said, will adopt "
        "the budget.",
        "12th Ordinary Session of the Regional Council of Ministers", ("Lima", "PE"),
        id="governed place before an inserted clause of saying"),
    pytest.param(
        "LIMA, June 2 - During her three-day visit here, on her way to attend the Pacific Defence Dialogue in "
        "Santiago, Minister Ana Poe has had high-level meetings with the navy's leadership.",
        "high-level meetings", ("Lima", "PE"),
        id="a place another event's head governs before the mention is that event's"),
    pytest.param(
        "LIMA, June 2 - During her three-day visit here, on her way to attend the Pacific Defence Dialogue in "
        "Santiago, Minister Ana Poe has had high-level meetings with the navy's leadership.",
        "Pacific Defence Dialogue", ("Santiago", "CL"),
        id="the other event keeps the place its head governs"),
    pytest.param(
        "The 4th Andean Water Consultation and the 2nd Andean Energy Consultation in Lima ended on Monday.",
        "4th Andean Water Consultation", ("Lima", "PE"),
        id="events listed before a place share it"),
]


@pytest.mark.parametrize("text, name, venue", CASES)
def test_governed_places(event_named, extract_text, text, name, venue):
    assert _venue(event_named(extract_text(text), name)) == venue


def test_a_place_of_announcement_stays_no_venue(event_named, extract_text):
    # (the place follows a verb, not the event's head: where it was said)
    record = extract_text("The 5th Andean Water Forum will be held on 3 July, the ministry announced on Friday in "
                          "Lima.")
    assert _venue(event_named(record, "5th Andean Water Forum")) is None
