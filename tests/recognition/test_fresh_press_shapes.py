"""Shapes of datelines, event names and venues met when reading fresh real press (agencies,
ministries, regional bodies), on sentences written for these tests."""
import pytest

from newsfacts.normalisation.events import event_ordinal, roman_ordinal
from newsfacts.recognition.dateline import find_dateline

DATELINES = [
    # an agency in brackets closes the dateline before the first word (no dash)
    ("Kampala, June 3 (UNA) Uganda's trade minister said on Monday.", "Kampala", "UG"),
    ("Rabat, 12 May 2026 (Maghreb Wire) The two kingdoms agreed.", "Rabat", "MA"),
    ("DILI (TLN) Timor-Leste's cabinet approved the plan.", "DILI", "TL"),
    ("DOHA, (QNA - Gulf Desk / Morning Edition - 3rd May, 2026) Qatar's emir received the envoy.", "DOHA", "QA"),
    # a dated line of its own above the story
    ("Lilongwe, 4 June 2026\n\nThe Council of Ministers opened its session.", "Lilongwe", "MW"),
    ("Trade talks resume\nVIENTIANE, March 9, 2026\nThe two delegations met.", "VIENTIANE", "LA"),
    # a distributor's name between slashes after a dash
    ("GABORONE, Botswana, May 2, 2026,-/Regional Press Agency (RPA)/- The summit opened.", "GABORONE", "BW"),
    # the country in square brackets
    ("Colombo [Sri Lanka], July 7 (ANI): The talks ended.", "Colombo", "LK"),
]


@pytest.mark.parametrize("text,place,country", DATELINES)
def test_dateline_shapes(text, place, country):
    found = find_dateline(text)
    assert found is not None
    assert text[found.start:found.end] == place and found.info.country == country


@pytest.mark.parametrize("text", [
    "Minister Ali (Finance) The budget was passed.",            # a bracket that is no agency
    "Nairobi (Kenya) The cabinet met on Monday.",               # nor is a country without a date
    "Lima, the capital\nThe cabinet met.",                      # a line without a date goes on
])
def test_no_dateline_in_these_shapes(text):
    assert find_dateline(text) is None


def test_a_dated_line_of_its_own_gives_the_date(extract_text):
    record = extract_text("Maseru, 8 April 2026\n\nMinisters met today in Maseru.", published=None)
    assert record.published == "2026-04-08"
    assert record.dateline.name == "Maseru"


@pytest.mark.parametrize("word,value", [("XV", 15), ("IV", 4), ("XLIII", 43), ("LXXXIX", 89), ("IIII", None),
                                        ("LC", None), ("CC", None), ("VV", None), ("IX", 9)])
def test_roman_ordinals(word, value):
    assert roman_ordinal(word) == value


def test_a_roman_numeral_opening_an_event_name_is_its_ordinal():
    assert event_ordinal("XII Meeting of the Andean Council") == 12
    assert event_ordinal("MICE Forum") is None
    assert event_ordinal("IV") is None  # alone it names nothing


EVENTS = [
    # a year inside a capitalised name does not cut it
    ("Some 900 delegates met in Suva for the 12th Blue Ocean 2026 Forum from 3 to 5 June.",
     [("12th Blue Ocean 2026 Forum", 12)]),
    ("The Expo 2030 Investment Summit opened in Riyadh on Monday.", [("Expo 2030 Investment Summit", None)]),
    # a Roman numeral opening the name numbers it
    ("Leaders closed the VII Summit of the Andean Alliance in Quito on Friday.",
     [("VII Summit of the Andean Alliance", 7)]),
    # a day after "on the" is no part of the name ...
    ("The Council opened its 61st Ordinary Session on the 9th of March 2026 in Lome, Togo.",
     [("61st Ordinary Session", 61)]),
    # ... but a capitalised name after an ordinal is
    ("Ministers attended the Forum on the 4th Industrial Revolution in Kigali on Monday.",
     [("Forum on the 4th Industrial Revolution", 4)]),
    # a capitalised compound ordinal after "and"
    ("It follows the 9th Session of the Joint Board and Thirty-second Session of the Trade Council in Apia on 4 May.",
     [("9th Session of the Joint Board", 9), ("Thirty-second Session of the Trade Council", 32)]),
]


