"""A journey named inside a relative clause set off by commas ("A, who is on a visit to X, met
B today") is under way: the day and place of the main clause are not its own. Told inside the
clause they are; another kind of event there is told of by the main clause. Sentences written
for these tests; published date of every case: Monday 2 June 2025."""
import pytest


#: (text, event name, (start, end), venue as (city, country) or None)
CASES = [
    pytest.param(
        "President Ana Rios, who is on a three-day state visit to Japan, met Prime Minister Ken Sato in Tokyo "
        "today.",
        "three-day state visit to Japan", (None, None), (None, "JP"),
        id="a visit under way takes neither the day nor the town of the main clause"),
    pytest.param(
        "Trade Minister Tomas Vey, who arrived in Lima on Saturday for a two-day visit, held talks with his "
        "counterpart today.",
        "two-day visit", ("2025-05-31", None), ("Lima", "PE"),
        id="a day and town told inside the clause are the journey's"),
    pytest.param(
        "Minister Tala Sefo, who heads the delegation to the 9th Reef Council Meeting, attended sessions in "
        "Apia on 3 June.",
        "9th Reef Council Meeting", ("2025-06-03", "2025-06-03"), ("Apia", "WS"),
        id="a meeting named in the clause is told of by the main clause"),
]


@pytest.mark.parametrize("text, name, period, venue", CASES)
def test_relative_clause(event_named, extract_text, text, name, period, venue):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
    assert (None if event.venue is None else (event.venue.city, event.venue.country)) == venue
