"""Place names of session 21 (patterns/places/aliases.jsonl and a place whose own name opens on
"The"), on sentences written for these tests: (text, [(name, city, country), ...]) with the venues
expected in order."""
import pytest

PLACE_NAME_CASES = [
    # a city whose own name opens on a capitalised "The" is a venue as the Gambia is
    ("The ministers met in The Hague on Tuesday for the 5th Tulip Forum.", [("The Hague", "The Hague", "NL")]),
    ("The summit was held in The Gambia on Tuesday.", [("The Gambia", None, "GM")]),
    ("The 5th Tulip Forum opened in The Netherlands on Tuesday.", [("The Netherlands", None, "NL")]),
    # short, misspelt and older names of states
    ("The 3rd Lynx Forum opened in Northern Macedonia on Tuesday.", [("Northern Macedonia", None, "MK")]),
    ("The 3rd Lynx Forum opened in Bosnia on Tuesday.", [("Bosnia", None, "BA")]),
    ("The 3rd Lynx Forum opened in Kishinev on Tuesday.", [("Kishinev", "Kishinev", "MD")]),
    ("The 3rd Lynx Forum opened in Trinidad & Tobago on Tuesday.", [("Trinidad & Tobago", None, "TT")]),
    # venue towns the generated files lack or keep for the venue rules only
    ("The 3rd Lynx Forum opened in Bodhgaya on Tuesday.", [("Bodhgaya", "Bodhgaya", "IN")]),
    ("The 3rd Lynx Forum opened in Goa on Tuesday.", [("Goa", "Goa", "IN")]),
    ("The 3rd Lynx Forum opened in Seville on Tuesday.", [("Seville", "Seville", "ES")]),
    ("The 3rd Lynx Forum opened in Kananaskis on Tuesday.", [("Kananaskis", "Kananaskis", "CA")]),
    ("The 3rd Lynx Forum opened in Cholpon-Ata on Tuesday.", [("Cholpon-Ata", "Cholpon-Ata", "KG")]),
]


@pytest.mark.parametrize("text,expected", PLACE_NAME_CASES)
def test_place_names_of_the_press(extract_text, text, expected):
    found = [(v.name, v.city, v.country) for v in extract_text(text, published="2026-05-03").venues]
    assert found == expected
