"""A later one-word name with an office of its own is the one person whose fuller name ends in
it (session 20, ``normalisation/names.py`` ``_family_name_of``), whatever office it comes with.
Sentences written for these tests."""
import pytest


def _officials(extract_text, text):
    return {o.name: o for o in extract_text(text).officials}


@pytest.mark.parametrize("text,full,short", [
    # a plural office's holder named again with an office of his own
    ("The leaders of Ghana and Togo, Kofi Asante and Yawo Mensah respectively, met in Accra on Monday. "
     "President Asante said the ties were strong.", "Kofi Asante", "Asante"),
    # an office named again by its acronym
    ("The Inspector General of Police (IGP) Dan Okello is leading a delegation. IGP Okello is visiting Lima.",
     "Dan Okello", "Okello"),
    # an office told another way
    ("Minister of Foreign Affairs Petr Novak and the Head of German Diplomacy Greta Albers signed the plan. "
     "German Minister Albers said it was a good day.", "Greta Albers", "Albers"),
])
def test_a_one_word_name_ending_a_fuller_one_is_that_person(extract_text, text, full, short):
    found = _officials(extract_text, text)
    assert full in found, list(found)
    assert short not in found, list(found)


@pytest.mark.parametrize("text,names", [
    # a ruler's one name is a given name, no family's
    ("Prime Minister Datuk Seri Rahim Ibrahim thanked His Majesty Sultan Ibrahim, King of Malaysia, for the "
     "luncheon.", ["Rahim Ibrahim", "Ibrahim"]),
    # a first name is not the person's family name
    ("Adviser to His Majesty Abdullah Haddad attended. King Abdullah received the guests.",
     ["Abdullah Haddad", "Abdullah"]),
    # a father's name after "bin"
    ("Crown Prince Mohammed bin Salman bin Abdulaziz greeted the guests. A medal of King Abdulaziz was given.",
     ["Mohammed bin Salman bin Abdulaziz", "Abdulaziz"]),
])
def test_no_family_name_merge_for_rulers_first_names_and_fathers(extract_text, text, names):
    found = _officials(extract_text, text)
    for name in names:
        assert name in found, list(found)
