"""Officials in shapes that press from many places writes and the rules once missed: styles and
abbreviated offices before a name, an office word inside a name, offices listed one after
another, portfolio lists closed by a serial comma, and plural offices whose holders are listed
"respectively". Every sentence is written for these tests."""
import pytest


def _found(extract_text, text):
    return {o.name: o for o in extract_text(text).officials}


@pytest.mark.parametrize("text,name,honorifics", [
    # "Rt. Hon." abbreviated is an honorific, after an office with its state as after an office alone
    ("The note was signed by Prime Minister of Malta Rt. Hon. Carmel Vella on Friday.",
     "Carmel Vella", ["Rt Hon"]),
    ("Deputy Speaker Rt Hon Ana Kolo thanked the members.", "Ana Kolo", ["Rt Hon"]),
    # religious styles of West African and South Asian press, alone and before another style
    ("The Vice President, Alhaji Dr Musa Garba, will deputise for him.", "Musa Garba", ["Alhaji", "Dr"]),
    ("The team includes Alhaj Karim Wardak, Acting Minister of Mines.", "Karim Wardak", ["Alhaj"]),
    ("H.E. Mawlawi Abdul Haq Samadi, Minister of Education, opened the school.",
     "Abdul Haq Samadi", ["H.E.", "Mawlawi"]),
    # a form of address is no part of the name, and no honorific
    ("She met her Omani counterpart His Highness Sayyid Fahd bin Salim in Muscat.",
     "Fahd bin Salim", ["Sayyid"]),
    # an army rank joined by a hyphen
    ("The Bahraini Minister of Interior Lieutenant-General Rashid bin Ali Al-Khalifa spoke.",
     "Rashid bin Ali Al-Khalifa", ["Lieutenant-General"]),
    ("Works Minister Engr. Dauda Bello inspected the bridge.", "Dauda Bello", ["Engr"]),
])
def test_styles_before_a_name(extract_text, text, name, honorifics):
    found = _found(extract_text, text)
    assert list(found) == [name]
    assert found[name].honorifics == honorifics


@pytest.mark.parametrize("text,expected", [
    ("Estonian FM Kadri Tamm signed the protocol with Latvian FM Janis Ozols in Riga.",
     [("Kadri Tamm", "FM", "EE"), ("Janis Ozols", "FM", "LV")]),
    ("It was good to meet PM Taneti Maamau of Kiribati at the forum.", [("Taneti Maamau", "PM", "KI")]),
    ("CS Wanjiku Mwangi later toured the port.", [("Wanjiku Mwangi", "CS", None)]),
    ("Bahrain's emir Sheikh Isa bin Salman received the envoys.", [("Isa bin Salman", "emir", "BH")]),
    ("The minister also saw chief negotiator Oksana Melnyk on Monday.", [("Oksana Melnyk", "chief negotiator", None)]),
    # abbreviations read as offices only with a name after them
    ("The ceremony begins at 4 PM Tuesday in the main hall.", []),
    ("The news was first aired by Capital FM Nairobi on Friday.", []),
])
def test_abbreviated_and_lowercase_offices(extract_text, text, expected):
    found = [(o.name, o.title, o.country) for o in extract_text(text).officials]
    assert found == expected


@pytest.mark.parametrize("text,name", [
    ("Deputy Foreign Minister Saeed Amir Rahimi will attend the talks.", "Saeed Amir Rahimi"),
    ("He was welcomed by Interior Minister Reza Amir-Tabari at the airport.", "Reza Amir-Tabari"),
])
def test_an_office_that_is_a_given_name_inside_a_name(extract_text, text, name):
    found = _found(extract_text, text)
    assert list(found) == [name]


def test_an_office_word_before_a_style_stays_an_office(extract_text):
    found = _found(extract_text, "Kuwait Amir Sheikh Mishal al-Ahmad received the delegation.")
    assert [(n, o.title, o.country) for n, o in found.items()] == [("Mishal al-Ahmad", "Amir", "KW")]


@pytest.mark.parametrize("text,expected", [
    # a lowercase office right before a name is that name's, when the name before has its own office
    ("Present were Minister of Health Kwame Asante, minister of Water Efua Owusu and minister of Lands Kojo Adjei.",
     [("Kwame Asante", "Minister of Health"), ("Efua Owusu", "minister of Water"), ("Kojo Adjei", "minister of Lands")]),
    # an office between two names after an office of the first: the second holder's
    ("She met the Zambian Minister of Trade, Mwansa Phiri, the Malawian Minister of Energy, Grace Banda, and others.",
     [("Mwansa Phiri", "Minister of Trade"), ("Grace Banda", "Minister of Energy")]),
    # but after a bare name the office is in apposition to it
    ("Lars Holm, Minister of Culture, and Eva Berg, Counsellor of the Embassy, attended.",
     [("Lars Holm", "Minister of Culture"), ("Eva Berg", "Counsellor of the Embassy")]),
])
def test_offices_listed_one_after_another(extract_text, text, expected):
    assert [(o.name, o.title) for o in extract_text(text).officials] == expected


@pytest.mark.parametrize("text,name,title", [
    ("Assistant Secretary for Oceans, Fisheries, and Polar Affairs Dana Whitfield arrives on Monday.",
     "Dana Whitfield", "Assistant Secretary for Oceans, Fisheries, and Polar Affairs"),
    ("The Minister of Energy, Mines, and Water Chanda Mulenga opened the plant.",
     "Chanda Mulenga", "Minister of Energy, Mines, and Water"),
])
def test_a_portfolio_list_closed_by_a_serial_comma(extract_text, text, name, title):
    found = _found(extract_text, text)
    assert list(found) == [name]
    assert found[name].title == title


