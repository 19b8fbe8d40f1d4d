"""Instrument boundaries of session 28, on sentences written for these tests: a heading glued to
its paragraph ("Agreements to be Signed Following ...") gives no title of small words alone; a
quoted remark joined by "and" to a lowercase phrase ends the name before its "and"."""
import pytest


@pytest.mark.parametrize("text,names", [
    # a heading run into its paragraph: "to be" before the verb is no subject of the documents
    ("The ministers met in Kathmandu on Monday.\nAgreements to be Signed Following the talks, the two "
     "states are set to sign two agreements.", []),
    ("The ministers met in Suva on Monday.\nFisheries Agreement to be Signed Following the talks, the "
     "two states will sign it.", ["Fisheries Agreement"]),
    # a listed item's lowercase subject still goes on to the verb that tells its signing
    ("The ministers signed:\n- Protocol on visas signed on 3 May 2001;\n- Agreement on cooperation in tourism;",
     ["Protocol on visas", "Agreement on cooperation in tourism"]),
])
def test_small_words_alone_are_no_listed_subject(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


@pytest.mark.parametrize("text,names", [
    # "and" with a lowercase word after the name: a remark quoted, the name ends before it
    ("He said the island would have a \u201cCoastal Water Plan and not a city plan\u201d.", ["Coastal Water Plan"]),
    ("She said the country adopted the \u201cCoastal Water Plan and the River Plan\u201d.",
     ["Coastal Water Plan", "River Plan"]),
    # a quoted title's lowercase complement after its preposition goes on to the quote
    ('He said the country would adopt the "Coastal Water Plan for growth and jobs".',
     ["Coastal Water Plan for growth and jobs"]),
])
def test_a_quoted_remark_ends_the_name_before_its_and(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)
