"""A comma between two dates telling one time ("today, 2 June 2025", "today, Monday 2nd June")
ends no clause: a verb of leaving before them still makes them the journey's day, not the day of
the meeting it is made for. Sentences written for these tests; published Monday 2 June 2025."""
import pytest


@pytest.mark.parametrize("when", ["today, 2 June 2025", "today, Monday 2nd June 2025", "today"])
def test_a_departure_day_told_twice_is_not_the_meeting_s(event_named, extract_text, when):
    record = extract_text(f"The Deputy Minister will depart for Lima, Peru {when} to participate in the 21st Andean "
                          "Trade Committee meeting. The Andean Trade Committee meeting will take place from 4 to 5 "
                          "June 2025.")
    event = event_named(record, "21st Andean Trade Committee meeting")
    assert (event.start, event.end) == ("2025-06-04", "2025-06-05")


def test_a_meeting_day_told_twice_stays_its_own(event_named, extract_text):
    record = extract_text("The foreign ministers met today, Monday 2nd June 2025 at the Grand Hotel in Lima for "
                          "the 3rd Andean Trade Forum.")
    assert event_named(record, "3rd Andean Trade Forum").start == "2025-06-02"
