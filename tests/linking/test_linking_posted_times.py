"""A release's date line may end on the clock time it was posted at ("September 7, 2025 to
11:18", "June 2, 2025, 10:19 am", "6/2/2025 11:52 PM EDT"): it is no lead, and its date is no
event's day (the story's first event takes no date from it). Sentences written for these
tests; published Monday 2 June 2025."""
import pytest

STAMPS = ["June 02, 2025 to 11:18", "June 2, 2025, 10:19 am", "6/2/2025 11:52 PM EDT", "June 2, 2025 | 09:30 GMT"]


@pytest.mark.parametrize("stamp", STAMPS)
def test_a_date_line_with_its_posting_time_dates_no_event(event_named, extract_text, stamp):
    record = extract_text("Andean states talk trade\n\n" + stamp + "\n\n"
                          "Foreign ministers of Peru, Chile and Bolivia are meeting in Lima, as part of efforts "
                          "to boost trade.\n\nThe meeting takes place after the leaders held talks last year.")
    event = event_named(record, "meeting of Foreign ministers")
    assert (event.start, event.end) == (None, None)
    assert event.venue is not None and event.venue.city == "Lima"


def test_a_lead_telling_its_day_still_dates_the_event(event_named, extract_text):
    record = extract_text("Andean states talk trade\n\nJune 2, 2025, 10:19 am\n\n"
                          "Foreign ministers of Peru, Chile and Bolivia met in Lima on Sunday to boost trade.\n\n"
                          "The meeting ended with a joint statement.")
    assert event_named(record, "meeting of Foreign ministers").start == "2025-06-01"


@pytest.mark.parametrize("stamp", ["Monday, June 2, 2025", "Andean Herald-June 2, 2025"])
def test_a_headline_that_is_only_a_date_is_no_lead(event_named, extract_text, stamp):
    """A release that opens on its date line, its title below it: the date line is the day it
    was posted, not the day of the story's first event (told in the title or the body)."""
    record = extract_text(stamp + "\n\nAndean states talk trade\n\n"
                          "The Foreign Minister of Peru took part in the official visit of the President of "
                          "Chile to Bolivia, his office said.\n\nThe two countries signed three accords.")
    event = event_named(record, "official visit of the President of Chile to Bolivia")
    assert (event.start, event.end) == (None, None)
