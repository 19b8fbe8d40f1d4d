"""Office shapes and countries that unseen press writes and the rules once missed, on
sentences written for these tests (each of a different shape from the press where the fault
was seen)."""
import pytest


def _found(extract_text, text):
    return {o.name: o for o in extract_text(text).officials}


@pytest.mark.parametrize("text,name,title,country", [
    # a body's own name the rules do not know, as the object of the complement, before the name
    ("The invitation came from the Chairman of the Hural of Mongolia Batbayar Enkhjargal, the embassy said.",
     "Batbayar Enkhjargal", "Chairman of the Hural", "MN"),
    ("Delegates were welcomed by the Secretary-General of the Freedom Alliance Party Kwesi Manu on Friday.",
     "Kwesi Manu", "Secretary-General of the Freedom Alliance Party", None),
    # a legislature's proper name inside the title
    ("VILNIUS, 3 May 2026 -- The Speaker of the Seimas Rasa Petraitiene opened the debate.",
     "Rasa Petraitiene", "Speaker of the Seimas", "LT"),
    # after a title word the same shape is the person's name, and "of <Country>" is his
    ("The minister met Minister of Foreign Affairs Lina Park of Korea in Seoul.",
     "Lina Park", "Minister of Foreign Affairs", "KR"),
])
def test_unknown_body_names_in_a_complement(extract_text, text, name, title, country):
    found = _found(extract_text, text)
    assert name in found, list(found)
    assert (found[name].title, found[name].country) == (title, country)


def test_a_plural_office_in_ies_lists_its_holders(extract_text):
    text = "The agreements were witnessed by Cabinet Secretaries Wanjiru Kamau, Otieno Ouma and Halima Abdi."
    found = [(o.name, o.title) for o in extract_text(text).officials]
    assert found == [("Wanjiru Kamau", "Cabinet Secretary"), ("Otieno Ouma", "Cabinet Secretary"),
                     ("Halima Abdi", "Cabinet Secretary")]


def test_an_office_that_is_a_given_name(extract_text):
    found = _found(extract_text, "LIMA, 3 May 2026 -- He was welcomed by Deputy Interior Minister Amir Haddad at the airport.")
    assert [(n, o.title) for n, o in found.items()] == [("Amir Haddad", "Deputy Interior Minister")]
    found = _found(extract_text, "DOHA, 3 May 2026 -- The Amir Sheikh Khalid bin Nasser Al Thani opened the session.")
    assert [(n, o.title) for n, o in found.items()] == [("Khalid bin Nasser Al Thani", "Amir")]


def test_a_comma_before_an_office_closes_what_came_before(extract_text):
    text = "ACCRA, 3 May 2026 -- A statement from the Trade Office, Deputy Trade Minister Efua Sarpong said exports grew."
    assert _found(extract_text, text)["Efua Sarpong"].title == "Deputy Trade Minister"
    text = "KUALA LUMPUR, 3 May 2026 -- Energy, Water and Climate Minister Aziz Rahman spoke first."
    assert _found(extract_text, text)["Aziz Rahman"].title == "Energy, Water and Climate Minister"


def test_a_visit_named_after_another_cue_makes_its_host(extract_text):
    text = ("Foreign Minister Tavita Leota has arrived in the capital this morning for a three-day official "
            "visit to Samoa. He was met at the airport by Deputy Prime Minister Fiame Tuilaepa.")
    found = _found(extract_text, text)
    assert found["Fiame Tuilaepa"].country == "WS"
    assert found["Tavita Leota"].country is None  # a visitor: not Samoa's


@pytest.mark.parametrize("text,name,country", [
    ("Agriculture Minister Grace Nakato will lead a Ugandan delegation to the fair in Nairobi next week.",
     "Grace Nakato", "UG"),
    ("Trade Minister Rosa Quispe will lead a high-level delegation of Peru to the expo in Osaka.",
     "Rosa Quispe", "PE"),
])
def test_the_delegation_an_official_leads(extract_text, text, name, country):
    official = _found(extract_text, text)[name]
    assert official.country == country
    assert any("country.led_delegation" in m.rule for m in official.mentions)


