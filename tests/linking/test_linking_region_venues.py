"""A journey to a town's name with a region's head ("a visit to Nakuru County", "visited Nagano
Prefecture") goes to the region (no city), not to the town of that name (session 32). Sentences
written for these tests."""
import pytest

#: (text, event name, (venue name, venue city, venue country))
CASES = [
    pytest.param(
        "The minister met farmers during a visit to Nakuru County on Monday.",
        "visit to Nakuru County", ("Nakuru County", None, "KE"), id="a visit to a county named like its town"),
    pytest.param(
        "The delegation visited Nagano Prefecture on Tuesday.",
        "visit to Nagano Prefecture", ("Nagano Prefecture", None, "JP"), id="visited a prefecture"),
    pytest.param(
        "The minister met farmers during a visit to Nakuru on Monday.",
        "visit to Nakuru", ("Nakuru", "Nakuru", "KE"), id="the town without a head stays the town"),
]


@pytest.mark.parametrize("text, name, venue", CASES)
def test_a_journey_to_a_region_named_like_a_town_goes_to_the_region(event_named, extract_text, text, name, venue):
    event = event_named(extract_text(text, published="2026-05-03"), name)
    assert (event.venue.name, event.venue.city, event.venue.country) == venue


#: (text, event name, (venue city, venue country) or None)
DURING_CASES = [
    pytest.param(
        "Zandia and Fiji convened a pivotal meeting during the 2026 Regional Budget Ministers Meeting in Suva, Fiji.",
        "pivotal meeting", ("Suva", "FJ"), id="a meeting during a gathering takes the gathering's place"),
    pytest.param(
        "Zandia and Fiji convened a pivotal meeting on 4 May during the annual budget talks.",
        "pivotal meeting", None, id="during a gathering that has no place: none"),
]


@pytest.mark.parametrize("text, name, venue", DURING_CASES)
def test_an_event_during_a_gathering_is_where_the_gathering_is(event_named, extract_text, text, name, venue):
    event = event_named(extract_text(text, published="2026-05-03"), name)
    assert ((event.venue.city, event.venue.country) if event.venue else None) == venue
