"""An event's place and days told away from its name: a later bare "the meeting" beyond the
paragraph names the gathering named before it, whatever its head; a town of the country the
event is placed in, named in the same sentence or by that later "the meeting", is its place.
Sentences written for these tests; published date of every case: Monday 2 June 2025."""
import pytest


def _venue(event):
    return (event.venue.city, event.venue.country) if event.venue else None


#: (text, event name, (start, end), (venue city, venue country))
CASES = [
    pytest.param(
        "LUSAKA - Zambia will host the 7th Session of the Zambia-Botswana Joint Permanent Commission "
        "this week.\n\n"
        "A ministry spokesperson said on Friday that the two sides will review twenty accords.\n\n"
        "The meeting is expected to take place on Thursday in Livingstone.",
        "7th Session of the Zambia-Botswana Joint Permanent Commission", ("2025-06-05", "2025-06-05"),
        ("Livingstone", "ZM"),
        id="a bare 'the meeting' two paragraphs on names the session: its day and town"),
    pytest.param(
        "Peru will host the 3rd Andean Fisheries Council in August, officials said.\n\n"
        "Delegates from four countries are expected.\n\n"
        "The meeting will be held in Cusco.",
        "3rd Andean Fisheries Council", ("2025-08", "2025-08"), ("Cusco", "PE"),
        id="a council is a gathering too: the later meeting's town refines the country"),
    pytest.param(
        "The 2nd Coastal Towns Forum opened in Kenya today.\n\n"
        "Mayors praised the organisers.\n\n"
        "The meeting of the county executives will take place in Mombasa on 9 June.",
        "2nd Coastal Towns Forum", ("2025-06-02", None), (None, "KE"),
        id="'the meeting of' someone names another meeting: the forum keeps its country"),
    pytest.param(
        "The 5th Lake Basin Commission Meeting opened in Kampala today.\n\n"
        "Delegates reviewed the water quotas.\n\n"
        "The meeting ended with accords to be signed at the Heads of State Retreat set for 20 June.",
        "5th Lake Basin Commission Meeting", ("2025-06-02", None), ("Kampala", "UG"),
        id="the day after another name in the later sentence is that occasion's"),
    pytest.param(
        "The minister left Hanoi for Laos to attend the regional meeting of water ministers in Luang Prabang.",
        "regional meeting of water ministers", (None, None), ("Luang Prabang", "LA"),
        id="a town of the country in the same sentence is the meeting's place"),
    pytest.param(
        "Indonesia will host the 9th Archipelago Ports Summit in Makassar in October.",
        "9th Archipelago Ports Summit", ("2025-10", "2025-10"), ("Makassar", "ID"),
        id="the host country and its town: the town"),
    pytest.param(
        "The minister arrived in Chile on Sunday for a state visit, and will travel on to Peru's capital.",
        "state visit", None, (None, "CL"),
        id="a town of another country is no refinement"),
]


@pytest.mark.parametrize("text, name, period, venue", CASES)
def test_place_and_days_told_elsewhere(event_named, extract_text, text, name, period, venue):
    event = event_named(extract_text(text), name)
    if period is not None:  # (None: the case is about the place only)
        assert (event.start, event.end) == period
    assert _venue(event) == venue
