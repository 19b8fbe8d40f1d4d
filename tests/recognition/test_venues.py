"""Venue rules on sentences written for these tests: each table has positive and negative rows.

A row is (text, published, [(name, city, country), ...]): the venues expected, in order.
"""
import pytest


def venues(extract_text, text, published="2025-06-02"):
    return [(v.name, v.city, v.country) for v in extract_text(text, published=published).venues]


BUILDING_WORDS = [
    # "Guesthouse" written as one word, like "Guest House"
    ("HANOI, May 3 -- The ministers held talks at the State Guesthouse on Saturday.", "2025-05-03",
     [("State Guesthouse", "Hanoi", "VN")]),
    # French "Hôtel" inside a hotel's name
    ("The forum will be held at the Pullman Dakar Hôtel Teranga in Dakar next week.", "2025-05-03",
     [("Pullman Dakar Hôtel Teranga", "Dakar", "SN")]),
    # negative: a guesthouse that is not where an event happens
    ("The family runs a small Riverside Guesthouse near the market.", "2025-05-03", []),
]


@pytest.mark.parametrize("text,published,want", BUILDING_WORDS)
def test_building_words(extract_text, text, published, want):
    assert venues(extract_text, text, published) == want
