"""Officials listed after a bare plural office, a party's members and its envoy, a monarch's
form of address inside an office, and whom an official signs for (sentences written for this
test, names made up)."""
import pytest

from newsfacts import extract


def _officials(text):
    record = extract(text, id="pl", published="2025-05-05")
    return [(o.name, o.title, o.country) for o in record.officials]


@pytest.mark.parametrize("text,expected", [
    # a bare lowercase plural office after a word that opens a noun phrase lists its holders
    ("President Tamu Ndlovu is accompanied by ministers Rudo Banda, Peter Molo, Joan Kiti and Sam Rao.",
     [("Tamu Ndlovu", "President", None), ("Rudo Banda", "minister", None), ("Peter Molo", "minister", None),
      ("Joan Kiti", "minister", None), ("Sam Rao", "minister", None)]),
    ("The envoy met with ministers Rudo Banda and Peter Molo in the capital.",
     [("Rudo Banda", "minister", None), ("Peter Molo", "minister", None)]),
    # a word of status or any other describing word before the plural lists no holders
    ("The former ministers Rudo Banda and Peter Molo spoke at the rally.", []),
    # a lowercase portfolio list after the plural, the states before it theirs in order
    ("Egyptian and Jordanian ministers of trade and industry, Amro Nasr and Tarik Hamdi, met on Monday.",
     [("Amro Nasr", "minister of trade and industry", "EG"), ("Tarik Hamdi", "minister of trade and industry", "JO")]),
])
def test_bare_plural_office_lists(text, expected):
    assert _officials(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the party's leader in an apposition between the delegation and its members
    ("The Slovenian delegation, led by President Ivo Marek, consists of the Minister of Finance Sava Petrov, "
     "the Minister of the Interior Ana Kolar, Minister of Economy Lena Dobrev.",
     [("Ivo Marek", "President", "SI"), ("Sava Petrov", "Minister of Finance", "SI"),
      ("Ana Kolar", "Minister of the Interior", "SI"), ("Lena Dobrev", "Minister of Economy", "SI")]),
    ("The Slovenian delegation, headed by Ivo Marek, includes Finance Minister Sava Petrov and Interior Minister Ana Kolar.",
     [("Sava Petrov", "Finance Minister", "SI"), ("Ana Kolar", "Interior Minister", "SI")]),
])
def test_delegation_members_after_the_leaders_apposition(text, expected):
    assert _officials(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a name read back into the office before it is that office's holder, no apposition of the next
    ("The team includes the Minister of Environmental Protection Irena Vujko, the Deputy Prime Minister in charge "
     "of monitoring projects in coordination with the President of the Republic Alek Vulic, Minister of Economy Ada Mesar.",
     ["Irena Vujko", "Alek Vulic", "Ada Mesar"]),
    # a portfolio of social dialogue and of minority rights
    ("The delegation includes the Minister of Justice Maja Popko, Minister for Human and Minority Rights and "
     "Social Dialogue Tomo Zigman, Minister of Foreign Affairs Marko Duric.",
     ["Maja Popko", "Tomo Zigman", "Marko Duric"]),
])
def test_lists_of_offices_before_names(text, expected):
    assert [name for name, _, _ in _officials(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # an office after a monarch's form of address is no given name of the holder
    ("His Majesty King Faisal held talks on Tuesday with the Emir.", [("Faisal", "King")]),
    # a building's name after a sentence's opening phrase holds no official
    ("King Faisal held talks with the Emir. Upon arrival at Doha International Airport, the King was received "
     "by the emir.", [("Faisal", "King")]),
    # a dotted month abbreviation ends the name
    ("Ana Lopez is set to meet with President Oscar Ruiz Oct. 28 to discuss ties.",
     [("Oscar Ruiz", "President")]),
    # the monarch served, after "of" or "to", is part of the office
    ("Director of the Office of His Majesty Jafar Hamdan and Adviser to His Majesty Omar Rifai attended.",
     [("Jafar Hamdan", "Director of the Office of His Majesty"), ("Omar Rifai", "Adviser to His Majesty")]),
])
def test_names_and_royal_forms_of_address(text, expected):
    assert [(name, title) for name, title, _ in _officials(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # an envoy of a told state listed after officials of untold state is of their party: his
    # post makes no host of the story
    ("King Faisal held talks on Tuesday with Kuwait Emir Sheikh Nasser Al Sabah. Prime Minister Hani Mulk, "
     "Foreign Minister Ayman Safi, Chief of Staff General Mahmoud Frei, and Jordan's Ambassador to Kuwait "
     "Mohammad Kay attended the meeting.",
     {"Hani Mulk": "JO", "Ayman Safi": "JO", "Mohammad Kay": "JO", "Nasser Al Sabah": "KW"}),
    # alone, the envoy met by the host's officials still makes the host
    ("Jordan's Ambassador to Kuwait Mohammad Kay met Foreign Minister Ayman Safi and Trade Minister Ali Nour "
     "in Kuwait City on Monday.",
     {"Mohammad Kay": "JO", "Ayman Safi": "KW", "Ali Nour": "KW"}),
    # whom an official signs for, later in his own clause
    ("Mr Ken Ofo, the Minister of Finance, signed on behalf of the Government of Ghana, while Dr. Yero Bal, the "
     "Country Director of the African Development Bank signed on behalf of the African Development Fund. Talks "
     "with Kenya and Chile followed.",
     {"Ken Ofo": "GH", "Yero Bal": None}),
    ("Secretary Sara Khan has signed the notes on behalf of the Government of Bangladesh while Iwa Kimi, the "
     "ambassador of Japan in Bangladesh signed on behalf of Japan.",
     {"Sara Khan": "BD", "Iwa Kimi": "JP"}),
    # a state's bracketed code between it and the office
    ("Philippine (PH) Trade and Industry Secretary Ramon Lo signed an MOU with Republic of Korea (ROK) Trade, "
     "Industry, and Energy Minister Ung Paik.",
     {"Ramon Lo": "PH", "Ung Paik": "KR"}),
])
def test_countries_of_parties_signatories_and_codes(text, expected):
    found = {name: country for name, _, country in _officials(text)}
    assert {name: found.get(name, "missing") for name in expected} == expected


