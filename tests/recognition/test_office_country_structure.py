"""Whose an official is and what office he holds, read from the structure of the text around the
office (FACTS.md): each case a sentence written for these tests, with the office and the country
the text makes plain (None when it tells none)."""
import pytest

# a portfolio of a state's own nationals abroad names the state whose office it is
NATIONALS_ABROAD = [
    ("The Minister of Foreign Affairs and Senegalese Abroad, Awa Ndiaye, arrived in Oslo on Monday.",
     "Awa Ndiaye", "Minister of Foreign Affairs and Senegalese Abroad", "SN"),
    ("Talks were held with Minister of Foreign Affairs, Cooperation and Moroccan Expatriates Karim Alaoui "
     "in Lisbon.", "Karim Alaoui", "Minister of Foreign Affairs, Cooperation and Moroccan Expatriates", "MA"),
    ("Foreign Minister Erik Dahl met the Minister of Foreign Affairs and Tunisians Abroad, Salma Ben Ali, "
     "in Rome.", "Salma Ben Ali", "Minister of Foreign Affairs and Tunisians Abroad", "TN"),
    ("Deputy Minister for Filipinos Living Abroad Maria Santos will open the fair in Dubai.",
     "Maria Santos", "Deputy Minister for Filipinos Living Abroad", "PH"),
    # ... while a demonym before a portfolio noun is only the office's field
    ("Director for African Affairs Tom Reilly briefed the press in Dublin.",
     "Tom Reilly", "Director for African Affairs", None),
]


@pytest.mark.parametrize("text,name,title,country", NATIONALS_ABROAD)
def test_nationals_abroad_portfolio_names_the_state(extract_text, text, name, title, country):
    found = {o.name: o for o in extract_text(text).officials}
    assert name in found, list(found)
    assert found[name].title == title
    assert found[name].country == country


# two states coordinated as the places of one journey are not the two sides of the story: the
# traveller is of neither, and those he meets there are of the state he meets them in
def test_states_of_one_journey_are_not_the_story_pair(extract_text):
    text = ("OTTAWA -- Trade Minister Claire Dubois will travel to Norway and Iceland from 3 to 7 June. "
            "In Oslo she will meet Norwegian Trade Minister Ola Nygaard. Norway and Canada signed a "
            "fisheries accord in 2021, and Dubois will also see Prime Minister Lars Berge.")
    found = {o.name: o.country for o in extract_text(text).officials}
    assert found["Claire Dubois"] == "CA"
    assert found["Ola Nygaard"] == "NO"


def test_a_journey_to_two_states_gives_the_traveller_neither(extract_text):
    text = ("Deputy Secretary Lena Park will travel to Brazil and Argentina next week. "
            "Park will hold talks on trade in both capitals.")
    found = {o.name: o.country for o in extract_text(text).officials}
    assert found["Lena Park"] not in ("BR", "AR")


# a church rank before a name is a style when an office follows in apposition
@pytest.mark.parametrize("text,name,title,honorifics", [
    ("The minister will also meet Cardinal Marco Rossi, Secretary of State, on Friday.",
     "Marco Rossi", "Secretary of State", ["Cardinal"]),
    ("Talks followed with Archbishop John Kelly, Secretary for Relations, in Rome.",
     "John Kelly", "Secretary for Relations", ["Archbishop"]),
    ("Archbishop Peter Okafor led the prayers at the opening of the summit in Abuja.",
     "Peter Okafor", "Archbishop", []),
])
def test_church_rank_is_a_style_before_an_office(extract_text, text, name, title, honorifics):
    found = {o.name: o for o in extract_text(text).officials}
    assert name in found, list(found)
    assert (found[name].title, found[name].honorifics) == (title, honorifics)


# an office whose complement the rules cannot read word by word ("of the 30-member bloc"), set
# off by a comma before a name that closes the apposition: the name holds the whole office
LOOSE_COMPLEMENTS = [
    ("The head of the 30-member bloc, Anna Kowalski, said on Monday that talks would go on.",
     "Anna Kowalski", "head of the 30-member bloc"),
    ("Speaking after the vote, the president of the 12th assembly, Omar Haddad, thanked delegates.",
     "Omar Haddad", "president of the 12th assembly"),
    ("The loan was signed by the UNDP Representative in Ghana, Peter Olsen, and two ministers.",
     "Peter Olsen", "UNDP Representative in Ghana"),
    ("The Trade Minister and Chair of the group, Maria Lopez, opened the meeting.",
     "Maria Lopez", "Trade Minister and Chair of the group"),
    ("Talks were held with the special envoy for the Horn of Africa region, Dr. Samuel Tadesse.",
     "Samuel Tadesse", "special envoy for the Horn of Africa region"),
]


