"""The story's lead, naming no event, tells the date and place of the event named below it:
farther down when the lead writes every word of the event's name ("Forum Foreign Ministers will
meet today in Suva ... The Forum Foreign Ministers meeting will be chaired by ..."), and a
release's date line standing first is no lead. Sentences written for these tests; published
date of every case: Monday 2 June 2025."""
import pytest


#: (text, event name, (start, end), venue as (city, country) or None)
CASES = [
    pytest.param(
        "Pacific Tourism Ministers will gather today in Apia to review visitor numbers.\n\n"
        "They will also hear reports from three agencies.\n\n"
        "Air links and hotel capacity top the agenda.\n\n"
        "The Pacific Tourism Ministers meeting will be chaired by Minister Tala Sefo.",
        "Pacific Tourism Ministers meeting", ("2025-06-02", "2025-06-02"), ("Apia", "WS"),
        id="a lead writing the whole name tells the day and town of an event named three sentences on"),
    pytest.param(
        "Fisheries officials will gather today in Apia to review quotas.\n\n"
        "They will also hear reports from three agencies.\n\n"
        "Air links and hotel capacity top the agenda.\n\n"
        "The Pacific Tourism Ministers meeting will be chaired by Minister Tala Sefo.",
        "Pacific Tourism Ministers meeting", (None, None), None,
        id="a lead about others tells nothing of an event named three sentences on"),
    pytest.param(
        "Media Release\n\n"
        "Monday 2 June 2025\n\n"
        "The Chief of Navy will travel to Suva next week (9-11 June) with a team of senior officers.\n\n"
        "Admiral Ken Doyle said the Blue Waters Naval Forum was a sign of close ties.",
        "Blue Waters Naval Forum", ("2025-06-09", "2025-06-11"), ("Suva", "FJ"),
        id="a release's date line is not the lead"),
    pytest.param(
        "Fisheries ministers met yesterday in Apia to review quotas. In May 2023, at the 4th Pacific Tuna Summit, "
        "leaders had asked for a review.",
        "4th Pacific Tuna Summit", ("2023-05", "2023-05"), None,
        id="a lead told at another time than the event's own gives it no place"),
    # where a lead (or the sentence before the event's, in its paragraph) says people arrived, a
    # day or so before the event opens, is the event's place; where they left from is not
    pytest.param(
        "Delegations from 14 states arrived in Port Moresby on Saturday. The 9th Melanesian Trade Ministers "
        "Meeting opens on Monday 2 June 2025.",
        "9th Melanesian Trade Ministers Meeting", ("2025-06-02", None), ("Port Moresby", "PG"),
        id="the lead's place of arrival, two days before"),
    pytest.param(
        "The delegations were welcomed with a dinner. Most of them landed in Honiara on Sunday. The 3rd "
        "Island Fisheries Council began its work on Monday 2 June 2025.",
        "3rd Island Fisheries Council", ("2025-06-02", None), ("Honiara", "SB"),
        id="the sentence before the event's tells the arrival"),
    pytest.param(
        "Delegations from 14 states arrived in Port Moresby on 20 May. The 9th Melanesian Trade Ministers "
        "Meeting opens on Monday 2 June 2025.",
        "9th Melanesian Trade Ministers Meeting", ("2025-06-02", None), None,
        id="an arrival two weeks before is another journey"),
    pytest.param(
        "The prime minister left Port Moresby on Saturday. The 9th Melanesian Trade Ministers Meeting opens "
        "on Monday 2 June 2025.",
        "9th Melanesian Trade Ministers Meeting", ("2025-06-02", None), None,
        id="the place left is not the event's"),
]


@pytest.mark.parametrize("text, name, period, venue", CASES)
def test_lead_tells_the_event(event_named, extract_text, text, name, period, venue):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
    assert (None if event.venue is None else (event.venue.city, event.venue.country)) == venue
