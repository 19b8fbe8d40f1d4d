"""Dates and places of descriptive events (session 32, lane evl32): a passive relative clause of
signing ("the Memorandum which was signed in March 2021") tells of the document, not of an event
named before it. Sentences written for these tests; published date of every case: Monday 2 June 2025."""
import pytest


#: (text, event name, (start, end), venue as (city, country) or None)
CASES = [
    pytest.param(
        "Foreign Secretary Tom Reid has arrived in Fiji on an official visit. The purpose of this visit is to hold "
        "the first bilateral consultations between the two ministries, as provided under the Memorandum of "
        "Understanding on Consultations which was signed between Fiji and Tonga in March 2021.",
        "first bilateral consultations", (None, None), (None, "FJ"),
        id="a passive relative clause of signing dates the document, not the consultations before it"),
    pytest.param(
        "The two ministers held talks in Apia on the accord that had been signed in Suva in 2019.",
        "talks in Apia", (None, None), ("Apia", "WS"),
        id="'that had been signed in Suva' gives the talks neither its place nor its year"),
    pytest.param(
        "The trade pact was signed at the 4th Andean Water Council in Lima on 3 May.",
        "4th Andean Water Council", ("2025-05-03", "2025-05-03"), ("Lima", "PE"),
        id="a plain passive of signing at the event still dates it"),
]


@pytest.mark.parametrize("text, name, period, venue", CASES)
def test_descriptive_dates_and_places(event_named, extract_text, text, name, period, venue):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
    assert (None if event.venue is None else (event.venue.city, event.venue.country)) == venue


#: (text, event name, (start, end), venue country): a visit named by its country before the head,
#: after an owner and a length ("his three-day India visit", "the minister's Kenya visit")
OWNED_VISITS = [
    pytest.param("During his three-day Kenya visit in March, the minister signed two agreements.",
                 "three-day Kenya visit", ("2025-03", "2025-03"), "KE", id="owner, length, country, visit"),
    pytest.param("The minister's Kenya visit in March led to two agreements.",
                 "Kenya visit", ("2025-03", "2025-03"), "KE", id="a possessive owner before the country"),
]


@pytest.mark.parametrize("text, name, period, country", OWNED_VISITS)
def test_owned_country_visits(event_named, extract_text, text, name, period, country):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
    assert event.venue is not None and event.venue.country == country


def test_owned_length_before_a_meeting_is_no_visit(extract_text):
    # a length and capitals after an owner name a visit only: "his two-day Tokyo forum" is not one
    record = extract_text("He spoke about his two-day Tokyo forum in March.")
    assert not any(e.name.endswith("Tokyo forum") for e in record.events)


#: (text, event name, (start, end), venue as (city, country) or None): a journey that "after" (and
#: "concluding") introduces is over before what is told next; its place does not carry on
DONE_JOURNEYS = [
    pytest.param(
        "Foreign Minister Ana Rios arrived in Tashkent on Saturday after a two-day visit to Kyrgyzstan. She will "
        "hold a meeting with President Ali Karimov on Sunday.",
        "meeting with President Ali Karimov", ("2025-06-08", "2025-06-08"), None,
        id="a visit told after 'after' lends its country to no later meeting"),
    pytest.param(
        "Foreign Minister Ana Rios arrived in Tashkent on Saturday after a two-day visit to Kyrgyzstan.",
        "two-day visit to Kyrgyzstan", (None, "2025-05-31"), (None, "KG"),
        id="the day of the arrival after it is the day the visit was over by, not its start"),
    pytest.param(
        "Foreign Minister Ana Rios arrived in Bishkek on Saturday for a two-day visit to Kyrgyzstan. She will "
        "hold a meeting with President Ali Karimov on Sunday.",
        "meeting with President Ali Karimov", ("2025-06-08", "2025-06-08"), (None, "KG"),
        id="but a visit begun by the arrival still places what follows"),
]


