"""A journey and the event it is made for ("will visit X for a meeting on DATE", "a visit to X to
attend the Y", "to take part in the Y") share their places, and the journey takes that event's
day; the journey's own period is not the event's, and an event that merely follows a journey
takes nothing from it. Sentences written for these tests; published date of every case: Monday
2 June 2025."""
import pytest


def _event(record, name):
    found = [e for e in record.events if e.name == name]
    assert found, (name, [e.name for e in record.events])
    return found[0]


#: (text, event name, (start, end), venue as (city, country) or None)
CASES = [
    pytest.param(
        "Foreign Minister Ana Rios will visit Canberra, Australia, for a bilateral meeting with her counterpart "
        "Tom Reid on 14 June.",
        "visit to Canberra", ("2025-06-14", "2025-06-14"), ("Canberra", "AU"),
        id="a journey made for a meeting takes the meeting's day"),
    pytest.param(
        "Minister Tomas Vey will pay an official visit to the Peruvian capital Lima from 10 to 12 June to attend "
        "the 4th Andean Water Forum. Peru is hosting the forum for the first time.",
        "4th Andean Water Forum", (None, None), ("Lima", "PE"),
        id="the event a journey is made for takes its town, not its period, before a later host country"),
    pytest.param(
        "Minister Tomas Vey will make a two-day visit to Quito, Ecuador, from 10 June to take part in the 4th "
        "Andean Water Forum.",
        "4th Andean Water Forum", (None, None), ("Quito", "EC"),
        id="'to take part in' after the journey's own day and town"),
    pytest.param(
        "Minister Tomas Vey returned from an official visit to Lima on Friday and will attend the 4th Andean "
        "Water Forum next month.",
        "4th Andean Water Forum", ("2025-07", "2025-07"), None,
        id="an event after a journey it was not made for takes nothing from it"),
]


@pytest.mark.parametrize("text, name, period, venue", CASES)
def test_journey_and_its_purpose(extract_text, text, name, period, venue):
    event = _event(extract_text(text), name)
    assert (event.start, event.end) == period
    assert (None if event.venue is None else (event.venue.city, event.venue.country)) == venue
