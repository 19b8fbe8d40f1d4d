"""Linking events to their dates, venue, officials and instruments, on sentences written for
these tests (issue 10): what a later mention cannot change, what the next sentence of the
paragraph can tell, and what belongs to another edition or another event."""
import pytest


def _linked(event):
    venue = event.venue.model_dump() if event.venue else None
    return event.officials, event.instruments, event.start, event.end, venue


OPENING = ("Prime Minister Ana Soto and Foreign Minister Luis Vidal attended the 7th Andean Water "
           "Summit in Quito on 4 May, where the Andean Water Charter was adopted.")


@pytest.mark.parametrize("closing", [
    "Analysts said the 7th Andean Water Summit was a success.",
    "Observers in Lima on Friday said the 7th Andean Water Summit had changed little.",
    "Trade Minister Rosa Paz, who skipped the 7th Andean Water Summit, signed the Lima Grain Accord.",
    "The 7th Andean Water Summit will be followed by talks in La Paz on 9 May.",
])
def test_a_later_mention_changes_nothing_linked(event_named, extract_text, closing):
    alone = event_named(extract_text(OPENING), "7th Andean Water Summit")
    again = event_named(extract_text(OPENING + "\n\n" + closing), "7th Andean Water Summit")
    assert _linked(again) == _linked(alone)
    assert alone.officials == ["Ana Soto", "Luis Vidal"]
    assert alone.instruments == ["Andean Water Charter"]
    assert (alone.start, alone.venue.city) == ("2025-05-04", "Quito")
    assert len(again.mentions) == 2


def test_a_sentence_opening_on_the_event_s_head_noun_still_speaks_of_it(event_named, extract_text):
    record = extract_text("Ministers spoke at the 3rd Reef Fisheries Dialogue in Apia on 4 May.\n\n"
                          "The dialogue was chaired by Fisheries Minister Tom Kala.")
    assert event_named(record, "3rd Reef Fisheries Dialogue").officials == ["Tom Kala"]


def test_date_and_venue_in_the_next_sentence_of_the_paragraph(event_named, extract_text):
    record = extract_text("The 5th Coral Reef Forum was announced by Fisheries Minister Tom Kala. "
                          "The meeting will take place on 3 May in Suva.")
    forum = event_named(record, "5th Coral Reef Forum")
    assert (forum.start, forum.end) == ("2025-05-03", "2025-05-03")
    assert (forum.venue.city, forum.venue.country) == ("Suva", "FJ")


def test_the_next_paragraph_tells_nothing(event_named, extract_text):
    record = extract_text("The 5th Coral Reef Forum was announced by Fisheries Minister Tom Kala.\n\n"
                          "Boats will leave on 3 May from Suva.")
    forum = event_named(record, "5th Coral Reef Forum")
    assert forum.start is None and forum.venue is None


def test_a_sentence_naming_another_event_ends_the_reach(event_named, extract_text):
    record = extract_text("The 5th Coral Reef Forum was chaired on Monday by Fisheries Minister Tom Kala. "
                          "The 2nd Ocean Youth Dialogue will take place on 3 May in Suva.")
    forum = event_named(record, "5th Coral Reef Forum")
    dialogue = event_named(record, "2nd Ocean Youth Dialogue")
    assert forum.start == "2025-06-02" and forum.venue is None
    assert dialogue.start == "2025-05-03" and dialogue.venue.city == "Suva"


def test_the_previous_edition_lends_no_place(event_named, extract_text):
    record = extract_text("The 12th Pacific Water Forum was held in Apia on 4 May 2024. "
                          "The 13th Pacific Water Forum will open on 9 June.")
    previous = event_named(record, "12th Pacific Water Forum")
    upcoming = event_named(record, "13th Pacific Water Forum")
    assert previous.venue.city == "Apia"
    assert upcoming.venue is None and upcoming.start == "2025-06-09"


def test_a_country_made_precise_by_its_town_later_in_the_paragraph(event_named, extract_text):
    record = extract_text("The 9th Coastal Police Meeting will be held in Fiji from 7 to 9 July. "
                          "We look forward to welcoming all delegations to Suva.")
    meeting = event_named(record, "9th Coastal Police Meeting")
    assert meeting.venue.model_dump() == {"name": "Suva", "city": "Suva", "country": "FJ"}
    assert (meeting.start, meeting.end) == ("2025-07-07", "2025-07-09")


