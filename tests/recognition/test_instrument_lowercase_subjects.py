"""A generic name told apart by its lowercase subject (session 20), on sentences written for these
tests: "the Memorandum of Understanding on fisheries management", "the Treaty on good neighbourly
relations", "the Programme of Cooperation in the field of culture" (after "a", a generic name names no
document: ANNOTATORS.md 8, tests/recognition/test_instrument_indefinite_generic.py)."""
import pytest


@pytest.mark.parametrize("text,names", [
    # "on" and a few lowercase words: the subject is the name's
    ("The two premiers met in Apia to sign the Memorandum of Understanding on fisheries management.",
     ["Memorandum of Understanding on fisheries management"]),
    ("The ministers endorsed the Joint Declaration on ocean pollution listing their shared worries.",
     ["Joint Declaration on ocean pollution"]),
    ("The sports minister signed the MoU on Cooperation on youth sport.",
     ["MoU on Cooperation on youth sport"]),
    # "in the field of": the subject after it, the period after the subject
    ("Officials said the Programme of Cooperation in the field of culture for 2027-2028 was carried out.",
     ["Programme of Cooperation in the field of culture"]),
    # two subject words joined by "and"
    ("The envoys signed the Memorandum of Understanding on trade and fisheries last week.",
     ["Memorandum of Understanding on trade and fisheries"]),
    # the body the subject is of, after "within the"
    ("The leaders signed a Declaration on deeper integration within the Coral Sea Customs Union.",
     ["Declaration on deeper integration within the Coral Sea Customs Union"]),
])
def test_a_generic_name_keeps_its_lowercase_subject(extract_text, text, names):
    assert [i.name for i in extract_text(text).instruments] == names


@pytest.mark.parametrize("text,names", [
    # a subject of generic words only tells no document apart
    ("The envoys signed the Memorandum of Understanding on cooperation in schooling.",
     ["Memorandum of Understanding"]),
    # an article's noun phrase, "on behalf of", a day: no subject
    ("The envoys signed the Memorandum of Understanding on the sidelines of the forum.",
     ["Memorandum of Understanding"]),
    ("The envoy signed the Memorandum of Understanding on behalf of her government.",
     ["Memorandum of Understanding"]),
    ("The ministers signed the Memorandum of Understanding on Friday in Suva.",
     ["Memorandum of Understanding"]),
    # a named document keeps its capitals: what it is about is no word of its name
    ("The summit closed with the Lautoka Declaration on regional fisheries.",
     ["Lautoka Declaration"]),
    # the parties after "between" stay out, as before
    ("The envoys signed the Memorandum of Understanding between the two ministries.",
     ["Memorandum of Understanding"]),
])
def test_no_subject_is_taken(extract_text, text, names):
    assert [i.name for i in extract_text(text).instruments] == names


@pytest.mark.parametrize("text", [
    # several documents, none named
    "The ministers signed three MoUs on fisheries management.",
    # a generic name with no article or verb of signing before it names no document, its subject neither
    "Officials renew MOU on rural cooperation",
    # one generic word after "the" refers back to a document, its subject with it
    "The ministers discussed the Agreement on fisheries at length.",
])
def test_no_document_is_named(extract_text, text):
    assert [i.name for i in extract_text(text).instruments] == []


def test_the_headline_names_the_document_the_body_introduces(extract_text):
    text = ("Palau and Nauru sign Memorandum of Understanding on coastal tourism\n\n"
            "The tourism ministers of the two countries signed a Memorandum of Understanding on Monday in Koror.")
    assert [i.name for i in extract_text(text).instruments] == ["Memorandum of Understanding on coastal tourism"]


def test_a_lowercase_subject_is_a_mention_of_the_fuller_name(extract_text):
    text = ("Samoa and Tonga sign MOU on joint maritime patrols\n\n"
            "The Memorandum of Understanding on Joint Maritime Patrols of Samoa and Tonga was signed in Apia on 3 May.")
    assert [i.name for i in extract_text(text).instruments] == [
        "Memorandum of Understanding on Joint Maritime Patrols of Samoa and Tonga"]