@pytest.mark.parametrize("text,want", EVENTS)
def test_event_names_and_ordinals(extract_text, text, want):
    assert [(e.name, e.ordinal) for e in extract_text(text).events] == want


@pytest.mark.parametrize("text,name", [
    # a word ordinal counting a person's visits does not hide the visit
    ("The Chilean minister will make her first official visit to Ghana on 4 May.", "official visit to Ghana"),
    ("The Kenyan trade secretary will pay his second state visit to Peru from 3 to 6 June.", "state visit to Peru"),
    # "on visit to" without an article
    ("The acting ministers are on visit to Nepal from 2-4 June with their delegations.", "visit to Nepal"),
])
def test_visits(extract_text, text, name):
    assert [e.name for e in extract_text(text).events] == [name]


def test_it_was_her_first_visit_is_no_event(extract_text):
    assert extract_text("It was her first visit, the minister said.").events == []


def test_a_two_word_short_form_is_the_event_it_abbreviates(extract_text):
    record = extract_text("The minister will attend the Nordic Energy Ministers' Retreat (NEM Retreat) in Bergen, "
                          "Norway, on 3 May. At the NEM Retreat, ministers will review the grid plan.")
    assert [(e.name, e.acronym) for e in record.events] == [("Nordic Energy Ministers' Retreat", "NEM Retreat")]
    assert len(record.events[0].mentions) == 2


VENUES = [
    # a building after its city's possessive is in that city
    ("Delegates gathered at Accra's Osu Castle Conference Centre on Tuesday for the forum.",
     [("Osu Castle Conference Centre", "Accra", "GH")]),
    ("The summit will be held at Manila's Harbour View Hotel from 3 to 5 May.",
     [("Harbour View Hotel", "Manila", "PH")]),
    # a city's possessive before a lowercase noun is the city
    ("The talks took place in Nairobi's business district on Monday.", [("Nairobi", "Nairobi", "KE")]),
]


@pytest.mark.parametrize("text,want", VENUES)
def test_venues_after_a_city_possessive(extract_text, text, want):
    assert [(v.name, v.city, v.country) for v in extract_text(text).venues] == want


def test_hard_wrapped_lines_are_one_sentence(extract_text):
    text = ("KINGSTOWN, 4 May 2026 -- The 14th meeting of the Eastern Caribbean Trade Council\n"
            "opened at Government House on Monday, and delegates from nine islands are expected\n"
            "to adopt the work plan of the Council before the closing session on Wednesday.\n")
    record = extract_text(text, published=None)
    assert [e.name for e in record.events] == ["14th meeting of the Eastern Caribbean Trade Council"]
    assert [v.name for v in record.venues] == ["Government House"]
    assert record.events[0].venue is not None and record.events[0].venue.name == "Government House"


def test_a_headline_line_stays_a_sentence_of_its_own(nlp):
    from newsfacts.api import make_doc

    doc = nlp(make_doc(nlp, "Ministers Agree Trade Pact\nThe ministers agreed a pact.\nthe end", id="x"))
    assert [s.text.strip() for s in doc.sents][:2] == ["Ministers Agree Trade Pact", "The ministers agreed a pact."]


@pytest.mark.parametrize("text,place", [
    ("BISHKEK. KABAR Today the cabinet approved the plan.", "BISHKEK"),   # an agency in capitals, no dash
    ("MINSK. BELTA The two delegations met.", "MINSK"),
])
def test_dateline_closed_by_a_wire_name(text, place):
    found = find_dateline(text)
    assert found is not None and text[found.start:found.end] == place


def test_a_wire_name_needs_a_sentence_after_it():
    assert find_dateline("BISHKEK. KABAR reports nothing") is None


