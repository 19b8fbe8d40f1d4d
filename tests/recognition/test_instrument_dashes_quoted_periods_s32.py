"""Session 32 (sentences written for these tests): parties joined by an en or em dash with no
spaces; a period written in quotes after the name or inside a quoted name; the end of a range of
years before a name is no count; an acronym given in quotes inside brackets; a relative clause
after the bracketed acronym telling the period."""
import pytest

CASES = [
    # an en or em dash glued between two parties joins them as a hyphen does
    ("Officials met on Monday. The two presidents witnessed the signing of the Kenya\u2013Uganda Trade "
     "Agreement in Nairobi.", "Kenya\u2013Uganda Trade Agreement", None, None),
    ("Officials met on Monday. The Kenya\u2013Uganda\u2013Tanzania Tripartite Agreement was signed in Arusha.",
     "Kenya\u2013Uganda\u2013Tanzania Tripartite Agreement", None, None),
    ("Officials met on Monday. The India\u2014Nepal Power Trade Agreement was renewed on Friday.",
     "India\u2014Nepal Power Trade Agreement", None, None),
    ("Officials met on Monday. Both leaders signed the Mombasa\u2013Kampala Railway Agreement.",
     "Mombasa\u2013Kampala Railway Agreement", None, None),
    # a period in quotes after the name, or closing a quoted name
    ("The ministry launched the National Tourism Strategy '2025-2030' in Accra.",
     "National Tourism Strategy", "2025", "2030"),
    ("The ministry launched the National Tourism Strategy \u201c2025\u20132030\u201d in Accra.",
     "National Tourism Strategy", "2025", "2030"),
    ("The ministry launched the National Tourism Strategy (\u20182026\u20132035\u2019) in Accra.",
     "National Tourism Strategy", "2026", "2035"),
    ("The ministry launched the \u201cNational Tourism Strategy 2025-2030\u201d in Accra.",
     "National Tourism Strategy", "2025", "2030"),
    ("The ministry launched the \u201cNational Tourism Strategy for 2025-2030\u201d in Accra.",
     "National Tourism Strategy", "2025", "2030"),
    # ... while one year inside the quotes stays a word of the name
    ("The ministry launched the \u201cTourism Vision 2030\u201d in Accra.", "Tourism Vision 2030", None, None),
    # a spaced dash or a colon between the name and its years
    ("The ministry adopted the Water Sector Strategy \u2013 2026\u20132030 on Monday.", "Water Sector Strategy", "2026", "2030"),
    ("The ministry adopted the Water Sector Strategy: 2026-2030 on Monday.", "Water Sector Strategy", "2026", "2030"),
    ("The ministry adopted the Water Sector Strategy \u2013 2026 was a good year.", "Water Sector Strategy", None, None),
    # a range of years with an en dash and a two-digit end before the name
    ("The ministry adopted the 2026\u201330 Water Sector Strategy on Monday.", "Water Sector Strategy", "2026", "2030"),
    # an acronym in quotes inside the brackets; the period after it, or in a relative clause
    ("The government unveiled the Green Growth Plan (\u2018GGP\u2019) 2026-2030 last week.",
     "Green Growth Plan", "2026", "2030"),
    ("The government unveiled the Green Growth Plan ('GGP'), which runs until 2030.", "Green Growth Plan", None, "2030"),
    ("The government unveiled the Green Growth Plan (GGP), which runs until 2030.", "Green Growth Plan", None, "2030"),
    ("The government unveiled the Green Growth Plan (the \u201cGGP\u201d) last week. The GGP will run from "
     "2026 to 2030.", "Green Growth Plan", "2026", "2030"),
]


@pytest.mark.parametrize("text,name,start,end", CASES)
def test_dashed_parties_and_quoted_periods(extract_text, text, name, start, end):
    found = {i.name: (i.start, i.end) for i in extract_text(text).instruments}
    assert found == {name: (start, end)}


@pytest.mark.parametrize("text,names", [
    # a spaced dash, or a dateline in capitals before a glued dash, joins no party
    ("NAIROBI\u2013Kenya Trade Agreement talks resumed on Monday.", ["Kenya Trade Agreement"]),
    # a number after a lowercase word still counts documents
    ("The ministers signed three Memorandum of Understanding on Monday.", []),
])
def test_dashes_and_counts_that_join_nothing(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == names
