"""Whose an official is, on shapes of press where the country was misread (FACTS.md): each
case a sentence written for these tests, with the country the text makes plain (None when it
tells none)."""
import pytest

CASES = [
    # a call received "from" a state's officer is no visit to that state
    ("Prime Minister Aroha Tane took a call from the President of the Republic of Korea, Park Min-ho, "
     "at her office this morning. She was joined by Trade Minister Ruka Wiremu.", "Ruka Wiremu", None),
    ("Chancellor Mira Holt received a telephone call from Kenya's President William Otieno on Monday. "
     "Economy Minister Paul Berg joined the call.", "Paul Berg", None),
    # a demonym before a portfolio noun is the field of the office, not its state
    ("The Director of American Affairs, Lucia Ferraz, will brief the committee on Monday.", "Lucia Ferraz", None),
    ("Undersecretary for Chinese Relations Jovan Petric met the delegation.", "Jovan Petric", None),
    # "its" refers to a body whose name holds a state's name, not to that state
    ("Speaker Tomas Vidal received members of the Chile-Peru Friendship League, led by its President "
     "Rosa Quispe.", "Rosa Quispe", None),
    # ... but a state named alone keeps "its" office
    ("Norway, which chairs the council this year, sent its State Secretary Ola Berge.", "Ola Berge", "NO"),
    # ... and so does a state's own organ named with it
    ("The Ghana Government delegation, led by its Finance Minister Kwesi Boateng, arrived in Lima on Monday.",
     "Kwesi Boateng", "GH"),
]


@pytest.mark.parametrize("text,name,country", CASES)
def test_official_country(extract_text, text, name, country):
    found = {o.name: o for o in extract_text(text).officials}
    assert name in found, list(found)
    assert found[name].country == country


def test_those_who_go_with_a_visitor_are_of_his_party(extract_text):
    # the visitor's party: escorted "by" a list, and the sender of the greetings he carries;
    # one office of the party tells its state, the host's officials keep theirs
    text = ("Minister of Trade Ana Kolo began an official visit to Peru on Monday. Minister Kolo conveyed "
            "greetings from His Excellency President Samuel Tovo to the Prime Minister of Peru, Luis Prado. "
            "Minister Kolo is accompanied by the Deputy Minister of Trade, Ms. Ema Vaka, and the Ambassador "
            "of Fiji to Chile, Mr. Josua Rai.")
    found = {o.name: o.country for o in extract_text(text).officials}
    assert found["Luis Prado"] == "PE"
    assert found["Josua Rai"] == "FJ"
    for name in ("Ana Kolo", "Samuel Tovo", "Ema Vaka"):
        assert found[name] == "FJ", (name, found)


def test_an_escorted_list_without_a_state_is_not_given_the_host(extract_text):
    text = ("Foreign Minister Ravi Menon arrived in Rabat on Sunday for talks with Moroccan officials. "
            "He was accompanied by Deputy Foreign Minister Sunil Rao.")
    found = {o.name: o.country for o in extract_text(text).officials}
    assert found["Sunil Rao"] != "MA"


@pytest.mark.parametrize("text,name,country", [
    # the state after a bare mention of the name, told before or after the office
    ("Leaders arriving for the summit include Hage Moyo of Namibia and Ana Lima of Côte D'Ivoire. "
     "Deputy Minister Joseph Tembo welcomed President Ana Lima at the airport.", "Ana Lima", "CI"),
    ("President Rui Tavares spoke first, before Prime Minister Lena Holm of Sweden and Chancellor Karl "
     "Weber of Austria. Delegates applauded when Rui Tavares (Cabo Verde) ended.", "Rui Tavares", "CV"),
    ("Prime Minister Elena Novak opened the forum with Foreign Minister Jan Berg of Norway and Trade "
     "Minister Ivo Kral of Czechia. Slovakia's Elena Novak later met investors.", "Elena Novak", "SK"),
])
def test_a_state_written_at_a_bare_mention_of_the_name(extract_text, text, name, country):
    found = {o.name: o.country for o in extract_text(text).officials}
    assert found[name] == country, found


