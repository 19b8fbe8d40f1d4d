""""MP" before a name is a member of parliament's title; right after a name it stays a
post-nominal (sentences written for this test)."""
import pytest

from newsfacts import extract


@pytest.mark.parametrize("text,expected", [
    ("MP Jane Tui and MP Sione Vea joined the parliamentary delegation to Suva.",
     [("Jane Tui", "MP"), ("Sione Vea", "MP")]),
    ("Labour MP Ravi Kumar and Green MP Ana Lopez met the delegation in Wellington.",
     [("Ravi Kumar", "Labour MP"), ("Ana Lopez", "Green MP")]),
    ("Ravi Kumar, MP for Suva North, met the envoy.", [("Ravi Kumar", "MP for Suva North")]),
    # post-nominals: the office after them is the title, and no name is read after the letters
    ("Hon. Jane Tui, MP, Minister of Finance, opened the forum in Suva on Monday.",
     [("Jane Tui", "Minister of Finance")]),
    ("- Mele Taufa, MP, Parliamentary Secretary to the Minister of Trade", [("Mele Taufa", "Parliamentary Secretary to the Minister of Trade")]),
    ("The Speaker, Rt Hon. Sione Vea MP, welcomed the delegation.", [("Sione Vea", "Speaker")]),
])
def test_members_of_parliament(text, expected):
    record = extract(text, id="mp", published="2025-05-05")
    assert [(o.name, o.title) for o in record.officials] == expected
