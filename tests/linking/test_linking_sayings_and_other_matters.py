"""Whose time and place a date or a place is when other facts of the story stand near an event:
the day of a saying before its "that" ("On Friday, the minister mentioned that ... the X
Meeting"), the date of an earlier schedule that was postponed, a closing day told with its hour
("will close in the afternoon of Sunday, 14 September"), the day of another event held "to
prepare" for it, a lead's day told in the past for an
event told as to come, and the place of an event told before that does not carry into a
paragraph of another matter ("Separately, ...") nor to an event its sentence tells at another
time. Sentences written for these tests; published date of every case: Monday 2 June 2025."""
import pytest


#: (text, event name, (start, end), venue as (city, country) or None)
CASES = [
    pytest.param(
        "In her message to the new trade minister on Friday, Foreign Minister Ana Lomu mentioned that Tonga looks "
        "forward to the 6th Joint Trade Commission at a convenient time.",
        "6th Joint Trade Commission", (None, None), None,
        id="a day told before 'mentioned that' is the saying's, not the event's"),
    pytest.param(
        "On Friday the ministry announced that the 4th Reef Ministers Meeting will be held in Apia on 12 June.",
        "4th Reef Ministers Meeting", ("2025-06-12", "2025-06-12"), ("Apia", "WS"),
        id="after 'that' the event's own day is still read"),
    pytest.param(
        "On Friday, the minister said at the 4th Reef Ministers Meeting in Apia that funding would rise.",
        "4th Reef Ministers Meeting", ("2025-05-30", "2025-05-30"), ("Apia", "WS"),
        id="a saying at the event, named before 'that': the day is the event's"),
    pytest.param(
        "The 3rd Lagoon Forum was expected to be held in mid-February in Apia but postponed because of the cyclone.",
        "3rd Lagoon Forum", (None, None), ("Apia", "WS"),
        id="the date of a schedule that was postponed is no date of the event, even when no other is told"),
    pytest.param(
        "The Fourth Island Trade Conference will open at the Harbour Convention Centre in Suva on Wednesday, "
        "10 September 2025.\n\nMinisters will make statements in plenary sessions.\n\nThe Conference is "
        "scheduled to close in the afternoon of Sunday, 14 September.",
        "Fourth Island Trade Conference", ("2025-09-10", "2025-09-14"), ("Suva", "FJ"),
        id="'close in the afternoon of' a day: the day the event ends"),
    pytest.param(
        "Trade Minister Ana Lomu held a bilateral meeting with Fiji's Minister of Commerce Josefa Tuilagi at the "
        "Ministry of Commerce in Suva on Wednesday to prepare a joint position for the 6th Ocean Trade Ministers "
        "Meeting.",
        "6th Ocean Trade Ministers Meeting", (None, None), ("Suva", "FJ"),
        id="a day told after another event and before 'to' and a verb is that event's, not the one prepared for"),
    pytest.param(
        "Trade Minister Ana Lomu will visit Suva on Wednesday to attend the 6th Ocean Trade Ministers Meeting.",
        "6th Ocean Trade Ministers Meeting", ("2025-06-04", "2025-06-04"), ("Suva", "FJ"),
        id="a journey's one day is still that of the event it is made for"),
]


@pytest.mark.parametrize("text, name, period, venue", CASES)
def test_sayings_schedules_and_closing_hours(event_named, extract_text, text, name, period, venue):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
    assert (None if event.venue is None else (event.venue.city, event.venue.country)) == venue


#: (text, event name, venue as (city, country) or None)
CARRIED = [
    pytest.param(
        "The 5th Chile-Tonga Consultations were held at the ministry in Nuku'alofa yesterday.\n\nthe deputy minister also attended the 3rd Peru-Tonga Trade Dialogue.",
        "3rd Peru-Tonga Trade Dialogue", ("Nuku\u2018alofa", "TO"),
        id="the place carries to an event of the next paragraph"),
    pytest.param(
        "The 5th Chile-Tonga Consultations were held at the ministry in Nuku'alofa yesterday.\n\nSeparately, the deputy minister also attended the 3rd Peru-Tonga Trade Dialogue.",
        "3rd Peru-Tonga Trade Dialogue", None,
        id="no place carries into a paragraph opened by 'Separately,'"),
    pytest.param(
        "The 5th Chile-Tonga Consultations were held at the ministry in Nuku'alofa yesterday.\n\nIn other news, the deputy minister also attended the 3rd Peru-Tonga Trade Dialogue.",
        "3rd Peru-Tonga Trade Dialogue", None,
        id="no place carries into a paragraph opened by 'In other news,'"),
    pytest.param(
        "The 5th Chile-Tonga Consultations were held at the ministry in Nuku'alofa yesterday.\n\nMeanwhile, the deputy minister also attended the 3rd Peru-Tonga Trade Dialogue.",
        "3rd Peru-Tonga Trade Dialogue", None,
        id="no place carries into a paragraph opened by 'Meanwhile,'"),
    pytest.param(
        "President Lina Ortiz arrived in Suva on Monday for the Pacific Ocean Summit.\n\n"
        "She will speak at the opening ceremony and attend the Leaders Retreat.",
        "Leaders Retreat", ("Suva", "FJ"),
        id="the place still carries to an event of the next paragraph told at no other time"),
    pytest.param(
        "President Lina Ortiz will attend the Pacific Ocean Summit in Suva on 3 June.\n\n"
        "The chamber of commerce welcomed a decision to hold the 2nd Ocean Business Dialogue on the margins of "
        "the Island Leaders Meeting in September.",
        "2nd Ocean Business Dialogue", None,
        id="no place carries to an event whose sentence tells only another time"),
    pytest.param(
        "President Lina Ortiz will attend the Pacific Ocean Summit in Suva on 3 June.\n\n"
        "The chamber of commerce welcomed a decision to hold the 2nd Ocean Business Dialogue on the margins of "
        "the Island Leaders Meeting.",
        "2nd Ocean Business Dialogue", ("Suva", "FJ"),
        id="told at no time, it still takes the place told before"),
    pytest.param(
        "Senior officials met in Vientiane on 6 and 7 June.\n\nThe meetings, the Senior Officials Meeting and the "
        "14th Coordinating Council Working Group, reviewed the preparations for the 57th Foreign Ministers Meeting, "
        "scheduled from 24 to 28 July.",
        "14th Coordinating Council Working Group", ("Vientiane", "LA"),
        id="a date of another event introduced by a word of sequence tells no other time"),
]


@pytest.mark.parametrize("text, name, venue", CARRIED)
def test_places_carried_or_not(event_named, extract_text, text, name, venue):
    event = event_named(extract_text(text), name)
    assert (None if event.venue is None else (event.venue.city, event.venue.country)) == venue


LEADS = [
    pytest.param(
        "Prime Minister Sione Tupou on Sunday thanked the envoy of Japan for flood aid.\n\n"
        "The two will also attend the 9th Ocean Leaders Summit, which will be hosted by Tonga.",
        "9th Ocean Leaders Summit", (None, None),
        id="a lead's day told in the past is not the day of an event to come"),
    pytest.param(
        "Fisheries ministers met on Sunday in Suva to set quotas.\n\nThe 5th Tuna Commission Meeting agreed to "
        "cut catches.",
        "5th Tuna Commission Meeting", ("2025-06-01", "2025-06-01"),
        id="told in the same tense, the lead's day is the event's"),
]


@pytest.mark.parametrize("text, name, period", LEADS)
def test_lead_day_and_tense(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
