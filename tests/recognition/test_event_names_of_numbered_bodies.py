"""Event names that hold a body named by its number of members ("the Group of 24"), or two
names joined by a slash ("the SADC/EAC Summit"): the name does not stop at the number or the
slash. Sentences written for these tests."""
import pytest


#: (text, the event names expected)
CASES = [
    pytest.param("Finance ministers met in Lima on Monday for the Group of 24 and Partners Forum.",
                 ["Group of 24 and Partners Forum"], id="Group of N before the head"),
    pytest.param("Envoys gathered in Dakar on Monday for the 9th Summit of the Group of 15 and Observers.",
                 ["9th Summit of the Group of 15 and Observers"], id="Group of N after the head"),
    pytest.param("Ministers met in Accra on Monday for the Group of 24 Ministerial Meeting.",
                 ["Group of 24 Ministerial Meeting"], id="Group of N right before the words of the name"),
    pytest.param("Leaders gathered in Arusha on Monday for the SADC/EAC Tripartite Summit.",
                 ["SADC/EAC Tripartite Summit"], id="two bodies joined by a slash"),
    pytest.param("The Meeting of 12 ministers ended in Suva on Monday.",
                 [], id="NEGATIVE: a count of people after 'of' is no body's number"),
    pytest.param("Leaders met in Arusha on Monday. SADC / EAC Summit preparations went on.",
                 [], id="NEGATIVE: a spaced slash joins nothing into the name"),
]


@pytest.mark.parametrize("text, names", CASES)
def test_numbered_body_stays_in_the_event_name(extract_text, text, names):
    got = [e.name for e in extract_text(text).events]
    for name in names:
        assert name in got, got
    if not names:
        assert not any("/" in n or "12" in n for n in got), got
