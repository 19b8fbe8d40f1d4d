"""An event with no date of its own held on the margins of the next event of its sentence took
place within that event's single date: "their bilateral talks, held on the margins of the 7th X
Summit in Havana last month" (the talks in that month); not within a range of days, whose day
the text does not tell. Sentences written for these tests; published date of every case:
Monday 2 June 2025."""
import pytest

OPENING = "Prime Minister Ana Rios invited President Tom Bark during their bilateral talks, held on the margins of the 7th Island Leaders Summit in Havana "

#: (text, event name, (start, end))
CASES = [
    pytest.param(OPENING + "last month.", "bilateral talks", ("2025-05", "2025-05"),
                 id="the month of the summit whose margins the talks were held on"),
    pytest.param(OPENING + "on 4 May.", "bilateral talks", ("2025-05-04", "2025-05-04"),
                 id="its single day"),
    pytest.param(OPENING + "from 3 to 5 May.", "bilateral talks", (None, None),
                 id="not a range of days: which day is untold"),
    pytest.param(OPENING + "last month.", "7th Island Leaders Summit", ("2025-05", "2025-05"),
                 id="the summit keeps its own"),
]


@pytest.mark.parametrize("text, name, period", CASES)
def test_event_on_margins_takes_the_single_date(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