def test_a_state_whose_government_an_official_meets_is_not_his(extract_text):
    text = "Minister of Trade Leila Haddad held talks with senior Brazil government officials on Monday in Brasilia."
    assert _found(extract_text, text)["Leila Haddad"].country is None


def test_one_who_faces_an_official_settled_by_the_story_serves_the_other_state(extract_text):
    text = ("Foreign Minister Ana Ruiz, who arrived in Stockholm on Monday, met Trade Minister Tomas Berg, "
            "as Chile and Sweden mark a century of ties.")
    found = _found(extract_text, text)
    assert (found["Ana Ruiz"].country, found["Tomas Berg"].country) == ("CL", "SE")


def test_the_state_that_closes_a_participant_list_item(extract_text):
    text = ("The visiting group included Marta Silva, Deputy Chair, Youth Forum of Lisbon, Portugal; "
            "Jonas Berg, Secretary, Green Party, Sweden; and Ole Lund, Mayor of Aalborg, Denmark.")
    found = _found(extract_text, text)
    assert {n: o.country for n, o in found.items()} == {"Marta Silva": "PT", "Jonas Berg": "SE", "Ole Lund": "DK"}


def test_an_office_with_a_body_after_a_comma_is_no_name(extract_text):
    text = "The statement was signed by the Chairperson, Rural Women Farmers Organisation, on Monday."
    assert extract_text(text).officials == []
    text = "The panel heard Amaka Obi, Chairperson, Rural Women Farmers Organisation, on Monday."
    assert [o.name for o in extract_text(text).officials] == ["Amaka Obi"]


def test_a_list_of_one_line_a_styled_name_the_next_its_office(extract_text):
    text = ("OTTAWA, 5 May 2026 -- Three envoys presented their letters on Monday:\n\n"
            "His Excellency Tomasz Wolski Nowak\n\nAmbassador of the Republic of Poland\n\n"
            "Her Excellency Amina Yusuf Bello\n\nHigh Commissioner of the Federal Republic of Nigeria\n\n"
            "Mr Keith Arnold\n\nChief of Protocol\n\n"
            "Pacific Trade Week Opens In Auckland\n\nThe week opened with a parade.")
    found = _found(extract_text, text)
    assert {n: (o.title, o.country) for n, o in found.items()} == {
        "Tomasz Wolski Nowak": ("Ambassador", "PL"),
        "Amina Yusuf Bello": ("High Commissioner", "NG"),
        "Keith Arnold": ("Chief of Protocol", "CA"),
    }


def test_in_a_list_of_offices_and_names_each_office_is_the_next_names(extract_text):
    text = ("The session heard remarks from the Chair of the Authority, Her Excellency Ama Mensah, "
            "the President of the Commission, Mr. Kofi Adu, and others.")
    found = {o.name: o.title for o in extract_text(text).officials}
    assert found == {"Ama Mensah": "Chair of the Authority", "Kofi Adu": "President of the Commission"}


def test_a_plural_office_list_goes_on_past_a_body_in_brackets(extract_text):
    text = ("The President received Ambassadors Ines Duarte (Portugal), Henrik Laine (European Union), "
            "Omar Haddad (Jordan) and Mei Tanaka (Japan).")
    found = [(o.name, o.country) for o in extract_text(text).officials if o.title == "Ambassador"]
    assert found == [("Ines Duarte", "PT"), ("Henrik Laine", None), ("Omar Haddad", "JO"), ("Mei Tanaka", "JP")]


def test_a_portfolio_between_commas_after_an_office(extract_text):
    text = "ABUJA, 3 May 2026 -- Also present were the Minister of State, Aviation, Bello Musa, and the press."
    found = {o.name: o.title for o in extract_text(text).officials}
    assert found == {"Bello Musa": "Minister of State, Aviation"}


