"""Title-case headlines with commas (session 30; sentences written for these tests): a headline
parts its clauses with commas and semicolons like any sentence, so a title-case line of its own at
the article's head is still a headline whatever commas it holds; its capitals name no official,
instrument or event. A sentence-case headline with a comma, and comma-parted lines below the head
(lists of officials, captions), are still read word by word."""
import pytest


@pytest.mark.parametrize("headline", [
    "Kelvara, Oru Parliament Discuss Global Compact on Fisheries",
    "Kelvara, Oru Parliament Discuss Global Compact on Fisheries; Call for Action",
])
def test_title_case_headline_with_comma_glues_no_subject_onto_a_document(extract_text, headline):
    text = (headline + "\n\nMembers of the Oru parliament met in Dormund on Friday to discuss "
            "fisheries cooperation across the region.")
    names = [i.name for i in extract_text(text).instruments]
    assert not any("Parliament" in n or "Discuss" in n for n in names)


def test_title_case_headline_with_comma_invents_no_official(extract_text):
    text = ("President Varo Receives Foreign Envoys, Holds Talks\n\n"
            "President Anton Varo of Kelvara received three new envoys at the palace on Monday.")
    names = [o.name for o in extract_text(text).officials]
    assert "Anton Varo" in names
    assert not any("Receives" in n or "Holds" in n for n in names)


def test_title_case_headline_with_comma_names_no_event_from_its_verbs(extract_text):
    text = ("Kelvara, Oru Foreign Ministers Meet in Dormund, Eye Closer Ties\n\n"
            "The foreign ministers of Kelvara and Oru held talks in Dormund on Friday.")
    names = [e.name for e in extract_text(text).events]
    assert not any("Eye" in (n or "") or "Ministers Meet" in (n or "") for n in names)


def test_sentence_case_headline_with_comma_still_names_its_document(extract_text):
    text = ("Kelvara and Oru sign the Dormund Fisheries Agreement, pledge more talks\n\n"
            "The two countries met in Dormund on Friday.")
    assert [i.name for i in extract_text(text).instruments] == ["Dormund Fisheries Agreement"]


def test_comma_parted_list_below_the_head_still_names_officials(extract_text):
    text = ("Kelvara and Oru ministers meet in Dormund\n\n"
            "The ministers of the two countries met in Dormund on Friday to discuss trade.\n\n"
            "Foreign Minister Ana Velt, Trade Minister Boris Rask\n\n"
            "They agreed to meet again next year.")
    names = [o.name for o in extract_text(text).officials]
    assert "Ana Velt" in names and "Boris Rask" in names