@pytest.mark.parametrize("text, name, period, venue", DONE_JOURNEYS)
def test_journeys_done_before(event_named, extract_text, text, name, period, venue):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
    assert (None if event.venue is None else (event.venue.city, event.venue.country)) == venue


#: (text, event name, (start, end)): the day of a saying told right before "during"/"at" the event
#: is the event's; an arrival told in a later sentence in the journey's country begins the journey
DAYS = [
    pytest.param(
        "Speaking on Monday during a bilateral meeting at the Government Palace, President Ana Rios said trade had "
        "grown.",
        "bilateral meeting", ("2025-06-02", "2025-06-02"), id="speaking on a day during the meeting dates it"),
    pytest.param(
        "Speaking on Monday about the bilateral meeting held in Lima last month, President Ana Rios said trade had "
        "grown.",
        "bilateral meeting", ("2025-05", "2025-05"), id="but not a meeting spoken about"),
    pytest.param(
        "French President Tom Reid has arrived in Kenya for a two-day State visit. He arrived in Nairobi on "
        "Wednesday afternoon and proceeded to State House.",
        "two-day State visit", ("2025-05-28", None), id="an arrival in a town of the journey's country begins it"),
    pytest.param(
        "French President Tom Reid is on a two-day State visit to Kenya. He arrived in Kampala on Wednesday "
        "afternoon.",
        "two-day State visit to Kenya", (None, None), id="an arrival in another country does not"),
]


