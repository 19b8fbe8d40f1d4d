"""Datelines with a Hijri date before the Gregorian one, and headlines that open with a place
(cases written for this test)."""
import pytest

from newsfacts.recognition.dateline import find_dateline


@pytest.mark.parametrize("text,place,date", [
    ("Jeddah 12 Dhul Hijjah 1446 AH corresponding to June 8, 2025:\nThe Cabinet met.", "Jeddah", "June 8, 2025"),
    ("RIYADH, Dhu al-Qadah 20, 1446, May 18, 2025, SPA -- The Crown Prince received", "RIYADH", "May 18, 2025"),
    ("Makkah, Ramadan 3, 1445 (March 13, 2024) -- The council met", "Makkah", "March 13, 2024"),
    ("Muscat, 5 Sha\u2019ban 1443 AH / 8 March 2022 \u2013 The ministry said", "Muscat", "8 March 2022"),
    ("Headline here\nRiyadh 1 Rajab 1446H corresponding to January 1, 2025:\nThe Council met", "Riyadh", "January 1, 2025"),
])
def test_dateline_after_a_hijri_date(text, place, date):
    found = find_dateline(text)
    assert found is not None
    assert text[found.start:found.end] == place and found.date == date


@pytest.mark.parametrize("text", [
    "Lagos: Governor inaugurates new board of the agency\nThe governor on Monday inaugurated the board.",
    "Nigeria: FG, states agree on minimum wage\nThe federal government and the states agreed on Monday.",
    "Kenya \u2013 Uganda border talks end\nThe talks ended on Monday.",
    "Ghana - Togo trade talks open in Lome\nThe two states met.",
])
def test_a_headline_opening_with_a_place_is_no_dateline(text):
    assert find_dateline(text) is None


@pytest.mark.parametrize("text,place", [
    ("Lagos: Governor inaugurates new board\nLAGOS, June 9 (NAN) - The governor on Monday inaugurated it.", "LAGOS"),
    ("KUALA LUMPUR: The ministry said on Monday that the talks went well.\nMore text.", "KUALA LUMPUR"),
    ("ISLAMABAD: A delegation called on the Prime Minister today.\nDuring the meeting, views were shared.", "ISLAMABAD"),
    ("Riyadh 5 Shaban 1443 AH corresponding to March 08, 2022:\nThe King chaired the session.", "Riyadh"),
    ("BEIJING \u2013 China and Kenya signed the accord on Monday.", "BEIJING"),
    ("KENYA - Officials said on Monday the talks went well.", "KENYA"),
])
def test_a_dateline_before_the_story_stays(text, place):
    found = find_dateline(text)
    assert found is not None and text[found.start:found.end] == place


@pytest.mark.parametrize("text,place,date", [
    ("Baku, June 9, AZERTAC\n\nThe minister said on Monday the talks went well.", "Baku", "June 9"),
    ("Tbilisi, Jane Doe, June 9, AZERTAC\n\nThe minister said the talks went well.", "Tbilisi", "June 9"),
    ("Victoria, Seychelles | June 9, 2025 | The minister said the talks went well.", "Victoria", "June 9, 2025"),
    ("Belmopan. June 9th 2025. The minister said the talks went well.", "Belmopan", "June 9th 2025"),
    ("BISHKEK. June 9. KABAR. The minister said the talks went well.", "BISHKEK", "June 9"),
])
def test_agency_name_on_its_own_line_a_bar_and_a_stop_after_the_place(text, place, date):
    found = find_dateline(text)
    assert found is not None
    assert text[found.start:found.end] == place and found.date == date


@pytest.mark.parametrize("text", [
    "Baku, AZERTAC\nThe minister said the talks went well.",            # an agency on its line needs the date
    "Riyadh | The ministry | said nothing",                              # a bar closes only after a date
])
def test_no_dateline_without_its_date(text):
    assert find_dateline(text) is None