def test_initials_after_a_complement_are_the_name(extract_text):
    text = "LUSAKA, 3 May 2026 -- Minister of Local Government K B Mwanza met President H H Banda."
    found = {o.name: o.title for o in extract_text(text).officials}
    assert found == {"K B Mwanza": "Minister of Local Government", "H H Banda": "President"}


def test_a_plural_office_with_each_holders_state_after_of(extract_text):
    text = ("The accord was signed by Presidents K B Tembo of the Republic of Zambia and Lazarus Chanda "
            "of the Republic of Malawi in Lilongwe.")
    found = [(o.name, o.title, o.country) for o in extract_text(text).officials]
    assert found == [("K B Tembo", "President", "ZM"), ("Lazarus Chanda", "President", "MW")]


@pytest.mark.parametrize("text,name,country", [
    # a counterpart named with his own office after "counterpart"
    ("MAPUTO, 3 May 2026 -- Talks opened between President Ana Mucavele and her Zambian counterpart "
     "President Joseph Mwale on trade.", "Joseph Mwale", "ZM"),
    # "the visit of TITLE NAME to <place>": the place is his host's, the other state of the pair his
    ("The talks followed the state visit of President Rosa Ibarra to Lima, the first between Chile "
     "and Peru in a decade.", "Rosa Ibarra", "CL"),
    # "came to <place>": a visit
    ("The last time a Kenyan foreign minister visited Kampala was in 2015, when Foreign Minister "
     "Amina Wako came to Uganda.", "Amina Wako", "KE"),
])
def test_counterparts_and_visits_told_around_an_office(extract_text, text, name, country):
    assert _found(extract_text, text)[name].country == country


def test_an_unnamed_office_with_its_state_speaks_of_the_one_holder(extract_text):
    text = ("Envoys of Japan, Kenya and Peru presented their letters to the President on Monday, in the "
            "presence of Minister of Foreign Affairs Elena Varga. "
            "The Hungarian minister said ties with all three would deepen.")
    assert _found(extract_text, text)["Elena Varga"].country == "HU"


def test_an_unnamed_office_shared_by_two_holders_tells_neither(extract_text):
    text = ("Foreign Secretary of India Ravi Menon arrived in Kathmandu on Monday at the invitation of Foreign "
            "Secretary Hari Thapa. The Indian Foreign Secretary then met the press.")
    assert _found(extract_text, text)["Hari Thapa"].country == "NP"


def test_a_lowercase_permanent_representative(extract_text):
    text = ("GENEVA, 3 May 2026 -- Chile's permanent representative to the WTO, Marta Rojas, met her Kenyan "
            "counterpart on Monday; the deal was later signed by Otieno Mbugua, Kenya's deputy permanent "
            "representative.")
    found = {o.name: (o.title, o.country) for o in extract_text(text).officials}
    assert found["Marta Rojas"] == ("permanent representative to the WTO", "CL")
    assert found["Otieno Mbugua"] == ("deputy permanent representative", "KE")


def test_a_named_office_after_a_comma_speaks_of_its_one_holder(extract_text):
    text = ("Foreign Minister Lars Holm received Trade Minister Ana Ruiz of Chile on Monday to discuss Chile's "
            "salmon and Chile's copper. Later that day, Denmark's Foreign Minister met the press.")
    assert _found(extract_text, text)["Lars Holm"].country == "DK"


def test_a_story_filed_from_a_bodys_seat_is_not_that_states(extract_text):
    text = ("NEW YORK, 3 May 2026 -- On the sidelines of the United Nations General Assembly, Foreign Minister "
            "Aigerim Sadykova met her Mongolian counterpart, Bat-Erdene Ganbold. Kazakhstan and Mongolia "
            "agreed to expand rail links.")
    found = _found(extract_text, text)
    assert found["Aigerim Sadykova"].country == "KZ"
    assert found["Bat-Erdene Ganbold"].country == "MN"


