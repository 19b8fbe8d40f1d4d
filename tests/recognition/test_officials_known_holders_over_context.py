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
