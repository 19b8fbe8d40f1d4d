"""Events and their attributes on shapes seen in fresh press (session 13), on sentences written
for these tests: a place that a "where" clause about the event follows with no comma; a place
after a closed clause about a person ("met X, who is ..., during a stopover in Y"); a place a
journey told right after it is made to ("who arrived in Y on an official visit"); one journey
told twice over the same days; courtesy calls received; an ordinal before "edition of"; a
building word before an event's head; an embassy's town; "at the same venue"; a hotel chain's name with its city. Published date of every case: Monday 2 June 2025."""
import pytest


def _venue(event):
    return None if event.venue is None else (event.venue.city, event.venue.country)


#: (text, event name, (start, end), venue as (city, country) or None)
CASES = [
    pytest.param(
        "Minister Ana Poe arrived in Lima from Bolivia where she held talks with President Luis Arce.",
        "talks with President Luis Arce", (None, None), (None, "BO"),
        id="a place right before where owns the event of the clause"),
    pytest.param(
        "Earlier, Minister Ana Poe met her Chilean counterpart Ian Roe, who is also the deputy prime minister of "
        "his country, during a brief stopover in Santiago.",
        "meeting with her Chilean counterpart Ian Roe", (None, None), ("Santiago", "CL"),
        id="a closed clause about a person does not stop the cue before the place"),
    pytest.param(
        "The 4th Coastal Trade Conference opened in Suva on Monday, said the envoy, who arrived in Tonga on an "
        "official visit.",
        "official visit", (None, None), (None, "TO"),
        id="the place of an arrival is the journey's told right after it"),
    pytest.param(
        "The Speaker today received three courtesy calls from foreign envoys at the Parliament House in Apia.",
        "courtesy calls", ("2025-06-02", "2025-06-02"), ("Apia", "WS"),
        id="courtesy calls received, a count of them told"),
    pytest.param(
        "The fifth edition of the Pacific Energy Forum will be held in Suva from 3 to 5 June.",
        "fifth edition of the Pacific Energy Forum", ("2025-06-03", "2025-06-05"), ("Suva", "FJ"),
        id="an ordinal before edition of opens the name"),
    pytest.param(
        "The minister held talks with the staff at Peru's Embassy in Apia on Monday.",
        "talks", ("2025-06-02", "2025-06-02"), ("Apia", "WS"),
        id="an embassy stands where the town after it is, not in its owner's country"),
    pytest.param(
        "The 5th Pacific Energy Forum opens on 3 June at the Grand Pacific Hall in Suva. It will run alongside "
        "the Pacific Trade Ministers Meeting, which takes place at the same venue from 2 to 6 June.",
        "Pacific Trade Ministers Meeting", ("2025-06-02", "2025-06-06"), ("Suva", "FJ"),
        id="at the same venue is where the place last told is"),
    pytest.param(
        "The 3rd Pacific Ports Forum was held at Hilton Suva Harbour on Monday.",
        "3rd Pacific Ports Forum", ("2025-06-02", "2025-06-02"), ("Suva", "FJ"),
        id="a city inside a hotel chain's name is where the hotel stands"),
    pytest.param(
        "The first National Hotel and Tourism Conference opened in Apia today.",
        "first National Hotel and Tourism Conference", ("2025-06-02", None), ("Apia", "WS"),
        id="a building word before the head is inside an event's name"),
]


@pytest.mark.parametrize("text, name, period, venue", CASES)
def test_event_attributes(event_named, extract_text, text, name, period, venue):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
    assert _venue(event) == venue


@pytest.mark.parametrize("text, names", [
    pytest.param("The ministry received 300 calls from citizens in Suva on Monday.", [],
                 id="calls counted but named by no modifier are no visit"),
    pytest.param("The leaders met at the International Conference Centre in Suva today to discuss trade.", [],
                 id="a building word after the head names a building"),
    pytest.param("Ministers honoured the officers, who drowned in Lake Kivu last year.", [],
                 id="an open clause about people still stops the cue"),
])
def test_no_event(extract_text, text, names):
    assert [e.name for e in extract_text(text).events] == names


def test_a_journey_told_twice_over_the_same_days_is_one(extract_text):
    record = extract_text("Minister Ana Poe arrived in Apia on Thursday on a three-day visit. According to the "
                          "ministry, her visit to Samoa from 5 to 7 June is the first by a minister of Peru.",
                          published="2025-06-05")
    visits = [e for e in record.events if "visit" in e.name]
    assert len(visits) == 1, [e.name for e in record.events]
    assert (visits[0].start, visits[0].end) == ("2025-06-05", "2025-06-07")


