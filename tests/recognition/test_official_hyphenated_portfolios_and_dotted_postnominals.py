"""Offices whose portfolio is written with a hyphen ("Co-operation", "Co-ordination": the
tokenizer splits the word in three) and names followed by a dotted post-nominal ("M.P.") before
their office. Sentences written for these tests."""
import pytest


def _officials(extract_text, text):
    return [(o.name, o.title) for o in extract_text(text).officials]


@pytest.mark.parametrize("text,expected", [
    ("The pact was initialled by the Minister of Regional Integration and Co-operation Thandi Nkosi.",
     [("Thandi Nkosi", "Minister of Regional Integration and Co-operation")]),
    ("Thandi Nkosi, Minister of Foreign Affairs and International Co-operation, opened the talks.",
     [("Thandi Nkosi", "Minister of Foreign Affairs and International Co-operation")]),
    ("The Deputy Minister for Policy Co-ordination, Musa Dlamini, chaired the session.",
     [("Musa Dlamini", "Deputy Minister for Policy Co-ordination")]),
    ("Minister of Co-operatives Ruth Banda toured the farms.", [("Ruth Banda", "Minister of Co-operatives")]),
])
def test_a_hyphenated_portfolio_word_stays_in_the_office(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


def test_a_hyphenated_name_after_the_office_is_the_holders(extract_text):
    text = "Minister of Trade Lerato Moloi-Khumalo signed the accord."
    assert _officials(extract_text, text) == [("Lerato Moloi-Khumalo", "Minister of Trade")]


@pytest.mark.parametrize("text,expected", [
    ("The premier was accompanied by Andre Greaves, M.P., Minister of Tourism.",
     [("Andre Greaves", "Minister of Tourism")]),
    ("Kezia Holder, M.L.A., Minister of Education, opened the school.", [("Kezia Holder", "Minister of Education")]),
])
def test_a_dotted_post_nominal_between_name_and_office_is_skipped(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "-designate" lowercase, then the office's complement and the name
    ("Ambassador-designate of Peru to Kenya Carla Quispe presented her copy of credentials.",
     [("Carla Quispe", "Ambassador-designate to Kenya")]),
    ("Minister-designate for Energy Tom Okello met the committee.", [("Tom Okello", "Minister-designate for Energy")]),
])
def test_a_lowercase_designate_closes_the_office(extract_text, text, expected):
    assert _officials(extract_text, text) == expected
