"""English names of first-order regions (session 26, patterns/places/aliases.jsonl): the ISO 3166-2
names of the generated file are the state's own ("Bayern", "Tatarstan, Respublika"), so an office
of "Bavaria" or "Tatarstan" told no state, and "the Free State of Bavaria" read as South Africa's
Free State; "City Duma" is Russia's council, no Syrian town. Sentences written for these tests:
(text, [(name, title, country), ...])."""
import pytest

REGION_OFFICE_CASES = [
    ("The Prime Minister of the Free State of Bavaria, Karl Huber, received the guests on Monday.",
     [("Karl Huber", "Prime Minister of the Free State of Bavaria", "DE")]),
    ("Tatarstan President Ilnur Garayev held talks with the guests on Monday.",
     [("Ilnur Garayev", "President", "RU")]),
    ("The delegation was led by City Duma Chairwoman Irina Volkova on Monday.",
     [("Irina Volkova", "City Duma Chairwoman", None)]),
]


@pytest.mark.parametrize("text,expected", REGION_OFFICE_CASES)
def test_offices_of_regions_named_in_english(extract_text, text, expected):
    found = [(o.name, o.title, o.country) for o in extract_text(text, published="2026-05-03").officials]
    assert found == expected


@pytest.mark.parametrize("text,expected", [
    ("The 3rd Lynx Forum opened in Catalonia on Tuesday.", [("Catalonia", None, "ES")]),
    ("The 3rd Lynx Forum opened in Normandy on Tuesday.", [("Normandy", None, "FR")]),
])
def test_regions_named_in_english_are_venues(extract_text, text, expected):
    found = [(v.name, v.city, v.country) for v in extract_text(text, published="2026-05-03").venues]
    assert found == expected
