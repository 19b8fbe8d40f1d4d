"""Described events of session 16: a meeting between both sides named by a count ("between the two
governments"), a head coordinated after an introduced one ("a tete-a-tete and bilateral meeting"),
a counted signing after "followed by", an acronym naming a gathering with no article ("ahead of
APEC meeting"), the coming edition someone attends on a told day, lengths written without a hyphen,
a visit planned for a day, a described head held in a place on a day, credentials presented or
received, places listed after a visit's verb; and no event in a road's name, an officer's body or a
visit described by a copula in a clause. Sentences written for these tests."""
import pytest


def _names(extract_text, text):
    return [e.name for e in extract_text(text).events]


@pytest.mark.parametrize("text,name,start", [
    ("The accord was signed during the bilateral meeting between the two governments on 4 June 2024.",
     "bilateral meeting between the two governments", "2024-06-04"),
    ("Trade was reviewed at the meeting between the two neighbouring countries in Quito on 3 March 2025.",
     "meeting between the two neighbouring countries", "2025-03-03"),
])
def test_a_meeting_between_both_sides_named_by_a_count(extract_text, text, name, start):
    events = extract_text(text).events
    assert [e.name for e in events] == [name]
    assert events[0].start == start


@pytest.mark.parametrize("text", [
    "The envoys discussed trade at the bilateral meeting between the two governments.",  # neither day nor place
    "The accord was signed during the meeting between the two on 4 June 2024.",  # no noun names the sides
])
def test_no_meeting_between_sides_without_a_noun_or_a_day(extract_text, text):
    assert not any(n.startswith("meeting between") or n.startswith("bilateral meeting") for n in _names(extract_text, text))


def test_a_head_coordinated_after_an_introduced_one_and_a_counted_signing_in_sequence(extract_text):
    text = ("The premier spoke to reporters after a tete-a-tete and bilateral meeting with her Kenyan counterpart "
            "Ana Lopez followed by signing of several instruments at the Blue House in Lusaka.")
    events = extract_text(text).events
    assert [e.name for e in events] == [
        "tete-a-tete", "bilateral meeting with her Kenyan counterpart Ana Lopez", "signing of several instruments"]
    assert all(e.venue is not None and e.venue.city == "Lusaka" for e in events)


@pytest.mark.parametrize("text", [
    "The premier welcomed the signing of several instruments.",  # no ceremony reported
    "He discussed a visit and bilateral cooperation in Lusaka on Monday.",  # no head after "and"
])
def test_no_signing_or_second_head_without_their_shape(extract_text, text):
    assert not any(n.startswith("signing") or "cooperation" in n for n in _names(extract_text, text))


@pytest.mark.parametrize("text,name", [
    ("In the lead up to APEC meeting in Peru, the government signed seven agreements.", "APEC meeting in Peru"),
    ("The envoy discussed next year's NATO summit in Warsaw with reporters.", "NATO summit in Warsaw"),
])
def test_an_acronym_names_a_gathering_with_no_article(extract_text, text, name):
    assert _names(extract_text, text) == [name]


@pytest.mark.parametrize("text", [
    "He spoke to CNN meeting reporters in Lima on Monday.",  # the head modifies a noun
    "The OECD meeting room in Paris was full on Monday.",
])
def test_no_acronym_gathering_before_a_noun(extract_text, text):
    assert _names(extract_text, text) == []


def test_the_coming_edition_attended_on_a_told_day(extract_text):
    events = extract_text("On August 9, he will attend the next consultative meeting of the leaders of Andean states.").events
    assert [e.name for e in events] == ["consultative meeting of the leaders"]
    assert events[0].start == "2025-08-09"


@pytest.mark.parametrize("text", [
    "He will attend the next consultative meeting of the leaders of Andean states.",  # no day, no place
    "He attended the last consultative meeting of the leaders in Lima.",  # an earlier edition
])
def test_no_coming_edition_without_a_day_or_when_past(extract_text, text):
    assert _names(extract_text, text) == []


@pytest.mark.parametrize("text,name", [
    ("The Premier began a three day state visit to Peru on Monday.", "three day state visit to Peru"),
    ("The Premier of Tonga returned home after a successful two week visit to Peru.",
     "successful two week visit to Peru"),
])
def test_a_length_written_without_its_hyphen_modifies_a_visit(extract_text, text, name):
    assert _names(extract_text, text) == [name]


def test_a_visit_planned_for_a_day(extract_text):
    events = extract_text("The ministry said a visit planned for Friday by Chile's President Ana Lopez has been postponed.").events
    assert [e.name for e in events] == ["visit"] and events[0].start == "2025-05-30"


