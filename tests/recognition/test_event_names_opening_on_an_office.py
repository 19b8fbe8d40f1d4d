"""A capitalised name found for an event that opens on an office and "of" ("Chairman of Forum of
X", "Secretary of X Municipal Committee"): the office's holder is told, no meeting, as with "the
Chair of the X Summit". Sentences written for these tests."""
import pytest


@pytest.mark.parametrize("text", [
    "Deputy Governor Ana Poe was on Thursday elected Chairman of Forum of Regional Commissioners for Water.",
    "Mr Li Wei, Secretary of Xanadu Municipal Committee of the Workers Party, welcomed the guests.",
    "She was named President of Forum of Coastal Mayors last year.",
])
def test_an_office_opening_a_name_makes_no_event(extract_text, text):
    assert not [e for e in extract_text(text).events if e.name.split()[0] in ("Chairman", "Secretary", "President")]


@pytest.mark.parametrize("text,name", [
    # an ordinal or a place and a day after the name: the meeting reported, as before
    ("Ana Poe, Chairman of the 12th Forum of Coastal Mayors, opened it in Lima on Monday.", "12th Forum of Coastal Mayors"),
    ("Ana Poe will attend the Forum of Coastal Mayors in Lima on Monday.", "Forum of Coastal Mayors"),
])
def test_a_forum_itself_stays_an_event(extract_text, text, name):
    assert any(e.name.endswith(name) for e in extract_text(text).events)
