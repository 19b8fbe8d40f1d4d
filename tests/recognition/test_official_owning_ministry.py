"""A state's ministry written right before an office it owns stays in the title (session 22,
FACTS.md: an organisation that is part of the office stays, "Home Ministry secretary-general"):
"Ministry of Defence Permanent Secretary NAME", "Ministry of Trade spokesperson NAME",
"Department of Homeland Security Assistant Secretary NAME" (two capitalised portfolio words
the title words lack may stand between "of" and the office). Not a ministry inside the
complement of another office ("Minister of State at the Ministry of X NAME"). Sentences
written for these tests."""
import pytest


def _officials(extract_text, text):
    return [(o.name, o.title, o.honorifics, o.country) for o in extract_text(text).officials]


@pytest.mark.parametrize("text,expected", [
    ("LUSAKA, May 3 -- Peru's Ministry of Defence Permanent Secretary, Ana Lopez Poma, opened the meeting.",
     [("Ana Lopez Poma", "Ministry of Defence Permanent Secretary", [], "PE")]),
    ("LIMA, May 3 -- Ministry of Foreign Trade spokesperson Ian Loma Ruiz said the talks went well.",
     [("Ian Loma Ruiz", "Ministry of Foreign Trade spokesperson", [], "PE")]),
    ("LIMA, May 3 -- The envoy met Chilean Department of Homeland Security Assistant Secretary Ana Poma Ruiz.",
     [("Ana Poma Ruiz", "Department of Homeland Security Assistant Secretary", [], "CL")]),
    ("LIMA, May 3 -- The Ministry of Health Director General, Dr Ana Pola Ruiz, said the campaign starts today.",
     [("Ana Pola Ruiz", "Ministry of Health Director General", ["Dr"], "PE")]),
])
def test_a_ministry_before_its_office_stays_in_the_title(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the ministry in the complement of another office is that office's
    ("LIMA, May 3 -- The Minister of State at the Ministry of Foreign Affairs Ana Lopez Poma met the envoy.",
     [("Ana Lopez Poma", "Minister of State at the Ministry of Foreign Affairs", [], "PE")]),
    # no portfolio between "of" and the office: nothing to own
    ("LIMA, May 3 -- Deputy Minister Ana Lopez Poma of the Ministry of Trade signed the deal.",
     [("Ana Lopez Poma", "Deputy Minister", [], "PE")]),
])
def test_no_owning_ministry_elsewhere(extract_text, text, expected):
    assert _officials(extract_text, text) == expected
