"""Instrument shapes of session 26, on sentences written for these tests: an ordinal in figures
that places a plan in its series, plural heads of documents named together (the opening quote a
name leaves open: tests/normalisation/test_instruments.py)."""
import pytest

# (text, names with their kinds)
NAMED = [
    # an ordinal in figures is a word of the name, as an ordinal word is
    ("During the 9th Five-Year Plan period, exports of the province doubled.",
     [("9th Five-Year Plan", "plan")]),
    ("The 13th Coastal Plan was tabled in parliament.", [("13th Coastal Plan", "plan")]),
    ("He praised the Ninth Five-Year Plan.", [("Ninth Five-Year Plan", "plan")]),
    # two editions of a series are two documents
    ("The 4th Rural Plan ended; the 5th Rural Plan began.",
     [("4th Rural Plan", "plan"), ("5th Rural Plan", "plan")]),
    # plural heads of documents named together, each of its singular's kind
    ("They reviewed the renewed Regional Cooperation Strategies and the Sector Frameworks.",
     [("Regional Cooperation Strategies", "strategy"), ("Sector Frameworks", "framework")]),
    # a contract named with capitals
    ("The envoy signed the Grant Contract for the Project for Building Wells in Tamba District.",
     [("Grant Contract for the Project for Building Wells in Tamba District", "other")]),
    # a deal named with capitals ends a name the agreement before "and" does not go on with
    ("Work will follow the Regional Association Agreement and the Blue Deal.",
     [("Regional Association Agreement", "agreement"), ("Blue Deal", "other")]),
]


@pytest.mark.parametrize("text,expected", NAMED)
def test_named(extract_text, text, expected):
    assert [(i.name, i.kind) for i in extract_text(text).instruments] == expected


@pytest.mark.parametrize("text", [
    # an ordinal in the complement of another name stays out of the document's name
    "The draft of the 20th Amendment was read.",
    # a lowercase contract or deal names no document
    "The firm signed a contract and struck a deal with the city.",
    # an indefinite contract is a sort of document, not one
    "The ministry will sign a Contract next year.",
    # an office of contracts is a body
    "He met officials of the Contracts Department.",
])
def test_no_instrument(extract_text, text):
    assert extract_text(text).instruments == []
