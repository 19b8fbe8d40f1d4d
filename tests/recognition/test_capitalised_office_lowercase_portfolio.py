"""A capitalised office with its portfolio written in lowercase before the holder's name
("Minister of agriculture NAME") reads like the office written all in capitals or all in
lowercase (sentences written for this test)."""
import pytest

from newsfacts import extract


@pytest.mark.parametrize("text,expected", [
    ("Minister of agriculture Tomas Rivera welcomed the delegation.", [("Tomas Rivera", "Minister of agriculture")]),
    ("The delegation met Speaker of parliament Ana Lopez on Monday.", [("Ana Lopez", "Speaker of parliament")]),
    ("The deal was signed by Minister of trade Joseph Banda in Lusaka.", [("Joseph Banda", "Minister of trade")]),
    # the usual shapes stay as they were
    ("The deal was signed by Minister of Trade Joseph Banda in Lusaka.", [("Joseph Banda", "Minister of Trade")]),
    ("The deal was signed by minister of trade Joseph Banda in Lusaka.", [("Joseph Banda", "minister of trade")]),
    ("The Minister of trade said on Monday that Joseph Banda had resigned.", []),
])
def test_capitalised_office_with_lowercase_portfolio(text, expected):
    record = extract(text, id="lp", published="2025-05-05")
    assert [(o.name, o.title) for o in record.officials] == expected
