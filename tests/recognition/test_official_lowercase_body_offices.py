"""A lowercase office whose complement names a body written lowercase ("head of the press
office", "director of the consular department") is an office: with it, a name set off by commas
is an official's. A bare lowercase office, or one that names no body, is still too weak.
Sentences written for these tests."""
import pytest


def _officials(extract_text, text):
    return [(o.name, o.title) for o in extract_text(text).officials]


@pytest.mark.parametrize("text,expected", [
    ("Olga Marsh, head of the press office, declined to comment on Tuesday.",
     [("Olga Marsh", "head of the press office")]),
    ("The head of the information and digital diplomacy office, Pavel Orlov, briefed reporters.",
     [("Pavel Orlov", "head of the information and digital diplomacy office")]),
    ("Lena Park, director of the consular department, said visas would be issued.",
     [("Lena Park", "director of the consular department")]),
])
def test_a_lowercase_office_of_a_lowercase_body_is_an_office(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


@pytest.mark.parametrize("text", [
    "Olga Marsh told the head of the press office that she would resign.",
    "Olga Marsh, a member of the board, declined to comment.",
    "Olga Marsh, head of the family, declined to comment.",
    # a body with no word of its own before its head: too weak after a clause
    "As chair of the committee, Olga Marsh said the talks went well.",
])
def test_no_office_without_a_body_or_apposition(extract_text, text):
    assert _officials(extract_text, text) == []


def test_a_visit_in_a_relative_clause_right_after_the_name_is_his(extract_text):
    text = ("President holds talks with Nepal's President\n\nPresident Anil Perera who is on an official visit "
            "in Nepal has held talks with his counterpart Ram Bhandari.\n\nThe President's Media Unit said the "
            "talks were held at the President's House in Kathmandu.")
    found = {o.name: o.country for o in extract_text(text).officials}
    assert found["Anil Perera"] != "NP"