@pytest.mark.parametrize("text,expected", [
    # a serial comma in a list of one-word portfolios before the office
    ("He met Trade, Industry, and Energy Minister Ung Paik.", [("Ung Paik", "Trade, Industry, and Energy Minister")]),
    # not between two offices
    ("The meeting will be chaired by Ana Soto, Permanent Secretary at the Ministry of Foreign Affairs, and "
     "Assistant Secretary for Asian Affairs Jose Tolen of the Philippine Department of Foreign Affairs.",
     [("Ana Soto", "Permanent Secretary at the Ministry of Foreign Affairs"),
      ("Jose Tolen", "Assistant Secretary for Asian Affairs")]),
    # a body's dotted acronym in brackets before the office: read over, no word of the office
    # (the dev gold's "National Assembly Chairwoman" for "National Assembly (NA) Chairwoman")
    ("Prime Minister Tui Malie and Asian Development Bank (A.D.B.) President Take Nakao signed an agreement.",
     [("Tui Malie", "Prime Minister"), ("Take Nakao", "Asian Development Bank President")]),
])
def test_title_bounds_of_portfolio_lists_and_acronyms(text, expected):
    assert [(name, title) for name, title, _ in _officials(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a development bank's officer in one state, and a lowercase chief representative after a comma
    ("Dr. Yero Bal, the Country Manager of the African Development Bank, signed the grant.",
     [("Yero Bal", "Country Manager of the African Development Bank", None)]),
    # (the institution after the office's comma is the office's: both real-press readings write it)
    ("Ichi Tomo, chief representative, JICA Office, signed the loan agreements on behalf of the Government of Japan.",
     [("Ichi Tomo", "chief representative, JICA Office", "JP")]),
])
def test_offices_of_bodies_in_one_state(text, expected):
    assert _officials(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the one received visits: his visit makes the host's state the one who receives him
    ("Prime Minister Kostas Mavros welcomed the Chancellor of the Federal Republic of Germany Olaf Stein, on his "
     "first visit to Athens.", {"Kostas Mavros": "GR", "Olaf Stein": "DE"}),
    # after a verb of meeting the visit stays the subject's
    ("Prime Minister Kostas Mavros met the Chancellor of the Federal Republic of Germany Olaf Stein during his "
     "visit to Berlin.", {"Kostas Mavros": None, "Olaf Stein": "DE"}),
    # an arrival told as the end of a trip is a return home
    ("President Bola Tanko arrived in Abuja on Friday evening after a three-day official visit to Equatorial Guinea.",
     {"Bola Tanko": "NG"}),
    ("President Bola Tanko arrived in Abuja on Friday for a three-day official visit.", {"Bola Tanko": None}),
    ("President Bola Tanko arrived in Abuja on Friday after talks in Accra.", {"Bola Tanko": None}),
])
def test_visits_of_the_received_and_returns_home(text, expected):
    found = {name: country for name, _, country in _officials(text)}
    assert {name: found.get(name, "missing") for name in expected} == expected