@pytest.mark.parametrize("text, name, period", DAYS)
def test_days_of_sayings_and_arrivals(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period


def test_a_visit_of_an_earlier_year_told_by_its_verb_is_another(extract_text):
    # the story's visit has no time of its own; the one "visited ... in 1998" is another, earlier one
    record = extract_text(
        "Fiji's Prime Minister Tom Reid arrived in New Zealand on Monday for his first official visit in a quarter "
        "of a century. \"Reid officially visited New Zealand in 1998, and we look forward to welcoming him here "
        "once again,\" the minister said. While in New Zealand, Reid will undertake engagements in Auckland and "
        "Wellington, including a ceremonial visit to the National War Memorial.", published="2023-06-06")
    periods = {e.name: (e.start, e.end) for e in record.events}
    assert periods.get("official visit") == ("2023-06-05", None)
    assert periods.get("ceremonial visit to the National War Memorial") == (None, None)
    assert ("1998", "1998") in periods.values()


def test_a_visit_of_the_same_year_told_by_its_verb_is_the_same(extract_text):
    record = extract_text(
        "President Ana Rios is on an official visit to Peru. Rios visited Peru in June, the ministry said.",
        published="2025-06-20")
    assert len([e for e in record.events if "visit" in e.name]) == 1


#: (text, event name, venue as (city, country)): a building's city is the dateline's when the body
#: names that city (FACTS.md: "lies in a city that the text names"), or says the event is "here"
DATELINE_CITIES = [
    pytest.param(
        "SUVA: The visiting minister arrived on Sunday at the international airport in Suva. She paid a courtesy "
        "call on President Tom Reid at the State House on Monday.",
        "courtesy call on President Tom Reid", ("Suva", "FJ"),
        id="a city the body names elsewhere locates a building of the dateline's city"),
    pytest.param(
        "SUVA: The visiting minister arrived on Sunday. She paid a courtesy call on President Tom Reid at the "
        "State House on Monday.",
        "courtesy call on President Tom Reid", (None, "FJ"),
        id="a city told only by the dateline does not locate a building"),
    pytest.param(
        "SUVA: The minister paid a courtesy call on President Tom Reid at the State House on Monday. She had "
        "arrived at the airport in Suva on Sunday.",
        "courtesy call on President Tom Reid", ("Suva", "FJ"),
        id="the lead the dateline opens is located by it when the body names the city"),
    pytest.param(
        "SUVA: The visiting minister arrived on Sunday. She paid a courtesy call on President Tom Reid at the "
        "State House in Suva on Monday.",
        "courtesy call on President Tom Reid", ("Suva", "FJ"),
        id="the building's own sentence names its town"),
]


@pytest.mark.parametrize("text, name, venue", DATELINE_CITIES)
def test_dateline_cities_of_buildings(event_named, extract_text, text, name, venue):
    event = event_named(extract_text(text), name)
    assert event.venue is not None and (event.venue.city, event.venue.country) == venue


@pytest.mark.parametrize("text, name, period", [
    pytest.param("Governor Ana Rios met President Tom Reid in Abuja to brief him on the grazing law which is "
                 "expected to take effect next month.", "meeting with President Tom Reid", (None, None),
                 id="'which' right after a noun opens that noun's clause, comma or not"),
    pytest.param("Governor Ana Rios attended the meeting which took place in Abuja on 3 May.",
                 "meeting", ("2025-05-03", "2025-05-03"), id="but not after the event itself"),
])
def test_relative_clauses_of_other_nouns(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period


#: (text, event name, (start, end)): a journey framing its sentence is not dated by what happens
#: during it (docs/annotating.md 4), whether the frame is a comma-less "who" clause, "In the course
#: of her visit," or a headline telling another gathering's day
FRAMES = [
    pytest.param(
        "KATHMANDU: Secretary-General Ana Rios who is currently in Nepal in the course of her four-day official "
        "visit is holding high-level meetings today.",
        "four-day official visit", (None, None), id="a comma-less 'who' clause ends where the main verb begins"),
    pytest.param(
        "Foreign Minister Ana Rios arrived in Nepal on a four-day official visit. In the course of her visit, she "
        "will travel to Pokhara on Friday.",
        "four-day official visit", (None, None), id="'In the course of her visit,' frames the next sentence"),
    pytest.param(
        "During his three-day visit to Fiji, the minister toured the port on Tuesday.",
        "three-day visit to Fiji", (None, None), id="a day past the frame's comma is not the journey's"),
    pytest.param(
        "During his visit to Fiji from 3 to 5 May, the minister will tour the port.",
        "visit to Fiji", ("2025-05-03", "2025-05-05"), id="but a period inside the frame is"),
    pytest.param(
        "UN chief to hold high-level meetings today\n\nKATHMANDU: Secretary-General Ana Rios, who is on a "
        "four-day official visit to Nepal, will meet leaders of the parties.",
        "four-day official visit to Nepal", (None, None), id="a headline's day of meetings is not the journey's"),
]


@pytest.mark.parametrize("text, name, period", FRAMES)
def test_journey_frames(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period


def test_a_hard_wrapped_line_keeps_its_visit(extract_text):
    record = extract_text("Foreign Minister Ana Rios paid a\ntwo-day working visit to Tbilisi on 7-8 June.")
    assert [(e.name, e.start, e.end) for e in record.events] == [
        ("two-day working visit to Tbilisi", "2025-06-07", "2025-06-08")]


def test_someones_journey_of_another_time_is_another(extract_text):
    record = extract_text(
        "Foreign Minister Ana Rios paid a two-day working visit to Tbilisi on 7-8 June. The stone was laid during "
        "President Tom Reid's official visit to Tbilisi in September 2024.")
    periods = sorted((e.start, e.end) for e in record.events if "visit" in e.name)
    assert periods == [("2024-09", "2024-09"), ("2025-06-07", "2025-06-08")]


def test_an_also_sentence_tells_another_doing(event_named, extract_text):
    record = extract_text("The two foreign ministers held talks in Lima on Monday. The minister also visited Cusco "
                          "and toured a museum.")
    event = event_named(record, "talks in Lima")
    assert (event.venue.city, event.venue.country) == ("Lima", "PE")
    record = extract_text("The two foreign ministers held talks on Monday. The minister also visited Cusco and toured "
                          "a museum.")
    assert not any(e.venue is not None and e.venue.city == "Cusco" for e in record.events if "talks" in e.name)


def test_talks_dated_where_the_text_retells_them(extract_text):
    record = extract_text(
        "President Ana Rios paid an official visit to Japan from 27 to 30 May. During the visit, the two leaders "
        "attended a welcoming ceremony, held talks and witnessed the signing of documents.\n\nThe visit marks fifty "
        "years of relations.\n\nThe leaders agreed to upgrade relations at the talks on 27 May.")
    assert ("2025-05-27", "2025-05-27") in [(e.start, e.end) for e in record.events if e.name == "talks"]


@pytest.mark.parametrize("text, name, period", [
    pytest.param("President Ana Rios arrived in Kenya on Thursday and held bilateral talks with her Kenyan counterpart.",
                 "bilateral talks with her Kenyan counterpart", ("2025-05-29", "2025-05-29"),
                 id="the day of an arrival 'and' joins to the talks is theirs"),
    pytest.param("President Ana Rios arrived in Lima on Monday to attend the 5th Andean Summit.",
                 "5th Andean Summit", (None, None), id="not the day of an arrival to attend something"),
])
def test_arrived_and_held(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period


def test_no_place_carried_from_an_event_told_only_as_prepared_for(event_named, extract_text):
    record = extract_text(
        "Foreign Minister Ana Rios discusses with her Kenyan counterpart the preparations for the second session of "
        "the Joint Committee in Nairobi\n\nToday, Foreign Minister Ana Rios met with the Foreign Minister of Kenya, "
        "Tom Reid, on the sidelines of the 42nd session of the Executive Council of the African Union.")
    event = event_named(record, "42nd session of the Executive Council of the African Union")
    assert event.venue is None or event.venue.city != "Nairobi"


@pytest.mark.parametrize("text, name, period", [
    pytest.param("Both sides will work on the road map signed in February 2020 through mechanisms like the Defence "
                 "Policy Dialogue.", "Defence Policy Dialogue", (None, None),
                 id="a signing clause's date is not an event's named after it"),
    pytest.param("Both sides will work on the 'Road map for Defence Cooperation' signed in February 2020 through "
                 "mechanisms like the Defence Policy Dialogue.", "Defence Policy Dialogue", (None, None),
                 id="nor after a quoted document's name"),
    pytest.param("The road map signed on 3 May at the 5th Andean Summit in Lima was praised.",
                 "5th Andean Summit", ("2025-05-03", "2025-05-03"), id="but signed at the event, it is the event's"),
])
def test_signing_clauses(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period


def test_a_title_naming_two_visits_holds_them_not_together(extract_text):
    record = extract_text(
        "Two-Day Visit to Accra and Lome.\n\nThe press office informs the public that President Tom Reid will pay "
        "a two-day visit to Accra and Lome on Tuesday, 3 June 2025.")
    venues = sorted((e.venue.city, e.venue.country) for e in record.events if e.venue is not None)
    assert venues == [("Accra", "GH"), ("Lomé", "TG")] or venues == [("Accra", "GH"), ("Lome", "TG")], \
        [(e.name, e.venue) for e in record.events]
    assert len(record.events) == 2


def test_a_quoted_document_signed_in_a_relative_clause(event_named, extract_text):
    record = extract_text(
        "Foreign Secretary Tom Reid has arrived in Fiji on an official visit. The purpose of this visit is to hold "
        "the first bilateral consultations, as stipulated under the 'Memorandum of Understanding on Consultations' "
        "which was signed between Fiji and Tonga in March 2021.")
    event = event_named(record, "first bilateral consultations")
    assert (event.start, event.end) == (None, None)


def test_a_journey_told_by_its_verb_in_another_year_than_the_first_mention(extract_text):
    record = extract_text(
        "Fiji's new Prime Minister Tom Reid is visiting New Zealand this week for his first visit since winning last "
        "year's election. Reid visited New Zealand in 1998.", published="2023-06-05")
    periods = sorted(((e.start or ""), (e.end or "")) for e in record.events if "visit" in e.name)
    assert ("1998", "1998") in periods and len(periods) == 2
