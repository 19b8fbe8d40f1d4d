"""An apposed office's units set off by commas stay in its title, as written: "NAME, Secretary,
Economic Development, ...", "NAME, Deputy Secretary, Americas Group, Ministry of Foreign
Affairs", "NAME, President, FPCCI and NAME2"; a state after "of" at their end leaves the title
and tells the country. Sentences written for these tests."""
import pytest


def _officials(extract_text, text):
    return [(o.name, o.title, o.country) for o in extract_text(text).officials]


@pytest.mark.parametrize("text,expected", [
    ("The minister is accompanied by Dr Ana Reyes, Secretary, Economic Development, Dr Rosa Lim, Secretary, "
     "Bilateral, and Ms. Eva Cruz, Assistant Director.",
     [("Ana Reyes", "Secretary, Economic Development", None), ("Rosa Lim", "Secretary, Bilateral", None),
      ("Eva Cruz", "Assistant Director", None)]),
    ("Talks were led by Mr. Luis Gomez, Deputy Secretary, Pacific and Asia Group, Ministry of Foreign Affairs and Trade.",
     [("Luis Gomez", "Deputy Secretary, Pacific and Asia Group, Ministry of Foreign Affairs and Trade", None)]),
    ("He praised Mr. Ali Khan, President, FPCCI and Mr. Omar Shah, Director General, for the event.",
     [("Ali Khan", "President, FPCCI", None), ("Omar Shah", "Director General", None)]),
    ("Talks were led by Mr. Luis Gomez, Vice Minister, Foreign Affairs of the Ministry of Foreign Affairs of Peru.",
     [("Luis Gomez", "Vice Minister, Foreign Affairs of the Ministry of Foreign Affairs", "PE")]),
    # an international body's office stays one, its unit after it
    ("Ana Joseph, Assistant Secretary-General, Trade and Economic Integration, said so.",
     [("Ana Joseph", "Assistant Secretary-General, Trade and Economic Integration", None)]),
])
def test_units_after_an_apposed_office_stay_in_its_title(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a state after the comma is the country, no unit
    ("Ana Das, Minister, Kenya, said so.", [("Ana Das", "Minister", "KE")]),
    # a name after the comma is the next official
    ("Ana Das, Minister of Trade, Rosa Lopez, Minister of Health, and Eva Cruz attended.",
     [("Ana Das", "Minister of Trade", None), ("Rosa Lopez", "Minister of Health", None)]),
    # words that are no unit's: lowercase words, a verb
    ("Ana Das, Secretary, said on Monday that talks went well.", [("Ana Das", "Secretary", None)]),
])
def test_what_is_no_unit_stays_out(extract_text, text, expected):
    assert _officials(extract_text, text) == expected
