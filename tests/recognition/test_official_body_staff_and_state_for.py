"""Staff of international bodies and the state an office is "for" (session 18): a body's
acronym in mixed case before the office stays in the title ("The AfDB Country Manager"); an
international office "for" a list of states keeps the list and serves no state; a state named
with "for" after the office's own portfolio is whose office it is ("Minister of Health for X"),
as is a formal state's name after "for the" ("for the Independent State of X"). Sentences
written for these tests."""
import pytest


def _officials(extract_text, text):
    return [(o.name, o.title, o.country) for o in extract_text(text).officials]


@pytest.mark.parametrize("text,expected", [
    # a mixed-case acronym of a body before the office: the body's office, no state's
    ("ACCRA, May 3 -- The AfDB Country Manager, Ama Boateng, said the grant was ready.",
     [("Ama Boateng", "AfDB Country Manager", None)]),
    ("LIMA, May 3 -- AfDB President Ian Obi opened the meeting.",
     [("Ian Obi", "AfDB President", None)]),
    # the title-case spelling of a body's acronym, as "Asean"
    ("GEORGETOWN, May 3 -- Caricom Secretary-General, Ian Loma, told the gathering.",
     [("Ian Loma", "Caricom Secretary-General", None)]),
    # a state's acronym stays the state's (no change)
    ("LIMA, May 3 -- The ADB Country Manager Ana Poma said the bank would help.",
     [("Ana Poma", "ADB Country Manager", None)]),
])
def test_a_bodys_acronym_before_the_office_stays_in_the_title(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an international office "for" a list of states: the list stays, no state serves
    ("DHAKA, May 3 -- \"Reforms will help,\" said Ian Loma, country manager of International Finance "
     "Corporation for Peru, Chile and Bolivia.",
     [("Ian Loma", "country manager of International Finance Corporation for Peru, Chile and Bolivia", None)]),
    ("The minister met Ian Loma, Country Director of the World Bank for Peru, Chile, Bolivia and Ecuador "
     "in the Andean Region, today.",
     [("Ian Loma", "Country Director of the World Bank for Peru, Chile, Bolivia and Ecuador in the Andean Region", None)]),
    # a single state after a comma after a portfolio is still the office's state
    ("LIMA, May 3 -- Ana Lopez, Minister of Trade, Republic of Peru, said so.",
     [("Ana Lopez", "Minister of Trade", "PE")]),
])
def test_a_list_of_states_after_an_international_office_is_no_owner(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the office's own portfolio, then "for" a state: that state's minister
    ("WASHINGTON, May 3 -- The Under Secretary and the Minister of Health, Sport and Youth for "
     "Mongolia Bat Erdene met in Washington.",
     [("Bat Erdene", "Minister of Health, Sport and Youth", "MN")]),
    ("LIMA, May 3 -- Minister of Health for Bolivia Ana Quispe said so.",
     [("Ana Quispe", "Minister of Health", "BO")]),
    # a formal state's name after "for the", the gazetteer's span holding its formal words
    ("LIMA, May 3 -- Minister for Trade and Industry for the Independent State of Papua New Guinea "
     "Ian Loma said so.",
     [("Ian Loma", "Minister for Trade and Industry", "PG")]),
    # no portfolio before "for": where the office is served, not whose
    ("LIMA, May 3 -- Special Envoy for Sudan Ian Loma said so.",
     [("Ian Loma", "Special Envoy for Sudan", "PE")]),
    ("LIMA, May 3 -- Minister for Mongolia Ian Loma said so.",
     [("Ian Loma", "Minister for Mongolia", "PE")]),
    # a body's envoy: the body's, never "for" a state's
    ("LIMA, May 3 -- Special Envoy of the Secretary-General for Sudan Ian Loma said so.",
     [("Ian Loma", "Special Envoy of the Secretary-General for Sudan", None)]),
])
def test_a_state_after_the_offices_portfolio_with_for_is_its_owner(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an institution's capitalised name after the office's comma, ending in an institution word
    ("DHAKA, May 3 -- The deal was signed by Rina Das, secretary, Trade Relations Division, Ministry of "
     "Commerce, and Ken Ito.",
     [("Rina Das", "secretary, Trade Relations Division, Ministry of Commerce", "BD")]),
    ("DHAKA, May 3 -- Rina Das, Director, Kano State Office, said so.",
     [("Rina Das", "Director, Kano State Office", "BD")]),
    # no institution word: the office alone
    ("DHAKA, May 3 -- Rina Das, Director, Kano Traders, said so.", [("Rina Das", "Director", "BD")]),
])
def test_an_institution_after_the_offices_comma_is_in_the_title(extract_text, text, expected):
    assert _officials(extract_text, text) == expected
