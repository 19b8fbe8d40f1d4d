"""FACTS.md and ANNOTATORS.md 8: a document told as a sort, after "a" or a count, names none; the
named document it is about does. A headline drops its articles, so its bare generic name is read
with the article the body gives the same words. A web page's form field is no law. Sentences
written for these tests."""
import pytest


def _names(extract_text, text):
    return [i.name for i in extract_text(text).instruments]


def test_a_sort_about_a_named_document_lists_that_document_with_the_period(extract_text):
    text = "Tarnia and Velmora signed an MoU on Coastal Development Plan (2025-2030) and a letter of exchange."
    instruments = extract_text(text).instruments
    assert [(i.name, i.start, i.end) for i in instruments] == [("Coastal Development Plan", "2025", "2030")]


def test_a_sort_whose_subject_after_the_parties_is_a_named_programme(extract_text):
    text = ("- A Memorandum of Understanding between the Tarnian Ministry of Trade and the Velmoran "
            "Ministry of Industry on the Tarnia-Velmora Young Engineers Exchange Program\n\n"
            "- A letter of intent on skills")
    assert _names(extract_text, text) == ["Tarnia-Velmora Young Engineers Exchange Program"]


@pytest.mark.parametrize("text", [
    # a count noun before a generic name written singular
    "Tarnia and Velmora have signed a number of Memorandum of Understanding (MoU) for mutual benefit.",
    "The ministers signed a series of Cooperation Agreement texts on Monday.",
    # "Friendship" is a generic word: the sort of treaty
    "Relations were established through the signing of a Treaty of Friendship in 1951, the ministry said.",
    # the headline's bare generic name, told with "a" in the body
    "Tarnia and Velmora sign Cooperation Agreement\n\nAPIA, May 6 - Tarnia and Velmora signed a "
    "Cooperation Agreement with the aim of promoting technical cooperation.",
    # a comment form's fields
    "Post A Comment\n\n  • Name *\n  • Write Your Comment *\n  • Verification Code * Verification Code",
    "Required fields are marked *\n\nContact Business\n\nCaptcha Code",
])
def test_sorts_counts_and_form_fields_name_none(extract_text, text):
    assert _names(extract_text, text) == []


@pytest.mark.parametrize("text,name", [
    # "the" in the body: the headline's document is the one the story tells of
    ("Tarnia and Velmora sign Cooperation Agreement\n\nAPIA, May 6 - Tarnia and Velmora signed the "
     "Cooperation Agreement with the aim of promoting technical cooperation.", "Cooperation Agreement"),
    ("The Treaty of Friendship between Tarnia and Velmora was signed in 1951.",
     "Treaty of Friendship between Tarnia and Velmora"),
    ("The number of Apia Agreement signatories grew to twelve.", "Apia Agreement"),
    ("Tarnia and Velmora signed a Memorandum of Understanding on Coastal Fisheries on Monday.",
     "Memorandum of Understanding on Coastal Fisheries"),
    # a code with a word of its own stays a law
    ("Parliament passed the Maritime Labour Code on Tuesday.", "Maritime Labour Code"),
])
def test_named_documents_stay(extract_text, text, name):
    assert name in _names(extract_text, text)