@pytest.mark.parametrize("text,town", [
    # a town the gazetteer lacks, after a verb of opening or beginning and "in"
    ("The 12th session of the Council will open in Tebbarat on 5 March.", "Tebbarat"),
    ("The regional conference began in Wadi Halfan on Sunday.", "Wadi Halfan"),
    # ... or right after the event's head
    ("The 3rd Desert Water Summit in Tebbarat closed on Friday.", "Tebbarat"),
])
def test_unknown_towns_after_an_event(extract_text, text, town):
    assert [v.name for v in extract_text(text).venues] == [town]


@pytest.mark.parametrize("text", [
    # a body's name that ends "in <Region>" is no event before "in"
    "Delegates of the Commission for Cooperation in Eastasia met on Monday.",
    "The session opened in Tetum and English on Monday.",
])
def test_no_unknown_town(extract_text, text):
    assert extract_text(text).venues == []


@pytest.mark.parametrize("text,want", [
    # a congress is a body: an event when numbered or said to meet ...
    ("The 9th Party Congress of the Andean Left opened in Quito on Monday.", ["9th Party Congress of the Andean Left"]),
    ("The Congress of Island Mayors will meet in Apia on 3 May.", ["Congress of Island Mayors"]),
    # ... not a party or an association named by it
    # (the meeting told by its verb, with its place and day, is an event; the party in it is none)
    ("He met the leader of the opposition party (Coastal Congress), Ana Diaz, in Lima on Monday.",
     ["meeting with the leader of the opposition party (Coastal Congress), Ana Diaz"]),
    ("She chairs the World Karakalpak Congress, which has members in 30 countries.", []),
])
def test_congress_is_a_body(extract_text, text, want):
    assert [e.name for e in extract_text(text).events] == want


@pytest.mark.parametrize("text,want", [
    # a name and adjectives before a lowercase head, after an article
    ("A joint statement was issued at the end of the one-day SADC ministerial meeting in Gaborone.",
     [("SADC ministerial meeting", None)]),
    ("Leaders gathered for an IGAD extraordinary summit in Djibouti on Sunday.", [("IGAD extraordinary summit", None)]),
    # ... not a verb between a name and the head
    ("The Foreign Minister held talks in Doha on Sunday.", [("talks in Doha", None)]),
    # the series after a bracketed acronym is part of the name
    ("The 27th Coral Forum, part of the 41st Coral Foreign Ministers Meeting (CFMM) and Related Meetings, "
     "closed in Suva on Saturday.",
     [("27th Coral Forum", 27), ("41st Coral Foreign Ministers Meeting and Related Meetings", 41)]),
])
def test_named_by_adjectives_and_series(extract_text, text, want):
    assert [(e.name, e.ordinal) for e in extract_text(text).events] == want


def test_the_series_keeps_its_acronym(extract_text):
    record = extract_text("Ministers attended the 41st Coral Foreign Ministers Meeting (CFMM) and Related Meetings in Suva.")
    assert [e.acronym for e in record.events] == ["CFMM"]


@pytest.mark.parametrize("text,want", [
    # a body's own building keeps its lowercase word; a category word does not
    ("The council opened at the ECOWAS headquarters in Abuja on Monday.", [("ECOWAS headquarters", "Abuja", "NG")]),
    ("The summit opened at the Riverside convention centre in Accra on Monday.", [("Riverside", "Accra", "GH")]),
    # the city a country's name or demonym owns
    ("Delegates are arriving in Ghana's capital Accra to attend the 9th Ordinary Session of the Council.",
     [("Accra", "Accra", "GH")]),
    ("The 9th Ordinary Session of the Council will be held in the Ghanaian capital, Accra, on 4 May.",
     [("Accra", "Accra", "GH")]),
    # ... and without a city after it, the country
    ("The summit will be held in Ghana's capital on 4 May.", [("Ghana", None, "GH")]),
])
def test_owned_buildings_and_capitals(extract_text, text, want):
    assert [(v.name, v.city, v.country) for v in extract_text(text).venues] == want


