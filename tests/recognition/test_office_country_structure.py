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
