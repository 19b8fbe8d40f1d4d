"""A date that is no time an event is held: a deadline ("to conclude the agreement by April this
year", "by the end of June": DEADLINE_WORD) and the taking of an office by election ("her first
visit since her election as president in February 2024": OFFICE_TAKEN). Sentences written for
these tests; published date of every case: Monday 2 June 2025."""
import pytest

#: (text, event name, (start, end))
CASES = [
    pytest.param("Minister Tom Bark paid a visit to Fiji's Transport Minister Ana Rios in Suva. Both are "
                 "committed to conclude the rail agreement by August this year.",
                 "visit to Fiji's Transport Minister Ana Rios", (None, None), id="by a month: a deadline"),
    pytest.param("Minister Tom Bark held talks with Ana Rios in Suva on the draft treaty, to be completed "
                 "by the end of September.",
                 "talks with Ana Rios", (None, None), id="by the end of a month: a deadline"),
    pytest.param("Minister Tom Bark held talks with Ana Rios in Suva on Friday, and the treaty is to be "
                 "completed by the end of September.",
                 "talks with Ana Rios", ("2025-05-30", "2025-05-30"), id="the event's own day stays"),
    pytest.param("This was President Ana Rios's first visit to Fiji since her election as President of "
                 "the Republic of Arland in February 2024.",
                 "visit to Fiji", (None, None), id="since her election ... in: taking office"),
]


@pytest.mark.parametrize("text, name, period", CASES)
def test_deadline_and_election_are_no_event_time(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
