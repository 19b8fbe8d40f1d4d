"""An official found by the family name alone takes the fuller name the text writes elsewhere,
when the known holders' table knows it (session 29, officials.py `_written_full_names`).
Sentences written for these tests."""
import pytest


def _officials(extract_text, text):
    return [(o.name, o.title, o.country) for o in extract_text(text).officials]


@pytest.mark.parametrize("text,expected", [
    # the fuller name with no office by it, the office with the family name alone
    ("Ties between Javier Milei and the unions have cooled. President Milei wrote to them on Monday.",
     [("Javier Milei", "President", "AR")]),
    ("The visit was planned by Saad Hariri himself. Later, Prime Minister Hariri thanked the delegation.",
     [("Saad Hariri", "Prime Minister", "LB")]),
])
def test_the_fuller_written_name_of_a_known_holder(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


@pytest.mark.parametrize("text,name", [
    # a kinsman's name is no holder's: the family name stays
    ("The fair was opened by Madame Rachael Marape. Prime Minister Marape spoke after her.", "Marape"),
    # two fuller names the table knows: which one is untold
    ("Karina Milei and Javier Milei arrived in Brasilia. President Milei spoke first.", "Milei"),
    # a word run on by a capitalised word names something else
    ("Fans filled the Javier Milei Stadium. President Milei spoke first.", "Milei"),
])
def test_the_family_name_stays(extract_text, text, name):
    assert name in [o.name for o in extract_text(text).officials]
