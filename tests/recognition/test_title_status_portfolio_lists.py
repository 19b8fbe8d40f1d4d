"""Titles on regional and sub-national press: a status word before the place cut from the title,
the last lowercase portfolio of a list, letters after a name before its apposed office, an
office inside a listed holder. Sentences written for these tests."""
import pytest


def _officials(extract_text, text):
    return [(o.name, o.title, o.honorifics) for o in extract_text(text).officials]


@pytest.mark.parametrize("text,expected", [
    # the status word stays when the state or place after it is cut from the title
    ("She met former Thai Prime Minister Anan Chai in Bangkok.", [("Anan Chai", "former Prime Minister", [])]),
    # (session 23: a region before a local office is no state and stays, the status word before it too)
    ("Ali Khan called on acting Punjab Governor Ahmed Raza in Lahore on Tuesday.",
     [("Ahmed Raza", "acting Punjab Governor", [])]),
    # no status word: unchanged
    ("She met Thai Prime Minister Anan Chai in Bangkok.", [("Anan Chai", "Prime Minister", [])]),
])
def test_a_status_word_before_a_cut_place_stays(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", [
    # session 29: a status word of the holder's moment marks the title's start but is no word of it
    ("Kenya's new Trade Minister Ann Wambui opened the fair.", [("Ann Wambui", "Trade Minister", [])]),
    ("The newly-appointed Minister of Health, Aisha Bala, toured the clinic.",
     [("Aisha Bala", "Minister of Health", [])]),
    ("She met former Thai Prime Minister Anan Chai and new Thai Prime Minister Somchai Dee.",
     [("Anan Chai", "former Prime Minister", []), ("Somchai Dee", "Prime Minister", [])]),
    # a place's own word is no status word
    ("New South Wales Premier Mary Kerr opened the session.", [("Mary Kerr", "New South Wales Premier", [])]),
])
def test_a_passing_status_word_leaves_the_title(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


@pytest.mark.parametrize("text,title", [
    ("Tendai Moyo, minister of foreign affairs and international trade, opened the talks.",
     "minister of foreign affairs and international trade"),
    ("Tendai Moyo, minister of lands and agriculture, opened the talks.", "minister of lands and agriculture"),
])
def test_the_last_lowercase_portfolio_of_a_list(extract_text, text, title):
    assert [o.title for o in extract_text(text).officials] == [title]


@pytest.mark.parametrize("text,expected", [
    ("Mary Kerr AO QC, Governor of New South Wales, opened the session.", [("Mary Kerr", "Governor of New South Wales", [])]),
    ("Mary Kerr QC, Governor of New South Wales, opened the session.", [("Mary Kerr", "Governor of New South Wales", [])]),
])
def test_letters_after_a_name_before_its_apposed_office(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


def test_an_office_inside_a_listed_holder_ends_the_list(extract_text):
    text = ("Board Members Ana Cruz, Ben Tan, Lapu Mayor Rico Dela Pena and Tuba Mayor Jose Ramos "
            "attended the blessing.")
    got = {o.name: o.title for o in extract_text(text).officials}
    assert got == {"Ana Cruz": "Board Member", "Ben Tan": "Board Member",
                   "Rico Dela Pena": "Mayor", "Jose Ramos": "Mayor"}