def test_journeys_over_other_days_stay_apart(extract_text):
    record = extract_text("Minister Ana Poe is on a three-day visit to Samoa from 5 to 7 June. She will pay a "
                          "visit to Tonga from 9 to 10 June.", published="2025-06-05")
    assert len([e for e in record.events if "visit" in e.name]) == 2, [e.name for e in record.events]


def test_a_meeting_told_here_with_a_party(event_named, extract_text):
    record = extract_text("SUVA, June 2 - Prime Minister Ana Poe met here with Peruvian Foreign Minister Luis Vega "
                          "on Monday.")
    event = event_named(record, "meeting with Peruvian Foreign Minister Luis Vega")
    assert (event.start, _venue(event)) == ("2025-06-02", ("Suva", "FJ"))


def test_a_later_departure_is_no_start_of_the_journey(extract_text):
    record = extract_text("Minister Ana Poe, who is leading a delegation on a two-day visit to Samoa, said this in "
                          "Apia. Highlights of the visit would be the signing of an accord. They would leave for Tonga "
                          "on Wednesday.")
    visit = next(e for e in record.events if "visit" in e.name)
    assert visit.start is None


@pytest.mark.parametrize("text, name, period, venue", [
    pytest.param("Speaking at the 5th Pacific Ports Forum, the minister recalled the accord signed on 3 May 2019 in "
                 "Suva.", "5th Pacific Ports Forum", (None, None), None,
                 id="the day and place of a document's signing told after its noun are not the event's"),
    pytest.param("The accord was signed on Monday at the 4th Pacific Ports Forum in Suva.",
                 "4th Pacific Ports Forum", ("2025-06-02", "2025-06-02"), ("Suva", "FJ"),
                 id="a passive signing's day is the event's it is signed at"),
    pytest.param("The two ministers signed the accord on Monday at the 4th Pacific Ports Forum in Suva.",
                 "4th Pacific Ports Forum", ("2025-06-02", "2025-06-02"), ("Suva", "FJ"),
                 id="an active signing's day too"),
])
def test_signed_clauses(event_named, extract_text, text, name, period, venue):
    event = event_named(extract_text(text), name)
    assert ((event.start, event.end), _venue(event)) == (period, venue)


def test_a_host_keeps_its_event_when_another_is_placed_after_it(event_named, extract_text):
    record = extract_text("Tonga will host the next Pacific Ports Forum in 2027, Minister Ana Poe told the 5th Pacific "
                          "Ports Forum in Apia on Monday.")
    assert _venue(event_named(record, "Pacific Ports Forum")) == (None, "TO")
    assert _venue(event_named(record, "5th Pacific Ports Forum")) == ("Apia", "WS")


@pytest.mark.parametrize("text, names", [
    pytest.param("Minister Ana Poe will hold her bilateral meeting on Thursday in Suva.", ["bilateral meeting"],
                 id="a possessive, a modifier and when or where after the head tell an occasion"),
    pytest.param("Minister Ana Poe said her meeting was useful.", [],
                 id="a bare possessive head still refers back"),
])
def test_possessive_descriptions(extract_text, text, names):
    assert [e.name for e in extract_text(text).events] == names


@pytest.mark.parametrize("text, name, period", [
    pytest.param("Registration for the 3rd Pacific Water Conference was set to close on 20 May. Ministers will meet "
                 "at the conference from 1 to 3 July in Lima.", "3rd Pacific Water Conference", ("2025-07-01", "2025-07-03"),
                 id="a registration's deadline is not the event's day"),
    pytest.param("Registration for the 3rd Pacific Water Conference closes on 20 May, and the conference runs from "
                 "1 to 3 July in Lima.", "3rd Pacific Water Conference", ("2025-07-01", "2025-07-03"),
                 id="the clause after ', and' speaks of the event again"),
    pytest.param("The deadline for the 3rd Pacific Water Conference is 20 May.", "3rd Pacific Water Conference",
                 (None, None), id="a deadline for the event"),
    pytest.param("The 3rd Pacific Water Conference will be held on 20 May.", "3rd Pacific Water Conference",
                 ("2025-05-20", "2025-05-20"), id="no noun of taking part: the event's day"),
])
def test_deadlines(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
