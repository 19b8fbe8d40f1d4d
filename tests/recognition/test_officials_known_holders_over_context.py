"""A full name the holders' table knows outweighs a state read from the words around it, where a
sentence names two states' people (session 28). Sentences written for these tests."""
import pytest


def _found(extract_text, text):
    return {o.name: o for o in extract_text(text).officials}


@pytest.mark.parametrize("text,name,country", [
    ("The forum will be attended by the King of Jordan and Prime Minister Anwar Ibrahim next week.",
     "Anwar Ibrahim", "MY"),
    ("Talks between the Turkish leader and Prime Minister Viktor Orban covered gas supplies.",
     "Viktor Orban", "HU"),
])
def test_a_known_full_name_keeps_its_state(extract_text, text, name, country):
    found = _found(extract_text, text)
    assert name in found, list(found)
    assert found[name].country == country


def test_an_unknown_name_keeps_the_state_its_words_tell(extract_text):
    found = _found(extract_text, "The forum will be attended by the King of Jordan and Prime Minister "
                                 "Harlan Quimby next week.")
    assert "Harlan Quimby" in found, list(found)
    assert found["Harlan Quimby"].country != "MY"


@pytest.mark.parametrize("text,name,title,country", [
    # a known holder's given name that is also a town's or an acronym is no portfolio of the office
    ("The delegates called on Foreign Affairs and Foreign Trade Minister Kamina Johnson Smith in the morning.",
     "Kamina Johnson Smith", "Foreign Affairs and Foreign Trade Minister", "JM"),
    ("The road was opened in the presence of Prime Minister KP Sharma Oli last week.",
     "KP Sharma Oli", "Prime Minister", "NP"),
])
def test_a_known_holders_given_name_is_no_bare_portfolio(extract_text, text, name, title, country):
    found = _found(extract_text, text)
    assert name in found, list(found)
    assert (found[name].title, found[name].country) == (title, country)


def test_a_bare_portfolio_before_a_known_holder_stays(extract_text):
    found = _found(extract_text, "The report was handed to Secretary Defence Gotabaya Rajapaksa on Friday.")
    assert found["Gotabaya Rajapaksa"].title == "Secretary Defence"
