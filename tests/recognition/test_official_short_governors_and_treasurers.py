"""Office heads the table lacked (session 22, titles.jsonl): a treasury's minister ("Treasurer",
"Assistant Treasurer"), a governor written short ("Gov.", "Lt.-Gov.", "Lt. Gov."; the
tokenizer keeps "Lt.-Gov." one token so that its full stop ends no sentence) and a special
representative in lowercase. Not a bare lowercase "representative" (also an adjective), nor
"Dean" or "Abbot" (given names and places: "Dean Smith", "Abbot Point"). Sentences written
for these tests."""
import pytest


def _officials(extract_text, text):
    return [(o.name, o.title) for o in extract_text(text).officials]


@pytest.mark.parametrize("text,expected", [
    ("CANBERRA, May 3 -- The minister travels with Assistant Treasurer Ian Loma Ruiz and two advisers.",
     [("Ian Loma Ruiz", "Assistant Treasurer")]),
    ("WINNIPEG, May 3 -- Premier Ana Lopez and Lt.-Gov. Ian Loma Ruiz completed a trade mission to Peru.",
     [("Ana Lopez", "Premier"), ("Ian Loma Ruiz", "Lt.-Gov.")]),
    ("WINNIPEG, May 3 -- \"We are proud of our farmers,\" said Lt. Gov. Ana Poma Ruiz.",
     [("Ana Poma Ruiz", "Lt. Gov.")]),
    ("LIMA, May 3 -- The president will have lunch with provincial Gov. Ian Loma Ruiz.",
     [("Ian Loma Ruiz", "Gov.")]),  # (a lowercase modifier before a capitalised office stays out)
    ("LIMA, May 3 -- Ana Poma Ruiz, the special representative of the president for Andean affairs, "
     "arrived on Monday.",
     [("Ana Poma Ruiz", "special representative of the president for Andean affairs")]),
])
def test_office_heads_of_session_22(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


@pytest.mark.parametrize("text", [
    "LIMA, May 3 -- The donors must assist in building a representative, Peruvian-led process.",
    "PERTH, May 3 -- Dean Elgar, a farmer from the coast, said the rain came late.",
    "PERTH, May 3 -- The Abbot Point terminal was expanded last year.",
])
def test_no_office_of_session_22_here(extract_text, text):
    assert _officials(extract_text, text) == []