def test_a_serial_comma_without_a_list_joins_two_holders(extract_text):
    text = ("The talks were led by Datuk Ahmad Faiz, Secretary-General of the Ministry of Trade, and "
            "Assistant Secretary for Economic Affairs Rosa Dimaculangan of the Philippines.")
    found = _found(extract_text, text)
    assert found["Ahmad Faiz"].title == "Secretary-General of the Ministry of Trade"
    assert found["Rosa Dimaculangan"].title == "Assistant Secretary for Economic Affairs"


@pytest.mark.parametrize("text,expected", [
    ("The Finnish Prime Minister and her Swedish and Danish counterparts, Erik Lund and Mette Dahl, "
     "respectively, met in Turku.", [("Erik Lund", "counterpart", "SE"), ("Mette Dahl", "counterpart", "DK")]),
    ("The Presidents of Senegal, Mali and Guinea, Amadou Fall, Modibo Keita and Alpha Conde respectively, "
     "opened the dam.", [("Amadou Fall", "President", "SN"), ("Modibo Keita", "President", "ML"),
                         ("Alpha Conde", "President", "GN")]),
    ("It was attended by the Heads of State and Government of Chad and Gabon, H. E. Idriss Moussa and "
     "H. E. Paul Obame, respectively.", [("Idriss Moussa", "Head of State and Government", "TD"),
                                         ("Paul Obame", "Head of State and Government", "GA")]),
    ("The leaders of Fiji and Tonga, Ratu Jone Vata and Siosaia Fifita, respectively, spoke first.",
     [("Jone Vata", "leader", "FJ"), ("Siosaia Fifita", "leader", "TO")]),
])
def test_plural_offices_whose_holders_are_listed_respectively(extract_text, text, expected):
    assert [(o.name, o.title, o.country) for o in extract_text(text).officials] == expected


def test_without_respectively_as_many_states_as_holders_pair_in_order(extract_text):
    # the plain reading of a parallel list: the first state is the first holder's (a list of
    # another length pairs none: test_office_country_bodies_and_shared_lists.py)
    text = "The Chilean and Peruvian Foreign Ministers, Rosa Vidal and Jorge Rivas, met in Lima."
    assert [(o.name, o.country) for o in extract_text(text).officials] == [("Rosa Vidal", "CL"), ("Jorge Rivas", "PE")]


@pytest.mark.parametrize("text,name,title,country", [
    # where an envoy serves, between his office and his name
    ("Canadian Ambassador in Hanoi Louise Tremblay called on the minister on Monday.",
     "Louise Tremblay", "Ambassador in Hanoi", "CA"),
    ("The British High Commissioner in Accra Tom Bennett met the press.",
     "Tom Bennett", "High Commissioner in Accra", "GB"),
])
def test_an_envoy_served_in_a_place_before_his_name(extract_text, text, name, title, country):
    found = _found(extract_text, text)
    assert list(found) == [name]
    assert (found[name].title, found[name].country) == (title, country)


def test_a_place_after_another_office_ends_it(extract_text):
    # "in <place>" after an office that is no envoy's is where something happens, not part of it
    assert _found(extract_text, "The Minister in Lima Ana Torres spoke.") == {}


@pytest.mark.parametrize("text,name,title", [
    # a signature block: a line of a name alone, the next its office alone
    ("Media Statement\n\nRobert Lindqvist\n\nChief Spokesperson\n\nStockholm\n\nThe minister will travel to Oslo.",
     "Robert Lindqvist", "Chief Spokesperson"),
    ("The delegation thanked its hosts.\nAmina Yusuf Abdi\nPermanent Secretary\n", "Amina Yusuf Abdi", "Permanent Secretary"),
])
def test_a_name_line_over_an_office_line(extract_text, text, name, title):
    found = _found(extract_text, text)
    assert list(found) == [name]
    assert found[name].title == title


def test_a_release_label_over_an_office_line_is_no_name(extract_text):
    text = "Press Release\nDeputy Foreign Minister\nThe ministry said talks would resume in May."
    assert _found(extract_text, text) == {}


@pytest.mark.parametrize("text,name,title,country", [
    # the acronym of a body or a meeting before an office is part of it; the state told with it is his
    ("Nguyen Van Long, Viet Nam's ASEAN SOM Leader, opened the session.", "Nguyen Van Long", "ASEAN SOM Leader", "VN"),
    # an office of bodies after a body's acronym, and a UN agency's acronym, serve no state
    ("TUNIS, 3 May 2026 -- AL Secretary-General Karim Mansour met Tunisian Foreign Minister Leila Ben Ali.",
     "Karim Mansour", "AL Secretary-General", None),
    ("DAKAR, 3 May 2026 -- The plan was welcomed by Awa Ndiaye, UNFPA Country Representative in Senegal.",
     "Awa Ndiaye", "UNFPA Country Representative", None),
])
def test_an_acronym_before_an_office(extract_text, text, name, title, country):
    found = _found(extract_text, text)
    assert (found[name].title, found[name].country) == (title, country)


@pytest.mark.parametrize("text,name,title,honorifics", [
    # a style written as one word stays out of the office after it
    ("HRH Crown Prince Hamad bin Isa received the delegation.", "Hamad bin Isa", "Crown Prince", ["HRH"]),
    ("HM King Letsie Seeiso opened the new session.", "Letsie Seeiso", "King", []),
    ("HE Minister of Energy Dr Saad Kaabi signed the deal.", "Saad Kaabi", "Minister of Energy", ["HE", "Dr"]),
])
def test_a_one_word_style_before_an_office(extract_text, text, name, title, honorifics):
    found = _found(extract_text, text)
    assert (found[name].title, found[name].honorifics) == (title, honorifics)