@pytest.mark.parametrize("text,name,title", LOOSE_COMPLEMENTS)
def test_office_with_an_unread_complement_before_a_closed_name(extract_text, text, name, title):
    found = {o.name: o for o in extract_text(text).officials}
    assert name in found, list(found)
    assert found[name].title == title


@pytest.mark.parametrize("text", [
    # a clause, not a complement, stands between the office and the name
    "The President of Kenya in his speech, John Mwangi noted, praised the plan.",
    # one name word without a style does not close an apposition
    "In his role as chair of the group, Smith said the talks went well.",
])
def test_no_official_across_a_clause_or_a_bare_word(extract_text, text):
    assert [o.name for o in extract_text(text).officials] == []


def test_an_office_after_a_name_in_a_list_keeps_to_that_name(extract_text):
    text = ("The delegation included Ruth Achieng, Chief of Staff to the Governor, Paul Otieno, Minister "
            "of Water and Sanitation, and Grace Njeri, Attorney General.")
    found = {o.name: o.title for o in extract_text(text).officials}
    assert found["Ruth Achieng"].startswith("Chief of Staff")
    assert found["Paul Otieno"] == "Minister of Water and Sanitation"
    assert found["Grace Njeri"] == "Attorney General"


@pytest.mark.parametrize("text,name,title", [
    # the office an office serves, after "to the"/"of the", stays in its complement
    ("Special Adviser to the Governor Amina Bello met the traders in Kano.",
     "Amina Bello", "Special Adviser to the Governor"),
    ("The Chief of Staff to the President, Femi Adeyemi, said the bill was ready.",
     "Femi Adeyemi", "Chief of Staff to the President"),
    # after a name, an office's unread complement runs to the comma or semicolon closing it
    ("Present were Kofi Mensah, Minister of Lands and Natural Resources Development; and Ama Owusu, "
     "Minister of Health.", "Kofi Mensah", "Minister of Lands and Natural Resources Development"),
    # ... but the state it is of leaves it, as ever
    ("Said Al Harthy, Minister of Trade of the brotherly Kingdom of Bahrain, arrived on Monday.",
     "Said Al Harthy", "Minister of Trade"),
])
def test_office_complements_in_apposition(extract_text, text, name, title):
    found = {o.name: o for o in extract_text(text).officials}
    assert name in found, list(found)
    assert found[name].title == title


def test_lowercase_plural_office_before_a_dashed_list_of_holders(extract_text):
    text = ("The three prime ministers -- Ana Silva of Portugal, Dr Luis Moreno of Spain and Pierre Blanc "
            "of France -- met in Rome on Friday.")
    found = {o.name: o for o in extract_text(text).officials}
    assert {n: (o.title, o.country) for n, o in found.items()} == {
        "Ana Silva": ("prime minister", "PT"), "Luis Moreno": ("prime minister", "ES"),
        "Pierre Blanc": ("prime minister", "FR")}
    assert found["Luis Moreno"].honorifics == ["Dr"]


@pytest.mark.parametrize("text,name,title,country", [
    # a body's name before the office is part of the office (its bracketed acronym is not: the
    # dev gold's "National Assembly Chairwoman"): a body's officer serves no state
    ("Health Minister Rose Akinyi met the World Health Organization (WHO) Regional Director for Europe, "
     "Dr. Hans Berg, in Nairobi.", "Hans Berg", "World Health Organization Regional Director for Europe",
     None),
    ("HANOI -- The minister received United Nations Development Programme (UNDP) Resident Representative "
     "Maria Olsen on Tuesday.", "Maria Olsen", "United Nations Development Programme Resident Representative",
     None),
    ("VIENTIANE -- The envoy called on National Assembly (NA) Chairwoman Somsy Vongkham on Monday.",
     "Somsy Vongkham", "National Assembly Chairwoman", "LA"),
    ("MANILA -- Department of Trade (DOT) Secretary Ana Cruz met the envoys on Monday.",
     "Ana Cruz", "Department of Trade Secretary", "PH"),
    # a state's possessive before the institution after an office's comma says whose the office is
    ("KAMPALA -- Dr. Peter Wafula, Principal Secretary, Kenya's Ministry of Trade, met Ugandan officials.",
     "Peter Wafula", "Principal Secretary, Ministry of Trade", "KE"),
])
def test_office_reads_a_body_or_state_before_its_institution(extract_text, text, name, title, country):
    found = {o.name: o for o in extract_text(text).officials}
    assert name in found, list(found)
    assert (found[name].title, found[name].country) == (title, country)