@pytest.mark.parametrize("text,name,country", [
    # a state's officer who also chairs an international body keeps his state
    ("Samoa's Prime Minister and Chair of the Commonwealth, Tala Fuimaono, opened the session.", "Tala Fuimaono", "WS"),
    ("The Malaysian Prime Minister and ASEAN Chair Anwar Hamid will speak first.", "Anwar Hamid", "MY"),
    # ... an officer of the body alone serves none
    ("The Chairperson of the African Union Commission, Amina Diallo, opened the session.", "Amina Diallo", None),
])
def test_a_state_officer_who_chairs_a_body(extract_text, text, name, country):
    found = {o.name: o.country for o in extract_text(text).officials}
    assert found[name] == country, found


@pytest.mark.parametrize("text,name,country", [
    # a town right after "of" that ends the office is where it governs
    ("The Mayor of Rotterdam, Anouk de Vries, signed the pact with officials from Busan and Kobe.", "Anouk de Vries", "NL"),
    ("Lord Mayor of Melbourne Sally Capp hosted delegations from Osaka, Tianjin and Milan.", "Sally Capp", "AU"),
    # a town that opens a body's name tells nothing of the office's state
    ("The President of Nanyang Technological University, Professor Wen Li, spoke after delegates from Chile, Peru and Ghana.",
     "Wen Li", None),
])
def test_a_town_office(extract_text, text, name, country):
    found = {o.name: o.country for o in extract_text(text).officials}
    assert found[name] == country, found


def test_envoys_posted_to_a_state_make_it_the_host(extract_text):
    # no dateline: the state envoys are posted to is where the story happens, and whose the
    # minister receiving them is; the envoys keep their own
    text = ("Foreign Minister Amina Sule received the Ambassador of Brazil to Ghana, Paulo Mendes, on "
            "Monday. She also met the Indian High Commissioner to Ghana, Ravi Nair, and Ambassador to "
            "Ghana Lena Fischer.")
    found = {o.name: o.country for o in extract_text(text).officials}
    assert found["Amina Sule"] == "GH", found
    assert found["Paulo Mendes"] == "BR" and found["Ravi Nair"] == "IN"
    assert found["Lena Fischer"] != "GH"


@pytest.mark.parametrize("text,expected", [
    # a story filed at home about a trip abroad: those the visitor's party meets there are the host's
    ("NAIROBI, 3 May 2026 -- Cabinet Secretary Rose Wanjiku arrived in Washington on Monday for talks. "
     "On Tuesday, Ms. Wanjiku, accompanied by Principal Secretary Paul Otieno, met with Deputy Secretary "
     "Mark Ellis.", {"Rose Wanjiku": "KE", "Paul Otieno": "KE", "Mark Ellis": "US"}),
    ("ACCRA, 3 May 2026 -- Minister Kofi Asante arrived in Ottawa on Sunday. Minister Asante met with "
     "Deputy Minister Claire Roy on Monday to discuss trade.", {"Kofi Asante": "GH", "Claire Roy": "CA"}),
])
def test_those_a_visitor_meets_abroad_are_the_hosts(extract_text, text, expected):
    found = {o.name: o.country for o in extract_text(text).officials}
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize("text,not_a_person", [
    ("The President will attend an Ambassador Accreditation Ceremony at noon.", "Accreditation Ceremony"),
    ("Minister Ruth Okafor invited her Kenyan counterpart to the Lagos Maritime Dialogue.", "Dialogue"),
    ("The Governor Investment Forum opens on Friday in Kano.", "Investment Forum"),
])
def test_an_office_word_before_an_event_name_is_no_official(extract_text, text, not_a_person):
    names = [o.name for o in extract_text(text).officials]
    assert not any(not_a_person in name or name in not_a_person for name in names), names