def test_an_under_secretary_general_serves_no_state(extract_text):
    text = "ACCRA, 3 May 2026 -- The forum was opened by Lena Fischer, Under-Secretary-General, on Monday."
    assert _found(extract_text, text)["Lena Fischer"].country is None


def test_chargé_d_affaires_and_joint_secretary(extract_text):
    text = ("HANOI, 3 May 2026 -- He received Chinese Chargé d'Affaires Li Wei and the chargé d'affaires of "
            "Peru, Ana Soto, at the ministry.")
    found = {o.name: (o.title, o.country) for o in extract_text(text).officials}
    assert found == {"Li Wei": ("Chargé d'Affaires", "CN"), "Ana Soto": ("chargé d'affaires", "PE")}
    text = "DHAKA, 3 May 2026 -- Joint Secretary Rafiqul Islam Khan opened the talks."
    assert [(o.name, o.title) for o in extract_text(text).officials] == [("Rafiqul Islam Khan", "Joint Secretary")]


def test_a_region_named_in_a_bodys_name_tells_no_state(extract_text):
    # "Western" / "North East" name divisions of a ministry, not a state's region
    text = ("KATHMANDU, 3 May 2026 -- Hari Sharma, Head of North East Division in the Ministry of Foreign "
            "Affairs, briefed the press.")
    assert _found(extract_text, text)["Hari Sharma"].country == "NP"


@pytest.mark.parametrize("text,name,title", [
    ("SUVA, 3 May 2026 -- Mere Tuisawau was appointed Permanent Secretary for Trade on Monday.",
     "Mere Tuisawau", "Permanent Secretary for Trade"),
    ("While the premier is away, Dr Ravi Persaud will serve as Acting Prime Minister.",
     "Ravi Persaud", "Acting Prime Minister"),
])
def test_a_verb_that_gives_a_name_its_office(extract_text, text, name, title):
    found = _found(extract_text, text)
    assert name in found, list(found)
    assert found[name].title == title


def test_a_lowercase_office_after_a_verb_alone_is_too_weak(extract_text):
    assert extract_text("The board said Tom Reyes was appointed as chief executive.").officials == []


@pytest.mark.parametrize("text,name,title", [
    ("NASSAU, 3 May 2026 -- Attending were Permanent Secretary, Ministry of Finance, Ms Carla Rolle, and others.",
     "Carla Rolle", "Permanent Secretary, Ministry of Finance"),
    ("VALLETTA, 3 May 2026 -- Director, Department of Fisheries Mario Borg opened the session.",
     "Mario Borg", "Director, Department of Fisheries"),
])
def test_an_institution_after_an_office_and_a_comma(extract_text, text, name, title):
    found = _found(extract_text, text)
    assert name in found, list(found)
    assert found[name].title == title


def test_a_visitors_delegation_with_no_state_of_its_own_is_his(extract_text):
    text = ("Prime Minister Tomasi Vaka is set to visit New Zealand next week. Accompanied by a delegation "
            "including former ministers Sione Lolo and Ana Fifita, Minister for Trade Hon. Mele Taufa and Chief "
            "Secretary Mr. Paula Hopoate, Prime Minister Vaka will meet Prime Minister Chris Walker in "
            "Wellington, as Tonga and New Zealand mark fifty years of ties. New Zealand will host a dinner.")
    found = {n: o.country for n, o in _found(extract_text, text).items()}
    assert found == {"Tomasi Vaka": "TO", "Mele Taufa": "TO", "Paula Hopoate": "TO", "Chris Walker": "NZ"}


