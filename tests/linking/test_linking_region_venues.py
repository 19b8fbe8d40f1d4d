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