@pytest.mark.parametrize("text,name,country", [
    # the states of a tour are no side of the story: the visitor serves the state named otherwise
    ("ALMATY, 3 May 2026 -- Foreign Minister Lina Haddad and her Kazakh counterpart Erlan Sadykov held "
     "talks on Monday. Haddad, on her first visit to Kazakhstan, will also travel to Mongolia. The minister "
     "is on a tour to Mongolia, China and Kazakhstan as part of Jordan's push east.", "Lina Haddad", "JO"),
    # a list of three states is no pair
    ("Trade Minister Ana Ruiz met her Peruvian counterpart Jorge Salas in Lima. Chile, Bolivia and Peru "
     "signed the pact.", "Ana Ruiz", None),
])
def test_the_sides_of_a_story(extract_text, text, name, country):
    found = {o.name: o.country for o in extract_text(text).officials}
    assert found[name] == country, found


def test_one_envoy_met_on_a_tour_does_not_make_his_post_the_host(extract_text):
    text = ("Governor Dana Price will lead a trade mission to Europe next week. She will visit Spain, "
            "Italy and Greece, and will meet Ambassador to Italy Mark Lane in Rome.")
    found = {o.name: o.country for o in extract_text(text).officials}
    assert found["Dana Price"] != "IT", found


def test_escorts_listed_before_the_verb_go_with_the_one_named_after(extract_text):
    text = ("NAIROBI, 3 May 2026 -- President Ana Lopes of Cabo Verde arrived here on Monday for a state visit. "
            "Foreign Minister Rui Semedo, Trade Minister Carla Tavares and senior officials are accompanying "
            "President Lopes during the visit. She was received by Deputy President Joseph Kamau.")
    found = {o.name: o.country for o in extract_text(text).officials}
    assert found["Rui Semedo"] == "CV" and found["Carla Tavares"] == "CV", found
    assert found["Joseph Kamau"] == "KE", found


def test_escorts_of_one_of_two_visitors_of_different_states_stay_unread(extract_text):
    text = ("The French President Luc Martin and the Japanese Foreign Minister Kenji Ito arrived in Colombo on "
            "Monday. Mr. Sato Ren, the Deputy Press Secretary, and Mr. Mori Aki, the Director General for Asia, "
            "were accompanying the Foreign Minister.")
    found = {o.name: o.country for o in extract_text(text).officials}
    assert found.get("Sato Ren") not in ("FR", "LK"), found


@pytest.mark.parametrize("text,name,country", [
    # escorted "by": the named official right before a passive verb of going along is whom his escorts go with
    ("LIMA, Peru - Ghana's Trade Minister Kofi Mensah Boateng and Peru's Foreign Minister Ana Lopez Diaz signed "
     "the accord on Monday. Minister Boateng was accompanied by High Commissioner Ama Serwaa Owusu and "
     "Trade Attache Yaw Darko.", "Yaw Darko", "GH"),
    ("OSLO - Kenya's Foreign Minister Amina Wanjiru and Norway's Foreign Minister Lars Dahl met on Monday. "
     "Minister Wanjiru, accompanied by Ambassador Peter Otieno, later toured the port.", "Peter Otieno", "KE"),
    ("OSLO - Kenya's Foreign Minister Amina Wanjiru and Norway's Foreign Minister Lars Dahl met on Monday. "
     "Minister Dahl will be joined by State Secretary Kari Holm.", "Kari Holm", "NO"),
    # "received by" is no going along: the host's
    ("OSLO - Kenya's Foreign Minister Amina Wanjiru arrived on Monday. Minister Wanjiru was received by "
     "State Secretary Kari Holm.", "Kari Holm", "NO"),
])
def test_escorts_of_a_named_official_serve_his_state(extract_text, text, name, country):
    found = {o.name: o for o in extract_text(text).officials}
    assert name in found, list(found)
    assert found[name].country == country
