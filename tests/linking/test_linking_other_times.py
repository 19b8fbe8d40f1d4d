"""Dates and places of another time than the event's: a lead that names no event does not tell
of an event the text introduces as another occasion ("... leading to the Third Session of X");
the day a report was confirmed is not the event's; a sentence about years before the story
("similar to the meetings held in Lima in 2019") is background for an event the text gives no
time. Sentences written for these tests; published date of every case: Monday 2 June 2025."""
import pytest


#: (text, event name, (start, end), venue as (city, country) or None)
CASES = [
    pytest.param(
        "Regional workshop on river basins\n\nNairobi, Kenya, 12/05/2025 - 13/05/2025\n\nThe workshop will give "
        "national focal points a chance to exchange views on the work leading to the Third Session of the Lake "
        "Basin Council.",
        "Third Session of the Lake Basin Council", (None, None), None,
        id="the lead's dates are not those of an event introduced as a later occasion"),
    pytest.param(
        "DODOMA: Foreign Minister Ana Rios is arriving here today on a two-day visit, the ministry confirmed "
        "Sunday.",
        # (the visitor is "here on a two-day visit": the visit is in the dateline's city)
        "two-day visit", ("2025-06-02", None), ("Dodoma", "TZ"),
        id="'the ministry confirmed Sunday' dates the report, not the visit"),
    pytest.param(
        "Ministers will attend the 4th Andean Water Council to discuss glacier loss and funding. Its agenda is "
        "similar to that of the meetings held in Lima in 2019 and in Quito in 2021.",
        "4th Andean Water Council", (None, None), None,
        id="a sentence about years before the story gives an undated event no place"),
    pytest.param(
        "Ministers will attend the 4th Andean Water Council to discuss glacier loss and funding. The council "
        "will meet in Lima.",
        "4th Andean Water Council", (None, None), ("Lima", "PE"),
        id="a sentence that goes on speaking of it at no other time gives its place"),
]


CASES.append(pytest.param(
    "The four ministers held a virtual meeting on Monday. They will hold an in-person meeting in the coming months "
    "at Expo 2020 in Dubai.",
    "in-person meeting", (None, None), ("Dubai", "AE"),
    id="a year inside an expo's name is not this event's date; the expo is no event, its town is the meeting's"))


CASES.append(pytest.param(
    "The 4th Andean Water Forum, first held in 2019, will bring together 40 ministers of water and energy.",
    "4th Andean Water Forum", (None, None), None,
    id="the year the series was first held is not this edition's"))
CASES.append(pytest.param(
    "The 4th Andean Water Forum, held in Quito in 2024, brought together 40 ministers of water and energy.",
    "4th Andean Water Forum", ("2024", "2024"), ("Quito", "EC"),
    id="a year told of the edition itself is its date"))


CASES.append(pytest.param(
    "The 5th Pacific Fisheries Forum will be held in Apia later this year. Officials met in Suva on Friday to "
    "prepare its agenda.",
    "5th Pacific Fisheries Forum", ("2025", "2025"), ("Apia", "WS"),
    id="an announced event takes no day before the story's from a later sentence"))
CASES.append(pytest.param(
    "The 5th Pacific Fisheries Forum will be held in Apia later this month. It will open on 9 June.",
    "5th Pacific Fisheries Forum", ("2025-06-09", None), ("Apia", "WS"),
    id="a later day of the month first told is the announced event's"))


# a place stated with a day of its own does not carry to an event the text sets in another month
CASES.append(pytest.param(
    "The Kyrgyz prime minister landed in Baku on Friday for consultations. Last year he attended the 7th "
    "Caspian Transit Forum in November.",
    "7th Caspian Transit Forum", ("2024-11", "2024-11"), None,
    id="an undated event's place, told with a day, does not carry to an event of another month"))
CASES.append(pytest.param(
    "The Kyrgyz prime minister landed in Baku on Friday for consultations. On Saturday he attended the 7th "
    "Caspian Transit Forum.",
    "7th Caspian Transit Forum", ("2025-05-31", "2025-05-31"), ("Baku", "AZ"),
    id="but it carries to an event of the same days"))
CASES.append(pytest.param(
    "The Chilean president arrived in Lima on Sunday. The trip returns a visit by the Peruvian leader to "
    "Santiago's neighbour in 2023.",
    "visit by the Peruvian leader", ("2023", "2023"), None,
    id="a journey of another year takes no place from the sentence before it"))
# an event announced for later lends its place to no undated event told as past
CASES.append(pytest.param(
    "Ministers reviewed plans for the next Pacific Ocean Summit, which will be held in Tonga in 2027. The review "
    "took place on the margins of the 12th Island Energy Forum.",
    "12th Island Energy Forum", (None, None), None,
    id="a place announced for a later edition does not carry to an undated event told as past"))
CASES.append(pytest.param(
    "The 12th Island Energy Forum will be held in Tonga in 2027. The 5th Island Water Forum will also be held "
    "there.",
    "5th Island Water Forum", (None, None), (None, "TO"),
    id="but it carries to an event announced with it"))

@pytest.mark.parametrize("text, name, period, venue", CASES)
def test_other_times(event_named, extract_text, text, name, period, venue):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
    assert (None if event.venue is None else (event.venue.city, event.venue.country)) == venue


#: (text, event name, venue as (city, country) or None)
PLACES = [
    pytest.param(
        "Prime Minister Tom Reid will make a five-day visit to Chile and Peru from 3 June. In the first leg of his "
        "trip, Reid will visit the Chilean port city of Valparaiso on 3 June for the Pacific Trade Summit. In the "
        "second leg of the trip, Reid will visit Lima from 5 to 7 June.",
        "Pacific Trade Summit", (None, "CL"),
        id="a later 'the trip' does not take the town named inside another visit's mention"),
    pytest.param(
        "President Ana Rios will pay her first visit to Peru since the 9th Andean Summit.",
        "9th Andean Summit", None,
        id="an event after 'since' is a point in time: the visit's country is not its place"),
    pytest.param(
        "Foreign Minister Tom Reid returned home from Lima after attending the 9th Andean Summit.",
        "9th Andean Summit", ("Lima", "PE"),
        id="'returned from Lima after attending the X' tells where X was"),
]


@pytest.mark.parametrize("text, name, venue", PLACES)
def test_places_of_other_occasions(event_named, extract_text, text, name, venue):
    event = event_named(extract_text(text), name)
    assert (None if event.venue is None else (event.venue.city, event.venue.country)) == venue
