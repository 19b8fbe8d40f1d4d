"""An event's place and days told away from its name: a later bare "the meeting" beyond the
paragraph names the gathering named before it, whatever its head; a town of the country the
event is placed in, named in the same sentence or by that later "the meeting", is its place.
Sentences written for these tests; published date of every case: Monday 2 June 2025."""
import pytest


def _venue(event):
    return (event.venue.city, event.venue.country) if event.venue else None


#: (text, event name, (start, end), (venue city, venue country))
CASES = [
    pytest.param(
        "LUSAKA - Zambia will host the 7th Session of the Zambia-Botswana Joint Permanent Commission "
        "this week.\n\n"
        "A ministry spokesperson said on Friday that the two sides will review twenty accords.\n\n"
        "The meeting is expected to take place on Thursday in Livingstone.",
        "7th Session of the Zambia-Botswana Joint Permanent Commission", ("2025-06-05", "2025-06-05"),
        ("Livingstone", "ZM"),
        id="a bare 'the meeting' two paragraphs on names the session: its day and town"),
    pytest.param(
        "Peru will host the 3rd Andean Fisheries Council in August, officials said.\n\n"
        "Delegates from four countries are expected.\n\n"
        "The meeting will be held in Cusco.",
        "3rd Andean Fisheries Council", ("2025-08", "2025-08"), ("Cusco", "PE"),
        id="a council is a gathering too: the later meeting's town refines the country"),
    pytest.param(
        "The 2nd Coastal Towns Forum opened in Kenya today.\n\n"
        "Mayors praised the organisers.\n\n"
        "The meeting of the county executives will take place in Mombasa on 9 June.",
        "2nd Coastal Towns Forum", ("2025-06-02", None), (None, "KE"),
        id="'the meeting of' someone names another meeting: the forum keeps its country"),
    pytest.param(
        "The 5th Lake Basin Commission Meeting opened in Kampala today.\n\n"
        "Delegates reviewed the water quotas.\n\n"
        "The meeting ended with accords to be signed at the Heads of State Retreat set for 20 June.",
        "5th Lake Basin Commission Meeting", ("2025-06-02", None), ("Kampala", "UG"),
        id="the day after another name in the later sentence is that occasion's"),
    pytest.param(
        "The first Ghana-Togo joint cabinet meeting has ended with eight accords signed.\n\n"
        "Praised by both sides, the Friday gathering opened in the morning in the Togolese city of Kara.",
        "first Ghana-Togo joint cabinet meeting", ("2025-05-30", "2025-05-30"), ("Kara", "TG"),
        id="'the Friday gathering' names the meeting: its day and town"),
    pytest.param(
        "The 3rd Andean Water Forum closed on Friday.\n\n"
        "Officials said the gathering will be held in Cusco next year.",
        "3rd Andean Water Forum", (None, "2025-05-30"), None,
        id="negative: 'the gathering' told at another time is another edition: no place"),
    pytest.param(
        "The minister left Hanoi for Laos to attend the regional meeting of water ministers in Luang Prabang.",
        "regional meeting of water ministers", (None, None), ("Luang Prabang", "LA"),
        id="a town of the country in the same sentence is the meeting's place"),
    pytest.param(
        "Indonesia will host the 9th Archipelago Ports Summit in Makassar in October.",
        "9th Archipelago Ports Summit", ("2025-10", "2025-10"), ("Makassar", "ID"),
        id="the host country and its town: the town"),
    pytest.param(
        "The minister arrived in Chile on Sunday for a state visit, and will travel on to Peru's capital.",
        "state visit", None, (None, "CL"),
        id="a town of another country is no refinement"),
]


@pytest.mark.parametrize("text, name, period, venue", CASES)
def test_place_and_days_told_elsewhere(event_named, extract_text, text, name, period, venue):
    event = event_named(extract_text(text), name)
    if period is not None:  # (None: the case is about the place only)
        assert (event.start, event.end) == period
    assert _venue(event) == venue


#: (text, event name, (start, end)): "on the same day", "later in the day", "the following day"
#: date an event by the single day told last before its sentence (the day after it).
SAME_DAY_CASES = [
    pytest.param(
        "The trade envoy landed in Lilongwe on 28 May. On the same day, he held a working meeting "
        "with the Malawian Minister of Trade.",
        "working meeting with the Malawian Minister of Trade", ("2025-05-28", "2025-05-28"),
        id="on the same day: the day told in the sentence before"),
    pytest.param(
        "HONIARA, June 2 -- The Prime Minister opened the new wharf on Friday.\n\n"
        "Officials from three provinces attended.\n\n"
        "Later in the day, he held talks with the visiting Governor-General of Tuvalu.",
        "talks with the visiting Governor-General of Tuvalu", ("2025-05-30", "2025-05-30"),
        id="later in the day, two paragraphs on: the day told last before"),
    pytest.param(
        "The delegation toured the port of Mindelo on 20 May. The following day, the two ministers "
        "held consultations with port authorities.",
        "consultations", ("2025-05-21", "2025-05-21"),
        id="the following day: the day after the one told before"),
    pytest.param(
        "The river envoy left Lome on 2 May. The envoy will meet the Minister of Ports on 30 May, "
        "prior to taking part in the Gulf Harbours Ministerial Meeting the following day.",
        "Gulf Harbours Ministerial Meeting", ("2025-05-31", "2025-05-31"),
        id="the following day in a sentence that tells a day before it: the day after that one"),
    pytest.param(
        "Ministers met in Apia from 12 to 14 May. Later that day, the chair held a briefing "
        "meeting with the donors.",
        "briefing meeting with the donors", ("2025-05-12", "2025-05-14"),
        id="a period is no single day to refer to: the gathering told before gives its period"),
]


