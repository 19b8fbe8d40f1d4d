"""ANNOTATORS.md 8: a capitalised generic name after an indefinite article ("signed a Memorandum of
Understanding") tells what sort of document was signed, not which one, and a generic plural names
none; "the" before a generic name for the document the story tells of, a subject or a name of its own,
or a period, name one. Sentences written for these tests."""
import pytest


@pytest.mark.parametrize("text", [
    # its acronym after it, its parties after it, a lowercase subject after it: still what sort
    "The two chambers of commerce signed a Memorandum of Understanding (MOU) which will see them share data.",
    "Governor Ana Lopez signed a Memorandum of Understanding with the Embassy of Tarnia on Monday.",
    "- A Memorandum of Understanding (MoU) between the Tarnian Ministry of Health and the Velmoran "
    "Ministry of Labour on the Coastal Nurses Exchange Programme",
    "The two cities were twinned through the signing of a Treaty on friendly relations in 1961.",
    "The ministries signed another Memorandum of Cooperation on Tuesday.",
    "The foreign ministers adopted a new Joint Statement after their talks in Suva.",
    # a generic plural, whatever acronym follows
    "Tarnia and Velmora signed yesterday Memorandums of Understanding (MoUs) in five fields of cooperation.",
])
def test_what_sort_of_document_names_none(extract_text, text):
    assert [i.name for i in extract_text(text).instruments if not i.name.endswith("Programme")] == []


@pytest.mark.parametrize("text,name", [
    # a capitalised subject of its own right after the head
    ("Tarnia and Velmora signed a Memorandum of Understanding on Coastal Fisheries on Monday.",
     "Memorandum of Understanding on Coastal Fisheries"),
    # ... or after the parties
    ("Ministers signed an Agreement between the Government of Tarnia and the Government of Velmora on "
     "Visa Exemption.",
     "Agreement between the Government of Tarnia and the Government of Velmora on Visa Exemption"),
    # a word of its own before the head
    ("Tarnia and Velmora signed a Power Trade Agreement in Apia.", "Power Trade Agreement"),
    # its period
    ("The two ministries adopted a Bilateral Work Programme for 2026-2028 in Suva.", "Bilateral Work Programme"),
    # "the" and the verb of its signing: the document the story tells of
    ("The Memorandum of Understanding was signed by the two mayors on Friday.", "Memorandum of Understanding"),
])
def test_a_name_of_its_own_or_the_signed_document_is_named(extract_text, text, name):
    assert name in [i.name for i in extract_text(text).instruments]


def test_the_document_told_with_the_later_is_named_by_that_mention(extract_text):
    text = ("Tarnia and Velmora signed a Memorandum of Understanding on Monday. The Memorandum of "
            "Understanding was signed by the two trade ministers in Apia.")
    instruments = extract_text(text).instruments
    assert [i.name for i in instruments] == ["Memorandum of Understanding"]
    assert len(instruments[0].mentions) == 1
