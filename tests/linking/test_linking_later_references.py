"""An event's period told by a later sentence that names it again by its head noun or by a word
of journey, beyond the paragraph of its first mention (wire copy writes one sentence a
paragraph): "In the two-day meeting, ...", "The meeting, which ..., will run from 2 to 4 June",
"She will make the trip from 8 to 10 September". Sentences written for these tests; published
date of every case: Monday 2 June 2025."""
import pytest


#: (text, event name, (start, end))
CASES = [
    pytest.param(
        "9th Island Water Ministers' Meeting opens today\n\n"
        "The 9th Island Water Ministers' Meeting opens today at the Civic Hall in Apia.\n\n"
        "The meeting, which is chaired by Minister Tala Sefo, will run from 2 to 4 June.",
        "9th Island Water Ministers' Meeting", ("2025-06-02", "2025-06-04"),
        id="a headline's day, the period told below of a later mention"),
    pytest.param(
        "The 4th Kenya-Ghana Joint Trade Committee Meeting opened in Nairobi today.\n\n"
        "Officials reviewed progress on earlier accords.\n\n"
        "In the two-day meeting, the sides expect to sign three agreements.",
        "4th Kenya-Ghana Joint Trade Committee Meeting", ("2025-06-02", None),
        id="a later 'the two-day meeting' is the same event; its length gives no end"),
    pytest.param(
        "The 4th Harbour Safety Forum opened in Suva today.\n\n"
        "Delegates praised the host.\n\n"
        "The 3-day forum is co-hosted by two port authorities.",
        "4th Harbour Safety Forum", ("2025-06-02", None),
        id="a digit length on a later 'the 3-day forum' gives no end either"),
    pytest.param(
        "President Ana Rios will make a state visit to Norway in September, her office said.\n\n"
        "She will make the trip from 8 to 10 September with three ministers.",
        "state visit to Norway", ("2025-09-08", "2025-09-10"),
        id="a journey named again as 'the trip' gives the days within its month"),
    pytest.param(
        "The 4th Harbour Safety Forum opened in Suva today.\n\n"
        "The 6th Reef Council Meeting is planned for July.\n\n"
        "In the three-day meeting, ministers will review fishing quotas.",
        "4th Harbour Safety Forum", ("2025-06-02", None),
        id="a later 'the three-day meeting' is the meeting named last, not the forum"),
    pytest.param(
        "The 4th Harbour Safety Forum opened in Suva today.\n\n"
        "Port officials said the harbour will close from 3 to 9 June for dredging.",
        "4th Harbour Safety Forum", ("2025-06-02", None),
        id="a period in a later sentence that does not name the event is not its"),
]