@pytest.mark.parametrize("text, name, period", SAME_DAY_CASES)
def test_same_day_dates_the_event(extract_text, text, name, period):
    events = {e.name: e for e in extract_text(text).events}
    if period is None:
        assert name not in events or (events[name].start, events[name].end) == (None, None)
    else:
        assert name in events, list(events)
        assert (events[name].start, events[name].end) == period


#: (text, event name, (start, end)): an event told on the opening (first) or last day of another
#: occasion takes that occasion's start (or end).
OTHER_DAY_CASES = [
    pytest.param(
        "The 9th Caribbean Water Summit will be held in Castries from 14 to 16 July.\n\n"
        "On the opening day, environment ministers will hold the Caribbean Drought Council Meeting.",
        "Caribbean Drought Council Meeting", ("2025-07-14", "2025-07-14"),
        id="on the opening day: the start of the occasion named before"),
    pytest.param(
        "Malawi hosted the fourth session of the Joint Permanent Commission with Zambia in Lilongwe "
        "from 26 to 28 May. The Ministerial Meeting took place on the final day of the Session.",
        "Ministerial Meeting", ("2025-05-28", "2025-05-28"),
        id="on the final day of the Session: the end of the session named before"),
    pytest.param(
        "The 9th Caribbean Water Summit will be held in Castries from 14 to 16 July. "
        "The Caribbean Drought Council Meeting will be held on the first day of the Pacific Water Week.",
        "Caribbean Drought Council Meeting", (None, None),
        id="negative: the first day of an occasion not named as an event tells nothing"),
]


@pytest.mark.parametrize("text, name, period", OTHER_DAY_CASES)
def test_day_of_another_occasion(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period


#: (text, journey name, (start, end)): a journey named in a relative clause that closes the
#: sentence ("..., who is in Lima on a working visit.") is under way; the day told outside the
#: clause is the talks', not the journey's.
CLOSING_CLAUSE_CASES = [
    pytest.param(
        "On 4 March, the Prime Minister received the Speaker of the Senate of Chad, who is in Niamey "
        "on an official visit.",
        "official visit", (None, None),
        id="a fronted day and a closing relative clause"),
    pytest.param(
        "The minister held talks with her Fijian counterpart on Tuesday, who is on a three-day visit "
        "to Samoa; the two signed a fisheries accord.",
        "three-day visit to Samoa", (None, None),
        id="a clause ended by a semicolon, as before"),
    pytest.param(
        "The Speaker of the Senate of Chad, who began an official visit to Niger on 4 March, met the Prime Minister.",
        "official visit to Niger", ("2025-03-04", None),
        id="negative: the day inside the clause is the journey's"),
]


@pytest.mark.parametrize("text, name, period", CLOSING_CLAUSE_CASES)
def test_journey_in_a_closing_clause(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period


#: (text, [(event name, venue city)]): the lead that places a series of meetings in a country
#: and names its town gives the town; a period of that sentence that holds each meeting's own
#: carries the town to every meeting of the series told after it.
SERIES_CASES = [
    pytest.param(
        "ACCRA, March 10 -- Ministers will travel to Togo for regional meetings in Kara between March 14 "
        "and 17. The 12th Trade Committee Meeting will be held on March 14-15, and the 9th Customs "
        "Council Meeting will be held on March 16.",
        [("12th Trade Committee Meeting", "Kara"), ("9th Customs Council Meeting", "Kara")],
        id="a country gone to and the town of the meetings in one lead"),
    pytest.param(
        "Ministers will attend a series of regional meetings in Kara between March 14 and 17.\n\n"
        "The 12th Trade Committee Meeting will be held on March 14-15. "
        "The 9th Customs Council Meeting will be held on March 16.",
        [("12th Trade Committee Meeting", "Kara"), ("9th Customs Council Meeting", "Kara")],
        id="the series' period carries its town to each meeting"),
]


@pytest.mark.parametrize("text, expected", SERIES_CASES)
def test_series_of_meetings_in_a_town(event_named, extract_text, text, expected):
    record = extract_text(text, published="2016-03-10")
    assert [(name, (event_named(record, name).venue or None) and event_named(record, name).venue.city)
            for name, _ in expected] == expected
