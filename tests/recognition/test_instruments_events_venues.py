"""Instruments, events and venues on sentences written for these tests: table-driven."""
import pytest

INSTRUMENTS = [
    ("Both sides adopted the Joint Work Programme on Cyber Security (2026-2029) on Friday.",
     "Joint Work Programme on Cyber Security", "programme", "2026", "2029"),
    ("The Blue Economy Roadmap for 2025-2030 was launched in Suva.",
     "Blue Economy Roadmap", "roadmap", "2025", "2030"),
    ("They signed the Memorandum of Understanding on Halal Certification.",
     "Memorandum of Understanding on Halal Certification", "memorandum", None, None),
    ("Parliament passed the Online Safety Act last year.", "Online Safety Act", "law", None, None),
    ("The plan is aligned with Vision 2040 and the Paris Agreement.", "Vision 2040", "plan", None, "2040"),
]


@pytest.mark.parametrize("text,name,kind,start,end", INSTRUMENTS)
def test_instrument_name_kind_period(extract_text, text, name, kind, start, end):
    found = {i.name: i for i in extract_text(text).instruments}
    assert name in found, list(found)
    assert (found[name].kind, found[name].start, found[name].end) == (kind, start, end)


@pytest.mark.parametrize("text", [
    "The ministers met at the Kuala Lumpur Convention Centre on Monday.",
    "A joint statement will be issued later.",
    "The plan was approved by the cabinet.",
])
def test_no_instrument_invented(extract_text, text):
    assert extract_text(text).instruments == []


def test_event_with_ordinal_acronym_dates_and_venue(extract_text):
    text = ("The 12th Mekong-Lancang Foreign Ministers' Meeting (MLC FMM) will be held in "
            "Vientiane, Laos from Sept 8 to 10, 2025.")
    record = extract_text(text, published="2025-08-20")
    event = record.events[0]
    assert event.name == "12th Mekong-Lancang Foreign Ministers' Meeting"
    assert (event.ordinal, event.acronym) == (12, "MLC FMM")
    assert (event.start, event.end) == ("2025-09-08", "2025-09-10")
    assert (event.venue.city, event.venue.country) == ("Vientiane", "LA")
    assert [(v.name, v.city, v.country) for v in record.venues] == [("Vientiane, Laos", "Vientiane", "LA")]


def test_building_venue_takes_the_dateline_city(extract_text):
    text = "PUTRAJAYA, March 4 -- The forum was held at Dewan Perdana Hall yesterday."
    record = extract_text(text, published="2025-03-04")
    venues = {v.name: v for v in record.venues}
    assert "Dewan Perdana Hall" in venues
    assert (venues["Dewan Perdana Hall"].city, venues["Dewan Perdana Hall"].country) == ("Putrajaya", "MY")


@pytest.mark.parametrize("text", [
    "Malaysia and Thailand agreed to boost trade with Japan.",
    "Investment in Indonesia grew by 5 per cent.",
])
def test_participating_countries_are_not_venues(extract_text, text):
    assert extract_text(text).venues == []
