"""An official's state read from the list he stands in: a delegation "made up of" its members,
officials "representing" a state or listed "from" it, offices coordinated after one of a told
state, and officers of regional bodies written out in full (no state). Sentences written for
these tests."""
import pytest


def _countries(extract_text, text):
    return [(o.name, o.country) for o in extract_text(text).officials]


@pytest.mark.parametrize("text,expected", [
    # a delegation "made up of" / "composed of" its members: each listed member serves its state
    ("The Peruvian delegation is also made up of the director general for Asia, Rosa Quispe; the head "
     "of protocol, Marco Salas; and the ambassador of Peru in Bolivia, Elena Ruiz.",
     [("Rosa Quispe", "PE"), ("Marco Salas", "PE"), ("Elena Ruiz", "PE")]),
    ("The Ghanaian delegation was composed of Deputy Minister Kwesi Amoako and Ambassador Abena Ofori.",
     [("Kwesi Amoako", "GH"), ("Abena Ofori", "GH")]),
    # "representing <State>" after an official or the list he opens
    ("The commission was joined by Foreign Minister Ana Torres and Defence Minister Luis Gil, "
     "representing Uruguay, on the second day.", [("Ana Torres", "UY"), ("Luis Gil", "UY")]),
    ("Ambassador Marta Blanco, representing the Government of Spain, laid a wreath.", [("Marta Blanco", "ES")]),
    # "..., from <State>" after a list
    ("The panel heard Minister of Trade Kofi Boateng and Minister of Energy Ama Owusu, from Ghana.",
     [("Kofi Boateng", "GH"), ("Ama Owusu", "GH")]),
])
def test_the_state_of_a_listed_official(extract_text, text, expected):
    assert _countries(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The envoy will call on Egyptian President Karim Fahmy, along with Foreign Minister Omar Said and "
     "Defence Minister Hani Adel.", [("Karim Fahmy", "EG"), ("Omar Said", "EG"), ("Hani Adel", "EG")]),
    # the same office twice is held for two states: the second tells none
    ("A joint letter was signed by Polish Foreign Minister Anna Nowak and Federal Foreign Minister Klaus Weber.",
     [("Anna Nowak", "PL"), ("Klaus Weber", None)]),
])
def test_an_office_coordinated_after_one_of_a_told_state(extract_text, text, expected):
    assert _countries(extract_text, text) == expected


def test_an_envoy_and_the_official_after_him_are_of_two_sides(extract_text):
    text = "Nepal's Ambassador to Qatar, Hari Thapa, and Labour Secretary Ram Karki attended the fair."
    found = dict(_countries(extract_text, text))
    assert found["Hari Thapa"] == "NP" and found["Ram Karki"] != "NP"


@pytest.mark.parametrize("text,name", [
    ("DOHA, 3 May 2026 -- Dr. Salim Nasser Al-Harbi, Secretary General of the Gulf Cooperation Council, "
     "met the Qatari Minister of State Ali Al-Kuwari.", "Salim Nasser Al-Harbi"),
    ("The Secretary-General of the Organisation of Islamic Cooperation, Hamid Opeloye, opened the session.",
     "Hamid Opeloye"),
    ("LONDON, 3 May 2026 -- Commonwealth Secretary-General Grace Mensah met the British minister.", "Grace Mensah"),
    ("The Secretary General of the Economic Community of Central African States, Gilberto Veríssimo, "
     "arrived in Libreville.", "Gilberto Veríssimo"),
    ("LUSAKA, 3 May 2026 -- Speeches were made by the Zambian President and the President of the African "
     "Commission, Amadou Diallo.", "Amadou Diallo"),
])
def test_officers_of_regional_bodies_serve_no_state(extract_text, text, name):
    found = {o.name: o for o in extract_text(text).officials}
    assert found[name].country is None


def test_who_stands_in_for_an_official_serves_his_state(extract_text):
    text = ("HONIARA, 3 May 2026 -- Solomon Islands Prime Minister Ana Kenilorea opened the talks. Tongan Prime "
            "Minister Sione Fifita is abroad. Fifita will be represented by Deputy Prime Minister Tevita Lavemaau "
            "and Trade Minister Mele Taufa.")
    found = dict(_countries(extract_text, text))
    assert found["Tevita Lavemaau"] == "TO" and found["Mele Taufa"] == "TO"
    assert found["Ana Kenilorea"] == "SB"


def test_a_stand_in_for_an_official_of_no_told_state_takes_none_from_him(extract_text):
    text = "The Secretary-General of the United Nations, Maria Rossi, will be represented by Deputy Envoy Karl Lind."
    found = {o.name: o for o in extract_text(text).officials}
    assert found["Maria Rossi"].country is None and found["Karl Lind"].country is None


@pytest.mark.parametrize("text,name,country", [
    # "the head of <Demonym> diplomacy": the foreign minister of that state, as French-speaking press writes
    ("He later received the head of Gabonese diplomacy, Regis Onanga, at the ministry.", "Regis Onanga", "GA"),
    ("The head of Togolese diplomacy Robert Dussey opened the forum.", "Robert Dussey", "TG"),
])
def test_the_head_of_a_states_diplomacy(extract_text, text, name, country):
    found = {o.name: o for o in extract_text(text).officials}
    assert list(found) == [name]
    assert found[name].country == country