def test_events_listed_together_share_the_place_after_the_list(event_named, extract_text):
    record = extract_text("Officials attended the 4th SOMTC+Japan Consultation and 2nd SOMTC+China "
                          "Consultation in Manila on 5 June.")
    first = event_named(record, "4th SOMTC+Japan Consultation")
    second = event_named(record, "2nd SOMTC+China Consultation")
    assert (first.ordinal, second.ordinal) == (4, 2)
    assert first.venue.city == second.venue.city == "Manila"


def test_each_event_keeps_the_place_nearest_after_it(event_named, extract_text):
    record = extract_text("The 31st ASOD opens on Monday in Vientiane, and the 9th ADSOM WG closed in Bangkok today.")
    assert event_named(record, "31st ASOD").venue.city == "Vientiane"
    assert event_named(record, "9th ADSOM WG").venue.city == "Bangkok"


def test_a_building_takes_the_dateline_city_only_here(event_named, extract_text):
    there = extract_text("SUVA, 2 June 2025 (PNA) - The 3rd Pacific Fisheries Dialogue opened at the "
                         "Grand Pacific Hall on Monday.")
    here = extract_text("SUVA, 2 June 2025 (PNA) - The 3rd Pacific Fisheries Dialogue opened at the "
                        "Grand Pacific Hall here on Monday.")
    assert event_named(there, "3rd Pacific Fisheries Dialogue").venue.city is None
    assert event_named(here, "3rd Pacific Fisheries Dialogue").venue.city == "Suva"


def test_a_country_venue_has_no_name(event_named, extract_text):
    record = extract_text("The 2nd Reef Safety Dialogue will be held in Vanuatu on 8 August.")
    assert event_named(record, "2nd Reef Safety Dialogue").venue.model_dump() == {
        "name": None, "city": None, "country": "VU"}


def test_this_or_the_upcoming_visit_refers_back(extract_text):
    record = extract_text("Fiji's Foreign Minister Tomasi Vula will arrive in Dhaka on a two-day official visit "
                          "on 27 July. The upcoming visit of the Fijian minister was discussed by officials today.")
    assert [e.name for e in record.events] == ["two-day official visit"]
    visit = record.events[0]
    assert len(visit.mentions) == 2 and visit.start == "2025-07-27" and visit.venue.city == "Dhaka"


def test_a_building_named_alone_is_in_the_country_just_stated(event_named, extract_text):
    record = extract_text("Fiji's Prime Minister will pay an official visit to Tonga on 3 May. He will hold "
                          "a bilateral meeting with his counterpart at the Government House on 4 May.")
    meeting = event_named(record, "bilateral meeting")
    assert meeting.venue.model_dump() == {"name": "Government House", "city": None, "country": "TO"}


@pytest.mark.parametrize("text,name,start,end", [
    # the day the event opened: its start; the end is not told
    ("The 12th Coastal Fisheries Council kicked off on Tuesday in Apia.", "12th Coastal Fisheries Council", "2025-05-27", None),
    ("The 40th Ordinary Session of the Savanna Union opened in Bamako on 2 June.", "40th Ordinary Session of the Savanna Union", "2025-06-02", None),
    # the day it closed: its end
    ("The 9th Andean Trade Forum concluded on Friday in Quito.", "9th Andean Trade Forum", None, "2025-05-30"),
    # no such verb: a one-day event
    ("The 3rd Lagoon Ministers Meeting was held on Friday in Suva.", "3rd Lagoon Ministers Meeting", "2025-05-30", "2025-05-30"),
    # the verb is another event's: "the visit began", not the talks
    ("The 4th Highland Water Dialogue began on Monday, and the 2nd Valley Energy Forum was held on 28 May in Lima.",
     "2nd Valley Energy Forum", "2025-05-28", "2025-05-28"),
])
def test_a_day_the_event_opened_or_closed_on_leaves_the_other_end_untold(event_named, extract_text, text, name, start, end):
    event = event_named(extract_text(text, published="2025-06-02"), name)
    assert (event.start, event.end) == (start, end)
