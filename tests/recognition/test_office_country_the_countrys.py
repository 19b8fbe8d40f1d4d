""""the country's <office>" (session 18): as "its", the state named last before it, in its
sentence or the one before, is whose office it is; offices coordinated after it share it.
Sentences written for these tests."""
import pytest


def _officials(extract_text, text):
    return [(o.name, o.title, o.country) for o in extract_text(text).officials]


@pytest.mark.parametrize("text,expected", [
    ("NAIROBI, May 3 -- President Ann Mwangi arrived in France on Wednesday, where the country's "
     "President Jean Dupont received her.",
     [("Ann Mwangi", "President", "KE"), ("Jean Dupont", "President", "FR")]),
    ("LIMA, May 3 -- The envoy will call on the King of Bhutan, Jigme Dorji, and meet the country's "
     "Prime Minister Karma Wangdi and Foreign Minister Sonam Tshering in Thimphu.",
     [("Jigme Dorji", "King", "BT"), ("Karma Wangdi", "Prime Minister", "BT"),
      ("Sonam Tshering", "Foreign Minister", "BT")]),
    # the state in the sentence before
    ("LIMA, May 3 -- The minister arrived in Chile on Monday. He met the country's Foreign Minister Ana Soto.",
     [("Ana Soto", "Foreign Minister", "CL")]),
])
def test_the_countrys_office_is_the_state_named_last(extract_text, text, expected):
    assert _officials(extract_text, text) == expected
