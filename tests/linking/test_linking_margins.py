"""An event held "on the sidelines of" (or "on the margins of") another takes that one's place,
not its days, and lends it none of its own; a clause about a third occasion between them breaks
the tie. Sentences written for these tests; published date of every case: Monday 2 June 2025."""
import pytest


#: (text, event name, (start, end), venue as (city, country) or None)
CASES = [
    pytest.param(
        "Trade ministers Ana Rios and Tomas Vey held talks on Tuesday on the sidelines of the 12th Andean "
        "Trade Summit in Quito.",
        "talks", ("2025-05-27", "2025-05-27"), ("Quito", "EC"),
        id="talks on the sidelines of a summit take its town"),
    pytest.param(
        "A business forum will open on 4 June on the margins of the 7th Harbour Investment Conference, which "
        "runs from 3 to 6 June at the Expo Hall in Durban.",
        "business forum", ("2025-06-04", None), ("Durban", "ZA"),
        id="a side event takes the host's place but keeps its own day"),
    pytest.param(
        "A business forum will open on 4 June on the margins of the 7th Harbour Investment Conference, which "
        "runs from 3 to 6 June at the Expo Hall in Durban.",
        "7th Harbour Investment Conference", ("2025-06-03", "2025-06-06"), ("Durban", "ZA"),
        id="the host keeps its own period"),
    pytest.param(
        "Trade ministers Ana Rios and Tomas Vey held talks on Tuesday about the 12th Andean Trade Summit in "
        "Quito.",
        "talks", ("2025-05-27", "2025-05-27"), None,
        id="talks about a summit are not at its place"),
    pytest.param(
        "The 9th Reef Council Meeting follows a meeting held by Minister Tala Sefo on the sidelines of the 5th "
        "Harbour Summit in Apia in May.",
        "9th Reef Council Meeting", (None, None), None,
        id="the sidelines of a clause about another meeting are not the first event's"),
]


@pytest.mark.parametrize("text, name, period, venue", CASES)
def test_sidelines(event_named, extract_text, text, name, period, venue):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
    assert (None if event.venue is None else (event.venue.city, event.venue.country)) == venue


#: (text, event name, venue as (city, country))
HELD_AT = [
    pytest.param(
        "President Ana Rios held bilateral talks with Prime Minister Tom Reid at the 9th Andean Summit in Quito "
        "on Tuesday.",
        "bilateral talks with Prime Minister Tom Reid", ("Quito", "EC"),
        id="talks held at a summit take the summit's town"),
    pytest.param(
        "The two leaders will hold a bilateral meeting at the G20 Summit in Rio de Janeiro next month.",
        "bilateral meeting", ("Rio de Janeiro", "BR"),
        id="a meeting to be held at a summit takes its town"),
    pytest.param(
        "The signing of the water accord was held during the Ministerial Meeting of the Nile Basin "
        "Initiative, held in Kigali on Tuesday.",
        "signing of the water accord", ("Kigali", "RW"),
        id="a signing held during a meeting takes the meeting's town"),
    pytest.param(
        "The two premiers held talks during the 14th Pacific Ports Summit in Apia on Friday.",
        "talks", ("Apia", "WS"),
        id="talks during a summit take the summit's town"),
]


@pytest.mark.parametrize("text, name, venue", HELD_AT)
def test_held_at_another_event(event_named, extract_text, text, name, venue):
    event = event_named(extract_text(text), name)
    assert event.venue is not None and (event.venue.city, event.venue.country) == venue