def test_one_met_by_a_visiting_delegation_is_of_the_state_visited(extract_text):
    text = ("LUSAKA, 3 March 2026 - A Zambian delegation led by Trade Minister Mary Banda is on a four-day "
            "visit to Chile. In talks with Mr. Jorge Rojas, Minister of Mining, the delegation reviewed "
            "copper exports. The delegation also met Deputy Minister Ana Soto.")
    found = {o.name: o.country for o in extract_text(text).officials}
    assert found["Mary Banda"] == "ZM"
    assert found["Jorge Rojas"] == "CL"
    assert found["Ana Soto"] == "CL"


def test_one_named_with_the_delegation_but_not_met_keeps_the_story_state(extract_text):
    text = ("LUSAKA, 3 March 2026 - A Zambian delegation led by Trade Minister Mary Banda is on a four-day "
            "visit to Chile. Permanent Secretary John Phiri, who stayed in Lusaka, said the delegation "
            "would report back on Friday.")
    found = {o.name: o.country for o in extract_text(text).officials}
    assert found["John Phiri"] == "ZM"


@pytest.mark.parametrize("text,name,title", [
    # a portfolio the title words lack, known by the shape of an abstract noun, is no name
    ("Secretary of Digitalization Tomas Rieger opened the fair in Graz.", "Tomas Rieger",
     "Secretary of Digitalization"),
    ("The talks were joined by Minister of Decentralisation Awa Traore and two governors.", "Awa Traore",
     "Minister of Decentralisation"),
    ("Deputy Minister for Women's Empowerment Grace Tembo spoke.", "Grace Tembo",
     "Deputy Minister for Women's Empowerment"),
    # ... while a short given name with such an ending stays a name
    ("Minister of Trade Clement Otieno spoke.", "Clement Otieno", "Minister of Trade"),
])
def test_portfolio_shaped_words_stay_in_the_office(extract_text, text, name, title):
    found = {o.name: o for o in extract_text(text).officials}
    assert name in found, list(found)
    assert found[name].title == title


def test_those_met_on_a_tour_are_of_the_place_of_each_meeting(extract_text):
    text = ("CANBERRA -- Trade Minister Tom Reid will visit Samoa, Tonga and Fiji next week. In Apia, talks "
            "with Prime Minister Tui Fale will cover fisheries. Meetings in Nuku'alofa with Deputy Prime "
            "Minister Sione Vake will follow. In Suva, the delegation will meet with Foreign Minister "
            "Litia Naivalu.")
    found = {o.name: o.country for o in extract_text(text).officials}
    assert found == {"Tom Reid": "AU", "Tui Fale": "WS", "Sione Vake": "TO", "Litia Naivalu": "FJ"}


def test_one_met_at_home_keeps_the_home_state(extract_text):
    text = "NAIROBI -- In Nairobi, President Paul Otieno met with Finance Minister Jane Wambui on Monday."
    found = {o.name: o.country for o in extract_text(text).officials}
    assert found == {"Paul Otieno": "KE", "Jane Wambui": "KE"}


@pytest.mark.parametrize("text,expected", [
    # a story naming states only as its events' places: who hosts, chairs or opens one is at home
    ("Only four leaders will attend the extraordinary summit chaired by President Tendai Moyo in Harare "
     "on Wednesday.", {"Tendai Moyo": "ZW"}),
    ("The conference will be held in Dhaka. Prime Minister Rina Akter will inaugurate the event on Monday, "
     "Agriculture Minister Abdul Karim said.", {"Rina Akter": "BD", "Abdul Karim": "BD"}),
    # ... who only attends may have travelled there
    ("Minister for Health Lim Wei will attend the 16th Health Ministers' Meeting in Vientiane from 5 to 9 "
     "August.", {"Lim Wei": None}),
])
def test_the_host_of_an_event_is_at_home_where_it_is_held(extract_text, text, expected):
    assert {o.name: o.country for o in extract_text(text).officials} == expected
