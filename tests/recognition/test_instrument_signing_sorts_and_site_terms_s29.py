"""Session 29. ANNOTATORS.md 8: a capitalised generic name names a document only with the article of
the specific one; after "the signing of" with no article and its parties or a lowercase subject
right after it, it is the sort signed, as after "a". "a Letter of Agreement" is a sort as "a
Memorandum of Understanding" is. A website's own terms are no government's policy. Sentences
written for these tests."""
import pytest


def _names(extract_text, text):
    return [i.name for i in extract_text(text).instruments]


@pytest.mark.parametrize("text", [
    # no article, the parties right after the generic name
    "The two presidents witnessed the signing of MOU between Tarnia and Velmora by the trade ministers.",
    # no article, its acronym and a lowercase subject after it
    "The leaders will observe signing of Memorandum of Understanding (MoU) for the fields of health and culture.",
    "The ministers attended the signing of MoU between the two countries on Friday.",
    # "a Letter of ..." tells the sort
    "The three agencies jointly signed a Letter of Agreement on the new programmes with the ministry.",
    # a website's terms under a comment form or in its footer
    "Leave a Reply\n\nI accept the Privacy Policy\n\nThis site uses a filter to reduce spam.",
    "Please read our Cookie Policy before you continue.",
])
def test_no_instrument(extract_text, text):
    assert _names(extract_text, text) == []


@pytest.mark.parametrize("text,name", [
    # nothing after the bare name tells a sort: the document signed
    ("They witnessed the signing of Agreed Minutes on Friday.", "Agreed Minutes"),
    ("A signing ceremony for Exchange of Notes and Grant Agreement between the governments of Tarnia and "
     "Velmora was held on Wednesday.", "Exchange of Notes"),
    # parties written as a title writes them
    ("The Cabinet approved the signing of Memorandum of Understanding between the Government of Tarnia and "
     "the Government of Velmora on Monday.",
     "Memorandum of Understanding between the Government of Tarnia and the Government of Velmora"),
    # the article of the specific document
    ("They witnessed the signing of the Memorandum of Understanding between Tarnia and Velmora.",
     "Memorandum of Understanding between Tarnia and Velmora"),
    # a capitalised subject of its own
    ("They witnessed the signing of Memorandum of Understanding on Maritime Cooperation on Friday.",
     "Memorandum of Understanding on Maritime Cooperation"),
    # a law or a government's policy with a privacy head
    ("Parliament amended the Data Privacy Act of 2012 on Monday.", "Data Privacy Act"),
    ("The senators debated the Privacy Act on Monday.", "Privacy Act"),
    ("The ministry adopted the National Data Privacy Policy last year.", "National Data Privacy Policy"),
    # "the Letter of ..." names the one signed
    ("The port authorities signed the Letter of Intent for cooperation in logistics.", "Letter of Intent"),
    ("The agencies signed the Letter of Agreement on Monday.", "Letter of Agreement"),
])
def test_named(extract_text, text, name):
    assert name in _names(extract_text, text)
