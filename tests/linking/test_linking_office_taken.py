"""A date in the clause of a word of taking office (OFFICE_TAKEN) is when someone took the office,
not the time of an event told with it: "the first overseas visit of the prime minister who
assumed office in January", "her first visit to X since her appointment as commander of the Y in
June 2022". Sentences written for these tests; published date of every case: Monday 2 June 2025."""
import pytest

ARRIVAL = "Prime Minister Ana Rios of Arland arrived in Suva on a five-day official visit to Fiji. "

#: (text, event name, (start, end))
CASES = [
    pytest.param(ARRIVAL + "This is the first overseas visit of the prime minister who assumed office in January 2025.",
                 "five-day official visit to Fiji", (None, None), id="who assumed office in"),
    pytest.param("This was Admiral Tom Bark's first visit to Fiji since her appointment as the first female "
                 "commander of the Arland Coast Guard in June 2024.",
                 "visit to Fiji", (None, None), id="since her appointment as ... in"),
    pytest.param("Minister Tom Bark, who was sworn in last month, held talks with Ana Rios in Suva on Friday.",
                 "talks with Ana Rios", ("2025-05-30", "2025-05-30"), id="the event's own day after the clause stays"),
    pytest.param(ARRIVAL + "The visit will run from 3 to 7 June.",
                 "five-day official visit to Fiji", ("2025-06-03", "2025-06-07"), id="no word of office: its period"),
]


@pytest.mark.parametrize("text, name, period", CASES)
def test_date_of_taking_office_is_no_event_time(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