def test_a_described_head_held_in_a_place_on_a_day_is_the_one_told_before(extract_text):
    text = ("Minister Ana Lopez spoke after the recent ministerial forum between the two countries. She said the "
            "ministerial forum held in Lima on 6 April agreed on a twinning plan.")
    events = extract_text(text).events
    assert len(events) == 1 and events[0].start == "2025-04-06" and events[0].venue.city == "Lima"


def test_a_head_held_in_a_place_needs_a_modifier(extract_text):
    assert _names(extract_text, "Lopez said the meeting held in Lima on Monday went well.") == []


@pytest.mark.parametrize("text,name", [
    ("The new Ambassador of Chile, Tomas Vidal, presented his credentials to President Ana Lopez at the State "
     "House in Lima on Monday.", "presented his credentials to President Ana Lopez"),
    ("Ambassador Tomas Vidal presented his letters of credence to President Ana Lopez in Lima on Monday.",
     "presented his letters of credence to President Ana Lopez"),
    ("President Ana Lopez on Monday received letters of credence from five new ambassadors in Lima.",
     "received letters of credence"),
    ("The Emir received a copy of the credentials of Ambassador Ana Lopez in Doha on Sunday.",
     "received a copy of the credentials of Ambassador Ana Lopez"),
])
def test_credentials_presented_or_received(extract_text, text, name):
    assert _names(extract_text, text) == [name]


@pytest.mark.parametrize("text", [
    "The ambassador will present his credentials later.",  # neither day nor place
    "His credentials were received with interest.",
])
def test_no_credentials_without_a_day_or_a_place(extract_text, text):
    assert _names(extract_text, text) == []


@pytest.mark.parametrize("text,names", [
    # two places: one visit to each (``EventRecognizer._split_destinations``)
    ("President Ana Lopez visited Lima and Cusco on Monday and Tuesday.", ["visit to Lima", "visit to Cusco"]),
    # three or more: one journey
    ("President Ana Lopez visited Lima, Cusco and Arequipa from 3 to 5 May.", ["visit to Lima, Cusco and Arequipa"]),
])
def test_places_listed_after_a_visits_verb(extract_text, text, names):
    assert _names(extract_text, text) == names


def test_no_place_list_with_a_person_in_it(extract_text):
    # (the visit to Lima, its place told, is one; the person is no place of it)
    names = _names(extract_text, "President Ana Lopez visited Lima and President Tomas Vidal on Monday.")
    assert not any("Vidal" in n for n in names), names


@pytest.mark.parametrize("text", [
    "The construction of the Lima-Cusco Summit highway was agreed in Lima on Monday.",
    "The Lima-Cusco Summit road will be built in Peru next year.",
    "Mr Ana Lopez, president of Peru-Chile Cultural and Economic Forum (PCCEF), said this in Lima on Monday.",
    "Pointing out that it was President Lopez's first foreign visit after the election, the minister spoke in Lima.",
])
def test_no_event_in_a_roads_name_an_officers_body_or_a_visit_described(extract_text, text):
    assert _names(extract_text, text) == []


@pytest.mark.parametrize("text,name", [
    # an ordinal numbers the edition the office presides over
    ("He was elected President of the 12th Andean Forum in Lima.", "12th Andean Forum"),
    # not in a clause: the visit told gives the journey its place
    ("This is the Minister's first official visit to Oman since taking office in May.", "official visit to Oman"),
])
def test_still_events(extract_text, text, name):
    assert name in _names(extract_text, text)


@pytest.mark.parametrize("text,name", [
    ("President Ana Lopez yesterday received at the Palace in Lima a delegation from the Andean Bank.",
     "meeting with a delegation from the Andean Bank"),
    ("President Ana Lopez received a delegation from the Andean Bank in Lima on Monday.",
     "meeting with a delegation from the Andean Bank"),
])
def test_a_delegation_received_past_adverbials_of_time_and_place(extract_text, text, name):
    assert _names(extract_text, text) == [name]


def test_no_delegation_received_after_other_words(extract_text):
    assert _names(extract_text, "President Ana Lopez received praise from a delegation in Lima on Monday.") == []


@pytest.mark.parametrize("text,name", [
    ("On arrival at the Palace in Paris on Monday, President Ana Lopez inspected a guard of honour at the start of "
     "an elaborate State reception ceremony.", "elaborate State reception ceremony"),
    ("The ministers held a productive Andean trade meeting in Lima on Monday.", "productive Andean trade meeting in Lima"),
])
def test_lowercase_adjectives_before_a_capitalised_compound_after_an_article(extract_text, text, name):
    assert _names(extract_text, text) == [name]