def test_an_adjective_after_a_numeral_ordinal(extract_text):
    record = extract_text("Ministers met ahead of the 36th ordinary Session of the Andean Assembly in Quito on 4 May.")
    assert [(e.name, e.ordinal) for e in record.events] == [("36th ordinary Session of the Andean Assembly", 36)]


def test_a_city_after_a_settlement_of_a_country(extract_text):
    record = extract_text("The ministers will hold talks in Chile's port city of Valparaiso later this month.")
    assert [(v.name, v.city, v.country) for v in record.venues] == [("Valparaiso", "Valparaíso", "CL")]


@pytest.mark.parametrize("text,name", [
    ("The minister held talks with his Samoan counterpart at the Ministry of Trade on Monday. "
     "He later hosted a lunch for the delegation at the Ministry.", "Ministry of Trade"),
    ("Talks were held at the Harbourside Hotel in Apia on Monday. Delegates later attended a reception "
     "at the Hotel.", "Harbourside Hotel"),
])
def test_a_building_named_again_by_one_word_is_one_venue(extract_text, text, name):
    # (a town written after the building is its city, no venue of its own unless named alone elsewhere)
    assert [v.name for v in extract_text(text).venues if v.name == name or v.city != v.name] == [name]
    assert len(extract_text(text).venues[0].mentions) == 2


def test_their_three_day_summit_refers_back(extract_text):
    record = extract_text("The 8th Andean Leaders Summit opened in Cusco on Tuesday. Leaders will review the trade "
                          "plan during their three-day summit.")
    assert [e.name for e in record.events] == ["8th Andean Leaders Summit"]


def test_his_three_day_visit_is_an_event(extract_text):
    record = extract_text("The Chilean minister began his three-day visit to Ghana on Tuesday.")
    assert [e.name for e in record.events] == ["three-day visit to Ghana"]


@pytest.mark.parametrize("text,place", [
    # the rarer shapes right after the "date" header line of the input
    ("date 2026-05-04 4 May, Thimphu: The 7th session of the council opened.", "Thimphu"),
    ("date 2026-05-04 BNA – Manama\nThe cabinet met.", "Manama"),
    # a full stop and a dash after the date
    ("Montevideo, May 4.- On Monday, the council met.", "Montevideo"),
])
def test_more_dateline_shapes(text, place):
    found = find_dateline(text)
    assert found is not None and text[found.start:found.end] == place


def test_a_numbered_session_of_a_named_meeting_is_the_event(extract_text):
    record = extract_text("The 21st session of the Coral Sea Senior Officials' Meeting opened in Honiara today.")
    assert [(e.name, e.ordinal) for e in record.events] == [
        ("21st session of the Coral Sea Senior Officials' Meeting", 21)]


def test_a_part_of_a_named_meeting_is_not(extract_text):
    record = extract_text("The opening session of the 21st Coral Sea Summit was held in Honiara today.")
    assert [e.name for e in record.events] == ["21st Coral Sea Summit"]


def test_an_unknown_town_with_a_particle(extract_text):
    record = extract_text("The forum was held in Vila dos Pescadores on Friday.")
    assert [v.name for v in record.venues] == ["Vila dos Pescadores"]


@pytest.mark.parametrize("text", [
    "QUITO (EFE) The Fourth Summit of Andean Leaders began on Wednesday.",
    "Quito, May 4 (EFE),-- The Fourth Summit of Andean Leaders began on Wednesday.",
])
def test_no_event_name_begins_inside_the_dateline(extract_text, text):
    assert [(e.name, e.ordinal) for e in extract_text(text).events] == [("Fourth Summit of Andean Leaders", 4)]


def test_a_country_possessive_before_an_organisation_is_no_building(extract_text):
    record = extract_text("The minister will make an official visit to Chile on Friday, according to Peru's "
                          "Foreign Ministry spokeswoman.")
    assert [v.name for v in record.venues] == ["Chile"]


