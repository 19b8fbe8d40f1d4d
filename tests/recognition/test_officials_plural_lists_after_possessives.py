"""Session 29: a plural lowercase office owned by a possessive lists its holders ("the two
countries' presidents A and B"); "respectively" after the dash of a plural office whose states
precede it. Sentences written for these tests."""
import pytest


def _found(extract_text, text):
    return {o.name: o for o in extract_text(text).officials}


@pytest.mark.parametrize("text,names,title", [
    ("Ghana and Togo signed two accords on Monday in the presence of the two countries' presidents "
     "Kofi Mensah Asare and Jean Komla Dossou.", ["Kofi Mensah Asare", "Jean Komla Dossou"], "president"),
    ("The deal was welcomed by both nations\u2019 ministers Lina Ortega and Paul Dimas on Friday.",
     ["Lina Ortega", "Paul Dimas"], "minister"),
])
def test_a_possessive_opens_the_list_of_a_lowercase_plural_office(extract_text, text, names, title):
    found = _found(extract_text, text)
    for name in names:
        assert name in found, list(found)
        assert found[name].title == title


@pytest.mark.parametrize("text", [
    # a describing word, no possessive: the plural is no list's office
    "The accord was praised by opposition senators Kofi Asare and Jean Dossou on Monday.",
    "The accord was praised by former presidents Kofi Asare and Jean Dossou on Monday.",
])
def test_a_describing_word_still_closes_the_bare_plural(extract_text, text):
    found = _found(extract_text, text)
    assert all(o.title not in ("senator", "president") for o in found.values()), \
        [(o.name, o.title) for o in found.values()]


def test_respectively_after_the_dash_gives_each_holder_its_state(extract_text):
    found = _found(extract_text, "During the meeting of the Danish, Swedish and Finnish foreign ministers "
                   "\u2013 respectively, Lars Holm Jensen, Erik Lind Berg and Matti Olavi Koski - the "
                   "sides discussed trade.")
    assert [(found[n].title, found[n].country) for n in ("Lars Holm Jensen", "Erik Lind Berg", "Matti Olavi Koski")
            if n in found] == [("foreign minister", c) for c in ("DK", "SE", "FI")], list(found)


@pytest.mark.parametrize("text,names", [
    ("Among the delegation were the Governors of Kano, Enugu, and Rivers States, Musa Bello, Mr. Ade "
     "Okafor, and Mr. Tunde Bakare, who accompanied the President.", ["Musa Bello", "Ade Okafor", "Tunde Bakare"]),
    ("The Governors of Kano and Enugu, Musa Bello and Ade Okafor, arrived in Abuja on Monday.",
     ["Musa Bello", "Ade Okafor"]),
])
def test_a_plural_office_of_listed_places_shares_its_office_with_the_names_after(extract_text, text, names):
    found = _found(extract_text, text)
    assert [found[n].title for n in names if n in found] == ["Governor"] * len(names), list(found)


def test_one_place_after_a_plural_office_lists_no_holders(extract_text):
    found = _found(extract_text, "The Governors of Kano, Musa Bello and Ade Okafor, were not at the meeting.")
    assert all(o.title != "Governor" for o in found.values()), [(o.name, o.title) for o in found.values()]


@pytest.mark.parametrize("text,name", [
    ("Ties between Javier Milei and Luiz Inácio Lula da Silva are cold. A meeting of President Milei and "
     "President Lula is possible, the minister said.", "Luiz Inácio Lula da Silva"),
    ("President Lula met the press on Monday. Later Lula da Silva flew to Rome.", "Lula da Silva"),
])
def test_a_known_holder_named_by_a_middle_word_takes_the_fuller_name(extract_text, text, name):
    found = _found(extract_text, text)
    assert name in found and "Lula" not in found, list(found)


def test_a_tail_that_makes_no_known_holder_leaves_the_name(extract_text):
    found = _found(extract_text, "President Silva met the press on Monday. The Silva da Costa fund paid.")
    assert "Silva" in found and "Silva da Costa" not in found, list(found)
