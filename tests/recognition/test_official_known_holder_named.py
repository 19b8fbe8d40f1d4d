"""Session 24: a full name of ``holders.jsonl`` written with no office the rules read is an
official, title untold, when a mark of a role stands by it (an office's head or a style a few
words before, an office's head right after, a state's possessive right before). Sentences written
for these tests; the people are listed holders."""
import pytest


def _officials(extract_text, text):
    return [(o.name, o.title, o.honorifics, o.country) for o in extract_text(text).officials]


@pytest.mark.parametrize("text,expected", [
    ("The host had a meeting with Zambia's Edgar Lungu and Mozambique's Filipe Nyusi at the palace.",
     [("Edgar Lungu", None, [], "ZM"), ("Filipe Nyusi", None, [], "MZ")]),
    ("The pact was signed by President Yoweri Museveni and Paul Kagame last year.",
     [("Yoweri Museveni", "President", [], "UG"), ("Paul Kagame", None, [], "RW")]),
    ("In early June, Sheikh Tamim bin Hamad Al Thani began a tour of the region.",
     [("Tamim bin Hamad Al Thani", None, ["Sheikh"], "QA")]),
])
def test_a_known_holder_by_a_mark_of_a_role_is_an_official(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


@pytest.mark.parametrize("text", [
    # no mark of a role by the name: a person the text gives no office
    "During the summit Paul Kagame will hand over the chair of the bloc.",
    # a name run on by a capitalised word names a thing
    "The match was played at the Paul Kagame Stadium on Sunday.",
])
def test_no_official_without_a_mark_or_for_a_thing(extract_text, text):
    assert _officials(extract_text, text) == []


def test_a_holder_found_by_his_office_is_not_found_twice(extract_text):
    got = _officials(extract_text, "President Paul Kagame spoke. Later Paul Kagame left for Kigali with Minister Ana Lopez.")
    assert [o[0] for o in got] == ["Paul Kagame", "Ana Lopez"]