@pytest.mark.parametrize("text,want", [
    # two countries joined by a spaced dash open one name
    ("The second Ghana – Togo Joint Ministerial Commission meeting ended in Lome, Togo.",
     [("second Ghana – Togo Joint Ministerial Commission meeting", 2)]),
    ("The 5th Chile – Peru Joint Commission (JC) will open in Lima on Monday.", [("5th Chile – Peru Joint Commission", 5)]),
    # an acronym in mixed case before a signing ceremony
    ("The two presidents witnessed the MoU signing ceremony at State House in Accra on Monday.",
     [("MoU signing ceremony", None)]),
])
def test_country_pairs_and_signing_ceremonies(extract_text, text, want):
    assert [(e.name, e.ordinal) for e in extract_text(text).events] == want


@pytest.mark.parametrize("text,place", [
    # a place in capitals after a photo caption on the same line
    ("The envoys met at the palace. Photo: Staff/Ana Diaz PHNOM PENH – The two ministers signed the plan.", "PHNOM PENH"),
    ("date 2026-05-04 The forum is chaired by the minister. Photo Tran Van Minh HÀ NỘI – The forum adopted a plan.",
     "HÀ NỘI"),
])
def test_a_dateline_in_capitals_after_a_caption(text, place):
    found = find_dateline(text)
    assert found is not None and text[found.start:found.end] == place


@pytest.mark.parametrize("text", [
    "The summit opened in Bangkok – Thailand said it was ready.",   # not in capitals
    "Leaders met on Monday. The UN – The body said nothing.",       # no city
])
def test_no_dateline_in_capitals(text):
    assert find_dateline(text) is None


@pytest.mark.parametrize("text,place", [
    # the time of posting and a bar before the place
    ("Agency\n\nTalks set for May\n\n14:20 | Quito, Apr. 3.\n\nEcuador's president will meet his counterpart.", "Quito"),
    # a country and a colon opening a headline, a city's dateline below it
    ("Ghana: Accra to host trade fair\n\n09:10 | Accra, May 2.\n\nThe fair opens next week.", "Accra"),
    # ... but a country's dateline alone stays
    ("GHANA: The ministry said the fair opens next week.", "GHANA"),
])
def test_time_first_and_country_headlines(text, place):
    found = find_dateline(text)
    assert found is not None and text[found.start:found.end] == place


def test_the_meetings_of_a_numbered_session_are_that_session(extract_text):
    record = extract_text("Ghana signed two accords during the meetings of the twenty-first session of the "
                          "Ghana-Togo Joint Committee in Lome from 1 to 2 May.")
    assert [(e.name, e.ordinal) for e in record.events] == [
        ("twenty-first session of the Ghana-Togo Joint Committee", 21)]


def test_a_slash_between_two_words_of_a_name(extract_text):
    record = extract_text("The 12th Session of the Andean Ministers of Trade/Industry will be held in Quito on 4 May.")
    assert [(e.name, e.ordinal) for e in record.events] == [
        ("12th Session of the Andean Ministers of Trade/Industry", 12)]


def test_a_numbered_edition_names_its_event_over_the_bare_series(extract_text):
    record = extract_text("The premier attended the 41st Coral Sea Forum meeting for the first time. His first "
                          "bilateral talks took place at the margins of the Coral Sea Forum in Honiara on Tuesday.")
    named = [(e.name, e.ordinal) for e in record.events if "Coral" in e.name]
    assert named == [("41st Coral Sea Forum meeting", 41)]


@pytest.mark.parametrize("text,name", [
    # a date or a place opening the sentence sets off no apposition
    ("On 3 March 2026, a meeting of the Ministers of Energy of the Andean countries was held in Cusco.",
     "meeting of the Ministers of Energy of the Andean countries"),
    ("In Cusco, a meeting of the Ministers of Energy was held on Monday.", "meeting of the Ministers of Energy"),
])
def test_a_described_meeting_after_an_opening_date_or_place(extract_text, text, name):
    assert [e.name for e in extract_text(text).events] == [name]


def test_an_apposition_after_a_named_event_is_that_event(extract_text):
    record = extract_text("The ministers attended the 9th Andean Summit, a high-level meeting in Cusco.")
    assert [e.name for e in record.events] == ["9th Andean Summit"]
