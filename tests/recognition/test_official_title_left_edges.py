"""Where an office's title begins on its left (recognition/officials.py `_title_start`): a modifier
that opens the office ("Under", "Lieutenant", "Emeritus" in title_words.jsonl), the capitalised first
word of a sentence before a lowercase office, "Vice-" glued to a lowercase head. Sentences written
for these tests."""
import pytest


@pytest.mark.parametrize("text,name,title", [
    ("On 3 May, Under Secretary of State for Public Diplomacy Jane Roe met the minister in Lima.",
     "Jane Roe", "Under Secretary of State for Public Diplomacy"),
    ("The talks went well. Lieutenant Governor Ana Ruiz announced the agreement today.",
     "Ana Ruiz", "Lieutenant Governor"),
    ("The talks went well. Emeritus Senior Minister Tan Boon Kiat will host her at lunch.",
     "Tan Boon Kiat", "Emeritus Senior Minister"),
    # a lowercase office whose first word opens the sentence
    ("The talks went well. External affairs minister Ravi Kumar and his counterpart exchanged views.",
     "Ravi Kumar", "External affairs minister"),
    ("The session closed. International relations executive director Tom Naanda said this on Monday.",
     "Tom Naanda", "International relations executive director"),
    # a capitalised title word glued by a hyphen to a lowercase office
    ("He met the Vice-minister for Europe, Ana Gil, in Caracas on Monday.", "Ana Gil", "Vice-minister for Europe"),
    ("The Vice-president of the ECOWAS Commission, Tom Dada, opened the session.", "Tom Dada",
     "Vice-president of the ECOWAS Commission"),
    # unchanged: a word that is no title word stays out
    ("The talks went well. Minister of Health Ana Ruiz announced the plan.", "Ana Ruiz", "Minister of Health"),
])
def test_title_left_edge(extract_text, text, name, title):
    found = {o.name: o for o in extract_text(text).officials}
    assert name in found, list(found)
    assert found[name].title == title
