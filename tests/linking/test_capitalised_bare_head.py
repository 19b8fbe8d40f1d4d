"""A head noun written with a capital right after "the", alone ("The Conference is being held in
X"), refers back to the event named before with that head, as "the conference" does (session 32).
Sentences written for these tests."""
import pytest


def test_the_capitalised_head_gives_the_named_event_its_date_and_place(extract_text):
    text = ("The minister led the delegation to the Fourth Andean Conference on Rivers. She paid a courtesy "
            "call on the host minister today.\n\nThe Conference is being held in Lima from 27 to 30 May 2024.")
    events = {e.name: e for e in extract_text(text, published="2024-05-29").events}
    conference = events["Fourth Andean Conference on Rivers"]
    assert (conference.start, conference.end) == ("2024-05-27", "2024-05-30")
    assert conference.venue is not None and conference.venue.city == "Lima"


@pytest.mark.parametrize("text", [
    # a capitalised head that opens a name of its own is no reference back
    "The minister attended the Fourth Andean Conference on Rivers. She paid a courtesy call on the host "
    "minister today.\n\nThe Conference Centre in Lima will host a gala on 30 May 2024.",
    "The minister attended the Fourth Andean Conference on Rivers. She paid a courtesy call on the host "
    "minister today.\n\nThe Conference of Mayors will be held in Lima on 30 May 2024.",
])
def test_a_capitalised_head_opening_a_name_is_no_reference(extract_text, text):
    events = {e.name: e for e in extract_text(text, published="2024-05-29").events}
    assert events["Fourth Andean Conference on Rivers"].start is None
