"""A journey named later with "his", "her" or "their" is the one begun by the arrival the story
told before it: "X arrived in Suva on Saturday to discuss trade. [...] / During his two-day
visit, X will meet ..." (the visit opens on Saturday, in Suva; its length gives no end).
Sentences written for these tests; published date of every case: Monday 2 June 2025."""
import pytest

LEAD = "Trade Minister Lin Wei of Zandia arrived in Suva {when}to discuss fisheries and trade.\n\n"
MIDDLE = "Fiji's trade minister Ana Rabuka will host a dinner for the guest.\n\n"
LATER = "During {owner} two-day visit, the minister is scheduled to meet Prime Minister Tevita Rau on Sunday."

#: (text, event name, (start, end), venue city or None)
CASES = [
    pytest.param(
        LEAD.format(when="on Saturday ") + MIDDLE + LATER.format(owner="his"),
        "two-day visit", ("2025-05-31", None), "Suva",
        id="the arrival's day opens the journey, its place is the journey's"),
    pytest.param(
        LEAD.format(when="") + MIDDLE + LATER.format(owner="his"),
        "two-day visit", (None, None), "Suva",
        id="an arrival with no day tells no day"),
    pytest.param(
        "Trade Minister Lin Wei of Zandia arrived in Suva on Saturday for the 5th Reef Council Meeting.\n\n"
        + MIDDLE + LATER.format(owner="his"),
        "two-day visit", (None, None), None,
        id="an arrival told with another event is that event's"),
]


@pytest.mark.parametrize("text, name, period, city", CASES)
def test_arrival_begins_the_journey(event_named, extract_text, text, name, period, city):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
    assert (event.venue.city if event.venue else None) == city