@pytest.mark.parametrize("text,expected", [
    # an office naming no holder of its own, joined by "and" before another office and its holder
    ("The deal was signed by Vice-President and Minister of Foreign Affairs, the Honourable Carl Brown.",
     [("Carl Brown", "Vice-President and Minister of Foreign Affairs")]),
    ("The deal was signed by Vice President and Minister of Foreign Affairs Carl Brown.",
     [("Carl Brown", "Vice President and Minister of Foreign Affairs")]),
    # after a determiner, two people; after a name, the office before is that name's
    ("The session was addressed by the UN Secretary-General and General Assembly President Petra Lind.",
     [("Petra Lind", "General Assembly President")]),
    ("The memorandum was signed on Monday by Minister for Defence Rick Marl MP and Philippines' Secretary for "
     "Foreign Affairs Enzo Mana.",
     [("Rick Marl", "Minister for Defence"), ("Enzo Mana", "Secretary for Foreign Affairs")]),
    ("Foreign Minister Ana Lopez and Defence Minister Bob Ray met.",
     [("Ana Lopez", "Foreign Minister"), ("Bob Ray", "Defence Minister")]),
])
def test_two_offices_of_one_holder(text, expected):
    assert [(name, title) for name, title, _ in _officials(text)] == expected


def test_a_style_before_a_coordinated_office():
    found = {name: country for name, _, country in _officials(
        "The Amir held talks with HE Slovenian President Bor Pahar, and HE Prime Minister Jan Jesa, on trade.")}
    assert found == {"Bor Pahar": "SI", "Jan Jesa": "SI"}


@pytest.mark.parametrize("text,expected", [
    # a portfolio's possessive before the holder's style closes the office
    ("The two leaders, along with Minister for Health and Pacific People's Dr Shane Rota, had arrived in Apia.",
     [("Shane Rota", "Minister for Health and Pacific People's")]),
    # a body's name runs on over its possessive: no name "Businessmen"
    ("He spoke with the Chairman of the Egypt African Businessmen's Association (EABA), Dr Yousri Sharif, on Monday.",
     [("Yousri Sharif", "Chairman of the Egypt African Businessmen's Association")]),
    ("He met the President of the Women's Association, Dr Ana Lopez.",
     [("Ana Lopez", "President of the Women's Association")]),
])
def test_possessives_inside_offices(text, expected):
    assert [(name, title) for name, title, _ in _officials(text)] == expected
