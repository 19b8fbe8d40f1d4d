"""An event named only as the owner of a theme or report ("the theme of the X Summit", "in line
with the X Forum theme") is another occasion than the one reported: the place of the event named
before it does not carry to it. Sentences written for these tests; published date of every case:
Monday 2 June 2025."""
import pytest


def _event(record, name):
    found = [e for e in record.events if e.name == name]
    assert found, (name, [e.name for e in record.events])
    return found[0]


LEAD = "The 3rd Pacific Energy Ministers Meeting opened in Suva on Monday. "

#: (text, event name, venue as (city, country) or None)
CASES = [
    pytest.param(LEAD + "Delegates will discuss the theme of the 9th Pacific Ocean Summit.",
                 "9th Pacific Ocean Summit", None, id="the theme of an event"),
    pytest.param(LEAD + "In line with the 9th Pacific Ocean Summit theme, delegates will discuss resilience.",
                 "9th Pacific Ocean Summit", None, id="an event's theme, the noun after its name"),
    pytest.param(LEAD + "Delegates will also attend the 9th Pacific Ocean Summit.",
                 "9th Pacific Ocean Summit", ("Suva", "FJ"), id="an event attended still takes the place told before"),
    pytest.param(LEAD, "3rd Pacific Energy Ministers Meeting", ("Suva", "FJ"), id="the reported event keeps its own"),
]


@pytest.mark.parametrize("text, name, venue", CASES)
def test_record_of_another_occasion(extract_text, text, name, venue):
    event = _event(extract_text(text), name)
    assert (None if event.venue is None else (event.venue.city, event.venue.country)) == venue
