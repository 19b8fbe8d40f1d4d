"""Boundaries of instrument names seen on the read press of session 24, on sentences written for
these tests: an office's "for" inside a party, a verb and its "to" ending a listed title, a
duration before a generic name after "a" and describing words."""
import pytest


@pytest.mark.parametrize("text", [
    # the party "the Ministry for the Green Transition" ends before no subject: a generic MoU after "an"
    "In addition, an MoU between the Tarnian Ministry of Roads and the Velmoran Ministry for the Green "
    "Transition was signed in Suva.",
    "Besides, an MoU between the Tarnian Ministry of Roads, Ports and Water and the Velmoran Ministry for "
    "the Green Transition was signed.",
    # "a shared 10-year Strategy": what sort of document, a describing word between "a" and the duration
    "The ministers endorsed the drafting of a shared 10-year Strategy to be tabled next year.",
])
def test_indefinite_generic_names_none(extract_text, text):
    assert [i.name for i in extract_text(text).instruments] == []


def test_the_party_of_an_office_for_a_portfolio_stays_in_the_name(extract_text):
    text = ("They signed the MoU between the Tarnian Ministry of Roads and the Velmoran Ministry for the "
            "Green Transition on Monday.")
    assert [i.name for i in extract_text(text).instruments] == [
        "MoU between the Tarnian Ministry of Roads and the Velmoran Ministry for the Green Transition"]


def test_the_duration_of_a_generic_name_after_the_is_its_name(extract_text):
    text = "The council adopted the 10-year Strategy on Monday."
    assert [i.name for i in extract_text(text).instruments] == ["10-year Strategy"]


@pytest.mark.parametrize("text,unwanted", [
    # a verb of the third person and its "to" open the clause of a line's title
    ("Trade grew fast last year.\n\nThe Memorandum of Understanding between the two chambers of trade aims to;\n\n"
     "  \u2022 Promote exports between them.", "aims"),
    ("Trade grew fast last year.\n\nThe Memorandum of Understanding between the two chambers of trade seeks to "
     "boost exports;\n\n  \u2022 Promote exports between them.", "seeks"),
])
def test_a_listed_title_ends_before_its_verb(extract_text, text, unwanted):
    assert all(unwanted not in i.name for i in extract_text(text).instruments)


def test_a_listed_title_keeps_a_nouns_complement_with_to_the(extract_text):
    text = ("Documents signed:\n- Agreement on the transfer of sentenced persons to the other party;\n"
            "- Memorandum of Understanding on cooperation in tourism;")
    names = [i.name for i in extract_text(text).instruments]
    assert "Agreement on the transfer of sentenced persons to the other party" in names
