"""Offices misspelt in press (session 18): "Minster" for "Minister" before a name is read as
the office, the title as written. Sentences written for these tests."""
import pytest


def _officials(extract_text, text):
    return [(o.name, o.title, o.country) for o in extract_text(text).officials]


@pytest.mark.parametrize("text,expected", [
    ("LIMA, May 3 -- Prime Minister Ana Soto said the Chilean Prime Minster Mr. Ian Vera would arrive on Monday.",
     [("Ana Soto", "Prime Minister", "PE"), ("Ian Vera", "Prime Minster", "CL")]),
    ("LIMA, May 3 -- Peruvian Minster Ana Soto signed the memorandum.", [("Ana Soto", "Minster", "PE")]),
])
def test_a_misspelt_minister_is_the_office(extract_text, text, expected):
    assert _officials(extract_text, text) == expected
