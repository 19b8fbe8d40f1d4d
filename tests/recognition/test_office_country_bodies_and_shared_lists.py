"""An official's state told by a state's own body tied to his office ("State Secretary at the
Hungarian Ministry of X"), and a state told once for a list of holders of one plural office
("the foreign ministers of Chile and Peru, A and B", "Norway's and Finland's ministers A and
B"). Sentences written for these tests."""
import pytest


def _countries(extract_text, text):
    return [(o.name, o.country) for o in extract_text(text).officials]


@pytest.mark.parametrize("text,expected", [
    # the state's body inside the office, after "at", "in", "for"
    ("The deal was initialled by Tomas Varga, State Secretary at the Hungarian Ministry of Foreign Affairs.",
     [("Tomas Varga", "HU")]),
    ("Amina Yusuf, a director at Kenya's Ministry of Trade, said exports rose.", [("Amina Yusuf", "KE")]),
    ("Lina Haddad, spokesperson for the Jordanian Foreign Ministry, declined to comment.",
     [("Lina Haddad", "JO")]),
    # the office read short, the body right after it behind a preposition
    ("The visitors were received by Permanent Secretary Pedro Alves in the Portuguese Ministry of Defence.",
     [("Pedro Alves", "PT")]),
])
def test_a_states_body_tied_to_the_office_tells_its_state(extract_text, text, expected):
    assert _countries(extract_text, text) == expected


@pytest.mark.parametrize("text,name", [
    # the body is where he goes or whom he meets, not his
    ("Minister Amina Yusuf met officials at the Kenyan Ministry of Trade on Monday.", "Amina Yusuf"),
    ("Director Paolo Rossi later visited the Italian Embassy in Nairobi.", "Paolo Rossi"),
    ("Governor Sam Obi wrote a letter to the Ghanaian Ministry of Finance.", "Sam Obi"),
])
def test_a_states_body_after_another_word_is_not_his(extract_text, text, name):
    found = dict(_countries(extract_text, text))
    assert name in found and found[name] is None


@pytest.mark.parametrize("text,expected", [
    ("The foreign ministers of Chile, Peru and Colombia, Ana Torres, Luis Mendez and Carla Ruiz, "
     "met in Lima on Monday.", [("Ana Torres", "CL"), ("Luis Mendez", "PE"), ("Carla Ruiz", "CO")]),
    ("Norway's and Finland's defence ministers Ola Berg and Mikko Salo signed the accord.",
     [("Ola Berg", "NO"), ("Mikko Salo", "FI")]),
    ("Senegalese and Malian Presidents Awa Diop and Moussa Keita opened the bridge.",
     [("Awa Diop", "SN"), ("Moussa Keita", "ML")]),
])
def test_states_told_once_for_a_list_of_holders_are_theirs_in_order(extract_text, text, expected):
    assert _countries(extract_text, text) == expected


@pytest.mark.parametrize("text", [
    # two states for three holders: whose is whose is not told
    "The foreign ministers of Chile and Peru, Ana Torres, Luis Mendez and Carla Ruiz met in Lima.",
    # the states are named after the holders, as those they meet
    "Trade Ministers Ana Torres and Luis Mendez welcomed the Chilean and Peruvian exporters.",
])
def test_states_not_paired_with_the_holders_tell_none(extract_text, text):
    assert all(country is None for _, country in _countries(extract_text, text))


@pytest.mark.parametrize("text,expected", [
    ("She later met Parliamentary Secretary Anne Gill MP of Canada.", [("Anne Gill", "CA")]),
    ("The forum heard Senator Rosa Diaz of Chile.", [("Rosa Diaz", "CL")]),
])
def test_of_a_state_after_the_name_and_a_post_nominal_is_his(extract_text, text, expected):
    assert _countries(extract_text, text) == expected