@pytest.mark.parametrize("text, name, period", CASES)
def test_later_reference_tells_the_period(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period


#: (text, the event named first, its (start, end), its venue city, the events of the record)
GENERIC_CASES = [
    pytest.param(
        "Health ministers will attend the 5th Island Water Security Conference. "
        "The meeting will be held in Nadi on 14 June.",
        "5th Island Water Security Conference", ("2025-06-14", "2025-06-14"), "Nadi",
        ["5th Island Water Security Conference"],
        id="a bare 'the meeting' names the conference named before it"),
    pytest.param(
        "Mayors from twelve islands will attend the Coastal Mayors Summit, the council said.\n\n"
        "The meeting will take place in Lautoka on 9 June.",
        "Coastal Mayors Summit", ("2025-06-09", "2025-06-09"), "Lautoka",
        ["Coastal Mayors Summit"],
        id="a later paragraph's 'the meeting' names the summit"),
    pytest.param(
        "Zambia will host the 6th Zambia-Malawi Joint Permanent Commission in July. "
        "The meeting will take place at the Mulungushi International Conference Centre in Lusaka.",
        "6th Zambia-Malawi Joint Permanent Commission", ("2025-07", "2025-07"), "Lusaka",
        ["6th Zambia-Malawi Joint Permanent Commission"],
        id="a numbered commission is a sitting: 'the meeting' names it"),
    pytest.param(
        "Minister Ana Rios began a state visit to Norway today. "
        "The meeting will be held in Oslo on 4 June.",
        "state visit to Norway", ("2025-06-02", None), None,
        ["state visit to Norway", "meeting"],
        id="a visit is no gathering: 'the meeting' stays an event of its own"),
]


@pytest.mark.parametrize("text, name, period, city, names", GENERIC_CASES)
def test_a_bare_meeting_names_the_gathering_before_it(event_named, extract_text, text, name, period, city, names):
    record = extract_text(text)
    event = event_named(record, name)
    assert (event.start, event.end) == period
    assert (event.venue.city if event.venue else None) == city
    assert [e.name for e in record.events] == names


@pytest.mark.parametrize("text, name", [
    ("The first session of the Peru-Chile Joint Trade Commission was held in Arica on Monday.\n\n"
     "Both sides welcomed the JTC meeting. The JTC meeting will close on Tuesday.",
     "first session of the Peru-Chile Joint Trade Commission"),
    ("The 3rd Andean Senior Officials Meeting opened in Quito on Monday. The SOM will close on Wednesday.",
     "3rd Andean Senior Officials Meeting"),
])
def test_initials_of_a_name_told_in_full_name_the_same_event(extract_text, text, name):
    events = extract_text(text).events
    assert [e.name for e in events] == [name]


def test_initials_of_two_names_tell_no_event_apart(extract_text):
    # "JTC" stands for the words of both names: it names neither
    text = ("The 4th Joint Trade Commission was held in Arica on Monday and the 2nd Joint Tourism Committee was "
            "held in Lima on Tuesday. The JTC meeting will close on Wednesday.")
    names = [e.name for e in extract_text(text).events]
    assert names == ["4th Joint Trade Commission", "2nd Joint Tourism Committee", "JTC meeting"]


@pytest.mark.parametrize("text, name", [
    # the body's words and a head noun the sitting's name does not write
    ("Peru will host the 7th Andean Council of Ministers: Fisheries on Thursday, 5 June 2025.\n"
     "The media may attend a briefing after the Council of Ministers meeting on Thursday.",
     "7th Andean Council of Ministers"),
    # a body named with a day, and the numbered session of it told after
    ("LIMA, June 2 -- The Andean Committee of Ministers on Monday decided to hold the second summit in Quito.\n"
     "At the beginning of the 99th session of the Committee of Ministers, Minister Ana Lopez spoke.",
     "99th session of the Committee of Ministers"),
])
def test_a_body_told_again_names_its_sitting(extract_text, text, name):
    names = [e.name for e in extract_text(text).events]
    assert name in names and not any("Council of Ministers meeting" == n or "Andean Committee of Ministers" == n for n in names)


def test_a_forum_beside_a_body_is_its_own(extract_text):
    # not a body's sitting: the head noun of the short form names another gathering
    text = ("Ministers gather in Lima for the Andean Ministers of Ports Roundtables starting tomorrow.\n"
            "Peru will also host the Andean Forum on Ports on 3 June.")
    assert len(extract_text(text).events) == 2


def test_a_short_form_before_an_earlier_edition_told_as_a_point_in_time(extract_text):
    text = ("The minister attended the Steering Committee meeting held yesterday at the Civic Hall in Quito. "
            "The present meeting is held after the 1st steering committee meeting held in March.")
    events = {e.name: e for e in extract_text(text).events}
    assert set(events) == {"Steering Committee meeting", "1st steering committee meeting"}
    assert events["1st steering committee meeting"].start == "2025-03"


def test_a_short_form_after_its_full_name_is_still_a_mention(extract_text):
    text = ("The 1st Steering Committee Meeting was held in Quito on Monday. "
            "Ministers said the Steering Committee Meeting was a success.")
    assert [e.name for e in extract_text(text).events] == ["1st Steering Committee Meeting"]