def test_the_host_accompanied_by_his_minister_stays_the_host(extract_text):
    text = ("President Rui Mendes, accompanied by Foreign Minister Sofia Lima, received the visiting Prime "
            "Minister of Ghana, Kwame Asante, in Praia on Monday.")
    found = {n: o.country for n, o in _found(extract_text, text).items()}
    assert found["Kwame Asante"] == "GH"
    assert found["Sofia Lima"] != "GH"


def test_a_states_possessive_between_an_office_and_its_holder(extract_text):
    text = ("HARARE, 3 May 2026 -- Among the guests are Mozambican President Filipe Nyusi and the incoming "
            "SADC chair, Namibia's Hage Tjirongo.")
    found = {n: (o.title, o.country) for n, o in _found(extract_text, text).items()}
    assert found["Hage Tjirongo"] == ("incoming SADC chair", "NA")
    text = ("BELGRADE, 3 May 2026 -- They came at the invitation of the OSCE Chairperson-in-Office, Serbia's "
            "First Deputy Prime Minister and Foreign Minister Milan Jovic.")
    names = [o.name for o in extract_text(text).officials]
    assert "First" not in names and "Milan Jovic" in names


@pytest.mark.parametrize("text,want", [
    # abbreviated styles with a full stop do not end the sentence before the name
    ("The accord was signed by Ghana's Minister for Trade Amb. Kofi Asante and the visiting envoy.",
     [("Kofi Asante", "Minister for Trade", ["Amb"])]),
    ("He travelled with the Speaker of the Regional Assembly, Rt. Hon. Grace Achieng, and aides.",
     [("Grace Achieng", "Speaker of the Regional Assembly", ["Rt Hon"])]),
    # "and His Excellency" after an office opens the next person, not a portfolio word
    ("The talks took place in the presence of His Excellency Paul Mba, President of the Republic of Gabon "
     "and His Excellency Dr Omar Diallo, President of Guinea.",
     [("Paul Mba", "President", ["His Excellency"]), ("Omar Diallo", "President", ["His Excellency", "Dr"])]),
    # a regnal number is part of the name
    ("The forum in Rabat was opened on Monday by King Hassan III, who welcomed the delegates.",
     [("Hassan III", "King", [])]),
    # a family name written in capitals after the given names, as in many government releases
    ("The delegation was led by Honourable Kagiso Mooketsi MOLATLHEGI, Minister of Defence, on Friday.",
     [("Kagiso Mooketsi MOLATLHEGI", "Minister of Defence", [])]),
    ("Minister of Finance Edgar Mwale CHANDA and Minister of Health Ruth BANDA, among others, were present.",
     [("Edgar Mwale CHANDA", "Minister of Finance", []), ("Ruth BANDA", "Minister of Health", [])]),
    # ... but an acronym after a name goes on with lowercase words: no part of the name
    ("Former Foreign Minister Jane Okoth UN envoy for the region, spoke on Friday.",
     [("Jane Okoth", "Former Foreign Minister", [])]),
    # a lowercase office word right after a demonym stays in the title
    ("The round was led by Japanese vice foreign minister Taro Yamada on Tuesday.",
     [("Taro Yamada", "vice foreign minister", [])]),
    # "Minister Delegate" (French-style office) and "Public Administration" are words of a title, no names
    ("Anca Ionescu, Moldovan Minister Delegate for European Affairs, spoke in Brussels on Monday.",
     [("Anca Ionescu", "Minister Delegate for European Affairs", [])]),
    ("The team included Dr. Kabo Molefe, Assistant Minister for Local Affairs and Public Administration and senior staff.",
     [("Kabo Molefe", "Assistant Minister for Local Affairs and Public Administration", ["Dr"])]),
    # a body's organ in a title's complement is no person
    ("Presiding as the Chairperson of the SADC Organ, the president spoke in Windhoek.", []),
])
def test_styles_numbers_and_capitals_in_names(extract_text, text, want):
    got = [(o.name, o.title, list(o.honorifics)) for o in extract_text(text).officials]
    assert got == want
