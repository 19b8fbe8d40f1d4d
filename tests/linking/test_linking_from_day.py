"""A single day after "from" with no end joined to it is the day an event begins; its end stays
untold (FACTS.md: the period as the text gives it): "will be held in Lima from 5 May", "taking
place from upcoming Friday, 6 June". A "from ... to ..." is one period; a day after "on" is the
event's one day. Sentences written for these tests; published date of every case: Monday 2 June 2025."""
import pytest

#: (text, event name, (start, end))
CASES = [
    pytest.param("The 5th Arland Water Summit will be held in Suva from 5 June.",
                 "5th Arland Water Summit", ("2025-06-05", None), id="from a day: its start"),
    pytest.param("The ministers discussed the 5th Arland Water Summit taking place from upcoming Friday, 6 June.",
                 "5th Arland Water Summit", ("2025-06-06", None), id="from upcoming weekday and day"),
    pytest.param("President Ana Rios will pay a state visit to Fiji from Friday.",
                 "state visit to Fiji", ("2025-06-06", None), id="a journey from a weekday"),
    pytest.param("The 5th Arland Water Summit will be held in Suva from 5 to 7 June.",
                 "5th Arland Water Summit", ("2025-06-05", "2025-06-07"), id="from ... to ...: the period"),
    pytest.param("The 5th Arland Water Summit will be held in Suva on 5 June.",
                 "5th Arland Water Summit", ("2025-06-05", "2025-06-05"), id="on a day: that day"),
]


@pytest.mark.parametrize("text, name, period", CASES)
def test_day_after_from_opens_the_event(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
