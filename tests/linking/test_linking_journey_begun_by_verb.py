"""A journey that a verb of opening takes as its object ("began his visit ...") opens on its
day, however far the date stands after a list of destinations and what it began with.
Sentences written for these tests; published date of every case: Monday 2 June 2025."""
import pytest

#: (text, event name, (start, end))
CASES = [
    pytest.param(
        "The president began his four-nation visit to Fiji, Tonga, Samoa and Niue with a private "
        "dinner with President Tevita Rau on Tuesday.",
        "four-nation visit to Fiji", ("2025-05-27", None),
        id="'began his visit' far before its day: the day it opened"),
    pytest.param(
        "The president paid a four-nation visit to Fiji, Tonga, Samoa and Niue and held a private "
        "dinner with President Tevita Rau on Tuesday.",
        "four-nation visit to Fiji", ("2025-05-27", "2025-05-27"),
        id="no verb of opening: the one day"),
]


@pytest.mark.parametrize("text, name, period", CASES)
def test_journey_begun_by_verb_opens_on_its_day(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
