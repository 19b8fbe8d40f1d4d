"""A town or country right after "to" and before "for" and an event's mention is where the event
is: "The King and Queen are on their way to Norway for their four-day state visit", "flew to
Tonga for a three-day visit". Sentences written for these tests; published date of every case:
Monday 2 June 2025."""
import pytest

#: (text, event name, (venue city, venue country) or None)
CASES = [
    pytest.param(
        "King Tomas and Queen Ana of Zandia are on their way to South Korea for their four-day "
        "state visit. The aim of the visit is to strengthen ties.",
        "four-day state visit", (None, "KR"), id="on their way to a country for their visit"),
    pytest.param(
        "The minister flew to Tonga for a three-day visit on Monday.",
        "three-day visit", (None, "TO"), id="flew to a country for a visit"),
    pytest.param(
        "Zandia's envoy to South Korea left for his four-day state visit to Zandia's neighbours. "
        "The aim of the visit is to strengthen ties.",
        "four-day state visit", None, id="a place after 'to' with a verb before 'for' is not the visit's"),
]


@pytest.mark.parametrize("text, name, venue", CASES)
def test_destination_before_for_is_the_events_place(event_named, extract_text, text, name, venue):
    event = event_named(extract_text(text), name)
    assert ((event.venue.city, event.venue.country) if event.venue else None) == venue


#: (text, event name, (venue city, venue country) or None)
SEVERAL_CASES = [
    pytest.param(
        "President Ana Rios began a four-nation visit to Fiji, Tonga, Samoa and Niue on Tuesday.",
        "four-nation visit to Fiji", None, id="a journey to several countries has no one place"),
    pytest.param(
        "President Ana Rios will make an official visit to Auckland and Wellington from 9 to 11 June.",
        "official visit to Auckland", ("Auckland", "NZ"), id="two towns of one country keep the first"),
    pytest.param(
        "President Ana Rios began a state visit to Suva, Fiji, on Tuesday.",
        "state visit to Suva", ("Suva", "FJ"), id="a town and its country are one place"),
    pytest.param(
        "President Ana Rios will make an official visit to Lyon in France, Leeds in the United Kingdom "
        "and Osaka in Japan from 9 to 11 June.",
        "official visit to Lyon", None, id="towns each located by 'in' their country: several countries"),
    pytest.param(
        "President Ana Rios will make an official visit to Lyon in France from 9 to 11 June.",
        "official visit to Lyon", ("Lyon", "FR"), id="one town located by 'in' its country keeps its place"),
    pytest.param(
        "The Tuvaka delegation visited Chile, Peru, and Ecuador from 3 to 12 May.",
        "visit to Chile, Peru, and Ecuador", None, id="a journey told by its verb to a list: not its last place"),
    pytest.param(
        "The Tuvaka delegation visited Chile, Peru, and Ecuador from 3 to 12 May.\n\nThe delegation "
        "attended the first session of the Andean Ports Committee.",
        "first session of the Andean Ports Committee", None, id="nor does the list's last place carry on"),
    pytest.param(
        "President Ana Rios will make an official visit to Auckland, Wellington and Dunedin from 9 to 11 June.",
        "official visit to Auckland", ("Auckland", "NZ"), id="must not fire: towns of one country"),
]


@pytest.mark.parametrize("text, name, venue", SEVERAL_CASES)
def test_journey_to_several_countries_has_no_place(event_named, extract_text, text, name, venue):
    event = event_named(extract_text(text), name)
    assert ((event.venue.city, event.venue.country) if event.venue else None) == venue


#: (text, event name, (venue city, venue country) or None): a journey split into one visit per
#: place ("visited A and B": two visits) keeps each visit's own place, nothing carried to it
SPLIT_CASES = [
    pytest.param(
        "Lima: Governor Ana Lopez left for Japan on Monday ahead of the Investors Summit set in Lima "
        "on June 24-25.\n\nEarlier, Governor Lopez visited the United Kingdom and Germany seeking "
        "investment for the region.",
        "visit to the United Kingdom", (None, "GB"), id="first of two visits keeps its own country"),
    pytest.param(
        "Quito: The Investors Forum opened in Quito on Monday.\n\nLast month, Minister Ian Poe "
        "visited Chile and Peru to promote exports.",
        "visit to Chile", (None, "CL"), id="no place carried from the event before"),
]


@pytest.mark.parametrize("text, name, venue", SPLIT_CASES)
def test_split_visits_keep_their_own_places(event_named, extract_text, text, name, venue):
    event = event_named(extract_text(text), name)
    assert ((event.venue.city, event.venue.country) if event.venue else None) == venue
